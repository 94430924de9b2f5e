package app

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data/project"
)

// pagesDir holds the news pages of our own making (see data/format).
var pagesDir = filepath.Join("..", "data", "format", "testdata", "pages")

// newPagesServer serves pagesDir on a local test server, with a feed of
// summaries linking to two of the pages.
func newPagesServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir(pagesDir)))
	var srv *httptest.Server
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<rss><channel><title>Ledger</title>
<item><title>Bridge to close</title><link>%[1]s/harbour-bridge.html</link><pubDate>Tue, 04 Mar 2025 07:45:00 +0100</pubDate><description>The bridge closes.</description></item>
<item><title>Strike off</title><link>%[1]s/rail-strike.html</link><pubDate>Fri, 09 May 2025 21:10:00 +0100</pubDate><description>No strike next week.</description></item>
</channel></rss>`, srv.URL)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// newEmptyUI is a shown window with no articles.
func newEmptyUI(t *testing.T) *UI {
	t.Helper()
	u := New(test.NewTempApp(t))
	u.Window().Resize(fyne.NewSize(1200, 760))
	u.Window().Show()
	return u
}

// published maps each article's source, without the server's address,
// to its publication date, and says whether all web pages were stamped
// with their fetch time.
func published(u *UI, base string) map[string]string {
	m := map[string]string{}
	for _, a := range u.proj.Articles() {
		mark := ""
		if !a.Fetched.IsZero() {
			mark = " fetched"
		}
		m[strings.TrimPrefix(a.Source, base)] = a.Published.Format("2006-01-02") + mark
	}
	return m
}

// findEntries returns the entries below o, in order.
func findEntries(o fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	walk(o, func(o fyne.CanvasObject) {
		if e, ok := asEntry(o); ok {
			out = append(out, e)
		}
	})
	return out
}

// TestUI_OpenURL types three links and one that is not http into File ▸
// Open URL…: the three pages arrive with their publication dates from
// their metadata and their fetch time, and the bad line is named.
func TestUI_OpenURL(t *testing.T) {
	srv := newPagesServer(t)
	u := newEmptyUI(t)
	u.openURLDialog()
	top := u.win.Canvas().Overlays().Top()
	entries := findEntries(top)
	if len(entries) != 1 {
		t.Fatalf("%d entries in the Open URL dialog", len(entries))
	}
	entries[0].SetText(srv.URL + "/harbour-bridge.html\n\n" + srv.URL + "/budget-vote.html\n" +
		srv.URL + "/grain-exports.html\nftp://files.example/x\n")
	tapButton(t, top, "Open")
	<-u.pending
	want := fmt.Sprint(map[string]string{"/harbour-bridge.html": "2025-03-04 fetched",
		"/budget-vote.html": "2025-03-27 fetched", "/grain-exports.html": "2025-02-12 fetched"})
	if got := fmt.Sprint(published(u, srv.URL)); got != want {
		t.Errorf("articles %s, want %s", got, want)
	}
	if !strings.Contains(test.RenderObjectToMarkup(u.win.Canvas().Overlays().Top()), "ftp://files.example/x") {
		t.Error("no error dialog naming the ftp link")
	}
	if len(u.Events()) == 0 {
		t.Error("no events on the timeline")
	}
}

// TestUI_PasteLinks pastes two links with Ctrl+V: both are fetched; one
// is missing, and the error names it.
func TestUI_PasteLinks(t *testing.T) {
	srv := newPagesServer(t)
	u := newEmptyUI(t)
	u.app.Clipboard().SetContent(srv.URL + "/rail-strike.html\n" + srv.URL + "/gone.html\n")
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{})
	<-u.pending
	if got, want := fmt.Sprint(published(u, srv.URL)), fmt.Sprint(map[string]string{"/rail-strike.html": "2025-05-09 fetched"}); got != want {
		t.Errorf("articles %s, want %s", got, want)
	}
	if markup := test.RenderObjectToMarkup(u.win.Canvas().Overlays().Top()); !strings.Contains(markup, srv.URL+"/gone.html") || !strings.Contains(markup, "404") {
		t.Error("no error dialog naming the missing page and its status")
	}
}

// TestUI_PasteText pastes a paragraph: the dialog suggests its first line
// as the title and the date it states; Add makes it an article whose
// relative dates are read against that date.
func TestUI_PasteText(t *testing.T) {
	u := newEmptyUI(t)
	text := "Quay reopens\n\nPublished 6 March 2025\n\nThe quay reopened on Tuesday after repairs that began in January.\n"
	u.app.Clipboard().SetContent(text)
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{})
	top := u.win.Canvas().Overlays().Top()
	entries := findEntries(top)
	if len(entries) != 3 || entries[0].Text != text || entries[1].Text != "Quay reopens" || entries[2].Text != "6 March 2025" {
		t.Fatalf("paste dialog entries %d: want the text, its first line and its date", len(entries))
	}
	entries[1].SetText("Harbour quay reopens")
	tapButton(t, top, "Add")
	as := u.proj.Articles()
	if len(as) != 1 || as[0].Title != "Harbour quay reopens" || as[0].Published.Format("2006-01-02") != "2025-03-06" {
		t.Fatalf("articles %v, want the pasted one, retitled, dated 2025-03-06", as)
	}
	// 6 March 2025 is a Thursday, so "on Tuesday" is 4 March (checked
	// against the calendar).
	found := false
	for _, e := range u.Events() {
		found = found || e.Value == "2025-03-04"
	}
	if !found {
		t.Errorf("no event on 2025-03-04 among %d", len(u.Events()))
	}
	u.undo()
	if len(u.proj.Articles()) != 0 {
		t.Error("undo left the pasted article")
	}
}

// TestUI_PasteText_noDate suggests today for text that states no date,
// and an empty clipboard opens the dialog to paste into.
func TestUI_PasteText_noDate(t *testing.T) {
	u := newEmptyUI(t)
	u.app.Clipboard().SetContent("")
	u.pasteArticle()
	entries := findEntries(u.win.Canvas().Overlays().Top())
	if len(entries) != 3 || entries[0].Text != "" || entries[2].Text == "" {
		t.Fatalf("paste dialog for an empty clipboard: %d entries", len(entries))
	}
	if _, err := project.ReadDate(entries[2].Text, time.Time{}); err != nil {
		t.Errorf("suggested date %q does not read: %v", entries[2].Text, err)
	}
}

// TestUI_OpenFolder reads a folder of mixed files: the articles at any
// depth are added, and one dialog counts them, sums up what was skipped
// and why, and names the file that could not be used.
func TestUI_OpenFolder(t *testing.T) {
	u := newEmptyUI(t)
	dir := mixedFolder(t)
	<-u.loadSources([]string{dir})
	if n := len(u.proj.Articles()); n != 3 {
		t.Errorf("%d articles, want 3", n)
	}
	checkFolderSummary(t, u)
	if got := u.app.Preferences().String(lastFolderKey); got != "" {
		t.Errorf("loading remembered %q; only the dialogs remember", got)
	}
	u.rememberFolder(filepath.Join(dir, "a.md"))
	if got := u.app.Preferences().String(lastFolderKey); got != dir {
		t.Errorf("remembered %q for a file in %q", got, dir)
	}
}

// TestUI_LoadFolder opens a folder as "dateline FOLDER" does: one dialog,
// the summary, lists the failures too.
func TestUI_LoadFolder(t *testing.T) {
	u := newEmptyUI(t)
	<-u.Load([]string{mixedFolder(t)})
	if n := len(u.proj.Articles()); n != 3 {
		t.Errorf("%d articles, want 3", n)
	}
	if n := len(u.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs, want the summary alone", n)
	}
	checkFolderSummary(t, u)
}

// checkFolderSummary checks the summary of mixedFolder on top of u.
func checkFolderSummary(t *testing.T, u *UI) {
	t.Helper()
	markup := test.RenderObjectToMarkup(u.win.Canvas().Overlays().Top())
	for _, part := range []string{"3 articles read.", "Skipped 3:", "2 not an article file (.jpg ×1, .pdf ×1)", "1 hidden", "1 file could not be used", "empty.txt", "empty"} {
		if !strings.Contains(markup, part) {
			t.Errorf("folder summary lacks %q", part)
		}
	}
}

// mixedFolder writes a folder of three articles at several depths, a PDF,
// a picture, a hidden folder and an empty file.
func mixedFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.md":            "---\ntitle: Quay\ndate: 2025-03-04\n---\nThe quay reopened on Monday.\n",
		"wire/b.txt":      "Published 5 March 2025\n\nThe ferry resumed on Tuesday.\n",
		"wire/deep/c.htm": "<html><head><meta name=date content=2025-03-06></head><body><p>The market opened on Wednesday.</p></body></html>",
		"scan.pdf":        "%PDF-1.4",
		"photo.jpg":       "\xff\xd8",
		".cache/x.txt":    "hidden",
		"wire/empty.txt":  " ",
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestUI_FeedSummaries opens a feed of summaries by URL: the window
// offers to fetch the full stories, and Yes puts them in place of the
// summaries, with their own text and the feed's links as sources.
func TestUI_FeedSummaries(t *testing.T) {
	srv := newPagesServer(t)
	u := newEmptyUI(t)
	<-u.loadSources([]string{srv.URL + "/feed.rss"})
	top := u.win.Canvas().Overlays().Top()
	if !strings.Contains(test.RenderObjectToMarkup(top), "2 feed items carry only a summary") {
		t.Fatal("no offer to fetch the full articles")
	}
	tapButton(t, top, "Yes")
	<-u.pending
	as := u.proj.Articles()
	if len(as) != 2 {
		t.Fatalf("%d articles, want 2", len(as))
	}
	for _, a := range as {
		if len(a.Text) < 300 || a.Fetched.IsZero() || !strings.HasPrefix(a.Source, srv.URL) {
			t.Errorf("article %q: %d bytes, fetched %v; want the full story", a.Source, len(a.Text), a.Fetched)
		}
	}
}

// TestUI_FeedSummaries_no keeps the summaries when the offer is refused.
func TestUI_FeedSummaries_no(t *testing.T) {
	srv := newPagesServer(t)
	u := newEmptyUI(t)
	<-u.loadSources([]string{srv.URL + "/feed.rss"})
	tapButton(t, u.win.Canvas().Overlays().Top(), "No")
	if as := u.proj.Articles(); len(as) != 2 || len(as[0].Text) > 100 {
		t.Errorf("%d articles; want the 2 summaries", len(as))
	}
}

func TestDroppedLink(t *testing.T) {
	type dropCase struct {
		uri  fyne.URI
		want string // "" when it is no link
	}
	parse := func(s string) fyne.URI {
		u, err := storage.ParseURI(s)
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	for _, c := range []dropCase{
		{parse("https://news.example/story?id=7"), "https://news.example/story?id=7"},
		{storage.NewFileURI("https://news.example/story"), "https://news.example/story"},
		{storage.NewFileURI("http:/news.example/a"), "http://news.example/a"},
		{storage.NewFileURI("/home/analyst/notes.md"), ""},
		{storage.NewFileURI("/https:/"), ""},
	} {
		got, ok := droppedLink(c.uri)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("droppedLink(%s) = %q, %v; want %q", c.uri, got, ok, c.want)
		}
	}
}

// TestUI_PasteShortcutLeavesEntries checks that Edit ▸ Paste as Article
// shows Ctrl+V under a name the driver never sends, so the menu does not
// take Ctrl+V from an entry that has the focus (the driver tries menu
// shortcuts first, by name), while the canvas's Paste does the work.
func TestUI_PasteShortcutLeavesEntries(t *testing.T) {
	u := newEmptyUI(t)
	var item *fyne.MenuItem
	for _, m := range u.win.MainMenu().Items {
		for _, i := range m.Items {
			if i.Label == "Paste as Article" {
				item = i
			}
		}
	}
	if item == nil || item.Shortcut == nil {
		t.Fatal("no Edit ▸ Paste as Article with a shortcut")
	}
	if name := item.Shortcut.ShortcutName(); name == (&fyne.ShortcutPaste{}).ShortcutName() {
		t.Errorf("menu shortcut named %q would take Ctrl+V from entries", name)
	}
}

// TestUI_PasteWithTimelineFocused checks that Ctrl+V pastes while the
// timeline has the focus: Fyne gives the shortcut to the timeline, which
// hands the window's shortcuts on.
func TestUI_PasteWithTimelineFocused(t *testing.T) {
	u := newEmptyUI(t)
	u.app.Clipboard().SetContent("Quay reopens\n\nThe quay reopened on Tuesday.\n")
	u.win.Canvas().Focus(u.timeline)
	u.timeline.TypedShortcut(&fyne.ShortcutPaste{})
	top := u.win.Canvas().Overlays().Top()
	if top == nil || len(findEntries(top)) != 3 {
		t.Fatal("Ctrl+V with the timeline focused did not open Paste as Article")
	}
}
