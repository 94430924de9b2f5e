package format

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// WriteICalendar writes events as an iCalendar (RFC 5545) calendar named
// name, one VEVENT per event. Events of a day or coarser are all-day
// events over their whole span: DTSTART;VALUE=DATE is the first day and
// DTEND the day after the last, as the RFC wants; finer ones get UTC
// times. UIDs come from EventID, so re-importing an export updates the
// events. stamp is the DTSTAMP of every event (the export time).
//
// iCalendar dates have four-digit years: an event that starts before
// year 0 or after 9999 is left out (ICalendarWritable tells which, so
// callers can say so), and one that ends after 9999 gets a DURATION
// instead of a DTEND it cannot write.
func WriteICalendar(w io.Writer, name string, events []data.Event, stamp time.Time) error {
	bw := bufio.NewWriter(w)
	c := icalWriter{w: bw}
	c.line("BEGIN:VCALENDAR")
	c.line("VERSION:2.0")
	c.line("PRODID:-//Dateline//Dateline timeline export//EN")
	c.line("CALSCALE:GREGORIAN")
	if name != "" {
		c.line("X-WR-CALNAME:" + icalText(name))
	}
	st := stamp.UTC().Format("20060102T150405Z")
	for _, e := range events {
		if !ICalendarWritable(e) {
			continue
		}
		c.line("BEGIN:VEVENT")
		c.line("UID:" + EventID(e) + "@dateline")
		c.line("DTSTAMP:" + st)
		c.dates(e.Span)
		c.line("SUMMARY:" + icalText(e.Title))
		c.line("DESCRIPTION:" + icalText(icalDescription(e)))
		c.line("CATEGORIES:" + icalText(e.Span.Precision.String()))
		if a := e.Article; a != nil && isURL(a.Source) && icalURI(a.Source) {
			c.line("URL:" + a.Source)
		}
		if e.Mod == "APPROX" {
			c.line("X-DATELINE-APPROXIMATE:TRUE")
		}
		c.line("END:VEVENT")
	}
	c.line("END:VCALENDAR")
	if c.err == nil {
		c.err = bw.Flush()
	}
	if c.err != nil {
		return fmt.Errorf("data: write icalendar: %w", c.err)
	}
	return nil
}

// ICalendarWritable reports whether WriteICalendar can write e: its start
// has a year from 0000 to 9999, as iCalendar dates need.
func ICalendarWritable(e data.Event) bool {
	start, _ := icalBounds(e.Span)
	return inICalYears(start)
}

// ICalendarNote says how many of events WriteICalendar leaves out for
// their years, and why, for callers to show; it is empty when none is.
func ICalendarNote(events []data.Event) string {
	n := 0
	for _, e := range events {
		if !ICalendarWritable(e) {
			n++
		}
	}
	switch n {
	case 0:
		return ""
	case 1:
		return "1 event left out: iCalendar dates have years 0000 to 9999"
	}
	return fmt.Sprintf("%d events left out: iCalendar dates have years 0000 to 9999", n)
}

// inICalYears reports whether t has a four-digit year.
func inICalYears(t time.Time) bool {
	return t.Year() >= 0 && t.Year() <= 9999
}

// icalBounds returns when a span starts and ends as iCalendar writes it:
// UTC instants for points finer than a day, else the first day and the
// day after the last (all-day events, RFC 5545 3.6.1).
func icalBounds(s timex.Span) (start, end time.Time) {
	if icalTimed(s) {
		return s.Start.UTC(), s.End.UTC()
	}
	return s.Start, s.LastDay().AddDate(0, 0, 1)
}

// icalTimed reports whether a span is written with times, not dates.
func icalTimed(s timex.Span) bool {
	return s.Precision.IsPoint() && s.Precision > timex.PrecisionDay
}

// dates writes DTSTART and DTEND of s, or DTSTART and DURATION when the
// end falls after 9999 (the last day of year 9999 ends on 10000-01-01).
func (c *icalWriter) dates(s timex.Span) {
	start, end := icalBounds(s)
	layout, prop := "20060102", ";VALUE=DATE:"
	if icalTimed(s) {
		layout, prop = "20060102T150405Z", ":"
	}
	c.line("DTSTART" + prop + start.Format(layout))
	switch {
	case inICalYears(end):
		c.line("DTEND" + prop + end.Format(layout))
	case icalTimed(s):
		c.line(fmt.Sprintf("DURATION:PT%dS", end.Unix()-start.Unix()))
	default:
		c.line(fmt.Sprintf("DURATION:P%dD", (end.Unix()-start.Unix())/86400))
	}
}

// icalDescription is an event's description: the sentence, the date as
// written with its value, and the article.
func icalDescription(e data.Event) string {
	var b strings.Builder
	b.WriteString(e.Sentence)
	fmt.Fprintf(&b, "\n\nDate as written: %q (%s", e.Expr, e.Value)
	if e.Mod != "" {
		b.WriteString(", " + strings.ToLower(e.Mod))
	}
	b.WriteString(")")
	if a := e.Article; a != nil {
		b.WriteString("\nSource: " + sourceLine(a))
	}
	return b.String()
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// icalURI reports whether s can be written as a URI value as it is:
// valid UTF-8 with no spaces or control characters, which could break the
// line or start a property of their own.
func icalURI(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f {
			return false
		}
	}
	return true
}

// icalText escapes s as an iCalendar TEXT value: backslash, semicolon,
// comma and newline are escaped, other control characters dropped.
func icalText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', ';', ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			if r < 0x20 || r == 0x7f {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// icalWriter writes content lines ending in CRLF, folded so that no line
// is longer than 75 octets: continuation lines start with a space, and a
// fold never splits a UTF-8 sequence.
type icalWriter struct {
	w   *bufio.Writer
	err error
}

// maxOctets is the longest line RFC 5545 allows, CRLF excluded.
const maxOctets = 75

func (c *icalWriter) line(s string) {
	if c.err != nil {
		return
	}
	limit := maxOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		c.w.WriteString(s[:cut])
		c.w.WriteString("\r\n ")
		s = s[cut:]
		limit = maxOctets - 1 // the leading space counts
	}
	c.w.WriteString(s)
	_, c.err = c.w.WriteString("\r\n")
}
