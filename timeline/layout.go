package timeline

import (
	"math"
	"slices"
	"time"
)

// Metrics are the pixel sizes a Layout works with. The renderer fills them
// from the theme (text size, padding) and its own size; zero fields get
// defaults derived from TextSize, which itself defaults to 14.
type Metrics struct {
	// Width and Height are the size of the view.
	Width, Height float32
	// TextSize is the size of label text; labels were measured at it.
	TextSize float32
	// RowHeight is the height of one row of items (default 1.8 TextSize).
	RowHeight float32
	// LabelPad is the gap between a mark and its label and between
	// neighbouring items (default TextSize/3).
	LabelPad float32
	// PointRadius is the radius of point marks (default TextSize/4).
	PointRadius float32
	// TickHeight is the length of minor tick lines (default TextSize/2).
	TickHeight float32
	// AxisHeight is the height of the tick label band at the top, which
	// holds two rows of text (default 2 RowHeight).
	AxisHeight float32
	// LaneHeader is the height of a lane's header strip when lanes are
	// named (default RowHeight).
	LaneHeader float32
	// MinSlot is the least width an item takes in its row, so that items
	// with short or empty labels still bound the number of marks drawn
	// (default 3 TextSize).
	MinSlot float32
	// MaxRows is the most rows one lane may take (default: as many as
	// the lane area holds, so a single lane fits the view; at most
	// MaxRows). Exporters raise it so that pages hold every row.
	MaxRows int
	// ScrollY is how far the lane area is scrolled down, in pixels, when
	// the lanes are taller than the view; Build clamps it (see
	// Layout.Scroll), so that the view stays full.
	ScrollY float32
	// Paged lets ScrollY run on to the last row, for the pages of an
	// export: the last page then shows only the rows no page before it
	// showed, rather than repeating some to fill the view.
	Paged bool
}

// withDefaults fills zero fields.
func (m Metrics) withDefaults() Metrics {
	def := func(v *float32, d float32) {
		if !(*v > 0) {
			*v = d
		}
	}
	def(&m.TextSize, 14)
	def(&m.RowHeight, 1.8*m.TextSize)
	def(&m.LabelPad, m.TextSize/3)
	def(&m.PointRadius, m.TextSize/4)
	def(&m.TickHeight, m.TextSize/2)
	def(&m.AxisHeight, 2*m.RowHeight)
	def(&m.LaneHeader, m.RowHeight)
	def(&m.MinSlot, 3*m.TextSize)
	m.Width, m.Height = max(m.Width, 0), max(m.Height, 0)
	return m
}

// Layout turns an Index, a Scale and Metrics into a Scene. It keeps its
// buffers and label caches between frames, so that Build does not allocate
// once the view has been seen; use one Layout per view (the screen, an
// exporter), not concurrently.
type Layout struct {
	// Now is the instant of the "today" marker; zero draws none. The caller
	// sets it (from time.Now in the app, fixed in tests).
	Now time.Time
	// Highlight is an optional instant to mark, such as the selected
	// article's publication date; zero draws none.
	Highlight time.Time
	// LongTicks spells minor tick labels out when they have room: "Mon 4"
	// for "4", "January" for "Jan", "W45, 4 Nov" for "4 Nov".
	LongTicks bool
	// Dim and Hide, when as long as the Index, mark items by index: Dim
	// ones are drawn faded (search's non-matches), Hide ones not at all
	// (filtered out). See filter.go.
	Dim, Hide []bool

	scene Scene
	// The frame's singles, the items stacked one by one (see sweep.go):
	// their sorted positions and geometry. The other items in the
	// stacking window found no row; runs holds their positions.
	cand []int32
	geo  []itemGeo
	runs []posRun
	fr   frame
	// spec and specGeo are the special items, which the sweep always
	// visits, and their geometry; see collect.
	spec    []int32
	specGeo []itemGeo
	// blocked marks rows (per lane and row) no item can take before their
	// next phase-A item; the lanes' skip bounds leave them out (see
	// bound).
	blocked []bool
	// perItem makes the sweep visit every item one by one, as the
	// reference the skipping sweep is tested against.
	perItem bool
	// blocks serves ranges of many positions, such as a cluster taking
	// many items at once.
	blocks blockStats
	// order lists each lane's positions, for sweeps over one lane when
	// items of several lanes lie between (see laneOrder).
	order laneOrder
	// laneAt and laneStop are joinLanes' indices per lane, laneCur
	// where the frame's last run ended in each lane (none when empty).
	laneAt, laneStop, laneCur []int
	// drawing lists the lanes whose badges are drawn (see laneBadges);
	// singles counts the frame's singles per lane for countRuns; pend is
	// the stretch of positions pendLanes holds back; middle the frame's
	// shown middle (see mid).
	drawing, singles []int
	pend, middle     [2]int

	lanes     []laneState
	rowEnd    []float32 // per lane and row: where the row becomes free
	ticks     tickCache
	segs      []segment // the view's stretches between breaks
	edges     [2]edgeText
	counts    []string       // "+n" badge texts by n
	bigCounts map[int]string // "+n" for n past counts
	emptyIdx  Index

	// lastRow remembers each item's row (by sorted position) from the
	// frames before, for idx only; -1 for none. Items keep their row while
	// it stays free, which makes stacking stable (see stack.go).
	lastRow []int16
	// rowed and rowedNext (a spare) list, sorted, the positions whose
	// lastRow is a row, so a frame finds its phase-A items without
	// visiting every item in view.
	rowed, rowedNext []int32
	memIdx           *Index
	memLanes         int
	memRows          int
	// reserved remembers which lanes kept a cluster row last frame.
	reserved []bool
	// lastSPP is the zoom of the last frame. When zooming in, kept items
	// may rise into rows that have room (settle), so that a zoom out and
	// back in leaves the rows as compact as before; pans and zooming out
	// keep every row that stays free.
	lastSPP   float64
	settle    bool
	riseSlack float32

	// Phase-A items per row for stacking, as linked lists of candidate
	// indices; see stack.go.
	rowHead, rowNext, rowLink []int32
	used                      []int // rows per lane; see laneRows

	// The lane area below the axis and how it is scrolled; see Scroll.
	areaTop, areaH    float32
	scrollY, contentH float32
	// offscreen counts the items in view across but scrolled out of
	// view, and next is where the first row cut at the bottom starts (in
	// content pixels; see NextPage).
	offscreen int
	next      float32
	// selRow is the content y of the selected item's row, -1 for none.
	selRow float32
}

// itemGeo is the horizontal geometry of one item the sweep looks at.
type itemGeo struct {
	// x0 and x1 bound the mark (a point's dot or a span's bar), unclipped;
	// x0 is also where the item's extent in its row starts.
	x0, x1 float32
	e1     float32 // where the extent ends, label and padding included
	lane   int16
	row    int16 // -1 when hidden
	shown  bool  // the mark lies inside the view
	span   bool  // drawn as a bar, not a dot
}

// laneState is one lane's vertical geometry and stacking state.
type laneState struct {
	rowsTop float32 // y of row 0
	content float32 // y of the lane's top in the content, unscrolled
	header  float32 // height of the header strip
	visTop  float32 // rows above it are hidden (scrolled under the header)
	visBot  float32 // rows below it are hidden (scrolled out)
	rows    int     // rows available to items
	minEnd  float32 // the smallest rowEnd: no row is free before it
	// pointMin and spanMin are the least rowEnd over the rows a point
	// (a span) may take that are not blocked: the sweep's skip bounds.
	pointMin, spanMin float32
	fit               rowFit    // see mayFit
	blockX            float32   // the start block last ran at
	next              laneNext  // see skipLanes
	moved             bool      // an item of it was stacked since skipLanes asked
	overflow          bool      // some visible item found no row
	reserve           bool      // the last row is kept for clusters
	redo              bool      // the lane is being stacked in this pass
	badges            badgeMode // what its items without a row join; see laneBadges
	cluster           int       // index in Scene.Clusters of the open cluster, or -1
	widen             int       // the count at which the open cluster's badge widens
}

// MaxRows caps rows per lane, bounding work and drawn objects on very tall
// views and pages.
const MaxRows = 256

// Build lays out one frame: the items of idx visible through sc at the size
// and text metrics m, with item selected (or -1) highlighted, grouped into
// lanes named by lanes (nil for a single unnamed lane). The Scene is owned
// by the Layout and valid until the next Build. In steady state (the same
// view, or one seen recently) Build does not allocate.
func (l *Layout) Build(idx *Index, sc Scale, m Metrics, selected int, lanes []string) *Scene {
	m = m.withDefaults()
	if idx == nil {
		idx = &l.emptyIdx
	}
	sc.SecondsPerPixel = clampSPP(sc.SecondsPerPixel)
	s := &l.scene
	s.reset(m.Width, m.Height, m.TextSize)
	l.layoutLanes(m, lanes)
	l.layoutTicks(idx, sc, m)
	l.layoutMarkers(sc, m)
	l.layoutItems(idx, sc, m, selected, lanes)
	return s
}

// layoutLanes prepares the lanes for stacking: each may take up to
// m.MaxRows rows, by default as many as the whole lane area holds. Where
// the lanes sit depends on the rows their items take, so placeLanes sets
// that after stacking.
func (l *Layout) layoutLanes(m Metrics, names []string) {
	n := max(1, len(names))
	header := float32(0)
	if len(names) > 0 {
		header = m.LaneHeader
	}
	l.areaTop = min(m.AxisHeight, m.Height)
	l.areaH = m.Height - l.areaTop
	if len(names) > 1 {
		// Several lanes reach the bottom of the view with headers and
		// marks, where an edge note would hide them, so they end above
		// the notes' band; they scroll, so nothing is lost, and the rows
		// stay put whether a note shows or not.
		l.areaH = max(0, l.areaH-m.RowHeight-m.LabelPad)
	}
	rows := m.MaxRows
	if rows <= 0 {
		rows = int(math.Floor(float64((l.areaH - header) / m.RowHeight)))
	}
	rows = max(0, min(rows, MaxRows))
	l.lanes = resize(l.lanes, n)
	l.rowEnd = resize(l.rowEnd, n*rows)
	l.blocked = resize(l.blocked, n*rows)
	for i := range n {
		l.lanes[i] = laneState{header: header, rows: rows, cluster: -1}
	}
}

// placeLanes stacks the lanes from the top of the lane area, each as tall
// as its header and the rows its items in view take (one at least; all
// when it keeps a cluster row), sharing out the room left over, and
// scrolls them by m.ScrollY when they are taller than the area. A lane
// scrolled partly out keeps its header at the top of what shows of it,
// so the reader always knows whose events these are.
func (l *Layout) placeLanes(m Metrics, names []string) {
	used := l.laneRows()
	total := float32(0)
	for k := range l.lanes {
		ln := &l.lanes[k]
		total += ln.header + float32(used[k])*m.RowHeight
	}
	spare := max(0, l.areaH-total) / float32(len(l.lanes))
	l.contentH = total
	limit := l.contentH - l.areaH
	if m.Paged {
		limit = l.contentH - m.RowHeight
	}
	l.scrollY = max(0, min(m.ScrollY, limit))
	top, bottom := l.areaTop, l.areaTop+l.areaH
	y := float32(0)
	for k := range l.lanes {
		ln := &l.lanes[k]
		h := ln.header + float32(used[k])*m.RowHeight + spare
		ln.content = y
		y0 := top + y - l.scrollY
		ln.rowsTop = y0 + ln.header
		vis0, vis1 := min(max(y0, top), bottom), max(min(y0+h, bottom), top)
		hdr := ln.header
		if vis1-vis0 < hdr {
			hdr = 0 // no room left for the header: the lane is all but gone
		}
		ln.visTop, ln.visBot = vis0+hdr, vis1
		name := ""
		if k < len(names) {
			name = names[k]
		}
		l.scene.Lanes = append(l.scene.Lanes, Lane{Y: vis0, H: max(vis1-vis0, 0), HeaderH: hdr, Name: name, Color: ColorSeparator})
		y += h
	}
}

// laneRows returns the rows each lane's items in view take; a named lane
// with nothing in view takes none and shows just its header.
func (l *Layout) laneRows() []int {
	l.used = resize(l.used, len(l.lanes))
	used := l.used
	clear(used)
	for i := range l.geo {
		if g := &l.geo[i]; g.row >= 0 && g.shown {
			used[g.lane] = max(used[g.lane], int(g.row)+1)
		}
	}
	for k := range l.lanes {
		ln := &l.lanes[k]
		if ln.reserve {
			used[k] = ln.rows
		}
		if len(l.lanes) == 1 {
			used[k] = max(used[k], min(1, ln.rows)) // the one lane keeps a row
		}
	}
	return used
}

// rowShown reports whether the row at y in lane ln lies wholly in view,
// neither scrolled out nor under the lane's header.
func (ln *laneState) rowShown(y, rowH float32) bool {
	const eps = 1e-3
	return y >= ln.visTop-eps && y+rowH <= ln.visBot+eps
}

// Scroll reports how the last frame's lane area was scrolled: offset is
// the clamped Metrics.ScrollY, content the height all the lanes need
// (before any room left over is shared out) and visible the height of the
// lane area, all in pixels. The lanes scroll when content exceeds
// visible.
func (l *Layout) Scroll() (offset, content, visible float32) {
	return l.scrollY, l.contentH, l.areaH
}

// Offscreen returns the number of items of the last frame that lie in
// view across but in rows scrolled out of view.
func (l *Layout) Offscreen() int { return l.offscreen }

// NextPage returns the ScrollY that shows, at the top of the lane area,
// the first row the last frame cut at the bottom, and whether there is
// one: exporters step through the pages of a tall timeline with it, so
// every row is drawn whole on some page.
func (l *Layout) NextPage() (float32, bool) {
	end := l.scrollY + l.areaH
	if l.next < end && l.next > l.scrollY {
		return l.next, true
	}
	if end < l.contentH-1e-3 {
		return end, true
	}
	return 0, false
}

// SelectedRow returns where the selected item's row starts in the lane
// content of the last frame (unscrolled, so comparable with Scroll's
// offset), and false when the selected item found no row.
func (l *Layout) SelectedRow() (float32, bool) {
	return l.selRow, l.selRow >= 0
}

// layoutMarkers adds the today and highlight lines when they are in view.
func (l *Layout) layoutMarkers(sc Scale, m Metrics) {
	add := func(t time.Time, name, color string) {
		if t.IsZero() {
			return
		}
		if x := sc.X(t); x >= 0 && x <= m.Width {
			l.scene.Markers = append(l.scene.Markers, Marker{X: x, Y0: 0, Y1: m.Height, Name: name, Color: color})
		}
	}
	add(l.Now, MarkerToday, ColorError)
	add(l.Highlight, MarkerHighlight, ColorPrimary)
}

// layoutItems stacks the items in view, places the lanes (named by names)
// around the rows they take, clusters what found no row and emits the
// marks and labels.
func (l *Layout) layoutItems(idx *Index, sc Scale, m Metrics, selected int, names []string) {
	spp := sc.SecondsPerPixel
	// Items a little left of the view are stacked but not drawn, so rows
	// do not reshuffle each time an item scrolls out on the left.
	margin := min(m.Width/2, 20*m.TextSize)
	t0 := unixSeconds(sc.Time(-margin))
	t1 := unixSeconds(sc.Time(m.Width))
	l.remember(idx)
	// Rising wants room to spare (a slot), so items do not hop into
	// every gap the moment it opens.
	l.settle, l.lastSPP, l.riseSlack = spp < l.lastSPP, spp, m.MinSlot
	selPos := int32(-1)
	if selected >= 0 && selected < idx.Len() {
		selPos = idx.rank[selected]
	}
	l.fr.begin(idx, sc, m, t0, t1, selPos, len(l.lanes), l.Hide)
	// The edge notes first: labels and badges keep clear of them.
	l.layoutEdges(idx, sc, m)
	l.collect()
	reserved := l.stack()
	if reserved {
		if i, ok := slices.BinarySearch(l.cand, selPos); ok {
			l.promote(i)
		}
	}
	l.placeLanes(m, names)
	l.offscreen, l.next, l.selRow = 0, float32(math.Inf(1)), -1
	if reserved {
		l.cluster(idx, m, selected)
	}
	l.emit(idx, m, selected)
	l.keepRowed()
}

// labelWidth returns the width of the label of the item at sorted position
// pos. The selected item's label gets some slack, as renderers tend to
// draw it in bold, which is wider than the measured regular text.
func labelWidth(idx *Index, pos int, selected bool) float32 {
	if selected {
		return idx.width[pos] * 1.1
	}
	return idx.width[pos]
}

// placeLabel returns the box of a shown item's label of width w in the
// row at y, whose items before it drew up to rowRight. A label never
// crosses the view's edges, a break mark or an edge note beside its row
// (see room): a point's label sits right of its dot, or left of it when
// the right has no room for it whole; a span's sits on its bar from where
// the bar shows (past any mark over its start), or left of the bar. Whole
// beats cut; when both sides cut, the side with more room wins, and a
// label with less than two text sizes of room is left out. The box on the
// right never leaves the item's extent and the one on the left starts
// past rowRight, so labels cannot overlap; only the drawing changes, not
// the extent, so stacking stays as it was.
func (l *Layout) placeLabel(g *itemGeo, w, y, rowRight float32, span bool, m Metrics) (lx, lw float32, clipped bool) {
	if w <= 0 {
		return 0, 0, false
	}
	pad := m.LabelPad
	s, limit := g.x1+pad, m.Width
	if span {
		s, limit = max(g.x0, 0)+pad, min(limit, g.e1-pad)
	}
	_, hi, in := l.room(s, y, m)
	for in && span && s < limit {
		s = hi // a span's label moves on along the bar, past the mark
		_, hi, in = l.room(s, y, m)
	}
	right := float32(0)
	if !in {
		// A label that fills its extent exactly may come out a rounding
		// over it (e1 was summed in another order): it fits.
		end := min(hi, limit)
		if s+w <= end+fitSlack {
			return s, w, false
		}
		right = end - s
	}
	e := g.x0 - pad
	if lo, _, in := l.room(e, y, m); !in {
		from := larger(lo, rowRight+pad)
		if e-w >= from-fitSlack { // a rounding short counts as room, as on the right
			return e - w, w, false
		}
		if left := e - from; left > right && left >= 2*m.TextSize {
			if !l.wholeAcross(s, w, limit, y, m) {
				return from, left, true
			}
		}
	}
	if l.wholeAcross(s, w, limit, y, m) {
		return s, w, false
	}
	if right >= 2*m.TextSize {
		return s, right, true
	}
	return 0, 0, false
}

// wholeAcross reports whether a label of width w at s, which fits whole
// on neither side of its mark between the walls, may run whole to the
// right across break marks instead: within limit and clear of the edge
// notes beside its row. The stacker kept the row free there, so it
// covers nothing but the mark, and a whole title over a "//" reads
// better than one cut to "The I…" in a background segment a few
// letters wide. Labels are still never cut at a break.
func (l *Layout) wholeAcross(s, w, limit, y float32, m Metrics) bool {
	if s+w > limit+fitSlack {
		return false
	}
	for i := range l.scene.Edges {
		if e := &l.scene.Edges[i]; e.beside(y, m.RowHeight) && s < e.X+e.W+m.LabelPad && e.X-m.LabelPad < s+w {
			return false
		}
	}
	return true
}

// fitSlack is how far, in pixels, a label may overhang its room and
// still count as whole: float32 rounding at view coordinates, well
// below a pixel.
const fitSlack = 1e-3

// room returns the stretch around x, in the row at y, that a label may
// take: from lo to hi, between the view's edges, the break marks and the
// edge notes beside the row, a pad clear of each. When x lies under one
// of them (or within its pad), in is set and lo, hi bound that one.
func (l *Layout) room(x, y float32, m Metrics) (lo, hi float32, in bool) {
	lo, hi = 0, m.Width
	pad := m.LabelPad
	for i := range l.scene.Breaks {
		b := &l.scene.Breaks[i]
		if lo, hi, in = narrowRoom(x, b.X0-pad, b.X1+pad, lo, hi); in {
			return lo, hi, true
		}
	}
	for i := range l.scene.Edges {
		if e := &l.scene.Edges[i]; e.beside(y, m.RowHeight) {
			if lo, hi, in = narrowRoom(x, e.X-pad, e.X+e.W+pad, lo, hi); in {
				return lo, hi, true
			}
		}
	}
	return lo, hi, false
}

// narrowRoom narrows the room lo to hi around x by the wall from a to b: it
// returns a, b and true when x lies inside the wall.
func narrowRoom(x, a, b, lo, hi float32) (float32, float32, bool) {
	switch {
	case b <= x:
		return larger(lo, b), hi, false
	case a >= x:
		return lo, min(hi, a), false
	}
	return a, b, true
}

// emit writes the marks and labels of the visible items that have a row.
func (l *Layout) emit(idx *Index, m Metrics, selected int) {
	s := &l.scene
	stride := l.stride()
	// rowEnd is free now: it tracks the right end of what each row has
	// drawn, for labels placed left of their mark (see placeLabel).
	fill(l.rowEnd, float32(math.Inf(-1)))
	for i := range l.geo {
		g := &l.geo[i]
		pos := l.cand[i]
		l.lastRow[pos] = g.row // for the next frame; see stack.go
		if g.row < 0 || !g.shown {
			continue
		}
		id := int(idx.id[pos])
		ln := &l.lanes[g.lane]
		y := ln.rowsTop + float32(g.row)*m.RowHeight
		sel := id == selected
		if sel {
			l.selRow = y - l.areaTop + l.scrollY
		}
		if !l.rowInView(ln, y, m) {
			continue
		}
		approx := idx.flags[pos]&flagApprox != 0
		span := idx.flags[pos]&flagSpan != 0
		right := l.emitMark(g, y, id, idx.colorOf(id), approx, sel, span, m)
		dim := l.dimLast(id, span)
		w := labelWidth(idx, int(pos), sel)
		key := int(g.lane)*stride + int(g.row)
		lx, lw, clipped := l.placeLabel(g, w, y, l.rowEnd[key], span, m)
		if lw > 0 {
			color := ColorForeground
			if (approx || dim) && !sel {
				color = ColorDisabled
			}
			s.Labels = append(s.Labels, Label{
				X: lx, Y: y, W: lw, H: m.RowHeight, Text: idx.labelOf(id),
				Item: id, Selected: sel, Approx: approx, Clipped: clipped, Color: color, Dim: dim,
			})
			right = larger(right, lx+lw)
		}
		l.rowEnd[key] = right
	}
}

// rowInView reports whether the row at y of lane ln is drawn; when it is
// not, its item counts as offscreen, and a row cut at the bottom marks
// where the next page starts.
func (l *Layout) rowInView(ln *laneState, y float32, m Metrics) bool {
	if ln.rowShown(y, m.RowHeight) {
		return true
	}
	l.offscreen++
	if y+m.RowHeight > ln.visBot {
		// The next page starts with the row, below its lane's header
		// unless the row is the lane's first.
		l.next = min(l.next, y-l.areaTop+l.scrollY-ln.header)
	}
	return false
}

// emitMark writes the dot or bar of a shown item in the row at y and
// returns its right end.
func (l *Layout) emitMark(g *itemGeo, y float32, id, palette int, approx, sel, span bool, m Metrics) float32 {
	s := &l.scene
	if !span {
		s.Points = append(s.Points, PointMark{
			X: (g.x0 + g.x1) / 2, Y: y + m.RowHeight/2, R: m.PointRadius,
			Item: id, Palette: palette, Approx: approx, Selected: sel,
		})
		return g.x1
	}
	inset := m.RowHeight * 0.15
	x0, x1 := max(g.x0, 0), min(g.x1, m.Width)
	x1 = max(x1, min(x0+1, m.Width)) // at least a pixel wide
	s.Spans = append(s.Spans, SpanMark{
		X0: x0, X1: x1, Y: y + inset, H: m.RowHeight - 2*inset,
		Item: id, Palette: palette, Approx: approx, Selected: sel,
		ClipStart: g.x0 < 0, ClipEnd: g.x1 > m.Width,
	})
	return x1
}

// resize returns b with length n, reusing its storage when large enough.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n, n+n/4)
	}
	return b[:n]
}

// larger is max for the hot loop: the builtin also orders NaNs and signed
// zeros, which made it the costliest line of the overview frame.
func larger(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}
