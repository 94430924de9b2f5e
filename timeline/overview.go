package timeline

import (
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

var (
	_ fyne.Widget     = (*Overview)(nil)
	_ fyne.Tappable   = (*Overview)(nil)
	_ fyne.Draggable  = (*Overview)(nil)
	_ fyne.Scrollable = (*Overview)(nil)
)

// Overview is the band under a Timeline that shows the whole corpus as a
// density strip with the main view's window outlined. Clicking in the band
// centres the main view there; dragging moves the window.
type Overview struct {
	widget.BaseWidget
	main *Timeline
}

// NewOverview returns the overview band of main; main refreshes it when its
// view or items change.
func NewOverview(main *Timeline) *Overview {
	o := &Overview{main: main}
	o.ExtendBaseWidget(o)
	main.overview = o
	return o
}

// scale maps the whole corpus onto the band's width.
func (o *Overview) scale() Scale {
	w := o.Size().Width
	start, end := o.main.index.Bounds()
	if o.main.index.Len() == 0 {
		return o.main.scale
	}
	return Fit(start, end, w, 8)
}

// Tapped centres the main view on the instant under the pointer.
func (o *Overview) Tapped(ev *fyne.PointEvent) {
	o.centreAt(o.scale().Time(ev.Position.X))
}

// Dragged moves the main view's window with the pointer.
func (o *Overview) Dragged(ev *fyne.DragEvent) {
	m := o.main
	ratio := o.scale().SecondsPerPixel / m.scale.SecondsPerPixel
	m.SetScale(m.scale.Pan(-ev.Dragged.DX * float32(ratio)))
}

// DragEnd ends a drag; nothing to finish.
func (o *Overview) DragEnd() {}

// Scrolled zooms the main view around the instant under the pointer.
func (o *Overview) Scrolled(ev *fyne.ScrollEvent) {
	m := o.main
	x := m.scale.X(o.scale().Time(ev.Position.X))
	m.ZoomAt(x, wheelFactor(ev.Scrolled.DY))
}

func (o *Overview) centreAt(t time.Time) {
	m := o.main
	m.SetScale(m.scale.Pan(m.Size().Width/2 - m.scale.X(t)))
}

// MinSize is a thin strip.
func (o *Overview) MinSize() fyne.Size {
	return fyne.NewSize(theme.TextSize()*10, theme.TextSize()*3)
}

// CreateRenderer is called by Fyne to draw the band.
func (o *Overview) CreateRenderer() fyne.WidgetRenderer {
	r := &overviewRenderer{o: o, window: canvas.NewRectangle(color.Transparent)}
	r.density = canvas.NewRaster(r.paint)
	r.start = canvas.NewText("", color.Black)
	r.end = canvas.NewText("", color.Black)
	r.objects = []fyne.CanvasObject{r.density, r.window, r.start, r.end}
	return r
}

type overviewRenderer struct {
	o          *Overview
	density    *canvas.Raster
	window     *canvas.Rectangle
	start, end *canvas.Text
	objects    []fyne.CanvasObject

	bins []float32
	img  *image.NRGBA
}

func (r *overviewRenderer) Destroy()                     {}
func (r *overviewRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *overviewRenderer) MinSize() fyne.Size           { return r.o.MinSize() }

func (r *overviewRenderer) Layout(size fyne.Size) {
	r.density.Resize(size)
	r.Refresh()
}

// Refresh outlines the main view's window and labels the corpus's ends.
func (r *overviewRenderer) Refresh() {
	o, th := r.o, r.o.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	size := o.Size()
	sc := o.scale()
	m := o.main
	x0 := max(sc.X(m.scale.Time(0)), -2)
	x1 := min(sc.X(m.scale.Time(m.Size().Width)), size.Width+2)
	if x1-x0 < 3 {
		mid := (x0 + x1) / 2
		x0, x1 = mid-1.5, mid+1.5
	}
	r.window.FillColor = withAlpha(th.Color(theme.ColorNameSelection, v), 0x50)
	r.window.StrokeColor = th.Color(theme.ColorNameForeground, v)
	r.window.StrokeWidth = 1
	r.window.Move(fyne.NewPos(x0, 1))
	r.window.Resize(fyne.NewSize(x1-x0, size.Height-2))
	r.window.Refresh()

	start, end := m.index.Bounds()
	r.label(r.start, start, 4, th, v)
	r.label(r.end, end.Add(-time.Nanosecond), size.Width-4-r.end.MinSize().Width, th, v)
	r.density.Refresh()
}

func (r *overviewRenderer) label(t *canvas.Text, at time.Time, x float32, th fyne.Theme, v fyne.ThemeVariant) {
	t.Text = ""
	if r.o.main.index.Len() > 0 {
		t.Text = at.UTC().Format("Jan 2006")
	}
	t.TextSize = theme.CaptionTextSize()
	t.Color = th.Color(theme.ColorNamePlaceHolder, v)
	t.Move(fyne.NewPos(x, 0))
	t.Resize(t.MinSize())
	t.Refresh()
}

// paint draws the density strip: one column per pixel, its height and
// strength growing with the square root of the number of items there, so
// a lone event still shows next to a busy week.
func (r *overviewRenderer) paint(w, h int) image.Image {
	if r.img == nil || r.img.Rect.Dx() != w || r.img.Rect.Dy() != h {
		r.img = image.NewNRGBA(image.Rect(0, 0, w, h))
	} else {
		clear(r.img.Pix)
	}
	o := r.o
	if w == 0 || o.main.index.Len() == 0 {
		return r.img
	}
	if cap(r.bins) < w {
		r.bins = make([]float32, w)
	}
	bins := r.bins[:w]
	// Map device pixels back to the band's coordinates.
	scale := float64(o.Size().Width) / float64(w)
	sc := o.scale()
	start := sc.Time(0)
	end := sc.Time(float32(float64(w) * scale))
	peak := o.main.index.Density(start, end, bins)
	if peak <= 0 {
		return r.img
	}
	c := color.NRGBAModel.Convert(o.Theme().Color(theme.ColorNamePrimary, fyne.CurrentApp().Settings().ThemeVariant())).(color.NRGBA)
	norm := float32(math.Sqrt(float64(peak)))
	for x, v := range bins {
		if v <= 0 {
			continue
		}
		// Any item gets a visible bar; more items, a taller one.
		f := 0.25 + 0.75*float32(math.Sqrt(float64(v)))/norm
		top := h - int(math.Ceil(float64(f)*float64(h-2)))
		c.A = uint8(90 + 150*f)
		for y := max(top, 0); y < h; y++ {
			r.img.SetNRGBA(x, y, c)
		}
	}
	return r.img
}
