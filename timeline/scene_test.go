package timeline_test

import (
	"testing"

	"github.com/dateline/dateline/timeline"
)

func TestScene_HitTest(t *testing.T) {
	items := []timeline.Item{
		{Start: date(2024, 11, 20), Label: "ATACMS strike"},
		{Start: date(2024, 11, 1), End: date(2024, 12, 1), Span: true, Label: "November"},
	}
	idx := timeline.NewIndex(items, measure)
	var l timeline.Layout
	sc := l.Build(idx, timeline.Fit(date(2024, 10, 25), date(2024, 12, 5), 1000, 0), timeline.Metrics{Width: 1000, Height: 400}, -1, nil)
	type hitCase struct {
		name          string
		x, y          float32
		item, cluster int
	}
	p, s, lb := sc.Points[0], sc.Spans[0], sc.Labels[0]
	cases := []hitCase{
		{"dot", p.X, p.Y, 0, -1},
		{"just off the dot", p.X + p.R + 1, p.Y, 0, -1},
		{"label", lb.X + lb.W/2, lb.Y + lb.H/2, lb.Item, -1},
		{"span", (s.X0 + s.X1) / 2, s.Y + s.H/2, 1, -1},
		{"axis", 500, 1, -1, -1},
		{"empty", 999, 399, -1, -1},
	}
	for _, c := range cases {
		item, cluster := sc.HitTest(c.x, c.y)
		if item != c.item || cluster != c.cluster {
			t.Errorf("%s: HitTest(%v, %v) = %d, %d, want %d, %d", c.name, c.x, c.y, item, cluster, c.item, c.cluster)
		}
	}
}

func TestScene_HitTestCluster(t *testing.T) {
	var items []timeline.Item
	for i := range 300 {
		items = append(items, timeline.Item{Start: date(2024, 1, 1+i%30), Label: "crowded"})
	}
	var l timeline.Layout
	sc := l.Build(timeline.NewIndex(items, measure), timeline.Fit(date(2024, 1, 1), date(2024, 2, 1), 800, 0), timeline.Metrics{Width: 800, Height: 150}, -1, nil)
	if len(sc.Clusters) == 0 {
		t.Fatal("no clusters")
	}
	c := sc.Clusters[len(sc.Clusters)-1]
	start, end := c.Range()
	if first := items[c.First].Start; !start.Equal(first) {
		t.Errorf("Range starts %v, want the first hidden item's %v", start, first)
	}
	if last := items[c.Last].Start; end.Before(last) {
		t.Errorf("Range ends %v, before the last hidden item's %v", end, last)
	}
	if item, cluster := sc.HitTest(c.X+c.W/2, c.Y+c.H/2); item != -1 || cluster != len(sc.Clusters)-1 {
		t.Errorf("HitTest on the badge = %d, %d", item, cluster)
	}
}
