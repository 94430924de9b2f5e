package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// thu10Feb2000 is the publication day of the s13-f span cases: 10 February 2000
// is a Thursday.
var thu10Feb2000 = time.Date(2000, 2, 10, 0, 0, 0, 0, time.UTC)

// s13fSpanCases are the spans of branch s13-f's rules, in text of our own;
// values checked against the calendar (Thanksgiving 1999 fell on 25
// November, Easter 1999 on 4 April).
var s13fSpanCases = []tagCase{
	// "last" or "next" that picks a holiday's year belongs to it.
	{"The ferry sank last Thanksgiving off the cape.", thu10Feb2000, "last Thanksgiving", timex.Date, "1999-11-25", ""},
	{"The choir sings again next Christmas.", thu10Feb2000, "next Christmas", timex.Date, "2000-12-25", ""},
	{"The bridge opened last Easter Monday morning.", thu10Feb2000, "last Easter Monday morning", timex.Time, "1999-04-05TMO", ""},
	// After a determiner it orders a story's holidays: "his last Christmas".
	{"His last Christmas in the village was a quiet one.", thu10Feb2000, "Christmas", timex.Date, "1999-12-25", ""},
	// A fraction of a unit is a duration that takes the fraction in.
	{"She was on 1/2 day leave.", thu10Feb2000, "1/2 day", timex.Duration, "PT12H", ""},
	{"The talk ran 3/4 hour over time.", thu10Feb2000, "3/4 hour", timex.Duration, "PT45M", ""},
	// Hours "ago" are a moment of the day of writing; "1+" is at least one.
	{"The statement went out 1+ hr ago.", thu10Feb2000, "1+ hr ago", timex.Date, "2000-02-10", "BEFORE"},
	{"The statement went out two hours ago.", thu10Feb2000, "two hours ago", timex.Date, "2000-02-10", ""},
}

// TestTag_S13fSpans checks the spans and values of s13fSpanCases.
func TestTag_S13fSpans(t *testing.T) {
	checkTagCases(t, s13fSpanCases)
}
