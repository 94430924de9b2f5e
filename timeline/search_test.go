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

// benchSearch builds a Search over n items whose texts, of about the
// length of a news sentence with its source, are made from our own words.
func benchSearch(n int) *timeline.Search {
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
		texts[i] = fmt.Sprintf("%s| Outlet %d | tag%d", text, i%40, i%9)
		items[i] = timeline.Item{Start: t0.Add(time.Duration(i*37%n) * time.Hour), Label: "event"}
	}
	return timeline.NewSearch(timeline.NewIndex(items, nil), func(i int) string { return texts[i] })
}

func TestSearch_Step(t *testing.T) {
	s := newSearch()
	hits := s.Find(nil, "strike") // items 0 (3 Nov) and 3 (4 Nov)
	type stepCase struct {
		name      string
		item, dir int
		want      int
	}
	for _, c := range []stepCase{
		{"from nothing forward", -1, 1, 0},
		{"from nothing back", -1, -1, 1},
		{"next match", 0, 1, 1},
		{"round at the end", 3, 1, 0},
		{"previous match", 3, -1, 0},
		{"round at the start", 0, -1, 1},
		{"from a non-match forward", 2, 1, 0}, // item 2 is 2 Nov
		{"from a non-match back", 2, -1, 1},
		{"from the first item back", 1, -1, 1}, // item 1 is 1 Nov
	} {
		if got := s.Step(hits, c.item, c.dir); got != c.want {
			t.Errorf("%s: Step(%v, %d, %d) = %d, want %d", c.name, hits, c.item, c.dir, got, c.want)
		}
	}
	if got := s.Step(nil, 0, 1); got != -1 {
		t.Errorf("Step with no hits = %d, want -1", got)
	}
}
