package view

import (
	"fmt"
	"image/color"
	"math/rand/v2"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
	"github.com/dateline/dateline/timeline/draw/drawtest"
	"github.com/dateline/dateline/timeline/internal/cputime"
)

// testItems are a month, a week, an uncertain day and days, written for
// these tests.
func testItems() []timeline.Item {
	d := func(m time.Month, day int) time.Time { return time.Date(2024, m, day, 0, 0, 0, 0, time.UTC) }
	return []timeline.Item{
		{Start: d(9, 1), End: d(10, 1), Label: "In September", Span: true},
		{Start: d(10, 6), End: d(10, 7), Label: "Nuclear referendum", Color: 1},
		{Start: d(11, 18), End: d(11, 25), Label: "Missile strikes", Span: true, Color: 2},
		{Start: d(11, 21), End: d(11, 22), Label: "Oreshnik fired", Approx: true},
		{Start: d(11, 27), End: d(11, 28), Label: "Putin arrives in Astana", Color: 3},
	}
}

// shownTimeline is a timeline of items in a test window of the given
// size, with item 2 selected and the focus on it.
func shownTimeline(t testing.TB, items []timeline.Item, size fyne.Size) (*Timeline, *renderer) {
	a := test.NewTempApp(t)
	tl := New()
	tl.Now = time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)
	w := a.NewWindow("frame")
	w.SetPadded(false)
	w.SetContent(tl)
	w.Resize(size)
	tl.SetItems(items)
	tl.Fit() // every item, not the story: these tests look at whole frames
	w.Show()
	t.Cleanup(w.Close)
	tl.Select(2)
	w.Canvas().Focus(tl)
	return tl, test.WidgetRenderer(tl).(*renderer)
}

// kindOf names the draw.Canvas call that yields a canvas object.
func kindOf(o fyne.CanvasObject) string {
	switch o := o.(type) {
	case *canvas.Line:
		return "StrokeLine"
	case *canvas.Circle:
		if o.StrokeWidth > 0 {
			return "StrokeCircle"
		}
		return "FillCircle"
	case *canvas.Rectangle:
		if o.StrokeWidth > 0 {
			return "StrokeRect"
		}
		return "FillRect"
	case *canvas.LinearGradient:
		return "FillFade"
	case *canvas.Text:
		return "Text"
	}
	return fmt.Sprintf("%T", o)
}

// TestRenderer_DrawsWhatDrawAsks checks that the screen is one more
// backend of draw.Draw: its canvas objects are, one for one and in order,
// the calls Draw makes on a recording canvas, between the background and
// the focus ring.
func TestRenderer_DrawsWhatDrawAsks(t *testing.T) {
	tl, r := shownTimeline(t, testItems(), fyne.NewSize(800, 240))
	var rec drawtest.Recorder
	draw.Draw(&rec, tl.Scene(), &r.colors)
	objs := r.Objects()
	if len(objs) != len(rec.Ops)+2 || objs[0] != r.background || objs[len(objs)-1] != r.focus {
		t.Fatalf("%d objects for %d drawing calls, want background + calls + focus ring", len(objs), len(rec.Ops))
	}
	for i, op := range rec.Ops {
		o := objs[i+1]
		if k := kindOf(o); k != op.Kind {
			t.Errorf("object %d is a %s, Draw asked for %v", i, k, op)
		}
		if txt, ok := o.(*canvas.Text); ok && (txt.Text != op.Text || txt.TextStyle.Bold != op.Style.Bold || txt.TextSize != op.Style.Size) {
			t.Errorf("text %d = %q (bold %v, size %v), Draw asked for %v", i, txt.Text, txt.TextStyle.Bold, txt.TextSize, op)
		}
	}
}

// TestRenderer_LayoutOnlyPlaces checks Fyne's contract: Layout places
// objects and neither builds a frame, nor refreshes, nor changes what is
// drawn; resizing the widget builds the frame for the new size.
func TestRenderer_LayoutOnlyPlaces(t *testing.T) {
	tl, r := shownTimeline(t, testItems(), fyne.NewSize(800, 240))
	frames, scene, objects := tl.frames, tl.Scene(), len(r.Objects())
	first := *scene
	r.Layout(fyne.NewSize(500, 300))
	if tl.frames != frames {
		t.Errorf("Layout built %d frames", tl.frames-frames)
	}
	if tl.Scene() != scene || tl.Scene().Width != first.Width || len(r.Objects()) != objects {
		t.Error("Layout changed the frame or the objects drawn")
	}
	if got := r.background.Size(); got != fyne.NewSize(500, 300) {
		t.Errorf("Layout left the background at %v", got)
	}

	tl.Resize(fyne.NewSize(600, 200))
	if tl.frames != frames+1 || tl.Scene().Width != 600 {
		t.Errorf("resize to 600 wide: %d frames built, scene %v wide", tl.frames-frames, tl.Scene().Width)
	}
}

// benchItems makes n items over thirty years from a fixed seed: mostly
// days, a fifth month or week spans, some uncertain, eight sources.
func benchItems(n int) []timeline.Item {
	rng := rand.New(rand.NewPCG(3, 4))
	start := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	items := make([]timeline.Item, n)
	for i := range items {
		s := start.Add(time.Duration(rng.Int64N(int64(30 * 365 * 24 * time.Hour)))).Truncate(24 * time.Hour)
		it := timeline.Item{Start: s, End: s.AddDate(0, 0, 1), Label: fmt.Sprintf("event number %d", i),
			Approx: rng.IntN(10) == 0, Color: rng.IntN(8)}
		switch rng.IntN(10) {
		case 0:
			it.Span, it.End = true, s.AddDate(0, 1, 0)
		case 1:
			it.Span, it.End = true, s.AddDate(0, 0, 7)
		}
		items[i] = it
	}
	return items
}

// benchFrame measures a whole frame at 1920 × 1000 over 100,000 items:
// the layout and draw.Draw into the widget's canvas of pooled objects.
func benchFrame(b *testing.B, view func(tl *Timeline) timeline.Scale) {
	tl, r := shownTimeline(b, benchItems(100_000), fyne.NewSize(1920, 1000))
	tl.SetScale(view(tl))
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		tl.build()
		r.draw()
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(len(r.Objects())), "objects")
}

func BenchmarkFrame_Overview(b *testing.B) {
	benchFrame(b, func(tl *Timeline) timeline.Scale {
		start, end := tl.Index().Bounds()
		return timeline.Fit(start, end, 1920, 20)
	})
}

// BenchmarkFrame_Compressed is the fitted frame, `0`, of 100,000 items
// shaped like news, with empty time compressed: nine in ten moved into the
// autumn of 2024, the rest into five months of earlier years.
func BenchmarkFrame_Compressed(b *testing.B) {
	items := benchItems(100_000)
	for i := range items {
		at := time.Date(2024, 9, 1+i%90, 0, 0, 0, 0, time.UTC)
		if i%10 == 0 {
			at = time.Date([]int{1999, 2002, 2010, 2019, 2022}[i/10%5], 3, 1+i%30, 0, 0, 0, 0, time.UTC)
		}
		d := items[i].End.Sub(items[i].Start)
		items[i].Start, items[i].End = at, at.Add(d)
	}
	tl, r := shownTimeline(b, items, fyne.NewSize(1920, 1000))
	tl.Fit()
	if tl.Scale().Breaks.Len() == 0 {
		b.Fatal("no breaks")
	}
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		tl.build()
		r.draw()
	}
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(len(r.Objects())), "objects")
}

func BenchmarkFrame_Year(b *testing.B) {
	benchFrame(b, func(*Timeline) timeline.Scale {
		return timeline.Fit(time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC), 1920, 0)
	})
}

func BenchmarkFrame_Month(b *testing.B) {
	benchFrame(b, func(*Timeline) timeline.Scale {
		return timeline.Fit(time.Date(2010, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2010, 4, 1, 0, 0, 0, 0, time.UTC), 1920, 0)
	})
}

// redTheme is the default theme with a red background and large captions.
type redTheme struct{ fyne.Theme }

func (r redTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameBackground {
		return color.NRGBA{R: 0xff, A: 0xff}
	}
	return r.Theme.Color(n, v)
}

func (r redTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameCaptionText {
		return 20
	}
	return r.Theme.Size(n)
}

// TestRenderer_WidgetTheme checks that colours and sizes come from the
// widget's own theme, as a ThemeOverride sets it, not the app's.
func TestRenderer_WidgetTheme(t *testing.T) {
	a := test.NewTempApp(t)
	tl := New()
	w := a.NewWindow("theme")
	w.SetContent(container.NewThemeOverride(tl, redTheme{theme.DefaultTheme()}))
	w.Resize(fyne.NewSize(800, 240))
	tl.SetItems(testItems())
	w.Show()
	defer w.Close()
	r := test.WidgetRenderer(tl).(*renderer)
	if got := nrgba(r.background.FillColor); got != (color.NRGBA{R: 0xff, A: 0xff}) {
		t.Errorf("background %v, want the override's red", got)
	}
	if sc := tl.Scene(); sc == nil || sc.TextSize != 20 {
		t.Errorf("scene %v, want one laid out at the override's caption size 20", sc)
	}
}

// TestRenderer_BoldLabelFitsItsBox selects labels too long for the view,
// at its right edge and left of it: the bold text drawn, measured bold,
// must fit its box, ellipsis included, rather than run on past the view's
// edge cut mid-word.
func TestRenderer_BoldLabelFitsItsBox(t *testing.T) {
	d := func(m time.Month, day int) time.Time { return time.Date(2024, m, day, 0, 0, 0, 0, time.UTC) }
	long := "Whoever reads this label to its end would mean that the label was never cut at all, which is the point of this test, written for it"
	items := []timeline.Item{
		{Start: d(1, 1), End: d(1, 2), Label: "New year"},
		{Start: d(6, 1), End: d(6, 2), Label: long},
		{Start: d(12, 20), End: d(12, 21), Label: long},
	}
	for _, sel := range []int{1, 2} {
		tl, r := shownTimeline(t, items, fyne.NewSize(500, 300))
		tl.Select(sel)
		r.Refresh()
		bold := 0
		for _, o := range r.Objects() {
			txt, ok := o.(*canvas.Text)
			if !ok || !txt.TextStyle.Bold || txt.Text == "" || txt.Alignment != fyne.TextAlignLeading {
				continue
			}
			bold++
			w := fyne.MeasureText(txt.Text, txt.TextSize, txt.TextStyle).Width
			if x := txt.Position().X; w > txt.Size().Width+0.5 || x+w > tl.Size().Width+0.5 {
				t.Errorf("selected %d: bold %q is %v wide at %v, its box %v, the view %v",
					sel, txt.Text, w, x, txt.Size().Width, tl.Size().Width)
			}
		}
		if bold == 0 {
			t.Errorf("selected %d: no bold label drawn", sel)
		}
	}
}
