package app

import (
	"cmp"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// TestShowSynthetic follows dateline --synthetic N's start-up: the corpus
// is made before the window is built, then shown in it as Synthetic's
// corpus of seed 1, and the garbage collection that MakeSynthetic held
// back runs again once it is shown.
func TestShowSynthetic(t *testing.T) {
	a := test.NewTempApp(t)
	pending := MakeSynthetic(3000)
	if !gcPaused() {
		t.Fatal("MakeSynthetic did not hold garbage collection back")
	}
	u := New(a)
	<-u.ShowSynthetic(pending)
	want := Synthetic(3000, 1)
	if got := u.Events(); len(got) != len(want.Events) || got[1234].Title != want.Events[1234].Title {
		t.Fatalf("the window shows %d events (event 1234 %q), want Synthetic's %d (%q)", len(got), got[1234].Title,
			len(want.Events), want.Events[1234].Title)
	}
	if n := u.timeline.Index().Len(); n != 3000 {
		t.Errorf("the timeline holds %d items, want 3000", n)
	}
	deadline := time.Now().Add(3 * time.Second)
	for gcPaused() {
		if time.Now().After(deadline) {
			t.Fatal("garbage collection still held back 3 s after the corpus was shown")
		}
		time.Sleep(frameWait)
	}
}

// gcPaused reports whether the process's collector is paused.
func gcPaused() bool {
	processGC.mu.Lock()
	defer processGC.mu.Unlock()
	return processGC.paused > 0
}

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

// TestSyntheticDates_EveryDay checks the shared table of dates against
// the value of each day at each precision (syntheticValue) and that
// value's span as timex.ParseValue reads it, and that the ranks order the
// entries as SortEvents orders spans, equal spans sharing a rank.
func TestSyntheticDates_EveryDay(t *testing.T) {
	first := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	const days = 3 * 365
	dates := newSyntheticDates(first, days)
	nk := len(syntheticKinds)
	for d := range days {
		day := first.AddDate(0, 0, d)
		for k, prec := range syntheticKinds {
			got := dates.dated[d*nk+k]
			value := syntheticValue(day, prec)
			span, err := timex.ParseValue(value)
			if err != nil || got.value != value || got.span != span {
				t.Fatalf("%s at %v: got %q %v, want %q %v (%v)", day.Format(time.DateOnly), prec, got.value, got.span, value, span, err)
			}
		}
	}
	for a := range dates.dated {
		for _, b := range []int{a + 1, a + nk, a + 7*nk, a + 40*nk} {
			if b >= len(dates.dated) {
				continue
			}
			sa, sb := dates.dated[a].span, dates.dated[b].span
			want := sa.Start.Compare(sb.Start)
			if want == 0 {
				want = sa.End.Compare(sb.End)
			}
			if got := cmp.Compare(dates.rank[a], dates.rank[b]); got != want {
				t.Fatalf("entries %d and %d (%v, %v): ranks compare %d, spans %d", a, b, sa, sb, got, want)
			}
		}
	}
}

// syntheticDigest is the SHA-256 of every field of Synthetic(30000, 1)'s
// articles and events, as written by the code before its drawing and
// sentences were made faster (commit 334f829): the corpus, and with it the
// first frame of dateline --synthetic N, must not change.
const syntheticDigest = "57dca8bbe8bf759965e6d81ccbeff06c2c8ebaf7d14766d79e2921ad6fbf70da"

// TestSynthetic_Unchanged checks that the synthetic corpus is the one it
// has been (see syntheticDigest).
func TestSynthetic_Unchanged(t *testing.T) {
	r := Synthetic(30_000, 1)
	h := sha256.New()
	article := map[*data.Article]int{}
	for i, a := range r.Articles {
		article[a] = i
		fmt.Fprintf(h, "%q %q %v\n", a.Title, a.Source, a.Published)
	}
	for _, e := range r.Events {
		fmt.Fprintf(h, "%q %q %q %v %v %v %q %d %d %q %d %d %v\n", e.Title, e.Value, e.Mod, e.Span.Start, e.Span.End,
			e.Span.Precision, e.Expr, e.ExprStart, e.ExprEnd, e.Sentence, e.SentenceStart, article[e.Article], e.Confidence)
	}
	if got := fmt.Sprintf("%x", h.Sum(nil)); got != syntheticDigest {
		t.Errorf("Synthetic(30000, 1) digest %s, want %s", got, syntheticDigest)
	}
}

// TestSyntheticRand_AsRand checks that syntheticRand draws the numbers
// rand.Rand.IntN draws from the same PCG: for the corpus's bounds, powers
// of two (masked), and 1<<62+1, where a quarter of the draws are rejected
// and drawn again.
func TestSyntheticRand_AsRand(t *testing.T) {
	type boundCase struct {
		name string
		n    int
	}
	cases := []boundCase{{"one", 1}, {"precisions", 10}, {"words", 16}, {"articles", 50}, {"days", 30 * 365},
		{"a power of two", 1 << 40}, {"rejecting", 1<<62 + 1}}
	for _, c := range cases {
		got, want := newSyntheticRand(3, 4), rand.New(rand.NewPCG(3, 4))
		for i := range 10_000 {
			if g, w := got.intN(c.n), want.IntN(c.n); g != w {
				t.Fatalf("%s: draw %d is %d, rand.Rand's %d", c.name, i, g, w)
			}
		}
	}
}
