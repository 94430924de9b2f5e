package timex

import (
	"testing"
	"time"
)

// TestNews31TableFeasts checks that a feast whose days come from a table
// gives no date in a year the table lacks, and its day in one it has.
func TestNews31TableFeasts(t *testing.T) {
	cases := []struct {
		text string
		dct  time.Time
		want string // "" for no Timex on the feast's name
	}{
		{"The family moved here before Diwali in 1962.", time.Date(2023, 11, 7, 0, 0, 0, 0, time.UTC), ""},
		{"Lunar New Year in 1931 was a quiet one.", time.Date(2023, 11, 7, 0, 0, 0, 0, time.UTC), ""},
		{"The shops closed for Diwali in 2008.", time.Date(2023, 11, 7, 0, 0, 0, 0, time.UTC), "2008-10-28"},
		{"Flights were full over Lunar New Year.", time.Date(1995, 3, 1, 0, 0, 0, 0, time.UTC), ""},
	}
	for _, c := range cases {
		got := ""
		for _, x := range Tag(c.text, c.dct) {
			if x.Rule == "holiday" {
				got = x.Value
			}
		}
		if got != c.want {
			t.Errorf("%q: holiday %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNews31SameDayOfUnit checks that "the same day of the week" (a place
// in a cycle two days share) gives no date, and that "the same day" alone
// is still the day mentioned last.
func TestNews31SameDayOfUnit(t *testing.T) {
	dct := time.Date(2008, 10, 16, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, want string }{
		{"This year's ceremony falls on the same day of the week as the disaster.", ""},
		{"Rent is due on the same day of the month as before.", ""},
		{"The market opened on Oct. 13 and the bank failed the same day.", "2008-10-13"},
	}
	for _, c := range cases {
		got := ""
		for _, x := range Tag(c.text, dct) {
			if x.Rule == "anaphor" {
				got = x.Value
			}
		}
		if got != c.want {
			t.Errorf("%q: anaphor %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNews31ReadingTime checks that a date line closed by the story's
// reading time is a publication line, and that a sentence is not.
func TestNews31ReadingTime(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"7 November 2023 · 6 min read", true},
		{"Jan 3, 2010 | 4 minute read", true},
		{"7 November 2023 · 12 mins read", true},
		// Not a reading time: a sentence about reading.
		{"7 November 2023: 6 minutes to read the report", false},
		{"7 November 2023 was a day to read", false},
	}
	for _, c := range cases {
		if got := IsPublicationLine(c.line); got != c.want {
			t.Errorf("IsPublicationLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
