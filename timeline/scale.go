package timeline

import (
	"math"
	"sort"
	"time"
)

// Zoom limits, in seconds per pixel. The finest zoom shows one minute over
// ten pixels, enough to read minute ticks; the coarsest shows a year per
// pixel, so an ordinary window spans a millennium or two.
const (
	MinSecondsPerPixel = 6.0
	MaxSecondsPerPixel = 365.2425 * 86400
)

// Scale maps instants to horizontal pixels: x = (t - Origin) / SecondsPerPixel.
// Origin is the instant at x = 0, the left edge of the view.
//
// With Breaks set the Scale is piecewise: each break, a stretch of empty
// time, takes a fixed width in pixels whatever the zoom, and time runs
// linearly at SecondsPerPixel between breaks. Without breaks (nil) it is the
// plain linear Scale, the one-segment case; every method handles both.
//
// Arithmetic uses whole Unix seconds plus nanoseconds rather than
// time.Duration, which overflows after 292 years, so a Scale stays exact at
// minute zoom whatever the century.
//
// All calendar math (tick boundaries, labels) happens in Location; nil means
// UTC. Keeping one explicit zone avoids DST shifts and off-by-one days when
// the machine's zone differs from the data's.
type Scale struct {
	// Origin is the instant at the left edge (x = 0).
	Origin time.Time
	// SecondsPerPixel is the zoom: how much time one pixel covers.
	SecondsPerPixel float64
	// Location is the time zone for calendar boundaries; nil means UTC.
	Location *time.Location
	// Breaks are the compressed stretches of empty time; nil for none.
	// They are shared between Scales and never modified.
	Breaks *Breaks
}

// Loc returns the time zone of the Scale, UTC when Location is nil.
func (s Scale) Loc() *time.Location {
	if s.Location == nil {
		return time.UTC
	}
	return s.Location
}

// X returns the horizontal pixel position of t.
func (s Scale) X(t time.Time) float32 {
	return float32(s.x(t))
}

// x is X in float64, for the inverse and for zooming.
func (s Scale) x(t time.Time) float64 {
	lin := s.secondsFromOrigin(t) / s.SecondsPerPixel
	if s.Breaks.Len() == 0 {
		return lin
	}
	u, o := unixSeconds(t), s.originUnix()
	cut, passed := s.Breaks.before(u)
	cutO, passedO := s.Breaks.before(o)
	return lin - (cut-cutO)/s.SecondsPerPixel + float64(s.Breaks.width)*(passed-passedO)
}

// Time returns the instant at horizontal pixel position x, in Loc. Inside
// a break, time runs linearly across the break's width, so Time stays the
// inverse of X everywhere.
func (s Scale) Time(x float32) time.Time {
	b := s.Breaks
	if b.Len() == 0 {
		return s.shiftedOrigin(float64(x) * s.SecondsPerPixel)
	}
	xf := float64(x)
	// The last break starting at or left of x; its start's position.
	o := s.originUnix()
	cutO, passedO := b.before(o)
	startX := func(i int) float64 {
		return (b.start[i]-o-(b.cut[i]-cutO))/s.SecondsPerPixel + float64(b.width)*(float64(i)-passedO)
	}
	segment := func(x float64) int {
		return sort.Search(len(b.start), func(i int) bool { return startX(i) > x }) - 1
	}
	i, w := segment(xf), float64(b.width)
	switch {
	case i < 0:
		return s.at(b.start[0], (xf-startX(0))*s.SecondsPerPixel)
	case xf-startX(i) < w:
		return s.at(b.start[i], (xf-startX(i))/w*(b.end[i]-b.start[i]))
	case i == segment(0) && -startX(i) >= w:
		// In the origin's own segment: exact, as on a linear Scale.
		return s.shiftedOrigin(xf * s.SecondsPerPixel)
	}
	return s.at(b.end[i], (xf-startX(i)-w)*s.SecondsPerPixel)
}

// at returns the instant sec seconds after the Unix time u, in Loc.
func (s Scale) at(u, sec float64) time.Time {
	return addSeconds(unixTime(u), sec).In(s.Loc())
}

// Anchor returns the Scale with the same zoom and breaks that shows t at
// pixel x: the one step that zooming, panning and fitting share.
func (s Scale) Anchor(t time.Time, x float32) Scale {
	s.Origin = t
	s.Origin = s.Time(-x)
	return s
}

// ZoomAt returns the Scale magnified by factor around pixel x: factor > 1
// zooms in, factor < 1 out. The instant under x stays under x, so zooming
// follows the pointer. SecondsPerPixel is clamped to
// [MinSecondsPerPixel, MaxSecondsPerPixel]; at a limit the Scale is
// returned unchanged apart from clamping.
func (s Scale) ZoomAt(x float32, factor float64) Scale {
	spp := s.SecondsPerPixel
	if !(factor > 0) || math.IsInf(factor, 0) {
		factor = 1
	}
	next := clampSPP(spp / factor)
	if !(spp > 0) || math.IsInf(spp, 0) {
		// A broken Scale cannot keep an anchor; restart from a sane zoom.
		return Scale{Origin: s.Origin, SecondsPerPixel: next, Location: s.Location, Breaks: s.Breaks}
	}
	if s.Breaks.Len() > 0 {
		t := s.Time(x)
		s.SecondsPerPixel = next
		return s.Anchor(t, x)
	}
	// t(x) = origin + x*spp must equal origin' + x*next.
	return Scale{
		Origin:          s.shiftedOrigin(float64(x) * (spp - next)),
		SecondsPerPixel: next,
		Location:        s.Location,
	}
}

// Pan returns the Scale moved by dx pixels the way a drag moves content:
// dx > 0 drags the timeline to the right, revealing earlier times. A break
// moves by its width, like any other stretch of the axis.
func (s Scale) Pan(dx float32) Scale {
	if s.Breaks.Len() > 0 {
		s.Origin = s.Time(-dx)
		return s
	}
	s.Origin = s.shiftedOrigin(-float64(dx) * s.SecondsPerPixel)
	return s
}

// Fit returns a Scale in UTC that shows start to end across width pixels
// with margin pixels free on both sides. An empty or reversed range is
// centred with one day across the view. Set Location on the result to lay
// out in another zone.
func Fit(start, end time.Time, width, margin float32) Scale {
	return FitBreaks(start, end, width, margin, nil)
}

// FitBreaks is Fit on a Scale with breaks b (nil for none): the breaks
// between start and end take their fixed width and the time left shares
// the rest. The linear time keeps at least a quarter of the width: when
// the breaks would leave less, the range overflows the width a little
// rather than failing.
func FitBreaks(start, end time.Time, width, margin float32, b *Breaks) Scale {
	inner := float64(width - 2*margin)
	if inner <= 0 {
		inner, margin = float64(width), 0
	}
	if inner <= 0 {
		inner = 1
	}
	span := seconds(start, end)
	if span <= 0 {
		s := Scale{Origin: start, SecondsPerPixel: clampSPP(86400 / inner), Breaks: b}
		return s.Pan(float32(inner/2) + margin)
	}
	cut0, passed0 := b.before(unixSeconds(start))
	cut1, passed1 := b.before(unixSeconds(end))
	linear := inner - float64(b.Width())*(passed1-passed0)
	if linear < inner/4 {
		linear = inner / 4
	}
	shown := max(span-(cut1-cut0), 1)
	s := Scale{Origin: start, SecondsPerPixel: clampSPP(shown / linear), Breaks: b}
	// Centre the range when clamping leaves room (a very short range).
	slack := inner - s.x(end)
	return s.Anchor(start, margin+float32(slack/2))
}

// originUnix returns Origin as fractional Unix seconds: exact to well under
// a microsecond for any year, plenty for pixel positions.
func (s Scale) originUnix() float64 {
	return float64(s.Origin.Unix()) + float64(s.Origin.Nanosecond())*1e-9
}

// secondsFromOrigin returns t - Origin in seconds without time.Duration.
func (s Scale) secondsFromOrigin(t time.Time) float64 {
	return seconds(s.Origin, t)
}

// shiftedOrigin returns Origin + sec seconds, in Loc.
func (s Scale) shiftedOrigin(sec float64) time.Time {
	return addSeconds(s.Origin, sec).In(s.Loc())
}

// seconds returns b - a in seconds, exact beyond time.Duration's range.
func seconds(a, b time.Time) float64 {
	return float64(b.Unix()-a.Unix()) + float64(b.Nanosecond()-a.Nanosecond())*1e-9
}

// addSeconds returns t + sec seconds without going through time.Duration.
func addSeconds(t time.Time, sec float64) time.Time {
	if math.IsNaN(sec) || math.IsInf(sec, 0) {
		return t
	}
	whole := math.Floor(sec)
	ns := math.Round((sec - whole) * 1e9)
	return time.Unix(t.Unix()+int64(whole), int64(t.Nanosecond())+int64(ns))
}

// clampSPP keeps a zoom within the supported limits.
func clampSPP(spp float64) float64 {
	switch {
	case math.IsNaN(spp) || spp < MinSecondsPerPixel:
		return MinSecondsPerPixel
	case spp > MaxSecondsPerPixel:
		return MaxSecondsPerPixel
	}
	return spp
}

// Tween returns the view a fraction f (0 to 1) of the way from `from` to
// `to` for a view of the given width: the centre glides linearly in time
// and the zoom changes geometrically, so a jump from a decade to a day
// reads as one smooth motion. It takes to's time zone.
func Tween(from, to Scale, width float32, f float64) Scale {
	c0, c1 := from.Time(width/2), to.Time(width/2)
	l0, l1 := math.Log(from.SecondsPerPixel), math.Log(to.SecondsPerPixel)
	spp := math.Exp(l0 + (l1-l0)*f)
	centre := addSeconds(c0, seconds(c0, c1)*f)
	if to.Breaks.Len() > 0 {
		s := Scale{SecondsPerPixel: spp, Location: to.Location, Breaks: to.Breaks}
		return s.Anchor(centre, width/2)
	}
	return Scale{Origin: addSeconds(centre, -float64(width/2)*spp), SecondsPerPixel: spp, Location: to.Location}
}
