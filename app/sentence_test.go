package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data/project"
)

// entriesIn returns the entries below o, in order.
func entriesIn(o fyne.CanvasObject) []*widget.Entry {
	var entries []*widget.Entry
	walk(o, func(o fyne.CanvasObject) {
		if e, ok := asEntry(o); ok {
			entries = append(entries, e)
		}
	})
	return entries
}

// TestUI_NotesTags tags and notes an event in the pane: both are shown
// in the detail pane, saved in the project, and undone one by one.
func TestUI_NotesTags(t *testing.T) {
	u := newTestUI(t)
	id := selectFirst(t, u)
	u.detail.tagsEntry.SetText("energy, vote , energy,")
	test.Tap(u.detail.applyTags)
	u.detail.notesEntry.SetText("Ask the ministry which Thursday.\n")
	test.Tap(u.detail.applyNotes)
	e := eventOf(t, u, id)
	if strings.Join(e.Tags, "|") != "energy|vote" || e.Notes != "Ask the ministry which Thursday." {
		t.Fatalf("tags %q, notes %q", e.Tags, e.Notes)
	}
	if got := u.detail.notes.Text; !u.detail.notes.Visible() || got != "Tags: energy · vote\nNotes: Ask the ministry which Thursday." {
		t.Errorf("detail pane shows %q (visible %v)", got, u.detail.notes.Visible())
	}
	if u.undoItem.Label != "Undo “Edit Notes”" {
		t.Errorf("undo item %q", u.undoItem.Label)
	}
	path := filepath.Join(t.TempDir(), "tagged"+project.Ext)
	wait(t, u.saveTo(path, nil))
	v := New(u.app)
	wait(t, v.loadProject(path))
	if got := eventOf(t, v, id); got.Notes != e.Notes || len(got.Tags) != 2 {
		t.Errorf("reopened: tags %q, notes %q", got.Tags, got.Notes)
	}
	u.undo()
	if got := eventOf(t, u, id); got.Notes != "" || len(got.Tags) != 2 || u.detail.notesEntry.Text != "" {
		t.Errorf("after undoing the notes: tags %q, notes %q", got.Tags, got.Notes)
	}
	u.undo()
	if got := eventOf(t, u, id); len(got.Tags) != 0 || u.detail.notes.Visible() {
		t.Errorf("after undoing the tags: %q, shown %v", got.Tags, u.detail.notes.Visible())
	}
}

// TestUI_AddFromSentence makes an event of a sentence picked in the
// dialog: the date found in it is offered, the event stands for the
// sentence and is selected, and Undo removes it.
func TestUI_AddFromSentence(t *testing.T) {
	u := newTestUI(t)
	id := selectFirst(t, u)
	a, ok := u.articleOf(id)
	if !ok || u.detail.fromSentence.Disabled() {
		t.Fatal("no article for the first event")
	}
	n := len(u.Events())
	test.Tap(u.detail.fromSentence)
	overlay := u.win.Canvas().Overlays().Top()
	if overlay == nil || !hasText(overlay, "Add Event from a Sentence") {
		t.Fatal("no dialog")
	}
	var list *widget.List
	walk(overlay, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	})
	passages := a.Passages()
	pick := -1
	for i, p := range passages {
		if p.Date != "" && pick < 0 {
			pick = i
		}
	}
	if list == nil || list.Length() != len(passages) || pick < 0 {
		t.Fatalf("list of %d sentences, %d passages, one with a date at %d", list.Length(), len(passages), pick)
	}
	list.Select(pick)
	entries := entriesIn(overlay) // date, title
	if len(entries) != 2 || entries[0].Text != passages[pick].Date {
		t.Fatalf("the date offered is not the sentence's %q", passages[pick].Date)
	}
	entries[0].SetText("nonsense")
	if !hasTextContaining(overlay, "✗") {
		t.Error("a date that does not read is not said so")
	}
	entries[0].SetText("29 November 2024")
	entries[1].SetText("Picked by the analyst")
	tapButton(t, overlay, "Add Event")
	sel, ok := u.selectedID()
	e := eventOf(t, u, sel)
	if !ok || len(u.Events()) != n+1 || !e.Manual || e.Sentence != passages[pick].Text ||
		e.Value != "2024-11-29" || e.Title != "Picked by the analyst" {
		t.Fatalf("new event %+v selected %v, %d events of %d", e, ok, len(u.Events()), n)
	}
	u.undo()
	if len(u.Events()) != n {
		t.Errorf("after undo: %d events of %d", len(u.Events()), n)
	}
}

// TestUI_ArticleDialog retitles and re-dates an article from the pane:
// its relative dates re-resolve at once, a correction on it is kept, and
// each change is undone.
func TestUI_ArticleDialog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "talks.md")
	text := "---\ntitle: Talks\ndate: 2024-11-27\n---\nThe ministers met in Astana on Monday.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	u := New(test.NewTempApp(t))
	u.Window().Resize(fyne.NewSize(1200, 760))
	wait(t, u.Load([]string{path}))
	id := selectFirst(t, u)
	// 27 November 2024 was a Wednesday, so "on Monday" is the 25th.
	if e := eventOf(t, u, id); e.Value != "2024-11-25" {
		t.Fatalf("extracted %q", e.Value)
	}
	u.detail.titleEntry.SetText("Ministers meet")
	test.Tap(u.detail.applyTitle)

	test.Tap(u.detail.article)
	overlay := u.win.Canvas().Overlays().Top()
	entries := entriesIn(overlay) // title, published
	if len(entries) != 2 || entries[0].Text != "Talks" || entries[1].Text != "27 November 2024" {
		t.Fatalf("dialog entries %v", entries)
	}
	entries[0].SetText("Talks in Astana")
	entries[1].SetText("5 December 2024") // a Thursday: Monday is the 2nd
	if !hasTextContaining(overlay, "Thursday 5 December 2024") {
		t.Error("the new date is not read back")
	}
	tapButton(t, overlay, "Apply")
	e := eventOf(t, u, id)
	if e.Value != "2024-12-02" || e.Title != "Ministers meet" || e.Article.Title != "Talks in Astana" {
		t.Fatalf("after Apply: %q %q from %q", e.Value, e.Title, e.Article.Title)
	}
	if sel, _ := u.selectedID(); sel != id || !strings.Contains(u.detail.source.Text, "Talks in Astana") {
		t.Errorf("the pane does not show the re-dated event: %q", u.detail.source.Text)
	}
	if u.undoItem.Label != "Undo “Change Publication Date”" {
		t.Errorf("undo item %q", u.undoItem.Label)
	}
	u.undo()
	u.undo()
	if e := eventOf(t, u, id); e.Value != "2024-11-25" || e.Article.Title != "Talks" || e.Title != "Ministers meet" {
		t.Errorf("after two undos: %q from %q titled %q", e.Value, e.Article.Title, e.Title)
	}
}
