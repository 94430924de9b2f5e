package project

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/safefile"
	"github.com/dateline/dateline/data/timex"
)

// Version is the file format version Save writes and the newest Load
// reads. Version 0 is the app's JSON event export (an array of events),
// which Load migrates.
const Version = 1

// Ext is the extension of project files.
const Ext = ".dateline"

// Errors a FileError wraps, for callers to branch on with errors.Is.
var (
	// ErrCorrupt means the file is not a project file, or is damaged.
	ErrCorrupt = errors.New("not a valid project file")
	// ErrNewer means the file was saved by a newer Dateline.
	ErrNewer = errors.New("saved by a newer version of Dateline")
)

// FileError is why a project file could not be opened.
type FileError struct {
	// Name is the file's name as the caller gave it.
	Name string
	Err  error
}

// Error names the file and the problem.
func (e *FileError) Error() string { return fmt.Sprintf("project: open %q: %v", e.Name, e.Err) }

// Unwrap returns the problem.
func (e *FileError) Unwrap() error { return e.Err }

// file is the JSON layout of a project file, version 1.
type file struct {
	Version     int           `json:"version"`
	Articles    []fileArticle `json:"articles"`
	Corrections []*Correction `json:"corrections"`
	Manual      []*Manual     `json:"manual"`
	Merges      [][]EventID   `json:"merges"`
	Scenes      []Scene       `json:"scenes"`
	View        View          `json:"view"`
	// History is kept by History.Save only.
	History *fileHistory `json:"history,omitempty"`
}

// fileArticle is an article as the file keeps it.
type fileArticle struct {
	Hash   string   `json:"hash"`
	Title  string   `json:"title"`
	Source string   `json:"source"`
	Outlet string   `json:"outlet,omitempty"`
	Author string   `json:"author,omitempty"`
	Tags   []string `json:"tags,omitempty"`
	// Fetched is when the article was fetched from its URL (RFC 3339),
	// "" when it was not.
	Fetched string `json:"fetched,omitempty"`
	// Published is a calendar date, "" when unknown.
	Published string `json:"published,omitempty"`
	// Offset is the byte offset of Text in the original file, -1 when
	// the text was derived from HTML.
	Offset int    `json:"offset"`
	Text   string `json:"text"`
}

// Save writes the project as a version 1 file, without its undo
// history (History.Save keeps that too). The same project always writes
// the same bytes.
func (p *Project) Save(w io.Writer) error { return p.save(w, nil) }

// save writes the project and, when fh is not nil, the history.
func (p *Project) save(w io.Writer, fh *fileHistory) error {
	f := file{Version: Version, Articles: make([]fileArticle, len(p.articles)),
		Corrections: make([]*Correction, 0, len(p.corrections)), Manual: nonNil(p.manual),
		Merges: nonNil(p.Merges), Scenes: nonNil(p.Scenes), View: p.View, History: fh}
	for i, a := range p.articles {
		f.Articles[i] = newFileArticle(a)
	}
	for _, id := range p.correctionIDs() {
		f.Corrections = append(f.Corrections, p.corrections[id])
	}
	b, err := json.MarshalIndent(f, "", "\t")
	if err != nil {
		return fmt.Errorf("project: save: %w", err)
	}
	if _, err := w.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("project: save: %w", err)
	}
	return nil
}

// newFileArticle is a as the file keeps it.
func newFileArticle(a *Article) fileArticle {
	return fileArticle{Hash: a.Hash, Title: a.Title, Source: a.Source, Outlet: a.Outlet, Author: a.Author,
		Tags: a.Tags, Published: formatDate(a.Published), Fetched: formatFetched(a.Fetched), Offset: a.Offset, Text: a.Text}
}

// newDataArticle is the article fa describes, published and fetched as
// given.
func newDataArticle(fa fileArticle, published, fetched time.Time) *data.Article {
	return &data.Article{Title: fa.Title, Source: fa.Source, Outlet: fa.Outlet, Author: fa.Author, Tags: fa.Tags,
		Published: published, Fetched: fetched, Text: fa.Text, Offset: fa.Offset}
}

// nonNil returns s, or an empty slice for nil, so that a list the edits
// emptied saves as the list that was never filled: [] either way.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// SaveFile saves the project to path atomically: a crash leaves the old
// file or the new one, never a broken one.
func (p *Project) SaveFile(path string) error { return saveFile(path, p.Save) }

// saveFile writes path atomically through save.
func saveFile(path string, save func(io.Writer) error) error { return safefile.Write(path, save) }

// LoadFile opens the project file at path; see Load.
func LoadFile(path string) (*Project, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &FileError{Name: path, Err: err}
	}
	defer f.Close()
	return Load(f, path)
}

// Load reads a project file, name being what errors call it, and derives
// every article's events again. It reads version 1 and migrates version 0,
// the app's JSON event export, into manual events. A file of a newer
// version fails with ErrNewer, a damaged one with ErrCorrupt, both inside
// a *FileError naming the file.
func Load(r io.Reader, name string) (*Project, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, &FileError{Name: name, Err: err}
	}
	p, err := load(b)
	if err != nil {
		return nil, &FileError{Name: name, Err: err}
	}
	return p, nil
}

// load reads a file of any version.
func load(b []byte) (*Project, error) {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0:
		return nil, fmt.Errorf("%w: the file is empty", ErrCorrupt)
	case b[0] == '[':
		return migrate0(b)
	}
	var head struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	switch {
	case head.Version == nil:
		return nil, fmt.Errorf("%w: no version", ErrCorrupt)
	case *head.Version > Version:
		return nil, fmt.Errorf("%w (file version %d, this one reads up to %d)", ErrNewer, *head.Version, Version)
	case *head.Version < 1:
		return nil, fmt.Errorf("%w: version %d", ErrCorrupt, *head.Version)
	}
	var f file
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	p, err := f.project()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return p, nil
}

// project checks the file's content and builds the project it describes.
func (f *file) project() (*Project, error) {
	p := New()
	p.Merges, p.Scenes, p.View = f.Merges, f.Scenes, f.View
	for i, fa := range f.Articles {
		a, err := fa.article()
		if err != nil {
			return nil, fmt.Errorf("article %d: %v", i+1, err)
		}
		if p.byHash[a.Hash] != nil {
			return nil, fmt.Errorf("article %d (%q): the same text twice", i+1, fa.Source)
		}
		p.articles = append(p.articles, a)
		p.byHash[a.Hash] = a
	}
	deriveAll(p.articles)
	for i, c := range f.Corrections {
		if err := p.addCorrection(c); err != nil {
			return nil, fmt.Errorf("correction %d: %v", i+1, err)
		}
	}
	moved := p.rebind()
	for i, m := range f.Manual {
		if err := p.addManual(m); err != nil {
			return nil, fmt.Errorf("manual event %d: %v", i+1, err)
		}
	}
	if err := p.readHistory(f.History, moved); err != nil {
		return nil, fmt.Errorf("history: %v", err)
	}
	return p, nil
}

// addCorrection checks a correction read from a file and adds it, its
// typed date read again against its article.
func (p *Project) addCorrection(c *Correction) error {
	switch {
	case c == nil || c.Event.Article == "" || c.Event.Manual != 0:
		return fmt.Errorf("no event identity")
	case p.corrections[c.Event] != nil:
		return fmt.Errorf("%s corrected twice", c.Event)
	}
	if err := p.checkCorrection(c); err != nil {
		return err
	}
	if a := p.byHash[c.Event.Article]; a != nil {
		c.Fields.reread(a.Published)
	}
	p.corrections[c.Event] = c
	return nil
}

// checkCorrection checks the value of a correction read from a file and,
// when its article is in the project, that its offsets lie in the text.
// (An undo step may hold one of an article removed since: the step is
// checked again when it is applied.)
func (p *Project) checkCorrection(c *Correction) error {
	if err := checkValue(c.Value, true); err != nil {
		return err
	}
	if a := p.byHash[c.Event.Article]; a != nil &&
		(c.Event.End > len(a.Text) || c.Was.SentenceStart < 0 || c.Was.SentenceStart > len(a.Text)) {
		return fmt.Errorf("%s: offsets outside the article text", c.Event)
	}
	return nil
}

// rebind moves each correction whose expression the tagger no longer finds
// at its offsets onto the derived event whose expression overlaps them now
// ("on Thursday" read as "Thursday" by a newer tagger) when that event has
// no correction of its own, renaming it in merges and scenes too: the
// better reading is kept with the analyst's correction on it. A correction
// with no such event stays an orphan. It returns the identities it moved.
func (p *Project) rebind() map[EventID]EventID {
	moved := map[EventID]EventID{}
	for _, id := range p.correctionIDs() {
		a := p.byHash[id.Article]
		if a == nil {
			continue
		}
		if _, found := p.derived(id); found != nil {
			continue
		}
		for _, e := range a.events {
			if e.ExprStart < id.End && id.Start < e.ExprEnd {
				to := EventID{Article: id.Article, Start: e.ExprStart, End: e.ExprEnd}
				if p.corrections[to] == nil {
					c := p.corrections[id]
					delete(p.corrections, id)
					c.Event = to
					p.corrections[to] = c
					moved[id] = to
				}
				break
			}
		}
	}
	rename := func(id *EventID) {
		if to, ok := moved[*id]; ok {
			*id = to
		}
	}
	for i := range p.Scenes {
		rename(&p.Scenes[i].Selected)
	}
	for _, group := range p.Merges {
		for i := range group {
			rename(&group[i])
		}
	}
	return moved
}

// addManual checks a manual event read from a file and adds it.
func (p *Project) addManual(m *Manual) error {
	if m == nil || m.ID.Manual <= 0 {
		return fmt.Errorf("no manual event identity")
	}
	if _, dup := p.findManual(m.ID); dup != nil {
		return fmt.Errorf("%s twice", m.ID)
	}
	if m.Article != "" && p.byHash[m.Article] == nil {
		return fmt.Errorf("article %s: not in the project", m.Article)
	}
	if err := p.checkManual(m); err != nil {
		return err
	}
	if a := p.byHash[m.Article]; a != nil {
		m.Fields.reread(a.Published)
	}
	p.manual = append(p.manual, m)
	return nil
}

// checkManual checks the value of a manual event read from a file and,
// when its article is in the project, that its offsets lie in the text.
// (An undo step may hold one of an article removed since: the step is
// checked again when it is applied.)
func (p *Project) checkManual(m *Manual) error {
	if err := checkValue(m.Value, false); err != nil {
		return err
	}
	if a := p.byHash[m.Article]; a != nil {
		return checkOffsets(m, a.Text)
	}
	return nil
}

// checkOffsets reports a manual event whose sentence is not the article
// text at its offsets, or whose expression lies outside the text.
func checkOffsets(m *Manual, text string) error {
	end := m.SentenceStart + len(m.Sentence)
	if m.SentenceStart < 0 || end > len(text) || text[m.SentenceStart:end] != m.Sentence ||
		m.ExprStart < 0 || m.ExprEnd < m.ExprStart || m.ExprEnd > len(text) {
		return fmt.Errorf("offsets outside the article text")
	}
	return nil
}

// checkValue reports a value that names no calendar span; an empty value
// is allowed only where the tagger's stands.
func checkValue(v string, emptyOK bool) error {
	if v == "" && emptyOK {
		return nil
	}
	if _, err := timex.ParseValue(v); err != nil {
		return fmt.Errorf("value %q: %v", v, err)
	}
	return nil
}

// formatDate writes a calendar date, "" for the zero time.
func formatDate(t time.Time) string { return formatTime(t, dateLayout) }

// parseDate reads what formatDate writes.
func parseDate(s string) (time.Time, error) { return parseTime(s, dateLayout) }

// formatFetched writes a fetch time to the second, in UTC.
func formatFetched(t time.Time) string { return formatTime(t.UTC(), time.RFC3339) }

// parseFetched reads what formatFetched writes.
func parseFetched(s string) (time.Time, error) { return parseTime(s, time.RFC3339) }

// formatTime writes t in layout, and the zero time as "".
func formatTime(t time.Time, layout string) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(layout)
}

// parseTime reads what formatTime writes.
func parseTime(s, layout string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(layout, s)
}
