package app

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/merge"
	"github.com/dateline/dateline/data/project"
)

// atacmsGroup returns the group of the 19 November ATACMS strike, which
// the briefing reports in three articles (data/merge's briefing golden).
func atacmsGroup(t *testing.T, u *UI) int {
	t.Helper()
	for g, grp := range u.merges.res.Groups {
		if strings.Contains(grp.Event.Title, "ATACMS") && grp.Event.Value == "2024-11-19" {
			return g
		}
	}
	t.Fatal("no ATACMS group in the merged briefing")
	return -1
}

// buttons returns the buttons in the detail pane's extra box labelled text.
func buttons(u *UI, text string) []*widget.Button {
	var out []*widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Button:
			if w.Text == text {
				out = append(out, w)
			}
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(u.detail.extra)
	return out
}

// TestMergeView_Briefing checks that the ATACMS strike is one event on the
// timeline with its sources counted, the others hidden, that the detail
// pane lists every source with Split, and that Split is in the window's
// history: Ctrl+Z joins the report again, Ctrl+Shift+Z splits it again.
func TestMergeView_Briefing(t *testing.T) {
	u := newTestUI(t)
	g := atacmsGroup(t, u)
	grp := u.merges.res.Groups[g]
	rep := grp.Indexes[0]
	if n := len(grp.Reports); n != 3 {
		t.Fatalf("ATACMS group has %d reports, want 3", n)
	}
	if label := u.Timeline().Index().Item(rep).Label; !strings.HasSuffix(label, " · 3 sources") {
		t.Errorf("label %q does not count its sources", label)
	}
	for _, i := range grp.Indexes[1:] {
		if !u.merges.hidden(i) {
			t.Errorf("report %d of the group is drawn too", i)
		}
	}
	groups := len(u.merges.res.Groups)

	u.Timeline().Select(rep)
	splits := buttons(u, "Split")
	if len(splits) != 3 {
		t.Fatalf("detail pane offers %d Split buttons, want one per source", len(splits))
	}
	test.Tap(splits[2])
	if got := len(u.merges.res.Groups); got != groups+1 {
		t.Errorf("after Split: %d groups, want %d", got, groups+1)
	}
	if u.merges.hidden(grp.Indexes[2]) {
		t.Error("the report split off is still hidden")
	}
	if u.undoItem.Disabled || u.undoItem.Label != "Undo “Split Report”" || !strings.HasSuffix(u.win.Title(), "•") {
		t.Errorf("after Split: undo item %q disabled %v, title %q", u.undoItem.Label, u.undoItem.Disabled, u.win.Title())
	}
	// Ctrl+Z as the desktop driver sends it: Undo, to the canvas when the
	// focused widget (the Split button, now gone) takes no shortcuts.
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	if got := len(u.merges.res.Groups); got != groups || !u.merges.hidden(grp.Indexes[2]) {
		t.Errorf("after Ctrl+Z: %d groups (want %d), report hidden %v", got, groups, u.merges.hidden(grp.Indexes[2]))
	}
	shortcuts := u.win.Canvas().(fyne.Shortcutable)
	if sel := u.Timeline().Selected(); u.merges.hidden(sel) {
		t.Errorf("after Ctrl+Z the selection %d is a report drawn through its group", sel)
	}
	shortcuts.TypedShortcut(ctrlShift(fyne.KeyZ))
	if got := len(u.merges.res.Groups); got != groups+1 || u.merges.hidden(grp.Indexes[2]) {
		t.Errorf("after Ctrl+Shift+Z: %d groups (want %d), report hidden %v", got, groups+1, u.merges.hidden(grp.Indexes[2]))
	}
	u.refresh(false) // merged afresh, as after any other edit: the split stays
	if got := len(u.merges.res.Groups); got != groups+1 {
		t.Errorf("after merging afresh: %d groups, want the split %d", got, groups+1)
	}
}

// suggested opens the briefing and returns its merge and first
// suggestion; the briefing golden of data/merge offers two.
func suggested(t *testing.T) (*UI, merge.Result, merge.Suggestion) {
	t.Helper()
	u := newTestUI(t)
	res := u.merges.res
	if len(res.Suggestions) == 0 {
		t.Fatal("the merge offers nothing for the briefing")
	}
	return u, res, res.Suggestions[0]
}

// TestMergeView_Suggestion joins the groups of a suggested merge from the
// detail pane, undoes it with Edit ▸ Undo and redoes it with Ctrl+Y.
func TestMergeView_Suggestion(t *testing.T) {
	u, res, s := suggested(t)
	u.Timeline().Select(res.Groups[s.A].Indexes[0])
	joins := buttons(u, "Join")
	if len(joins) == 0 {
		t.Fatal("no Join offered for a suggested merge")
	}
	test.Tap(joins[0])
	if got := len(u.merges.res.Groups); got != len(res.Groups)-1 {
		t.Errorf("after Join: %d groups, want %d", got, len(res.Groups)-1)
	}
	if !u.merges.hidden(res.Groups[s.B].Indexes[0]) && !u.merges.hidden(res.Groups[s.A].Indexes[0]) {
		t.Error("after Join both events are still drawn")
	}
	if u.undoItem.Label != "Undo “Join Reports”" {
		t.Errorf("after Join the undo item says %q", u.undoItem.Label)
	}
	u.undoItem.Action()
	if got := len(u.merges.res.Groups); got != len(res.Groups) {
		t.Errorf("after Undo: %d groups, want %d", got, len(res.Groups))
	}
	if u.merges.hidden(res.Groups[s.A].Indexes[0]) || u.merges.hidden(res.Groups[s.B].Indexes[0]) {
		t.Error("after Undo an event of the two groups is still drawn through the other")
	}
	u.timeline.TypedShortcut(&fyne.ShortcutRedo{}) // Ctrl+Y as the driver sends it, the timeline focused
	if got := len(u.merges.res.Groups); got != len(res.Groups)-1 {
		t.Errorf("after Ctrl+Y: %d groups, want %d", got, len(res.Groups)-1)
	}
}

// TestMergeView_Toggle turns View ▸ Merge Reports off and on.
func TestMergeView_Toggle(t *testing.T) {
	u := newTestUI(t)
	u.merges.item.Action()
	if u.merges.item.Checked || u.merges.hide != nil {
		t.Fatal("Merge Reports off still hides reports")
	}
	for i := range u.Events() {
		if strings.Contains(u.Timeline().Index().Item(i).Label, " sources") {
			t.Fatalf("label %q counts sources with merging off", u.Timeline().Index().Item(i).Label)
		}
	}
	u.merges.item.Action()
	if !u.merges.item.Checked || u.merges.hide == nil {
		t.Error("Merge Reports on again hides nothing")
	}
}

// TestMergeView_KeyboardSkipsReports steps through every event with the
// keyboard and never lands on a report drawn through its group.
func TestMergeView_KeyboardSkipsReports(t *testing.T) {
	u := newTestUI(t)
	for range len(u.Events()) {
		u.Timeline().Step(1)
		if u.merges.hidden(u.Timeline().Selected()) {
			t.Fatalf("stepping selected hidden report %d", u.Timeline().Selected())
		}
	}
}

// TestMergeView_Disagreements opens two articles of our own that give
// one strike different days: the detail pane and View ▸ Disagreements
// both say so, and the label marks the dates disputed.
func TestMergeView_Disagreements(t *testing.T) {
	u := New(test.NewTempApp(t))
	u.Window().Resize(fyne.NewSize(1200, 760))
	pub := time.Date(2024, 11, 22, 0, 0, 0, 0, time.UTC)
	text := " Ukraine struck an arms depot in the Bryansk region with ATACMS missiles, the general staff said."
	p, errs := newProject([]*data.Article{
		{Title: "Depot hit", Source: "a.md", Outlet: "Daily A", Published: pub, Text: "On 19 November 2024" + text},
		{Title: "Strike on depot", Source: "b.md", Outlet: "Daily B", Published: pub, Text: "On 20 November 2024" + text},
	})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	u.setProject(p, "", "disagree")
	ds := u.merges.res.Disagreements
	if len(ds) != 1 {
		t.Fatalf("%d disagreements, want 1", len(ds))
	}
	d := u.merges.disagreements()
	defer d.Hide()
	rep := u.merges.res.Groups[ds[0].A].Indexes[0]
	if label := u.Timeline().Index().Item(rep).Label; !strings.HasSuffix(label, " · dates disputed") {
		t.Errorf("label %q does not mark the dispute", label)
	}
	u.Timeline().Select(rep)
	if got, want := detailText(u), "Sources disagree: 19 Nov 2024 (Daily A) vs 20 Nov 2024 (Daily B)"; !strings.Contains(got, want) {
		t.Errorf("detail pane says %q, want %q", got, want)
	}
}

// detailText joins the labels of the detail pane's extra box.
func detailText(u *UI) string {
	var b strings.Builder
	for _, o := range u.detail.extra.Objects {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// TestMergeView_JoinKept joins a suggested pair and checks the join is
// kept in the project: it survives the events being merged afresh (as
// after an edit) and a save and reload, with its history: the reopened
// project undoes the join, and a later Split keeps the report apart.
func TestMergeView_JoinKept(t *testing.T) {
	u, res, s := suggested(t)
	u.merges.join(s.A, s.B)
	if len(u.proj.Merges) != 1 || len(u.proj.Merges[0]) < 2 {
		t.Fatalf("project keeps merges %v after a join", u.proj.Merges)
	}
	joined := len(res.Groups) - 1
	u.refresh(false)
	if got := len(u.merges.res.Groups); got != joined {
		t.Errorf("after merging afresh: %d groups, want the joined %d", got, joined)
	}
	var b bytes.Buffer
	if err := u.hist.Save(&b); err != nil {
		t.Fatal(err)
	}
	p, err := project.Load(&b, "joined.dateline")
	if err != nil {
		t.Fatal(err)
	}
	u.setProject(p, "", "joined")
	if got := len(u.merges.res.Groups); got != joined {
		t.Errorf("after reloading: %d groups, want the joined %d", got, joined)
	}
	if u.undoItem.Label != "Undo “Join Reports”" {
		t.Fatalf("the reopened project's undo item says %q", u.undoItem.Label)
	}
	u.undo()
	if got := len(u.merges.res.Groups); got != len(res.Groups) || len(u.proj.Merges) != 0 {
		t.Errorf("after undoing the reopened join: %d groups, %d kept merges; want %d and 0", got, len(u.proj.Merges), len(res.Groups))
	}
	u.redo()
	if got := len(u.merges.res.Groups); got != joined || len(u.proj.Merges) != 1 {
		t.Errorf("after Redo: %d groups, %d kept merges; want %d and 1", got, len(u.proj.Merges), joined)
	}
	g := groupOf(u.merges.res, slices.Index(u.ids, u.proj.Merges[0][0]))
	if g < 0 {
		t.Fatal("the kept join's event is in no group")
	}
	out := u.ids[u.merges.res.Groups[g].Indexes[0]]
	u.merges.split(g, 0)
	for _, m := range u.proj.Merges {
		if len(m) > 1 && slices.Contains(m, out) {
			t.Errorf("the report split off is still in the kept merge %v", m)
		}
	}
	if !slices.ContainsFunc(u.proj.Merges, func(m []project.EventID) bool { return len(m) == 1 && m[0] == out }) {
		t.Errorf("the report split off is not kept apart: %v", u.proj.Merges)
	}
}

// TestMergeView_Large checks the sizes where merging changes course: above
// syncMergeLimit the timeline opens unmerged and the merge follows in the
// background; above autoMergeLimit it waits until Merge Reports is chosen.
func TestMergeView_Large(t *testing.T) {
	defer func(s, a int) { syncMergeLimit, autoMergeLimit = s, a }(syncMergeLimit, autoMergeLimit)
	syncMergeLimit, autoMergeLimit = 10, 1000
	gate := make(chan struct{}, 1)
	mergeStarts = func() { <-gate }
	defer func() { mergeStarts = nil }()
	u := newTestUI(t)
	if !strings.Contains(u.summary(), "merging reports") || u.merges.hide != nil {
		t.Fatalf("status %q: the briefing's merge did not wait for the background", u.summary())
	}
	gate <- struct{}{}
	<-u.merges.merged
	if u.merges.pending || u.merges.hide == nil {
		t.Fatal("the background merge was not shown")
	}
	atacmsGroup(t, u)

	autoMergeLimit = 10
	u.setResult(u.result)
	if !u.merges.skipped || u.merges.hide != nil || u.merges.item.Checked {
		t.Fatal("a corpus above autoMergeLimit was merged without asking")
	}
	if !strings.Contains(u.summary(), "not merged") {
		t.Errorf("status %q does not say the reports are not merged", u.summary())
	}
	syncMergeLimit = 1000
	u.merges.item.Action()
	if u.merges.hide == nil || !u.merges.item.Checked {
		t.Error("choosing Merge Reports did not merge the large corpus")
	}
}
