package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/test"
)

// slowScheme names the test repository whose files never end: each read
// gives a little more text after a pause, as a stalled network share or a
// pipe would.
const slowScheme = "dateline-slow"

// slowRepo serves slowScheme URIs with slowReaders.
type slowRepo struct {
	started chan struct{} // closed at the first read
	reads   atomic.Int64
}

func (r *slowRepo) Exists(fyne.URI) (bool, error)  { return true, nil }
func (r *slowRepo) CanRead(fyne.URI) (bool, error) { return true, nil }
func (r *slowRepo) Destroy(string)                 {}
func (r *slowRepo) Reader(u fyne.URI) (fyne.URIReadCloser, error) {
	return &slowReader{repo: r, uri: u}, nil
}

// slowReader gives 8 KB of text per read after a millisecond, for up to
// 64 MB, so that a Cancel that did not work shows as a read that goes on
// for seconds rather than as a hang.
type slowReader struct {
	repo *slowRepo
	uri  fyne.URI
	n    int
}

// slowLine is the text the slow file repeats, our own words.
const slowLine = "The delegates went on talking about the harbour.\n"

func (s *slowReader) Read(b []byte) (int, error) {
	if s.repo.reads.Add(1) == 1 {
		close(s.repo.started)
	}
	if s.n >= 64<<20 {
		return 0, errors.New("slow file ran out")
	}
	time.Sleep(time.Millisecond)
	n := 0
	for n < min(len(b), 8<<10) {
		n += copy(b[n:min(len(b), 8<<10)], slowLine)
	}
	s.n += n
	return n, nil
}

func (s *slowReader) Close() error  { return nil }
func (s *slowReader) URI() fyne.URI { return s.uri }

// TestUI_CancelSlowImport opens two articles and then a file that reads
// slowly without end; Cancel in the progress dialog stops the read within
// a second, and the two articles read before it are added, undoably.
func TestUI_CancelSlowImport(t *testing.T) {
	repo := &slowRepo{started: make(chan struct{})}
	repository.Register(slowScheme, repo)
	dir := t.TempDir()
	var uris []fyne.URI
	for name, text := range map[string]string{ // our own sentences
		"a.md": "---\ntitle: Harbour\ndate: 2024-11-25\n---\nThe harbour reopens on Thursday.\n",
		"b.md": "---\ntitle: Bridge\ndate: 2024-11-26\n---\nThe bridge closed last week.\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		uris = append(uris, storage.NewFileURI(path))
	}
	slow, err := storage.ParseURI(slowScheme + ":///share/minutes.txt")
	if err != nil {
		t.Fatal(err)
	}
	u := New(test.NewTempApp(t))
	u.Window().Show()
	finished := u.addURIs(append(uris, slow))
	select {
	case <-repo.started: // both articles are read; the slow file is being read
	case <-time.After(30 * time.Second):
		t.Fatal("the slow file was never read")
	}
	progress := u.win.Canvas().Overlays().Top()
	if progress == nil || !hasText(progress, "Reading articles…") {
		t.Fatal("no progress dialog while reading")
	}
	tapButton(t, progress, "Cancel")
	cancelled := time.Now()
	select {
	case <-finished:
	case <-time.After(time.Second):
		t.Fatalf("the import went on for a second after Cancel (%d reads of the slow file)", repo.reads.Load())
	}
	t.Logf("stopped %v after Cancel", time.Since(cancelled))
	articles := u.proj.Articles()
	if len(articles) != 2 || len(u.Events()) != 2 {
		t.Fatalf("after Cancel: %d articles, %d events; want the two read before", len(articles), len(u.Events()))
	}
	if top := u.win.Canvas().Overlays().Top(); top != nil && hasTextContaining(top, "minutes.txt") {
		t.Error("the file cut short is reported as failing")
	}
	if u.undoItem.Label != "Undo “Add Article”" || !strings.HasSuffix(u.win.Title(), "•") {
		t.Errorf("undo item %q, title %q", u.undoItem.Label, u.win.Title())
	}
}
