package app

import "testing"

func TestSynthetic(t *testing.T) {
	r := Synthetic(2000, 7)
	if len(r.Events) != 2000 || len(r.Articles) != 50 {
		t.Fatalf("got %d events from %d articles", len(r.Events), len(r.Articles))
	}
	precisions := map[string]int{}
	for i, e := range r.Events {
		if e.Span.End.Before(e.Span.Start) || e.Span.Start.IsZero() {
			t.Fatalf("event %d has no span: %+v", i, e)
		}
		if i > 0 && e.Span.Start.Before(r.Events[i-1].Span.Start) {
			t.Fatal("events are not in time order")
		}
		precisions[e.Span.Precision.String()]++
	}
	for _, p := range []string{"day", "week", "month", "year"} {
		if precisions[p] == 0 {
			t.Errorf("no %s events in %v", p, precisions)
		}
	}
	if again := Synthetic(2000, 7); again.Events[1234].Title != r.Events[1234].Title {
		t.Error("the same seed gave another corpus")
	}
}

// BenchmarkSynthetic makes the million-event corpus that
// dateline --synthetic 1000000 opens: its cost is part of the first frame.
func BenchmarkSynthetic(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Synthetic(1_000_000, 1)
	}
}
