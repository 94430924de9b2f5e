package merge

import (
	"fmt"
	"slices"

	"github.com/dateline/dateline/data"
)

// Join returns r with groups a and b made one, as an analyst merges by
// hand: the reports of both, the merged event taken from the report with
// the finest date. Suggestions and disagreements between the two go; the
// others follow their groups. r itself is left as it was, so keeping it
// undoes the join.
func (r Result) Join(a, b int) (Result, error) {
	if a == b || !r.has(a) || !r.has(b) {
		return r, fmt.Errorf("merge: join groups %d and %d of %d", a, b, len(r.Groups))
	}
	groups := slices.Clone(r.Groups)
	g := Group{Reports: slices.Concat(groups[a].Reports, groups[b].Reports), Indexes: slices.Concat(groups[a].Indexes, groups[b].Indexes)}
	groups[a] = finestFirst(g)
	groups = slices.Delete(groups, b, b+1)
	at := func(i int) int { // old group index → index in groups
		if i == b {
			i = a
		}
		if i > b {
			i--
		}
		return i
	}
	return r.regrouped(groups, at), nil
}

// Split returns r with report k of group g in a group of its own, as an
// analyst undoes a wrong merge by hand. r itself is left as it was.
func (r Result) Split(g, k int) (Result, error) {
	if !r.has(g) || k < 0 || k >= len(r.Groups[g].Reports) || len(r.Groups[g].Reports) < 2 {
		return r, fmt.Errorf("merge: split report %d from group %d", k, g)
	}
	groups := slices.Clone(r.Groups)
	old := groups[g]
	alone := Group{Event: old.Reports[k], Reports: []data.Event{old.Reports[k]}, Indexes: []int{old.Indexes[k]}}
	rest := Group{Reports: slices.Delete(slices.Clone(old.Reports), k, k+1), Indexes: slices.Delete(slices.Clone(old.Indexes), k, k+1)}
	groups[g] = finestFirst(rest)
	groups = append(groups, alone)
	return r.regrouped(groups, func(i int) int { return i }), nil
}

func (r Result) has(g int) bool { return g >= 0 && g < len(r.Groups) }

// finestFirst puts the report with the narrowest span first and makes it
// the group's event; ties keep the earlier report.
func finestFirst(g Group) Group {
	best := 0
	for i, e := range g.Reports {
		if e.Span.End.Sub(e.Span.Start) < g.Reports[best].Span.End.Sub(g.Reports[best].Span.Start) {
			best = i
		}
	}
	g.Reports = slices.Clone(g.Reports)
	g.Indexes = slices.Clone(g.Indexes)
	g.Reports[0], g.Reports[best] = g.Reports[best], g.Reports[0]
	g.Indexes[0], g.Indexes[best] = g.Indexes[best], g.Indexes[0]
	g.Event = g.Reports[0]
	return g
}

// regrouped returns r with groups (old group i now at at(i)) put back in
// time order and its links renumbered; links that now join a group to
// itself, or repeat another, go.
func (r Result) regrouped(groups []Group, at func(int) int) Result {
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	sortGroups(groups, order)
	pos := make([]int, len(groups))
	sorted := make([]Group, len(groups))
	for p, i := range order {
		pos[i], sorted[p] = p, groups[i]
	}
	out := Result{Groups: sorted, Repeats: r.Repeats}
	seen := map[[2]int]bool{}
	for _, s := range r.Suggestions {
		x, y := pos[at(s.A)], pos[at(s.B)]
		if k := [2]int{min(x, y), max(x, y)}; x != y && !seen[k] {
			seen[k] = true
			out.Suggestions = append(out.Suggestions, Suggestion{A: k[0], B: k[1], Score: s.Score})
		}
	}
	clear(seen)
	for _, d := range r.Disagreements {
		x, y := pos[at(d.A)], pos[at(d.B)]
		if x > y {
			x, y = y, x
		}
		if k := [2]int{x, y}; x != y && !seen[k] {
			seen[k] = true
			out.Disagreements = append(out.Disagreements, Disagreement{A: x, B: y, Score: d.Score})
		}
	}
	return out
}
