package timeline

// dropHidden removes from cand (sorted positions) the items l.Hide
// marks, so filtered items neither draw nor take a row.
func (l *Layout) dropHidden(idx *Index, cand []int32) []int32 {
	if len(l.Hide) != idx.Len() {
		return cand
	}
	kept := cand[:0]
	for _, pos := range cand {
		if !l.Hide[idx.id[pos]] {
			kept = append(kept, pos)
		}
	}
	return kept
}

// dimLast marks the mark just emitted for item id faded when l.Dim says
// so, and reports whether it did.
func (l *Layout) dimLast(id int, span bool) bool {
	if id >= len(l.Dim) || !l.Dim[id] {
		return false
	}
	if span {
		l.scene.Spans[len(l.scene.Spans)-1].Dim = true
	} else {
		l.scene.Points[len(l.scene.Points)-1].Dim = true
	}
	return true
}
