package project_test

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/project"
	"github.com/dateline/dateline/data/timex"
)

func TestFilter_MatchView(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 11, d, 0, 0, 0, 0, time.UTC) }
	a, b := &data.Article{Source: "a.md"}, &data.Article{Source: "b.md"}
	// Spans as the tagger gives them: 19 November, the week of 18
	// November, November, 2024 (dates checked against the calendar).
	dayEv := project.Event{Event: data.Event{Article: a, Span: timex.Span{Start: day(19), End: day(20), Precision: timex.PrecisionDay}}}
	weekEv := project.Event{Event: data.Event{Article: b, Span: timex.Span{Start: day(18), End: day(25), Precision: timex.PrecisionWeek}}}
	monthEv := project.Event{Event: data.Event{Article: a, Span: timex.Span{Start: day(1), End: time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), Precision: timex.PrecisionMonth}}}
	yearEv := project.Event{Event: data.Event{Article: b, Span: timex.Span{Start: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Precision: timex.PrecisionYear}}}
	events := []project.Event{dayEv, weekEv, monthEv, yearEv}
	type filterCase struct {
		name   string
		filter project.Filter
		want   [4]bool
	}
	for _, c := range []filterCase{
		{"none", project.Filter{}, [4]bool{true, true, true, true}},
		{"without a source", project.Filter{Without: []string{"b.md"}}, [4]bool{true, false, true, false}},
		{"only a source", project.Filter{Sources: []string{"b.md"}}, [4]bool{false, true, false, true}},
		{"days", project.Filter{Precisions: []string{project.ClassDay}}, [4]bool{true, false, false, false}},
		{"weeks and years", project.Filter{Precisions: []string{project.ClassWeek, project.ClassYear}}, [4]bool{false, true, false, true}},
		{"from after the day", project.Filter{Range: &project.Range{From: day(20)}}, [4]bool{false, true, true, true}},
		{"to before the week", project.Filter{Range: &project.Range{To: day(18)}}, [4]bool{false, false, true, true}},
		{"range inside the week", project.Filter{Range: &project.Range{From: day(21), To: day(22)}}, [4]bool{false, true, true, true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for i, e := range events {
				if got := c.filter.Match(e); got != c.want[i] {
					t.Errorf("event %d (%v): Match = %v, want %v", i, e.Span.Precision, got, c.want[i])
				}
			}
			if active := c.name != "none"; c.filter.Active() != active {
				t.Errorf("Active = %v, want %v", c.filter.Active(), active)
			}
		})
	}
}

func TestPrecisionClass(t *testing.T) {
	type classCase struct {
		p    timex.Precision
		want string
	}
	for _, c := range []classCase{
		{timex.PrecisionMinute, project.ClassDay}, {timex.PrecisionDay, project.ClassDay},
		{timex.PrecisionWeek, project.ClassWeek}, {timex.PrecisionMonth, project.ClassMonth},
		{timex.PrecisionQuarter, project.ClassMonth}, {timex.PrecisionHalf, project.ClassMonth},
		{timex.PrecisionYear, project.ClassYear}, {timex.PrecisionCentury, project.ClassYear}, {timex.PrecisionNone, project.ClassYear},
	} {
		if got := project.PrecisionClass(c.p); got != c.want {
			t.Errorf("PrecisionClass(%v) = %q, want %q", c.p, got, c.want)
		}
	}
}

// TestFilter_SaveLoad checks that the view's filters come back from the
// project file as they were saved.
func TestFilter_SaveLoad(t *testing.T) {
	p := project.New()
	want := project.Filter{Without: []string{"b.md"}, Precisions: []string{project.ClassDay, project.ClassWeek},
		Range: &project.Range{From: time.Date(2024, 11, 18, 0, 0, 0, 0, time.UTC)}}
	p.View.Filter = want
	q, err := project.Load(bytes.NewReader(saved(t, p)), "filters.dateline")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(q.View.Filter, want) {
		t.Errorf("loaded filter %+v, want %+v", q.View.Filter, want)
	}
}
