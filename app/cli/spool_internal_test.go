package cli

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/format"
)

// TestWriteEvents_Spool checks that the extract command's output, held in
// memory or spilled to a temporary file, is byte for byte what loading
// every event, sorting them and writing them at once gives, in both
// layouts.
func TestWriteEvents_Spool(t *testing.T) {
	type spoolCase struct {
		name   string
		layout format.Layout
		limit  int
	}
	cases := []spoolCase{
		{"json in memory", format.JSON, spoolMem},
		{"json spilled", format.JSON, 0},
		{"json spilled midway", format.JSON, 2000},
		// Runs of many records, where records of one article follow
		// each other and the file leaves out their article fields.
		{"json spilled in long runs", format.JSON, 40000},
		{"csv in memory", format.CSV, spoolMem},
		{"csv spilled", format.CSV, 0},
	}
	files, err := filepath.Glob("../../data/sample/*.md")
	if err != nil || len(files) < 3 {
		t.Fatalf("sample articles: %v, %v", files, err)
	}
	r := extract.Load(context.Background(), files, time.Time{}, nil)
	if len(r.Errors) > 0 || len(r.Events) < 20 {
		t.Fatalf("samples: %d events, errors %v", len(r.Events), r.Errors)
	}
	for _, c := range cases {
		var want, got bytes.Buffer
		write := format.WriteJSON
		if c.layout == format.CSV {
			write = format.WriteCSV
		}
		if err := write(&want, r.Events); err != nil {
			t.Fatal(err)
		}
		n, errs, err := writeEvents(c.layout, c.limit)(&got, io.Discard, files, time.Time{})
		if err != nil || len(errs) > 0 || n != len(r.Articles) {
			t.Fatalf("%s: %d articles, errors %v, %v", c.name, n, errs, err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: output differs from writing the sorted events at once:\n%.600s\nwant\n%.600s", c.name, got.String(), want.String())
		}
	}
}
