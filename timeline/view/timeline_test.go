package view_test

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/view"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// briefingItems are a few items like the built-in briefing's: a month, a
// week and days.
func briefingItems() []timeline.Item {
	return []timeline.Item{
		{Start: day("2024-09-01"), End: day("2024-10-01"), Label: "Tokayev calls for peace", Span: true},
		{Start: day("2024-10-06"), End: day("2024-10-07"), Label: "Nuclear referendum"},
		{Start: day("2024-11-18"), End: day("2024-11-25"), Label: "Missile strikes", Span: true},
		{Start: day("2024-11-21"), End: day("2024-11-22"), Label: "Oreshnik fired at Dnipro"},
		{Start: day("2024-11-27"), End: day("2024-11-28"), Label: "Putin arrives in Astana"},
		{Start: day("2024-11-28"), End: day("2024-11-29"), Label: "CSTO summit"},
	}
}

func newTimeline(t *testing.T) (*view.Timeline, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	tl := view.New()
	tl.Now = day("2024-12-01")
	w := a.NewWindow("test")
	w.SetContent(tl)
	w.Resize(fyne.NewSize(900, 400))
	tl.SetItems(briefingItems())
	w.Show()
	return tl, w
}

func TestTimeline_ScrollZoomsAtPointer(t *testing.T) {
	tl, _ := newTimeline(t)
	for _, c := range []struct {
		x, dy float32
	}{{300, 10}, {300, 30}, {120, -10}, {850, 20}} {
		before := tl.Scale()
		under := before.Time(c.x)
		tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(c.x, 100)}, Scrolled: fyne.NewDelta(0, c.dy)})
		after := tl.Scale()
		if d := after.Time(c.x).Sub(under); d > time.Second || d < -time.Second {
			t.Errorf("scroll %v at x=%v moved the instant under the pointer by %v", c.dy, c.x, d)
		}
		zoomedIn := after.SecondsPerPixel < before.SecondsPerPixel
		if zoomedIn != (c.dy > 0) {
			t.Errorf("scroll dy=%v: seconds per pixel %v → %v", c.dy, before.SecondsPerPixel, after.SecondsPerPixel)
		}
	}
}

func TestTimeline_DragPans(t *testing.T) {
	tl, _ := newTimeline(t)
	before := tl.Scale()
	under := before.Time(200)
	tl.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(50, 0)})
	if d := tl.Scale().Time(250).Sub(under); math.Abs(d.Seconds()) > 1 {
		t.Errorf("after a 50 px drag the instant moved by %v", d)
	}
	if tl.Scale().SecondsPerPixel != before.SecondsPerPixel {
		t.Error("drag changed the zoom")
	}
}

// TestTimeline_FrameLog checks the interaction log DATELINE_FRAMES writes:
// a line per frame drawn for a wheel or drag event, none for other
// refreshes, each with the time, the kind and four durations, and a line
// for the first frame of new items.
func TestTimeline_FrameLog(t *testing.T) {
	tl, _ := newTimeline(t)
	var log strings.Builder
	tl.FrameLog = &log
	tl.Refresh() // no input: no line
	tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(300, 100)}, Scrolled: fyne.NewDelta(0, 10)})
	tl.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(30, 0)})
	tl.ZoomIn() // a key, not logged
	tl.SetItems(briefingItems())
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	line := regexp.MustCompile(`^\d+\.\d{6} (wheel|drag) build=\d+\.\d\d draw=\d+\.\d\d lag=\d+\.\d\d cpu=\d+\.\d\d$`)
	if len(lines) != 3 {
		t.Fatalf("frame log %q, want three lines", log.String())
	}
	for i, kind := range []string{"wheel", "drag"} {
		if m := line.FindStringSubmatch(lines[i]); m == nil || m[1] != kind {
			t.Errorf("line %d %q, want a %s frame", i, lines[i], kind)
		}
	}
	items := regexp.MustCompile(`^\d+\.\d{6} items n=\d+ build=\d+\.\d\d since-start=\d+\.\d\d cpu=\d+\.\d\d$`)
	if !items.MatchString(lines[2]) {
		t.Errorf("line 2 %q, want the first frame of the items", lines[2])
	}
}

func TestTimeline_FitShowsEverything(t *testing.T) {
	tl, _ := newTimeline(t)
	tl.ZoomAt(450, 40)
	tl.Fit()
	w := tl.Size().Width
	start, end := tl.Index().Bounds()
	if x := tl.Scale().X(start); x < 0 || x > w {
		t.Errorf("first item at x=%v outside [0,%v]", x, w)
	}
	if x := tl.Scale().X(end); x < 0 || x > w {
		t.Errorf("last item end at x=%v outside [0,%v]", x, w)
	}
}

func TestTimeline_TapSelects(t *testing.T) {
	tl, _ := newTimeline(t)
	var got []int
	tl.OnSelected = func(i int) { got = append(got, i) }
	sc := tl.Scene()
	if sc == nil || len(sc.Labels) == 0 {
		t.Fatal("no labels drawn")
	}
	l := sc.Labels[len(sc.Labels)-1]
	test.TapAt(tl, fyne.NewPos(l.X+l.W/2, l.Y+l.H/2))
	if tl.Selected() != l.Item || len(got) != 1 || got[0] != l.Item {
		t.Errorf("tap on label of item %d: selected %d, callbacks %v", l.Item, tl.Selected(), got)
	}
	test.TapAt(tl, fyne.NewPos(tl.Size().Width-2, tl.Size().Height-2))
	if tl.Selected() != -1 {
		t.Errorf("tap on empty space kept selection %d", tl.Selected())
	}
}

// TestTimeline_Keyboard steps with Tab through the items in time order
// and back with Shift+Tab; Home and End jump to the ends.
func TestTimeline_Keyboard(t *testing.T) {
	tl, _ := newTimeline(t)
	var order []int
	for range briefingItems() {
		tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		order = append(order, tl.Selected())
	}
	want := []int{0, 1, 2, 3, 4, 5} // briefingItems is already in time order
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("Tab order %v, want %v", order, want)
		}
	}
	tl.KeyDown(&fyne.KeyEvent{Name: "LeftShift"})
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	tl.KeyUp(&fyne.KeyEvent{Name: "LeftShift"})
	if tl.Selected() != 4 {
		t.Errorf("Shift+Tab from the last item selected %d, want 4", tl.Selected())
	}
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if tl.Selected() != 0 {
		t.Errorf("Home selected %d", tl.Selected())
	}
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if tl.Selected() != 5 {
		t.Errorf("End selected %d", tl.Selected())
	}
	activated := -1
	tl.OnActivated = func(i int) { activated = i }
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if activated != 5 {
		t.Errorf("Enter activated %d, want 5", activated)
	}
}

func TestTimeline_KeysZoom(t *testing.T) {
	tl, _ := newTimeline(t)
	spp := tl.Scale().SecondsPerPixel
	tl.TypedRune('+')
	if tl.Scale().SecondsPerPixel >= spp {
		t.Error("+ did not zoom in")
	}
	tl.TypedRune('-')
	tl.TypedRune('-')
	if tl.Scale().SecondsPerPixel <= spp {
		t.Error("- did not zoom out")
	}
	tl.TypedRune('0')
	for i, it := range briefingItems() {
		if x := tl.Scale().X(it.Start); x < 0 || x > tl.Size().Width {
			t.Errorf("after 0, item %d is at x=%v, out of view", i, x)
		}
	}
	tl.Select(4)
	tl.TypedRune('f')
	if x := tl.Scale().X(briefingItems()[4].Start); math.Abs(float64(x-tl.Size().Width/2)) > 1 {
		t.Errorf("f left the selected item at x=%v, not centred", x)
	}
}

func TestTimeline_ModifiedArrowsStep(t *testing.T) {
	tl, _ := newTimeline(t)
	tl.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierControl})
	tl.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt})
	if tl.Selected() != 1 {
		t.Errorf("two Ctrl/Alt+→ selected %d, want 1", tl.Selected())
	}
	tl.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierControl})
	if tl.Selected() != 0 {
		t.Errorf("Ctrl+← selected %d, want 0", tl.Selected())
	}
}

// TestTimeline_PanIsClamped drags far past the data and checks the view
// stays within a view's width of it.
func TestTimeline_PanIsClamped(t *testing.T) {
	tl, _ := newTimeline(t)
	for i := 0; i < 200; i++ {
		tl.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(-800, 0)})
	}
	w := tl.Size().Width
	_, end := tl.Index().Bounds()
	if x := tl.Scale().X(end); x < -w/2-1 {
		t.Errorf("after dragging far right the last item ends at x=%v, more than half a view off", x)
	}
	for i := 0; i < 400; i++ {
		tl.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(800, 0)})
	}
	start, _ := tl.Index().Bounds()
	if x := tl.Scale().X(start); x > w+w/2+1 {
		t.Errorf("after dragging far left the first item starts at x=%v", x)
	}
}

// TestTimeline_LabelWidths checks that the fast label measure never
// underestimates Fyne's own shaping by more than a pixel, so labels that
// the layout keeps apart do not touch on screen.
func TestTimeline_LabelWidths(t *testing.T) {
	test.NewTempApp(t)
	for _, s := range []string{"Putin arrives in Astana", "Tokayev calls for peace", "WWWWW", "iiiii",
		"Kazakhstan votes yes to nuclear power", "Émigrés in Kraków — 1,000th day", "AVAVAV Type"} {
		exact := fyne.MeasureText(s, theme.CaptionTextSize(), fyne.TextStyle{}).Width
		got := view.MeasureLabel(s, theme.CaptionTextSize())
		if got < exact-1 || got > exact*1.1+2 {
			t.Errorf("MeasureLabel(%q) = %v, Fyne measures %v", s, got, exact)
		}
	}
}

// TestTimeline_TextScale enlarges the labels and checks the timeline
// re-measures them: drawn text is larger and labels still do not overlap.
func TestTimeline_TextScale(t *testing.T) {
	tl, w := newTimeline(t)
	tl.TextScale = 1.6
	tl.Refresh()
	size := theme.CaptionTextSize() * 1.6
	sc := tl.Scene()
	for i, a := range sc.Labels {
		if want := view.MeasureLabel(a.Text, size); !a.Clipped && a.W < want-0.5 {
			t.Errorf("label %q is %v wide, the enlarged text needs %v", a.Text, a.W, want)
		}
		for _, b := range sc.Labels[i+1:] {
			if a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H {
				t.Errorf("labels %q and %q overlap", a.Text, b.Text)
			}
		}
	}
	found := false
	for _, o := range test.LaidOutObjects(w.Content()) {
		if txt, ok := o.(*canvas.Text); ok && txt.Text == sc.Labels[0].Text {
			found = txt.TextSize == size
		}
	}
	if !found {
		t.Errorf("no label drawn at size %v", size)
	}
}

// TestTimeline_StoryAndEdgeNote opens a story with one event two decades
// before it: the view frames the story and notes the old event at its
// left edge; a tap on the note brings it into view.
func TestTimeline_StoryAndEdgeNote(t *testing.T) {
	tl, _ := newTimeline(t)
	items := append(briefingItems(), timeline.Item{Start: day("2002-03-01"), End: day("2002-03-02"), Label: "Founded"})
	tl.SetItems(items)
	old := len(items) - 1
	if x := tl.Scale().X(items[old].Start); x >= 0 {
		t.Fatalf("the old event is in the opening view at x=%v", x)
	}
	sc := tl.Scene()
	if len(sc.Edges) != 1 || sc.Edges[0].Text != "← 1 earlier event, 2002" {
		t.Fatalf("edge notes %+v, want one for the 2002 event", sc.Edges)
	}
	e := sc.Edges[0]
	tl.Tapped(&fyne.PointEvent{Position: fyne.NewPos(e.X+e.W/2, e.Y+e.H/2)})
	if x := tl.Scale().X(items[old].Start); x < 0 || x > tl.Size().Width {
		t.Errorf("after the tap the old event is at x=%v, out of view", x)
	}
	if tl.Selected() != -1 {
		t.Error("the tap selected an event")
	}
}

// TestTimeline_SetCompressKeepsCentre turns compression off and on in a
// zoomed view: the instant at the centre and the zoom stay.
func TestTimeline_SetCompressKeepsCentre(t *testing.T) {
	tl, _ := newTimeline(t)
	tl.SetItems(append(briefingItems(), timeline.Item{Start: day("1999-03-01"), End: day("1999-03-02"), Label: "Shut"}))
	tl.TypedRune('0')
	if tl.Scale().Breaks.Len() == 0 {
		t.Fatal("no breaks between 1999 and 2024")
	}
	tl.ZoomAt(700, 2)
	w := tl.Size().Width
	centre, spp := tl.Scale().Time(w/2), tl.Scale().SecondsPerPixel
	for _, on := range []bool{false, true} {
		tl.SetCompress(on)
		if got := tl.Scale().Time(w / 2); got.Sub(centre).Abs() > time.Second || tl.Scale().SecondsPerPixel != spp {
			t.Errorf("compress %v: centre %v at %g s/px, want %v at %g", on, got, tl.Scale().SecondsPerPixel, centre, spp)
		}
		if (tl.Scale().Breaks.Len() > 0) != on {
			t.Errorf("compress %v: %d breaks", on, tl.Scale().Breaks.Len())
		}
	}
}

// TestTimeline_StepSkipsHidden checks that the keyboard never selects an
// item SetMarks hides, and stops at the last shown one.
func TestTimeline_StepSkipsHidden(t *testing.T) {
	test.NewTempApp(t)
	tl := view.New()
	day := func(d int) time.Time { return time.Date(2024, 11, d, 0, 0, 0, 0, time.UTC) }
	tl.SetItems([]timeline.Item{{Start: day(1), Label: "a"}, {Start: day(2), Label: "b"}, {Start: day(3), Label: "c"}, {Start: day(4), Label: "d"}})
	tl.Resize(fyne.NewSize(800, 300))
	tl.SetMarks(nil, []bool{true, false, true, true})
	var got []int
	for range 3 {
		tl.Step(1)
		got = append(got, tl.Selected())
	}
	if want := []int{1, 1, 1}; !slices.Equal(got, want) {
		t.Errorf("stepping forward selected %v, want %v", got, want)
	}
}
