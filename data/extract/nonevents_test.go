package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// TestEvents_PeriodModifiers checks that a quarter, half or season that
// only names a thing ("first-quarter results", "its spring budget") is no
// event of its own when the sentence dates the happening more finely,
// and that it stays one otherwise; that a fiscal year without its year,
// or where an accounting year ends or begins, is no event; and that a
// record day ("their worst day") in a sentence that names its day is that
// day, not a second event, nor is a holiday in apposition to its day ("on
// Monday, the May bank holiday") or the last day of a period ("the
// quarter ended 31 December"), nor a holiday before the noun of a phrase
// that writes its day out ("the Easter Monday game on April 21").
// Sentences are our own; 2 May 2025 is a Friday.
func TestEvents_PeriodModifiers(t *testing.T) {
	may2 := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	cases := []exprCase{
		{"The insurer will publish first-quarter results on May 14.", "May 14"},
		{"The chain will report fourth-quarter and full-year results on March 1.", "March 1"},
		// Months that say again what a period covers are one event with it.
		{"Sales in the third quarter, which runs from July to September, should be flat.", "the third quarter"},
		{"The treasury is due to present its spring budget on Tuesday.", "Tuesday"},
		{"The next summer games open on July 24 in the capital.", "July 24"},
		{"Parliament returns from its summer recess on September 2.", "September 2"},
		{"Winter storms have snarled travel since last Thursday.", "last Thursday"},
		{"The league's winter break ended on February 1.", "February 1"},
		{"The players’ summer tour starts on July 3.", "July 3"},
		{"Roads froze. Winter storms have snarled travel since last Thursday.", "last Thursday"},
		{"The insurer published first-quarter results.", "first-quarter"},
		// A holiday tied to its noun names it when the sentence has a day.
		{"Its Christmas concert on Dec. 21 will go ahead.", "Dec. 21"},
		{"The town's Easter market opens on Saturday.", "Saturday"},
		{"Shoppers packed the centre before Christmas.", "Christmas"},
		// So does a weekday after "a" that makes a kind of its noun.
		{"The team is off next week before a Thursday night game against Denver on Oct. 26.", "next week|Oct. 26"},
		{"The team plays a Saturday game at Iowa.", "Saturday"},
		// A day before the holiday dates another clause: the holiday's noun is on it.
		{"He will have a scan on Monday and may miss the team's Thanksgiving game at Dallas.", "Monday|Thanksgiving"},
		// A holiday before a noun of the stretch or doings round it dates nothing.
		{"Retailers fear the Christmas shopping season will be weak.", ""},
		{"Easter getaway: roads jammed as families head off.", ""},
		{"Fares rise for the Easter travel season.", ""},
		{"Crowds are expected over the Easter weekend.", "Easter weekend"},
		// A year's edge before a noun names it when the sentence has a day.
		{"Leaders meet on December 14 for their year-end summit.", "December 14"},
		{"Ministers want a deal before year-end.", "year-end"},
		// A season after "a" names a kind: no season in particular.
		{"She led a winter expedition in 1957.", "1957"},
		{"The store holds an autumn sale every year.", ""},
		// So does a bare season after a preposition, before its noun.
		{"Talks stalled on Monday over the size of summer releases from the dam.", "Monday"},
		{"In summer the river runs low.", "summer"},
		// So does a bare season opening a headline or sentence before its noun;
		// a season that is the subject stays.
		{"Winter storm live: schools shut as snow buries the valley", ""},
		{"Summer book fair draws record crowds", ""},
		{"Spring came early. Summer followed in May.", "Spring|Summer|May"},
		{"The team will tour in the winter.", "the winter"},
		// A period before "whether", "how" or "why" ends its phrase: it
		// names no noun after it.
		{"The regulator said last month that it would decide by the autumn whether to sue.", "last month|the autumn"},
		{"Officials said on Monday they would explain by the spring how the fund works.", "Monday|the spring"},
		// A period that dates a clause of its own stays.
		{"Dikes built last summer held on Sunday, officials said.", "last summer|Sunday"},
		{"Sales fell in the first quarter and recovered on Tuesday.", "the first quarter|Tuesday"},
		{"Prices rose this spring despite a cut on April 3.", "this spring|April 3"},
		{"\"We cannot face next winter without gas,\" she said on Monday.", "next winter|Monday"},
		{"Ships queued on Thursday as cargo held back in the spring arrived at once.", "Thursday|the spring"},
		{"The spring harvest began on Thursday.", "Thursday"},
		{"The party won in June 2004, and a recount that summer took three weeks.", "June 2004|that summer"},
		{"The talks opened on May 3, but the winter saw them collapse.", "May 3|the winter"},
		{"The firm said on Wednesday that profit in its third quarter rose 14 percent.", "Wednesday|third quarter"},
		{"The firm said on Wednesday that its third-quarter profit fell.", "Wednesday"},
		{"Postponed games will be replayed in the midweek slot of May 13-14.", "May 13-14"},
		{"The club plays again midweek.", "midweek"},
		// A fiscal year without its year is no span the text gives.
		{"The budget must pass by March 31, when the fiscal year ends.", "March 31"},
		{"The chain, whose fiscal year ending in January 2026 was weak, said on Friday that sales rose.", "Friday"},
		{"For the full financial year, revenue rose 4 percent.", ""},
		{"Revenue in fiscal 2024 rose 4 percent.", "fiscal 2024"},
		{"The carmaker cut its forecast for the full year on Tuesday.", "Tuesday"},
		// Where an accounting year ends or begins is no event; a day
		// in such a year is.
		{"Its partner, whose financial year ends in June, said on Monday it would book a charge.", "Monday"},
		{"The group's fiscal year runs to March 31.", ""},
		{"The chain, whose fiscal year ends on the Saturday nearest January 31, said on Tuesday that sales rose.", "Tuesday"},
		{"The grocer's fiscal year ends on the last Saturday of February.", ""},
		{"It expects to earn $2 a share in fiscal 2014, which ends June 28, the chief executive said on Friday.", "fiscal 2014|Friday"},
		{"Fiscal year 2024, which ended on January 31, was weak.", "Fiscal year 2024"},
		{"Sales in 2014, which ended on a high, rose.", "2014"},
		{"The tax year starting on April 6 brings new rates.", ""},
		{"The year ended badly in December for the group.", "December"},
		{"The financial year results come out on Sept. 3.", "Sept. 3"},
		// A record day is the day the sentence names, not another.
		{"Stocks had their worst day since 1987 on Monday.", "1987|Monday"},
		{"Stocks fell on Monday. They had their worst day since 1987.", "Monday|worst day|1987"},
		{"Shares rose on Friday, capping a third straight week of gains.", "Friday"},
		{"Shares rose on Friday. It was a third straight week of gains.", "Friday|a third straight week"},
		// A run told in the present has reached today, another day than
		// the one named before it: both are events.
		{"The truce that began at midnight on Tuesday is holding for a second full day.", "midnight on Tuesday|a second full day"},
		{"Shares fell on Wednesday for a third straight day.", "Wednesday"},
		// A year before a noun may be a happening of its own.
		{"The team broke the record set at the 2015 tournament on Friday.", "2015|Friday"},
		// A period's last day, written to say which period, is no second
		// event; nor is "the quarter ended" a quarter modifying a noun.
		{"Profit rose in the quarter ended 31 December 2024, the firm said on Friday.", "the quarter|Friday"},
		{"Profit for the quarter ending Dec. 31 rose 4 percent.", "the quarter"},
		{"Net income for the quarter ended Dec. 28 fell to $61 million.", "the quarter"},
		{"Sales for the quarter to Dec. 10 rose, the firm said on Friday.", "the quarter|Dec. 10|Friday"},
		{"Sales in the quarter to Nov. 30 rose 4 percent.", "the quarter|Nov. 30"},
		// A holiday in apposition to its day names that day: one event.
		{"The talks resume on Monday, the May bank holiday.", "Monday"},
		{"Polls stay open until Monday, Oct. 13, the Thanksgiving holiday.", "Monday, Oct. 13"},
		{"Shops close early on Thursday, the Christmas Eve holiday, in the north.", "Thursday"},
		// A holiday before its noun, whose phrase writes the day out,
		// says which one: the written day is the event.
		{"Fans have sold out the Easter Monday game at the stadium on April 21.", "April 21"},
		{"Tickets for the Boxing Day fixture on December 26 go on sale today.", "December 26|today"},
		{"The Easter Monday game was moved. The replay is on April 28.", "Easter Monday|April 28"},
		// A possessive year whose noun phrase dates itself more finely says which year.
		{"Police stopped 900 drivers over last year's Easter weekend.", "Easter weekend"},
		{"Shares have doubled since last year's low in June.", "June"},
		{"Last year's sales were weak, and they fell again in June.", "Last year|June"},
		// The month a holiday fell in, written after its noun, restates it.
		{"Freight rates have been weak since the Easter holiday in late April.", "late April"},
		{"Freight rates have been weak since the Easter holiday, and in March too.", "Easter|March"},
		// Not in apposition, or no holiday: events of their own.
		{"The talks resume on Monday, and the May bank holiday is next week.", "Monday|May|next week"},
		{"The talks resume on Monday, the May deadline having passed.", "Monday|May"},
	}
	checkEventExprs(t, may2, cases)
}

// TestEvents_TimesOfSets checks that a clock time a set repeats ("at noon
// each day") is no event, while a clock time beside a date stays one, and
// that "on a Friday" with a verb, any Friday, is none either. Sentences are
// our own; 2 May 2025 is a Friday.
func TestEvents_TimesOfSets(t *testing.T) {
	checkEventExprs(t, time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC), []exprCase{
		// The hour of a recurrence.
		{"The ferry leaves at 7 a.m. every day from June 1.", "June 1"},
		{"Every evening from 8 p.m. the band plays on the pier.", ""},
		{"The bells ring at noon each Sunday.", ""},
		{"The box office is open from 10am to 6pm daily.", ""},
		{"The clinic will be open from 8am to 8pm, seven days a week.", ""},
		{"The museum opens from 9 a.m. to 5 p.m. every day from June 1.", "June 1"},
		// Hours kept for a stretch of days are every day's.
		{"The board voted to close the unit between 8pm and 8am for at least six months.", ""},
		{"The bridge will shut from 9pm to 5am for two weeks from Monday.", "Monday"},
		// A closing hour kept on every day from a date on.
		{"The library will stay open until 9pm from Tuesday.", "Tuesday"},
		// A clock time with a day of its own.
		{"The ferry left at 7 a.m. on Thursday.", "7 a.m. on Thursday"},
		{"The ferry leaves at 7 a.m. tomorrow, and then every day.", "7 a.m. tomorrow"},
		// Any Tuesday, and a Tuesday in particular.
		{"The bins are emptied on a Tuesday in the old town.", ""},
		{"The bins will be emptied on Tuesday.", "Tuesday"},
	})
}

// TestEvents_OtherZone checks that a clock time in brackets after another
// one, the same moment in another zone, is no second event, even on
// another day across the date line. Sentences are our own; 2 May 2025 is
// a Friday.
func TestEvents_OtherZone(t *testing.T) {
	checkEventExprs(t, time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC), []exprCase{
		{"The quake struck at 5:10 a.m. local time (1710 GMT on Thursday) off the coast.", "5:10 a.m. local time"},
		{"Polls close at 8 p.m. (0100 GMT on Saturday).", "8 p.m."},
	})
}

// TestEvents_TrailingStretch: "in the past week" counts over the stretch
// that ends as the story is written, a duration, no event, where the
// dated mentions such as "last week" stay.
func TestEvents_TrailingStretch(t *testing.T) {
	checkEventExprs(t, time.Date(2011, 10, 16, 0, 0, 0, 0, time.UTC), []exprCase{
		{"The alert level was raised twice in the past week, on Tuesday and again on Thursday.", "Tuesday|Thursday"},
		{"Health officials recorded 31 new cases over the past month.", ""},
		{"The alert level was raised last week.", "last week"},
	})
}

// TestEvents_ComparisonSpan: "on the week" or "over the week" right after
// a market move ("down 3 percent on the week") is the span the move is
// measured over, no event; a week after a verb stays one. Sentences are
// our own; 12 December 2014 is a Friday.
func TestEvents_ComparisonSpan(t *testing.T) {
	checkEventExprs(t, time.Date(2014, 12, 12, 0, 0, 0, 0, time.UTC), []exprCase{
		{"Copper slipped on Friday and was down 4 percent on the week.", "Friday"},
		{"Barley traded at £120 a tonne, up £3 on the week.", ""},
		{"The pound was little changed on the week against the euro.", ""},
		{"The index ended 1.2 percent higher over the week.", ""},
		{"Talks between the unions dragged on over the week.", "the week"},
	})
}

// TestEvents_LogReference: the date of a log reference a police appeal
// asks callers to quote ("quoting incident 112 of 16 November") is part
// of the reference, no event; the appeal's own dates stay. Sentences are
// our own; 16 November 2013 is a Saturday.
func TestEvents_LogReference(t *testing.T) {
	checkEventExprs(t, time.Date(2013, 11, 16, 0, 0, 0, 0, time.UTC), []exprCase{
		{"Anyone with information should call 101, quoting incident 112 of 16 November.", ""},
		{"Witnesses are asked to call police, quoting log number 431 of 14 November.", ""},
		{"Officers were called to the incident on 14 November, police said.", "14 November"},
		{"The second of two hearings is on 3 December.", "3 December"},
	})
}

// exprCase is a text and the expressions of its events, joined by "|".
type exprCase struct{ text, events string }

// checkEventExprs runs Events over each case's text, published on day, and
// checks the expressions of the events it finds.
func checkEventExprs(t *testing.T, day time.Time, cases []exprCase) {
	t.Helper()
	for _, c := range cases {
		events, err := extract.Events(&data.Article{Title: "t", Source: "t.txt", Text: c.text, Published: day})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range events {
			got = append(got, e.Expr)
		}
		if strings.Join(got, "|") != c.events {
			t.Errorf("%q: events %q, want %q", c.text, got, c.events)
		}
	}
}

// TestEvents_RankingFrame: "the year" closing a phrase ranked against the
// rest of the year ("the busiest days of the year", "its last meeting of
// the year") is the field of the ranking, no event, where "the last day
// of the year" names a day and stays. Sentences
// are our own; 11 December 2025 is a Thursday.
func TestEvents_RankingFrame(t *testing.T) {
	checkEventExprs(t, time.Date(2025, 12, 11, 0, 0, 0, 0, time.UTC), []exprCase{
		{"Drivers will strike on December 19, one of the busiest travel days of the year.", "December 19"},
		{"The board holds its last meeting of the year on Tuesday.", "Tuesday"},
		{"It was the hottest day of the year.", ""},
		{"Fares rise on the last day of the year.", "the last day of the year"},
		{"The storm that formed on Tuesday is the fifth hurricane of the year.", "Tuesday"},
		// Near-miss: an ordinal unit of the year names a part of it, which stays.
		{"Schools reopen in the second week of the year.", "the year"},
	})
}

// TestEvents_YearTo: a month after "the year to" or "the 12 months to",
// or a dated end after "the fiscal year ending", ends the twelve months
// the figures cover, and the event spans them; a month after "to" alone
// is the month. Sentences are our own; 11
// December 2025 is a Thursday.
func TestEvents_YearTo(t *testing.T) {
	checkOneSpan(t, time.Date(2025, 12, 11, 0, 0, 0, 0, time.UTC), []spanCase{
		{"The airport expects 33 million passengers in the year to March 2026.", "2025-04-01", "2026-03-31"},
		{"Ram raids rose in the 12 months to June 2025.", "2024-07-01", "2025-06-30"},
		{"The works were put back to March 2026.", "2026-03-01", "2026-03-31"},
		// A participle after "the fiscal year" names one year by its end.
		{"The group expects savings by the fiscal year ending March 2029.", "2028-04-01", "2029-03-31"},
		{"Profit rose 4 percent in the financial year ended June 30, 2025.", "2024-07-01", "2025-06-30"},
	})
}

// spanCase is a sentence with one event and the first and last day it
// spans.
type spanCase struct{ text, first, last string }

// checkOneSpan extracts each case's text, published on day, and checks
// that it gives one event over the days the case names.
func checkOneSpan(t *testing.T, day time.Time, cases []spanCase) {
	t.Helper()
	for _, c := range cases {
		events, err := extract.Events(&data.Article{Title: "t", Source: "t.txt", Text: c.text, Published: day})
		if err != nil || len(events) != 1 {
			t.Fatalf("%q: %d events, %v", c.text, len(events), err)
		}
		s := events[0].Span
		if got := s.Start.Format("2006-01-02") + " " + s.LastDay().Format("2006-01-02"); got != c.first+" "+c.last {
			t.Errorf("%q: span %s, want %s %s", c.text, got, c.first, c.last)
		}
	}
}

// TestEvents_AccountingYearBack: "the year before" or "a year earlier"
// after a financial year that runs from April is the financial year
// before, not a calendar year; after a calendar year it stays one.
// Sentences are our own; 18 June 2005 is a Saturday.
func TestEvents_AccountingYearBack(t *testing.T) {
	day := time.Date(2005, 6, 18, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, first, last string }{
		{"Crews attended 38 fires in the 2004-05 financial year, up from 29 the year before.", "2003-04-01", "2004-03-31"},
		{"Crews attended 38 fires in the 2004-05 financial year, against 29 a year earlier.", "2003-04-01", "2004-03-31"},
		{"Crews attended 38 fires in 2004, up from 29 the year before.", "2003-01-01", "2003-12-31"},
	} {
		events, err := extract.Events(&data.Article{Title: "t", Source: "t.txt", Text: c.text, Published: day})
		if err != nil || len(events) != 2 {
			t.Fatalf("%q: %d events, %v", c.text, len(events), err)
		}
		s := events[1].Span
		if got := s.Start.Format("2006-01-02") + " " + s.LastDay().Format("2006-01-02"); got != c.first+" "+c.last {
			t.Errorf("%q: span %s, want %s %s", c.text, got, c.first, c.last)
		}
	}
}
