package convert

import (
	"fmt"
	"slices"

	"github.com/dateline/dateline/data/merge"
	"github.com/dateline/dateline/timeline"
)

// GroupNote is what a merged happening's label adds: its sources, and
// whether other sources give another date (" · 3 sources · dates
// disputed").
func GroupNote(reports int, disputed bool) string {
	s := ""
	if reports > 1 {
		s = fmt.Sprintf(" · %d sources", reports)
	}
	if disputed {
		s += " · dates disputed"
	}
	return s
}

// LabelGroups adds to the label of each group's first report, in items
// made index for index from the events res merged, what GroupNote says of
// the group. It changes items in place and returns it.
func LabelGroups(items []timeline.Item, res merge.Result) []timeline.Item {
	groupNotes(res, len(items), func(rep int, note string) { items[rep].Label += note })
	return items
}

// LabelGroups is LabelGroups for items made one at a time: each is made
// with its note. It changes s and returns it.
func (s *EventItems) LabelGroups(res merge.Result) *EventItems {
	groupNotes(res, s.Len(), func(rep int, note string) {
		if s.note == nil {
			s.note = map[int]string{}
		}
		s.note[rep] += note
	})
	return s
}

// groupNotes calls add with each group's first report and what GroupNote
// says of the group, for reports among the n items.
func groupNotes(res merge.Result, n int, add func(rep int, note string)) {
	for g, grp := range res.Groups {
		if rep := grp.Indexes[0]; rep < n {
			add(rep, GroupNote(len(grp.Reports), Disputed(res, g)))
		}
	}
}

// Disputed reports whether group g of res is in a disagreement.
func Disputed(res merge.Result, g int) bool {
	return slices.ContainsFunc(res.Disagreements, func(d merge.Disagreement) bool { return d.A == g || d.B == g })
}

// Drawn returns xs, made index for index from the events res merged,
// without the reports drawn through their group's first: one per
// happening, as the window draws them with Merge Reports on. An empty res
// leaves xs as it is; xs itself is not changed.
func Drawn[T any](xs []T, res merge.Result) []T {
	if len(res.Groups) == 0 {
		return xs
	}
	through := make([]bool, len(xs))
	for _, grp := range res.Groups {
		for _, i := range grp.Indexes[1:] {
			if i < len(xs) {
				through[i] = true
			}
		}
	}
	out := make([]T, 0, len(xs))
	for i, x := range xs {
		if !through[i] {
			out = append(out, x)
		}
	}
	return out
}

// MergedItems is items as the window draws them with Merge Reports on:
// one per happening, its label counting its sources. items are made index
// for index from the events res merged; they are changed in place.
func MergedItems(items []timeline.Item, res merge.Result) []timeline.Item {
	return Drawn(LabelGroups(items, res), res)
}
