package timeline_test

import (
	"fmt"
	"math"
	"math/rand"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/internal/cputime"
)

// briefingBreaks are breaks like the built-in briefing's: the decades
// between its background events, 24 pixels each.
func briefingBreaks() *timeline.Breaks {
	return timeline.NewBreaks([]timeline.Break{
		{Start: date(1999, 3, 1), End: date(2001, 11, 1)},
		{Start: date(2002, 3, 1), End: date(2021, 12, 1)},
		{Start: date(2022, 4, 1), End: date(2024, 7, 1)},
	}, 24)
}

// piecewiseScales are Scales on briefingBreaks at several zooms, with the
// origin before, inside and after breaks.
func piecewiseScales() []timeline.Scale {
	var out []timeline.Scale
	for _, o := range []time.Time{date(1998, 6, 1), date(2010, 1, 1), date(2022, 2, 1), date(2024, 9, 1)} {
		for _, spp := range []float64{60, 3600, 86400, 30 * 86400} {
			out = append(out, timeline.Scale{Origin: o, SecondsPerPixel: spp, Breaks: briefingBreaks()})
		}
	}
	return out
}

func TestScale_PiecewiseRoundTrip(t *testing.T) {
	for _, s := range piecewiseScales() {
		for _, x := range []float32{-3000, -24, 0, 5, 12, 23.5, 24, 100, 1439, 5000} {
			at := s.Time(x)
			if got := s.X(at); math.Abs(float64(got-x)) > 1e-2 {
				t.Errorf("origin %v spp %g: X(Time(%v)) = %v", s.Origin, s.SecondsPerPixel, x, got)
			}
		}
		for _, at := range []time.Time{date(1999, 3, 1), date(2000, 6, 1), date(2002, 2, 1), date(2024, 7, 1), date(2024, 11, 20)} {
			back := s.Time(s.X(at))
			// Inside a break, or on its edge, float32 rounding of x is
			// worth decades over 24 pixels; elsewhere, a pixel's time.
			if d := math.Abs(back.Sub(at).Seconds()); d > s.SecondsPerPixel*1e-2 && !inBreak(at) {
				t.Errorf("origin %v spp %g: Time(X(%v)) off by %gs", s.Origin, s.SecondsPerPixel, at, d)
			}
		}
	}
}

// inBreak reports whether t lies inside one of briefingBreaks or on its
// edge.
func inBreak(t time.Time) bool {
	b := briefingBreaks()
	for i := range b.Len() {
		if br := b.At(i); !t.Before(br.Start) && !t.After(br.End) {
			return true
		}
	}
	return false
}

func TestScale_PiecewiseMonotonic(t *testing.T) {
	for _, s := range piecewiseScales() {
		prev := float32(math.Inf(-1))
		for at := date(1998, 1, 1); at.Before(date(2025, 1, 1)); at = at.AddDate(0, 0, 9) {
			x := s.X(at)
			if x < prev {
				t.Fatalf("origin %v spp %g: X(%v) = %v < %v before", s.Origin, s.SecondsPerPixel, at, x, prev)
			}
			prev = x
		}
	}
}

// TestScale_PiecewiseBreakWidth checks that a break takes its width at
// every zoom and time runs at the zoom on both sides of it.
func TestScale_PiecewiseBreakWidth(t *testing.T) {
	for _, s := range piecewiseScales() {
		b := s.Breaks.At(1)
		if w := s.X(b.End) - s.X(b.Start); math.Abs(float64(w-24)) > 1e-2 {
			t.Errorf("spp %g: break 24 px wide drawn %v", s.SecondsPerPixel, w)
		}
		day := float32(86400 / s.SecondsPerPixel)
		if w := s.X(b.End.AddDate(0, 0, 1)) - s.X(b.End); math.Abs(float64(w-day))/float64(day) > 1e-3 {
			t.Errorf("spp %g: a day after the break is %v px, want %v", s.SecondsPerPixel, w, day)
		}
	}
}

func TestScale_PiecewiseZoomAtKeepsPointer(t *testing.T) {
	for _, s := range piecewiseScales() {
		for _, x := range []float32{0, 10, 300, 1200} {
			for _, f := range []float64{1.25, 0.8, 3, 1 / 3.0} {
				under := s.Time(x)
				z := s.ZoomAt(x, f)
				if got := z.X(under); math.Abs(float64(got-x)) > 1e-2 {
					t.Errorf("origin %v spp %g: ZoomAt(%v, %v) moved the instant to %v", s.Origin, s.SecondsPerPixel, x, f, got)
				}
				if z.Breaks != s.Breaks {
					t.Error("ZoomAt dropped the breaks")
				}
			}
		}
	}
}

func TestScale_PiecewisePan(t *testing.T) {
	for _, s := range piecewiseScales() {
		for _, dx := range []float32{50, -50, 24, -700} {
			under := s.Time(100)
			p := s.Pan(dx)
			if got := p.X(under); math.Abs(float64(got-(100+dx))) > 1e-2 {
				t.Errorf("origin %v spp %g: Pan(%v) put the instant at %v, want %v", s.Origin, s.SecondsPerPixel, dx, got, 100+dx)
			}
			if p.SecondsPerPixel != s.SecondsPerPixel {
				t.Error("Pan changed the zoom")
			}
		}
	}
}

// TestScale_LinearIsOneSegment checks that nil and empty breaks behave as
// the plain Scale.
func TestScale_LinearIsOneSegment(t *testing.T) {
	lin := timeline.Scale{Origin: date(2024, 1, 1), SecondsPerPixel: 3600}
	empty := lin
	empty.Breaks = timeline.NewBreaks(nil, 24)
	if empty.Breaks != nil {
		t.Fatal("NewBreaks(nil) is not nil")
	}
	for _, x := range []float32{-100, 0, 333} {
		if !lin.Time(x).Equal(empty.Time(x)) {
			t.Errorf("Time(%v) differs", x)
		}
	}
	f := timeline.FitBreaks(date(2024, 1, 1), date(2024, 2, 1), 800, 40, nil)
	g := timeline.Fit(date(2024, 1, 1), date(2024, 2, 1), 800, 40)
	if f != g {
		t.Errorf("FitBreaks(nil) = %+v, Fit = %+v", f, g)
	}
}

func TestFitBreaks(t *testing.T) {
	b := briefingBreaks()
	s := timeline.FitBreaks(date(1999, 1, 1), date(2024, 12, 1), 1440, 80, b)
	if x := s.X(date(1999, 1, 1)); math.Abs(float64(x-80)) > 0.5 {
		t.Errorf("start at %v, want 80", x)
	}
	if x := s.X(date(2024, 12, 1)); math.Abs(float64(x-1360)) > 0.5 {
		t.Errorf("end at %v, want 1360", x)
	}
	// Three breaks of 24 px; the linear rest shares 1280 - 72 pixels.
	shown := date(2024, 12, 1).Sub(date(1999, 1, 1)).Seconds()
	for i := range b.Len() {
		br := b.At(i)
		shown -= br.End.Sub(br.Start).Seconds()
	}
	if want := shown / (1280 - 72); math.Abs(s.SecondsPerPixel-want)/want > 1e-9 {
		t.Errorf("spp %v, want %v", s.SecondsPerPixel, want)
	}
}

func TestNewBreaks_MergesAndSorts(t *testing.T) {
	b := timeline.NewBreaks([]timeline.Break{
		{Start: date(2010, 1, 1), End: date(2012, 1, 1)},
		{Start: date(2000, 1, 1), End: date(2005, 1, 1)},
		{Start: date(2004, 1, 1), End: date(2006, 1, 1)}, // overlaps the one before
		{Start: date(2020, 1, 1), End: date(2020, 1, 1)}, // empty
	}, 20)
	want := []timeline.Break{{date(2000, 1, 1), date(2006, 1, 1)}, {date(2010, 1, 1), date(2012, 1, 1)}}
	if b.Len() != len(want) {
		t.Fatalf("%d breaks, want %d", b.Len(), len(want))
	}
	for i, w := range want {
		if got := b.At(i); !got.Start.Equal(w.Start) || !got.End.Equal(w.End) {
			t.Errorf("break %d = %v, want %v", i, got, w)
		}
	}
}

// TestLayout_Compressed lays the briefing out fitted with compression, as
// `0` shows it: 1999, 2002, 2019 and 2022 are named on the axis next to
// autumn 2024, no tick falls inside a break, and every item sits where the
// Scale puts it.
func TestLayout_Compressed(t *testing.T) {
	idx := timeline.NewIndex(days(newsStarts...), measure)
	for _, width := range []float32{1024, 1440, 2560} {
		m := timeline.Metrics{Width: width, Height: 500, TextSize: 12}
		start, end := idx.Bounds()
		sc := timeline.FitCompressed(idx, start, end, width, width*0.06, 12)
		if sc.Breaks.Len() == 0 {
			t.Fatalf("%v px: no breaks", width)
		}
		var l timeline.Layout
		scene := l.Build(idx, sc, m, -1, nil)
		checkScene(t, scene)
		if len(scene.Breaks) != sc.Breaks.Len() {
			t.Errorf("%v px: %d break marks for %d breaks", width, len(scene.Breaks), sc.Breaks.Len())
		}
		labels := map[string]bool{}
		for _, tk := range scene.Ticks {
			labels[tk.Label] = true
			for _, b := range scene.Breaks {
				if !tk.NoLine && tk.X > b.X0+0.5 && tk.X < b.X1-0.5 {
					t.Errorf("%v px: tick %q at %v inside the break %v–%v", width, tk.Label, tk.X, b.X0, b.X1)
				}
			}
		}
		for _, year := range []string{"1999", "2002", "2019"} {
			if !labels[year] {
				t.Errorf("%v px: no %s label on the axis; labels %v", width, year, labels)
			}
		}
		for _, p := range scene.Points {
			if want := sc.X(idx.Item(p.Item).Start); math.Abs(float64(p.X-want)) > 1e-2 {
				t.Errorf("%v px: item %d drawn at %v, Scale says %v", width, p.Item, p.X, want)
			}
		}
	}
}

// TestLayout_CompressedProperties zooms and pans at random over
// compressed views of news-shaped corpora: the Scene's invariants hold and
// steady frames do not allocate.
func TestLayout_CompressedProperties(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	var l timeline.Layout
	for range 30 {
		idx := timeline.NewIndex(newsItems(rng, 500+rng.Intn(3000)), measure)
		m := timeline.Metrics{Width: 600 + float32(rng.Intn(1400)), Height: 300 + float32(rng.Intn(600))}
		start, end := idx.Bounds()
		sc := timeline.FitCompressed(idx, start, end, m.Width, 20, 14)
		for range 6 {
			sc = sc.ZoomAt(float32(rng.Float64())*m.Width, math.Exp(rng.NormFloat64()))
			sc = sc.Pan(float32(rng.NormFloat64()) * m.Width / 2)
			checkScene(t, l.Build(idx, sc, m, rng.Intn(idx.Len()), nil))
		}
		if n := testing.AllocsPerRun(5, func() { l.Build(idx, sc, m, 3, nil) }); n != 0 {
			t.Errorf("%v allocations per steady Build on a compressed Scale", n)
		}
	}
}

// BenchmarkLayout_Compressed builds the fitted frame of 100,000 news-shaped
// items (most in one autumn, bursts over thirty years) with empty time
// compressed, as `0` shows them.
func BenchmarkLayout_Compressed(b *testing.B) {
	items := newsItems(rand.New(rand.NewSource(1)), 100_000)
	idx := timeline.NewIndex(items, measure)
	m := timeline.Metrics{Width: 1920, Height: 1000, TextSize: 12}
	start, end := idx.Bounds()
	sc := timeline.FitCompressed(idx, start, end, m.Width, m.Width*0.06, 12)
	var l timeline.Layout
	scene := l.Build(idx, sc, m, 42, nil)
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		scene = l.Build(idx, sc, m, 42, nil)
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(sc.Breaks.Len()), "breaks")
	b.ReportMetric(float64(len(scene.Points)+len(scene.Spans)+len(scene.Labels)+len(scene.Clusters)), "objects")
}

// BenchmarkPlaceBreaks chooses the breaks of 100,000 news-shaped items, as
// a fit does.
func BenchmarkPlaceBreaks(b *testing.B) {
	idx := timeline.NewIndex(newsItems(rand.New(rand.NewSource(1)), 100_000), measure)
	start, end := idx.Bounds()
	b.ReportAllocs()
	for b.Loop() {
		timeline.PlaceBreaks(idx, start, end, 1700, 12)
	}
}

// ExampleFitBreaks shows four weeks of autumn 2024 and ten days of 2002 on
// one 1000-pixel axis: the twenty-two empty years between become one break
// 24 pixels wide, and the 36 days left share the other 976 pixels, 27.1 a
// day.
func ExampleFitBreaks() {
	b := timeline.NewBreaks([]timeline.Break{{Start: date(2002, 3, 10), End: date(2024, 10, 25)}}, 24)
	s := timeline.FitBreaks(date(2002, 3, 1), date(2024, 11, 21), 1000, 0, b)
	fmt.Printf("2002-03-01 at %.0f, the break from %.0f to %.0f, 2024-11-21 at %.0f\n",
		s.X(date(2002, 3, 1)), s.X(b.At(0).Start), s.X(b.At(0).End), s.X(date(2024, 11, 21)))
	fmt.Printf("a day is %.1f px\n", s.X(date(2024, 11, 2))-s.X(date(2024, 11, 1)))
	// Output:
	// 2002-03-01 at 0, the break from 244 to 268, 2024-11-21 at 1000
	// a day is 27.1 px
}
