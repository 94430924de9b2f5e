package export

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/dateline/dateline/timeline/draw"
)

// PDFCanvas is the PDF Canvas: it draws a one-page vector PDF with go-pdf/fpdf, in points. The
// fonts it uses are embedded as subsets, so text is real, selectable text
// in Liberation Sans on any viewer. PDF linear gradients carry no alpha,
// so fades are drawn as a few strips of falling opacity.
type PDFCanvas struct {
	fs   *fontSet
	pdf  *fpdf.Fpdf
	w, h float32

	added [4]bool // faces embedded so far
	font  draw.TextStyle
	alpha float64
}

// pdfFamily is the family name the export fonts are registered under.
const pdfFamily = "LiberationSans"

// fadeStrips is the most strips a PDF fade is drawn with; a strip is
// about a point and a half wide, too narrow to show as banding.
const fadeStrips = 16

// NewPDF returns a one-page PDF canvas of w × h points (see Page.Size),
// dated created (the Unix epoch when zero, so output is reproducible).
func NewPDF(w, h float32, created time.Time) (*PDFCanvas, error) {
	if !(w > 0 && h > 0) {
		return nil, fmt.Errorf("export: pdf canvas %g × %g: want a positive size", w, h)
	}
	fs, err := newFontSet()
	if err != nil {
		return nil, err
	}
	date := created
	p := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P", UnitStr: "pt",
		Size: fpdf.SizeType{Wd: float64(w), Ht: float64(h)},
	})
	p.SetMargins(0, 0, 0)
	p.SetAutoPageBreak(false, 0)
	p.SetCompression(true)
	p.SetCreator("Dateline", true)
	if date.IsZero() {
		date = time.Unix(0, 0).UTC()
	}
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	p.AddPage()
	return &PDFCanvas{fs: fs, pdf: p, w: w, h: h, alpha: 1}, nil
}

// SetTitle sets the document title viewers show in their title bar.
func (c *PDFCanvas) SetTitle(title string) { c.pdf.SetTitle(title, true) }

// Size returns the page size in points.
func (c *PDFCanvas) Size() (w, h float32) { return c.w, c.h }

// MeasureText returns the width of s set in st, in points.
func (c *PDFCanvas) MeasureText(s string, st draw.TextStyle) float32 { return c.fs.MeasureText(s, st) }

// Encode writes the PDF document.
func (c *PDFCanvas) Encode(w io.Writer) error {
	if err := c.pdf.Error(); err != nil {
		return err
	}
	return c.pdf.Output(w)
}

// setAlpha sets the opacity of what is drawn next, only when it changes.
func (c *PDFCanvas) setAlpha(a uint8) {
	v := math.Round(float64(a)/255*100) / 100
	if v != c.alpha {
		c.alpha = v
		c.pdf.SetAlpha(v, "Normal")
	}
}

func (c *PDFCanvas) fill(col color.NRGBA) {
	c.pdf.SetFillColor(int(col.R), int(col.G), int(col.B))
	c.setAlpha(col.A)
}

func (c *PDFCanvas) stroke(col color.NRGBA, width float32) {
	c.pdf.SetDrawColor(int(col.R), int(col.G), int(col.B))
	c.pdf.SetLineWidth(float64(width))
	c.setAlpha(col.A)
}

// FillRect implements Canvas.
func (c *PDFCanvas) FillRect(x, y, w, h, r float32, col color.NRGBA) {
	if col.A == 0 || w <= 0 || h <= 0 {
		return
	}
	c.fill(col)
	if r > 0 {
		c.pdf.RoundedRect(float64(x), float64(y), float64(w), float64(h), float64(min(r, w/2, h/2)), "1234", "F")
		return
	}
	c.pdf.Rect(float64(x), float64(y), float64(w), float64(h), "F")
}

// StrokeRect implements Canvas.
func (c *PDFCanvas) StrokeRect(x, y, w, h, r, width float32, col color.NRGBA) {
	if col.A == 0 {
		return
	}
	c.stroke(col, width)
	if r > 0 {
		c.pdf.RoundedRect(float64(x), float64(y), float64(w), float64(h), float64(min(r, w/2, h/2)), "1234", "D")
		return
	}
	c.pdf.Rect(float64(x), float64(y), float64(w), float64(h), "D")
}

// StrokeLine implements Canvas.
func (c *PDFCanvas) StrokeLine(x0, y0, x1, y1, width float32, col color.NRGBA) {
	if col.A == 0 {
		return
	}
	c.stroke(col, width)
	c.pdf.Line(float64(x0), float64(y0), float64(x1), float64(y1))
}

// FillCircle implements Canvas.
func (c *PDFCanvas) FillCircle(cx, cy, r float32, col color.NRGBA) {
	if col.A == 0 {
		return
	}
	c.fill(col)
	c.pdf.Circle(float64(cx), float64(cy), float64(r), "F")
}

// StrokeCircle implements Canvas.
func (c *PDFCanvas) StrokeCircle(cx, cy, r, width float32, col color.NRGBA) {
	if col.A == 0 {
		return
	}
	c.stroke(col, width)
	c.pdf.Circle(float64(cx), float64(cy), float64(r), "D")
}

// FillFade implements Canvas.
func (c *PDFCanvas) FillFade(x, y, w, h float32, from, to color.NRGBA) {
	if w <= 0 {
		return
	}
	n := max(1, min(fadeStrips, int(math.Ceil(float64(w)/1.5))))
	sw := w / float32(n)
	for i := range n {
		t := (float32(i) + 0.5) / float32(n)
		lerp := func(a, b uint8) uint8 { return uint8(float32(a) + (float32(b)-float32(a))*t + 0.5) }
		col := color.NRGBA{lerp(from.R, to.R), lerp(from.G, to.G), lerp(from.B, to.B), lerp(from.A, to.A)}
		c.FillRect(x+float32(i)*sw, y, sw, h, 0, col)
	}
}

// Text implements Canvas.
func (c *PDFCanvas) Text(x, y, w, h float32, s string, st draw.TextStyle, col color.NRGBA, a draw.Align) {
	if s == "" {
		return
	}
	face := faceOf(st)
	if !c.added[face] {
		c.pdf.AddUTF8FontFromBytes(pdfFamily, [4]string{"", "B", "I", "BI"}[face], faceTTF(face))
		c.added[face] = true
	}
	if c.font != st {
		c.font = st
		c.pdf.SetFont(pdfFamily, [4]string{"", "B", "I", "BI"}[face], float64(st.Size))
	}
	c.pdf.SetTextColor(int(col.R), int(col.G), int(col.B))
	c.setAlpha(col.A)
	tx := draw.TextX(x, w, c.fs.MeasureText(s, st), a)
	c.pdf.Text(float64(tx), float64(c.fs.Baseline(y, h, st)), s)
}

// AddPage starts a new page of the canvas's size: what is drawn next goes
// there. Tall timelines continue on further pages.
func (c *PDFCanvas) AddPage() {
	c.pdf.AddPage()
	// The new page starts from the document's defaults: set the font and
	// opacity afresh.
	c.font, c.alpha = draw.TextStyle{}, -1
}
