package project_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/project"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// curated returns a project of three sample articles with an analyst's
// work on it: two dates corrected, an event retitled, one hidden, one
// with notes and tags, one added by hand, a merge, a scene and a view.
func curated(t testing.TB) *project.Project {
	t.Helper()
	p := newProject(t, 3)
	week := findEvent(t, p, "this week")
	month := findEvent(t, p, "next month")
	sunday := findEvent(t, p, "Sunday evening")
	invasion := findEvent(t, p, "24 February 2022")
	for _, e := range []project.Edit{
		project.ChangeDate{Event: week.ID, Text: "16 September 2024"},
		project.ChangeDate{Event: month.ID, Text: "6 Oct 2024"},
		project.ChangeTitle{Event: sunday.ID, Title: "Referendum on a nuclear plant"},
		project.Hide{Event: invasion.ID, Hidden: true},
		project.SetNotes{Event: month.ID, Notes: "The vote was set for 6 October."},
		project.SetTags{Event: month.ID, Tags: []string{"energy", "vote"}},
		project.AddEvent{Article: week.ID.Article, Title: "Scholz arrives in Astana", Date: "15 Sep 2024"},
		project.AddScene{Scene: project.Scene{Name: "The vote", Selected: sunday.ID,
			From: time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC)}},
	} {
		if _, err := p.Apply(e); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
	}
	p.Merges = [][]project.EventID{{month.ID, sunday.ID}}
	p.View = project.View{From: time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC),
		Grouping: "source", Theme: "dark", Filter: project.Filter{MinConfidence: 0.5}}
	return p
}

func TestSave_Golden(t *testing.T) {
	golden := filepath.Join("testdata", "roundtrip.dateline")
	got := saved(t, curated(t))
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("saved project differs from %s; rerun with -update and look at the diff", golden)
	}
	p, err := project.LoadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if again := saved(t, p); !bytes.Equal(again, want) {
		t.Errorf("loading %s and saving it again changes it", golden)
	}
	if got, want := len(p.Events()), len(curated(t).Events()); got != want {
		t.Errorf("reloaded project has %d events, want %d", got, want)
	}
}

// TestSaveHistory_Golden saves a project with an undo history of every
// kind of step and a redo stack, and checks that it reloads and saves the
// same bytes again.
func TestSaveHistory_Golden(t *testing.T) {
	golden := filepath.Join("testdata", "history.dateline")
	p := newProject(t, 1)
	h := project.NewHistory(p)
	week, month := findEvent(t, p, "this week"), findEvent(t, p, "next month")
	spare := sampleArticles(t, 2)[1]
	for _, e := range []project.Edit{
		project.ChangeDate{Event: week.ID, Text: "16 September 2024"},
		project.SetNotes{Event: month.ID, Notes: "Check the date with the ministry."},
		project.SetTags{Event: month.ID, Tags: []string{"energy"}},
		project.AddEvent{Article: week.ID.Article, Title: "Scholz arrives", Date: "15 Sep 2024"},
		project.ChangeArticleDate{Article: week.ID.Article, Published: time.Date(2024, 9, 18, 0, 0, 0, 0, time.UTC)},
		project.ChangeArticleTitle{Article: week.ID.Article, Title: "Scholz in Central Asia"},
		project.AddArticle{Article: spare},
		project.RemoveArticle{Article: project.Hash(spare.Text)},
		project.AddScene{Scene: project.Scene{Name: "The visit", Selected: week.ID}},
		project.Hide{Event: month.ID, Hidden: true},
	} {
		if err := h.Do(e); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
	}
	if err := h.Undo(); err != nil { // a redo step too
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := h.Save(&b); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("saved history differs from %s; rerun with -update and look at the diff", golden)
	}
	q, err := project.LoadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := q.History().Save(&again); err != nil || !bytes.Equal(again.Bytes(), want) {
		t.Errorf("loading %s and saving it again changes it (%v)", golden, err)
	}
}

// TestReopen is the "done when": three articles, two dates
// corrected, an event retitled, one hidden, one added by hand; saved, the
// project reopens as it was left, and five undos give the extracted state.
func TestReopen(t *testing.T) {
	p := newProject(t, 3)
	extracted := saved(t, p)
	h := project.NewHistory(p)
	week, month := findEvent(t, p, "this week"), findEvent(t, p, "next month")
	edits := []project.Edit{
		project.ChangeDate{Event: week.ID, Text: "16 September 2024"},
		project.ChangeDate{Event: month.ID, Text: "6 Oct 2024"},
		project.ChangeTitle{Event: month.ID, Title: "Nuclear referendum"},
		project.Hide{Event: findEvent(t, p, "24 February 2022").ID, Hidden: true},
		project.AddEvent{Article: week.ID.Article, Title: "Scholz arrives", Date: "15 Sep 2024"},
	}
	for _, e := range edits {
		if err := h.Do(e); err != nil {
			t.Fatal(err)
		}
	}
	if !h.Modified() {
		t.Error("five edits and not modified")
	}
	path := filepath.Join(t.TempDir(), "briefing"+project.Ext)
	if err := h.SaveFile(path); err != nil {
		t.Fatal(err)
	}
	h.MarkSaved()
	if h.Modified() {
		t.Error("modified right after saving")
	}
	q, err := project.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved(t, q), saved(t, p)) {
		t.Fatal("the reopened project is not the one saved")
	}
	if e, _ := q.Event(month.ID); e.Value != "2024-10-06" || e.Title != "Nuclear referendum" {
		t.Errorf("reopened correction: %q %q", e.Value, e.Title)
	}
	// The file kept the history: in the reopened project five undos, each
	// named, give the extracted state.
	hq := q.History()
	for i := len(edits) - 1; i >= 0; i-- {
		if got := hq.UndoName(); got != edits[i].Name() {
			t.Errorf("undo %d names %q, want %q", i+1, got, edits[i].Name())
		}
		if err := hq.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(saved(t, q), extracted) || hq.UndoName() != "" || !hq.Modified() {
		t.Error("five undos did not give the extracted state")
	}
	// A file saved without its history reopens with none.
	if err := p.SaveFile(path); err != nil {
		t.Fatal(err)
	}
	if q, err = project.LoadFile(path); err != nil || q.History().UndoName() != "" {
		t.Errorf("a file saved without history: %v, undo %q", err, q.History().UndoName())
	}
}

// TestLoad_HistoryRefused loads files whose history is damaged: each is
// refused as corrupt, naming the step.
func TestLoad_HistoryRefused(t *testing.T) {
	p := newProject(t, 1)
	h := project.NewHistory(p)
	week := findEvent(t, p, "this week")
	for _, e := range []project.Edit{
		project.ChangeDate{Event: week.ID, Text: "16 September 2024"},
		project.AddEvent{Article: week.ID.Article, Title: "Scholz arrives", Date: "15 Sep 2024"},
	} {
		if err := h.Do(e); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := h.Save(&b); err != nil {
		t.Fatal(err)
	}
	good := b.String()
	type refusedCase struct {
		name, old, new, says string
	}
	for _, c := range []refusedCase{
		{"unknown op", `"op": "manual"`, `"op": "teleport"`, "teleport"},
		{"no name", `"name": "Add Event"`, `"name": ""`, "no name"},
		{"no event", `"op": "correction",
				"event": "`, `"op": "correction",
				"event": "manual-9", "old": "`, "no event identity"},
		{"negative index", `"op": "manual",`, `"op": "manual", "index": -3,`, "index -3"},
	} {
		t.Run(c.name, func(t *testing.T) {
			bad := strings.Replace(good, c.old, c.new, 1)
			if bad == good {
				t.Fatalf("%q is not in the file", c.old)
			}
			_, err := project.Load(strings.NewReader(bad), "bad.dateline")
			if !errors.Is(err, project.ErrCorrupt) || !strings.Contains(err.Error(), c.says) {
				t.Errorf("Load = %v, want corrupt, saying %q", err, c.says)
			}
		})
	}
}

func TestLoad_Version0(t *testing.T) {
	// testdata/v0-export.json was written by the app's JSON export
	// (data.WriteJSON, now format.WriteJSON) of six sample events, before project files existed.
	const fixture = "testdata/v0-export.json"
	p, err := project.LoadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	events := p.Events()
	if len(events) != 6 || len(p.Articles()) != 0 {
		t.Fatalf("%d events and %d articles, want 6 manual events", len(events), len(p.Articles()))
	}
	for _, e := range events {
		if !e.Manual || e.Value == "" || e.Title == "" || e.Article == nil || e.Article.Source == "" ||
			e.Article.Published.IsZero() || e.Article.Text[e.ExprStart:e.ExprEnd] != e.Expr {
			t.Errorf("migrated event %+v", e)
		}
	}
	week := findEvent(t, p, "this week")
	if week.Value != "2024-W38" || week.Title == "" {
		t.Errorf("this week: %q %q, want the week of 16 September 2024", week.Value, week.Title)
	}
	// A migrated event is edited like any other, its date read against
	// its article's publication date (17 September 2024).
	if _, err := p.Apply(project.ChangeDate{Event: week.ID, Text: "yesterday"}); err != nil {
		t.Fatal(err)
	}
	if e, _ := p.Event(week.ID); e.Value != "2024-09-16" {
		t.Errorf("yesterday read as %q", e.Value)
	}
	q, err := project.Load(bytes.NewReader(saved(t, p)), "migrated.dateline")
	if err != nil || !bytes.Equal(saved(t, q), saved(t, p)) {
		t.Errorf("a migrated project does not round-trip: %v", err)
	}
}

func TestLoad_Refused(t *testing.T) {
	good := saved(t, curated(t))
	type refusedCase struct {
		name    string
		content string
		is      error
		says    string
	}
	for _, c := range []refusedCase{
		{"newer version", `{"version": 7, "articles": []}`, project.ErrNewer, "file version 7"},
		{"no version", `{"articles": []}`, project.ErrCorrupt, "no version"},
		{"version zero object", `{"version": 0}`, project.ErrCorrupt, "version 0"},
		{"empty", "  \n", project.ErrCorrupt, "empty"},
		{"truncated", string(good[:len(good)/2]), project.ErrCorrupt, ""},
		{"not json", "hello", project.ErrCorrupt, ""},
		{"text edited", strings.Replace(string(good), "ASTANA", "ALMATY", 1), project.ErrCorrupt, "does not match its hash"},
		{"bad value", strings.Replace(string(good), `"value": "2024-10-06"`, `"value": "2024-13-45"`, 1), project.ErrCorrupt, "2024-13-45"},
		{"bad published", strings.Replace(string(good), `"published": "2024-09-17"`, `"published": "17/09"`, 1), project.ErrCorrupt, "17/09"},
		{"export with a bad value", `[{"title": "x", "value": "soon"}]`, project.ErrCorrupt, "soon"},
		{"export of the wrong shape", `[1, 2]`, project.ErrCorrupt, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.content == string(good) {
				t.Fatal("the case changes nothing in the file")
			}
			path := filepath.Join(t.TempDir(), "broken.dateline")
			if err := os.WriteFile(path, []byte(c.content), 0o600); err != nil {
				t.Fatal(err)
			}
			p, err := project.LoadFile(path)
			var fe *project.FileError
			if p != nil || !errors.Is(err, c.is) || !errors.As(err, &fe) || fe.Name != path {
				t.Fatalf("LoadFile = %v, %v; want a FileError naming the file, wrapping %v", p, err, c.is)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.says) {
				t.Errorf("error %q does not name the file and say %q", err, c.says)
			}
			if b, _ := os.ReadFile(path); string(b) != c.content {
				t.Error("loading changed the file")
			}
		})
	}
}

// TestSave_fetchedArticle saves an article fetched from a URL and reads
// it back with its author and the time it was fetched, to the second.
func TestSave_fetchedArticle(t *testing.T) {
	p := project.New()
	fetched := time.Date(2025, 3, 6, 12, 30, 15, 0, time.UTC)
	a := &data.Article{Title: "Quay reopens", Source: "https://news.example/quay", Author: "Mara Lindqvist",
		Fetched: fetched, Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), Text: "The quay reopened on Monday.", Offset: -1}
	if _, err := p.Apply(project.AddArticle{Article: a}); err != nil {
		t.Fatal(err)
	}
	b := saved(t, p)
	if !bytes.Contains(b, []byte(`"fetched": "2025-03-06T12:30:15Z"`)) {
		t.Errorf("saved file lacks the fetch time:\n%s", b)
	}
	q, err := project.Load(bytes.NewReader(b), "fetched.dateline")
	if err != nil {
		t.Fatal(err)
	}
	got := q.Articles()[0]
	if got.Author != a.Author || !got.Fetched.Equal(fetched) || got.Source != a.Source {
		t.Errorf("read back author %q, fetched %v, source %q", got.Author, got.Fetched, got.Source)
	}
	bad := bytes.Replace(b, []byte("2025-03-06T12:30:15Z"), []byte("yesterday"), 1)
	if _, err := project.Load(bytes.NewReader(bad), "bad.dateline"); !errors.Is(err, project.ErrCorrupt) {
		t.Errorf("a bad fetch time: %v, want ErrCorrupt", err)
	}
}
