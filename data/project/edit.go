package project

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dateline/dateline/data"
)

// ErrEmpty means an edit left a field empty that must not be.
var ErrEmpty = errors.New("empty")

// Edit is one change to a project. Apply it with Project.Apply, which
// returns the Edit that undoes it.
type Edit interface {
	// Name says what the edit does, as Edit ▸ Undo shows it: "Change Date".
	Name() string
	// apply makes the change and returns its inverse; on error the
	// project is unchanged.
	apply(p *Project) (Edit, error)
}

// Apply makes the change e and returns the edit that undoes it. On error
// the project is unchanged.
func (p *Project) Apply(e Edit) (Edit, error) { return e.apply(p) }

// ChangeDate gives an event the date Text reads as (see ReadDate).
type ChangeDate struct {
	Event EventID
	Text  string
}

// Name is "Change Date".
func (ChangeDate) Name() string { return "Change Date" }

func (c ChangeDate) apply(p *Project) (Edit, error) {
	r, err := p.ReadDate(c.Event, c.Text)
	if err != nil {
		return nil, err
	}
	return p.editFields(c.Event, c.Name(), func(f *Fields) {
		f.Date, f.Value, f.Mod = strings.TrimSpace(c.Text), r.Value, r.Mod
	})
}

// ChangeTitle retitles an event; an empty Title gives a derived event its
// tagger's title back.
type ChangeTitle struct {
	Event EventID
	Title string
}

// Name is "Change Title".
func (ChangeTitle) Name() string { return "Change Title" }

func (c ChangeTitle) apply(p *Project) (Edit, error) {
	title := strings.TrimSpace(c.Title)
	if title == "" && c.Event.Manual > 0 {
		return nil, fmt.Errorf("project: title of %s: %w", c.Event, ErrEmpty)
	}
	return p.editFields(c.Event, c.Name(), func(f *Fields) { f.Title = title })
}

// SetNotes sets the analyst's notes on an event.
type SetNotes struct {
	Event EventID
	Notes string
}

// Name is "Edit Notes".
func (SetNotes) Name() string { return "Edit Notes" }

func (c SetNotes) apply(p *Project) (Edit, error) {
	return p.editFields(c.Event, c.Name(), func(f *Fields) { f.Notes = c.Notes })
}

// SetTags sets the analyst's tags on an event.
type SetTags struct {
	Event EventID
	Tags  []string
}

// Name is "Edit Tags".
func (SetTags) Name() string { return "Edit Tags" }

func (c SetTags) apply(p *Project) (Edit, error) {
	return p.editFields(c.Event, c.Name(), func(f *Fields) { f.Tags = slices.Clone(c.Tags) })
}

// Hide hides an event, or shows it again when Hidden is false.
type Hide struct {
	Event  EventID
	Hidden bool
}

// Name is "Hide Event" or "Show Event".
func (c Hide) Name() string {
	if c.Hidden {
		return "Hide Event"
	}
	return "Show Event"
}

func (c Hide) apply(p *Project) (Edit, error) {
	return p.editFields(c.Event, c.Name(), func(f *Fields) { f.Hidden = c.Hidden })
}

// Delete removes an event: a manual one for good, a derived one by a
// correction that keeps it deleted when it is derived again.
type Delete struct {
	Event EventID
}

// Name is "Delete Event".
func (Delete) Name() string { return "Delete Event" }

func (c Delete) apply(p *Project) (Edit, error) {
	if c.Event.Manual > 0 {
		i, m := p.findManual(c.Event)
		if m == nil {
			return nil, fmt.Errorf("project: delete %s: %w", c.Event, ErrNoEvent)
		}
		p.manual = slices.Delete(p.manual, i, i+1)
		return restoreManual{name: c.Name(), index: i, m: m}, nil
	}
	return p.editCorrection(c.Event, c.Name(), func(cr *Correction) { cr.Deleted = true })
}

// Revert drops the analyst's work on an event: a derived event gets the
// tagger's reading back, with no notes or tags; a manual one is removed.
type Revert struct {
	Event EventID
}

// Name is "Revert to Extracted".
func (Revert) Name() string { return "Revert to Extracted" }

func (c Revert) apply(p *Project) (Edit, error) {
	if c.Event.Manual > 0 {
		return Delete(c).apply(p)
	}
	if p.corrections[c.Event] == nil {
		return nil, fmt.Errorf("project: revert %s: %w", c.Event, ErrNoEvent)
	}
	return restoreCorrection{name: c.Name(), id: c.Event}.apply(p)
}

// AddEvent adds an event by hand to an article (or to none when Article is
// ""), optionally standing for the article's text from byte Start to End
// (a selected sentence). Its date is Date read against the article's
// publication date, and its expression Date where the selected text holds
// it as typed; an empty Title takes the selected text's start.
// Project.NextManual tells the identity it will get.
type AddEvent struct {
	Article    string
	Start, End int
	Title      string
	Date       string
}

// Name is "Add Event".
func (AddEvent) Name() string { return "Add Event" }

// manualTitleMax bounds a title taken from the selected text.
const manualTitleMax = 60

func (c AddEvent) apply(p *Project) (Edit, error) {
	m := &Manual{ID: p.NextManual(), Article: c.Article}
	var published time.Time
	if c.Article != "" {
		a := p.byHash[c.Article]
		if a == nil {
			return nil, fmt.Errorf("project: add event: article %s: %w", c.Article, ErrNoArticle)
		}
		if c.Start < 0 || c.End < c.Start || c.End > len(a.Text) {
			return nil, fmt.Errorf("project: add event: selection %d–%d outside the text", c.Start, c.End)
		}
		published = a.Published
		m.Sentence, m.SentenceStart = a.Text[c.Start:c.End], c.Start
		m.ExprStart, m.ExprEnd = c.Start, c.Start
		// A date accepted as the selection writes it is its expression,
		// stressed in the detail pane as a derived event's is.
		if date := strings.TrimSpace(c.Date); date != "" {
			if i := strings.Index(m.Sentence, date); i >= 0 {
				m.Expr, m.ExprStart, m.ExprEnd = date, c.Start+i, c.Start+i+len(date)
			}
		}
	}
	r, err := ReadDate(c.Date, published)
	if err != nil {
		return nil, err
	}
	m.Date, m.Value, m.Mod = strings.TrimSpace(c.Date), r.Value, r.Mod
	m.Title = strings.TrimSpace(c.Title)
	if m.Title == "" {
		m.Title = shorten(strings.Join(strings.Fields(m.Sentence), " "), manualTitleMax)
	}
	if m.Title == "" {
		return nil, fmt.Errorf("project: add event: title: %w", ErrEmpty)
	}
	p.manual = append(p.manual, m)
	return restoreManual{name: c.Name(), index: len(p.manual) - 1, id: m.ID}, nil
}

// shorten cuts s to at most limit bytes at a word boundary, marking the
// cut.
func shorten(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	cut := strings.LastIndexByte(s[:limit], ' ')
	if cut <= 0 {
		cut = limit
		for cut > 0 && s[cut]&0xC0 == 0x80 { // not inside a UTF-8 sequence
			cut--
		}
	}
	return s[:cut] + "…"
}

// NextManual returns the identity the next AddEvent gives its event.
func (p *Project) NextManual() EventID {
	n := 0
	for _, m := range p.manual {
		n = max(n, m.ID.Manual)
	}
	return EventID{Manual: n + 1}
}

// ChangeArticleDate gives an article a new publication date: its events
// are derived again, so relative dates re-resolve, and the typed dates of
// its corrections are read again; the corrections are kept.
type ChangeArticleDate struct {
	Article   string
	Published time.Time
}

// Name is "Change Publication Date".
func (ChangeArticleDate) Name() string { return "Change Publication Date" }

func (c ChangeArticleDate) apply(p *Project) (Edit, error) {
	a := p.byHash[c.Article]
	switch {
	case a == nil:
		return nil, fmt.Errorf("project: change publication date: article %s: %w", c.Article, ErrNoArticle)
	case c.Published.IsZero():
		return nil, fmt.Errorf("project: change publication date of %q: %w", a.Source, ErrEmpty)
	}
	return setArticleDate{article: a.Hash, published: c.Published.UTC().Truncate(24 * time.Hour)}.apply(p)
}

// setArticleDate is ChangeArticleDate and its undo, which may give an
// article its zero date back. It names the article by hash, so that an
// undo read back from a file, or one kept while the article was removed
// and put back, finds it.
type setArticleDate struct {
	article   string
	published time.Time
}

// Name is "Change Publication Date".
func (setArticleDate) Name() string { return ChangeArticleDate{}.Name() }

func (c setArticleDate) apply(p *Project) (Edit, error) {
	a := p.byHash[c.article]
	if a == nil {
		return nil, fmt.Errorf("project: change publication date: article %s: %w", c.article, ErrNoArticle)
	}
	undo := setArticleDate{article: c.article, published: a.Published}
	p.rewrite(a, func(d *data.Article) { d.Published = c.published })
	return undo, nil
}

// ChangeArticleTitle gives an article a new title; its events are derived
// again, corrections kept.
type ChangeArticleTitle struct {
	Article string
	Title   string
}

// Name is "Change Article Title".
func (ChangeArticleTitle) Name() string { return "Change Article Title" }

func (c ChangeArticleTitle) apply(p *Project) (Edit, error) {
	a := p.byHash[c.Article]
	title := strings.TrimSpace(c.Title)
	switch {
	case a == nil:
		return nil, fmt.Errorf("project: change article title: article %s: %w", c.Article, ErrNoArticle)
	case title == "":
		return nil, fmt.Errorf("project: change title of %q: %w", a.Source, ErrEmpty)
	}
	return setArticleTitle{article: c.Article, title: title}.apply(p)
}

// setArticleTitle is ChangeArticleTitle and its undo, which may give an
// article that had no title its empty one back.
type setArticleTitle struct {
	article, title string
}

// Name is "Change Article Title".
func (setArticleTitle) Name() string { return ChangeArticleTitle{}.Name() }

func (c setArticleTitle) apply(p *Project) (Edit, error) {
	a := p.byHash[c.article]
	if a == nil {
		return nil, fmt.Errorf("project: change article title: article %s: %w", c.article, ErrNoArticle)
	}
	undo := setArticleTitle{article: c.article, title: a.Title}
	p.rewrite(a, func(d *data.Article) { d.Title = c.title })
	return undo, nil
}

// rewrite changes an article's metadata on a copy, so events handed out
// before keep the article they were found in, then derives its events
// again and re-reads its typed dates.
func (p *Project) rewrite(a *Article, change func(*data.Article)) {
	d := *a.Article
	change(&d)
	a.Article = &d
	a.derive()
	p.reread(a)
}

// AddArticle adds an article to the project and derives its events. It
// fails with ErrDuplicate when the project holds the same text already.
type AddArticle struct {
	Article *data.Article
}

// Name is "Add Article".
func (AddArticle) Name() string { return "Add Article" }

func (c AddArticle) apply(p *Project) (Edit, error) {
	a, err := p.add(len(p.articles), c.Article)
	if err != nil {
		return nil, err
	}
	return RemoveArticle{Article: a.Hash}, nil
}

// RemoveArticle removes an article with its corrections and manual events.
type RemoveArticle struct {
	Article string
}

// Name is "Remove Article".
func (RemoveArticle) Name() string { return "Remove Article" }

func (c RemoveArticle) apply(p *Project) (Edit, error) {
	i := slices.IndexFunc(p.articles, func(a *Article) bool { return a.Hash == c.Article })
	if i < 0 {
		return nil, fmt.Errorf("project: remove article %s: %w", c.Article, ErrNoArticle)
	}
	undo := restoreArticle{index: i, article: p.articles[i]}
	for id, cr := range p.corrections {
		if id.Article == c.Article {
			undo.corrections = append(undo.corrections, cr)
			delete(p.corrections, id)
		}
	}
	p.manual = slices.DeleteFunc(p.manual, func(m *Manual) bool {
		if m.Article == c.Article {
			undo.manual = append(undo.manual, m)
		}
		return m.Article == c.Article
	})
	p.articles = slices.Delete(p.articles, i, i+1)
	delete(p.byHash, c.Article)
	return undo, nil
}

// restoreArticle puts a removed article back with its corrections and
// manual events.
type restoreArticle struct {
	index       int
	article     *Article
	corrections []*Correction
	manual      []*Manual
}

// Name is "Add Article".
func (restoreArticle) Name() string { return "Add Article" }

func (c restoreArticle) apply(p *Project) (Edit, error) {
	if p.byHash[c.article.Hash] != nil {
		return nil, fmt.Errorf("project: add %q: %w", c.article.Source, ErrDuplicate)
	}
	if c.article.events == nil {
		c.article.derive() // read back from a file's history: not derived yet
	}
	p.articles = slices.Insert(p.articles, min(c.index, len(p.articles)), c.article)
	p.byHash[c.article.Hash] = c.article
	for _, cr := range c.corrections {
		p.corrections[cr.Event] = cr
	}
	// Manual events go back in identity order, which is the order they
	// were added in.
	p.manual = append(p.manual, c.manual...)
	slices.SortStableFunc(p.manual, func(a, b *Manual) int { return a.ID.Manual - b.ID.Manual })
	return RemoveArticle{Article: c.article.Hash}, nil
}

// AddScene appends a scene to the briefing.
type AddScene struct {
	Scene Scene
}

// Name is "Add Scene".
func (AddScene) Name() string { return "Add Scene" }

func (c AddScene) apply(p *Project) (Edit, error) {
	p.Scenes = append(p.Scenes, c.Scene)
	return DeleteScene{Index: len(p.Scenes) - 1}, nil
}

// DeleteScene removes the scene at Index.
type DeleteScene struct {
	Index int
}

// Name is "Delete Scene".
func (DeleteScene) Name() string { return "Delete Scene" }

func (c DeleteScene) apply(p *Project) (Edit, error) {
	if c.Index < 0 || c.Index >= len(p.Scenes) {
		return nil, fmt.Errorf("project: delete scene %d of %d", c.Index+1, len(p.Scenes))
	}
	sc := p.Scenes[c.Index]
	p.Scenes = slices.Delete(p.Scenes, c.Index, c.Index+1)
	return insertScene{index: c.Index, scene: sc}, nil
}

// insertScene puts a deleted scene back where it was.
type insertScene struct {
	index int
	scene Scene
}

// Name is "Add Scene".
func (insertScene) Name() string { return "Add Scene" }

func (c insertScene) apply(p *Project) (Edit, error) {
	i := min(c.index, len(p.Scenes)) // a file's history may hold any index
	p.Scenes = slices.Insert(p.Scenes, i, c.scene)
	return DeleteScene{Index: i}, nil
}

// editFields changes the fields of the event id, manual or derived.
func (p *Project) editFields(id EventID, name string, change func(*Fields)) (Edit, error) {
	if id.Manual > 0 {
		return p.editManual(id, name, func(m *Manual) { change(&m.Fields) })
	}
	return p.editCorrection(id, name, func(c *Correction) { change(&c.Fields) })
}

// editManual changes the manual event id and returns the edit that puts
// its old state back.
func (p *Project) editManual(id EventID, name string, change func(*Manual)) (Edit, error) {
	i, m := p.findManual(id)
	if m == nil {
		return nil, fmt.Errorf("project: %s %s: %w", strings.ToLower(name), id, ErrNoEvent)
	}
	undo := restoreManual{name: name, index: i, m: m}
	m = m.clone()
	change(m)
	p.manual[i] = m
	return undo, nil
}

// editCorrection changes the correction of the derived or orphaned event
// id, making one when there is none, and returns the edit that puts its
// old state back.
func (p *Project) editCorrection(id EventID, name string, change func(*Correction)) (Edit, error) {
	if _, ok := p.Event(id); !ok {
		return nil, fmt.Errorf("project: %s %s: %w", strings.ToLower(name), id, ErrNoEvent)
	}
	old := p.corrections[id]
	var c *Correction
	if old != nil {
		c = old.clone()
	} else {
		// No correction yet, so the event is a derived one.
		de, _ := p.derived(id)
		c = &Correction{Event: id, Was: Snapshot{Expr: de.Expr, Value: de.Value, Mod: de.Mod,
			Title: de.Title, Sentence: de.Sentence, SentenceStart: de.SentenceStart}}
	}
	change(c)
	p.corrections[id] = c
	return restoreCorrection{name: name, id: id, c: old}, nil
}

// restoreCorrection puts the correction of id back as c, or removes it
// when c is nil.
type restoreCorrection struct {
	name string
	id   EventID
	c    *Correction
}

// Name is the name of the edit undone.
func (r restoreCorrection) Name() string { return r.name }

func (r restoreCorrection) apply(p *Project) (Edit, error) {
	if r.c != nil {
		// A step read from a file may name an article that came back
		// since it was checked.
		if err := p.checkCorrection(r.c); err != nil {
			return nil, fmt.Errorf("project: undo: %w", err)
		}
	}
	undo := restoreCorrection{name: r.name, id: r.id, c: p.corrections[r.id]}
	if r.c == nil {
		delete(p.corrections, r.id)
	} else {
		p.corrections[r.id] = r.c
	}
	return undo, nil
}

// restoreManual puts the manual event m back at index, replacing the one
// with its identity; with m nil it removes the manual event id.
type restoreManual struct {
	name  string
	index int
	id    EventID
	m     *Manual
}

// Name is the name of the edit undone.
func (r restoreManual) Name() string { return r.name }

func (r restoreManual) apply(p *Project) (Edit, error) {
	id := r.id
	if r.m != nil {
		id = r.m.ID
		if err := p.checkManual(r.m); err != nil { // as for restoreCorrection
			return nil, fmt.Errorf("project: undo: %w", err)
		}
	}
	i, cur := p.findManual(id)
	undo := restoreManual{name: r.name, index: i, id: id, m: cur}
	switch {
	case r.m == nil && cur != nil:
		p.manual = slices.Delete(p.manual, i, i+1)
	case r.m != nil && cur != nil:
		p.manual[i] = r.m
	case r.m != nil:
		undo.index = min(r.index, len(p.manual))
		p.manual = slices.Insert(p.manual, undo.index, r.m)
	}
	return undo, nil
}

// findManual returns the index and the manual event with identity id, or
// a nil event.
func (p *Project) findManual(id EventID) (int, *Manual) {
	for i, m := range p.manual {
		if m.ID == id {
			return i, m
		}
	}
	return -1, nil
}
