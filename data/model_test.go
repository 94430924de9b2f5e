package data_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// TestSortEvents checks the order the timeline and the exports rely on:
// by first day, a shorter span before a longer one starting the same day,
// and reading order kept among equal spans. Values are TIMEX3 values whose
// spans follow from the calendar (2024-W47 starts Monday 18 November).
func TestSortEvents(t *testing.T) {
	type sortCase struct {
		name string
		in   []string // "title=value"
		want string   // titles in order
	}
	cases := []sortCase{
		{"by start", []string{"c=2024-12", "a=2024-11-18", "b=2024-11-20"}, "a b c"},
		{"shorter first", []string{"week=2024-W47", "day=2024-11-18"}, "day week"},
		{"day before month", []string{"month=2024-11", "day=2024-11-01"}, "day month"},
		{"stable", []string{"first=2024-11-27", "second=2024-11-27", "third=2024-11-27"}, "first second third"},
		{"empty", nil, ""},
	}
	for _, c := range cases {
		events := make([]data.Event, len(c.in))
		for i, s := range c.in {
			title, value, _ := strings.Cut(s, "=")
			span, err := timex.ParseValue(value)
			if err != nil {
				t.Fatalf("%s: ParseValue(%q): %v", c.name, value, err)
			}
			events[i] = data.Event{Title: title, Value: value, Span: span}
		}
		data.SortEvents(events)
		titles := make([]string, len(events))
		for i, e := range events {
			titles[i] = e.Title
		}
		if got := strings.Join(titles, " "); got != c.want {
			t.Errorf("%s: order %q, want %q", c.name, got, c.want)
		}
	}
}

// benchEvents makes n events over 30 years, a day, week, month or year
// long, as a news corpus has them (many sharing a day), in a fixed
// pseudo-random order.
func benchEvents(n int) []data.Event {
	rng := rand.New(rand.NewPCG(1, 2))
	first := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	lengths := []time.Duration{24 * time.Hour, 24 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 30 * 24 * time.Hour, 365 * 24 * time.Hour}
	events := make([]data.Event, n)
	for i := range events {
		start := first.AddDate(0, 0, rng.IntN(30*365))
		events[i] = data.Event{Title: "event", Value: "v", ExprStart: i,
			Span: timex.Span{Start: start, End: start.Add(lengths[rng.IntN(len(lengths))])}}
	}
	return events
}

// BenchmarkSortEvents sorts a million events in corpus order (issue 15:
// the first frame at a million events waited on this sort).
func BenchmarkSortEvents(b *testing.B) {
	in := benchEvents(1_000_000)
	events := make([]data.Event, len(in))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		copy(events, in)
		b.StartTimer()
		data.SortEvents(events)
	}
}
