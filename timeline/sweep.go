package timeline

import (
	"math"
	"slices"
	"sort"
)

// The sweep: stacking whose cost follows what can be drawn, not the items
// in view. A full-HD view holds a few thousand marks, but a million items
// may lie in it. Stacking visits items in start order and an item can only
// take a row that is free at its left end, so while every row is taken
// (the view is denser than its rows) the items that follow cannot get one:
// the sweep binary-searches the sorted starts for the next item that
// could, and records the stretch skipped as a run of positions. Runs then
// join the cluster badges in bulk (binary searches again), so a frame
// costs about a search per row freed and per badge, not a step per item.
// Rows can also be free but needed soon by their next phase-A item (when
// zooming out, kept items close up): mayFit then fails an item with one
// comparison, and tooWide passes whole blocks of positions whose
// narrowest label could not end in time.
//
// The result is exactly that of visiting every item (Layout.perItem does,
// for the tests): runs only ever hold items that could not have had a
// row, and they join the clusters as each of them would have one by one.
// Items that must be looked at one by one are the special ones: those that
// had a row in the last frame (phase A, see stack.go), long items, and the
// selected item.

// frame is what one Build's item pass works from.
type frame struct {
	idx *Index
	px  pixelMap
	m   Metrics
	// t0 and t1 bound the time that may be drawn or stacked (the left
	// margin included): an item is a candidate when it meets [t0, t1].
	t0, t1 float64
	// lo and hi bound the positions that may hold candidates other than
	// long items, which come from idx.long.
	lo, hi int
	selPos int32
	nl     int32  // lanes
	hide   []bool // Layout.Hide when it applies, else nil
	// minWidth is the narrowest label of the candidates (at most);
	// with it, block knows the least extent of any item to come.
	minWidth float32
	spanAt   int // where nextSpan found the last span in idx.spans
}

// rowFit is what mayFit worked out for the rows of a lane free at x0 (and
// until next, where another frees): the latest end an item may have to
// fit one of them, for points and for spans.
type rowFit struct {
	valid       bool
	x0, next    float32
	point, span float32
}

// posRun is a stretch [a, b) of sorted positions of items left without a
// row; it may include positions that are no candidates, which whoever
// reads the run skips.
type posRun struct{ a, b int32 }

// begin prepares the frame of one Build.
func (f *frame) begin(idx *Index, sc Scale, m Metrics, t0, t1 float64, selPos int32, lanes int, hide []bool) {
	*f = frame{idx: idx, px: sc.pixels(), m: m, t0: t0, t1: t1, selPos: selPos, nl: int32(min(lanes, math.MaxInt16))}
	f.lo, _ = slices.BinarySearch(idx.start, t0-idx.maxShort)
	f.hi = upperBound(idx.start, t1)
	if len(hide) == idx.Len() {
		f.hide = hide
	}
}

// hidden reports whether the item at sorted position p is filtered out.
func (f *frame) hidden(p int) bool { return f.hide != nil && f.hide[f.idx.id[p]] }

// candidate reports whether the item at position p in [lo, hi) meets the
// view and is no long item (those are special; see collect).
func (f *frame) candidate(p int) bool {
	return f.idx.flags[p]&flagLong == 0 && f.idx.end[p] >= f.t0 && !f.hidden(p)
}

// longCandidate reports whether the long item at position p meets the view.
func (f *frame) longCandidate(p int) bool {
	return f.idx.start[p] <= f.t1 && f.idx.end[p] >= f.t0 && !f.hidden(p)
}

// place returns the horizontal geometry of the item at position pos: the
// mark, and the extent it needs in a row with its label to the right. The
// extent ignores the view's edges on purpose: it then moves rigidly with
// pans and scales with zooms, which is what keeps rows stable. Labels are
// fitted to the view only when emitted (see placeLabel).
func (f *frame) place(pos int32) itemGeo {
	idx, m := f.idx, &f.m
	r, pad, slot, width := m.PointRadius, m.LabelPad, m.MinSlot, m.Width
	x0 := f.px.x(idx.start[pos])
	w := idx.width[pos]
	if pos == f.selPos {
		w = labelWidth(idx, int(pos), true)
	}
	var g itemGeo
	var end float32
	if idx.flags[pos]&flagSpan != 0 {
		x1 := f.px.x(idx.end[pos])
		g = itemGeo{x0: x0, x1: x1, row: -1, shown: x1 > 0 && x0 < width, span: true}
		end = larger(x1, x0+pad+w) // the label sits on the bar
	} else {
		g = itemGeo{x0: x0 - r, x1: x0 + r, row: -1, shown: x0-r >= 0 && x0+r <= width}
		end = x0 + r + pad + w
	}
	if w <= 0 {
		end = g.x1
	}
	g.e1 = larger(end, g.x0+slot) + pad
	g.lane = int16(max(0, min(idx.lane[pos], f.nl-1)))
	return g
}

// search returns the first position in [a, b) for which pred holds, b if
// none; pred must be false and then true along the positions.
func search(a, b int, pred func(p int) bool) int {
	return a + sort.Search(b-a, func(i int) bool { return pred(a + i) })
}

// gallop is search for answers expected near a: it doubles its steps
// from a, then searches the last one, so a short run costs a few looks.
func gallop(a, b int, pred func(p int) bool) int {
	if a >= b || pred(a) {
		return a
	}
	lo, step := a, 1 // pred(lo) is false
	for {
		hi := lo + step
		if hi >= b {
			return search(lo+1, b, pred)
		}
		if pred(hi) {
			return search(lo+1, hi, pred)
		}
		lo, step = hi, 2*step
	}
}

// firstPast is gallop for the sweep's most frequent question: the first
// q in [a, b) whose start, at pixel x with shift added, has reached bound
// (x+shift >= bound, or > when strict), or b; starts must be sorted.
// Written out rather than through gallop's predicate, whose calls cost
// more than the look itself.
func (f *frame) firstPast(start []float64, a, b int, shift, bound float32, strict bool) int {
	past := func(q int) bool {
		x := f.px.x(start[q]) + shift
		return x > bound || (!strict && x == bound)
	}
	if a >= b || past(a) {
		return a
	}
	lo, step := a, 1 // past(lo) is false
	hi := b
	for lo+step < b {
		if past(lo + step) {
			hi = lo + step
			break
		}
		lo, step = lo+step, 2*step
	}
	lo++ // the answer lies in [lo, hi]
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if past(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// firstAtLeast is gallop for sorted positions: the first index q in
// [a, len(pos)) with pos[q] >= v, or len(pos).
func firstAtLeast(pos []int32, a, v int) int {
	if a >= len(pos) || int(pos[a]) >= v {
		return a
	}
	lo, step := a, 1 // pos[lo] < v
	hi := len(pos)
	for lo+step < len(pos) {
		if int(pos[lo+step]) >= v {
			hi = lo + step
			break
		}
		lo, step = lo+step, 2*step
	}
	q, _ := slices.BinarySearch(pos[lo+1:hi], int32(v))
	return lo + 1 + q
}

// nextSpan returns the first span's position at or after p, or MaxInt.
// It gallops on from the span it found last, as the sweep asks in order.
func (f *frame) nextSpan(p int) int {
	sp := f.idx.spans
	i := f.spanAt
	if i > len(sp) || (i > 0 && int(sp[i-1]) >= p) {
		i = 0 // asked for an earlier one
	}
	i = gallop(i, len(sp), func(j int) bool { return int(sp[j]) >= p })
	f.spanAt = i
	if i == len(sp) {
		return math.MaxInt
	}
	return int(sp[i])
}

// split cuts the run [a, b) at the view's edges: before c no point is
// shown (only spans reaching into the view may be), in [c, d) every
// candidate is shown, from d on (the right edge) any may not be.
func (f *frame) split(a, b int) (c, d int) {
	idx, r, w := f.idx, f.m.PointRadius, f.m.Width
	c = f.leftEdge(a, b)
	past := func(p int) bool {
		x := f.px.x(idx.start[p])
		return x+r > w || x >= w
	}
	if c == b || !past(b-1) {
		return c, b // most runs lie inside the view
	}
	return c, search(c, b, past)
}

// leftEdge returns the first position in [a, b) where a point would be
// shown on the left, or b.
func (f *frame) leftEdge(a, b int) int {
	return f.firstPast(f.idx.start, a, b, -f.m.PointRadius, 0, false)
}

// eachShown calls fn for every shown candidate in the run [a, b), in
// order, with its geometry, until fn returns false.
func (f *frame) eachShown(a, b int, fn func(p int, g itemGeo) bool) {
	idx := f.idx
	c := f.leftEdge(a, b)
	// Left of c only spans reaching past the left edge show, and a span
	// ends at most maxShort (a second of slack for rounding) after its
	// start: the margin's earlier spans need no look.
	reach := idx.maxShort + 1
	from := search(a, c, func(p int) bool { return f.px.x(idx.start[p]+reach) > 0 })
	i, _ := slices.BinarySearch(idx.spans, int32(from))
	for ; i < len(idx.spans) && int(idx.spans[i]) < c; i++ {
		if !f.visit(int(idx.spans[i]), fn) {
			return
		}
	}
	for p := c; p < b; p++ {
		if !f.visit(p, fn) {
			return
		}
	}
}

// visit calls fn for the item at p when it is a shown candidate and
// returns fn's answer, true otherwise.
func (f *frame) visit(p int, fn func(p int, g itemGeo) bool) bool {
	if !f.candidate(p) {
		return true
	}
	if g := f.place(int32(p)); g.shown {
		return fn(p, g)
	}
	return true
}

// collect gathers the special items of the frame, in position order, with
// their geometry: those with a row last frame (see rowed), the long items
// and the selected item, when they are candidates.
func (l *Layout) collect() {
	f := &l.fr
	l.spec = l.spec[:0]
	long := f.idx.long
	i, _ := slices.BinarySearch(l.rowed, int32(f.lo))
	for ; i < len(l.rowed) && int(l.rowed[i]) < f.hi; i++ {
		p := l.rowed[i]
		for len(long) > 0 && long[0] < p {
			l.addLong(long[0])
			long = long[1:]
		}
		if f.candidate(int(p)) {
			l.spec = append(l.spec, p)
		}
	}
	for _, p := range long {
		l.addLong(p)
	}
	if s := f.selPos; s >= int32(f.lo) && s < int32(f.hi) && f.candidate(int(s)) {
		if j, found := slices.BinarySearch(l.spec, s); !found {
			l.spec = slices.Insert(l.spec, j, s)
		}
	}
	f.minWidth = l.minWidth()
	l.specGeo = l.specGeo[:0]
	for _, p := range l.spec {
		l.specGeo = append(l.specGeo, f.place(p))
	}
}

// addLong adds the long item at p to the special items when it meets the
// view.
func (l *Layout) addLong(p int32) {
	if l.fr.longCandidate(int(p)) {
		l.spec = append(l.spec, p)
	}
}

// fillRows is phase B: a sweep in start order over the special items
// (which phase A may have given their old rows) and all others, putting
// each in the first row with room. Stretches of items that cannot get a
// row are skipped as runs. It leaves the frame's singles, the items
// looked at one by one, in cand and geo, in position order.
func (l *Layout) fillRows(stride int) {
	f := &l.fr
	l.cand, l.geo, l.runs = l.cand[:0], l.geo[:0], l.runs[:0]
	clear(l.blocked)
	for k := range l.lanes {
		ln := &l.lanes[k]
		ln.fit.valid, ln.blockX, ln.next = false, float32(math.Inf(-1)), laneNext{}
		l.bound(k, stride)
	}
	p, si := f.lo, 0
	for p < f.hi || si < len(l.spec) {
		next := f.hi
		if si < len(l.spec) {
			next = min(next, int(l.spec[si]))
		}
		if p < next {
			p = l.fillMain(p, next, stride)
			continue
		}
		l.fillSpecial(si, stride)
		if p == next {
			p++
		}
		si++
	}
}

// fillSpecial stacks the special item si: a phase-A item keeps its row
// (or rises), any other takes the first row with room.
func (l *Layout) fillSpecial(si, stride int) {
	g := &l.specGeo[si]
	l.lanes[g.lane].moved = true
	if g.row >= 0 {
		ln := &l.lanes[g.lane]
		base := int(g.lane) * stride
		key := base + int(g.row)
		l.rowNext[key] = l.rowLink[si]
		l.blocked[key] = false // its next phase-A item changed
		ln.fit.valid = false
		if l.settle && g.row > 0 {
			// Rise into a higher row that has room, bumping no one.
			if r := l.firstRoom(base, int(g.row), g.x0-l.riseSlack, g.e1); r >= 0 {
				g.row, key = r, base+int(r)
			}
		}
		l.take(ln, key, g, stride)
	} else {
		l.tryRow(l.spec[si], g, stride)
	}
	l.cand = append(l.cand, l.spec[si])
	l.geo = append(l.geo, *g)
}

// fillMain stacks the item at position p, or skips a run of items from p
// that cannot get a row, up to limit, and returns the next position.
func (l *Layout) fillMain(p, limit, stride int) int {
	f := &l.fr
	if !f.candidate(p) {
		if !l.perItem {
			l.addRun(p, p+1)
		}
		return p + 1
	}
	if !l.perItem {
		if end := l.skipLanes(p, limit); end > p {
			l.addRun(p, end)
			l.overflowRun(p, end)
			return end
		}
	}
	g := f.place(int32(p))
	l.tryRow(int32(p), &g, stride)
	switch {
	case g.row >= 0 || l.perItem:
		l.cand = append(l.cand, int32(p))
		l.geo = append(l.geo, g)
	case len(l.lanes) == 1 && l.lanes[0].fit.valid:
		end := l.tooWide(p+1, limit)
		l.addRun(p, end)
		l.overflowRun(p+1, end)
		return end
	default:
		l.addRun(p, p+1)
	}
	return p + 1
}

// tooWide returns the end of the run of items from position a, up to
// limit, of the one lane, that are too wide for every row free where
// they start (see mayFit): while no other row frees, whole blocks of
// positions whose narrowest label is too wide from the block's first
// start are passed at once.
func (l *Layout) tooWide(a, limit int) int {
	f := &l.fr
	idx, r := f.idx, f.m.PointRadius
	c := &l.lanes[0].fit
	frees := f.firstPast(idx.start, a, limit, -r, c.next, false)
	stop := min(frees, f.nextSpan(f.firstPast(idx.start, a, frees, 0, c.next, false)))
	widths := l.stats().width
	for q := a; q < stop; {
		if q%statBlock == 0 && q+statBlock <= stop && l.leastEnd(f.px.x(idx.start[q]), widths[q/statBlock]) > c.point {
			q += statBlock
			continue
		}
		if f.candidate(q) && f.place(int32(q)).e1 <= c.point {
			return q
		}
		q++
	}
	return stop
}

// tryRow puts g, the item at position pos, which has no row yet, in the
// first row with room.
func (l *Layout) tryRow(pos int32, g *itemGeo, stride int) {
	ln := &l.lanes[g.lane]
	ln.moved = true
	base := int(g.lane) * stride
	n := ln.rowsFor(g.span)
	if n > 0 && g.x0 >= ln.minEnd && (l.perItem || l.mayFit(ln, base, g)) {
		g.row = l.firstRoom(base, n, g.x0, g.e1)
	}
	if g.row >= 0 {
		l.take(ln, base+int(g.row), g, stride)
		return
	}
	l.noRow(ln, g, pos, stride)
}

// noRow notes that g, the item at position pos of lane ln, found no row.
func (l *Layout) noRow(ln *laneState, g *itemGeo, pos int32, stride int) {
	if g.shown {
		ln.overflow = true
	}
	if g.x0 >= ln.minEnd && !l.perItem && g.x0 >= ln.blockX+1 {
		// At most once a pixel: block only grows with the start.
		ln.blockX = g.x0
		l.block(int(g.lane), stride, l.fr.px.x(l.fr.idx.start[pos]))
	}
}

// mayFit reports whether g might find a row in lane ln (rows from key
// base), false only when it cannot: every row free at its start is
// needed, before g would end, by that row's next phase-A item. Between
// two starts at which a row frees, the free rows stay the same, so the
// latest end they allow is worked out once for them (see rowFit).
func (l *Layout) mayFit(ln *laneState, base int, g *itemGeo) bool {
	c := &ln.fit
	if !c.valid || g.x0 < c.x0 || g.x0 >= c.next {
		*c = rowFit{valid: true, x0: g.x0, next: float32(math.Inf(1)), point: float32(math.Inf(-1)), span: float32(math.Inf(-1))}
		spans := ln.rowsFor(true)
		for r := range ln.usable() {
			e := l.rowEnd[base+r]
			if e > g.x0 {
				c.next = min(c.next, e)
				continue
			}
			lim := float32(math.Inf(1))
			if next := l.rowNext[base+r]; next >= 0 {
				lim = l.specGeo[next].x0
			}
			c.point = max(c.point, lim)
			if r < spans {
				c.span = max(c.span, lim)
			}
		}
	}
	if g.span {
		return g.e1 <= c.span
	}
	return g.e1 <= c.point
}

// take gives row key to g.
func (l *Layout) take(ln *laneState, key int, g *itemGeo, stride int) {
	l.rowEnd[key] = g.e1
	ln.fit.valid = false
	l.bound(int(g.lane), stride)
}

// block marks the rows of lane k that no item from the one starting at
// pixel x on can take before
// their next phase-A item is reached: it starts too close ahead for the
// least extent of an item there. Only the skip bounds use it.
func (l *Layout) block(k, stride int, x float32) {
	least := l.leastEnd(x, l.fr.minWidth)
	base := k * stride
	for r := range l.lanes[k].usable() {
		if next := l.rowNext[base+r]; next >= 0 && l.specGeo[next].x0 < least {
			l.blocked[base+r] = true
		}
	}
	l.bound(k, stride)
}

// leastEnd returns the least right end of the extent of any item
// starting at pixel x or later: starting a radius left of x (a point's
// dot), at least a slot wide, and with a label at least w wide when w is
// positive (the narrowest label among them). It takes place's float32
// steps in the same order, so rounding cannot put it above a real extent.
func (l *Layout) leastEnd(x, w float32) float32 {
	m := &l.fr.m
	end := x - m.PointRadius + m.MinSlot + m.LabelPad
	if w > 0 {
		// A label starts at least a pad right of the start.
		end = larger(end, x+m.LabelPad+w+m.LabelPad)
	}
	return end
}

// bound recomputes lane k's minEnd and its skip bounds, the least left
// end at which a point (or a span) may still find a row in it.
func (l *Layout) bound(k, stride int) {
	ln := &l.lanes[k]
	ln.pointMin, ln.spanMin = float32(math.Inf(1)), float32(math.Inf(1))
	spans, minEnd := ln.rowsFor(true), float32(math.Inf(1))
	for r := range ln.usable() {
		e := l.rowEnd[k*stride+r]
		minEnd = min(minEnd, e)
		if l.blocked[k*stride+r] {
			continue
		}
		ln.pointMin = min(ln.pointMin, e)
		if r < spans {
			ln.spanMin = min(ln.spanMin, e)
		}
	}
	if ln.usable() > 0 {
		ln.minEnd = minEnd // a lane without rows keeps stackPass's
	}
}

// skip returns the end of the run of items from p (a candidate), up to
// limit, of the one lane that cannot get a row, or p when the item at p
// might. A point needs a row free at its start minus the radius, a span
// one of the upper rows free at its start.
func (l *Layout) skip(p, limit int) int {
	f, ln := &l.fr, &l.lanes[0]
	idx, r := f.idx, f.m.PointRadius
	x := f.px.x(idx.start[p])
	if idx.flags[p]&flagSpan != 0 {
		if x >= ln.spanMin {
			return p
		}
	} else if x-r >= ln.pointMin {
		return p
	}
	pts := f.firstPast(idx.start, p+1, limit, -r, ln.pointMin, false)
	sp := f.firstPast(idx.start, p+1, pts, 0, ln.spanMin, false)
	return min(pts, f.nextSpan(sp))
}

// addRun records positions [a, b) as left without a row.
func (l *Layout) addRun(a, b int) {
	if n := len(l.runs); n > 0 && int(l.runs[n-1].b) == a {
		l.runs[n-1].b = int32(b)
		return
	}
	l.runs = append(l.runs, posRun{int32(a), int32(b)})
}

// overflowRun marks the lanes of the shown items of a skipped run as
// overflowing, as visiting them one by one would.
func (l *Layout) overflowRun(a, b int) {
	if l.allOverflow() {
		return
	}
	l.fr.eachShown(a, b, func(_ int, g itemGeo) bool {
		l.lanes[g.lane].overflow = true
		return !l.allOverflow()
	})
}

// allOverflow reports whether every lane overflows already.
func (l *Layout) allOverflow() bool {
	for k := range l.lanes {
		if !l.lanes[k].overflow {
			return false
		}
	}
	return true
}

// clusterRun adds the shown items of the run [a, b) to the clusters, in
// order. Without a filter, the shown middle of the run joins in bulk: with
// one lane here, with several in pendLanes and countRuns.
func (l *Layout) clusterRun(a, b, selected int) {
	f := &l.fr
	one := func(p int, g itemGeo) bool {
		l.clusterItem(int32(p), &g, selected)
		return true
	}
	if f.hide != nil {
		f.eachShown(a, b, one)
		return
	}
	c, d := l.mid(a, b)
	f.eachShown(a, c, one)
	if len(l.lanes) > 1 {
		l.pendLanes(c, d)
		if d < b {
			l.flushLanes(selected)
		}
	} else if ln := &l.lanes[0]; c < d && ln.reserve && ln.rows > 0 {
		y := ln.rowsTop + float32(ln.rows-1)*f.m.RowHeight
		if l.rowInView(ln, y, f.m) {
			l.joinShown(ln, c, d, y, selected)
		} else {
			l.offscreen += d - c - 1 // rowInView counted one
		}
	}
	f.eachShown(d, b, one)
}

// joinShown adds the items at positions [c, d), all shown candidates of
// the one lane ln, to its clusters on the row at y, as clusterItem would
// one by one: binary searches find where the open badge stops taking
// items.
func (l *Layout) joinShown(ln *laneState, c, d int, y float32, selected int) {
	f := &l.fr
	s := &l.scene
	for c < d {
		if ln.cluster < 0 {
			g := f.place(int32(c))
			l.openCluster(ln, int32(c), &g, y, selected)
			c++
			continue
		}
		cl := &s.Clusters[ln.cluster]
		stop := l.beyond(c, d, cl.X+cl.W+f.m.LabelPad)
		if stop > c {
			// A badge widening midway only raises the threshold,
			// which the next round reads.
			l.joinRange(ln, cl, c, stop)
			c = stop
			continue
		}
		l.closeCluster(f.idx, ln, f.m)
	}
}

// beyond returns the first position in [c, d) whose item starts right of
// thr (a point by its dot's left end, a span by its start), or d.
func (l *Layout) beyond(c, d int, thr float32) int {
	f := &l.fr
	idx, r := f.idx, f.m.PointRadius
	pts := f.firstPast(idx.start, c, d, -r, thr, true)
	sp := f.firstPast(idx.start, c, pts, 0, thr, true)
	return min(pts, f.nextSpan(sp))
}

// joinRange adds the items at positions [a, b), none selected, to the open
// cluster cl of ln.
func (l *Layout) joinRange(ln *laneState, cl *Cluster, a, b int) {
	l.joinMany(ln, cl, b-a, int32(b-1), l.maxEnd(a, b))
}

// joinMany adds n items, none selected, the last at position last and
// the latest ending at end, to the open cluster cl of ln.
func (l *Layout) joinMany(ln *laneState, cl *Cluster, n int, last int32, end float64) {
	idx := l.fr.idx
	cl.Count += n
	cl.Last = int(idx.id[last])
	cl.End = max(cl.End, end)
	if cl.Count >= ln.widen {
		cl.W = idx.badgeWidth(cl.Count) + badgePad
		ln.widen = nextPow10(cl.Count)
	}
}

// statBlock is the number of positions per entry of blockStats.
const statBlock = 256

// blockStats are the latest visual end and the narrowest label per
// statBlock positions of an Index, for ranges of many items: made once
// per Index.
type blockStats struct {
	of    *Index
	end   []float64
	width []float32
}

// stats returns the block statistics of the frame's Index.
func (l *Layout) stats() *blockStats {
	bs, idx := &l.blocks, l.fr.idx
	if bs.of == idx && len(bs.end) == (idx.Len()+statBlock-1)/statBlock {
		return bs
	}
	bs.of, bs.end, bs.width = idx, bs.end[:0], bs.width[:0]
	for i := 0; i < idx.Len(); i += statBlock {
		j := min(i+statBlock, idx.Len())
		bs.end = append(bs.end, slices.Max(idx.end[i:j]))
		bs.width = append(bs.width, slices.Min(idx.width[i:j]))
	}
	return bs
}

// rangeOf folds v (per position) over positions [a, b) with f, using the
// block values per statBlock positions for whole blocks.
func rangeOf[T float32 | float64](v, block []T, a, b int, f func(T, T) T, acc T) T {
	for ; a < b && a%statBlock != 0; a++ {
		acc = f(acc, v[a])
	}
	for ; a+statBlock <= b; a += statBlock {
		acc = f(acc, block[a/statBlock])
	}
	for ; a < b; a++ {
		acc = f(acc, v[a])
	}
	return acc
}

// maxEnd returns the latest visual end of the items at positions [a, b).
func (l *Layout) maxEnd(a, b int) float64 {
	return rangeOf(l.fr.idx.end, l.stats().end, a, b, math.Max, math.Inf(-1))
}

// minWidth returns the narrowest label of the frame's candidates, or a
// little less: over all positions the frame may stack and its long items.
func (l *Layout) minWidth() float32 {
	f := &l.fr
	least := func(a, b float32) float32 { return min(a, b) }
	w := rangeOf(f.idx.width, l.stats().width, f.lo, f.hi, least, float32(math.Inf(1)))
	for _, p := range f.idx.long {
		w = min(w, f.idx.width[p])
	}
	return w
}

// reachIn counts the items starting before left (Unix seconds) that
// reach into the view: spans of the main array and long items.
func (l *Layout) reachIn(left float64) int {
	f := &l.fr
	idx := f.idx
	n := 0
	from, _ := slices.BinarySearch(idx.start, left-idx.maxShort)
	i, _ := slices.BinarySearch(idx.spans, int32(from))
	for ; i < len(idx.spans) && idx.start[idx.spans[i]] < left; i++ {
		if p := int(idx.spans[i]); idx.flags[p]&flagLong == 0 && idx.end[p] >= left && !f.hidden(p) {
			n++
		}
	}
	for _, p := range idx.long {
		if idx.start[p] < left && idx.end[p] >= left && !f.hidden(int(p)) {
			n++
		}
	}
	return n
}

// keepRowed updates rowed, the sorted positions of items with a row to
// remember, after emit has written this frame's rows into lastRow.
func (l *Layout) keepRowed() {
	next := l.rowedNext[:0]
	old := l.rowed
	i, kept := 0, 0
	for j, pos := range l.cand {
		if l.geo[j].row < 0 {
			continue
		}
		kept++
		for ; i < len(old) && old[i] <= pos; i++ {
			if old[i] < pos && l.lastRow[old[i]] >= 0 {
				next = append(next, old[i])
			}
		}
		next = append(next, pos)
	}
	for ; i < len(old); i++ {
		if l.lastRow[old[i]] >= 0 {
			next = append(next, old[i])
		}
	}
	if cap(old) < cap(next) {
		old = make([]int32, 0, cap(next)) // the spare grows now, not next frame
	}
	l.rowed, l.rowedNext = next, old
	// The next frame looks at this one's kept items as well: room for
	// them now, so that a steady view allocates in its first frame only.
	special := kept + len(l.fr.idx.long) + 1
	l.spec, l.specGeo = slices.Grow(l.spec[:0], special), slices.Grow(l.specGeo[:0], special)
	l.cand, l.geo = slices.Grow(l.cand, kept), slices.Grow(l.geo, kept)
}

// laneBulk is the least number of positions for which the sweeps of
// several lanes go lane by lane (see laneOrder): below it, visiting the
// positions one by one is as quick and needs no order.
const laneBulk = 64

// laneOrder is an Index's positions per lane (as place clamps lanes to
// the frame's), with what the sweeps over one lane need: made once per
// Index and number of lanes, not per frame. With several lanes, the rows
// of one may be full while another's have room: a lane's items are then
// skipped or join its badge in bulk along its own positions.
type laneOrder struct {
	of    *Index
	lanes int32
	size  int
	// pos holds each lane's sorted positions; spans, the indices into
	// pos[k] of the spans; end, the items' visual ends in pos[k]'s
	// order, and endBlock their latest per statBlock of them; labels
	// the label widths in pos[k]'s order and width the narrowest per
	// statBlock of them. start holds the starts in pos[k]'s order, so
	// that searches along a lane stay in its memory.
	pos, spans           [][]int32
	start, end, endBlock [][]float64
	labels, width        [][]float32
}

// lanesOf returns the lane order of the frame's Index and lanes.
func (l *Layout) lanesOf() *laneOrder {
	o, f := &l.order, &l.fr
	if o.of == f.idx && o.lanes == f.nl && o.size == f.idx.Len() {
		return o
	}
	idx, n := f.idx, int(f.nl)
	*o = laneOrder{of: idx, lanes: f.nl, size: idx.Len(),
		pos: make([][]int32, n), spans: make([][]int32, n), start: make([][]float64, n), end: make([][]float64, n),
		endBlock: make([][]float64, n), labels: make([][]float32, n), width: make([][]float32, n)}
	for p := range idx.Len() {
		k := max(0, min(idx.lane[p], f.nl-1))
		if idx.flags[p]&flagSpan != 0 {
			o.spans[k] = append(o.spans[k], int32(len(o.pos[k])))
		}
		o.pos[k] = append(o.pos[k], int32(p))
		o.start[k] = append(o.start[k], idx.start[p])
		o.end[k] = append(o.end[k], idx.end[p])
		o.labels[k] = append(o.labels[k], idx.width[p])
	}
	for k, e := range o.end {
		for i := 0; i < len(e); i += statBlock {
			j := min(i+statBlock, len(e))
			o.endBlock[k] = append(o.endBlock[k], slices.Max(e[i:j]))
			o.width[k] = append(o.width[k], slices.Min(o.labels[k][i:j]))
		}
	}
	return o
}

// indices returns the indices into lane k's positions of the positions
// in [a, b).
func (o *laneOrder) indices(k, a, b int) (i, j int) {
	i, _ = slices.BinarySearch(o.pos[k], int32(a))
	j, _ = slices.BinarySearch(o.pos[k][i:], int32(b))
	return i, i + j
}

// firstSpan returns the first index of lane k's positions in [i, j) that
// holds a span, or j.
func (o *laneOrder) firstSpan(k, i, j int) int {
	s, _ := slices.BinarySearch(o.spans[k], int32(i))
	if s < len(o.spans[k]) && int(o.spans[k][s]) < j {
		return int(o.spans[k][s])
	}
	return j
}

// first returns the first index of lane k's positions in [i, j) whose
// item starts right of the pixel bounds (a point by its dot's left end,
// a span by its start; strictly when strict), or j.
func (l *Layout) first(o *laneOrder, k, i, j int, point, span float32, strict bool) int {
	f := &l.fr
	r, start := f.m.PointRadius, o.start[k]
	pts := f.firstPast(start, i, j, -r, point, strict)
	sp := f.firstPast(start, i, pts, 0, span, strict)
	return o.firstSpan(k, sp, pts)
}

// skipLanes returns the end of the run of items from p, up to limit,
// that cannot get a row: with one lane, skip's; with several, the first
// item, over all lanes, that might get one in its own lane.
func (l *Layout) skipLanes(p, limit int) int {
	if len(l.lanes) == 1 {
		return l.skip(p, limit)
	}
	// Each lane keeps its answer while its rows stay: skip's bound over
	// all lanes would only add searches.
	end := limit
	for k := range l.lanes {
		ln := &l.lanes[k]
		if n := &ln.next; ln.moved || !n.valid || p > n.at {
			end, ln.moved = min(end, l.nextFit(k, p, limit)), false
		} else {
			end = min(end, n.at) // as nextFit would find: nothing changed
		}
	}
	return end
}

// laneNext is where skipLanes found the next item of a lane that might
// get a row, at or after from, with the lane's skip bounds then: while
// they stay, the answer stays for any later from up to at.
type laneNext struct {
	valid       bool
	from, at    int
	point, span float32
	fit         rowFit
	// cur is the index into the lane's positions of the first at or
	// after from, hi that of the frame's hi, once ready: as the sweep
	// asks in order, the next from is galloped to from cur.
	ready   bool
	cur, hi int
}

// nextFit returns the position of the first item of lane k at or after
// from that might get a row by the lane's skip bounds, or the frame's hi.
func (l *Layout) nextFit(k, from, limit int) int {
	ln, f := &l.lanes[k], &l.fr
	n := &ln.next
	if n.valid && n.point == ln.pointMin && n.span == ln.spanMin && n.fit == ln.fit && n.from <= from && from <= n.at {
		return n.at
	}
	o := l.lanesOf()
	pos := o.pos[k]
	if !n.ready || from < n.from {
		n.cur, n.hi = o.indices(k, from, f.hi)
		n.ready = true
	}
	i, j := min(firstAtLeast(pos, n.cur, from), n.hi), n.hi
	q := l.first(o, k, i, j, ln.pointMin, ln.spanMin, false)
	if !ln.fit.valid && q < j && int(pos[q]) < limit && l.failsNow(k, int(pos[q])) {
		// Its try failed here and then: no special item of the lane
		// came between to change its rows. Search on from the next.
		q = l.first(o, k, q+1, j, ln.pointMin, ln.spanMin, false)
	}
	if ln.fit.valid {
		q = l.laneTooWide(o, k, q, j)
	}
	at := f.hi
	if q < j {
		at = int(pos[q])
	}
	*n = laneNext{valid: true, from: from, at: at, point: ln.pointMin, span: ln.spanMin, fit: ln.fit, ready: true, cur: i, hi: j}
	return at
}

// failsNow tries the item at position p of lane k, with the lane's
// rows as they are, as far as tryRow's first test: when mayFit rules it
// out, it does what tryRow does for an item left without a row and
// reports true. Without a valid rowFit this saves the sweep a failed try
// after every row taken; its caller makes sure the rows do not change
// before the sweep reaches p.
func (l *Layout) failsNow(k, p int) bool {
	f, ln := &l.fr, &l.lanes[k]
	if !f.candidate(p) {
		return false
	}
	g := f.place(int32(p))
	if ln.rowsFor(g.span) == 0 || g.x0 < ln.minEnd || l.mayFit(ln, k*l.stride(), &g) {
		return false
	}
	l.noRow(ln, &g, int32(p), l.stride())
	return true
}

// laneTooWide is tooWide along lane k's positions, from index i up to j:
// it returns the index of the first item that may fit a row free where
// it starts by the lane's rowFit (see mayFit), or where the rows free
// may change.
func (l *Layout) laneTooWide(o *laneOrder, k, i, j int) int {
	f := &l.fr
	r, pos, start := f.m.PointRadius, o.pos[k], o.start[k]
	c := &l.lanes[k].fit
	frees := f.firstPast(start, i, j, -r, c.next, false)
	stop := o.firstSpan(k, f.firstPast(start, i, frees, 0, c.next, false), frees)
	for q := i; q < stop; {
		if q%statBlock == 0 && q+statBlock <= stop && l.leastEnd(f.px.x(start[q]), o.width[k][q/statBlock]) > c.point {
			q += statBlock
			continue
		}
		// The item's own least end, from the lane's memory, rules
		// most out before the Index's arrays are read.
		if l.leastEnd(f.px.x(start[q]), o.labels[k][q]) <= c.point {
			if p := int(pos[q]); f.candidate(p) && f.place(int32(p)).e1 <= c.point {
				return q
			}
		}
		q++
	}
	return stop
}
