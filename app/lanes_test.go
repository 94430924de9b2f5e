package app

import (
	"testing"
	"time"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/timeline"
)

// TestUI_GroupBySourceWeekLabels groups the built-in briefing's ten
// articles by source and shows the week of 21 November 2024: scrolling
// the lanes from top to bottom, every event in view is drawn with its
// label, and no "+N" badge hides one.
func TestUI_GroupBySourceWeekLabels(t *testing.T) {
	u := newTestUI(t)
	u.merges.toggle() // every report drawn, not one per happening: the test is about the lanes
	u.setGrouping(convert.GroupSource)
	tl := u.Timeline()
	from := time.Date(2024, 11, 18, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 0, 7)
	w := tl.Size().Width
	tl.SetScale(timeline.Fit(from, to, w, 0))
	inView := map[int]bool{}
	for i := range tl.Index().Len() {
		if it := tl.Index().Item(i); !it.Start.Before(from) && it.Start.Before(to) {
			inView[i] = true
		}
	}
	if len(inView) < 8 {
		t.Fatalf("%d events in the week, want the briefing's busy week", len(inView))
	}
	labelled := map[int]bool{}
	for range 50 {
		sc := tl.Scene()
		if len(sc.Clusters) > 0 {
			t.Errorf("badge %q at a week's zoom", sc.Clusters[0].Text)
		}
		for _, lb := range sc.Labels {
			labelled[lb.Item] = true
		}
		if !tl.ScrollLanes(200) {
			break
		}
	}
	for i := range inView {
		if !labelled[i] {
			t.Errorf("event %q has no label", tl.Index().Item(i).Label)
		}
	}
}
