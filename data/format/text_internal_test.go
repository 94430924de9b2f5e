package format

import (
	"strings"
	"testing"
)

// collapsedTitle is cleanTitle as it was written first, over the whole of
// s: the reference the one-pass version must agree with.
func collapsedTitle(s string) string {
	return cutTitle(strings.Join(strings.Fields(s), " "))
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

// isBinarySlow is isBinary as first written, a byte at a time: the
// reference.
func isBinarySlow(b string) bool {
	head := b[:min(len(b), sniffLen)]
	ctrl := 0
	for _, c := range []byte(head) {
		switch {
		case c == 0:
			return true
		case c == '\t', c == '\n', c == '\r', c == '\f', c == 0x1B:
		case c < 0x20, c == 0x7F:
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

// FuzzIsBinary checks isBinary, which tests eight bytes at a time, against
// the byte-at-a-time reference, also on text whose control bytes sit at
// every offset of a word.
func FuzzIsBinary(f *testing.F) {
	f.Add("Leaders met in Astana.\n")
	f.Add("\x7f\x7f\x01 text \x00")
	f.Add(strings.Repeat("\x1f\x20\x7e\x7f\x80\xff", 7))
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isBinary(s), isBinarySlow(s); got != want {
			t.Errorf("isBinary(%q) = %v, want %v", s, got, want)
		}
		for _, c := range []byte{0, 1, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0xff} {
			for at := 0; at < 8; at++ {
				w := []byte((s + "abcdefgh")[:8])
				w[at] = c
				if got, want := controlIn8(string(w)), ctrlAt(string(w)); got != want {
					t.Errorf("controlIn8(%q) = %v, want %v", w, got, want)
				}
			}
		}
	})
}

// ctrlAt reports whether s holds a byte below 0x20 or 0x7F.
func ctrlAt(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return true
		}
	}
	return false
}
