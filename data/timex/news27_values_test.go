package timex_test

import (
	"slices"
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// news27Cases are value classes found in the news27 tuning articles
// (tune-321..330), each in a sentence of our own: the text, its
// publication day and every expression Tag finds, as "text=value".
var news27Cases = []struct {
	text string
	dct  time.Time
	want []string
}{
	// "the last day of the year" and "of this month" are the last day
	// of the year or month of publication, not the day before it.
	{"Crowds marked the last day of the year with fireworks.", dec15, []string{"the last day of the year=2021-12-31"}},
	{"The offer ends on the last day of this month.", dec15, []string{"the last day of this month=2021-12-31"}},
	// Not a month named, which keeps its own rule (lastOf), nor "the last
	// day" with no "of", which stays the day before publication.
	{"Shares fell on the last day of March.", dec15, []string{"the last day of March=2021-03-31"}},
	{"Prices rose in the last day or two.", dec15, []string{"the last day=2021-12-14"}},
	// The last day of an event the calendar does not place ("of the
	// Games", "of his visit") is a day left unknown; not the night of
	// a carnival, which names no day at all.
	{"The hosts won a record 51st gold on the last day of the Games.", dec15, []string{"the last day=XXXX-XX-XX"}},
	{"Crowds filled the square on the last night of the carnival.", dec15, nil},
	// A quote that goes on from a sentence whose report a weekday dates
	// after a short phrase ("told reporters at the airport late
	// Saturday") counts its "tonight" from that day.
	{"\"We argued all year,\" Petrak told reporters at the airport late Saturday. \"Tonight we have a calendar.\"", jan1,
		[]string{"late Saturday=2011-12-31", "Tonight=2011-12-31TNI"}},
	// ... and so does a quote whose attribution after it gives the
	// hearers and the place but no day ("he told reporters in the
	// capital"); not one whose attribution has a verb of its own, which
	// may be another occasion.
	{"Orlik said on Friday that he was ready. \"We can meet tomorrow,\" he told reporters in the capital.", may16,
		[]string{"Friday=2026-05-15", "tomorrow=2026-05-16"}},
	{"Orlik said on Friday that he was ready. \"We can meet tomorrow,\" he told reporters who had gathered outside.", may16,
		[]string{"Friday=2026-05-15", "tomorrow=2026-05-17"}},
	// A headline's "in new year", its "the" left out, is the year as
	// "the new year" is; not the holiday's capital "New Year", nor
	// "new year" after no preposition.
	{"Tarsia nuclear talks to resume in new year after holiday pause", dec15, []string{"new year=2022"}},
	{"Crowds gather for New Year celebrations", dec15, nil},
	{"Ministers agree new year plans", dec15, nil},
	// Figures "for the" months of a quarter are those of the quarter
	// gone, and the month closing the range lies in the year after its
	// start, not read again by the clause's "are due".
	{"Figures for the October-December quarter are due on February 28.", jan6,
		[]string{"October=2024-10", "December=2024-12", "February 28=2025-02-28"}},
	{"Inflation figures for December are due on Wednesday.", jan6,
		[]string{"December=2024-12", "Wednesday=2025-01-08"}},
	// Not figures: a plan "for" the months of a quarter looks ahead.
	{"Talks are planned for the October-December quarter.", jan6,
		[]string{"October=2025-10", "December=2025-12"}},
	// A split year after "the budget for" is a financial year, April to
	// March, as "the 2025-26 budget" is; not after another noun.
	{"The minister will present the budget for 2025-26 on February 3.", jan6,
		[]string{"2025=2025-04", "26=2026-03", "February 3=2025-02-03"}},
	{"The club's results for 2023-24 were poor.", jan6, []string{"2023=2023", "24=2024"}},
}

// jan6 (2025) is a Monday.
var jan6 = time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)

// may16 (2026) is a Saturday.
var may16 = time.Date(2026, 5, 16, 0, 0, 0, 0, time.UTC)

// jan1 (2012) is a Sunday.
var jan1 = time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)

// dec15 is a Wednesday.
var dec15 = time.Date(2021, 12, 15, 0, 0, 0, 0, time.UTC)

func TestTag_News27(t *testing.T) {
	for _, c := range news27Cases {
		var got []string
		for _, x := range timex.Tag(c.text, c.dct) {
			got = append(got, x.Text+"="+x.Value)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Tag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// news27Absent are expressions Tag must not find as written: "the first
// half" of a fiscal year whose end the text does not give is no calendar
// half.
var news27Absent = []struct{ text, expr string }{
	{"In the first half of the fiscal year, tax receipts rose 11%.", "the first half"},
	{"Sales rose in the second half of its financial year.", "the second half"},
}

func TestTag_News27Absent(t *testing.T) {
	for _, c := range news27Absent {
		for _, x := range timex.Tag(c.text, dec15) {
			if x.Text == c.expr {
				t.Errorf("Tag(%q) found %q=%s, want no such expression", c.text, x.Text, x.Value)
			}
		}
	}
	// Not the calendar's half or a fiscal year the text writes out.
	for text, want := range map[string]string{
		"Sales rose in the first half of fiscal 2024.":                "2024-H1",
		"Sales rose in the first half of the year, the company said.": "2021-H1",
	} {
		if got := timex.Tag(text, dec15); len(got) == 0 || got[0].Value != want {
			t.Errorf("Tag(%q) = %v, want %s first", text, got, want)
		}
	}
}
