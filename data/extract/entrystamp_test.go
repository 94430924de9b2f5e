package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

// TestEvents_DatedEntryStamps checks that a line of a date and a clock time
// alone stamps a live entry once the page's entries have begun with bare
// clock stamps, an event of the day it writes, where the same line before
// any entry dates the page. Published Friday 8 May 2026; the pages are
// our own.
func TestEvents_DatedEntryStamps(t *testing.T) {
	cases := []struct {
		name, text string
		values     []string
	}{
		{"stamps of the night before, under the morning's",
			"Results live\n\n08:10 BST\nCounting resumes in Harbury.\n\nThu 7 May 2026 22.01 BST\nPolls have closed.\n\nThu 7 May 2026 21.30 BST\nWelcome to election night.",
			[]string{"2026-05-08T08:10", "2026-05-07", "2026-05-07"}},
		// Before any entry, the line dates the page, as a byline's does.
		{"the page's date line above its entries",
			"Results live\n\nFri 8 May 2026 08.15 BST\n\n08:10 BST\nCounting resumes in Harbury.",
			[]string{"2026-05-08T08:10"}},
	}
	published := time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string { return e.Value })
		if strings.Join(got, " ") != strings.Join(c.values, " ") {
			t.Errorf("%s: events %v, want %v", c.name, got, c.values)
		}
	}
}
