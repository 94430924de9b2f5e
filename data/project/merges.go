package project

import "slices"

// SetMerges replaces the project's Merges, as the analyst's Join or Split
// of reports does; Label names it in Edit ▸ Undo ("Join Reports"). Going
// through the history puts those by hand in the one Undo and Redo with the
// other edits, and saves them with the project.
type SetMerges struct {
	Label  string
	Merges [][]EventID
}

// Name is the edit's Label.
func (c SetMerges) Name() string { return c.Label }

func (c SetMerges) apply(p *Project) (Edit, error) {
	inverse := SetMerges{Label: c.Label, Merges: cloneMerges(p.Merges)}
	p.Merges = cloneMerges(c.Merges)
	return inverse, nil
}

func (c SetMerges) record() fileStep {
	return fileStep{Op: opMerges, Merges: nonNil(cloneMerges(c.Merges))}
}

// cloneMerges copies groups deeply, so that an edit and the project never
// share a group.
func cloneMerges(groups [][]EventID) [][]EventID {
	if groups == nil {
		return nil
	}
	out := make([][]EventID, len(groups))
	for i, g := range groups {
		out[i] = slices.Clone(g)
	}
	return out
}
