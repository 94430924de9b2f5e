package export

import (
	"image/color"

	"github.com/dateline/dateline/timeline/draw"
)

// The three file formats implement draw's Canvas.
var (
	_ draw.Canvas = (*PNGCanvas)(nil)
	_ draw.Canvas = (*SVGCanvas)(nil)
	_ draw.Canvas = (*PDFCanvas)(nil)
)

// offset is a Canvas drawing into another one shifted by (dx, dy), so a
// Scene laid out from (0, 0) lands in its place on the page.
type offset struct {
	draw.Canvas
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

func (o offset) Text(x, y, w, h float32, s string, st draw.TextStyle, c color.NRGBA, a draw.Align) {
	o.Canvas.Text(x+o.dx, y+o.dy, w, h, s, st, c, a)
}
