package timeline_test

import (
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
)

// newsStarts are the start dates of the built-in briefing's events, as
// the app extracts them from its ten articles (written for these tests
// from that output): background reaching back to 1999, most events in
// autumn 2024.
var newsStarts = []string{
	"1999-01-01", "2002-01-01", "2019-01-01", "2022-02-01", "2022-02-24", "2022-02-24",
	"2024-01-01", "2024-02-01", "2024-02-01",
	"2024-08-01", "2024-09-01", "2024-09-01", "2024-09-16", "2024-10-01", "2024-10-06",
	"2024-10-06", "2024-10-06", "2024-10-07", "2024-10-07", "2024-10-14", "2024-10-15",
	"2024-10-21", "2024-10-21", "2024-11-17", "2024-11-18", "2024-11-18", "2024-11-18",
	"2024-11-19", "2024-11-19", "2024-11-19", "2024-11-19", "2024-11-20", "2024-11-21",
	"2024-11-27", "2024-11-27", "2024-11-28", "2024-11-28",
}

// days parses dates written as 2006-01-02 into point items.
func days(dates ...string) []timeline.Item {
	items := make([]timeline.Item, len(dates))
	for i, d := range dates {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			panic(err)
		}
		items[i] = timeline.Item{Start: t, End: t.AddDate(0, 0, 1), Label: "event " + d}
	}
	return items
}

// everyDay is one item a day from start for n days.
func everyDay(start time.Time, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = start.AddDate(0, 0, i).Format(time.DateOnly)
	}
	return out
}

// gapCase is a set of item starts and the gaps that must become breaks:
// each wanted break lies inside the stretch [after, before] between two
// starts, and no other break is placed.
type gapCase struct {
	name  string
	dates []string
	want  [][2]string // {the start before the gap, the start after it}
}

func TestPlaceBreaks(t *testing.T) {
	cases := []gapCase{
		{name: "briefing", dates: newsStarts, want: [][2]string{
			{"1999-01-01", "2002-01-01"}, {"2002-01-01", "2019-01-01"}, {"2019-01-01", "2022-02-01"},
			{"2022-02-24", "2024-01-01"}, {"2024-02-01", "2024-08-01"},
		}},
		// Evenly spread: no gap is long, nothing to compress.
		{name: "every day of a year", dates: everyDay(date(2023, 1, 1), 365)},
		// A story of a few weeks and one event two decades before it.
		{name: "story and one old event", dates: append([]string{"2002-05-01"}, everyDay(date(2024, 11, 1), 20)...),
			want: [][2]string{{"2002-05-01", "2024-11-01"}}},
		// A quarter with weeks between its events is a story of its own:
		// the story keeps its length, so its gaps stay linear.
		{name: "three months, gaps of weeks", dates: []string{"2024-09-01", "2024-10-06", "2024-11-18", "2024-11-21", "2024-11-27", "2024-11-28"}},
		// Two events centuries apart: the story is both of them.
		{name: "two far events", dates: []string{"2024-06-01", "3500-06-01"}},
		{name: "one event", dates: []string{"2024-06-01"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			idx := timeline.NewIndex(days(tc.dates...), measure)
			start, end := idx.Bounds()
			b := timeline.PlaceBreaks(idx, start, end, 1200, 12)
			if b.Len() != len(tc.want) {
				t.Fatalf("%d breaks, want %d", b.Len(), len(tc.want))
			}
			for i, w := range tc.want {
				br := b.At(i)
				after, before := days(w[0])[0].Start, days(w[1])[0].Start
				if br.Start.Before(after) || br.End.After(before) || !br.End.After(br.Start) {
					t.Errorf("break %d = %v – %v, want inside %s – %s", i, br.Start, br.End, w[0], w[1])
				}
				// Pads of linear time on both sides, a few pixels' worth.
				if !br.Start.After(after) || !br.End.Before(before) {
					t.Errorf("break %d = %v – %v leaves no pad around the items", i, br.Start, br.End)
				}
			}
		})
	}
}

// TestPlaceBreaks_NoItemInside checks on random heavy-tailed corpora that
// no item starts inside a break and that the breaks together take at most
// the room they are allowed.
func TestPlaceBreaks_NoItemInside(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for range 50 {
		items := newsItems(rng, 200+rng.Intn(2000))
		idx := timeline.NewIndex(items, measure)
		start, end := idx.Bounds()
		b := timeline.PlaceBreaks(idx, start, end, 1000, 12)
		for i := range b.Len() {
			br := b.At(i)
			for _, it := range items {
				if it.Start.After(br.Start) && it.Start.Before(br.End) {
					t.Fatalf("item at %v inside break %v – %v", it.Start, br.Start, br.End)
				}
			}
		}
		if w := float32(b.Len()) * b.Width(); w > 400 {
			t.Errorf("%d breaks take %v of 1000 px", b.Len(), w)
		}
	}
}

// newsItems is n items shaped like news: most in one autumn, the rest in
// a few bursts over the thirty years before.
func newsItems(rng *rand.Rand, n int) []timeline.Item {
	story := date(2024, 9, 1)
	var bursts []time.Time
	for range 3 + rng.Intn(6) {
		bursts = append(bursts, date(1990+rng.Intn(33), time.Month(1+rng.Intn(12)), 1))
	}
	items := make([]timeline.Item, n)
	for i := range items {
		at := story.Add(time.Duration(rng.Float64()*90*24) * time.Hour)
		if rng.Intn(10) == 0 {
			at = bursts[rng.Intn(len(bursts))].Add(time.Duration(rng.Float64()*20*24) * time.Hour)
		}
		items[i] = timeline.Item{Start: at, End: at.Add(time.Hour), Label: "news"}
		if rng.Intn(8) == 0 {
			items[i].Span, items[i].End = true, at.AddDate(0, 1, 0)
		}
	}
	return items
}

// storyCase is a set of item starts, anchors, and the story expected.
type storyCase struct {
	name       string
	dates      []string
	anchors    []string
	start, end string
}

func TestIndex_Story(t *testing.T) {
	cases := []storyCase{
		// 28 of the 37 events lie from 1 August on; the other nine
		// reach back to 1999.
		{name: "briefing", dates: newsStarts, start: "2024-08-01", end: "2024-11-28"},
		// The last article was published the day after the last event.
		{name: "briefing with publication dates", dates: newsStarts,
			anchors: []string{"2024-09-17", "2024-11-29"}, start: "2024-08-01", end: "2024-11-29"},
		// An article from 2020 must be in view, whatever it costs.
		{name: "an old article", dates: newsStarts, anchors: []string{"2020-05-01", "2024-11-29"},
			start: "2020-05-01", end: "2024-11-29"},
		// Evenly spread: three quarters of the days.
		{name: "every day", dates: everyDay(date(2023, 1, 1), 100), start: "2023-01-01", end: "2023-03-16"},
		{name: "one event", dates: []string{"2024-06-01"}, start: "2024-06-01", end: "2024-06-01"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			idx := timeline.NewIndex(days(tc.dates...), measure)
			var anchors []time.Time
			for _, it := range days(tc.anchors...) {
				anchors = append(anchors, it.Start)
			}
			start, end, ok := idx.Story(timeline.StoryShare, anchors)
			if !ok {
				t.Fatal("no story")
			}
			if got := start.Format(time.DateOnly) + " – " + end.Format(time.DateOnly); got != tc.start+" – "+tc.end {
				t.Errorf("story %s, want %s – %s", got, tc.start, tc.end)
			}
		})
	}
	if _, _, ok := timeline.NewIndex(nil, nil).Story(timeline.StoryShare, nil); ok {
		t.Error("an empty index has a story")
	}
}

// edgeCase is a view of newsStarts and the edge notes it must show.
type edgeCase struct {
	name       string
	from, to   time.Time
	left       string // "" for none
	right      string
	leftCount  int
	rightCount int
}

func TestLayout_Edges(t *testing.T) {
	idx := timeline.NewIndex(days(newsStarts...), measure)
	m := timeline.Metrics{Width: 1200, Height: 400, TextSize: 12}
	cases := []edgeCase{
		{name: "the story", from: date(2024, 7, 25), to: date(2024, 12, 1),
			left: "← 9 earlier events, 1999–2024", leftCount: 9},
		{name: "October", from: date(2024, 10, 1), to: date(2024, 11, 1),
			left: "← 13 earlier events, 1999–2024", leftCount: 13, right: "14 later events, 2024 →", rightCount: 14},
		{name: "the background", from: date(1998, 6, 1), to: date(2002, 6, 1),
			right: "35 later events, 2019–2024 →", rightCount: 35},
		{name: "everything", from: date(1998, 6, 1), to: date(2025, 1, 1)},
	}
	var l timeline.Layout
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sc := l.Build(idx, timeline.Fit(tc.from, tc.to, m.Width, 0), m, -1, nil)
			var left, right *timeline.Edge
			for i := range sc.Edges {
				if e := &sc.Edges[i]; e.Later {
					right = e
				} else {
					left = e
				}
			}
			check := func(side string, e *timeline.Edge, text string, count int) {
				t.Helper()
				switch {
				case e == nil && text != "":
					t.Errorf("no %s note, want %q", side, text)
				case e != nil && (e.Text != text || e.Count != count):
					t.Errorf("%s note %q (%d), want %q (%d)", side, e.Text, e.Count, text, count)
				case e != nil && sc.EdgeAt(e.X+e.W/2, e.Y+e.H/2) < 0:
					t.Errorf("%s note not hit at its centre", side)
				}
			}
			check("left", left, tc.left, tc.leftCount)
			check("right", right, tc.right, tc.rightCount)
		})
	}
}

// TestLayout_EdgeSpanInView checks that a span reaching into the view is
// not counted as lying beyond its left edge.
func TestLayout_EdgeSpanInView(t *testing.T) {
	items := []timeline.Item{
		{Start: date(2024, 1, 1), End: date(2025, 1, 1), Span: true, Label: "all year"},
		{Start: date(2024, 3, 1), Label: "March"},
		{Start: date(2024, 11, 5), Label: "November"},
	}
	idx := timeline.NewIndex(items, measure)
	var l timeline.Layout
	m := timeline.Metrics{Width: 1200, Height: 400}
	sc := l.Build(idx, timeline.Fit(date(2024, 11, 1), date(2024, 12, 1), m.Width, 0), m, -1, nil)
	if len(sc.Edges) != 1 || sc.Edges[0].Count != 1 || !strings.HasPrefix(sc.Edges[0].Text, "← 1 earlier event,") {
		t.Errorf("edges %+v, want one note of 1 earlier event", sc.Edges)
	}
}
