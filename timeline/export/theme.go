package export

import (
	"fmt"
	"image/color"

	"github.com/dateline/dateline/timeline"
)

// Theme is the set of colours an export is drawn in.
type Theme int

// Themes. Light is the default, whatever the UI uses: exports usually end
// on paper or slides.
const (
	Light Theme = iota
	Dark
)

// String returns "light" or "dark".
func (t Theme) String() string {
	if t == Dark {
		return "dark"
	}
	return "light"
}

// ParseTheme returns the Theme named s ("light" or "dark").
func ParseTheme(s string) (Theme, error) {
	switch s {
	case "light", "":
		return Light, nil
	case "dark":
		return Dark, nil
	}
	return Light, fmt.Errorf("export: theme %q: want light or dark", s)
}

// Color returns the colour of a Scene theme colour name, close to Fyne's
// default theme in the same variant. Unknown names get the foreground.
//
// Two colours differ from Fyne's on purpose: "disabled" (uncertain labels)
// is a mid grey rather than Fyne's near-background grey, so that uncertain
// dates stay legible in print, and the dark "separator" is lifted off
// black so grid lines show.
func (t Theme) Color(name string) color.NRGBA {
	if t == Dark {
		switch name {
		case timeline.ColorBackground:
			return color.NRGBA{0x17, 0x17, 0x18, 0xff}
		case timeline.ColorDisabled:
			return color.NRGBA{0x8a, 0x8a, 0x8c, 0xff}
		case timeline.ColorSeparator:
			return color.NRGBA{0x39, 0x39, 0x3a, 0xff}
		case timeline.ColorHover:
			return color.NRGBA{0xff, 0xff, 0xff, 0x1a}
		case timeline.ColorPrimary:
			return color.NRGBA{0x29, 0x6f, 0xf6, 0xff}
		case timeline.ColorSelection:
			return color.NRGBA{0x00, 0x6c, 0xff, 0x40}
		case timeline.ColorFocus:
			return color.NRGBA{0x00, 0x6c, 0xff, 0x2a}
		case timeline.ColorError:
			return color.NRGBA{0xf4, 0x43, 0x36, 0xff}
		}
		return color.NRGBA{0xf3, 0xf3, 0xf3, 0xff}
	}
	switch name {
	case timeline.ColorBackground:
		return color.NRGBA{0xff, 0xff, 0xff, 0xff}
	case timeline.ColorDisabled:
		return color.NRGBA{0x88, 0x88, 0x88, 0xff}
	case timeline.ColorSeparator:
		return color.NRGBA{0xe3, 0xe3, 0xe3, 0xff}
	case timeline.ColorHover:
		return color.NRGBA{0x00, 0x00, 0x00, 0x14}
	case timeline.ColorPrimary:
		return color.NRGBA{0x29, 0x6f, 0xf6, 0xff}
	case timeline.ColorSelection:
		return color.NRGBA{0x00, 0x6c, 0xff, 0x40}
	case timeline.ColorFocus:
		return color.NRGBA{0x00, 0x6c, 0xff, 0x2a}
	case timeline.ColorError:
		return color.NRGBA{0xf4, 0x43, 0x36, 0xff}
	}
	return color.NRGBA{0x56, 0x56, 0x56, 0xff}
}

// Palette returns the colour of item palette index i: the theme's primary
// colour turned round the colour wheel, as on screen.
func (t Theme) Palette(i int) color.NRGBA {
	return color.NRGBAModel.Convert(timeline.PaletteColor(t.Color(timeline.ColorPrimary), i)).(color.NRGBA)
}
