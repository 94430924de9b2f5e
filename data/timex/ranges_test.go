package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// joinCase expects Tag to find exactly the expressions want in text, each
// written as "text=value", "text=value~" when it closes a range,
// "text=value^" when it qualifies the one before, or "text=value!" when it
// carries a doubt.
type joinCase struct {
	text string
	dct  time.Time
	want []string
}

// Sentences are our own. Days checked against the calendar: 2 May 2025 is
// a Friday, 27 November 2024 a Wednesday in ISO week 48, 5 March 2024 a
// Tuesday; 2024 is a leap year, so 30 February is the first day it lacks.
var joinCases = []joinCase{
	{"Negotiators will meet again on May 14-15 in Geneva.", may2, []string{"May 14=2025-05-14", "15=2025-05-15~"}},
	{"The conference will run December 7 to 18.", may2, []string{"December 7=2025-12-07", "18=2025-12-18~"}},
	{"The festival will run from Friday to Sunday.", dct27, []string{"Friday=2024-11-29", "Sunday=2024-12-01~"}},
	{"Voting runs from 8 a.m. to 8 p.m. on Thursday.", dct27, []string{"8 a.m.=2024-11-28T08:00",
		"8 p.m. on Thursday=2024-11-28T20:00~"}},
	// A bare clock time that closes a range takes the day of the one that
	// opens it, the next day when it is earlier on the clock.
	{"The clinic on May 14 is open 9am-5pm.", dct27, []string{"May 14=2025-05-14", "9am=2025-05-14T09:00",
		"5pm=2025-05-14T17:00~"}},
	{"The party on Saturday runs 10pm-2am.", dct27, []string{"Saturday=2024-11-30", "10pm=2024-11-30T22:00",
		"2am=2024-12-01T02:00~"}},
	{"The match kicks off at 8pm on Saturday 14 June 2025.", dct27,
		[]string{"8pm on Saturday 14 June 2025=2025-06-14T20:00"}},
	// "the weekend of" a range of two days is one expression: the
	// second day, which carries the month, is the same weekend's.
	{"Storms hit on the weekend of 8-9 February 2025.", dct27,
		[]string{"the weekend of 8-9 February 2025=2025-W06-WE"}},
	{"Prices doubled between 2008 and 2010.", dct27, []string{"2008=2008", "2010=2010~"}},
	// The end of a period that holds the opening day closes the range.
	{"Fuel duty falls from August 1 until the end of the year.", may2, []string{"August 1=2025-08-01",
		"the end of the year=2025~"}},
	{"Talks were held on April 24 and 25.", dct27, []string{"April 24=2024-04-24", "25=2024-04-25"}},
	// A comma list of days after a month-day: each number is a day of that
	// month while the list goes on; a count after the date is not.
	{"Rallies are planned for March 3, 10 and 17.", dct27, []string{"March 3=2025-03-03", "10=2025-03-10",
		"17=2025-03-17"}},
	{"Classes run May 3-4, 10-11 and 17-18.", dct27, []string{"May 3=2025-05-03", "4=2025-05-04~",
		"10=2025-05-10", "11=2025-05-11~", "17=2025-05-17", "18=2025-05-18~"}},
	{"On May 2, 9 people were hurt.", dct27, []string{"May 2=2024-05-02"}},
	// A comma list of days before the month they share: each day is one
	// of it; numbers that do not rise, or end in no month, are not days.
	{"The games are on 5, 8 and 11 August.", dct27, []string{"5=2025-08-05", "8=2025-08-08", "11 August=2025-08-11"}},
	{"The ferry sails on 3, 10, 17 or 24 March 2025.", dct27, []string{"3=2025-03-03", "10=2025-03-10",
		"17=2025-03-17", "24 March 2025=2025-03-24"}},
	{"They won 5, 3 and 1 August games.", dct27, []string{"1 August=2024-08-01"}},
	// The day that writes the month is in the year of the list's first.
	{"The games are on 8 and 11 August.", dct27, []string{"8=2025-08-08", "11 August=2025-08-11"}},
	// Short weekday names count when a range, a list or "on" makes them
	// days; in brackets after a date they name it or its range.
	{"The workshop runs May 6-7 (Tues-Wed 9am-5pm).", dct27, []string{"May 6=2025-05-06", "7=2025-05-07~",
		"Tues=2025-05-06", "Wed 9am=2025-05-07T09:00~", "5pm=2025-05-07T17:00~"}},
	{"The exam will be on Mon and tues.", dct27, []string{"Mon=2024-12-02", "tues=2024-12-03"}},
	// A listed "sat" is a day, not the verb that would make the list past.
	{"How about Friday night or sat?", dct27, []string{"Friday night=2024-11-29TNI", "sat=2024-11-30"}},
	{"He sat on the bench on Friday.", dct27, []string{"Friday=2024-11-22"}},
	// The days listed after "every" are sets too.
	{"The clinic opens every Monday, Wednesday and Friday.", dct27,
		[]string{"every Monday=XXXX-WXX-1", "Wednesday=XXXX-WXX-3", "Friday=XXXX-WXX-5"}},
	{"The Mon-Khmer languages are old.", dct27, nil},
	{"The vote was on Nov. 24, Sunday.", dct27, []string{"Nov. 24=2024-11-24", "Sunday=2024-11-24"}},
	// A date written with commas closes with one before the range word,
	// and an opening weekday whose date is written keeps that date.
	{"The fair is open from Thursday, June 5, to Sunday, June 15.", may2,
		[]string{"Thursday, June 5=2025-06-05", "Sunday, June 15=2025-06-15~"}},
	{"The fair is open from Thursday 5 June to Sunday 15 June.", may2,
		[]string{"Thursday 5 June=2025-06-05", "Sunday 15 June=2025-06-15~"}},
	{"The museum was shut from March 3, 2008, to May 1, 2009.", may2,
		[]string{"March 3, 2008=2008-03-03", "May 1, 2009=2009-05-01~"}},
	{"Talks will be held on Monday, July 7, and Friday, July 11.", may2,
		[]string{"Monday, July 7=2025-07-07", "Friday, July 11=2025-07-11"}},
	// "early on" or "late on" before the closing day leaves the range whole.
	{"Buses will replace trains between 11pm on Saturday and early on Monday.", may2,
		[]string{"11pm on Saturday=2025-05-03T23:00", "Monday=2025-05-05~"}},
	{"The bridge will stay shut from Saturday to late on Sunday.", may2,
		[]string{"Saturday=2025-05-03", "Sunday=2025-05-04~"}},
	{"He landed on Saturday, and early on Monday he flew on.", may2,
		[]string{"Saturday=2025-04-26", "Monday=2025-04-28"}},
	// Clock times after a word of frequency are every day's, not one day's,
	// and so is the end of their range.
	{"Shuttles will leave every half hour from noon to midnight.", may2,
		[]string{"noon=XXXX-XX-XXT12:00", "midnight=XXXX-XX-XXT00:00"}},
	{"The pool will open daily from 7am to 9pm.", may2,
		[]string{"daily=P1D", "7am=XXXX-XX-XXT07:00", "9pm=XXXX-XX-XXT21:00"}},
	{"The pool will open from 7am to 9pm.", may2,
		[]string{"7am=2025-05-02T07:00", "9pm=2025-05-02T21:00~"}},
	{"Shops open this Friday, Saturday and Sunday.", dct27, []string{"this Friday=2024-11-29",
		"Saturday=2024-11-30", "Sunday=2024-12-01"}},
	{"The vote is on Sunday 1pm.", dct27, []string{"Sunday 1pm=2024-12-01T13:00"}},
	{"On Friday 10 people were hurt.", dct27, []string{"Friday=2024-11-22"}},
	// "The previous Friday" and "the following Monday" count from the day
	// the story is at, the dct only when no day was named.
	{"Shares fell on Friday. The index closed 4% below the previous Friday.", dct27,
		[]string{"Friday=2024-11-22", "the previous Friday=2024-11-15"}},
	{"The index closed 4% below the previous Friday.", dct27, []string{"the previous Friday=2024-11-22"}},
	// "The week" alone is the week the story is in; a word after it that
	// fixes another week, or a dash, leaves it.
	{"Shares fell on Monday, the week's worst session.", dct27, []string{"Monday=2024-11-25", "the week=2024-W48^"}},
	{"A quiet dinner to end off the week!", dct27, []string{"the week=2024-W48"}},
	{"In the week before the vote, rallies drew thousands.", dct27, nil},
	{"The week-long strike ended.", dct27, nil},
	// "Overnight" is the night before the story's day when that day is
	// recent, else the night before the dct.
	{"London shares fell on Monday, hit by overnight losses in Asia.", dct27,
		[]string{"Monday=2024-11-25", "overnight=2024-11-24TNI"}},
	{"The pact was signed on October 3. Drones struck Kyiv overnight.", dct27,
		[]string{"October 3=2024-10-03", "overnight=2024-11-26TNI"}},
	{"The deal was signed on October 3. The following Monday, shares rose.", dct27,
		[]string{"October 3=2024-10-03", "The following Monday=2024-10-07"}},
	{"The court will sit Tuesday, Thursday and Saturday next week.", dct27,
		[]string{"Tuesday=2024-12-03", "Thursday=2024-12-05", "Saturday=2024-12-07", "next week=2024-W49^"}},
	{"The court sat on Monday and Friday last week.", dct27,
		[]string{"Monday=2024-11-18", "Friday=2024-11-22", "last week=2024-W47^"}},
	{"Sales jumped in March of last year.", dct27, []string{"March=2023-03", "last year=2023^"}},
	// Without "of", TimeBank tags month and year as one expression.
	{"Sales jumped in September last year.", dct27, []string{"September last year=2023-09"}},
	{"Sales rose in March of 2023.", dct27, []string{"March=2023-03", "2023=2023^"}},
	// Impossible dates are nothing at all; years the tagger cannot write
	// are never replaced by the dct's.
	{"Nothing happened on February 30, 2024.", dct27, nil},
	{"Nothing happened on 30 February 2024.", dct27, nil},
	{"Nothing happened on February 29, 2023.", dct27, nil},
	{"Leap day fell on February 29, 2024.", dct27, []string{"February 29, 2024=2024-02-29"}},
	{"The records start on 1 January 0001.", dct27, []string{"1 January 0001=0001-01-01"}},
	{"The records start on 29 February 0001.", dct27, nil},
	{"The records end on 31 December 9999.", dct27, []string{"31 December 9999=9999-12-31"}},
	{"The ministers met on Monday 27 November 2024.", dct27, []string{"Monday 27 November 2024=2024-11-27!"}},
	{"The ministers met on Wednesday 27 November 2024.", dct27, []string{"Wednesday 27 November 2024=2024-11-27"}},
	// Periods of play are not quarters of the calendar; company results are.
	{"Smith scored twice in the third quarter.", dct27, nil},
	{"The Lakers led 50-45 at the end of the first half.", dct27, nil},
	{"The company posted third-quarter profit of $2 billion.", dct27, []string{"third-quarter=2024-Q3"}},
	// A score outweighs a word a company's news shares: "a 24-17 loss".
	{"Reyes left the 24-17 loss in the third quarter with a sprained ankle.", dct27, nil},
	{"The bank swung to a loss in the third quarter as shares fell.", dct27, []string{"the third quarter=2024-Q3"}},
	// A sentence without cues goes by the article.
	{"The Lakers beat the Celtics 102-98. Smith scored 30 points. Boston pulled ahead in the second half.", dct27, nil},
	{"Apple reported record sales. Its shares rose. Growth slowed in the second half.", dct27,
		[]string{"the second half=2024-H2"}},
	{"Profit rose in the first half.", dct27, []string{"the first half=2024-H1"}},
	{"In the afternoon of the attack he fled.", mar5, nil},
	{"On the morning of 7 October 2023, militants crossed the border.", mar5,
		[]string{"the morning of 7 October 2023=2023-10-07TMO"}},
	{"Shares fell in early trading.", mar5, []string{"early trading=2024-03-05"}},
	{"The law takes effect in the new year.", dct27, []string{"the new year=2025"}},
	{"The law took effect in the new year.", mar5, []string{"the new year=2024"}},
	{"The retrial is scheduled to open in the new year.", may2, []string{"the new year=2026"}},
	{"We will lodge the appeal within the next fortnight.", may2, []string{"the next fortnight=P2W"}},
	{"The ferry has been idle for a fortnight.", may2, []string{"a fortnight=P2W"}},
	{"Prices rose over the past fortnight.", may2, []string{"the past fortnight=P2W"}},
	{"The strike began a fortnight ago.", may2, []string{"a fortnight ago=2025-W16"}},
	{"Up to 60 mm could fall by midweek.", may2, []string{"midweek=2025-W18"}},
	{"Polls open at 8 a.m. on Sunday and close at 8 p.m.", may2, []string{"8 a.m. on Sunday=2025-05-04T08:00", "8 p.m.=2025-05-04T20:00"}},
	// A bare clock time in the next paragraph is on the day the story is
	// on, though a month was mentioned between.
	{"The council voted on Wednesday, as it had in March.\n\nThe vote, taken at 4 p.m., was close.", may2,
		[]string{"Wednesday=2025-04-30", "March=2025-03", "4 p.m.=2025-04-30T16:00"}},
	// A day and month with "the following year" or "that year" is one date
	// in the year counted from the date mentioned last.
	{"The treaty was signed in 2019 and came into force on May 1 the following year.", may2,
		[]string{"2019=2019", "May 1 the following year=2020-05-01"}},
	{"The flood of 2013 peaked on June 4 that year.", may2, []string{"2013=2013", "June 4 that year=2013-06-04"}},
	// A part of a holiday is a time of that day.
	{"Shops stay open from Thanksgiving evening.", may2, []string{"Thanksgiving evening=2025-11-27TEV"}},
	{"The church bells rang on Christmas morning.", may2, []string{"Christmas morning=2024-12-25TMO"}},
	// "the quarter that ended on Saturday" is the quarter that day is in.
	{"Sales rose in the first quarter. It will report results for the quarter that ended on Sunday on July 24.",
		time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC),
		[]string{"the first quarter=2025-Q1", "the quarter=2025-Q2", "Sunday=2025-06-29", "July 24=2025-07-24"}},
	// A decade after a possessive, with "late" or joined to one, is an age.
	{"Most of the veterans are in their late 80s and 90s.", may2, nil},
	{"Prices rose in the late 80s and 90s.", may2, []string{"late 80s=198", "90s=199"}},
	// The small hours after an evening clock time in the sentence are the next day's.
	{"The ferry left at 11:40 p.m. on Wednesday and sank at about 2:15 a.m.", may2,
		[]string{"11:40 p.m. on Wednesday=2025-04-30T23:40", "2:15 a.m.=2025-05-01T02:15"}},
	// "until at least" still closes a range; the small hours after an
	// evening of the sentence before are the next day's.
	{"Schools will close from Tuesday until at least the end of June.", may2,
		[]string{"Tuesday=2025-05-06", "the end of June=2025-06~"}},
	{"Crowds had gathered by Thursday evening. The storm struck at 4:40 a.m.", may2,
		[]string{"Thursday evening=2025-05-01TEV", "4:40 a.m.=2025-05-02T04:40"}},
	// A holiday "in" a year is that year's.
	{"The worst fires, on Ash Wednesday in 1983, killed 75 people.", may2, []string{"Ash Wednesday in 1983=1983-02-16"}},
	// A half of a month is that month (its end: mod END), not a half of the year.
	{"The tablets reach shops in the second half of May.", may2, []string{"the second half of May=2025-05"}},
	// More holidays of the news; a holiday that names an accord is none.
	{"Flights resume after Boxing Day.", may2, []string{"Boxing Day=2025-12-26"}},
	{"Shops closed on Good Friday.", may2, []string{"Good Friday=2025-04-18"}},
	{"The Good Friday Agreement ended the conflict.", may2, nil},
	{"She was knighted in the New Year Honours of 1990.", may2, []string{"1990=1990"}},
	{"Shops reopen after the new year holiday.", may2, []string{"the new year=2026"}},
	{"Roses sold out before Valentine's Day.", may2, []string{"Valentine's Day=2025-02-14"}},
	{"The parade will be held on Memorial Day.", may2, []string{"Memorial Day=2025-05-26"}},
	// A streak day "for a third day" is the story's day.
	{"Shares fell for a third day.", may2, []string{"a third day=2025-05-02"}},
	{"The council met for a third time.", may2, nil},
	// Shortly before midnight on a day is late on that day.
	{"The debate lasted until shortly before midnight on Tuesday.", may2, []string{"midnight on Tuesday=2025-04-29T23:59"}},
	// Early trading is the session of the day the sentence names.
	{"Its shares fell on Monday morning in early trading.", may2, []string{"Monday morning=2025-04-28TMO", "early trading=2025-04-28"}},
	{"Its shares fell in early trading.", may2, []string{"early trading=2025-05-02"}},
	// A race time in minutes, seconds and hundredths is no clock time.
	{"She won in 3:55.38, a second ahead of the field.", may2, nil},
	{"The polls closed at 8:30. Counting began at once.", may2, []string{"8:30=2025-05-02T08:30"}},
	// A range of named days spans less than a week.
	{"Forecasters issued a snow warning from early Tuesday until Wednesday afternoon.", may2,
		[]string{"early Tuesday=2025-05-06", "Wednesday afternoon=2025-05-07TAF~"}},
	{"The quake struck shortly after midnight on Tuesday.", may2, []string{"midnight on Tuesday=2025-04-29T00:00"}},
	{"Polls closed at 8 p.m. on Tuesday, and results came in overnight. Markets slid overnight.", may2,
		[]string{"8 p.m. on Tuesday=2025-04-29T20:00", "overnight=2025-04-29TNI", "overnight=2025-04-29TNI"}},
	{"Stocks closed lower on Tuesday, hit by overnight losses in New York.", may2,
		[]string{"Tuesday=2025-04-29", "overnight=2025-04-28TNI"}},
	{"The offer expires at midnight on Tuesday.", may2, []string{"midnight on Tuesday=2025-05-06T23:59"}},
	{"Leaders will sign a declaration by midnight on Friday.", may2, []string{"midnight on Friday=2025-05-02T23:59"}},
	{"The first shots came just after midnight on Sunday.", may2, []string{"midnight on Sunday=2025-04-27T00:00"}},
	{"Forecasters expect May to be drier than usual.", mar5, []string{"May=2024-05"}},
	{"Car sales rebounded in the last week of March.", may2, []string{"the last week of March=2025-W13"}},
	{"The lease runs out on the last day of June 2026.", may2, []string{"the last day of June 2026=2026-06-30"}},
	{"May was the wettest month on record.", jun23, []string{"May=2022-05"}},
	{"Prices May Rise Again, Bank Warns", mar5, nil},
	{"The premier has refused to rule out a May poll.", mar5, []string{"May=2024-05"}},
	{"Officials said the bridge may reopen soon.", mar5, nil},
	// A holiday after "post-" or "pre-" is a time around it, no day.
	{"Rail strikes to hit post-Christmas getaway.", mar5, nil},
	{"Pre-Easter sales rose, and trains run on Christmas Eve.", mar5, []string{"Christmas Eve=2024-12-24"}},
	{"Elections scheduled for May could be delayed.", mar5, []string{"May=2024-05"}},
	// Years counted from a month or day keep its precision; a figure's
	// comparison "from a year earlier" is the year before, or the same
	// month when its sentence names the month the figure is of.
	{"The museum closed in March 2020, and work on the roof began a year later.", may2,
		[]string{"March 2020=2020-03", "a year later=2021-03"}},
	{"The plant opened on March 5, 2019. Two years later it shut.", may2,
		[]string{"March 5, 2019=2019-03-05", "Two years later=2021-03-05"}},
	{"Sales in July rose 4 percent from a year earlier.", may2, []string{"July=2024-07", "a year earlier=2023-07"}},
	{"The plant reopened in July. Sales rose 4 percent from a year earlier.", may2, []string{"July=2024-07", "a year earlier=2023"}},
	{"The family is saving for a long weekend in Rome.", mar5, nil},
	{"The council postponed the vote from Sunday to Thursday.", may2, []string{"Sunday=2025-05-04", "Thursday=2025-05-08"}},
	// "Until" after a verb that puts an event off is the new time, as
	// "to" is: the date before it is when the event was put off.
	{"Judges adjourned the case on Monday until next month.", may2, []string{"Monday=2025-04-28", "next month=2025-06"}},
	{"The vote was postponed last week until the autumn.", may2, []string{"last week=2025-W17", "the autumn=2025-FA"}},
	{"The exhibition runs from Monday until Friday.", may2, []string{"Monday=2025-05-05", "Friday=2025-05-09~"}},
	{"The hearing lasted from Monday until Wednesday.", may2, []string{"Monday=2025-04-28", "Wednesday=2025-04-30~"}},
	// "Of the year" after a superlative or an ordinal is the year under way.
	{"The firm unveiled a tablet on Tuesday, its first launch of the year.", may2,
		[]string{"Tuesday=2025-04-29", "the year=2025"}},
	{"It was the hottest day of the year so far.", may2, []string{"the year=2025"}},
	{"Rates rose in the interest of the year's savers.", may2, nil},
	{"Support for May grew among her own MPs.", mar5, nil},
	{"Crowds filled the square on the last night of the carnival.", may2, nil},
	{"\"We heard shots last night,\" the mayor said on Monday.", dct27, []string{"last night=2024-11-24TNI", "Monday=2024-11-25"}},
	{"Divers searched the harbour through the morning.", may2, []string{"the morning=2025-05-02TMO"}},
	// A winter takes the year of its December (see seasonValue).
	{"Europe must not go into next winter short of gas.", jun23, []string{"next winter=2022-WI"}},
	{"Heating bills soared last winter.", jun23, []string{"last winter=2021-WI"}},
	{"The utility will build reserves before next winter.", jan20, []string{"next winter=2023-WI"}},
	{"Ice has closed the port this winter.", jan20, []string{"this winter=2022-WI"}},
	{"The rail link should open next spring.", jan20, []string{"next spring=2023-SP"}},
	{"Fares have climbed steadily since the new year.", may2, []string{"the new year=2025"}},
	{"Officials will review the rules in the new year.", time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC), []string{"the new year=2025"}},
	// Days written with ordinal suffixes before one month, as Indian and
	// Irish papers write a span: the first keeps its suffix and opens
	// the range (values checked against the calendar).
	{"The conference runs from 6th-8th May.", may2, []string{"6th=2025-05-06", "8th May=2025-05-08~"}},
	{"The conference runs from 6th to 8th May.", may2, []string{"6th=2025-05-06", "8th May=2025-05-08~"}},
	{"Talks will be held on 6th and 7th May.", may2, []string{"6th=2025-05-06", "7th May=2025-05-07"}},
	// A weekday with its date in brackets, as Singapore papers write it:
	// the date says which weekday, and the range joins past the bracket.
	{"The market will be closed from Monday (May 12) to May 20.", may2,
		[]string{"Monday (May 12)=2025-05-12", "May 20=2025-05-20~"}},
	{"The scheme ends on Wednesday (Dec 31).", may2, []string{"Wednesday (Dec 31)=2025-12-31"}},
	// A bracketed date of another weekday leaves the weekday to its clause
	// (may2 is itself a Friday).
	{"The scheme ends on Friday (Dec 31).", may2, []string{"Friday=2025-05-02", "Dec 31=2025-12-31"}},
}

var (
	may2 = time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	mar5 = time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	// jun23 (2022) is a Thursday, jan20 (2023) a Friday.
	jun23 = time.Date(2022, 6, 23, 0, 0, 0, 0, time.UTC)
	jan20 = time.Date(2023, 1, 20, 0, 0, 0, 0, time.UTC)
)

func TestTag_Joined(t *testing.T) {
	for _, c := range joinCases {
		var got []string
		for _, x := range timex.Tag(c.text, c.dct) {
			s := x.Text + "=" + x.Value
			switch {
			case x.RangeEnd:
				s += "~"
			case x.Qualifies:
				s += "^"
			case x.Doubt != "":
				s += "!"
			}
			got = append(got, s)
		}
		if len(got) != len(c.want) {
			t.Errorf("Tag(%q) = %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Tag(%q) = %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}

func TestTag_DoubtSaysWhy(t *testing.T) {
	got := timex.Tag("The ministers met on Monday 27 November 2024.", dct27)
	want := "27 November 2024 is a Wednesday, not a Monday"
	if len(got) != 1 || got[0].Doubt != want {
		t.Errorf("Tag = %+v, want one expression with doubt %q", got, want)
	}
}
