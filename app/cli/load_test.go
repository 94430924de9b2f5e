package cli_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/app/cli"
)

// pagesDir holds the news pages of our own making (see data/format).
var pagesDir = filepath.Join("..", "..", "data", "format", "testdata", "pages")

// newPagesServer serves pagesDir on a local test server, and an image
// that is no article.
func newPagesServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir(pagesDir)))
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestExtract_URLsAndFolders gives extract two URLs, a folder and a URL
// that fails: the events of both pages and of the folder's article are
// printed, each from its source, and the failure is named on stderr.
func TestExtract_URLsAndFolders(t *testing.T) {
	srv := newPagesServer(t)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "inner"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "inner", "vote.txt"), []byte(plainArticle), 0o644)
	os.WriteFile(filepath.Join(dir, "scan.pdf"), []byte("%PDF"), 0o644)
	code, out, errOut := run(t, "--published", "2024-10-07",
		srv.URL+"/harbour-bridge.html", srv.URL+"/rail-strike.html", dir, srv.URL+"/logo.png")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var events []struct {
		Source, Published, Expr string
	}
	if err := json.Unmarshal([]byte(out), &events); err != nil {
		t.Fatal(err)
	}
	perSource := map[string]string{}
	for _, e := range events {
		perSource[strings.TrimPrefix(e.Source, srv.URL)] = e.Published
	}
	want := fmt.Sprint(map[string]string{
		"/harbour-bridge.html": "2025-03-04", "/rail-strike.html": "2025-05-09",
		filepath.Join(dir, "inner", "vote.txt"): "2024-10-07",
	})
	if fmt.Sprint(perSource) != want {
		t.Errorf("sources and dates %v, want %v", perSource, want)
	}
	for _, part := range []string{srv.URL + "/logo.png", "not a web page, feed or text", "skipped 1 not an article file (.pdf ×1)"} {
		if !strings.Contains(errOut, part) {
			t.Errorf("stderr %q lacks %q", errOut, part)
		}
	}
}

// TestExport_URL draws the timeline of a fetched page into a TimelineJS
// file.
func TestExport_URL(t *testing.T) {
	srv := newPagesServer(t)
	out := filepath.Join(t.TempDir(), "t.json")
	var stdout, stderr bytes.Buffer
	if code := cli.Export([]string{"-o", out, srv.URL + "/budget-vote.html"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), "finance minister") {
		t.Errorf("TimelineJS file lacks the story: %v\n%.300s", err, b)
	}
}
