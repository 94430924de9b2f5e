package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/dateline/dateline/app/convert"
)

// The detail pane sits beside the timeline, on the right, when the window
// is wide, so that the timeline keeps the whole height for its lanes; on
// a narrow window it goes below. The side split's offset is remembered in
// the preferences from one run to the next.

// Preference key and defaults of the detail pane.
const (
	prefPaneSide = "detailPane.sideOffset"
	// defaultSideOffset is the timeline's share of the width when the
	// pane is beside it.
	defaultSideOffset = 0.7
	// wideAspect and sidePane make a window wide: at least this much
	// wider than high, and the pane's share of the width at least this
	// wide, room for the event and its editor side by side. The test
	// is on sizes only, not on what the pane shows, so selecting an
	// event never turns the split.
	wideAspect = 1.3
	sidePane   = 600
)

// panePlacer is the layout of the timeline and detail split: it turns the
// split sideways on wide windows and back on narrow ones, each way with
// its own offset.
type panePlacer struct {
	split *container.Split
	prefs fyne.Preferences
	// below is the offset of the split with the pane below, set by the
	// grouping (see splitOffset).
	below float64
}

// newPanePlacer returns the placer of split, whose side offset comes from
// prefs.
func newPanePlacer(split *container.Split, prefs fyne.Preferences) *panePlacer {
	return &panePlacer{split: split, prefs: prefs, below: splitOffset(convert.GroupNone)}
}

// wide reports whether an area of size s gets the pane beside the
// timeline, the timeline taking the share offset of the width.
func wide(s fyne.Size, offset float64) bool {
	return s.Width >= wideAspect*s.Height && float64(s.Width)*(1-offset) >= sidePane
}

// Layout turns the split to suit size and fills it with the split.
func (p *panePlacer) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	offset := p.split.Offset
	if !p.split.Horizontal {
		offset = p.offset(true)
	}
	if side := wide(size, offset); side != p.split.Horizontal {
		p.remember()
		p.split.Horizontal = side
		p.split.Offset = p.offset(side)
		p.split.Refresh()
	}
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is that of the split with the pane below, whichever way it is
// turned now: a window can then always shrink to where the pane goes
// below, which is only beside when there is room for both.
func (p *panePlacer) MinSize(objects []fyne.CanvasObject) fyne.Size {
	lead, trail := p.split.Leading.MinSize(), p.split.Trailing.MinSize()
	divider := theme.Padding() // about the split's divider
	return fyne.NewSize(max(lead.Width, trail.Width), lead.Height+trail.Height+divider)
}

// offset is the split's offset with the pane beside (side) or below.
func (p *panePlacer) offset(side bool) float64 {
	if !side {
		return p.below
	}
	return p.prefs.FloatWithFallback(prefPaneSide, defaultSideOffset)
}

// setBelow sets the offset with the pane below, applying it when the pane
// is below now.
func (p *panePlacer) setBelow(offset float64) {
	p.below = offset
	if !p.split.Horizontal {
		p.split.SetOffset(offset)
	}
}

// remember keeps the offset of the side split in the preferences, as the
// user dragged it.
func (p *panePlacer) remember() {
	if p.split.Horizontal {
		p.prefs.SetFloat(prefPaneSide, p.split.Offset)
	}
}
