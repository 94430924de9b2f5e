package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/timeline"
)

// finder is the search bar above the timeline (Ctrl+F): as the analyst
// types, the events whose title, sentence, article title, source or tags
// hold every word stay bright and the others fade; Enter or F3 selects
// the next match in time order and brings it into view, Shift+Enter or
// Shift+F3 the previous, and Esc closes the bar and clears the search.
type finder struct {
	u      *UI
	entry  *findEntry
	count  *widget.Label
	bar    *fyne.Container
	search *timeline.Search // built on the first query after the events change
	hits   []int            // the matches, item indices in time order
	dim    []bool           // the events faded, nil when not searching
	at     int              // the selected match's position in hits, or -1
}

func newFinder(u *UI) *finder {
	f := &finder{u: u, count: widget.NewLabel(""), at: -1}
	f.entry = newFindEntry(f)
	f.entry.SetPlaceHolder("Find events: words of a title, sentence, source or tag")
	f.entry.OnChanged = f.changed
	prev := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { f.step(-1) })
	next := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { f.step(1) })
	done := widget.NewButtonWithIcon("", theme.CancelIcon(), f.close)
	f.bar = container.NewBorder(nil, nil, nil, container.NewHBox(f.count, prev, next, done), f.entry)
	f.bar.Hide()
	return f
}

// menuItems are View ▸ Find, Find Next and Find Previous; F3 and
// Shift+F3 reach the finder through the keys (see findEntry and handleKey).
func (f *finder) menuItems() []*fyne.MenuItem {
	find := fyne.NewMenuItem("Find…", f.open)
	find.Shortcut = ctrl(fyne.KeyF)
	next := fyne.NewMenuItem("Find Next", func() { f.step(1) })
	prev := fyne.NewMenuItem("Find Previous", func() { f.step(-1) })
	return []*fyne.MenuItem{fyne.NewMenuItemSeparator(), find, next, prev}
}

// open shows the bar and puts the cursor in it.
func (f *finder) open() {
	f.bar.Show()
	f.u.win.Canvas().Focus(f.entry)
}

// close hides the bar, clears the search and gives the keys back to the
// timeline.
func (f *finder) close() {
	f.entry.SetText("") // calls changed, which clears the marks
	f.bar.Hide()
	f.u.win.Canvas().Focus(f.u.timeline)
}

// eventsChanged drops the search built over the old events, searches
// the new ones for the same words and gives the timeline its marks.
func (f *finder) eventsChanged() {
	f.search = nil
	if f.entry.Text != "" {
		f.changed(f.entry.Text)
		return
	}
	f.dim = nil
	f.u.setMarks()
}

// changed finds query and fades the events that do not match it.
func (f *finder) changed(query string) {
	if f.search == nil {
		f.search = timeline.NewSearch(f.u.timeline.Index(), f.text)
	}
	f.hits = slices.DeleteFunc(f.search.Find(f.hits, query), f.u.merges.hidden) // reports drawn through their group
	f.at = -1
	f.show()
	f.dim = nil
	if strings.TrimSpace(query) != "" {
		f.dim = make([]bool, f.search.Len()) // new each time: the timeline keeps it
		for i := range f.dim {
			f.dim[i] = true
		}
		for _, i := range f.hits {
			f.dim[i] = false
		}
	}
	f.u.setMarks()
}

// text is what the search looks in for event i.
func (f *finder) text(i int) string {
	if i >= len(f.u.result.Events) {
		return ""
	}
	return searchText(f.u.result.Events[i])
}

// searchText joins the words an analyst may look an event up by.
func searchText(e data.Event) string {
	parts := []string{e.Title, e.Sentence, e.Expr}
	if a := e.Article; a != nil {
		parts = append(parts, a.Title, a.Source, a.Outlet, a.Author)
		parts = append(parts, a.Tags...)
	}
	return strings.Join(parts, "\n")
}

// step selects the match dir steps from the selected event, in time
// order, going round at the ends.
func (f *finder) step(dir int) {
	if f.search == nil || len(f.hits) == 0 {
		return
	}
	f.at = f.search.Step(f.hits, f.u.timeline.Selected(), dir)
	f.u.timeline.Select(f.hits[f.at])
	f.show()
}

// show writes the count: "7 of 312" once a match is selected.
func (f *finder) show() {
	switch {
	case strings.TrimSpace(f.entry.Text) == "":
		f.count.SetText("")
	case len(f.hits) == 0:
		f.count.SetText("No matches")
	case f.at < 0:
		f.count.SetText(plural(len(f.hits), "match", "matches"))
	default:
		f.count.SetText(fmt.Sprintf("%d of %d", f.at+1, len(f.hits)))
	}
}

// plural writes n with the noun in its number: "1 match", "3 matches".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// handleKey steps to the next match on F3 when the timeline or the
// window has the keys (the field itself also takes Shift+F3); it reports
// whether it used ev.
func (f *finder) handleKey(ev *fyne.KeyEvent) bool {
	if ev.Name != fyne.KeyF3 {
		return false
	}
	f.step(1)
	return true
}

// stepDir is the direction Shift turns Enter and F3 to.
func stepDir(shift bool) int {
	if shift {
		return -1
	}
	return 1
}

// findEntry is the search field: an entry that also takes Enter and F3
// (Shift for back) to step and Esc to close.
type findEntry struct {
	widget.Entry
	f     *finder
	shift bool
}

var _ desktop.Keyable = (*findEntry)(nil)

func newFindEntry(f *finder) *findEntry {
	e := &findEntry{f: f}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey steps on Enter and F3, closes on Esc, and edits otherwise.
func (e *findEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF3:
		e.f.step(stepDir(e.shift))
	case fyne.KeyEscape:
		e.f.close()
	default:
		e.Entry.TypedKey(ev)
	}
}

// KeyDown notes Shift, for Shift+Enter, and passes the key on.
func (e *findEntry) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(ev)
}

// KeyUp notes Shift let go and passes the key on.
func (e *findEntry) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(ev)
}
