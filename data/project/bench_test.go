package project_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/dateline/dateline/data/project"
)

// bigProject returns a project of n articles made from the built-in ones:
// each a sample's text with a line of its own (so every text, and hash,
// differs) and a publication date moved by days, so relative dates
// resolve differently; every tenth event is corrected.
func bigProject(b *testing.B, n int) *project.Project {
	b.Helper()
	samples := sampleArticles(b, 10)
	p := project.New()
	for i := range n {
		s := samples[i%len(samples)]
		a := *s
		a.Text = s.Text + fmt.Sprintf("\nFiled as item %d of the archive.\n", i)
		a.Source = fmt.Sprintf("%03d-%s", i, s.Source)
		a.Published = s.Published.AddDate(0, 0, i-n/2)
		if _, err := p.Apply(project.AddArticle{Article: &a}); err != nil {
			b.Fatal(err)
		}
	}
	for i, e := range p.Events() {
		if i%10 == 0 {
			if _, err := p.Apply(project.ChangeDate{Event: e.ID, Text: "next Thursday"}); err != nil {
				b.Fatal(err)
			}
		}
	}
	return p
}

// BenchmarkLoad opens a 1,000-article project: parse, check, derive every
// article's events, re-read the corrections. The issue asks for ≤ 1 s.
func BenchmarkLoad(b *testing.B) {
	var file bytes.Buffer
	if err := bigProject(b, 1000).Save(&file); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(file.Len()))
	b.ResetTimer()
	for b.Loop() {
		if _, err := project.Load(bytes.NewReader(file.Bytes()), "big.dateline"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSave saves a 1,000-article project. The issue asks for ≤ 0.3 s.
func BenchmarkSave(b *testing.B) {
	p := bigProject(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Save(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvents lays the corrections over the events of a 1,000-article
// project, as the window does after every edit.
func BenchmarkEvents(b *testing.B) {
	p := bigProject(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if len(p.Events()) == 0 {
			b.Fatal("no events")
		}
	}
}
