package timeline

import (
	"math"
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
	return float32(s.secondsFromOrigin(t) / s.SecondsPerPixel)
}

// Time returns the instant at horizontal pixel position x, in Loc.
func (s Scale) Time(x float32) time.Time {
	return s.shiftedOrigin(float64(x) * s.SecondsPerPixel)
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
		return Scale{Origin: s.Origin, SecondsPerPixel: next, Location: s.Location}
	}
	// t(x) = origin + x*spp must equal origin' + x*next.
	return Scale{
		Origin:          s.shiftedOrigin(float64(x) * (spp - next)),
		SecondsPerPixel: next,
		Location:        s.Location,
	}
}

// Pan returns the Scale moved by dx pixels the way a drag moves content:
// dx > 0 drags the timeline to the right, revealing earlier times.
func (s Scale) Pan(dx float32) Scale {
	s.Origin = s.shiftedOrigin(-float64(dx) * s.SecondsPerPixel)
	return s
}

// Fit returns a Scale in UTC that shows start to end across width pixels
// with margin pixels free on both sides. An empty or reversed range is
// centred with one day across the view. Set Location on the result to lay
// out in another zone.
func Fit(start, end time.Time, width, margin float32) Scale {
	inner := float64(width - 2*margin)
	if inner <= 0 {
		inner, margin = float64(width), 0
	}
	if inner <= 0 {
		inner = 1
	}
	span := seconds(start, end)
	if span <= 0 {
		s := Scale{Origin: start, SecondsPerPixel: clampSPP(86400 / inner)}
		return s.Pan(float32(inner/2) + margin)
	}
	s := Scale{Origin: start, SecondsPerPixel: clampSPP(span / inner)}
	// Centre the range when clamping leaves room (a very short range).
	slack := inner - span/s.SecondsPerPixel
	return s.Pan(margin + float32(slack/2))
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
	return Scale{Origin: addSeconds(centre, -float64(width/2)*spp), SecondsPerPixel: spp, Location: to.Location}
}
