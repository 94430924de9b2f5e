package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// nov19 is the publication day of the s13-h value cases: 19 November 2012
// is a Monday, so its Thursday is the 22nd and the one before the 15th.
var nov19 = time.Date(2012, 11, 19, 0, 0, 0, 0, time.UTC)

// s13hValueCases are shapes of wire copy found in branch s13-h's news
// batch (tune-503..509), each in text of our own. A game report closes
// with each side's next game in labelled lines with no verb under "UP
// NEXT", set apart by blank lines as wire copy prints them: days to come.
var s13hValueCases = []tagCase{
	{"The Hawks lost 24-20.\n\nUP NEXT\n\nHawks: Host Denver on Nov. 25.\n\nMarauders: At Dallas on Thursday.\n",
		nov19, "Thursday", timex.Date, "2012-11-22", ""},
	{"Up next:\nLynx: At Portland on Saturday.\nComets: Off until Thursday.\n", nov19, "Saturday", timex.Date, "2012-11-24", ""},
	// Without the heading, a verbless labelled line is left to the other
	// rules, which read a bare weekday as the one gone.
	{"The Hawks lost 24-20.\n\nMarauders: At Dallas on Thursday.\n", nov19, "Thursday", timex.Date, "2012-11-15", ""},
	// A prose line under the heading is no entry of the block.
	{"UP NEXT\n\nThe Marauders, who have won four in a row since they lost to the Hawks in the rain, were at Dallas on Thursday.\n",
		nov19, "Thursday", timex.Date, "2012-11-15", ""},
}

func TestTag_S13hValues(t *testing.T) {
	checkTagCases(t, s13hValueCases)
}
