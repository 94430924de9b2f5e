package project

import (
	"strings"

	"github.com/dateline/dateline/data/timex"
)

// Passage is a sentence of an article that the analyst may make an event
// of (AddEvent with its Start and End): its text on one line and the
// first date in it that ReadDate reads, as written, to suggest.
type Passage struct {
	Start, End int
	Text       string
	Date       string
}

// Passages splits the article's text into sentences, in order, each with
// the date it suggests ("" when none reads).
func (a *Article) Passages() []Passage {
	var out []Passage
	for _, s := range timex.Sentences(a.Text) {
		text := a.Text[s.Start:s.End]
		if strings.TrimSpace(text) == "" {
			continue
		}
		out = append(out, Passage{Start: s.Start, End: s.End, Text: oneLine(text), Date: suggestDate(text, a)})
	}
	return out
}

// suggestDate is the first expression of sentence that reads as a date
// against the article's publication date, as written.
func suggestDate(sentence string, a *Article) string {
	for _, t := range timex.Tag(sentence, a.Published) {
		if t.Type != timex.Date {
			continue
		}
		if _, err := ReadDate(t.Text, a.Published); err == nil {
			return t.Text
		}
	}
	return ""
}
