package merge

import (
	"sort"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// Options are the similarity thresholds Merge decides by, as cosines of
// the reports' TF-IDF vectors.
type Options struct {
	// Auto is the similarity above which reports whose dates agree merge
	// without asking.
	Auto float64
	// Suggest is the similarity above which reports whose dates overlap
	// are offered for merging.
	Suggest float64
	// Disagree is the similarity above which reports whose dates do not
	// overlap are listed as disagreeing.
	Disagree float64
	// MaxGap is how far apart two dates may lie and still disagree about
	// one happening; reports further apart are taken to report different
	// happenings.
	MaxGap time.Duration
}

// DefaultOptions are the thresholds measured on our gold set of merges
// (see merge_test.go and testdata/pairs.txt).
var DefaultOptions = Options{Auto: 0.30, Suggest: 0.17, Disagree: 0.40, MaxGap: 3 * 24 * time.Hour}

// Group is one happening: the merged event and every report of it.
type Group struct {
	// Event is the merged event: the report with the finest date the
	// reports agree on, so a week's report merged with a day's gives the
	// day.
	Event data.Event
	// Reports are the events that report the happening, the one Event
	// was taken from first, then in input order; each keeps its article
	// (the source), sentence and date expression.
	Reports []data.Event
	// Indexes are the Reports' positions in the events given to Merge.
	Indexes []int
}

// Suggestion offers two groups that may report the same happening: their
// dates overlap but their words are less alike than Options.Auto asks, or
// their dates overlap without one holding the other.
type Suggestion struct {
	// A and B index Result.Groups, A < B.
	A, B int
	// Score is the cosine similarity of the most alike pair of reports.
	Score float64
}

// Disagreement names two groups that report the same happening on dates
// that do not overlap.
type Disagreement struct {
	// A and B index Result.Groups, A earlier than B.
	A, B  int
	Score float64
}

// Result is what Merge found.
type Result struct {
	// Groups are the happenings in time order, each with its reports.
	Groups        []Group
	Suggestions   []Suggestion
	Disagreements []Disagreement
	// Repeats counts the reports left out because an identical one, from
	// the same source, came before (the same file opened twice).
	Repeats int
}

// Merge groups the events that report the same happening (see the package
// documentation). It does not change events.
func Merge(events []data.Event, opt Options) Result {
	keep, repeats := unique(events)
	reports := make([]data.Event, len(keep))
	for i, k := range keep {
		reports[i] = events[k]
	}
	vecs, df := vectors(reports)
	pairs := candidates(reports, vecs, df, opt)
	c := newClusters(reports)
	for _, p := range pairs {
		if p.score >= opt.Auto && c.canMerge(p.a, p.b) {
			c.union(p.a, p.b)
		}
	}
	r := c.result(events, reports, keep)
	r.Repeats = repeats
	r.Suggestions, r.Disagreements = links(c, pairs, reports, opt)
	return r
}

// repeatKey is what makes two reports the same report: one source, one
// sentence, one date expression.
type repeatKey struct {
	source, title, sentence, value string
	published                      time.Time
	expr                           int
}

// unique returns the positions of the events that repeat no earlier one,
// and how many did.
func unique(events []data.Event) (keep []int, repeats int) {
	seen := make(map[repeatKey]bool, len(events))
	for i, e := range events {
		k := repeatKey{sentence: e.Sentence, value: e.Value, expr: e.ExprStart - e.SentenceStart}
		if a := e.Article; a != nil {
			k.source, k.title, k.published = a.Source, a.Title, a.Published
		}
		if seen[k] {
			repeats++
			continue
		}
		seen[k] = true
		keep = append(keep, i)
	}
	return keep, repeats
}

// overlap reports whether two spans share time.
func overlap(a, b timex.Span) bool {
	return a.Start.Before(b.End) && b.Start.Before(a.End)
}

// nested reports whether one span holds the other.
func nested(a, b timex.Span) bool {
	return !a.Start.After(b.Start) && !a.End.Before(b.End) || !b.Start.After(a.Start) && !b.End.Before(a.End)
}

// finer returns the narrower of two nested spans.
func finer(a, b timex.Span) timex.Span {
	if b.End.Sub(b.Start) < a.End.Sub(a.Start) {
		return b
	}
	return a
}

// links turns the pairs that did not merge into suggestions (dates
// overlap) and disagreements (dates apart), one per pair of groups, the
// best score kept. Groups that share an article neither merge nor
// disagree: an article does not report one happening twice.
func links(c *clusters, pairs []pair, reports []data.Event, opt Options) ([]Suggestion, []Disagreement) {
	type groupPair struct{ a, b int }
	suggested := map[groupPair]int{}
	disagreed := map[groupPair]int{}
	var sugg []Suggestion
	var dis []Disagreement
	for _, p := range pairs {
		ra, rb := c.find(p.a), c.find(p.b)
		if ra == rb || c.shareArticle(ra, rb) {
			continue
		}
		ga, gb := c.group[ra], c.group[rb]
		if overlap(c.span[ra], c.span[rb]) {
			if p.score < opt.Suggest {
				continue
			}
			k := groupPair{min(ga, gb), max(ga, gb)}
			if _, ok := suggested[k]; !ok {
				suggested[k] = len(sugg)
				sugg = append(sugg, Suggestion{A: k.a, B: k.b, Score: p.score})
			}
			continue
		}
		if p.score < opt.Disagree {
			continue
		}
		if c.span[rb].Start.Before(c.span[ra].Start) {
			ga, gb = gb, ga
		}
		k := groupPair{ga, gb}
		if _, ok := disagreed[k]; !ok {
			disagreed[k] = len(dis)
			dis = append(dis, Disagreement{A: ga, B: gb, Score: p.score})
		}
	}
	sort.SliceStable(sugg, func(i, j int) bool { return sugg[i].Score > sugg[j].Score })
	sort.SliceStable(dis, func(i, j int) bool { return dis[i].A < dis[j].A || dis[i].A == dis[j].A && dis[i].B < dis[j].B })
	return sugg, dis
}
