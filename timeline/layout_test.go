package timeline_test

import (
	"fmt"
	"math"
	"math/rand"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/internal/cputime"
)

// checkScene asserts the Scene's invariants: everything inside the view,
// no two labels overlapping, no two clusters overlapping.
func checkScene(t *testing.T, sc *timeline.Scene) {
	t.Helper()
	w, h := sc.Width, sc.Height
	const eps = 1e-3
	inside := func(what string, x0, y0, x1, y1 float32) {
		t.Helper()
		if x0 < -eps || y0 < -eps || x1 > w+eps || y1 > h+eps || x0 > x1+eps || y0 > y1+eps {
			t.Errorf("%s [%v,%v]-[%v,%v] outside %vx%v", what, x0, y0, x1, y1, w, h)
		}
	}
	for _, p := range sc.Points {
		inside("point", p.X-p.R, p.Y-p.R, p.X+p.R, p.Y+p.R)
	}
	for _, s := range sc.Spans {
		inside("span", s.X0, s.Y, s.X1, s.Y+s.H)
	}
	for _, l := range sc.Labels {
		inside("label "+l.Text, l.X, l.Y, l.X+l.W, l.Y+l.H)
		// Every test measures 7 px a byte; the selected label has slack.
		want := measure(l.Text)
		if l.Selected {
			want *= 1.1
		}
		if !l.Clipped && math.Abs(float64(l.W-want)) > 1e-3 {
			t.Errorf("label %q is %v wide, measured %v", l.Text, l.W, want)
		}
		if l.Clipped && l.W > want-1e-3 {
			t.Errorf("label %q is cut to %v, measured %v: room for it whole", l.Text, l.W, want)
		}
	}
	for _, c := range sc.Clusters {
		inside("cluster "+c.Text, c.X, c.Y, c.X+c.W, c.Y+c.H)
	}
	for _, tk := range sc.Ticks {
		if !tk.NoLine {
			inside("tick line", tk.X, tk.Y0, tk.X, tk.Y1)
		}
		if tk.Label != "" {
			inside("tick label "+tk.Label, tk.LabelX, tk.LabelY, tk.LabelX+tk.LabelW, tk.LabelY+tk.LabelH)
		}
	}
	for _, m := range sc.Markers {
		inside("marker "+m.Name, m.X, m.Y0, m.X, m.Y1)
	}
	for _, b := range sc.Breaks {
		inside("break", b.X0, b.Y0, b.X1, b.Y1)
	}
	for _, e := range sc.Edges {
		inside("edge note "+e.Text, e.X, e.Y, e.X+e.W, e.Y+e.H)
	}
	overlap := func(ax, ay, aw, ah, bx, by, bw, bh float32) bool {
		return ax < bx+bw-eps && bx < ax+aw-eps && ay < by+bh-eps && by < ay+ah-eps
	}
	for i, a := range sc.Labels {
		for _, b := range sc.Labels[i+1:] {
			if overlap(a.X, a.Y, a.W, a.H, b.X, b.Y, b.W, b.H) {
				t.Errorf("labels %q and %q overlap", a.Text, b.Text)
			}
		}
		for _, c := range sc.Clusters {
			if overlap(a.X, a.Y, a.W, a.H, c.X, c.Y, c.W, c.H) {
				t.Errorf("label %q and cluster %q overlap", a.Text, c.Text)
			}
		}
		for _, b := range sc.Breaks {
			// A label may run whole across a break, never cut at one.
			if a.Clipped && overlap(a.X, a.Y, a.W, a.H, b.X0, b.Y0, b.X1-b.X0, b.Y1-b.Y0) {
				t.Errorf("cut label %q [%v,%v] crosses the break mark [%v,%v]", a.Text, a.X, a.X+a.W, b.X0, b.X1)
			}
		}
		for _, e := range sc.Edges {
			if overlap(a.X, a.Y, a.W, a.H, e.X, e.Y, e.W, e.H) {
				t.Errorf("label %q lies under the edge note %q", a.Text, e.Text)
			}
		}
	}
	if len(sc.Lanes) > 1 {
		// Grouped lanes end above the notes: no header or mark under one.
		for _, e := range sc.Edges {
			for _, ln := range sc.Lanes {
				if ln.HeaderH > 0 && overlap(0, ln.Y, w, ln.HeaderH, e.X, e.Y, e.W, e.H) {
					t.Errorf("lane header %q lies under the edge note %q", ln.Name, e.Text)
				}
			}
			for _, p := range sc.Points {
				if overlap(p.X-p.R, p.Y-p.R, 2*p.R, 2*p.R, e.X, e.Y, e.W, e.H) {
					t.Errorf("point at %v,%v lies under the edge note %q", p.X, p.Y, e.Text)
				}
			}
		}
	}
	for i, a := range sc.Clusters {
		for _, e := range sc.Edges {
			if overlap(a.X, a.Y, a.W, a.H, e.X, e.Y, e.W, e.H) {
				t.Errorf("cluster %q lies under the edge note %q", a.Text, e.Text)
			}
		}
		for _, b := range sc.Clusters[i+1:] {
			if overlap(a.X, a.Y, a.W, a.H, b.X, b.Y, b.W, b.H) {
				t.Errorf("clusters %q and %q overlap", a.Text, b.Text)
			}
		}
	}
	var right [2]float32
	right[0], right[1] = -1, -1
	for _, tk := range sc.Ticks {
		if tk.Label == "" || tk.NoLine {
			continue
		}
		tier := 0
		if tk.Major {
			tier = 1
		}
		if tk.LabelX < right[tier] {
			t.Errorf("tick label %q overlaps the one before", tk.Label)
		}
		right[tier] = tk.LabelX + tk.LabelW
	}
}

// randomView returns a random zoom and position over the corpus bounds,
// from the finest zoom to far beyond the corpus.
func randomView(rng *rand.Rand, idx *timeline.Index, width float32) timeline.Scale {
	start, end := idx.Bounds()
	if start.IsZero() {
		start, end = date(2000, 1, 1), date(2001, 1, 1)
	}
	lo, hi := math.Log(timeline.MinSecondsPerPixel), math.Log(timeline.MaxSecondsPerPixel/50)
	spp := math.Exp(lo + rng.Float64()*(hi-lo))
	span := end.Sub(start).Seconds()
	mid := start.Add(time.Duration(rng.Float64() * span * float64(time.Second)))
	return timeline.Scale{Origin: mid, SecondsPerPixel: spp}.Pan(float32(rng.Float64()) * width)
}

// TestLayout_Properties lays out random corpora at random zooms and sizes
// and checks what must always hold: nothing outside the view, no
// overlapping labels, every item in view drawn once or counted in exactly
// one cluster, every tick on a calendar boundary.
func TestLayout_Properties(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var l timeline.Layout
	for round := range 300 {
		n := rng.Intn(3000)
		if round%10 == 0 {
			n = rng.Intn(30)
		}
		items := genItems(n, int64(round), 1+rng.Intn(40))
		var lanes []string
		if nl := rng.Intn(4); nl > 0 {
			lanes = make([]string, nl)
			for i := range items {
				items[i].Lane = rng.Intn(nl + 1) // one lane too many: clamped
			}
		}
		idx := timeline.NewIndex(items, measure)
		m := timeline.Metrics{Width: 50 + rng.Float32()*2500, Height: 30 + rng.Float32()*1500, TextSize: 10 + rng.Float32()*10}
		sc := randomView(rng, idx, m.Width)
		sel := rng.Intn(n + 1)
		scene := l.Build(idx, sc, m, sel, lanes)
		offscreen := l.Offscreen()
		name := fmt.Sprintf("round %d: %d items, %vx%v, %g s/px", round, n, m.Width, m.Height, sc.SecondsPerPixel)
		t.Run(name, func(t *testing.T) {
			checkScene(t, scene)
			checkAccounting(t, idx, sc, m, scene, len(lanes), offscreen)
			checkTicks(t, sc, scene)
		})
	}
}

// TestLayout_PropertiesAcrossFrames walks one Layout through random zooms,
// pans, resizes and selections over the same corpus, as a user does: the
// rows it remembers between frames must never break the invariants.
func TestLayout_PropertiesAcrossFrames(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	for walk := range 6 {
		items := genItems(500+rng.Intn(4000), int64(walk), 1+rng.Intn(20))
		lanes := []string(nil)
		if walk%2 == 1 {
			lanes = []string{"a", "b"}
			for i := range items {
				items[i].Lane = rng.Intn(2)
			}
		}
		idx := timeline.NewIndex(items, measure)
		m := timeline.Metrics{Width: 900, Height: 500}
		sc := randomView(rng, idx, m.Width)
		var l timeline.Layout
		sel := -1
		for step := range 150 {
			switch rng.Intn(6) {
			case 0, 1:
				sc = sc.ZoomAt(rng.Float32()*m.Width, math.Exp(rng.NormFloat64()*0.3))
			case 2, 3:
				sc = sc.Pan(float32(rng.NormFloat64() * 80))
			case 4:
				m.Width, m.Height = 300+rng.Float32()*1500, 100+rng.Float32()*900
			case 5:
				sel = rng.Intn(len(items))
			}
			scene := l.Build(idx, sc, m, sel, lanes)
			offscreen := l.Offscreen()
			t.Run(fmt.Sprintf("walk %d step %d", walk, step), func(t *testing.T) {
				checkScene(t, scene)
				checkAccounting(t, idx, sc, m, scene, len(lanes), offscreen)
			})
		}
	}
}

// checkAccounting checks that every item whose mark lies inside the view
// (well clear of the edges, to be robust to rounding) is drawn, in a
// cluster or in a row scrolled out of view (offscreen, as the Layout
// counted them), never two of these, and that cluster counts add up.
func checkAccounting(t *testing.T, idx *timeline.Index, sc timeline.Scale, m timeline.Metrics, scene *timeline.Scene, lanes, offscreen int) {
	t.Helper()
	seen := make(map[int]int)
	for _, p := range scene.Points {
		seen[p.Item]++
	}
	for _, s := range scene.Spans {
		seen[s.Item]++
	}
	hidden := 0
	for _, c := range scene.Clusters {
		hidden += c.Count
		if c.Text != fmt.Sprintf("+%d", c.Count) {
			t.Errorf("cluster text %q for %d items", c.Text, c.Count)
		}
	}
	for id, k := range seen {
		if k != 1 {
			t.Errorf("item %d drawn %d times", id, k)
		}
	}
	if len(scene.Lanes) == 0 || len(scene.Lanes) != max(1, lanes) {
		t.Fatalf("%d lanes, want %d", len(scene.Lanes), max(1, lanes))
	}
	ln := scene.Lanes[0]
	if ln.H-ln.HeaderH < 1.8*14*2 && len(scene.Clusters) == 0 {
		return // too short for rows: nothing need be drawn
	}
	inView, fuzzy := 0, 0
	r := scene.Points
	_ = r
	for i := range idx.Len() {
		it := idx.Item(i)
		x0 := float64(sc.X(it.Start))
		x1 := x0
		if it.Span && it.End.After(it.Start) {
			x1 = float64(sc.X(it.End))
		}
		pad := 8.0 // the point radius at the largest text size, and more
		switch {
		case it.Span && x0 < float64(m.Width)-0.1 && x1 > 0.1,
			!it.Span && x0 > pad && x0 < float64(m.Width)-pad:
			inView++
		case it.Span && (x0 < float64(m.Width)+0.1 && x1 > -0.1),
			!it.Span && x0 > -pad && x0 < float64(m.Width)+pad:
			fuzzy++ // near an edge: may or may not count
		default:
			if seen[i] > 0 {
				t.Errorf("item %d at x %v..%v drawn outside the view", i, x0, x1)
			}
		}
	}
	got := len(seen) + hidden + offscreen
	if got < inView || got > inView+fuzzy {
		t.Errorf("%d drawn + %d in clusters + %d scrolled out, want %d items in view (+%d near edges)", len(seen), hidden, offscreen, inView, fuzzy)
	}
}

// checkTicks checks that tick lines sit on boundaries of their rung.
func checkTicks(t *testing.T, sc timeline.Scale, scene *timeline.Scene) {
	t.Helper()
	for _, tk := range scene.Ticks {
		if tk.NoLine {
			continue
		}
		r := scene.Rung
		if tk.Major {
			r = scene.Major
		}
		// The tick's instant, recovered from its pixel: it must round to a
		// boundary of r within a pixel.
		at := sc.Time(tk.X).Add(time.Duration(sc.SecondsPerPixel * float64(time.Second) / 2))
		b := r.Floor(at, sc.Loc())
		if d := math.Abs(float64(sc.X(b) - tk.X)); d > 1 {
			t.Errorf("%v tick at x %v is %v px from the boundary %v", r, tk.X, d, b)
		}
	}
}

// TestLayout_RungPerZoom checks the rung chosen at typical zooms and the
// labels of both tiers, with 7 px per character text.
func TestLayout_RungPerZoom(t *testing.T) {
	type zoomCase struct {
		days         float64 // across 1000 px
		rung, major  timeline.Rung
		minor, label string // a minor and a major label expected in view
	}
	cases := []zoomCase{
		{0.05, timeline.FiveMinutes, timeline.Hour, "12:05", "Fri 15 Nov 2024, 12:00"},
		{0.5, timeline.Hour, timeline.Day, "13:00", "Fri 15 Nov 2024"},
		{30, timeline.Day, timeline.Month, "16", "December 2024"},
		{120, timeline.Week, timeline.Month, "18 Nov", "December 2024"},
		{800, timeline.Month, timeline.Year, "Feb", "2025"},
		{8000, timeline.Year, timeline.Decade, "2026", "2030s"},
		{60000, timeline.Decade, timeline.Century, "2030s", "2100s"},
	}
	idx := timeline.NewIndex(nil, measure)
	var l timeline.Layout
	for _, c := range cases {
		sc := timeline.Scale{Origin: at(2024, 11, 15, 12, 0), SecondsPerPixel: c.days * 86400 / 1000}
		scene := l.Build(idx, sc, timeline.Metrics{Width: 1000, Height: 300}, -1, nil)
		if scene.Rung != c.rung || scene.Major != c.major {
			t.Errorf("%g days: rungs %v/%v, want %v/%v", c.days, scene.Rung, scene.Major, c.rung, c.major)
		}
		found := map[string]bool{}
		for _, tk := range scene.Ticks {
			found[tk.Label] = true
		}
		if !found[c.minor] || !found[c.label] {
			t.Errorf("%g days: labels %q, %q missing from %v", c.days, c.minor, c.label, found)
		}
		checkScene(t, scene)
	}
}

// TestLayout_StickyMajor checks that the major period stays named at the
// left edge when its tick is out of view.
func TestLayout_StickyMajor(t *testing.T) {
	var l timeline.Layout
	sc := timeline.Scale{Origin: date(2024, 11, 10), SecondsPerPixel: 86400 / 40.0}
	scene := l.Build(timeline.NewIndex(nil, measure), sc, timeline.Metrics{Width: 600, Height: 200}, -1, nil)
	for _, tk := range scene.Ticks {
		if tk.NoLine {
			if tk.Label != "November 2024" || tk.LabelX > 10 {
				t.Errorf("sticky label %q at %v", tk.Label, tk.LabelX)
			}
			return
		}
	}
	t.Error("no sticky major label")
}

// TestLayout_Clusters squeezes many items into one short lane: those that
// do not fit become badges, and zooming in splits them.
func TestLayout_Clusters(t *testing.T) {
	var items []timeline.Item
	for i := range 400 {
		d := date(2024, 1, 1).Add(time.Duration(i) * 6 * time.Hour)
		items = append(items, timeline.Item{Start: d, End: d.Add(time.Hour), Label: "an event"})
	}
	idx := timeline.NewIndex(items, measure)
	m := timeline.Metrics{Width: 800, Height: 200}
	var l timeline.Layout
	sc := timeline.Fit(date(2024, 1, 1), date(2024, 4, 10), 800, 20)
	scene := l.Build(idx, sc, m, -1, nil)
	hidden := 0
	for _, c := range scene.Clusters {
		hidden += c.Count
		if c.First < 0 || c.Last < c.First || c.End < c.Start {
			t.Errorf("cluster %+v has a bad range", c)
		}
	}
	if len(scene.Clusters) == 0 || hidden+len(scene.Points) != 400 {
		t.Fatalf("%d clusters hiding %d, %d points; want all 400 accounted for", len(scene.Clusters), hidden, len(scene.Points))
	}
	checkScene(t, scene)
	// Zooming in around the middle splits the badges until, with the
	// items 80 px apart, everything in view is drawn.
	for range 5 {
		sc = sc.ZoomAt(400, 2)
		in := l.Build(idx, sc, m, -1, nil)
		checkScene(t, in)
		h := 0
		for _, c := range in.Clusters {
			h += c.Count
		}
		if h > hidden {
			t.Errorf("zooming in hid %d items, before %d", h, hidden)
		}
		hidden = h
	}
	if hidden != 0 {
		t.Errorf("at 80 px apart %d items are still hidden", hidden)
	}
}

// rows returns the row top of each drawn item.
func rows(scene *timeline.Scene) map[int]float32 {
	r := make(map[int]float32)
	for _, p := range scene.Points {
		r[p.Item] = p.Y
	}
	for _, s := range scene.Spans {
		r[s.Item] = s.Y
	}
	return r
}

// TestLayout_StackingStable checks that items keep their rows: all of them
// when panning, most when zooming out (only bumped items move) or in (only
// items rising into room that opened move), and that the same frame built
// twice is the same. Plain greedy first fit moved a third of the items at
// every zoom step.
func TestLayout_StackingStable(t *testing.T) {
	idx := timeline.NewIndex(genItems(3000, 11, 5), measure)
	m := timeline.Metrics{Width: 1200, Height: 700}
	type stepCase struct {
		name    string
		step    func(timeline.Scale) timeline.Scale
		allowed float64 // fraction of items that may change rows per step
	}
	cases := []stepCase{
		{"zoom in", func(s timeline.Scale) timeline.Scale { return s.ZoomAt(500, 1.03) }, 0.08},
		{"pan", func(s timeline.Scale) timeline.Scale { return s.Pan(-37) }, 0},
		{"zoom out", func(s timeline.Scale) timeline.Scale { return s.ZoomAt(500, 1/1.03) }, 0.05},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var l timeline.Layout
			sc := timeline.Fit(date(1997, 1, 1), date(1997, 4, 1), m.Width, 0)
			prev := rows(l.Build(idx, sc, m, -1, nil))
			if again := rows(l.Build(idx, sc, m, -1, nil)); fmt.Sprint(prev) != fmt.Sprint(again) {
				t.Fatal("the same frame stacked differently")
			}
			moved, common := 0, 0
			for range 40 {
				sc = c.step(sc)
				scene := l.Build(idx, sc, m, -1, nil)
				checkScene(t, scene)
				cur := rows(scene)
				for id, y := range cur {
					if py, ok := prev[id]; ok {
						common++
						if py != y {
							moved++
						}
					}
				}
				prev = cur
			}
			t.Logf("%d of %d items changed rows", moved, common)
			if common == 0 || float64(moved) > c.allowed*float64(common) {
				t.Errorf("%d of %d items changed rows over 40 steps", moved, common)
			}
		})
	}
}

// TestLayout_CompactAfterZoom zooms far out and back in: the rows must end
// up about as compact as a fresh layout's, not drift down as items keep
// the rows they were bumped to.
func TestLayout_CompactAfterZoom(t *testing.T) {
	idx := timeline.NewIndex(genItems(3000, 11, 5), measure)
	m := timeline.Metrics{Width: 1200, Height: 700}
	sc := timeline.Fit(date(1997, 1, 1), date(1997, 2, 1), m.Width, 0)
	var l timeline.Layout
	l.Build(idx, sc, m, -1, nil)
	for range 50 {
		sc = sc.ZoomAt(600, 0.95)
		l.Build(idx, sc, m, -1, nil)
	}
	for range 50 {
		sc = sc.ZoomAt(600, 1/0.95)
		l.Build(idx, sc, m, -1, nil)
	}
	mean := func(r map[int]float32) (s float32) {
		for _, y := range r {
			s += y
		}
		return s / float32(len(r))
	}
	var fresh timeline.Layout
	got, want := mean(rows(l.Build(idx, sc, m, -1, nil))), mean(rows(fresh.Build(idx, sc, m, -1, nil)))
	if got > want*1.2 {
		t.Errorf("after zooming out and in, items sit at y %.0f on average; fresh, at %.0f", got, want)
	}
}

func TestLayout_Lanes(t *testing.T) {
	items := genItems(2000, 5, 3)
	for i := range items {
		items[i].Lane = i % 3
	}
	idx := timeline.NewIndex(items, measure)
	var l timeline.Layout
	m := timeline.Metrics{Width: 1000, Height: 900}
	start, end := idx.Bounds()
	sc := timeline.Fit(start, end, m.Width, 10).ZoomAt(500, 20)
	names := []string{"Kyiv", "Astana", "Moscow"}
	headers := map[string]bool{}
	// The lanes take more than the view: scroll through them page by page.
	for page := 0; ; page++ {
		scene := l.Build(idx, sc, m, -1, names)
		if len(scene.Lanes) != 3 || scene.Lanes[1].Name != "Astana" {
			t.Fatalf("lanes %+v", scene.Lanes)
		}
		for _, ln := range scene.Lanes {
			if ln.HeaderH > 0 {
				headers[ln.Name] = true
			}
		}
		inLane := func(what string, item int, y0, y1 float32) {
			ln := scene.Lanes[idx.Item(item).Lane]
			if y0 < ln.Y+ln.HeaderH || y1 > ln.Y+ln.H {
				t.Errorf("page %d: %s of item %d at y %v..%v outside lane %q", page, what, item, y0, y1, ln.Name)
			}
		}
		for _, p := range scene.Points {
			inLane("point", p.Item, p.Y-p.R, p.Y+p.R)
		}
		for _, lb := range scene.Labels {
			inLane("label", lb.Item, lb.Y, lb.Y+lb.H)
		}
		for _, c := range scene.Clusters {
			ln := scene.Lanes[c.Lane]
			if c.Y < ln.Y || c.Y+c.H > ln.Y+ln.H {
				t.Errorf("cluster outside its lane")
			}
		}
		checkScene(t, scene)
		next, ok := l.NextPage()
		if !ok || page > 20 {
			break
		}
		m.ScrollY = next
	}
	if len(headers) != 3 {
		t.Errorf("headers seen while scrolling: %v, want all three", headers)
	}
}

func TestLayout_MarkersAndSelection(t *testing.T) {
	items := []timeline.Item{
		{Start: date(2024, 11, 20), Label: "ATACMS strike"},
		{Start: date(2024, 11, 1), End: date(2024, 12, 1), Span: true, Approx: true, Label: "November"},
	}
	idx := timeline.NewIndex(items, measure)
	l := timeline.Layout{Now: date(2024, 11, 27), Highlight: date(2024, 11, 21)}
	sc := timeline.Fit(date(2024, 10, 25), date(2024, 12, 5), 1000, 0)
	scene := l.Build(idx, sc, timeline.Metrics{Width: 1000, Height: 400}, 0, nil)
	if len(scene.Markers) != 2 {
		t.Fatalf("markers %+v", scene.Markers)
	}
	if mk := scene.Markers[0]; mk.Name != timeline.MarkerToday || mk.X != sc.X(l.Now) || mk.Color != timeline.ColorError {
		t.Errorf("today marker %+v", mk)
	}
	if mk := scene.Markers[1]; mk.Name != timeline.MarkerHighlight || mk.X != sc.X(l.Highlight) {
		t.Errorf("highlight marker %+v", mk)
	}
	if len(scene.Points) != 1 || !scene.Points[0].Selected || scene.Points[0].Item != 0 {
		t.Errorf("points %+v", scene.Points)
	}
	if len(scene.Spans) != 1 || !scene.Spans[0].Approx || scene.Spans[0].Selected {
		t.Errorf("spans %+v", scene.Spans)
	}
	for _, lb := range scene.Labels {
		if lb.Selected != (lb.Item == 0) || (lb.Color == timeline.ColorForeground) != (lb.Selected || !lb.Approx) {
			t.Errorf("label %+v", lb)
		}
	}
	l.Now = date(2030, 1, 1) // out of view
	if scene := l.Build(idx, sc, timeline.Metrics{Width: 1000, Height: 400}, 0, nil); len(scene.Markers) != 1 {
		t.Errorf("markers out of view: %+v", scene.Markers)
	}
}

// TestLayout_SteadyStateAllocs builds the same frames over and over: once
// the caches are warm, Build must not allocate.
func TestLayout_SteadyStateAllocs(t *testing.T) {
	idx := timeline.NewIndex(genItems(20_000, 2, 30), measure)
	m := timeline.Metrics{Width: 1600, Height: 900}
	start, end := idx.Bounds()
	views := []timeline.Scale{
		timeline.Fit(start, end, m.Width, 20),
		timeline.Fit(date(2010, 3, 1), date(2010, 4, 1), m.Width, 0),
		timeline.Fit(at(2010, 3, 1, 9, 0), at(2010, 3, 1, 10, 0), m.Width, 0),
	}
	var l timeline.Layout
	l.Now = date(2010, 3, 15)
	for _, sc := range views {
		l.Build(idx, sc, m, 5, []string{"a", "b"})
		if n := testing.AllocsPerRun(20, func() { l.Build(idx, sc, m, 5, []string{"a", "b"}) }); n != 0 {
			t.Errorf("%g s/px: %v allocations per Build", sc.SecondsPerPixel, n)
		}
	}
}

// benchLayout measures Build on 100,000 items over 30 years at one view,
// reporting the number of objects drawn.
func benchLayout(b *testing.B, view func(start, end time.Time, width float32) timeline.Scale) {
	idx := timeline.NewIndex(genItems(100_000, 1, 30), measure)
	m := timeline.Metrics{Width: 1920, Height: 1000, TextSize: 12}
	start, end := idx.Bounds()
	sc := view(start, end, m.Width)
	var l timeline.Layout
	l.Now = date(2010, 6, 1)
	scene := l.Build(idx, sc, m, 42, nil)
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		scene = l.Build(idx, sc, m, 42, nil)
	}
	reportCPU(b, cpu)
	objects := len(scene.Points) + len(scene.Spans) + len(scene.Labels) + len(scene.Clusters) + len(scene.Ticks) + len(scene.Markers)
	b.ReportMetric(float64(objects), "objects")
}

// reportCPU reports the CPU time per op since cpu, in milliseconds.
func reportCPU(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(cputime.Used()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

func BenchmarkLayout_Overview(b *testing.B) {
	benchLayout(b, func(start, end time.Time, w float32) timeline.Scale { return timeline.Fit(start, end, w, 20) })
}

func BenchmarkLayout_Year(b *testing.B) {
	benchLayout(b, func(_, _ time.Time, w float32) timeline.Scale {
		return timeline.Fit(date(2010, 1, 1), date(2011, 1, 1), w, 0)
	})
}

func BenchmarkLayout_Month(b *testing.B) {
	benchLayout(b, func(_, _ time.Time, w float32) timeline.Scale {
		return timeline.Fit(date(2010, 3, 1), date(2010, 4, 1), w, 0)
	})
}

func BenchmarkLayout_Day(b *testing.B) {
	benchLayout(b, func(_, _ time.Time, w float32) timeline.Scale {
		return timeline.Fit(date(2010, 3, 1), date(2010, 3, 2), w, 0)
	})
}

// TestLayout_ExtremeViews lays out at the zoom limits and far from the
// corpus, in the distant past and future: no panic, invariants hold.
func TestLayout_ExtremeViews(t *testing.T) {
	idx := timeline.NewIndex(genItems(2000, 9, 30), measure)
	var l timeline.Layout
	m := timeline.Metrics{Width: 1500, Height: 600}
	for _, o := range []time.Time{date(-3000, 1, 1), date(1, 1, 1), date(2000, 1, 1), date(9990, 1, 1), date(12000, 1, 1)} {
		for _, spp := range []float64{timeline.MinSecondsPerPixel, 3600, 86400 * 30, timeline.MaxSecondsPerPixel} {
			sc := timeline.Scale{Origin: o, SecondsPerPixel: spp}
			scene := l.Build(idx, sc, m, 0, []string{"one"})
			checkScene(t, scene)
			checkTicks(t, sc, scene)
		}
	}
	// Degenerate metrics: no room at all.
	for _, m := range []timeline.Metrics{{}, {Width: 1, Height: 1}, {Width: 500, Height: 10}} {
		checkScene(t, l.Build(idx, timeline.Fit(date(2000, 1, 1), date(2001, 1, 1), 500, 0), m, 0, nil))
	}
}

// FuzzLayout checks the Scene's invariants for arbitrary views.
func FuzzLayout(f *testing.F) {
	idx := timeline.NewIndex(genItems(3000, 4, 20), measure)
	f.Add(int64(0), 86400.0*10, float32(1000), float32(600), uint8(0))
	f.Add(int64(3e8), 60.0, float32(300), float32(2000), uint8(2))
	f.Add(int64(-1e9), 1e7, float32(2500), float32(100), uint8(5))
	var l timeline.Layout
	f.Fuzz(func(t *testing.T, offset int64, spp float64, w, h float32, lanes uint8) {
		if !(w >= 0 && w < 1e5 && h >= 0 && h < 1e5) {
			t.Skip()
		}
		sc := timeline.Scale{Origin: genEpoch.Add(time.Duration(offset) * time.Second), SecondsPerPixel: spp}
		names := make([]string, lanes%8)
		scene := l.Build(idx, sc, timeline.Metrics{Width: w, Height: h}, 7, names)
		checkScene(t, scene)
	})
}

// TestLayout_BoundedObjects checks that the number of objects drawn
// depends on the view, not on the corpus: a full-HD view of 1,000 or
// 100,000 items draws at most about 2,000 marks, labels, badges and ticks.
func TestLayout_BoundedObjects(t *testing.T) {
	m := timeline.Metrics{Width: 1920, Height: 1080, TextSize: 12, RowHeight: 24}
	for _, n := range []int{1000, 10_000, 100_000} {
		idx := timeline.NewIndex(genItems(n, 8, 30), measure)
		start, end := idx.Bounds()
		var l timeline.Layout
		for _, sc := range []timeline.Scale{
			timeline.Fit(start, end, m.Width, 0),
			timeline.Fit(date(2010, 1, 1), date(2011, 1, 1), m.Width, 0),
			timeline.Fit(date(2010, 3, 1), date(2010, 4, 1), m.Width, 0),
		} {
			s := l.Build(idx, sc, m, -1, nil)
			objects := len(s.Points) + len(s.Spans) + len(s.Labels) + len(s.Clusters) + len(s.Ticks)
			t.Logf("%d items at %.0f s/px: %d objects", n, sc.SecondsPerPixel, objects)
			if objects > 2000 {
				t.Errorf("%d items at %g s/px: %d objects drawn", n, sc.SecondsPerPixel, objects)
			}
		}
	}
}

// TestLayout_SelectedDrawn selects items in a crowded view, as keyboard
// navigation does: the selected item is always drawn, never hidden in a
// cluster, and the view keeps its invariants.
func TestLayout_SelectedDrawn(t *testing.T) {
	items := genItems(20_000, 12, 10)
	idx := timeline.NewIndex(items, measure)
	m := timeline.Metrics{Width: 1400, Height: 500}
	sc := timeline.Fit(date(1995, 3, 1), date(1996, 3, 1), m.Width, 0)
	var l timeline.Layout
	sel := idx.First()
	checked := 0
	for range 3000 {
		sel = idx.Next(sel, 1)
		x := sc.X(items[sel].Start)
		if items[sel].Span || x < 20 || x > m.Width-20 {
			continue
		}
		scene := l.Build(idx, sc, m, sel, nil)
		checked++
		found := false
		for _, p := range scene.Points {
			found = found || (p.Item == sel && p.Selected)
		}
		if !found {
			t.Fatalf("selected item %d at x %v not drawn", sel, x)
		}
		for _, c := range scene.Clusters {
			if c.Selected {
				t.Fatalf("selected item %d drawn and in a cluster", sel)
			}
		}
		checkScene(t, scene)
	}
	if checked < 100 {
		t.Fatalf("only %d items checked", checked)
	}
}

// BenchmarkLayout_Pan pans a one-month view by 3 px a frame, as a drag
// does: new ticks come into view, so labels are formatted now and then.
func BenchmarkLayout_Pan(b *testing.B) {
	idx := timeline.NewIndex(genItems(100_000, 1, 30), measure)
	m := timeline.Metrics{Width: 1920, Height: 1000, TextSize: 12}
	sc := timeline.Fit(date(2010, 3, 1), date(2010, 4, 1), m.Width, 0)
	var l timeline.Layout
	l.Build(idx, sc, m, -1, nil)
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		sc = sc.Pan(-3)
		l.Build(idx, sc, m, -1, nil)
	}
	reportCPU(b, cpu)
}

func ExampleLayout_Build() {
	items := []timeline.Item{
		{Start: time.Date(2024, 11, 21, 0, 0, 0, 0, time.UTC), Label: "Oreshnik strike on Dnipro"},
		{Start: time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC),
			Span: true, Label: "November"},
	}
	// 7 px per byte stands in for the theme's text measure.
	idx := timeline.NewIndex(items, func(s string) float32 { return 7 * float32(len(s)) })
	sc := timeline.Fit(time.Date(2024, 10, 28, 0, 0, 0, 0, time.UTC), time.Date(2024, 12, 4, 0, 0, 0, 0, time.UTC), 740, 0)
	var l timeline.Layout
	scene := l.Build(idx, sc, timeline.Metrics{Width: 740, Height: 200, TextSize: 14}, 0, nil)
	fmt.Println("ticks:", scene.Rung, "under", scene.Major)
	for _, s := range scene.Spans {
		fmt.Printf("span %d: x %.0f to %.0f, row at y %.0f\n", s.Item, s.X0, s.X1, s.Y)
	}
	for _, p := range scene.Points {
		fmt.Printf("point %d: x %.0f, y %.0f, selected %v\n", p.Item, p.X, p.Y, p.Selected)
	}
	for _, lb := range scene.Labels {
		fmt.Printf("label %q at x %.0f\n", lb.Text, lb.X)
	}
	// Output:
	// ticks: week under month
	// span 1: x 80 to 680, row at y 54
	// point 0: x 480, y 88, selected true
	// label "November" at x 85
	// label "Oreshnik strike on Dnipro" at x 488
}

// TestLayout_FlipAtRightEdge checks that a point near the right edge shows
// its label whole on the left of its dot when the row has room there, and
// cut (Clipped) when it has not.
func TestLayout_FlipAtRightEdge(t *testing.T) {
	m := timeline.Metrics{Width: 1000, Height: 100} // one row of items
	sc := timeline.Scale{Origin: date(2024, 1, 1), SecondsPerPixel: 86400.0 / 20}
	label := "Referendum on nuclear power" // 189 px
	type flipCase struct {
		name             string
		items            []timeline.Item
		flipped, clipped bool
	}
	cases := []flipCase{
		{"room", []timeline.Item{{Start: date(2024, 2, 18), Label: label}}, true, false},
		// The item before leaves 128 px on the left, the edge 33 on the
		// right: the label is cut where it has more room.
		{"room for part", []timeline.Item{
			{Start: date(2024, 1, 30), Label: "an item just before it in the row"},
			{Start: date(2024, 2, 18), Label: label},
		}, true, true},
		{"no room", []timeline.Item{
			{Start: date(2024, 1, 30), Label: "an item just before it in the row, and longer one"},
			{Start: date(2024, 2, 18), Label: label},
		}, false, true},
	}
	for _, c := range cases {
		var l timeline.Layout
		scene := l.Build(timeline.NewIndex(c.items, measure), sc, m, -1, nil)
		checkScene(t, scene)
		var dot timeline.PointMark
		var lb *timeline.Label
		for _, p := range scene.Points {
			if p.Item == len(c.items)-1 {
				dot = p
			}
		}
		for i := range scene.Labels {
			if scene.Labels[i].Item == len(c.items)-1 {
				lb = &scene.Labels[i]
			}
		}
		if lb == nil {
			t.Fatalf("%s: no label", c.name)
		}
		if got := lb.X+lb.W <= dot.X; got != c.flipped || lb.Clipped != c.clipped {
			t.Errorf("%s: label at %v..%v (clipped %v), dot at %v", c.name, lb.X, lb.X+lb.W, lb.Clipped, dot.X)
		}
	}
}

// TestLayout_CopyRows checks that an exporter's Layout that copies the
// screen's rows lays out the same frame row for row, even after the
// screen's rows came from a history of zooms.
func TestLayout_CopyRows(t *testing.T) {
	idx := timeline.NewIndex(genItems(3000, 13, 5), measure)
	m := timeline.Metrics{Width: 1200, Height: 600}
	var screen timeline.Layout
	sc := timeline.Fit(date(1996, 1, 1), date(1996, 7, 1), m.Width, 0)
	for range 30 {
		sc = sc.ZoomAt(300, 0.97)
		screen.Build(idx, sc, m, -1, nil)
	}
	for range 30 {
		sc = sc.ZoomAt(900, 1.04)
		screen.Build(idx, sc, m, -1, nil)
	}
	want := fmt.Sprint(rows(screen.Build(idx, sc, m, -1, nil)))
	var export timeline.Layout
	export.CopyRows(&screen)
	if got := fmt.Sprint(rows(export.Build(idx, sc, m, -1, nil))); got != want {
		t.Error("the export's rows differ from the screen's")
	}
}

// TestLayout_SpansLeaveRoomForPoints lays out many year-long spans, which
// start before everything else in view, with day events: the spans take
// at most the upper half of the rows, so the events are drawn.
func TestLayout_SpansLeaveRoomForPoints(t *testing.T) {
	var items []timeline.Item
	for i := range 40 {
		items = append(items, timeline.Item{Start: date(2024, 1, 1), End: date(2025, 1, 1), Span: true, Label: fmt.Sprint("year ", i)})
	}
	for d := range 60 {
		items = append(items, timeline.Item{Start: date(2024, 5, 1+d), Label: "event"})
	}
	m := timeline.Metrics{Width: 1200, Height: 400} // 13 rows
	var l timeline.Layout
	scene := l.Build(timeline.NewIndex(items, measure), timeline.Fit(date(2024, 5, 1), date(2024, 7, 1), m.Width, 0), m, -1, nil)
	checkScene(t, scene)
	rowsOf := func(ys []float32) map[float32]bool {
		r := map[float32]bool{}
		for _, y := range ys {
			r[y] = true
		}
		return r
	}
	var spanYs, pointYs []float32
	for _, s := range scene.Spans {
		spanYs = append(spanYs, s.Y)
	}
	for _, p := range scene.Points {
		pointYs = append(pointYs, p.Y)
	}
	spanRows, pointRows := len(rowsOf(spanYs)), len(rowsOf(pointYs))
	if spanRows > 7 || len(scene.Points) < 30 {
		t.Errorf("spans in %d rows, %d of 60 events drawn in %d rows", spanRows, len(scene.Points), pointRows)
	}
}

// millionLayout is a Layout over a million generated items at 1920 × 1000,
// fitted to them, after a first frame.
func millionLayout(b *testing.B) (*timeline.Layout, *timeline.Index, timeline.Scale, timeline.Metrics) {
	l, idx, sc, m := millionLanesLayout(nil)
	return l, idx, sc, m
}

// millionLanesLayout is millionLayout with the items spread over the
// named lanes (one unnamed lane for nil), as Group by Source does.
func millionLanesLayout(lanes []string) (*timeline.Layout, *timeline.Index, timeline.Scale, timeline.Metrics) {
	items := genItems(1_000_000, 1, 30)
	for i := range items {
		items[i].Lane = i % max(1, len(lanes))
	}
	idx := timeline.NewIndex(items, measure)
	m := timeline.Metrics{Width: 1920, Height: 1000, TextSize: 12}
	start, end := idx.Bounds()
	sc := timeline.Fit(start, end, m.Width, 20)
	l := &timeline.Layout{Now: date(2010, 6, 1)}
	l.Build(idx, sc, m, 42, lanes)
	return l, idx, sc, m
}

// BenchmarkLayout_MillionLanes is BenchmarkLayout_MillionZoom with the
// million items in 8 lanes (issue 15): each lane's rows fill at their
// own pace.
func BenchmarkLayout_MillionLanes(b *testing.B) {
	lanes := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	l, idx, sc, m := millionLanesLayout(lanes)
	zoom := 1.25
	b.ReportAllocs()
	cpu := cputime.Used()
	for i := 0; b.Loop(); i++ {
		if i%8 == 0 {
			zoom = 1 / zoom
		}
		sc = sc.ZoomAt(700, zoom)
		l.Build(idx, sc, m, 42, lanes)
	}
	reportCPU(b, cpu)
}

// BenchmarkLayout_MillionZoom zooms in and out at a point of the fitted
// view of a million items, a wheel step a frame (issue 15): every frame
// has all million items in view or near it.
func BenchmarkLayout_MillionZoom(b *testing.B) {
	l, idx, sc, m := millionLayout(b)
	zoom := 1.25
	b.ReportAllocs()
	cpu := cputime.Used()
	for i := 0; b.Loop(); i++ {
		if i%8 == 0 {
			zoom = 1 / zoom // in and out, so the view stays put
		}
		sc = sc.ZoomAt(700, zoom)
		l.Build(idx, sc, m, 42, nil)
	}
	reportCPU(b, cpu)
}

// BenchmarkLayout_MillionPan drags the fitted view of a million items by
// 5 px a frame, back and forth.
func BenchmarkLayout_MillionPan(b *testing.B) {
	l, idx, sc, m := millionLayout(b)
	dx := float32(5)
	b.ReportAllocs()
	cpu := cputime.Used()
	for i := 0; b.Loop(); i++ {
		if i%40 == 0 {
			dx = -dx
		}
		sc = sc.Pan(dx)
		l.Build(idx, sc, m, 42, nil)
	}
	reportCPU(b, cpu)
}
