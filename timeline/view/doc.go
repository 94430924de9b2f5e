// Package view holds Dateline's timeline widgets for Fyne: Timeline, the
// zoomable, pannable view of the items, and Overview, the band under it
// that shows the whole corpus and moves the view.
//
// Data flows one way:
//
//	[]timeline.Item --SetItems (labels measured at the theme's caption size)--> *timeline.Index
//	Index + Scale + size --Refresh or Resize: timeline.Layout.Build--> *timeline.Scene (the frame)
//	Scene + the widget's theme --draw.Draw--> fyneCanvas --> pooled Fyne canvas objects
//
// The widget holds the state (items, scale, selection) and builds the
// frame when it is refreshed or resized; the renderer follows Fyne's
// contract: Layout only places, Refresh re-reads colours and sizes from
// the widget's theme and draws the frame. Drawing goes through the same
// draw.Draw as the PNG, SVG and PDF exports, so the screen and the files
// look alike. The canvas recycles its line, rectangle, circle, gradient
// and text objects, boxes each colour once and caches cut labels, so a
// steady frame allocates nothing; the number of objects depends on the
// view's size, not on the corpus.
package view
