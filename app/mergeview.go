package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/merge"
	"github.com/dateline/dateline/data/project"
)

// mergeView shows the reports of one happening as one event (View ▸
// Merge Reports, on by default): package merge groups the events shown,
// each group's finest report stands for it on the timeline with its
// source count, the others are left out of the drawing, and the detail
// pane lists every source with its sentence, the disagreements and the
// suggested merges, with Join and Split. Join and Split are edits of the
// project's kept joins, in the one Undo and Redo history with the other
// edits; every change merges the events afresh, making the analyst's
// joins again (mergekeep.go).
type mergeView struct {
	u    *UI
	on   bool
	item *fyne.MenuItem // View ▸ Merge Reports, checked when on
	res  merge.Result
	// group maps an event index to its group in res, -1 for none, and is
	// nil when res has none; hide marks the events drawn through another
	// report of their group.
	group []int
	hide  []bool
	box   *fyne.Container // the sources, disagreements and suggestions in the detail pane
	// gen counts the merges started, so a background merge whose events
	// have since changed is dropped; pending is true while one runs.
	gen     int
	pending bool
	merged  <-chan struct{} // closed when the last background merge is over, for tests
	// force merges a corpus larger than autoMergeLimit, as the analyst
	// asked by turning Merge Reports on for it; skipped says it was not.
	force, skipped bool
}

// Merging costs about 20 µs an event. Up to syncMergeLimit events it runs
// before the first frame, so the timeline opens merged; above, the
// timeline opens unmerged and the merge follows in the background; above
// autoMergeLimit (seconds of work and a gigabyte) it waits until the
// analyst turns Merge Reports on. Variables, so tests can lower them.
var (
	syncMergeLimit = 20_000
	autoMergeLimit = 200_000
)

// mergeStarts, when set, runs before each background merge: a test holds
// the merge there until the window it checks is built, as Fyne's test
// driver runs fyne.Do on the calling goroutine rather than the UI's.
var mergeStarts func()

func newMergeView(u *UI) *mergeView {
	m := &mergeView{u: u, on: true, box: u.detail.extra}
	m.item = fyne.NewMenuItem("Merge Reports", m.toggle)
	m.item.Checked = true
	return m
}

// menuItems are View ▸ Merge Reports and Disagreements.
func (m *mergeView) menuItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{fyne.NewMenuItemSeparator(), m.item,
		fyne.NewMenuItem("Disagreements…", func() { m.disagreements() })}
}

// items merges events afresh and returns items (made from events, index
// for index) with each group's label counting its sources; the events a
// group stands for are hidden (see marks).
func (m *mergeView) items(events []data.Event, items *convert.EventItems) *convert.EventItems {
	m.res = merge.Result{}
	m.gen++
	m.pending, m.skipped = false, false
	switch {
	case !m.on:
	case len(events) > autoMergeLimit && !m.force:
		m.skipped = true
	case len(events) > syncMergeLimit:
		m.background(slices.Clone(events))
	default:
		m.res = m.withJoins(merge.Merge(events, merge.DefaultOptions), len(events))
	}
	m.item.Checked = m.on && !m.skipped
	return m.relabel(items)
}

// withJoins makes the analyst's joins again in res, a merge of n events.
func (m *mergeView) withJoins(res merge.Result, n int) merge.Result {
	if len(m.u.ids) == n {
		return keptJoins(res, m.u.proj.Merges, m.u.ids)
	}
	return res
}

// background merges events off the UI thread and shows the result if
// the events shown are still the ones merged.
func (m *mergeView) background(events []data.Event) {
	gen := m.gen
	m.pending = true
	done := make(chan struct{})
	m.merged = done
	go func() {
		if mergeStarts != nil {
			mergeStarts()
		}
		res := merge.Merge(events, merge.DefaultOptions)
		fyne.Do(func() {
			defer close(done)
			if gen != m.gen {
				return
			}
			m.pending = false
			m.res = m.withJoins(res, len(events))
			m.redraw()
			m.u.status.SetText(m.u.summary())
		})
	}()
}

// relabel works out group and hide from m.res and marks the labels.
func (m *mergeView) relabel(items *convert.EventItems) *convert.EventItems {
	m.group, m.hide = nil, nil
	if len(m.res.Groups) > 0 { // none above autoMergeLimit: 8 MB saved at a million
		m.group = make([]int, items.Len())
		for i := range m.group {
			m.group[i] = -1
		}
	}
	for g, grp := range m.res.Groups {
		for k, i := range grp.Indexes {
			if i >= items.Len() {
				continue
			}
			m.group[i] = g
			if k > 0 {
				if m.hide == nil {
					m.hide = make([]bool, items.Len())
				}
				m.hide[i] = true
			}
		}
	}
	return items.LabelGroups(m.res)
}

// note is what the status line adds when reports were merged: how many
// events the timeline draws.
func (m *mergeView) note() string {
	switch {
	case m.pending:
		return " · merging reports of one happening…"
	case m.skipped:
		return fmt.Sprintf(" · reports not merged above %d events (View ▸ Merge Reports)", autoMergeLimit)
	}
	if n := len(m.res.Groups); n > 0 && n < len(m.group) {
		return fmt.Sprintf(" · %d after merging reports of one happening", n)
	}
	return ""
}

// hidden reports whether event i is drawn through another report.
func (m *mergeView) hidden(i int) bool { return i < len(m.hide) && m.hide[i] }

// toggle turns merging on or off, keeping the view.
func (m *mergeView) toggle() {
	if m.skipped {
		// Merge Reports was on but the corpus too large: turning it
		// "on" asks for this corpus to be merged.
		m.force = true
	} else {
		m.on = !m.on
	}
	m.item.Checked = m.on
	m.u.win.MainMenu().Refresh()
	m.u.updateResult(m.u.result)
}

// redraw shows a changed m.res without merging afresh.
func (m *mergeView) redraw() {
	u := m.u
	lanes, _ := convert.Lanes(u.result, u.groupBy, maxActorLanes)
	u.timeline.UpdateItemsOf(m.relabel(convert.NewEventItems(u.result, lanes)))
	u.find.eventsChanged()
	u.setMarks()
}

// join makes groups a and b one, selecting the merged event.
func (m *mergeView) join(a, b int) {
	r, err := m.res.Join(a, b)
	if err != nil {
		dialog.ShowError(err, m.u.win)
		return
	}
	show := m.representative(r, m.res.Groups[a].Indexes[0])
	m.edit("Join Reports", r, show, func(merges [][]project.EventID) [][]project.EventID {
		return keepJoin(merges, r.Groups[groupOf(r, show)], m.u.ids)
	})
}

// split takes report k out of group g, selecting what stays.
func (m *mergeView) split(g, k int) {
	r, err := m.res.Split(g, k)
	if err != nil {
		dialog.ShowError(err, m.u.win)
		return
	}
	idx := m.res.Groups[g].Indexes
	show := m.representative(r, idx[(k+1)%len(idx)])
	m.edit("Split Report", r, show, func(merges [][]project.EventID) [][]project.EventID {
		return keepSplit(merges, m.u.ids[idx[k]])
	})
}

// edit makes a Join or Split: when the events shown are the project's,
// through the project's history (change gives the kept joins after it),
// so that Edit ▸ Undo and Redo reverse it with the other edits and the
// project saves it; the timeline then merges afresh, making the kept
// joins. Events with no project (a synthetic corpus) take r as it is,
// with no undo. show is the event to select after.
func (m *mergeView) edit(name string, r merge.Result, show int, change func([][]project.EventID) [][]project.EventID) {
	if !m.projectEvents() {
		m.res = r
		m.redraw()
		m.u.timeline.Select(show)
		return
	}
	if m.u.do(project.SetMerges{Label: name, Merges: change(m.u.proj.Merges)}) == nil {
		m.u.timeline.Select(m.shown(show))
	}
}

// projectEvents reports whether the events shown are the project's,
// index for index with u.ids.
func (m *mergeView) projectEvents() bool {
	return len(m.u.ids) == len(m.u.result.Events) && len(m.u.ids) > 0
}

// shown returns the event that draws event i: i, or the report standing
// for its group when i is drawn through it.
func (m *mergeView) shown(i int) int {
	if i >= 0 && i < len(m.group) && m.group[i] >= 0 {
		return m.res.Groups[m.group[i]].Indexes[0]
	}
	return i
}

// representative returns the event standing for event i's group in r.
func (m *mergeView) representative(r merge.Result, i int) int {
	if g := groupOf(r, i); g >= 0 {
		return r.Groups[g].Indexes[0]
	}
	return i
}

// show lists the sources of event i's group in the detail pane, with its
// disagreements and the merges suggested for it.
func (m *mergeView) show(i int) {
	m.box.RemoveAll()
	if i < 0 || i >= len(m.group) || m.group[i] < 0 {
		return
	}
	g := m.group[i]
	grp := m.res.Groups[g]
	for _, d := range m.res.Disagreements {
		if d.A == g || d.B == g {
			l := widget.NewLabel(m.res.Describe(d))
			l.Importance = widget.WarningImportance
			l.Wrapping = fyne.TextWrapWord
			m.box.Add(l)
		}
	}
	for _, s := range m.res.Suggestions {
		if s.A == g || s.B == g {
			m.box.Add(m.suggestion(s, g))
		}
	}
	if len(grp.Reports) < 2 {
		return
	}
	m.box.Add(widget.NewLabelWithStyle(fmt.Sprintf("%d sources report this event", len(grp.Reports)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for k, e := range grp.Reports {
		m.box.Add(m.report(e, func() { m.split(g, k) }))
	}
}

// report is one source's line in the pane: its sentence with the date
// expression stressed, who said it and when, and Split.
func (m *mergeView) report(e data.Event, split func()) fyne.CanvasObject {
	s := newMarkedText(m.u.app)
	s.set(e.Sentence, e.ExprStart-e.SentenceStart, e.ExprEnd-e.SentenceStart)
	who := widget.NewLabel(reportSource(e.Article) + " · " + merge.SpanLabel(e.Span))
	who.Importance = widget.LowImportance
	btn := widget.NewButton("Split", split)
	return container.NewBorder(nil, nil, nil, container.NewVBox(btn), container.NewVBox(s, who))
}

// reportSource names a report's article: its headline and outlet, as
// several articles of one outlet may report one happening.
func reportSource(a *data.Article) string {
	if a == nil || a.Title == "" {
		return merge.SourceName(a)
	}
	if a.Outlet == "" {
		return "“" + a.Title + "”"
	}
	return "“" + a.Title + "”, " + a.Outlet
}

// suggestion offers to merge group g with the other group of s.
func (m *mergeView) suggestion(s merge.Suggestion, g int) fyne.CanvasObject {
	other := s.B
	if other == g {
		other = s.A
	}
	n := len(m.res.Groups[s.A].Reports) + len(m.res.Groups[s.B].Reports)
	text := fmt.Sprintf("%d reports of this event — merge? (with “%s”, %s)", n,
		m.res.Groups[other].Event.Title, merge.SourceName(m.res.Groups[other].Event.Article))
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, nil, widget.NewButton("Join", func() { m.join(s.A, s.B) }), l)
}

// disagreements lists, in View ▸ Disagreements, every pair of groups
// whose sources give dates that do not overlap; choosing one selects the
// earlier event.
func (m *mergeView) disagreements() dialog.Dialog {
	ds := m.res.Disagreements
	var content fyne.CanvasObject = widget.NewLabel("No sources disagree about a date.")
	if len(ds) > 0 {
		// Two lines a row, the happening and then who says what, so that
		// the dates stay in sight; the template's two lines size the rows.
		row := func() fyne.CanvasObject {
			l := widget.NewLabel("\n")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		}
		list := widget.NewList(func() int { return len(ds) }, row,
			func(id widget.ListItemID, o fyne.CanvasObject) {
				d := ds[id]
				o.(*widget.Label).SetText(m.res.Groups[d.A].Event.Title + "\n" + m.res.Describe(d))
			})
		list.OnSelected = func(id widget.ListItemID) { m.u.timeline.Select(m.res.Groups[ds[id].A].Indexes[0]) }
		content = list
	}
	d := dialog.NewCustom(fmt.Sprintf("Disagreements (%d)", len(ds)), "Close", content, m.u.win)
	d.Resize(fyne.NewSize(760, 360))
	d.Show()
	return d
}

// setMarks gives the timeline the search's fading and the merge's hiding
// when they changed: setting them lays the frame out again.
func (u *UI) setMarks() {
	dim, hide := u.find.dim, u.merges.hide
	if sameSlice(dim, u.marked.dim) && sameSlice(hide, u.marked.hide) {
		return
	}
	u.marked.dim, u.marked.hide = dim, hide
	u.timeline.SetMarks(dim, hide)
}

// marks are the slices last given to the timeline's SetMarks; the callers
// make new slices for new marks rather than change them in place.
type marks struct{ dim, hide []bool }

// sameSlice reports whether a and b are the same slice: both empty, or
// the same elements of the same array.
func sameSlice(a, b []bool) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
