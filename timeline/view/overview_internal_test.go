package view

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/timex"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/internal/cputime"
)

// millionWindow is a timeline over n benchItems with its overview band, in
// a 1920 × 1000 test window, and the band's renderer.
func millionWindow(b *testing.B, n int) (*Timeline, *overviewRenderer, []timeline.Item) {
	a := test.NewTempApp(b)
	tl := New()
	tl.Now = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	ov := NewOverview(tl)
	w := a.NewWindow("million")
	w.SetPadded(false)
	w.SetContent(container.NewBorder(nil, ov, nil, nil, tl))
	w.Resize(fyne.NewSize(1920, 1000))
	w.Show()
	b.Cleanup(w.Close)
	// In time order, as the app hands over its events sorted by
	// data.SortEvents: by start, then end.
	items := benchItems(n)
	slices.SortStableFunc(items, func(a, b timeline.Item) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return a.End.Compare(b.End)
	})
	return tl, test.WidgetRenderer(ov).(*overviewRenderer), items
}

// BenchmarkFirstFrame_Million is issue 15's million events up to the
// first frame, on the view's side, along the app's path: the events
// indexed one at a time through convert.EventItems (labels measured
// once), with no slice of items built, framing the story (breaks, story
// window), the frame's layout and draw, and the overview band's density.
// It reports the heap the timeline and the events hold.
func BenchmarkFirstFrame_Million(b *testing.B) {
	tl, ov, items := millionWindow(b, 1_000_000)
	r := test.WidgetRenderer(tl).(*renderer)
	res := eventsOf(items)
	got := convert.NewEventItems(res, nil)
	for i := range items {
		if it := got.Item(i); it != items[i] {
			b.Fatalf("item %d from the events is %+v, want %+v", i, it, items[i])
		}
	}
	items = nil // only the events stay, as in the app
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		tl.SetItemsOf(convert.NewEventItems(res, nil))
		r.draw()
		ov.paint(1920, 40)
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MiB")
	runtime.KeepAlive(res)
}

// eventsOf makes the events that convert.EventItems gives back as items
// (lane 0): a span's precision a month, a point's a day, an approximate
// item's mod APPROX, and an item's colour its article's place.
func eventsOf(items []timeline.Item) extract.Result {
	var r extract.Result
	for _, it := range items {
		for len(r.Articles) <= it.Color {
			r.Articles = append(r.Articles, &data.Article{Title: fmt.Sprint("article ", len(r.Articles))})
		}
	}
	r.Events = make([]data.Event, len(items))
	for i, it := range items {
		e := data.Event{Title: it.Label, Article: r.Articles[it.Color],
			Span: timex.Span{Start: it.Start, End: it.End, Precision: timex.PrecisionDay}}
		if it.Span {
			e.Span.Precision = timex.PrecisionMonth
		}
		if it.Approx {
			e.Mod = "APPROX"
		}
		r.Events[i] = e
	}
	return r
}

// BenchmarkFrame_Million is one frame of an interaction (a zoom step at
// the pointer) over a million items, overview band included: the band's
// density is not computed again, since the band shows the same corpus.
func BenchmarkFrame_Million(b *testing.B) {
	tl, ov, items := millionWindow(b, 1_000_000)
	tl.SetItems(items)
	r := test.WidgetRenderer(tl).(*renderer)
	ov.paint(1920, 40)
	zoom := 1.25
	b.ReportAllocs()
	cpu := cputime.Used()
	for i := 0; b.Loop(); i++ {
		if i%8 == 0 {
			zoom = 1 / zoom // in and out, so the view stays put
		}
		tl.scale = tl.scale.ZoomAt(700, zoom)
		tl.build()
		r.draw()
		ov.paint(1920, 40)
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

// TestOverview_DensityOncePerCorpus checks that zooming and panning the
// main view leave the band's histogram as it was (it shows the whole
// corpus), and that new items or a new band width compute it again.
func TestOverview_DensityOncePerCorpus(t *testing.T) {
	a := test.NewTempApp(t)
	tl := New()
	ov := NewOverview(tl)
	w := a.NewWindow("band")
	w.SetContent(container.NewBorder(nil, ov, nil, nil, tl))
	w.Resize(fyne.NewSize(900, 500))
	w.Show()
	defer w.Close()
	tl.SetItems(testItems())
	r := test.WidgetRenderer(ov).(*overviewRenderer)
	r.paint(900, 30)
	key := r.binsOf
	if key.idx != tl.Index() {
		t.Fatal("the band's density was not computed for the items")
	}
	tl.ZoomAt(300, 2)
	tl.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(40, 0)})
	r.paint(900, 30)
	if r.binsOf != key {
		t.Error("a zoom and a pan of the main view computed the band's density again")
	}
	r.paint(700, 30)
	if r.binsOf == key {
		t.Error("a narrower band kept the old density")
	}
	tl.SetItems(testItems()[:3])
	r.paint(700, 30)
	if r.binsOf.idx != tl.Index() {
		t.Error("new items kept the old density")
	}
}

// TestOverview_DragFollowsBreaks drags the band over a compressed corpus:
// the main view's centre follows the pointer along the band's own
// piecewise scale, so a drag across a break jumps its years at once.
func TestOverview_DragFollowsBreaks(t *testing.T) {
	a := test.NewTempApp(t)
	tl := New()
	ov := NewOverview(tl)
	w := a.NewWindow("band")
	w.SetContent(container.NewBorder(nil, ov, nil, nil, tl))
	w.Resize(fyne.NewSize(900, 500))
	w.Show()
	defer w.Close()
	old := timeline.Item{Start: time.Date(1999, 3, 1, 0, 0, 0, 0, time.UTC), End: time.Date(1999, 3, 2, 0, 0, 0, 0, time.UTC), Label: "Shut down"}
	tl.SetItems(append(testItems(), old))
	tl.Fit()
	if tl.Scale().Breaks.Len() == 0 {
		t.Fatal("no breaks between 1999 and 2024")
	}
	band := ov.scale()
	if band.Breaks != tl.Scale().Breaks {
		t.Fatal("the band does not share the main view's breaks")
	}
	mw := tl.Size().Width
	for _, dx := range []float32{-120, 60} {
		centre := tl.Scale().Time(mw / 2)
		want := band.Time(band.X(centre) + dx)
		ov.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(dx, 0)})
		if got := tl.Scale().Time(mw / 2); got.Sub(want).Abs() > time.Duration(tl.Scale().SecondsPerPixel)*time.Second {
			t.Errorf("drag %v: main view centred on %v, want %v", dx, got, want)
		}
	}
}

// BenchmarkFrame_MillionPan is one frame of a drag over a million items
// (8 px a frame, back and forth), overview band included.
func BenchmarkFrame_MillionPan(b *testing.B) {
	tl, ov, items := millionWindow(b, 1_000_000)
	tl.SetItems(items)
	r := test.WidgetRenderer(tl).(*renderer)
	ov.paint(1920, 40)
	dx := float32(8)
	b.ReportAllocs()
	cpu := cputime.Used()
	for i := 0; b.Loop(); i++ {
		if i%40 == 0 {
			dx = -dx
		}
		tl.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(dx, 0)})
		r.draw()
		ov.paint(1920, 40)
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

// TestFrame_MillionSequence replays the window measurement's wheel and
// drag sequence (20 notches in, a 20-step drag, 20 out) on a million
// items in a 1200 × 700 view and checks each frame's CPU time (layout
// and draw), which a busy machine stretches less than wall time.
func TestFrame_MillionSequence(t *testing.T) {
	if testing.Short() || os.Getenv("DATELINE_SEQUENCE") == "" {
		t.Skip("set DATELINE_SEQUENCE=1 to replay (a minute's work)")
	}
	tl, ov, items := millionWindow(&testing.B{}, 1_000_000)
	tl.SetItems(items)
	tl.Resize(fyne.NewSize(1200, 700))
	r := test.WidgetRenderer(tl).(*renderer)
	frame := func(kind string, event func()) {
		cpu := cputime.Used()
		event()
		r.draw()
		ov.paint(1200, 40)
		t.Logf("%s cpu-ms=%.2f", kind, float64(cputime.Used()-cpu)/1e6)
	}
	wheel := func(dy float32) func() {
		return func() {
			tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(720, 300)}, Scrolled: fyne.NewDelta(0, dy)})
		}
	}
	for range 20 {
		frame("wheel-in", wheel(10))
	}
	for range 20 {
		frame("drag", func() { tl.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(-8, 0)}) })
	}
	for range 20 {
		frame("wheel-out", wheel(-10))
	}
}
