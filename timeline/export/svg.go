package export

import (
	"bufio"
	"bytes"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"

	"github.com/dateline/dateline/timeline/draw"
)

// SVGCanvas is the SVG Canvas. It writes SVG 1.1: real rectangles, lines, circles, linear
// gradients for the fades and <text> elements, in the Scene's own pixel
// coordinates (y down), so browsers and Inkscape open it as editable
// shapes and text. Text names Liberation Sans first and then fonts with
// the same metrics, so it keeps its measured widths without embedding.
type SVGCanvas struct {
	fs   *fontSet
	w, h float32
	body bytes.Buffer
	defs bytes.Buffer
	num  []byte // scratch for numbers
	// grads names the gradients defined so far, by their colour pair.
	grads map[[2]color.NRGBA]int
}

// NewSVG returns an empty SVG canvas of w × h pixels.
func NewSVG(w, h float32) (*SVGCanvas, error) {
	if !(w > 0 && h > 0) {
		return nil, fmt.Errorf("export: svg canvas %g × %g: want a positive size", w, h)
	}
	fs, err := newFontSet()
	if err != nil {
		return nil, err
	}
	c := &SVGCanvas{fs: fs, w: w, h: h, grads: map[[2]color.NRGBA]int{}}
	c.body.Grow(1 << 16)
	return c, nil
}

// Size returns the canvas size in pixels.
func (c *SVGCanvas) Size() (w, h float32) { return c.w, c.h }

// MeasureText returns the width of s set in st.
func (c *SVGCanvas) MeasureText(s string, st draw.TextStyle) float32 { return c.fs.MeasureText(s, st) }

// f writes a number with at most two decimals.
func (c *SVGCanvas) f(v float32) {
	r := math.Round(float64(v)*100) / 100
	if r == 0 {
		r = 0 // no "-0"
	}
	c.num = strconv.AppendFloat(c.num[:0], r, 'f', -1, 64)
	c.body.Write(c.num)
}

// attr writes ` name="v"`.
func (c *SVGCanvas) attr(name string, v float32) {
	c.body.WriteByte(' ')
	c.body.WriteString(name)
	c.body.WriteString(`="`)
	c.f(v)
	c.body.WriteByte('"')
}

// paint writes a fill or stroke colour with its opacity, as SVG 1.1
// attributes (no rgba(), which older tools reject).
func (c *SVGCanvas) paint(kind string, col color.NRGBA) {
	fmt.Fprintf(&c.body, ` %s="#%02x%02x%02x"`, kind, col.R, col.G, col.B)
	if col.A != 0xff {
		c.body.WriteString(" " + kind + "-opacity")
		c.body.WriteString(`="`)
		c.num = strconv.AppendFloat(c.num[:0], math.Round(float64(col.A)/255*1000)/1000, 'f', -1, 64)
		c.body.Write(c.num)
		c.body.WriteByte('"')
	}
}

// rect opens a <rect> element with its geometry.
func (c *SVGCanvas) rect(x, y, w, h, r float32) {
	c.body.WriteString("<rect")
	c.attr("x", x)
	c.attr("y", y)
	c.attr("width", w)
	c.attr("height", h)
	if r > 0 {
		c.attr("rx", min(r, w/2, h/2))
	}
}

// FillRect implements Canvas.
func (c *SVGCanvas) FillRect(x, y, w, h, r float32, col color.NRGBA) {
	c.rect(x, y, w, h, r)
	c.paint("fill", col)
	c.body.WriteString("/>\n")
}

// StrokeRect implements Canvas.
func (c *SVGCanvas) StrokeRect(x, y, w, h, r, width float32, col color.NRGBA) {
	c.rect(x, y, w, h, r)
	c.stroke(col, width)
}

// stroke closes an element with an unfilled stroke.
func (c *SVGCanvas) stroke(col color.NRGBA, width float32) {
	c.body.WriteString(` fill="none"`)
	c.paint("stroke", col)
	c.attr("stroke-width", width)
	c.body.WriteString("/>\n")
}

// StrokeLine implements Canvas.
func (c *SVGCanvas) StrokeLine(x0, y0, x1, y1, width float32, col color.NRGBA) {
	c.body.WriteString("<line")
	c.attr("x1", x0)
	c.attr("y1", y0)
	c.attr("x2", x1)
	c.attr("y2", y1)
	c.paint("stroke", col)
	c.attr("stroke-width", width)
	c.body.WriteString("/>\n")
}

// FillCircle implements Canvas.
func (c *SVGCanvas) FillCircle(cx, cy, r float32, col color.NRGBA) {
	c.body.WriteString("<circle")
	c.attr("cx", cx)
	c.attr("cy", cy)
	c.attr("r", r)
	c.paint("fill", col)
	c.body.WriteString("/>\n")
}

// StrokeCircle implements Canvas.
func (c *SVGCanvas) StrokeCircle(cx, cy, r, width float32, col color.NRGBA) {
	c.body.WriteString("<circle")
	c.attr("cx", cx)
	c.attr("cy", cy)
	c.attr("r", r)
	c.stroke(col, width)
}

// FillFade fills with a left-to-right linear gradient in the shape's own
// bounding box; one definition serves every fade of the same colours.
func (c *SVGCanvas) FillFade(x, y, w, h float32, from, to color.NRGBA) {
	key := [2]color.NRGBA{from, to}
	id, ok := c.grads[key]
	if !ok {
		id = len(c.grads)
		c.grads[key] = id
		stop := func(off string, col color.NRGBA) {
			fmt.Fprintf(&c.defs, `<stop offset="%s" stop-color="#%02x%02x%02x" stop-opacity="%s"/>`,
				off, col.R, col.G, col.B, strconv.FormatFloat(math.Round(float64(col.A)/255*1000)/1000, 'f', -1, 64))
		}
		fmt.Fprintf(&c.defs, `<linearGradient id="fade%d" x1="0" y1="0" x2="1" y2="0">`, id)
		stop("0", from)
		stop("1", to)
		c.defs.WriteString("</linearGradient>\n")
	}
	c.rect(x, y, w, h, 0)
	fmt.Fprintf(&c.body, ` fill="url(#fade%d)"/>`+"\n", id)
}

// Text implements Canvas.
func (c *SVGCanvas) Text(x, y, w, h float32, s string, st draw.TextStyle, col color.NRGBA, a draw.Align) {
	if s == "" {
		return
	}
	tw := c.fs.MeasureText(s, st)
	c.body.WriteString("<text")
	c.attr("x", draw.TextX(x, w, tw, a))
	c.attr("y", c.fs.Baseline(y, h, st))
	c.attr("font-size", st.Size)
	// Viewers that honour textLength (browsers, Inkscape) keep the
	// measured width even when they fall back to another font.
	c.attr("textLength", tw)
	c.body.WriteString(` lengthAdjust="spacingAndGlyphs"`)
	if st.Bold {
		c.body.WriteString(` font-weight="bold"`)
	}
	if st.Italic {
		c.body.WriteString(` font-style="italic"`)
	}
	c.paint("fill", col)
	c.body.WriteByte('>')
	escapeXML(&c.body, s)
	c.body.WriteString("</text>\n")
}

// escapeXML writes s with the XML special characters escaped and the
// characters XML 1.0 forbids dropped.
func escapeXML(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r < 0x20 && r != '\t', r == 0xFFFE, r == 0xFFFF:
			// not allowed in XML 1.0
		default:
			b.WriteRune(r)
		}
	}
}

// Encode writes the document: header, gradient definitions, shapes.
func (c *SVGCanvas) Encode(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	num := func(v float32) string { return strconv.FormatFloat(math.Round(float64(v)*100)/100, 'f', -1, 64) }
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%s" height="%s" viewBox="0 0 %s %s">
`, num(c.w), num(c.h), num(c.w), num(c.h))
	if c.defs.Len() > 0 {
		bw.WriteString("<defs>\n")
		bw.Write(c.defs.Bytes())
		bw.WriteString("</defs>\n")
	}
	fmt.Fprintf(bw, "<g font-family=\"%s\">\n", fontFamily)
	bw.Write(c.body.Bytes())
	bw.WriteString("</g>\n</svg>\n")
	return bw.Flush()
}
