package project

// History is the undo and redo stacks of a project, of unbounded depth.
// Make every change through Do, so that it can be undone.
type History struct {
	p          *Project
	undo, redo []entry
	// saved is the undo depth at the last MarkSaved; -1 when that state
	// can no longer be reached by undo and redo.
	saved int
}

// entry is one change on a stack: its name and the edit that reverses it.
type entry struct {
	name    string
	reverse Edit
}

// NewHistory returns an empty history of p, which counts as saved.
func NewHistory(p *Project) *History { return &History{p: p} }

// Do applies e and records it for Undo; it clears what Redo could redo.
func (h *History) Do(e Edit) error {
	inverse, err := h.p.Apply(e)
	if err != nil {
		return err
	}
	if h.saved > len(h.undo) {
		h.saved = -1 // the saved state was undone and is now out of reach
	}
	h.undo = append(h.undo, entry{name: e.Name(), reverse: inverse})
	h.redo = nil
	return nil
}

// Undo reverses the latest change; it does nothing when there is none.
func (h *History) Undo() error { return h.step(&h.undo, &h.redo) }

// Redo makes the latest undone change again; it does nothing when there
// is none.
func (h *History) Redo() error { return h.step(&h.redo, &h.undo) }

// step applies the top of from and pushes its reverse onto to.
func (h *History) step(from, to *[]entry) error {
	if len(*from) == 0 {
		return nil
	}
	top := (*from)[len(*from)-1]
	inverse, err := h.p.Apply(top.reverse)
	if err != nil {
		return err
	}
	*from = (*from)[:len(*from)-1]
	*to = append(*to, entry{name: top.name, reverse: inverse})
	return nil
}

// UndoName names the change Undo would reverse ("Change Date"), "" when
// there is none; the Edit menu shows Undo "Change Date".
func (h *History) UndoName() string { return topName(h.undo) }

// RedoName names the change Redo would make, "" when there is none.
func (h *History) RedoName() string { return topName(h.redo) }

// topName names the top entry of a stack.
func topName(s []entry) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1].name
}

// MarkSaved records that the project as it is now has been saved.
func (h *History) MarkSaved() { h.saved = len(h.undo) }

// Modified reports whether the project differs from what was last saved
// (or from how it was when the history began): the window title's
// unsaved-changes mark.
func (h *History) Modified() bool { return h.saved != len(h.undo) }
