package view_test

import (
	"bytes"
	"flag"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/dateline/dateline/timeline/view"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// variantTheme is the default theme held to one variant, so light and dark
// goldens do not depend on the machine's setting.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (v variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return v.Theme.Color(n, v.variant)
}

// goldenWindow shows the briefing items in a fixed-size window at a fixed
// "today", themed by variant.
func goldenWindow(t *testing.T, variant fyne.ThemeVariant) (*view.Timeline, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), variant})
	tl := view.New()
	tl.Now = day("2024-12-01")
	w := a.NewWindow("golden")
	w.SetPadded(false)
	w.SetContent(container.NewThemeOverride(tl, variantTheme{theme.DefaultTheme(), variant}))
	w.Resize(fyne.NewSize(640, 240))
	// Every item, as the goldens always showed: a new Timeline is fitted
	// to all its items, and UpdateItems keeps that view where SetItems
	// would frame the story.
	tl.UpdateItems(briefingItems())
	w.Show()
	tl.Select(2) // mid-view, so selecting does not scroll
	return tl, w
}

// TestTimeline_GoldenImages compares the rendered timeline with PNGs in
// testdata, light and dark. Run with -update to rewrite them after a
// deliberate change, then look at them.
func TestTimeline_GoldenImages(t *testing.T) {
	for name, variant := range map[string]fyne.ThemeVariant{"light": theme.VariantLight, "dark": theme.VariantDark} {
		t.Run(name, func(t *testing.T) {
			_, w := goldenWindow(t, variant)
			img := w.Canvas().Capture()
			path := filepath.Join("testdata", "timeline_"+name+".png")
			if *update {
				var buf bytes.Buffer
				if err := png.Encode(&buf, img); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			test.AssertImageMatches(t, "timeline_"+name+".png", img)
		})
	}
}

// TestTimeline_GoldenMarkup compares the canvas objects the timeline draws
// with a markup golden: structure that survives font changes.
func TestTimeline_GoldenMarkup(t *testing.T) {
	_, w := goldenWindow(t, theme.VariantLight)
	path := filepath.Join("testdata", "timeline_briefing.xml")
	if *update {
		if err := os.WriteFile(path, []byte(test.RenderToMarkup(w.Canvas())), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	test.AssertRendersToMarkup(t, "timeline_briefing.xml", w.Canvas())
}
