package draw

import (
	"image/color"
	"testing"
)

func TestFaded(t *testing.T) {
	c := color.NRGBA{R: 10, G: 20, B: 30, A: 200}
	if got := faded(c, false); got != c {
		t.Errorf("faded(c, false) = %v, want %v", got, c)
	}
	if got := faded(c, true); got.A != 50 || got.R != c.R {
		t.Errorf("faded(c, true) = %v, want alpha 50 (a quarter of 200), same hue", got)
	}
}
