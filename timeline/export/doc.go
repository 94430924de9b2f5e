// Package export draws Dateline's timeline to PNG, SVG and PDF files from
// the same layout as the screen.
//
// Data flows one way:
//
//	[]timeline.Item --timeline.NewIndex (measured with the export font)--> *Index
//	*Index + Scale + Metrics --timeline.Layout.Build--> *timeline.Scene
//	*Scene + Theme --draw.Draw--> draw.Canvas (NewPNG, NewSVG or NewPDF) --Encode--> io.Writer
//
// Each format implements draw.Canvas, the one small drawing interface
// (rectangles, lines, circles, horizontal fades, text) the screen
// implements too, and draw.Draw decides the look for all of them; this
// package imports no Fyne. PNG files are encoded by image/png. Render composes a
// whole page around the Scene (title band, legend, footer) and WriteFile
// writes it to disk through WriteAtomic, which never leaves a truncated
// file. All three backends use the Liberation Sans fonts, so the text
// measured for the layout is the text drawn and labels never overlap.
// Liberation Sans is metric-compatible with Arial and Helvetica, and every
// SVG text carries its measured textLength, so an SVG viewer without the
// font keeps the same widths.
//
// Colours come from a Theme that maps the Scene's theme colour names
// ("background", "primary", …) to values close to Fyne's default theme;
// light is the default whatever the UI uses, since exports usually end on
// paper or slides. Item colours and shapes are timeline.PaletteColor and
// timeline.PaletteShape, as on screen.
package export
