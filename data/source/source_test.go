package source_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/fetch"
	"github.com/dateline/dateline/data/source"
)

// pagesDir holds the news pages of our own making that package format
// tests readability on.
var pagesDir = filepath.Join("..", "format", "testdata", "pages")

// writeTree writes files (path → content) under a new temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for path, content := range files {
		full := filepath.Join(dir, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// mixedTree is a folder as analysts keep them: articles at several
// depths, with pictures, PDFs, a project file and hidden folders beside.
var mixedTree = map[string]string{
	"a.md":                   "---\ntitle: Quay\ndate: 2025-03-04\n---\nThe quay reopened on Monday.\n",
	"notes/b.txt":            "Published 5 March 2025\n\nThe ferry resumed on Tuesday.\n",
	"notes/deeper/c.html":    "<html><head><meta name=date content=2025-03-06></head><body><p>The market opened on Wednesday.</p></body></html>",
	"notes/photo.jpg":        "\xff\xd8\xff",
	"report.pdf":             "%PDF-1.4",
	"README":                 "scratch",
	"old.dateline":           "{}",
	".git/config":            "[core]",
	"notes/.draft.md":        "---\ndate: 2025-01-01\n---\nDraft.\n",
	"notes/deeper/empty.txt": "   ",
}

func TestExpand(t *testing.T) {
	dir := writeTree(t, mixedTree)
	if err := os.Symlink(filepath.Join(dir, "notes"), filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	items, skipped, errs := source.Expand(context.Background(), []string{dir, "https://news.example/story"})
	rel := func(p string) string { r, _ := filepath.Rel(dir, p); return filepath.ToSlash(r) }
	var got []string
	for _, it := range items {
		if source.IsURL(it) {
			got = append(got, it)
		} else {
			got = append(got, rel(it))
		}
	}
	want := []string{"a.md", "notes/b.txt", "notes/deeper/c.html", "notes/deeper/empty.txt", "https://news.example/story"}
	if !slices.Equal(got, want) || len(errs) > 0 {
		t.Errorf("items %q, errors %v; want %q", got, errs, want)
	}
	reasons := map[string]string{}
	for _, s := range skipped {
		reasons[rel(s.Path)] = s.Reason
	}
	wantSkipped := map[string]string{
		".git": source.SkipHidden, "notes/.draft.md": source.SkipHidden, "loop": source.SkipLink,
		"old.dateline": source.SkipProject, "README": source.SkipType, "report.pdf": source.SkipType,
		"notes/photo.jpg": source.SkipType,
	}
	if fmt.Sprint(reasons) != fmt.Sprint(wantSkipped) {
		t.Errorf("skipped %v\nwant    %v", reasons, wantSkipped)
	}
	summary := strings.Join(source.Summary(skipped), "; ")
	for _, part := range []string{"2 hidden", "3 not an article file (.jpg ×1, .pdf ×1, no extension ×1)", "1 link to a folder"} {
		if !strings.Contains(summary, part) {
			t.Errorf("summary %q lacks %q", summary, part)
		}
	}
}

// newSite serves the pages of pagesDir under /pages/, a feed of summaries
// linking to two of them, and a few failures.
func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/pages/", http.StripPrefix("/pages/", http.FileServer(http.Dir(pagesDir))))
	var srv *httptest.Server
	mux.HandleFunc("/feed", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<rss><channel><title>Ledger</title>
<item><title>Harbour bridge to close</title><link>%[1]s/pages/harbour-bridge.html</link><pubDate>Tue, 04 Mar 2025 07:45:00 +0100</pubDate><description>The bridge closes for repairs.</description></item>
<item><title>Rail strike off</title><link>%[1]s/pages/rail-strike.html</link><pubDate>Fri, 09 May 2025 21:10:00 +0100</pubDate><description>The strike is called off.</description></item>
<item><title>Gone</title><link>%[1]s/gone</link><pubDate>Fri, 09 May 2025 21:10:00 +0100</pubDate><description>A story since removed.</description></item>
</channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/picture", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte("\xff\xd8\xff"))
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>WELLINGTON, March 3 (Ledger) - The port reopened on Monday.</p></body></html>")
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func newLoader() *source.Loader {
	f := fetch.New()
	f.Timeout = 5 * time.Second
	f.Now = func() time.Time { return time.Date(2025, 3, 6, 12, 0, 0, 0, time.UTC) }
	return &source.Loader{Fetcher: f}
}

// TestLoader_Load reads a mix of URLs and a folder: the pages, a feed's
// items and the folder's files all arrive; the failures name their URL
// or file and the problem.
func TestLoader_Load(t *testing.T) {
	srv := newSite(t)
	dir := writeTree(t, mixedTree)
	specs := []string{srv.URL + "/pages/harbour-bridge.html", srv.URL + "/pages/budget-vote.html", srv.URL + "/feed",
		srv.URL + "/story", srv.URL + "/picture", srv.URL + "/missing", "ftp://news.example/x", dir}
	items, _, errs := source.Expand(context.Background(), specs)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var last, total int
	articles, errs := newLoader().Load(context.Background(), items, func(done, all int) { last, total = done, all })
	if last != total || total == 0 {
		t.Errorf("progress ended at %d of %d", last, total)
	}
	got := map[string]string{}
	for _, a := range articles {
		got[strings.TrimPrefix(a.Source, srv.URL)] = a.Published.Format(time.DateOnly) + " " + fetchedMark(a)
	}
	want := map[string]string{
		"/pages/harbour-bridge.html": "2025-03-04 fetched", "/pages/budget-vote.html": "2025-03-27 fetched",
		"/pages/rail-strike.html": "2025-05-09 -", "/gone": "2025-05-09 -",
		"/story":                   "2025-03-03 fetched", // a year-less dateline, dated in the year fetched
		filepath.Join(dir, "a.md"): "2025-03-04 -", filepath.Join(dir, "notes/b.txt"): "2025-03-05 -",
		filepath.Join(dir, "notes/deeper/c.html"): "2025-03-06 -",
	}
	wantFeedFirst := "/pages/harbour-bridge.html"
	if strings.TrimPrefix(articles[2].Source, srv.URL) != wantFeedFirst {
		t.Errorf("third article %q, want the feed's first item", articles[2].Source)
	}
	delete(want, wantFeedFirst) // the page and the feed item share the link; the map keeps one
	delete(got, wantFeedFirst)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("articles\n%v\nwant\n%v", got, want)
	}
	wantErrs := []struct {
		name string
		err  error
	}{{"/picture", fetch.ErrContentType}, {"/missing", fetch.ErrStatus}, {"ftp://", fetch.ErrScheme}, {"empty.txt", data.ErrEmpty}}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %v, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !errors.Is(errs[i], w.err) || !strings.Contains(errs[i].Error(), w.name) {
			t.Errorf("error %d = %v, want one naming %s wrapping %v", i, errs[i], w.name, w.err)
		}
	}
}

func fetchedMark(a *data.Article) string {
	if a.Fetched.IsZero() {
		return "-"
	}
	return "fetched"
}

// TestLoader_Full fetches the full stories of a feed of summaries: the
// two pages arrive with their own text and date; the removed story fails
// naming its link.
func TestLoader_Full(t *testing.T) {
	srv := newSite(t)
	l := newLoader()
	feed, err := l.Fetch(context.Background(), srv.URL+"/feed", nil)
	if err != nil {
		t.Fatal(err)
	}
	summaries := source.Summaries(feed)
	if len(summaries) != 3 {
		t.Fatalf("%d summaries, want 3", len(summaries))
	}
	full, errs := l.Full(context.Background(), summaries, nil)
	if full[0] == nil || full[1] == nil || full[2] != nil {
		t.Fatalf("full = %v, want the first two", full)
	}
	if !strings.Contains(full[0].Text, "corroded bearings") || full[0].Fetched.IsZero() {
		t.Errorf("first story: %q, fetched %v", full[0].Text[:min(80, len(full[0].Text))], full[0].Fetched)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), srv.URL+"/gone") {
		t.Errorf("errors %v, want one naming /gone", errs)
	}
	if s := source.Summaries(full[:2]); len(s) != 0 {
		t.Errorf("full stories taken for summaries: %v", s)
	}
}

// TestLoader_Load_cancel cancels during a slow fetch: Load returns at
// once with what it read before and no error for the item cut short.
func TestLoader_Load_cancel(t *testing.T) {
	srv := newSite(t)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		<-r.Context().Done()
	}))
	defer slow.Close()
	ctx, cancel := context.WithCancel(context.Background())
	items := []string{srv.URL + "/story", slow.URL, srv.URL + "/pages/rail-strike.html"}
	start := time.Now()
	articles, errs := newLoader().Load(ctx, items, func(done, _ int) {
		if done == 100 {
			go func() { time.Sleep(50 * time.Millisecond); cancel() }()
		}
	})
	if len(articles) != 1 || len(errs) != 0 || time.Since(start) > 2*time.Second {
		t.Errorf("%d articles, errors %v after %v; want the first, at once", len(articles), errs, time.Since(start))
	}
}
