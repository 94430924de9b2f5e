package safefile_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/safefile"
)

// writeString returns a write function that writes s.
func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

func TestWrite_Mode(t *testing.T) {
	type modeCase struct {
		name     string
		existing fs.FileMode // 0: no file before
		perm     fs.FileMode // for WriteMode; 0: Write
		want     fs.FileMode
	}
	for _, c := range []modeCase{
		{name: "new file gets 0644", want: 0o644},
		{name: "new file gets the mode asked for", perm: 0o600, want: 0o600},
		{name: "existing file keeps 0600", existing: 0o600, want: 0o600},
		{name: "existing file keeps 0640 over the mode asked for", existing: 0o640, perm: 0o644, want: 0o640},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a.dateline")
			if c.existing != 0 {
				if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(path, c.existing); err != nil {
					t.Fatal(err)
				}
			}
			var err error
			if c.perm == 0 {
				err = safefile.Write(path, writeString("new"))
			} else {
				err = safefile.WriteMode(path, c.perm, writeString("new"))
			}
			if err != nil {
				t.Fatal(err)
			}
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := fi.Mode().Perm(); got != c.want {
				t.Errorf("mode %v, want %v", got, c.want)
			}
			if b, _ := os.ReadFile(path); string(b) != "new" {
				t.Errorf("content %q, want %q", b, "new")
			}
			assertNoTemps(t, filepath.Dir(path))
		})
	}
}

func TestWrite_Failure(t *testing.T) {
	errWrite := errors.New("disk on fire")
	type failCase struct {
		name  string
		path  func(dir string) string
		write func(io.Writer) error
		is    error // what the error wraps
	}
	for _, c := range []failCase{
		{
			name:  "write fails",
			path:  func(dir string) string { return filepath.Join(dir, "a.dateline") },
			write: func(w io.Writer) error { io.WriteString(w, "half"); return errWrite },
			is:    errWrite,
		},
		{
			name:  "folder missing",
			path:  func(dir string) string { return filepath.Join(dir, "missing", "a.dateline") },
			write: writeString("new"),
			is:    fs.ErrNotExist,
		},
		{
			name:  "target is a folder",
			path:  func(dir string) string { return dir },
			write: writeString("new"),
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			old := filepath.Join(dir, "a.dateline")
			if err := os.WriteFile(old, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			path := c.path(dir)
			err := safefile.Write(path, c.write)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name %q", err, path)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %q is not %q", err, c.is)
			}
			if b, _ := os.ReadFile(old); string(b) != "old" {
				t.Errorf("old file now holds %q", b)
			}
			assertNoTemps(t, dir)
		})
	}
}

func TestWrite_Symlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.dateline")
	link := filepath.Join(dir, "link.dateline")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := safefile.Write(link, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file")
	}
	if b, _ := os.ReadFile(real); string(b) != "new" {
		t.Errorf("link target holds %q, want %q", b, "new")
	}
}

func TestWrite_RemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	long := time.Now().Add(-2 * safefile.StaleAfter)
	files := map[string]time.Time{
		".a.dateline.111" + safefile.TempSuffix: long,       // ours, stale: removed
		".b.dateline.222" + safefile.TempSuffix: time.Now(), // ours, maybe a save in progress: kept
		".c.dateline.333.tmp":                   long,       // someone else's: kept
		"notes" + safefile.TempSuffix:           long,       // not hidden, so not ours: kept
	}
	for name, mtime := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	if err := safefile.Write(filepath.Join(dir, "a.dateline"), writeString("new")); err != nil {
		t.Fatal(err)
	}
	for name := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		wantGone := strings.HasPrefix(name, ".a.")
		if gone := errors.Is(err, fs.ErrNotExist); gone != wantGone {
			t.Errorf("%s: removed %v, want %v", name, gone, wantGone)
		}
	}
}

// temps lists Write's temporaries in dir.
func temps(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if safefile.IsTemp(e.Name()) {
			names = append(names, e.Name())
		}
	}
	return names
}

// assertNoTemps fails when Write left a temporary in dir.
func assertNoTemps(t *testing.T, dir string) {
	t.Helper()
	if left := temps(t, dir); len(left) > 0 {
		t.Errorf("temporaries left behind: %v", left)
	}
}
