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
// Some colours differ from Fyne's on purpose: "disabled" (uncertain
// labels) is a mid grey rather than Fyne's near-background grey, so that
// uncertain dates stay legible in print; "hover" (cluster badges) is a
// little stronger; the dark "separator" is lifted off black so grid lines
// show.
func (t Theme) Color(name string) color.NRGBA {
	light, dark := themeColor(name)
	if t == Dark {
		return dark
	}
	return light
}

// themeColor returns the light and dark colours of a theme colour name.
func themeColor(name string) (light, dark color.NRGBA) {
	switch name {
	case timeline.ColorBackground:
		return rgba(0xffffffff), rgba(0x171718ff)
	case timeline.ColorDisabled:
		return rgba(0x888888ff), rgba(0x8a8a8cff)
	case timeline.ColorSeparator:
		return rgba(0xe3e3e3ff), rgba(0x39393aff)
	case timeline.ColorHover:
		return rgba(0x00000014), rgba(0xffffff1a)
	case timeline.ColorPrimary:
		return rgba(0x296ff6ff), rgba(0x296ff6ff)
	case timeline.ColorSelection:
		return rgba(0x006cff40), rgba(0x006cff40)
	case timeline.ColorFocus:
		return rgba(0x006cff2a), rgba(0x006cff2a)
	case timeline.ColorError:
		return rgba(0xf44336ff), rgba(0xf44336ff)
	}
	return rgba(0x565656ff), rgba(0xf3f3f3ff) // foreground
}

// rgba returns the colour written as 0xRRGGBBAA.
func rgba(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 24), G: uint8(v >> 16), B: uint8(v >> 8), A: uint8(v)}
}

// Palette returns the colour of item palette index i, as on screen: the
// palette reads on both themes.
func (t Theme) Palette(i int) color.NRGBA {
	return timeline.PaletteColor(i)
}
