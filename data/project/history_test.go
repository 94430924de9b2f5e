package project_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/project"
)

// dateTexts are what an analyst might type as a date; some do not read.
var dateTexts = []string{"28 Nov 2024", "next Thursday", "2024-W48", "late 2019", "yesterday", "2024-q4",
	"March 2023", "soon", "three weeks", ""}

// randomEdit returns an edit of p chosen by rng: any kind, on any event or
// article, some of them refused.
func randomEdit(rng *rand.Rand, p *project.Project, spare []*data.Article) project.Edit {
	events, articles := p.Events(), p.Articles()
	var id project.EventID
	if len(events) > 0 {
		id = events[rng.IntN(len(events))].ID
	}
	var hash string
	if len(articles) > 0 {
		a := articles[rng.IntN(len(articles))]
		hash = a.Hash
	}
	text := dateTexts[rng.IntN(len(dateTexts))]
	switch rng.IntN(15) {
	case 0, 1:
		return project.ChangeDate{Event: id, Text: text}
	case 2:
		return project.ChangeTitle{Event: id, Title: fmt.Sprintf("title %d", rng.IntN(5))}
	case 3:
		return project.SetNotes{Event: id, Notes: fmt.Sprintf("note %d", rng.IntN(5))}
	case 4:
		return project.SetTags{Event: id, Tags: []string{fmt.Sprint("tag", rng.IntN(3))}}
	case 5:
		return project.Hide{Event: id, Hidden: rng.IntN(2) == 0}
	case 6:
		return project.Delete{Event: id}
	case 7:
		return project.Revert{Event: id}
	case 8:
		return project.AddEvent{Article: hash, Title: "by hand", Date: text}
	case 9:
		published := time.Date(2024, time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		return project.ChangeArticleDate{Article: hash, Published: published}
	case 10:
		return project.ChangeArticleTitle{Article: hash, Title: fmt.Sprintf("headline %d", rng.IntN(5))}
	case 11:
		return project.AddArticle{Article: spare[rng.IntN(len(spare))]}
	case 12:
		return project.RemoveArticle{Article: hash}
	case 13:
		return randomMerges(rng, events)
	}
	if rng.IntN(2) == 0 && len(p.Scenes) > 0 {
		return project.DeleteScene{Index: rng.IntN(len(p.Scenes))}
	}
	return project.AddScene{Scene: project.Scene{Name: "scene", Selected: id}}
}

// randomMerges is a Join or Split by hand: one or two groups of events,
// a group of one being an event kept apart.
func randomMerges(rng *rand.Rand, events []project.Event) project.Edit {
	e := project.SetMerges{Label: []string{"Join Reports", "Split Report"}[rng.IntN(2)]}
	for range 1 + rng.IntN(2) {
		var group []project.EventID
		for range 1 + rng.IntN(3) {
			if len(events) > 0 {
				group = append(group, events[rng.IntN(len(events))].ID)
			}
		}
		e.Merges = append(e.Merges, group)
	}
	return e
}

// TestHistory_UndoAll is the property test: a random sequence of edits,
// undone in full, gives back the original project, byte for byte as saved,
// passing through every state before; redone in full, it gives back the
// edited one.
func TestHistory_UndoAll(t *testing.T) {
	sequences := 200
	if testing.Short() {
		sequences = 20
	}
	spare := sampleArticles(t, 10)[3:]
	for seed := range uint64(sequences) {
		rng := rand.New(rand.NewPCG(seed, 11))
		p := newProject(t, 3)
		original := saved(t, p)
		h := project.NewHistory(p)
		var names []string
		states := [][]byte{original} // states[i]: the project after i edits
		for range 1 + rng.IntN(25) {
			e := randomEdit(rng, p, spare)
			before := saved(t, p)
			if err := h.Do(e); err != nil {
				if !bytes.Equal(saved(t, p), before) {
					t.Fatalf("seed %d: refused %s (%v) changed the project", seed, e.Name(), err)
				}
				continue
			}
			names = append(names, e.Name())
			states = append(states, saved(t, p))
		}
		edited := saved(t, p)
		for i := len(names) - 1; i >= 0; i-- {
			if h.UndoName() != names[i] {
				t.Fatalf("seed %d: undo names %q, want %q", seed, h.UndoName(), names[i])
			}
			if err := h.Undo(); err != nil {
				t.Fatalf("seed %d: undo %s: %v", seed, names[i], err)
			}
			if !bytes.Equal(saved(t, p), states[i]) {
				t.Fatalf("seed %d: undoing %s did not give the state before it back", seed, names[i])
			}
		}
		if got := saved(t, p); !bytes.Equal(got, original) {
			t.Fatalf("seed %d: undoing %v did not give the original back", seed, names)
		}
		for range names {
			if err := h.Redo(); err != nil {
				t.Fatalf("seed %d: redo: %v", seed, err)
			}
		}
		if got := saved(t, p); !bytes.Equal(got, edited) {
			t.Fatalf("seed %d: redoing %v did not give the edited project back", seed, names)
		}
		undoReopened(t, seed, h, names, original, edited)
	}
}

// undoReopened saves h's project with its history halfway undone, so
// both stacks hold steps, reopens it and checks that the reopened history
// undoes every change back to the original and redoes them all.
func undoReopened(t *testing.T, seed uint64, h *project.History, names []string, original, edited []byte) {
	t.Helper()
	half := len(names) / 2
	for range half {
		if err := h.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	var file bytes.Buffer
	if err := h.Save(&file); err != nil {
		t.Fatalf("seed %d: saving the history: %v", seed, err)
	}
	q, err := project.Load(&file, "history.dateline")
	if err != nil {
		t.Fatalf("seed %d: reopening: %v", seed, err)
	}
	hq := q.History()
	if hq.Modified() {
		t.Errorf("seed %d: a reopened history is modified", seed)
	}
	for i := len(names) - half - 1; i >= 0; i-- {
		if hq.UndoName() != names[i] {
			t.Fatalf("seed %d: reopened, undo names %q, want %q", seed, hq.UndoName(), names[i])
		}
		if err := hq.Undo(); err != nil {
			t.Fatalf("seed %d: reopened, undo %s: %v", seed, names[i], err)
		}
	}
	if !bytes.Equal(saved(t, q), original) || hq.UndoName() != "" {
		t.Fatalf("seed %d: undoing %v after reopening did not give the original back", seed, names)
	}
	for range names {
		if err := hq.Redo(); err != nil {
			t.Fatalf("seed %d: reopened, redo: %v", seed, err)
		}
	}
	if !bytes.Equal(saved(t, q), edited) {
		t.Fatalf("seed %d: redoing %v after reopening did not give the edited project back", seed, names)
	}
}

func TestHistory_Modified(t *testing.T) {
	p := newProject(t, 1)
	h := project.NewHistory(p)
	id := findEvent(t, p, "this week").ID
	type step struct {
		do       func() error
		modified bool
	}
	hide := func() error { return h.Do(project.Hide{Event: id, Hidden: true}) }
	show := func() error { return h.Do(project.Hide{Event: id}) }
	saveNow := func() error { h.MarkSaved(); return nil }
	for i, s := range []step{
		{func() error { return nil }, false},
		{hide, true},
		{h.Undo, false},
		{h.Redo, true},
		{saveNow, false},
		{h.Undo, true},
		{h.Redo, false},
		{h.Undo, true},
		{show, true}, // the saved state is out of reach now
		{h.Undo, true},
		{h.Undo, true}, // nothing left to undo
	} {
		if err := s.do(); err != nil {
			t.Fatal(err)
		}
		if h.Modified() != s.modified {
			t.Errorf("step %d: Modified() = %v, want %v", i, h.Modified(), s.modified)
		}
	}
}
