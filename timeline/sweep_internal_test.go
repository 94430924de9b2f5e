package timeline

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"testing"
	"time"
)

// denseItems returns n items over a few years, many on the same day (as
// dates from news are), with week, month and multi-year spans, long
// labels, empty ones unless labelled, and lanes 0 to lanes-1.
func denseItems(rng *rand.Rand, n, lanes int, labelled bool) []Item {
	base := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	items := make([]Item, n)
	for i := range items {
		s := base.AddDate(0, 0, rng.Intn(3*365))
		if rng.Intn(3) == 0 {
			s = s.Add(time.Duration(rng.Intn(86400)) * time.Second)
		}
		it := Item{Start: s, End: s, Label: fmt.Sprintf("item %d", i), Lane: rng.Intn(lanes), Color: i % 8, Approx: rng.Intn(7) == 0}
		switch rng.Intn(12) {
		case 0:
			it.Span, it.End = true, s.AddDate(0, 0, 7)
		case 1:
			it.Span, it.End = true, s.AddDate(0, 1, 0)
		case 2:
			if rng.Intn(20) == 0 {
				it.Span, it.End = true, s.AddDate(2+rng.Intn(3), 0, 0) // long
			}
		case 3:
			if !labelled {
				it.Label = ""
			}
		case 4:
			it.Label = "a much longer label that takes a lot of room " + it.Label
		}
		items[i] = it
	}
	return items
}

// sweepCase is one sequence of frames the skipping sweep must lay out as
// visiting every item does.
type sweepCase struct {
	name  string
	n     int
	lanes int
	hide  bool // filter out a third of the items
	// labelled gives every item a label, so the sweep may count on a
	// least label width.
	labelled bool
	breaks   bool // compress empty time
	m        Metrics
}

// TestLayout_SweepExact checks that skipping the items that cannot get a
// row changes nothing: over zooms in and out, pans, selections and
// scrolls, the Scene (every mark, label and badge count) and the frame's
// state are those of the sweep that visits every item one by one.
func TestLayout_SweepExact(t *testing.T) {
	cases := []sweepCase{
		{name: "one lane", n: 30_000, lanes: 1, m: Metrics{Width: 900, Height: 500}},
		{name: "labelled", n: 30_000, lanes: 1, labelled: true, m: Metrics{Width: 1200, Height: 700}},
		{name: "small badges", n: 3000, lanes: 1, labelled: true, m: Metrics{Width: 1400, Height: 160}},
		{name: "lanes", n: 20_000, lanes: 4, m: Metrics{Width: 700, Height: 600}},
		{name: "many lanes", n: 200_000, lanes: 8, m: Metrics{Width: 1920, Height: 1000}},
		{name: "many lanes labelled", n: 200_000, lanes: 8, labelled: true, m: Metrics{Width: 1600, Height: 700}},
		{name: "filtered", n: 20_000, lanes: 1, hide: true, m: Metrics{Width: 800, Height: 400}},
		{name: "compressed", n: 20_000, lanes: 2, breaks: true, m: Metrics{Width: 1000, Height: 450}},
		{name: "scrolled", n: 10_000, lanes: 3, m: Metrics{Width: 600, Height: 330, MaxRows: 12, ScrollY: 100}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(int64(len(c.name))))
			items := denseItems(rng, c.n, c.lanes, c.labelled)
			if c.breaks {
				late := time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)
				for i := 0; i < len(items); i += 5 {
					d := items[i].End.Sub(items[i].Start)
					items[i].Start = late.AddDate(0, 0, rng.Intn(60))
					items[i].End = items[i].Start.Add(d)
				}
			}
			idx := NewIndex(items, nil)
			names := make([]string, c.lanes)
			if c.lanes == 1 {
				names = nil
			}
			var fast, ref Layout
			ref.perItem = true
			if c.hide {
				hide := make([]bool, len(items))
				for i := range hide {
					hide[i] = rng.Intn(3) == 0
				}
				fast.Hide, ref.Hide = hide, hide
			}
			start, end := idx.Bounds()
			sc := Fit(start, end, c.m.Width, 10)
			if c.breaks {
				sc = FitCompressed(idx, start, end, c.m.Width, c.m.Width*0.06, 12)
			}
			sel, skipped, clustered := -1, 0, 0
			defer func() {
				// The cases must exercise what they test: frames where
				// most items in view were skipped, and badges.
				if skipped < 20 || clustered < 20 {
					t.Errorf("%d frames skipped most items, %d had clusters, want 20 each", skipped, clustered)
				}
			}()
			for frame := range 160 {
				switch frame % 40 {
				case 0:
					sel = rng.Intn(len(items))
				case 20:
					sel = -1
				}
				switch {
				case frame%40 < 14:
					sc = sc.ZoomAt(rng.Float32()*c.m.Width, 1.2) // zoom in
				case frame%40 < 26:
					sc = sc.Pan((rng.Float32() - 0.5) * 60)
				default:
					sc = sc.ZoomAt(rng.Float32()*c.m.Width, 1/1.2)
				}
				got := sameFrame(t, &fast, &ref, idx, sc, c.m, sel, names, frame)
				if len(fast.cand) < len(ref.cand)/4 {
					skipped++
				}
				if len(got.Clusters) > 0 {
					clustered++
				}
			}
		})
	}
}

// sameFrame builds one frame with the sweep (fast) and the per-item
// reference (ref) and fails unless the scenes and what the Layouts report
// about the frame (offscreen items, next page) are the same. It returns
// the sweep's scene.
func sameFrame(t *testing.T, fast, ref *Layout, idx *Index, sc Scale, m Metrics, sel int, names []string, frame int) *Scene {
	t.Helper()
	want := ref.Build(idx, sc, m, sel, names)
	got := fast.Build(idx, sc, m, sel, names)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("frame %d at %.0f s/px: the sweep's scene differs: %s", frame, sc.SecondsPerPixel, sceneDiff(got, want))
	}
	if fast.Offscreen() != ref.Offscreen() {
		t.Fatalf("frame %d: %d items offscreen, want %d", frame, fast.Offscreen(), ref.Offscreen())
	}
	p1, ok1 := fast.NextPage()
	p2, ok2 := ref.NextPage()
	if p1 != p2 || ok1 != ok2 {
		t.Fatalf("frame %d: next page %v %v, want %v %v", frame, p1, ok1, p2, ok2)
	}
	return got
}

// sceneDiff names the first part of two Scenes that differs.
func sceneDiff(a, b *Scene) string {
	parts := []struct {
		name string
		x, y any
	}{
		{"lanes", a.Lanes, b.Lanes}, {"points", a.Points, b.Points}, {"spans", a.Spans, b.Spans},
		{"clusters", a.Clusters, b.Clusters}, {"labels", a.Labels, b.Labels}, {"edges", a.Edges, b.Edges},
	}
	for _, p := range parts {
		if !reflect.DeepEqual(p.x, p.y) {
			return fmt.Sprintf("%s:\n got %+v\nwant %+v", p.name, p.x, p.y)
		}
	}
	return "elsewhere"
}

// TestLayout_SweepBadges compares the sweep with the per-item reference
// on many small, evenly spread corpora in short views, where badges hold
// tens of items and so often widen by a digit just as they reach the next
// item: a bulk join must stop there as one item at a time would.
func TestLayout_SweepBadges(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	base := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	for round := range 60 {
		n := 200 + rng.Intn(3000)
		step := time.Duration(1+rng.Intn(3600)) * time.Second
		items := make([]Item, n)
		for i := range items {
			s := base.Add(time.Duration(i) * step)
			items[i] = Item{Start: s, End: s, Label: "event"}
		}
		idx := NewIndex(items, nil)
		m := Metrics{Width: 300 + 1200*rng.Float32(), Height: 90 + 100*rng.Float32()}
		start, end := idx.Bounds()
		sc := Fit(start, end, m.Width, 0)
		var fast, ref Layout
		ref.perItem = true
		for frame := range 12 {
			sc = sc.ZoomAt(m.Width*rng.Float32(), 1.15)
			want := ref.Build(idx, sc, m, -1, nil)
			if got := fast.Build(idx, sc, m, -1, nil); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d frame %d: %s", round, frame, sceneDiff(got, want))
			}
		}
	}
}

// shownCount counts the items of idx whose mark lies in view through sc
// at m, as Layout decides it (place's geometry), by visiting every item.
func shownCount(idx *Index, sc Scale, m Metrics) int {
	var f frame
	f.begin(idx, sc, m.withDefaults(), math.Inf(-1), math.Inf(1), -1, 1, nil)
	n := 0
	for p := range idx.Len() {
		if f.place(int32(p)).shown {
			n++
		}
	}
	return n
}

// millionCase is a million items the sweep must lay out as visiting
// every item does.
type millionCase struct {
	name     string
	lanes    int // named lanes; 1 for one unnamed lane
	labelled bool
	maxRows  int // Metrics.MaxRows: with few, every lane is in view
}

// TestLayout_MillionDense zooms in at a point of the fitted view of a
// million items, with one selected: each frame is exactly the per-item
// reference's, every item whose mark is in view is drawn or counted in one
// badge (once), the selected item is drawn, and zooming in (nested views)
// never counts more items.
func TestLayout_MillionDense(t *testing.T) {
	if testing.Short() {
		t.Skip("a million items")
	}
	cases := []millionCase{
		{name: "one lane", lanes: 1, labelled: true},
		{name: "lanes", lanes: 8, labelled: true, maxRows: 4},
		{name: "lanes unlabelled", lanes: 8, maxRows: 4},
		{name: "lanes scrolled", lanes: 8, labelled: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { millionDense(t, c) })
	}
}

// millionDense runs one case of TestLayout_MillionDense.
func millionDense(t *testing.T, c millionCase) {
	rng := rand.New(rand.NewSource(15))
	items := denseItems(rng, 1_000_000, c.lanes, c.labelled)
	var names []string
	if c.lanes > 1 {
		for k := range c.lanes {
			names = append(names, fmt.Sprintf("source %d", k))
		}
	}
	idx := NewIndex(items, nil)
	m := Metrics{Width: 1600, Height: 900, MaxRows: c.maxRows}
	start, end := idx.Bounds()
	sc := Fit(start, end, m.Width, 0)
	var fast, ref Layout
	ref.perItem = true
	anchor := float32(611)
	sel := idx.Nearest(sc.Time(anchor))
	last := math.MaxInt
	for step := range 12 {
		want := ref.Build(idx, sc, m, sel, names)
		got := fast.Build(idx, sc, m, sel, names)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d: the sweep's scene differs: %s", step, sceneDiff(got, want))
		}
		seen := make(map[int]bool, len(got.Points)+len(got.Spans))
		counted, drawn := 0, false
		for _, p := range got.Points {
			seen[p.Item], counted, drawn = true, counted+1, drawn || (p.Item == sel && p.Selected)
		}
		for _, s := range got.Spans {
			seen[s.Item], counted, drawn = true, counted+1, drawn || (s.Item == sel && s.Selected)
		}
		if len(seen) != counted {
			t.Errorf("step %d: %d marks for %d items", step, counted, len(seen))
		}
		clustered := 0
		for _, c := range got.Clusters {
			clustered += c.Count
			if c.Selected {
				t.Errorf("step %d: the selected item is in a badge", step)
			}
		}
		if ln := got.Lanes[min(items[sel].Lane, len(got.Lanes)-1)]; !drawn && ln.H > 0 {
			// Only a lane scrolled out of view hides it.
			t.Errorf("step %d: the selected item %d is not drawn", step, sel)
		}
		inView := shownCount(idx, sc, m)
		if total := counted + clustered + fast.Offscreen(); total != inView {
			t.Errorf("step %d at %.0f s/px: %d marks + %d in badges = %d, want the %d items in view",
				step, sc.SecondsPerPixel, counted, clustered, total, inView)
		}
		if inView > last {
			t.Errorf("step %d: zooming in counts %d items, more than %d before", step, inView, last)
		}
		t.Logf("step %d at %.0f s/px: %d in view, %d marks, %d badges holding %d", step, sc.SecondsPerPixel, inView, counted, len(got.Clusters), clustered)
		last = inView
		sc = sc.ZoomAt(anchor, 1.8)
	}
}

// laneStep is one frame of TestLayout_MillionLanesExact: a zoom at a
// point (factor 1 for none), a pan and a scroll of the lanes.
type laneStep struct {
	zoom, at, pan, scroll float32
}

// TestLayout_MillionLanesExact moves about the fitted view of a million
// items in 8 lanes, taller together than the view as Group by Source
// makes them: wheel steps out and in, drags, and scrolls that bring other
// lanes' badge rows into view and take them out again. Every frame is the
// per-item reference's (scene, offscreen count, next page), and the
// frames must include both lanes whose badges are drawn and lanes whose
// badge rows are scrolled out.
func TestLayout_MillionLanesExact(t *testing.T) {
	if testing.Short() {
		t.Skip("a million items")
	}
	rng := rand.New(rand.NewSource(16))
	items := denseItems(rng, 1_000_000, 8, false)
	names := make([]string, 8)
	for k := range names {
		names[k] = fmt.Sprintf("source %d", k)
	}
	idx := NewIndex(items, nil)
	m := Metrics{Width: 1920, Height: 1000, TextSize: 12}
	start, end := idx.Bounds()
	sc := Fit(start, end, m.Width, 20)
	var steps []laneStep
	for range 5 {
		steps = append(steps, laneStep{zoom: 1 / 1.25, at: 700})
	}
	for range 10 {
		steps = append(steps, laneStep{zoom: 1.25, at: 700})
	}
	for i := range 6 {
		steps = append(steps, laneStep{zoom: 1, pan: float32(40 - 16*i)})
	}
	steps = append(steps, laneStep{zoom: 1, scroll: 900}, laneStep{zoom: 1.25, at: 300, scroll: 900},
		laneStep{zoom: 1, pan: -30, scroll: 5000}, laneStep{zoom: 1 / 1.25, at: 1500, scroll: 5000},
		laneStep{zoom: 1.8, at: 1000, scroll: 2000}, laneStep{zoom: 1.8, at: 1000})
	var fast, ref Layout
	ref.perItem = true
	sel := idx.Nearest(sc.Time(611))
	drawn, counted := 0, 0
	for i, s := range steps {
		if s.zoom != 1 {
			sc = sc.ZoomAt(s.at, float64(s.zoom))
		}
		sc = sc.Pan(s.pan)
		m.ScrollY = s.scroll
		sameFrame(t, &fast, &ref, idx, sc, m, sel, names, i)
		for k := range fast.lanes {
			switch fast.lanes[k].badges {
			case badgeDraw:
				drawn++
			case badgeCount:
				counted++
			}
		}
	}
	if drawn < 10 || counted < 50 {
		t.Errorf("lane frames with badges drawn %d, counted %d: the steps miss what they test", drawn, counted)
	}
}
