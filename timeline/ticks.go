package timeline

import (
	"math"
	"slices"
	"strconv"
	"time"
)

// Rung is one step of the calendar ladder the axis chooses its ticks from,
// finest first. Every rung's ticks land on real calendar boundaries in the
// Scale's Location: months of different lengths, leap years, ISO weeks
// starting on Monday.
type Rung int

// The ladder, finest to coarsest.
const (
	Minute Rung = iota
	FiveMinutes
	FifteenMinutes
	Hour
	SixHours
	Day
	Week // ISO weeks, starting on Mondays
	Month
	Quarter
	Year
	FiveYears
	Decade
	Century

	// NumRungs is the number of rungs, for arrays indexed by Rung.
	NumRungs
)

// NoRung is returned where there is no rung, such as the major tier above
// Century.
const NoRung Rung = -1

var rungNames = [NumRungs]string{
	"minute", "5 minutes", "15 minutes", "hour", "6 hours", "day", "week",
	"month", "quarter", "year", "5 years", "decade", "century",
}

// String returns the rung's name, such as "month".
func (r Rung) String() string {
	if r < 0 || r >= NumRungs {
		return "none"
	}
	return rungNames[r]
}

// Major returns the coarser rung whose ticks give context to r's ticks:
// days sit under months ("November 2024"), months under years, years under
// decades ("2020s"). Century has none and returns NoRung.
func (r Rung) Major() Rung {
	switch r {
	case Minute, FiveMinutes:
		return Hour
	case FifteenMinutes, Hour, SixHours:
		return Day
	case Day, Week:
		return Month
	case Month, Quarter:
		return Year
	case Year, FiveYears:
		return Decade
	case Decade:
		return Century
	}
	return NoRung
}

const (
	secMinute = 60
	secHour   = 3600
	secDay    = 86400
)

// minSeconds is the shortest gap between two ticks of r, allowing for DST
// days of 23 hours and February; the rung chooser uses it so labels fit even
// in the tightest interval.
var minSeconds = [NumRungs]float64{
	Minute:         secMinute,
	FiveMinutes:    5 * secMinute,
	FifteenMinutes: 15 * secMinute,
	Hour:           secHour, // a repeated or skipped hour is dropped, never shortened
	SixHours:       5 * secHour,
	Day:            23 * secHour,
	Week:           7*secDay - secHour,
	Month:          28*secDay - secHour,
	Quarter:        89*secDay - secHour,
	Year:           365 * secDay,
	FiveYears:      (5*365 + 1) * secDay,
	Decade:         (10*365 + 2) * secDay,
	Century:        (100*365 + 24) * secDay,
}

// MinSeconds returns the shortest gap between two ticks of r in seconds.
func (r Rung) MinSeconds() float64 { return minSeconds[r] }

// Wall-clock fields, coarsest first, as Floor and Next work on them.
const (
	fYear = iota
	fMonth
	fDay
	fHour
	fMinute
	numFields
)

// rungStep says which wall-clock field a rung counts in, and by how much:
// Quarter is three months, Decade ten years.
var rungStep = [NumRungs]struct{ field, n int }{
	Minute: {fMinute, 1}, FiveMinutes: {fMinute, 5}, FifteenMinutes: {fMinute, 15},
	Hour: {fHour, 1}, SixHours: {fHour, 6},
	Day: {fDay, 1}, Week: {fDay, 7},
	Month: {fMonth, 1}, Quarter: {fMonth, 3},
	Year: {fYear, 1}, FiveYears: {fYear, 5}, Decade: {fYear, 10}, Century: {fYear, 100},
}

// fieldBase is the first value of each field: months and days count from 1.
var fieldBase = [numFields]int{fMonth: 1, fDay: 1}

// Floor returns the last tick of r at or before t, in loc: the wall clock
// truncated to r's field, rounded down to a multiple of its step. Weeks
// start on Monday (ISO 8601); centuries, like decades, on years ending in
// zeros (the 1900s start in 1900).
func (r Rung) Floor(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	f := wall(t)
	st := rungStep[r]
	if r == Week {
		// Go's Weekday has Sunday = 0.
		f[fDay] -= mod(int(t.Weekday())-int(time.Monday), 7)
	} else {
		f[st.field] -= mod(f[st.field]-fieldBase[st.field], st.n)
	}
	for k := st.field + 1; k < numFields; k++ {
		f[k] = fieldBase[k]
	}
	return fromWall(f, loc)
}

// Next returns the tick of r after tick t, in loc. t must be a tick, as
// returned by Floor or Next. Steps go through time.Date so they follow the
// wall clock across DST changes: a skipped hour has no tick, a repeated
// one gets one.
func (r Rung) Next(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	f := wall(t)
	st := rungStep[r]
	f[st.field] += st.n
	n := fromWall(f, loc)
	if !n.After(t) { // the wall clock went back over a DST change
		n = t.Add(time.Duration(minSeconds[r]) * time.Second)
	}
	return n
}

// wall returns t's wall-clock fields, seconds dropped.
func wall(t time.Time) [numFields]int {
	y, mo, d := t.Date()
	h, mi, _ := t.Clock()
	return [numFields]int{y, int(mo), d, h, mi}
}

// fromWall builds the instant of wall-clock fields f in loc, normalising
// overflowing fields as time.Date does.
func fromWall(f [numFields]int, loc *time.Location) time.Time {
	return time.Date(f[fYear], time.Month(f[fMonth]), f[fDay], f[fHour], f[fMinute], 0, 0, loc)
}

// ChooseRung returns the finest rung whose ticks are at least labelWidth[r]
// + gap pixels apart at secondsPerPixel, or Century when none is.
// labelWidth holds the widest label of each rung, indexed by Rung.
func ChooseRung(secondsPerPixel float64, labelWidth *[NumRungs]float32, gap float32) Rung {
	for r := Minute; r < Century; r++ {
		if minSeconds[r]/secondsPerPixel >= float64(labelWidth[r]+gap) {
			return r
		}
	}
	return Century
}

// TickStyle says how much a tick label spells out.
type TickStyle int

// Tick label styles. Layout labels the minor tier TickShort, or TickLong
// when Layout.LongTicks is set and the ticks are far enough apart, and the
// major tier TickMajor.
const (
	TickShort TickStyle = iota // "4", "Jan", "15:00"
	TickLong                   // "Mon 4", "January", "W45, 4 Nov"
	TickMajor                  // the context: "November 2024", "Mon 4 Nov 2024"
	numStyles
)

// TickLabel returns the text of a tick of r at t (already in the wanted
// zone) in style. Rungs without a longer form use the short one for
// TickLong. It allocates, so Layout caches its results.
func TickLabel(r Rung, style TickStyle, t time.Time) string {
	switch {
	case style == TickMajor:
		return majorLabel(r, t)
	case style == TickLong && r == Day:
		return t.Format("Mon 2")
	case style == TickLong && r == Week:
		_, w := t.ISOWeek()
		return "W" + strconv.Itoa(w) + t.Format(", 2 Jan")
	case style == TickLong && r == Month:
		return t.Format("January")
	}
	switch r {
	case Minute, FiveMinutes, FifteenMinutes, Hour, SixHours:
		return t.Format("15:04")
	case Day:
		return strconv.Itoa(t.Day())
	case Week:
		return t.Format("2 Jan")
	case Month:
		return t.Format("Jan")
	case Quarter:
		return "Q" + strconv.Itoa((int(t.Month())+2)/3)
	case Year, FiveYears:
		return yearText(t.Year())
	default: // decades and centuries: "1990s", "1900s"
		return yearText(t.Year()) + "s"
	}
}

// majorLabel returns the context label of a major tick of r at t.
func majorLabel(r Rung, t time.Time) string {
	switch r {
	case Minute, FiveMinutes, FifteenMinutes, Hour:
		return t.Format("Mon 2 Jan 2006, 15:04")
	case SixHours, Day, Week:
		return t.Format("Mon 2 Jan 2006")
	case Month, Quarter:
		return t.Format("January ") + yearText(t.Year())
	case Year, FiveYears:
		return yearText(t.Year())
	default:
		// Centuries are named like decades, "1900s" for 1900–1999: ordinal
		// centuries ("20th century") start in 1901 and would not line up
		// with the ticks.
		return yearText(t.Year()) + "s"
	}
}

// yearText writes astronomical years as people do: year 0 is 1 BC.
func yearText(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

// mod is the non-negative remainder, for floors before year 0.
func mod(a, b int) int {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// tickKey identifies a cached tick label: the zone offset is part of the
// key because the same instant reads differently in another zone.
type tickKey struct {
	rung   Rung
	style  TickStyle
	unix   int64
	offset int32
}

// tickText is a formatted tick label and its measured width.
type tickText struct {
	text string
	w    float32
}

// tickCache keeps formatted labels so that frames do not format or measure
// text, and the widest label per style and rung for choosing the rung and
// the style. It is tied to the measure function of one Index.
type tickCache struct {
	owner   *Index
	measure func(string) float32
	texts   map[tickKey]tickText
	widest  [numStyles][NumRungs]float32
}

// maxTickTexts bounds the label cache; panning far fills it, and starting
// over is cheaper than tracking use.
const maxTickTexts = 4096

// use ties the cache to the measure function of idx, starting over when
// the Index changes.
func (c *tickCache) use(idx *Index) {
	if c.owner == idx && c.texts != nil {
		return
	}
	measure := idx.measure
	if measure == nil {
		measure = estimate
	}
	c.owner, c.measure = idx, measure
	c.texts = make(map[tickKey]tickText)
	// Sample every month so the widest month name counts, late in the day
	// and month so hours and days have two digits, and a Wednesday, the
	// longest day name in many fonts.
	for st := range numStyles {
		for r := range NumRungs {
			c.widest[st][r] = 0
			for mo := time.January; mo <= time.December; mo++ {
				t := time.Date(2025, mo, 28, 23, 45, 0, 0, time.UTC)
				t = t.AddDate(0, 0, int(time.Wednesday-t.Weekday()))
				c.widest[st][r] = max(c.widest[st][r], measure(TickLabel(r, st, t)))
			}
		}
	}
}

// label returns the text and width of the tick of r at t, formatting and
// measuring only on the first request.
func (c *tickCache) label(r Rung, style TickStyle, t time.Time) tickText {
	_, off := t.Zone()
	k := tickKey{rung: r, style: style, unix: t.Unix(), offset: int32(off)}
	if v, ok := c.texts[k]; ok {
		return v
	}
	if len(c.texts) >= maxTickTexts {
		clear(c.texts)
	}
	text := TickLabel(r, style, t)
	v := tickText{text: text, w: c.measure(text)}
	c.texts[k] = v
	return v
}

// layoutTicks chooses the rung for the zoom and adds the minor and major
// ticks in view, dropping any label that would overlap its neighbour.
func (l *Layout) layoutTicks(idx *Index, sc Scale, m Metrics) {
	s := &l.scene
	l.ticks.use(idx)
	s.Axis = Axis{Y: 0, H: min(m.AxisHeight, m.Height), Color: ColorSeparator}
	l.layoutBreaks(sc, m)
	gap := 2 * m.LabelPad
	r := ChooseRung(sc.SecondsPerPixel, &l.ticks.widest[TickShort], gap)
	s.Rung, s.Major = r, r.Major()
	style := TickShort
	if l.LongTicks && minSeconds[r]/sc.SecondsPerPixel >= float64(l.ticks.widest[TickLong][r]+gap) {
		style = TickLong
	}
	half := s.Axis.H / 2
	minor := Tick{Y0: max(s.Axis.H-m.TickHeight, 0), Y1: s.Axis.H, LabelY: half, LabelH: half,
		LineColor: ColorDisabled, TextColor: ColorForeground}
	l.addTicks(sc, m, r, style, minor)
	if s.Major == NoRung {
		return
	}
	major := Tick{Major: true, Y0: 0, Y1: m.Height, LabelY: 0, LabelH: half,
		LineColor: ColorSeparator, TextColor: ColorForeground}
	first := len(s.Ticks)
	l.addTicks(sc, m, s.Major, TickMajor, major)
	l.addStickyMajors(idx, sc, m, major, first)
	l.tidyMinorLabels(sc, first)
}

// tidyMinorLabels takes the label off the minor ticks, of the ticks
// before first, that would read as part of something else:
//
//   - one that a major tick's line runs through ("3|0 Sep" across the
//     line of October): the line belongs to the month, and the month's own
//     label names that boundary;
//   - one in a segment ending at a break without the major period it
//     belongs to named there. Such a segment is the neighbourhood of a
//     lone event: its own years are named ("2002"), and a week or month
//     label from the pad before it ("31 Dec", of 2001) would read as part
//     of them. The linear stretch at the view's right, and a linear view,
//     keep their labels, named or not.
func (l *Layout) tidyMinorLabels(sc Scale, first int) {
	s := &l.scene
	loc := sc.Loc()
	majors := s.Ticks[first:]
	for i := range s.Ticks[:first] {
		tk := &s.Ticks[i]
		if tk.Label == "" {
			continue
		}
		if crossedByLine(majors, tk.LabelX, tk.LabelX+tk.LabelW) {
			tk.Label = ""
			continue
		}
		sg, ok := l.segmentAt(tk.X)
		if !ok || !sg.atBreak {
			continue
		}
		period := s.Major.Floor(sc.Time(tk.X+0.5), loc)
		if !l.majorNamed(sc, majors, sg, period) {
			tk.Label = ""
		}
	}
}

// crossedByLine reports whether the line of one of the major ticks runs
// through the label box from x0 to x1.
func crossedByLine(majors []Tick, x0, x1 float32) bool {
	for i := range majors {
		if tk := &majors[i]; !tk.NoLine && tk.X > x0 && tk.X < x1 {
			return true
		}
	}
	return false
}

// segmentAt returns the segment that holds x.
func (l *Layout) segmentAt(x float32) (segment, bool) {
	for _, sg := range l.segs {
		if x >= sg.x0 && x <= sg.x1 {
			return sg, true
		}
	}
	return segment{}, false
}

// majorNamed reports whether one of the major ticks labels, inside
// segment sg, the major period that starts at period.
func (l *Layout) majorNamed(sc Scale, majors []Tick, sg segment, period time.Time) bool {
	for i := range majors {
		tk := &majors[i]
		if tk.Label != "" && tk.X >= sg.x0 && tk.X <= sg.x1 &&
			l.scene.Major.Floor(sc.Time(tk.X+0.5), sc.Loc()).Equal(period) {
			return true
		}
	}
	return false
}

// addTicks adds the ticks of r in view, labelled in style, each a copy of
// proto placed at its instant. Ticks are laid out segment by segment, so
// none falls inside a break and a break's decades are not walked tick by
// tick; a label stays inside its segment, clear of the break marks.
//
// A label belongs to the period it names, from its tick to the next. A
// minor label whose period a break cuts off is not drawn (see ownsPeriod):
// "31 Dec" just after a break names a week the segment mostly does not
// show, beside the year of the event it holds. Major labels give context
// and stay, cut or not: "1999" dates the lone event before its break.
func (l *Layout) addTicks(sc Scale, m Metrics, r Rung, style TickStyle, proto Tick) {
	s := &l.scene
	loc := sc.Loc()
	right := float32(math.Inf(-1)) // right edge of the last label kept
	prev := float32(math.Inf(-1))
	for _, sg := range l.segs {
		limit := int((sg.x1-sg.x0)/4) + 4 // rungs are chosen for wider gaps; a guard
		for t, n := r.Floor(sg.t0, loc), 0; !t.After(sg.t1) && n < limit; n++ {
			next := r.Next(t, loc)
			x := sc.X(t)
			if x < sg.x0 || x > sg.x1 || x <= prev {
				t = next
				continue
			}
			prev = x
			tk := proto
			tk.X = x
			tk.LabelX = x + m.LabelPad/2
			lab := l.fitTickLabel(r, style, t, sg, sg.x1-tk.LabelX)
			tk.LabelW = lab.w
			if tk.LabelX >= right+m.LabelPad && tk.LabelX+lab.w <= sg.x1 && (proto.Major || ownsPeriod(sg, sc.X(next))) {
				tk.Label = lab.text
				right = tk.LabelX + lab.w
			}
			s.Ticks = append(s.Ticks, tk)
			t = next
		}
	}
}

// ownsPeriod reports whether segment sg shows the whole period of a minor
// tick whose next tick is at x: a segment that ends at a break must hold
// the next tick too. At the view's edge the period may run on out of view,
// as panning brings in the rest.
func ownsPeriod(sg segment, next float32) bool {
	return !sg.atBreak || next <= sg.x1
}

// addStickyMajors keeps the current major period named at the left edge
// of every segment whose major tick lies left of it (off the view, or in
// the break before it), as long as the label clears the major labels in
// view (from index first of Ticks on), fits its segment and names
// something there (see namesSomething). In a segment too narrow for
// "March 1999" labels give the year alone, so a lone event beyond a break
// still says when it was.
func (l *Layout) addStickyMajors(idx *Index, sc Scale, m Metrics, proto Tick, first int) {
	s := &l.scene
	loc := sc.Loc()
	for _, sg := range l.segs {
		t := s.Major.Floor(sg.t0, loc)
		if sc.X(t) >= sg.x0 {
			continue // its own tick is in view
		}
		lx := sg.x0 + m.LabelPad/2
		lab := l.fitTickLabel(s.Major, TickMajor, t, sg, sg.x1-lx)
		if lx+lab.w > sg.x1 || !clearOf(s.Ticks[first:], lx-m.LabelPad, lx+lab.w+m.LabelPad) ||
			!namesSomething(idx, s.Ticks[:first], sg, s.Major.Next(t, loc), sc) {
			continue
		}
		tk := proto
		tk.NoLine = true
		tk.X = sg.x0
		tk.LabelX, tk.LabelW, tk.Label = lx, lab.w, lab.text
		s.Ticks = append(s.Ticks, tk)
	}
}

// namesSomething reports whether the stretch of segment sg from its left
// edge to end, which a label at the edge names, holds what the label gives
// context to: the start of an item, or, in the linear stretch at the
// view's right (not at a break), a labelled minor tick (of minors). A
// segment ending at a break is the neighbourhood of its events, so there
// only events count: the empty margin a fitted view leaves before its
// first event names nothing, and "1998" is not drawn over it beside the
// "1999" of the event.
func namesSomething(idx *Index, minors []Tick, sg segment, end time.Time, sc Scale) bool {
	if end.After(sg.t1) {
		end = sg.t1
	}
	xEnd := sc.X(end)
	for i := range minors {
		if tk := &minors[i]; !sg.atBreak && tk.Label != "" && tk.X >= sg.x0 && tk.X < xEnd {
			return true
		}
	}
	a, b := unixSeconds(sg.t0), unixSeconds(end)
	i, _ := slices.BinarySearch(idx.start, a)
	return i < len(idx.start) && idx.start[i] < b
}

// fitTickLabel returns the label of the tick of r at t in style, or, for
// a major label wider than room in a segment that ends at a break, the
// year alone when the tier is finer than years: "1999" rather than
// nothing where "January 1999" does not fit. At the view's right edge the
// label is dropped as before: panning brings it in whole.
func (l *Layout) fitTickLabel(r Rung, style TickStyle, t time.Time, sg segment, room float32) tickText {
	lab := l.ticks.label(r, style, t)
	if lab.w > room && style == TickMajor && r < Year && sg.atBreak {
		return l.ticks.label(Year, TickShort, t)
	}
	return lab
}

// clearOf reports whether no labelled tick of ticks overlaps [x0, x1].
func clearOf(ticks []Tick, x0, x1 float32) bool {
	for i := range ticks {
		o := &ticks[i]
		if o.Label != "" && o.LabelX < x1 && o.LabelX+o.LabelW > x0 {
			return false
		}
	}
	return true
}
