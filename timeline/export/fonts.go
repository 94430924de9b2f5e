package export

import (
	"fmt"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline/draw"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansbolditalic"
	"codeberg.org/go-fonts/liberation/liberationsansitalic"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// faceOf returns the index of the style's face in a fontSet.
func faceOf(s draw.TextStyle) int {
	i := 0
	if s.Bold {
		i |= 1
	}
	if s.Italic {
		i |= 2
	}
	return i
}

// fontFamily is the CSS font-family of exported SVG text: Liberation Sans
// first, then fonts with the same metrics.
const fontFamily = "'Liberation Sans', Arimo, Arial, Helvetica, sans-serif"

// faceTTF returns the TrueType data of face i (see faceOf).
func faceTTF(i int) []byte {
	switch i {
	case 1:
		return liberationsansbold.TTF
	case 2:
		return liberationsansitalic.TTF
	case 3:
		return liberationsansbolditalic.TTF
	}
	return liberationsansregular.TTF
}

// fontSet measures text in the export fonts. Widths are the sum of glyph
// advances without kerning, which is what the PDF backend draws and never
// less than what kerning renderers draw, so measured labels never collide.
type fontSet struct {
	fonts [4]*sfnt.Font
	faces [4]faceMetrics
}

// faceMetrics are one face's advances and vertical metrics in font units.
type faceMetrics struct {
	unitsPerEm float32
	ascent     float32 // above the baseline, positive
	descent    float32 // below the baseline, positive
	ascii      [256]float32
	other      map[rune]float32
	font       *sfnt.Font
}

// newFontSet parses the export fonts.
func newFontSet() (*fontSet, error) {
	fs := &fontSet{}
	var buf sfnt.Buffer
	for i := range fs.fonts {
		f, err := sfnt.Parse(faceTTF(i))
		if err != nil {
			return nil, fmt.Errorf("export: parse font %d: %w", i, err)
		}
		fs.fonts[i] = f
		m := &fs.faces[i]
		m.font = f
		m.other = map[rune]float32{}
		upem := f.UnitsPerEm()
		m.unitsPerEm = float32(upem)
		met, err := f.Metrics(&buf, fixed.I(int(upem)), font.HintingNone)
		if err != nil {
			return nil, fmt.Errorf("export: font %d metrics: %w", i, err)
		}
		m.ascent, m.descent = fromFixed(met.Ascent), fromFixed(met.Descent)
		for r := range m.ascii {
			m.ascii[r] = m.advance(&buf, rune(r))
		}
	}
	return fs, nil
}

// advance returns the advance of r in font units, falling back to the
// width of "?" for runes the font lacks.
func (m *faceMetrics) advance(buf *sfnt.Buffer, r rune) float32 {
	idx, err := m.font.GlyphIndex(buf, r)
	if err != nil || idx == 0 {
		idx, _ = m.font.GlyphIndex(buf, '?')
	}
	a, err := m.font.GlyphAdvance(buf, idx, fixed.I(int(m.unitsPerEm)), font.HintingNone)
	if err != nil {
		return 0
	}
	return fromFixed(a)
}

// Measure returns the width of s set in st.
func (fs *fontSet) MeasureText(s string, st draw.TextStyle) float32 {
	m := &fs.faces[faceOf(st)]
	var units float32
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			units += m.ascii[c]
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		units += fs.advance(m, r)
	}
	return units * st.Size / m.unitsPerEm
}

// advance returns the advance of r in m, in font units.
func (fs *fontSet) advance(m *faceMetrics, r rune) float32 {
	if r >= 0 && r < rune(len(m.ascii)) {
		return m.ascii[r]
	}
	a, ok := m.other[r]
	if !ok {
		var buf sfnt.Buffer
		a = m.advance(&buf, r)
		m.other[r] = a
	}
	return a
}

// Baseline returns the baseline of text set in st and centred vertically
// in a box from y to y+h, the way Fyne centres a text's line box.
func (fs *fontSet) Baseline(y, h float32, st draw.TextStyle) float32 {
	m := &fs.faces[faceOf(st)]
	asc, desc := m.ascent*st.Size/m.unitsPerEm, m.descent*st.Size/m.unitsPerEm
	return y + (h-(asc+desc))/2 + asc
}

// LineHeight returns the height of a line of text in st.
func (fs *fontSet) LineHeight(st draw.TextStyle) float32 {
	m := &fs.faces[faceOf(st)]
	return (m.ascent + m.descent) * st.Size / m.unitsPerEm
}

func fromFixed(v fixed.Int26_6) float32 { return float32(v) / 64 }
