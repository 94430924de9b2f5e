package app

import (
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data/project"
)

// An article that states no publication date opens anyway: its relative
// dates cannot be read without one, so the window asks for it, suggesting
// the file's modification date, and dates it with ChangeArticleDate,
// which can be undone. "Later" leaves it in the project with no events.

// askDates asks, one article after another, for the publication date of
// each undated article of the project.
func (u *UI) askDates() {
	for _, a := range u.proj.Articles() {
		if a.Undated() && !u.asked[a.Hash] {
			u.askDate(a, u.askDates)
			return
		}
	}
}

// askDate asks for a's publication date, then runs next.
func (u *UI) askDate(a *project.Article, next func()) dialog.Dialog {
	if u.asked == nil {
		u.asked = map[string]bool{}
	}
	u.asked[a.Hash] = true
	pick := newDatePicker(suggestedDate(a))
	note := widget.NewLabel("“" + articleName(a) + "” states no publication date; its relative dates are read against it.")
	note.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(note, pick.entry, pick.reading)
	d := dialog.NewCustomConfirm("Publication date", "Set Date", "Later", content, func(ok bool) {
		if day, read := pick.day(); ok && read {
			u.do(project.ChangeArticleDate{Article: a.Hash, Published: day})
		}
		next()
	}, u.win)
	d.Resize(fyne.NewSize(min(520, u.win.Canvas().Size().Width*0.9), d.MinSize().Height))
	d.Show()
	return d
}

// datePicker is an entry for a publication date, read as it is typed and
// shown back in words below it.
type datePicker struct {
	entry   *dialogEntry
	reading *widget.Label
}

// newDatePicker returns a picker holding text.
func newDatePicker(text string) *datePicker {
	p := &datePicker{entry: newDialogEntry(), reading: widget.NewLabel("")}
	p.entry.SetPlaceHolder("27 November 2024")
	p.entry.SetText(text)
	p.entry.OnChanged = func(string) { p.day() }
	p.day()
	return p
}

// day reads the typed date, shows it back or says why it does not read,
// and returns its first day.
func (p *datePicker) day() (time.Time, bool) {
	read, err := project.ReadDate(p.entry.Text, time.Time{})
	if err != nil {
		p.reading.SetText(dateProblem(err))
		return time.Time{}, false
	}
	p.reading.SetText("→ " + read.Words)
	return read.Span.Start, true
}

// suggestedDate is the modification date of the article's file, when it
// came from one: for a file saved from the web, usually the day it was
// published or soon after.
func suggestedDate(a *project.Article) string {
	if fi, err := os.Stat(a.Source); err == nil {
		return fi.ModTime().Format("2 January 2006")
	}
	return ""
}
