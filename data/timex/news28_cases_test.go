package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// Publication days of the news28 cases: 3 January 2026 is a Saturday.
var (
	jan3y26 = time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC)
)

// news28Cases are value classes found in the tune-331..340 articles, each
// in a sentence of our own, with the near-misses that must keep their
// reading.
var news28Cases = []tagCase{
	// A quarter or half "of that year" (or "of the following year") is
	// of the year of the date mentioned last, not of the publication.
	{"The mill closed in March 2011. Its accounts for the third quarter of that year showed a loss.", jan3y26, "the third quarter of that year", timex.Date, "2011-Q3", ""},
	{"The dam was finished in 2004, and the turbines ran from the second half of the following year.", jan3y26, "the second half of the following year", timex.Date, "2005-H2", ""},
	// Not "of this year" or "of next year": those count from the publication.
	{"The mill closed in March 2011. Sales will recover in the third quarter of next year.", jan3y26, "the third quarter of next year", timex.Date, "2027-Q3", ""},
}

func TestTag_News28(t *testing.T) {
	checkTagCases(t, news28Cases)
}
