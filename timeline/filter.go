package timeline

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
