package view

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
)

// renderer draws a Timeline's frame, the Scene its widget built, with
// draw.Draw on a Canvas of recycled canvas objects, so the screen looks
// like the exported files. It follows Fyne's contract: Layout only places
// the objects whose place depends on the size (background, focus ring),
// Refresh re-reads the theme and redraws, and nothing here writes the
// widget's state.
type renderer struct {
	t          *Timeline
	background *canvas.Rectangle
	focus      *canvas.Rectangle
	canvas     fyneCanvas
	colors     themeColors
}

func newRenderer(t *Timeline) *renderer {
	r := &renderer{
		t:          t,
		background: canvas.NewRectangle(color.Transparent),
		focus:      canvas.NewRectangle(color.Transparent),
	}
	r.canvas.init()
	r.focus.StrokeWidth = 2
	return r
}

func (r *renderer) Destroy() {}

func (r *renderer) Objects() []fyne.CanvasObject { return r.canvas.objects }

// MinSize is small: the timeline takes what the window gives it.
func (r *renderer) MinSize() fyne.Size {
	s := r.t.Theme().Size(theme.SizeNameText)
	return fyne.NewSize(20*s, 8*s)
}

// Layout places the background and the focus ring; the marks were placed
// by Refresh from the frame, which the widget builds when it is resized.
func (r *renderer) Layout(size fyne.Size) {
	r.background.Resize(size)
	r.focus.Move(fyne.NewPos(1, 1))
	r.focus.Resize(fyne.NewSize(size.Width-2, size.Height-2))
}

// Refresh re-reads the theme, draws the widget's frame and asks the
// canvas to repaint.
func (r *renderer) Refresh() {
	r.draw()
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

// draw reads the theme's colours and turns the frame into canvas objects:
// background, the Scene as draw.Draw draws it, the focus ring.
func (r *renderer) draw() {
	th := r.t.Theme()
	r.colors.read(th, r.variant())
	size := r.t.Size()
	r.canvas.reset(size)
	sc := r.t.scene
	if sc == nil {
		return
	}
	r.background.FillColor = r.canvas.boxed(r.colors.Color(timeline.ColorBackground))
	r.canvas.add(r.background)
	draw.Draw(&r.canvas, sc, &r.colors)
	if x, y, w, h, ok := r.t.scrollBar(); ok {
		r.canvas.FillRect(x, y, w, h, w/2, nrgba(th.Color(theme.ColorNameScrollBar, r.variant())))
	}
	if r.t.focused {
		r.focus.FillColor = color.Transparent
		r.focus.StrokeColor = r.canvas.boxed(r.colors.Color(timeline.ColorFocus))
		r.canvas.add(r.focus)
	}
}

// variant is the app's theme variant, light or dark.
func (r *renderer) variant() fyne.ThemeVariant {
	return fyne.CurrentApp().Settings().ThemeVariant()
}

// sceneColors are the theme colour names a Scene uses.
var sceneColors = [...]string{
	timeline.ColorForeground, timeline.ColorBackground, timeline.ColorPrimary,
	timeline.ColorDisabled, timeline.ColorSeparator, timeline.ColorHover,
	timeline.ColorSelection, timeline.ColorFocus, timeline.ColorError,
}

// themeColors is the draw.Theme of a Fyne theme in one variant: the
// Scene's colours, read from the widget's theme at each Refresh, so dark
// mode and ThemeOverride just work.
type themeColors struct {
	cols [len(sceneColors)]color.NRGBA
}

// read looks the Scene's colours up in th.
func (tc *themeColors) read(th fyne.Theme, v fyne.ThemeVariant) {
	for i, name := range sceneColors {
		tc.cols[i] = nrgba(th.Color(fyne.ThemeColorName(name), v))
	}
}

// Color implements draw.Theme; unknown names get the foreground.
func (tc *themeColors) Color(name string) color.NRGBA {
	for i, n := range sceneColors {
		if n == name {
			return tc.cols[i]
		}
	}
	return tc.cols[0]
}

// nrgba converts c to non-premultiplied RGBA without allocating, as
// color.NRGBAModel would.
func nrgba(c color.Color) color.NRGBA {
	if n, ok := c.(color.NRGBA); ok {
		return n
	}
	r, g, b, a := c.RGBA()
	switch a {
	case 0:
		return color.NRGBA{}
	case 0xffff:
		return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0xff}
	}
	return color.NRGBA{R: uint8((r * 0xffff / a) >> 8), G: uint8((g * 0xffff / a) >> 8), B: uint8((b * 0xffff / a) >> 8), A: uint8(a >> 8)}
}
