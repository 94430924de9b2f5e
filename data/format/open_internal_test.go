//go:build unix

package format

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

// TestOpenArticleFile checks what openArticleFile hands on and refuses,
// and that its errors read as os.Stat's and os.Open's did: a missing file
// is a failed stat.
func TestOpenArticleFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	const text = "Leaders met in Astana on Tuesday.\n"
	if err := os.WriteFile(good, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	when := time.Date(2024, 11, 27, 10, 0, 0, 5, time.UTC)
	if err := os.Chtimes(good, when, when); err != nil {
		t.Fatal(err)
	}
	// Longer than one read (readChunk), so that the short read ending it
	// comes after full ones.
	big := filepath.Join(dir, "big.txt")
	bigText := strings.Repeat(text, 3*readChunk/len(text)+1)
	if err := os.WriteFile(big, []byte(bigText), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(big, when, when); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "s.txt")
	if l, err := net.Listen("unix", sock); err == nil {
		defer l.Close()
	} else {
		sock = ""
	}
	type testCase struct {
		name, path string
		text       string // the text read, when no error is wanted
		is         error  // the error wanted, nil for none
		says       string // what the error's text holds
	}
	cases := []testCase{
		{"regular file", good, text, nil, ""},
		{"longer than a read", big, bigText, nil, ""},
		{"missing", filepath.Join(dir, "none.txt"), "", fs.ErrNotExist, "stat " + filepath.Join(dir, "none.txt")},
		{"folder", dir, "", data.ErrIsFolder, ""},
		{"below a file", filepath.Join(good, "x.txt"), "", nil, "stat "},
	}
	if sock != "" {
		cases = append(cases, testCase{"socket", sock, "", data.ErrNotRegular, ""})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got string
			var modified time.Time
			err := openArticleFile(c.path, func(f io.Reader, m time.Time) error {
				b, err := readInto(make([]byte, 0, sizeHint(f)), contextReader{context.Background(), f})
				got, modified = string(b), m
				return err
			})
			if c.is == nil && c.says == "" {
				if err != nil || got != c.text || !modified.Equal(when) || modified.Location() != time.UTC {
					t.Fatalf("got %d bytes, %v, %v; want %d, %v in UTC", len(got), modified, err, len(c.text), when)
				}
				return
			}
			var ie *data.ImportError
			if !errors.As(err, &ie) || ie.Name != c.path {
				t.Fatalf("error %v is no ImportError naming %s", err, c.path)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %v, want %v", err, c.is)
			}
			if !strings.Contains(err.Error(), c.says) {
				t.Errorf("error %q does not say %q", err, c.says)
			}
		})
	}
}
