package timeline

import (
	"image/color"
	"math"
)

// PaletteSize is the number of distinct item colours; Item.Color indexes
// them cyclically.
const PaletteSize = len(paletteHues)

// paletteHues are the hue turns, in degrees, applied to the theme's primary
// colour to tell sources apart.
var paletteHues = [...]float64{0, 150, 35, 270, 90, 200, 320, 60}

// PaletteColor returns the colour of palette index i: the primary colour
// turned round the colour wheel, so sources stay apart while lightness and
// saturation follow the theme.
func PaletteColor(primary color.Color, i int) color.NRGBA {
	if i < 0 {
		i = -i
	}
	return paletteColor(toNRGBA(primary), i%len(paletteHues))
}

// Palette returns every palette colour of primary at once, without
// allocating: Palette(p)[i%PaletteSize] is PaletteColor(p, i).
func Palette(primary color.NRGBA) [PaletteSize]color.NRGBA {
	var p [PaletteSize]color.NRGBA
	for i := range p {
		p[i] = paletteColor(primary, i)
	}
	return p
}

// paletteColor is PaletteColor for an index in range.
func paletteColor(primary color.NRGBA, i int) color.NRGBA {
	return matchLuma(turnHue(primary, paletteHues[i]), primary)
}

// matchLuma darkens c until it is no brighter than ref (with a little
// slack): hue turns of a blue land on yellow and cyan, which are far
// brighter and vanish on a light background.
func matchLuma(n, ref color.NRGBA) color.NRGBA {
	limit := luma(ref) * 1.15
	if l := luma(n); l > limit && l > 0 {
		f := limit / l
		n.R, n.G, n.B = uint8(float64(n.R)*f), uint8(float64(n.G)*f), uint8(float64(n.B)*f)
	}
	return n
}

// toNRGBA converts c to non-premultiplied RGBA without boxing the result.
func toNRGBA(c color.Color) color.NRGBA {
	if n, ok := c.(color.NRGBA); ok {
		return n
	}
	r, g, b, a := c.RGBA()
	if a == 0 {
		return color.NRGBA{}
	}
	if a == 0xffff {
		return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0xff}
	}
	return color.NRGBA{R: uint8(r * 0xffff / a >> 8), G: uint8(g * 0xffff / a >> 8), B: uint8(b * 0xffff / a >> 8), A: uint8(a >> 8)}
}

// luma is the Rec. 709 weighted brightness of n, from 0 to 255.
func luma(n color.NRGBA) float64 {
	return 0.2126*float64(n.R) + 0.7152*float64(n.G) + 0.0722*float64(n.B)
}

// turnHue rotates c's hue by deg degrees in HSL, keeping alpha.
func turnHue(n color.NRGBA, deg float64) color.NRGBA {
	if deg == 0 {
		return n
	}
	r, g, b := float64(n.R)/255, float64(n.G)/255, float64(n.B)/255
	hi, lo := math.Max(r, math.Max(g, b)), math.Min(r, math.Min(g, b))
	l := (hi + lo) / 2
	if hi == lo {
		return n // grey has no hue to turn
	}
	d := hi - lo
	sat := d / (1 - math.Abs(2*l-1))
	var h float64
	switch hi {
	case r:
		h = math.Mod((g-b)/d, 6)
	case g:
		h = (b-r)/d + 2
	default:
		h = (r-g)/d + 4
	}
	h = math.Mod(h*60+deg+360, 360)
	cc := (1 - math.Abs(2*l-1)) * sat
	x := cc * (1 - math.Abs(math.Mod(h/60, 2)-1))
	m := l - cc/2
	var rr, gg, bb float64
	switch {
	case h < 60:
		rr, gg = cc, x
	case h < 120:
		rr, gg = x, cc
	case h < 180:
		gg, bb = cc, x
	case h < 240:
		gg, bb = x, cc
	case h < 300:
		rr, bb = x, cc
	default:
		rr, bb = cc, x
	}
	to8 := func(v float64) uint8 { return uint8(math.Round(255 * math.Max(0, math.Min(1, v+m)))) }
	return color.NRGBA{R: to8(rr), G: to8(gg), B: to8(bb), A: n.A}
}
