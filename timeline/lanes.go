package timeline

import (
	"math"
	"slices"
)

// Badges with several lanes. Items without a row join the badges on their
// lane's last row, in position order over all lanes, as the scene lists
// them. Group by Source makes lanes taller than the view, so most lanes'
// badge rows are scrolled out: their items only count as offscreen, and
// that count needs no look at them, only at how many there are (see
// countRuns). The lanes whose badges are drawn join them in bulk along
// their own positions (see laneOrder).

// badgeMode is what the items of a lane that found no row join.
type badgeMode uint8

const (
	badgeNone  badgeMode = iota // no badge row is kept: nothing
	badgeCount                  // the badge row is scrolled out: the offscreen count
	badgeDraw                   // the badges on the lane's badge row
)

// laneBadges sets each lane's badge mode for the frame and lists the
// lanes that draw badges; it also finds the frame's shown middle (see
// mid).
func (l *Layout) laneBadges(m Metrics) {
	l.middle[0], l.middle[1] = l.fr.split(l.fr.lo, l.fr.hi)
	l.drawing = l.drawing[:0]
	for k := range l.lanes {
		ln := &l.lanes[k]
		switch {
		case !ln.reserve || ln.rows == 0:
			ln.badges = badgeNone
		case ln.rowShown(ln.badgeRow(m), m.RowHeight):
			ln.badges = badgeDraw
			l.drawing = append(l.drawing, k)
		default:
			ln.badges = badgeCount
		}
	}
}

// mid is split for the run [a, b) of the frame's positions: as split's
// tests are monotone along the positions, it cuts the frame's shown
// middle to the run, rather than searching the run again.
func (l *Layout) mid(a, b int) (c, d int) {
	c = min(max(l.middle[0], a), b)
	return c, min(max(l.middle[1], c), b)
}

// badgeRow is the y of lane ln's badge row, its last.
func (ln *laneState) badgeRow(m Metrics) float32 {
	return ln.rowsTop + float32(ln.rows-1)*m.RowHeight
}

// pendLanes holds back the positions [c, d), all shown candidates, of a
// run for clusterLanes, joining them to the stretch held back before: only
// the singles of lanes that draw badges (which flush the stretch first)
// matter between runs, as the other lanes' singles only count. So a lane
// joins its badge in one bulk step from one of its singles to the next,
// however many runs the other lanes' rows cut its items into.
func (l *Layout) pendLanes(c, d int) {
	switch {
	case c >= d:
	case l.pend[0] == l.pend[1]:
		l.pend = [2]int{c, d}
	default:
		l.pend[1] = d
	}
}

// flushLanes hands the stretch pendLanes held back to clusterLanes.
func (l *Layout) flushLanes(selected int) {
	if c, d := l.pend[0], l.pend[1]; c < d {
		l.pend = [2]int{}
		l.clusterLanes(c, d, selected)
	}
}

// clusterLanes adds the items at positions [c, d), all shown candidates,
// of the lanes that draw badges to their clusters, as clusterItem would
// one by one; countRuns counts the other lanes' items later.
func (l *Layout) clusterLanes(c, d, selected int) {
	if len(l.drawing) == 0 || c >= d {
		return
	}
	if d-c >= laneBulk {
		l.joinLanes(c, d, selected)
		return
	}
	f := &l.fr
	for p := c; p < d; p++ {
		if k := f.laneOf(p); l.lanes[k].badges == badgeDraw && f.candidate(p) {
			g := f.place(int32(p))
			l.clusterItem(int32(p), &g, selected)
		}
	}
}

// laneOf returns the lane of the item at position p, clamped as place
// clamps it.
func (f *frame) laneOf(p int) int {
	return int(max(0, min(f.idx.lane[p], f.nl-1)))
}

// countRuns counts as offscreen the items of the runs' shown middles
// (see split) in the lanes whose badge row is scrolled out, which
// clusterLanes leaves to it: the shown middle of the frame holds only
// singles and runs, so those items are the lane's positions there less its
// singles there. Only the bulk path leaves them: several lanes, no filter.
func (l *Layout) countRuns() {
	f := &l.fr
	if len(l.lanes) == 1 || f.hide != nil {
		return
	}
	c, d := l.middle[0], l.middle[1]
	if c >= d {
		return
	}
	l.singles = resize(l.singles, len(l.lanes))
	clear(l.singles)
	from, _ := slices.BinarySearch(l.cand, int32(c))
	for i := from; i < len(l.cand) && int(l.cand[i]) < d; i++ {
		l.singles[l.geo[i].lane]++
	}
	o := l.lanesOf()
	for k := range l.lanes {
		ln := &l.lanes[k]
		if ln.badges != badgeCount {
			continue
		}
		i, j := o.indices(k, c, d)
		if n := j - i - l.singles[k]; n > 0 && !l.rowInView(ln, ln.badgeRow(f.m), f.m) {
			l.offscreen += n - 1 // rowInView counted one
		}
	}
}

// joinLanes adds the items at positions [c, d), all shown candidates, of
// the lanes that draw badges to their clusters as clusterItem would one
// by one: each lane joins its open badge in bulk along its own positions,
// and badges open in position order over all lanes, as the scene lists
// them. at, stop and laneCur are indexed as l.drawing.
func (l *Layout) joinLanes(c, d, selected int) {
	o, f := l.lanesOf(), &l.fr
	at, stop := l.laneAt[:0], l.laneStop[:0]
	if len(l.laneCur) != len(l.drawing) {
		l.laneCur = resize(l.laneCur, len(l.drawing))
		for n, k := range l.drawing {
			l.laneCur[n], _ = o.indices(k, c, c)
		}
	}
	for n, k := range l.drawing {
		// Runs come in order: their indices are near the last run's.
		pos := o.pos[k]
		i := firstAtLeast(pos, l.laneCur[n], c)
		j := firstAtLeast(pos, i, d)
		l.laneCur[n] = j
		at, stop = append(at, l.joinLane(o, k, i, j)), append(stop, j)
	}
	l.laneAt, l.laneStop = at, stop
	for {
		next := -1
		for n, k := range l.drawing {
			if at[n] < stop[n] && (next < 0 || o.pos[k][at[n]] < o.pos[l.drawing[next]][at[next]]) {
				next = n
			}
		}
		if next < 0 {
			return
		}
		k := l.drawing[next]
		ln, pos := &l.lanes[k], o.pos[k][at[next]]
		l.closeCluster(f.idx, ln, f.m)
		g := f.place(pos)
		l.openCluster(ln, pos, &g, ln.badgeRow(f.m), selected)
		at[next] = l.joinLane(o, k, at[next]+1, stop[next])
	}
}

// joinLane adds the items at indices [i, j) of lane k's positions to its
// open badge while they reach it and returns the index of the first that
// does not (it opens the next badge), j when all did.
func (l *Layout) joinLane(o *laneOrder, k, i, j int) int {
	ln := &l.lanes[k]
	for i < j && ln.cluster >= 0 {
		cl := &l.scene.Clusters[ln.cluster]
		thr := cl.X + cl.W + l.fr.m.LabelPad
		stop := l.first(o, k, i, j, thr, thr, true)
		if stop == i {
			break
		}
		end := rangeOf(o.end[k], o.endBlock[k], i, stop, math.Max, math.Inf(-1))
		l.joinMany(ln, cl, stop-i, o.pos[k][stop-1], end)
		i = stop
	}
	return i
}
