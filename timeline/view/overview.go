package view

import (
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/timeline"
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
func (o *Overview) scale() timeline.Scale {
	w := o.Size().Width
	start, end := o.main.index.Bounds()
	if o.main.index.Len() == 0 {
		return o.main.scale
	}
	return timeline.FitBreaks(start, end, w, 8, o.main.scale.Breaks)
}

// Tapped centres the main view on the instant under the pointer.
func (o *Overview) Tapped(ev *fyne.PointEvent) {
	o.centreAt(o.scale().Time(ev.Position.X))
}

// Dragged moves the main view's window with the pointer: the instant at
// the main view's centre follows the pointer along the band, breaks and
// all.
func (o *Overview) Dragged(ev *fyne.DragEvent) {
	m := o.main
	sc := o.scale()
	centre := m.scale.Time(m.Size().Width / 2)
	o.centreAt(sc.Time(sc.X(centre) + ev.Dragged.DX))
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
	s := o.Theme().Size(theme.SizeNameText)
	return fyne.NewSize(s*10, s*3)
}

// CreateRenderer is called by Fyne to draw the band.
func (o *Overview) CreateRenderer() fyne.WidgetRenderer {
	r := &overviewRenderer{o: o, window: canvas.NewRectangle(color.Transparent)}
	r.density = canvas.NewRaster(r.paint)
	r.start = canvas.NewText("", color.Black)
	r.end = canvas.NewText("", color.Black)
	r.window.StrokeWidth = 1
	r.objects = []fyne.CanvasObject{r.density, r.window, r.start, r.end}
	return r
}

// overviewRenderer draws the band: Layout places the strip, the window
// and the end labels; Refresh re-reads the theme and the texts.
type overviewRenderer struct {
	o          *Overview
	density    *canvas.Raster
	window     *canvas.Rectangle
	start, end *canvas.Text
	objects    []fyne.CanvasObject

	bins    []float32
	binsOf  densityKey // what bins were computed for
	img     *image.NRGBA
	primary color.NRGBA // the density colour, read at Refresh
	muted   color.NRGBA // the break colour
}

// densityKey is what the band's density depends on: the items, the band's
// scale and its pixels. The main view's zooms and pans change none of
// them, so the density is computed once per corpus and size, not every
// frame.
type densityKey struct {
	idx   *timeline.Index
	sc    timeline.Scale
	w     int
	scale float64
}

func (r *overviewRenderer) Destroy()                     {}
func (r *overviewRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *overviewRenderer) MinSize() fyne.Size           { return r.o.MinSize() }

// Layout places the density strip, the main view's window and the labels
// of the corpus's ends.
func (r *overviewRenderer) Layout(size fyne.Size) {
	r.density.Resize(size)
	sc := r.o.scale()
	m := r.o.main
	x0 := max(sc.X(m.scale.Time(0)), -2)
	x1 := min(sc.X(m.scale.Time(m.Size().Width)), size.Width+2)
	if x1-x0 < 3 {
		mid := (x0 + x1) / 2
		x0, x1 = mid-1.5, mid+1.5
	}
	r.window.Move(fyne.NewPos(x0, 1))
	r.window.Resize(fyne.NewSize(x1-x0, size.Height-2))
	r.start.Move(fyne.NewPos(4, 0))
	r.start.Resize(r.start.MinSize())
	end := r.end.MinSize()
	r.end.Move(fyne.NewPos(size.Width-4-end.Width, 0))
	r.end.Resize(end)
}

// Refresh re-reads the theme's colours and sizes and the corpus's ends,
// then places everything again: the main view's window moves with it.
func (r *overviewRenderer) Refresh() {
	o, th := r.o, r.o.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.window.FillColor = withAlpha(th.Color(theme.ColorNameSelection, v), 0x50)
	r.window.StrokeColor = th.Color(theme.ColorNameForeground, v)
	r.primary = nrgba(th.Color(theme.ColorNamePrimary, v))
	r.muted = nrgba(th.Color(theme.ColorNameDisabled, v))
	start, end := o.main.index.Bounds()
	r.label(r.start, start, th, v)
	r.label(r.end, end.Add(-time.Nanosecond), th, v)
	r.Layout(o.Size())
	canvas.Refresh(o)
}

// label sets t to name the month of at, in the theme's caption style.
func (r *overviewRenderer) label(t *canvas.Text, at time.Time, th fyne.Theme, v fyne.ThemeVariant) {
	t.Text = ""
	if r.o.main.index.Len() > 0 {
		t.Text = at.UTC().Format("Jan 2006")
	}
	t.TextSize = th.Size(theme.SizeNameCaptionText)
	t.Color = th.Color(theme.ColorNamePlaceHolder, v)
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
	// Map device pixels back to the band's coordinates.
	scale := float64(o.Size().Width) / float64(w)
	sc := o.scale()
	bins, peak := r.histogram(sc, w, scale)
	r.paintBreaks(sc, h, scale)
	if peak <= 0 {
		return r.img
	}
	c := r.primary
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

// histogram returns the band's histogram, one bin per device pixel, and its
// peak, computing it only when the items, the band's scale or its size
// changed since the last paint.
func (r *overviewRenderer) histogram(sc timeline.Scale, w int, scale float64) ([]float32, float32) {
	key := densityKey{idx: r.o.main.index, sc: sc, w: w, scale: scale}
	if cap(r.bins) < w {
		r.bins = make([]float32, w)
		r.binsOf = densityKey{}
	}
	bins := r.bins[:w]
	if key != r.binsOf {
		r.o.main.index.DensityScale(sc, 0, float32(scale), bins)
		r.binsOf = key
	}
	var peak float32
	for _, v := range bins {
		peak = max(peak, v)
	}
	return bins, peak
}

// paintBreaks marks the band's breaks as thin columns in the muted
// colour, so the band shows where time was compressed, as the axis does.
func (r *overviewRenderer) paintBreaks(sc timeline.Scale, h int, scale float64) {
	b := sc.Breaks
	for i := range b.Len() {
		br := b.At(i)
		x0 := int(float64(sc.X(br.Start)) / scale)
		x1 := int(float64(sc.X(br.End)) / scale)
		for _, x := range [2]int{x0 + (x1-x0)/3, x1 - (x1-x0)/3} {
			for y := 0; y < h; y += 2 {
				if x >= 0 && x < r.img.Rect.Dx() {
					r.img.SetNRGBA(x, y, r.muted)
				}
			}
		}
	}
}
