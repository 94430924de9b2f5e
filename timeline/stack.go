package timeline

import (
	"math"
	"slices"
	"strconv"
)

// Stacking puts items into rows so that their extents (mark and label)
// never overlap. It runs in start order and remembers rows between frames:
//
//   - Phase A keeps every item that had a row in the previous frame in that
//     row, if it is still free. Zooming in and panning only widen the gaps
//     between an item and the one before it in its row, so then every
//     item keeps its row.
//   - Phase B puts each remaining item (new in view, bumped by a zoom out,
//     or previously in a cluster) in the first row that is free at its
//     start and clear of the next phase-A item of that row. When zooming
//     in, it also lets phase-A items rise into a higher row that has room
//     to spare, by the same test, so nobody is bumped.
//
// Plain greedy first fit would be simpler but is chaotic: one item moving
// up a row ripples through every later item, so a third of the items jumped
// rows at each small zoom step in TestLayout_StackingStable. Keeping rows
// without rising is perfectly still but drifts: after zooming out and back
// in, items stay in the low rows they were bumped to
// (TestLayout_CompactAfterZoom).
//
// When a lane has more visible items than rows, its last row is reserved
// for cluster badges. Whether to reserve is guessed from the previous
// frame and checked, so a steady frame stacks once.

// stack assigns rows to all candidates, lane by lane, reserving cluster rows
// where needed, and reports whether any lane reserved one.
func (l *Layout) stack() bool {
	for k := range l.lanes {
		ln := &l.lanes[k]
		ln.redo = true
		ln.reserve = k < len(l.reserved) && l.reserved[k]
	}
	// Usually one pass; a wrong guess costs a second. Oscillating lanes
	// (rare: phase A makes stacking depend on more than the row count) end
	// up reserving, which is always safe for the clusters.
	for pass := range 3 {
		l.stackPass()
		again := false
		for k := range l.lanes {
			ln := &l.lanes[k]
			ln.redo = ln.overflow != ln.reserve && ln.rows > 0
			if ln.redo && pass == 1 && ln.overflow {
				ln.redo = false // flipped to no reserve and overflowed: fixed below
			}
			if ln.redo {
				ln.reserve, again = !ln.reserve, true
			}
		}
		if !again {
			break
		}
	}
	l.reserved = resize(l.reserved, len(l.lanes))
	any := false
	for k := range l.lanes {
		ln := &l.lanes[k]
		ln.redo = ln.overflow && !ln.reserve
		if ln.redo {
			ln.reserve, any = true, true
		}
	}
	if any {
		l.stackPass()
	}
	any = false
	for k := range l.lanes {
		l.reserved[k] = l.lanes[k].reserve
		any = any || l.lanes[k].reserve
	}
	return any
}

// stackPass runs phases A and B. It restacks every lane, not only those
// marked redo: a lane whose reserve did not change stacks as before.
func (l *Layout) stackPass() {
	stride := l.stride()
	for k := range l.lanes {
		l.lanes[k].overflow = false
	}
	fill(l.rowEnd, float32(math.Inf(-1)))
	l.keepRows(stride)
	fill(l.rowEnd, float32(math.Inf(-1)))
	for k := range l.lanes {
		l.lanes[k].minEnd = float32(math.Inf(-1))
	}
	l.fillRows(stride)
}

// keepRows is phase A: special items stay in their previous row when it
// is free. It also links, per row, the items it kept in start order
// (rowHead, then rowLink, indices in spec), for phase B to look ahead.
func (l *Layout) keepRows(stride int) {
	keys := len(l.lanes) * stride
	l.rowHead = resize(l.rowHead, keys)
	l.rowNext = resize(l.rowNext, keys)
	l.rowLink = resize(l.rowLink, len(l.specGeo))
	fill(l.rowHead, -1)
	fill(l.rowNext, -1) // here: the last item kept per row
	for i := range l.specGeo {
		g := &l.specGeo[i]
		ln := &l.lanes[g.lane]
		g.row = -1
		pref := int(l.lastRow[l.spec[i]])
		if pref < 0 || pref >= ln.rowsFor(g.span) {
			continue
		}
		key := int(g.lane)*stride + pref
		if l.rowEnd[key] > g.x0 {
			continue
		}
		l.rowEnd[key], g.row = g.e1, int16(pref)
		l.rowLink[i] = -1
		if last := l.rowNext[key]; last >= 0 {
			l.rowLink[last] = int32(i)
		} else {
			l.rowHead[key] = int32(i)
		}
		l.rowNext[key] = int32(i)
	}
	copy(l.rowNext, l.rowHead) // now: the next phase-A item per row
}

// firstRoom returns the first of n rows from key base that is free at e0
// and stays free until e1, when its next phase-A item starts; -1 if none.
func (l *Layout) firstRoom(base, n int, e0, e1 float32) int16 {
	for r := range n {
		key := base + r
		if l.rowEnd[key] > e0 {
			continue
		}
		if next := l.rowNext[key]; next >= 0 && l.specGeo[next].x0 < e1 {
			continue
		}
		return int16(r)
	}
	return -1
}

// promote makes sure the selected item, candidate i, is drawn when it is
// in view: if stacking left it without a row, it takes the row where it
// displaces the fewest items, which then join the clusters. Otherwise
// keyboard navigation could select items the user cannot see.
func (l *Layout) promote(i int) {
	g := &l.geo[i]
	ln := &l.lanes[g.lane]
	n := ln.rowsFor(g.span)
	if g.row >= 0 || !g.shown || n == 0 {
		return
	}
	var count [MaxRows]int32
	for j := range l.geo {
		if h := &l.geo[j]; h.row >= 0 && h.lane == g.lane && h.x0 < g.e1 && g.x0 < h.e1 {
			count[h.row]++
		}
	}
	best := int16(0)
	for r := range int16(n) {
		if count[r] < count[best] {
			best = r
		}
	}
	for j := range l.geo {
		if h := &l.geo[j]; h.row == best && h.lane == g.lane && h.x0 < g.e1 && g.x0 < h.e1 {
			h.row = -1
		}
	}
	g.row = best
}

// stride is the number of rows per lane in the flat row arrays.
func (l *Layout) stride() int {
	if len(l.lanes) == 0 {
		return 0
	}
	return l.lanes[0].rows
}

// usable is the number of rows items may take: all but the cluster row
// when one is reserved.
func (ln *laneState) usable() int {
	if ln.reserve {
		return max(ln.rows-1, 0)
	}
	return ln.rows
}

// rowsFor is the number of rows, from the top, that an item may take.
// Spans get the upper half only: spans of a year or more start before
// everything else in view, so in start order they would otherwise fill
// every row and leave the day-precise events, usually the point of the
// timeline, to the clusters.
func (ln *laneState) rowsFor(span bool) int {
	n := ln.usable()
	if span {
		return (n + 1) / 2
	}
	return n
}

// CopyRows makes l stack items the way from did in its last frame (for
// the same Index), so that an export built with its own Layout matches
// the screen row for row rather than starting from plain first fit. It
// allocates.
func (l *Layout) CopyRows(from *Layout) {
	l.memIdx, l.memLanes, l.memRows = from.memIdx, from.memLanes, from.memRows
	l.lastRow = slices.Clone(from.lastRow)
	l.rowed = slices.Clone(from.rowed)
	l.reserved = slices.Clone(from.reserved)
}

// remember keeps this frame's rows for the next one; see lastRow. Rows
// are forgotten when the items, the lanes or the rows a lane may take
// change: rows kept from one lane for all would leave gaps in lanes that
// fit their rows, and rows kept from a shorter view would hold the upper
// half that spans may take, leaving spans in a cluster beside empty rows.
func (l *Layout) remember(idx *Index) {
	rows := 0
	if len(l.lanes) > 0 {
		rows = l.lanes[0].rows
	}
	if l.memIdx == idx && len(l.lastRow) == idx.Len() && l.memLanes == len(l.lanes) && l.memRows == rows {
		return
	}
	if l.memIdx == idx && len(l.lastRow) == idx.Len() {
		for _, p := range l.rowed { // the only rows to forget
			l.lastRow[p] = -1
		}
	} else {
		l.lastRow = resize(l.lastRow, idx.Len())
		fill(l.lastRow, -1)
	}
	l.memIdx, l.memLanes, l.memRows = idx, len(l.lanes), rows
	l.rowed = l.rowed[:0]
	clear(l.reserved)
}

// fill sets every element of b to v.
func fill[T any](b []T, v T) {
	for i := range b {
		b[i] = v
	}
}

// cluster gathers the visible items that found no row into badges on the
// last row of their lane: an item joins the lane's open badge when it lies
// within the badge, else it opens a new one. The singles and the runs of
// the sweep take their turns in position order.
func (l *Layout) cluster(idx *Index, m Metrics, selected int) {
	ri := 0
	l.laneBadges(m)
	l.laneCur, l.pend = l.laneCur[:0], [2]int{} // see joinLanes, pendLanes
	for i := range l.geo {
		pos := l.cand[i]
		for ; ri < len(l.runs) && l.runs[ri].a < pos; ri++ {
			l.clusterRun(int(l.runs[ri].a), int(l.runs[ri].b), selected)
		}
		g := &l.geo[i]
		if l.lanes[g.lane].badges == badgeDraw {
			l.flushLanes(selected) // its lane's items before it join first
		}
		if g.row < 0 && g.shown {
			l.clusterItem(pos, g, selected)
		}
	}
	for ; ri < len(l.runs); ri++ {
		l.clusterRun(int(l.runs[ri].a), int(l.runs[ri].b), selected)
	}
	l.flushLanes(selected)
	l.countRuns()
	for k := range l.lanes {
		l.closeCluster(idx, &l.lanes[k], m)
	}
	l.compactClusters()
}

// clusterItem adds the shown item at position pos, with geometry g and no
// row, to its lane's clusters.
func (l *Layout) clusterItem(pos int32, g *itemGeo, selected int) {
	s, m := &l.scene, l.fr.m
	ln := &l.lanes[g.lane]
	if !ln.reserve || ln.rows == 0 {
		return
	}
	y := ln.rowsTop + float32(ln.rows-1)*m.RowHeight
	if !l.rowInView(ln, y, m) {
		return
	}
	if c := ln.cluster; c >= 0 && max(g.x0, 0) <= s.Clusters[c].X+s.Clusters[c].W+m.LabelPad {
		l.join(l.fr.idx, c, pos, selected)
		return
	}
	l.closeCluster(l.fr.idx, ln, m)
	l.openCluster(ln, pos, g, y, selected)
}

// openCluster opens a badge in lane ln, on the row at y, with the item at
// position pos, of geometry g.
func (l *Layout) openCluster(ln *laneState, pos int32, g *itemGeo, y float32, selected int) {
	s, m, idx := &l.scene, l.fr.m, l.fr.idx
	ln.cluster = len(s.Clusters)
	by, bh := y+m.RowHeight*0.1, m.RowHeight*0.8
	lo, _ := l.badgeRoom(by, bh, m)
	s.Clusters = append(s.Clusters, Cluster{
		X: max(g.x0, lo), Y: by, H: bh,
		Lane: int(g.lane), First: int(idx.id[pos]), Start: idx.start[pos],
		Fill: ColorHover, TextColor: ColorForeground,
	})
	l.join(idx, ln.cluster, pos, selected)
}

// join adds the item at sorted position pos to cluster c.
func (l *Layout) join(idx *Index, c int, pos int32, selected int) {
	cl := &l.scene.Clusters[c]
	cl.Count++
	id := int(idx.id[pos])
	cl.Last = id
	cl.End = max(cl.End, idx.end[pos])
	if ln := &l.lanes[cl.Lane]; cl.Count == 1 || cl.Count >= ln.widen {
		// The badge only widens when the count gains a digit.
		cl.W = idx.badgeWidth(cl.Count) + badgePad
		ln.widen = nextPow10(cl.Count)
	}
	if id == selected {
		cl.Selected = true
		cl.Fill = ColorSelection
	}
}

// nextPow10 returns the least power of ten above n.
func nextPow10(n int) int {
	p := 10
	for p <= n {
		p *= 10
	}
	return p
}

// badgePad is the horizontal padding inside a cluster badge.
const badgePad = 8

// closeCluster finishes the lane's open cluster: it sets its text and keeps
// it inside the view, clear of the edge notes beside its row (openCluster
// starts badges right of a left one). Only a lane's last badge can reach
// past the right limit; pushing it back left may make it overlap the
// badge before, which then absorbs it (and may need pushing in turn).
func (l *Layout) closeCluster(idx *Index, ln *laneState, m Metrics) {
	c := ln.cluster
	if c < 0 {
		return
	}
	ln.cluster = -1
	s := &l.scene
	for {
		cl := &s.Clusters[c]
		lo, hi := l.badgeRoom(cl.Y, cl.H, m)
		if cl.W > hi-lo && cl.W <= m.Width {
			// The badge's items are in view, the notes' are not: the
			// notes give way.
			l.dropEdges(cl.Y, cl.H)
			lo, hi = 0, m.Width
		}
		if cl.W > hi-lo {
			cl.Count = 0 // a view too narrow for a badge shows none
			return
		}
		cl.X = max(lo, min(cl.X, hi-cl.W))
		p := l.previousCluster(c)
		if p < 0 || s.Clusters[p].X+s.Clusters[p].W+m.LabelPad <= cl.X {
			// Only the badge that stays is written: big counts
			// allocate their text.
			cl.Text = l.countText(cl.Count)
			return
		}
		pc := &s.Clusters[p]
		pc.Count += cl.Count
		pc.Last, pc.End = cl.Last, max(pc.End, cl.End)
		if cl.Selected {
			pc.Selected, pc.Fill = true, ColorSelection
		}
		pc.W = idx.badgeWidth(pc.Count) + badgePad
		cl.Count = 0 // dropped by compactClusters
		c = p
	}
}

// previousCluster returns the index of the live cluster before c in the
// same lane, or -1.
func (l *Layout) previousCluster(c int) int {
	cs := l.scene.Clusters
	for p := c - 1; p >= 0; p-- {
		if cs[p].Lane == cs[c].Lane && cs[p].Count > 0 {
			return p
		}
	}
	return -1
}

// compactClusters removes the clusters merged away, keeping the order.
func (l *Layout) compactClusters() {
	s := &l.scene
	kept := s.Clusters[:0]
	for _, c := range s.Clusters {
		if c.Count > 0 {
			kept = append(kept, c)
		}
	}
	s.Clusters = kept
}

// countText returns "+n", cached so that frames do not format numbers.
func (l *Layout) countText(n int) string {
	const cached = 10000
	if n >= cached || n < 0 {
		// Big badges (the overview of a million items) recur from frame
		// to frame: remember them, starting over when there are many.
		if text, ok := l.bigCounts[n]; ok {
			return text
		}
		if l.bigCounts == nil || len(l.bigCounts) >= maxTickTexts {
			l.bigCounts = make(map[int]string)
		}
		text := "+" + strconv.Itoa(n)
		l.bigCounts[n] = text
		return text
	}
	for len(l.counts) <= n {
		l.counts = append(l.counts, "+"+strconv.Itoa(len(l.counts)))
	}
	return l.counts[n]
}
