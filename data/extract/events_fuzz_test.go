package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// FuzzEvents runs the whole extraction, non-event checks included (link
// lists, captions, publication lines), on any text: it must not panic,
// and every event must point at its expression and sentence in the text.
func FuzzEvents(f *testing.F) {
	seeds := []string{
		"Related stories\n\nTalks stall in Baku\n\n28 Dec 2023\n\nMinisters meet again on Friday\n\n2 Jan 2024\n",
		"By Anna Berg\nMon 15 Jan 2024 14.32 GMT\n\nThe council said on Thursday that it would decide by Friday.\n",
		"MORE CRICKET\nSeries squared (8 November)\n\nThe final is on Sunday.",
		"They had agreed on Friday to meet from Tuesday. The chance of rain on Tuesday is low.",
		"Photograph: Jo Lee/PA\nA nurse prepares a vaccine on Sunday.\n\n\n\n",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	published := time.Date(2024, 1, 21, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD") // as the readers hand text on
		a := &data.Article{Title: "fuzz", Source: "fuzz.txt", Text: text, Published: published}
		events, err := extract.Events(a)
		if err != nil {
			return
		}
		for _, e := range events {
			if e.ExprStart < 0 || e.ExprEnd > len(text) || e.ExprStart > e.ExprEnd || text[e.ExprStart:e.ExprEnd] != e.Expr {
				t.Fatalf("event expression %q at [%d, %d) is not the text's", e.Expr, e.ExprStart, e.ExprEnd)
			}
			// The sentence is the text's with its line breaks set as spaces.
			end := e.SentenceStart + len(e.Sentence)
			if e.SentenceStart < 0 || end > len(text) || oneLine(text[e.SentenceStart:end]) != oneLine(e.Sentence) {
				t.Fatalf("event sentence at %d is not the text's: %q", e.SentenceStart, e.Sentence)
			}
			if e.ExprStart < e.SentenceStart || e.ExprEnd > end {
				t.Fatalf("expression %q at [%d, %d) outside its sentence [%d, %d)", e.Expr, e.ExprStart, e.ExprEnd, e.SentenceStart, end)
			}
		}
	})
}

// oneLine sets every line break and tab of s as a space.
func oneLine(s string) string {
	return strings.NewReplacer("\r", " ", "\n", " ", "\t", " ").Replace(s)
}
