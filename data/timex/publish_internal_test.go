package timex

import (
	"strings"
	"testing"
)

// hasYearDigitsSlow is hasYearDigits as first written: the reference.
func hasYearDigitsSlow(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if pubDigit(s[i]) {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return run == 4
}

// FuzzPublishLine checks trimMarks against strings.Trim with the same cut
// set and hasYearDigits against its first version, on any line.
func FuzzPublishLine(f *testing.F) {
	for _, s := range []string{"", "## Published 27 November 2024 ", "\u00a0> *1998*\u00a0", "\xc2", "12345 678 2024", "a\xa0\u00a0", "\u00a0\u00a0\xc2\xa0x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimMarks(s), strings.Trim(s, lineMarks); got != want {
			t.Errorf("trimMarks(%q) = %q, want %q", s, got, want)
		}
		if got, want := hasYearDigits(s), hasYearDigitsSlow(s); got != want {
			t.Errorf("hasYearDigits(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestRegionName checks the words a dateline's region may be: one to three
// capitalised words, split on spaces or tabs.
func TestRegionName(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Kazakhstan", true},
		{"French Guiana", true},
		{" Nova Scotia ", true},
		{"St. Kitts\tand", false},
		{"Bosnia and Herzegovina", false},
		{"Papua New Guinea", true},
		{"United Arab Emirates Abu", false},
		{"Nur-Sultan", true},
		{"", false},
		{"   ", false},
		{"the north", false},
		{"Reuters 12", false},
	} {
		if got := regionName(c.s); got != c.want {
			t.Errorf("regionName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
