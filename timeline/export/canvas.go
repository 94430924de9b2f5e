package export

import "image/color"

// Align is the horizontal alignment of text in its box.
type Align int

// Alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// Canvas is the small drawing interface every export format implements.
// Coordinates are in canvas units (pixels for PNG and SVG, points for PDF)
// with the origin at the top left and y growing downwards, as in a Scene.
// Colours are non-premultiplied; their alpha blends over what is below.
type Canvas interface {
	// Size returns the width and height of the canvas.
	Size() (w, h float32)
	// FillRect fills the rectangle at (x, y) of size w × h, with corners
	// rounded to radius r (0 for square corners).
	FillRect(x, y, w, h, r float32, c color.NRGBA)
	// StrokeRect outlines the rectangle at (x, y) of size w × h with a line
	// of the given width centred on its edge, corners rounded to radius r.
	StrokeRect(x, y, w, h, r, width float32, c color.NRGBA)
	// StrokeLine draws a straight line of the given width with butt ends.
	StrokeLine(x0, y0, x1, y1, width float32, c color.NRGBA)
	// FillCircle fills the disc of radius r centred on (cx, cy).
	FillCircle(cx, cy, r float32, c color.NRGBA)
	// StrokeCircle outlines the circle of radius r centred on (cx, cy)
	// with a line of the given width centred on it.
	StrokeCircle(cx, cy, r, width float32, c color.NRGBA)
	// FillFade fills the rectangle at (x, y) of size w × h with a
	// horizontal linear gradient from `from` at its left edge to `to` at
	// its right edge. Backends without gradients may approximate it with
	// strips.
	FillFade(x, y, w, h float32, from, to color.NRGBA)
	// Text draws s in one line inside the box at (x, y) of size w × h:
	// vertically centred and aligned horizontally by a. The box does not
	// clip: callers cut text to fit with MeasureText.
	Text(x, y, w, h float32, s string, st TextStyle, c color.NRGBA, a Align)
	// MeasureText returns the width of s set in st.
	MeasureText(s string, st TextStyle) float32
}

// textX returns the left edge of text of width tw aligned by a in the box
// from x to x+w.
func textX(x, w, tw float32, a Align) float32 {
	switch a {
	case AlignCenter:
		return x + (w-tw)/2
	case AlignRight:
		return x + w - tw
	}
	return x
}

// offset is a Canvas drawing into another one shifted by (dx, dy), so a
// Scene laid out from (0, 0) lands in its place on the page.
type offset struct {
	Canvas
	dx, dy float32
}

func (o offset) FillRect(x, y, w, h, r float32, c color.NRGBA) {
	o.Canvas.FillRect(x+o.dx, y+o.dy, w, h, r, c)
}

func (o offset) StrokeRect(x, y, w, h, r, width float32, c color.NRGBA) {
	o.Canvas.StrokeRect(x+o.dx, y+o.dy, w, h, r, width, c)
}

func (o offset) StrokeLine(x0, y0, x1, y1, width float32, c color.NRGBA) {
	o.Canvas.StrokeLine(x0+o.dx, y0+o.dy, x1+o.dx, y1+o.dy, width, c)
}

func (o offset) FillCircle(cx, cy, r float32, c color.NRGBA) {
	o.Canvas.FillCircle(cx+o.dx, cy+o.dy, r, c)
}

func (o offset) StrokeCircle(cx, cy, r, width float32, c color.NRGBA) {
	o.Canvas.StrokeCircle(cx+o.dx, cy+o.dy, r, width, c)
}

func (o offset) FillFade(x, y, w, h float32, from, to color.NRGBA) {
	o.Canvas.FillFade(x+o.dx, y+o.dy, w, h, from, to)
}

func (o offset) Text(x, y, w, h float32, s string, st TextStyle, c color.NRGBA, a Align) {
	o.Canvas.Text(x+o.dx, y+o.dy, w, h, s, st, c, a)
}

// withAlpha returns c with alpha a.
func withAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}
