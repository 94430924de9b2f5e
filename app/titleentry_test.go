package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestUI_TitleEntry types a title with a line break pasted in and Enter:
// Enter applies it as one line, and a long title wraps over more rows
// instead of scrolling.
func TestUI_TitleEntry(t *testing.T) {
	u := newTestUI(t)
	id := selectFirst(t, u)
	e := u.detail.titleEntry

	e.SetText("")
	test.Type(e, "Talks resume")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := eventOf(t, u, id).Title; got != "Talks resume" {
		t.Fatalf("title %q after typing and Enter, want %q", got, "Talks resume")
	}
	if e.Text != "Talks resume" {
		t.Errorf("Enter put a line break in the field: %q", e.Text)
	}

	e.SetText("Ministers\nagree")
	test.Tap(u.detail.applyTitle)
	if got := eventOf(t, u, id).Title; got != "Ministers agree" {
		t.Errorf("title %q from a field holding a line break, want %q", got, "Ministers agree")
	}

	e.Resize(fyne.NewSize(200, e.MinSize().Height))
	e.SetText("Voters in Kazakhstan will go to the polls to decide whether the country should build a nuclear power plant")
	short := e.MinSize().Height
	e.SetMinRowsVisible(1)
	if one := e.MinSize().Height; one >= short {
		t.Errorf("title field is %v high with two rows and %v with one: it does not give a long title more lines", short, one)
	}
}
