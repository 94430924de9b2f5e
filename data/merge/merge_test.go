package merge_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/merge"
)

// events extracts the events of articles given as published date and text.
func events(t testing.TB, texts ...string) []data.Event {
	t.Helper()
	var out []data.Event
	for i := 0; i+1 < len(texts); i += 2 {
		pub, err := time.Parse("2006-01-02", texts[i])
		if err != nil {
			t.Fatal(err)
		}
		a := &data.Article{Title: fmt.Sprintf("Article %d", i/2+1), Source: fmt.Sprintf("a%d.md", i/2+1), Published: pub, Text: texts[i+1]}
		evs, err := extract.Events(a)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, evs...)
	}
	return out
}

// TestMerge_Cases checks how reports combine, with our own sentences;
// dates checked against a 2025 calendar.
func TestMerge_Cases(t *testing.T) {
	type testCase struct {
		name     string
		articles []string // published, text, published, text, …
		groups   int
		value    string // the first group's merged value
		reports  int    // and its number of reports
		suggest  int
		disagree int
	}
	cases := []testCase{
		{"a day inside a reported week", []string{
			"2025-03-14", "Finland's parliament approved the new border law on Tuesday by a large majority.",
			"2025-03-20", "Finnish lawmakers passed the new border law last week by a large majority.",
		}, 1, "2025-03-11", 2, 0, 0},
		{"one article never merges with itself", []string{
			"2025-03-14", "Finland's parliament approved the new border law on Tuesday. Finland's parliament approved the new border law on Wednesday.",
		}, 2, "2025-03-11", 1, 0, 0},
		{"dates apart disagree", []string{
			"2025-07-10", "The bridge over the river Sava reopened to traffic on 8 July after two years of repairs.",
			"2025-07-11", "The bridge over the river Sava reopened to traffic on 9 July after two years of repairs.",
		}, 2, "2025-07-08", 1, 0, 1},
		{"different happenings stay apart", []string{
			"2025-05-08", "Pilots at the national airline walked out on Wednesday, grounding more than 200 flights.",
			"2025-05-08", "Rail workers in the north voted on Wednesday to accept the latest pay offer.",
		}, 2, "2025-05-07", 1, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := merge.Merge(events(t, c.articles...), merge.DefaultOptions)
			if len(r.Groups) != c.groups || len(r.Suggestions) != c.suggest || len(r.Disagreements) != c.disagree {
				t.Fatalf("%d groups, %d suggestions, %d disagreements; want %d, %d, %d", len(r.Groups), len(r.Suggestions), len(r.Disagreements), c.groups, c.suggest, c.disagree)
			}
			if g := r.Groups[0]; g.Event.Value != c.value || len(g.Reports) != c.reports {
				t.Errorf("first group %s with %d reports, want %s with %d", g.Event.Value, len(g.Reports), c.value, c.reports)
			}
		})
	}
}

// TestMerge_SameFileTwice checks that opening a file twice adds nothing:
// the second copy's events are repeats.
func TestMerge_SameFileTwice(t *testing.T) {
	text := "Voters in Moldova re-elected the president in a run-off on Sunday. The new cabinet meets on Tuesday."
	evs := events(t, "2025-11-03", text)
	twice := append(append([]data.Event{}, evs...), events(t, "2025-11-03", text)...)
	once, r := merge.Merge(evs, merge.DefaultOptions), merge.Merge(twice, merge.DefaultOptions)
	if len(r.Groups) != len(once.Groups) || r.Repeats != len(evs) {
		t.Fatalf("twice: %d groups, %d repeats; once: %d groups", len(r.Groups), r.Repeats, len(once.Groups))
	}
	for _, g := range r.Groups {
		if len(g.Reports) != 1 {
			t.Errorf("group %q has %d reports, want 1", g.Event.Title, len(g.Reports))
		}
	}
}

// TestResult_Describe checks the wording of a disagreement.
func TestResult_Describe(t *testing.T) {
	evs := events(t,
		"2025-07-10", "The bridge over the river Sava reopened to traffic on 8 July after two years of repairs.",
		"2025-07-11", "The bridge over the river Sava reopened to traffic on 9 July after two years of repairs.")
	r := merge.Merge(evs, merge.DefaultOptions)
	if len(r.Disagreements) != 1 {
		t.Fatalf("%d disagreements, want 1", len(r.Disagreements))
	}
	want := "Sources disagree: 8 Jul 2025 (Article 1) vs 9 Jul 2025 (Article 2)"
	if got := r.Describe(r.Disagreements[0]); got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
}

// syntheticEvents makes n events for the benchmark: sentences of 20 words
// from a 5,000-word vocabulary with two of 500 names, dated over three
// years, five events an article, and every fifth event a reworded report
// of an earlier one from another article.
func syntheticEvents(n int) []data.Event {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("word%dx", i)
	}
	names := make([]string, 500)
	for i := range names {
		names[i] = fmt.Sprintf("Name%c%c", 'A'+i%26, 'a'+i/26%26)
	}
	base := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]data.Event, n)
	var article *data.Article
	for i := range out {
		if i%5 == 0 {
			article = &data.Article{Source: fmt.Sprintf("s%d", i/5), Published: base.AddDate(0, 0, rng.IntN(1100))}
		}
		day := base.AddDate(0, 0, rng.IntN(1100))
		words := make([]string, 20)
		for k := range words {
			words[k] = vocab[rng.IntN(len(vocab))]
		}
		if i%5 == 4 && i > 10 {
			src := out[rng.IntN(i-5)]
			copy(words, strings.Fields(src.Sentence)[:14])
			day = src.Span.Start
		}
		words[0], words[7] = names[rng.IntN(len(names))], names[rng.IntN(len(names))]
		s := strings.Join(words, " ") + " on Tuesday."
		out[i] = data.Event{Title: strings.Join(words[:6], " "), Value: day.Format("2006-01-02"), Sentence: s,
			Expr: "Tuesday", ExprStart: len(s) - 8, ExprEnd: len(s) - 1, Article: article,
			Span: spanOf(day)}
	}
	return out
}

// BenchmarkMerge100k merges 100,000 events (issue 13: at most 2 s). It
// also reports the process's CPU time per merge, which a machine shared
// with other work does not inflate as it does the wall time.
func BenchmarkMerge100k(b *testing.B) {
	evs := syntheticEvents(100_000)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	n := 0
	for b.Loop() {
		r := merge.Merge(evs, merge.DefaultOptions)
		if len(r.Groups) == len(evs) {
			b.Fatal("nothing merged")
		}
		n++
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(n), "cpu-ns/op")
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// TestMerge_NoSpan checks that events without a calendar span (made by
// hand) never merge, are never offered and never disagree, however alike
// their words.
func TestMerge_NoSpan(t *testing.T) {
	a, b := &data.Article{Source: "a"}, &data.Article{Source: "b"}
	s := "The bridge over the river Sava reopened to traffic after two years of repairs."
	r := merge.Merge([]data.Event{{Sentence: s, Title: s, Article: a}, {Sentence: s, Title: s, Article: b}}, merge.DefaultOptions)
	if len(r.Groups) != 2 || len(r.Suggestions) != 0 || len(r.Disagreements) != 0 {
		t.Errorf("%d groups, %d suggestions, %d disagreements; want 2, 0, 0", len(r.Groups), len(r.Suggestions), len(r.Disagreements))
	}
}
