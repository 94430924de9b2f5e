package extract_test

import (
	"testing"
	"time"
)

// TestEvents_WeekBeside: "the week before" or "the week after" a day is
// the calendar week, Monday to Sunday, before or after the day's own week;
// a count ("a week after") is a day, and a week fixed by no date stays
// untagged. Sentences are our own; 30 December 2025 is a Tuesday, and
// Christmas 2025 a Thursday.
func TestEvents_WeekBeside(t *testing.T) {
	checkOneSpan(t, time.Date(2025, 12, 30, 0, 0, 0, 0, time.UTC), []spanCase{
		{"Admissions climbed sharply in the week before Christmas.", "2025-12-15", "2025-12-21"},
		{"Admissions peaked in the week after Christmas Day.", "2025-12-29", "2026-01-04"},
		{"The clinic had been busiest the week before December 12.", "2025-12-01", "2025-12-07"},
		{"Admissions peaked a week after Christmas.", "2026-01-01", "2026-01-01"},
		{"Admissions climbed on Christmas Day.", "2025-12-25", "2025-12-25"},
	})
}
