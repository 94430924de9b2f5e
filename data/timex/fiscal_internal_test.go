package timex

import (
	"strings"
	"testing"
)

// tokenSportsCues counts the cues of text as the tagger would over the
// tokens of each block: the reference textSportsCues must agree with. The
// counts tokenize makes as it cuts each block must agree too.
func tokenSportsCues(t *testing.T, text string) (sports, finance int) {
	for base := 0; base < len(text); {
		end := nextBlock(text, base)
		lower, toks, cues := readBlock(text[base:end], nil)
		s, f := countSportsCues(lower, toks, 0, len(toks))
		if cues.sports != s || cues.finance != f {
			t.Errorf("%q: tokenize counted %d, %d; countSportsCues %d, %d", text, cues.sports, cues.finance, s, f)
		}
		sports, finance = sports+s, finance+f
		base = end
	}
	return sports, finance
}

// cueCase is a text and the cues it holds, counted by hand.
type cueCase struct {
	name             string
	text             string
	sports, finances int
}

var cueCases = []cueCase{
	{"none", "The talks went on into the night.", 0, 0},
	{"words in any case", "The TEAM Scored twice; Profits rose.", 2, 1},
	{"scores", "They won 21-14, then 3–2, then 1-2-3.", 4, 0},
	{"not scores", "Between 200-14, 2024-11, 12 - 3, 1- 2 and -5.", 0, 0},
	{"long numbers count as small", "A 12345678901-2 score.", 2, 0},
	{"marks", "Up 5% to $3, €4 and £5.", 0, 4},
	{"word glued to letters", "goalé goal2 2goal", 2, 0},
	{"abbreviation", "The U.S. team and a.m. goals.", 2, 0},
	{"bad bytes", "goal\xff\xfegoal \xe2\x82", 2, 0},
}

func TestTextSportsCues(t *testing.T) {
	for _, c := range cueCases {
		t.Run(c.name, func(t *testing.T) {
			s, f := textSportsCues(c.text, 0, len(c.text))
			if s != c.sports || f != c.finances {
				t.Errorf("textSportsCues(%q) = %d, %d; want %d, %d", c.text, s, f, c.sports, c.finances)
			}
			if rs, rf := tokenSportsCues(t, c.text); rs != s || rf != f {
				t.Errorf("over tokens: %d, %d; bytes: %d, %d", rs, rf, s, f)
			}
		})
	}
}

// TestTextSportsCues_Blocks checks the byte count against the token count
// on a text of several blocks, one cut in a paragraph with no spaces.
func TestTextSportsCues_Blocks(t *testing.T) {
	defer func(bs, mb int) { blockSize, maxBlock = bs, mb }(blockSize, maxBlock)
	blockSize, maxBlock = 64, 128
	text := strings.Repeat("The team led 21-14 at halftime.\n\nProfits rose 5%. ", 20) + strings.Repeat("1-2goal", 60)
	s, f := textSportsCues(text, 0, len(text))
	if rs, rf := tokenSportsCues(t, text); rs != s || rf != f || s == 0 || f == 0 {
		t.Errorf("bytes %d, %d; tokens %d, %d", s, f, rs, rf)
	}
}

func FuzzTextSportsCues(f *testing.F) {
	for _, c := range cueCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s, fi := textSportsCues(text, 0, len(text))
		if rs, rf := tokenSportsCues(t, text); rs != s || rf != fi {
			t.Errorf("%q: bytes %d, %d; tokens %d, %d", text, s, fi, rs, rf)
		}
	})
}

// TestFiscalYearEnd checks which month a text says a fiscal year ends in;
// sentences are our own.
func TestFiscalYearEnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"For the full fiscal year, which ended in June, sales rose.", 6},
		{"Profit for the 2019 financial year, which ended on June 30, doubled.", 6},
		{"Results for the fiscal year ended Sept. 30 are due.", 9},
		{"The group's financial year ends in March.", 3},
		{"In the financial year to March 31, costs fell.", 3},
		{"Fiscal year 2024, which ended on January 31, was weak.", 1},
		{"The fiscal year that ended in December was flat.", 12},
		{"It expects to earn $2 a share in fiscal 2014, which ends June 28.", 6},
		{"The baker's fiscal year ends on the last Saturday of May.", 5},
		{"The fiscal year ends on the last day of the quarter.", 0},
		{"Fiscal 2014 ended badly, and June was worse.", 0},
		{"The fiscal cliff ends in January.", 0},
		{"The financial year to come looks hard.", 0},
		{"The fiscal year was hard, and June was worse.", 0},
		{"Sales rose in the fourth quarter.", 0},
		{"It ends with fiscal year", 0},
	} {
		if got := fiscalYearEnd(c.text); got != c.want {
			t.Errorf("fiscalYearEnd(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
