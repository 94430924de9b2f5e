package timex_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// directionCase is one line of testdata/direction/*.txt:
//
//	DCT | sentence with the expression in [brackets] | expected TIMEX3 value
//
// The value "(none)" says that no Timex may overlap the brackets: words
// that only look like a date ("a high [spring] tide").
//
// A line that starts with "!" is a fresh sentence the tagger is known to
// get wrong: it stays in the file, so that the file's accuracy is the
// honest one, and the test fails once it comes out right, so that the
// mark goes.
type directionCase struct {
	pos        string // file:line, for messages
	dct        time.Time
	text       string // the sentence without the brackets
	start, end int    // the bracketed span in text
	want       string
	wrong      bool // marked "!": known to come out wrong
}

// parseDirectionCase reads one case line; pos names it in errors.
func parseDirectionCase(pos, line string) (directionCase, error) {
	c := directionCase{pos: pos}
	if rest, ok := strings.CutPrefix(line, "!"); ok {
		c.wrong, line = true, strings.TrimSpace(rest)
	}
	dct, rest, ok := strings.Cut(line, "|")
	k := strings.LastIndex(rest, "|")
	if !ok || k < 0 {
		return c, fmt.Errorf("%s: want DCT | sentence | value, got %q", pos, line)
	}
	sentence, want := strings.TrimSpace(rest[:k]), strings.TrimSpace(rest[k+1:])
	var err error
	if c.dct, err = time.Parse("2006-01-02", strings.TrimSpace(dct)); err != nil {
		return c, fmt.Errorf("%s: DCT: %w", pos, err)
	}
	lb, rb := strings.IndexByte(sentence, '['), strings.IndexByte(sentence, ']')
	if lb < 0 || rb < lb+2 || strings.Count(sentence, "[") != 1 || strings.Count(sentence, "]") != 1 {
		return c, fmt.Errorf("%s: want one non-empty [bracketed] expression in %q", pos, sentence)
	}
	if want == "" {
		return c, fmt.Errorf("%s: no expected value", pos)
	}
	c.text = sentence[:lb] + sentence[lb+1:rb] + sentence[rb+1:]
	c.start, c.end, c.want = lb, rb-1, want
	return c, nil
}

// readDirectionCases reads every case of a file, skipping blank lines and
// # comments.
func readDirectionCases(path string) ([]directionCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cases []directionCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c, err := parseDirectionCase(fmt.Sprintf("%s:%d", filepath.Base(path), n), line)
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	return cases, sc.Err()
}

// TestDirectionCases runs our own sentences of testdata/direction/*.txt:
// the Timex overlapping the bracketed span must carry the expected value.
func TestDirectionCases(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "direction", "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no testdata/direction/*.txt")
	}
	for _, path := range paths {
		cases, err := readDirectionCases(path)
		if err != nil {
			t.Error(err)
			continue
		}
		right := 0
		for _, c := range cases {
			got := directionGot(c)
			switch {
			case got == "" && c.wrong:
				t.Errorf("%s: %q in %q now comes out right: remove its \"!\"", c.pos, c.text[c.start:c.end], c.text)
			case got == "":
				right++
			case c.wrong:
				t.Logf("%s: known wrong: %q in %q: got %s, want %s", c.pos, c.text[c.start:c.end], c.text, got, c.want)
			default:
				t.Errorf("%s: %q in %q (dct %s): got %s, want %s", c.pos, c.text[c.start:c.end], c.text,
					c.dct.Format("2006-01-02"), got, c.want)
			}
		}
		t.Logf("%s: %d of %d right", filepath.Base(path), right, len(cases))
	}
}

// directionGot returns "" when the Timex overlapping a case's bracketed
// span carries the expected value, else what the tagger gave instead.
func directionGot(c directionCase) string {
	for _, x := range timex.Tag(c.text, c.dct) {
		if x.Start < c.end && c.start < x.End {
			if x.Value == c.want {
				return ""
			}
			return fmt.Sprintf("%s (%q)", x.Value, x.Text)
		}
	}
	if c.want == "(none)" {
		return ""
	}
	return "(none)"
}

// TestParseDirectionCase checks that malformed lines are refused and a
// good one is read with the brackets removed.
func TestParseDirectionCase(t *testing.T) {
	type parseCase struct {
		line    string
		text    string // "" when the line must be refused
		span    string
		wantVal string
		wrong   bool // the line is marked "!"
	}
	for _, c := range []parseCase{
		{line: "2024-11-27 | They meet on [Thursday]. | 2024-11-28", text: "They meet on Thursday.", span: "Thursday", wantVal: "2024-11-28"},
		{line: "! 2024-11-27 | They meet on [Thursday]. | 2024-11-28", text: "They meet on Thursday.", span: "Thursday", wantVal: "2024-11-28", wrong: true},
		{line: "2024-11-27 | They meet on Thursday. | 2024-11-28"},
		{line: "2024-11-27 | They meet on [] Thursday. | 2024-11-28"},
		{line: "2024-11-27 | They [meet] on [Thursday]. | 2024-11-28"},
		{line: "2024-11-27 | They meet on ]Thursday[. | 2024-11-28"},
		{line: "27/11/2024 | They meet on [Thursday]. | 2024-11-28"},
		{line: "2024-11-27 | They meet on [Thursday]."},
		{line: "2024-11-27 | They meet on [Thursday]. |"},
	} {
		got, err := parseDirectionCase("x.txt:1", c.line)
		switch {
		case c.text == "" && err == nil:
			t.Errorf("%q: accepted, want an error", c.line)
		case c.text == "":
			if !strings.HasPrefix(err.Error(), "x.txt:1: ") {
				t.Errorf("%q: error %q does not name the line", c.line, err)
			}
		case err != nil:
			t.Errorf("%q: %v", c.line, err)
		case got.text != c.text || got.text[got.start:got.end] != c.span || got.want != c.wantVal || got.wrong != c.wrong:
			t.Errorf("%q: got %+v", c.line, got)
		}
	}
}

// FuzzParseDirectionCase checks that any line either is refused or yields
// a non-empty span inside the text and an expected value.
func FuzzParseDirectionCase(f *testing.F) {
	f.Add("2024-11-27 | They meet on [Thursday]. | 2024-11-28")
	f.Add("2024-11-27 | a | b [c] | d")
	f.Add("2024-11-27 | [")
	f.Add("! 2024-11-27 | They meet on [Thursday]. | 2024-11-28")
	f.Add("!")
	f.Fuzz(func(t *testing.T, line string) {
		c, err := parseDirectionCase("f:1", line)
		if err != nil {
			return
		}
		if c.start < 0 || c.end > len(c.text) || c.start >= c.end || c.want == "" {
			t.Errorf("%q: span %d-%d of %q, want %q", line, c.start, c.end, c.text, c.want)
		}
	})
}
