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
// are positions in the slice given to NewIndex.
type Index struct {
	items []Item // a copy, in the caller's order

	// Parallel arrays in start order (ties by end, then item index), so the
	// per-frame loop touches compact memory. Times are Unix seconds.
	start []float64
	end   []float64 // the visual end: Start for points
	id    []int32   // sorted position -> item index
	width []float32 // label width in pixels, measured once
	lane  []int32
	flags []uint8

	rank []int32 // item index -> sorted position

	// For the overview density: the starts of points (not spans), sorted,
	// which binary searches count per bin, and the sorted positions of
	// spans, which share their weight among bins.
	point []float64
	spans []int32

	// Items whose visual duration exceeds longLimit are queried from their
	// own short list, so one decade-long span does not force every query
	// to scan a decade of points.
	long     []int32 // sorted positions
	maxShort float64 // longest visual duration outside long

	measure func(string) float32
	badge   [8]float32 // widths of "+8", "+88", … for cluster badges

	startMin, endMax time.Time
}

const (
	flagSpan uint8 = 1 << iota
	flagApprox
	flagLong
)

// longLimit is a little over a year, so year spans stay in the main array
// (a one-month view then scans about thirteen months of items at most).
const longLimit = 370 * secDay

// NewIndex builds an Index over items. measure returns a label's width in
// pixels at the label text size; widths are measured here once so frames
// never measure. A nil measure estimates 7 pixels per byte.
//
// The Index keeps items rather than a copy (a copy is 88 MB at a million
// items): the caller must not change the slice afterwards.
func NewIndex(items []Item, measure func(label string) float32) *Index {
	if measure == nil {
		measure = estimate
	}
	n := len(items)
	x := &Index{
		items:   items,
		start:   make([]float64, n),
		end:     make([]float64, n),
		id:      make([]int32, n),
		width:   make([]float32, n),
		lane:    make([]int32, n),
		flags:   make([]uint8, n),
		rank:    make([]int32, n),
		measure: measure,
	}
	x.fill(x.sortedKeys())
	for d := range x.badge {
		x.badge[d] = measure("+" + strings.Repeat("8", d+1))
	}
	return x
}

// sortKey is one item's place in the Index order: by start, then visual
// end, then item index, which makes ties deterministic and keeps stacking
// stable. Sorting these flat keys rather than indices into the items keeps
// the sort in cache.
type sortKey struct {
	start, end float64 // Unix seconds; end is the visual end: Start for points
	id         int32
	flags      uint8
}

// sortedKeys reads the items once, in their order (also taking the
// bounds), and returns their keys in Index order.
func (x *Index) sortedKeys() []sortKey {
	keys := make([]sortKey, len(x.items))
	for i := range x.items {
		it := &x.items[i]
		k := sortKey{start: unixSeconds(it.Start), id: int32(i)}
		k.end = k.start
		if it.Span && it.End.After(it.Start) {
			k.flags |= flagSpan
			k.end = unixSeconds(it.End)
		}
		if it.Approx {
			k.flags |= flagApprox
		}
		keys[i] = k
		x.grow(it, i == 0)
	}
	// Items usually arrive in time order (events are sorted as they are
	// loaded); one pass to see so saves the sort at a million items.
	if !slices.IsSortedFunc(keys, compareKeys) {
		slices.SortFunc(keys, compareKeys)
	}
	return keys
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

// fill writes the sorted arrays and the long list from keys in Index
// order. Labels are measured in item order, so reading the items stays
// sequential, then gathered into Index order: sequential writes and one
// random read each, where following the permutation's cycles wrote at
// random too (a fifth of NewIndex at a million items).
func (x *Index) fill(keys []sortKey) {
	width := make([]float32, len(x.items))
	lane := make([]int32, len(x.items))
	for i := range x.items {
		width[i] = x.measure(x.items[i].Label)
		lane[i] = int32(x.items[i].Lane)
	}
	spans := 0
	for _, k := range keys {
		if k.flags&flagSpan != 0 {
			spans++
		}
	}
	x.spans, x.point = make([]int32, 0, spans), make([]float64, 0, len(keys)-spans)
	for pos, k := range keys {
		x.width[pos], x.lane[pos] = width[k.id], lane[k.id]
		x.id[pos] = k.id
		x.rank[k.id] = int32(pos)
		x.start[pos], x.end[pos] = k.start, k.end
		if d := k.end - k.start; d > longLimit {
			k.flags |= flagLong
			x.long = append(x.long, int32(pos))
		} else {
			x.maxShort = math.Max(x.maxShort, d)
		}
		x.flags[pos] = k.flags
		if k.flags&flagSpan != 0 {
			x.spans = append(x.spans, int32(pos))
		} else {
			x.point = append(x.point, k.start)
		}
	}
}

// grow widens the bounds to cover it, or starts them at it when first.
func (x *Index) grow(it *Item, first bool) {
	end := it.End
	if end.Before(it.Start) {
		end = it.Start
	}
	if first || it.Start.Before(x.startMin) {
		x.startMin = it.Start
	}
	if first || end.After(x.endMax) {
		x.endMax = end
	}
}

// Len returns the number of items.
func (x *Index) Len() int { return len(x.items) }

// Item returns item i as given to NewIndex.
func (x *Index) Item(i int) Item { return x.items[i] }

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
	lo := lowerBound(x.point, unixSeconds(sc.Time(x0)))
	for i := range bins {
		hi := lowerBound(x.point, unixSeconds(sc.Time(x0+float32(i+1)*dx)))
		bins[i] = float32(hi - lo)
		lo = hi
	}
	px := sc.pixels()
	inv := 1 / float64(dx)
	for _, pos := range x.spans {
		a := float64(px.x(x.start[pos])-x0) * inv
		b := float64(px.x(x.end[pos])-x0) * inv
		addDensity(bins, a, b)
	}
	for _, v := range bins {
		peak = max(peak, v)
	}
	return peak
}

// lowerBound returns the number of values in sorted v below u.
func lowerBound(v []float64, u float64) int {
	i, _ := slices.BinarySearch(v, u)
	return i
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

// addDensity adds one item covering bins [a, b) (fractional bin units),
// clipped to the histogram; a point (a == b) lands in one bin.
func addDensity(bins []float32, a, b float64) {
	n := float64(len(bins))
	if b < 0 || a >= n {
		return
	}
	if b-a < 1e-9 {
		bins[int(a)]++
		return
	}
	w := float32(1 / (b - a))
	lo, hi := math.Max(a, 0), math.Min(b, n)
	for i := int(lo); float64(i) < hi; i++ {
		part := math.Min(hi, float64(i+1)) - math.Max(lo, float64(i))
		bins[i] += w * float32(part)
	}
}

// appendRange appends the sorted positions of items whose visual extent
// [start, end] meets [t0, t1] (Unix seconds), in start order.
func (x *Index) appendRange(dst []int32, t0, t1 float64) []int32 {
	lo, _ := slices.BinarySearch(x.start, t0-x.maxShort)
	hi, _ := slices.BinarySearchFunc(x.start, t1, func(s, t float64) int {
		if s <= t {
			return -1
		}
		return 1
	})
	long := x.long
	for pos := lo; pos < hi; pos++ {
		// Merge in long items that start before this position.
		for len(long) > 0 && int(long[0]) < pos {
			dst = x.appendLong(dst, long[0], t0, t1)
			long = long[1:]
		}
		if x.flags[pos]&flagLong == 0 && x.end[pos] >= t0 {
			dst = append(dst, int32(pos))
		}
	}
	for _, p := range long {
		dst = x.appendLong(dst, p, t0, t1)
	}
	return dst
}

// appendLong appends long item at pos when it meets [t0, t1].
func (x *Index) appendLong(dst []int32, pos int32, t0, t1 float64) []int32 {
	if x.start[pos] <= t1 && x.end[pos] >= t0 {
		dst = append(dst, pos)
	}
	return dst
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
