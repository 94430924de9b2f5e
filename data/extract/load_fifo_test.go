//go:build unix

package extract_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// TestLoad_FIFO checks that a FIFO with no writer is refused at once,
// named with the reason, and that the files after it are still read:
// opening it would block forever.
func TestLoad_FIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	good := filepath.Join(dir, "good.md")
	text := "---\ntitle: Good\ndate: 2024-11-27\n---\nLeaders met in Astana on Tuesday.\n"
	if err := os.WriteFile(good, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan extract.Result, 1)
	go func() { done <- extract.Load(context.Background(), []string{fifo, good, dir}, time.Time{}, nil) }()
	var r extract.Result
	select {
	case r = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Load blocked on a FIFO")
	}
	if len(r.Articles) != 1 || r.Articles[0].Title != "Good" {
		t.Errorf("articles %v, want the good one", r.Articles)
	}
	var notRegular, folder bool
	for _, err := range r.Errors {
		var ie *data.ImportError
		if !errors.As(err, &ie) {
			t.Errorf("error %v is no ImportError", err)
			continue
		}
		notRegular = notRegular || ie.Name == fifo && errors.Is(err, data.ErrNotRegular)
		folder = folder || ie.Name == dir && errors.Is(err, data.ErrIsFolder)
	}
	if !notRegular || !folder {
		t.Errorf("errors %v: want %s not a regular file and %s a folder", r.Errors, fifo, dir)
	}
}
