package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

// TestEvents_FiscalYearStatedLate checks that the months a company's year
// runs over, stated anywhere in the story and in the wordings business
// pages use ("whose business year runs from April to March", "ends on the
// last Saturday in February"), place its numbered years and quarters, and
// that the statement itself is no event, its range's end included. The
// sentences are ours; the months follow from the statements they give.
func TestEvents_FiscalYearStatedLate(t *testing.T) {
	spans := func(e data.Event) string {
		return e.Span.Start.Format("2006-01-02") + "/" + e.Span.LastDay().Format("2006-01-02")
	}
	cases := []struct {
		name, text string
		published  time.Time
		want       []string
	}{
		// Japanese companies name a year by its start: fiscal 2019 runs
		// from April 2019 to March 2020.
		{"a year named by its start, in yen",
			"Profit for fiscal 2019 should reach 88 billion yen. The group, whose business year runs from April to March, reports in June.",
			time.Date(2019, 5, 10, 0, 0, 0, 0, time.UTC), []string{"2019-04-01/2020-03-31", "2019-06-01/2019-06-30"}},
		// With no yen or Nikkei, a fiscal year is named by its end.
		{"a year named by its end",
			"Profit for fiscal 2019 rose. The group, whose business year runs from April to March, reports in June.",
			time.Date(2019, 5, 10, 0, 0, 0, 0, time.UTC), []string{"2018-04-01/2019-03-31", "2019-06-01/2019-06-30"}},
		{"a quarter of a year to February, stated after it",
			"The chain will update on its first quarter on June 22. Its financial year ends on the last Saturday in February.",
			time.Date(2011, 4, 13, 0, 0, 0, 0, time.UTC), []string{"2011-03-01/2011-05-31", "2011-06-22/2011-06-22"}},
		{"a split year alone after 'for' in such a text",
			"Brokers cut their forecasts for 2011-12. Its financial year ends on the last Saturday in February.",
			time.Date(2011, 4, 13, 0, 0, 0, 0, time.UTC), []string{"2011-03-01/2012-02-29"}},
		// A year to March has its halves three months after the
		// calendar's: the second half just reported is October to March.
		{"a bare half of a year to March",
			"Orders fell in the second half. The group's financial year ends in March.",
			time.Date(2019, 5, 10, 0, 0, 0, 0, time.UTC), []string{"2018-10-01/2019-03-31"}},
		{"a bare half, the text writing a calendar half",
			"Orders fell in the second half, after a strong first half of 2018. The group's financial year ends in March.",
			time.Date(2019, 5, 10, 0, 0, 0, 0, time.UTC), []string{"2018-07-01/2018-12-31", "2018-01-01/2018-06-30"}},
		{"the year ended on a day",
			"Profit fell in the year ended March 31.",
			time.Date(2019, 5, 10, 0, 0, 0, 0, time.UTC), []string{"2018-04-01/2019-03-31"}},
		// A year counted back from a year-long stretch is the same kind
		// of year, whatever the stretch's own event is dated by.
		{"the previous year after 52 weeks to a day",
			"Profit was £61m in the 52 weeks to February 26, down from £67m in the previous year.",
			time.Date(2011, 4, 13, 0, 0, 0, 0, time.UTC), []string{"2011-02-26/2011-02-26", "2009-03-01/2010-02-28"}},
		// A tax year a clause bounds runs from the day it gives; with no
		// clause, writing no number, it is no event (accountingYear).
		{"a tax year from the day it began",
			"He pointed to the new tax year that began on April 6.",
			time.Date(2011, 4, 13, 0, 0, 0, 0, time.UTC), []string{"2011-04-06/2012-04-05"}},
		{"a tax year with no clause",
			"Pensions rise from April 7, the first Monday of the new tax year.",
			time.Date(2011, 4, 13, 0, 0, 0, 0, time.UTC), []string{"2011-04-07/2011-04-07"}},
		{"the year to a day, dated by its end as the house golds",
			"Profit fell in the year to June 30.",
			time.Date(2013, 8, 10, 0, 0, 0, 0, time.UTC), []string{"2013-06-30/2013-06-30"}},
	}
	for _, c := range cases {
		got := eventStrings(t, c.text, c.published, spans)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: events %v, want %v", c.name, got, c.want)
		}
	}
}

// TestEvents_MonthSpans checks that months joined by a tight "-to-" make
// one span, as "April-June" does, that a quarter named with its last
// month ("the quarter to December") is one event, and that a year counted
// back from two months named as a pair covers both. The sentences are
// ours.
func TestEvents_MonthSpans(t *testing.T) {
	spans := func(e data.Event) string {
		return e.Span.Start.Format("2006-01-02") + "/" + e.Span.LastDay().Format("2006-01-02")
	}
	published := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text string
		want       []string
	}{
		{"months, past", "Sales were weak in the July-to-September period.", []string{"2025-07-01/2025-09-30"}},
		{"months ahead", "The coming April-to-June period looks better.", []string{"2026-04-01/2026-06-30"}},
		{"months with a plain hyphen", "Sales were weak in the July-September period.", []string{"2025-07-01/2025-09-30"}},
		// A quarter named with its last month is one event, as "the
		// quarter ended December 31" is; a month that is not its last
		// stays an event of its own.
		{"a quarter to its last month", "Revenue in the quarter to December fell.", []string{"2025-10-01/2025-12-31"}},
		{"a quarter ended in its last month", "Revenue in the quarter ended in December fell.", []string{"2025-10-01/2025-12-31"}},
		// "A year earlier" after two months named as a pair compares
		// both; after one month, that month.
		{"a year before a pair of months", "Sales in November and December will be up 4 percent from a year earlier.",
			[]string{"2026-11-01/2026-11-30", "2026-12-01/2026-12-31", "2025-11-01/2025-12-31"}},
		{"a year before one month", "Sales in December will be up 4 percent from a year earlier.",
			[]string{"2026-12-01/2026-12-31", "2025-12-01/2025-12-31"}},
		{"a month that ends no quarter", "Revenue in the quarter fell, and it will rise to November.", []string{"2025-10-01/2025-12-31", "2026-11-01/2026-11-30"}},
	}
	for _, c := range cases {
		got := eventStrings(t, c.text, published, spans)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: events %v, want %v", c.name, got, c.want)
		}
	}
}
