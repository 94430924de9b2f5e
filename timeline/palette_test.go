package timeline_test

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"github.com/dateline/dateline/timeline"
)

// Backgrounds the palette must read on: Fyne's light and dark theme
// backgrounds (fyne.io/fyne/v2/theme/color.go), also those of the
// exports.
var (
	lightBackground = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	darkBackground  = color.NRGBA{R: 0x17, G: 0x17, B: 0x18, A: 0xff}
)

// Thresholds of TestPalette. A CIEDE2000 difference of about 2 is just
// noticeable side by side; 14 keeps small dots apart at a glance (the
// palette measures 14.3). Under simulated protanopia and deuteranopia it
// measures 9.0. 3:1 is WCAG 2.1's least contrast for graphics (1.4.11).
const (
	minDeltaE    = 14
	minDeltaECVD = 8.5
	minContrast  = 3
)

// TestPalette measures the palette: every pair of the PaletteSize colours
// at least minDeltaE apart in CIEDE2000 (minDeltaECVD as a protanope or
// deuteranope sees them), every colour at least minContrast against the
// light and the dark background, and at least twelve colours.
func TestPalette(t *testing.T) {
	if timeline.PaletteSize < 12 {
		t.Fatalf("%d colours, want at least 12", timeline.PaletteSize)
	}
	pal := timeline.Palette()
	for i, c := range pal {
		if c != timeline.PaletteColor(i) {
			t.Errorf("Palette()[%d] = %v, PaletteColor = %v", i, c, timeline.PaletteColor(i))
		}
		for _, bg := range []color.NRGBA{lightBackground, darkBackground} {
			if r := contrast(c, bg); r < minContrast {
				t.Errorf("colour %d %v: contrast %.2f against %v, want ≥ %v", i, c, r, bg, minContrast)
			}
		}
	}
	sims := []struct {
		name string
		min  float64
		m    *[3][3]float64
	}{{"normal vision", minDeltaE, nil}, {"protanopia", minDeltaECVD, &protan}, {"deuteranopia", minDeltaECVD, &deutan}}
	for _, sim := range sims {
		least, li, lj := math.Inf(1), 0, 0
		for i := range pal {
			for j := i + 1; j < len(pal); j++ {
				a, b := pal[i], pal[j]
				if sim.m != nil {
					a, b = simulate(a, sim.m), simulate(b, sim.m)
				}
				if d := deltaE2000(lab(a), lab(b)); d < least {
					least, li, lj = d, i, j
				}
			}
		}
		if least < sim.min {
			t.Errorf("%s: colours %d and %d are %.1f apart (CIEDE2000), want ≥ %v", sim.name, li, lj, least, sim.min)
		}
		t.Logf("%s: least CIEDE2000 difference %.1f (colours %d and %d)", sim.name, least, li, lj)
	}
}

// TestPaletteShape checks that up to three rounds of the palette give
// every index its own colour and shape pair, and that the first round is
// all dots.
func TestPaletteShape(t *testing.T) {
	seen := map[string]int{}
	for i := range 3 * timeline.PaletteSize {
		key := fmt.Sprint(timeline.PaletteColor(i), timeline.PaletteShape(i))
		if j, ok := seen[key]; ok {
			t.Errorf("indices %d and %d share colour and shape %s", j, i, key)
		}
		seen[key] = i
		if i < timeline.PaletteSize && timeline.PaletteShape(i) != timeline.ShapeDot {
			t.Errorf("index %d: shape %d, want dots for the first round", i, timeline.PaletteShape(i))
		}
	}
	if timeline.PaletteShape(-1) < 0 || timeline.PaletteShape(math.MinInt) < 0 {
		t.Error("negative index gives a negative shape")
	}
}

// TestDeltaE2000 checks the colour difference the palette test relies on
// against pairs of Sharma, Wu and Dalal's CIEDE2000 test data (2005).
func TestDeltaE2000(t *testing.T) {
	type pair struct {
		a, b [3]float64
		want float64
	}
	for _, p := range []pair{
		{[3]float64{50, 2.6772, -79.7751}, [3]float64{50, 0, -82.7485}, 2.0425},
		{[3]float64{50, 0, 0}, [3]float64{50, -1, 2}, 2.3669},
		{[3]float64{50, 2.5, 0}, [3]float64{73, 25, -18}, 27.1492},
		{[3]float64{50, 2.5, 0}, [3]float64{50, 3.2972, 0}, 1.0000},
		{[3]float64{60.2574, -34.0099, 36.2677}, [3]float64{60.4626, -34.1751, 39.4387}, 1.2644},
	} {
		if got := deltaE2000(p.a, p.b); math.Abs(got-p.want) > 1e-4 {
			t.Errorf("ΔE(%v, %v) = %.4f, want %.4f", p.a, p.b, got, p.want)
		}
	}
}

// linear converts an sRGB channel to linear light.
func linear(v uint8) float64 {
	c := float64(v) / 255
	if c <= 0.04045 {
		return c / 12.92
	}
	return math.Pow((c+0.055)/1.055, 2.4)
}

// relativeLuminance is WCAG's relative luminance of c.
func relativeLuminance(c color.NRGBA) float64 {
	return 0.2126*linear(c.R) + 0.7152*linear(c.G) + 0.0722*linear(c.B)
}

// contrast is WCAG's contrast ratio of a and b.
func contrast(a, b color.NRGBA) float64 {
	la, lb := relativeLuminance(a), relativeLuminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// lab converts c to CIELAB (D65).
func lab(c color.NRGBA) [3]float64 {
	r, g, b := linear(c.R), linear(c.G), linear(c.B)
	x := (0.4124*r + 0.3576*g + 0.1805*b) / 0.95047
	y := 0.2126*r + 0.7152*g + 0.0722*b
	z := (0.0193*r + 0.1192*g + 0.9505*b) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x), f(y), f(z)
	return [3]float64{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}
}

// Machado, Oliveira and Fernandes' (2009) matrices for full protanopia and
// deuteranopia, applied to linear RGB.
var (
	protan = [3][3]float64{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}
	deutan = [3][3]float64{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}
)

// simulate returns c as seen with the colour vision deficiency m.
func simulate(c color.NRGBA, m *[3][3]float64) color.NRGBA {
	l := [3]float64{linear(c.R), linear(c.G), linear(c.B)}
	var o [3]uint8
	for i := range o {
		v := max(0, min(1, m[i][0]*l[0]+m[i][1]*l[1]+m[i][2]*l[2]))
		if v <= 0.0031308 {
			v *= 12.92
		} else {
			v = 1.055*math.Pow(v, 1/2.4) - 0.055
		}
		o[i] = uint8(math.Round(255 * v))
	}
	return color.NRGBA{R: o[0], G: o[1], B: o[2], A: c.A}
}

// deltaE2000 is the CIEDE2000 colour difference of two CIELAB colours
// (Sharma, Wu and Dalal 2005), with kL = kC = kH = 1.
func deltaE2000(l1, l2 [3]float64) float64 {
	rad := math.Pi / 180
	c1, c2 := math.Hypot(l1[1], l1[2]), math.Hypot(l2[1], l2[2])
	cm7 := math.Pow((c1+c2)/2, 7)
	g := 0.5 * (1 - math.Sqrt(cm7/(cm7+math.Pow(25, 7))))
	a1, a2 := (1+g)*l1[1], (1+g)*l2[1]
	c1p, c2p := math.Hypot(a1, l1[2]), math.Hypot(a2, l2[2])
	h1, h2 := hueAngle(l1[2], a1), hueAngle(l2[2], a2)
	dL, dC := l2[0]-l1[0], c2p-c1p
	dh, hm := 0.0, h1+h2
	if c1p*c2p != 0 {
		dh = h2 - h1
		switch {
		case dh > 180:
			dh -= 360
		case dh < -180:
			dh += 360
		}
		switch {
		case math.Abs(h1-h2) <= 180:
			hm = (h1 + h2) / 2
		case h1+h2 < 360:
			hm = (h1 + h2 + 360) / 2
		default:
			hm = (h1 + h2 - 360) / 2
		}
	}
	dH := 2 * math.Sqrt(c1p*c2p) * math.Sin(dh/2*rad)
	lm, cm := (l1[0]+l2[0])/2, (c1p+c2p)/2
	tt := 1 - 0.17*math.Cos((hm-30)*rad) + 0.24*math.Cos(2*hm*rad) + 0.32*math.Cos((3*hm+6)*rad) - 0.20*math.Cos((4*hm-63)*rad)
	theta := 30 * math.Exp(-math.Pow((hm-275)/25, 2))
	cm7p := math.Pow(cm, 7)
	rc := 2 * math.Sqrt(cm7p/(cm7p+math.Pow(25, 7)))
	sl := 1 + 0.015*(lm-50)*(lm-50)/math.Sqrt(20+(lm-50)*(lm-50))
	sc, sh := 1+0.045*cm, 1+0.015*cm*tt
	rt := -math.Sin(2*theta*rad) * rc
	x, y, z := dL/sl, dC/sc, dH/sh
	return math.Sqrt(x*x + y*y + z*z + rt*y*z)
}

// hueAngle is the hue angle of (a, b) in degrees, 0 to 360.
func hueAngle(b, a float64) float64 {
	if a == 0 && b == 0 {
		return 0
	}
	h := math.Atan2(b, a) / math.Pi * 180
	if h < 0 {
		h += 360
	}
	return h
}
