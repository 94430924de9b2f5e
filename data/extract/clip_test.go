package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// TestEvents_HugeLine checks that the events of one line with thousands of
// dates keep a window of it each, not a copy of the whole line, so that
// memory and output grow with the text, and that each window still holds
// its date.
func TestEvents_HugeLine(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 200_000; i++ {
		fmt.Fprintf(&b, "talks were held on %d March %d and ", 1+i%28, 1900+i%120)
	}
	a := &data.Article{Title: "t", Source: "huge.txt", Text: b.String(),
		Published: time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)}
	events, err := extract.Events(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) < 1000 {
		t.Fatalf("%d events, want thousands", len(events))
	}
	total := 0
	for _, e := range events {
		total += len(e.Sentence)
		lo, hi := e.ExprStart-e.SentenceStart, e.ExprEnd-e.SentenceStart
		if lo < 0 || hi > len(e.Sentence) || e.Sentence[lo:hi] != e.Expr {
			t.Fatalf("event %q: its sentence %q does not hold it at [%d, %d)", e.Expr, e.Sentence, lo, hi)
		}
	}
	if per := total / len(events); per > 1300 {
		t.Errorf("%d bytes of sentence per event over %d events: the line is copied whole", per, len(events))
	}
}
