package export

import (
	"fmt"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
)

// box is a rectangle on the page.
type box struct{ x, y, w, h float32 }

// page is the arrangement of one export page: title band at the top, the
// timeline in the middle, legend and footer at the bottom.
type page struct {
	fs  draw.Canvas // measures text
	opt Options

	pad               float32
	title, subtitle   box
	inner             box // the Scene
	legend            []legendItem
	legendStyle       draw.TextStyle
	footer            box
	footLeft, footRgt string
	footStyle         draw.TextStyle
}

// legendItem is a legend entry placed on the page.
type legendItem struct {
	x, y, h float32
	label   string
	palette int // -1 for the "and n more" note
}

// newPage lays out the page bands for opt.
func newPage(fs draw.Canvas, opt Options) *page {
	ts := opt.TextSize
	p := &page{fs: fs, opt: opt, pad: 2 * ts}
	x, w := p.pad, opt.Width-2*p.pad
	top := p.pad
	if opt.Title != "" {
		h := 2.6 * ts
		p.title = box{x, top, w, h}
		top += h
	}
	if opt.Subtitle != "" {
		h := 1.8 * ts
		p.subtitle = box{x, top, w, h}
		top += h
	}
	if opt.Title != "" || opt.Subtitle != "" {
		top += ts
	}
	bottom := opt.Height - p.pad
	p.footStyle = draw.TextStyle{Size: 0.9 * ts}
	if len(opt.Sources) > 0 || !opt.Date.IsZero() {
		h := 1.6 * ts
		bottom -= h
		p.footer = box{x, bottom, w, h}
		p.footLeft, p.footRgt = p.footerText(w)
	}
	if len(opt.Legend) > 0 {
		p.legendStyle = draw.TextStyle{Size: ts}
		rowH := 1.8 * ts
		rows := p.flowLegend(x, w, rowH)
		bottom -= float32(rows)*rowH + ts/2
		for i := range p.legend {
			p.legend[i].y += bottom + ts/2
		}
	}
	p.inner = box{x, top, w, max(bottom-top-ts/2, 4*ts)}
	return p
}

// maxLegendRows bounds the legend, so many sources do not squeeze the
// timeline away.
const maxLegendRows = 3

// flowLegend places the legend entries in rows across width w, at most
// maxLegendRows, with y relative to the legend's top; it returns the rows
// used.
func (p *page) flowLegend(x0, w, rowH float32) int {
	st := p.legendStyle
	sw := st.Size // swatch and gap
	gap := 1.5 * st.Size
	x, row := x0, 0
	for i, e := range p.opt.Legend {
		label := draw.Ellipsize(p.fs, e.Label, w/2, st)
		ew := sw + p.fs.MeasureText(label, st)
		if x > x0 && x+ew > x0+w {
			row++
			x = x0
		}
		if row == maxLegendRows-1 && i < len(p.opt.Legend)-1 {
			// Keep room on the last row for the note about the rest.
			note := fmt.Sprintf("and %d more", len(p.opt.Legend)-i)
			if x+ew+gap+p.fs.MeasureText(note, st) > x0+w {
				p.legend = append(p.legend, legendItem{x: x, y: float32(row) * rowH, h: rowH, label: note, palette: -1})
				return row + 1
			}
		}
		p.legend = append(p.legend, legendItem{x: x, y: float32(row) * rowH, h: rowH, label: label, palette: e.Palette})
		x += ew + gap
	}
	return row + 1
}

// footerText returns the footer's left part (sources) and right part
// (export date), the sources cut to the room left.
func (p *page) footerText(w float32) (left, right string) {
	if !p.opt.Date.IsZero() {
		right = "Exported " + p.opt.Date.Format("2 January 2006") + " with Dateline"
	}
	if len(p.opt.Sources) > 0 {
		left = "Sources: " + strings.Join(p.opt.Sources, ", ")
		room := w - p.fs.MeasureText(right, p.footStyle) - 2*p.opt.TextSize
		left = draw.Ellipsize(p.fs, left, room, p.footStyle)
	}
	return left, right
}

// draw draws the page's bands; the Scene is drawn separately into inner.
func (p *page) draw(c draw.Canvas) {
	th, ts := p.opt.Theme, p.opt.TextSize
	fg := th.Color(timeline.ColorForeground)
	muted := th.Color(timeline.ColorDisabled)
	if p.opt.Title != "" {
		st := draw.TextStyle{Size: 1.8 * ts, Bold: true}
		b := p.title
		c.Text(b.x, b.y, b.w, b.h, draw.Ellipsize(p.fs, p.opt.Title, b.w, st), st, fg, draw.AlignLeft)
	}
	if p.opt.Subtitle != "" {
		st := draw.TextStyle{Size: 1.15 * ts}
		b := p.subtitle
		c.Text(b.x, b.y, b.w, b.h, draw.Ellipsize(p.fs, p.opt.Subtitle, b.w, st), st, muted, draw.AlignLeft)
	}
	for _, e := range p.legend {
		st := p.legendStyle
		tx := e.x
		if e.palette >= 0 {
			c.FillCircle(e.x+st.Size*0.35, e.y+e.h/2, st.Size*0.35, th.Palette(e.palette))
			tx += st.Size
		}
		c.Text(tx, e.y, p.fs.MeasureText(e.label, st), e.h, e.label, st, fg, draw.AlignLeft)
	}
	if b := p.footer; b.h > 0 {
		c.StrokeLine(b.x, b.y, b.x+b.w, b.y, 1, th.Color(timeline.ColorSeparator))
		c.Text(b.x, b.y, b.w, b.h, p.footLeft, p.footStyle, muted, draw.AlignLeft)
		c.Text(b.x, b.y, b.w, b.h, p.footRgt, p.footStyle, muted, draw.AlignRight)
	}
}
