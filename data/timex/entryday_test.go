package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// dct8May2026 is Friday 8 May 2026 (checked against the calendar), the
// morning after an election night; the pages are our own.
var dct8May2026 = time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC)

// TestTag_EntryDay checks that a live entry stamped with a written date
// and a clock time tells its "tonight" and "tomorrow" from its own day,
// and that a bare stamp below it goes back to the page's day.
func TestTag_EntryDay(t *testing.T) {
	checkTagCases(t, []tagCase{
		{"Results live\n\nThu 7 May 2026 22.01 BST\nPolls have closed. Counting starts tonight in 30 areas.", dct8May2026,
			"tonight", timex.Time, "2026-05-07TNI", ""},
		{"Results live\n\nThu 7 May 2026 21.30 BST\nThe first counts are expected tomorrow.", dct8May2026,
			"tomorrow", timex.Date, "2026-05-08", ""},
		// Near-miss: a bare stamp after the dated one is the page's day.
		{"Thu 7 May 2026 21.30 BST\nPolls are open.\n\n09:41 BST\nCounting goes on tonight.", dct8May2026,
			"tonight", timex.Time, "2026-05-08TNI", ""},
		// Near-miss: a date with no clock time is no entry stamp.
		{"Thu 7 May 2026\nPolls have closed. Counting starts tonight.", dct8May2026,
			"tonight", timex.Time, "2026-05-08TNI", ""},
	})
}
