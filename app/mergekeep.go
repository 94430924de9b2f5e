package app

import (
	"slices"

	"github.com/dateline/dateline/data/merge"
	"github.com/dateline/dateline/data/project"
)

// The analyst's joins and splits are kept in the project (project.Merges,
// one list of event identities per happening, a list of one for a report
// split off), so they outlive an edit, a reload and a save, and Undo and
// Redo step through them: each time the events are merged afresh, the
// kept splits and joins are made again (keptJoins). A Split takes the
// report out of the kept join it was in and keeps it apart, also from
// what Merge itself joined; a Join takes its reports in again.

// keptJoins makes, in r, the project's merges: first each report kept
// apart leaves its group, then the groups holding the events of each
// join become one. ids are the events' identities, index for index with
// the events r was merged from.
func keptJoins(r merge.Result, merges [][]project.EventID, ids []project.EventID) merge.Result {
	at := make(map[project.EventID]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	for _, m := range merges {
		if len(m) != 1 {
			continue
		}
		i, ok := at[m[0]]
		if !ok {
			continue
		}
		if g := groupOf(r, i); g >= 0 && len(r.Groups[g].Indexes) > 1 {
			if s, err := r.Split(g, slices.Index(r.Groups[g].Indexes, i)); err == nil {
				r = s
			}
		}
	}
	for _, m := range merges {
		for k := 1; k < len(m); k++ {
			a, aok := at[m[0]]
			b, bok := at[m[k]]
			if !aok || !bok {
				continue
			}
			ga, gb := groupOf(r, a), groupOf(r, b)
			if ga < 0 || gb < 0 || ga == gb {
				continue
			}
			if j, err := r.Join(ga, gb); err == nil {
				r = j
			}
		}
	}
	return r
}

// groupOf returns the group of r that holds event i, or -1.
func groupOf(r merge.Result, i int) int {
	for g, grp := range r.Groups {
		if slices.Contains(grp.Indexes, i) {
			return g
		}
	}
	return -1
}

// keepJoin records that the events of grp are one happening, folding in
// the kept merges that share an event with it.
func keepJoin(merges [][]project.EventID, grp merge.Group, ids []project.EventID) [][]project.EventID {
	var group []project.EventID
	for _, i := range grp.Indexes {
		if i < len(ids) {
			group = append(group, ids[i])
		}
	}
	out := [][]project.EventID{}
	for _, m := range merges {
		if slices.ContainsFunc(m, func(id project.EventID) bool { return slices.Contains(group, id) }) {
			for _, id := range m {
				if !slices.Contains(group, id) {
					group = append(group, id)
				}
			}
			continue
		}
		out = append(out, m)
	}
	return append(out, group)
}

// keepSplit takes id out of the kept merges, dropping the joins left
// with fewer than two events, and keeps it apart.
func keepSplit(merges [][]project.EventID, id project.EventID) [][]project.EventID {
	out := [][]project.EventID{}
	for _, m := range merges {
		if len(m) < 2 {
			if len(m) == 1 && m[0] != id {
				out = append(out, m) // another report kept apart
			}
			continue
		}
		m = slices.DeleteFunc(slices.Clone(m), func(x project.EventID) bool { return x == id })
		if len(m) >= 2 {
			out = append(out, m)
		}
	}
	return append(out, []project.EventID{id})
}
