package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// TestFind_Keyboard drives the search bar with the keyboard on the
// built-in briefing: Ctrl+F opens it, typing fades the non-matches and
// counts the matches, Enter and F3 step forward in time order, Shift+Enter
// back, and Esc closes it and clears the marks.
func TestFind_Keyboard(t *testing.T) {
	u := newTestUI(t)
	c := u.win.Canvas()
	c.(fyne.Shortcutable).TypedShortcut(ctrl(fyne.KeyF))
	if !u.find.bar.Visible() || c.Focused() != u.find.entry {
		t.Fatal("Ctrl+F did not open the search bar with the cursor in it")
	}
	test.Type(u.find.entry, "CSTO")
	hits := append([]int(nil), u.find.hits...)
	if len(hits) < 2 {
		t.Fatalf("%d events match CSTO in the briefing, want several", len(hits))
	}
	for _, i := range hits {
		if !strings.Contains(strings.ToLower(searchText(u.Events()[i])), "csto") {
			t.Errorf("event %d matches but does not say CSTO", i)
		}
	}
	if got, want := u.find.count.Text, fmt.Sprintf("%d matches", len(hits)); got != want {
		t.Errorf("count = %q, want %q", got, want)
	}
	checkDimmed(t, u, hits)

	idx := u.Timeline().Index()
	for k, i := range hits { // Enter walks the matches in time order
		u.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if u.Timeline().Selected() != i {
			t.Fatalf("Enter %d selected %d, want %d", k+1, u.Timeline().Selected(), i)
		}
		if k > 0 && idx.Item(i).Start.Before(idx.Item(hits[k-1]).Start) {
			t.Errorf("match %d comes before match %d in time", k, k-1)
		}
	}
	if got, want := u.find.count.Text, fmt.Sprintf("%d of %d", len(hits), len(hits)); got != want {
		t.Errorf("count = %q, want %q", got, want)
	}
	u.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF3}) // round to the first
	if u.Timeline().Selected() != hits[0] {
		t.Errorf("F3 after the last selected %d, want the first %d", u.Timeline().Selected(), hits[0])
	}
	u.find.entry.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	u.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	u.find.entry.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if u.Timeline().Selected() != hits[len(hits)-1] {
		t.Errorf("Shift+Enter from the first selected %d, want the last %d", u.Timeline().Selected(), hits[len(hits)-1])
	}

	u.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.find.bar.Visible() || u.find.entry.Text != "" {
		t.Error("Esc left the search bar open or its text in place")
	}
	checkDimmed(t, u, nil)
}

// TestFind_NoMatch checks the count says so and every event fades.
func TestFind_NoMatch(t *testing.T) {
	u := newTestUI(t)
	u.find.open()
	test.Type(u.find.entry, "zebra crossing")
	if u.find.count.Text != "No matches" {
		t.Errorf("count = %q, want No matches", u.find.count.Text)
	}
	for _, p := range u.Timeline().Scene().Points {
		if !p.Dim {
			t.Fatalf("item %d drawn bright with no match", p.Item)
		}
	}
	u.find.step(1) // nothing to step to; must not select anything
	if u.Timeline().Selected() >= 0 {
		t.Errorf("stepping with no matches selected %d", u.Timeline().Selected())
	}
}

// checkDimmed checks that the drawn marks are bright exactly for hits, or
// all bright when hits is nil (no search).
func checkDimmed(t *testing.T, u *UI, hits []int) {
	t.Helper()
	bright := map[int]bool{}
	for _, i := range hits {
		bright[i] = true
	}
	sc := u.Timeline().Scene()
	for _, p := range sc.Points {
		if want := hits != nil && !bright[p.Item]; p.Dim != want {
			t.Errorf("point of item %d: dim %v, want %v", p.Item, p.Dim, want)
		}
	}
	for _, s := range sc.Spans {
		if want := hits != nil && !bright[s.Item]; s.Dim != want {
			t.Errorf("span of item %d: dim %v, want %v", s.Item, s.Dim, want)
		}
	}
}
