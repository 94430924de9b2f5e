package convert_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

func TestItems(t *testing.T) {
	a := &data.Article{Source: "a.md"}
	b := &data.Article{Source: "b.md"}
	day := time.Date(2024, 11, 21, 0, 0, 0, 0, time.UTC)
	month := time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC)
	events := []data.Event{
		{Title: "strike", Value: "2024-11-21", Span: timex.Span{Start: day, End: day.AddDate(0, 0, 1), Precision: timex.PrecisionDay}, Article: b},
		{Title: "talks", Value: "2024-09", Mod: "APPROX", Span: timex.Span{Start: month, End: month.AddDate(0, 1, 0), Precision: timex.PrecisionMonth}, Article: a},
		{Title: "vote", Value: "PAST_REF", Span: timex.Span{Start: day, End: day.AddDate(0, 0, 1), Precision: timex.PrecisionDay}, Article: b},
	}
	items := convert.Items(events)
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	if items[0].Span || !items[1].Span {
		t.Errorf("span flags %v %v: want a day as a point and a month as a span", items[0].Span, items[1].Span)
	}
	if items[0].Approx || !items[1].Approx || !items[2].Approx {
		t.Errorf("approx flags %v %v %v: want false true true", items[0].Approx, items[1].Approx, items[2].Approx)
	}
	if items[0].Color != 0 || items[1].Color != 1 || items[2].Color != 0 {
		t.Errorf("colours %d %d %d: want one per article in order of appearance (0 1 0)", items[0].Color, items[1].Color, items[2].Color)
	}
	arts := convert.Articles(events)
	if len(arts) != 2 || arts[0] != b || arts[1] != a {
		t.Errorf("Articles = %v, want [b a]", arts)
	}
}
