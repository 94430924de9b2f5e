package app

import (
	"errors"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/project"
)

// eventEditor is what the detail pane's controls change: the window's
// project, through its history.
type eventEditor interface {
	// event returns the event id as the project shows it.
	event(id project.EventID) (project.Event, bool)
	// readDate reads text as a new date for id, for the live preview.
	readDate(id project.EventID, text string) (project.DateReading, error)
	// do makes a change that can be undone.
	do(e project.Edit) error
	// articleOf returns the project's article of event id, if it has one.
	articleOf(id project.EventID) (*project.Article, bool)
	// addFromSentence asks for a sentence of id's article to make an
	// event of; editArticle asks for the article's title and date.
	addFromSentence(id project.EventID)
	editArticle(id project.EventID)
}

// editor is the detail pane's controls for the selected event: type a
// new date (read back in words before it is applied), retitle, tag, note,
// hide or delete it; add an event from a sentence of its article, or
// change the article's title and date. Every change goes through
// eventEditor.do, so Undo reverses it.
type editor struct {
	detail       *detail
	id           project.EventID
	hidden       bool
	dateEntry    *widget.Entry
	reading      *widget.Label
	applyDate    *widget.Button
	titleEntry   *titleEntry
	applyTitle   *widget.Button
	tagsEntry    *widget.Entry
	applyTags    *widget.Button
	notesEntry   *widget.Entry
	applyNotes   *widget.Button
	hideButton   *widget.Button
	deleteButton *widget.Button
	revertButton *widget.Button
	fromSentence *widget.Button
	article      *widget.Button
	articleLine  *widget.Label
	tabs         *container.AppTabs
	box          *fyne.Container
}

// editorWidth is the width of the controls' column.
const editorWidth = 420

// datePlaceholder shows what can be typed.
const datePlaceholder = "28 Nov 2024, next Thursday"

func newEditor() *editor {
	ed := &editor{
		dateEntry:  widget.NewEntry(),
		reading:    widget.NewLabel(""),
		titleEntry: newTitleEntry(),
		tagsEntry:  widget.NewEntry(),
		notesEntry: widget.NewMultiLineEntry(),
	}
	ed.dateEntry.SetPlaceHolder(datePlaceholder)
	ed.dateEntry.OnChanged = func(string) { ed.preview() }
	ed.dateEntry.OnSubmitted = func(string) { ed.changeDate() }
	// One line, cut short if need be: a wrapped label would grow the
	// column on every key typed.
	ed.reading.Truncation = fyne.TextTruncateEllipsis
	ed.applyDate = widget.NewButton("Change Date", ed.changeDate)
	ed.titleEntry.SetPlaceHolder("Title")
	ed.titleEntry.OnSubmitted = func(string) { ed.changeTitle() }
	ed.applyTitle = widget.NewButton("Retitle", ed.changeTitle)
	ed.tagsEntry.SetPlaceHolder("energy, vote")
	ed.tagsEntry.OnSubmitted = func(string) { ed.setTags() }
	ed.applyTags = widget.NewButton("Set Tags", ed.setTags)
	ed.notesEntry.SetPlaceHolder("Your notes on this event")
	ed.notesEntry.SetMinRowsVisible(3)
	ed.notesEntry.Wrapping = fyne.TextWrapWord
	ed.applyNotes = widget.NewButton("Save Notes", ed.setNotes)
	ed.hideButton = widget.NewButton("Hide", ed.toggleHidden)
	ed.deleteButton = &widget.Button{Text: "Delete", Importance: widget.DangerImportance, OnTapped: ed.delete}
	ed.revertButton = widget.NewButton("Revert to Extracted", ed.revert)
	ed.fromSentence = widget.NewButton("Add Event from a Sentence…", func() { ed.edits().addFromSentence(ed.id) })
	ed.article = widget.NewButton("Change Article Title and Date…", func() { ed.edits().editArticle(ed.id) })
	ed.articleLine = widget.NewLabel("")
	ed.articleLine.Wrapping = fyne.TextWrapWord
	row := func(label string, entry, button fyne.CanvasObject) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewLabel(label), button, entry)
	}
	// Three tabs, so that each fits the pane's height at once.
	ed.tabs = container.NewAppTabs(
		container.NewTabItem("Correct", container.NewVBox(
			row("Date", ed.dateEntry, ed.applyDate),
			ed.reading,
			row("Title", ed.titleEntry, ed.applyTitle),
			container.NewHBox(ed.hideButton, ed.deleteButton, ed.revertButton),
		)),
		container.NewTabItem("Notes & Tags", container.NewVBox(
			row("Tags", ed.tagsEntry, ed.applyTags),
			row("Notes", ed.notesEntry, container.NewVBox(ed.applyNotes)),
		)),
		container.NewTabItem("Article", container.NewVBox(
			ed.articleLine,
			container.NewHBox(ed.article),
			container.NewHBox(ed.fromSentence),
		)),
	)
	// A column beside the event's text, so the controls are in sight
	// however long the sentence is; entries alone would make it narrow.
	// It scrolls when the pane is lower than the controls.
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(editorWidth, 0))
	ed.box = container.NewStack(width, container.NewBorder(nil, nil, widget.NewSeparator(), nil, container.NewVScroll(ed.tabs)))
	ed.box.Hide()
	return ed
}

// edits is the project the controls change, nil when there is none.
func (ed *editor) edits() eventEditor { return ed.detail.edits }

// edit shows the controls for event id.
func (ed *editor) edit(id project.EventID) {
	e, ok := ed.edits().event(id)
	if !ok {
		ed.hide()
		return
	}
	ed.id, ed.hidden = id, e.Hidden
	if e.Corrected || e.Manual {
		// Say whose date it is: the tagger's reading is what Undo gives back.
		ed.detail.date.SetText(ed.detail.date.Text + map[bool]string{false: " · corrected", true: " · added by hand"}[e.Manual])
	}
	ed.dateEntry.SetText(e.DateText)
	ed.titleEntry.SetText(e.Title)
	ed.tagsEntry.SetText(strings.Join(e.Tags, ", "))
	ed.notesEntry.SetText(e.Notes)
	ed.detail.showNotes(e)
	if a, ok := ed.edits().articleOf(id); ok {
		ed.articleLine.SetText("“" + articleName(a) + "”, published " + publishedWords(a))
		ed.fromSentence.Enable()
		ed.article.Enable()
	} else {
		ed.articleLine.SetText("This event stands for no article of the project.")
		ed.fromSentence.Disable() // an event of no article, or of an export's
		ed.article.Disable()
	}
	ed.hideButton.SetText(map[bool]string{false: "Hide", true: "Show"}[e.Hidden])
	if e.Corrected && !e.Manual {
		ed.revertButton.Show()
	} else {
		ed.revertButton.Hide() // nothing to go back to
	}
	ed.preview()
	ed.box.Show()
}

// hide hides the controls, as when no event is selected.
func (ed *editor) hide() {
	ed.id = project.EventID{}
	ed.box.Hide()
}

// preview reads the typed date and shows it back in words, or says why it
// does not read, before anything is changed.
func (ed *editor) preview() {
	text := ed.dateEntry.Text
	if text == "" {
		ed.reading.Importance = widget.LowImportance
		ed.reading.SetText("Type a date, read against the publication date")
		ed.applyDate.Disable()
		return
	}
	r, err := ed.edits().readDate(ed.id, text)
	if err != nil {
		ed.reading.Importance = widget.DangerImportance
		ed.reading.SetText(dateProblem(err))
		ed.applyDate.Disable()
		return
	}
	ed.reading.Importance = widget.SuccessImportance
	ed.reading.SetText("→ " + r.Words + " (" + r.Value + ")")
	ed.applyDate.Enable()
}

// dateProblem says why a typed date does not read, without the package
// prefix the error carries for logs: "no date found".
func dateProblem(err error) string {
	var de *project.DateError
	if errors.As(err, &de) {
		return "✗ " + de.Reason
	}
	return "✗ " + err.Error()
}

// changeDate applies the typed date.
func (ed *editor) changeDate() {
	if ed.id.IsZero() || ed.applyDate.Disabled() {
		return // the preview says why the date does not read
	}
	ed.edits().do(project.ChangeDate{Event: ed.id, Text: ed.dateEntry.Text})
}

// changeTitle applies the typed title; an empty one gives the tagger's
// title back.
func (ed *editor) changeTitle() {
	if !ed.id.IsZero() {
		ed.edits().do(project.ChangeTitle{Event: ed.id, Title: strings.Join(strings.Fields(ed.titleEntry.Text), " ")})
	}
}

// setTags applies the typed tags, separated by commas.
func (ed *editor) setTags() {
	if !ed.id.IsZero() {
		ed.edits().do(project.SetTags{Event: ed.id, Tags: parseTags(ed.tagsEntry.Text)})
	}
}

// parseTags reads tags separated by commas, each once, in order.
func parseTags(text string) []string {
	var tags []string
	for _, t := range strings.Split(text, ",") {
		if t = strings.TrimSpace(t); t != "" && !slices.Contains(tags, t) {
			tags = append(tags, t)
		}
	}
	return tags
}

// setNotes applies the typed notes.
func (ed *editor) setNotes() {
	if !ed.id.IsZero() {
		ed.edits().do(project.SetNotes{Event: ed.id, Notes: strings.TrimSpace(ed.notesEntry.Text)})
	}
}

// toggleHidden hides the event, or shows a hidden one again.
func (ed *editor) toggleHidden() {
	if !ed.id.IsZero() {
		ed.edits().do(project.Hide{Event: ed.id, Hidden: !ed.hidden})
	}
}

// delete deletes the event; Undo brings it back.
func (ed *editor) delete() {
	if !ed.id.IsZero() {
		ed.edits().do(project.Delete{Event: ed.id})
	}
}

// revert gives the event the tagger's reading back; Undo restores the
// correction.
func (ed *editor) revert() {
	if !ed.id.IsZero() {
		ed.edits().do(project.Revert{Event: ed.id})
	}
}

// event returns the event id of the window's project.
func (u *UI) event(id project.EventID) (project.Event, bool) { return u.proj.Event(id) }

// readDate reads text as a new date for id in the window's project.
func (u *UI) readDate(id project.EventID, text string) (project.DateReading, error) {
	return u.proj.ReadDate(id, text)
}

// addArticles adds articles to the project, each an undoable change, and
// reports in one dialog those that fail (the same text twice) with the
// files that could not be read.
func (u *UI) addArticles(articles []*data.Article, errs []error) {
	for _, a := range articles {
		if err := u.hist.Do(project.AddArticle{Article: a}); err != nil {
			errs = append(errs, err)
		}
	}
	u.changed()
	if len(errs) > 0 {
		u.showErrors(errs)
	}
	u.askDates()
}

// addEventDialog is Edit ▸ Add Event…: an event typed by hand, in the
// selected event's article (its date read against that article's
// publication date), or in none.
func (u *UI) addEventDialog() dialog.Dialog {
	var article string
	if i := u.timeline.Selected(); i >= 0 && i < len(u.result.Events) && u.result.Events[i].Article != nil {
		article = project.Hash(u.result.Events[i].Article.Text)
	}
	if _, ok := u.proj.Article(article); !ok {
		article = ""
	}
	title, date := newDialogEntry(), newDialogEntry()
	date.SetPlaceHolder("28 Nov 2024, 2024-W48, Q4 2024")
	items := []*widget.FormItem{widget.NewFormItem("Title", title), widget.NewFormItem("Date", date)}
	d := dialog.NewForm("Add Event", "Add", "Cancel", items, func(ok bool) {
		if ok {
			u.do(project.AddEvent{Article: article, Title: title.Text, Date: date.Text})
		}
	}, u.win)
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	d.Show()
	return d
}
