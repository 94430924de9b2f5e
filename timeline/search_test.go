package timeline_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
)

// searchItems are four items out of time order, so the tests see Find
// answer in time order, not item order; the texts are our own.
var searchItems = []struct {
	day  int
	text string
}{
	{3, "Missile strike on Dnipro | Kyiv Independent | ukraine"},
	{1, "Summit opens in Astana | Tokayev welcomes the CSTO leaders"},
	{2, "Café owners protest in Besançon | Le Monde"},
	{4, "Second strike near Dnipro reported | Daily Example"},
}

func newSearch() *timeline.Search {
	items := make([]timeline.Item, len(searchItems))
	for i, s := range searchItems {
		items[i] = timeline.Item{Start: time.Date(2024, 11, s.day, 0, 0, 0, 0, time.UTC), Label: s.text}
	}
	return timeline.NewSearch(timeline.NewIndex(items, nil), func(i int) string { return searchItems[i].text })
}

func TestSearch_Find(t *testing.T) {
	type findCase struct {
		name, query string
		want        []int
	}
	for _, c := range []findCase{
		{"empty", "", nil},
		{"blank", "   ", nil},
		{"one word, time order", "strike", []int{0, 3}},
		{"case", "DNIPRO", []int{0, 3}},
		{"all words must match", "strike second", []int{3}},
		{"word order does not matter", "dnipro missile", []int{0}},
		{"accent in text", "besancon", []int{2}},
		{"accent in query", "cafÉ", []int{2}},
		{"substring", "tokay", []int{1}},
		{"tag", "ukraine", []int{0}},
		{"no match", "oreshnik", nil},
		{"words never span two items", "ukraine second", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := newSearch().Find(nil, c.query)
			if !slices.Equal(got, c.want) {
				t.Errorf("Find(%q) = %v, want %v", c.query, got, c.want)
			}
		})
	}
}

// TestSearch_Typing checks that refining a query keystroke by keystroke,
// and taking it back, answers as a fresh Search would.
func TestSearch_Typing(t *testing.T) {
	s := newSearch()
	for _, q := range []string{"s", "st", "str", "strike", "strike ", "strike d", "strike dn", "strike d", "s", "", "dnipro", "dnipro strike", "Dnipro Strike Second"} {
		got, want := s.Find(nil, q), newSearch().Find(nil, q)
		if !slices.Equal(got, want) {
			t.Errorf("after typing, Find(%q) = %v, fresh = %v", q, got, want)
		}
	}
}

func TestFold(t *testing.T) {
	type foldCase struct{ in, want string }
	for _, c := range []foldCase{
		{"Plain ASCII", "plain ascii"},
		{"Peña Nieto", "pena nieto"},
		{"ÉCOLE", "ecole"},
		{"tab\there", "tab here"},
		{"Zürich", "zurich"},
		{"Line one\nLINE\ttwo\x7f", "line one line two "},
		{"Ünïcode\nline", "unicode line"},
		{"Łódź – Ærø", "łodz – ærø"},         // letters without a decomposition keep their form
		{"e\u0301cole", "ecole"},             // a combining accent, past the table
		{"bad \xff byte", "bad \ufffd byte"}, // invalid UTF-8 becomes U+FFFD
	} {
		if got := timeline.Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// BenchmarkSearch_Keystroke types "putin visit astana" into a search over
// 100,000 events, one Find per keystroke as the find field does; ns/op is
// one keystroke. The issue asks for 50 ms at most.
func BenchmarkSearch_Keystroke(b *testing.B) {
	s := benchSearch(100_000)
	q := "putin visit astana"
	var dst []int
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = s.Find(dst, q[:i%len(q)+1])
	}
}

// BenchmarkNewSearch folds the texts of 100,000 events, once per change
// of the events, before the first keystroke is answered.
func BenchmarkNewSearch(b *testing.B) {
	items, texts := benchItems(100_000)
	idx := timeline.NewIndex(items, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		timeline.NewSearch(idx, func(i int) string { return texts[i] })
	}
}

// BenchmarkSearch_Fresh is the worst keystroke: a query that refines
// nothing, so the whole buffer is scanned (a paste, a deleted character).
func BenchmarkSearch_Fresh(b *testing.B) {
	s := benchSearch(100_000)
	queries := []string{"strike", "summit tokayev", "e", "zzz", "café"}
	var dst []int
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Find(nil, "") // forget the last query
		dst = s.Find(dst, queries[i%len(queries)])
	}
}

// benchSearch builds a Search over n items of benchItems.
func benchSearch(n int) *timeline.Search {
	items, texts := benchItems(n)
	return timeline.NewSearch(timeline.NewIndex(items, nil), func(i int) string { return texts[i] })
}

// benchItems returns n items and their texts, of about the length of a
// news sentence with its source and tag on lines of their own, made from
// our own words.
func benchItems(n int) ([]timeline.Item, []string) {
	words := []string{"missile", "strike", "summit", "putin", "visit", "astana", "tokayev", "ceasefire", "talks", "minister",
		"election", "protest", "bank", "rates", "inflation", "army", "border", "treaty", "oil", "pipeline", "Café"}
	items := make([]timeline.Item, n)
	texts := make([]string, n)
	t0 := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range items {
		var text []byte
		for k := 0; k < 30; k++ {
			text = append(text, words[(i*7+k*k*13+k)%len(words)]...)
			text = append(text, ' ')
		}
		texts[i] = fmt.Sprintf("%s\nOutlet %d\ntag%d", text, i%40, i%9)
		items[i] = timeline.Item{Start: t0.Add(time.Duration(i*37%n) * time.Hour), Label: "event"}
	}
	return items, texts
}
