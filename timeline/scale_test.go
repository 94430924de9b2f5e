package timeline_test

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
)

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestScale_XAndTime(t *testing.T) {
	s := timeline.Scale{Origin: date(2024, 1, 1), SecondsPerPixel: 86400}
	if got := s.X(date(2024, 1, 11)); got != 10 {
		t.Errorf("X(11 Jan) = %v, want 10", got)
	}
	if got := s.Time(31); !got.Equal(date(2024, 2, 1)) {
		t.Errorf("Time(31) = %v, want 1 Feb", got)
	}
	if got := s.Time(0).Location(); got != time.UTC {
		t.Errorf("Time in %v, want UTC by default", got)
	}
}

// TestScale_RoundTrip checks time -> x -> time at every zoom from the
// finest to the coarsest, over centuries; the error must stay under a
// pixel's worth of time (float32 x has 24 bits).
func TestScale_RoundTrip(t *testing.T) {
	origins := []time.Time{date(1066, 10, 14), date(1970, 1, 1), date(2024, 2, 29), date(2999, 12, 31)}
	for _, o := range origins {
		for spp := timeline.MinSecondsPerPixel; spp <= timeline.MaxSecondsPerPixel; spp *= 7 {
			s := timeline.Scale{Origin: o, SecondsPerPixel: spp}
			for _, x := range []float32{0, 0.5, 1, 333.25, 1920, -500} {
				got := s.X(s.Time(x))
				if d := math.Abs(float64(got - x)); d > 1e-3 {
					t.Errorf("origin %v spp %g: X(Time(%v)) = %v", o, spp, x, got)
				}
				at := s.Time(x)
				back := s.Time(s.X(at))
				if d := math.Abs(back.Sub(at).Seconds()); d > spp*1e-3 {
					t.Errorf("origin %v spp %g: Time(X(%v)) off by %gs", o, spp, at, d)
				}
			}
		}
	}
}

// TestScale_MinuteOverCenturies zooms from a year per pixel down to the
// finest zoom around an instant nine centuries after the origin: minutes
// must stay exact there (time.Duration would overflow past 292 years).
func TestScale_MinuteOverCenturies(t *testing.T) {
	s := timeline.Scale{Origin: date(1500, 1, 1), SecondsPerPixel: timeline.MaxSecondsPerPixel}
	const x = 900
	want := s.Time(x)
	for s.SecondsPerPixel > timeline.MinSecondsPerPixel {
		s = s.ZoomAt(x, 3)
	}
	if d := math.Abs(s.Time(x).Sub(want).Seconds()); d > 1 {
		t.Fatalf("instant under the pointer moved %gs", d)
	}
	if got := s.X(want.Add(time.Minute)); math.Abs(float64(got-(x+10))) > 0.01 {
		t.Errorf("one minute later at x = %v, want %v", got, x+10)
	}
}

func TestScale_ZoomAt(t *testing.T) {
	type zoomCase struct {
		name   string
		spp    float64
		x      float32
		factor float64
		want   float64 // seconds per pixel after
	}
	cases := []zoomCase{
		{"in", 3600, 400, 2, 1800},
		{"out", 3600, 400, 0.5, 7200},
		{"at left edge", 86400, 0, 10, 8640},
		{"at right edge", 86400, 1920, 1.1, 86400 / 1.1},
		{"clamped fine", 60, 100, 100, timeline.MinSecondsPerPixel},
		{"clamped coarse", 1e7, 100, 1e-3, timeline.MaxSecondsPerPixel},
		{"bad factor", 3600, 10, math.NaN(), 3600},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := timeline.Scale{Origin: date(2020, 5, 17), SecondsPerPixel: c.spp}
			before := s.Time(c.x)
			z := s.ZoomAt(c.x, c.factor)
			if math.Abs(z.SecondsPerPixel-c.want) > 1e-9*c.want {
				t.Errorf("SecondsPerPixel = %g, want %g", z.SecondsPerPixel, c.want)
			}
			if d := math.Abs(z.Time(c.x).Sub(before).Seconds()); d > 1e-3 {
				t.Errorf("instant under the pointer moved by %gs", d)
			}
		})
	}
}

// TestScale_ZoomAtRepeated zooms in and out many times around one pointer:
// the instant under it must not drift.
func TestScale_ZoomAtRepeated(t *testing.T) {
	s := timeline.Scale{Origin: date(1990, 1, 1), SecondsPerPixel: 86400 * 30}
	const x = 777
	want := s.Time(x)
	for i := range 200 {
		f := 1.25
		if i%3 == 2 {
			f = 1 / 1.6
		}
		s = s.ZoomAt(x, f)
	}
	if d := math.Abs(s.Time(x).Sub(want).Seconds()); d > 1 {
		t.Errorf("after 200 zooms the pointer's instant drifted %gs", d)
	}
}

func TestScale_Pan(t *testing.T) {
	s := timeline.Scale{Origin: date(2024, 1, 10), SecondsPerPixel: 86400}
	p := s.Pan(5) // drag right: earlier times come into view
	if !p.Origin.Equal(date(2024, 1, 5)) {
		t.Errorf("Pan(5) origin = %v, want 5 Jan", p.Origin)
	}
	if x := p.X(date(2024, 1, 10)); x != 5 {
		t.Errorf("old origin now at %v, want 5", x)
	}
}

func TestFit(t *testing.T) {
	start, end := date(2000, 1, 1), date(2030, 1, 1)
	s := timeline.Fit(start, end, 1000, 50)
	if x := s.X(start); math.Abs(float64(x-50)) > 0.01 {
		t.Errorf("start at %v, want 50", x)
	}
	if x := s.X(end); math.Abs(float64(x-950)) > 0.01 {
		t.Errorf("end at %v, want 950", x)
	}
	// A single instant is centred.
	p := timeline.Fit(start, start, 1000, 50)
	if x := p.X(start); math.Abs(float64(x-500)) > 0.01 {
		t.Errorf("instant at %v, want 500", x)
	}
	// Ten minutes is finer than the zoom limit: centred at the limit.
	q := timeline.Fit(start, start.Add(10*time.Minute), 1000, 0)
	if q.SecondsPerPixel != timeline.MinSecondsPerPixel {
		t.Errorf("spp = %v, want the limit", q.SecondsPerPixel)
	}
	if x := q.X(start); math.Abs(float64(x-450)) > 0.01 {
		t.Errorf("short range starts at %v, want 450", x)
	}
}

func ExampleScale_ZoomAt() {
	s := timeline.Scale{Origin: time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC), SecondsPerPixel: 3600}
	// The pointer is at x = 240: 10 days in.
	fmt.Println(s.Time(240).Format(time.DateTime))
	s = s.ZoomAt(240, 4) // zoom in four times around the pointer
	fmt.Println(s.SecondsPerPixel, s.Time(240).Format(time.DateTime))
	fmt.Println(s.Origin.Format(time.DateTime))
	// Output:
	// 2024-11-11 00:00:00
	// 900 2024-11-11 00:00:00
	// 2024-11-08 12:00:00
}
