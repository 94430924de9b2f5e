package timeline_test

import (
	"image/color"
	"testing"

	"github.com/dateline/dateline/timeline"
)

// TestPaletteColor checks that the source colours differ from each other
// and none is much brighter than the theme's primary colour, so every one
// reads on a light background.
func TestPaletteColor(t *testing.T) {
	primary := color.NRGBA{R: 41, G: 111, B: 246, A: 255} // Fyne's default blue
	luma := func(c color.Color) float64 {
		n := color.NRGBAModel.Convert(c).(color.NRGBA)
		return 0.2126*float64(n.R) + 0.7152*float64(n.G) + 0.0722*float64(n.B)
	}
	seen := map[color.NRGBA]bool{}
	for i := 0; i < 8; i++ {
		c := color.NRGBAModel.Convert(timeline.PaletteColor(primary, i)).(color.NRGBA)
		if seen[c] {
			t.Errorf("palette colour %d repeats %v", i, c)
		}
		seen[c] = true
		if l := luma(c); l > luma(primary)*1.16 {
			t.Errorf("palette colour %d %v is too bright (luma %.0f, primary %.0f)", i, c, l, luma(primary))
		}
	}
}
