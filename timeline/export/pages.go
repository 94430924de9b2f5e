package export

import (
	"context"
	"fmt"
	"math"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
)

// A static page cannot be opened like a "+12" badge, so an export shows
// every event: the lanes may take every row their events need
// (timeline.MaxRows), and rows that do not fit the page make a PNG or SVG
// taller, or continue on further PDF pages, each with the time axis at
// its top. Where a label is still cut or left out, the event list
// (list.go) follows. No page draws a cluster badge.

// newCanvas returns the canvas of format f at opt's size.
func newCanvas(f Format, opt Options) (encoder, error) {
	switch f {
	case SVG:
		return NewSVG(opt.Width, opt.Height)
	case PDF:
		p, err := NewPDF(opt.Width, opt.Height, opt.Date)
		if err == nil {
			p.SetTitle(opt.Title)
		}
		return p, err
	}
	return NewPNG(opt.Width, opt.Height, opt.Scale)
}

// sheet is the timeline of one export laid out for its pages.
type sheet struct {
	measure draw.Canvas // measures the list's text
	f       Format
	idx     *timeline.Index
	opt     Options
	scale   timeline.Scale
	l       timeline.Layout
	m       timeline.Metrics
	list    *eventList // nil when no event is hidden
	// listPageH is the height of the list on a page of its own, for
	// PDF; 0 lays the list out as one box below the timeline.
	listPageH float32
}

// newSheet lays the timeline of idx out for a page of format f and opt,
// measuring with fs.
func newSheet(fs draw.Canvas, f Format, idx *timeline.Index, opt Options) (*sheet, error) {
	pg := newPage(fs, opt, 0)
	scale, err := view(idx, opt, pg.inner.w)
	if err != nil {
		return nil, err
	}
	s := &sheet{measure: fs, f: f, idx: idx, opt: opt, scale: scale, l: timeline.Layout{Now: opt.Now, Highlight: opt.Highlight}}
	s.m = timeline.Metrics{Width: pg.inner.w, Height: pg.inner.h, TextSize: opt.TextSize,
		RowHeight: 2 * opt.TextSize, MaxRows: timeline.MaxRows, Paged: true}
	return s, nil
}

// build lays the timeline out scrolled to y; clusters are dropped, as the
// event list stands in for what they hid.
func (s *sheet) build(y float32) *timeline.Scene {
	s.m.ScrollY = y
	sc := s.l.Build(s.idx, s.scale, s.m, -1, s.opt.Lanes)
	if needsList(sc, 0) && s.list == nil {
		s.list = layoutList(s.measure, s.idx, s.m.Width, s.opt.TextSize, s.listPageH)
	}
	sc.Clusters = sc.Clusters[:0]
	return sc
}

// listHeading is the heading over the event list.
const listHeading = "All events"

// tallImage returns the height a PNG or SVG of opt needs so that every
// row of the timeline fits, with the event list below it when a label
// is cut, within the format's largest size.
func tallImage(fs draw.Canvas, f Format, idx *timeline.Index, opt Options) (float32, error) {
	s, err := newSheet(fs, f, idx, opt)
	if err != nil {
		return 0, err
	}
	s.build(0)
	_, content, visible := s.l.Scroll()
	grow := max(0, content-visible)
	s.m.Height += grow
	s.build(0) // at the full height: cut labels are left, clipped rows are not
	h := opt.Height + grow
	if s.list != nil {
		// The list takes the timeline's room to spare first.
		h += max(0, s.listHeight()-max(0, visible-content))
	}
	// Whole pixels, so that a taller image stays as sharp as asked.
	return min(float32(math.Ceil(float64(h))), maxHeight(f, opt)), nil
}

// maxHeight is the tallest image of format f at opt's width and scale.
func maxHeight(f Format, opt Options) float32 {
	if f != PNG {
		return MaxSize
	}
	if opt.Width*opt.Scale > maxShort {
		return maxShort / opt.Scale
	}
	return maxLong / opt.Scale
}

// listHeight is the room the event list takes below the timeline: its
// heading and its lines.
func (s *sheet) listHeight() float32 {
	return 2.5*s.opt.TextSize + s.list.height
}

// drawImage draws the single page of a PNG or SVG on c, which is as tall
// as tallImage said: the timeline with all its rows, then the list.
func drawImage(ctx context.Context, c draw.Canvas, f Format, idx *timeline.Index, opt Options) error {
	s, err := newSheet(c, f, idx, opt)
	if err != nil {
		return err
	}
	s.build(0)
	listH := float32(0)
	if s.list != nil {
		listH = s.listHeight()
	}
	pg := newPage(c, opt, listH)
	s.m.Height = pg.inner.h
	sc := s.build(0)
	return s.drawPage(ctx, c, pg, sc)
}

// drawPage draws the page's bands, the Scene and, when the page has room
// for it, the event list.
func (s *sheet) drawPage(ctx context.Context, c draw.Canvas, pg *page, sc *timeline.Scene) error {
	if !(s.f == PNG && s.opt.Transparent) {
		c.FillRect(0, 0, s.opt.Width, s.opt.Height, 0, s.opt.Theme.Color(timeline.ColorBackground))
	}
	pg.draw(c)
	if sc != nil {
		if err := draw.DrawContext(ctx, offset{c, pg.inner.x, pg.inner.y}, sc, s.opt.Theme); err != nil {
			return err
		}
	}
	if b := pg.list; b.h > 0 && s.list != nil {
		s.drawList(c, b, 0)
	}
	return nil
}

// drawList draws the list's heading and the lines from y from that fit
// box b.
func (s *sheet) drawList(c draw.Canvas, b box, from float32) float32 {
	ts := s.opt.TextSize
	st := draw.TextStyle{Size: 1.15 * ts, Bold: true}
	c.Text(b.x, b.y, b.w, 2*ts, listHeading, st, s.opt.Theme.Color(timeline.ColorForeground), draw.AlignLeft)
	return s.list.draw(c, b.x, b.y+2.5*ts, from, b.h-2.5*ts, s.opt.Theme)
}

// drawPDF draws the timeline on as many pages as its rows need, each with
// the page's bands and the time axis, then the event list, when a label
// was cut, on pages of its own.
func drawPDF(ctx context.Context, c *PDFCanvas, idx *timeline.Index, opt Options) error {
	s, err := newSheet(c, PDF, idx, opt)
	if err != nil {
		return err
	}
	// A page of the list holds the page's bands and the list's heading.
	s.listPageH = newPage(c, s.numbered(1, 2), 0).inner.h - 2.5*opt.TextSize
	// Count the pages first, for the page numbers.
	var tops []float32
	for y, ok := float32(0), true; ok && len(tops) < maxPDFPages; y, ok = s.l.NextPage() {
		tops = append(tops, y)
		s.build(y)
	}
	listPages := 0
	if s.list != nil {
		listPages = s.list.pages
	}
	total := len(tops) + listPages
	for i, y := range tops {
		if i > 0 {
			c.AddPage()
		}
		pg := newPage(c, s.numbered(i+1, total), 0)
		if err := s.drawPage(ctx, c, pg, s.build(y)); err != nil {
			return err
		}
	}
	for i := range listPages {
		c.AddPage()
		pg := newPage(c, s.numbered(len(tops)+i+1, total), 0)
		pg.list, pg.inner = pg.inner, box{}
		pg.draw(c)
		s.drawList(c, pg.list, float32(i)*s.listPageH)
	}
	return nil
}

// maxPDFPages bounds the timeline pages of one PDF (the list may add
// more): 256 rows a lane make this many pages only with many lanes.
const maxPDFPages = 200

// numbered returns the options of page n of total: the subtitle says
// which page it is when there are several.
func (s *sheet) numbered(n, total int) Options {
	opt := s.opt
	if total > 1 {
		note := fmt.Sprintf("page %d of %d", n, total)
		if opt.Subtitle != "" {
			note = opt.Subtitle + " · " + note
		}
		opt.Subtitle = note
	}
	return opt
}
