package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/project"
)

// curatedProject saves a project of two sample articles with an
// analyst's work on it and returns its path with the events it should
// export: one date corrected, one event retitled, one hidden, one deleted
// and one added by hand.
func curatedProject(t *testing.T) (string, []project.Event) {
	t.Helper()
	p := project.New()
	for _, name := range samples(t)[:2] {
		a, err := format.LoadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.Apply(project.AddArticle{Article: a}); err != nil {
			t.Fatal(err)
		}
	}
	events := p.Events()
	if len(events) < 4 {
		t.Fatalf("%d events in two sample articles", len(events))
	}
	h := project.NewHistory(p)
	for _, e := range []project.Edit{
		project.ChangeDate{Event: events[0].ID, Text: "3 March 2021"},
		project.ChangeTitle{Event: events[1].ID, Title: "Retitled by the analyst"},
		project.Hide{Event: events[2].ID, Hidden: true},
		project.Delete{Event: events[3].ID},
		project.AddEvent{Article: events[0].ID.Article, Title: "Added by hand", Date: "1 May 2025"},
	} {
		if err := h.Do(e); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
	}
	path := filepath.Join(t.TempDir(), "curated"+project.Ext)
	if err := h.SaveFile(path); err != nil {
		t.Fatal(err)
	}
	var visible []project.Event
	for _, e := range p.Events() {
		if !e.Hidden {
			visible = append(visible, e)
		}
	}
	return path, visible
}

// TestExtract_Project prints a project's events as the analyst left them.
func TestExtract_Project(t *testing.T) {
	path, want := curatedProject(t)
	code, out, errOut := run(t, path)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var got []struct {
		Title, Value string
		ExprStart    int `json:"expr_start"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	if len(got) != len(want) {
		t.Fatalf("%d events, want %d (the hidden and deleted left out)", len(got), len(want))
	}
	values, titles := map[string]bool{}, map[string]bool{}
	for _, e := range got {
		values[e.Value], titles[e.Title] = true, true
	}
	for _, w := range []string{"2021-03-03", "2025-05-01"} {
		if !values[w] {
			t.Errorf("no event dated %s (the correction and the manual event)", w)
		}
	}
	for _, w := range []string{"Retitled by the analyst", "Added by hand"} {
		if !titles[w] {
			t.Errorf("no event titled %q", w)
		}
	}
}

// TestExport_Project draws and writes a project's visible events; a
// project and an article given together are both read.
func TestExport_Project(t *testing.T) {
	path, want := curatedProject(t)
	dir := t.TempDir()
	tl := filepath.Join(dir, "curated.json")
	if code, _, errOut := runExport(t, "-o", tl, path); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(tl)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ Events []json.RawMessage }
	if err := json.Unmarshal(b, &doc); err != nil || len(doc.Events) != len(want) {
		t.Fatalf("TimelineJS: %d events, want %d (%v)", len(doc.Events), len(want), err)
	}
	if !strings.Contains(string(b), "Retitled by the analyst") || !strings.Contains(string(b), "Added by hand") {
		t.Error("the TimelineJS export lacks the analyst's titles")
	}
	svg := filepath.Join(dir, "curated.svg")
	if code, _, errOut := runExport(t, "-o", svg, path, samples(t)[2]); code != 0 {
		t.Fatalf("svg: exit %d: %s", code, errOut)
	}
	if b, err := os.ReadFile(svg); err != nil || !strings.Contains(string(b), "Added by hand") {
		t.Errorf("the SVG lacks the manual event (%v)", err)
	}
}

// TestExtract_BadProject names a damaged project file and exits 1.
func TestExtract_BadProject(t *testing.T) {
	path := write(t, "broken"+project.Ext, []byte(`{"version": 1, "articles": [`))
	code, _, errOut := run(t, path)
	if code != 1 || !strings.Contains(errOut, path) || !strings.Contains(errOut, "not a valid project file") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
