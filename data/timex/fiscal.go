package timex

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Financial news: quarters, halves, fiscal and reporting years, and the
// year-ago comparisons that go with them.

// quarterBase is the date whose quarter "the quarter" and "last quarter"
// count from: the anchor when it is a quarter, else the dct.
func (tg *tagger) quarterBase() time.Time {
	if tg.hasQuarter {
		tg.noteQuarter("the quarter the article reports on")
		return tg.quarter
	}
	return tg.dct
}

// ruleQuarter reads "the third quarter", "third-quarter", "the fourth
// quarter of 2024", "the first half", "the latest quarter", "the
// year-earlier period", "year-ago".
func ruleQuarter(tg *tagger, i int) (match, bool) {
	j, _ := tg.optThe(i)
	y, k := tg.yearBeforePart(i, j)
	fiscal := tg.word(k) == "fiscal"
	if fiscal {
		k++
	}
	if tg.word(k) == "year" && tg.hyphen(k+1) && (tg.word(k+2) == "earlier" || tg.word(k+2) == "ago") {
		return tg.yearEarlier(k + 2)
	}
	if tg.word(k) == "prior" && tg.hyphen(k+1) && tg.word(k+2) == "year" {
		return tg.yearEarlier(k + 2) // "the prior-year quarter", as "the year-earlier quarter"
	}
	if m, ok := tg.yearEnd(k); ok {
		return m, true
	}
	ord, ok := tg.ordinalAt(k)
	latest := false
	if !ok && (j > i || y > 0) && (tg.word(k) == "quarter" || tg.word(k) == "period" && tg.quarterBase() != tg.dct) {
		ord, ok, k = 0, true, k-1 // "the quarter", "last year's quarter": the one being reported
	}
	if !ok {
		if !tg.lexAt(k).has(inLatestWords) {
			return match{}, false
		}
		latest = true
		if tg.word(k) == "most" && tg.word(k+1) == "recent" {
			k++
		}
	}
	k++
	if tg.hyphen(k) && tg.tight(k) {
		k++ // "third-quarter"
	}
	if !fiscal && tg.word(k) == "fiscal" && tg.word(k+1) == "quarter" {
		fiscal = true
		k++ // "its first fiscal quarter", as "its fiscal first quarter"
	}
	w := tg.word(k)
	if w != "quarter" && w != "half" && !(w == "period" && latest) || tg.comparisonCompound(k) || tg.quarterCompound(k) {
		return match{}, false
	}
	y, end := tg.yearAfterPart(y, k+1)
	if y == 0 && ord != 0 && !latest && tg.sportsClause() {
		return match{}, false // "scored in the third quarter" is a part of a match
	}
	switch {
	case !tg.hasDCT && y == 0:
		return match{}, false
	case ord == 0 && y > 0:
		return tg.reportedQuarterOf(y, k, end)
	case latest || ord == 0:
		return tg.reportedQuarter(k, end)
	case w == "half":
		return tg.half(i, ord, y, end)
	}
	if fiscal && y == 0 && tg.fiscalShift() == 0 {
		// The text does not say when the company's year ends (else
		// namedQuarter counts from that end): count from the quarter
		// it reports.
		return tg.fiscalQuarter(i, k, ord, end)
	}
	if y == 0 && tg.word(end) == "a" && tg.word(end+1) == "year" && (tg.word(end+2) == "ago" || tg.word(end+2) == "earlier") {
		return tg.quarterYearBack(i, ord, end)
	}
	if day, ok := tg.quarterEndDay(end); ok && y == 0 && ord >= 1 && ord <= 4 && tg.fiscalShift() == 0 {
		// "its fourth quarter, which ends on September 27": a
		// company's own quarter, the calendar quarter that holds
		// most of the three months to that day.
		return date1(Date, end, quarterOf(day.AddDate(0, 0, -quarterMidDays)))
	}
	return tg.namedQuarter(i, ord, y, end)
}

// quarterMidDays is about half a quarter in days: a quarter that ends on
// a day holds the day this much before it, whichever calendar quarter a
// company's few days of overlap fall in ("ended on Jan. 2": October to
// December).
const quarterMidDays = 45

// quarterEndDay returns the day a relative clause after a quarter's noun
// (from end) says it ends or ended on: "…, which ends on September 27",
// "that closed on March 29". Only a relative clause counts: prose that
// stops to say when the quarter ends places it on the calendar, where
// the bare label of a results table ("the fourth quarter ended Aug. 26")
// names the company's own quarter by its number, as TimeML values it
// (TimeBank wsj_0263, wsj_0928: 1989-Q4 for a quarter to August or June).
func (tg *tagger) quarterEndDay(end int) (time.Time, bool) {
	k := end
	if tg.punct(k, ",") {
		k++
	}
	if w := tg.word(k); w != "which" && w != "that" {
		return time.Time{}, false
	}
	if k++; !periodEndVerbs[tg.word(k)] {
		return time.Time{}, false
	}
	if k++; tg.word(k) == "on" {
		k++
	}
	day, _, ok := tg.dayAt(k)
	return day, ok
}

// quarterYearBack resolves "the fourth quarter a year ago", "the third
// quarter a year earlier" (the quarter's noun ending before end): the
// quarter named, as its clause places it, a year before, one expression
// that compares rather than the quarter reported and a second date.
func (tg *tagger) quarterYearBack(i, ord, end int) (match, bool) {
	m, ok := tg.namedQuarter(i, ord, 0, end)
	if !ok {
		return m, false
	}
	q, err := ParseValue(m.value)
	if err != nil || q.Precision != PrecisionQuarter {
		return match{}, false
	}
	v, ok := shift(q.Start, uQuarter, -4)
	return match{end: end + 3, typ: Date, value: okValue(v, ok), derived: true}, ok
}

// noteMonthQuarter records as the quarter the article reports on a run
// of three months named as a quarter that ends before token end ("the
// October-December quarter"), as a quarter named by its number is: "a
// year ago" after it is the same quarter a year before. A "period" is
// left alone: "a fall in the July-September period" looks back from the
// quarter reported. out ends with the run's second month.
func (tg *tagger) noteMonthQuarter(out []Timex, end int) {
	if len(out) < 2 || !out[len(out)-1].RangeEnd || tg.word(end) != "quarter" {
		return
	}
	a, err1 := ParseValue(out[len(out)-2].Value)
	b, err2 := ParseValue(out[len(out)-1].Value)
	if err1 != nil || err2 != nil || a.Precision != PrecisionMonth || b.Precision != PrecisionMonth ||
		(a.Start.Month()-1)%3 != 0 || !b.Start.Equal(a.Start.AddDate(0, 2, 0)) {
		return
	}
	tg.quarter, tg.hasQuarter = a.Start, true
	tg.quarterText = tg.all[out[len(out)-2].Start:out[len(out)-1].End]
}

// sportsClause reports whether the current sentence reports a match
// rather than a company: more sports cues ("scored", "halftime", a score
// such as 21-14, which counts twice) than financial ones ("profit",
// "shares", "%"), so that "a 24-17 loss" is a match's. A
// quarter or half there is a period of play, not of the calendar. A
// sentence with neither ("pulled ahead in the second half") goes by the
// whole text, once counted.
func (tg *tagger) sportsClause() bool {
	sports, finance := tg.sentenceCues()
	if sports > 0 && finance > 0 {
		sports += tg.sentenceScores()
	}
	switch {
	case finance > 0 && finance >= sports:
		return false
	case sports > 0:
		return true
	}
	return tg.sports.read(tg.matchReport)
}

// matchReport reports whether the whole text reads as a match report: two
// sports cues or more, and more than twice its finance cues.
func (tg *tagger) matchReport() bool {
	s, f := tg.cues.sports, tg.cues.finance // one block: its cues are the whole text's
	if len(tg.text) != len(tg.all) {
		s, f = tg.wholeTextCues()
	}
	return s >= 2 && s > 2*f
}

// sentenceCues returns the sports and finance cues of the current
// sentence, counted once per sentence.
func (tg *tagger) sentenceCues() (sports, finance int) {
	c := &tg.clauseCues
	if !c.ok || c.base != tg.base || c.from != tg.from || c.to != tg.to {
		c.sports, c.finance = countSportsCues(tg.lower, tg.toks, tg.from, tg.to)
		c.base, c.from, c.to, c.ok = tg.base, tg.from, tg.to, true
	}
	return c.sports, c.finance
}

// maxAhead bounds the text after the current block that wholeTextCues
// reads ahead and keeps for the tagger, in bytes; a longer rest is counted
// off its bytes and read again when its turn comes.
const maxAhead = 8 << 20

// wholeTextCues counts the sports and the financial cues of a text of
// several blocks: the blocks up to the current one as tokenize counted
// them, and the blocks after it by reading them ahead (readBlock) into
// tg.ahead, where load takes them, so that the text is tokenised once
// either way.
func (tg *tagger) wholeTextCues() (sports, finance int) {
	sports, finance = tg.cuesBefore.sports+tg.cues.sports, tg.cuesBefore.finance+tg.cues.finance
	rest := tg.base + len(tg.text)
	if len(tg.all)-rest > maxAhead {
		s, f := textSportsCues(tg.all, rest, len(tg.all))
		return sports + s, finance + f
	}
	// One buffer holds the tokens of all the blocks read ahead, one
	// after the other: free is the room left in it.
	free := tg.aheadBuffer(tokensIn(len(tg.all) - rest))
	for base := rest; base < len(tg.all); {
		end := nextBlock(tg.all, base)
		b := block{base: base, lower: foldASCII(tg.all[base:end])}
		b.toks, b.cues = tokenize(b.lower, free)
		if cap(b.toks) == cap(free) { // in free: the next block's go after them
			n := len(b.toks)
			b.toks, free = b.toks[:n:n], free[n:n]
		}
		tg.ahead = append(tg.ahead, b)
		sports, finance = sports+b.cues.sports, finance+b.cues.finance
		base = end
	}
	return sports, finance
}

// aheadBuffer returns an empty buffer with room for n tokens, the one
// an earlier Tag call read ahead into when it is large enough.
func (tg *tagger) aheadBuffer(n int) []token {
	if tg.pooled != nil && cap(tg.pooled.ahead) >= n {
		tg.aheadBuf, tg.pooled.ahead = tg.pooled.ahead[:0], nil
	} else {
		tg.aheadBuf = make([]token, 0, n)
	}
	return tg.aheadBuf
}

// textSportsCues counts the sports and the financial cues in the blocks
// of text from byte from, where a block starts, to byte to, a block at a
// time as the tagger reads them, without tokenising them:
// blockSportsCues reads the cues off the bytes.
func textSportsCues(text string, from, to int) (sports, finance int) {
	for base := from; base < to; {
		end := nextBlock(text, base)
		s, f := blockSportsCues(text[base:end])
		sports, finance = sports+s, finance+f
		base = end
	}
	return sports, finance
}

// blockSportsCues counts in block what countSportsCues counts over the
// block's tokens, reading the bytes directly: words are cut as tokenize
// cuts them, a mark is one rune, and a score is a number, a dash and a
// number with nothing between them. It makes neither tokens nor a
// lower-cased copy, as the tagger needs it for a long text whose other
// blocks it has not read yet (or no longer holds).
func blockSportsCues(block string) (sports, finance int) {
	for i := 0; i < len(block); {
		c := block[i]
		switch {
		case c >= '0' && c <= '9':
			j, a := numberAt(block, i)
			if d := dashAt(block, j); d > 0 && j+d < len(block) && block[j+d] >= '0' && block[j+d] <= '9' {
				if _, b := numberAt(block, j+d); a < 200 && b < 200 {
					sports++ // a score: 21-14
				}
			}
			i = j
		case isLetterByte(c) || c >= utf8.RuneSelf && startsLetter(block[i:]):
			j := abbrevEnd(block, i, wordEnd(block, i))
			switch cueOf(block[i:j]) {
			case financeCue:
				finance++
			case sportsCue:
				sports++
			}
			i = j
		case c == '%' || c == '$':
			finance++
			i++
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(block[i:])
			if r == '€' || r == '£' {
				finance++
			}
			i += size
		}
	}
	return sports, finance
}

// dashAt returns the length of the hyphen or en dash at block[j:], or 0.
func dashAt(block string, j int) int {
	switch {
	case j < len(block) && block[j] == '-':
		return 1
	case strings.HasPrefix(block[j:], "–"):
		return len("–")
	}
	return 0
}

// countSportsCues counts the sports and the financial cues in tokens [from, to)
// of a text whose lower-cased copy is lower; each word's cue is in its
// entry. tokenize counts a whole block's the same way as it cuts it.
func countSportsCues(lower string, toks []token, from, to int) (sports, finance int) {
	var c cueCount
	for k := from; k < to; k++ {
		t := toks[k]
		switch t.kind {
		case kWord:
			if t.val == 0 {
				continue // most words: no entry, no cue
			}
			c.add(tokenEntry(t).cue)
		case kPunct:
			switch c := lower[t.start]; {
			case c != '%' && c != '$' && c != '-' && c < utf8.RuneSelf:
				continue // most marks: a comma, a full stop
			}
			switch s := t.in(lower); {
			case financeMark(s):
				c.finance++
			case isDash(s):
				if scoreAt(toks, k, from, to) {
					c.sports++ // a score: 21-14
				}
			}
		}
	}
	return c.sports, c.finance
}

// scoreAt reports whether the dash token at k, within [from, to), joins
// two small numbers with no space between: a score, 21-14.
func scoreAt(toks []token, k, from, to int) bool {
	t := toks[k]
	return k > from && k+1 < to && !t.space && !toks[k+1].space && toks[k-1].kind == kNum &&
		toks[k+1].kind == kNum && toks[k-1].val < 200 && toks[k+1].val < 200
}

// sentenceScores counts the scores of the current sentence, which
// sportsClause counts twice: a score outweighs a word such as "loss",
// which is a company's as often ("a 24-17 loss in the third quarter").
func (tg *tagger) sentenceScores() int {
	n := 0
	for k := tg.from; k < tg.to; k++ {
		if tg.toks[k].kind == kPunct && isDash(tg.toks[k].in(tg.lower)) && scoreAt(tg.toks, k, tg.from, tg.to) {
			n++
		}
	}
	return n
}

// cueCount is the sports and the financial cues of some text.
type cueCount struct{ sports, finance int }

// add counts a word whose entry has cue kind k.
func (c *cueCount) add(k uint8) {
	switch k {
	case financeCue:
		c.finance++
	case sportsCue:
		c.sports++
	}
}

// financeMark reports whether the mark s is a financial cue.
func financeMark(s string) bool { return s == "%" || s == "$" || s == "€" || s == "£" }

// isDash reports whether the mark s is the dash of a score.
func isDash(s string) bool { return s == "-" || s == "–" }

// Cue kinds: a word that is both counts as finance, as it always did.
const (
	sportsCue = iota + 1
	financeCue
)

// cueKinds merges sportsCues and financeCues, so that counting the cues
// of a text looks each word up once rather than twice.
var cueKinds = func() map[string]uint8 {
	m := make(map[string]uint8, len(sportsCues)+len(financeCues))
	for w := range sportsCues {
		m[w] = sportsCue
	}
	for w := range financeCues {
		m[w] = financeCue
	}
	return m
}()

// cueOf returns the cue kind of a word as written (any case), or 0.
func cueOf(w string) uint8 { return wordEntries[wordIndex.getFold(w)].cue }

// yearEnd reads "year-end", "year end" and "year's end" at k: the end of
// the dct's year, or of the year before after "since".
func (tg *tagger) yearEnd(k int) (match, bool) {
	if tg.word(k) != "year" || !tg.hasDCT {
		return match{}, false
	}
	end := k + 1
	switch {
	case tg.hyphen(end) && tg.tight(end) && tg.word(end+1) == "end":
		end += 2
	case tg.word(end) == "end":
		end++
	case (tg.punct(end, "'") || tg.punct(end, "’")) && tg.word(end+1) == "s" && tg.word(end+2) == "end":
		end += 3
	default:
		return match{}, false
	}
	y := tg.dct.Year()
	if tg.word(k-1) == "since" {
		y--
	}
	return match{end: end, typ: Date, value: vYear(y), mod: "END"}, validYear(y)
}

// yearBeforePart reads a year written before a quarter or half: "1989's
// third quarter", "the 1988 third quarter", "next year's first quarter",
// and a fiscal year so written, "fiscal 2001's third quarter", "its
// fiscal 2001 third quarter", which counts as "the third quarter of
// fiscal 2001" does. It returns the year (0 if none) and the index after
// it.
func (tg *tagger) yearBeforePart(i, k int) (int, int) {
	at := k
	if tg.word(k) == "fiscal" {
		at = k + 1
	}
	if y, k2 := tg.yearNum(at); y > 0 && (tg.punct(k2, "'") || tg.punct(k2, "’")) && tg.word(k2+1) == "s" {
		return y, k2 + 2
	}
	if y, k2 := tg.yearNum(at); y > 0 && at > i && tg.lexAt(k2).ordinal > 0 {
		return y, k2
	}
	if off, ok := tg.relOffsetAt(k); ok && tg.word(k+1) == "year" && tg.punct(k+2, "'") && tg.word(k+3) == "s" &&
		tg.hasDCT {
		return tg.dct.Year() + off, k + 4
	}
	return 0, k
}

// yearAfterPart reads the year after a quarter or half: "of 1990", "of
// fiscal 1990", "of next year", "of that year", "1990". y is a year
// already read, or 0; "of the year" is read as part of the expression
// with no year of its own.
func (tg *tagger) yearAfterPart(y, end int) (int, int) {
	if y > 0 {
		return y, end
	}
	if tg.word(end) == "of" || tg.word(end) == "in" {
		if yy, e2 := tg.fyYear(end + 1); yy > 0 {
			return yy, e2 // "the first quarter of FY25"
		}
		if yy, e2 := tg.yearNum(tg.skipFiscal(end + 1)); yy > 0 {
			return yy, e2
		}
		if off, ok := tg.relOffsetAt(end + 1); ok && tg.word(end+2) == "year" && tg.hasDCT {
			return tg.dct.Year() + off, end + 3
		}
		if yy, e2 := tg.anaphoricYear(end + 1); e2 > end+1 {
			return yy, e2 // "the third quarter of that year": the year of the date mentioned last
		}
		if tg.word(end) == "of" && tg.word(end+1) == "the" && tg.word(end+2) == "year" {
			// "the first half of the year" is one expression, its
			// year the one the part resolves to (y stays 0).
			return 0, end + 3
		}
		if yy, e2, ok := tg.currentFiscalYear(end); ok {
			return yy, e2 // "the first quarter of its current fiscal year"
		}
	}
	if yy, e2 := tg.yearNum(end); yy > 0 {
		return yy, e2
	}
	return 0, end
}

// currentFiscalYear reads "of its current fiscal year" (or "the", "this"
// before "current", "financial year" for "fiscal year") from end: the
// fiscal year under way at the dct, as fiscalPart numbers it by the
// calendar year it ends in, when the text says where the company's year
// ends; else 0, which leaves the part's year to its clause's tense, as
// "of the year" does. ok reports whether the words are there.
func (tg *tagger) currentFiscalYear(end int) (y, after int, ok bool) {
	k := end + 1
	if w := tg.word(k); w == "its" || w == "the" || w == "this" || w == "their" {
		k++
	}
	if tg.word(k) != "current" || !tg.fiscalWord(k+1) || tg.word(k+2) != "year" || tg.word(end) != "of" {
		return 0, end, false
	}
	if s := tg.fiscalShift(); s != 0 {
		month := date(tg.dct.Year(), int(tg.dct.Month()), 1)
		y = month.AddDate(0, s, 0).Year()
	}
	return y, k + 3, true
}

// quarterCompound reports whether the unit at k opens a hyphened
// compound that names no period of the calendar: a round of a
// competition ("quarter-final") or a measure ("quarter-point").
func (tg *tagger) quarterCompound(k int) bool {
	return tg.hyphen(k+1) && tg.tight(k+1) && quarterTails[tg.word(k+2)]
}

// reportedQuarterOf resolves "last year's quarter", "this year's
// quarter": the quarter the article reports on (see reportedQuarter) in
// year y. A year other than the reported quarter's is a comparison, which
// does not move the quarter in focus.
func (tg *tagger) reportedQuarterOf(y, k, end int) (match, bool) {
	m, ok := tg.reportedQuarter(k, end)
	if !ok {
		return m, false
	}
	q, err := ParseValue(m.value)
	if err != nil || q.Precision != PrecisionQuarter || !validYear(y) {
		return match{}, false
	}
	m.value = vQuarter(y, (int(q.Start.Month())-1)/3+1)
	m.derived = m.derived || y != q.Start.Year()
	return m, true
}

// comparisonCompound reports whether the unit at k opens a compound such
// as "quarter-to-quarter" or "year-over-year", which qualifies a
// comparison and names no period.
func (tg *tagger) comparisonCompound(k int) bool {
	return tg.hyphen(k+1) && tg.tight(k+1) && comparisonLinks[tg.word(k+2)] && tg.hyphen(k+3)
}

// yearPeriod reads "the 1988 period", year y with "period" ending at end,
// while a quarter is in focus: that quarter in the year named, as in "Net
// rose in the third quarter. In the 1988 period it fell". After a stretch
// of months ("the first nine months ... the 1988 period") the period is
// that stretch, which the year alone stands for.
func (tg *tagger) yearPeriod(y, end int) (match, bool) {
	if !tg.hasQuarter || tg.lastDuration || !tg.hasAnchor || tg.anchor.Precision != PrecisionQuarter {
		return match{}, false
	}
	tg.noteQuarter("the quarter of the year named")
	q := (int(tg.quarter.Month())-1)/3 + 1
	return match{end: end, typ: Date, value: vQuarter(y, q), derived: y != tg.quarter.Year()}, true
}

// quarterDay reads the day that the words after "the quarter" (its noun
// at k) give it: "the quarter ending Dec. 31", with no quarter reported
// before, or "the quarter that ended on Saturday", whatever quarter was
// reported.
func (tg *tagger) quarterDay(k, end int) (time.Time, bool) {
	if tg.word(k) != "quarter" {
		return time.Time{}, false
	}
	if !tg.hasQuarter && yearEndedWords[tg.word(end)] {
		if day, _, ok := tg.dayAt(end + 1); ok {
			return day, true
		}
	}
	return tg.periodBoundAt(end)
}

// reportedQuarter resolves "the quarter", "the latest quarter", "the
// current quarter" and "the quarter a year ago"; the noun is at k.
func (tg *tagger) reportedQuarter(k, end int) (match, bool) {
	if day, ok := tg.quarterDay(k, end); ok {
		return date1(Date, end, quarterOf(day))
	}
	base, off := tg.quarterBase(), 0
	switch {
	case tg.word(k-1) == "current":
		base = tg.dct // "the current quarter" is the one under way
	case sameQuarter(base, tg.dct):
		off = -1 // the latest reported quarter is the last one completed
	}
	back := false
	if e2, ok := tg.yearBackTail(end); ok {
		off, end, back = off-4, e2, true // "the quarter a year ago"
	}
	v, ok := shift(base, uQuarter, off)
	// "The quarter a year ago" is the comparison, not the quarter the
	// article reports on: a "latest quarter" after it stays this year's.
	return match{end: end, typ: Date, value: okValue(v, ok), derived: back}, ok
}

// half resolves "the first half" of year y or, if 0, of the year its
// clause's tense points to (see partYear); the expression starts at i.
func (tg *tagger) half(i, ord, y, end int) (match, bool) {
	if ord == -1 {
		ord = 2 // "the last half"
	}
	if m, ok := ruleMonthFirst(tg, end+1); ok && tg.word(end) == "of" && len(m.value) == len("2024-05") &&
		(ord == 1 || ord == 2) {
		// "the second half of May" is the end of May, not of the year.
		m.mod = "START"
		if ord == 2 {
			m.mod = "END"
		}
		return m, true
	}
	if v, ok := tg.fiscalPart(i, end, ord, 2, y); ok {
		return date1(Date, end, v)
	}
	if y == 0 && tg.word(end) == "of" && tg.fiscalIn(end+1, min(end+4, tg.to)) {
		// "the first half of the fiscal year", a year whose end the
		// text does not give (else fiscalPart counts from it): not
		// the calendar's half, which it would have called "of the
		// year".
		return match{}, false
	}
	if y == 0 && ord >= 1 && ord <= 2 {
		y = tg.partYear(ord, 2, tg.tenseAround(i, end))
	}
	if ord < 1 || ord > 2 || !validYear(y) {
		return match{}, false
	}
	return date1(Date, end, vHalf(y, ord))
}

// namedQuarter resolves "the third quarter" (of year y, or if 0 of the dct's
// year, the year before when a past clause names a quarter still to come;
// of a company's fiscal year when the text says when that ends).
func (tg *tagger) namedQuarter(i, ord, y, end int) (match, bool) {
	hasYear := y > 0
	if ord == -1 {
		ord = 4 // "the last quarter"
	}
	if v, ok := tg.fiscalPart(i, end, ord, 4, y); ok {
		return date1(Date, end, v)
	}
	if !hasYear && ord >= 1 && ord <= 4 {
		// "rose in the fourth quarter", written in March, is last
		// year's; "will recover in the first quarter", written in
		// November, next year's.
		y = tg.partYear(ord, 4, tg.tenseAround(i, end))
	}
	if ord < 1 || ord > 4 || !validYear(y) {
		return match{}, false
	}
	// A quarter with its own year ("the third quarter of 1984") is a
	// comparison, not the quarter the article reports on, unless it is
	// the quarter under way or the one just completed ("the third
	// quarter of this year", written in October).
	return match{end: end, typ: Date, value: vQuarter(y, ord), derived: hasYear && !tg.currentQuarter(y, ord)}, true
}

// fiscalQuarter resolves "its fiscal fourth quarter" (noun at k), whose
// calendar quarter depends on a company's year, which the text seldom
// gives. A company reports a quarter once it has ended, so the first one
// named is the latest quarter completed, or the one under way when the
// clause looks ahead ("expects fiscal first-quarter sales to ..."), or
// the quarter of the day it ended on ("the fiscal first quarter ended
// Sept. 30"). That fixes the company's numbering: later fiscal quarters
// of the article count from it.
func (tg *tagger) fiscalQuarter(i, k, ord, end int) (match, bool) {
	if ord == -1 {
		ord = 4 // "the fiscal last quarter"
	}
	if ord < 1 || ord > 4 || !tg.hasDCT {
		return match{}, false
	}
	t := tg.tenseAround(i, end)
	var start time.Time
	switch day, ok := tg.quarterDay(k, end); {
	case ok:
		start = quarterStart(day)
	case tg.hasFiscal:
		// The nearest quarter that has this number, ahead when the
		// clause looks ahead and behind when it looks back.
		d := ((ord-tg.fiscalOrd)%4 + 4) % 4 // 0..3 quarters ahead
		if t == tensePast && d > 0 || t != tenseFuture && d == 3 {
			d -= 4
		}
		start = tg.fiscalStart.AddDate(0, 3*d, 0)
	case t == tenseFuture:
		start = quarterStart(tg.dct)
	default:
		start = quarterStart(tg.dct).AddDate(0, -3, 0)
	}
	if !tg.hasFiscal {
		tg.fiscalStart, tg.fiscalOrd, tg.hasFiscal = start, ord, true
	}
	return date1(Date, end, quarterOf(start))
}

// quarterStart returns the first day of the calendar quarter t is in.
func quarterStart(t time.Time) time.Time {
	return date(t.Year(), int(t.Month()-1)/3*3+1, 1)
}

// currentQuarter reports whether quarter q of year y is the dct's quarter
// or the one before it, the quarter a report written now is about.
func (tg *tagger) currentQuarter(y, q int) bool {
	if !tg.hasDCT {
		return false
	}
	start := date(y, 3*q-2, 1)
	return sameQuarter(start, tg.dct) || sameQuarter(start, tg.dct.AddDate(0, -3, 0))
}

func sameQuarter(a, b time.Time) bool {
	return a.Year() == b.Year() && (a.Month()-1)/3 == (b.Month()-1)/3
}

// fiscalPart returns the calendar value of quarter or half n (of parts
// in a year) of a company's fiscal year, when the text says that year
// ends in a month other than December (fiscalShift) and the part has no
// year or a fiscal one: "the fourth quarter" of a year that ended in June
// is April to June, "the second half of fiscal 2020" January to June
// 2020. Fiscal year fy ends in its own calendar year; with no year the
// clause's tense picks it, as partYear picks a calendar part's. A half is
// told only of a year that ends in June, whose halves are the calendar's.
// After a part of a calendar year written out ("the first half of 2009"),
// a bare part is the calendar's too, unless it says "fiscal" ("expect the
// second half to be tougher"; the fiscal year's end may be another
// company's). The part is tokens [i, end).
func (tg *tagger) fiscalPart(i, end, n, parts, fy int) (string, bool) {
	if fy > 0 && !tg.fiscalIn(i, end) {
		tg.calendarPart = true // "the first half of 2009": the text counts in calendar years
		return "", false
	}
	s := tg.fiscalShift()
	calendar := tg.calendarPart || tg.writesCalendarPart()
	if s == 0 || parts == 2 && s != 6 || n < 1 || n > parts || fy == 0 && calendar && !tg.fiscalIn(i, end) {
		return "", false
	}
	if fy == 0 {
		month := date(tg.dct.Year(), int(tg.dct.Month()), 1)
		fy = partYearAt(month.AddDate(0, s, 0), n, parts, tg.tenseAround(i, end))
	}
	months := 12 / parts
	start := date(fy, months*(n-1)+1, 1).AddDate(0, -s, 0)
	if !validYear(start.Year()) {
		return "", false
	}
	k := (int(start.Month())-1)/months + 1
	if parts == 2 {
		return vHalf(start.Year(), k), true
	}
	return vQuarter(start.Year(), k), true
}

// writesCalendarPart reports, once read off the whole text, whether it
// names a quarter or half by its calendar year anywhere
// (WritesCalendarPart): then a bare quarter counts in calendar years
// too, before that mention as after it.
func (tg *tagger) writesCalendarPart() bool {
	return tg.calendarText.read(func() bool { return WritesCalendarPart(tg.all) })
}

// WritesCalendarPart reports whether text names a quarter or half of a
// year written out with no "fiscal" or "financial" just before it ("is
// expected to close in the fourth quarter of 2019"): a company whose
// fiscal year ends in May that writes so counts its bare quarters ("the
// deal should close in the fourth quarter") in calendar years, and says
// "fiscal" for its own ("its first fiscal quarter").
func WritesCalendarPart(text string) bool {
	return anyOccurrence(text, []string{"quarter of ", "half of "}, func(start, end int) bool {
		if end+4 > len(text) || !isDigits(text[end:end+4]) || end+4 < len(text) && isDigits(text[end+4:end+5]) {
			return false
		}
		before := strings.ToLower(text[max(0, start-30):start])
		if strings.Contains(before, "fiscal") || strings.Contains(before, "financial") {
			return false
		}
		// A part counted by its number, not one named by its months
		// ("the October-December quarter of 2025"), which says nothing
		// of how the company counts its own.
		fields := strings.Fields(before)
		return len(fields) > 0 && partOrdinals[fields[len(fields)-1]]
	})
}

// fiscalIn reports whether tokens [i, end) say "fiscal" or "financial
// year".
func (tg *tagger) fiscalIn(i, end int) bool {
	for k := i; k < end; k++ {
		if tg.fiscalWord(k) {
			return true
		}
	}
	return false
}

// fiscalShift returns how many months a company's fiscal year runs ahead
// of the calendar's, when the text says in which month it ends ("the
// fiscal year, which ended in June", "the 2019 financial year, which
// ended on June 30", "its financial year ends in March"): 6 for a year
// to June, 3 to September, 9 to March; 0 when the text says none, or
// December. A month that ends no calendar quarter counts as the quarter's
// end before it (see FiscalQuarterLag). Read off the whole text once, as
// a report may give the year's end after its quarters.
func (tg *tagger) fiscalShift() int {
	if !tg.hasDCT {
		return 0
	}
	if tg.fiscalEnd == 0 {
		tg.fiscalEnd = -1
		if m := FiscalYearEnd(tg.all); m > 0 {
			tg.fiscalEnd = int8(m)
		}
	}
	if tg.fiscalEnd < 0 {
		return 0
	}
	// A year that ends in a month between quarters (January, May) is
	// counted as the one ending at the quarter before (December,
	// March); extract moves its quarters on by the months between
	// (FiscalQuarterLag).
	return (12 - int(tg.fiscalEnd) + FiscalQuarterLag(int(tg.fiscalEnd))) % 12
}

// FiscalQuarterLag returns how many months (0 to 2) the quarters of a
// fiscal year ending in month end fall after the calendar quarters the
// tagger values them as: 1 for a year to January, whose third quarter
// runs from August to October where the tagger writes the third quarter
// of the calendar, July to September; 2 for a year to May.
func FiscalQuarterLag(end int) int {
	if end < 1 || end > 12 {
		return 0
	}
	return end % 3
}

// FiscalYearEnd returns the month in which text says a company's fiscal
// or financial year ends ("its fiscal year ends in September"), March
// when it names a split financial year ("the 2024-25 financial year"),
// else 0: the year the tagger counts fiscal quarters in, and which a
// fiscal year it tags by its number ("fiscal 2013", "FY27") covers.
func FiscalYearEnd(text string) int {
	if m := fiscalYearEnd(text); m > 0 {
		return m
	}
	if textNamesSplitYear(text, reportingYearNames) {
		return 3 // a tax year is no year quarters are counted in: "growth slowed in the fourth quarter" stays the calendar's
	}
	if indianMarketText(text) {
		return 3 // Indian companies report in years to March: "Q2 FY25" is July to September 2024
	}
	return 0
}

// indianMarketText reports whether text counts money as Indian business
// news does, in crore or lakh, or quotes the Sensex or the Nifty: its
// companies' fiscal years run to March, as the law there sets them.
func indianMarketText(text string) bool {
	found := false
	anyOccurrence(text, indianMarketWords, func(start, end int) bool {
		found = start == 0 || !isLetterByte(text[start-1])
		return found
	})
	return found
}

// FiscalYearNamedByStart reports whether text numbers a company's fiscal
// years by the calendar year they begin in, as Japanese companies do:
// its year runs to March (FiscalYearEnd) and it counts money in yen or
// quotes the Nikkei or the Topix, so "fiscal 2019" is April 2019 to March
// 2020, where an American or Indian "fiscal 2019" ends in 2019.
func FiscalYearNamedByStart(text string) bool {
	if FiscalYearEnd(text) != 3 || indianMarketText(text) {
		return false
	}
	found := false
	anyOccurrence(text, japaneseMarketWords, func(start, end int) bool {
		found = (start == 0 || !isLetterByte(text[start-1])) && (end == len(text) || !isLetterByte(text[end]))
		return found
	})
	return found
}

// japaneseMarketWords are the money word and indices of Japanese business
// news (FiscalYearNamedByStart).
var japaneseMarketWords = []string{"yen", "Nikkei", "Topix", "TOPIX"}

// indianMarketWords are the money words and indices of Indian business
// news, as written.
var indianMarketWords = []string{"crore", "lakh", "Sensex", "Nifty", "₹"}

// StatedFiscalYearEnd returns the month in which text itself says a
// company's fiscal, financial or business year ends ("whose financial year
// ends on the last Saturday in February"), or 0: unlike FiscalYearEnd it
// infers no year to March from a split year or a market's money words.
func StatedFiscalYearEnd(text string) int { return fiscalYearEnd(text) }

// fiscalYearEnd returns the month in which text says a fiscal or
// financial year ends, or 0.
func fiscalYearEnd(text string) int {
	return fiscalYearBound(text, false)
}

// fiscalYearBound is fiscalYearEnd that, when starts is set, also reads
// when the year begins and returns the month before.
func fiscalYearBound(text string, starts bool) int {
	month := 0
	// "fiscal 2014, which ends June 28" names the year by its number.
	anyOccurrence(text, []string{"iscal year", "inancial year", "usiness year", "iscal "}, func(_, end int) bool {
		month = endMonthAfter(text[end:min(len(text), end+60)], starts)
		return month > 0
	})
	return month
}

// NumberedFiscalYearEnd is FiscalYearEnd for a fiscal year named by its
// number ("fiscal 2009", "FY27"), which also takes its end from where the
// text says the year begins ("The fiscal year began on Oct. 1": it ends
// in September). Bare quarters are not counted from a beginning: a
// budget year that "begins in July" may be a government's, while the
// quarters are a company's.
func NumberedFiscalYearEnd(text string) int {
	if m := fiscalYearBound(text, true); m > 0 {
		return m
	}
	return FiscalYearEnd(text)
}

// endMonthAfter reads the month at the start of s, which follows "fiscal
// year": "…, which ended in June", " 2019, which ended on June 30",
// " ending March 31", " ends in September", " to June 30", " ends on the
// last Saturday of May"; with starts, also the month before one it begins
// in (" began on Oct. 1").
func endMonthAfter(s string, starts bool) int {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, ",.;:()"); w != "" {
			words = append(words, w)
		}
	}
	k := 0
	next := func(ok bool) {
		if ok && k < len(words) {
			k++
		}
	}
	at := func(k int) string {
		if k < len(words) {
			return words[k]
		}
		return ""
	}
	next(isDigits(at(k)))
	next(at(k) == "which" || at(k) == "that")
	if m, ok := runEndMonth(words[k:]); ok {
		return m
	}
	start := starts && fiscalStartVerbs[at(k)]
	if !fiscalEndVerbs[at(k)] && !start {
		return 0
	}
	k++
	next(at(k) == "in" || at(k) == "on")
	next(at(k) == "late") // "ends in late September": a 52- or 53-week year closing near a month's end
	next(at(k) == "next") // "which begins next October"
	if d := at(k); isDigits(d) && len(d) <= 2 {
		k++ // "ended on 30 June", "begins on 1 July"
	}
	if at(k) == "the" && (at(k+3) == "of" || at(k+3) == "in") && (at(k+1) == "last" || at(k+1) == "final" || ordinalWords[at(k+1)] > 0) {
		if _, day := weekdayWords[at(k+2)]; day {
			k += 4 // "ends on the last Saturday of May": a 52- or 53-week year
		}
	}
	if _, day := weekdayWords[at(k+1)]; day && at(k) == "the" && nearWords[at(k+2)] {
		k += 3 // "ends on the Saturday nearest January 31", "closest to"
		next(at(k) == "to")
	}
	m, ok := monthWords[at(k)]
	switch {
	case !ok:
		return 0
	case start:
		// "The fiscal year began on Oct. 1": it ends the month before.
		return (m+10)%12 + 1
	}
	return m
}

// runEndMonth reads the month a year "runs" to at the start of words:
// "runs from April to March", "runs to September", "ran through June".
func runEndMonth(words []string) (int, bool) {
	if len(words) < 3 || !runVerbs[words[0]] {
		return 0, false
	}
	k := 1
	if words[k] == "from" {
		if _, ok := monthWords[words[k+1]]; !ok {
			return 0, false
		}
		k += 2
	}
	if k+1 >= len(words) || !runEnds[words[k]] {
		return 0, false
	}
	m, ok := monthWords[words[k+1]]
	return m, ok
}

// runVerbs and runEnds: see runEndMonth.
var (
	runVerbs = setOf("runs", "run", "ran", "lasts")
	runEnds  = setOf("to", "until", "through")
)

// fiscalEndVerbs say when a fiscal year ends: "the fiscal year ended
// June 30", "ends in September", "the financial year to March 31".
var fiscalEndVerbs = setOf("ended", "ending", "ends", "end", "to", "through")

func isDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w != ""
}

func (tg *tagger) skipFiscal(i int) int {
	if tg.word(i) == "fiscal" || tg.fyCode(i) {
		return i + 1
	}
	return i
}

// fyCode reports whether token i is the "FY" of a fiscal year code
// ("FY27", "FY2027", "FY 2027").
func (tg *tagger) fyCode(i int) bool {
	return tg.word(i) == "fy" && tg.capital(i) && tg.toks[min(i+1, len(tg.toks)-1)].kind == kNum
}

// fyYear reads the year of the fiscal year code at i: glued two or four
// digits ("FY27", "FY2027") or four after a space ("FY 2027"). It returns
// 0 and i if there is none.
func (tg *tagger) fyYear(i int) (int, int) {
	if !tg.fyCode(i) {
		return 0, i
	}
	y, ny := tg.num(i + 1)
	switch {
	case ny == 2 && tg.tight(i+1):
		return twoDigitYear(y), i + 2
	case ny == 4 && validYear(y):
		return y, i + 2
	}
	return 0, i
}

// yearEarlier reads "year-earlier", "the year-earlier period/quarter",
// "prior-year" and "year-ago" (k at their last word): the anchor moved
// back a year at its own precision.
func (tg *tagger) yearEarlier(k int) (match, bool) {
	end := k + 1
	if ord := int(tg.lexAt(end).ordinal); ord > 0 && ord <= 4 && tg.word(end+1) == "quarter" && tg.hasDCT {
		// "the year-earlier third quarter"
		return match{end: end + 2, typ: Date, value: vQuarter(tg.dct.Year()-1, ord), derived: true}, validYear(tg.dct.Year() - 1)
	}
	// The period compared with is the last date named that is no
	// comparison itself: after "the same month a year earlier",
	// "year-earlier levels" still compare with the month reported.
	a, hasA := tg.anchor, tg.hasAnchor
	if tg.hasTold {
		a = tg.told
	}
	if m, ok := tg.yearEarlierUnit(end, a, hasA); ok {
		return m, true
	}
	if tg.word(end) == "quarter" && tg.hasQuarter {
		// "the year-earlier quarter" names its unit: the quarter
		// reported a year before, though a day ("ended on March 30")
		// was the last date named.
		v, ok := shift(tg.quarterBase(), uQuarter, -4)
		return match{end: end + 1, typ: Date, value: okValue(v, ok), derived: true}, ok
	}
	if w := tg.word(end); w == "period" || w == "quarter" {
		end++ // "the year-earlier period"; "year-earlier results" leaves the noun out
	}
	base, ok := tg.dct, tg.hasDCT
	// "Ago" counts back from the present, as "a year ago" does: after "in
	// the 1988 period" (dct 1989) "the year-ago results" are that period's,
	// not 1987's. "Year-earlier" counts back from the period just named.
	if hasA && tg.word(k) != "ago" {
		tg.noteAnchor("the period a year before")
		base, ok = a.Start, true
	}
	if !ok {
		return match{}, false
	}
	if hasA && a.Precision == PrecisionQuarter {
		v, ok := shift(tg.quarterBase(), uQuarter, -4)
		return match{end: end, typ: Date, value: okValue(v, ok), derived: true}, ok
	}
	v, ok := shift(base, uYear, -1)
	return match{end: end, typ: Date, value: okValue(v, ok), derived: true}, ok
}

// yearEarlierUnit reads "the year-earlier month", "the year-ago half",
// "the prior-year week", the noun at k naming the unit of a, the period
// compared with: that month, half or week a year before, as the
// year-earlier quarter is the quarter in focus a year before; with "ago"
// too, as the month a monthly report is about is the one compared.
func (tg *tagger) yearEarlierUnit(k int, a Span, hasA bool) (match, bool) {
	p, ok := unitPrecisions[tg.word(k)]
	if !ok || !hasA || a.Precision != p {
		return match{}, false
	}
	tg.noteAnchor("the period of that unit a year before")
	var v string
	switch t := a.Start; p {
	case PrecisionMonth:
		v = vMonth(t.Year()-1, int(t.Month()))
	case PrecisionHalf:
		v = vHalf(t.Year()-1, (int(t.Month())-1)/6+1)
	default:
		v = vWeek(t.AddDate(0, 0, -52*7))
	}
	return match{end: k + 1, typ: Date, value: v, derived: true}, validYear(a.Start.Year() - 1)
}

// ruleSamePeriod reads "the same period last year", "the comparable
// quarter a year ago", "the corresponding month of the previous year": the
// reported quarter, month or year moved back a year.
func ruleSamePeriod(tg *tagger, i int) (match, bool) {
	if tg.word(i) != "the" || !tg.hasDCT {
		return match{}, false
	}
	k := i + 1
	implied := samePeriodWords[tg.word(k)]
	if !implied && tg.word(k) != "same" {
		return match{}, false
	}
	k++
	noun := tg.word(k)
	if !samePeriodNouns[noun] {
		return match{}, false
	}
	k++
	end, back := tg.yearBackTail(k)
	if !back && !implied {
		return match{}, false
	}
	var v string
	var ok bool
	monthAnchor := tg.hasAnchor && tg.anchor.Precision == PrecisionMonth
	halfAnchor := tg.hasAnchor && tg.anchor.Precision == PrecisionHalf
	switch {
	case halfAnchor && (noun == "half" || noun == "period"):
		tg.noteAnchor("the half a year before")
		v, ok = tg.yearsFromAnchor(-1), true // "first-half profit ... the same period a year earlier"
	case noun == "quarter" || noun == "period" && tg.hasQuarter && !monthAnchor:
		v, ok = shift(tg.quarterBase(), uQuarter, -4)
	case noun == "month" || noun == "period" && monthAnchor:
		base := tg.dct
		if tg.hasAnchor && tg.anchor.Precision == PrecisionMonth {
			tg.noteAnchor("the month a year before")
			base = tg.anchor.Start
		}
		v, ok = shift(base, uMonth, -12)
	case noun == "week":
		v, ok = shift(tg.dct, uWeek, -52)
	default:
		v, ok = shift(tg.dct, uYear, -1)
	}
	return match{end: end, typ: Date, value: okValue(v, ok), derived: true}, ok
}

// yearBackTail reads "last year", "a year ago", "a year earlier", "of last
// year", "of the previous year" after a period noun.
func (tg *tagger) yearBackTail(k int) (int, bool) {
	if tg.word(k) == "of" {
		k++
	}
	switch w := tg.word(k); {
	case w == "last" && tg.word(k+1) == "year":
		return k + 2, true
	case w == "a" && tg.word(k+1) == "year":
		switch tg.word(k + 2) {
		case "ago", "earlier", "before":
			return k + 3, true
		}
	case w == "the" && (tg.word(k+1) == "previous" || tg.word(k+1) == "prior" || tg.word(k+1) == "last") &&
		tg.word(k+2) == "year":
		return k + 3, true
	case (w == "previous" || w == "prior") && tg.word(k+1) == "year":
		return k + 2, true
	}
	return k, false
}

// ruleFiscal reads "fiscal 1990", "fiscal year 1990", "the 1990 fiscal
// year", "the 2019 financial year", "fiscal 1989's" and the codes "FY27",
// "FY2027", "FY 2027".
func ruleFiscal(tg *tagger, i int) (match, bool) {
	j, _ := tg.optThe(i)
	if y, k := tg.fyYear(j); y > 0 {
		return date1(Date, k, vYear(y)) // "FY27", "FY2027"
	}
	if tg.word(j) != "fiscal" {
		if y, k := tg.yearNum(j); y > 0 && tg.fiscalWord(k) && tg.word(k+1) == "year" {
			return date1(Date, k+2, vYear(y))
		}
		return match{}, false
	}
	k := j + 1
	if tg.word(k) == "year" {
		k++
	}
	if y, k2 := tg.yearNum(k); y > 0 {
		return date1(Date, k2, vYear(y))
	}
	if d, nd := tg.num(k); nd == 2 && tg.word(k+1) != "" {
		return date1(Date, k+1, vYear(twoDigitYear(d)))
	}
	return match{}, false
}

// yearInScope reports whether a bare "the year" at i (ending before end)
// is the year under way, as a financial report counts it: "a high for the
// year", "the first nine months of the year", "the rest of the year". A
// year an event or a title belongs to ("the year before", "player of the
// year") is not.
func (tg *tagger) yearInScope(i, end int) bool {
	if yearTails[tg.word(end)] || tg.word(end) == "of" && tg.word(end+1) != "" || tg.capital(i+1) {
		return false // "the year of his death"; "a high for the year of $42" is the year
	}
	switch tg.word(i - 1) {
	case "for":
		return true
	case "of":
		w := tg.word(i - 2)
		_, isUnit := unitWords[w]
		return yearParts[w] || isUnit && strings.HasSuffix(w, "s") || tg.rankedBefore(i-2)
	}
	return false
}

// rankedBefore reports whether a superlative or an ordinal stands at k or
// up to two words before it, which makes "of the year" after it the year
// under way: "its first launch of the year", "the hottest day of the
// year", "the biggest of the year".
func (tg *tagger) rankedBefore(k int) bool {
	for m := k; m >= tg.from && m > k-3; m-- {
		if w := tg.word(m); superlative(w) || tg.lexAt(m).ordinal > 0 {
			return true
		}
	}
	return false
}

// superlative reports whether w is a superlative: "best", "most",
// "hottest", "busiest"; not a noun that ends so ("interest", "protest").
func superlative(w string) bool {
	return superlatives[w] || len(w) > 5 && hasSuffix(w, "est") && !estNouns[w]
}

// fiscalWord reports whether the word at k makes the year after it a
// company's year: "fiscal", or the British "financial" of "the financial
// year".
func (tg *tagger) fiscalWord(k int) bool {
	w := tg.word(k)
	return w == "fiscal" || w == "fy" && tg.capital(k) || w == "financial" && tg.word(k+1) == "year"
}

// taxYearAt reports whether "tax year" starts at token k.
func (tg *tagger) taxYearAt(k int) bool { return tg.word(k) == "tax" && tg.word(k+1) == "year" }

// fiscalEdge reports whether the date starting at token start says where a
// fiscal year begins or ends ("its budget for the fiscal year that began
// July 1", "the financial year which ends on March 31"): the edge of a
// period that comes round every year, not the time the story has
// reached, so "that afternoon" after it still points to the story's day.
func (tg *tagger) fiscalEdge(start int) bool {
	k := start - 1
	if w := tg.word(k); w == "on" || w == "in" {
		k--
	}
	if !fiscalEdgeVerbs[tg.word(k)] {
		return false
	}
	k--
	if w := tg.word(k); w == "that" || w == "which" {
		k--
	}
	if tg.word(k) != "year" {
		return false
	}
	return tg.fiscalWord(k-1) || tg.word(k-1) == "tax"
}

// ruleWholeYear reads "the full year", "the fiscal year", "the latest fiscal
// year" and "the year ended Sept. 30": a reporting year, which is a
// duration when its end is given and the current year otherwise.
func ruleWholeYear(tg *tagger, i int) (match, bool) {
	if tg.word(i) != "the" || !tg.hasDCT {
		return match{}, false
	}
	k := i + 1
	off := 0
	switch w := tg.word(k); {
	case wholeWords[w]:
		k++
	case w == "latest" || w == "last" || w == "previous":
		if !tg.fiscalWord(k + 1) {
			return match{}, false
		}
		off, k = -1, k+1
	case w == "current" || w == "new":
		// "the current fiscal year", "the new tax year": the year under
		// way, as TimeBank values it (wsj_0135); a bare "the new year"
		// is the holiday's
		if !tg.fiscalWord(k+1) && !tg.taxYearAt(k+1) {
			return match{}, false
		}
		k++
	}
	if tg.fiscalWord(k) || tg.taxYearAt(k) {
		k++
	}
	if tg.word(k) != "year" {
		return match{}, false
	}
	if yearEndedWords[tg.word(k+1)] {
		return date1(Duration, k+1, "P1Y")
	}
	if k == i+1 && !tg.yearInScope(i, k+1) {
		return match{}, false // a bare "the year" is too vague
	}
	return date1(Date, k+1, vYear(tg.wholeYear(i, k, off)+off))
}

// ruleMonthFor reads "the month" after "for", a figure's month as a
// financial or statistics report counts it: the month named just before
// in the sentence ("will publish its figures for March next Tuesday, and
// retail sales for the month on April 20"), else the month under way ("the
// index is down 3.8 percent for the month"). "For the month of May" is
// the month rule's.
func ruleMonthFor(tg *tagger, i int) (match, bool) {
	if tg.word(i) != "the" || tg.word(i+1) != "month" || tg.word(i-1) != "for" || i-1 < tg.from || !tg.hasDCT ||
		tg.word(i+2) == "of" || tg.hyphen(i+2) {
		return match{}, false
	}
	if tg.hasNamedMonth && tg.namedMonthFrom == tg.sentenceByte() {
		tg.noteNamedMonth("the month named before it in the sentence")
		return date1(Date, i+2, vMonth(tg.namedMonth.Year(), int(tg.namedMonth.Month())))
	}
	return date1(Date, i+2, vMonth(tg.dct.Year(), int(tg.dct.Month())))
}

// wholeYear is the year "the full year" or "the year" (its noun at k,
// its "the" at i, off -1 after "last") names before off moves it: the
// dct's, or a history's, the reported quarter's or the period just
// named, as the clause allows.
func (tg *tagger) wholeYear(i, k, off int) int {
	y := tg.dct.Year()
	if hy, ok := tg.historyYear(); ok && k == i+1 {
		y = hy // "for the rest of the year" in a history: the year it has reached
	}
	future := tg.tenseAround(i, k+1) == tenseFuture
	if tg.hasQuarter && off == 0 && tg.quarter.Year() < y && !future {
		// A report on a quarter of last year ("earned $9 million in the
		// fourth quarter", written in February) gives its full year too:
		// "For the full year, profit rose 8%" is that year; a forecast
		// for the year is the one under way.
		tg.noteQuarter("the year of the quarter the article reports on")
		y = tg.quarter.Year()
	}
	if tg.hasAnchor && tg.anchor.Precision > PrecisionYear && tg.anchor.Precision <= PrecisionMonth && off == 0 &&
		!(future && tg.anchor.LastDay().Year() < tg.dct.Year()) { // "expects to grow for the full year": this one
		tg.noteAnchor("the year of the period just named")
		// "the fourth quarter of 2005 and ... the entire year"; a winter
		// gives the year it ends in ("Last winter had lifted sales in
		// the first three months of the year").
		y = tg.anchor.LastDay().Year()
	}
	return y
}
