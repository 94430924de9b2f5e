package sample_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/sample"
)

// TestArticles checks the briefing against its brief: 8 to 12 articles,
// each with a title and a publication date, each 80 to 250 words long, in
// publication order within September to November 2024.
func TestArticles(t *testing.T) {
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(articles); n < 8 || n > 12 {
		t.Fatalf("got %d articles, want 8 to 12", n)
	}
	first := time.Date(2024, time.September, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(2024, time.November, 30, 0, 0, 0, 0, time.UTC)
	var prev time.Time
	for _, a := range articles {
		if a.Title == "" {
			t.Errorf("%s: no title", a.Source)
		}
		if a.Published.IsZero() {
			t.Errorf("%s: no date", a.Source)
		}
		if a.Published.Before(first) || a.Published.After(last) || a.Published.Before(prev) {
			t.Errorf("%s: published %s, want Sept–Nov 2024 in file order", a.Source, a.Published.Format(time.DateOnly))
		}
		prev = a.Published
		if n := len(strings.Fields(a.Text)); n < 80 || n > 250 {
			t.Errorf("%s: %d words, want 80 to 250", a.Source, n)
		}
		if a.Outlet != "Dateline sample desk" {
			t.Errorf("%s: outlet %q", a.Source, a.Outlet)
		}
		if strings.Contains(a.Text, "---") {
			t.Errorf("%s: front matter leaked into the text", a.Source)
		}
	}
}

// TestArticles_mission checks that the article of Wednesday 27 November
// 2024 carries the four sentences of the mission's example.
func TestArticles_mission(t *testing.T) {
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"In September, Tokayev called for", "last week's missile strikes", "on Wednesday", "Thursday's CSTO summit"}
	for _, a := range articles {
		if a.Published.Format(time.DateOnly) != "2024-11-27" {
			continue
		}
		text := strings.Join(strings.Fields(a.Text), " ")
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: missing %q", a.Source, w)
			}
		}
		return
	}
	t.Fatal("no article published 2024-11-27")
}
