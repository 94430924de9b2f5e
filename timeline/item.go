package timeline

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
)

// Item is one dated thing to plot, in the timeline's own plain terms; the
// app converts its events to Items.
type Item struct {
	// Start and End bound the item's time; End is exclusive. Items with
	// End == Start, or with Span false, are drawn as points at Start.
	Start, End time.Time
	// Label is the text drawn next to the item.
	Label string
	// Span marks precision coarser than a day (week, month, quarter, year):
	// the item is drawn as a span covering Start to End.
	Span bool
	// Approx marks an uncertain date (TIMEX3 mod APPROX, PAST_REF and the
	// like); the renderer draws it as uncertain.
	Approx bool
	// Lane is the index of the lane the item belongs to; out-of-range lanes
	// fall back to the nearest existing lane.
	Lane int
	// Color is a palette index, such as one per source article; the
	// renderer maps it to a colour.
	Color int
}

// Index holds items sorted by start for fast visible-range queries,
// navigation and the overview density. It is built once per corpus with
// NewIndex and is read-only afterwards, so one Index may serve several
// Layouts (screen and export).
//
// Item indices in the whole package (Index methods, Scene marks, HitTest)
// are positions in the items given to NewIndex or NewIndexOf.
type Index struct {
	// Per item, in the caller's order: what Item gives back besides the
	// sorted arrays' start, lane and flags. The Index does not keep the
	// items themselves (88 bytes each against these 24: at a million items
	// the caller's slice can go once it is indexed); exact holds the rare
	// items these do not give back exactly (see keepExact).
	label []string
	color []int32
	dur   []int32 // End - Start in seconds
	exact map[int32]Item

	// Parallel arrays in start order (ties by end, then item index), so the
	// per-frame loop touches compact memory. Times are Unix seconds.
	start []float64
	end   []float64 // the visual end: Start for points
	id    []int32   // sorted position -> item index
	width []float32 // label width in pixels, measured once
	lane  []int32
	flags []uint8

	rank []int32 // item index -> sorted position; id itself when the items came sorted

	// For the overview density: the sorted positions of spans, which
	// share their weight among bins; points are counted by binary search
	// over start, less the spans before.
	spans []int32

	// Items whose visual duration exceeds longLimit are queried from their
	// own short list, so one decade-long span does not force every query
	// to scan a decade of points.
	long     []int32 // sorted positions
	maxShort float64 // longest visual duration outside long

	measure func(string) float32
	badge   [8]float32 // widths of "+8", "+88", … for cluster badges

	startMin, endMax time.Time
	minSec, maxSec   int64 // startMin's and endMax's Unix seconds, for grow
}

const (
	flagSpan uint8 = 1 << iota // drawn as a span: Span and End after Start
	flagApprox
	flagLong
	flagItemSpan // Item.Span as given
)

// longLimit is a little over a year, so year spans stay in the main array
// (a one-month view then scans about thirteen months of items at most).
const longLimit = 370 * secDay

// Items gives the items to index one at a time, so that an Index can be
// built without a slice of them all (88 MB at a million items), straight
// from what they are made of. An Index is itself Items.
type Items interface {
	// Len returns the number of items.
	Len() int
	// Item returns item i, 0 <= i < Len.
	Item(i int) Item
}

// Slice is a slice of items as Items.
type Slice []Item

// Len returns the number of items.
func (s Slice) Len() int { return len(s) }

// Item returns item i.
func (s Slice) Item(i int) Item { return s[i] }

// NewIndex builds an Index over items. measure returns a label's width in
// pixels at the label text size; widths are measured here once so frames
// never measure. A nil measure estimates 7 pixels per byte.
//
// The Index copies what it needs (about 60 bytes an item), so the caller
// may change or drop items afterwards.
func NewIndex(items []Item, measure func(label string) float32) *Index {
	return NewIndexOf(Slice(items), measure)
}

// NewIndexOf is NewIndex over items given one at a time: it asks for each
// item once, in order.
func NewIndexOf(items Items, measure func(label string) float32) *Index {
	if measure == nil {
		measure = estimate
	}
	n := items.Len()
	x := &Index{
		label:   make([]string, n),
		color:   make([]int32, n),
		dur:     make([]int32, n),
		start:   make([]float64, n),
		end:     make([]float64, n),
		width:   make([]float32, n),
		lane:    make([]int32, n),
		flags:   make([]uint8, n),
		measure: measure,
	}
	if x.read(items) {
		// Items usually arrive in time order (events are sorted as they
		// are loaded): the arrays are then in Index order already.
		x.id = make([]int32, n)
		for i := range x.id {
			x.id[i] = int32(i)
		}
		x.rank = x.id
	} else {
		x.sort()
	}
	x.sorted()
	for d := range x.badge {
		x.badge[d] = measure("+" + strings.Repeat("8", d+1))
	}
	return x
}

// read copies the items, in their order, into the per-item arrays and into
// the sorted arrays as if they were in Index order, takes the bounds and
// keeps whole the items the arrays do not give back exactly (see exact).
// It reports whether they are in Index order: by start, then visual end.
func (x *Index) read(items Items) (inOrder bool) {
	inOrder = true
	for i := range x.label {
		item := items.Item(i)
		it := &item
		sec, endSec := it.Start.Unix(), it.End.Unix()
		s := unixSeconds(it.Start)
		e, f := s, uint8(0)
		if it.Span {
			f |= flagItemSpan
			if it.End.After(it.Start) {
				f |= flagSpan
				e = unixSeconds(it.End)
			}
		}
		if it.Approx {
			f |= flagApprox
		}
		x.start[i], x.end[i], x.flags[i] = s, e, f
		x.lane[i], x.width[i] = int32(it.Lane), x.measure(it.Label)
		x.label[i], x.color[i] = it.Label, int32(it.Color)
		x.dur[i] = int32(endSec - sec)
		if i > 0 && (s < x.start[i-1] || s == x.start[i-1] && e < x.end[i-1]) {
			inOrder = false
		}
		x.grow(it, sec, endSec, i == 0)
		if !x.exactly(it, i) {
			x.keepExact(i, item)
		}
	}
	return inOrder
}

// sortKey is one item's place in the Index order: by start, then visual
// end, then item index, which makes ties deterministic and keeps stacking
// stable. Sorting these flat keys rather than indices into the arrays
// keeps the sort in cache.
type sortKey struct {
	start, end float64 // Unix seconds; end is the visual end: Start for points
	id         int32
}

// sort puts the sorted arrays, read in item order, into Index order and
// sets id and rank.
func (x *Index) sort() {
	n := len(x.start)
	keys := make([]sortKey, n)
	for i := range keys {
		keys[i] = sortKey{start: x.start[i], end: x.end[i], id: int32(i)}
	}
	slices.SortFunc(keys, compareKeys)
	x.id, x.rank = make([]int32, n), make([]int32, n)
	width, lane, flags := make([]float32, n), make([]int32, n), make([]uint8, n)
	for pos, k := range keys {
		x.id[pos], x.rank[k.id] = k.id, int32(pos)
		x.start[pos], x.end[pos] = k.start, k.end
		width[pos], lane[pos], flags[pos] = x.width[k.id], x.lane[k.id], x.flags[k.id]
	}
	x.width, x.lane, x.flags = width, lane, flags
}

// compareKeys orders keys by start, then end, then input order.
func compareKeys(a, b sortKey) int {
	switch {
	case a.start != b.start:
		return cmp.Compare(a.start, b.start)
	case a.end != b.end:
		return cmp.Compare(a.end, b.end)
	}
	return cmp.Compare(a.id, b.id)
}

// sorted works out, from the arrays in Index order, the spans for the
// density and the long items for queries.
func (x *Index) sorted() {
	spans := 0
	for _, f := range x.flags {
		if f&flagSpan != 0 {
			spans++
		}
	}
	x.spans = make([]int32, 0, spans)
	for pos, f := range x.flags {
		if f&flagSpan == 0 {
			continue
		}
		x.spans = append(x.spans, int32(pos))
		if d := x.end[pos] - x.start[pos]; d > longLimit {
			x.flags[pos] |= flagLong
			x.long = append(x.long, int32(pos))
		} else {
			x.maxShort = math.Max(x.maxShort, d)
		}
	}
}

// keepExact keeps item i whole, as the arrays would not give it back
// exactly: its times are not whole seconds in UTC, it spans more than 68
// years, or its lane or colour is beyond int32. Events' dates are whole
// days in UTC, so exact usually stays empty.
func (x *Index) keepExact(i int, it Item) {
	if x.exact == nil {
		x.exact = map[int32]Item{}
	}
	x.exact[int32(i)] = it
}

// exactly reports whether the arrays, read in item order, give item i
// back as it is, a cheaper test than comparing with compact's item.
func (x *Index) exactly(it *Item, i int) bool {
	sec := int64(x.start[i])
	return it.Start == time.Unix(sec, 0).UTC() && it.End == time.Unix(sec+int64(x.dur[i]), 0).UTC() &&
		int(x.lane[i]) == it.Lane && int(x.color[i]) == it.Color
}

// compact returns item i, at sorted position pos, as the arrays give it
// back.
func (x *Index) compact(i, pos int) Item {
	start := time.Unix(int64(x.start[pos]), 0).UTC()
	f := x.flags[pos]
	return Item{
		Start: start, End: start.Add(time.Duration(x.dur[i]) * time.Second), Label: x.label[i],
		Span: f&flagItemSpan != 0, Approx: f&flagApprox != 0, Lane: int(x.lane[pos]), Color: int(x.color[i]),
	}
}

// grow widens the bounds to cover it, or starts them at it when first;
// sec and endSec are its Start's and End's Unix seconds. Unix seconds
// never decrease as times go on, so only an item at most a bound's second
// (the start) or at least it (the end) is compared as times: most items
// cost two integer comparisons, not four of times.
func (x *Index) grow(it *Item, sec, endSec int64, first bool) {
	if first || sec <= x.minSec && it.Start.Before(x.startMin) {
		x.startMin, x.minSec = it.Start, sec
	}
	if !first && max(sec, endSec) < x.maxSec {
		return
	}
	end := it.End
	if end.Before(it.Start) {
		end = it.Start
	}
	if first || end.After(x.endMax) {
		x.endMax, x.maxSec = end, end.Unix()
	}
}

// Len returns the number of items.
func (x *Index) Len() int { return len(x.label) }

// Item returns item i as given to NewIndex.
func (x *Index) Item(i int) Item {
	if it, ok := x.exact[int32(i)]; ok {
		return it
	}
	return x.compact(i, int(x.rank[i]))
}

// labelOf returns item i's label.
func (x *Index) labelOf(i int) string { return x.label[i] }

// colorOf returns item i's palette index.
func (x *Index) colorOf(i int) int {
	if it, ok := x.exact[int32(i)]; ok {
		return it.Color
	}
	return int(x.color[i])
}

// Bounds returns the earliest start and the latest end over all items; both
// are zero for an empty Index.
func (x *Index) Bounds() (start, end time.Time) { return x.startMin, x.endMax }

// First returns the earliest item, or -1 when there are none.
func (x *Index) First() int {
	if len(x.id) == 0 {
		return -1
	}
	return int(x.id[0])
}

// Last returns the latest-starting item, or -1 when there are none.
func (x *Index) Last() int {
	if len(x.id) == 0 {
		return -1
	}
	return int(x.id[len(x.id)-1])
}

// Next returns the item dir steps from item in time order (dir = 1 next,
// -1 previous), stopping at the ends; -1 when item is out of range or
// there are no items. Keyboard navigation uses it.
func (x *Index) Next(item int, dir int) int {
	if item < 0 || item >= len(x.rank) {
		return -1
	}
	pos := int(x.rank[item]) + dir
	pos = max(0, min(pos, len(x.id)-1))
	return int(x.id[pos])
}

// Nearest returns the item starting closest to t (the earlier on a tie),
// or -1 when there are none: for selecting by time, such as jumping to
// today.
func (x *Index) Nearest(t time.Time) int {
	if len(x.id) == 0 {
		return -1
	}
	s := unixSeconds(t)
	pos, _ := slices.BinarySearch(x.start, s)
	if pos == len(x.start) || (pos > 0 && s-x.start[pos-1] <= x.start[pos]-s) {
		pos--
	}
	// Among equal starts, the first in time order.
	for pos > 0 && x.start[pos-1] == x.start[pos] {
		pos--
	}
	return int(x.id[pos])
}

// Density fills bins with a histogram of the items between start and end,
// for the overview band: each bin counts the items in its stretch of time,
// a span shares its weight among the bins it covers. It returns the
// largest bin, for normalising.
func (x *Index) Density(start, end time.Time, bins []float32) (peak float32) {
	width := seconds(start, end)
	if len(bins) == 0 || !(width > 0) {
		clear(bins)
		return 0
	}
	sc := Scale{Origin: start, SecondsPerPixel: width / float64(len(bins))}
	return x.DensityScale(sc, 0, 1, bins)
}

// DensityScale is Density along a Scale, piecewise or not: bin i counts
// the items between pixels x0 + i·dx and x0 + (i+1)·dx. Points are counted
// by binary search over the sorted starts, O(bins · log n) however many
// there are; only spans, which share their weight, are visited one by
// one.
func (x *Index) DensityScale(sc Scale, x0, dx float32, bins []float32) (peak float32) {
	clear(bins)
	if len(bins) == 0 || !(dx > 0) || !(sc.SecondsPerPixel > 0) {
		return 0
	}
	lo := x.pointsBefore(unixSeconds(sc.Time(x0)))
	for i := range bins {
		hi := x.pointsBefore(unixSeconds(sc.Time(x0 + float32(i+1)*dx)))
		bins[i] = float32(hi - lo)
		lo = hi
	}
	px := sc.pixels()
	inv := 1 / float64(dx)
	// Spans of the same dates lie side by side in start order (news
	// corpora hold many of "March 2024" or "2024"), so each run of them
	// is added once with its weight.
	for run := x.spans; len(run) > 0; {
		pos, k := run[0], 1
		for k < len(run) && x.start[run[k]] == x.start[pos] && x.end[run[k]] == x.end[pos] {
			k++
		}
		run = run[k:]
		a := float64(px.x(x.start[pos])-x0) * inv
		b := float64(px.x(x.end[pos])-x0) * inv
		addDensity(bins, a, b, float32(k))
	}
	for _, v := range bins {
		peak = max(peak, v)
	}
	return peak
}

// pointsBefore returns the number of points (items not drawn as spans)
// starting before u: the items before u less the spans among them.
func (x *Index) pointsBefore(u float64) int {
	pos, _ := slices.BinarySearch(x.start, u)
	spans, _ := slices.BinarySearch(x.spans, int32(pos))
	return pos - spans
}

// Story returns the shortest stretch of time that holds at least share of
// the items (by start) and every instant of anchors, such as the articles'
// publication dates: where a news timeline's story is, as opposed to the
// background reaching back decades. ok is false when there are no items.
// It runs in one pass over the sorted starts.
func (x *Index) Story(share float64, anchors []time.Time) (start, end time.Time, ok bool) {
	n := len(x.start)
	if n == 0 {
		return time.Time{}, time.Time{}, false
	}
	k := max(1, min(n, int(math.Ceil(share*float64(n)))))
	amin, amax := math.Inf(1), math.Inf(-1)
	for _, a := range anchors {
		u := unixSeconds(a)
		amin, amax = math.Min(amin, u), math.Max(amax, u)
	}
	best, bestA, bestB := math.Inf(1), 0.0, 0.0
	for i := 0; i+k <= n; i++ {
		a, b := math.Min(x.start[i], amin), math.Max(x.start[i+k-1], amax)
		if b-a < best {
			best, bestA, bestB = b-a, a, b
		}
	}
	return unixTime(bestA), unixTime(bestB), true
}

// addDensity adds weight items covering bins [a, b) (fractional bin
// units), clipped to the histogram; a point (a == b) lands in one bin.
func addDensity(bins []float32, a, b float64, weight float32) {
	n := float64(len(bins))
	if b < 0 || a >= n {
		return
	}
	if b-a < 1e-9 {
		bins[int(a)] += weight
		return
	}
	w := weight / float32(b-a)
	lo, hi := math.Max(a, 0), math.Min(b, n)
	for i := int(lo); float64(i) < hi; i++ {
		part := math.Min(hi, float64(i+1)) - math.Max(lo, float64(i))
		bins[i] += w * float32(part)
	}
}

// badgeWidth returns the width of a cluster badge for count.
func (x *Index) badgeWidth(count int) float32 {
	d := 1
	for c := count; c >= 10 && d < len(x.badge); c /= 10 {
		d++
	}
	return x.badge[d-1]
}

// estimate guesses a label's width at 7 pixels per byte, for a nil measure.
func estimate(s string) float32 { return 7 * float32(len(s)) }

// unixSeconds returns t as fractional Unix seconds.
func unixSeconds(t time.Time) float64 {
	return float64(t.Unix()) + float64(t.Nanosecond())*1e-9
}
