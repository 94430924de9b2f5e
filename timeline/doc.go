// Package timeline is the pure core of Dateline's timeline view: it turns
// dated items into a plain description of what to draw, without importing
// Fyne, so the same layout serves the on-screen widget and image export and
// is tested without a GUI.
//
// Data flows one way:
//
//	[]Item --NewIndex--> *Index            (once per corpus: sorted, labels measured)
//	*Index + Scale + Metrics --Layout.Build--> *Scene   (every frame)
//	*Scene --renderer / exporter--> pixels
//
// A Scale maps instants to pixels and does the zooming and panning; all
// calendar math happens in its one explicit time zone (UTC by default). The
// Index answers visible-range queries without scanning the whole corpus,
// and helps keyboard navigation (First, Last, Next) and the overview band
// (Density). A Layout chooses calendar ticks from a ladder of rungs
// (century down to minute), stacks items into rows so that labels never
// overlap, gathers what does not fit into cluster badges ("+12"), and
// writes the result into a Scene it owns. Build reuses its buffers and
// caches tick labels, so a steady frame allocates nothing.
//
// Colours in a Scene are theme colour names ("primary", "separator", …)
// and palette indices, never colour values: each backend maps them to its
// own theme.
package timeline
