package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// jun28 is the publication day of the s14-a value cases: 28 June 2016 is
// a Tuesday.
var jun28 = time.Date(2016, 6, 28, 0, 0, 0, 0, time.UTC)

// s14aValueCases are shapes of page furniture found in branch s14-a's
// news batch (tune-536..542), each in text of our own. A key-dates box
// heads its lines with day-first dates, as British and European pages
// do; each line is an entry of its own, so the participle of the line
// above ("named") does not make the next line's day a past one.
var s14aValueCases = []tagCase{
	{"Key dates\n23 June – referendum\n9 September – new party leader named\n16 September – informal summit in Bratislava\n",
		jun28, "16 September", timex.Date, "2016-09-16", ""},
	{"Key dates\n23 June – referendum\n28-29 June – summit in Brussels\n1 July – new presidency\n",
		jun28, "1 July", timex.Date, "2016-07-01", ""},
}

func TestTag_S14aValues(t *testing.T) {
	checkTagCases(t, s14aValueCases)
}
