package merge

import (
	"cmp"
	"runtime"
	"slices"
	"sync"

	"github.com/dateline/dateline/data"
)

// pair is two reports worth deciding about: a < b, with their similarity.
type pair struct {
	a, b  int
	score float64
}

// maxBucket bounds a bucket: a feature more reports share is too common
// to say two of them report one happening, and comparing all of them
// would make merging quadratic, so it has no bucket.
const maxBucket = 400

// queryKeys is how many of a report's heaviest features it looks up: the
// rarest words and names it holds, those a report of the same happening
// shares with it.
const queryKeys = 8

// candidates returns the pairs of reports from different articles that
// share a bucket (one per feature, so a word or a name in common), whose
// dates overlap or lie within opt.MaxGap, and whose similarity reaches the
// lowest threshold, best first. Buckets hold reports in date order; each
// report looks in the buckets of its queryKeys heaviest features for the
// reports before it whose dates can still meet its own. The look-ups
// only read, so they run on every CPU.
func candidates(reports []data.Event, vecs []vector, df []int32, opt Options) []pair {
	s := newSweep(reports, vecs, df, opt)
	workers := max(1, min(runtime.GOMAXPROCS(0), len(reports)/sweepChunk))
	outs := make([][]pair, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stamp := make([]int32, len(reports))
			var keys []int32
			for from := w * sweepChunk; from < len(reports); from += workers * sweepChunk {
				for r := from; r < min(from+sweepChunk, len(reports)); r++ {
					keys = heaviest(s.vecs[r], df, keys[:0])
					outs[w] = s.look(int32(r), keys, stamp, outs[w])
				}
			}
		}()
	}
	wg.Wait()
	out := slices.Concat(outs...)
	slices.SortFunc(out, func(p, q pair) int {
		return cmp.Or(cmp.Compare(q.score, p.score), cmp.Compare(p.a, q.a), cmp.Compare(p.b, q.b))
	})
	return out
}

// sweepChunk is how many reports, in date order, a worker takes at once.
const sweepChunk = 1024

// sweep is what the look-ups read, all by date rank so that the reports
// a look-up walks lie close together in memory: the report at each rank,
// its vector, span and article, and the buckets of ranks.
type sweep struct {
	order        []int // report at each date rank
	vecs         []vector
	starts, ends []int64 // in nanoseconds
	arts         []*data.Article
	buckets      [][]int32 // by feature: the ranks of its reports, ascending
	longest      []int64   // by feature: the longest span in its bucket
	at           [][]int32 // by rank and feature (as in vecs): its place in that bucket, or -1
	maxGap       int64
	floor        float64
}

func newSweep(reports []data.Event, vecs []vector, df []int32, opt Options) *sweep {
	n := len(reports)
	s := &sweep{order: make([]int, n), vecs: make([]vector, n), starts: make([]int64, n), ends: make([]int64, n),
		arts: make([]*data.Article, n), buckets: make([][]int32, len(df)), longest: make([]int64, len(df)),
		at: make([][]int32, n), maxGap: int64(opt.MaxGap), floor: min(opt.Suggest, opt.Disagree, opt.Auto)}
	for i := range s.order {
		s.order[i] = i
	}
	slices.SortFunc(s.order, func(x, y int) int {
		return cmp.Or(reports[x].Span.Start.Compare(reports[y].Span.Start), cmp.Compare(x, y))
	})
	places := make([]int32, 0, n*8)
	for r, j := range s.order {
		e := reports[j]
		s.vecs[r], s.starts[r], s.ends[r], s.arts[r] = vecs[j], e.Span.Start.UnixNano(), e.Span.End.UnixNano(), e.Article
		if cap(places)-len(places) < len(vecs[j]) {
			places = make([]int32, 0, max(1<<16, len(vecs[j])))
		}
		from := len(places)
		for _, f := range vecs[j] {
			at := int32(-1)
			if bucketed(df[f.id]) && s.ends[r] > s.starts[r] {
				if s.buckets[f.id] == nil {
					s.buckets[f.id] = make([]int32, 0, df[f.id])
				}
				at = int32(len(s.buckets[f.id]))
				s.buckets[f.id] = append(s.buckets[f.id], int32(r))
				s.longest[f.id] = max(s.longest[f.id], s.ends[r]-s.starts[r])
			}
			places = append(places, at)
		}
		s.at[r] = places[from:len(places):len(places)]
	}
	return s
}

// bucketed reports whether a feature of that document frequency has a
// bucket: it is shared, and not too common.
func bucketed(df int32) bool { return df >= 2 && df <= maxBucket }

// look weighs the report at rank r against the reports before it in the
// buckets of keys (positions in its vector), appending the pairs that
// reach the floor to out. stamp marks, by rank, the reports already
// weighed against r.
func (s *sweep) look(r int32, keys []int32, stamp []int32, out []pair) []pair {
	if s.ends[r] <= s.starts[r] {
		return out // no span to compare (an event made by hand)
	}
	for _, key := range keys {
		id := s.vecs[r][key].id
		b := s.buckets[id]
		reach := s.maxGap + s.longest[id]
		for k := s.at[r][key] - 1; k >= 0; k-- {
			q := b[k]
			if s.starts[r]-s.starts[q] > reach {
				break
			}
			if stamp[q] == r+1 {
				continue
			}
			stamp[q] = r + 1
			// Spans meet when neither ends more than maxGap before the
			// other starts.
			if s.arts[q] == s.arts[r] && s.arts[q] != nil || s.starts[r]-s.ends[q] > s.maxGap || s.starts[q]-s.ends[r] > s.maxGap {
				continue
			}
			if c := cosine(s.vecs[q], s.vecs[r]); c >= s.floor {
				i, j := s.order[q], s.order[r]
				out = append(out, pair{min(i, j), max(i, j), c})
			}
		}
	}
	return out
}

// sortGroups orders idx, positions of groups, by the groups' dates: start,
// then end, then the first report's position.
func sortGroups(groups []Group, idx []int) {
	type key struct{ start, end int64 }
	keys := make([]key, len(groups))
	for i, g := range groups {
		keys[i] = key{g.Event.Span.Start.UnixNano(), g.Event.Span.End.UnixNano()}
	}
	slices.SortFunc(idx, func(x, y int) int {
		return cmp.Or(cmp.Compare(keys[x].start, keys[y].start), cmp.Compare(keys[x].end, keys[y].end),
			cmp.Compare(groups[x].Indexes[0], groups[y].Indexes[0]))
	})
}

// heaviest appends to keys the positions in v of its queryKeys heaviest
// features that have buckets.
func heaviest(v vector, df []int32, keys []int32) []int32 {
	type ranked struct {
		w   float32
		key int32
	}
	var top [queryKeys]ranked
	n := 0
	for key, f := range v {
		if !bucketed(df[f.id]) {
			continue
		}
		k := n
		for k > 0 && top[k-1].w < f.w {
			k--
		}
		if k >= queryKeys {
			continue
		}
		n = min(n+1, queryKeys)
		copy(top[k+1:n], top[k:n-1])
		top[k] = ranked{f.w, int32(key)}
	}
	for _, t := range top[:n] {
		keys = append(keys, t.key)
	}
	return keys
}
