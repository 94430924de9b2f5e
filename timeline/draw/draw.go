package draw

import (
	"context"
	"image/color"
	"math"

	"github.com/dateline/dateline/timeline"
)

// Theme maps the Scene's theme colour names ("background", "primary", …)
// to colour values.
type Theme interface {
	Color(name string) color.NRGBA
}

// Ellipsizer is implemented by canvases that cut text to a width
// themselves, such as the screen's, which caches the cuts so that a steady
// frame allocates nothing. Others get timeline.Ellipsize over MeasureText.
type Ellipsizer interface {
	Ellipsize(s string, w float32, st TextStyle) string
}

// checkEvery is how many marks DrawContext draws between looks at its
// context.
const checkEvery = 512

// Stroke widths, in canvas units.
const (
	lineWidth    = 1   // axis, lane separators, ticks
	markerWidth  = 2   // today, highlight
	outlineWidth = 1.5 // selected span or cluster
	ringWidth    = 2   // uncertain or selected dot
)

// Draw draws sc on c with its top left corner at the canvas origin: grid
// and ticks, soft span bars with fading ends, dots for points (hollow when
// uncertain), cluster badges and labels, in th's colours and at the text
// size sc was laid out with. It draws no background.
func Draw(c Canvas, sc *timeline.Scene, th Theme) {
	_ = DrawContext(context.Background(), c, sc, th)
}

// DrawContext is Draw for long drawings, such as a dense export: it stops
// with ctx's error once ctx is done.
func DrawContext(ctx context.Context, c Canvas, sc *timeline.Scene, th Theme) error {
	pal := palette(timeline.Palette())
	drawLanes(c, sc, th)
	drawBreaks(c, sc, th)
	drawTicks(c, sc, th)
	drawHeaders(c, sc, th)
	for _, m := range sc.Markers {
		c.StrokeLine(m.X, m.Y0, m.X, m.Y1, markerWidth, th.Color(m.Color))
	}
	fg := th.Color(timeline.ColorForeground)
	for i := range sc.Spans {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		drawSpan(c, &sc.Spans[i], faded(pal.color(sc.Spans[i].Palette), sc.Spans[i].Dim), fg)
	}
	for i := range sc.Points {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		p := &sc.Points[i]
		drawPoint(c, p, timeline.PaletteShape(p.Palette), faded(pal.color(p.Palette), p.Dim), fg)
	}
	for i := range sc.Clusters {
		drawCluster(c, &sc.Clusters[i], sc.TextSize, th)
	}
	for i := range sc.Labels {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		drawLabel(c, &sc.Labels[i], sc.TextSize, th)
	}
	for i := range sc.Edges {
		drawEdge(c, &sc.Edges[i], sc.TextSize, th)
	}
	return nil
}

// drawBreaks draws each break of compressed time as a soft band over the
// full height with the axis line cut by two slanted strokes, the mark a
// reader knows from charts with a broken axis.
func drawBreaks(c Canvas, sc *timeline.Scene, th Theme) {
	ay := sc.Axis.Y + sc.Axis.H
	h := sc.TextSize / 2
	for i := range sc.Breaks {
		b := &sc.Breaks[i]
		w := b.X1 - b.X0
		c.FillRect(b.X0, b.Y0, w, b.Y1-b.Y0, 0, th.Color(b.Color))
		c.FillRect(b.X0, ay-h, w, 2*h, 0, th.Color(timeline.ColorBackground))
		col := th.Color(b.LineColor)
		for _, x := range [2]float32{b.X0 + w/3, b.X1 - w/3} {
			c.StrokeLine(x-h/2, ay+h, x+h/2, ay-h, lineWidth, col)
		}
	}
}

// drawEdge draws the note of what lies beyond an edge of the view, as an
// outlined box so it reads as something to click.
func drawEdge(c Canvas, e *timeline.Edge, ts float32, th Theme) {
	r := e.H / 4
	c.FillRect(e.X, e.Y, e.W, e.H, r, th.Color(e.Fill))
	strokeInside(c, e.X, e.Y, e.W, e.H, r, th.Color(timeline.ColorSeparator))
	c.Text(e.X, e.Y, e.W, e.H, e.Text, TextStyle{Size: ts}, th.Color(e.TextColor), AlignCenter)
}

// palette holds the item colours, copied once a frame.
type palette [timeline.PaletteSize]color.NRGBA

// color returns the colour of palette index i, as timeline.PaletteColor
// does.
func (p *palette) color(i int) color.NRGBA {
	if i < 0 {
		i = -(i + 1)
	}
	return p[i%len(p)]
}

// drawLanes draws the axis line and each named lane's separator.
func drawLanes(c Canvas, sc *timeline.Scene, th Theme) {
	ay := sc.Axis.Y + sc.Axis.H
	c.StrokeLine(0, ay, sc.Width, ay, lineWidth, th.Color(sc.Axis.Color))
	for _, ln := range sc.Lanes {
		if ln.HeaderH > 0 {
			c.StrokeLine(0, ln.Y, sc.Width, ln.Y, lineWidth, th.Color(ln.Color))
		}
	}
}

// drawHeaders draws each named lane's header over the grid lines, on a
// strip of the background as wide as its text, so that it reads where a
// year line crosses it.
func drawHeaders(c Canvas, sc *timeline.Scene, th Theme) {
	header := TextStyle{Size: sc.TextSize, Bold: true}
	bg := th.Color(timeline.ColorBackground)
	for _, ln := range sc.Lanes {
		if ln.HeaderH <= 0 || ln.Name == "" {
			continue
		}
		name := ln.Name
		w := c.MeasureText(name, header)
		if w > sc.Width-8 {
			name = Ellipsize(c, name, sc.Width-8, header)
			w = c.MeasureText(name, header)
		}
		c.FillRect(0, ln.Y+lineWidth, min(w+8, sc.Width), ln.HeaderH-lineWidth, 0, bg)
		c.Text(4, ln.Y, sc.Width-8, ln.HeaderH, name, header, th.Color(timeline.ColorForeground), AlignLeft)
	}
}

// drawTicks draws the tick lines and their labels, major ones bold.
func drawTicks(c Canvas, sc *timeline.Scene, th Theme) {
	for i := range sc.Ticks {
		tk := &sc.Ticks[i]
		if !tk.NoLine {
			c.StrokeLine(tk.X, tk.Y0, tk.X, tk.Y1, lineWidth, th.Color(tk.LineColor))
		}
		if tk.Label != "" {
			st := TextStyle{Size: sc.TextSize, Bold: tk.Major}
			c.Text(tk.LabelX, tk.LabelY, tk.LabelW, tk.LabelH, tk.Label, st, th.Color(tk.TextColor), AlignLeft)
		}
	}
}

// drawSpan draws a coarse item as a soft bar whose unclipped ends fade, so
// "in September" reads as a month, not a day; the selected one is
// outlined in fg.
func drawSpan(c Canvas, s *timeline.SpanMark, pc, fg color.NRGBA) {
	alpha := uint8(0x70)
	if s.Approx {
		alpha = 0x40
	}
	fill := WithAlpha(pc, uint8(int(alpha)*int(pc.A)/0xff)) // pc's own alpha fades a dimmed bar
	clear := WithAlpha(pc, 0)
	w := s.X1 - s.X0
	fade := min(w/4, 24)
	x0, x1 := s.X0, s.X1
	if !s.ClipStart && fade > 0 {
		c.FillFade(s.X0, s.Y, fade, s.H, clear, fill)
		x0 += fade
	}
	if !s.ClipEnd && fade > 0 {
		x1 -= fade
		c.FillFade(x1, s.Y, fade, s.H, fill, clear)
	}
	c.FillRect(x0, s.Y, max(x1-x0, 1), s.H, 0, fill)
	if s.Selected {
		strokeInside(c, s.X0, s.Y, w, s.H, 0, fg)
	}
}

// strokeInside outlines the box with outlineWidth, the stroke lying
// inside it.
func strokeInside(c Canvas, x, y, w, h, r float32, col color.NRGBA) {
	in := float32(outlineWidth) / 2
	c.StrokeRect(x+in, y+in, max(w-2*in, 0), max(h-2*in, 0), max(r-in, 0), outlineWidth, col)
}

// drawPoint draws a day-or-finer item as a dot (or the square or diamond
// of its palette round), hollow when uncertain, larger and ringed in fg
// when selected. Rings lie inside the dot.
func drawPoint(c Canvas, p *timeline.PointMark, shape timeline.Shape, pc, fg color.NRGBA) {
	r := p.R
	if p.Selected {
		r += 2
	}
	ring := r - ringWidth/2
	Mark(c, shape, p.X, p.Y, r, !p.Approx, pc)
	if p.Selected {
		c.StrokeCircle(p.X, p.Y, ring, ringWidth, fg)
	}
}

// Mark draws a point mark or legend swatch of the given shape centred on
// (cx, cy) with radius r, filled or as an outline that lies inside it.
// Squares and diamonds are a little smaller than r so that every shape
// looks about as heavy as the dot.
func Mark(c Canvas, shape timeline.Shape, cx, cy, r float32, filled bool, col color.NRGBA) {
	in := float32(ringWidth) / 2
	switch shape {
	case timeline.ShapeSquare:
		h := r * 0.89 // the square of the dot's area
		if filled {
			c.FillRect(cx-h, cy-h, 2*h, 2*h, 0, col)
		} else {
			c.StrokeRect(cx-h+in, cy-h+in, 2*(h-in), 2*(h-in), 0, ringWidth, col)
		}
	case timeline.ShapeDiamond:
		d := r * 1.2 // half its diagonal
		if filled {
			// A line as wide as it is long, drawn at 45°, is the diamond.
			c.StrokeLine(cx-d/2, cy-d/2, cx+d/2, cy+d/2, d*math.Sqrt2, col)
			return
		}
		d -= in * math.Sqrt2
		c.StrokeLine(cx, cy-d, cx+d, cy, ringWidth, col)
		c.StrokeLine(cx+d, cy, cx, cy+d, ringWidth, col)
		c.StrokeLine(cx, cy+d, cx-d, cy, ringWidth, col)
		c.StrokeLine(cx-d, cy, cx, cy-d, ringWidth, col)
	default:
		if filled {
			c.FillCircle(cx, cy, r, col)
		} else {
			c.StrokeCircle(cx, cy, r-in, ringWidth, col)
		}
	}
}

// drawCluster draws a "+12" badge, outlined when it hides the selection.
func drawCluster(c Canvas, cl *timeline.Cluster, ts float32, th Theme) {
	c.FillRect(cl.X, cl.Y, cl.W, cl.H, cl.H/2, th.Color(cl.Fill))
	if cl.Selected {
		strokeInside(c, cl.X, cl.Y, cl.W, cl.H, cl.H/2, th.Color(timeline.ColorForeground))
	}
	c.Text(cl.X, cl.Y, cl.W, cl.H, cl.Text, TextStyle{Size: ts, Bold: true}, th.Color(cl.TextColor), AlignCenter)
}

// drawLabel draws an item's text, bold when selected and italic when
// uncertain, cut with an ellipsis when the Scene marks it Clipped.
func drawLabel(c Canvas, l *timeline.Label, ts float32, th Theme) {
	st := TextStyle{Size: ts, Bold: l.Selected, Italic: l.Approx}
	s := l.Text
	if l.Clipped {
		s = Ellipsize(c, s, l.W, st)
	}
	c.Text(l.X, l.Y, l.W, l.H, s, st, th.Color(l.Color), AlignLeft)
}

// Ellipsize cuts s to fit width w in style st as measured by c, ending in
// "…"; canvases that implement Ellipsizer do it themselves.
func Ellipsize(c Canvas, s string, w float32, st TextStyle) string {
	if e, ok := c.(Ellipsizer); ok {
		return e.Ellipsize(s, w, st)
	}
	return timeline.Ellipsize(s, w, func(t string) float32 { return c.MeasureText(t, st) })
}
