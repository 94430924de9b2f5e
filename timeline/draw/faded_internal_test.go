package draw

import (
	"image/color"
	"testing"

	"github.com/dateline/dateline/timeline"
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

// recordFills is a Canvas that keeps the colours of the rectangles filled.
type recordFills struct {
	Canvas
	fills []color.NRGBA
}

func (r *recordFills) FillRect(x, y, w, h, radius float32, c color.NRGBA) {
	r.fills = append(r.fills, c)
}
func (r *recordFills) FillFade(x, y, w, h float32, from, to color.NRGBA) {}

// TestDrawSpan_Faded checks that a dimmed bar keeps its fading: the bar's
// own alpha is scaled, not replaced.
func TestDrawSpan_Faded(t *testing.T) {
	pc := color.NRGBA{R: 200, A: 0xff}
	span := &timeline.SpanMark{X0: 0, X1: 200, H: 10}
	var bright, dim recordFills
	drawSpan(&bright, span, pc, pc)
	drawSpan(&dim, span, faded(pc, true), pc)
	if len(bright.fills) == 0 || len(dim.fills) == 0 {
		t.Fatal("no bar filled")
	}
	if b, d := bright.fills[0].A, dim.fills[0].A; d >= b || d == 0 {
		t.Errorf("dimmed bar alpha %d, bright %d: want a fainter, still visible bar", d, b)
	}
}
