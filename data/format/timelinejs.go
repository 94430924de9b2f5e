package format

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"html"
	"io"
	"path"
	"path/filepath"
	"strings"
	"time"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// timelineJS is a TimelineJS 3 document: an optional title slide and one
// slide per event (https://timeline.knightlab.com/docs/json-format.html).
type timelineJS struct {
	Title  *tljsSlide  `json:"title,omitempty"`
	Events []tljsSlide `json:"events"`
}

// tljsSlide is one TimelineJS slide.
type tljsSlide struct {
	StartDate   *tljsDate `json:"start_date,omitempty"`
	EndDate     *tljsDate `json:"end_date,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	Text        tljsText  `json:"text"`
	Group       string    `json:"group,omitempty"`
	UniqueID    string    `json:"unique_id,omitempty"`
}

// tljsDate is a TimelineJS date. The fields present encode its precision:
// a month has no day, a year no month. Hour and minute are pointers
// because midnight is a real hour 0.
type tljsDate struct {
	Year   int  `json:"year"`
	Month  int  `json:"month,omitempty"`
	Day    int  `json:"day,omitempty"`
	Hour   *int `json:"hour,omitempty"`
	Minute *int `json:"minute,omitempty"`
}

// tljsText is a slide's headline and body; TimelineJS reads both as HTML.
type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// WriteTimelineJS writes events as a TimelineJS 3 JSON document titled
// title (no title slide when empty), one slide per event grouped by
// article. Dates keep their precision: a month event has a start date
// with year and month only, a quarter or week one a start and an end.
func WriteTimelineJS(w io.Writer, title string, events []data.Event) error {
	doc := timelineJS{Events: make([]tljsSlide, 0, len(events))}
	if title != "" {
		doc.Title = &tljsSlide{Text: tljsText{Headline: html.EscapeString(title)}}
	}
	for _, e := range events {
		start, end := tljsDates(e.Span)
		s := tljsSlide{
			StartDate: start,
			EndDate:   end,
			Text:      tljsText{Headline: html.EscapeString(e.Title), Text: tljsBody(e)},
			UniqueID:  EventID(e),
		}
		if a := e.Article; a != nil {
			// TimelineJS sets the group label with innerHTML too.
			s.Group = html.EscapeString(cmp.Or(a.Title, a.Source))
		}
		doc.Events = append(doc.Events, s)
	}
	// The HTML in the text fields stays readable: JSON needs no escaping
	// of < and > outside a <script> element.
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("data: write timelinejs: %w", err)
	}
	return nil
}

// tljsDates returns the TimelineJS start and end dates of a span, at its
// precision; end is nil when the start alone says it (a day, a month).
func tljsDates(s timex.Span) (start, end *tljsDate) {
	last := s.LastDay()
	switch p := s.Precision; {
	case p <= timex.PrecisionDecade:
		start, end = &tljsDate{Year: s.Start.Year()}, &tljsDate{Year: last.Year()}
	case p == timex.PrecisionYear:
		start = &tljsDate{Year: s.Start.Year()}
	case p < timex.PrecisionMonth: // half, season, quarter
		start = &tljsDate{Year: s.Start.Year(), Month: int(s.Start.Month())}
		end = &tljsDate{Year: last.Year(), Month: int(last.Month())}
	case p == timex.PrecisionMonth:
		start = &tljsDate{Year: s.Start.Year(), Month: int(s.Start.Month())}
	case p == timex.PrecisionWeek:
		start, end = dayDate(s.Start), dayDate(last)
	case p == timex.PrecisionDay:
		start = dayDate(s.Start)
	case p == timex.PrecisionPartOfDay:
		start, end = clockDate(s.Start, false), clockDate(s.End, false)
	default: // hour and finer
		start = clockDate(s.Start, p >= timex.PrecisionMinute)
	}
	return start, end
}

func dayDate(t time.Time) *tljsDate {
	return &tljsDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

func clockDate(t time.Time, minute bool) *tljsDate {
	d := dayDate(t)
	h := t.Hour()
	d.Hour = &h
	if minute {
		m := t.Minute()
		d.Minute = &m
	}
	return d
}

// tljsBody is a slide's HTML body: the sentence, then where it came from.
func tljsBody(e data.Event) string {
	var b strings.Builder
	b.WriteString("<p>")
	b.WriteString(html.EscapeString(e.Sentence))
	b.WriteString("</p>")
	if a := e.Article; a != nil {
		b.WriteString("<p><small>")
		b.WriteString(html.EscapeString(sourceLine(a)))
		b.WriteString("</small></p>")
	}
	return b.String()
}

// sourceLine names an article for a reader: title, outlet, date, file.
func sourceLine(a *data.Article) string {
	parts := make([]string, 0, 4)
	for _, s := range []string{a.Title, a.Outlet} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 January 2006"))
	}
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	return strings.Join(parts, ", ")
}

// EventID returns a stable identifier of e: the same event of the same
// article gets the same identifier in every export, wherever the file was
// opened from (only its base name counts), so calendars and timelines
// update rather than duplicate it.
func EventID(e data.Event) string {
	h := fnv.New64a()
	if a := e.Article; a != nil {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00", path.Base(filepath.ToSlash(a.Source)), a.Title, a.Published.Format(dateLayout))
	}
	fmt.Fprintf(h, "%d\x00%d\x00%s\x00%s", e.ExprStart, e.ExprEnd, e.Value, e.Mod)
	return fmt.Sprintf("dateline-%016x", h.Sum64())
}
