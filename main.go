// Command dateline finds the dated events in news articles and plots them
// on a zoomable timeline. With no arguments it opens the built-in briefing;
// with files it opens those; "dateline extract" works without a window.
package main

import (
	"flag"
	"fmt"
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"github.com/dateline/dateline/app"
	"github.com/dateline/dateline/app/cli"
	"github.com/dateline/dateline/icons"
)

const usage = `Usage:
  dateline [FILE...]        open the articles in a window (no files: the built-in briefing)
  dateline extract [flags] FILE...
                            print the dated events as JSON or CSV, without a window
                            (dateline extract --help for details)

Articles are plain text (.txt), Markdown with YAML front matter (.md) or HTML.
`

func main() {
	if len(os.Args) > 1 && os.Args[1] == "extract" {
		os.Exit(cli.Extract(os.Args[2:], os.Stdout, os.Stderr))
	}
	flag.Usage = func() { fmt.Fprint(flag.CommandLine.Output(), usage) }
	flag.Parse()

	a := fyneapp.NewWithID("io.github.dateline.dateline")
	a.SetIcon(icons.App)
	ui := app.New(a)
	if flag.NArg() == 0 {
		ui.LoadSample()
	} else {
		ui.Load(flag.Args())
	}
	ui.Window().ShowAndRun()
}
