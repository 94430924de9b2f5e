package timeline

import (
	"math/rand"
	"slices"
	"testing"
	"time"
)

// TestIndex_appendRange compares the range query with a plain scan, on
// corpora mixing points, year spans and spans of decades (the long list).
func TestIndex_appendRange(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	base := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC)
	for round := range 200 {
		items := make([]Item, rng.Intn(400))
		for i := range items {
			s := base.Add(time.Duration(rng.Int63n(int64(70 * 365 * 24 * time.Hour))))
			it := Item{Start: s, End: s}
			switch rng.Intn(4) {
			case 0:
				it.End, it.Span = s.AddDate(1, 0, 0), true
			case 1:
				it.End, it.Span = s.AddDate(rng.Intn(40), rng.Intn(12), 0), true
			case 2:
				it.End = s.AddDate(0, 0, 1) // a day: still a point
			}
			items[i] = it
		}
		x := NewIndex(items, nil)
		t0 := unixSeconds(base) + rng.Float64()*80*365*secDay
		t1 := t0 + rng.ExpFloat64()*365*secDay
		got := x.appendRange(nil, t0, t1)
		var want []int32
		for pos := range x.start {
			if x.start[pos] <= t1 && x.end[pos] >= t0 {
				want = append(want, int32(pos))
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: appendRange = %v, want %v", round, got, want)
		}
	}
}
