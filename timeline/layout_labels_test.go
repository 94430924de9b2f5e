package timeline_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
)

// labelPlaceCase is one item alone on a compressed Scale and where its
// label must go.
type labelPlaceCase struct {
	name  string
	item  timeline.Item
	width float32
	// none is set when the label must be left out; otherwise x and w
	// are its box and clipped whether it is cut.
	none    bool
	x, w    float32
	clipped bool
}

// TestLayout_LabelsKeepOffBreaks places single items around a break mark
// (x 100 to 124 at one day a pixel, 14 px text, labels 7 px a letter):
// a label gets the room up to the break, goes to the other side of its
// mark, runs whole across the mark, is cut, or is left out, but is never
// cut at the mark while crossing it. The expected
// boxes are worked out by hand from the metrics' defaults: pad 14/3,
// dot radius 14/4, cuts of at least two text sizes.
func TestLayout_LabelsKeepOffBreaks(t *testing.T) {
	const pad, r = float32(14) / 3, float32(14) / 4
	day := func(x int) time.Time { // the instant at x, left or right of the break
		if x < 100 {
			return date(2024, 1, 1).AddDate(0, 0, x)
		}
		return date(2030, 1, 1).AddDate(0, 0, x-124)
	}
	point := func(x int, letters int) timeline.Item {
		return timeline.Item{Start: day(x), End: day(x).AddDate(0, 0, 1), Label: strings.Repeat("a", letters)}
	}
	cases := []labelPlaceCase{
		{name: "fits before the break", item: point(20, 5), width: 600,
			x: 20 + r + pad, w: 35},
		// No room on the left of the dot and too little before the
		// break: the label runs whole across the mark, as its row is free.
		{name: "whole across the break", item: point(20, 20), width: 600,
			x: 20 + r + pad, w: 140},
		// Too long to run whole to the right edge either: cut at the
		// break, a pad clear.
		{name: "cut at the break", item: point(20, 90), width: 600,
			x: 20 + r + pad, w: 100 - pad - (20 + r + pad), clipped: true},
		// The right edge cuts it; the left has room down to the break.
		{name: "flips left, whole", item: point(524, 20), width: 600,
			x: 524 - r - pad - 140, w: 140},
		// Cut on both sides: the left, up to the break, has more room.
		{name: "flipped left, cut at the break", item: point(424, 60), width: 600,
			x: 124 + pad, w: 424 - r - pad - (124 + pad), clipped: true},
		// Squeezed between the break and the right edge.
		{name: "no room either side", item: point(150, 10), width: 180, none: true},
		// A span starting just before the break: its label moves on
		// along the bar, past the mark.
		{name: "span label past the break", width: 600,
			item: timeline.Item{Start: day(97), End: day(183), Span: true, Label: "aaaaa"},
			x:    124 + pad, w: 35},
	}
	brk := timeline.NewBreaks([]timeline.Break{{Start: date(2024, 4, 10), End: date(2030, 1, 1)}}, 24)
	sc := timeline.Scale{Origin: date(2024, 1, 1), SecondsPerPixel: 86400, Breaks: brk}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			idx := timeline.NewIndex([]timeline.Item{c.item}, measure)
			var l timeline.Layout
			scene := l.Build(idx, sc, timeline.Metrics{Width: c.width, Height: 200, TextSize: 14}, -1, nil)
			checkScene(t, scene)
			if len(scene.Breaks) != 1 || scene.Breaks[0].X0 != 100 || scene.Breaks[0].X1 != 124 {
				t.Fatalf("break marks %+v, want one at 100–124", scene.Breaks)
			}
			if len(scene.Points)+len(scene.Spans) != 1 {
				t.Fatalf("%d points and %d spans drawn, want the item", len(scene.Points), len(scene.Spans))
			}
			if c.none {
				if len(scene.Labels) != 0 {
					t.Fatalf("labels %+v, want none", scene.Labels)
				}
				return
			}
			if len(scene.Labels) != 1 {
				t.Fatalf("%d labels, want 1", len(scene.Labels))
			}
			got := scene.Labels[0]
			if math.Abs(float64(got.X-c.x)) > 1e-3 || math.Abs(float64(got.W-c.w)) > 1e-3 || got.Clipped != c.clipped {
				t.Errorf("label at %v, %v wide, clipped %v; want %v, %v, %v", got.X, got.W, got.Clipped, c.x, c.w, c.clipped)
			}
		})
	}
}

// TestLayout_ClearOfEdgeNotes lays out a dense month with events before
// and after it, so that both edge notes show beside the badge row: no
// badge or label is drawn under a note (checkScene), and the badges
// still count every item in view. At 400 px the notes leave no room for
// a badge between them and give way.
func TestLayout_ClearOfEdgeNotes(t *testing.T) {
	items := []timeline.Item{
		{Start: date(2020, 5, 1), End: date(2020, 5, 2), Label: "before"},
		{Start: date(2030, 5, 1), End: date(2030, 5, 2), Label: "after"},
	}
	for i := range 3000 {
		d := date(2024, 1, 1).Add(time.Duration(i) * 31 * 24 * time.Hour / 3000)
		items = append(items, timeline.Item{Start: d, End: d.Add(time.Hour), Label: "an event of the month"})
	}
	idx := timeline.NewIndex(items, measure)
	for _, c := range []struct {
		width float32
		edges int
	}{{400, 0}, {800, 2}, {1600, 2}} {
		m := timeline.Metrics{Width: c.width, Height: 200, TextSize: 14}
		sc := timeline.Fit(date(2023, 12, 30), date(2024, 2, 3), c.width, 0) // every dot wholly in view
		var l timeline.Layout
		scene := l.Build(idx, sc, m, -1, nil)
		checkScene(t, scene)
		if len(scene.Edges) != c.edges {
			t.Errorf("%v px: %d edge notes, want %d", c.width, len(scene.Edges), c.edges)
		}
		beside, counted := 0, len(scene.Points)
		for _, cl := range scene.Clusters {
			counted += cl.Count
			for _, e := range scene.Edges {
				if cl.Y < e.Y+e.H && cl.Y+cl.H > e.Y {
					beside++
				}
			}
		}
		if c.edges > 0 && beside == 0 {
			t.Errorf("%v px: no badge beside an edge note; the test shows nothing", c.width)
		}
		if counted != 3000 {
			t.Errorf("%v px: %d items drawn or in badges, want 3000", c.width, counted)
		}
	}
}
