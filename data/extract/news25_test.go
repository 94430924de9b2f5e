package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

// TestEvents_YearOfAccounts checks that a year written before "financial
// year" or "fiscal year" names that accounting year, as "fiscal 2019"
// does, when the text says where the year ends; a year before another
// noun stays the calendar year. Published Wednesday 7 August 2019.
func TestEvents_YearOfAccounts(t *testing.T) {
	cases := []struct {
		text string
		want []string // expression=first..last day
	}{
		{"Profit for the 2019 financial year, which ended on June 30, rose.", []string{"2019=2018-07-01..2019-06-30", "June 30=2019-06-30..2019-06-30"}},
		{"Its fiscal year ends in September. Sales in its 2018 fiscal year fell.", []string{"2018 fiscal year=2017-10-01..2018-09-30"}},
		{"Its fiscal year ends in September. Sales in the 2018 season fell.", []string{"2018=2018-01-01..2018-12-31"}},
	}
	published := time.Date(2019, 8, 7, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string {
			return e.Expr + "=" + e.Span.Start.Format(time.DateOnly) + ".." + e.Span.LastDay().Format(time.DateOnly)
		})
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q: events %q, want %q", c.text, got, c.want)
		}
	}
}

// TestEvents_KindOfDay checks that a bare weekday or "weekend" after "for"
// before a noun of work or service is no date, and that a day part or a
// possessive after it, or no noun, keeps the date. Published Monday 5
// September 2011.
func TestEvents_KindOfDay(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The board will agree how surgeries are paid for weekend clinics.", nil},
		{"The union dropped its demand for Sunday working.", nil},
		{"The council issued a warning for Friday night.", []string{"Friday night"}},
		{"Tickets for Sunday's final sold out.", []string{"Sunday"}},
		{"The talks were put off for Thursday.", []string{"Thursday"}},
	}
	published := time.Date(2011, 9, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string { return e.Expr })
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q: events %q, want %q", c.text, got, c.want)
		}
	}
}
