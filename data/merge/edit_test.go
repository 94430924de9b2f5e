package merge_test

import (
	"testing"

	"github.com/dateline/dateline/data/merge"
)

// TestResult_JoinSplit checks splitting and merging by hand on the
// briefing: splitting the start of Putin's visit, which Merge joins from
// two articles, gives two groups on 27 November; joining them again gives
// back the groups Merge made. Joining the one suggestion left (Tokayev's
// call and Scholz's tour) makes one group with both sources and drops the
// suggestion.
func TestResult_JoinSplit(t *testing.T) {
	r := merge.Merge(briefing(t), merge.DefaultOptions)
	visit := -1
	for i, g := range r.Groups {
		if g.Event.Value == "2024-11-27" && len(g.Reports) == 2 {
			visit = i
		}
	}
	if visit < 0 {
		t.Fatal("no group of two reports for the start of Putin's visit")
	}
	split, err := r.Split(visit, 1)
	if err != nil {
		t.Fatal(err)
	}
	var apart []int
	for i, g := range split.Groups {
		if g.Event.Value == "2024-11-27" {
			apart = append(apart, i)
		}
	}
	if len(split.Groups) != len(r.Groups)+1 || len(apart) != 2 {
		t.Fatalf("split: %d groups, %d on 27 November; want %d, 2", len(split.Groups), len(apart), len(r.Groups)+1)
	}
	joined, err := split.Join(apart[0], apart[1])
	if err != nil {
		t.Fatal(err)
	}
	if len(joined.Groups) != len(r.Groups) {
		t.Fatalf("joined again: %d groups, want %d", len(joined.Groups), len(r.Groups))
	}
	for i := range r.Groups {
		if joined.Groups[i].Event.Title != r.Groups[i].Event.Title || len(joined.Groups[i].Reports) != len(r.Groups[i].Reports) {
			t.Errorf("group %d joined again: %q (%d reports), want %q (%d)", i, joined.Groups[i].Event.Title,
				len(joined.Groups[i].Reports), r.Groups[i].Event.Title, len(r.Groups[i].Reports))
		}
	}
	if len(r.Suggestions) == 0 {
		t.Fatal("no suggestion to join")
	}
	s := r.Suggestions[0]
	accepted, err := r.Join(s.A, s.B)
	if err != nil {
		t.Fatal(err)
	}
	if len(accepted.Groups) != len(r.Groups)-1 || len(accepted.Suggestions) != len(r.Suggestions)-1 {
		t.Fatalf("suggestion joined: %d groups, %d suggestions; want %d, %d", len(accepted.Groups), len(accepted.Suggestions), len(r.Groups)-1, len(r.Suggestions)-1)
	}
	if g := accepted.Groups[s.A]; len(g.Reports) != 2 || g.Reports[0].Article == g.Reports[1].Article {
		t.Errorf("joined suggestion %q: %d reports", g.Event.Title, len(g.Reports))
	}
	if _, err := r.Join(0, 0); err == nil {
		t.Error("joining a group with itself: no error")
	}
	if _, err := r.Split(0, 0); err == nil {
		t.Error("splitting a group of one report: no error")
	}
}
