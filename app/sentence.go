package app

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data/project"
)

// articleOf returns the project's article of event id: the one its
// identity names, or for a manual event the one its text comes from.
func (u *UI) articleOf(id project.EventID) (*project.Article, bool) {
	if id.Article != "" {
		return u.proj.Article(id.Article)
	}
	e, ok := u.proj.Event(id)
	if !ok || e.Article == nil {
		return nil, false
	}
	return u.proj.Article(project.Hash(e.Article.Text))
}

// selectedArticle is the article of the selected event, or else the
// project's first, for the Edit menu's article commands.
func (u *UI) selectedArticle() (*project.Article, bool) {
	if id, ok := u.selectedID(); ok {
		if a, ok := u.articleOf(id); ok {
			return a, true
		}
	}
	if as := u.proj.Articles(); len(as) > 0 {
		return as[0], true
	}
	return nil, false
}

// addFromSentence asks for a sentence of event id's article.
func (u *UI) addFromSentence(id project.EventID) {
	if a, ok := u.articleOf(id); ok {
		u.sentenceDialog(a)
	}
}

// sentenceDialog is Add Event from a Sentence: the article's sentences in
// a list; the analyst picks one, accepts the date found in it or types
// another (read against the article's publication date and shown back in
// words), may give a title, and adds an event that stands for that
// sentence. The new event is selected.
func (u *UI) sentenceDialog(a *project.Article) dialog.Dialog {
	passages := a.Passages()
	chosen := -1
	sentence := widget.NewLabel("Pick the sentence the event stands for.")
	sentence.Wrapping = fyne.TextWrapWord
	date, title := newDialogEntry(), newDialogEntry()
	date.SetPlaceHolder(datePlaceholder)
	title.SetPlaceHolder("From the sentence")
	reading := widget.NewLabel("")
	reading.Truncation = fyne.TextTruncateEllipsis
	add := &widget.Button{Text: "Add Event", Importance: widget.HighImportance}
	check := func() {
		r, err := project.ReadDate(date.Text, a.Published)
		switch {
		case strings.TrimSpace(date.Text) == "":
			reading.SetText("Type a date, read against the publication date")
		case err != nil:
			reading.SetText(dateProblem(err))
		default:
			reading.SetText("→ " + r.Words + " (" + r.Value + ")")
		}
		if err != nil || chosen < 0 {
			add.Disable()
		} else {
			add.Enable()
		}
	}
	date.OnChanged = func(string) { check() }
	list := widget.NewList(func() int { return len(passages) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(passages[i].Text) })
	list.OnSelected = func(i widget.ListItemID) {
		chosen = i
		sentence.SetText(passages[i].Text)
		date.SetText(passages[i].Date) // the date found in it, to accept or retype
		check()
	}
	check()
	form := widget.NewForm(widget.NewFormItem("Date", date), widget.NewFormItem("", reading),
		widget.NewFormItem("Title", title))
	note := widget.NewLabel("Sentences of “" + articleName(a) + "”:")
	content := container.NewBorder(note, container.NewVBox(widget.NewSeparator(), sentence, form), nil, nil, list)
	d := dialog.NewCustomWithoutButtons("Add Event from a Sentence", content, u.win)
	add.OnTapped = func() {
		if chosen < 0 {
			return
		}
		d.Hide()
		p := passages[chosen]
		id := u.proj.NextManual()
		if u.do(project.AddEvent{Article: a.Hash, Start: p.Start, End: p.End, Title: title.Text, Date: date.Text}) == nil {
			u.timeline.Select(slices.Index(u.ids, id))
		}
	}
	d.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", d.Hide), add})
	win := u.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(760, win.Width*0.9), min(560, win.Height*0.85)))
	d.Show()
	return d
}

// articleName is what dialogs call an article: its title, or its source.
func articleName(a *project.Article) string {
	if a.Title != "" {
		return a.Title
	}
	return a.Source
}

// editArticle asks for the title and publication date of event id's
// article.
func (u *UI) editArticle(id project.EventID) {
	if a, ok := u.articleOf(id); ok {
		u.articleDialog(a)
	}
}

// articleDialog changes an article's title and publication date; its
// relative dates are read again at once, the analyst's corrections kept.
// Each change is one step of the history.
func (u *UI) articleDialog(a *project.Article) dialog.Dialog {
	title := newDialogEntry()
	title.SetText(a.Title)
	pick := newDatePicker(formatDay(a.Published))
	note := widget.NewLabel("Its relative dates are read again against a new date; your corrections stay.")
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.LowImportance
	items := []*widget.FormItem{widget.NewFormItem("Title", title), widget.NewFormItem("Published", pick.entry),
		widget.NewFormItem("", pick.reading), widget.NewFormItem("", note)}
	d := dialog.NewForm("Article Title and Publication Date", "Apply", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		if t := title.Text; t != a.Title && t != "" {
			if u.do(project.ChangeArticleTitle{Article: a.Hash, Title: t}) != nil {
				return
			}
		}
		if day, ok := pick.day(); ok && !day.Equal(a.Published) {
			u.do(project.ChangeArticleDate{Article: a.Hash, Published: day})
		}
	}, u.win)
	d.Resize(fyne.NewSize(min(520, u.win.Canvas().Size().Width*0.9), d.MinSize().Height))
	d.Show()
	return d
}

// publishedWords says when an article was published, in words.
func publishedWords(a *project.Article) string {
	if a.Undated() {
		return "on no date yet"
	}
	return a.Published.Format("Monday 2 January 2006")
}

// formatDay writes a publication date as the date fields show it, "" for
// none.
func formatDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 January 2006")
}
