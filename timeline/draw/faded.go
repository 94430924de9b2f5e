package draw

import "image/color"

// dimAlpha is how much of a faded mark's colour remains: enough to see
// where the non-matches of a search lie, little enough that the matches
// stand out.
const dimAlpha = 0.25

// faded returns c with its opacity cut to dimAlpha when dim is set.
func faded(c color.NRGBA, dim bool) color.NRGBA {
	if dim {
		c.A = uint8(float32(c.A) * dimAlpha)
	}
	return c
}
