package format

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline/dateline/data/internal/budget"
)

func TestParseDate(t *testing.T) {
	type testCase struct{ in, want string }
	cases := []testCase{
		{"2024-11-27", "2024-11-27"},
		{"2024-11-27T10:00:00Z", "2024-11-27"},
		{"2024-11-27T23:30:00-05:00", "2024-11-27"},
		{"2024-11-28T01:00:00+09:00", "2024-11-28"},
		{"2024-11-27 10:00:00", "2024-11-27"},
		{"November 27, 2024", "2024-11-27"},
		{"Nov. 27, 2024", "2024-11-27"},
		{"27 November 2024", "2024-11-27"},
		{"Sept 6, 2024", "2024-09-06"},
		{"Wed, 27 Nov 2024 10:00:00 +0000", "2024-11-27"},
		{"Wed, 27 Nov 2024 10:00:00 GMT", "2024-11-27"},
		{"  2024-10-06  ", "2024-10-06"},
		{"2024-02-30", ""},
		{"tomorrow", ""},
		{"", ""},
	}
	for _, tc := range cases {
		got, ok := parseDate(tc.in)
		if s := dateOrEmpty(got, ok); s != tc.want {
			t.Errorf("parseDate(%q) = %q, want %q", tc.in, s, tc.want)
		}
		if ok && (got.Location() != time.UTC || got.Hour() != 0) {
			t.Errorf("parseDate(%q) = %v, want UTC midnight", tc.in, got)
		}
	}
}

func dateOrEmpty(t time.Time, ok bool) string {
	if !ok {
		return ""
	}
	return t.Format(time.DateOnly)
}

func TestParseFrontMatter(t *testing.T) {
	block := strings.Join([]string{
		"# a comment",
		"Title:   \"Quoted \\\"title\\\" here\"  # trailing",
		"date: 2024-11-27 # when",
		"source: 'Dateline sample desk'",
		"tags:",
		"  - one",
		"- two",
		"summary: >",
		"  folded text",
		"no colon here",
		"",
	}, "\n")
	got := parseFrontMatter(block)
	want := frontMatter{Title: `Quoted "title" here`, Date: "2024-11-27", Source: "Dateline sample desk",
		Tags: []string{"one", "two"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseFrontMatter = %+v, want %+v", got, want)
	}
}

func TestParseFrontMatter_Tags(t *testing.T) {
	type testCase struct {
		block string
		want  []string
	}
	cases := []testCase{
		{"tags: [security, 'energy', \"CSTO\"]\n", []string{"security", "energy", "CSTO"}},
		{"keywords: trade, trade, , BRICS\n", []string{"trade", "BRICS"}},
		{"tags:\n  - war\n  - Ukraine\ntitle: x\n- stray\n", []string{"war", "Ukraine"}},
		{"title: x\n", nil},
	}
	for _, c := range cases {
		if got := parseFrontMatter(c.block).Tags; !reflect.DeepEqual(got, c.want) {
			t.Errorf("tags of %q = %q, want %q", c.block, got, c.want)
		}
	}
}

func TestSplitFrontMatter(t *testing.T) {
	type testCase struct {
		src   string
		block string
		body  int
		ok    bool
	}
	cases := []testCase{
		{"---\na: b\n---\nbody", "a: b\n", 13, true},
		{"---\n---\n", "", 8, true},
		{"--- \na: b\n...\nbody", "a: b\n", 14, true},
		{"---\r\na: b\r\n---\r\nbody", "a: b\r\n", 16, true},
		{"---\na: b\n---", "a: b\n", 12, true},
		{"---\na: b\n", "", 0, false},
		{"---", "", 0, false},
		{"----\na: b\n---\n", "", 0, false},
		{"text\n---\na: b\n---\n", "", 0, false},
	}
	for _, tc := range cases {
		block, body, ok := splitFrontMatter(tc.src)
		if block != tc.block || body != tc.body || ok != tc.ok {
			t.Errorf("splitFrontMatter(%q) = %q, %d, %v; want %q, %d, %v", tc.src, block, body, ok, tc.block, tc.body, tc.ok)
		}
	}
}

// FuzzFrontMatter checks that front matter of any shape is split inside
// the source and parsed without panicking, keeping valid UTF-8 valid and
// dates at UTC midnight, within the work budget, also with the source
// repeated to 32 KB.
func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: \"T\"\ndate: 2024-11-27\nsource: S\n---\nbody")
	f.Add("---\r\ntitle: 'it''s'\r\ndate: November 27, 2024\r\n...\r\n")
	f.Add("---\ntitle: \"\\xff\\u00e9\"\ndate: 2024-11-27T23:30:00-05:00\n---\n")
	f.Add("---\ntitle: >\n  folded\ndate: Wed, 27 Nov 2024 10:00:00 GMT\n---")
	f.Fuzz(func(t *testing.T, src string) {
		read := func(src string) (string, int, bool, frontMatter) {
			block, body, ok := splitFrontMatter(src)
			return block, body, ok, parseFrontMatter(block)
		}
		var block string
		var body int
		var ok bool
		var fm frontMatter
		budget.Time(t, "front matter", func() { block, body, ok, fm = read(src) })
		budget.Grown(t, "front matter", src, func(src string) { read(src) })
		if !ok {
			if block != "" || body != 0 {
				t.Fatalf("no front matter but block %q, body %d", block, body)
			}
			return
		}
		if body < len(block) || body > len(src) || !strings.Contains(src[:body], block) {
			t.Fatalf("block %q or body %d outside the source", block, body)
		}
		if utf8.ValidString(src) && (!utf8.ValidString(fm.Title) || !utf8.ValidString(fm.Date) || !utf8.ValidString(fm.Source)) {
			t.Fatalf("invalid UTF-8 from valid source: %+v", fm)
		}
		if d, ok := parseDate(fm.Date); ok && (d.Location() != time.UTC || !d.Equal(d.Truncate(24*time.Hour))) {
			t.Fatalf("parseDate(%q) = %v, not UTC midnight", fm.Date, d)
		}
	})
}

// TestParseFrontMatter_ManyTags checks that a front matter line of a
// million tags keeps maxTags of them (and returns at once).
func TestParseFrontMatter_ManyTags(t *testing.T) {
	var b strings.Builder
	b.WriteString("tags: ")
	for i := range 1_000_000 {
		fmt.Fprintf(&b, "t%d,", i)
	}
	if got := len(parseFrontMatter(b.String()).Tags); got != maxTags {
		t.Errorf("kept %d tags, want %d", got, maxTags)
	}
}
