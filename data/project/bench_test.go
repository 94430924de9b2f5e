package project_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/dateline/dateline/data/project"
)

// bigProject returns a project of n articles made from the built-in ones,
// with the history of its making: each article a sample's text with a
// line of its own (so every text, and hash, differs) and a publication
// date moved by days, so relative dates resolve differently, added as an
// undoable step; every tenth event is corrected, another step each.
func bigProject(b *testing.B, n int) *project.History {
	b.Helper()
	samples := sampleArticles(b, 10)
	p := project.New()
	h := project.NewHistory(p)
	for i := range n {
		s := samples[i%len(samples)]
		a := *s
		a.Text = s.Text + fmt.Sprintf("\nFiled as item %d of the archive.\n", i)
		a.Source = fmt.Sprintf("%03d-%s", i, s.Source)
		a.Published = s.Published.AddDate(0, 0, i-n/2)
		if err := h.Do(project.AddArticle{Article: &a}); err != nil {
			b.Fatal(err)
		}
	}
	for i, e := range p.Events() {
		if i%10 == 0 {
			if err := h.Do(project.ChangeDate{Event: e.ID, Text: "next Thursday"}); err != nil {
				b.Fatal(err)
			}
		}
	}
	return h
}

// BenchmarkLoad opens a 1,000-article project saved with its history:
// parse, check, derive every article's events, re-read the corrections,
// read the undo steps. The issue asks for ≤ 1 s.
func BenchmarkLoad(b *testing.B) {
	var file bytes.Buffer
	if err := bigProject(b, 1000).Save(&file); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(file.Len()))
	b.ResetTimer()
	for b.Loop() {
		p, err := project.Load(bytes.NewReader(file.Bytes()), "big.dateline")
		if err != nil || p.History().UndoName() == "" {
			b.Fatal(err, "or no history")
		}
	}
}

// BenchmarkSave saves a 1,000-article project with its history, as File ▸
// Save does. The issue asks for ≤ 0.3 s.
func BenchmarkSave(b *testing.B) {
	h := bigProject(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := h.Save(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvents lays the corrections over the events of a 1,000-article
// project, as the window does after every edit.
func BenchmarkEvents(b *testing.B) {
	var file bytes.Buffer
	if err := bigProject(b, 1000).Save(&file); err != nil {
		b.Fatal(err)
	}
	p, err := project.Load(&file, "big.dateline")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if len(p.Events()) == 0 {
			b.Fatal("no events")
		}
	}
}
