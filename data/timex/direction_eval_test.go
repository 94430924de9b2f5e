package timex_test

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/dateline/dateline/data/timex"
)

// The direction benchmark measures issue 8: does an expression that does
// not say which way it points ("on Thursday", "in March", "this summer",
// "the weekend") resolve to the past or the future of the publication
// date as the gold annotation does? Items are the gold DATE and TIME
// expressions whose text names a weekday, a month, a season or the weekend
// and writes no year, and whose gold value is a calendar span (ParseValue
// accepts it, no X). The gold direction is where that span lies against
// the DCT day: before it, after it, or overlapping it ("same"). The
// system's direction comes from its expression overlapping the gold one;
// a missed expression or a value that names no span counts as wrong.
//
//	go test ./data/timex/ -run TestDirection -v
//	DATELINE_DIRECTION_ERRORS=1 go test ./data/timex/ -run TestDirection -v   # wrong items, tuning half
//
// As in TestTempEval, only the tuning half's errors are ever shown.

// relation is where a span lies against the DCT day.
type relation int

// The three directions of the benchmark.
const (
	past relation = iota
	same
	future
)

func (r relation) String() string { return [...]string{"past", "same", "future"}[r] }

// relate places a span against the day of dct: a span that overlaps that
// day at all (the day itself, its week, "this morning") is the same. A
// span of a day or less is read as the day it starts on, since the
// direction asks which day an expression names: "Sunday night" (20:00 to
// 06:00) names Sunday, before a Monday DCT, whether it is written
// 2000-04-16 or 2000-04-16TNI.
func relate(s timex.Span, dct time.Time) relation {
	day := dct.Truncate(24 * time.Hour)
	if s.End.Sub(s.Start) <= 24*time.Hour {
		start := s.Start.Truncate(24 * time.Hour)
		s = timex.Span{Start: start, End: start.Add(24 * time.Hour)}
	}
	switch {
	case !s.End.After(day):
		return past
	case !s.Start.Before(day.Add(24 * time.Hour)):
		return future
	}
	return same
}

// directionWords name a day, month or season without fixing its year,
// by kind. May, Sun and Sat are ambiguous in running text, but inside a
// gold DATE they are dates.
var directionWords = map[string]string{}

func init() {
	for kind, words := range map[string]string{
		"weekday": "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
		"month": `january february march april may june july august september october november december
			jan feb mar apr jun jul aug sep sept oct nov dec`,
		"season":  "spring summer autumn fall winter",
		"weekend": "weekend",
	} {
		for _, w := range strings.Fields(words) {
			directionWords[w] = kind
		}
	}
}

// underspecified returns the kind of the first word of an expression
// that names a weekday, month, season or the weekend, or "" when there is
// none or the expression writes its year (four digits, or '98).
func underspecified(text string) string {
	if writesYear(text) {
		return ""
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if kind := directionWords[w]; kind != "" {
			return kind
		}
	}
	return ""
}

// writesYear reports whether text holds a run of four digits or an
// apostrophe followed by exactly two.
func writesYear(text string) bool {
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		switch {
		case j-i == 4:
			return true
		case j-i == 2 && i > 0 && (text[i-1] == '\'' || strings.HasSuffix(text[:i], "’")):
			return true
		case j == i:
			j++
		}
		i = j
	}
	return false
}

// dirItem is one benchmark item as a system resolved it.
type dirItem struct {
	kind         string // weekday, month, season or weekend
	report       bool   // in the report half
	dirOK, valOK bool
	// wrong describes a wrong direction, for DATELINE_DIRECTION_ERRORS;
	// only ever set in the tuning half.
	wrong string
}

// dirScore counts items.
type dirScore struct{ n, dirOK, valOK int }

func (s *dirScore) add(it dirItem) {
	s.n++
	if it.dirOK {
		s.dirOK++
	}
	if it.valOK {
		s.valOK++
	}
}

// dirResult is a set's benchmark: its items, and their counts in the
// report and tuning halves.
type dirResult struct {
	items          []dirItem
	report, tuning dirScore
}

// directionOf scores a system's output (got[i] for docs[i]) on the
// direction items of a set.
func directionOf(set string, docs []evalDoc, got [][]timex.Timex) *dirResult {
	r := &dirResult{}
	for i, d := range docs {
		dct := docDCT(d)
		if dct.IsZero() {
			continue
		}
		dump := dumpErrors("DATELINE_DIRECTION_ERRORS", set, d.name)
		for _, g := range d.gold {
			kind, span, ok := directionItem(d, g)
			if !ok {
				continue
			}
			want := relate(span, dct)
			sys, dir := systemDirection(got[i], g, dct)
			it := dirItem{kind: kind, report: reportHalf(set, d.name), dirOK: dir == want.String(), valOK: sys.Value == g.value}
			if dump && !it.dirOK {
				it.wrong = fmt.Sprintf("%s %q dct %s gold %s (%s) sys %q %s (%s) | %s", d.name,
					d.text[g.start:g.end], dct.Format("2006-01-02"), g.value, want, sys.Text, sys.Value, dir,
					context(d.text, g.start, g.end))
			}
			r.items = append(r.items, it)
			if it.report {
				r.report.add(it)
			} else {
				r.tuning.add(it)
			}
		}
	}
	return r
}

// directionItem reports whether a gold expression enters the benchmark,
// with its kind and the span of its value. Gold and system values are
// both read by ParseValue, so "2014-WI" is the winter from December 2014
// for either system. The tweets annotators write the year of the DCT's
// calendar year whichever winter is meant (2014-WI both in January 2014
// and in December 2014), so no one reading of a winter value agrees with
// all of their items; two tuning items ("winter" in January 2014) count as
// wrong for a system that names the winter under way, as Dateline does.
// The TIMEX3 value grammar defines the season codes but, as far as we
// found, not which year a winter takes, so the reading stays the one the
// tagger writes.
func directionItem(d evalDoc, g goldTimex) (string, timex.Span, bool) {
	kind := underspecified(d.text[g.start:g.end])
	if g.creationDCT || g.typ != string(timex.Date) && g.typ != string(timex.Time) || kind == "" {
		return "", timex.Span{}, false
	}
	s, err := timex.ParseValue(g.value)
	return kind, s, err == nil
}

// systemDirection returns the system expression overlapping a gold one
// and its direction, or "missed" / "no span" when there is none to read.
func systemDirection(got []timex.Timex, g goldTimex, dct time.Time) (timex.Timex, string) {
	for _, x := range got {
		if x.Start < g.end && g.start < x.End {
			s, err := timex.ParseValue(x.Value)
			if err != nil {
				return x, "no span"
			}
			return x, relate(s, dct).String()
		}
	}
	return timex.Timex{}, "missed"
}

// directionFloors are the report-half direction accuracies (percent)
// Dateline must keep, each one item below what the verb-group reading
// reached on 2026-12-01 (branch dir: platinum 29/29, train 127/140,
// aquaint 134/140 once relate read a night as its day, meantime 43/47,
// tweets 26/30).
var directionFloors = map[string]float64{
	"platinum": 96.5, "train": 90, "aquaint": 94.9, "meantime": 89.4, "tweets": 83,
}

// checkDirectionFloor fails the test when a set's report-half direction
// accuracy drops below its floor.
func checkDirectionFloor(t *testing.T, set string, r *dirResult) {
	floor, ok := directionFloors[set]
	if !ok || r == nil {
		return
	}
	if acc := 100 * ratio(r.report.dirOK, r.report.n); acc < floor {
		t.Errorf("%s: direction accuracy %.1f%% over %d report-half items below floor %.1f%%", set, acc, r.report.n, floor)
	}
}

// TestDirection runs the direction benchmark for Dateline alone: per set
// the number of items, direction accuracy and value accuracy over them,
// on the report half and, labelled tuning, on the other; then the same
// by kind of expression over all sets.
func TestDirection(t *testing.T) {
	kinds := map[string]*[2]dirScore{}
	for _, set := range evalSets(t) {
		if !set.direction {
			continue
		}
		r := directionOf(set.name, set.docs, tagDocs(set.docs))
		logDirection(t, set.name, r.report, r.tuning)
		for _, it := range r.items {
			if it.wrong != "" {
				t.Logf("  %s: %s", set.name, it.wrong)
			}
			if kinds[it.kind] == nil {
				kinds[it.kind] = new([2]dirScore)
			}
			if it.report {
				kinds[it.kind][0].add(it)
			} else {
				kinds[it.kind][1].add(it)
			}
		}
		checkDirectionFloor(t, set.name, r)
	}
	for _, kind := range []string{"weekday", "month", "season", "weekend"} {
		if k := kinds[kind]; k != nil {
			logDirection(t, "all "+kind, k[0], k[1])
		}
	}
}

// logDirection logs the report and tuning figures of one line of
// TestDirection.
func logDirection(t *testing.T, label string, report, tuning dirScore) {
	for _, h := range []struct {
		half string
		s    dirScore
	}{{"report", report}, {"tuning", tuning}} {
		if h.s.n > 0 {
			t.Logf("%-12s %-6s n %4d  direction %5s%%  value %5s%%", label, h.half, h.s.n,
				pct(h.s.dirOK, h.s.n), pct(h.s.valOK, h.s.n))
		}
	}
}

// TestUnderspecified checks which expressions enter the benchmark.
func TestUnderspecified(t *testing.T) {
	type kindCase struct{ text, kind string }
	for _, c := range []kindCase{
		{"Thursday", "weekday"},
		{"on Thursday morning", "weekday"},
		{"Sat", "weekday"},
		{"March", "month"},
		{"mid-March", "month"},
		{"Aug. 6", "month"},
		{"21 Jan", "month"},
		{"this fall", "season"},
		{"the weekend", "weekend"},
		{"March 2019", ""},
		{"Monday, March 3, 2008", ""},
		{"summer of '98", ""},
		{"summer of ’98", ""},
		{"last week", ""},
		{"1998", ""},
		{"Wednesdays", ""}, // a set, not a day
	} {
		if got := underspecified(c.text); got != c.kind {
			t.Errorf("underspecified(%q) = %q, want %q", c.text, got, c.kind)
		}
	}
}

// TestRelate checks spans against the DCT day 2024-11-27 (a Wednesday).
func TestRelate(t *testing.T) {
	type relateCase struct {
		value string
		want  relation
	}
	dct := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)
	for _, c := range []relateCase{
		{"2024-11-26", past},
		{"2024-11-26TNI", past}, // the night runs into the DCT day, but names Tuesday
		{"2024-11-27TNI", same},
		{"2024-11-27T23:30", same},
		{"2024-11-27", same},
		{"2024-11-27TMO", same},
		{"2024-11", same},
		{"2024-W48", same},
		{"2024-W48-WE", future},
		{"2024-11-28", future},
		{"2024-09", past},
		{"2025-03", future},
	} {
		s, err := timex.ParseValue(c.value)
		if err != nil {
			t.Fatal(err)
		}
		if got := relate(s, dct); got != c.want {
			t.Errorf("relate(%s) = %s, want %s", c.value, got, c.want)
		}
	}
}

// The learned alternative (issue 8, brief dir): a small direction
// classifier whose features are the verb group and the cue words around
// an expression, trained on the tuning halves (tweets-train included)
// and compared with the rules on the report halves, alone and as a
// tiebreak where the rules take no tense. Its weights live only in memory
// for this comparison: the rules won (see TestDirectionClassifier), so no
// weights are committed and Tag never pays for features.

// dirExample is one benchmark item as the classifier sees it.
type dirExample struct {
	features  []string
	gold      relation
	rules     relation // what the rules' value says; meaningful when found
	found     bool     // the tagger found an expression with a span
	undecided bool     // the rules took no tense
	report    bool
}

// directionExamples turns every benchmark item of the direction sets into
// an example, with the features read from Explain.
func directionExamples(t *testing.T) []dirExample {
	var out []dirExample
	for _, set := range evalSets(t) {
		if !set.direction {
			continue
		}
		for _, d := range set.docs {
			dct := docDCT(d)
			if dct.IsZero() {
				continue
			}
			ex := timex.Explain(d.text, dct)
			for _, g := range d.gold {
				kind, span, ok := directionItem(d, g)
				if !ok {
					continue
				}
				e := dirExample{gold: relate(span, dct), report: reportHalf(set.name, d.name)}
				e.features = []string{"bias", "kind=" + kind}
				if kind == "weekday" || kind == "weekend" {
					e.features = append(e.features, "dct="+dct.Weekday().String())
				}
				if x, ok := overlapping(ex, g); ok {
					e.features = append(e.features, explainFeatures(d.text, kind, x)...)
					if s, err := timex.ParseValue(x.Value); err == nil {
						e.rules, e.found = relate(s, dct), true
						e.features = append(e.features, "rules="+e.rules.String(), "kind-rules="+kind+"|"+e.rules.String())
					}
					e.undecided = x.Tense == "none"
				}
				out = append(out, e)
			}
		}
	}
	return out
}

// overlapping returns the explanation whose expression overlaps gold g.
func overlapping(ex []timex.Explanation, g goldTimex) (timex.Explanation, bool) {
	for _, x := range ex {
		if x.Start < g.end && g.start < x.End {
			return x, true
		}
	}
	return timex.Explanation{}, false
}

// explainFeatures are the verb-group and cue-word features of one
// expression: the rule, the tense and its reason, the group's first and
// last words, the word before the expression and the relative words in it.
func explainFeatures(text, kind string, x timex.Explanation) []string {
	f := []string{"rule=" + x.Rule, "tense=" + x.Tense, "reason=" + x.TenseReason, "kind-tense=" + kind + "|" + x.Tense}
	if w := strings.Fields(strings.ToLower(x.VerbGroup)); len(w) > 0 {
		f = append(f, "group-first="+w[0], "group-last="+w[len(w)-1])
	}
	if w := strings.Fields(strings.ToLower(text[max(0, x.Start-24):x.Start])); len(w) > 0 {
		f = append(f, "before="+w[len(w)-1])
	}
	for _, w := range strings.Fields(strings.ToLower(x.Text)) {
		if cue := directionCues[w]; cue {
			f = append(f, "cue="+w)
		}
	}
	return f
}

// directionCues are the words inside an expression that say its direction.
var directionCues = map[string]bool{"this": true, "next": true, "last": true, "past": true, "coming": true}

// dirWeights are a multinomial logistic model: per feature, a weight for
// each relation.
type dirWeights map[string][3]float64

// probabilities returns the model's distribution over the relations.
func (w dirWeights) probabilities(features []string) [3]float64 {
	var z [3]float64
	for _, f := range features {
		for c, v := range w[f] {
			z[c] += v
		}
	}
	top := math.Max(z[0], math.Max(z[1], z[2]))
	var p [3]float64
	sum := 0.0
	for c := range p {
		p[c] = math.Exp(z[c] - top)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
	return p
}

// predict returns the most probable relation.
func (w dirWeights) predict(features []string) relation {
	p := w.probabilities(features)
	best := 0
	for c := 1; c < 3; c++ {
		if p[c] > p[best] {
			best = c
		}
	}
	return relation(best)
}

// trainDirection fits the model by stochastic gradient descent with a
// little L2 decay, in a fixed order so the figures repeat.
func trainDirection(examples []dirExample) dirWeights {
	const epochs, rate, decay = 60, 0.1, 0.01
	w := dirWeights{}
	for range epochs {
		for _, e := range examples {
			p := w.probabilities(e.features)
			for _, f := range e.features {
				v := w[f]
				for c := range v {
					y := 0.0
					if relation(c) == e.gold {
						y = 1
					}
					v[c] += rate * (y - p[c] - decay*v[c])
				}
				w[f] = v
			}
		}
	}
	return w
}

// TestDirectionClassifier compares, on the report halves, the rules, the
// classifier, and the rules with the classifier as a tiebreak where they
// take no tense. An expression the tagger misses is wrong for all three,
// as a classifier cannot date what was not found. It fails when a learned
// variant beats the rules, which would reverse the decision to keep them.
//
//	go test ./data/timex/ -run TestDirectionClassifier -v
func TestDirectionClassifier(t *testing.T) {
	examples := directionExamples(t)
	var tuning []dirExample
	for _, e := range examples {
		if !e.report {
			tuning = append(tuning, e)
		}
	}
	w := trainDirection(tuning)
	var n, rules, learned, tiebreak [2]int // [0] tuning, [1] report
	for _, e := range examples {
		h := 0
		if e.report {
			h = 1
		}
		n[h]++
		if !e.found {
			continue
		}
		guess := w.predict(e.features)
		rules[h] += btoi(e.rules == e.gold)
		learned[h] += btoi(guess == e.gold)
		if e.undecided {
			tiebreak[h] += btoi(guess == e.gold)
		} else {
			tiebreak[h] += btoi(e.rules == e.gold)
		}
	}
	for h, half := range []string{"tuning", "report"} {
		t.Logf("%-6s n %3d  rules %5s%%  classifier %5s%%  rules+tiebreak %5s%%", half, n[h],
			pct(rules[h], n[h]), pct(learned[h], n[h]), pct(tiebreak[h], n[h]))
	}
	if learned[1] > rules[1] || tiebreak[1] > rules[1] {
		t.Errorf("a learned variant beats the rules on the report half (rules %d, classifier %d, tiebreak %d of %d): revisit the choice",
			rules[1], learned[1], tiebreak[1], n[1])
	}
}

// btoi is 1 for true.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
