package timex_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/internal/budget"
	"github.com/dateline/dateline/data/timex"
)

// explainCase expects the explanation of phrase, found in text, to name
// rule and to have fields containing the given strings ("" skips a check).
type explainCase struct {
	text, phrase string
	rule         string
	anchor       string
	verb, tense  string
	note         string
}

// Values checked against the calendar: dct27 is Wednesday 27 November 2024.
var explainCases = []explainCase{
	{"Leaders will gather for Thursday's summit.", "Thursday", "weekday", "publication date 2024-11-27", "will", "future", ""},
	{"Tokayev called for talks in September.", "September", "month-day", "publication date 2024-11-27", "called", "past", ""},
	{"The summit opened on 19 November 2024. A day later it closed.", "A day later", "count",
		`previous mention "19 November 2024" (Tuesday 19 November 2024), for the date counted from`, "", "", ""},
	{"The envoy landed on 19 November 2024. He left the next day.", "the next day", "anaphor",
		`previous mention "19 November 2024"`, "", "", ""},
	{"In September 2023 the war began. On September 20 troops moved.", "September 20", "month-day",
		`previous mention "September 2023" (September 2023), for the year written in a recent sentence`, "", "", ""},
	{"Output rose in the third quarter. Sales beat the same period last year.", "the same period last year",
		"same-period", `reported quarter "the third quarter" (third quarter of 2024)`, "", "", "derived from another period"},
	{"Markets fell on Monday and Tuesday.", "Tuesday", "weekday",
		`previous mention "Monday" (Monday 25 November 2024), for the first such weekday after it`, "", "", ""},
	{"Prices rose in early December.", "early December", "mod", "publication date", "rose", "past",
		"the date the modifier applies to was read by month-day"},
	{"Russia invaded Ukraine in February 2022.", "February 2022", "month-day", "none: the year is written out", "", "", ""},
	{"The dispute dragged on for years.", "years", "bare-plural", "none: a duration needs no date", "", "", ""},
	{"Prices rose in recent years.", "recent years", "ref", "none: a reference to the past", "", "", ""},
	{"The ministers met on Monday 27 November 2024.", "Monday 27 November 2024", "day-month", "none: the year is written out",
		"", "", "confidence lowered: 27 November 2024 is a Wednesday, not a Monday"},
	{`The envoy said on Monday that a deal was near. "We sign it tomorrow," she said.`, "tomorrow", "deictic",
		`speech "Monday" (Monday 25 November 2024), for the day of the speech it is quoted from`, "", "", ""},
}

func TestExplain(t *testing.T) {
	for _, c := range explainCases {
		e, ok := findExplanation(timex.Explain(c.text, dct27), c.phrase)
		if !ok {
			t.Errorf("%q: %q not explained", c.text, c.phrase)
			continue
		}
		if e.Rule != c.rule {
			t.Errorf("%q: %q rule = %q, want %q", c.text, c.phrase, e.Rule, c.rule)
		}
		for _, f := range []struct{ name, got, want string }{
			{"anchor", e.Anchor, c.anchor}, {"verb", e.VerbGroup, c.verb}, {"tense", e.Tense, c.tense},
			{"notes", strings.Join(e.Notes, "; "), c.note},
		} {
			if !strings.Contains(f.got, f.want) {
				t.Errorf("%q: %q %s = %q, want it to contain %q", c.text, c.phrase, f.name, f.got, f.want)
			}
		}
	}
}

func findExplanation(es []timex.Explanation, phrase string) (timex.Explanation, bool) {
	i := slices.IndexFunc(es, func(e timex.Explanation) bool { return e.Text == phrase })
	if i < 0 {
		return timex.Explanation{}, false
	}
	return es[i], true
}

// TestExplain_sameAsTag checks that explaining never changes what is
// found: Explain's expressions are Tag's, with or without a dct.
func TestExplain_sameAsTag(t *testing.T) {
	for _, dct := range []time.Time{dct27, {}} {
		checkSameAsTag(t, benchText, dct)
		for _, c := range tagCases {
			checkSameAsTag(t, c.text, c.dct)
		}
	}
}

func checkSameAsTag(t *testing.T, text string, dct time.Time) {
	t.Helper()
	want := timex.Tag(text, dct)
	var got []timex.Timex
	for _, e := range timex.Explain(text, dct) {
		got = append(got, e.Timex)
		if e.Rule == "" || e.Trigger == "" || e.Anchor == "" {
			t.Errorf("Explain(%q): %q lacks a rule, trigger or anchor: %+v", text, e.Text, e)
		}
	}
	if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
		t.Errorf("Explain(%q) found %v, Tag %v", text, got, want)
	}
}

// TestExplain_triggersDeclared checks that every expression of the tag
// cases and the benchmark text was read by a rule starting at a word the
// registry declares for it, so the declared triggers are the real ones.
func TestExplain_triggersDeclared(t *testing.T) {
	checkTriggers(t, "bench", benchText, dct27)
	for _, c := range tagCases {
		checkTriggers(t, "case", c.text, c.dct)
	}
}

// TestExplain_triggersDeclaredCorpora does the same on the tuning half of
// the corpora, when they are present.
func TestExplain_triggersDeclaredCorpora(t *testing.T) {
	for _, set := range evalSets(t) {
		for _, d := range set.docs {
			if !reportHalf(set.name, d.name) {
				checkTriggers(t, set.name+"/"+d.name, d.text, docDCT(d))
			}
		}
	}
}

func checkTriggers(t *testing.T, name, text string, dct time.Time) {
	t.Helper()
	for _, e := range timex.Explain(text, dct) {
		if !timex.RuleStartsAt(e.Rule, strings.ToLower(e.Trigger)) {
			t.Errorf("%s: %q (%s) was read by rule %s starting at %q, which it does not declare", name, e.Text,
				e.Value, e.Rule, e.Trigger)
		}
	}
}

// FuzzExplain checks that Explain finds what Tag finds on any text.
func FuzzExplain(f *testing.F) {
	for _, c := range explainCases {
		f.Add(c.text, dct27.Unix())
	}
	f.Add(benchText, int64(0))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		dct := time.Unix(unix, 0).UTC()
		if unix == 0 {
			dct = time.Time{}
		}
		checkSameAsTag(t, text, dct)
		budget.Grown(t, "Explain", text, func(s string) { timex.Explain(s, dct) })
	})
}

func ExampleExplain() {
	dct := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC) // a Wednesday
	text := "The summit opened on 19 November 2024. A day later it closed; talks will resume on Friday."
	for _, e := range timex.Explain(text, dct) {
		fmt.Printf("%s = %s, rule %s\n  anchor: %s\n", e.Text, e.Value, e.Rule, e.Anchor)
		if e.Tense != "" {
			fmt.Printf("  tense: %s, verb group %q\n", e.Tense, e.VerbGroup)
		}
	}
	// Output:
	// 19 November 2024 = 2024-11-19, rule day-month
	//   anchor: none: the year is written out
	// A day later = 2024-11-20, rule count
	//   anchor: previous mention "19 November 2024" (Tuesday 19 November 2024), for the date counted from
	// Friday = 2024-11-29, rule weekday
	//   anchor: publication date 2024-11-27
	//   tense: future, verb group "will resume"
}
