package timex

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Tag finds temporal expressions in text and resolves them against dct, the
// publication date (UTC midnight). The result is sorted by Start and
// non-overlapping; offsets are byte offsets into text on rune boundaries.
//
// Relative expressions ("last week", "on Wednesday") resolve against dct
// and the tense of their clause; anaphoric ones ("a day later", "that
// year") against the date mentioned last. With a zero dct, expressions that
// need it are left out or get X-values such as XXXX-09.
func Tag(text string, dct time.Time) []Timex {
	tg := newTagger(text, dct)
	return tg.run()
}

// tagger holds the state of one Tag call.
type tagger struct {
	text   string
	lower  string // text with ASCII letters lower-cased
	toks   []token
	dct    time.Time
	hasDCT bool
	// anchor is the last date mentioned, for "a day later" and the like.
	anchor    Span
	hasAnchor bool
	// recentYear is the year written out in the current or previous
	// sentence, which a following "on September 20" shares; 0 if none.
	recentYear int
	// recentMonth is the month of that mention, or 0 for a full date
	// (which lends its year to any month).
	recentMonth int
	// quarter is the fiscal quarter the article reports on, once one has
	// been named; financial idioms ("the quarter", "a year ago") use it.
	quarter    time.Time
	hasQuarter bool
	yearAge    int // sentences since recentYear was written
	// from and to bound the current sentence in tokens; rules never look
	// past them.
	from, to int
	// lastEnd is the token index after the last expression tagged, and
	// lastWeekday whether that expression began with a weekday name.
	lastEnd     int
	lastWeekday bool
}

// match is one rule's reading of the tokens [start, end).
type match struct {
	end   int
	typ   Type
	value string
	mod   string
	// first moves the start of the expression from the token the rule
	// began at: right past context it read but does not include ("the"
	// of "the third-quarter results"), or left over a quantifier it
	// includes ("nearly" in "nearly forty years").
	first int
	// derived marks values computed from another quarter ("a year
	// earlier"), which must not become the quarter being reported.
	derived bool
}

func newTagger(text string, dct time.Time) *tagger {
	if len(text) > maxText {
		text = text[:maxText]
	}
	tg := &tagger{text: text, lower: foldASCII(text), dct: dct, hasDCT: !dct.IsZero()}
	tg.toks = tokenize(text, make([]token, 0, len(text)/5+1))
	if tg.hasDCT {
		tg.dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
		tg.hasDCT = validYear(dct.Year())
	}
	return tg
}

func (tg *tagger) run() []Timex {
	// News prose holds about one expression per 150 bytes.
	out := make([]Timex, 0, min(len(tg.text)/150+1, 4096))
	for _, s := range sentenceBounds(tg.text, tg.lower, tg.toks, nil) {
		tg.from, tg.to = s[0], s[1]
		if tg.yearAge++; tg.yearAge > 1 {
			tg.recentYear = 0
		}
		for i := s[0]; i < s[1]; i++ {
			m, ok := tg.matchAt(i)
			if !ok {
				continue
			}
			start := i + m.first
			if start < tg.lastEnd || start < tg.from || start >= m.end {
				start = i // never reach back into the expression before
			}
			x := Timex{Start: int(tg.toks[start].start), End: int(tg.toks[m.end-1].end), Type: m.typ, Value: m.value, Mod: m.mod}
			x.Text = tg.text[x.Start:x.End]
			out = append(out, x)
			tg.remember(x, m.derived)
			tg.lastEnd = m.end
			_, tg.lastWeekday = weekdayWords[tg.word(start)]
			i = m.end - 1
		}
	}
	return out
}

// remember makes a calendar date the anchor of later anaphoric
// expressions.
func (tg *tagger) remember(x Timex, derived bool) {
	if x.Type != Date && x.Type != Time {
		return
	}
	s, err := ParseValue(x.Value)
	if err != nil {
		return
	}
	tg.anchor, tg.hasAnchor = s, true
	if s.Precision == PrecisionQuarter && !derived {
		tg.quarter, tg.hasQuarter = s.Start, true
	}
	if s.Precision >= PrecisionMonth && writesYear(x.Text) {
		tg.recentYear, tg.yearAge = s.Start.Year(), 0
		tg.recentMonth = int(s.Start.Month())
		if s.Precision >= PrecisionDay {
			tg.recentMonth = 0
		}
	}
}

// matchAt returns the longest reading of the tokens starting at i.
func (tg *tagger) matchAt(i int) (match, bool) {
	t := tg.toks[i]
	switch t.kind {
	case kNum:
		if i > tg.from+1 && !t.space && (tg.punct(i-1, ",") || tg.punct(i-1, ".")) && tg.toks[i-2].kind == kNum &&
			tg.tight(i-1) {
			return match{}, false // the "000" of "1,000"
		}
	case kPunct:
		if low := t.in(tg.lower); low != "'" && low != "’" {
			return match{}, false
		}
	case kWord:
		w := t.in(tg.lower)
		role := wordRoles[w]
		if role == 0 || role&roleLeadIn != 0 && !tg.continues(i+1) {
			return match{}, false
		}
	}
	list := wordRules
	if t.kind == kNum {
		list = numberRules
	}
	var best match
	for _, rule := range list {
		m, ok := rule(tg, i)
		if ok && m.end > best.end && m.value != "" {
			best = m
		}
	}
	if best.end > i && best.first == 0 && tg.word(i) == "the" && tg.adjectival(i+1, best.end) {
		best.first = 1
	}
	return best, best.end > i
}

// adjectival reports whether tokens [i, end) form a hyphenated modifier of
// a following noun ("the third-quarter results", "the two-week trip"),
// from which TimeBank leaves "the" out.
func (tg *tagger) adjectival(i, end int) bool {
	if !tg.hyphen(i+1) || !tg.tight(i+1) {
		return false
	}
	if end >= tg.to {
		return false
	}
	n := tg.toks[end]
	return n.kind == kWord && tg.word(end) != "of" || tg.punct(end, "$")
}

// continues reports whether token i can carry on an expression begun by
// a lead-in word such as "the": a number, a mark, or a trigger word.
func (tg *tagger) continues(i int) bool {
	if i >= tg.to {
		return false
	}
	t := tg.toks[i]
	return t.kind != kWord || wordRoles[t.in(tg.lower)]&roleTrigger != 0
}

// Token access. Every accessor answers "nothing" outside the current
// sentence, so no rule can run past it.

func (tg *tagger) word(i int) string {
	if i < tg.from || i >= tg.to || tg.toks[i].kind != kWord {
		return ""
	}
	return tg.toks[i].in(tg.lower)
}

// num returns the value and digit count of a number token, or -1, 0.
func (tg *tagger) num(i int) (int, int) {
	if i < tg.from || i >= tg.to || tg.toks[i].kind != kNum || tg.toks[i].num < 0 {
		return -1, 0
	}
	t := tg.toks[i]
	return int(t.num), int(t.end - t.start)
}

func (tg *tagger) punct(i int, s string) bool {
	return i >= tg.from && i < tg.to && tg.toks[i].kind == kPunct && tg.toks[i].in(tg.lower) == s
}

// hyphen reports whether token i is a dash joining two words or numbers.
func (tg *tagger) hyphen(i int) bool {
	return tg.punct(i, "-") || tg.punct(i, "–") || tg.punct(i, "‐")
}

// tight reports whether token i follows token i-1 with no space between.
func (tg *tagger) tight(i int) bool {
	return i > tg.from && i < tg.to && !tg.toks[i].space
}

// capital reports whether token i starts with a capital letter.
func (tg *tagger) capital(i int) bool {
	if i < tg.from || i >= tg.to {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tg.text[tg.toks[i].start:])
	return unicode.IsUpper(r)
}

// optDot skips a full stop directly after token i-1, as in "Sept.".
func (tg *tagger) optDot(i int) int {
	if tg.punct(i, ".") && tg.tight(i) {
		return i + 1
	}
	return i
}

// optThe skips "the" at i.
func (tg *tagger) optThe(i int) (int, bool) {
	if tg.word(i) == "the" {
		return i + 1, true
	}
	return i, false
}

// tense is the time a clause talks about relative to the publication date.
type tense int8

const (
	tenseNone tense = iota
	tensePast
	tenseFuture
)

// tenseAround looks for the nearest tense cue before token i in its
// clause, then after token j. Auxiliaries and reporting verbs ("will",
// "said") are strong cues; other -ed words count only when weak is set
// and no strong cue is near.
func (tg *tagger) tenseAround(i, j int) tense {
	return tg.tenseNear(i, j, true)
}

// strongTense is tenseAround without the -ed guess.
func (tg *tagger) strongTense(i, j int) tense {
	return tg.tenseNear(i, j, false)
}

// tenseWindow is how many tokens around a date weak cues are read;
// strong ones (auxiliaries, irregular past forms) count up to
// strongWindow back, for a verb separated from its date by a long object
// ("froze its participation in the Collective Security Treaty
// Organization in February").
const (
	tenseWindow  = 8
	strongWindow = 14
)

func (tg *tagger) tenseNear(i, j int, weak bool) tense {
	if t := tg.dateHint(i - 1); t != tenseNone {
		return t
	}
	guess := tenseNone
	for k := i - 1; k >= tg.from && k >= i-strongWindow; k-- {
		if tg.punct(k, ";") || tg.punct(k, "\"") {
			break
		}
		if w := tg.word(k); w == "said" || w == "told" || w == "says" {
			continue // reporting verbs date the report, not the event
		}
		if k < i-tenseWindow && guess != tenseNone {
			break // a verb near the date outweighs an auxiliary far from it
		}
		c, strong := tg.cue(k)
		if strong {
			return c
		}
		if guess == tenseNone && k >= i-tenseWindow {
			guess = c
		}
	}
	if weak && guess != tenseNone {
		return guess // "arrived on Tuesday and will stay": the verb before wins
	}
	for k := j; k < tg.to && k < j+tenseWindow; k++ {
		if tg.punct(k, ";") || tg.punct(k, "\"") {
			break
		}
		if w := tg.word(k); w == "said" || w == "told" || w == "says" {
			continue
		}
		// After the expression the first verb decides, strong or not:
		// "In September, it announced plans" is past.
		if c, strong := tg.cue(k); c != tenseNone && (strong || weak) {
			return c
		}
	}
	if weak {
		return guess
	}
	return tenseNone
}

// dateHintSkips are the words dateHint looks past to find the verb or
// preposition governing a date.
var dateHintSkips = setOf("on", "in", "the", "early", "late", "mid", "middle", "end", "of", "beginning", "start")

// dateHint reads the word just before a date for the direction it implies:
// "by", "until", "effective", "payable" look ahead; "ended", "since" back.
func (tg *tagger) dateHint(k int) tense {
	for k > tg.from && (tg.hyphen(k) || tg.punct(k, "'") || dateHintSkips[tg.word(k)]) {
		k-- // look past "on", "in the early", "mid-"
	}
	// A verb right before the date governs it: "announced Friday that it
	// will", "plans announced in January".
	if c, _ := tg.cue(k); c == tensePast && tg.word(k-1) != "be" && tg.word(k-1) != "being" {
		return c
	}
	switch tg.word(k) {
	case "by", "until", "till", "effective", "payable", "expire", "expires", "starting", "record":
		return tenseFuture
	case "to":
		switch tg.word(k - 1) {
		case "extended", "postponed", "delayed", "moved", "pushed", "deferred", "rescheduled", "adjourned":
			return tenseFuture
		}
	case "ended", "since", "ending":
		if tg.word(k) == "ending" {
			return tenseNone
		}
		return tensePast
	case "early", "soon":
		if tg.word(k-1) == "as" && tg.word(k+1) == "as" {
			return tenseFuture
		}
	case "as":
		if (tg.word(k-1) == "soon" || tg.word(k-1) == "early") && tg.word(k-2) == "as" {
			return tenseFuture
		}
	}
	return tenseNone
}

// cue returns the tense token k signals and whether the signal is strong.
func (tg *tagger) cue(k int) (tense, bool) {
	w := tg.word(k)
	switch {
	case w == "":
		return tenseNone, false
	case w == "expected" && (tg.word(k-1) == "is" || tg.word(k-1) == "are" || tg.word(k-1) == "be"):
		return tenseFuture, true // "is expected to meet on Thursday"
	case futureCues[w]:
		if w == "set" || w == "due" || w == "going" || w == "planned" || w == "planning" || w == "plans" || w == "plan" {
			// Only "plans to", "set to": "backed plans for a plant" is past.
			if tg.word(k+1) != "to" {
				return tenseNone, false
			}
		}
		return tenseFuture, true
	case pastCues[w]:
		return tensePast, true
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastEd[w]:
		return tensePast, false
	}
	return tenseNone, false
}

// writesYear reports whether an expression spells out a four-digit year.
func writesYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
