// Package timeline is the pure core of Dateline's timeline view: it turns
// dated items into a plain description of what to draw, without importing
// Fyne, so the same layout serves the on-screen widget and image export and
// is tested without a GUI.
//
// Data flows one way:
//
//	[]Item --NewIndex--> *Index                         once per corpus: sorted, labels measured
//	*Index + Scale + Metrics --Layout.Build--> *Scene   every frame
//	*Scene --draw.Draw--> a draw.Canvas                 the widget's (timeline/view) or a file's (timeline/export)
//
// The packages below it: timeline/draw decides the look once for every
// backend, timeline/view holds the Fyne widgets, timeline/export the PNG,
// SVG and PDF files.
//
// # Scale
//
// A Scale maps instants to pixels and does the zooming (ZoomAt keeps the
// instant under the pointer fixed) and panning. All calendar math happens
// in its one explicit time zone, UTC by default, so ticks never shift with
// the machine's zone or DST.
//
// A Scale may carry Breaks: stretches of empty time drawn at a fixed width
// whatever the zoom, with time linear between them, so a story of weeks and
// its background decades share one readable axis. The linear Scale is the
// case without breaks, and every method (X, Time, ZoomAt, Pan, FitBreaks,
// Tween) serves both. PlaceBreaks chooses them: longest first, a gap
// between item starts is compressed while it holds more than a fifth of
// the time still linear, and never so far that the story (Index.Story,
// the shortest stretch holding three quarters of the items) loses time.
// Layout lays ticks out per segment between breaks and marks each break in
// the Scene; Scene.Edges note how many items lie beyond each edge.
//
// # Index
//
// The Index answers visible-range queries without scanning the corpus,
// helps keyboard navigation (First, Last, Next) and fills the overview
// band's histogram (Density, DensityScale: points counted by binary search
// over the sorted starts, so a million items cost bins · log n). Item indices everywhere in the package are
// positions in the slice given to NewIndex.
//
// # Layout and Scene
//
// Layout.Build chooses calendar ticks from a ladder of rungs, century down
// to minute, by the pixel width their labels need, in two tiers (days under
// "November 2024"). It stacks items into rows so that labels never
// overlap (spans in the upper half of a lane's rows at most, so that long
// spans cannot crowd out the events), gathers the items that find no row
// into cluster badges ("+12") on the lane's last row, and writes the
// result into a Scene it owns.
//
// Stacking is stable: an item keeps its row from one frame to the next
// while that row is free. Panning moves no item (unless a lane's last row
// turns into a cluster row, or the selection needs room); zooming out
// moves only the items that must make room; zooming in lets items rise
// into rows that opened up above them, so the rows stay compact. The
// selected item is always drawn when it is in view.
//
// Build reuses its buffers and caches tick labels, so a steady frame
// allocates nothing; the number of objects in a Scene depends on the view's
// size, not on the corpus, and so, nearly, does its cost: the stacking
// sweep skips, by binary search over the sorted starts, the items that
// cannot get a row, and the badges take them in bulk (see sweep.go), with
// the same result as visiting each.
//
// Colours in a Scene are theme colour names ("primary", "separator", …)
// and palette indices, never colour values: each backend maps them to its
// own theme, and PaletteColor and PaletteShape turn palette indices into
// the item colours (twelve, apart on light and dark themes and for
// colour-blind readers) and mark shapes (past twelve sources).
//
// # Search
//
// NewSearch folds every item's text once (lower case, no accents) into one
// buffer in Index order; Search.Find returns the items holding every word
// of a query in time order, rechecking only the last matches while the
// query grows, and Search.Step walks them. Layout.Dim fades the items a
// search does not match and Layout.Hide leaves items out of the frame
// (the reports the app draws through their merged event).
package timeline
