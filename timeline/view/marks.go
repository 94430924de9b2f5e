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
