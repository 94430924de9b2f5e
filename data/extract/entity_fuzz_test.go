package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/internal/budget"
	"github.com/dateline/dateline/data/sample"
)

// FuzzEntities checks properties of the recogniser on any text: no panic,
// every name inside its sentence at its offsets, names in order and apart.
// Seeded from the gold set.
func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"Christine Lagarde said the European Central Bank would keep rates on hold.",
		"ASTANA — Kazakh President Kassym-Jomart Tokayev met Chinese leader Xi Jinping.",
		"Observers from the Organization for Security and Co-operation in Europe will watch.",
		"How de Gaulle handled the crisis in Algeria.",
		"The governor of the region, Vyacheslav Gladkov, said nobody had been hurt.",
		"Dr. Ana Ruiz-'s", "— —", "A-", "de", "Bank of",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		budget.Grown(t, "Entities", s, func(s string) { extract.Entities(s) })
		end := 0
		for _, e := range extract.Entities(s) {
			if e.Start < end || e.End <= e.Start || e.End > len(s) {
				t.Fatalf("entity %+v out of order or outside %q", e, s)
			}
			if s[e.Start:e.End] != e.Text || strings.TrimSpace(e.Text) != e.Text {
				t.Fatalf("entity %+v does not match its offsets in %q", e, s)
			}
			end = e.End
		}
	})
}

// BenchmarkEventEntities measures the recogniser over the briefing's
// events, in bytes of sentence per second.
func BenchmarkEventEntities(b *testing.B) {
	articles, err := sample.Articles()
	if err != nil {
		b.Fatal(err)
	}
	events := extract.Add(articles).Events
	n := 0
	for _, e := range events {
		n += len(e.Sentence)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		extract.EventEntities(events)
	}
}

// TestEntities_Linear checks that long runs of capitalised words cost time
// linear in their length: 20 times the text may take at most 100 times as
// long (best of three; a quadratic term takes 400 times, and a busy machine
// or the race detector stays well below it: 78 times at 10× was seen
// once), where an unbroken run of capitalised words after
// a role ("The leader Bleader Bleader …") once took 32 s for 256 KB,
// because every tail of the run was remembered.
func TestEntities_Linear(t *testing.T) {
	for _, unit := range []string{"Bleader ", "Bank of England and Bank of France ", "President Kassym-Jomart Tokayev said "} {
		small, big := "The leader "+strings.Repeat(unit, 1000), "The leader "+strings.Repeat(unit, 20000)
		t1, t2 := budget.BestOf3(func() { extract.Entities(small) }), budget.BestOf3(func() { extract.Entities(big) })
		if t2 > 100*t1+100*time.Millisecond {
			t.Errorf("Entities on 20× %q took %v against %v: not linear", unit, t2, t1)
		}
	}
}
