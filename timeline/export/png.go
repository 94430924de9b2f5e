package export

import (
	"fmt"
	"image"
	"image/color"
	imagedraw "image/draw"
	"image/png"
	"io"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/dateline/dateline/timeline/draw"
)

// PNGCanvas is the raster Canvas: it draws into an RGBA image. Shapes are anti-aliased by exact
// area coverage (axis-aligned rectangles) or by their distance field
// (circles, rounded boxes, slanted lines); text is rasterised by
// golang.org/x/image/font with a glyph cache, placed at quarter-pixel
// steps with the fontSet's advances, so it lands where it was measured.
type PNGCanvas struct {
	fs    *fontSet
	img   *image.RGBA
	w, h  float32 // in canvas units
	scale float32 // pixels per canvas unit

	faces  map[faceKey]font.Face
	glyphs map[glyphKey]*glyph
	src    *image.Uniform
}

type faceKey struct {
	face int
	size float32 // in pixels
}

type glyphKey struct {
	faceKey
	r     rune
	subpx uint8 // quarter pixels
}

// glyph is a cached glyph mask; rect is relative to the integer pen
// position.
type glyph struct {
	mask *image.Alpha
	rect image.Rectangle
}

// NewPNG returns a transparent canvas of w × h units drawn at scale pixels
// per unit (w*scale × h*scale pixels).
func NewPNG(w, h, scale float32) (*PNGCanvas, error) {
	if !(w > 0 && h > 0 && scale > 0) {
		return nil, fmt.Errorf("export: png canvas %g × %g at scale %g: want positive sizes", w, h, scale)
	}
	fs, err := newFontSet()
	if err != nil {
		return nil, err
	}
	pw, ph := int(math.Round(float64(w*scale))), int(math.Round(float64(h*scale)))
	return &PNGCanvas{
		fs: fs, img: image.NewRGBA(image.Rect(0, 0, pw, ph)),
		w: w, h: h, scale: scale,
		faces:  map[faceKey]font.Face{},
		glyphs: map[glyphKey]*glyph{},
		src:    image.NewUniform(color.NRGBA{}),
	}, nil
}

// Image returns the image drawn so far.
func (c *PNGCanvas) Image() *image.RGBA { return c.img }

// Size returns the canvas size in units, not pixels.
func (c *PNGCanvas) Size() (w, h float32) { return c.w, c.h }

// MeasureText returns the width of s set in st, in units.
func (c *PNGCanvas) MeasureText(s string, st draw.TextStyle) float32 { return c.fs.MeasureText(s, st) }

// Encode writes the image as PNG with the standard library at its fastest
// compression: RGB when every pixel is opaque, else RGBA. A hand-written
// encoder was about three times faster, but a 4K export runs in the
// background with a progress bar, where a fifth of a second does not
// matter to anyone.
func (c *PNGCanvas) Encode(w io.Writer) error {
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, c.img)
}

// blend composes c at coverage cov (0 to 1) over the pixel at offset i.
func blend(pix []uint8, i int, c color.NRGBA, cov float32) {
	a := float32(c.A) * cov / 255
	if a <= 0 {
		return
	}
	if a >= 1 {
		pix[i], pix[i+1], pix[i+2], pix[i+3] = c.R, c.G, c.B, 0xff
		return
	}
	k := 1 - a
	pix[i] = uint8(float32(c.R)*a + float32(pix[i])*k + 0.5)
	pix[i+1] = uint8(float32(c.G)*a + float32(pix[i+1])*k + 0.5)
	pix[i+2] = uint8(float32(c.B)*a + float32(pix[i+2])*k + 0.5)
	pix[i+3] = uint8(255*a + float32(pix[i+3])*k + 0.5)
}

// coverage returns how much of pixel p (from p to p+1) lies in [a, b).
func coverage(p int, a, b float32) float32 {
	lo, hi := max(float32(p), a), min(float32(p+1), b)
	return max(hi-lo, 0)
}

// span returns the pixel range touched by [a, b), clipped to [0, n).
func span(a, b float32, n int) (int, int) {
	lo := max(int(math.Floor(float64(a))), 0)
	hi := min(int(math.Ceil(float64(b))), n)
	return lo, hi
}

// fillBox fills the axis-aligned box [x0, x1) × [y0, y1) in pixels, with
// exact coverage at its edges; shade, if not nil, gives the colour of
// each column instead of c.
func (c *PNGCanvas) fillBox(x0, y0, x1, y1 float32, col color.NRGBA, shade func(px int) color.NRGBA) {
	b := c.img.Bounds()
	cx0, cx1 := span(x0, x1, b.Dx())
	cy0, cy1 := span(y0, y1, b.Dy())
	for py := cy0; py < cy1; py++ {
		cy := coverage(py, y0, y1)
		row := c.img.Pix[py*c.img.Stride:]
		for px := cx0; px < cx1; px++ {
			cov := cy * coverage(px, x0, x1)
			if shade != nil {
				col = shade(px)
			}
			blend(row, px*4, col, cov)
		}
	}
}

// fillField shades the pixels of the bounding box [x0, x1) × [y0, y1)
// with coverage cov(x, y) at each pixel centre.
func (c *PNGCanvas) fillField(x0, y0, x1, y1 float32, col color.NRGBA, cov func(x, y float32) float32) {
	b := c.img.Bounds()
	cx0, cx1 := span(x0-1, x1+1, b.Dx())
	cy0, cy1 := span(y0-1, y1+1, b.Dy())
	for py := cy0; py < cy1; py++ {
		row := c.img.Pix[py*c.img.Stride:]
		y := float32(py) + 0.5
		for px := cx0; px < cx1; px++ {
			if v := cov(float32(px)+0.5, y); v > 0 {
				blend(row, px*4, col, min(v, 1))
			}
		}
	}
}

// roundBox returns the signed distance from (x, y) to the box centred on
// (cx, cy) with half sizes hx, hy and corner radius r: negative inside.
func roundBox(x, y, cx, cy, hx, hy, r float32) float32 {
	qx := abs(x-cx) - (hx - r)
	qy := abs(y-cy) - (hy - r)
	out := float32(math.Hypot(float64(max(qx, 0)), float64(max(qy, 0))))
	return out + min(max(qx, qy), 0) - r
}

func abs(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// FillRect implements Canvas.
func (c *PNGCanvas) FillRect(x, y, w, h, r float32, col color.NRGBA) {
	s := c.scale
	x, y, w, h, r = x*s, y*s, w*s, h*s, min(r, w/2, h/2)*s
	if r <= 0.5 {
		c.fillBox(x, y, x+w, y+h, col, nil)
		return
	}
	cx, cy, hx, hy := x+w/2, y+h/2, w/2, h/2
	c.fillField(x, y, x+w, y+h, col, func(px, py float32) float32 {
		return 0.5 - roundBox(px, py, cx, cy, hx, hy, r)
	})
}

// StrokeRect implements Canvas.
func (c *PNGCanvas) StrokeRect(x, y, w, h, r, width float32, col color.NRGBA) {
	s := c.scale
	x, y, w, h, r, width = x*s, y*s, w*s, h*s, min(r, w/2, h/2)*s, width*s
	cx, cy, hx, hy := x+w/2, y+h/2, w/2, h/2
	hw := width / 2
	c.fillField(x-hw, y-hw, x+w+hw, y+h+hw, col, func(px, py float32) float32 {
		return min(hw+0.5-abs(roundBox(px, py, cx, cy, hx, hy, r)), width)
	})
}

// StrokeLine implements Canvas.
func (c *PNGCanvas) StrokeLine(x0, y0, x1, y1, width float32, col color.NRGBA) {
	s := c.scale
	x0, y0, x1, y1, width = x0*s, y0*s, x1*s, y1*s, width*s
	hw := width / 2
	switch {
	case x0 == x1:
		c.fillBox(x0-hw, min(y0, y1), x0+hw, max(y0, y1), col, nil)
	case y0 == y1:
		c.fillBox(min(x0, x1), y0-hw, max(x0, x1), y0+hw, col, nil)
	default:
		dx, dy := x1-x0, y1-y0
		l2 := dx*dx + dy*dy
		c.fillField(min(x0, x1)-hw, min(y0, y1)-hw, max(x0, x1)+hw, max(y0, y1)+hw, col, func(px, py float32) float32 {
			t := max(0, min(1, ((px-x0)*dx+(py-y0)*dy)/l2))
			d := float32(math.Hypot(float64(px-x0-t*dx), float64(py-y0-t*dy)))
			return min(hw+0.5-d, width)
		})
	}
}

// FillCircle implements Canvas.
func (c *PNGCanvas) FillCircle(cx, cy, r float32, col color.NRGBA) {
	s := c.scale
	cx, cy, r = cx*s, cy*s, r*s
	c.fillField(cx-r, cy-r, cx+r, cy+r, col, func(px, py float32) float32 {
		return r + 0.5 - float32(math.Hypot(float64(px-cx), float64(py-cy)))
	})
}

// StrokeCircle implements Canvas.
func (c *PNGCanvas) StrokeCircle(cx, cy, r, width float32, col color.NRGBA) {
	s := c.scale
	cx, cy, r, width = cx*s, cy*s, r*s, width*s
	hw := width / 2
	c.fillField(cx-r-hw, cy-r-hw, cx+r+hw, cy+r+hw, col, func(px, py float32) float32 {
		d := float32(math.Hypot(float64(px-cx), float64(py-cy))) - r
		return min(hw+0.5-abs(d), width)
	})
}

// FillFade implements Canvas.
func (c *PNGCanvas) FillFade(x, y, w, h float32, from, to color.NRGBA) {
	s := c.scale
	x, y, w, h = x*s, y*s, w*s, h*s
	if w <= 0 {
		return
	}
	lerp := func(a, b uint8, t float32) uint8 { return uint8(float32(a) + (float32(b)-float32(a))*t + 0.5) }
	c.fillBox(x, y, x+w, y+h, from, func(px int) color.NRGBA {
		t := max(0, min(1, (float32(px)+0.5-x)/w))
		return color.NRGBA{lerp(from.R, to.R, t), lerp(from.G, to.G, t), lerp(from.B, to.B, t), lerp(from.A, to.A, t)}
	})
}

// Text implements Canvas.
func (c *PNGCanvas) Text(x, y, w, h float32, str string, st draw.TextStyle, col color.NRGBA, a draw.Align) {
	if str == "" {
		return
	}
	s := c.scale
	tw := c.fs.MeasureText(str, st)
	pen := draw.TextX(x, w, tw, a) * s
	base := int(math.Round(float64(c.fs.Baseline(y, h, st) * s)))
	key := faceKey{face: faceOf(st), size: st.Size * s}
	face := c.face(key)
	m := &c.fs.faces[key.face]
	perUnit := key.size / m.unitsPerEm
	c.src.C = col
	for _, r := range str {
		ix := int(math.Floor(float64(pen)))
		sub := uint8((pen - float32(ix)) * 4)
		if g := c.glyph(face, glyphKey{key, r, sub}); g != nil {
			dr := g.rect.Add(image.Pt(ix, base))
			imagedraw.DrawMask(c.img, dr, c.src, image.Point{}, g.mask, g.mask.Rect.Min, imagedraw.Over)
		}
		pen += c.fs.advance(m, r) * perUnit
	}
}

// face returns the rasterising face for key, made once.
func (c *PNGCanvas) face(key faceKey) font.Face {
	if f, ok := c.faces[key]; ok {
		return f
	}
	f, err := opentype.NewFace(c.fs.fonts[key.face], &opentype.FaceOptions{
		Size: float64(key.size), DPI: 72, Hinting: font.HintingNone,
	})
	if err != nil {
		f = nil
	}
	c.faces[key] = f
	return f
}

// glyph returns the cached mask of a glyph at a quarter-pixel offset, or
// nil for glyphs with no ink.
func (c *PNGCanvas) glyph(face font.Face, key glyphKey) *glyph {
	if g, ok := c.glyphs[key]; ok {
		return g
	}
	var g *glyph
	if face != nil {
		dot := fixed.Point26_6{X: fixed.Int26_6(key.subpx) * 16}
		dr, mask, mp, _, ok := face.Glyph(dot, key.r)
		if !ok {
			dr, mask, mp, _, ok = face.Glyph(dot, '?')
		}
		if ok && !dr.Empty() {
			// The face reuses its mask buffer: keep a copy.
			a := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
			imagedraw.Draw(a, a.Rect, mask, mp, imagedraw.Src)
			g = &glyph{mask: a, rect: dr}
		}
	}
	c.glyphs[key] = g
	return g
}
