package extract_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// TestEvents_ListTitles checks that every day of a list of dates gets the
// title of the clause around the whole list, never another day's leftover.
// Dates checked against the calendar: Friday 2 May 2025 is the publication
// day, so next week runs from Monday 5 May.
func TestEvents_ListTitles(t *testing.T) {
	tests := []struct {
		text   string
		values []string
		title  string
	}{
		{"The court will sit on Tuesday, Thursday and Saturday next week.",
			[]string{"2025-05-06", "2025-05-08", "2025-05-10"}, "The court will sit"},
		// The list runs forward, "or" as "and" does: the Friday after
		// that Wednesday.
		{"Ferries run on Monday, Wednesday or Friday.",
			[]string{"2025-05-05", "2025-05-07", "2025-05-09"}, "Ferries run"},
		{"Negotiators will meet again on May 14-15 in Geneva.",
			[]string{"2025-05-14"}, "Negotiators will meet again in Geneva"},
	}
	published := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		a := &data.Article{Title: "t", Source: "t.txt", Text: tt.text, Published: published}
		events, err := extract.Events(a)
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != len(tt.values) {
			t.Errorf("%q: %d events, want %d", tt.text, len(events), len(tt.values))
			continue
		}
		for i, e := range events {
			if e.Value != tt.values[i] {
				t.Errorf("%q: event %d is %s, want %s", tt.text, i, e.Value, tt.values[i])
			}
			if e.Title != tt.title {
				t.Errorf("%q: event %d (%s) titled %q, want %q", tt.text, i, e.Value, e.Title, tt.title)
			}
		}
	}
}
