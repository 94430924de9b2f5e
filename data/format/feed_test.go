package format_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/internal/budget"
)

// TestReadFeed compares the articles read from the feeds in testdata/feed
// with their golden files; -update rewrites them. Dates are the calendar
// dates the feeds wrote, checked by hand.
func TestReadFeed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "feed", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, ".golden") {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			in, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			articles, err := format.ReadFeed(filepath.Base(file), bytes.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, a := range articles {
				checkArticle(t, in, a)
				fmt.Fprintf(&b, "title: %s\nsource: %s\noutlet: %s\npublished: %s\noffset: %d\n---\n%s\n===\n",
					a.Title, a.Source, a.Outlet, dateString(a.Published), a.Offset, a.Text)
			}
			compareGolden(t, file, b.String())
		})
	}
}

// compareGolden checks got against the golden file beside file, or
// rewrites it with -update.
func compareGolden(t *testing.T, file, got string) {
	t.Helper()
	golden := strings.TrimSuffix(file, filepath.Ext(file)) + ".golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s:\ngot:\n%s\nwant:\n%s", file, golden, got, want)
	}
}

func TestReadFeed_errors(t *testing.T) {
	type testCase struct {
		label, in string
		err       error
		msg       string
	}
	cases := []testCase{
		{"not a feed", "<html><body>hi</body></html>", data.ErrNotFeed, `data: import "f.xml": not an RSS or Atom feed (root element <html>)`},
		{"no items", "<rss><channel><title>T</title></channel></rss>", data.ErrEmpty, `data: import "f.xml": empty (no items in the feed)`},
		{"only empty items", "<feed><entry><title> </title></entry></feed>", data.ErrEmpty, `data: import "f.xml": empty (no items in the feed)`},
		{"not XML", "just words", data.ErrNotFeed, `data: import "f.xml": not an RSS or Atom feed (no XML element)`},
		{"broken XML", "<rss><channel><item><title>x", nil, `data: import "f.xml": parse feed: XML syntax error on line 1: unexpected EOF`},
		{"binary", "\x00\x01rss", data.ErrNotText, `data: import "f.xml": not text (binary data)`},
		{"empty", "", data.ErrEmpty, `data: import "f.xml": empty`},
	}
	for _, tc := range cases {
		t.Run(tc.label, func(t *testing.T) {
			articles, err := format.ReadFeed("f.xml", strings.NewReader(tc.in))
			var a *data.Article
			if len(articles) > 0 {
				a = articles[0]
			}
			checkError(t, a, err, tc.err, tc.msg)
		})
	}
}

// FuzzReadFeed checks that no feed makes ReadFeed panic and that every
// article it returns satisfies checkArticle, within the work budget, also
// with the input repeated to 32 KB.
func FuzzReadFeed(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "feed", "*.*"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil && !strings.HasSuffix(file, ".golden") {
			f.Add(b)
		}
	}
	f.Add([]byte("<rss><channel><item><title>x</title></item></channel></rss>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var articles []*data.Article
		var err error
		budget.Time(t, "ReadFeed", func() { articles, err = format.ReadFeed("f.xml", bytes.NewReader(in)) })
		budget.Grown(t, "ReadFeed", in, func(in []byte) { format.ReadFeed("f.xml", bytes.NewReader(in)) })
		if err != nil && !errors.Is(err, data.ErrWarning) {
			return
		}
		for _, a := range articles {
			if a.Offset != -1 {
				t.Fatalf("Offset %d, want -1", a.Offset)
			}
			checkArticle(t, in, a)
		}
	})
}

// TestReadFeed_truncated checks that a feed cut short keeps the items that
// were complete before the cut, with a warning naming the file. Before
// the decoder streamed, the whole feed was rejected.
func TestReadFeed_truncated(t *testing.T) {
	type testCase struct {
		label, in string
		titles    []string
	}
	rss := "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>" +
		"<item><title>First</title><description>The talks began on 3 May 2024.</description></item>" +
		"<item><title>Second</title><description>They ended a week later.</description></item>"
	atom := "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>" +
		"<entry><title>Only</title><summary>Signed on 9 June 2024.</summary></entry>"
	cases := []testCase{
		{"rss cut inside an item", rss + "<item><title>Third</ti", []string{"First", "Second"}},
		{"rss cut between items", rss, []string{"First", "Second"}},
		{"rss cut inside a tag", rss + "<item><desc", []string{"First", "Second"}},
		{"atom cut inside an entry", atom + "<entry><title>Lost</title><summ", []string{"Only"}},
	}
	for _, tc := range cases {
		t.Run(tc.label, func(t *testing.T) {
			articles, err := format.ReadFeed("wire.rss", strings.NewReader(tc.in))
			var ie *data.ImportError
			if !errors.Is(err, data.ErrWarning) || !errors.As(err, &ie) || ie.Name != "wire.rss" {
				t.Fatalf("error %v, want a warning naming wire.rss", err)
			}
			var titles []string
			for _, a := range articles {
				titles = append(titles, a.Title)
				if a.Outlet != "Wire" {
					t.Errorf("%q: outlet %q, want Wire", a.Title, a.Outlet)
				}
			}
			if strings.Join(titles, "|") != strings.Join(tc.titles, "|") {
				t.Errorf("titles %q, want %q", titles, tc.titles)
			}
		})
	}
}

func TestReadArticles(t *testing.T) {
	type testCase struct {
		name, in string
		titles   []string
	}
	cases := []testCase{
		{"news.rss", "<rss><channel><item><title>One</title></item><item><title>Two</title></item></channel></rss>", []string{"One", "Two"}},
		{"download", "\ufeff<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Atom</title></entry></feed>", []string{"Atom"}},
		{"story.md", "---\ntitle: Single\n---\nBody.", []string{"Single"}},
		{"notes.txt", "About <rss> feeds\nin plain text.", []string{"About <rss> feeds"}},
		{"page.html", "<!doctype html><feed><p>Not a feed.</p>", []string{"Not a feed."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			articles, err := format.ReadArticles(tc.name, strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, a := range articles {
				titles = append(titles, a.Title)
				checkArticle(t, []byte(tc.in), a)
			}
			if strings.Join(titles, "|") != strings.Join(tc.titles, "|") {
				t.Errorf("titles %q, want %q", titles, tc.titles)
			}
		})
	}
}
