package view

import (
	"math"
	"testing"
)

// TestWheelFactor checks one wheel notch zooms by wheelZoom on every
// platform (Fyne reports a notch as 10 on macOS and 25 elsewhere) and that
// an accelerated spin is bounded.
func TestWheelFactor(t *testing.T) {
	for _, goos := range []string{"linux", "windows", "darwin"} {
		notch := notchFor(goos)
		saved := wheelNotch
		wheelNotch = notch
		if f := wheelFactor(float32(notch)); math.Abs(f-wheelZoom) > 1e-9 {
			t.Errorf("%s: one notch zooms by %v, want %v", goos, f, wheelZoom)
		}
		if f := wheelFactor(float32(-notch)); math.Abs(f-1/wheelZoom) > 1e-9 {
			t.Errorf("%s: one notch back zooms by %v", goos, f)
		}
		if f := wheelFactor(float32(notch * 125)); math.Abs(f-math.Pow(wheelZoom, maxNotches)) > 1e-9 {
			t.Errorf("%s: an accelerated spin zooms by %v", goos, f)
		}
		wheelNotch = saved
	}
}
