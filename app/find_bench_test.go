package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// BenchmarkFind_Keystroke100k types into the search bar over 100,000
// synthetic events: each op is one keystroke, from the field's change to
// the timeline's new frame (search, fading, layout and the test driver's
// redraw). The issue asks for 50 ms at most.
func BenchmarkFind_Keystroke100k(b *testing.B) {
	u := New(test.NewTempApp(b))
	u.Window().Resize(fyne.NewSize(1440, 900))
	u.Window().Show()
	<-u.LoadSynthetic(100_000)
	u.find.open()
	q := "summit talks"
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		u.find.entry.SetText(q[:i%len(q)+1])
	}
}
