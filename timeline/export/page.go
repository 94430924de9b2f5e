package export

import (
	"strconv"
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
	list              box // the event list, when the page has one
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

// newPage lays out the page bands for opt, with listH of the height kept
// for the event list below the timeline (0 for none).
func newPage(fs draw.Canvas, opt Options, listH float32) *page {
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
	if listH > 0 {
		bottom -= listH
		p.list = box{x, bottom, w, listH}
	}
	p.inner = box{x, top, w, max(bottom-top-ts/2, 4*ts)}
	return p
}

// maxLegendRows bounds the legend, so many sources do not squeeze the
// timeline away; the legend takes at most legendShare of the page height
// too, for short pages.
const (
	maxLegendRows = 3
	legendShare   = 0.25
)

// flowLegend places the legend entries in rows across width w, at most
// maxLegendRows (fewer on a short page), with y relative to the legend's
// top; it returns the rows used. Entries that do not fit fold into a
// closing note, "and 9,990 more sources". It measures only the entries it
// places, so ten thousand sources cost no more than thirty.
func (p *page) flowLegend(x0, w, rowH float32) int {
	st := p.legendStyle
	sw := st.Size // swatch and gap
	gap := 1.5 * st.Size
	rows := max(1, min(maxLegendRows, int(p.opt.Height*legendShare/rowH)))
	x, row := x0, 0
	legend := p.opt.Legend
	for i, e := range legend {
		label := draw.Ellipsize(p.fs, e.Label, w/2, st)
		ew := sw + p.fs.MeasureText(label, st)
		if x > x0 && x+ew > x0+w {
			row++
			x = x0
		}
		if row == rows {
			p.foldLegend(x0, w, gap, rowH, len(legend)-i)
			return rows
		}
		p.legend = append(p.legend, legendItem{x: x, y: float32(row) * rowH, h: rowH, label: label, palette: e.Palette})
		x += ew + gap
	}
	return row + 1
}

// foldLegend ends the full legend with the note for the left entries:
// the last row gives up entries from its end until the note fits after
// them.
func (p *page) foldLegend(x0, w, gap, rowH float32, left int) {
	st := p.legendStyle
	last := p.legend[len(p.legend)-1].y
	for {
		note := moreNote(left, "source")
		x := x0
		if n := len(p.legend); n > 0 && p.legend[n-1].y == last {
			e := p.legend[n-1]
			x = e.x + st.Size + p.fs.MeasureText(e.label, st) + gap
			if x+p.fs.MeasureText(note, st) > x0+w {
				p.legend = p.legend[:n-1]
				left++
				continue
			}
		}
		p.legend = append(p.legend, legendItem{x: x, y: last, h: rowH, label: note, palette: -1})
		return
	}
}

// moreNote is the note that stands for n left-out things of a kind:
// "and 1 more source", "and 9,990 more sources".
func moreNote(n int, kind string) string {
	if n != 1 {
		kind += "s"
	}
	return "and " + thousands(n) + " more " + kind
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// footerText returns the footer's left part (sources) and right part
// (export date), the sources that do not fit the room left folded into
// "and n more sources".
func (p *page) footerText(w float32) (left, right string) {
	if !p.opt.Date.IsZero() {
		right = "Exported " + p.opt.Date.Format("2 January 2006") + " with Dateline"
	}
	if len(p.opt.Sources) > 0 {
		room := w - p.fs.MeasureText(right, p.footStyle) - 2*p.opt.TextSize
		left = p.foldSources(room)
	}
	return left, right
}

// foldSources lists as many sources as fit in room after "Sources: ",
// with a note for the rest; it measures piece by piece, so a long list
// costs what is shown.
func (p *page) foldSources(room float32) string {
	st := p.footStyle
	measure := func(s string) float32 { return p.fs.MeasureText(s, st) }
	srcs := p.opt.Sources
	var b strings.Builder
	b.WriteString("Sources: ")
	used := measure(b.String())
	for i, s := range srcs {
		piece := s
		if i > 0 {
			piece = ", " + s
		}
		pw := measure(piece)
		rest := ""
		if i < len(srcs)-1 {
			rest = " " + moreNote(len(srcs)-i-1, "source")
		}
		if used+pw+measure(rest) > room && i > 0 {
			b.WriteString(" " + moreNote(len(srcs)-i, "source"))
			return draw.Ellipsize(p.fs, b.String(), room, st)
		}
		b.WriteString(piece)
		used += pw
	}
	return draw.Ellipsize(p.fs, b.String(), room, st)
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
			draw.Mark(c, timeline.PaletteShape(e.palette), e.x+st.Size*0.35, e.y+e.h/2, st.Size*0.35, true, th.Palette(e.palette))
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
