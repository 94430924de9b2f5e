package extract_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// TestEvents_Joined checks that ranges and qualified dates become one
// event each, with the whole expression and a span from the first to the
// last day. Sentences are our own; days checked against the calendar
// (2 May 2025 is a Friday, 27 November 2024 a Wednesday).
func TestEvents_Joined(t *testing.T) {
	type want struct{ expr, first, last string }
	type testCase struct {
		text      string
		published time.Time
		events    []want
	}
	may2 := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	nov27 := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)
	cases := []testCase{
		{"Negotiators will meet again on May 14-15 in Geneva.", may2,
			[]want{{"May 14-15", "2025-05-14", "2025-05-15"}}},
		{"The conference will run December 7 to 18 in Dubai.", may2,
			[]want{{"December 7 to 18", "2025-12-07", "2025-12-18"}}},
		{"The festival will run from Friday to Sunday.", nov27,
			[]want{{"Friday to Sunday", "2024-11-29", "2024-12-01"}}},
		{"Storms battered the coast overnight Wednesday into Thursday.", may2,
			[]want{{"overnight Wednesday into Thursday", "2025-04-30", "2025-05-01"}}},
		{"The court will sit Tuesday, Thursday and Saturday next week.", nov27,
			[]want{{"Tuesday", "2024-12-03", "2024-12-03"}, {"Thursday", "2024-12-05", "2024-12-05"},
				{"Saturday next week", "2024-12-07", "2024-12-07"}}},
		{"The summit is on November 19-21, 2025 in Baku.", nov27,
			[]want{{"November 19-21, 2025", "2025-11-19", "2025-11-21"}}},
		{"The fair will run 12-14 June 2026 in Paris.", nov27,
			[]want{{"12-14 June 2026", "2026-06-12", "2026-06-14"}}},
		{"Fuel duty falls from August 1 until the end of the year.", may2,
			[]want{{"August 1 until the end of the year", "2025-08-01", "2025-12-31"}}},
		{"The road will be closed from Monday until the end of the month.", may2,
			[]want{{"Monday until the end of the month", "2025-05-05", "2025-05-31"}}},
		{"Prices doubled between 2008 and 2010.", nov27,
			[]want{{"2008 and 2010", "2008-01-01", "2010-12-31"}}},
		// "the night of" a day is that night, which runs into the next.
		{"The cyclone made landfall on the night of March 14.", may2,
			[]want{{"the night of March 14", "2025-03-14", "2025-03-15"}}},
		// A bare month opening the span takes the year written after
		// the month that closes it.
		{"Contracts were awarded between March and June 2020.", may2,
			[]want{{"March and June 2020", "2020-03-01", "2020-06-30"}}},
		{"The plant stood idle from November to February 2021.", may2,
			[]want{{"November to February 2021", "2020-11-01", "2021-02-28"}}},
		{"Sales jumped in March of last year.", nov27,
			[]want{{"March of last year", "2023-03-01", "2023-03-31"}}},
		{"Shops will stay open from Thursday evening until Saturday night.", nov27,
			[]want{{"Thursday evening until Saturday night", "2024-11-28", "2024-11-30"}}},
		{"Snow will fall from Tuesday into Wednesday across the north.", may2,
			[]want{{"Tuesday into Wednesday", "2025-05-06", "2025-05-07"}}},
		// A range that opens on a day named before it and ends on a
		// later one is an event of its own; one within the day is not.
		{"Traffic will peak on Friday afternoon, and the lane closures will be lifted from 6am on Friday until Tuesday morning.", nov27,
			[]want{{"Friday afternoon", "2024-11-29", "2024-11-29"}, {"6am on Friday until Tuesday morning", "2024-11-29", "2024-12-03"}}},
		{"The library opens on Friday, from 9am to 5pm.", nov27,
			[]want{{"Friday", "2024-11-29", "2024-11-29"}}},
		// A night named by the day it runs into is an event of its own
		// beside one on its first day; a same-day night is not.
		{"Rain turns to snow on Friday afternoon and falls overnight into Saturday.", nov27,
			[]want{{"Friday afternoon", "2024-11-29", "2024-11-29"}, {"overnight into Saturday", "2024-11-29", "2024-11-30"}}},
		{"Talks ran on Monday and late into Monday night.", nov27,
			[]want{{"Monday", "2024-11-25", "2024-11-25"}}},
		// A bare "overnight" before the day it leads into, in the same
		// sentence, is that day's event.
		{"The minister said on Wednesday, after the parties agreed overnight, that the vote would go ahead.", nov27,
			[]want{{"Wednesday", "2024-11-27", "2024-11-27"}}},
		// Schedule lines that each open with the same day are two entries.
		{"FIXTURES\nSaturday 10 May, 3pm: Rovers v City\nSaturday 10 May, 5.30pm: Athletic v United\n", may2,
			[]want{{"Saturday 10 May", "2025-05-10", "2025-05-10"}, {"Saturday 10 May", "2025-05-10", "2025-05-10"}}},
		{"Rovers play on Saturday 10 May, 3pm, and Athletic on Saturday 10 May, 5.30pm.", may2,
			[]want{{"Saturday 10 May", "2025-05-10", "2025-05-10"}}},
		// An apposition that writes the day out restates its lead-in: one event.
		{"Talks open on Monday and a deal is due a week later, on May 12.", may2,
			[]want{{"Monday", "2025-05-05", "2025-05-05"}, {"May 12", "2025-05-12", "2025-05-12"}}},
		{"The ferry sailed on April 20 and docked two days later, on April 22.", may2,
			[]want{{"April 20", "2025-04-20", "2025-04-20"}, {"April 22", "2025-04-22", "2025-04-22"}}},
		{"The storm passed two weeks ago, on April 18.", may2,
			[]want{{"April 18", "2025-04-18", "2025-04-18"}}},
		// "and" without "between" lists two days, it spans nothing.
		{"Talks were held on April 24 and 25.", nov27,
			[]want{{"April 24", "2024-04-24", "2024-04-24"}, {"25", "2024-04-25", "2024-04-25"}}},
	}
	for _, c := range cases {
		a := &data.Article{Title: "t", Source: "t.txt", Text: c.text, Published: c.published}
		events, err := extract.Events(a)
		if err != nil {
			t.Fatal(err)
		}
		var got []want
		for _, e := range events {
			got = append(got, want{e.Expr, e.Span.Start.Format(time.DateOnly), e.Span.LastDay().Format(time.DateOnly)})
		}
		if len(got) != len(c.events) {
			t.Errorf("%q: events %v, want %v", c.text, got, c.events)
			continue
		}
		for i := range got {
			if got[i] != c.events[i] {
				t.Errorf("%q: events %v, want %v", c.text, got, c.events)
				break
			}
		}
		if c.text == cases[0].text && len(events) == 1 {
			if title := events[0].Title; title != "Negotiators will meet again in Geneva" {
				t.Errorf("%q: title %q, want the sentence without the range", c.text, title)
			}
		}
	}
}

// TestExtract_Doubt checks that a date whose written weekday is wrong
// stays, at lower confidence than the same date written correctly
// (27 November 2024 was a Wednesday), and that impossible dates are no
// events at all.
func TestExtract_Doubt(t *testing.T) {
	type testCase struct {
		text  string
		value string // "" for no event
	}
	cases := []testCase{
		{"The ministers met on Wednesday 27 November 2024.", "2024-11-27"},
		{"The ministers met on Monday 27 November 2024.", "2024-11-27"},
		{"Nothing happened on February 30, 2024.", ""},
		{"The archive begins on 30 February 0001.", ""},
	}
	published := time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)
	var conf []float64
	for _, c := range cases {
		events, err := extract.Events(&data.Article{Title: "t", Source: "t.txt", Text: c.text, Published: published})
		if err != nil {
			t.Fatal(err)
		}
		if c.value == "" {
			if len(events) != 0 {
				t.Errorf("%q: events %+v, want none", c.text, events)
			}
			continue
		}
		if len(events) != 1 || events[0].Value != c.value {
			t.Errorf("%q: events %+v, want one on %s", c.text, events, c.value)
			continue
		}
		conf = append(conf, events[0].Confidence)
	}
	if len(conf) == 2 && conf[1] >= conf[0] {
		t.Errorf("confidence with the wrong weekday %.2f, want below %.2f", conf[1], conf[0])
	}
	for _, c := range conf { // exports print it as is: 0.55, never 0.5499999999999999
		if s := strconv.FormatFloat(c, 'f', -1, 64); len(s) > 4 {
			t.Errorf("confidence %s has more than two decimals", s)
		}
	}
}
