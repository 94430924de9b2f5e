package merge

import (
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// clusters is a union-find forest over reports that keeps, at each root,
// the span the cluster's reports agree on and the articles they come from.
type clusters struct {
	parent   []int
	span     []timex.Span      // at roots: the finest span, held by every member's
	articles [][]*data.Article // at roots: the members' articles
	finest   []int             // at roots: the member whose span is span
	group    []int             // at roots, after result: the group index
}

func newClusters(reports []data.Event) *clusters {
	n := len(reports)
	c := &clusters{parent: make([]int, n), span: make([]timex.Span, n), articles: make([][]*data.Article, n),
		finest: make([]int, n), group: make([]int, n)}
	for i, e := range reports {
		c.parent[i], c.span[i], c.finest[i] = i, e.Span, i
		c.articles[i] = []*data.Article{e.Article}
	}
	return c
}

// find returns the root of i's cluster, halving paths on the way.
func (c *clusters) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// canMerge reports whether the clusters of a and b may become one: they
// are apart, come from different articles and their dates overlap and
// nest, so that one of them is the finest date all reports agree on (an
// event with no span, made by hand, merges with none).
func (c *clusters) canMerge(a, b int) bool {
	ra, rb := c.find(a), c.find(b)
	return ra != rb && !c.shareArticle(ra, rb) && overlap(c.span[ra], c.span[rb]) && nested(c.span[ra], c.span[rb])
}

// shareArticle reports whether two roots' clusters hold reports of one
// article. A nil article (events made by hand) shares with none.
func (c *clusters) shareArticle(ra, rb int) bool {
	for _, x := range c.articles[ra] {
		for _, y := range c.articles[rb] {
			if x == y && x != nil {
				return true
			}
		}
	}
	return false
}

// union joins the clusters of a and b; the larger keeps its root.
func (c *clusters) union(a, b int) {
	ra, rb := c.find(a), c.find(b)
	if len(c.articles[ra]) < len(c.articles[rb]) {
		ra, rb = rb, ra
	}
	if f := finer(c.span[ra], c.span[rb]); f != c.span[ra] {
		c.span[ra], c.finest[ra] = f, c.finest[rb]
	}
	c.parent[rb] = ra
	c.articles[ra] = append(c.articles[ra], c.articles[rb]...)
	c.articles[rb] = nil
}

// result builds the groups in time order; keep maps reports back to the
// positions of events given to Merge.
func (c *clusters) result(events, reports []data.Event, keep []int) Result {
	// Each root heads a chain of its members (next), in input order.
	n := len(reports)
	head, tail, next := make([]int, n), make([]int, n), make([]int, n)
	var roots []int
	for i := range head {
		head[i], next[i] = -1, -1
	}
	for i := range reports {
		r := c.find(i)
		if head[r] < 0 {
			roots = append(roots, r)
			head[r] = i
		} else {
			next[tail[r]] = i
		}
		tail[r] = i
	}
	// Every group's reports and indexes are cut from one array each.
	groups := make([]Group, len(roots))
	allReports, allIndexes := make([]data.Event, 0, n), make([]int, 0, n)
	for gi, r := range roots {
		f := c.finest[r]
		from := len(allReports)
		allReports, allIndexes = append(allReports, reports[f]), append(allIndexes, keep[f])
		for m := head[r]; m >= 0; m = next[m] {
			if m != f {
				allReports, allIndexes = append(allReports, reports[m]), append(allIndexes, keep[m])
			}
		}
		to := len(allReports)
		groups[gi] = Group{Event: reports[f], Reports: allReports[from:to:to], Indexes: allIndexes[from:to:to]}
	}
	byTime := make([]int, len(groups))
	for i := range byTime {
		byTime[i] = i
	}
	sortGroups(groups, byTime)
	for at, gi := range byTime {
		c.group[roots[gi]] = at
	}
	sorted := make([]Group, len(groups))
	for at, gi := range byTime {
		sorted[at] = groups[gi]
	}
	return Result{Groups: sorted}
}
