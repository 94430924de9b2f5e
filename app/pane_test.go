package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestUI_DetailPanePlacement resizes the window between wide and narrow:
// the detail pane goes beside the timeline, on the right, when the window
// is wide and below it when narrow, and the side split's offset as the
// user left it is kept in the preferences.
func TestUI_DetailPanePlacement(t *testing.T) {
	u := newTestUI(t)
	u.Window().Resize(fyne.NewSize(2400, 1200))
	if !u.split.Horizontal {
		t.Fatal("pane below the timeline in a wide window")
	}
	if u.split.Trailing != u.detail.content {
		t.Error("the detail pane is not on the right")
	}
	beside := u.timeline.Size().Height
	u.split.SetOffset(0.6) // as a drag of the divider would
	u.Window().Resize(fyne.NewSize(900, 760))
	if u.split.Horizontal {
		t.Error("pane beside the timeline in a narrow window")
	}
	if below := u.timeline.Size().Height; beside < 1.3*below {
		t.Errorf("timeline %v high beside the pane, %v above it: want it to get the height", beside, below)
	}
	if got := u.app.Preferences().Float(prefPaneSide); got != 0.6 {
		t.Errorf("side offset kept as %v, want 0.6", got)
	}
	u.Window().Resize(fyne.NewSize(2560, 1400))
	if !u.split.Horizontal || u.split.Offset != 0.6 {
		t.Errorf("wide again: horizontal %v offset %v, want the pane beside at 0.6", u.split.Horizontal, u.split.Offset)
	}
}

// TestWide checks which sizes count as wide with the default offset.
func TestWide(t *testing.T) {
	type wideCase struct {
		size fyne.Size
		want bool
	}
	for _, c := range []wideCase{
		{fyne.NewSize(1200, 800), false}, // the pane would get 360
		{fyne.NewSize(2000, 900), true},
		{fyne.NewSize(2560, 1400), true},
		{fyne.NewSize(1024, 700), false},
		{fyne.NewSize(2400, 1900), false}, // tall: the pane goes below
	} {
		if got := wide(c.size, defaultSideOffset); got != c.want {
			t.Errorf("wide(%v) = %v, want %v", c.size, got, c.want)
		}
	}
}
