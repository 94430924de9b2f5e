package extract_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// TestEvents_WeekBeside: "the week before" or "the week after" a day is
// the calendar week, Monday to Sunday, before or after the day's own week;
// a count ("a week after") is a day, and a week fixed by no date stays
// untagged. Sentences are our own; 30 December 2025 is a Tuesday, and
// Christmas 2025 a Thursday.
func TestEvents_WeekBeside(t *testing.T) {
	day := time.Date(2025, 12, 30, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, first, last string }{
		{"Admissions climbed sharply in the week before Christmas.", "2025-12-15", "2025-12-21"},
		{"Admissions peaked in the week after Christmas Day.", "2025-12-29", "2026-01-04"},
		{"The clinic had been busiest the week before December 12.", "2025-12-01", "2025-12-07"},
		{"Admissions peaked a week after Christmas.", "2026-01-01", "2026-01-01"},
		{"Admissions climbed on Christmas Day.", "2025-12-25", "2025-12-25"},
	} {
		events, err := extract.Events(&data.Article{Title: "t", Source: "t.txt", Text: c.text, Published: day})
		if err != nil || len(events) != 1 {
			t.Fatalf("%q: %d events, %v", c.text, len(events), err)
		}
		s := events[0].Span
		if got := s.Start.Format("2006-01-02") + " " + s.LastDay().Format("2006-01-02"); got != c.first+" "+c.last {
			t.Errorf("%q: span %s, want %s %s", c.text, got, c.first, c.last)
		}
	}
}
