package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/project"
)

// detail is the pane that shows where the selected event's date came from,
// with the controls that correct it.
type detail struct {
	title    *widget.Label
	date     *widget.Label
	notes    *widget.Label // the analyst's tags and notes
	sentence *markedText
	source   *widget.Label
	value    *widget.Label
	extra    *fyne.Container // what else is known of the event: its other sources (mergeview.go)
	content  fyne.CanvasObject

	edits eventEditor
	*editor
}

func newDetail(a fyne.App) *detail {
	d := &detail{
		title:    widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		date:     widget.NewLabel(""),
		notes:    widget.NewLabel(""),
		sentence: newMarkedText(a),
		source:   widget.NewLabel(""),
		value:    widget.NewLabel(""),
		extra:    container.NewVBox(),
		editor:   newEditor(),
	}
	d.title.Wrapping = fyne.TextWrapWord
	d.title.SizeName = theme.SizeNameSubHeadingText
	d.date.Importance = widget.HighImportance
	d.notes.Wrapping = fyne.TextWrapWord
	d.notes.TextStyle = fyne.TextStyle{Italic: true}
	d.notes.Hide()
	d.source.Wrapping = fyne.TextWrapWord
	d.value.Importance = widget.LowImportance
	d.editor.detail = d
	info := container.NewVScroll(container.NewVBox(d.title, d.date, d.notes, d.sentence, d.source, d.value, d.extra))
	d.content = container.NewBorder(nil, nil, nil, d.editor.box, info)
	d.clear()
	return d
}

// clear shows the hint for an empty selection.
func (d *detail) clear() {
	d.title.SetText("No event selected")
	d.date.SetText("")
	d.sentence.set("Click an event on the timeline, or press Tab to step through them.", 0, 0)
	d.source.SetText("")
	d.value.SetText("")
	d.extra.RemoveAll()
	d.notes.Hide()
	d.editor.hide()
}

// show fills the pane with e.
func (d *detail) show(e data.Event) {
	d.notes.Hide() // until the editor shows the analyst's
	d.title.SetText(e.Title)
	d.date.SetText(dateWords(e))
	d.sentence.set(e.Sentence, e.ExprStart-e.SentenceStart, e.ExprEnd-e.SentenceStart)
	d.source.SetText(sourceLine(e.Article))
	d.value.SetText(fmt.Sprintf("TIMEX3 %s · %s precision · confidence %.0f%%", valueWithMod(e), e.Span.Precision, 100*e.Confidence))
}

// showNotes shows the analyst's tags and notes on e, if any.
func (d *detail) showNotes(e project.Event) {
	var lines []string
	if len(e.Tags) > 0 {
		lines = append(lines, "Tags: "+strings.Join(e.Tags, " · "))
	}
	if e.Notes != "" {
		lines = append(lines, "Notes: "+e.Notes)
	}
	if len(lines) == 0 {
		d.notes.Hide()
		return
	}
	d.notes.SetText(strings.Join(lines, "\n"))
	d.notes.Show()
}

// dateWords describes the event's date at its own precision, hedged by its
// modifier ("about September 2024").
func dateWords(e data.Event) string {
	w := e.Span.Words()
	switch e.Mod {
	case "APPROX":
		return "about " + w
	case "START":
		return "early " + w
	case "MID":
		return "mid " + w
	case "END":
		return "late " + w
	case "BEFORE", "ON_OR_BEFORE":
		return "before " + w
	case "AFTER", "ON_OR_AFTER":
		return "after " + w
	}
	return w
}

func valueWithMod(e data.Event) string {
	if e.Mod == "" {
		return e.Value
	}
	return e.Value + " (" + e.Mod + ")"
}

// sourceLine names the article an event came from and when it appeared.
func sourceLine(a *data.Article) string {
	if a == nil {
		return ""
	}
	parts := []string{"From “" + a.Title + "”"}
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if !a.Published.IsZero() {
		parts = append(parts, "published "+a.Published.Format("Monday 2 January 2006"))
	}
	s := strings.Join(parts, ", ")
	if a.Source != "" {
		s += "\n" + a.Source
	}
	return s
}
