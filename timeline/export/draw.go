package export

import (
	"context"

	"github.com/dateline/dateline/timeline"
)

// checkEvery is how many marks Draw draws between looks at its context.
const checkEvery = 512

// Draw draws a Scene on c with its top left corner at the canvas origin, in
// the look of the on-screen renderer: grid and ticks, soft span bars with
// fading ends, dots for points (hollow when uncertain), cluster badges and
// labels. It uses opt's Theme and TextSize, the size the Scene's labels
// were measured at, and draws no background.
func Draw(c Canvas, sc *timeline.Scene, opt Options) {
	_ = drawScene(context.Background(), c, sc, opt.withDefaults(Options{}))
}

// drawScene is Draw with cancellation: it stops with ctx's error.
func drawScene(ctx context.Context, c Canvas, sc *timeline.Scene, opt Options) error {
	th := opt.Theme
	ts := opt.TextSize
	col := th.Color
	text := func(s string, x, y, w, h float32, st TextStyle, name string, a Align) {
		c.Text(x, y, w, h, s, st, col(name), a)
	}

	// Lanes and the axis line.
	ay := sc.Axis.Y + sc.Axis.H
	c.StrokeLine(0, ay, sc.Width, ay, 1, col(sc.Axis.Color))
	for _, ln := range sc.Lanes {
		if ln.HeaderH <= 0 {
			continue
		}
		c.StrokeLine(0, ln.Y, sc.Width, ln.Y, 1, col(ln.Color))
		text(ln.Name, 4, ln.Y, sc.Width-8, ln.HeaderH, TextStyle{Size: ts, Bold: true}, timeline.ColorForeground, AlignLeft)
	}

	for i := range sc.Ticks {
		tk := &sc.Ticks[i]
		if !tk.NoLine {
			c.StrokeLine(tk.X, tk.Y0, tk.X, tk.Y1, 1, col(tk.LineColor))
		}
		if tk.Label != "" {
			text(tk.Label, tk.LabelX, tk.LabelY, tk.LabelW, tk.LabelH, TextStyle{Size: ts, Bold: tk.Major}, tk.TextColor, AlignLeft)
		}
	}

	for _, m := range sc.Markers {
		c.StrokeLine(m.X, m.Y0, m.X, m.Y1, 2, col(m.Color))
	}

	for i := range sc.Spans {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		drawSpan(c, &sc.Spans[i], th)
	}

	for i := range sc.Points {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		p := &sc.Points[i]
		pc := th.Palette(p.Palette)
		r := p.R
		if p.Selected {
			r += 2
		}
		if p.Approx {
			// The stroke lies inside the dot's outline, as Fyne draws it.
			c.StrokeCircle(p.X, p.Y, r-1, 2, pc)
		} else {
			c.FillCircle(p.X, p.Y, r, pc)
		}
		if p.Selected {
			c.StrokeCircle(p.X, p.Y, r-1, 2, col(timeline.ColorForeground))
		}
	}

	for i := range sc.Clusters {
		cl := &sc.Clusters[i]
		c.FillRect(cl.X, cl.Y, cl.W, cl.H, cl.H/2, col(cl.Fill))
		if cl.Selected {
			c.StrokeRect(cl.X, cl.Y, cl.W, cl.H, cl.H/2, 1.5, col(timeline.ColorForeground))
		}
		text(cl.Text, cl.X, cl.Y, cl.W, cl.H, TextStyle{Size: ts, Bold: true}, cl.TextColor, AlignCenter)
	}

	for i := range sc.Labels {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		l := &sc.Labels[i]
		st := TextStyle{Size: ts, Bold: l.Selected, Italic: l.Approx}
		s := l.Text
		if l.Clipped {
			s = ellipsize(c, s, l.W, st)
		}
		name := l.Color
		if l.Approx {
			name = timeline.ColorDisabled
		}
		text(s, l.X, l.Y, l.W, l.H, st, name, AlignLeft)
	}
	return nil
}

// drawSpan draws a coarse item as a soft bar whose unclipped ends fade, so
// "in September" reads as a month, not a day.
func drawSpan(c Canvas, s *timeline.SpanMark, th Theme) {
	pc := th.Palette(s.Palette)
	alpha := uint8(0x70)
	if s.Approx {
		alpha = 0x40
	}
	fill := withAlpha(pc, alpha)
	clear := withAlpha(pc, 0)
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
		c.StrokeRect(s.X0, s.Y, w, s.H, 0, 1.5, th.Color(timeline.ColorForeground))
	}
}

// measurer measures text; Canvas and fontSet are measurers.
type measurer interface {
	MeasureText(s string, st TextStyle) float32
}

// ellipsize cuts s to fit width w in style st, ending in "…".
func ellipsize(c measurer, s string, w float32, st TextStyle) string {
	return timeline.Ellipsize(s, w, func(t string) float32 { return c.MeasureText(t, st) })
}
