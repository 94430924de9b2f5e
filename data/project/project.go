package project

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/timex"
)

// Errors callers branch on; the errors returned wrap them with what was
// asked for.
var (
	// ErrDuplicate means an article with the same text is already in the
	// project.
	ErrDuplicate = errors.New("article already in the project")
	// ErrNoArticle means no article of the project has the hash given.
	ErrNoArticle = errors.New("no such article")
	// ErrNoEvent means no event of the project has the identity given.
	ErrNoEvent = errors.New("no such event")
)

// derive is the only place the project calls the extractor.
func derive(a *data.Article) ([]data.Event, error) { return extract.Events(a) }

// Project is an analyst's workbench: articles, the events derived from
// them, the analyst's corrections and manual events, merges, scenes and the
// view. Change it through Apply, so that every change can be undone; the
// exported fields are plain settings that need no undo.
type Project struct {
	articles    []*Article
	byHash      map[string]*Article
	corrections map[EventID]*Correction
	manual      []*Manual

	// Merges are groups of events the analyst says are one happening, for
	// find-and-merge; a group of one identity is an event the analyst
	// split off, kept apart from the reports it was merged with. Change
	// them through SetMerges so Undo reverses the change.
	Merges [][]EventID
	// Scenes are the saved views of a briefing, in presentation order.
	Scenes []Scene
	// View is how the timeline was last shown.
	View View

	// kept is the undo history the project's file held, for History.
	kept stacks
}

// Article is one article of a project with the events derived from it.
// Its fields are read-only: change them with ChangeArticleDate and
// ChangeArticleTitle.
type Article struct {
	*data.Article
	// Hash is the content hash of the text, the article's identity.
	Hash   string
	events []data.Event
}

// Undated reports whether the article has no publication date yet, so no
// events could be derived from it.
func (a *Article) Undated() bool { return a.Published.IsZero() }

// Scene is a saved view of the timeline: a stretch of time and the event
// selected in it.
type Scene struct {
	Name     string    `json:"name"`
	From     time.Time `json:"from"`
	To       time.Time `json:"to"`
	Selected EventID   `json:"selected"`
}

// View is how the timeline is shown: the visible range, the grouping into
// lanes (a convert.Grouping name), the filters and the theme.
type View struct {
	From     time.Time `json:"from"`
	To       time.Time `json:"to"`
	Grouping string    `json:"grouping,omitempty"`
	Filter   Filter    `json:"filter"`
	// Theme is "light", "dark" or "" for the system's.
	Theme string `json:"theme,omitempty"`
}

// Filter says which events the timeline and the exports show.
type Filter struct {
	// Sources and Tags, when not empty, keep only events from those
	// sources or with one of those tags (the event's or its article's).
	Sources []string `json:"sources,omitempty"`
	Tags    []string `json:"tags,omitempty"`
	// MinConfidence drops events the extractor is less sure of.
	MinConfidence float64 `json:"min_confidence,omitempty"`
	// ShowHidden shows hidden events too.
	ShowHidden bool `json:"show_hidden,omitempty"`
	// Without drops events from these sources (a legend entry clicked
	// off), Precisions keeps only events of these precision classes
	// (PrecisionClass) and Range those overlapping it; see filter.go.
	// Files without them show everything, as before.
	Without    []string `json:"without,omitempty"`
	Precisions []string `json:"precisions,omitempty"`
	Range      *Range   `json:"range,omitempty"`
}

// Match reports whether the filter keeps e.
func (f Filter) Match(e Event) bool {
	if e.Hidden && !f.ShowHidden || e.Confidence < f.MinConfidence {
		return false
	}
	if len(f.Sources) > 0 && (e.Article == nil || !slices.Contains(f.Sources, e.Article.Source)) || !f.matchView(e) {
		return false
	}
	if len(f.Tags) == 0 {
		return true
	}
	for _, t := range f.Tags {
		if slices.Contains(e.Tags, t) || e.Article != nil && slices.Contains(e.Article.Tags, t) {
			return true
		}
	}
	return false
}

// Event is one event as the analyst sees it: derived from an article or
// added by hand, with the corrections laid over it.
type Event struct {
	data.Event
	// ID is the event's stable identity, for edits, scenes and merges.
	ID EventID
	// DateText is the date as the analyst typed it, "" when the tagger's
	// stands.
	DateText string
	// Notes and Tags are the analyst's.
	Notes string
	Tags  []string
	// Hidden events are kept but not shown unless the filter asks.
	Hidden bool
	// Corrected means the analyst changed the date or the title.
	Corrected bool
	// Manual means the analyst added the event, or it is Orphaned: a
	// correction whose expression the tagger no longer finds.
	Manual, Orphaned bool
}

// New returns an empty project.
func New() *Project {
	return &Project{byHash: map[string]*Article{}, corrections: map[EventID]*Correction{}}
}

// Hash is the content hash that identifies an article: the first 16 bytes
// of the SHA-256 of its text, in hex.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// Articles returns the project's articles in the order they were added.
func (p *Project) Articles() []*Article { return slices.Clone(p.articles) }

// Article returns the article with the content hash given.
func (p *Project) Article(hash string) (*Article, bool) {
	a, ok := p.byHash[hash]
	return a, ok
}

// add puts a into the project at index i and derives its events; text
// that is not valid UTF-8 has its bad bytes replaced first.
func (p *Project) add(i int, a *data.Article) (*Article, error) {
	if !utf8.ValidString(a.Text) {
		// The file keeps text as JSON, which has no invalid bytes: hash
		// the text the file will hold.
		valid := *a
		valid.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
		a = &valid
	}
	pa := &Article{Article: a, Hash: Hash(a.Text)}
	if _, dup := p.byHash[pa.Hash]; dup {
		return nil, fmt.Errorf("project: add %q: %w", a.Source, ErrDuplicate)
	}
	pa.derive()
	p.articles = slices.Insert(p.articles, i, pa)
	p.byHash[pa.Hash] = pa
	return pa, nil
}

// derive re-reads the article's events from its text; an undated article
// has none until it is given a date.
func (a *Article) derive() {
	events, err := derive(a.Article)
	if err != nil {
		events = nil
	}
	a.events = events
}

// deriveAll derives the events of many articles at once, one worker per
// processor: extraction is the cost of opening a project.
func deriveAll(articles []*Article) {
	var wg sync.WaitGroup
	next := make(chan *Article)
	for range min(runtime.GOMAXPROCS(0), len(articles)) {
		wg.Go(func() {
			for a := range next {
				a.derive()
			}
		})
	}
	for _, a := range articles {
		next <- a
	}
	close(next)
	wg.Wait()
}

// Events returns every event of the project that is not deleted, hidden
// ones included, ordered by date: derived events with their corrections,
// orphaned corrections, then manual events.
func (p *Project) Events() []Event {
	var out []Event
	matched := make(map[EventID]bool, len(p.corrections))
	for _, a := range p.articles {
		for _, de := range a.events {
			e := Event{Event: de, ID: EventID{Article: a.Hash, Start: de.ExprStart, End: de.ExprEnd}}
			if c := p.corrections[e.ID]; c != nil {
				matched[e.ID] = true
				if c.Deleted {
					continue
				}
				c.Fields.apply(&e)
			}
			out = append(out, e)
		}
	}
	for _, id := range p.correctionIDs() {
		if c := p.corrections[id]; !matched[id] && !c.Deleted {
			out = append(out, p.orphan(c))
		}
	}
	for _, m := range p.manual {
		out = append(out, p.manualEvent(m))
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Span, out[j].Span
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return a.End.Before(b.End)
	})
	return out
}

// Visible returns the events the view's filter keeps, as the timeline and
// the exports take them.
func (p *Project) Visible() []data.Event {
	var out []data.Event
	for _, e := range p.Events() {
		if p.View.Filter.Match(e) {
			out = append(out, e.Event)
		}
	}
	return out
}

// Event returns the event with identity id as Events shows it.
func (p *Project) Event(id EventID) (Event, bool) {
	if id.Manual > 0 {
		if _, m := p.findManual(id); m != nil {
			return p.manualEvent(m), true
		}
		return Event{}, false
	}
	if c := p.corrections[id]; c != nil && c.Deleted {
		return Event{}, false
	}
	if de, a := p.derived(id); a != nil {
		e := Event{Event: de, ID: id}
		if c := p.corrections[id]; c != nil {
			c.Fields.apply(&e)
		}
		return e, true
	}
	if c := p.corrections[id]; c != nil {
		return p.orphan(c), true
	}
	return Event{}, false
}

// Has reports whether the project holds the event id: a scene whose
// selected event is gone says so.
func (p *Project) Has(id EventID) bool {
	_, ok := p.Event(id)
	return ok
}

// derived returns the derived event with identity id and its article, or
// a nil article when the tagger finds no such event.
func (p *Project) derived(id EventID) (data.Event, *Article) {
	a := p.byHash[id.Article]
	if a == nil {
		return data.Event{}, nil
	}
	i, ok := slices.BinarySearchFunc(a.events, id, func(e data.Event, id EventID) int {
		return compareIDs(EventID{Article: id.Article, Start: e.ExprStart, End: e.ExprEnd}, id)
	})
	if !ok {
		return data.Event{}, nil
	}
	return a.events[i], a
}

// correctionIDs lists the corrections' identities in file order.
func (p *Project) correctionIDs() []EventID {
	ids := make([]EventID, 0, len(p.corrections))
	for id := range p.corrections {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, compareIDs)
	return ids
}

// orphan shows a correction whose expression the tagger no longer finds
// as a manual event, from what the tagger read when it was made.
func (p *Project) orphan(c *Correction) Event {
	w := c.Was
	de := data.Event{Title: w.Title, Value: w.Value, Mod: w.Mod, Expr: w.Expr,
		ExprStart: c.Event.Start, ExprEnd: c.Event.End, Sentence: w.Sentence, SentenceStart: w.SentenceStart}
	de.Span, _ = timex.ParseValue(w.Value)
	de.Article = p.articleOr(c.Event.Article, nil, &de)
	e := Event{Event: de, ID: c.Event, Manual: true, Orphaned: true}
	c.Fields.apply(&e)
	return e
}

// manualEvent shows a manual event.
func (p *Project) manualEvent(m *Manual) Event {
	de := data.Event{Expr: m.Expr, ExprStart: m.ExprStart, ExprEnd: m.ExprEnd,
		Sentence: oneLine(m.Sentence), SentenceStart: m.SentenceStart, Confidence: 1}
	de.Article = p.articleOr(m.Article, m.Origin, &de)
	e := Event{Event: de, ID: m.ID, Manual: true}
	m.Fields.apply(&e)
	return e
}

// articleOr returns the project's article with the hash given or, for an
// event whose article is not in the project (a migrated export), an
// article holding only its sentence, with e's offsets moved into it so
// that whoever highlights the expression stays inside the text.
func (p *Project) articleOr(hash string, o *Origin, e *data.Event) *data.Article {
	if a := p.byHash[hash]; a != nil {
		return a.Article
	}
	if o == nil {
		o = &Origin{}
	}
	a := &data.Article{Title: o.Title, Source: o.Source, Text: e.Sentence, Offset: -1}
	a.Published, _ = time.Parse(dateLayout, o.Published)
	start := 0
	if i := strings.Index(e.Sentence, e.Expr); i >= 0 {
		start = i
	}
	e.SentenceStart, e.ExprStart, e.ExprEnd = 0, start, start+len(e.Expr)
	if e.ExprEnd > len(e.Sentence) {
		e.ExprStart, e.ExprEnd = 0, 0
	}
	return a
}

// oneLine turns the line breaks of a selected sentence into spaces, as
// derived events show their sentences, keeping byte offsets valid.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}
