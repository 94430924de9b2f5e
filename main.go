// Command dateline finds the dated events in news articles and plots them
// on a zoomable timeline. With no arguments it opens the built-in briefing;
// with files it opens those; "dateline extract" works without a window.
package main

import (
	"flag"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/dateline/dateline/app"
	"github.com/dateline/dateline/app/cli"
	_ "github.com/dateline/dateline/app/posixlocale" // before Fyne reads the locale
)

const usage = `Usage:
  dateline [FILE|FOLDER|URL...]
                            open the articles in a window (none: the built-in briefing)
  dateline extract [flags] FILE|FOLDER|URL...
                            print the dated events as JSON or CSV, without a window
                            (dateline extract --help for details)
  dateline export -o OUT.png|.svg|.pdf [flags] FILE|FOLDER|URL...
                            draw the articles' timeline to an image, without a window
                            (dateline export --help for details)
  dateline --synthetic N    open N made-up events, to try the view at scale

Articles are plain text (.txt), Markdown with YAML front matter (.md), HTML
or RSS/Atom feeds; a folder gives the articles inside it, at any depth; a URL
(http or https) is fetched.
`

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "extract":
			os.Exit(cli.Extract(os.Args[2:], os.Stdout, os.Stderr))
		case "export":
			os.Exit(cli.Export(os.Args[2:], os.Stdout, os.Stderr))
		}
	}
	flag.Usage = func() { fmt.Fprint(flag.CommandLine.Output(), usage) }
	synthetic := flag.Int("synthetic", 0, "show `N` made-up events instead of articles (to try the view at scale)")
	flag.Parse()

	var pending *app.PendingSynthetic
	if *synthetic > 0 {
		// Made before the window, beside it on the other processor.
		pending = app.MakeSynthetic(*synthetic)
	}
	ui := app.New(newApp())
	if path := os.Getenv("DATELINE_FRAMES"); path != "" {
		logFrames(ui, path)
	}
	var loaded <-chan struct{}
	switch {
	case pending != nil:
		loaded = ui.ShowSynthetic(pending)
	case flag.NArg() == 0:
		ui.LoadSample()
	default:
		loaded = ui.Load(flag.Args())
	}
	ui.StartAutosave(app.AutosaveInterval)
	ui.OfferRecovery(loaded)
	ui.Window().ShowAndRun()
}

// newApp creates the Fyne app with Dateline's metadata set in code rather
// than read from FyneApp.toml, which Fyne finds only beside the binary or
// in the working directory: without it an installed copy would run with
// Fyne's thread checks on. It must come first, as Fyne reads the fyneDo
// migration once, at the first thread check.
func newApp() fyne.App {
	meta := app.Metadata()
	fyneapp.SetMetadata(meta)
	a := fyneapp.NewWithID(meta.ID)
	a.SetIcon(meta.Icon)
	return a
}

// logFrames makes the timeline log its interaction frames to the file at
// path (see view.Timeline.FrameLog), for measuring; the file stays open
// until the process ends.
func logFrames(ui *app.UI, path string) {
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dateline: DATELINE_FRAMES:", err)
		return
	}
	ui.Timeline().FrameLog = f
}
