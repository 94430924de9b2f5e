package view

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/dateline/dateline/timeline"
)

// The lanes grow with their events (timeline.Layout sizes them); when
// together they are taller than the view, the lane area scrolls while the
// time axis stays put: a vertical drag, the mouse wheel over the scroll
// bar at the right edge, Page Up and Page Down move it, and selecting an
// event scrolls its row into view.

// buildLanes lays the frame out at m scrolled to the lanes' offset, which
// the Layout clamps to the lanes' height; after a selection it scrolls
// the selected item's row into view and lays out again.
func (t *Timeline) buildLanes(m timeline.Metrics) *timeline.Scene {
	m.ScrollY = t.scrollY
	sc := t.layout.Build(t.index, t.scale, m, t.selected, t.lanes)
	t.scrollY, _, _ = t.layout.Scroll()
	if !t.reveal {
		return sc
	}
	t.reveal = false
	if y := t.revealOffset(m); y != t.scrollY {
		m.ScrollY = y
		sc = t.layout.Build(t.index, t.scale, m, t.selected, t.lanes)
		t.scrollY, _, _ = t.layout.Scroll()
	}
	return sc
}

// revealOffset returns the lane offset that shows the selected item's
// row below its lane's header, moving as little as it can.
func (t *Timeline) revealOffset(m timeline.Metrics) float32 {
	row, ok := t.layout.SelectedRow()
	off, _, vis := t.layout.Scroll()
	if !ok {
		return off
	}
	header := float32(0)
	if len(t.lanes) > 0 {
		header = m.LaneHeader
	}
	switch {
	case row-header < off:
		return max(0, row-header)
	case row+m.RowHeight > off+vis:
		return row + m.RowHeight - vis
	}
	return off
}

// LaneScroll reports how far the lanes are scrolled, how tall they are
// together and how much of them the view shows, in pixels.
func (t *Timeline) LaneScroll() (offset, content, visible float32) {
	return t.layout.Scroll()
}

// ScrollLanes scrolls the lane area down by dy pixels (up when negative),
// within the lanes' height, and reports whether it moved.
func (t *Timeline) ScrollLanes(dy float32) bool {
	if !t.moveLanes(dy) {
		return false
	}
	t.Refresh()
	return true
}

// moveLanes changes the lanes' offset by dy without redrawing.
func (t *Timeline) moveLanes(dy float32) bool {
	_, content, vis := t.layout.Scroll()
	y := max(0, min(t.scrollY+dy, content-vis))
	if y == t.scrollY {
		return false
	}
	t.scrollY = y
	return true
}

// pageLanes scrolls the lanes by most of the view, dir 1 down, -1 up.
func (t *Timeline) pageLanes(dir float32) {
	_, _, vis := t.layout.Scroll()
	t.ScrollLanes(dir * vis * 0.9)
}

// wheelOnScrollBar scrolls the lanes when the wheel turns over the scroll
// bar's strip at the right edge, and reports whether it did: elsewhere
// the wheel zooms.
func (t *Timeline) wheelOnScrollBar(ev *fyne.ScrollEvent) bool {
	_, content, vis := t.layout.Scroll()
	if content <= vis || ev.Position.X < t.Size().Width-scrollStrip(t.Theme()) {
		return false
	}
	t.ScrollLanes(-ev.Scrolled.DY)
	return true
}

// scrollStrip is the width at the right edge where the wheel scrolls the
// lanes: the scroll bar and some room either side of it.
func scrollStrip(th fyne.Theme) float32 {
	return 3 * th.Size(theme.SizeNameScrollBar)
}

// scrollBar returns the box of the lanes' scroll bar in the widget, and
// false when the lanes fit and none is drawn.
func (t *Timeline) scrollBar() (x, y, w, h float32, ok bool) {
	off, content, vis := t.layout.Scroll()
	if t.scene == nil || content <= vis+0.5 {
		return 0, 0, 0, 0, false
	}
	top := t.scene.Axis.Y + t.scene.Axis.H
	w = t.Theme().Size(theme.SizeNameScrollBarSmall) * 2
	h = max(vis*vis/content, w)
	y = top + (vis-h)*off/(content-vis)
	return t.Size().Width - w - 2, y, w, h, true
}
