package format

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// collapsedTitle is cleanTitle as it was written first, over the whole of
// s: the reference the one-pass version must agree with.
func collapsedTitle(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxTitleRunes {
		return s
	}
	cut, end, n := 0, len(s), 0
	for i := range s {
		if n == maxTitleRunes-1 {
			end = i
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		cut = end
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + "…"
}

// TestCleanTitle checks cleanTitle against the reference on titles that
// need no change, need collapsing, and run past the cap at every kind of
// place: a space falling exactly on the cap, a long word, spaces that are
// not ASCII and bytes that are not UTF-8.
func TestCleanTitle(t *testing.T) {
	type testCase struct{ name, in string }
	words := strings.Repeat("word ", 30)
	cases := []testCase{
		{"empty", ""},
		{"clean", "Leaders meet in Astana"},
		{"spaces around", "  Leaders meet\tin  Astana \n"},
		{"only spaces", " \t\u00a0 "},
		{"no-break space", "Leaders\u00a0meet"},
		{"cap exactly", strings.Repeat("a", maxTitleRunes)},
		{"one past the cap", strings.Repeat("a", maxTitleRunes+1)},
		{"space on the cap", strings.Repeat("a", maxTitleRunes) + " b"},
		{"double space on the cap", strings.Repeat("a", maxTitleRunes) + "  b"},
		{"space before the cap", strings.Repeat("a", maxTitleRunes-1) + " b"},
		{"long words", words + words},
		{"long words, tabs", strings.ReplaceAll(words+words, " ", "\t ")},
		{"punctuation at the cut", strings.Repeat("word, ", 40)},
		{"not UTF-8", "Leaders \xff meet\xfe" + strings.Repeat(" \xffword", 40)},
		{"wide runes", strings.Repeat("Ünïcödé — ", 30)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, want := cleanTitle(c.in), collapsedTitle(c.in); got != want {
				t.Errorf("cleanTitle(%q) = %q, want %q", c.in, got, want)
			}
		})
	}
}

// FuzzCleanTitle checks cleanTitle against the reference on any text.
func FuzzCleanTitle(f *testing.F) {
	f.Add("  Leaders meet\tin  Astana \n")
	f.Add(strings.Repeat("a", maxTitleRunes) + " b")
	f.Add(strings.Repeat("word \u00a0", 40))
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanTitle(s), collapsedTitle(s); got != want {
			t.Errorf("cleanTitle(%q) = %q, want %q", s, got, want)
		}
	})
}
