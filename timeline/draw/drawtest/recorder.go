package drawtest

import (
	"fmt"
	"image/color"

	"github.com/dateline/dateline/timeline/draw"
)

// Op is one recorded Canvas call.
type Op struct {
	// Kind names the call: "FillRect", "StrokeRect", "StrokeLine",
	// "FillCircle", "StrokeCircle", "FillFade" or "Text".
	Kind string
	// X, Y, W and H are the box (or the line's ends, the circle's centre
	// and radius in X, Y, W).
	X, Y, W, H float32
	// Width is a stroke's width.
	Width float32
	// Text and Style are a Text call's.
	Text  string
	Style draw.TextStyle
	// Color is the colour drawn (the fade's end colour for FillFade).
	Color color.NRGBA
}

// String formats the op compactly for test failures.
func (o Op) String() string {
	if o.Kind == "Text" {
		return fmt.Sprintf("Text %q at %.1f,%.1f %v %v", o.Text, o.X, o.Y, o.Style, o.Color)
	}
	return fmt.Sprintf("%s %.1f,%.1f %.1fx%.1f w%.1f %v", o.Kind, o.X, o.Y, o.W, o.H, o.Width, o.Color)
}

// Recorder is a draw.Canvas that records every call. Text measures as
// Advance units per rune (7 when zero).
type Recorder struct {
	// W and H are the size Size reports.
	W, H float32
	// Advance is the width of one rune of text.
	Advance float32
	// Ops are the calls so far, in order.
	Ops []Op
}

var _ draw.Canvas = (*Recorder)(nil)

func (r *Recorder) add(o Op) { r.Ops = append(r.Ops, o) }

// Size implements draw.Canvas.
func (r *Recorder) Size() (w, h float32) { return r.W, r.H }

// FillRect implements draw.Canvas.
func (r *Recorder) FillRect(x, y, w, h, _ float32, c color.NRGBA) {
	r.add(Op{Kind: "FillRect", X: x, Y: y, W: w, H: h, Color: c})
}

// StrokeRect implements draw.Canvas.
func (r *Recorder) StrokeRect(x, y, w, h, _, width float32, c color.NRGBA) {
	r.add(Op{Kind: "StrokeRect", X: x, Y: y, W: w, H: h, Width: width, Color: c})
}

// StrokeLine implements draw.Canvas; W and H hold the second end.
func (r *Recorder) StrokeLine(x0, y0, x1, y1, width float32, c color.NRGBA) {
	r.add(Op{Kind: "StrokeLine", X: x0, Y: y0, W: x1, H: y1, Width: width, Color: c})
}

// FillCircle implements draw.Canvas; W holds the radius.
func (r *Recorder) FillCircle(cx, cy, rad float32, c color.NRGBA) {
	r.add(Op{Kind: "FillCircle", X: cx, Y: cy, W: rad, Color: c})
}

// StrokeCircle implements draw.Canvas; W holds the radius.
func (r *Recorder) StrokeCircle(cx, cy, rad, width float32, c color.NRGBA) {
	r.add(Op{Kind: "StrokeCircle", X: cx, Y: cy, W: rad, Width: width, Color: c})
}

// FillFade implements draw.Canvas.
func (r *Recorder) FillFade(x, y, w, h float32, _, to color.NRGBA) {
	r.add(Op{Kind: "FillFade", X: x, Y: y, W: w, H: h, Color: to})
}

// Text implements draw.Canvas.
func (r *Recorder) Text(x, y, w, h float32, s string, st draw.TextStyle, c color.NRGBA, _ draw.Align) {
	r.add(Op{Kind: "Text", X: x, Y: y, W: w, H: h, Text: s, Style: st, Color: c})
}

// MeasureText implements draw.Canvas.
func (r *Recorder) MeasureText(s string, _ draw.TextStyle) float32 {
	adv := r.Advance
	if adv == 0 {
		adv = 7
	}
	return adv * float32(len([]rune(s)))
}

// Count returns how many ops of kind were recorded.
func (r *Recorder) Count(kind string) int {
	n := 0
	for _, o := range r.Ops {
		if o.Kind == kind {
			n++
		}
	}
	return n
}
