package extract_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline/dateline/data/extract"
)

// goldName is one annotated name: its kind and byte span in the plain
// sentence.
type goldName struct {
	kind       string
	start, end int
}

// goldSentence is one sentence of the entity gold set with its names.
type goldSentence struct {
	text   string
	names  []goldName
	report bool // in the report half
}

// readEntityGold reads testdata/entities.txt into documents of annotated
// sentences (see the file's header for the format).
func readEntityGold(t *testing.T) [][]goldSentence {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "entities.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs [][]goldSentence
	var doc []goldSentence
	report := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
			continue
		case line == "== report":
			report = true
		case strings.TrimSpace(line) == "":
			if len(doc) > 0 {
				docs = append(docs, doc)
			}
			doc = nil
		default:
			s, err := parseAnnotated(line)
			if err != nil {
				t.Fatal(err)
			}
			s.report = report
			doc = append(doc, s)
		}
	}
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs
}

// parseAnnotated turns "[PER Ana Ruiz] said" into the plain sentence and
// its names.
func parseAnnotated(line string) (goldSentence, error) {
	var s goldSentence
	var b strings.Builder
	for i := 0; i < len(line); {
		if line[i] != '[' {
			b.WriteByte(line[i])
			i++
			continue
		}
		end := strings.IndexByte(line[i:], ']')
		kind, name, ok := strings.Cut(line[i+1:i+max(end, 0)], " ")
		if end < 0 || !ok || (kind != "PER" && kind != "ORG" && kind != "LOC") {
			return s, fmt.Errorf("bad annotation at %d in %q", i, line)
		}
		s.names = append(s.names, goldName{kind, b.Len(), b.Len() + len(name)})
		b.WriteString(name)
		i += end + 1
	}
	s.text = b.String()
	return s, nil
}

// score counts found, gold and correct names of one kind.
type score struct{ found, gold, exact, overlap int }

func (s score) prf(correct int) (p, r, f float64) {
	if s.found > 0 {
		p = float64(correct) / float64(s.found)
	}
	if s.gold > 0 {
		r = float64(correct) / float64(s.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TestEntities_Gold measures the recogniser on our own annotated
// sentences, per kind, on each half: exact spans, and lenient (an
// overlapping span of the same kind). It fails when persons or
// organisations fall below the exact F1 floors measured when the rules
// were written.
func TestEntities_Gold(t *testing.T) {
	scores := map[bool]map[string]*score{false: {}, true: {}}
	for _, doc := range readEntityGold(t) {
		texts := make([]string, len(doc))
		for i, s := range doc {
			texts[i] = s.text
		}
		found := extract.DocumentEntities(texts)
		for i, s := range doc {
			compareNames(t, s, found[i], scores[s.report])
		}
	}
	floors := map[bool]float64{false: 0.95, true: 0.9}
	for _, report := range []bool{false, true} {
		half := map[bool]string{false: "tuning", true: "report"}[report]
		for _, kind := range []string{"PER", "ORG", "LOC"} {
			sc := scores[report][kind]
			if sc == nil {
				continue
			}
			p, r, f := sc.prf(sc.exact)
			lp, lr, lf := sc.prf(sc.overlap)
			t.Logf("%s %s: exact P %.3f R %.3f F1 %.3f; lenient P %.3f R %.3f F1 %.3f (%d gold)",
				half, kind, p, r, f, lp, lr, lf, sc.gold)
			if kind != "LOC" && f < floors[report] {
				t.Errorf("%s %s F1 %.2f below %.2f", half, kind, f, floors[report])
			}
		}
	}
}

// compareNames scores the names found in one sentence against its gold
// names; with DATELINE_NER_ERRORS=1 it logs the tuning half's misses.
func compareNames(t *testing.T, s goldSentence, found []extract.Entity, scores map[string]*score) {
	get := func(k string) *score {
		if scores[k] == nil {
			scores[k] = &score{}
		}
		return scores[k]
	}
	for _, g := range s.names {
		get(g.kind).gold++
	}
	for _, e := range found {
		kind := e.Kind.String()
		if kind == "MISC" {
			continue
		}
		sc := get(kind)
		sc.found++
		exact, overlap := false, false
		for _, g := range s.names {
			if g.kind != kind {
				continue
			}
			exact = exact || g.start == e.Start && g.end == e.End
			overlap = overlap || g.start < e.End && e.Start < g.end
		}
		if exact {
			sc.exact++
		}
		if overlap {
			sc.overlap++
		}
		if !exact && !s.report && os.Getenv("DATELINE_NER_ERRORS") != "" {
			t.Logf("wrong %s %q in %q", kind, e.Text, s.text)
		}
	}
	if s.report || os.Getenv("DATELINE_NER_ERRORS") == "" {
		return
	}
	for _, g := range s.names {
		hit := false
		for _, e := range found {
			hit = hit || e.Kind.String() == g.kind && e.Start == g.start && e.End == g.end
		}
		if !hit {
			t.Logf("missed %s %q in %q", g.kind, s.text[g.start:g.end], s.text)
		}
	}
}

// ruleCase is one sentence and the names a rule of the recogniser should
// give it, written as kind:text.
type ruleCase struct {
	rule, sentence string
	want           []string
}

// ruleCases hold an example of each rule added for issue 13's second
// round, with names no lexicon holds, so that the rule and not a word list
// decides; the negative cases are the mistakes each rule must not make.
var ruleCases = []ruleCase{
	{"acronym leads", "Shares in KT Borvell rose.", []string{"ORG:KT Borvell"}},
	{"acronym leads, not initials", "KP Sharma Oli spoke.", []string{"PER:KP Sharma Oli"}},
	{"acronym leads, not an event", "The G9 Summit ended.", []string{"MISC:G9 Summit"}},
	{"body start", "World Quidball said it would appeal.", []string{"ORG:World Quidball"}},
	{"body start, not an event", "He watched the World Cup in Doha.", []string{"MISC:World Cup", "LOC:Doha"}},
	{"place leads", "Kenya Ubora Trust said the loans were safe.", []string{"ORG:Kenya Ubora Trust"}},
	{"place leads, not with a title", "Moscow Mayor Sergei Sobyanin said the roads were open.", []string{"LOC:Moscow", "PER:Sergei Sobyanin"}},
	{"its after a subject", "Zorvana began selling its first phone.", []string{"ORG:Zorvana"}},
	{"its, not after a preposition", "They added the town of Kolvay to its list.", []string{"LOC:Kolvay"}},
	{"its, not a plural opener", "Officials said its plan was late.", nil},
	{"employer verb", "Ana Ruiz, who runs Quellmar, resigned.", []string{"PER:Ana Ruiz", "ORG:Quellmar"}},
	{"coordinated back", "Dravosk and Orange Telecom will share masts.", []string{"ORG:Dravosk", "ORG:Orange Telecom"}},
	{"list with commas", "Peter Hall, Vance Ortley and Mira Quell spoke.", []string{"PER:Peter Hall", "PER:Vance Ortley", "PER:Mira Quell"}},
	{"inner capital", "MarroTech said sales had doubled.", []string{"ORG:MarroTech"}},
	{"inner capital, not a surname", "DeWitt said he would stay.", []string{"PER:DeWitt"}},
	{"company ending", "Zolbank said profits had doubled.", []string{"ORG:Zolbank"}},
	{"owned noun", "Quorvex shares fell.", []string{"ORG:Quorvex"}},
	{"person suffix", "Marco Aurelio Neto was named coach.", []string{"PER:Marco Aurelio Neto"}},
	{"Jr. in the name", "Ferdinand Marcos Jr. spoke.", []string{"PER:Ferdinand Marcos Jr."}},
	{"article of a place", "The court sits in The Hague.", []string{"LOC:The Hague"}},
	{"compass start", "They drove to West Ombria.", []string{"LOC:West Ombria"}},
	{"industry ending", "Konkela Minerals said output fell.", []string{"ORG:Konkela Minerals"}},
	{"natural feature after", "Rain fell on the Orvala desert.", []string{"LOC:Orvala"}},
}

// TestEntities_Rules runs each rule's example.
func TestEntities_Rules(t *testing.T) {
	for _, c := range ruleCases {
		var got []string
		for _, e := range extract.Entities(c.sentence) {
			got = append(got, e.Kind.String()+":"+e.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: %q gives %v, want %v", c.rule, c.sentence, got, c.want)
		}
	}
}
