package timeline_test

import (
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/internal/cputime"
)

// genEpoch is where generated corpora start.
var genEpoch = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

var genWords = strings.Fields(`talks summit vote sanctions minister border
	strike election ceasefire treaty missile visit deal parliament protest
	court ruling budget pipeline drought harvest reactor referendum embassy`)

// genItems returns n synthetic items over years years from 1995, shaped
// like a news corpus: half spread evenly, half in bursts around a few
// hundred stories; mostly day dates, some times of day, and week, month,
// quarter and year spans, a tenth of them approximate. The same seed gives
// the same corpus, so benchmarks can be rerun:
//
//	go test ./timeline -run XXX -bench . -benchmem
func genItems(n int, seed int64, years int) []timeline.Item {
	rng := rand.New(rand.NewSource(seed))
	days := years * 365
	bursts := make([]int, 50+n/500)
	for i := range bursts {
		bursts[i] = rng.Intn(days)
	}
	items := make([]timeline.Item, n)
	for i := range items {
		day := rng.Intn(days)
		if rng.Intn(2) == 0 {
			day = bursts[rng.Intn(len(bursts))] + int(rng.NormFloat64()*20)
			day = max(0, min(day, days-1))
		}
		items[i] = genItem(rng, genEpoch.AddDate(0, 0, day))
	}
	return items
}

// genItem returns one item on day d with a random precision and label.
func genItem(rng *rand.Rand, d time.Time) timeline.Item {
	it := timeline.Item{Start: d, End: d.AddDate(0, 0, 1), Color: rng.Intn(8), Approx: rng.Intn(10) == 0}
	switch p := rng.Intn(100); {
	case p < 10: // a time of day
		it.Start = d.Add(time.Duration(rng.Intn(24*60)) * time.Minute)
		it.End = it.Start.Add(time.Minute)
	case p < 15:
		it.Start = d.AddDate(0, 0, -int(d.Weekday()+6)%7)
		it.End, it.Span = it.Start.AddDate(0, 0, 7), true
	case p < 23:
		it.Start = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
		it.End, it.Span = it.Start.AddDate(0, 1, 0), true
	case p < 25:
		it.Start = time.Date(d.Year(), d.Month()-(d.Month()-1)%3, 1, 0, 0, 0, 0, time.UTC)
		it.End, it.Span = it.Start.AddDate(0, 3, 0), true
	case p < 28:
		it.Start = time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		it.End, it.Span = it.Start.AddDate(1, 0, 0), true
	}
	var b strings.Builder
	for w := 1 + rng.Intn(6); w > 0; w-- {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(genWords[rng.Intn(len(genWords))])
	}
	it.Label = b.String()
	return it
}

// measure is the tests' text measure: 7 pixels per byte, like a 12 px
// proportional font on average.
func measure(s string) float32 { return 7 * float32(len(s)) }

func TestIndex_Navigation(t *testing.T) {
	items := []timeline.Item{
		{Start: date(2024, 3, 1), Label: "c"},
		{Start: date(2024, 1, 1), End: date(2025, 1, 1), Span: true, Label: "a"},
		{Start: date(2024, 2, 1), Label: "b"},
		{Start: date(2024, 2, 1), End: date(2024, 2, 2), Label: "b2"},
	}
	x := timeline.NewIndex(items, measure)
	if x.Len() != 4 || x.Item(2).Label != "b" {
		t.Fatalf("Len %d, Item(2) %q", x.Len(), x.Item(2).Label)
	}
	if got := x.First(); got != 1 {
		t.Errorf("First = %d, want 1", got)
	}
	if got := x.Last(); got != 0 {
		t.Errorf("Last = %d, want 0", got)
	}
	// Time order is 1, 2, 3, 0: the two 1 Feb items tie and keep their
	// order, the point before the day it ends with.
	order := []int{1, 2, 3, 0}
	for i := 1; i < len(order); i++ {
		if got := x.Next(order[i-1], 1); got != order[i] {
			t.Errorf("Next(%d, 1) = %d, want %d", order[i-1], got, order[i])
		}
		if got := x.Next(order[i], -1); got != order[i-1] {
			t.Errorf("Next(%d, -1) = %d, want %d", order[i], got, order[i-1])
		}
	}
	if got := x.Next(0, 1); got != 0 {
		t.Errorf("Next past the end = %d, want to stay at 0", got)
	}
	if got := x.Next(99, 1); got != -1 {
		t.Errorf("Next of a bad item = %d, want -1", got)
	}
	s, e := x.Bounds()
	if !s.Equal(date(2024, 1, 1)) || !e.Equal(date(2025, 1, 1)) {
		t.Errorf("Bounds = %v, %v", s, e)
	}
}

func TestIndex_Nearest(t *testing.T) {
	items := []timeline.Item{
		{Start: date(2024, 3, 1)},
		{Start: date(2024, 1, 1)},
		{Start: date(2024, 2, 1)},
		{Start: date(2024, 2, 1)},
	}
	x := timeline.NewIndex(items, nil)
	type nearCase struct {
		t    time.Time
		want int
	}
	for _, c := range []nearCase{
		{date(2000, 1, 1), 1},
		{date(2024, 1, 10), 1},
		{date(2024, 1, 25), 2}, // both 1 Feb items are nearest: the first
		{date(2024, 2, 1), 2},
		{date(2024, 2, 16), 0}, // 15 days after 1 Feb, 14 before 1 Mar (a leap year)
		{date(2030, 1, 1), 0},
	} {
		if got := x.Nearest(c.t); got != c.want {
			t.Errorf("Nearest(%v) = %d, want %d", c.t.Format(time.DateOnly), got, c.want)
		}
	}
	if got := timeline.NewIndex(nil, nil).Nearest(date(2024, 1, 1)); got != -1 {
		t.Errorf("Nearest in an empty index = %d", got)
	}
}

func TestIndex_Empty(t *testing.T) {
	x := timeline.NewIndex(nil, nil)
	if x.First() != -1 || x.Last() != -1 || x.Next(0, 1) != -1 {
		t.Error("an empty index navigates somewhere")
	}
	if s, e := x.Bounds(); !s.IsZero() || !e.IsZero() {
		t.Errorf("Bounds = %v, %v, want zero", s, e)
	}
	var l timeline.Layout
	sc := l.Build(x, timeline.Fit(date(2024, 1, 1), date(2025, 1, 1), 800, 0), timeline.Metrics{Width: 800, Height: 400}, -1, nil)
	if len(sc.Points)+len(sc.Spans)+len(sc.Labels)+len(sc.Clusters) != 0 || len(sc.Ticks) == 0 {
		t.Errorf("empty index: %d points, %d ticks", len(sc.Points), len(sc.Ticks))
	}
}

// TestIndex_Density checks that the histogram holds every item once, spans
// shared among the bins they cover.
func TestIndex_Density(t *testing.T) {
	items := genItems(5000, 3, 10)
	x := timeline.NewIndex(items, measure)
	start, end := x.Bounds()
	bins := make([]float32, 97)
	peak := x.Density(start, end, bins)
	var sum, top float32
	for _, v := range bins {
		sum += v
		top = max(top, v)
	}
	if d := sum - 5000; d > 0.5 || d < -0.5 {
		t.Errorf("bins hold %v items, want 5000", sum)
	}
	if peak != top {
		t.Errorf("peak %v, want %v", peak, top)
	}
	// A window on one year holds only what falls in it.
	y := []timeline.Item{
		{Start: date(2024, 6, 1)},
		{Start: date(2024, 1, 1), End: date(2025, 1, 1), Span: true},
		{Start: date(2030, 1, 1)},
	}
	b := make([]float32, 2)
	timeline.NewIndex(y, nil).Density(date(2024, 1, 1), date(2025, 1, 1), b)
	// The year span shares itself evenly; 1 Jun falls in the first half
	// (2024 has 366 days, so the halves meet on 2 Jul).
	if b[0] != 1.5 || b[1] != 0.5 {
		t.Errorf("Density = %v, want [1.5 0.5]", b)
	}
}

// TestIndex_Item checks that Item gives back every item exactly as given,
// both those the Index keeps in its compact arrays (whole seconds in UTC)
// and those it keeps whole, in sorted and unsorted input, and that the
// Index does not depend on the caller's slice afterwards.
func TestIndex_Item(t *testing.T) {
	day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	paris := time.FixedZone("CET", 3600)
	type itemCase struct {
		name string
		item timeline.Item
	}
	cases := []itemCase{
		{"day", timeline.Item{Start: day, End: day.AddDate(0, 0, 1), Label: "vote", Lane: 2, Color: 3}},
		{"month span", timeline.Item{Start: day, End: day.AddDate(0, 1, 0), Label: "talks", Span: true, Approx: true}},
		{"span ending before it starts", timeline.Item{Start: day, End: day.Add(-time.Hour), Span: true}},
		{"zero times", timeline.Item{Label: "undated"}},
		{"before 1970", timeline.Item{Start: time.Date(1914, 7, 28, 0, 0, 0, 0, time.UTC), End: time.Date(1918, 11, 11, 0, 0, 0, 0, time.UTC), Span: true}},
		{"a century", timeline.Item{Start: time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), Span: true}},
		{"nanoseconds", timeline.Item{Start: day.Add(1500 * time.Millisecond), End: day.Add(2 * time.Second)}},
		{"another zone", timeline.Item{Start: day.In(paris), End: day.AddDate(0, 0, 1).In(paris)}},
		{"negative lane", timeline.Item{Start: day, End: day, Lane: -1}},
		{"colour beyond int32", timeline.Item{Start: day, End: day, Color: 1 << 40}},
	}
	var items []timeline.Item
	for _, c := range cases {
		items = append(items, c.item)
	}
	for _, order := range []string{"as given", "sorted"} {
		in := slices.Clone(items)
		if order == "sorted" {
			slices.SortStableFunc(in, func(a, b timeline.Item) int { return a.Start.Compare(b.Start) })
		}
		want := slices.Clone(in)
		x := timeline.NewIndex(in, measure)
		clear(in) // the Index keeps what it needs
		for i := range want {
			if got := x.Item(i); got != want[i] {
				t.Errorf("%s: Item(%d) = %+v, want %+v", order, i, got, want[i])
			}
		}
	}
}

// BenchmarkNewIndex indexes 100,000 items in no order; the Sorted one
// indexes them in time order, as the app hands over its events.
func BenchmarkNewIndex(b *testing.B) { benchNewIndex(b, genItems(100_000, 1, 30)) }

func BenchmarkNewIndex_Sorted(b *testing.B) {
	items := genItems(100_000, 1, 30)
	slices.SortStableFunc(items, func(a, b timeline.Item) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return a.End.Compare(b.End)
	})
	benchNewIndex(b, items)
}

func benchNewIndex(b *testing.B, items []timeline.Item) {
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		timeline.NewIndex(items, measure)
	}
	reportCPU(b, cpu)
	b.ReportMetric(bytesPerItem(items), "B/item")
}

// bytesPerItem measures the heap an Index of items takes, per item.
func bytesPerItem(items []timeline.Item) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := timeline.NewIndex(items, measure)
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(items))
}

// BenchmarkIndex_Density fills a 1,000-bin overview of 100,000 items.
func BenchmarkIndex_Density(b *testing.B) {
	x := timeline.NewIndex(genItems(100_000, 1, 30), measure)
	start, end := x.Bounds()
	bins := make([]float32, 1000)
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		x.Density(start, end, bins)
	}
	reportCPU(b, cpu)
}
