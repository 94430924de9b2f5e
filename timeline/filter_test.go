package timeline_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
)

// TestLayout_DimHide checks that hidden items leave the scene and dimmed
// ones are marked faded with a disabled label, the others untouched.
func TestLayout_DimHide(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 11, d, 0, 0, 0, 0, time.UTC) }
	items := []timeline.Item{
		{Start: day(1), Label: "kept"},
		{Start: day(2), Label: "dimmed"},
		{Start: day(3), Label: "hidden"},
		{Start: day(4), End: day(11), Span: true, Label: "dimmed week"},
	}
	idx := timeline.NewIndex(items, nil)
	sc := timeline.Scale{Origin: day(1).Add(-24 * time.Hour), SecondsPerPixel: 600}
	l := timeline.Layout{Dim: []bool{false, true, false, true}, Hide: []bool{false, false, true, false}}
	s := l.Build(idx, sc, timeline.Metrics{Width: 2000, Height: 400}, -1, nil)
	dim := map[int]bool{}
	for _, p := range s.Points {
		dim[p.Item] = p.Dim
	}
	for _, p := range s.Spans {
		dim[p.Item] = p.Dim
	}
	want := map[int]bool{0: false, 1: true, 3: true}
	if len(dim) != len(want) {
		t.Fatalf("marks for items %v, want %v", dim, want)
	}
	for i, w := range want {
		if d, ok := dim[i]; !ok || d != w {
			t.Errorf("item %d: dim %v (drawn %v), want %v", i, d, ok, w)
		}
	}
	for _, lb := range s.Labels {
		if lb.Dim != want[lb.Item] || (lb.Dim && lb.Color != timeline.ColorDisabled) {
			t.Errorf("label %q: dim %v colour %q", lb.Text, lb.Dim, lb.Color)
		}
	}
}
