package app

import (
	"fyne.io/fyne/v2"

	"github.com/dateline/dateline/icons"
)

// Metadata returns Dateline's application metadata: the ID, name, version,
// build, icon and migrations of FyneApp.toml. Fyne reads that file only
// from the working directory or the binary's, so a dateline started
// anywhere else would run with no ID and with Fyne's thread checks on
// (fyneDo unset), which cost half the CPU while interacting (issue 15).
// main hands this to Fyne's app.SetMetadata before creating the app, so
// every copy of the binary behaves the same; a test keeps the two in step.
func Metadata() fyne.AppMetadata {
	return fyne.AppMetadata{
		ID:         "io.github.dateline.dateline",
		Name:       "Dateline",
		Version:    "0.1.0",
		Build:      1,
		Icon:       icons.App,
		Custom:     map[string]string{},
		Migrations: map[string]bool{"fyneDo": true},
	}
}
