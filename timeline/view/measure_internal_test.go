package view

import (
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestRuneWidths_Concurrent measures labels from several goroutines at a
// size not measured before, so that first measures of runes race with
// table reads, and checks every width against the sum of Fyne's advance
// for each rune (run it with -race: measure reads the ASCII table without
// the lock).
func TestRuneWidths_Concurrent(t *testing.T) {
	test.NewTempApp(t)
	const size = 13.5
	labels := []string{"talks vote 219018", "Émigrés in Kraków", "ceasefire — 1,000th day", "bad \xff byte", "", "WWW"}
	want := make([]float32, len(labels))
	for i, s := range labels {
		var total float32
		for _, r := range s {
			total += fyne.MeasureText(string(r), size, fyne.TextStyle{}).Width
		}
		want[i] = total*1.03 + 1
	}
	w := &runeWidths{}
	w.reset(size, fyne.TextStyle{})
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for r := range 60 {
				i := (g + r) % len(labels)
				if got := w.measure(labels[i]); got != want[i] {
					t.Errorf("measure(%q) = %v, want %v", labels[i], got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkMeasure_Label is the measure of one event label as the index
// takes it, a million times at a million events (ASCII already measured).
func BenchmarkMeasure_Label(b *testing.B) {
	labels := []string{"Ministers meet in Astana to discuss the security pact", "Shares fell 6 percent after the report",
		"The storm struck the coast overnight", "Talks will resume in Geneva next week on the ceasefire"}
	w := widthsAt(12)
	for _, l := range labels {
		w.measure(l)
	}
	b.ReportAllocs()
	var total float32
	for i := 0; b.Loop(); i++ {
		total += w.measure(labels[i&3])
	}
	if total <= 0 {
		b.Fatal("no width measured")
	}
}
