package merge_test

import (
	"testing"

	"github.com/dateline/dateline/data/merge"
)

// TestResult_JoinSplit checks merging and splitting by hand on the
// briefing: joining the start of Putin's visit, which Merge only suggests,
// makes one group with both sources and drops the suggestion; splitting
// it again gives back the groups Merge made.
func TestResult_JoinSplit(t *testing.T) {
	r := merge.Merge(briefing(t), merge.DefaultOptions)
	var visit merge.Suggestion
	found := false
	for _, s := range r.Suggestions {
		if r.Groups[s.A].Event.Value == "2024-11-27" && r.Groups[s.B].Event.Value == "2024-11-27" {
			visit, found = s, true
		}
	}
	if !found {
		t.Fatal("no suggestion for the start of Putin's visit")
	}
	joined, err := r.Join(visit.A, visit.B)
	if err != nil {
		t.Fatal(err)
	}
	if len(joined.Groups) != len(r.Groups)-1 || len(joined.Suggestions) != len(r.Suggestions)-1 {
		t.Fatalf("joined: %d groups, %d suggestions; want %d, %d", len(joined.Groups), len(joined.Suggestions), len(r.Groups)-1, len(r.Suggestions)-1)
	}
	g := joined.Groups[visit.A]
	if len(g.Reports) != 2 || g.Event.Value != "2024-11-27" || g.Reports[0].Article == g.Reports[1].Article {
		t.Errorf("joined group %q: %d reports", g.Event.Title, len(g.Reports))
	}
	split, err := joined.Split(visit.A, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(split.Groups) != len(r.Groups) {
		t.Fatalf("split: %d groups, want %d", len(split.Groups), len(r.Groups))
	}
	for i := range r.Groups {
		if split.Groups[i].Event.Title != r.Groups[i].Event.Title || len(split.Groups[i].Reports) != len(r.Groups[i].Reports) {
			t.Errorf("group %d after split: %q (%d reports), want %q (%d)", i, split.Groups[i].Event.Title,
				len(split.Groups[i].Reports), r.Groups[i].Event.Title, len(r.Groups[i].Reports))
		}
	}
	if _, err := r.Join(0, 0); err == nil {
		t.Error("joining a group with itself: no error")
	}
	if _, err := r.Split(0, 0); err == nil {
		t.Error("splitting a group of one report: no error")
	}
}
