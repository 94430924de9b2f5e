package view

import (
	"fmt"
	"io"
	"math"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/internal/cputime"
)

var (
	_ fyne.Widget         = (*Timeline)(nil)
	_ fyne.Scrollable     = (*Timeline)(nil)
	_ fyne.Draggable      = (*Timeline)(nil)
	_ fyne.Tappable       = (*Timeline)(nil)
	_ fyne.DoubleTappable = (*Timeline)(nil)
	_ fyne.Focusable      = (*Timeline)(nil)
	_ fyne.Tabbable       = (*Timeline)(nil)
	_ desktop.Hoverable   = (*Timeline)(nil)
	_ desktop.Keyable     = (*Timeline)(nil)
	_ fyne.Shortcutable   = (*Timeline)(nil)
)

// zoomStep is the zoom factor of one +/- key press or toolbar click.
const zoomStep = 1.5

// wheelZoom is the zoom of one mouse-wheel notch; maxNotches bounds one
// scroll event, as Fyne multiplies fast wheel spins by 125.
const (
	wheelZoom  = 1.25
	maxNotches = 4
)

// wheelNotch is the scroll delta Fyne reports for one mouse-wheel notch:
// 10 on macOS, 25 elsewhere.
var wheelNotch = notchFor(runtime.GOOS)

func notchFor(goos string) float64 {
	if goos == "darwin" {
		return 10
	}
	return 25
}

// wheelFactor is the zoom factor of a vertical scroll of dy.
func wheelFactor(dy float32) float64 {
	notches := max(-maxNotches, min(maxNotches, float64(dy)/wheelNotch))
	return math.Pow(wheelZoom, notches)
}

// Timeline is a zoomable, pannable horizontal timeline of Items. The mouse
// wheel zooms around the pointer, dragging pans, a click selects, and the
// keyboard navigates (see TypedKey). It draws the Scene that Layout builds,
// so what it shows is what the exporters draw.
type Timeline struct {
	widget.BaseWidget

	// OnSelected is called with the item index when the selection changes
	// by click or keyboard, or with -1 when it is cleared.
	OnSelected func(item int)
	// OnActivated is called when Enter is pressed on the selected item.
	OnActivated func(item int)
	// OnHover is called with the item under the pointer when it changes,
	// or -1 when the pointer leaves every item; labels may be cut short,
	// so the app can show the whole of it.
	OnHover func(item int)
	// OnUnhandledKey receives the keys the timeline does not use, such as
	// F5, so window-wide keys work while it has the focus.
	OnUnhandledKey func(ev *fyne.KeyEvent)
	// OnUnhandledShortcut receives the shortcuts the timeline does not
	// use: Fyne gives a shortcut to the focused widget instead of the
	// window, so without it the window's Paste, Save or Undo would be lost
	// while the timeline has the focus.
	OnUnhandledShortcut func(s fyne.Shortcut)
	// Now places the "today" marker; zero means the wall clock.
	Now time.Time
	// Highlight marks an instant with a line, such as the selected
	// event's publication date; zero marks none.
	Highlight time.Time
	// TextScale enlarges labels and ticks, as for a projector; zero or one
	// is the theme's caption size.
	TextScale float32
	// Anchors are instants the opening view must show, such as the
	// articles' publication dates; see SetItems.
	Anchors []time.Time
	// FrameLog, when set, gets a line for each frame built after a wheel
	// or drag event, to measure interaction (see frameLine), and one for
	// the first frame of each corpus set (see itemsLine): main sets it
	// from DATELINE_FRAMES.
	FrameLog io.Writer

	index      *timeline.Index
	measuredAt float32 // the label size index was measured at
	lanes      []string
	scale      timeline.Scale
	selected   int
	fitted     bool // re-fit on resize until the user zooms or pans
	story      bool // the fitted view frames the story, not everything
	compress   bool // long empty stretches become axis breaks
	breaks     *timeline.Breaks
	fittedFor  fitKey // what the fitted scale was worked out for
	focused    bool
	hovered    int // the item under the pointer, or -1
	shift      bool
	scrollY    float32 // how far the lanes are scrolled down; see lanes.go
	reveal     bool    // scroll the selected item's row into view

	layout   timeline.Layout
	scene    *timeline.Scene // the frame; built by build, drawn by the renderer
	frames   int             // frames built, for tests
	anim     *fyne.Animation
	overview *Overview
	// input is when the wheel or drag event not yet drawn reached the
	// widget, and inputKind which it was; only with FrameLog.
	input     time.Time
	inputKind string
}

// New returns an empty timeline; give it items with SetItems.
func New() *Timeline {
	t := &Timeline{selected: -1, hovered: -1, fitted: true, compress: true, index: timeline.NewIndex(nil, nil)}
	t.layout.LongTicks = true // "Mon 4", "January" where there is room
	t.ExtendBaseWidget(t)
	return t
}

// SetItems replaces the items shown and frames the story: the shortest
// stretch holding timeline.StoryShare of them and every instant of Anchors, with
// notes at the edges of what lies outside. Fit (the 0 key) shows them all.
// Item indices in callbacks are positions in items. The timeline copies
// what it needs, so the caller may change items afterwards.
func (t *Timeline) SetItems(items []timeline.Item) { t.SetItemsOf(timeline.Slice(items)) }

// SetItemsOf is SetItems with the items given one at a time, as a corpus's
// events make them, so no slice of them all is built.
func (t *Timeline) SetItemsOf(items timeline.Items) {
	start := t.clock()
	t.index = t.newIndex(items)
	t.selected = -1
	t.fitted, t.story = true, true
	t.fit()
	t.Refresh()
	if t.FrameLog != nil && items.Len() > 0 {
		// The first frame of a corpus: how long indexing and the frame
		// took, and since the process started, in wall and CPU time.
		io.WriteString(t.FrameLog, itemsLine(items.Len(), start, time.Now(), cputime.Used()))
	}
}

// processStart approximates when the process started, for FrameLog's
// line for a corpus's first frame.
var processStart = time.Now()

// itemsLine is FrameLog's line for the first frame of n items, indexed
// and built from start to end: the Unix time at end, "items", n, the
// milliseconds from start and from the process's start, and the
// process's CPU time so far, as
//
//	1764600000.123456 items n=1000000 build=410.20 since-start=950.31 cpu=1210.77
func itemsLine(n int, start, end time.Time, cpu time.Duration) string {
	ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
	return fmt.Sprintf("%.6f items n=%d build=%.2f since-start=%.2f cpu=%.2f\n", float64(end.UnixMicro())/1e6, n,
		ms(end.Sub(start)), ms(end.Sub(processStart)), ms(cpu))
}

// Compress reports whether long empty stretches are drawn as axis breaks.
func (t *Timeline) Compress() bool { return t.compress }

// SetCompress turns the compression of empty time on or off (it starts
// on). A fitted view is fitted again; otherwise the instant at the centre
// and the zoom stay.
func (t *Timeline) SetCompress(on bool) {
	t.compress = on
	if t.fitted {
		t.fit()
		t.Refresh()
		return
	}
	t.breaks = t.placeBreaks()
	w := t.Size().Width
	s := t.scale
	centre := s.Time(w / 2)
	s.Breaks = t.breaks
	t.SetScale(s.Anchor(centre, w/2))
}

// newIndex indexes items with their labels measured at the label size.
func (t *Timeline) newIndex(items timeline.Items) *timeline.Index {
	size := t.labelSize()
	t.measuredAt = size
	w := widthsAt(size)
	return timeline.NewIndexOf(items, w.measure)
}

// labelSize is the text size of labels and ticks: the theme's caption
// size times TextScale.
func (t *Timeline) labelSize() float32 {
	scale := t.TextScale
	if scale <= 0 {
		scale = 1
	}
	return t.Theme().Size(theme.SizeNameCaptionText) * scale
}

// remeasure re-indexes the items when the label size has changed since
// they were measured, so labels never overlap after a change of scale.
func (t *Timeline) remeasure() {
	if t.labelSize() == t.measuredAt {
		return
	}
	t.index = t.newIndex(t.index)
}

// UpdateItems replaces the items but keeps the view and the selection, as
// when the same events are regrouped into other lanes.
func (t *Timeline) UpdateItems(items []timeline.Item) { t.UpdateItemsOf(timeline.Slice(items)) }

// UpdateItemsOf is UpdateItems with the items given one at a time.
func (t *Timeline) UpdateItemsOf(items timeline.Items) {
	t.index = t.newIndex(items)
	if t.selected >= t.index.Len() {
		t.selected = -1
	}
	t.Refresh()
}

// SetLanes names the lanes that Item.Lane indexes. With fewer than two
// names the timeline draws a single lane without a header.
func (t *Timeline) SetLanes(names []string) {
	t.lanes = names
	if len(names) < 2 {
		t.lanes = nil
	}
	t.Refresh()
}

// Index returns the index of the items shown.
func (t *Timeline) Index() *timeline.Index { return t.index }

// Scale returns the current mapping of time to pixels.
func (t *Timeline) Scale() timeline.Scale { return t.scale }

// SetScale sets the mapping of time to pixels, as a zoom or pan would.
// The view is kept within reach of the items: its centre may not leave
// the items' range widened by the view's own width on either side.
//
// With compression on, a Scale without breaks (such as a saved scene's)
// gets the timeline's, keeping the instant at its centre and its zoom.
func (t *Timeline) SetScale(s timeline.Scale) {
	if t.compress && s.Breaks == nil && t.breaks != nil {
		w := t.Size().Width
		centre := s.Time(w / 2)
		s.Breaks = t.breaks
		s = s.Anchor(centre, w/2)
	}
	t.scale = t.clampPan(s)
	t.fitted, t.fittedFor = false, fitKey{}
	t.Refresh()
}

// clampPan shifts s so the centre of the view stays within the items'
// range, widened by one view width each side, so panning can never lose
// the data.
func (t *Timeline) clampPan(s timeline.Scale) timeline.Scale {
	w := t.Size().Width
	if t.index.Len() == 0 || w <= 0 {
		return s
	}
	start, end := t.index.Bounds()
	centre := s.X(s.Time(w / 2))
	lo, hi := s.X(start)-w, s.X(end)+w
	switch {
	case centre < lo:
		return s.Pan(centre - lo)
	case centre > hi:
		return s.Pan(centre - hi)
	}
	return s
}

// Scene returns the frame last drawn, or nil before the first; it is valid
// until the next redraw.
func (t *Timeline) Scene() *timeline.Scene { return t.scene }

// Selected returns the selected item, or -1.
func (t *Timeline) Selected() int { return t.selected }

// Select selects item (or clears the selection with -1), scrolls it into
// view and calls OnSelected.
func (t *Timeline) Select(item int) {
	if item >= t.index.Len() {
		item = -1
	}
	t.selected = item
	if item >= 0 {
		t.scrollTo(item)
		t.reveal = true
	}
	t.Refresh()
	if t.OnSelected != nil {
		t.OnSelected(item)
	}
}

// Refresh builds the frame for the current state and size, redraws it
// and the overview band. The renderer only draws the frame built here.
func (t *Timeline) Refresh() {
	var cpu time.Duration
	if t.FrameLog != nil {
		cpu = cputime.Used()
	}
	start := t.clock()
	t.build()
	built := t.clock()
	t.BaseWidget.Refresh()
	if t.overview != nil {
		t.overview.Refresh()
	}
	if t.FrameLog != nil && !t.input.IsZero() {
		cpu = cputime.Used() - cpu
		io.WriteString(t.FrameLog, frameLine(t.inputKind, t.input, start, built, time.Now(), cpu))
		t.input = time.Time{}
	}
}

// clock reads the time when frames are logged, else returns zero.
func (t *Timeline) clock() time.Time {
	if t.FrameLog == nil {
		return time.Time{}
	}
	return time.Now()
}

// markInput notes that an input event of kind reached the widget, for
// FrameLog; a frame drawing several events counts from the first.
func (t *Timeline) markInput(kind string) {
	if t.FrameLog != nil && t.input.IsZero() {
		t.input, t.inputKind = time.Now(), kind
	}
}

// frameLine is FrameLog's line for a frame drawn for an input event of
// kind that arrived at input, built from start to built and drawn into
// canvas objects by end, using cpu of the process's CPU time: the Unix
// time at end, the kind, and build, draw, lag (input to end) and cpu in
// milliseconds, as
//
//	1764600000.123456 wheel build=1.20 draw=0.85 lag=2.31 cpu=2.02
//
// On a busy machine the wall times stretch; the CPU time much less.
func frameLine(kind string, input, start, built, end time.Time, cpu time.Duration) string {
	ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
	return fmt.Sprintf("%.6f %s build=%.2f draw=%.2f lag=%.2f cpu=%.2f\n", float64(end.UnixMicro())/1e6, kind,
		ms(built.Sub(start)), ms(end.Sub(built)), ms(end.Sub(input)), ms(cpu))
}

// Resize builds the frame for the new size: a fitted view is re-fitted to
// the new width. Fyne calls the renderer's Layout, which only places.
func (t *Timeline) Resize(size fyne.Size) {
	if size == t.Size() {
		return
	}
	t.BaseWidget.Resize(size)
	t.Refresh()
}

// build lays the Scene out for the widget's size, re-measuring the labels
// first when the text size changed: the frame the renderer draws. A view
// never zoomed nor panned stays fitted to the items.
func (t *Timeline) build() {
	size := t.Size()
	if size.Width <= 0 || size.Height <= 0 {
		t.scene = nil
		return
	}
	if t.fitted {
		t.fit()
	}
	t.remeasure()
	t.layout.Now, t.layout.Highlight = t.now(), t.Highlight
	t.scene = t.buildLanes(metrics(size, t.measuredAt))
	t.frames++
}

// metrics derives the Scene's pixel sizes from the label text size.
func metrics(size fyne.Size, ts float32) timeline.Metrics {
	return timeline.Metrics{Width: size.Width, Height: size.Height, TextSize: ts, RowHeight: ts * 2, LaneHeader: ts * 1.5}
}

// Fit zooms and pans so every item is in view, with long empty stretches
// compressed unless SetCompress turned that off.
func (t *Timeline) Fit() {
	t.fitted, t.story, t.fittedFor = true, false, fitKey{}
	t.fit()
	t.Refresh()
}

// fitKey is what a fitted view depends on. A fitted view is re-fitted on
// every frame (so it follows resizes), and placing breaks and finding the
// story read every item, so it is worked out again only when one of these
// changed.
type fitKey struct {
	index         *timeline.Index
	width, text   float32
	story, packed bool
	anchors       int
}

// fit frames the story or everything, on the breaks for the whole range.
// Breaks equal to the last ones are kept, so the Scale stays the same.
func (t *Timeline) fit() {
	key := fitKey{t.index, t.width(), t.labelSize(), t.story, t.compress, len(t.Anchors)}
	if key == t.fittedFor && t.scale.SecondsPerPixel > 0 {
		return
	}
	t.fittedFor = key
	w := t.width()
	start, end := t.bounds()
	if b := t.placeBreaks(); !b.Equal(t.breaks) {
		t.breaks = b
	}
	if t.story {
		if s, e, ok := t.index.Story(timeline.StoryShare, t.Anchors); ok {
			start, end = s, e
		}
	}
	t.scale = timeline.FitBreaks(start, end, w, w*0.06, t.breaks)
}

// placeBreaks returns the breaks of the whole range at the current width,
// or nil when compression is off.
func (t *Timeline) placeBreaks() *timeline.Breaks {
	if !t.compress || t.index.Len() == 0 {
		return nil
	}
	w := t.width()
	start, end := t.bounds()
	return timeline.PlaceBreaks(t.index, start, end, w*0.88, t.labelSize())
}

// width is the widget's width, or a default before it has one.
func (t *Timeline) width() float32 {
	if w := t.Size().Width; w > 0 {
		return w
	}
	return 800
}

// bounds returns the items' range, or two months around now when empty.
func (t *Timeline) bounds() (start, end time.Time) {
	if t.index.Len() == 0 {
		now := t.now()
		return now.AddDate(0, -1, 0), now.AddDate(0, 1, 0)
	}
	return t.index.Bounds()
}

// AnimateTo moves the view to s over d, easing in and out: the centre
// glides in time and the zoom changes geometrically, so a presenter's jump
// from a decade to a day reads as one smooth motion. A zero d jumps.
func (t *Timeline) AnimateTo(s timeline.Scale, d time.Duration) {
	if t.anim != nil {
		t.anim.Stop()
		t.anim = nil
	}
	if d <= 0 {
		t.SetScale(s)
		return
	}
	from, w := t.scale, t.Size().Width
	t.anim = fyne.NewAnimation(d, func(f float32) {
		t.SetScale(timeline.Tween(from, s, w, float64(f)))
	})
	t.anim.Curve = fyne.AnimationEaseInOut
	t.anim.Start()
}

// ScaleAround returns a view centred on item: a span fills half the width,
// a point shows about a month either side, so its neighbours give context.
func (t *Timeline) ScaleAround(item int) timeline.Scale {
	w := t.Size().Width
	if item < 0 || item >= t.index.Len() || w <= 0 {
		return t.scale
	}
	it := t.index.Item(item)
	start, end := it.Start, it.End
	if !it.Span || !end.After(start) {
		start, end = start.AddDate(0, 0, -30), start.AddDate(0, 0, 30)
	}
	// Linear: SetScale puts it on the breaks, keeping the item's middle
	// at the centre, so a break beside the item cannot push it aside.
	return timeline.Fit(start, end, w, w/4)
}

// ZoomIn zooms in around the centre of the view.
func (t *Timeline) ZoomIn() { t.ZoomAt(t.Size().Width/2, zoomStep) }

// ZoomOut zooms out around the centre of the view.
func (t *Timeline) ZoomOut() { t.ZoomAt(t.Size().Width/2, 1/zoomStep) }

// ZoomAt zooms by factor around pixel x, keeping the instant under x in
// place.
func (t *Timeline) ZoomAt(x float32, factor float64) {
	t.SetScale(t.scale.ZoomAt(x, factor))
}

// Scrolled zooms around the pointer with the vertical wheel and pans with
// the horizontal one (trackpads).
func (t *Timeline) Scrolled(ev *fyne.ScrollEvent) {
	if t.wheelOnScrollBar(ev) {
		return
	}
	t.markInput("wheel")
	s := t.scale
	if ev.Scrolled.DY != 0 {
		s = s.ZoomAt(ev.Position.X, wheelFactor(ev.Scrolled.DY))
	}
	if ev.Scrolled.DX != 0 {
		s = s.Pan(ev.Scrolled.DX)
	}
	t.SetScale(s)
}

// Dragged pans the view with the pointer, and scrolls the lanes when
// they are taller than the view.
func (t *Timeline) Dragged(ev *fyne.DragEvent) {
	t.markInput("drag")
	t.moveLanes(-ev.Dragged.DY)
	t.SetScale(t.scale.Pan(ev.Dragged.DX))
}

// DragEnd is called when a drag ends; nothing to finish.
func (t *Timeline) DragEnd() {}

// Tapped selects the item under the pointer; a cluster badge zooms in on
// the items it hides; empty space clears the selection.
func (t *Timeline) Tapped(ev *fyne.PointEvent) {
	if c := t.canvas(); c != nil {
		c.Focus(t)
	}
	if t.scene == nil {
		return
	}
	if e := t.scene.EdgeAt(ev.Position.X, ev.Position.Y); e >= 0 {
		t.goBeyond(t.scene.Edges[e])
		return
	}
	item, cluster := t.scene.HitTest(ev.Position.X, ev.Position.Y)
	if cluster >= 0 {
		t.zoomToCluster(t.scene.Clusters[cluster])
		return
	}
	t.Select(item)
}

// DoubleTapped zooms in on the point tapped.
func (t *Timeline) DoubleTapped(ev *fyne.PointEvent) {
	t.ZoomAt(ev.Position.X, 2)
}

func (t *Timeline) zoomToCluster(c timeline.Cluster) {
	start, end := time.Unix(int64(c.Start), 0).UTC(), time.Unix(int64(math.Ceil(c.End)), 0).UTC()
	w := t.Size().Width
	s := timeline.FitBreaks(start, end, w, w*0.2, t.scale.Breaks)
	if s.SecondsPerPixel >= t.scale.SecondsPerPixel {
		s = t.scale.ZoomAt(c.X+c.W/2, 2)
	}
	t.SetScale(s)
}

// goBeyond shows the items an edge note tells of, from the first to the
// last, on the current breaks.
func (t *Timeline) goBeyond(e timeline.Edge) {
	start, end := e.Range()
	w := t.Size().Width
	t.SetScale(timeline.FitBreaks(start, end, w, w*0.1, t.scale.Breaks))
}

// scrollTo pans so item is in view, leaving the zoom alone.
func (t *Timeline) scrollTo(item int) {
	w := t.Size().Width
	it := t.index.Item(item)
	x := t.scale.X(it.Start)
	margin := w * 0.1
	if x < margin || x > w-margin {
		t.scale = t.scale.Pan(w/2 - x)
		t.fitted, t.fittedFor = false, fitKey{}
	}
}

// FocusGained shows the focus ring.
func (t *Timeline) FocusGained() { t.focused = true; t.Refresh() }

// FocusLost hides the focus ring.
func (t *Timeline) FocusLost() { t.focused = false; t.Refresh() }

// AcceptsTab keeps Tab for stepping through events instead of moving the
// focus.
func (t *Timeline) AcceptsTab() bool { return true }

// TypedRune handles + (or =) and - to zoom, 0 to fit everything and f to
// fit the selected event.
func (t *Timeline) TypedRune(r rune) {
	switch r {
	case '+', '=':
		t.ZoomIn()
	case '-':
		t.ZoomOut()
	case '0':
		t.Fit()
	case 'f', 'F':
		if t.selected >= 0 {
			t.SetScale(t.ScaleAround(t.selected))
		}
	}
}

// KeyDown tracks Shift for Shift+Tab.
func (t *Timeline) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shift = true
	}
}

// KeyUp tracks Shift for Shift+Tab.
func (t *Timeline) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shift = false
	}
}

// TypedKey navigates: arrows pan, Page Up/Down scroll the lanes,
// Home/End select the first/last event,
// Tab/Shift+Tab select the next/previous event in time, Enter activates
// the selection.
func (t *Timeline) TypedKey(ev *fyne.KeyEvent) {
	w := t.Size().Width
	switch ev.Name {
	case fyne.KeyLeft:
		t.SetScale(t.scale.Pan(w / 8))
	case fyne.KeyRight:
		t.SetScale(t.scale.Pan(-w / 8))
	case fyne.KeyUp:
		t.ZoomIn()
	case fyne.KeyDown:
		t.ZoomOut()
	case fyne.KeyPageDown:
		t.pageLanes(1)
	case fyne.KeyPageUp:
		t.pageLanes(-1)
	case fyne.KeyHome:
		t.Select(t.index.First())
	case fyne.KeyEnd:
		t.Select(t.index.Last())
	case fyne.KeyTab:
		t.Step(map[bool]int{false: 1, true: -1}[t.shift])
	case fyne.KeyReturn, fyne.KeyEnter:
		if t.selected >= 0 && t.OnActivated != nil {
			t.OnActivated(t.selected)
		}
	default:
		if t.OnUnhandledKey != nil {
			t.OnUnhandledKey(ev)
		}
	}
}

// TypedShortcut moves the selection with a modified arrow: Ctrl, Alt or
// Shift with ← or → selects the previous or next event in time.
// Any other goes to OnUnhandledShortcut.
func (t *Timeline) TypedShortcut(s fyne.Shortcut) {
	if ks, ok := s.(fyne.KeyboardShortcut); ok && ks.Mod() != 0 {
		switch ks.Key() {
		case fyne.KeyLeft:
			t.Step(-1)
			return
		case fyne.KeyRight:
			t.Step(1)
			return
		}
	}
	if t.OnUnhandledShortcut != nil {
		t.OnUnhandledShortcut(s)
	}
}

// Step selects the event dir steps away in time (1 next, -1 previous); with
// nothing selected it starts at the first or last event.
func (t *Timeline) Step(dir int) {
	switch {
	case t.index.Len() == 0:
		return
	case t.selected < 0 && dir >= 0:
		t.Select(t.shown(t.index.First(), 1, -1))
	case t.selected < 0:
		t.Select(t.shown(t.index.Last(), -1, -1))
	default:
		t.Select(t.shown(t.index.Next(t.selected, dir), dir, t.selected))
	}
}

// MouseIn reports the item under the pointer to OnHover.
func (t *Timeline) MouseIn(ev *desktop.MouseEvent) { t.hoverAt(ev.Position) }

// MouseMoved reports the item under the pointer to OnHover.
func (t *Timeline) MouseMoved(ev *desktop.MouseEvent) { t.hoverAt(ev.Position) }

// MouseOut reports that no item is under the pointer.
func (t *Timeline) MouseOut() { t.setHovered(-1) }

func (t *Timeline) hoverAt(p fyne.Position) {
	item := -1
	if t.scene != nil {
		item, _ = t.scene.HitTest(p.X, p.Y)
	}
	t.setHovered(item)
}

// setHovered calls OnHover when the item under the pointer changes.
func (t *Timeline) setHovered(item int) {
	if item == t.hovered {
		return
	}
	t.hovered = item
	if t.OnHover != nil {
		t.OnHover(item)
	}
}

// MinSize is small: the timeline takes what the window gives it.
func (t *Timeline) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	return t.BaseWidget.MinSize()
}

// CreateRenderer is called by Fyne to draw the timeline.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	r := newRenderer(t)
	r.draw()
	r.Layout(t.Size())
	return r
}

func (t *Timeline) now() time.Time {
	if !t.Now.IsZero() {
		return t.Now
	}
	return time.Now()
}

func (t *Timeline) canvas() fyne.Canvas {
	return fyne.CurrentApp().Driver().CanvasForObject(t)
}
