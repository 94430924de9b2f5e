package project_test

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/dateline/dateline/data/project"
)

// loadBudget is the most a Load of a fuzzed input may take: the work of
// loading must stay in proportion to the input.
const loadBudget = 100 * time.Millisecond

// FuzzLoad checks properties of Load on any input: no panic, within the
// work budget; and what loads has events whose offsets lie inside their
// article's text, before and after its history is undone and redone, and
// saves (with the history) to a file that loads and saves the same again.
// The comparison starts from the second save: the JSON encoder escapes an
// invalid byte in a string as \ufffd, and writes the U+FFFD that decodes
// from it as itself, so the first save may be spelt differently.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"testdata/roundtrip.dateline", "testdata/history.dateline", "testdata/v0-export.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{`{"version": 7}`, `{"articles": []}`, `[]`, `[{"value": "2024"}]`, "", "{",
		`{"version": 1, "manual": [{"id": "manual-1", "value": "2024-W48", "expr": "x", "expr_start": 99}]}`,
		`{"version": 1, "corrections": [{"event": "ab@1-2", "was": {"value": "2024", "sentence": "in 2024"}}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		p, err := project.Load(bytes.NewReader(b), "fuzz.dateline")
		if took := time.Since(start); took > loadBudget {
			t.Fatalf("Load took %v on %d bytes", took, len(b))
		}
		if err != nil {
			return
		}
		checkOffsets(t, p)
		var zeroth, first bytes.Buffer
		if err := p.History().Save(&zeroth); err != nil {
			t.Fatal(err)
		}
		// Every step of the history undoes and redoes, or fails, and
		// leaves events with sound offsets.
		h := p.History()
		for h.UndoName() != "" && h.Undo() == nil {
			checkOffsets(t, p)
		}
		for h.RedoName() != "" && h.Redo() == nil {
			checkOffsets(t, p)
		}
		p, err = project.Load(bytes.NewReader(zeroth.Bytes()), "saved.dateline")
		if err != nil {
			t.Fatalf("a saved project does not load: %v\n%s", err, zeroth.Bytes())
		}
		if err := p.History().Save(&first); err != nil {
			t.Fatal(err)
		}
		q, err := project.Load(bytes.NewReader(first.Bytes()), "saved.dateline")
		if err != nil {
			t.Fatalf("a saved project does not load: %v\n%s", err, first.Bytes())
		}
		var second bytes.Buffer
		if err := q.History().Save(&second); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("save, load, save changes the file:\n%s\n%s", first.Bytes(), second.Bytes())
		}
	})
}

// checkOffsets fails when an event of p has offsets outside its article.
func checkOffsets(t *testing.T, p *project.Project) {
	t.Helper()
	for _, e := range p.Events() {
		if a := e.Article; a == nil || e.ExprStart < 0 || e.ExprEnd < e.ExprStart || e.ExprEnd > len(a.Text) ||
			e.SentenceStart < 0 || e.SentenceStart > len(a.Text) {
			t.Fatalf("event %s: offsets %d–%d outside its article", e.ID, e.ExprStart, e.ExprEnd)
		}
	}
}
