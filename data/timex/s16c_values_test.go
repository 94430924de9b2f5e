package timex_test

import (
	"slices"
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// s16cCases are value classes found in the s16-c tuning articles
// (tune-620..626), each in a sentence of our own: the text, its
// publication day and every expression Tag finds, as "text=value".
var s16cCases = []struct {
	text string
	dct  time.Time
	want []string
}{
	// A split year written with a slash after "the budget for" is a
	// financial year, April to March, as one written with a hyphen is.
	{"Councillors will debate the budget for 2027/28 next week.", oct7,
		[]string{"2027=2027-04", "28=2028-03", "next week=2026-W42"}},
	// Not after another noun: the slash alone makes no year of "24".
	{"The club's results for 2023/24 were poor.", oct7, []string{"2023=2023"}},
	// The financial year's April lends no month to a later day of the
	// month written alone: "the 19th" is this month's.
	{"The budget for 2027/28 goes to a vote on the 19th.", oct7,
		[]string{"2027=2027-04", "28=2028-03", "the 19th=2026-10-19"}},
}

// oct7 (2026) is a Wednesday.
var oct7 = time.Date(2026, 10, 7, 0, 0, 0, 0, time.UTC)

func TestTag_S16CValues(t *testing.T) {
	for _, c := range s16cCases {
		var got []string
		for _, x := range timex.Tag(c.text, c.dct) {
			got = append(got, x.Text+"="+x.Value)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Tag(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
