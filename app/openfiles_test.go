package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestUI_OpenFiles picks two of three articles in a folder in File ▸ Open
// Files…: only article files are listed, Open counts the files checked and
// is disabled with none, and the two picked are read.
func TestUI_OpenFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":       "Published 6 March 2025\n\nThe quay reopened on Tuesday.\n",
		"b.md":        "---\ntitle: Rail strike\ndate: 2025-03-07\n---\nDrivers walked out on Thursday.\n",
		"c.html":      "<html><body><p>Published 8 March 2025. The museum reopened on Friday.</p></body></html>",
		"d.jpg":       "not an article",
		".hidden.txt": "Published 1 May 2025\n\nHidden on Monday.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	u := newEmptyUI(t)
	u.app.Preferences().SetString(lastFolderKey, dir)
	p := u.openFilesDialog()
	var names []string
	for _, c := range p.files() {
		names = append(names, c.Text)
	}
	slices.Sort(names)
	if want := []string{"a.txt", "b.md", "c.html"}; !slices.Equal(names, want) {
		t.Fatalf("listed %v, want %v", names, want)
	}
	if !p.open.Disabled() {
		t.Error("Open is enabled with nothing checked")
	}
	for _, c := range p.files() {
		if c.Text != "c.html" {
			test.Tap(c)
		}
	}
	if p.open.Disabled() || p.open.Text != "Open 2" {
		t.Fatalf("Open reads %q (disabled %v) with two files checked", p.open.Text, p.open.Disabled())
	}
	test.Tap(p.open)
	<-u.pending
	if n := len(u.result.Articles); n != 2 {
		t.Errorf("%d articles read, want the 2 picked", n)
	}
	test.Tap(p.all)
	if len(p.picked()) != 3 {
		t.Errorf("All checked %d files, want 3", len(p.picked()))
	}
}
