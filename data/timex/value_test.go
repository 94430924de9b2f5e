package timex_test

import (
	"errors"
	"testing"

	"github.com/dateline/dateline/data/internal/budget"
	"github.com/dateline/dateline/data/timex"
)

// Expected spans were checked against a printed 2024 calendar: ISO week 47
// of 2024 runs Monday 18 to Sunday 24 November; week 1 of 2025 starts on
// Monday 30 December 2024; 2024 is a leap year.
func TestParseValue(t *testing.T) {
	type testCase struct {
		value     string
		first     string // first day, YYYY-MM-DD
		last      string // last day, inclusive
		precision timex.Precision
		words     string
	}
	cases := []testCase{
		{"2024", "2024-01-01", "2024-12-31", timex.PrecisionYear, "2024"},
		{"202", "2020-01-01", "2029-12-31", timex.PrecisionDecade, "the 2020s"},
		{"19", "1900-01-01", "1999-12-31", timex.PrecisionCentury, "the 20th century"},
		{"2024-H2", "2024-07-01", "2024-12-31", timex.PrecisionHalf, "second half of 2024"},
		{"2024-Q4", "2024-10-01", "2024-12-31", timex.PrecisionQuarter, "fourth quarter of 2024"},
		{"2024-WI", "2024-12-01", "2025-02-28", timex.PrecisionSeason, "winter 2024"},
		{"2024-09", "2024-09-01", "2024-09-30", timex.PrecisionMonth, "September 2024"},
		{"2024-02", "2024-02-01", "2024-02-29", timex.PrecisionMonth, "February 2024"},
		{"2024-W47", "2024-11-18", "2024-11-24", timex.PrecisionWeek, "week of 18–24 November 2024"},
		{"2024-W44", "2024-10-28", "2024-11-03", timex.PrecisionWeek, "week of 28 October – 3 November 2024"},
		{"2025-W01", "2024-12-30", "2025-01-05", timex.PrecisionWeek, "week of 30 December 2024 – 5 January 2025"},
		{"2020-W53", "2020-12-28", "2021-01-03", timex.PrecisionWeek, "week of 28 December 2020 – 3 January 2021"},
		{"2024-W47-WE", "2024-11-23", "2024-11-24", timex.PrecisionWeek, "week of 23–24 November 2024"},
		{"2024-11-27", "2024-11-27", "2024-11-27", timex.PrecisionDay, "Wednesday 27 November 2024"},
		{"2024-02-29", "2024-02-29", "2024-02-29", timex.PrecisionDay, "Thursday 29 February 2024"},
		{"2024-11-26TMO", "2024-11-26", "2024-11-26", timex.PrecisionPartOfDay, "Tuesday 26 November 2024, morning"},
		{"2024-11-27T11:00", "2024-11-27", "2024-11-27", timex.PrecisionMinute, "Wednesday 27 November 2024, 11:00"},
		{"2024-11-27T23", "2024-11-27", "2024-11-27", timex.PrecisionHour, "Wednesday 27 November 2024, 23:00"},
	}
	for _, c := range cases {
		s, err := timex.ParseValue(c.value)
		if err != nil {
			t.Errorf("ParseValue(%q): %v", c.value, err)
			continue
		}
		if got := s.Start.Format("2006-01-02"); got != c.first {
			t.Errorf("ParseValue(%q) first day = %s, want %s", c.value, got, c.first)
		}
		if got := s.LastDay().Format("2006-01-02"); got != c.last {
			t.Errorf("ParseValue(%q) last day = %s, want %s", c.value, got, c.last)
		}
		if s.Precision != c.precision {
			t.Errorf("ParseValue(%q) precision = %v, want %v", c.value, s.Precision, c.precision)
		}
		if got := s.Words(); got != c.words {
			t.Errorf("ParseValue(%q).Words() = %q, want %q", c.value, got, c.words)
		}
	}
}

func TestParseValue_Errors(t *testing.T) {
	notCalendar := []string{"P3Y", "PT2H", "PRESENT_REF", "PAST_REF", "XXXX-09", "XXXX-WXX-2"}
	for _, v := range notCalendar {
		if _, err := timex.ParseValue(v); !errors.Is(err, timex.ErrNotCalendar) {
			t.Errorf("ParseValue(%q) error = %v, want ErrNotCalendar", v, err)
		}
	}
	malformed := []string{"", "2023-02-29", "2024-13", "2024-00", "2024-W54", "2023-W53", "2024-Q5",
		"2024-11-27T24:00", "2024-11-27T9:00", "2024-09T10:00", "2", "2024-11-7", "abcd", "2024-1"}
	for _, v := range malformed {
		var ve *timex.ValueError
		if _, err := timex.ParseValue(v); !errors.As(err, &ve) {
			t.Errorf("ParseValue(%q) error = %v, want *ValueError", v, err)
		}
	}
}

func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"2024", "2024-W47", "2024-11-27T11:00", "2024-SU", "19", "P3Y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		budget.Grown(t, "ParseValue", v, func(v string) { timex.ParseValue(v) })
		s, err := timex.ParseValue(v)
		if err != nil {
			return
		}
		if !s.End.After(s.Start) {
			t.Fatalf("ParseValue(%q) = empty span %v–%v", v, s.Start, s.End)
		}
		if s.Words() == "" {
			t.Fatalf("ParseValue(%q) has no words", v)
		}
	})
}

// TestOffset checks dates moved by a count, at the date's precision, and
// the counts finer than the date or not whole units that it refuses.
func TestOffset(t *testing.T) {
	cases := []struct {
		value, duration string
		before          bool
		want            string // "" when refused
	}{
		{"2024-11-28", "P2D", true, "2024-11-26"},
		{"2024-12-25", "P1W", false, "2025-01-01"},
		{"2024-02-29", "P1Y", false, "2025-03-01"},
		{"2024-03", "P3M", false, "2024-06"},
		{"2014", "P3Y", false, "2017"},
		{"2024-Q4", "P1Y", true, "2023-Q4"},
		{"2024-W48", "P2W", false, "2024-W50"},
		{"2024-03", "P2D", false, ""},
		{"2024-SU", "P1Y", false, ""},
		{"2024-11-28T10:00", "P1D", false, ""},
		{"2024-11-28", "PXD", false, ""},
		{"2024-11-28", "PT2H", false, ""},
		{"2024-11-28", "P0D", false, ""},
		{"not a date", "P1D", false, ""},
	}
	for _, c := range cases {
		got, ok := timex.Offset(c.value, c.duration, c.before)
		if ok != (c.want != "") || got != c.want {
			t.Errorf("Offset(%q, %q, %v) = %q, %v; want %q", c.value, c.duration, c.before, got, ok, c.want)
		}
	}
}
