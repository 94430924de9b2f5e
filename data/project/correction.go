package project

import (
	"slices"

	"github.com/dateline/dateline/data/timex"
)

// dateLayout is how the file writes calendar dates.
const dateLayout = "2006-01-02"

// Fields are what the analyst sets on an event. The zero value changes
// nothing: an empty Title or Value keeps the tagger's.
type Fields struct {
	// Title replaces the event's title.
	Title string `json:"title,omitempty"`
	// Date is the date as the analyst typed it ("28 Nov 2024", "next
	// Thursday"); it is read again against the article's publication date
	// whenever that changes. Value and Mod are its current reading.
	Date  string `json:"date,omitempty"`
	Value string `json:"value,omitempty"`
	Mod   string `json:"mod,omitempty"`
	// Notes and Tags are the analyst's own.
	Notes string   `json:"notes,omitempty"`
	Tags  []string `json:"tags,omitempty"`
	// Hidden keeps the event off the timeline unless the filter asks.
	Hidden bool `json:"hidden,omitempty"`
}

// apply lays the fields over e.
func (f Fields) apply(e *Event) {
	if f.Title != "" {
		e.Title, e.Corrected = f.Title, true
	}
	if f.Value != "" {
		if span, err := timex.ParseValue(f.Value); err == nil {
			e.Value, e.Mod, e.Span, e.Corrected = f.Value, f.Mod, span, true
			e.Confidence, e.DateText = 1, f.Date
		}
	}
	e.Notes, e.Tags, e.Hidden = f.Notes, slices.Clone(f.Tags), f.Hidden
}

// clone returns a copy of f that shares no slice with it.
func (f Fields) clone() Fields {
	f.Tags = slices.Clone(f.Tags)
	return f
}

// Correction is the analyst's change to a derived event, kept apart from
// the derived events so that they can be derived again.
type Correction struct {
	// Event is the identity of the event corrected.
	Event EventID `json:"event"`
	// Was is what the tagger read when the correction was made, so the
	// event can still be shown when the tagger no longer finds it.
	Was Snapshot `json:"was"`
	Fields
	// Deleted drops the event from the project.
	Deleted bool `json:"deleted,omitempty"`
}

// clone returns a deep copy of c.
func (c *Correction) clone() *Correction {
	d := *c
	d.Fields = c.Fields.clone()
	return &d
}

// Snapshot is what the tagger read for an event.
type Snapshot struct {
	Expr          string `json:"expr"`
	Value         string `json:"value"`
	Mod           string `json:"mod,omitempty"`
	Title         string `json:"title"`
	Sentence      string `json:"sentence"`
	SentenceStart int    `json:"sentence_start"`
}

// Manual is an event the analyst added by hand, or one migrated from an
// export that holds no article text.
type Manual struct {
	ID EventID `json:"id"`
	// Article is the hash of the article the event belongs to, or "".
	Article string `json:"article,omitempty"`
	// Origin describes the article of a migrated event, which is not in
	// the project.
	Origin *Origin `json:"origin,omitempty"`
	// Sentence is the text the event stands for, at byte SentenceStart of
	// the article; Expr, at ExprStart–ExprEnd, its date as written.
	Sentence      string `json:"sentence,omitempty"`
	SentenceStart int    `json:"sentence_start,omitempty"`
	Expr          string `json:"expr,omitempty"`
	ExprStart     int    `json:"expr_start,omitempty"`
	ExprEnd       int    `json:"expr_end,omitempty"`
	Fields
}

// clone returns a deep copy of m.
func (m *Manual) clone() *Manual {
	d := *m
	d.Fields = m.Fields.clone()
	if m.Origin != nil {
		o := *m.Origin
		d.Origin = &o
	}
	return &d
}

// Origin names an article that is not in the project.
type Origin struct {
	Source    string `json:"source,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
}
