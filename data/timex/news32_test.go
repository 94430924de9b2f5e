package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// dct10Mar2015 is Tuesday 10 March 2015, the day of the news32 tune
// article, a budget live blog.
var dct10Mar2015 = time.Date(2015, 3, 10, 0, 0, 0, 0, time.UTC)

// TestNews32Tag holds the news32 value cases, with near-misses that must
// keep theirs.
func TestNews32Tag(t *testing.T) {
	checkTagCases(t, []tagCase{
		// A tax year is a government's: a bare quarter in a text that names
		// one stays the calendar's quarter.
		{"Income tax bands are frozen for the 2015-16 tax year. Growth slowed in the fourth quarter.", dct10Mar2015,
			"the fourth quarter", timex.Date, "2014-Q4", ""},
		// Near-miss: a split financial year may be a company's, and its
		// quarters are counted from April, as before.
		{"Growth slowed in the fourth quarter. The group kept its target for the 2015-16 financial year.", dct10Mar2015,
			"the fourth quarter", timex.Date, "2015-Q1", ""},
		// A split year alone before a coordinator or a preposition is the
		// financial year the text names elsewhere, as one before a comma is.
		{"Bands are frozen for the 2015-16 tax year. The deficit will fall in 2015-16 and vanish by 2019.", dct10Mar2015,
			"2015", timex.Date, "2015-04", ""},
		{"Bands are frozen for the 2015-16 tax year. The deficit will be 2 per cent in 2015-16 of output.", dct10Mar2015,
			"2015", timex.Date, "2015-04", ""},
		// Near-miss: a noun of its own keeps two calendar years.
		{"Bands are frozen for the 2015-16 tax year. The 2015-16 season starts in August.", dct10Mar2015,
			"2015", timex.Date, "2015", ""},
	})
}
