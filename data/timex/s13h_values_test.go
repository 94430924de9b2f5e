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
	// rules, which read a bare weekday as the one gone, as a past verb's.
	{"The Hawks lost 24-20.\n\nMarauders: At Dallas on Thursday.\n", nov19, "Thursday", timex.Date, "2012-11-15", ""},
	{"The Hawks lost 24-20.\n\nMarauders: Lost at Dallas on Thursday.\n", nov19, "Thursday", timex.Date, "2012-11-15", ""},
	// A prose line under the heading is no entry of the block.
	{"UP NEXT\n\nThe Marauders, who have won four in a row since they lost to the Hawks in the rain, were at Dallas on Thursday.\n",
		nov19, "Thursday", timex.Date, "2012-11-15", ""},
}

// feb14 is 14 February 2021, a Sunday: Presidents Day, the third Monday
// of February, fell on the 15th that year and on 18 February 2019.
var feb14 = time.Date(2021, 2, 14, 0, 0, 0, 0, time.UTC)

// s13hHolidayCases are the United States' Presidents Day in its
// spellings, and its shopping days.
var s13hHolidayCases = []tagCase{
	{"Schools will reopen after the Presidents Day holiday.", feb14, "Presidents Day", timex.Date, "2021-02-15", ""},
	{"Banks close on Presidents' Day.", feb14, "Presidents' Day", timex.Date, "2021-02-15", ""},
	{"The mail does not run on President's Day.", feb14, "President's Day", timex.Date, "2021-02-15", ""},
	{"Presidents Day 2019 was bitterly cold.", feb14, "Presidents Day 2019", timex.Date, "2019-02-18", ""},
	{"The presidents' summit opened on Friday.", feb14, "presidents'", "", "", ""},
	// Black Friday is the day after Thanksgiving (28 November in 2019,
	// 22 November in 2018), Cyber Monday the Monday after that.
	{"Stores open early on Black Friday.", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), "Black Friday", timex.Date, "2019-11-29", ""},
	{"Demand faded after Cyber Monday.", time.Date(2019, 1, 9, 0, 0, 0, 0, time.UTC), "Cyber Monday", timex.Date, "2018-11-26", ""},
}

func TestTag_S13hHolidays(t *testing.T) {
	checkTagCases(t, s13hHolidayCases)
}

func TestTag_S13hValues(t *testing.T) {
	checkTagCases(t, s13hValueCases)
}
