package format_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/timex"
)

func TestWriteICalendar(t *testing.T) {
	long := strings.Repeat("Très long titre — ", 8)
	events := []data.Event{
		event(t, "Vote", "2024-10-06", ""),
		event(t, "Autumn, roughly", "2024-09", "APPROX"),
		event(t, "Strike week", "2024-W47", ""),
		event(t, long, "2024-11-27T11:00", ""),
	}
	stamp := time.Date(2024, 12, 1, 9, 30, 0, 0, time.UTC)
	var buf bytes.Buffer
	if err := format.WriteICalendar(&buf, "Briefing; autumn", events, stamp); err != nil {
		t.Fatal(err)
	}
	ics := buf.String()
	if !strings.HasPrefix(ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") || !strings.HasSuffix(ics, "END:VCALENDAR\r\n") {
		t.Errorf("not a CRLF VCALENDAR:\n%s", ics)
	}
	for _, line := range strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line of %d octets: %q", len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("fold split a UTF-8 sequence: %q", line)
		}
		if strings.Contains(line, "\n") {
			t.Errorf("bare LF in %q", line)
		}
	}
	unfolded := strings.ReplaceAll(ics, "\r\n ", "")
	// All-day events end the day after their last day (RFC 5545 3.6.1):
	// 6 October ends 7 October, September ends 1 October, week 47 (18-24
	// November) ends 25 November.
	for _, want := range []string{
		"X-WR-CALNAME:Briefing\\; autumn\r\n",
		"DTSTART;VALUE=DATE:20241006\r\nDTEND;VALUE=DATE:20241007\r\n",
		"DTSTART;VALUE=DATE:20240901\r\nDTEND;VALUE=DATE:20241001\r\n",
		"DTSTART;VALUE=DATE:20241118\r\nDTEND;VALUE=DATE:20241125\r\n",
		"DTSTART:20241127T110000Z\r\nDTEND:20241127T110100Z\r\n",
		"SUMMARY:Autumn\\, roughly\r\n",
		"SUMMARY:" + long + "\r\n",
		"DTSTAMP:20241201T093000Z\r\n",
		`DESCRIPTION:Leaders met\, again\; "talks" went on \\ as Vote.\n\nDate as written: "in 2024-10-06" (2024-10-06)\nSource: Summit & after\, Example News\, 27 November 2024\, https://news.example/summit` + "\r\n",
		"X-DATELINE-APPROXIMATE:TRUE\r\n",
		"URL:https://news.example/summit\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("calendar lacks %q", want)
		}
	}
	if n := strings.Count(ics, "BEGIN:VEVENT"); n != len(events) {
		t.Errorf("%d VEVENTs, want %d", n, len(events))
	}
	// UIDs are stable across exports and distinct between events.
	var again bytes.Buffer
	_ = format.WriteICalendar(&again, "Briefing; autumn", events, stamp)
	if again.String() != ics {
		t.Error("two exports of the same events differ")
	}
	uids := map[string]bool{}
	for _, line := range strings.Split(unfolded, "\r\n") {
		if strings.HasPrefix(line, "UID:") {
			uids[line] = true
		}
	}
	if len(uids) != len(events) {
		t.Errorf("%d distinct UIDs, want %d", len(uids), len(events))
	}
}

// spanEvent is an event over [start, end) at precision p, for dates
// ParseValue does not reach (five-digit and negative years).
func spanEvent(t *testing.T, title string, start, end time.Time, p timex.Precision) data.Event {
	t.Helper()
	e := event(t, title, "2024", "")
	e.Span = timex.Span{Start: start, End: end, Precision: p}
	return e
}

// iCalendar dates have four-digit years (RFC 5545 3.3.4): every date
// written has exactly that, an event ending after 9999 gets a DURATION,
// and one starting outside years 0000-9999 is left out, as
// ICalendarWritable and ICalendarNote say.
func TestWriteICalendar_YearRange(t *testing.T) {
	utc := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	type rangeCase struct {
		e        data.Event
		writable bool
		// want is the event's date lines, CRLF-separated.
		want string
	}
	for _, tc := range []rangeCase{
		{event(t, "Far", "4500", ""), true, "DTSTART;VALUE=DATE:45000101\r\nDTEND;VALUE=DATE:45010101"},
		{event(t, "Old", "0001-01-01", ""), true, "DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:00010102"},
		// 9999 ends on 10000-01-01, which has no four-digit form: 365 days.
		{event(t, "Last year", "9999", ""), true, "DTSTART;VALUE=DATE:99990101\r\nDURATION:P365D"},
		{event(t, "Last day", "9999-12-31", ""), true, "DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D"},
		{spanEvent(t, "Last hour", utc(9999, 12, 31, 23), utc(10000, 1, 1, 0), timex.PrecisionHour), true, "DTSTART:99991231T230000Z\r\nDURATION:PT3600S"},
		{spanEvent(t, "Year 12000", utc(12000, 1, 1, 0), utc(12001, 1, 1, 0), timex.PrecisionYear), false, ""},
		{spanEvent(t, "Caesar", utc(-44, 3, 15, 0), utc(-44, 3, 16, 0), timex.PrecisionDay), false, ""},
	} {
		t.Run(tc.e.Title, func(t *testing.T) {
			if got := format.ICalendarWritable(tc.e); got != tc.writable {
				t.Errorf("ICalendarWritable = %v, want %v", got, tc.writable)
			}
			if note := format.ICalendarNote([]data.Event{tc.e, tc.e}); (note == "") != tc.writable ||
				!tc.writable && !strings.HasPrefix(note, "2 events left out") {
				t.Errorf("ICalendarNote = %q", note)
			}
			var buf bytes.Buffer
			if err := format.WriteICalendar(&buf, "", []data.Event{tc.e}, time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)); err != nil {
				t.Fatal(err)
			}
			ics := buf.String()
			if !tc.writable {
				if strings.Contains(ics, "BEGIN:VEVENT") {
					t.Errorf("event written:\n%s", ics)
				}
				return
			}
			if !strings.Contains(ics, "DTSTAMP:20241201T000000Z\r\n"+tc.want+"\r\n") {
				t.Errorf("calendar lacks %q:\n%s", tc.want, ics)
			}
			for _, line := range strings.Split(ics, "\r\n") {
				if strings.HasPrefix(line, "DT") && !icalDate.MatchString(line) {
					t.Errorf("%q: not a four-digit-year date", line)
				}
			}
		})
	}
}

// icalDate matches the DTSTART, DTEND and DTSTAMP lines RFC 5545 allows
// for our events: an 8-digit date, or a UTC date-time.
var icalDate = regexp.MustCompile(`^DT(START|END|STAMP)(;VALUE=DATE:\d{8}|:\d{8}T\d{6}Z)$`)
