package timeline

import "image/color"

// PaletteSize is the number of distinct item colours. Item.Color indexes
// them cyclically; each further round of PaletteSize takes another mark
// shape (see PaletteShape), so sources past the twelfth stay apart too.
const PaletteSize = len(palette)

// palette is a categorical palette for sources, the same on light and dark
// themes. It was chosen by a search over the sRGB cube in steps of 15:
// among colours with at least 3:1 contrast (WCAG's figure for graphics)
// against both Fyne's light background (#ffffff) and its dark one
// (#171718), and a CIELAB chroma of at least 30 so that none passes for
// the grey of uncertain labels, it took the twelve farthest apart by the
// least CIEDE2000 difference, counting differences as a protanope or
// deuteranope sees them (Machado et al. 2009) at 1.6 times their size, so
// colour-blind readers keep them apart too. The order is greedy, each
// colour the farthest from those before it, so the first sources are the
// most distinct. TestPalette measures all of this.
var palette = [...]color.NRGBA{
	{R: 0x3c, G: 0x87, B: 0xff, A: 0xff}, // blue
	{R: 0xd2, G: 0x0f, B: 0x00, A: 0xff}, // red
	{R: 0x78, G: 0x5a, B: 0x96, A: 0xff}, // dusky purple
	{R: 0xb4, G: 0x2d, B: 0x69, A: 0xff}, // raspberry
	{R: 0x96, G: 0x96, B: 0x00, A: 0xff}, // olive
	{R: 0xa5, G: 0x00, B: 0xe1, A: 0xff}, // violet
	{R: 0x1e, G: 0x78, B: 0x1e, A: 0xff}, // green
	{R: 0xff, G: 0x3c, B: 0x69, A: 0xff}, // rose
	{R: 0x1e, G: 0x96, B: 0x69, A: 0xff}, // teal
	{R: 0xf0, G: 0x2d, B: 0xe1, A: 0xff}, // magenta
	{R: 0xa5, G: 0x78, B: 0xa5, A: 0xff}, // mauve
	{R: 0xa5, G: 0x69, B: 0x4b, A: 0xff}, // brown
}

// PaletteColor returns the colour of palette index i (an Item.Color),
// cyclically; negative indices are folded onto the others.
func PaletteColor(i int) color.NRGBA {
	return palette[paletteIndex(i)%PaletteSize]
}

// Palette returns every palette colour at once, without allocating:
// Palette()[i%PaletteSize] is PaletteColor(i).
func Palette() [PaletteSize]color.NRGBA { return palette }

// Shape is the form of a point mark and of its legend swatch.
type Shape int

// Shapes, taken in turn by each round of PaletteSize colours.
const (
	ShapeDot Shape = iota
	ShapeSquare
	ShapeDiamond
	shapes // the number of shapes
)

// PaletteShape returns the mark shape of palette index i: dots for the
// first PaletteSize sources, squares for the next, then diamonds, so that
// up to 36 sources have a distinct colour and shape pair.
func PaletteShape(i int) Shape {
	return Shape(paletteIndex(i) / PaletteSize % int(shapes))
}

// paletteIndex folds negative palette indices onto positive ones.
func paletteIndex(i int) int {
	if i < 0 {
		return -(i + 1) // not -i, which overflows at math.MinInt
	}
	return i
}
