package data_test

import (
	"strings"
	"testing"

	"github.com/dateline/dateline/data"
)

func TestTitle(t *testing.T) {
	type testCase struct {
		sentence string
		expr     string // the date expression inside sentence
		want     string
	}
	cases := []testCase{
		{"In September, Tokayev called for a peaceful end to the war.", "September",
			"Tokayev called for a peaceful end to the war"},
		{"Putin will arrive in Astana on Wednesday for a two-day state visit, Ushakov said Tuesday.", "Wednesday",
			"Putin will arrive in Astana for a two-day state visit"},
		{"Last week's missile strikes on Bryansk and Kursk raised the stakes.", "Last week",
			"Missile strikes on Bryansk and Kursk raised the stakes"},
		{"Leaders gather for Thursday's CSTO summit in Astana.", "Thursday",
			"Leaders gather for CSTO summit in Astana"},
		{"ASTANA — Voters backed the nuclear plant on Sunday, according to the election commission.", "Sunday",
			"Voters backed the nuclear plant"},
		{"The Kremlin said on Tuesday that the talks would cover energy and trade.", "Tuesday",
			"The talks would cover energy and trade"},
		{"Armenia froze its participation in the bloc in February, citing the alliance's failure to defend it during the 2023 offensive.", "February",
			"Armenia froze its participation in the bloc"},
	}
	for _, c := range cases {
		i := strings.Index(c.sentence, c.expr)
		if i < 0 {
			t.Fatalf("bad case: %q not in %q", c.expr, c.sentence)
		}
		if got := data.Title(c.sentence, i, i+len(c.expr)); got != c.want {
			t.Errorf("Title(%q, %q)\n got %q\nwant %q", c.sentence, c.expr, got, c.want)
		}
	}
}

func TestTitle_Short(t *testing.T) {
	long := "Officials from both governments signed eleven agreements on energy, grain transit, pipelines, banking and education"
	got := data.Title(long, 0, 0)
	if n := len(strings.Fields(got)); n > 11 {
		t.Errorf("Title kept %d words: %q", n, got)
	}
	if got := data.Title("", 0, 0); got != "" {
		t.Errorf("Title of empty sentence = %q", got)
	}
	if got := data.Title("Short one", 5, 99); got != "Short one" {
		t.Errorf("Title with offsets past the end = %q", got)
	}
}

func TestTitle_Aside(t *testing.T) {
	s := "The alliance, founded in 2002, was created to provide collective defence for former Soviet republics."
	i := strings.Index(s, "2002")
	want := "The alliance was created to provide collective defence for former…"
	if got := data.Title(s, i, i+4); got != want {
		t.Errorf("Title = %q, want %q", got, want)
	}
}

func TestTitle_Punctuation(t *testing.T) {
	type testCase struct{ sentence, expr, want string }
	cases := []testCase{
		// The expression is the subject: keep it.
		{"Tuesday was the 1,000th day of the war.", "Tuesday", "Tuesday was the 1,000th day of the war"},
		// A thousands separator is not a clause break.
		{"Ground-launched missiles with ranges between 500 and 5,500 km were banned under the treaty until 2019.", "2019",
			"Ground-launched missiles with ranges between 500 and 5,500 km were…"},
		// No space is left before a comma where the date was.
		{"Polls close on Sunday evening, and results are due on Monday.", "Sunday evening", "Polls close, and results are due on Monday"},
	}
	for _, c := range cases {
		i := strings.Index(c.sentence, c.expr)
		if got := data.Title(c.sentence, i, i+len(c.expr)); got != c.want {
			t.Errorf("Title(%q, %q)\n got %q\nwant %q", c.sentence, c.expr, got, c.want)
		}
	}
}

func TestTitle_LeadingPhrase(t *testing.T) {
	type testCase struct{ sentence, expr, want string }
	cases := []testCase{
		{"At a news conference after the summit, Putin returned to the missile fired last week.", "last week",
			"Putin returned to the missile fired"},
		{"Also on Tuesday, Putin approved a revised nuclear doctrine.", "Tuesday", "Putin approved a revised nuclear doctrine"},
		{"In September, Tokayev called for talks.", "September", "Tokayev called for talks"},
	}
	for _, c := range cases {
		i := strings.Index(c.sentence, c.expr)
		if got := data.Title(c.sentence, i, i+len(c.expr)); got != c.want {
			t.Errorf("Title(%q, %q)\n got %q\nwant %q", c.sentence, c.expr, got, c.want)
		}
	}
}
