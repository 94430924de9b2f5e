package timeline_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/sample"
	"github.com/dateline/dateline/timeline"
)

// laneItems returns, for each lane, n[lane] items that start an hour
// apart, so at a day's zoom and more they overlap and each takes a row of
// its own, labelled "lane k item i".
func laneItems(n []int) []timeline.Item {
	var items []timeline.Item
	for lane, count := range n {
		for i := range count {
			start := at(2024, 11, 20, 9, 0).Add(time.Duration(i) * 10 * time.Minute)
			items = append(items, timeline.Item{Start: start, Label: fmt.Sprintf("lane %d item %d", lane, i), Lane: lane, Color: lane})
		}
	}
	return items
}

// TestLayout_LaneSizing checks that each lane is as tall as its header and
// the rows its items take, that room left over is shared out, and that
// the content height (Layout.Scroll) adds the lanes up.
func TestLayout_LaneSizing(t *testing.T) {
	type sizingCase struct {
		name   string
		counts []int
		height float32
		scroll bool // the lanes are taller than the view
	}
	m := timeline.Metrics{Width: 1200, TextSize: 10} // rows 18 px, headers 18 px, axis 36 px
	for _, c := range []sizingCase{
		{"room to spare", []int{3, 1, 0}, 600, false},
		{"taller than the view", []int{6, 6, 6, 6, 6, 6, 6, 6, 6, 6}, 600, true},
		{"one lane", []int{5}, 600, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			items := laneItems(c.counts)
			idx := timeline.NewIndex(items, measure)
			names := make([]string, len(c.counts))
			for i := range names {
				names[i] = fmt.Sprint("source ", i)
			}
			if len(names) == 1 {
				names = nil
			}
			m := m
			m.Height = c.height
			sc := timeline.Fit(at(2024, 11, 20, 0, 0), at(2024, 11, 21, 0, 0), m.Width, 0)
			var l timeline.Layout
			scene := l.Build(idx, sc, m, -1, names)
			checkScene(t, scene)
			off, content, visible := l.Scroll()
			rowH, header := float32(18), float32(18)
			if names == nil {
				header = 0
			}
			// A named lane with nothing in view is just its header; the
			// one unnamed lane keeps a row.
			rows := func(n int) float32 {
				if names == nil {
					return float32(max(n, 1))
				}
				return float32(n)
			}
			var need float32
			for _, n := range c.counts {
				need += header + rows(n)*rowH
			}
			// Several lanes leave a band for the edge notes: a row and
			// the label pad (a third of the text size).
			area := c.height - 2*rowH
			if len(names) > 1 {
				area -= rowH + m.TextSize/3
			}
			if d := visible - area; d > 1e-3 || d < -1e-3 || off != 0 {
				t.Errorf("scroll %v of %v visible, want 0 of %v", off, visible, area)
			}
			if got := content > visible; got != c.scroll || (c.scroll && content != need) {
				t.Errorf("content %v for a %v view, want %v (lanes need %v)", content, visible, max(need, visible), need)
			}
			if c.scroll {
				return
			}
			spare := (visible - need) / float32(len(c.counts))
			for k, ln := range scene.Lanes {
				want := header + rows(c.counts[k])*rowH + spare
				if d := ln.H - want; d > 1e-3 || d < -1e-3 {
					t.Errorf("lane %d is %v tall, want %v for %d rows and a share of the room", k, ln.H, want, c.counts[k])
				}
			}
			if len(scene.Labels) != len(items) || len(scene.Clusters) != 0 {
				t.Errorf("%d labels and %d clusters for %d items, want every one labelled", len(scene.Labels), len(scene.Clusters), len(items))
			}
		})
	}
}

// TestLayout_ScrolledLanes scrolls lanes taller than the view page by page
// (NextPage, Paged as exports do): a lane cut at the top keeps its header
// at the top of the lane area, every row drawn lies whole below its
// header, and across the pages every item is drawn with its label exactly
// once, none in a cluster.
func TestLayout_ScrolledLanes(t *testing.T) {
	counts := []int{6, 2, 7, 1, 6, 4, 6, 3, 6, 5}
	items := laneItems(counts)
	idx := timeline.NewIndex(items, measure)
	names := make([]string, len(counts))
	for i := range names {
		names[i] = fmt.Sprint("source ", i)
	}
	m := timeline.Metrics{Width: 1200, Height: 400, TextSize: 10, Paged: true}
	sc := timeline.Fit(at(2024, 11, 20, 0, 0), at(2024, 11, 21, 0, 0), m.Width, 0)
	var l timeline.Layout
	labelled := map[int]int{}
	sticky := false
	for page := 0; page < 50; page++ {
		scene := l.Build(idx, sc, m, -1, names)
		checkScene(t, scene)
		if len(scene.Clusters) > 0 {
			t.Fatalf("page %d: %d clusters, want none: every lane has rows to spare", page, len(scene.Clusters))
		}
		top := scene.Axis.Y + scene.Axis.H
		off, _, _ := l.Scroll()
		for k, ln := range scene.Lanes {
			if ln.H > 0 && ln.Y < top {
				t.Errorf("page %d: lane %d at %v, above the lane area at %v", page, k, ln.Y, top)
			}
			if ln.HeaderH > 0 && ln.Y == top && off > 0 && k > 0 && scene.Lanes[k-1].H == 0 {
				sticky = sticky || ln.H < m.Height-top // cut at the top, header kept
			}
		}
		for _, lb := range scene.Labels {
			ln := scene.Lanes[idx.Item(lb.Item).Lane]
			if lb.Y < ln.Y+ln.HeaderH-1e-3 || lb.Y+lb.H > ln.Y+ln.H+1e-3 {
				t.Errorf("page %d: label %q at %v..%v outside lane %v+%v..%v", page, lb.Text, lb.Y, lb.Y+lb.H, ln.Y, ln.HeaderH, ln.Y+ln.H)
			}
			labelled[lb.Item]++
		}
		next, ok := l.NextPage()
		if !ok {
			break
		}
		if next <= m.ScrollY {
			t.Fatalf("page %d: next page at %v, not after %v", page, next, m.ScrollY)
		}
		m.ScrollY = next
	}
	for i, it := range items {
		if labelled[i] != 1 {
			t.Errorf("item %q labelled on %d pages, want one", it.Label, labelled[i])
		}
	}
	if !sticky {
		t.Error("no page showed a lane cut at the top with its header kept")
	}
}

// TestLayout_SourcesAtWeekZoom is the briefing's Group by Source at a
// week's zoom: ten sources with two to six events each in one week, with
// headline-length labels, at the size of the timeline in a 1440 × 900
// window. Every event is labelled on some scroll position and none hides
// in a cluster.
func TestLayout_SourcesAtWeekZoom(t *testing.T) {
	var items []timeline.Item
	names := make([]string, 10)
	for k := range names {
		names[k] = fmt.Sprintf("Article %d", k)
		for i := range 2 + k%5 {
			start := at(2024, 11, 18, 6, 0).Add(time.Duration(k*5+i*25) * time.Hour)
			label := fmt.Sprintf("Event %d of source %d, a headline of some length", i, k)
			items = append(items, timeline.Item{Start: start, Label: label, Lane: k, Color: k})
		}
	}
	idx := timeline.NewIndex(items, measure)
	m := timeline.Metrics{Width: 1400, Height: 480, TextSize: 11, RowHeight: 22, LaneHeader: 16.5}
	sc := timeline.Fit(at(2024, 11, 18, 0, 0), at(2024, 11, 25, 12, 0), m.Width, 0)
	var l timeline.Layout
	labelled := map[int]bool{}
	for range 50 {
		scene := l.Build(idx, sc, m, -1, names)
		if len(scene.Clusters) > 0 {
			t.Fatalf("%d clusters (%s …) at a week's zoom", len(scene.Clusters), scene.Clusters[0].Text)
		}
		for _, lb := range scene.Labels {
			labelled[lb.Item] = true
		}
		next, ok := l.NextPage()
		if !ok {
			break
		}
		m.ScrollY = next
	}
	if len(labelled) != len(items) {
		t.Errorf("%d of %d events labelled", len(labelled), len(items))
	}
}

// TestLayout_AloneKeepsLabel puts one item near the right edge of a
// narrow view, its label far wider than the room to the right: alone in
// its row, it keeps a label, on the left where there is room.
func TestLayout_AloneKeepsLabel(t *testing.T) {
	items := []timeline.Item{{Start: at(2024, 11, 21, 23, 0), Label: "Kazakhstan will build its first nuclear power plant"}}
	idx := timeline.NewIndex(items, measure)
	m := timeline.Metrics{Width: 300, Height: 200, TextSize: 10}
	sc := timeline.Fit(at(2024, 11, 21, 0, 0), at(2024, 11, 22, 0, 0), m.Width, 0)
	var l timeline.Layout
	scene := l.Build(idx, sc, m, -1, nil)
	checkScene(t, scene)
	if len(scene.Labels) != 1 {
		t.Fatalf("%d labels, want the item's", len(scene.Labels))
	}
	if lb, p := scene.Labels[0], scene.Points[0]; lb.X+lb.W > p.X || lb.W < 100 {
		t.Errorf("label at %v..%v, dot at %v: want it cut on the left, where there is room", lb.X, lb.X+lb.W, p.X)
	}
}

// TestLayout_RegroupCompact lays items out in one lane, then split into
// three: rows kept from the one lane would leave gaps at the top of the
// new lanes, so each lane starts afresh from its first row.
func TestLayout_RegroupCompact(t *testing.T) {
	items := laneItems([]int{3, 3, 3})
	idx := timeline.NewIndex(items, measure)
	m := timeline.Metrics{Width: 1200, Height: 800, TextSize: 10}
	sc := timeline.Fit(at(2024, 11, 20, 0, 0), at(2024, 11, 21, 0, 0), m.Width, 0)
	var l timeline.Layout
	l.Build(idx, sc, m, -1, nil) // one lane: nine rows
	scene := l.Build(idx, sc, m, -1, []string{"a", "b", "c"})
	for _, lb := range scene.Labels {
		ln := scene.Lanes[idx.Item(lb.Item).Lane]
		if row := (lb.Y - ln.Y - ln.HeaderH) / 18; row > 2.01 {
			t.Errorf("label %q in row %.0f of its lane, want one of the first three", lb.Text, row)
		}
	}
}

// TestLayout_ResizeTaller lays the built-in briefing out in a short view,
// then in a tall one that holds every row: the rows kept from the short
// view must not leave a span in a cluster beside empty rows.
func TestLayout_ResizeTaller(t *testing.T) {
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	items := convert.Items(extract.Add(articles), nil)
	idx := timeline.NewIndex(items, func(s string) float32 { return 6 * float32(len(s)) })
	var l timeline.Layout
	short := timeline.Metrics{Width: 1192, Height: 500, TextSize: 11, RowHeight: 22}
	tall := timeline.Metrics{Width: 1738, Height: 1210, TextSize: 11, RowHeight: 22}
	start, end := idx.Bounds()
	l.Build(idx, timeline.Fit(start, end, short.Width, short.Width*0.06), short, -1, nil)
	scene := l.Build(idx, timeline.Fit(start, end, tall.Width, tall.Width*0.06), tall, -1, nil)
	if len(scene.Clusters) > 0 || len(scene.Labels) != len(items) {
		t.Errorf("%d clusters, %d of %d labels after growing taller", len(scene.Clusters), len(scene.Labels), len(items))
	}
}
