package draw

import "image/color"

// Align is the horizontal alignment of text in its box.
type Align int

// Alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// TextStyle says how a piece of text is set.
type TextStyle struct {
	// Size is the font size in canvas units (pixels, or points in a PDF).
	Size         float32
	Bold, Italic bool
}

// Canvas is the small drawing interface every backend implements.
// Coordinates are in canvas units (pixels on screen and in PNG and SVG,
// points in PDF) with the origin at the top left and y growing downwards,
// as in a Scene. Colours are non-premultiplied; their alpha blends over
// what is below. Strokes are centred on the outline they follow.
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

// TextX returns the left edge of text of width tw aligned by a in the box
// from x to x+w; backends that place text by its left edge use it.
func TextX(x, w, tw float32, a Align) float32 {
	switch a {
	case AlignCenter:
		return x + (w-tw)/2
	case AlignRight:
		return x + w - tw
	}
	return x
}

// WithAlpha returns c with alpha a.
func WithAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}
