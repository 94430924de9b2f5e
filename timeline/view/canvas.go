package view

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
)

var (
	_ draw.Canvas     = (*fyneCanvas)(nil)
	_ draw.Ellipsizer = (*fyneCanvas)(nil)
)

// pool recycles canvas objects of one kind between frames, so a frame
// allocates nothing once the pools have grown to the scene's size.
type pool[T fyne.CanvasObject] struct {
	items []T
	used  int
	make  func() T
}

func (p *pool[T]) reset() { p.used = 0 }

func (p *pool[T]) next() T {
	if p.used == len(p.items) {
		p.items = append(p.items, p.make())
	}
	o := p.items[p.used]
	p.used++
	return o
}

// fyneCanvas is the screen's draw.Canvas: each call takes a canvas object
// from a pool, sets it up and appends it to objects, in drawing order.
// Fyne draws a stroke inside its shape's bounds, so strokes centred on an
// outline, as draw.Canvas has them, grow the shape by half the stroke.
//
// Colours are boxed into color.Color once and reused, and ellipsized
// labels are cached, so that a steady frame allocates nothing.
type fyneCanvas struct {
	size    fyne.Size
	objects []fyne.CanvasObject

	lines   pool[*canvas.Line]
	rects   pool[*canvas.Rectangle]
	grads   pool[*canvas.LinearGradient]
	circles pool[*canvas.Circle]
	texts   pool[*canvas.Text]

	colors   map[color.NRGBA]color.Color
	lineH    map[draw.TextStyle]float32
	cuts     map[cutKey]string
	lastCuts map[cutKey]string
}

// cutKey is an ellipsized label: its text, width and style.
type cutKey struct {
	s  string
	w  float32
	st draw.TextStyle
}

// init makes the pools and caches.
func (c *fyneCanvas) init() {
	c.lines.make = func() *canvas.Line { return canvas.NewLine(color.Black) }
	c.rects.make = func() *canvas.Rectangle { return canvas.NewRectangle(color.Black) }
	c.grads.make = func() *canvas.LinearGradient { return canvas.NewHorizontalGradient(color.Transparent, color.Black) }
	c.circles.make = func() *canvas.Circle { return canvas.NewCircle(color.Black) }
	c.texts.make = func() *canvas.Text { return canvas.NewText("", color.Black) }
	c.colors = map[color.NRGBA]color.Color{}
	c.lineH = map[draw.TextStyle]float32{}
	c.cuts, c.lastCuts = map[cutKey]string{}, map[cutKey]string{}
}

// reset starts a frame of the given size, recycling every object.
func (c *fyneCanvas) reset(size fyne.Size) {
	c.size = size
	c.objects = c.objects[:0]
	c.lines.reset()
	c.rects.reset()
	c.grads.reset()
	c.circles.reset()
	c.texts.reset()
	// Keep the cuts of this frame and the one before: enough for a
	// steady view, bounded while panning.
	if len(c.cuts) > 0 {
		c.lastCuts, c.cuts = c.cuts, c.lastCuts
		clear(c.cuts)
	}
}

// add appends an object to the frame.
func (c *fyneCanvas) add(o fyne.CanvasObject) { c.objects = append(c.objects, o) }

// boxed returns col as a color.Color, boxing each colour once: storing a
// color.NRGBA in an interface field allocates.
func (c *fyneCanvas) boxed(col color.NRGBA) color.Color {
	if b, ok := c.colors[col]; ok {
		return b
	}
	if len(c.colors) > 4096 {
		clear(c.colors) // a theme gone wild; start over
	}
	b := color.Color(col)
	c.colors[col] = b
	return b
}

// Size implements draw.Canvas.
func (c *fyneCanvas) Size() (w, h float32) { return c.size.Width, c.size.Height }

// FillRect implements draw.Canvas.
func (c *fyneCanvas) FillRect(x, y, w, h, r float32, col color.NRGBA) {
	o := c.rects.next()
	o.FillColor, o.StrokeColor, o.StrokeWidth, o.CornerRadius = c.boxed(col), color.Transparent, 0, r
	c.place(o, x, y, w, h)
}

// StrokeRect implements draw.Canvas.
func (c *fyneCanvas) StrokeRect(x, y, w, h, r, width float32, col color.NRGBA) {
	o := c.rects.next()
	o.FillColor, o.StrokeColor, o.StrokeWidth = color.Transparent, c.boxed(col), width
	hw := width / 2
	o.CornerRadius = 0
	if r > 0 {
		o.CornerRadius = r + hw
	}
	c.place(o, x-hw, y-hw, w+width, h+width)
}

// StrokeLine implements draw.Canvas.
func (c *fyneCanvas) StrokeLine(x0, y0, x1, y1, width float32, col color.NRGBA) {
	l := c.lines.next()
	l.StrokeColor, l.StrokeWidth = c.boxed(col), width
	l.Position1, l.Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x1, y1)
	c.add(l)
}

// FillCircle implements draw.Canvas.
func (c *fyneCanvas) FillCircle(cx, cy, r float32, col color.NRGBA) {
	o := c.circles.next()
	o.FillColor, o.StrokeColor, o.StrokeWidth = c.boxed(col), color.Transparent, 0
	c.place(o, cx-r, cy-r, 2*r, 2*r)
}

// StrokeCircle implements draw.Canvas.
func (c *fyneCanvas) StrokeCircle(cx, cy, r, width float32, col color.NRGBA) {
	o := c.circles.next()
	o.FillColor, o.StrokeColor, o.StrokeWidth = color.Transparent, c.boxed(col), width
	r += width / 2
	c.place(o, cx-r, cy-r, 2*r, 2*r)
}

// FillFade implements draw.Canvas.
func (c *fyneCanvas) FillFade(x, y, w, h float32, from, to color.NRGBA) {
	g := c.grads.next()
	g.StartColor, g.EndColor = c.boxed(from), c.boxed(to)
	c.place(g, x, y, w, h)
}

// Text implements draw.Canvas: the text's line box is centred in the box.
func (c *fyneCanvas) Text(x, y, w, h float32, s string, st draw.TextStyle, col color.NRGBA, a draw.Align) {
	t := c.texts.next()
	t.Text, t.Color, t.TextSize = s, c.boxed(col), st.Size
	t.TextStyle = fyne.TextStyle{Bold: st.Bold, Italic: st.Italic}
	t.Alignment = textAlign(a)
	lh := c.lineHeight(st)
	c.place(t, x, y+(h-lh)/2, w, lh)
}

// textAlign returns Fyne's alignment for a.
func textAlign(a draw.Align) fyne.TextAlign {
	switch a {
	case draw.AlignCenter:
		return fyne.TextAlignCenter
	case draw.AlignRight:
		return fyne.TextAlignTrailing
	}
	return fyne.TextAlignLeading
}

// lineHeight returns the height of a line of text in st, measured once.
func (c *fyneCanvas) lineHeight(st draw.TextStyle) float32 {
	if h, ok := c.lineH[st]; ok {
		return h
	}
	h := fyne.MeasureText("M", st.Size, fyne.TextStyle{Bold: st.Bold, Italic: st.Italic}).Height
	c.lineH[st] = h
	return h
}

// MeasureText implements draw.Canvas with the measure the labels were laid
// out with, in st's weight and slant.
func (c *fyneCanvas) MeasureText(s string, st draw.TextStyle) float32 {
	return widthsOf(st).measure(s)
}

// widthsOf returns the measure of text in st.
func widthsOf(st draw.TextStyle) *runeWidths {
	return widthsIn(st.Size, fyne.TextStyle{Bold: st.Bold, Italic: st.Italic})
}

// Ellipsize implements draw.Ellipsizer, reusing the cuts of the last two
// frames.
func (c *fyneCanvas) Ellipsize(s string, w float32, st draw.TextStyle) string {
	key := cutKey{s, w, st}
	cut, ok := c.cuts[key]
	if !ok {
		if cut, ok = c.lastCuts[key]; !ok {
			cut = timeline.Ellipsize(s, w, widthsOf(st).measure)
		}
		c.cuts[key] = cut
	}
	return cut
}

// place moves and sizes o and appends it to the frame.
func (c *fyneCanvas) place(o fyne.CanvasObject, x, y, w, h float32) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	c.add(o)
}

// withAlpha returns c's premultiplied channels with alpha a: a
// translucent theme colour comes out darker, as the band was designed.
func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}
