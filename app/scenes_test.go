package app

import (
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// TestScene_Scale checks that a scene frames the same stretch of time at
// any width: the same middle instant and the same time across the view.
func TestScene_Scale(t *testing.T) {
	centre := time.Date(2024, 11, 21, 12, 0, 0, 0, time.UTC)
	sc := scene{Centre: centre, Span: 30 * 86400}
	for _, w := range []float32{800, 1440, 1920} {
		s := sc.scale(w, nil)
		if got := s.Time(w / 2); got.Sub(centre).Abs() > time.Second {
			t.Errorf("width %v: middle at %v, want %v", w, got, centre)
		}
		if got := s.SecondsPerPixel * float64(w); math.Abs(got-sc.Span) > 1e-6*sc.Span {
			t.Errorf("width %v: %v seconds across, want %v", w, got, sc.Span)
		}
	}
	// Six centuries across, more than a time.Duration holds.
	wide := scene{Centre: centre, Span: 600 * 365.2425 * 86400}
	if got := wide.scale(1000, nil).Time(500); got.Sub(centre).Abs() > time.Minute {
		t.Errorf("wide scene centred on %v, want %v", got, centre)
	}
}

func TestSceneList_Add(t *testing.T) {
	var l sceneList
	l.add(scene{Name: "  Kursk  "})
	l.add(scene{})
	if l.scenes[0].Name != "Kursk" || l.scenes[1].Name != "Scene 2" {
		t.Errorf("names %q, %q", l.scenes[0].Name, l.scenes[1].Name)
	}
	l.clear()
	if len(l.scenes) != 0 {
		t.Error("clear kept scenes")
	}
}

// saveViews saves three scenes of the briefing: the whole range, and two
// events close up, the second saved before the first in time, since
// scenes keep the order they were saved in, not time order.
func saveViews(t *testing.T, u *UI) *sceneList {
	t.Helper()
	var l sceneList
	tl := u.timeline
	idx := tl.Index()
	tl.Fit()
	l.add(u.captureScene("The whole story"))
	for _, item := range []int{idx.Last(), idx.First()} {
		tl.Select(item)
		tl.SetScale(tl.ScaleAround(item))
		l.add(u.captureScene(""))
	}
	tl.Select(-1)
	return &l
}

// TestUI_PresentScenes steps through saved scenes: each shows its view
// and selection, the card names a scene without a selection, the counter
// counts scenes, and stepping wraps round at both ends.
func TestUI_PresentScenes(t *testing.T) {
	u := newTestUI(t)
	l := saveViews(t, u)
	u.presentScenes(l)
	s := u.stage()
	tl := u.timeline

	check := func(i int) {
		t.Helper()
		sc := l.scenes[i]
		if s.sceneAt != i || tl.Selected() != sc.Selected {
			t.Fatalf("scene %d, selected %d; want scene %d, selected %d", s.sceneAt, tl.Selected(), i, sc.Selected)
		}
		want := sc.scale(tl.Size().Width, tl.Scale().Location)
		if s.target != want {
			t.Errorf("scene %d: glided to %+v, want %+v", i, s.target, want)
		}
		if got := tl.Scale().Time(tl.Size().Width / 2); got.Sub(sc.Centre).Abs() > time.Minute {
			t.Errorf("scene %d: view centred on %v, want %v", i, got, sc.Centre)
		}
		if sc.Selected >= 0 {
			checkShown(t, u, sc.Selected)
		} else if s.card.title.Text != sc.Name {
			t.Errorf("scene %d: card title %q, want %q", i, s.card.title.Text, sc.Name)
		}
		if want := []string{"1 / 3", "2 / 3", "3 / 3"}[i]; s.count.Text != want {
			t.Errorf("scene %d: counter %q, want %q", i, s.count.Text, want)
		}
	}
	check(0)
	press(t, u, fyne.KeyPageDown)
	check(1)
	checkCardLines(t, s)
	press(t, u, fyne.KeyRight)
	check(2)
	press(t, u, fyne.KeySpace) // wraps to the first
	check(0)
	press(t, u, fyne.KeyPageUp) // and back to the last
	check(2)
	press(t, u, fyne.KeyHome)
	check(0)
	press(t, u, fyne.KeyEnd)
	check(2)

	// Saving more scenes while presenting does not change the running order.
	l.add(scene{Name: "later"})
	press(t, u, fyne.KeyRight)
	check(0)

	press(t, u, fyne.KeyEscape)
	if u.presenting() {
		t.Error("Esc did not end the presentation")
	}
}

// TestUI_PresentScenesNone presents the events when no scene was saved.
func TestUI_PresentScenesNone(t *testing.T) {
	u := newTestUI(t)
	u.presentScenes(&sceneList{})
	checkShown(t, u, u.timeline.Index().First())
}

// TestUI_PresentScenesWider presents a scene saved in the window on a
// wider screen: it frames the same stretch of time.
func TestUI_PresentScenesWider(t *testing.T) {
	u := newTestUI(t)
	l := saveViews(t, u)
	u.presentScenes(l)
	u.win.Resize(fyne.NewSize(1920, 1080))
	tl := u.timeline
	sc := l.scenes[0]
	if got := tl.Scale().SecondsPerPixel * float64(tl.Size().Width); math.Abs(got-sc.Span) > 1e-6*sc.Span {
		t.Errorf("%v seconds across at %v wide, want %v", got, tl.Size().Width, sc.Span)
	}
}

// TestUI_SaveScene saves a scene through the dialog: the selected
// event's title is offered as the name.
func TestUI_SaveScene(t *testing.T) {
	u := newTestUI(t)
	var l sceneList
	item := u.timeline.Index().First()
	u.timeline.Select(item)
	u.saveScene(&l)

	entry, ok := asEntry(u.win.Canvas().Focused())
	if !ok {
		t.Fatalf("focus on %T, want the name entry", u.win.Canvas().Focused())
	}
	if entry.Text != u.Events()[item].Title {
		t.Errorf("name offered %q, want %q", entry.Text, u.Events()[item].Title)
	}
	entry.SetText("Opening")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // submits the form
	if len(l.scenes) != 1 {
		t.Fatalf("%d scenes saved", len(l.scenes))
	}
	if want := "Opening"; l.scenes[0].Name != want || l.scenes[0].Selected != item {
		t.Errorf("saved %+v, want %q with event %d", l.scenes[0], want, item)
	}
}

func TestUI_SceneMenuItems(t *testing.T) {
	u := newTestUI(t)
	var l sceneList
	items := u.sceneMenuItems(&l)
	want := []string{"Save Scene…", "Present Scenes", "Clear Scenes"}
	for i, it := range items {
		if it.Label != want[i] {
			t.Errorf("item %d is %q, want %q", i, it.Label, want[i])
		}
	}
	l.add(scene{Name: "x"})
	items[2].Action()
	if len(l.scenes) != 0 {
		t.Error("Clear Scenes kept the scenes")
	}
	items[1].Action()
	if !u.presenting() {
		t.Error("Present Scenes did not present")
	}
}

// TestProjectScene checks a scene survives the project file's form, for
// a week and for a view across five centuries, where a time.Duration
// would overflow.
func TestProjectScene(t *testing.T) {
	type sceneCase struct {
		name string
		sc   scene
	}
	centre := time.Date(2024, 11, 27, 12, 0, 0, 0, time.UTC)
	for _, c := range []sceneCase{
		{"week", scene{Name: "Week", Centre: centre, Span: 7 * 86400, Selected: -1}},
		{"centuries", scene{Name: "Long view", Centre: centre, Span: 500 * 365.25 * 86400, Selected: -1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ps := projectScene(c.sc)
			if !ps.From.Before(c.sc.Centre) || !ps.To.After(c.sc.Centre) {
				t.Fatalf("frames %v – %v around %v", ps.From, ps.To, c.sc.Centre)
			}
			got := fromProjectScene(ps, nil)
			if got.Name != c.sc.Name || got.Centre.Sub(c.sc.Centre).Abs() > time.Second || math.Abs(got.Span-c.sc.Span) > 1 {
				t.Errorf("round trip %+v, want %+v", got, c.sc)
			}
		})
	}
}
