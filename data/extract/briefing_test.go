package extract_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/sample"
)

// update rewrites the golden files under testdata instead of comparing.
var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestBriefing_MissionEvents checks the events of the mission's example,
// in the article published Wednesday 27 November 2024. Expected values were
// worked out by hand against the calendar: "last week" is ISO week 47
// (Monday 18 – Sunday 24 November), "on Wednesday" is the publication day
// itself and "Thursday's summit" the day after.
func TestBriefing_MissionEvents(t *testing.T) {
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	r := extract.Add(articles)
	if len(r.Errors) > 0 {
		t.Fatalf("briefing errors: %v", r.Errors)
	}
	type testCase struct {
		sentence string // a fragment of the sentence the event comes from
		expr     string
		value    string
		first    string
		last     string
	}
	cases := []testCase{
		{"Tokayev called for a peaceful resolution", "September", "2024-09", "2024-09-01", "2024-09-30"},
		{"last week's missile strikes", "last week", "2024-W47", "2024-11-18", "2024-11-24"},
		{"Putin arrives in Kazakhstan's capital", "Wednesday", "2024-11-27", "2024-11-27", "2024-11-27"},
		{"Thursday's CSTO summit", "Thursday", "2024-11-28", "2024-11-28", "2024-11-28"},
	}
	for _, c := range cases {
		e, ok := findEvent(r.Events, "2024-11-27", c.sentence, c.expr)
		if !ok {
			t.Errorf("no event for %q in a sentence with %q", c.expr, c.sentence)
			continue
		}
		if e.Value != c.value {
			t.Errorf("%q: value %s, want %s", c.expr, e.Value, c.value)
		}
		rec := format.NewRecord(e)
		if rec.Start != c.first || rec.End != c.last {
			t.Errorf("%q: span %s–%s, want %s–%s", c.expr, rec.Start, rec.End, c.first, c.last)
		}
	}
}

func findEvent(events []data.Event, published, sentence, expr string) (data.Event, bool) {
	for _, e := range events {
		if e.Article.Published.Format("2006-01-02") == published &&
			strings.Contains(e.Sentence, sentence) && strings.EqualFold(e.Expr, expr) {
			return e, true
		}
	}
	return data.Event{}, false
}

// TestBriefing_Sentences checks that every event's sentence holds its
// expression at the recorded offsets, with line breaks flattened.
func TestBriefing_Sentences(t *testing.T) {
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	r := extract.Add(articles)
	if len(r.Events) < 20 {
		t.Fatalf("only %d events in the briefing", len(r.Events))
	}
	for _, e := range r.Events {
		if got := e.Article.Text[e.ExprStart:e.ExprEnd]; got != e.Expr {
			t.Errorf("expr %q at its offsets reads %q", e.Expr, got)
		}
		at := e.ExprStart - e.SentenceStart
		if at < 0 || at+len(e.Expr) > len(e.Sentence) || e.Sentence[at:at+len(e.Expr)] != strings.ReplaceAll(e.Expr, "\n", " ") {
			t.Errorf("sentence %q does not hold %q at %d", e.Sentence, e.Expr, at)
		}
		if strings.Contains(e.Sentence, "\n") {
			t.Errorf("sentence keeps a line break: %q", e.Sentence)
		}
		if e.Title == "" {
			t.Errorf("event %q has no title", e.Sentence)
		}
	}
}

// TestBriefing_Golden pins every event of the built-in briefing: article,
// date expression and resolved value. Each line of the golden file was
// checked by hand against the articles and a 2024 calendar; rerun with
// -update only after checking a change the same way.
func TestBriefing_Golden(t *testing.T) {
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range extract.Add(articles).Events {
		fmt.Fprintf(&b, "%s  %-16s %-18q %s\n", e.Article.Published.Format("2006-01-02"), e.Value,
			strings.ReplaceAll(e.Expr, "\n", " "), e.Title)
	}
	path := filepath.Join("testdata", "briefing.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("briefing events changed (go test ./data/extract -run Briefing_Golden -update, then check by hand):\n%s", diffLines(string(want), got))
	}
}

// diffLines lists the lines only in want (-) and only in got (+).
func diffLines(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var out strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			out.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			out.WriteString("+ " + l + "\n")
		}
	}
	return out.String()
}
