package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// Publication days of the news value cases: 12 November 2008 is a
// Wednesday, 18 January 2024 a Thursday (ISO week 3), 17 May 2023 a
// Wednesday, 13 March 2022 a Sunday.
var (
	nov12 = time.Date(2008, 11, 12, 0, 0, 0, 0, time.UTC)
	jan18 = time.Date(2024, 1, 18, 0, 0, 0, 0, time.UTC)
	may17 = time.Date(2023, 5, 17, 0, 0, 0, 0, time.UTC)
	mar13 = time.Date(2022, 3, 13, 0, 0, 0, 0, time.UTC)
)

// newsValueCases are value and recognition classes found in a fresh batch
// of our news articles (tune-65..72), each in a sentence of our own.
var newsValueCases = []tagCase{
	// A bare midnight after an evening, a night or a late clock time of a
	// day is the one that ends that day.
	{"The river rose on Saturday night. Levels peaked shortly after midnight.", nov12, "midnight", timex.Time, "2008-11-09T00:00", ""},
	{"22:40 GMT - Most votes are counted. Final figures are due shortly after midnight.", mar13, "midnight", timex.Time, "2022-03-14T00:00", ""},
	{"The strike began at midnight, the union said.", nov12, "midnight", timex.Time, "2008-11-12T00:00", ""},
	// A time stamp heading a live report's entry is on the day of writing,
	// not the day the entry before it named.
	{"16:45 GMT - The new assembly sits on March 28.\n\n15:20 GMT - Welcome to our coverage.", mar13, "15:20 GMT", timex.Time, "2022-03-13T15:20", ""},
	{"22:40 GMT - Results are due after midnight.\n\n21:15 GMT - The leader has conceded.", mar13, "21:15 GMT", timex.Time, "2022-03-13T21:15", ""},
	// A time stamp alone on its line, above its entry, is one too; a
	// bullet ends its line's sentence, so a day ending one key point and
	// the day opening the next are no range.
	{"4:10 p.m.\nThe final is moved to March 20.\n\n2:45 p.m.\nThe pitch is flooded.", mar13, "2:45 p.m.", timex.Time, "2022-03-13T14:45", ""},
	// A stamp with no dash before a long sentence on its line is one too;
	// a timetable's short row after its day heading is not.
	{"17:05 The ferry will sail on Friday.\n\n15:20 Rescue teams on the island say more than 400 people have now been moved to schools.", mar13, "15:20", timex.Time, "2022-03-13T15:20", ""},
	{"Saturday March 19\n15:40 Women's 60m final", mar13, "15:40", timex.Time, "2022-03-19T15:40", ""},
	// The end of a range runs forward from its start, even when the
	// clause's past verb would put a day with no year in last year.
	{"The firm recalled salads with use-by dates between March 10 and April 2.", mar13, "April 2", timex.Date, "2022-04-02", ""},
	{"The firm recalled salads with use-by dates between March 1 and March 9.", mar13, "March 9", timex.Date, "2022-03-09", ""},
	// A winter written with the short year it runs into is one winter.
	{"She led street protests in the winter of 2011-12.", mar13, "the winter of 2011-12", timex.Date, "2011-WI", ""},
	{"Snow fell through winter 2010/11, the agency said.", mar13, "winter 2010/11", timex.Date, "2010-WI", ""},
	// "the Fourth of July" is a holiday's name, July 4, not the month.
	{"She fell ill around the Fourth of July, her lawyer said.", mar13, "Fourth of July", timex.Date, "2021-07-04", ""},
	{"Fireworks will light the bay on the Fourth of July.", mar13, "Fourth of July", timex.Date, "2022-07-04", ""},
	{"Key points\n- Roads shut until Monday morning\n- Sunday's races cancelled", mar13, "Sunday", timex.Date, "2022-03-13", ""},
	// A year written out is not lent to a day and month across a
	// paragraph break: in a news story the new paragraph's day is this
	// year's.
	{"Judges annulled a vote in the same way in February 2020.\n\nObservers, who arrived on Feb. 10, said the count was slow.",
		mar13, "Feb. 10", timex.Date, "2022-02-10", ""},
	// A split financial or tax year runs from April to March, as
	// Britain's do; a split season stays two calendar years.
	{"Costs rose most recently in the 2016-17 financial year.", mar13, "the 2016", timex.Date, "2016-04", ""},
	{"Costs rose most recently in the 2016-17 financial year.", mar13, "17", timex.Date, "2017-03", ""},
	{"The 2016-17 season was long.", mar13, "17", timex.Date, "2017", ""},
	// So does one after its noun, or written alone in a text that names a
	// split financial year elsewhere.
	{"Results for the financial year 2023-24 are due in April.", mar13, "2023", timex.Date, "2023-04", ""},
	{"Results for the financial year 2023-24 are due in April.", mar13, "24", timex.Date, "2024-03", ""},
	{"Profit hit a record in 2020-21. Its target for the 2021-22 financial year is modest.", mar13, "21", timex.Date, "2021-03", ""},
	{"Profit hit a record in 2020-21. The 2021-22 season starts soon.", mar13, "21", timex.Date, "2021", ""},
	// A run of months named as a quarter takes the year written after the
	// quarter, which qualifies it, as "March of 2023" does.
	{"Profit rose in the April-June quarter of 2023.", may17, "June", timex.Date, "2023-06", ""},
	{"The first kiln starts in the October-December quarter of 2025.", may17, "October", timex.Date, "2025-10", ""},
	{"Sales fell in the June quarter of 2021.", may17, "the June quarter of 2021", timex.Date, "2021-Q2", ""},
	// "the end of the calendar year" is the end of the year, as "the end
	// of the fiscal year" is read.
	{"The firm will stop making the old model by the end of the calendar year.", may17, "the end of the calendar year", timex.Date, "2023", "END"},
	// A run of three months named as a quarter is the quarter reported:
	// "a year ago" after an amount is that quarter a year before.
	{"Net profit for the October-December quarter rose to Rs 1,284 crore from Rs 1,157 crore a year ago.", jan18,
		"a year ago", timex.Date, "2022-Q4", ""},
	{"Revenue for the April-June quarter rose to $4 million from $3 million a year ago.", jan18,
		"a year ago", timex.Date, "2022-Q2", ""},
	{"Operating profit for the third quarter fell to 2.1 billion euros, after 2.6 billion euros a year ago.", jan18,
		"a year ago", timex.Date, "2022-Q3", ""},
	// A slash splits a financial year as a hyphen does.
	{"Councillors vote on a budget for the 2026/27 financial year.", mar13, "27", timex.Date, "2027-03", ""},
	{"The auditor's report on the 2024/25 accounts is late.", mar13, "25", timex.Date, "2025-03", ""},
	{"The council set its 2025-26 budget.", mar13, "26", timex.Date, "2026-03", ""},
	// A fiscal year code is read by its number, and a quarter "of" it in
	// the fiscal year the text gives.
	{"Guidance for FY25 was kept.", may17, "FY25", timex.Date, "2025", ""},
	{"Capacity will rise by FY2027.", may17, "FY2027", timex.Date, "2027", ""},
	{"Profit for the first quarter of FY25 fell. Its target for the 2024-25 financial year stands.", may17,
		"the first quarter of FY25", timex.Date, "2024-Q2", ""},
	// A text that names a split financial year counts its quarters in
	// that year, from April, as one that says its year ends in March does.
	{"Net profit for the first quarter fell 9%. The group kept its target for the 2023-24 financial year.", may17,
		"the first quarter", timex.Date, "2023-Q2", ""},
	{"Net profit for the first quarter fell 9%. The group kept its target for 2023.", may17,
		"the first quarter", timex.Date, "2023-Q1", ""},
	// After a half of a calendar year written out, a bare half is the
	// calendar's, though the text gives a fiscal year's end (another
	// company's); with no such half the fiscal year counts.
	{"Profit fell in the first half of 2008. We expect the second half to be tougher. Its partner's financial year ends in June.",
		nov12, "the second half", timex.Date, "2008-H2", ""},
	{"We expect the second half to be tougher. Its financial year ends in June.", nov12, "the second half", timex.Date, "2009-H1", ""},
	// "the year" after a winter is the year the winter ends in.
	{"Last winter, the coldest in years, lifted sales in the first three months of the year.", mar13, "the year", timex.Date, "2022", ""},
	// A clock time inside a sentence stays on the day told of.
	{"The quake struck on March 3.\nAt 4:12 - local time - a second shock came.", mar13, "4:12", timex.Time, "2022-03-03T04:12", ""},
	// "overnight into Saturday" is the night from Friday, in the tense of
	// the clause.
	{"Snow will fall heavily overnight into Saturday.", jan18, "overnight into Saturday", timex.Time, "2024-01-19TNI", ""},
	{"Snow fell heavily overnight into Tuesday, the service said.", jan18, "overnight into Tuesday", timex.Time, "2024-01-15TNI", ""},
	// "earlier in the day" is the day the story is on, unless a day was
	// named before it in the sentence (see newsUntaggedCases).
	{"Polls closed at 6 p.m. A power cut earlier in the day delayed voting.", mar13, "earlier in the day", timex.Date, "2022-03-13", ""},
	{"The bank will decide later in the day, officials said.", mar13, "later in the day", timex.Date, "2022-03-13", ""},
	// "the current quarter" is the one under way, even while the article
	// reports on the one before.
	{"Third-quarter profit rose 14%. Tariffs will cost $60 million in the current quarter.", dct1101, "the current quarter", timex.Date, "1989-Q4", ""},
	// A bare clock time takes the day the story tells of, not a day named
	// in an aside before it; with no other, the publication day.
	{"The euro fell on Wednesday after a rating cut on Monday night. The bank decides at 1345 GMT.", nov12, "1345 GMT", timex.Time, "2008-11-12T13:45", ""},
	// A record's day a few words after "since" is an aside too, and a set
	// named since ("weekly") does not make it the story's day again.
	{"Oil fell on Wednesday. Prices have lost 40 percent since hitting a record above $147 on July 11. Traders were also waiting for weekly inventory data, due at 1430 GMT.",
		nov12, "1430 GMT", timex.Time, "2008-11-12T14:30", ""},
	{"The euro fell on Wednesday after a rating cut on Monday night. Dealers await weekly figures, due at 1345 GMT.", nov12, "1345 GMT", timex.Time, "2008-11-12T13:45", ""},
	{"Profit rose. For the fiscal year, which ended on September 30, sales grew. Shares were up by midday.", nov12, "midday", timex.Time, "2008-11-12T12:00", ""},
	{"The probe lifted off on Tuesday. [Photo: the rocket on Monday evening.] The first signal came at 09:52.", nov12, "09:52", timex.Time, "2008-11-11T09:52", ""},
	{"The fire broke out on Monday afternoon. At 3 p.m. it jumped the river.", nov12, "3 p.m.", timex.Time, "2008-11-10T15:00", ""},
	// "that November" is November of the year just named.
	{"An auditor raised concerns in the autumn of 2004. The mayor resigned that November.", nov12, "November", timex.Date, "2004-11", ""},
	{"Sales fell in 2005 and the plant shut that March.", nov12, "March", timex.Date, "2005-03", ""},
	{"Sales fell in 2005. She said that March would be better.", nov12, "March", timex.Date, "2009-03", ""},
	// A day or week counted from the date mentioned last counts from the
	// last day, not from a month named since.
	{"He is sentenced on December 11. A co-accused pleaded guilty last month and is due to be sentenced the same week.", nov12, "the same week", timex.Date, "2008-W50", ""},
	{"The ship left on October 2, a month after the strike began in September. It docked the next day.", nov12, "the next day", timex.Date, "2008-10-03", ""},
	// A movable feast with no tense is the nearer one; a past clause
	// keeps last year's.
	{"Easter falls early this year.", time.Date(2008, 3, 3, 0, 0, 0, 0, time.UTC), "Easter", timex.Date, "2008-03-23", ""},
	{"Sales jumped at Easter, the chain said.", time.Date(2008, 3, 3, 0, 0, 0, 0, time.UTC), "Easter", timex.Date, "2007-04-08", ""},
	// A day and month followed by "last year" is one date in that year.
	{"Police arrested him at the border on March 4 last year.", nov12, "March 4 last year", timex.Date, "2007-03-04", ""},
	{"The plant closes on 30 June next year.", nov12, "30 June next year", timex.Date, "2009-06-30", ""},
	// "the 2000s" is the decade of the noughties; "the 1800s" stays a century.
	{"Since the early 2000s, the city has laid new tracks.", may17, "the early 2000s", timex.Date, "200", "START"},
	{"Trams ran here in the 2000s.", may17, "the 2000s", timex.Date, "200", ""},
	{"The mill was built in the 1800s.", may17, "the 1800s", timex.Date, "18", ""},
	{"Police arrested him on March 4 last year. The day before, he had sold his car.", nov12, "The day before", timex.Date, "2007-03-03", ""},
	// "the last week of" something that is no month is the week that
	// ends it, which the calendar does not place; "the last week" alone
	// is the week before this one (week 2 of 2024).
	{"The replay was squeezed into the last week of the season.", jan18, "the last week", timex.Date, "XXXX-WXX", ""},
	{"He spent the last week of his life in Rome.", jan18, "the last week", timex.Date, "XXXX-WXX", ""},
	{"Prices rose 3 percent in the last week.", jan18, "the last week", timex.Date, "2024-W02", ""},
	// A week, month or year "before" or "after" with nothing after it is
	// counted from the date mentioned last; "the week before Christmas"
	// is left alone.
	{"Cases fell to 1,240 in the seven days to Sunday, down from 1,610 the week before.", nov12, "the week before", timex.Date, "2008-W44", ""},
	{"The zoo sold 2.1 million tickets in 2007, up from 1.8 million the year before.", nov12, "the year before", timex.Date, "2006", ""},
	{"Exports rose in March and fell the month after.", nov12, "the month after", timex.Date, "2008-04", ""},
	// A month opening a line with its day after it is that line's date,
	// not the month of a number ending the line above (a schedule).
	{"RESULTS\nOct. 4: beat Harlow 28-14\nOct. 11: lost at Deane 10-17", nov12, "Oct. 11", timex.Date, "2008-10-11", ""},
	{"RESULTS\nOct. 4: beat Harlow 28-14\nOct. 11: lost at Deane 10-17", nov12, "Oct. 4", timex.Date, "2008-10-04", ""},
}

func TestTag_NewsValues(t *testing.T) {
	checkTagCases(t, newsValueCases)
}

// TestTag_NewsUntagged checks phrases of the news classes that must stay
// untagged.
func TestTag_NewsUntagged(t *testing.T) {
	type untaggedCase struct{ text, phrase string }
	for _, c := range []untaggedCase{
		{"The envoy flew to Cairo on Tuesday morning and on to Amman later in the day.", "later in the day"},
		{"Okafor scored on the 26th minute, his third goal since the 2nd round.", "the 26th"},
		{"The empire fell before the 5th century.", "the 5th"},
		// A season's length, or another planet's season, is none of
		// the calendar's.
		{"The trust raised the money in a single winter.", "winter"},
		{"One summer, the lake dried up completely.", "summer"},
		{"The lander will look for water through the Martian winter.", "winter"},
	} {
		for _, x := range timex.Tag(c.text, mar13) {
			if x.Text == c.phrase {
				t.Errorf("Tag(%q) tagged %q as %s %s", c.text, c.phrase, x.Type, x.Value)
			}
		}
	}
}
