package timex

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
)

// TestWordTable checks that a table gives every word its number and 0 for
// any other string, with sets small and large enough to collide.
func TestWordTable(t *testing.T) {
	type tableCase struct {
		name   string
		words  map[string]uint16
		misses []string
	}
	many := map[string]uint16{}
	for i := range 1000 {
		many[fmt.Sprintf("w%d", i)] = uint16(i + 1)
	}
	cases := []tableCase{
		{"short and long", map[string]uint16{"a": 1, "of": 2, "the": 3, "goal": 4, "quarterback": 5, "’": 6,
			strings.Repeat("x", 40): 7}, []string{"", "b", "oF", "th", "thee", "goals", "quarterbacks", "'", "x"}},
		{"many", many, []string{"w1000", "w", "w-1", "1w"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wt := newWordTable(c.words)
			for w, v := range c.words {
				if got := wt.get(w); got != v {
					t.Errorf("get(%q) = %d, want %d", w, got, v)
				}
				if got := wt.getFold(strings.ToUpper(w)); got != v {
					t.Errorf("getFold(%q) = %d, want %d", strings.ToUpper(w), got, v)
				}
			}
			for _, w := range c.misses {
				if got := wt.get(w); got != 0 {
					t.Errorf("get(%q) = %d, want 0", w, got)
				}
				if got, want := wt.getFold(w), c.words[strings.ToLower(w)]; got != want {
					t.Errorf("getFold(%q) = %d, want %d", w, got, want)
				}
			}
		})
	}
}

// TestWordTable_Lexicons checks the tables the tagger uses against the
// maps they were made from.
func TestWordTable_Lexicons(t *testing.T) {
	for w, role := range wordRoles {
		if e := wordEntries[wordIndex.get(w)]; e.role != role || (e.rules != nil) != (wordRulesAt[w] != nil) {
			t.Errorf("entry of %q: role %d, rules %v; want role %d", w, e.role, e.rules, role)
		}
	}
	for w, kind := range cueKinds {
		if cueOf(w) != kind || cueOf(strings.ToUpper(w)) != kind {
			t.Errorf("cueOf(%q) = %d, want %d", w, cueOf(w), kind)
		}
	}
}

// TestFoldWord checks the eight-byte fold against folding byte by byte,
// for every byte value in every position.
func TestFoldWord(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			var in, want [8]byte
			for k := range in {
				in[k] = byte(c + k*37) // other bytes around it
			}
			in[pos] = byte(c)
			for k, b := range in {
				if b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
				}
				want[k] = b
			}
			x := binary.LittleEndian.Uint64(in[:])
			if got := foldWord(x); got != binary.LittleEndian.Uint64(want[:]) {
				t.Fatalf("foldWord(% x) = %016x, want % x", in, got, want)
			}
		}
	}
}

// FuzzWordEnd checks wordEnd, eight bytes at a time, against the byte at
// a time loop it replaced, from every start in the text, so that letters,
// marks and runes of several bytes fall on each side of an eight-byte edge.
func FuzzWordEnd(f *testing.F) {
	for _, s := range []string{"", "a", "word", "longerwords and more", "Zürich's café", "abcdefgh", "abcdefg@",
		"AZaz[`{@", "naïveté\xff\xfeword", "a.m. U.S.", "\x80\xc3\xa9tude", "ΑθήναΑθήνα"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := wordEnd(s, i), wordEndBytes(s, i); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}
