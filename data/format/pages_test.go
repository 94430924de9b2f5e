package format_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/format"
)

// The pages in testdata/pages are news pages of our own making, in our
// own words, built the way common news sites build theirs: bylines and
// "Published" lines, related-story rails and most-read lists with dates of
// their own, cookie banners, newsletter boxes, comments, footers, and the
// publication date in Open Graph tags, JSON-LD (plain, in arrays and in
// @graph), microdata, <time> elements, a <meta name=date>, or only the
// text. Beside each page, NAME.story holds the paragraphs of its main
// story as they were written; NAME.golden the events Dateline extracts.

// pageCase is what a page's metadata says, as the page was written.
type pageCase struct {
	name      string
	published string // YYYY-MM-DD, "" for a page that states no date
	author    string
	outlet    string
	// asked is the date an analyst gives a page that states none.
	asked string
}

var pageCases = []pageCase{
	{name: "harbour-bridge", published: "2025-03-04", author: "Mara Lindqvist", outlet: "The Northern Ledger"},
	{name: "grain-exports", published: "2025-02-12", author: "Tomas Reyes", outlet: "Meridian Wire"},
	{name: "election-recount", published: "2024-11-15", author: "Jun Okafor, Rita Gomes", outlet: "Valley Evening Post"},
	{name: "wildfire-season", published: "2024-08-21", outlet: "Pacific Observer"},
	{name: "museum-reopening", published: "2025-01-18", author: "Priya Raman"},
	{name: "rail-strike", published: "2025-05-09", author: "Hugo Brandt", outlet: "The Commuter Times"},
	{name: "vaccine-trial", published: "2024-10-03", outlet: "Health Desk"},
	{name: "flood-defences", published: "2024-12-09", outlet: "Riverside Gazette"},
	{name: "chess-final", published: "2025-06-30"},
	{name: "budget-vote", published: "2025-03-27", outlet: "Capital Record"},
	{name: "satellite-launch", asked: "2025-11-12"},
	{name: "port-strike-live", published: "2025-09-12"},
}

// readPage reads testdata/pages/NAME.html as the app would and dates it
// as the analyst would when it states no date.
func readPage(t *testing.T, c pageCase) (*data.Article, string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "pages", c.name+".html"))
	if err != nil {
		t.Fatal(err)
	}
	story, err := os.ReadFile(filepath.Join("testdata", "pages", c.name+".story"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := format.ReadArticle(c.name+".html", bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if a.Published.IsZero() && c.asked != "" {
		a.Published, _ = time.Parse(time.DateOnly, c.asked)
	}
	return a, string(story)
}

// TestReadArticle_pages checks the metadata read from each page, that
// every event comes from the main story and not from the page's
// furniture, and the events against NAME.golden (-update rewrites them).
func TestReadArticle_pages(t *testing.T) {
	for _, c := range pageCases {
		t.Run(c.name, func(t *testing.T) {
			a, story := readPage(t, c)
			want := c.published
			if want == "" {
				want = c.asked
			}
			if got := dateString(a.Published); got != want {
				t.Errorf("published %s, want %s", got, want)
			}
			if a.Author != c.author || a.Outlet != c.outlet {
				t.Errorf("author %q, outlet %q; want %q, %q", a.Author, a.Outlet, c.author, c.outlet)
			}
			events, err := extract.Events(a)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			fmt.Fprintf(&b, "title: %s\npublished: %s\n---\n", a.Title, dateString(a.Published))
			for _, e := range events {
				if !strings.Contains(flat(story), flat(e.Sentence)) {
					t.Errorf("event %q from page furniture: %q", e.Expr, e.Sentence)
				}
				fmt.Fprintf(&b, "%s\t%q\t%s\n", e.Value, e.Expr, e.Sentence)
			}
			compareGolden(t, filepath.Join("testdata", "pages", c.name+".html"), b.String())
		})
	}
}

// TestReadArticle_pagesAgainstRule measures readability against the rule
// it replaced on the pages: how many events each finds, how many of them
// come from furniture, and how many of the story's own events it keeps
// (those the story file alone gives). Run with -v for the figures.
func TestReadArticle_pagesAgainstRule(t *testing.T) {
	var rule, prunedRule, bare, readable, storyTotal tally
	for _, c := range pageCases {
		a, story := readPage(t, c)
		src, err := os.ReadFile(filepath.Join("testdata", "pages", c.name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		storyEvents := countEvents(t, a, story, story)
		r := countEvents(t, a, format.RuleText(string(src), false), story)
		pr := countEvents(t, a, format.RuleText(string(src), true), story)
		b := countEvents(t, a, format.ReadabilityText(string(src), false), story)
		n := countEvents(t, a, a.Text, story)
		storyTotal.add(storyEvents)
		rule.add(r)
		prunedRule.add(pr)
		bare.add(b)
		readable.add(n)
		t.Logf("%-18s story %2d | rule %2d, %2d furniture | pruned rule %2d, %2d | readability alone %2d, %2d | pruned, readability %2d, %2d",
			c.name, storyEvents.story, r.all, r.furniture(), pr.all, pr.furniture(), b.all, b.furniture(), n.all, n.furniture())
	}
	t.Logf("total: the stories alone give %d events", storyTotal.story)
	for _, m := range []struct {
		name string
		n    tally
	}{{"rule", rule}, {"pruned, then the rule", prunedRule}, {"readability alone", bare}, {"pruned, then readability", readable}} {
		t.Logf("%-25s %3d events, %2d from furniture, %2d of the story's", m.name, m.n.all, m.n.furniture(), m.n.story)
	}
	if readable.furniture() != 0 {
		t.Errorf("readability lets %d furniture events through", readable.furniture())
	}
	if readable.story < storyTotal.story {
		t.Errorf("readability keeps %d of the story's %d events", readable.story, storyTotal.story)
	}
}

// tally counts events, and those of them whose sentence is the story's.
type tally struct{ all, story int }

func (t *tally) add(u tally) { t.all += u.all; t.story += u.story }

// furniture is how many events came from outside the story.
func (t tally) furniture() int { return t.all - t.story }

// countEvents counts the events of a with text in place of its own.
func countEvents(t *testing.T, a *data.Article, text, story string) tally {
	t.Helper()
	b := *a
	b.Text = text
	events, err := extract.Events(&b)
	if err != nil {
		t.Fatal(err)
	}
	n := tally{all: len(events)}
	for _, e := range events {
		if strings.Contains(flat(story), flat(e.Sentence)) {
			n.story++
		}
	}
	return n
}

// flat collapses white space, so a sentence matches across line breaks.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }
