package timeline

import (
	"slices"
	"sort"
	"strconv"
)

// edgeText is one edge note's text and width, kept between frames so a
// steady view formats nothing.
type edgeText struct {
	owner         *Index
	count, y0, y1 int
	text          string
	w             float32
	valid         bool
}

// layoutEdges adds the notes saying how many items lie wholly beyond each
// edge of the view and when, so a view framed on the story still tells of
// the background events around it. Counting uses the sorted starts
// (binary searches) and the spans and long items starting just before
// the view, never all items.
func (l *Layout) layoutEdges(idx *Index, sc Scale, m Metrics) {
	if idx.Len() == 0 || m.Width <= 0 {
		return
	}
	left, right := unixSeconds(sc.Time(0)), unixSeconds(sc.Time(m.Width))
	lo, _ := slices.BinarySearch(idx.start, left)
	earlier := lo - l.reachIn(left)
	hi := upperBound(idx.start, right)
	if earlier > 0 {
		l.addEdge(idx, sc, m, 0, earlier, idx.start[0], idx.start[lo-1])
	}
	if later := idx.Len() - hi; later > 0 {
		l.addEdge(idx, sc, m, 1, later, idx.start[hi], idx.start[idx.Len()-1])
	}
}

// addEdge adds the note of side (0 left, 1 right) for count items starting
// from Unix second first to last, when it fits in half the width.
func (l *Layout) addEdge(idx *Index, sc Scale, m Metrics, side, count int, first, last float64) {
	y0, y1 := unixTime(first).In(sc.Loc()).Year(), unixTime(last).In(sc.Loc()).Year()
	c := &l.edges[side]
	if !c.valid || c.owner != idx || c.count != count || c.y0 != y0 || c.y1 != y1 {
		*c = edgeText{owner: idx, count: count, y0: y0, y1: y1, valid: true}
		c.text = edgeNote(side == 1, count, y0, y1)
		c.w = l.ticks.measure(c.text)
	}
	pad := m.LabelPad
	w, h := c.w+2*pad, m.RowHeight
	if w > m.Width/2 || h > m.Height-m.AxisHeight {
		return
	}
	x := pad
	if side == 1 {
		x = m.Width - pad - w
	}
	l.scene.Edges = append(l.scene.Edges, Edge{
		X: x, Y: m.Height - h - pad/2, W: w, H: h, Count: count, Later: side == 1, Text: c.text,
		Start: first, End: last, Fill: ColorBackground, TextColor: ColorForeground,
	})
}

// edgeNote writes the note of count items from year y0 to y1: "← 9
// earlier events, 1999–2024" or "3 later events, 2025 →".
func edgeNote(later bool, count, y0, y1 int) string {
	noun := " earlier event"
	if later {
		noun = " later event"
	}
	if count != 1 {
		noun += "s"
	}
	years := yearText(y0)
	if y1 != y0 {
		years += "–" + yearText(y1)
	}
	if later {
		return strconv.Itoa(count) + noun + ", " + years + " →"
	}
	return "← " + strconv.Itoa(count) + noun + ", " + years
}

// upperBound returns the number of values in sorted v at or below x.
func upperBound(v []float64, x float64) int {
	return sort.Search(len(v), func(i int) bool { return v[i] > x })
}

// beside reports whether the note lies beside the band of height h at y,
// so that what is drawn in the band must keep clear of it.
func (e *Edge) beside(y, h float32) bool {
	return y < e.Y+e.H && y+h > e.Y
}

// badgeRoom returns where a badge in the band of height h at y may lie
// across: the view's width less the edge notes beside the band, a pad
// clear of them.
func (l *Layout) badgeRoom(y, h float32, m Metrics) (lo, hi float32) {
	lo, hi = 0, m.Width
	for i := range l.scene.Edges {
		e := &l.scene.Edges[i]
		switch {
		case !e.beside(y, h):
		case e.Later:
			hi = min(hi, e.X-m.LabelPad)
		default:
			lo = max(lo, e.X+e.W+m.LabelPad)
		}
	}
	return lo, hi
}

// dropEdges removes the edge notes beside the band of height h at y.
func (l *Layout) dropEdges(y, h float32) {
	s := &l.scene
	kept := s.Edges[:0]
	for _, e := range s.Edges {
		if !e.beside(y, h) {
			kept = append(kept, e)
		}
	}
	s.Edges = kept
}
