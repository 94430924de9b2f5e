package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// Publication days of the news28 cases: 3 January 2026 is a Saturday,
// 24 November 2015 a Tuesday, 10 June 2017 a Saturday, 2 March 2023 a
// Thursday (Christmas 2022 a Sunday, Easter 2022 on 17 April), 16
// September 2009 a Wednesday, 31 December 2006 a Sunday, 10 February 2014
// a Monday.
var (
	jan3y26  = time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC)
	nov24y15 = time.Date(2015, 11, 24, 0, 0, 0, 0, time.UTC)
	jun10y17 = time.Date(2017, 6, 10, 0, 0, 0, 0, time.UTC)
	mar2y23  = time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC)
	sep16y09 = time.Date(2009, 9, 16, 0, 0, 0, 0, time.UTC)
	dec31y06 = time.Date(2006, 12, 31, 0, 0, 0, 0, time.UTC)
	feb10y14 = time.Date(2014, 2, 10, 0, 0, 0, 0, time.UTC)
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
	// "the last day" or "the last week" of a year written alone is the
	// year's last day or week, one expression.
	{"She finished the last draft on the last day of 2013 and sent it off.", nov24y15, "the last day of 2013", timex.Date, "2013-12-31", ""},
	{"The shop shut in the last week of 2013.", nov24y15, "the last week of 2013", timex.Date, "2013-W52", ""},
	// A month after "of" keeps its reading.
	{"The sale ends on the last day of March 2014.", nov24y15, "the last day of March 2014", timex.Date, "2014-03-31", ""},
	// A clock time joined by "at" to the day just before it is that
	// day's hour, also in an aside.
	{"The headline act was moved on Friday. The band, which had been due to close the stage on Saturday at 10 p.m., will play in the autumn.", jun10y17, "10 p.m.", timex.Time, "2017-06-10T22:00", ""},
	// Not joined: a clock time after the aside is the story's day.
	{"The headline act was moved on Friday. The band, which had been due to close the stage on Saturday, went on at 10 p.m. instead.", jun10y17, "10 p.m.", timex.Time, "2017-06-09T22:00", ""},
	// "the <weekday> before/after <a day>" is that weekday next to the
	// day, one expression.
	{"She returned to the stage in December, at a benefit show on the Friday before Christmas.", mar2y23, "the Friday before Christmas", timex.Date, "2022-12-23", ""},
	{"The plant shut on the Monday after Easter.", mar2y23, "the Monday after Easter", timex.Date, "2022-04-18", ""},
	{"Voting ends on the Sunday after March 14.", mar2y23, "the Sunday after March 14", timex.Date, "2023-03-19", ""},
	// Not a day after "before": an event fixes no weekday, and the
	// weekday keeps its own reading.
	{"The vote is on the Friday before the election.", mar2y23, "Friday", timex.Date, "2023-03-03", ""},
	// "the first half of the year" is one expression, and "a year
	// earlier" after a half is the same half of the year before, as
	// after a quarter.
	{"Property taxes brought in 4 percent less in the first half of the year than a year earlier.", sep16y09, "the first half of the year", timex.Date, "2009-H1", ""},
	{"Property taxes brought in 4 percent less in the first half of the year than a year earlier.", sep16y09, "a year earlier", timex.Date, "2008-H1", ""},
	{"Sales fell 4 percent in the first half from a year earlier.", sep16y09, "a year earlier", timex.Date, "2008-H1", ""},
	// Not after a half: a year earlier than a year is a year.
	{"The plant opened in 2004. A year earlier, the town had voted for it.", sep16y09, "A year earlier", timex.Date, "2003", ""},
	// A comparison in the sentence that named the quarter is that
	// quarter a year before, past the report's date between.
	{"Northway said in its fourth-quarter report last month that its vinyl sales rose 18 percent from a year earlier.", mar2y23, "a year earlier", timex.Date, "2021-Q4", ""},
	// Not a quarter named: the comparison counts from the date before it.
	{"Northway said in its annual report last month that its vinyl sales rose 18 percent from a year earlier.", mar2y23, "a year earlier", timex.Date, "2022", ""},
	// "tonight" in a quote told in the simple past is the night of the
	// speech, the one before the paper that reports it.
	{`"Tonight the town chose to keep going," the mayor told supporters.`, feb10y14, "Tonight", timex.Time, "2014-02-09TNI", ""},
	{`The striker said: "We threw away two points tonight, but there are still games to play."`, feb10y14, "tonight", timex.Time, "2014-02-09TNI", ""},
	// Not told in the past, or not quoted: the night of the paper.
	{`The coach said: "We play them again tonight."`, feb10y14, "tonight", timex.Time, "2014-02-10TNI", ""},
	{`The coach said: "We will enjoy tonight."`, feb10y14, "tonight", timex.Time, "2014-02-10TNI", ""},
	{"We threw away two points tonight.", feb10y14, "tonight", timex.Time, "2014-02-10TNI", ""},
	// A headline's bare "new year" after a preposition is "the new year".
	{"Harwick council delays budget vote into new year as library row grows", dec31y06, "new year", timex.Date, "2007", ""},
	{"Talks to resume in new year", dec31y06, "new year", timex.Date, "2007", ""},
	// Not a title: a quoted clock time with no noun for a work before it.
	{`The host said the show "starts at midnight".`, dec31y06, "midnight", timex.Time, "2006-12-31T00:00", ""},
}

func TestTag_News28(t *testing.T) {
	checkTagCases(t, news28Cases)
}

// TestTag_News28Untagged checks phrases of the news28 classes that must
// stay untagged: a bare "new year" with no preposition before it, a
// greeting or a noun's modifier, and a work's quoted title.
func TestTag_News28Untagged(t *testing.T) {
	type untaggedCase struct{ text, phrase string }
	for _, c := range []untaggedCase{
		{"Happy new year from all of us.", "new year"},
		{"The firm had a good new year sale.", "new year"},
		// A quoted title after a noun for a work is no time.
		{`Kane will play two songs on the talk show "Midnight Hour" on Wednesday.`, "Midnight"},
		{`Her new album "Sunday Morning" is out on Friday.`, "Sunday Morning"},
	} {
		for _, x := range timex.Tag(c.text, dec31y06) {
			if x.Text == c.phrase {
				t.Errorf("Tag(%q) tagged %q as %s", c.text, x.Text, x.Value)
			}
		}
	}
}
