package project

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"unicode/utf8"
)

// A file saved through History.Save keeps the undo and redo stacks, so a
// reopened project can be undone step by step back to the articles as
// extracted. Each step is the edit that reverses a change, and those are
// few kinds, all of them plain restores: a correction or manual event put
// back as it was, an article's date or title set, an article removed or
// put back, a scene removed or put back, the analyst's merges set. Each kind is written as one
// fileStep with an "op" naming it.

// fileHistory is the JSON layout of the stacks, oldest step first.
type fileHistory struct {
	Undo []fileStep `json:"undo"`
	Redo []fileStep `json:"redo,omitempty"`
}

// fileStep is one step of a stack: the name of the change and the edit
// that reverses it.
type fileStep struct {
	Name string `json:"name"`
	Op   string `json:"op"`
	// Event is the event a correction or manual step puts back; a nil
	// Correction or Manual means it had none.
	Event      *EventID    `json:"event,omitempty"`
	Correction *Correction `json:"correction,omitempty"`
	Manual     *Manual     `json:"manual,omitempty"`
	// Index is where a manual event, article or scene goes back.
	Index     int          `json:"index,omitempty"`
	Article   string       `json:"article,omitempty"`
	Published string       `json:"published,omitempty"`
	Title     string       `json:"title,omitempty"`
	Removed   *fileRemoved `json:"removed,omitempty"`
	Scene     *Scene       `json:"scene,omitempty"`
	// Merges are the joins a step of Join or Split puts back.
	Merges [][]EventID `json:"merges,omitempty"`
}

// fileRemoved is an article removed from the project, with its work, as
// the step that puts it back keeps it.
type fileRemoved struct {
	Article     fileArticle   `json:"article"`
	Corrections []*Correction `json:"corrections,omitempty"`
	Manual      []*Manual     `json:"manual,omitempty"`
}

// The ops of fileStep.
const (
	opCorrection    = "correction"
	opManual        = "manual"
	opArticleDate   = "article-date"
	opArticleTitle  = "article-title"
	opRemoveArticle = "remove-article"
	opRestore       = "restore-article"
	opDeleteScene   = "delete-scene"
	opInsertScene   = "insert-scene"
	opMerges        = "merges"
)

// recorder is an edit that can be written to a file's history: every edit
// that reverses a change is one.
type recorder interface {
	Edit
	record() fileStep
}

func (r restoreCorrection) record() fileStep {
	id := r.id
	return fileStep{Op: opCorrection, Event: &id, Correction: r.c}
}

func (r restoreManual) record() fileStep {
	id := r.id
	if r.m != nil {
		id = r.m.ID
	}
	return fileStep{Op: opManual, Event: &id, Index: r.index, Manual: r.m}
}

func (c setArticleDate) record() fileStep {
	return fileStep{Op: opArticleDate, Article: c.article, Published: formatDate(c.published)}
}

func (c setArticleTitle) record() fileStep {
	return fileStep{Op: opArticleTitle, Article: c.article, Title: c.title}
}

func (c RemoveArticle) record() fileStep { return fileStep{Op: opRemoveArticle, Article: c.Article} }

func (c restoreArticle) record() fileStep {
	return fileStep{Op: opRestore, Index: c.index, Removed: &fileRemoved{Article: newFileArticle(c.article),
		Corrections: c.corrections, Manual: c.manual}}
}

func (c DeleteScene) record() fileStep { return fileStep{Op: opDeleteScene, Index: c.Index} }

func (c insertScene) record() fileStep {
	sc := c.scene
	return fileStep{Op: opInsertScene, Index: c.index, Scene: &sc}
}

// Save writes the project as Project.Save does, with the undo and redo
// stacks, so that the project reopened through Project.History can be
// undone.
func (h *History) Save(w io.Writer) error {
	fh := &fileHistory{}
	var err error
	if fh.Undo, err = recordAll(h.undo); err != nil {
		return err
	}
	if fh.Redo, err = recordAll(h.redo); err != nil {
		return err
	}
	return h.p.save(w, fh)
}

// SaveFile saves the project with its history to path atomically.
func (h *History) SaveFile(path string) error { return saveFile(path, h.Save) }

// recordAll writes a stack.
func recordAll(stack []entry) ([]fileStep, error) {
	steps := make([]fileStep, len(stack))
	for i, e := range stack {
		r, ok := e.reverse.(recorder)
		if !ok {
			return nil, fmt.Errorf("project: save: the undo of %q cannot be saved", e.name)
		}
		steps[i] = r.record()
		steps[i].Name = e.name
	}
	return steps, nil
}

// History returns a history of p holding the undo and redo stacks its
// file kept (none for a project that was not loaded from one, or whose
// file was saved without them), counting the project as saved. Each call
// returns a new History; the window keeps one.
func (p *Project) History() *History {
	return &History{p: p, undo: slices.Clone(p.kept.undo), redo: slices.Clone(p.kept.redo), saved: len(p.kept.undo)}
}

// stacks are the undo and redo entries a file kept.
type stacks struct {
	undo, redo []entry
}

// readHistory checks the stacks a file kept and makes them p's; moved
// renames the corrections rebind moved to their new readings.
func (p *Project) readHistory(fh *fileHistory, moved map[EventID]EventID) error {
	if fh == nil {
		return nil
	}
	var err error
	if p.kept.undo, err = p.readSteps(fh.Undo, moved); err != nil {
		return fmt.Errorf("undo %w", err)
	}
	if p.kept.redo, err = p.readSteps(fh.Redo, moved); err != nil {
		return fmt.Errorf("redo %w", err)
	}
	return nil
}

// readSteps reads one stack.
func (p *Project) readSteps(steps []fileStep, moved map[EventID]EventID) ([]entry, error) {
	out := make([]entry, len(steps))
	for i, s := range steps {
		e, err := p.readStep(s, moved)
		if err != nil {
			return nil, fmt.Errorf("step %d (%q): %v", i+1, s.Name, err)
		}
		if s.Name == "" {
			return nil, fmt.Errorf("step %d: no name", i+1)
		}
		out[i] = entry{name: s.Name, reverse: e}
	}
	return out, nil
}

// errStep means a step lacks what its op needs.
var errStep = errors.New("incomplete step")

// readStep checks one step and makes the edit it records.
func (p *Project) readStep(s fileStep, moved map[EventID]EventID) (Edit, error) {
	if s.Index < 0 {
		return nil, fmt.Errorf("index %d", s.Index)
	}
	switch s.Op {
	case opCorrection:
		return p.readCorrectionStep(s, moved)
	case opManual:
		return p.readManualStep(s)
	case opArticleDate:
		published, err := parseDate(s.Published)
		if s.Article == "" || err != nil {
			return nil, fmt.Errorf("%w: article %q published %q", errStep, s.Article, s.Published)
		}
		return setArticleDate{article: s.Article, published: published}, nil
	case opArticleTitle:
		if s.Article == "" {
			return nil, errStep
		}
		return setArticleTitle{article: s.Article, title: s.Title}, nil
	case opRemoveArticle:
		if s.Article == "" {
			return nil, errStep
		}
		return RemoveArticle{Article: s.Article}, nil
	case opRestore:
		return p.readRestoreStep(s)
	case opDeleteScene:
		return DeleteScene{Index: s.Index}, nil
	case opInsertScene:
		if s.Scene == nil {
			return nil, errStep
		}
		return insertScene{index: s.Index, scene: *s.Scene}, nil
	case opMerges:
		for _, group := range s.Merges {
			for i, id := range group {
				if to, ok := moved[id]; ok {
					group[i] = to
				}
			}
		}
		return SetMerges{Label: s.Name, Merges: s.Merges}, nil
	}
	return nil, fmt.Errorf("unknown op %q", s.Op)
}

// readCorrectionStep reads a step that puts a correction back.
func (p *Project) readCorrectionStep(s fileStep, moved map[EventID]EventID) (Edit, error) {
	if s.Event == nil || s.Event.Article == "" || s.Event.Manual != 0 {
		return nil, fmt.Errorf("%w: no event identity", errStep)
	}
	id := *s.Event
	if to, ok := moved[id]; ok {
		id = to
	}
	c := s.Correction
	if c != nil {
		if c.Event != *s.Event {
			return nil, fmt.Errorf("correction of %s filed under %s", c.Event, s.Event)
		}
		if err := p.checkCorrection(c); err != nil {
			return nil, err
		}
		c.Event = id
	}
	return restoreCorrection{name: s.Name, id: id, c: c}, nil
}

// readManualStep reads a step that puts a manual event back.
func (p *Project) readManualStep(s fileStep) (Edit, error) {
	if s.Event == nil || s.Event.Manual <= 0 {
		return nil, fmt.Errorf("%w: no manual event identity", errStep)
	}
	if m := s.Manual; m != nil {
		if m.ID != *s.Event {
			return nil, fmt.Errorf("manual event %s filed under %s", m.ID, s.Event)
		}
		if err := p.checkManual(m); err != nil {
			return nil, err
		}
	}
	return restoreManual{name: s.Name, index: s.Index, id: *s.Event, m: s.Manual}, nil
}

// readRestoreStep reads a step that puts a removed article back.
func (p *Project) readRestoreStep(s fileStep) (Edit, error) {
	if s.Removed == nil {
		return nil, errStep
	}
	a, err := s.Removed.Article.article()
	if err != nil {
		return nil, err
	}
	for _, c := range s.Removed.Corrections {
		if c == nil || c.Event.Article != a.Hash || c.Event.Manual != 0 || c.Event.End > len(a.Text) ||
			c.Was.SentenceStart < 0 || c.Was.SentenceStart > len(a.Text) {
			return nil, fmt.Errorf("a correction that is not of the article")
		}
		if err := checkValue(c.Value, true); err != nil {
			return nil, err
		}
	}
	for _, m := range s.Removed.Manual {
		if m == nil || m.Article != a.Hash || m.ID.Manual <= 0 {
			return nil, fmt.Errorf("a manual event that is not of the article")
		}
		if err := checkValue(m.Value, false); err != nil {
			return nil, err
		}
		if err := checkOffsets(m, a.Text); err != nil {
			return nil, err
		}
	}
	return restoreArticle{index: s.Index, article: a, corrections: s.Removed.Corrections, manual: s.Removed.Manual}, nil
}

// article checks an article as a file keeps it and makes the project's
// article, its events not derived yet.
func (fa fileArticle) article() (*Article, error) {
	published, err := parseDate(fa.Published)
	if err != nil {
		return nil, fmt.Errorf("published %q: not a date", fa.Published)
	}
	fetched, err := parseFetched(fa.Fetched)
	if err != nil {
		return nil, fmt.Errorf("fetched %q: not a time", fa.Fetched)
	}
	switch {
	case !utf8.ValidString(fa.Text):
		return nil, fmt.Errorf("%q: text is not UTF-8", fa.Source)
	case Hash(fa.Text) != fa.Hash:
		return nil, fmt.Errorf("%q: the text does not match its hash", fa.Source)
	case fa.Offset < -1:
		return nil, fmt.Errorf("%q: offset %d", fa.Source, fa.Offset)
	}
	return &Article{Hash: fa.Hash, Article: newDataArticle(fa, published, fetched)}, nil
}
