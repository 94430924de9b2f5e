package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// titleEntry is the pane's Title field. Titles run to the end of their
// clause, so the field wraps them over as many lines as they need
// instead of scrolling a single line sideways; a title is still one
// line of text, so Enter applies it rather than starting a new line.
type titleEntry struct {
	widget.Entry
}

// newTitleEntry returns an empty, word-wrapping title field.
func newTitleEntry() *titleEntry {
	e := &titleEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(2)
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey applies the title on Enter and hands every other key to the
// entry.
func (e *titleEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		if e.OnSubmitted != nil {
			e.OnSubmitted(e.Text)
		}
		return
	}
	e.Entry.TypedKey(ev)
}
