package export_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/safefile"
	"github.com/dateline/dateline/timeline/export"
)

// writeString replaces path with s through WriteAtomic.
func writeString(path, s string) error {
	return export.WriteAtomic(path, func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	})
}

// Replacing a file keeps its permissions (a private 0600 file stays
// private); a new file is 0644.
func TestWriteAtomic_KeepsMode(t *testing.T) {
	dir := t.TempDir()
	private := filepath.Join(dir, "private.ics")
	if err := os.WriteFile(private, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(dir, "fresh.ics")
	type modeCase struct {
		path string
		want os.FileMode
	}
	for _, tc := range []modeCase{{private, 0o600}, {fresh, 0o644}} {
		if err := writeString(tc.path, "new"); err != nil {
			t.Fatal(err)
		}
		st, err := os.Stat(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != tc.want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(tc.path), st.Mode().Perm(), tc.want)
		}
	}
}

// A missing folder is reported with the path the user gave, not the name
// of the temporary file.
func TestWriteAtomic_MissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no such folder", "x.png")
	err := writeString(path, "new")
	if err == nil {
		t.Fatal("no error")
	}
	if msg := err.Error(); !strings.Contains(msg, `"`+path+`"`) || strings.Contains(msg, ".tmp") {
		t.Errorf("error %q: want it to name %q and no temporary file", msg, path)
	}
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error %v does not wrap os.ErrNotExist", err)
	}
}

// A failed write leaves the old file and no temporary file, and the
// error does not name the temporary file.
func TestWriteAtomic_FailedWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keep.svg")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := export.WriteAtomic(path, func(w io.Writer) error { return errors.New("disk on fire") })
	if err == nil || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file holds %q", b)
	}
	assertFiles(t, dir, "keep.svg")
}

// Temporaries of ours older than a minute, for any target in the folder,
// go on the next write there; fresh ones (an export running now) and
// files that only look alike stay.
func TestWriteAtomic_RemovesStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * time.Minute)
	type tempCase struct {
		name  string
		stale bool // old enough to go, if it is ours
	}
	files := []tempCase{
		{".x.png.2151943647.dateline-tmp", true},   // ours, killed export of x.png
		{".other.svg.12.dateline-tmp", true},       // ours, another target
		{".x.png.99.dateline-tmp", false},          // ours but fresh
		{".x.png.123.tmp", true},                   // not our suffix
		{"x.png.123.dateline-tmp", true},           // no leading dot
		{".notes.txt", true},                       // not a temporary
		{".x.png.123.dateline-tmp.keep", true},     // not ending in our suffix
		{".report.pdf.4242.dateline-tmp.d", false}, // a folder below
	}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		var err error
		if strings.HasSuffix(f.name, ".d") {
			err = os.Mkdir(p, 0o755)
		} else {
			err = os.WriteFile(p, []byte("partial"), 0o600)
		}
		if err != nil {
			t.Fatal(err)
		}
		if f.stale {
			if err := os.Chtimes(p, old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := writeString(filepath.Join(dir, "x.png"), "new"); err != nil {
		t.Fatal(err)
	}
	assertFiles(t, dir, ".x.png.99.dateline-tmp", ".x.png.123.tmp", "x.png.123.dateline-tmp", ".notes.txt",
		".x.png.123.dateline-tmp.keep", ".report.pdf.4242.dateline-tmp.d", "x.png")
}

// assertFiles checks that dir holds exactly the names want.
func assertFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, e := range entries {
		got[e.Name()] = true
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("%s is gone", w)
		}
		delete(got, w)
	}
	for name := range got {
		t.Errorf("%s is left", name)
	}
}

// childEnv names the file the child process of TestWriteAtomic_Killed
// rewrites until it is killed.
const childEnv = "DATELINE_ATOMIC_CHILD"

// killedSize is the size of each version the child writes: large enough
// that a kill often lands mid-write.
const killedSize = 1 << 20

// TestWriteAtomic_Child is the child of TestWriteAtomic_Killed: run
// alone it does nothing.
func TestWriteAtomic_Child(t *testing.T) {
	path := os.Getenv(childEnv)
	if path == "" {
		t.Skip("only run as the child of TestWriteAtomic_Killed")
	}
	fmt.Println("writing") // the parent kills only after this line
	for i := 0; ; i++ {
		b := bytes.Repeat([]byte{"AB"[i%2]}, killedSize)
		if err := export.WriteAtomic(path, func(w io.Writer) error {
			// Write in small pieces, so the kill lands inside a write.
			for off := 0; off < len(b); off += 4096 {
				if _, err := w.Write(b[off : off+4096]); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
}

// A process killed (SIGKILL) at any moment of an export leaves the target
// whole: the old version or the new one, never a mix or a truncation.
func TestWriteAtomic_Killed(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "target.bin")
	if err := writeString(path, strings.Repeat("A", killedSize)); err != nil {
		t.Fatal(err)
	}
	seen := map[byte]bool{}
	for i := range 12 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestWriteAtomic_Child$")
		cmd.Env = append(os.Environ(), childEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill at a different moment each time, once the child writes:
		// a test binary under -race on a busy machine takes longer to
		// start than any fixed delay.
		if line, _ := bufio.NewReader(out).ReadString('\n'); line != "writing\n" {
			t.Fatalf("child said %q", line)
		}
		time.Sleep(time.Duration(5+7*i) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != killedSize || (bytes.Count(b, b[:1]) != killedSize) {
			t.Fatalf("kill %d: target is %d bytes, mixed or cut", i, len(b))
		}
		seen[b[0]] = true
	}
	temps, _ := filepath.Glob(filepath.Join(dir, ".target.bin.*"+safefile.TempSuffix))
	t.Logf("%d kills mid-write left a temporary", len(temps))
	if !seen['B'] && len(temps) == 0 {
		t.Error("the child never wrote: the kills tested nothing")
	}
}
