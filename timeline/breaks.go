package timeline

import (
	"slices"
	"sort"
	"time"
)

// Break is one stretch of empty time that a Scale draws as a mark of fixed
// width instead of at its zoom.
type Break struct {
	// Start and End bound the stretch; End is after Start.
	Start, End time.Time
}

// Breaks is the set of breaks of a Scale, sorted and disjoint, with the
// width each one takes on the axis. It is immutable once built, so Scales
// copied by value share it. The nil *Breaks is the empty set: the linear
// Scale.
type Breaks struct {
	width      float32   // pixels each break takes
	start, end []float64 // Unix seconds, sorted, disjoint
	cut        []float64 // cut[i]: seconds removed by the breaks before i
}

// NewBreaks returns the breaks spans, each drawn width pixels wide. Spans
// are sorted; overlapping or touching ones merge and empty ones are dropped.
// It returns nil (a linear Scale) when none is left or width is not
// positive.
func NewBreaks(spans []Break, width float32) *Breaks {
	if !(width > 0) {
		return nil
	}
	type iv struct{ a, b float64 }
	ivs := make([]iv, 0, len(spans))
	for _, sp := range spans {
		if a, b := unixSeconds(sp.Start), unixSeconds(sp.End); b > a {
			ivs = append(ivs, iv{a, b})
		}
	}
	slices.SortFunc(ivs, func(p, q iv) int {
		switch {
		case p.a < q.a:
			return -1
		case p.a > q.a:
			return 1
		}
		return 0
	})
	b := &Breaks{width: width}
	for _, v := range ivs {
		if n := len(b.end); n > 0 && v.a <= b.end[n-1] {
			b.end[n-1] = max(b.end[n-1], v.b)
			continue
		}
		b.start, b.end = append(b.start, v.a), append(b.end, v.b)
	}
	if len(b.start) == 0 {
		return nil
	}
	b.cut = make([]float64, len(b.start))
	for i := 1; i < len(b.start); i++ {
		b.cut[i] = b.cut[i-1] + b.end[i-1] - b.start[i-1]
	}
	return b
}

// Len returns the number of breaks; 0 for nil.
func (b *Breaks) Len() int {
	if b == nil {
		return 0
	}
	return len(b.start)
}

// Width returns the pixels each break takes on the axis; 0 for nil.
func (b *Breaks) Width() float32 {
	if b == nil {
		return 0
	}
	return b.width
}

// Equal reports whether b and o are the same breaks of the same width.
func (b *Breaks) Equal(o *Breaks) bool {
	if b.Len() == 0 || o.Len() == 0 {
		return b.Len() == o.Len()
	}
	return b.width == o.width && slices.Equal(b.start, o.start) && slices.Equal(b.end, o.end)
}

// At returns break i, in UTC.
func (b *Breaks) At(i int) Break {
	return Break{Start: unixTime(b.start[i]), End: unixTime(b.end[i])}
}

// before returns how many seconds the breaks remove before the Unix time u
// and how many breaks lie before it, both fractional inside a break: the
// two terms by which a piecewise position differs from a linear one.
func (b *Breaks) before(u float64) (cut, passed float64) {
	if b.Len() == 0 {
		return 0, 0
	}
	return b.beforeAt(u, b.next(u))
}

// next returns the index of the first break not wholly before u: the first
// whose end is after u.
func (b *Breaks) next(u float64) int {
	i := sort.SearchFloat64s(b.end, u)
	if i < len(b.end) && b.end[i] == u {
		i++
	}
	return i
}

// nextFrom is next for a run of mostly rising u, such as a frame's items
// in start order: it walks on from the answer i for the previous u, and
// searches only when u went back.
func (b *Breaks) nextFrom(u float64, i int) int {
	if i > len(b.end) || (i > 0 && b.end[i-1] > u) {
		return b.next(u)
	}
	for i < len(b.end) && b.end[i] <= u {
		i++
	}
	return i
}

// beforeAt is before for u whose next break is i.
func (b *Breaks) beforeAt(u float64, i int) (cut, passed float64) {
	if i < len(b.start) && u > b.start[i] {
		in := u - b.start[i]
		return b.cut[i] + in, float64(i) + in/(b.end[i]-b.start[i])
	}
	if i == len(b.start) {
		last := i - 1
		return b.cut[last] + b.end[last] - b.start[last], float64(i)
	}
	return b.cut[i], float64(i)
}

// pixelMap is a Scale made ready for mapping many instants (Unix seconds)
// in a frame's loop: the origin's terms are worked out once.
type pixelMap struct {
	o, inv        float64
	b             *Breaks // nil when linear
	cutO, passedO float64
	w             float64
	hint          int // the next break of the last instant mapped
}

// pixels returns the pixelMap of s.
func (s Scale) pixels() pixelMap {
	p := pixelMap{o: s.originUnix(), inv: 1 / s.SecondsPerPixel}
	if s.Breaks.Len() > 0 {
		p.b, p.w = s.Breaks, float64(s.Breaks.width)
		p.cutO, p.passedO = s.Breaks.before(p.o)
	}
	return p
}

// x returns the pixel position of the Unix time u.
func (p *pixelMap) x(u float64) float32 {
	lin := (u - p.o) * p.inv
	if p.b == nil {
		return float32(lin)
	}
	p.hint = p.b.nextFrom(u, p.hint)
	cut, passed := p.b.beforeAt(u, p.hint)
	return float32(lin - (cut-p.cutO)*p.inv + p.w*(passed-p.passedO))
}

// Compression rule. Longest first, a gap (a stretch in which no item
// starts) is compressed while it is more than gapShare of the time still
// shown linearly, itself included: left linear, it would fill more than a
// fifth of the axis with nothing. Each compression leaves less linear
// time, so on its own the rule would go on to cut up the busy weeks too;
// it stops before the linear time left would be shorter than the story,
// the shortest stretch holding StoryShare of the items (what the opening
// view frames). So decades between a story and its background shrink and
// the story keeps its proportions. On the built-in briefing it
// compresses the five stretches between 1999, 2002, 2019, 2022, early
// 2024 and autumn 2024 and keeps August 2024 (a sixth of what is left)
// linear.
const gapShare = 0.2

// StoryShare is the share of the items the story holds: most of them, so
// the story's weeks fill the opening view and the few events reaching
// back years are announced at its edge instead.
const StoryShare = 0.75

// Break sizes in units of the label text size: the mark itself, and the
// linear time kept on each side of it at the fitted zoom. After an item
// there is room for its dot and a year label at its tick ("1999" right of
// the reactor shut down that year); before the next item, a little air.
const (
	breakWidthEm     = 1.5
	breakPadAfterEm  = 4
	breakPadBeforeEm = 1
	// maxBreaks bounds the breaks of one axis; the marks and pads together
	// take at most breakRoom of the width.
	maxBreaks = 16
	breakRoom = 0.4
)

// gap is an empty stretch between item starts, in Unix seconds.
type gap struct{ a, b float64 }

// PlaceBreaks chooses the breaks for showing start to end across inner
// pixels at label size textSize: the stretches with no item starting in
// them that gapShare selects, longest first, each trimmed by pads of
// linear time. Only starts count, so a span "in 1999" may be cut by a
// break after its first weeks: its bar runs into the mark. It returns nil
// when no gap qualifies.
func PlaceBreaks(idx *Index, start, end time.Time, inner, textSize float32) *Breaks {
	s0, s1 := unixSeconds(start), unixSeconds(end)
	if idx == nil || !(s1 > s0) || !(inner > 0) {
		return nil
	}
	if !(textSize > 0) {
		textSize = 14
	}
	top, rest := idx.compressible(s0, s1)
	w := float64(breakWidthEm * textSize)
	after, before := float64(breakPadAfterEm*textSize), float64(breakPadBeforeEm*textSize)
	room := breakRoom * float64(inner)
	n := min(len(top), int(room/w))
	var spp float64
	for ; n > 0; n-- {
		// Narrower pads when the breaks would take too much room.
		k := min(1, max(0, (room/float64(n)-w)/(after+before)))
		after, before = after*k, before*k
		shown := max(rest, (s1-s0)/1000) // a range of instants still gets some time
		spp = clampSPP(shown / (float64(inner) - float64(n)*(w+after+before)))
		// The shortest break must save more than its own width.
		if g := top[n-1]; (g.b-g.a)/spp > 2*w+after+before {
			break
		}
		rest += top[n-1].b - top[n-1].a
	}
	if n == 0 {
		return nil
	}
	spans := make([]Break, 0, n)
	for _, g := range top[:n] {
		spans = append(spans, Break{Start: unixTime(g.a + after*spp), End: unixTime(g.b - before*spp)})
	}
	return NewBreaks(spans, float32(w))
}

// compressible returns the gaps between s0 and s1 that the compression
// rule (gapShare, the story's length) selects, longest first, and the
// time left linear without them.
func (x *Index) compressible(s0, s1 float64) (gaps []gap, rest float64) {
	top := x.longestGaps(s0, s1)
	story := 0.0
	if a, b, ok := x.Story(StoryShare, nil); ok {
		story = seconds(a, b)
	}
	rest = s1 - s0
	n := 0
	for ; n < len(top); n++ {
		g := top[n].b - top[n].a
		if g <= gapShare*rest || rest-g < story {
			break
		}
		rest -= g
	}
	return top[:n], rest
}

// longestGaps returns up to maxBreaks of the longest stretches between
// consecutive item starts in [s0, s1], longest first. The time after the
// last start is that item's own, never a gap.
func (x *Index) longestGaps(s0, s1 float64) []gap {
	var top [maxBreaks]gap
	n := 0
	offer := func(a, b float64) {
		if b <= a || (n == len(top) && b-a <= top[n-1].b-top[n-1].a) {
			return
		}
		i := min(n, len(top)-1)
		for i > 0 && top[i-1].b-top[i-1].a < b-a {
			top[i] = top[i-1]
			i--
		}
		top[i] = gap{a, b}
		n = min(n+1, len(top))
	}
	lo, _ := slices.BinarySearch(x.start, s0)
	hi := upperBound(x.start, s1)
	for i := lo + 1; i < hi; i++ {
		offer(x.start[i-1], x.start[i])
	}
	return slices.Clone(top[:n])
}

// FitCompressed fits start to end across width with margin on both sides
// (as Fit) on a Scale whose long empty stretches are compressed into
// breaks chosen by PlaceBreaks for labels of size textSize.
func FitCompressed(idx *Index, start, end time.Time, width, margin, textSize float32) Scale {
	b := PlaceBreaks(idx, start, end, width-2*margin, textSize)
	return FitBreaks(start, end, width, margin, b)
}

// segment is a stretch of the view between breaks (or the view's edges),
// where time runs linearly.
type segment struct {
	x0, x1  float32
	t0, t1  time.Time
	atBreak bool // the segment ends at a break, not at the view's edge
}

// layoutBreaks adds the marks of the breaks in view and splits the view
// into the segments between them, for the ticks. A linear Scale has one
// segment, the whole view.
func (l *Layout) layoutBreaks(sc Scale, m Metrics) {
	s := &l.scene
	l.segs = l.segs[:0]
	px := sc.pixels()
	x, t := float32(0), sc.Time(0)
	for i := range sc.Breaks.Len() {
		b := sc.Breaks
		x0 := px.x(b.start[i])
		x1 := x0 + b.width
		if x1 <= 0 {
			continue
		}
		if x0 >= m.Width {
			break
		}
		s.Breaks = append(s.Breaks, BreakMark{X0: max(x0, 0), X1: min(x1, m.Width), Y0: 0, Y1: m.Height,
			Start: b.start[i], End: b.end[i], Color: ColorHover, LineColor: ColorForeground})
		if x0 > x {
			l.segs = append(l.segs, segment{x0: x, x1: x0, t0: t, t1: sc.at(b.start[i], 0), atBreak: true})
		}
		x, t = x1, sc.at(b.end[i], 0)
	}
	if x < m.Width {
		l.segs = append(l.segs, segment{x0: x, x1: m.Width, t0: t, t1: sc.Time(m.Width)})
	}
}
