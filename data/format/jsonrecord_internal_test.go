package format

import (
	"math"
	"strings"
	"testing"
	"time"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// recordCase is a record whose hand encoding must equal goccy/go-json's.
type recordCase struct {
	name string
	r    Record
}

var recordCases = []recordCase{
	{"plain", Record{Title: "Leaders meet", Value: "2024-11-27", Start: "2024-11-27", End: "2024-11-27",
		Precision: "day", Expr: "Wednesday", ExprStart: 10, ExprEnd: 19, Text: "Leaders meet on Wednesday.",
		Source: "a.txt", ArticleTitle: "Talks", Published: "2024-11-25", Confidence: 0.8}},
	{"mod and markup", Record{Title: `<b>"x"</b> & \y`, Value: "2024", Mod: "APPROX", Confidence: 0.6000000000000001}},
	{"controls", Record{Text: "tab\there\nline\r\x00\x01\x08\x0c\x1b\x1f\x7f end", Confidence: 0.95}},
	{"unicode", Record{Text: "é – “quoted” \u2028 \u2029 \ufffd 😀 日本", Confidence: 0.15}},
	{"bad utf-8", Record{Text: "\xff\xfe \xe2\x82 \xed\xa0\x80 \xf4\x90\x80\x80 \xc0\xaf x\xe2", Confidence: 0}},
	{"numbers", Record{ExprStart: -3, ExprEnd: math.MaxInt64, Confidence: 1e-7}},
	{"big", Record{Confidence: 1e21}},
	{"negative", Record{Confidence: -0.39999999999999997}},
	{"long", Record{Text: strings.Repeat("ab<c&d>\"\\", 50) + strings.Repeat("x", 17), Confidence: 0.5}},
}

func TestAppendRecord_AsGoJSON(t *testing.T) {
	for _, c := range recordCases {
		t.Run(c.name, func(t *testing.T) {
			checkRecord(t, c.r)
		})
	}
}

// TestAppendRecord_Cache checks that records encoded through one cache,
// as an EventWriter encodes an article's events and then the next
// article's, are those encoded without it: the article fields are taken
// from it only while source, article and published all stay the same, and
// the confidence only while it is the same number, bit for bit.
func TestAppendRecord_Cache(t *testing.T) {
	article := func(source, title, published string, confidence float64) Record {
		return Record{Title: "t", Source: source, ArticleTitle: title, Published: published, Confidence: confidence}
	}
	records := []Record{
		article("a.txt", "Talks", "2024-11-25", 0.8),
		article("a.txt", "Talks", "2024-11-25", 0.8),
		article("a.txt", "Talks", "2024-11-25", 0.95),
		article("b.txt", "Talks", "2024-11-25", 0.95),
		article("b.txt", "Talks <2>", "2024-11-25", 0),
		article("b.txt", "Talks <2>", "2024-11-26", math.Copysign(0, -1)),
		article("", "", "", 1e-7),
		article("a.txt", "Talks", "2024-11-25", 0.8),
	}
	var cache recordCache
	for i, r := range records {
		want, _ := appendRecord(nil, &r, nil)
		got, ok := appendRecord(nil, &r, &cache)
		if !ok || string(got) != string(want) {
			t.Errorf("record %d: got\n%s\nwant\n%s", i, got, want)
		}
	}
}

// TestAppendRecord_NonFinite checks that a confidence JSON cannot hold is
// left to the library, which rejects it.
func TestAppendRecord_NonFinite(t *testing.T) {
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if b, ok := appendRecord(nil, &Record{Confidence: v}, nil); ok || len(b) != 0 {
			t.Errorf("confidence %v: encoded %q", v, b)
		}
		ew := NewEventWriter(nil, JSON)
		if _, err := ew.Encode(eventWithConfidence(v)); err == nil {
			t.Errorf("confidence %v: Encode gave no error", v)
		}
	}
}

func FuzzAppendRecord(f *testing.F) {
	for _, c := range recordCases {
		f.Add(c.r.Title, c.r.Text, c.r.Mod, c.r.ExprStart, c.r.Confidence)
	}
	f.Fuzz(func(t *testing.T, title, text, mod string, start int, confidence float64) {
		if math.IsNaN(confidence) || math.IsInf(confidence, 0) {
			return
		}
		checkRecord(t, Record{Title: title, Text: text, Mod: mod, Expr: text, Source: title, ExprStart: start,
			ExprEnd: -start, Confidence: confidence})
	})
}

func checkRecord(t *testing.T, r Record) {
	t.Helper()
	want, err := json.MarshalIndent(r, "  ", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got, ok := appendRecord([]byte("kept"), &r, nil)
	if !ok || string(got) != "kept"+string(want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func eventWithConfidence(v float64) data.Event {
	span, _ := timex.ParseValue("2024")
	return data.Event{Value: "2024", Span: span, Confidence: v}
}

// TestPlainWord checks the eight-byte test against the byte table, for
// every byte value in every position among plain letters.
func TestPlainWord(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			in := []byte("abcdefgh")
			in[pos] = byte(c)
			plain := true
			for _, b := range in {
				plain = plain && b < 0x80 && !escapeASCII[b]
			}
			if got := plainWord(le64(string(in))); got != plain {
				t.Fatalf("plainWord(%q) = %v, want %v", in, got, plain)
			}
		}
	}
}

// TestFormatDate checks the hand-written dates against time.Format,
// inside the years it writes itself and outside them.
func TestFormatDate(t *testing.T) {
	for _, y := range []int{-2000, -1, 0, 1, 9, 10, 99, 999, 1000, 1998, 2024, 9999, 10000, 12000} {
		for _, md := range [][2]int{{1, 1}, {2, 29}, {9, 30}, {10, 5}, {12, 31}} {
			d := time.Date(y, time.Month(md[0]), md[1], 13, 0, 0, 0, time.UTC)
			if got, want := formatDate(d), d.Format(dateLayout); got != want {
				t.Errorf("formatDate(%v) = %q, want %q", d, got, want)
			}
		}
	}
}
