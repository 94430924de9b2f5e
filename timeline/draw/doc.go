// Package draw decides the look of the timeline once for every backend:
// Draw turns a timeline.Scene into calls on a small Canvas interface, and
// each backend implements Canvas — the on-screen widget (timeline/view,
// over pooled Fyne canvas objects) and the PNG, SVG and PDF files
// (timeline/export). A new mark is written here once and appears on
// screen and in all three file formats. The package imports no Fyne.
//
// Data flows one way:
//
//	*timeline.Scene + Theme --Draw--> Canvas calls (FillRect, StrokeLine, Text, …) --backend--> pixels
//
// Coordinates are the Scene's: pixels with the origin at the top left and
// y growing downwards. Colours reach Draw as the Scene's theme colour
// names and palette indices; a Theme maps the names to colour values (the
// widget's Fyne theme on screen, export.Light or export.Dark in files),
// and item colours come from timeline's categorical palette
// (timeline.PaletteColor), which reads on light and dark alike. Draw draws no background: the backend fills
// it, or leaves it transparent.
//
// Strokes are centred on the outline they follow, as in SVG and PDF;
// Draw insets the outlines of boxes and rings so that their strokes stay
// inside the mark they stress.
package draw
