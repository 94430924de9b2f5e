package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data/extract"
)

// newTestUI opens the built-in briefing in a test window.
func newTestUI(t *testing.T) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	u := New(a)
	u.Window().Resize(fyne.NewSize(1200, 760))
	u.LoadSample()
	u.Window().Show()
	return u
}

func TestUI_LoadSample(t *testing.T) {
	u := newTestUI(t)
	if n := len(u.Events()); n < 20 {
		t.Fatalf("briefing has %d events", n)
	}
	if got := u.status.Text; !strings.Contains(got, "from 10 articles") {
		t.Errorf("status = %q", got)
	}
	if u.Timeline().Index().Len() != len(u.Events()) {
		t.Errorf("timeline shows %d items for %d events", u.Timeline().Index().Len(), len(u.Events()))
	}
}

// TestUI_ClickFillsDetail clicks an event's label on the canvas and checks
// the detail pane shows its title, date in words, sentence and source.
func TestUI_ClickFillsDetail(t *testing.T) {
	u := newTestUI(t)
	tl := u.Timeline()
	sc := tl.Scene()
	if sc == nil || len(sc.Labels) == 0 {
		t.Fatal("timeline drew no labels")
	}
	label := sc.Labels[0]
	e := u.Events()[label.Item]
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(tl)
	test.TapCanvas(u.Window().Canvas(), origin.Add(fyne.NewPos(label.X+label.W/2, label.Y+label.H/2)))

	if tl.Selected() != label.Item {
		t.Fatalf("selected %d, want %d", tl.Selected(), label.Item)
	}
	if u.detail.title.Text != e.Title {
		t.Errorf("detail title %q, want %q", u.detail.title.Text, e.Title)
	}
	if u.detail.date.Text != e.Span.Words() && !strings.HasSuffix(u.detail.date.Text, e.Span.Words()) {
		t.Errorf("detail date %q, want %q", u.detail.date.Text, e.Span.Words())
	}
	if got := u.detail.sentence.text; got != e.Sentence {
		t.Errorf("detail sentence %q, want %q", got, e.Sentence)
	}
	if !strings.Contains(u.detail.source.Text, e.Article.Title) || !strings.Contains(u.detail.source.Text, "published ") {
		t.Errorf("detail source %q lacks the article title and date", u.detail.source.Text)
	}

	test.TapCanvas(u.Window().Canvas(), origin.Add(fyne.NewPos(2, tl.Size().Height-2)))
	if tl.Selected() != -1 || u.detail.title.Text != "No event selected" {
		t.Errorf("tapping empty space kept selection %d, title %q", tl.Selected(), u.detail.title.Text)
	}
}

// TestUI_DetailStressesExpr checks the detail pane stresses exactly the
// date expression within its sentence.
func TestUI_DetailStressesExpr(t *testing.T) {
	u := newTestUI(t)
	for i, e := range u.Events() {
		u.timeline.Select(i)
		m := u.detail.sentence
		if got := m.text[m.start:m.end]; got != strings.ReplaceAll(e.Expr, "\n", " ") {
			t.Errorf("event %d: stressed %q, want %q", i, got, e.Expr)
		}
	}
	u.detail.sentence.set("No date here.", 5, 99)
	if m := u.detail.sentence; m.start != m.end {
		t.Error("out-of-range offsets should stress nothing")
	}
}

// TestUI_DateWords checks the date in words at each precision the
// briefing has, against dates worked out by hand.
func TestUI_DateWords(t *testing.T) {
	u := newTestUI(t)
	want := map[string]string{
		"2024-09":    "September 2024",
		"2024-W47":   "week of 18–24 November 2024",
		"2024-11-27": "Wednesday 27 November 2024",
	}
	for _, e := range u.Events() {
		if w, ok := want[e.Value]; ok && e.Mod == "" {
			if got := dateWords(e); got != w {
				t.Errorf("%s: %q, want %q", e.Value, got, w)
			}
			delete(want, e.Value)
		}
	}
	if len(want) > 0 {
		t.Errorf("briefing lacks events for %v", want)
	}
}

func TestUI_Grouping(t *testing.T) {
	u := newTestUI(t)
	u.timeline.Fit() // every event in view, so every lane has some
	u.timeline.Select(3)
	before := u.timeline.Scale()
	u.setGrouping(convert.GroupSource)
	sc := u.timeline.Scene()
	if len(sc.Lanes) != len(u.result.Articles) {
		t.Fatalf("grouped by source: %d lanes for %d articles", len(sc.Lanes), len(u.result.Articles))
	}
	if sc.Lanes[0].Name != u.result.Articles[0].Title {
		t.Errorf("first lane %q, want the first article's title", sc.Lanes[0].Name)
	}
	if u.timeline.Selected() != 3 || u.timeline.Scale() != before {
		t.Error("regrouping lost the selection or moved the view")
	}
	if !u.groups[convert.GroupSource].Checked || u.groups[convert.GroupNone].Checked {
		t.Error("menu does not show the grouping in use")
	}
	u.setGrouping(convert.GroupActor)
	if n := len(u.timeline.Scene().Lanes); n < 2 || n > maxActorLanes+1 {
		t.Errorf("grouped by actor: %d lanes", n)
	}
	u.setGrouping(convert.GroupTag)
	// The briefing's articles lead with five tags: war, energy, trade,
	// diplomacy, security.
	sc = u.timeline.Scene()
	if n := len(sc.Lanes); n != 5 {
		t.Errorf("grouped by tag: %d lanes, want 5", n)
	}
	// The timeline takes more of the window for lanes, so every lane keeps
	// a row for events besides the one for cluster badges.
	if drawn := len(sc.Points) + len(sc.Spans); drawn < len(sc.Lanes) {
		t.Errorf("grouped by tag: %d events drawn in %d lanes, the rest in clusters", drawn, len(sc.Lanes))
	}
	u.setGrouping(convert.GroupNone)
	if n := len(u.timeline.Scene().Lanes); n != 1 {
		t.Errorf("ungrouped: %d lanes", n)
	}
}

// TestUI_PublicationMarker checks that selecting an event marks its
// article's publication date on the timeline.
func TestUI_PublicationMarker(t *testing.T) {
	u := newTestUI(t)
	i := -1
	for j, e := range u.Events() {
		if e.Value == "2024-11-27" {
			i = j
		}
	}
	if i < 0 {
		t.Fatal("briefing has no event on 2024-11-27")
	}
	u.timeline.Select(i)
	u.timeline.SetScale(u.timeline.ScaleAround(i))
	x := u.timeline.Scale().X(u.Events()[i].Article.Published)
	found := false
	for _, m := range u.timeline.Scene().Markers {
		if m.Name == "highlight" && m.X > x-1 && m.X < x+1 {
			found = true
		}
	}
	if !found {
		t.Errorf("no publication marker at x=%v: %+v", x, u.timeline.Scene().Markers)
	}
	u.timeline.Select(-1)
	for _, m := range u.timeline.Scene().Markers {
		if m.Name == "highlight" {
			t.Error("publication marker kept after the selection was cleared")
		}
	}
}

// TestUI_BadFilesDialog loads a good article with three bad files and
// checks that the good one is shown and one dialog names every bad file.
func TestUI_BadFilesDialog(t *testing.T) {
	a := test.NewTempApp(t)
	u := New(a)
	u.Window().Resize(fyne.NewSize(1000, 700))
	u.Window().Show()
	dir := t.TempDir()
	files := map[string][]byte{
		"good.md":    []byte("---\ntitle: Vote\ndate: 2024-10-08\n---\nVoters backed the plant on Sunday, officials said.\n"),
		"blob.txt":   {0, 1, 2, 3, 0, 0, 'x'},
		"empty.txt":  nil,
		"nodate.txt": []byte("A headline\n\nSomething happened on Monday.\n"),
	}
	var paths []string
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	u.setResult(extract.Load(context.Background(), paths, time.Time{}, nil))

	if len(u.Events()) != 1 || u.Events()[0].Value != "2024-10-06" {
		t.Errorf("events = %d, want the good article's one event on 2024-10-06", len(u.Events()))
	}
	top := u.Window().Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no error dialog")
	}
	markup := test.RenderObjectToMarkup(top)
	for _, name := range []string{"blob.txt", "empty.txt", "nodate.txt"} {
		if !strings.Contains(markup, name) {
			t.Errorf("error dialog does not name %s", name)
		}
	}
	if strings.Contains(markup, "good.md") {
		t.Error("error dialog names the good file")
	}
}

// TestUI_MenuShortcutsMatchKeys checks that each menu shortcut has the name
// the desktop driver gives the key press (Ctrl+key on Linux), which is how
// Fyne finds the item to run.
func TestUI_MenuShortcutsMatchKeys(t *testing.T) {
	u := newTestUI(t)
	n := 0
	for _, m := range u.Window().MainMenu().Items {
		for _, item := range m.Items {
			ks, ok := item.Shortcut.(fyne.KeyboardShortcut)
			if !ok {
				continue
			}
			n++
			pressed := &desktop.CustomShortcut{KeyName: ks.Key(), Modifier: ks.Mod()}
			if item.Shortcut.ShortcutName() != pressed.ShortcutName() {
				t.Errorf("%s: shortcut named %q, the key press is %q", item.Label, item.Shortcut.ShortcutName(), pressed.ShortcutName())
			}
		}
	}
	if n < 5 {
		t.Errorf("only %d menu shortcuts", n)
	}
}

// TestUI_AddAndLoad adds a dropped file to the briefing, then loads files
// in place of it, both in the background.
func TestUI_AddAndLoad(t *testing.T) {
	u := newTestUI(t)
	before := len(u.Events())
	p := filepath.Join(t.TempDir(), "extra.md")
	text := "---\ntitle: Extra\ndate: 2024-12-02\n---\nThe ministers met on Monday in Astana.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	wait(t, u.addURIs([]fyne.URI{storage.NewFileURI(p)}))
	if len(u.Events()) != before+1 || len(u.result.Articles) != 11 {
		t.Fatalf("after adding: %d events from %d articles", len(u.Events()), len(u.result.Articles))
	}
	wait(t, u.Load([]string{p}))
	if len(u.Events()) != 1 || u.Events()[0].Value != "2024-12-02" || u.Window().Title() != "Dateline — "+p {
		t.Errorf("after loading: %d events, title %q", len(u.Events()), u.Window().Title())
	}
}

// TestUI_HoverShowsEvent moves the pointer onto a label and off again and
// checks the status line names the event, then the corpus.
func TestUI_HoverShowsEvent(t *testing.T) {
	u := newTestUI(t)
	l := u.timeline.Scene().Labels[0]
	e := u.Events()[l.Item]
	u.timeline.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(l.X+l.W/2, l.Y+l.H/2)}})
	if want := dateWords(e) + " — " + e.Title; !strings.HasPrefix(u.status.Text, want) {
		t.Errorf("status %q, want it to start %q", u.status.Text, want)
	}
	u.timeline.MouseOut()
	if u.status.Text != u.summary() {
		t.Errorf("status %q after the pointer left", u.status.Text)
	}
}
