package data

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline/dateline/data/timex"
)

// WriteICalendar writes events as an iCalendar (RFC 5545) calendar named
// name, one VEVENT per event. Events of a day or coarser are all-day
// events over their whole span: DTSTART;VALUE=DATE is the first day and
// DTEND the day after the last, as the RFC wants; finer ones get UTC
// times. UIDs come from EventID, so re-importing an export updates the
// events. stamp is the DTSTAMP of every event (the export time).
func WriteICalendar(w io.Writer, name string, events []Event, stamp time.Time) error {
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
		c.line("BEGIN:VEVENT")
		c.line("UID:" + EventID(e) + "@dateline")
		c.line("DTSTAMP:" + st)
		if e.Span.Precision.IsPoint() && e.Span.Precision > timex.PrecisionDay {
			c.line("DTSTART:" + e.Span.Start.UTC().Format("20060102T150405Z"))
			c.line("DTEND:" + e.Span.End.UTC().Format("20060102T150405Z"))
		} else {
			c.line("DTSTART;VALUE=DATE:" + e.Span.Start.Format("20060102"))
			c.line("DTEND;VALUE=DATE:" + e.Span.LastDay().AddDate(0, 0, 1).Format("20060102"))
		}
		c.line("SUMMARY:" + icalText(e.Title))
		c.line("DESCRIPTION:" + icalText(icalDescription(e)))
		c.line("CATEGORIES:" + icalText(e.Span.Precision.String()))
		if a := e.Article; a != nil && isURL(a.Source) {
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

// icalDescription is an event's description: the sentence, the date as
// written with its value, and the article.
func icalDescription(e Event) string {
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
