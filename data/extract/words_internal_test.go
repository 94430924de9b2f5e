package extract

import (
	"strings"
	"testing"
)

// TestTrimPunct checks trimPunct against strings.Trim with the same cut
// set, on ends of ASCII punctuation, dashes and curly quotes, words that
// keep them inside, and bytes that are not UTF-8.
func TestTrimPunct(t *testing.T) {
	type testCase struct{ name, in string }
	cases := []testCase{
		{"empty", ""},
		{"only punctuation", " ,;: —–- () \"“” "},
		{"word", "word"},
		{"ends", "— “the talks”, "},
		{"inside", "(well-known — “quoted”)"},
		{"other runes kept", "«Astana» …"},
		{"not UTF-8", "\xff, word \xfe"},
		{"cut byte of a dash", "\xe2\x80word\xe2\x80\x94"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, want := trimPunct(c.in), strings.Trim(c.in, countTrim); got != want {
				t.Errorf("trimPunct(%q) = %q, want %q", c.in, got, want)
			}
		})
	}
}

// TestLexRole_Table checks that lexRole's table finds every lexicon word
// in any case with its roles, and that other words have none.
func TestLexRole_Table(t *testing.T) {
	for w, want := range titleLexicon {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if got := lexRole(v); got != want {
				t.Errorf("lexRole(%q) = %b, want %b", v, got, want)
			}
		}
	}
	type testCase struct{ name, in string }
	for _, c := range []testCase{{"empty", ""}, {"name", "Kazakhstan"}, {"long", "internationalisation"}, {"digits", "1998"}, {"lexicon word and more", "thereafter"}, {"cut lexicon word", "th"}} {
		if got := lexRole(c.in); got != 0 {
			t.Errorf("%s: lexRole(%q) = %b, want none", c.name, c.in, got)
		}
	}
}

// FuzzWriteFields checks writeFields against strings.Fields and Join.
func FuzzWriteFields(f *testing.F) {
	for _, s := range []string{"", " ", "one", " one  two\tthree ", "a \u00a0b", "a Ünï b", "a\xff b\xfe ", "x \u2028y  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		var b strings.Builder
		b.WriteString("pre")
		writeFields(&b, p)
		if got, want := b.String(), "pre"+strings.Join(strings.Fields(p), " "); got != want {
			t.Errorf("writeFields(%q) wrote %q, want %q", p, got, want)
		}
	})
}

// FuzzWordCount checks wordCount, eight bytes at a time, against the
// byte at a time count it replaced, on strings cut at every length so
// that words and spaces fall on each side of an eight-byte edge, and with
// every cap up to one past the count.
func FuzzWordCount(f *testing.F) {
	for _, s := range []string{"", " ", "one", "one two", " one  two\tthree \r\nfour ", "abcdefgh ijklmnop",
		"a\u00a0b", "\x00\x1f\x20\x21\x7f\x80\xff", "        x", "x        ", "Ünï  \x89\x8a\x8d\xa0 b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for end := 0; end <= len(s); end++ {
			all := wordCountBytes(s[:end], false)
			for most := 1; most <= all+1; most++ {
				if got, want := wordCount(s[:end], most), min(all, most); got != want {
					t.Fatalf("wordCount(%q, %d) = %d, want %d", s[:end], most, got, want)
				}
			}
		}
	})
}

// TestWordCount checks word counts worked out by hand, with a cap above
// them and at a lower one.
func TestWordCount(t *testing.T) {
	type testCase struct {
		in         string
		most, want int
	}
	for _, c := range []testCase{
		{"", 9, 0}, {"   ", 9, 0}, {"word", 9, 1}, {"two words", 9, 2}, {" lead and trail ", 9, 3},
		{"tabs\tand\nlines\r\nend", 9, 4}, {"eightchr eightchr eightchr", 9, 3}, {"no\u00a0break", 9, 1},
		{" lead and trail ", 2, 2}, {"eightchr eightchr eightchr", 1, 1}, {"a b c d e f g h i j k", 10, 10},
	} {
		if got := wordCount(c.in, c.most); got != c.want {
			t.Errorf("wordCount(%q, %d) = %d, want %d", c.in, c.most, got, c.want)
		}
	}
}

// FuzzLastLineFeed checks lastLineFeed against strings.LastIndexByte.
func FuzzLastLineFeed(f *testing.F) {
	for _, s := range []string{"", "\n", "no line feed", "one\nline feed", "\ntwo\nline feeds\n", "\n\n\n", "a\r\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastLineFeed(s), strings.LastIndexByte(s, '\n'); got != want {
			t.Errorf("lastLineFeed(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzWordEnd checks wordEnd, which skips letters and digits eight bytes
// at a time, against wordEndBytes alone, from every start and with the
// expression at every place in the text.
func FuzzWordEnd(f *testing.F) {
	for _, s := range []string{"", "word", "5,500 shares", "well-known U.S. firm's", "abcdefgh12345678 x",
		"Zürich café", "AZaz09[`{@/:", "a\xffb\xc3", "December2024"} {
		f.Add(s, 3, 5)
	}
	f.Fuzz(func(t *testing.T, s string, exprStart, exprEnd int) {
		if len(s) > 0 {
			exprStart, exprEnd = exprStart%(len(s)+1), exprEnd%(len(s)+1)
		}
		for i := 0; i < len(s); i++ {
			if got, want := wordEnd(s, i, exprStart, exprEnd), wordEndBytes(s, i, exprStart, exprEnd); got != want {
				t.Fatalf("wordEnd(%q, %d, %d, %d) = %d, want %d", s, i, exprStart, exprEnd, got, want)
			}
		}
	})
}

// TestHasLineBreakOrTab checks the eight-byte test against
// strings.ContainsAny, for every byte value in every position of a
// sentence longer than eight bytes, and on short strings.
func TestHasLineBreakOrTab(t *testing.T) {
	for c := range 256 {
		for pos := range 19 {
			in := []byte("the talks ended now")
			in[pos] = byte(c)
			s := string(in)
			if got, want := hasLineBreakOrTab(s), strings.ContainsAny(s, "\n\r\t"); got != want {
				t.Fatalf("hasLineBreakOrTab(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "\n", "a\tb", "abc", "é\r", "\x0b\x0c\x0e"} {
		if got, want := hasLineBreakOrTab(s), strings.ContainsAny(s, "\n\r\t"); got != want {
			t.Errorf("hasLineBreakOrTab(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBlankToLineEnd checks the test linkTeaser puts to what follows a
// bracketed date's ")": spaces to the line's end, and no further read.
func TestBlankToLineEnd(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"", true},
		{"  \t\r\nMore text", true},
		{"\nanything", true},
		{" and then", false},
		{". Shops open", false},
		{" " + strings.Repeat("x", 1<<20), false},
	} {
		if got := blankToLineEnd(c.in); got != c.want {
			t.Errorf("blankToLineEnd(%.20q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestSectionLine checks which lines read as a page's section path, whose
// year names an edition, not an event (lines written for Dateline).
func TestSectionLine(t *testing.T) {
	type sectionCase struct {
		line string
		want bool
	}
	for _, c := range []sectionCase{
		{"Tennis | Harbour Open 2025", true},
		{"Sport > Football > Premier Division", true},
		{"Politics | Budget 2024-25", true},
		{"Sat 15 Aug | Kell Rovers v Ardley", false},
		{"Storm to hit the coast on Friday | Weather", false},
		{"Tennis", false},
		{"By Ben Hollis | Saturday 20 June 2026, 08:00", false},
		{"Votes 2016 | County Council | 3rd Ward", true},
		{"Fixtures | 21st August | Kell Rovers", false},
		{"Results | 2nd round", false},
	} {
		if got := sectionLine(c.line); got != c.want {
			t.Errorf("sectionLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
