package project_test

import (
	"bytes"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/project"
	"github.com/dateline/dateline/data/sample"
)

// sampleArticles returns fresh copies of the first n built-in articles.
func sampleArticles(t testing.TB, n int) []*data.Article {
	t.Helper()
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	return articles[:n]
}

// newProject returns a project of the first n built-in articles.
func newProject(t testing.TB, n int) *project.Project {
	t.Helper()
	p := project.New()
	for _, a := range sampleArticles(t, n) {
		if _, err := p.Apply(project.AddArticle{Article: a}); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// saved returns what p saves.
func saved(t testing.TB, p *project.Project) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := p.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// findEvent returns the event of p whose expression is expr.
func findEvent(t testing.TB, p *project.Project, expr string) project.Event {
	t.Helper()
	for _, e := range p.Events() {
		if e.Expr == expr {
			return e
		}
	}
	t.Fatalf("no event with expression %q", expr)
	return project.Event{}
}

func TestProject_EventsAreDerived(t *testing.T) {
	p := newProject(t, 3)
	want := 0
	for _, a := range sampleArticles(t, 3) {
		events, err := extract.Events(a)
		if err != nil {
			t.Fatal(err)
		}
		want += len(events)
	}
	events := p.Events()
	if len(events) != want || want == 0 {
		t.Fatalf("%d events, want %d as extract.Events finds", len(events), want)
	}
	seen := map[project.EventID]bool{}
	for _, e := range events {
		if seen[e.ID] {
			t.Errorf("identity %s twice", e.ID)
		}
		seen[e.ID] = true
		if got, ok := p.Event(e.ID); !ok || got.Title != e.Title {
			t.Errorf("Event(%s) = %q, %v; want %q", e.ID, got.Title, ok, e.Title)
		}
		if e.Article.Text[e.ExprStart:e.ExprEnd] != e.Expr {
			t.Errorf("%s: offsets do not hold %q", e.ID, e.Expr)
		}
	}
}

func TestProject_DuplicateArticle(t *testing.T) {
	p := newProject(t, 1)
	_, err := p.Apply(project.AddArticle{Article: sampleArticles(t, 1)[0]})
	if !errors.Is(err, project.ErrDuplicate) {
		t.Fatalf("adding the same text again: %v, want ErrDuplicate", err)
	}
}

func TestEventID_Text(t *testing.T) {
	type idCase struct {
		id   project.EventID
		text string
	}
	for _, c := range []idCase{
		{project.EventID{Article: "ab12", Start: 3, End: 9}, "ab12@3-9"},
		{project.EventID{Manual: 4}, "manual-4"},
		{project.EventID{}, ""},
	} {
		if got := c.id.String(); got != c.text {
			t.Errorf("%#v.String() = %q, want %q", c.id, got, c.text)
		}
		back, err := project.ParseEventID(c.text)
		if err != nil || back != c.id {
			t.Errorf("ParseEventID(%q) = %#v, %v", c.text, back, err)
		}
	}
	for _, bad := range []string{"ab12", "@3-9", "ab@9-3", "ab@x-1", "manual-0", "manual-x", "ab@-1-2"} {
		if _, err := project.ParseEventID(bad); err == nil {
			t.Errorf("ParseEventID(%q) accepted", bad)
		}
	}
}

func TestReadDate(t *testing.T) {
	// Published Wednesday 27 November 2024; values checked against the
	// calendar.
	published := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)
	type dateCase struct {
		text, value, mod, words string
		fails                   bool
	}
	for _, c := range []dateCase{
		{text: "28 Nov 2024", value: "2024-11-28", words: "Thursday 28 November 2024"},
		{text: "on 28 Nov 2024", value: "2024-11-28", words: "Thursday 28 November 2024"},
		// Published on a Wednesday: the day after is "tomorrow", "next
		// Thursday" the week after's, as the tagger reads news.
		{text: "next Thursday", value: "2024-12-05", words: "Thursday 5 December 2024"},
		{text: "2024-W48", value: "2024-W48", words: "week of 25 November – 1 December 2024"},
		{text: "2024-q4", value: "2024-Q4", words: "fourth quarter of 2024"},
		{text: "late 2019", value: "2019", mod: "END", words: "late 2019"},
		{text: "", fails: true},
		{text: "banana", fails: true},
		{text: "three weeks", fails: true},
		{text: "March and April", fails: true},
		{text: "Q4 2024", value: "2024-Q4", words: "fourth quarter of 2024"},
		{text: "H1 2025", value: "2025-H1", words: "first half of 2025"},
	} {
		r, err := project.ReadDate(c.text, published)
		if c.fails {
			if !errors.Is(err, project.ErrDate) {
				t.Errorf("ReadDate(%q) = %+v, %v; want ErrDate", c.text, r, err)
			}
			continue
		}
		if err != nil || r.Value != c.value || r.Mod != c.mod || r.Words != c.words {
			t.Errorf("ReadDate(%q) = %q %q %q, %v; want %q %q %q", c.text, r.Value, r.Mod, r.Words, err,
				c.value, c.mod, c.words)
		}
	}
}

func TestApply_Edits(t *testing.T) {
	type editCase struct {
		name  string
		edit  func(e project.Event) project.Edit
		check func(t *testing.T, p *project.Project, e project.Event)
	}
	for _, c := range []editCase{
		{
			name: "Change Date",
			edit: func(e project.Event) project.Edit { return project.ChangeDate{Event: e.ID, Text: "28 Nov 2024"} },
			check: func(t *testing.T, p *project.Project, e project.Event) {
				got, _ := p.Event(e.ID)
				if got.Value != "2024-11-28" || !got.Corrected || got.Span.Start.Day() != 28 {
					t.Errorf("after the change: %q %v %v", got.Value, got.Corrected, got.Span)
				}
			},
		},
		{
			name: "Change Title",
			edit: func(e project.Event) project.Edit { return project.ChangeTitle{Event: e.ID, Title: "Talks in Astana"} },
			check: func(t *testing.T, p *project.Project, e project.Event) {
				if got, _ := p.Event(e.ID); got.Title != "Talks in Astana" {
					t.Errorf("title %q", got.Title)
				}
			},
		},
		{
			name: "Edit Notes",
			edit: func(e project.Event) project.Edit {
				return project.SetNotes{Event: e.ID, Notes: "check with a second source"}
			},
			check: func(t *testing.T, p *project.Project, e project.Event) {
				if got, _ := p.Event(e.ID); got.Notes != "check with a second source" {
					t.Errorf("notes %q", got.Notes)
				}
			},
		},
		{
			name: "Edit Tags",
			edit: func(e project.Event) project.Edit { return project.SetTags{Event: e.ID, Tags: []string{"checked"}} },
			check: func(t *testing.T, p *project.Project, e project.Event) {
				if got, _ := p.Event(e.ID); !slices.Equal(got.Tags, []string{"checked"}) {
					t.Errorf("tags %q", got.Tags)
				}
				p.View.Filter.Tags = []string{"checked"}
				if v := p.Visible(); len(v) != 1 || v[0].Expr != e.Expr {
					t.Errorf("the tag filter keeps %d events", len(v))
				}
			},
		},
		{
			name: "Hide Event",
			edit: func(e project.Event) project.Edit { return project.Hide{Event: e.ID, Hidden: true} },
			check: func(t *testing.T, p *project.Project, e project.Event) {
				if got, _ := p.Event(e.ID); !got.Hidden {
					t.Error("not hidden")
				}
				for _, v := range p.Visible() {
					if v.Expr == e.Expr && v.ExprStart == e.ExprStart {
						t.Error("a hidden event is visible")
					}
				}
			},
		},
		{
			name: "Delete Event",
			edit: func(e project.Event) project.Edit { return project.Delete{Event: e.ID} },
			check: func(t *testing.T, p *project.Project, e project.Event) {
				if _, ok := p.Event(e.ID); ok {
					t.Error("still there")
				}
			},
		},
		{
			name: "Add Event",
			edit: func(e project.Event) project.Edit {
				return project.AddEvent{Article: e.ID.Article, Start: e.SentenceStart,
					End: e.SentenceStart + len(e.Sentence), Date: "next Thursday"}
			},
			check: func(t *testing.T, p *project.Project, e project.Event) {
				got, ok := p.Event(project.EventID{Manual: 1})
				// next Thursday from Tuesday 17 September 2024 (the first
				// sample article's date): Thursday 19 September.
				if !ok || !got.Manual || got.Value != "2024-09-19" || got.Sentence != e.Sentence || got.Title == "" {
					t.Errorf("manual event %+v, %v", got, ok)
				}
			},
		},
		{
			name: "Change Publication Date",
			edit: func(e project.Event) project.Edit {
				return project.ChangeArticleDate{Article: e.ID.Article, Published: time.Date(2024, 9, 24, 0, 0, 0, 0, time.UTC)}
			},
			check: func(t *testing.T, p *project.Project, e project.Event) {
				// "this week" was read against 17 September, now against
				// the 24th: the next ISO week.
				got, ok := p.Event(e.ID)
				if !ok || got.Value != "2024-W39" || got.Article.Published.Day() != 24 {
					t.Errorf("after the new date: %q, %v", got.Value, ok)
				}
			},
		},
		{
			name: "Change Article Title",
			edit: func(e project.Event) project.Edit {
				return project.ChangeArticleTitle{Article: e.ID.Article, Title: "Scholz in Astana"}
			},
			check: func(t *testing.T, p *project.Project, e project.Event) {
				if got, _ := p.Event(e.ID); got.Article.Title != "Scholz in Astana" {
					t.Errorf("article title %q", got.Article.Title)
				}
			},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := newProject(t, 2)
			before := saved(t, p)
			e := findEvent(t, p, "this week")
			edit := c.edit(e)
			if edit.Name() != c.name {
				t.Errorf("Name() = %q, want %q", edit.Name(), c.name)
			}
			undo, err := p.Apply(edit)
			if err != nil {
				t.Fatal(err)
			}
			after := saved(t, p)
			c.check(t, p, e)
			if bytes.Equal(after, before) {
				t.Error("the edit did not change the saved file")
			}
			p.View.Filter = project.Filter{}
			redo, err := p.Apply(undo)
			if err != nil {
				t.Fatal(err)
			}
			if got := saved(t, p); !bytes.Equal(got, before) {
				t.Errorf("undo did not give the project back:\n%s", got)
			}
			if _, err := p.Apply(redo); err != nil {
				t.Fatal(err)
			}
			if got := saved(t, p); !bytes.Equal(got, after) {
				t.Errorf("redo did not make the edit again")
			}
		})
	}
}

func TestApply_Refused(t *testing.T) {
	p := newProject(t, 1)
	e := findEvent(t, p, "this week")
	missing := project.EventID{Article: e.ID.Article, Start: 1, End: 2}
	type refuseCase struct {
		edit project.Edit
		is   error
	}
	for _, c := range []refuseCase{
		{project.ChangeDate{Event: e.ID, Text: "soon-ish"}, project.ErrDate},
		{project.ChangeDate{Event: missing, Text: "28 Nov 2024"}, project.ErrNoEvent},
		{project.ChangeTitle{Event: project.EventID{Manual: 9}, Title: "x"}, project.ErrNoEvent},
		{project.Hide{Event: missing, Hidden: true}, project.ErrNoEvent},
		{project.Delete{Event: project.EventID{Manual: 1}}, project.ErrNoEvent},
		{project.AddEvent{Article: "nope", Date: "2024"}, project.ErrNoArticle},
		{project.AddEvent{Date: "2024"}, project.ErrEmpty},
		{project.ChangeArticleDate{Article: e.ID.Article}, project.ErrEmpty},
		{project.ChangeArticleTitle{Article: e.ID.Article, Title: " "}, project.ErrEmpty},
		{project.RemoveArticle{Article: "nope"}, project.ErrNoArticle},
	} {
		before := saved(t, p)
		if _, err := p.Apply(c.edit); !errors.Is(err, c.is) {
			t.Errorf("%s %+v: %v, want %v", c.edit.Name(), c.edit, err, c.is)
		}
		if !bytes.Equal(saved(t, p), before) {
			t.Errorf("%s %+v: a refused edit changed the project", c.edit.Name(), c.edit)
		}
	}
}

func TestChangeArticleDate_KeepsCorrections(t *testing.T) {
	p := newProject(t, 1)
	week := findEvent(t, p, "this week")
	month := findEvent(t, p, "next month")
	h := project.NewHistory(p)
	for _, e := range []project.Edit{
		project.ChangeDate{Event: week.ID, Text: "next Thursday"},
		project.ChangeTitle{Event: month.ID, Title: "Referendum"},
		project.ChangeArticleDate{Article: week.ID.Article, Published: time.Date(2024, 12, 2, 0, 0, 0, 0, time.UTC)},
	} {
		if err := h.Do(e); err != nil {
			t.Fatal(err)
		}
	}
	// From Monday 2 December 2024 (dates checked against the calendar):
	// next Thursday is the 5th, next month is January 2025.
	if got, _ := p.Event(week.ID); got.Value != "2024-12-05" || got.DateText != "next Thursday" {
		t.Errorf("typed date re-read: %q from %q", got.Value, got.DateText)
	}
	if got, _ := p.Event(month.ID); got.Value != "2025-01" || got.Title != "Referendum" {
		t.Errorf("derived date re-resolved with title kept: %q %q", got.Value, got.Title)
	}
}

// loadMoved saves p with the correction of e moved to the offsets
// start–end, as if an older tagger had read the expression there, and
// loads it again.
func loadMoved(t *testing.T, p *project.Project, e project.Event, start, end int) (*project.Project, []byte) {
	t.Helper()
	to := project.EventID{Article: e.ID.Article, Start: start, End: end}
	moved := bytes.ReplaceAll(saved(t, p), []byte(`"`+e.ID.String()+`"`), []byte(`"`+to.String()+`"`))
	q, err := project.Load(bytes.NewReader(moved), "moved.dateline")
	if err != nil {
		t.Fatal(err)
	}
	return q, moved
}

func TestOrphanedCorrection(t *testing.T) {
	p := newProject(t, 1)
	e := findEvent(t, p, "this week")
	if _, err := p.Apply(project.ChangeTitle{Event: e.ID, Title: "Scholz visits"}); err != nil {
		t.Fatal(err)
	}
	// Offsets 0–6 hold "ASTANA", where the tagger finds no date.
	q, moved := loadMoved(t, p, e, 0, 6)
	var orphans []project.Event
	for _, e := range q.Events() {
		if e.Orphaned {
			orphans = append(orphans, e)
		}
	}
	if len(orphans) != 1 || !orphans[0].Manual || orphans[0].Title != "Scholz visits" || orphans[0].Value != e.Value {
		t.Fatalf("orphans %+v", orphans)
	}
	if !bytes.Equal(saved(t, q), moved) {
		t.Error("saving the project dropped or changed the orphaned correction")
	}
	if _, err := q.Apply(project.Hide{Event: orphans[0].ID, Hidden: true}); err != nil {
		t.Errorf("an orphan cannot be edited: %v", err)
	}
}

func TestCorrection_RebindsToNewReading(t *testing.T) {
	p := newProject(t, 1)
	e := findEvent(t, p, "this week")
	for _, ed := range []project.Edit{
		project.ChangeTitle{Event: e.ID, Title: "Scholz visits"},
		project.AddScene{Scene: project.Scene{Name: "Visit", Selected: e.ID}},
	} {
		if _, err := p.Apply(ed); err != nil {
			t.Fatal(err)
		}
	}
	p.Merges = [][]project.EventID{{e.ID, {Manual: 1}}}
	// An older reading that began three bytes before "this week".
	q, _ := loadMoved(t, p, e, e.ExprStart-3, e.ExprEnd)
	got, ok := q.Event(e.ID)
	if !ok || got.Orphaned || got.Title != "Scholz visits" {
		t.Fatalf("the correction did not move to the new reading: %+v, %v", got, ok)
	}
	if q.Scenes[0].Selected != e.ID || q.Merges[0][0] != e.ID {
		t.Errorf("scene and merge not renamed: %s, %s", q.Scenes[0].Selected, q.Merges[0][0])
	}
	if !bytes.Equal(saved(t, q), saved(t, p)) {
		t.Error("after the move the project differs from the one saved")
	}
}

func TestRemoveArticle_Undo(t *testing.T) {
	p := newProject(t, 2)
	e := findEvent(t, p, "this week")
	h := project.NewHistory(p)
	for _, ed := range []project.Edit{
		project.ChangeTitle{Event: e.ID, Title: "Scholz visits"},
		project.AddEvent{Article: e.ID.Article, Date: "2024", Title: "A year of talks"},
		project.AddScene{Scene: project.Scene{Name: "Astana", Selected: e.ID}},
	} {
		if err := h.Do(ed); err != nil {
			t.Fatal(err)
		}
	}
	before := saved(t, p)
	if err := h.Do(project.RemoveArticle{Article: e.ID.Article}); err != nil {
		t.Fatal(err)
	}
	if _, ok := p.Event(e.ID); ok {
		t.Error("the removed article's event is still there")
	}
	if len(p.Scenes) != 1 || p.Has(p.Scenes[0].Selected) {
		t.Error("the scene did not survive, or does not say its event is gone")
	}
	if err := h.Undo(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved(t, p), before) {
		t.Error("undoing the removal did not give everything back")
	}
}

func TestAddArticle_InvalidUTF8(t *testing.T) {
	p := project.New()
	a := &data.Article{Title: "Bad bytes", Source: "bad.txt", Text: "Talks open on 3 March 2025 \xff in Astana.",
		Published: time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := p.Apply(project.AddArticle{Article: a}); err != nil {
		t.Fatal(err)
	}
	q, err := project.Load(bytes.NewReader(saved(t, p)), "bad.dateline")
	if err != nil {
		t.Fatalf("a project with a badly encoded article does not reopen: %v", err)
	}
	if len(q.Events()) != 1 || !bytes.Equal(saved(t, q), saved(t, p)) {
		t.Error("the reopened project differs")
	}
}

func TestUndatedArticle(t *testing.T) {
	a := sampleArticles(t, 1)[0]
	undated := *a
	undated.Published = time.Time{}
	p := project.New()
	h := project.NewHistory(p)
	if err := h.Do(project.AddArticle{Article: &undated}); err != nil {
		t.Fatalf("an undated article is refused: %v", err)
	}
	pa := p.Articles()[0]
	if !pa.Undated() || len(p.Events()) != 0 {
		t.Fatalf("undated article: Undated %v, %d events", pa.Undated(), len(p.Events()))
	}
	if err := h.Do(project.ChangeArticleDate{Article: pa.Hash, Published: a.Published}); err != nil {
		t.Fatal(err)
	}
	if got := findEvent(t, p, "this week"); got.Value != "2024-W38" {
		t.Errorf("dated at last, this week reads %q", got.Value)
	}
	if err := h.Undo(); err != nil {
		t.Fatal(err)
	}
	if len(p.Events()) != 0 || !p.Articles()[0].Undated() {
		t.Error("undoing the date did not make the article undated again")
	}
}

// TestArticle_Passages splits an article of our own into its sentences,
// each suggesting the first date that reads in it, and makes an event of
// one with AddEvent: the event stands for that sentence.
func TestArticle_Passages(t *testing.T) {
	text := "Port reopens\n\nThe port reopened on Monday after a week of repairs.\nDock workers were not told why. Talks resume on 3 December.\n"
	p := project.New()
	if _, err := p.Apply(project.AddArticle{Article: &data.Article{Title: "Port reopens", Source: "port.txt",
		Text: text, Published: time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)}}); err != nil {
		t.Fatal(err)
	}
	a := p.Articles()[0]
	type passageCase struct{ text, date string }
	want := []passageCase{
		{"Port reopens", ""},
		{"The port reopened on Monday after a week of repairs.", "Monday"},
		{"Dock workers were not told why.", ""},
		{"Talks resume on 3 December.", "3 December"},
	}
	got := a.Passages()
	if len(got) != len(want) {
		t.Fatalf("%d passages: %+v", len(got), got)
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Date != w.date || text[got[i].Start:got[i].End] != w.text {
			t.Errorf("passage %d: %+v, want %+v", i, got[i], w)
		}
	}
	dock := got[2]
	id := p.NextManual()
	if _, err := p.Apply(project.AddEvent{Article: a.Hash, Start: dock.Start, End: dock.End, Date: "26 November 2024"}); err != nil {
		t.Fatal(err)
	}
	e, ok := p.Event(id)
	if !ok || e.Sentence != dock.Text || e.Title != dock.Text || e.Value != "2024-11-26" || e.Article.Source != "port.txt" ||
		e.Expr != "" {
		t.Errorf("event from a sentence: %+v", e)
	}
	// The date the sentence suggests, accepted, is the event's expression.
	talks := got[3]
	id = p.NextManual()
	if _, err := p.Apply(project.AddEvent{Article: a.Hash, Start: talks.Start, End: talks.End, Date: talks.Date}); err != nil {
		t.Fatal(err)
	}
	// 3 December after a publication date of 27 November 2024 is that year's.
	if e, _ := p.Event(id); e.Expr != "3 December" || text[e.ExprStart:e.ExprEnd] != "3 December" || e.Value != "2024-12-03" {
		t.Errorf("accepted date: expression %q at %d–%d, value %q", e.Expr, e.ExprStart, e.ExprEnd, e.Value)
	}
}
