package project

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/dateline/dateline/data/timex"
)

// ErrDate means a typed date could not be read as one calendar date.
var ErrDate = errors.New("not a date")

// DateError says why a typed date was not read.
type DateError struct {
	Text   string
	Reason string
}

// Error names the text and the reason.
func (e *DateError) Error() string { return fmt.Sprintf("project: date %q: %s", e.Text, e.Reason) }

// Is makes errors.Is(err, ErrDate) true.
func (e *DateError) Is(target error) bool { return target == ErrDate }

// DateReading is how a typed date reads: its TIMEX3 value and modifier,
// the span it covers and the words to show back before it is applied.
type DateReading struct {
	Value, Mod string
	Span       timex.Span
	// Words describe the span at its own precision: "Thursday 28
	// November 2024", "late 2019".
	Words string
}

// fillers are words around a typed date that the tagger leaves out of
// the expression and that change nothing ("on 28 Nov").
var fillers = map[string]bool{"on": true, "in": true, "at": true, "by": true, "during": true, "the": true}

// modWords say a modifier in words before the span's own.
var modWords = map[string]string{"START": "early", "MID": "mid", "END": "late", "APPROX": "about",
	"BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from"}

// ReadDate reads text as the tagger does, resolved against published: it
// must hold exactly one calendar expression and nothing else but filler
// words. A TIMEX3 value typed as such ("2024-W48", "2024-Q4") is read too.
func ReadDate(text string, published time.Time) (DateReading, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return DateReading{}, &DateError{text, "empty"}
	}
	tagged := timex.Tag(text, published)
	if len(tagged) == 1 && onlyFillers(text[:tagged[0].Start]+" "+text[tagged[0].End:]) {
		span, err := tagged[0].Span()
		if err != nil {
			return DateReading{}, &DateError{text, "names no calendar date"}
		}
		return reading(tagged[0].Value, tagged[0].Mod, span), nil
	}
	if span, err := timex.ParseValue(strings.ToUpper(text)); err == nil {
		return reading(strings.ToUpper(text), "", span), nil
	}
	switch len(tagged) {
	case 0:
		return DateReading{}, &DateError{text, "no date found"}
	case 1:
		return DateReading{}, &DateError{text, fmt.Sprintf("only %q reads as a date", tagged[0].Text)}
	}
	return DateReading{}, &DateError{text, fmt.Sprintf("%d dates found, type one", len(tagged))}
}

// reading describes a value.
func reading(value, mod string, span timex.Span) DateReading {
	words := span.Words()
	if w := modWords[mod]; w != "" {
		words = w + " " + words
	}
	return DateReading{Value: value, Mod: mod, Span: span, Words: words}
}

// onlyFillers reports whether s, the text around an expression, holds
// nothing but filler words and punctuation.
func onlyFillers(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !fillers[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// ReadDate reads text as a new date for the event id, resolved against its
// article's publication date; the window shows Words back before applying
// ChangeDate.
func (p *Project) ReadDate(id EventID, text string) (DateReading, error) {
	e, ok := p.Event(id)
	if !ok {
		return DateReading{}, fmt.Errorf("project: event %s: %w", id, ErrNoEvent)
	}
	var published time.Time
	if e.Article != nil {
		published = e.Article.Published
	}
	return ReadDate(text, published)
}

// reread reads the typed dates of an article's corrections and manual
// events again after its publication date changed, on copies: the old
// ones may be held by an undo. A date that no longer reads keeps its last
// reading.
func (p *Project) reread(a *Article) {
	for id, c := range p.corrections {
		if id.Article == a.Hash && c.Date != "" {
			c = c.clone()
			c.Fields.reread(a.Published)
			p.corrections[id] = c
		}
	}
	for i, m := range p.manual {
		if m.Article == a.Hash && m.Date != "" {
			m = m.clone()
			m.Fields.reread(a.Published)
			p.manual[i] = m
		}
	}
}

// reread reads f's typed date again against published.
func (f *Fields) reread(published time.Time) {
	if f.Date == "" {
		return
	}
	if r, err := ReadDate(f.Date, published); err == nil {
		f.Value, f.Mod = r.Value, r.Mod
	}
}
