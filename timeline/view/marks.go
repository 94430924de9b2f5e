package view

// SetMarks sets, by item index, which items are drawn faded (dim: the
// non-matches of a search) and which are left out (hide: filtered away);
// nil, or a slice not as long as the items, marks none. The timeline
// keeps the slices, so the caller gives new ones rather than changing
// them in place.
func (t *Timeline) SetMarks(dim, hide []bool) {
	t.layout.Dim, t.layout.Hide = dim, hide
	t.Refresh()
}

// shown returns item, or when SetMarks hides it the first item from it
// dir steps at a time that is not hidden; none when every item that way
// is hidden, so stepping stops at the ends.
func (t *Timeline) shown(item, dir, none int) int {
	hide := t.layout.Hide
	if len(hide) != t.index.Len() {
		return item
	}
	for i := item; i >= 0 && i < len(hide); {
		if !hide[i] {
			return i
		}
		next := t.index.Next(i, dir)
		if next == i {
			break
		}
		i = next
	}
	return none
}
