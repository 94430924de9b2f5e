package timex

import (
	"testing"
	"time"
)

// TestValueFormat: expected strings written by hand from the TIMEX3 value
// syntax; 2024-12-30 is in ISO week 1 of 2025 (checked against the calendar).
func TestValueFormat(t *testing.T) {
	type testCase struct{ got, want string }
	d := time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC)
	cases := []testCase{
		{pad(7, 2), "07"}, {pad(0, 1), "0"}, {pad(0, 2), "00"}, {pad(2024, 4), "2024"}, {pad(123, 2), "123"},
		{pad(-5, 2), "-05"}, {pad(199, 3), "199"}, {pad(19, 2), "19"}, {pad(1000, 1), "1000"},
		{vYear(1989), "1989"}, {vMonth(2024, 9), "2024-09"}, {vDay(d), "2024-12-30"},
		{vQuarter(2024, 4), "2024-Q4"}, {vHalf(2024, 2), "2024-H2"}, {vSeason(2024, "WI"), "2024-WI"},
		{vWeek(d), "2025-W01"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}
