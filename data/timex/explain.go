package timex

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Explanation tells how the tagger read one expression: which rule, what
// the value was resolved against, and which tense decision it took, so
// that a wrong date can be diagnosed from the output alone.
type Explanation struct {
	Timex
	// Trigger is the word or number the winning rule started at, as
	// written; it is where the rule matched, which can differ from the
	// expression's first word ("nearly" in "nearly four years ago").
	Trigger string
	// Anchor is what the value was resolved against: the publication
	// date, a previous mention, or "none" and why.
	Anchor string
	// VerbGroup is the word group the tense decision rests on, or "".
	VerbGroup string
	// Tense is the tense decision, "past", "future" or "none", or "" when
	// the rule took none.
	Tense string
	// TenseReason says how the tense was decided.
	TenseReason string
	// Notes are further remarks: the rule inside a modifier, other
	// readings that lost, values left partly unknown.
	Notes []string
}

// Explain tags text as Tag does and explains every expression found. It
// allocates notes for every rule it tries; Tag pays only a nil check per
// rule for the possibility.
func Explain(text string, dct time.Time) []Explanation {
	tg := newTagger(text, dct)
	tg.ex = &explainer{}
	tg.run()
	return tg.ex.out
}

// explainer collects the notes rules make while Explain runs. Tag's is nil:
// adopt is a no-op then, and the other methods are called only when
// explaining.
type explainer struct {
	// cur is the rule attempt running now; rules' notes go to it.
	cur *attempt
	// top lists the attempts matchAt made at the current token, and
	// winner is the one that won.
	top    []*attempt
	winner *attempt
	out    []Explanation
}

// attempt is what one rule noted while it tried to read an expression.
// matchAt tries several rules at a token, so each keeps its own notes.
type attempt struct {
	rule    string
	outer   *attempt // the attempt that ran this one (ruleMod's targets)
	matched bool
	end     int      // token after the reading, when matched
	value   string   // its value, when matched
	inner   string   // the rule that read the date a modifier applies to
	anchors []string // descriptions of the anchors used
	tenses  []tenseNote
	notes   []string
}

// tenseNote is one tense decision noted by noteTense.
type tenseNote struct {
	group  string
	t      tense
	reason string
}

// debugTense, when set by a test, receives every tense decision.
var debugTense func(group string, t tense, reason string)

// noteTense records a tense decision of the running rule: the verb group
// it rests on, the tense and how it was decided. It does nothing unless
// the tagger is explaining (or a test set debugTense).
func (tg *tagger) noteTense(group string, t tense, reason string) {
	if debugTense != nil {
		debugTense(group, t, reason)
	}
	if tg.ex == nil || tg.ex.cur == nil {
		return
	}
	tg.ex.cur.tenses = append(tg.ex.cur.tenses, tenseNote{group, t, reason})
}

// noteAnchor records that the running rule resolved its value against
// tg.anchor, the date mentioned last, rather than the publication date;
// what says what it took from it. It does nothing unless explaining.
func (tg *tagger) noteAnchor(what string) {
	if tg.ex == nil || tg.ex.cur == nil {
		return
	}
	tg.ex.cur.addAnchor("previous mention", tg.anchorText, tg.anchor, what)
}

// noteQuarter records that the running rule resolved its value against
// tg.quarter, the quarter the article reports on. It does nothing unless
// explaining.
func (tg *tagger) noteQuarter(what string) {
	if tg.ex != nil && tg.ex.cur != nil {
		q := Span{Start: tg.quarter, End: tg.quarter.AddDate(0, 3, 0), Precision: PrecisionQuarter}
		tg.ex.cur.addAnchor("reported quarter", tg.quarterText, q, what)
	}
}

// noteNamedMonth records that the running rule resolved its value against
// tg.namedMonth, the last month named in the sentence (ruleMonthFor). It
// does nothing unless explaining.
func (tg *tagger) noteNamedMonth(what string) {
	if tg.ex != nil && tg.ex.cur != nil {
		m := Span{Start: tg.namedMonth, End: tg.namedMonth.AddDate(0, 1, 0), Precision: PrecisionMonth}
		tg.ex.cur.addAnchor("month named", tg.namedMonth.Month().String(), m, what)
	}
}

// addAnchor adds the description of an anchor, once.
func (a *attempt) addAnchor(kind, text string, s Span, what string) {
	d := kind + " " + strconv.Quote(text) + " (" + s.Words() + "), for " + what
	if !slices.Contains(a.anchors, d) {
		a.anchors = append(a.anchors, d)
	}
}

// begin starts an attempt by rule name; notes go to it until end.
func (ex *explainer) begin(name string) {
	ex.cur = &attempt{rule: name, outer: ex.cur}
}

// end closes the running attempt with the rule's result and returns it.
func (ex *explainer) end(m match, ok bool) *attempt {
	a := ex.cur
	ex.cur = a.outer
	a.matched, a.end, a.value = ok && m.value != "", m.end, m.value
	if a.outer == nil {
		ex.top = append(ex.top, a)
	}
	return a
}

// won records the winning attempt at token i, noting the other readings
// it beat, and starts the next token afresh.
func (ex *explainer) won(w *attempt, i int) {
	if w != nil {
		for _, a := range ex.top {
			if a == w || !a.matched {
				continue
			}
			note := "also read by " + a.rule + " as " + a.value + " over " + plural(a.end-i, "token")
			if a.end == w.end {
				note += ": as long, and " + w.rule + " comes first in the registry"
			}
			w.notes = append(w.notes, note)
		}
	}
	ex.winner, ex.top = w, ex.top[:0]
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// adopt makes the notes of inner, the attempt whose date a modifier
// applies to, part of the running attempt.
func (ex *explainer) adopt(inner *attempt) {
	if ex == nil || inner == nil || ex.cur == nil {
		return
	}
	c := ex.cur
	c.inner = inner.rule
	c.anchors = append(c.anchors, inner.anchors...)
	c.tenses = append(c.tenses, inner.tenses...)
	c.notes = append(c.notes, inner.notes...)
}

// explain adds the explanation of x, which the rule starting at token i
// read as m. It runs before remember, so tg.anchor is still the mention
// the rule could have used.
func (ex *explainer) explain(tg *tagger, x Timex, i int, m match) {
	e := Explanation{Timex: x, Trigger: tg.toks[i].in(tg.text)}
	w := ex.winner
	if w == nil {
		w = &attempt{}
	}
	e.Anchor = tg.anchorOf(x, w)
	if n := len(w.tenses); n > 0 {
		last := w.tenses[n-1]
		e.VerbGroup, e.Tense, e.TenseReason = last.group, tenseName(last.t), last.reason
		for _, o := range w.tenses[:n-1] {
			if o != last { // a rule may read the same group twice
				e.Notes = append(e.Notes, "also checked tense: "+tenseName(o.t)+" of "+strconv.Quote(o.group)+" ("+o.reason+")")
			}
		}
	}
	if w.inner != "" {
		e.Notes = append(e.Notes, "the date the modifier applies to was read by "+w.inner)
	}
	if m.derived {
		e.Notes = append(e.Notes, "derived from another period: it does not become the quarter reported on")
	}
	if strings.Contains(x.Value, "X") {
		why := "the text leaves them open"
		if !tg.hasDCT {
			why = "no publication date"
		}
		e.Notes = append(e.Notes, "value has unknown digits (X): "+why)
	}
	if x.Doubt != "" {
		e.Notes = append(e.Notes, "confidence lowered: "+x.Doubt)
	}
	e.Notes = append(e.Notes, w.notes...)
	ex.out = append(ex.out, e)
}

// anchorOf says what x was resolved against.
func (tg *tagger) anchorOf(x Timex, w *attempt) string {
	switch {
	case len(w.anchors) > 0:
		return strings.Join(w.anchors, "; ")
	case x.Type == Duration || x.Type == Set:
		return "none: a " + strings.ToLower(string(x.Type)) + " needs no date"
	case strings.HasSuffix(x.Value, "_REF"):
		return "none: a reference to the " + strings.ToLower(strings.TrimSuffix(x.Value, "_REF"))
	case writesYear(x.Text):
		return "none: the year is written out"
	case !tg.hasDCT:
		return "none: no publication date"
	}
	return "publication date " + tg.dct.Format("2006-01-02")
}

// tenseName is how explanations write a tense.
func tenseName(t tense) string {
	switch t {
	case tensePast:
		return "past"
	case tenseFuture:
		return "future"
	case tenseNearest:
		return "nearest"
	}
	return "none"
}
