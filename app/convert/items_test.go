package convert_test

import (
	"fmt"
	"image/color"
	"testing"
	"time"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/merge"
	"github.com/dateline/dateline/data/timex"
	"github.com/dateline/dateline/timeline"
)

// result is a small corpus: two articles, three events, b's first in time.
func result() extract.Result {
	a := &data.Article{Source: "a.md", Title: "A"}
	b := &data.Article{Source: "b.md", Title: "B"}
	day := time.Date(2024, 11, 21, 0, 0, 0, 0, time.UTC)
	month := time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC)
	return extract.Result{
		Articles: []*data.Article{a, b},
		Events: []data.Event{
			{Title: "talks", Value: "2024-09", Mod: "APPROX", Span: timex.Span{Start: month, End: month.AddDate(0, 1, 0), Precision: timex.PrecisionMonth}, Article: b},
			{Title: "strike", Value: "2024-11-21", Span: timex.Span{Start: day, End: day.AddDate(0, 0, 1), Precision: timex.PrecisionDay}, Article: a, Sentence: "Ukraine struck Bryansk."},
			{Title: "vote", Value: "PAST_REF", Span: timex.Span{Start: day, End: day.AddDate(0, 0, 1), Precision: timex.PrecisionDay}, Article: b, Sentence: "Ukraine voted."},
		},
	}
}

func TestItems(t *testing.T) {
	items := convert.Items(result(), nil)
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	if !items[0].Span || items[1].Span {
		t.Errorf("span flags %v %v: want a month as a span and a day as a point", items[0].Span, items[1].Span)
	}
	if !items[0].Approx || items[1].Approx || !items[2].Approx {
		t.Errorf("approx flags %v %v %v: want APPROX and PAST_REF uncertain (true false true)", items[0].Approx, items[1].Approx, items[2].Approx)
	}
	// Colours follow r.Articles, not the order events appear in.
	if items[0].Color != 1 || items[1].Color != 0 || items[2].Color != 1 {
		t.Errorf("colours %d %d %d: want the article's position (1 0 1)", items[0].Color, items[1].Color, items[2].Color)
	}
	for i, it := range items {
		if it.Lane != 0 {
			t.Errorf("item %d in lane %d with no lanes given", i, it.Lane)
		}
	}
}

func TestLanes(t *testing.T) {
	r := result()
	lane, names := convert.Lanes(r, convert.GroupNone, 6)
	if names != nil || lane != nil {
		t.Errorf("none: lanes %v names %v, want one unnamed lane (nil, nil)", lane, names)
	}
	lane, names = convert.Lanes(r, convert.GroupSource, 6)
	if len(names) != 2 || names[0] != "A" || names[1] != "B" || lane[0] != 1 || lane[1] != 0 || lane[2] != 1 {
		t.Errorf("source: lanes %v names %v, want [1 0 1] [A B]", lane, names)
	}
	items := convert.Items(r, lane)
	if items[0].Lane != 1 || items[1].Lane != 0 {
		t.Errorf("items in lanes %d %d, want 1 0", items[0].Lane, items[1].Lane)
	}
	lane, names = convert.Lanes(r, convert.GroupActor, 6)
	if len(names) == 0 || len(lane) != 3 {
		t.Errorf("actor: lanes %v names %v", lane, names)
	}
	for _, l := range lane {
		if l < 0 || l >= len(names) {
			t.Errorf("actor lane %d out of range %v", l, names)
		}
	}
}

func TestParseGrouping(t *testing.T) {
	for in, want := range map[string]convert.Grouping{"": convert.GroupNone, "Source": convert.GroupSource, "actor": convert.GroupActor} {
		if g, err := convert.ParseGrouping(in); err != nil || g != want {
			t.Errorf("ParseGrouping(%q) = %q, %v; want %q", in, g, err, want)
		}
	}
	if _, err := convert.ParseGrouping("topic"); err == nil {
		t.Error("ParseGrouping(topic): no error")
	}
}

// TestLanes_Tag puts events in the lane of their article's first tag, with
// untagged articles last.
func TestLanes_Tag(t *testing.T) {
	r := result()
	r.Articles[1].Tags = []string{"war", "diplomacy"}
	c := &data.Article{Title: "C"}
	r.Articles = append(r.Articles, c)
	r.Events = append(r.Events, data.Event{Title: "late", Article: c})
	lane, names := convert.Lanes(r, convert.GroupTag, 6)
	if len(names) != 2 || names[0] != "war" || names[1] != convert.Untagged {
		t.Fatalf("names %v, want [war Untagged]", names)
	}
	want := []int{0, 1, 0, 1} // b is tagged war; a and c are not
	for i := range want {
		if lane[i] != want[i] {
			t.Errorf("lanes %v, want %v", lane, want)
			break
		}
	}
	if g, err := convert.ParseGrouping("Tag"); err != nil || g != convert.GroupTag {
		t.Errorf("ParseGrouping(Tag) = %q, %v", g, err)
	}
}

// TestItems_SourcesApart gives each of PaletteSize articles one event and
// checks that no two sources share a colour, and that up to three times
// as many still differ in colour or mark shape.
func TestItems_SourcesApart(t *testing.T) {
	var r extract.Result
	day := time.Date(2024, 11, 21, 0, 0, 0, 0, time.UTC)
	for i := range 3 * timeline.PaletteSize {
		a := &data.Article{Source: fmt.Sprintf("%d.md", i), Title: fmt.Sprint(i)}
		r.Articles = append(r.Articles, a)
		r.Events = append(r.Events, data.Event{Title: "event", Value: "2024-11-21",
			Span: timex.Span{Start: day, End: day.AddDate(0, 0, 1), Precision: timex.PrecisionDay}, Article: a})
	}
	type look struct {
		c     color.NRGBA
		shape timeline.Shape
	}
	colours := map[color.NRGBA]int{}
	looks := map[look]int{}
	for i, it := range convert.Items(r, nil) {
		c := timeline.PaletteColor(it.Color)
		if j, ok := colours[c]; ok && i < timeline.PaletteSize {
			t.Errorf("sources %d and %d share colour %v", j, i, c)
		}
		colours[c] = i
		k := look{c, timeline.PaletteShape(it.Color)}
		if j, ok := looks[k]; ok {
			t.Errorf("sources %d and %d share colour and shape %v", j, i, k)
		}
		looks[k] = i
	}
}

// TestEventItems checks that events made into items one at a time, with
// their groups' notes, give what the slice functions give, so the window
// (which indexes EventItems) and the exports (which label slices) agree.
func TestEventItems(t *testing.T) {
	r := result()
	lane := []int{2, 0, 1}
	type eventItemsCase struct {
		name string
		res  merge.Result
	}
	cases := []eventItemsCase{
		{"no groups", merge.Result{}},
		{"one group", merge.Result{Groups: []merge.Group{{Reports: r.Events[1:], Indexes: []int{1, 2}}}}},
		{"disputed", merge.Result{
			Groups:        []merge.Group{{Reports: r.Events[:1], Indexes: []int{0}}, {Reports: r.Events[1:], Indexes: []int{2, 1}}},
			Disagreements: []merge.Disagreement{{A: 0, B: 1}},
		}},
		{"group beyond the events", merge.Result{Groups: []merge.Group{{Reports: r.Events[:2], Indexes: []int{5, 0}}}}},
	}
	for _, c := range cases {
		want := convert.LabelGroups(convert.Items(r, lane), c.res)
		src := convert.NewEventItems(r, lane).LabelGroups(c.res)
		if src.Len() != len(want) {
			t.Fatalf("%s: Len %d, want %d", c.name, src.Len(), len(want))
		}
		for i := range want {
			if got := src.Item(i); got != want[i] {
				t.Errorf("%s: Item(%d) = %+v, want %+v", c.name, i, got, want[i])
			}
		}
	}
	if got := convert.NewEventItems(r, lane).LabelGroups(cases[1].res).Item(1).Label; got != "strike · 2 sources" {
		t.Errorf("group's first report labelled %q, want %q", got, "strike · 2 sources")
	}
}
