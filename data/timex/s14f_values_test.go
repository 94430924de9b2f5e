package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// fri10Aug2007 is the publication day of the s14-f span cases: 10 August
// 2007 is a Friday, in ISO week 32.
var fri10Aug2007 = time.Date(2007, 8, 10, 0, 0, 0, 0, time.UTC)

// s14fSpanCases are the spans, types and mods of branch s14-f's rules, in
// text of our own, read as the TimeML guidelines write them: a set holds
// its "every", and "early" or "late" is the START or END of the period it
// stands before. Values checked against the calendar.
var s14fSpanCases = []tagCase{
	// "every" and a count of minutes or seconds recur.
	{"Shuttle buses leave every 20 minutes.", fri10Aug2007, "every 20 minutes", timex.Set, "PT20M", ""},
	{"The beacon flashes every 30 seconds.", fri10Aug2007, "every 30 seconds", timex.Set, "PT30S", ""},
	{"Ferries sail every two hours in winter.", fri10Aug2007, "every two hours", timex.Set, "PT2H", ""},
	// "early" or "late" before "in the week", "in the month", "in the year".
	{"Shares slid early in the week.", fri10Aug2007, "early in the week", timex.Date, "2007-W32", "START"},
	{"Sales fell in March but recovered late in the month.", fri10Aug2007, "late in the month", timex.Date, "2007-03", "END"},
	{"The firm expects to hire again late in the year.", fri10Aug2007, "late in the year", timex.Date, "2007", "END"},
	// After "too" or a form of "be" it judges timing: no time.
	{"It is too early in the month to judge.", fri10Aug2007, "early in the month", "", "", ""},
	// "before" or "after" with an object is a signal outside the
	// expression; ending the phrase, it belongs to it.
	{"The rifle was buried in the days before the raid.", fri10Aug2007, "the days", timex.Duration, "PXD", ""},
	{"Shops were busy in the days before Christmas.", fri10Aug2007, "the days", timex.Duration, "PXD", ""},
	{"In the days after, the town buried its dead.", fri10Aug2007, "the days after", timex.Duration, "PXD", ""},
}

// TestTag_S14fSpans checks the spans, types and mods of s14fSpanCases.
func TestTag_S14fSpans(t *testing.T) {
	checkTagCases(t, s14fSpanCases)
}
