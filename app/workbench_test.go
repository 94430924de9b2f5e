package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data/project"
)

// selectFirst selects the briefing's first event and returns its identity.
func selectFirst(t *testing.T, u *UI) project.EventID {
	t.Helper()
	u.Timeline().Select(0)
	id, ok := u.selectedID()
	if !ok || !u.detail.box.Visible() {
		t.Fatal("selecting an event shows no edit controls")
	}
	return id
}

// eventOf returns the event id of the window's project, failing when it
// is gone.
func eventOf(t *testing.T, u *UI, id project.EventID) project.Event {
	t.Helper()
	e, ok := u.proj.Event(id)
	if !ok {
		t.Fatalf("event %s gone", id)
	}
	return e
}

// TestUI_EditDate types a date into the detail pane, sees it read back in
// words before it is applied, applies it, sees the event move on the
// timeline, then undoes it with Ctrl+Z and redoes it with Ctrl+Y and
// Ctrl+Shift+Z.
func TestUI_EditDate(t *testing.T) {
	u := newTestUI(t)
	id := selectFirst(t, u)
	before := eventOf(t, u, id)

	test.Type(u.detail.dateEntry, "28 Nov 2024")
	// Words and value checked against the calendar: 28 November 2024 is a
	// Thursday.
	if got := u.detail.reading.Text; !strings.Contains(got, "Thursday 28 November 2024") || u.detail.applyDate.Disabled() {
		t.Fatalf("preview %q, apply disabled %v", got, u.detail.applyDate.Disabled())
	}
	if eventOf(t, u, id).Value != before.Value {
		t.Fatal("typing changed the event before Apply")
	}
	test.Tap(u.detail.applyDate)
	after := eventOf(t, u, id)
	if after.Value != "2024-11-28" || !after.Corrected {
		t.Fatalf("after Apply: value %q corrected %v", after.Value, after.Corrected)
	}
	i := u.Timeline().Selected()
	if i < 0 || u.ids[i] != id || u.Events()[i].Value != "2024-11-28" {
		t.Fatalf("the timeline's selection %d is not the moved event", i)
	}
	if !strings.HasSuffix(u.win.Title(), "•") || u.undoItem.Label != "Undo “Change Date”" || u.undoItem.Disabled {
		t.Errorf("title %q, undo item %q disabled %v", u.win.Title(), u.undoItem.Label, u.undoItem.Disabled)
	}

	shortcuts := u.win.Canvas().(fyne.Shortcutable)
	shortcuts.TypedShortcut(ctrl(fyne.KeyZ))
	if got := eventOf(t, u, id); got.Value != before.Value || got.Corrected {
		t.Errorf("after Ctrl+Z: value %q, want %q", got.Value, before.Value)
	}
	if strings.HasSuffix(u.win.Title(), "•") || u.redoItem.Label != "Redo “Change Date”" || !u.undoItem.Disabled {
		t.Errorf("after undo: title %q, redo %q, undo disabled %v", u.win.Title(), u.redoItem.Label, u.undoItem.Disabled)
	}
	shortcuts.TypedShortcut(ctrl(fyne.KeyY))
	if got := eventOf(t, u, id); got.Value != "2024-11-28" {
		t.Errorf("after Ctrl+Y: value %q", got.Value)
	}
	shortcuts.TypedShortcut(ctrl(fyne.KeyZ))
	shortcuts.TypedShortcut(ctrlShift(fyne.KeyZ))
	if got := eventOf(t, u, id); got.Value != "2024-11-28" {
		t.Errorf("after Ctrl+Z, Ctrl+Shift+Z: value %q", got.Value)
	}
}

// TestUI_DatePreview checks the live reading of typed dates: each is
// read against the article's publication date or refused with a reason,
// and a refused one cannot be applied.
func TestUI_DatePreview(t *testing.T) {
	type previewCase struct {
		typed string
		words string // in the preview; "" when the date is refused
	}
	u := newTestUI(t)
	selectFirst(t, u)
	for _, c := range []previewCase{
		{"2024-W48", "25 November"}, // ISO week 48 of 2024 is 25 Nov–1 Dec
		{"late 2019", "late 2019"},
		{"nonsense words", ""},
		{"", ""},
	} {
		u.detail.dateEntry.SetText(c.typed)
		got, disabled := u.detail.reading.Text, u.detail.applyDate.Disabled()
		if c.words == "" {
			if !disabled {
				t.Errorf("%q: Apply enabled, preview %q", c.typed, got)
			}
			continue
		}
		if disabled || !strings.Contains(got, c.words) {
			t.Errorf("%q: preview %q (disabled %v), want %q", c.typed, got, disabled, c.words)
		}
	}
	if u.detail.dateEntry.SetText("nonsense words"); u.detail.reading.Importance != widget.DangerImportance {
		t.Errorf("a refused date is not shown as an error")
	}
}

// TestUI_EditTitleHideDelete retitles, hides and deletes through the
// controls and undoes all three back to the extracted state.
func TestUI_EditTitleHideDelete(t *testing.T) {
	u := newTestUI(t)
	id := selectFirst(t, u)
	original := eventOf(t, u, id)
	n := len(u.Events())

	u.detail.titleEntry.SetText("Summit moved")
	test.Tap(u.detail.applyTitle)
	if got := eventOf(t, u, id).Title; got != "Summit moved" {
		t.Fatalf("title %q after Retitle", got)
	}
	test.Tap(u.detail.hideButton)
	if len(u.Events()) != n-1 || !eventOf(t, u, id).Hidden || u.detail.box.Visible() {
		t.Fatalf("after Hide: %d events of %d, controls visible %v", len(u.Events()), n, u.detail.box.Visible())
	}
	u.undo() // Show again, selected
	u.Timeline().Select(0)
	if sel, _ := u.selectedID(); sel != id {
		t.Fatalf("after undoing Hide the first event is %s, want %s", sel, id)
	}
	test.Tap(u.detail.deleteButton)
	if _, ok := u.proj.Event(id); ok || len(u.Events()) != n-1 {
		t.Fatalf("after Delete: event still there, %d events", len(u.Events()))
	}
	for range 2 { // Delete, Change Title
		u.undo()
	}
	if got := eventOf(t, u, id); got.Title != original.Title || got.Hidden || got.Corrected || u.hist.Modified() {
		t.Errorf("after undoing all: %+v, modified %v", got, u.hist.Modified())
	}
}

// TestUI_SaveLoad saves an edited project, opens it in a new window and
// finds the correction, then undoes it there.
func TestUI_SaveLoad(t *testing.T) {
	u := newTestUI(t)
	id := selectFirst(t, u)
	original := eventOf(t, u, id)
	u.detail.dateEntry.SetText("2024-W48")
	test.Tap(u.detail.applyDate)
	path := filepath.Join(t.TempDir(), "briefing"+project.Ext)
	wait(t, u.saveTo(path, nil))
	if u.hist.Modified() || u.win.Title() != "Dateline — briefing" {
		t.Fatalf("after saving: modified %v, title %q", u.hist.Modified(), u.win.Title())
	}
	if info, err := os.Stat(path); err != nil || info.Size() == 0 {
		t.Fatalf("saved file: %v", err)
	}

	if recent := u.recentItem.ChildMenu.Items; u.recentItem.Disabled || len(recent) != 1 || !strings.HasPrefix(recent[0].Label, "briefing — ") {
		t.Errorf("File ▸ Open Recent after saving: %v", recent)
	}

	v := New(u.app) // the same preferences: the project is recent there too
	if len(v.recentItem.ChildMenu.Items) != 1 {
		t.Fatalf("a new window lists %d recent projects", len(v.recentItem.ChildMenu.Items))
	}
	wait(t, v.loadProject(path))
	if v.win.Title() != "Dateline — briefing" || len(v.Events()) != len(u.Events()) {
		t.Fatalf("reopened: title %q, %d events of %d", v.win.Title(), len(v.Events()), len(u.Events()))
	}
	if got := eventOf(t, v, id); got.Value != "2024-W48" || !got.Corrected {
		t.Errorf("reopened event: value %q corrected %v", got.Value, got.Corrected)
	}
	// The correction is a stored override: reverting it is one undoable
	// change in the reopened window.
	v.Timeline().Select(slices.Index(v.ids, id))
	if !v.detail.revertButton.Visible() {
		t.Fatal("no Revert for a corrected event")
	}
	test.Tap(v.detail.revertButton)
	if got := eventOf(t, v, id); got.Value != original.Value {
		t.Errorf("reverted: value %q, want %q", got.Value, original.Value)
	}
}

// TestUI_LoadBadProject opens a damaged project: the error names the
// file and the window keeps its project.
func TestUI_LoadBadProject(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "broken"+project.Ext)
	if err := os.WriteFile(path, []byte(`{"version": 1, "articles": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	n := len(u.Events())
	wait(t, u.loadProject(path))
	overlay := u.win.Canvas().Overlays().Top()
	if overlay == nil || !hasTextContaining(overlay, "broken"+project.Ext) || len(u.Events()) != n {
		t.Errorf("damaged file: dialog %v, %d events of %d", overlay != nil, len(u.Events()), n)
	}
}

// TestUI_UnsavedPrompt checks closing and File ▸ New over unsaved work ask
// first, and that each answer does what it says.
func TestUI_UnsavedPrompt(t *testing.T) {
	type promptCase struct {
		name   string
		action func(u *UI)
		answer string
		// emptied says whether the project was replaced by a new one.
		emptied bool
	}
	for _, c := range []promptCase{
		{"new, cancel", (*UI).newFile, "Cancel", false},
		{"new, don't save", (*UI).newFile, "Don't Save", true},
		{"close, cancel", (*UI).closeWindow, "Cancel", false},
		{"quit, cancel", func(u *UI) { quitItem(t, u).Action() }, "Cancel", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			u := newTestUI(t)
			selectFirst(t, u)
			test.Tap(u.detail.hideButton)
			c.action(u)
			overlay := u.win.Canvas().Overlays().Top()
			if overlay == nil || !hasText(overlay, "Unsaved changes") {
				t.Fatal("no prompt over unsaved work")
			}
			tapButton(t, overlay, c.answer)
			if got := len(u.proj.Articles()) == 0; got != c.emptied {
				t.Errorf("project emptied %v, want %v", got, c.emptied)
			}
			if c.answer == "Cancel" && !u.hist.Modified() {
				t.Error("Cancel dropped the unsaved mark")
			}
		})
	}
	u := newTestUI(t)
	u.newFile() // nothing unsaved: no question
	if u.win.Canvas().Overlays().Top() != nil || len(u.proj.Articles()) != 0 || u.win.Title() != "Dateline — Untitled" {
		t.Errorf("New on a saved project: title %q", u.win.Title())
	}
}

// quitItem is File ▸ Quit.
func quitItem(t *testing.T, u *UI) *fyne.MenuItem {
	t.Helper()
	for _, item := range u.win.MainMenu().Items[0].Items {
		if item.IsQuit {
			return item
		}
	}
	t.Fatal("no File ▸ Quit")
	return nil
}

// tapButton taps the button labelled text below o.
func tapButton(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	var found *widget.Button
	walk(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no %q button", text)
	}
	test.Tap(found)
}

// hasTextContaining reports whether a label below o contains s.
func hasTextContaining(o fyne.CanvasObject, s string) bool {
	found := false
	walk(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, s) {
			found = true
		}
	})
	return found
}

// TestUI_AddEvent adds an event by hand through Edit ▸ Add Event… and
// undoes it.
func TestUI_AddEvent(t *testing.T) {
	u := newTestUI(t)
	n := len(u.Events())
	d := u.addEventDialog()
	defer d.Hide()
	overlay := u.win.Canvas().Overlays().Top()
	var entries []*widget.Entry
	walk(overlay, func(o fyne.CanvasObject) {
		if e, ok := asEntry(o); ok {
			entries = append(entries, e)
		}
	})
	if len(entries) != 2 {
		t.Fatalf("%d entries in the dialog", len(entries))
	}
	entries[0].SetText("Talks resume")
	entries[1].SetText("3 December 2024")
	tapButton(t, overlay, "Add")
	if len(u.Events()) != n+1 || u.undoItem.Label != "Undo “Add Event”" {
		t.Fatalf("after Add: %d events of %d, undo %q", len(u.Events()), n, u.undoItem.Label)
	}
	u.undo()
	if len(u.Events()) != n {
		t.Errorf("after undo: %d events of %d", len(u.Events()), n)
	}
}

// TestUI_UndatedAsksDate opens an article with no publication date: the
// window asks for one, suggesting the file's modification date, and
// dating it derives its events; Undo makes it undated again.
func TestUI_UndatedAsksDate(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "nodate.txt")
	if err := os.WriteFile(path, []byte("Talks in Astana\n\nThe ministers met in Astana on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	modified := time.Date(2024, 11, 27, 12, 0, 0, 0, time.Local)
	if err := os.Chtimes(path, modified, modified); err != nil {
		t.Fatal(err)
	}
	wait(t, u.Load([]string{path}))
	overlay := u.win.Canvas().Overlays().Top()
	if overlay == nil || !hasText(overlay, "Publication date") {
		t.Fatal("no question for the publication date")
	}
	var entry *widget.Entry
	walk(overlay, func(o fyne.CanvasObject) {
		if e, ok := asEntry(o); ok {
			entry = e
		}
	})
	if entry == nil || entry.Text != "27 November 2024" {
		t.Fatalf("suggested date %v", entry)
	}
	tapButton(t, overlay, "Set Date")
	a := u.proj.Articles()[0]
	// 27 November 2024 was a Wednesday, so "on Monday" is the 25th.
	if a.Undated() || len(u.Events()) != 1 || u.Events()[0].Value != "2024-11-25" {
		t.Fatalf("after dating: undated %v, %d events", a.Undated(), len(u.Events()))
	}
	u.undo()
	if !u.proj.Articles()[0].Undated() || len(u.Events()) != 0 {
		t.Errorf("after undo: %d events", len(u.Events()))
	}
}

// TestUI_Workbench is the walk-through: open three articles,
// correct two dates, retitle one event, hide one, add one by hand, save,
// quit, reopen in a new window and find everything as it was left; then
// undo the five changes there one by one back to the extracted state.
func TestUI_Workbench(t *testing.T) {
	dir := t.TempDir()
	articles := map[string]string{ // our own sentences
		"a.md": "---\ntitle: Rates\ndate: 2024-11-25\n---\nThe central bank is widely expected to cut rates on Thursday.\n",
		"b.md": "---\ntitle: Port\ndate: 2024-11-26\n---\nThe new port terminal opened last week, officials said.\n",
		"c.md": "---\ntitle: Rail\ndate: 2024-11-27\n---\nWork on the rail link will start in March.\n",
	}
	var paths []string
	for name, text := range articles {
		paths = append(paths, filepath.Join(dir, name))
		if err := os.WriteFile(paths[len(paths)-1], []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	u := New(test.NewTempApp(t))
	u.Window().Resize(fyne.NewSize(1200, 760))
	u.Window().Show()
	wait(t, u.Load(paths))
	extracted := u.proj.Events()
	if len(extracted) != 3 {
		t.Fatalf("%d events from the three articles", len(extracted))
	}
	// edit selects the extracted event n on the timeline, where edits may
	// have moved it, and works the detail pane's controls.
	edit := func(n int, f func()) {
		u.Timeline().Select(slices.Index(u.ids, extracted[n].ID))
		if id, _ := u.selectedID(); id != extracted[n].ID {
			t.Fatalf("cannot select event %d", n)
		}
		f()
	}
	edit(0, func() { u.detail.dateEntry.SetText("28 Nov 2024"); test.Tap(u.detail.applyDate) })
	edit(1, func() { u.detail.dateEntry.SetText("2024-W48"); test.Tap(u.detail.applyDate) })
	edit(2, func() { u.detail.titleEntry.SetText("Rail works begin"); test.Tap(u.detail.applyTitle) })
	edit(1, func() { test.Tap(u.detail.hideButton) })
	if err := u.do(project.AddEvent{Title: "Briefing for the minister", Date: "2 December 2024"}); err != nil {
		t.Fatal(err)
	}
	want := map[project.EventID]string{ // what each edit did
		extracted[0].ID: "2024-11-28", extracted[1].ID: "2024-W48 hidden", extracted[2].ID: "Rail works begin",
	}
	for _, e := range u.proj.Events() {
		got := map[bool]string{false: e.Value, true: e.Value + " hidden"}[e.Hidden]
		if e.ID == extracted[2].ID {
			got = e.Title
		}
		if w, ok := want[e.ID]; ok && got != w {
			t.Errorf("event %s: %q, want %q", e.ID, got, w)
		}
	}
	u.scenes.add(u.captureScene("Rates"))
	u.setGrouping(convert.GroupSource)
	path := filepath.Join(dir, "work"+project.Ext)
	wait(t, u.saveTo(path, nil))

	v := New(test.NewTempApp(t))
	wait(t, v.Load([]string{path}))
	if got, want := describe(v.proj.Events()), describe(u.proj.Events()); got != want {
		t.Errorf("reopened:\n%s\nleft:\n%s", got, want)
	}
	if v.unsaved() || strings.HasSuffix(v.win.Title(), "•") {
		t.Error("a reopened project is marked unsaved")
	}
	if len(v.scenes.scenes) != 1 || v.scenes.scenes[0].Name != "Rates" || v.groupBy != convert.GroupSource {
		t.Errorf("reopened: scenes %+v, grouping %q", v.scenes.scenes, v.groupBy)
	}
	u.win.Close() // quit: the file is all that is left

	// In the reopened window the Edit menu names each change, last first,
	// and Ctrl+Z undoes it, back to the extracted state.
	shortcuts := v.win.Canvas().(fyne.Shortcutable)
	for _, name := range []string{"Add Event", "Hide Event", "Change Title", "Change Date", "Change Date"} {
		if want := "Undo “" + name + "”"; v.undoItem.Label != want || v.undoItem.Disabled {
			t.Fatalf("reopened: undo item %q, want %q", v.undoItem.Label, want)
		}
		shortcuts.TypedShortcut(ctrl(fyne.KeyZ))
	}
	if got, want := describe(v.proj.Events()), describe(extracted); got != want {
		t.Errorf("after five undos in the reopened window:\n%s\nextracted:\n%s", got, want)
	}
	if v.undoItem.Label != "Undo" || !v.undoItem.Disabled || !strings.HasSuffix(v.win.Title(), "•") {
		t.Errorf("undo item %q, title %q after undoing everything", v.undoItem.Label, v.win.Title())
	}
}

// describe lists events one a line: identity, value, title, hidden.
func describe(events []project.Event) string {
	var b strings.Builder
	for _, e := range events {
		fmt.Fprintf(&b, "%s %s %q hidden=%v\n", e.ID, e.Value, e.Title, e.Hidden)
	}
	return b.String()
}

// TestUI_SceneFollowsEdit saves a scene on an event, moves the event by
// correcting its date, and checks the scene still selects it.
func TestUI_SceneFollowsEdit(t *testing.T) {
	u := newTestUI(t)
	id := selectFirst(t, u)
	u.scenes.add(u.captureScene("First"))
	if !strings.HasSuffix(u.win.Title(), "•") {
		t.Errorf("title %q after saving a scene: the project file keeps scenes", u.win.Title())
	}
	u.detail.dateEntry.SetText("28 Nov 2024")
	test.Tap(u.detail.applyDate)
	if i := u.scenes.scenes[0].Selected; i < 0 || u.ids[i] != id {
		t.Errorf("the scene selects event %d, not the one it was saved on", i)
	}
	u.do(project.Delete{Event: id})
	if i := u.scenes.scenes[0].Selected; i != -1 {
		t.Errorf("the scene of a deleted event selects %d", i)
	}
}

// TestUI_AutosaveRecovery autosaves an edited project, then, as after a
// crash, a new window offers to restore it and restores it unsaved;
// saving removes the recovery file, and Discard does too.
func TestUI_AutosaveRecovery(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), recoveryName)
	u.startRecovery(path)
	if u.autosave() != nil {
		t.Fatal("autosaved with nothing unsaved")
	}
	id := selectFirst(t, u)
	u.detail.dateEntry.SetText("28 Nov 2024")
	test.Tap(u.detail.applyDate)
	wait(t, u.autosave())
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no recovery file: %v", err)
	}
	if u.autosave() != nil {
		t.Error("autosaved again with no new change")
	}

	v := New(u.app) // the next start
	v.startRecovery(path)
	d := v.offerRecovery()
	if d == nil || !hasText(v.win.Canvas().Overlays().Top(), "Restore unsaved work") {
		t.Fatal("no offer to restore")
	}
	d.Hide()
	wait(t, v.restoreRecovery())
	if got := eventOf(t, v, id); got.Value != "2024-11-28" || !v.unsaved() || v.win.Title() != "Dateline — Recovered work •" {
		t.Fatalf("restored: value %q, unsaved %v, title %q", got.Value, v.unsaved(), v.win.Title())
	}
	wait(t, v.saveTo(filepath.Join(t.TempDir(), "kept"+project.Ext), nil))
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("recovery file left after saving: %v", err)
	}

	// Work on a project that has a file is restored as that file: Save
	// writes back there.
	file := filepath.Join(t.TempDir(), "briefing"+project.Ext)
	wait(t, v.saveTo(file, nil))
	v.Timeline().Select(0)
	test.Tap(v.detail.hideButton)
	wait(t, v.autosave())
	x := New(u.app)
	x.startRecovery(path)
	if d := x.offerRecovery(); d == nil || !hasTextContaining(x.win.Canvas().Overlays().Top(), "on “briefing”") {
		t.Fatal("the offer does not name the project the work belongs to")
	} else {
		d.Hide()
	}
	wait(t, x.restoreRecovery())
	if x.path != file || x.win.Title() != "Dateline — briefing •" {
		t.Fatalf("restored: path %q, title %q", x.path, x.win.Title())
	}
	wait(t, x.save(nil)) // File ▸ Save: no Save As, back to the project's file
	x.undo()             // the history came back too
	if q, err := project.LoadFile(file); err != nil || len(q.Visible()) != len(v.proj.Visible()) {
		t.Errorf("saving the restored work did not write it to %s (%v)", file, err)
	}
	if _, err := os.Stat(path + sourceSuffix); !os.IsNotExist(err) {
		t.Errorf("source record left after saving: %v", err)
	}
	if x.hist.RedoName() != "Hide Event" {
		t.Errorf("restored history: redo %q", x.hist.RedoName())
	}

	test.Tap(u.detail.hideButton) // more unsaved work, then Discard at the next start
	wait(t, u.autosave())
	w := New(u.app)
	w.startRecovery(path)
	w.offerRecovery()
	tapButton(t, w.win.Canvas().Overlays().Top(), "Discard")
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("recovery file left after Discard: %v", err)
	}
	if w.offerRecovery() != nil {
		t.Error("offered again after Discard")
	}
}
