package timex_test

import (
	"time"

	"github.com/dateline/dateline/data/timex"
)

// recallCases are the classes of expressions found in the error analysis
// of the tuning halves, in sentences of our own. Values checked against the
// calendar: 1 September 2014 is a Monday, 19 February 1998 a Thursday.
var recallCases = []tagCase{
	{"See you tmrw at the gym.", sep1, "tmrw", timex.Date, "2014-09-02", ""},
	{"Flight leaves at 6 am tmrw.", sep1, "6 am tmrw", timex.Time, "2014-09-02T06:00", ""},
	{"Gig is tdy, come along.", sep1, "tdy", timex.Date, "2014-09-01", ""},
	{"Party was great last nite.", sep1, "last nite", timex.Time, "2014-08-31TNI", ""},
	{"The show will be on this Sat at the hall.", sep1, "this Sat", timex.Date, "2014-09-06", ""},
	{"Classes resume next Tues.", sep1, "next Tues", timex.Date, "2014-09-09", ""}, // as "next Tuesday" reads on a Monday
	{"He sat down and waited.", sep1, "sat", "", "", ""},
	{"Sun shares fell.", sep1, "Sun", "", "", ""},
	{"school starts on a friday sadly", sep1, "a friday", timex.Date, "2014-09-05", ""},
	{"Earlier Sunday, police moved in.", sep1, "Earlier Sunday", timex.Date, "2014-08-31", ""},
	{"Later yesterday the index fell.", sep1, "Later yesterday", timex.Date, "2014-08-31", ""},
	{"In June last year the party split.", feb19, "June last year", timex.Date, "1997-06", ""},
	{"In January this year it won.", feb19, "January this year", timex.Date, "1998-01", ""},
	{"January nineteen ninety-seven. Atlanta again.", feb19, "January nineteen ninety-seven", timex.Date, "1997-01", ""},
	{"He will leave at 4 in the morning.", feb19, "4 in the morning", timex.Time, "1998-02-19T04:00", ""},
	{"The train left at 9:30 in the evening.", feb19, "9:30 in the evening", timex.Time, "1998-02-19T21:30", ""},
	{"Crime fell through the nineties.", feb19, "the nineties", timex.Date, "199", ""},
	{"Doors open at 430pm today.", sep1, "430pm today", timex.Time, "2014-09-01T16:30", ""},
	{"Breakfast is served at 7.30am.", sep1, "7.30am", timex.Time, "2014-09-01T07:30", ""},
	{"Yields rose 7.30 percent.", sep1, "7.30", "", "", ""},
	{"The ban lasts two more weeks.", sep1, "two more weeks", timex.Duration, "P2W", ""},
	{"The loan runs for an additional year.", sep1, "an additional year", timex.Duration, "P1Y", ""},
	{"Merry xmas to all!", sep1, "xmas", timex.Date, "2014-12-25", ""},
	{"Exams start on 21 jan for us.", sep1, "21 jan", timex.Date, "2015-01-21", ""},
	{"Results are out oct 15 they say.", sep1, "oct 15", timex.Date, "2014-10-15", ""},
	{"Every mon we train hard.", sep1, "Every mon", timex.Set, "XXXX-WXX-1", ""},
	{"see u nxt yr ok", sep1, "nxt yr", timex.Date, "2015", ""},
	{"They may march on.", sep1, "march", "", "", ""},
	{"The offer expires at 5 p.m. EST, Nov. 6, 2014.", sep1, "5 p.m. EST, Nov. 6, 2014", timex.Time, "2014-11-06T17:00", ""},
	{"The deal should close by year's end.", feb19, "year's end", timex.Date, "1998", "END"},
	{"The index has fallen since year-end.", feb19, "year-end", timex.Date, "1997", "END"},
	{"He arrived on 3 May 1998 and left the next morning.", feb19, "the next morning", timex.Time, "1998-05-04TMO", ""},
	{"The show will be on this Sat, 430pm at the hall.", sep1, "this Sat, 430pm", timex.Time, "2014-09-06T16:30", ""},
	{"On Friday, 5 people died.", sep1, "Friday", timex.Date, "2014-08-29", ""},
	{"Come down at 7pm tonight!", sep1, "7pm tonight", timex.Time, "2014-09-01T19:00", ""},
	{"I am so tired right now.", sep1, "right now", timex.Date, "PRESENT_REF", ""},
	{"Prizes for the year 2014 were given.", sep1, "the year 2014", timex.Date, "2014", ""},
	{"Classes for the month of April were full.", sep1, "the month of April", timex.Date, "2014-04", ""},
	{"The exam is on 26nov 2015.", sep1, "26nov 2015", timex.Date, "2015-11-26", ""},
	{"Join us this August 2013 in town.", sep1, "this August 2013", timex.Date, "2013-08", ""},
	{"Dealers placed orders in the morning.", feb19, "the morning", timex.Time, "1998-02-19TMO", ""},
	// Easter 2000 fell on 23 April, Easter 2024 on 31 March.
	{"Protesters prayed as Easter week began.", time.Date(2000, 4, 17, 0, 0, 0, 0, time.UTC), "Easter week", timex.Date, "2000-W16", ""},
	{"Easter 2024 came early.", feb19, "Easter 2024", timex.Date, "2024-03-31", ""},
	{"Shops will close on Easter Monday.", time.Date(2000, 4, 17, 0, 0, 0, 0, time.UTC), "Easter Monday", timex.Date, "2000-04-24", ""},
	{"He arrived the day before yesterday.", feb19, "the day before yesterday", timex.Date, "1998-02-17", ""},
	{"She leaves the day after tomorrow.", feb19, "the day after tomorrow", timex.Date, "1998-02-21", ""},
	{"Party 2nite at the beach!", sep1, "2nite", timex.Time, "2014-09-01TNI", ""},
	{"Exam is 2moro, wish me luck", sep1, "2moro", timex.Date, "2014-09-02", ""},
	{"A 2day course.", sep1, "2day", timex.Duration, "P2D", ""},
	{"See you next wk then.", sep1, "next wk", timex.Date, "2014-W37", ""},
	{"I waited 3 wks for it.", sep1, "3 wks", timex.Duration, "P3W", ""},
	{"He was in his 30s then.", feb19, "30s", "", "", ""},
	{"Over the next couple of years sales will grow.", feb19, "the next couple of years", timex.Duration, "P2Y", "APPROX"},
	{"The vote was held at 16:15 UTC, June 1st, 2014.", sep1, "16:15 UTC, June 1st, 2014", timex.Time, "2014-06-01T16:15Z", ""},
	// Hashtags name a topic, not a time; the words alone still count.
	{"Happy #Friday all, team lunch today", sep1, "Friday", "", "", ""},
	{"Pics from #summer2014 are up", sep1, "2014", "", "", ""},
	{"Medal count at #Olympics2012 so far", sep1, "2012", "", "", ""},
	{"#tbt to last summer", sep1, "last summer", timex.Date, "2014-SU", ""},
	// Lower-case full month names, but not the words "may", "march", "august".
	{"cant wait, hurry up october", sep1, "october", timex.Date, "2014-10", ""},
	{"an august body of judges", sep1, "august", "", "", ""},
	{"this wknd is packed", sep1, "this wknd", timex.Date, "2014-W36-WE", ""},
	// "12 noon" is one time; "hr" is an hour; "on a Sunday" keeps its article.
	{"Doors open at 12 noon tomorrow.", sep1, "12 noon tomorrow", timex.Time, "2014-09-02T12:00", ""},
	{"queued for a 2 hr wait", sep1, "2 hr", timex.Duration, "PT2H", ""},
	{"battery lasts 24hr now", sep1, "24hr", timex.Duration, "PT24H", ""},
	{"Back at work on a Sunday :(", sep1, "a Sunday", timex.Date, "2014-08-31", ""},
	{"In a Wednesday briefing, the firm cut its outlook.", sep1, "Wednesday", timex.Date, "2014-08-27", ""},
	// "4+ hours" is at least four; "5+am" a little after five.
	{"queued 4+ hours for tickets", sep1, "4+ hours", timex.Duration, "PT4H", "EQUAL_OR_MORE"},
	{"up and out at 5+am today", sep1, "5+am today", timex.Time, "2014-09-01T05:00", ""},
	{"The final score was 3+2 years on.", sep1, "3", "", "", ""},
	// "Friday the 5th" when that Friday is the 5th, as 5 September 2014 is.
	{"Doors will open on Friday the 5th.", sep1, "Friday the 5th", timex.Date, "2014-09-05", ""},
	{"Doors will open on Friday the 12th.", sep1, "Friday", timex.Date, "2014-09-05", ""},
	{"On Monday the 25 members met.", sep1, "Monday", timex.Date, "2014-09-01", ""},
}

var (
	sep1  = time.Date(2014, 9, 1, 0, 0, 0, 0, time.UTC)
	feb19 = time.Date(1998, 2, 19, 0, 0, 0, 0, time.UTC)
)
