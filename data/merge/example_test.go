package merge_test

import (
	"fmt"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/merge"
)

// ExampleMerge merges a report dated to a week with one dated to a day of
// it: the happening keeps the day, and both sources.
func ExampleMerge() {
	var events []data.Event
	for _, a := range []*data.Article{
		{Title: "Border law passes", Source: "ledger.md", Published: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
			Text: "Finland's parliament approved the new border law on Tuesday by a large majority."},
		{Title: "Week in the north", Source: "review.md", Published: time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC),
			Text: "Finnish lawmakers passed the border law last week despite protests from rights groups."},
	} {
		evs, _ := extract.Events(a)
		events = append(events, evs...)
	}
	r := merge.Merge(events, merge.DefaultOptions)
	for _, g := range r.Groups {
		fmt.Println(g.Event.Value, g.Event.Title)
		for _, e := range g.Reports {
			fmt.Printf("  %s %q %s\n", e.Article.Source, e.Expr, e.Value)
		}
	}
	// Output:
	// 2025-03-11 Finland's parliament approved the new border law by a large majority
	//   ledger.md "Tuesday" 2025-03-11
	//   review.md "last week" 2025-W11
}
