package convert

import (
	"strings"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/timeline"
)

// Items converts events to timeline items, one per event in the same
// order, so an item's index is its event's index. An item's Color is the
// index of its event's article in Articles(events), so each source keeps
// one colour.
func Items(events []data.Event) []timeline.Item {
	colors := map[*data.Article]int{}
	out := make([]timeline.Item, len(events))
	for i, e := range events {
		c, ok := colors[e.Article]
		if !ok {
			c = len(colors)
			colors[e.Article] = c
		}
		out[i] = timeline.Item{
			Start:  e.Span.Start,
			End:    e.Span.End,
			Label:  e.Title,
			Span:   !e.Span.Precision.IsPoint(),
			Approx: e.Mod == "APPROX" || strings.HasSuffix(e.Value, "_REF"),
			Color:  c,
		}
	}
	return out
}

// Articles returns the distinct articles of events in order of first
// appearance: article i is drawn in palette colour i by Items. Events
// without an article share one nil entry.
func Articles(events []data.Event) []*data.Article {
	seen := map[*data.Article]bool{}
	var out []*data.Article
	for _, e := range events {
		if !seen[e.Article] {
			seen[e.Article] = true
			out = append(out, e.Article)
		}
	}
	return out
}
