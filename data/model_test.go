package data_test

import (
	"strings"
	"testing"

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
