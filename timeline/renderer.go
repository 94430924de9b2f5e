package timeline

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// paletteHues are the hue turns, in degrees, applied to the theme's primary
// colour to tell sources apart; Item.Color indexes them cyclically.
var paletteHues = []float64{0, 150, 35, 270, 90, 200, 320, 60}

// PaletteColor returns the colour of palette index i: the primary colour
// turned round the colour wheel, so sources stay apart while lightness and
// saturation follow the theme.
func PaletteColor(primary color.Color, i int) color.Color {
	if i < 0 {
		i = -i
	}
	return matchLuma(turnHue(primary, paletteHues[i%len(paletteHues)]), primary)
}

// matchLuma darkens c until it is no brighter than ref (with a little
// slack): hue turns of a blue land on yellow and cyan, which are far
// brighter and vanish on a light background.
func matchLuma(c, ref color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	limit := luma(ref) * 1.15
	if l := luma(n); l > limit && l > 0 {
		f := limit / l
		n.R, n.G, n.B = uint8(float64(n.R)*f), uint8(float64(n.G)*f), uint8(float64(n.B)*f)
	}
	return n
}

// luma is the Rec. 709 weighted brightness of c, from 0 to 255.
func luma(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return 0.2126*float64(n.R) + 0.7152*float64(n.G) + 0.0722*float64(n.B)
}

// turnHue rotates c's hue by deg degrees in HSL, keeping alpha.
func turnHue(c color.Color, deg float64) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	if deg == 0 {
		return n
	}
	r, g, b := float64(n.R)/255, float64(n.G)/255, float64(n.B)/255
	hi, lo := math.Max(r, math.Max(g, b)), math.Min(r, math.Min(g, b))
	l := (hi + lo) / 2
	if hi == lo {
		return n // grey has no hue to turn
	}
	d := hi - lo
	sat := d / (1 - math.Abs(2*l-1))
	var h float64
	switch hi {
	case r:
		h = math.Mod((g-b)/d, 6)
	case g:
		h = (b-r)/d + 2
	default:
		h = (r-g)/d + 4
	}
	h = math.Mod(h*60+deg+360, 360)
	cc := (1 - math.Abs(2*l-1)) * sat
	x := cc * (1 - math.Abs(math.Mod(h/60, 2)-1))
	m := l - cc/2
	var rr, gg, bb float64
	switch {
	case h < 60:
		rr, gg = cc, x
	case h < 120:
		rr, gg = x, cc
	case h < 180:
		gg, bb = cc, x
	case h < 240:
		gg, bb = x, cc
	case h < 300:
		rr, bb = x, cc
	default:
		rr, bb = cc, x
	}
	to8 := func(v float64) uint8 { return uint8(math.Round(255 * math.Max(0, math.Min(1, v+m)))) }
	return color.NRGBA{R: to8(rr), G: to8(gg), B: to8(bb), A: n.A}
}

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

// renderer draws a Timeline's Scene with recycled canvas objects: only what
// is visible, in the Scene's drawing order.
type renderer struct {
	t *Timeline

	background *canvas.Rectangle
	focus      *canvas.Rectangle
	lines      pool[*canvas.Line]
	rects      pool[*canvas.Rectangle]
	grads      pool[*canvas.LinearGradient]
	circles    pool[*canvas.Circle]
	texts      pool[*canvas.Text]

	objects []fyne.CanvasObject
	size    float32 // label text size of the frame being drawn
}

func newRenderer(t *Timeline) *renderer {
	r := &renderer{
		t:          t,
		background: canvas.NewRectangle(color.Transparent),
		focus:      canvas.NewRectangle(color.Transparent),
		lines:      pool[*canvas.Line]{make: func() *canvas.Line { return canvas.NewLine(color.Black) }},
		rects:      pool[*canvas.Rectangle]{make: func() *canvas.Rectangle { return canvas.NewRectangle(color.Black) }},
		grads: pool[*canvas.LinearGradient]{make: func() *canvas.LinearGradient {
			return canvas.NewHorizontalGradient(color.Transparent, color.Black)
		}},
		circles: pool[*canvas.Circle]{make: func() *canvas.Circle { return canvas.NewCircle(color.Black) }},
		texts:   pool[*canvas.Text]{make: func() *canvas.Text { return canvas.NewText("", color.Black) }},
	}
	return r
}

func (r *renderer) Destroy() {}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *renderer) MinSize() fyne.Size {
	s := theme.TextSize()
	return fyne.NewSize(20*s, 8*s)
}

// Layout re-fits a fitted view to its new width and redraws.
func (r *renderer) Layout(size fyne.Size) {
	if r.t.fitted {
		r.t.fit()
	}
	r.draw(size)
}

func (r *renderer) Refresh() {
	if r.t.fitted {
		r.t.fit()
	}
	r.draw(r.t.Size())
}

// metrics derives the Scene's pixel sizes from the label text size.
func metrics(size fyne.Size, ts float32) Metrics {
	return Metrics{Width: size.Width, Height: size.Height, TextSize: ts, RowHeight: ts * 2, LaneHeader: ts * 1.5}
}

// draw lays out the scene for size and turns it into canvas objects.
func (r *renderer) draw(size fyne.Size) {
	t := r.t
	if size.Width <= 0 || size.Height <= 0 {
		r.objects = r.objects[:0]
		return
	}
	t.remeasure()
	r.size = t.measuredAt
	t.layout.Now, t.layout.Highlight = t.now(), t.Highlight
	sc := t.layout.Build(t.index, t.scale, metrics(size, r.size), t.selected, t.lanes)
	t.scene = sc

	th := t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	col := func(name string) color.Color { return th.Color(fyne.ThemeColorName(name), v) }

	for _, p := range []interface{ reset() }{&r.lines, &r.rects, &r.grads, &r.circles, &r.texts} {
		p.reset()
	}
	r.objects = r.objects[:0]

	r.background.FillColor = col(ColorBackground)
	r.background.Resize(size)
	r.background.Move(fyne.Position{})
	r.objects = append(r.objects, r.background)

	r.drawLanes(sc, col)
	r.drawTicks(sc, col)
	r.drawMarkers(sc, col)
	r.drawSpans(sc, col)
	r.drawPoints(sc, col)
	r.drawClusters(sc, col)
	r.drawLabels(sc, col)
	r.drawFocus(size, col)
	canvas.Refresh(t)
}

type colorFunc func(name string) color.Color

func (r *renderer) drawLanes(sc *Scene, col colorFunc) {
	line := r.line(0, sc.Axis.Y+sc.Axis.H, sc.Width, sc.Axis.Y+sc.Axis.H, col(sc.Axis.Color), 1)
	r.objects = append(r.objects, line)
	for _, ln := range sc.Lanes {
		if ln.HeaderH <= 0 {
			continue
		}
		r.objects = append(r.objects, r.line(0, ln.Y, sc.Width, ln.Y, col(ln.Color), 1))
		r.objects = append(r.objects, r.text(ln.Name, 4, ln.Y, ln.HeaderH, col(ColorForeground), true))
	}
}

func (r *renderer) drawTicks(sc *Scene, col colorFunc) {
	for i := range sc.Ticks {
		tk := &sc.Ticks[i]
		if !tk.NoLine {
			r.objects = append(r.objects, r.line(tk.X, tk.Y0, tk.X, tk.Y1, col(tk.LineColor), 1))
		}
		if tk.Label != "" {
			r.objects = append(r.objects, r.text(tk.Label, tk.LabelX, tk.LabelY, tk.LabelH, col(tk.TextColor), tk.Major))
		}
	}
}

func (r *renderer) drawMarkers(sc *Scene, col colorFunc) {
	for _, m := range sc.Markers {
		r.objects = append(r.objects, r.line(m.X, m.Y0, m.X, m.Y1, col(m.Color), 2))
	}
}

// drawSpans draws coarse-precision items as a soft bar whose ends fade, so
// "In September" reads as a month, not a day.
func (r *renderer) drawSpans(sc *Scene, col colorFunc) {
	for i := range sc.Spans {
		s := &sc.Spans[i]
		c := PaletteColor(col(ColorPrimary), s.Palette)
		alpha := uint8(0x70)
		if s.Approx {
			alpha = 0x40
		}
		fill := withAlpha(c, alpha)
		w := s.X1 - s.X0
		fade := min(w/4, 24)
		body := r.rects.next()
		body.FillColor, body.StrokeWidth, body.CornerRadius = fill, 0, 0
		x0, x1 := s.X0, s.X1
		if !s.ClipStart {
			x0 += fade
			r.objects = append(r.objects, r.gradient(s.X0, s.Y, fade, s.H, withAlpha(c, 0), fill))
		}
		if !s.ClipEnd {
			x1 -= fade
			r.objects = append(r.objects, r.gradient(x1, s.Y, fade, s.H, fill, withAlpha(c, 0)))
		}
		body.Move(fyne.NewPos(x0, s.Y))
		body.Resize(fyne.NewSize(max(x1-x0, 1), s.H))
		body.Refresh()
		r.objects = append(r.objects, body)
		if s.Selected {
			r.objects = append(r.objects, r.outline(s.X0, s.Y, w, s.H, col(ColorForeground)))
		}
	}
}

// outline draws an unfilled box, marking a selected span's whole extent.
func (r *renderer) outline(x, y, w, h float32, c color.Color) *canvas.Rectangle {
	o := r.rects.next()
	o.FillColor, o.StrokeColor, o.StrokeWidth, o.CornerRadius = color.Transparent, c, 1.5, 0
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	o.Refresh()
	return o
}

// drawPoints draws day-or-finer items as dots; uncertain ones hollow.
func (r *renderer) drawPoints(sc *Scene, col colorFunc) {
	for i := range sc.Points {
		p := &sc.Points[i]
		c := r.circles.next()
		pc := PaletteColor(col(ColorPrimary), p.Palette)
		c.FillColor, c.StrokeColor, c.StrokeWidth = pc, color.Transparent, 0
		if p.Approx {
			c.FillColor, c.StrokeColor, c.StrokeWidth = color.Transparent, pc, 2
		}
		rad := p.R
		if p.Selected {
			c.StrokeColor, c.StrokeWidth = col(ColorForeground), 2
			rad += 2
		}
		c.Move(fyne.NewPos(p.X-rad, p.Y-rad))
		c.Resize(fyne.NewSize(2*rad, 2*rad))
		c.Refresh()
		r.objects = append(r.objects, c)
	}
}

func (r *renderer) drawClusters(sc *Scene, col colorFunc) {
	for i := range sc.Clusters {
		cl := &sc.Clusters[i]
		b := r.rects.next()
		b.FillColor, b.CornerRadius = col(cl.Fill), cl.H/2
		b.StrokeColor, b.StrokeWidth = color.Transparent, 0
		if cl.Selected {
			b.StrokeColor, b.StrokeWidth = col(ColorForeground), 1.5
		}
		b.Move(fyne.NewPos(cl.X, cl.Y))
		b.Resize(fyne.NewSize(cl.W, cl.H))
		b.Refresh()
		r.objects = append(r.objects, b)
		txt := r.text(cl.Text, cl.X, cl.Y, cl.H, col(cl.TextColor), true)
		txt.Alignment = fyne.TextAlignCenter
		txt.Resize(fyne.NewSize(cl.W, cl.H))
		r.objects = append(r.objects, txt)
	}
}

func (r *renderer) drawLabels(sc *Scene, col colorFunc) {
	for i := range sc.Labels {
		l := &sc.Labels[i]
		text := l.Text
		if l.Clipped {
			text = Ellipsize(text, l.W, widthsAt(r.size).measure)
		}
		// The selected label is stressed by weight, not hue: a primary-
		// coloured label would vanish on its own selected span.
		c := col(l.Color)
		switch {
		case l.Selected:
			c = col(ColorForeground)
		case l.Approx:
			c = col(ColorDisabled)
		}
		txt := r.text(text, l.X, l.Y, l.H, c, l.Selected)
		txt.TextStyle.Italic = l.Approx
		r.objects = append(r.objects, txt)
	}
}

// drawFocus outlines the widget while it has keyboard focus.
func (r *renderer) drawFocus(size fyne.Size, col colorFunc) {
	if !r.t.focused {
		return
	}
	r.focus.FillColor = color.Transparent
	r.focus.StrokeColor = col(string(theme.ColorNameFocus))
	r.focus.StrokeWidth = 2
	r.focus.Move(fyne.NewPos(1, 1))
	r.focus.Resize(fyne.NewSize(size.Width-2, size.Height-2))
	r.focus.Refresh()
	r.objects = append(r.objects, r.focus)
}

func (r *renderer) line(x0, y0, x1, y1 float32, c color.Color, width float32) *canvas.Line {
	l := r.lines.next()
	l.StrokeColor, l.StrokeWidth = c, width
	l.Position1, l.Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x1, y1)
	l.Refresh()
	return l
}

func (r *renderer) gradient(x, y, w, h float32, from, to color.Color) *canvas.LinearGradient {
	g := r.grads.next()
	g.StartColor, g.EndColor = from, to
	g.Move(fyne.NewPos(x, y))
	g.Resize(fyne.NewSize(w, h))
	g.Refresh()
	return g
}

// text places a caption-size label in a box of height h at (x, y),
// vertically centred.
func (r *renderer) text(s string, x, y, h float32, c color.Color, bold bool) *canvas.Text {
	t := r.texts.next()
	t.Text, t.Color, t.TextSize = s, c, r.size
	t.TextStyle = fyne.TextStyle{Bold: bold}
	t.Alignment = fyne.TextAlignLeading
	size := t.MinSize()
	t.Move(fyne.NewPos(x, y+(h-size.Height)/2))
	t.Resize(size)
	t.Refresh()
	return t
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}
