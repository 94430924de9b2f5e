package data_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
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
	if err := data.WriteICalendar(&buf, "Briefing; autumn", events, stamp); err != nil {
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
	_ = data.WriteICalendar(&again, "Briefing; autumn", events, stamp)
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
