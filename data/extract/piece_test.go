package extract_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// TestPieceEnd checks where a long text is cut for tagging: at a blank
// line, a line break, a full stop or a space in the second half of the
// most a piece may hold (1 MiB), else on a rune boundary; every piece is
// at most 1 MiB and not empty, and the pieces cover the text.
func TestPieceEnd(t *testing.T) {
	type pieceCase struct {
		name  string
		text  string
		after string // what every cut but the last follows
	}
	const mib = 1 << 20
	cases := []pieceCase{
		{"short", "The vote was on 5 May 2023.\n", ""},
		{"paragraphs", strings.Repeat("The council met on 4 March 2024.\nIt voted.\n\n", 3*mib/44), "\n\n"},
		{"lines", strings.Repeat("The council met on 4 March 2024 and voted.\n", 3*mib/43), "\n"},
		{"one line", strings.Repeat("The council met on 4 March 2024. ", 3*mib/33), ". "},
		{"no full stops", strings.Repeat("the council met on 4 March 2024 and ", 3*mib/36), " "},
		{"one word", strings.Repeat("x", 3*mib), ""},
		{"runes", strings.Repeat("é", 2*mib), ""},
		{"invalid bytes", strings.Repeat("\x80", 2*mib), ""},
	}
	for _, c := range cases {
		for from := 0; from < len(c.text); {
			to := extract.PieceEnd(c.text, from)
			if to <= from || to-from > mib || to > len(c.text) {
				t.Fatalf("%s: piece [%d, %d) of %d bytes", c.name, from, to, len(c.text))
			}
			if to < len(c.text) {
				if !strings.HasSuffix(c.text[:to], c.after) || to-from < mib/2 && c.after != "" {
					t.Errorf("%s: cut at %d after %q, want after %q in the second half", c.name, to, c.text[to-2:to], c.after)
				}
				if utf8.ValidString(c.text) && !utf8.RuneStart(c.text[to]) {
					t.Errorf("%s: cut at %d inside a rune", c.name, to)
				}
			}
			from = to
		}
	}
}

// TestEventsByPiece checks that a text tagged in pieces gives the events
// each paragraph gives alone, with offsets into the whole text (one event
// per paragraph, its expression and sentence where the offsets say), and
// that EventsByPiece hands them over a piece at a time, adding up to what
// Events gives.
func TestEventsByPiece(t *testing.T) {
	para := "The council met on 4 March 2024 to review the plan.\n\n"
	a := &data.Article{Source: "big.txt", Text: strings.Repeat(para, (5<<20)/4/len(para)), Published: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)}
	all, err := extract.Events(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != strings.Count(a.Text, para) {
		t.Fatalf("%d events from %d paragraphs", len(all), strings.Count(a.Text, para))
	}
	for i, e := range all {
		if e.Value != "2024-03-04" || e.SentenceStart != i*len(para) || a.Text[e.ExprStart:e.ExprEnd] != e.Expr ||
			!strings.HasPrefix(a.Text[e.SentenceStart:], e.Sentence) || e.Title != "The council met to review the plan" {
			t.Fatalf("event %d: %s %q at %d, sentence at %d %q, title %q", i, e.Value, e.Expr, e.ExprStart, e.SentenceStart, e.Sentence, e.Title)
		}
	}
	calls, n := 0, 0
	err = extract.EventsByPiece(a, func(events []data.Event) {
		calls++
		for _, e := range events {
			if e.ExprStart != all[n].ExprStart {
				t.Fatalf("event %d at %d, Events has it at %d", n, e.ExprStart, all[n].ExprStart)
			}
			n++
		}
	})
	if err != nil || calls != 2 || n != len(all) {
		t.Errorf("%d calls with %d events (error %v), want 2 pieces with %d", calls, n, err, len(all))
	}
}
