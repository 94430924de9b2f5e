package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// menuItem returns the item labelled label in the window's menus.
func menuItem(t *testing.T, u *UI, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range u.Window().MainMenu().Items {
		for _, item := range m.Items {
			if item.Label == label {
				return item
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// TestUI_OpensOnTheStory checks the briefing's opening view: autumn 2024,
// every article's publication date in view, a note at the left edge of the
// events before it; 0 then shows every event, with breaks.
func TestUI_OpensOnTheStory(t *testing.T) {
	u := newTestUI(t)
	tl := u.timeline
	w := tl.Size().Width
	for _, a := range u.result.Articles {
		if x := tl.Scale().X(a.Published); x < 0 || x > w {
			t.Errorf("publication date %v at x=%v, out of view", a.Published, x)
		}
	}
	if s := tl.Scale().Time(0); s.Year() != 2024 {
		t.Errorf("opening view starts %v, want autumn 2024", s)
	}
	sc := tl.Scene()
	if len(sc.Edges) == 0 || sc.Edges[0].Later || sc.Edges[0].Count == 0 {
		t.Fatalf("no note of the earlier events: %+v", sc.Edges)
	}
	tl.TypedRune('0')
	if tl.Scale().Breaks.Len() == 0 {
		t.Error("0 fitted without compressing empty time")
	}
	idx := tl.Index()
	for i := range idx.Len() {
		if x := tl.Scale().X(idx.Item(i).Start); x < 0 || x > w {
			t.Errorf("after 0, event %d at x=%v, out of view", i, x)
		}
	}
}

// TestUI_CompressEmptyTime toggles View ▸ Compress Empty Time: the menu's
// check mark follows, and the fitted view loses and regains its breaks.
func TestUI_CompressEmptyTime(t *testing.T) {
	u := newTestUI(t)
	item := menuItem(t, u, "Compress Empty Time")
	if !item.Checked || !u.timeline.Compress() {
		t.Fatal("compression is not on at the start")
	}
	u.timeline.Fit()
	item.Action()
	if item.Checked || u.timeline.Compress() || u.timeline.Scale().Breaks != nil {
		t.Errorf("after toggling off: checked %v, compress %v, breaks %v", item.Checked, u.timeline.Compress(), u.timeline.Scale().Breaks.Len())
	}
	item.Action()
	if !item.Checked || u.timeline.Scale().Breaks.Len() == 0 {
		t.Error("toggling on again did not bring the breaks back")
	}
}
