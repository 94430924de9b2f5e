package timex_test

import (
	"testing"

	"github.com/dateline/dateline/data/timex"
)

// anchoringCases are expressions resolved against something other than the
// publication date alone: the day a market report is on and the period a
// financial comparison is with. Our own sentences; values by the calendar
// (30 November 2024 is a Saturday, 29 November the Friday before it;
// 27 November 2024, dct27, is a Wednesday in 2024-Q4).
var anchoringCases = []tagCase{
	// "Ended the day": the day mentioned last, though a year was named since.
	{"Stocks slid on Friday. The index sank to its lowest close since 2009 and ended the day 2% down.",
		day(2024, 11, 30), "the day", timex.Date, "2024-11-29", ""},
	// A weekend report with no day named is on the Friday before: markets
	// are shut at weekends.
	{"The index ended the day 2% down.", day(2024, 11, 30), "the day", timex.Date, "2024-11-29", ""},
	{"The index ended the day 2% down.", dct27, "the day", timex.Date, "2024-11-27", ""},
	// The day named last, however long ago, is the day of the story.
	{"Drivers last walked out on 17 March, when most lines were shut for the day.", day(2025, 5, 9), "the day", timex.Date, "2025-03-17", ""},
	// "The quarter a year ago" is a comparison: the quarter reported on
	// stays this year's.
	{"Profit rose in the third quarter from the quarter a year ago, and margins in the latest quarter widened.",
		dct27, "the latest quarter", timex.Date, "2024-Q3", ""},
	{"Profit rose in the third quarter from the quarter a year ago.", dct27, "the quarter a year ago", timex.Date, "2023-Q3", ""},
	// "The quarter ending Dec. 31" is the quarter that day ends, when no
	// other quarter is being reported.
	{"The company will report results for the quarter ending Dec. 31.", dct27, "the quarter", timex.Date, "2024-Q4", ""},
	{"Profit fell in the quarter ended Sept. 30.", dct27, "the quarter", timex.Date, "2024-Q3", ""},
	// "A year earlier" after an amount, right after a comparison with a
	// year ago, is the same comparison.
	{"Net income was $5 million, up from $3 million a year ago, on sales of $90 million against $80 million a year earlier.",
		dct27, "a year earlier", timex.Date, "2023", ""},
	{"It earned 14 cents a share in the third quarter, up from 9 cents a share a year ago and 7 cents a share a year earlier.",
		dct27, "a year earlier", timex.Date, "2023-Q3", ""},
	// After an amount, in an article reporting a quarter, "a year ago" is
	// that quarter a year back, though a day ("ended Sept. 28") was named
	// since; without an amount it is the year before.
	{"The retailer earned $5 million in the third quarter, which ended Sept. 28, up from $3 million a year ago.",
		dct27, "a year ago", timex.Date, "2023-Q3", ""},
	{"The retailer earned $5 million in the third quarter, which ended Sept. 28. Costs were lower than a year ago.",
		dct27, "a year ago", timex.Date, "2023", ""},
	// Told of events, it moves back from the date mentioned last.
	{"The plant was sold a year ago. A year earlier, it had cut 200 jobs.", dct27, "A year earlier", timex.Date, "2022", ""},
	{"The plant closed two years ago, and it had cut jobs a year earlier.", dct27, "a year earlier", timex.Date, "2021", ""},
	// A history: every year it writes is far from the dct and nothing
	// speaks from the day of writing, so a day, month or season without a
	// year takes the year written last, however many sentences back.
	{"The war began in 1914. In 1915 the army landed at the straits. On 25 April, troops went ashore.",
		dct27, "25 April", timex.Date, "1915-04-25", ""},
	{"The war began in 1914. In 1915 the front settled. Both sides dug trenches. In March, a new offensive opened.",
		dct27, "March", timex.Date, "1915-03", ""},
	{"The army was raised in 1861 and marched in 1862. It crossed the river in spring.",
		dct27, "spring", timex.Date, "1862-SP", ""},
	{"The war began in 1914. In 1916 the army withdrew. By the end of the year, the front was quiet.",
		dct27, "the end of the year", timex.Date, "1916", "END"},
	// "The following spring", "the previous April" and "that winter" count
	// from the date mentioned last, in news as in a history.
	{"The war began in 1914. In 1915 the army landed. The following spring, the offensive stalled.",
		dct27, "The following spring", timex.Date, "1916-SP", ""},
	{"The plant opened on 3 June 2021. The previous April, its owner had been sued.",
		dct27, "The previous April", timex.Date, "2021-04", ""},
	{"The plant opened on 3 June 2021. The following April, it closed.", dct27, "The following April", timex.Date, "2022-04", ""},
	{"The mine flooded in 2019. That winter, the town emptied.", dct27, "That winter", timex.Date, "2019-WI", ""},
	// "Early the next year" counts from the date mentioned last, as "the
	// next year" does; "the next spring" too.
	{"The siege ended on 29 May 1453. Early the next year, envoys arrived.", dct27, "Early the next year", timex.Date, "1454", "START"},
	{"His troops landed in the summer of 1480. He died the next spring.", dct27, "the next spring", timex.Date, "1481-SP", ""},
	// A date that writes its own year does not speak from the day of
	// writing, and a season of a written year is the year later months
	// take in a history.
	{"The siege began in 1452. On the morning of 29 May 1453 the walls fell. In the summer of 1480 troops landed. In May, the sultan died.",
		dct27, "May", timex.Date, "1480-05", ""},
	{"The empire grew from 1453 to 1470. At the end of the decade, peace returned.", dct27, "the end of the decade", timex.Date, "147", "END"},
	// Both ends of a range of old years are years; a lone "to 1470" is not.
	{"Between 1453 and 1470 the empire doubled.", dct27, "1453", timex.Date, "1453", ""},
	{"The empire grew from 1453 to 1470.", dct27, "1470", timex.Date, "1470", ""},
	{"The index rose to 1470 on Monday.", dct27, "1470", "", "", ""},
	{"Between 1500 and 2000 troops died.", dct27, "1500", "", "", ""},
	// News is not a history: a weekday or a recent year keeps the dct's year.
	{"The bank was founded in 1985 and listed in 1990. On Tuesday it said profit rose. In March, it cut jobs.",
		dct27, "March", timex.Date, "2024-03", ""},
	{"The firm was founded in 1985, moved in 1990 and was sold in 2023. In March, it cut jobs.",
		dct27, "March", timex.Date, "2024-03", ""},
	// A run of days or weeks ends on the day the story is on: the dct, or
	// the day named last.
	{"Trading was suspended for a second consecutive day.", dct27, "a second consecutive day", timex.Date, "2024-11-27", ""},
	{"Shares fell on Monday for the third straight day.", dct27, "the third straight day", timex.Date, "2024-11-25", ""},
	{"Stocks gained for a fourth week in a row.", dct27, "a fourth week", timex.Date, "2024-W48", ""},
	{"The index had its worst week since March.", dct27, "worst week", timex.Date, "2024-W48", ""},
	// A count of a run is a duration, as the count alone is.
	{"The index has risen for three straight weeks.", dct27, "three straight weeks", timex.Duration, "P3W", ""},
	{"Rain fell for five consecutive days.", dct27, "five consecutive days", timex.Duration, "P5D", ""},
	// Without a word of a run, an ordinal day or week counts from
	// something else.
	{"Exams start in the second week of March.", dct27, "the second week", "", "", ""},
	{"On the third day of the siege, the walls fell.", dct27, "the third day", "", "", ""},
	{"It was the best day of my life.", dct27, "the best day", "", "", ""},
	// "The following Monday" after a week counts from the end of that week
	// (3 March 2024 is a Sunday: two weeks later is the week of 11–17 March).
	{"The trial opened on 3 March 2024. Two weeks later, the jury retired. It returned a verdict the following Monday.",
		dct27, "the following Monday", timex.Date, "2024-03-18", ""},
	// "That time" is the date mentioned last.
	{"The sale must close by June 10. If no price is agreed by that time, the buyer walks away.",
		dct27, "that time", timex.Date, "2025-06-10", ""},
	{"The sale was agreed in March 2023. At that time, the firm was losing money.",
		dct27, "that time", timex.Date, "2023-03", ""},
	// The day before or after a date is the day next to it; next to an
	// event the tagger cannot date, only the year is known.
	{"The envoys met the day before March 3.", dct27, "the day before March 3", timex.Date, "2024-03-02", ""},
	{"He flew home the day after Christmas.", day(2025, 1, 10), "the day after Christmas", timex.Date, "2024-12-26", ""},
	// dct27 is a Wednesday: its day before is "Tuesday" or "yesterday",
	// so "last Tuesday" is the 19th, the Tuesday of the week before (as
	// tune-294 and tune-506 gold it), and the day before it the 18th.
	{"The envoys met on November 12. The talks broke down the day before last Tuesday's vote.",
		dct27, "the day before last Tuesday", timex.Date, "2024-11-18", ""},
	{"The envoys met on November 12 and again the day before he was arrested.", dct27, "the day", timex.Date, "2024-XX-XX", ""},
	// "In the day before flying home": the day is the clause's own, no
	// day before the one mentioned last ("later in the day" after a day
	// named in the sentence is left untagged).
	{"The envoy lands in Kelby on Tuesday morning, then spends five hours in Dunmore, later in the day before flying home.",
		dct27, "the day before", "", "", ""},
}

func TestTag_Anchoring(t *testing.T) { checkTagCases(t, anchoringCases) }
