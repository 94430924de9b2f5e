package icons

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed dateline.png
var appIconPNG []byte

// App is Dateline's application icon: a timeline with a flagged event.
var App = fyne.NewStaticResource("dateline.png", appIconPNG)
