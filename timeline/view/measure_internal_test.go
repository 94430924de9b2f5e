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
