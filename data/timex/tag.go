package timex

import (
	"slices"
	"strconv"
	"strings"
	"sync"
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
	tg.borrow()
	defer tg.release()
	return tg.run()
}

// TagSentences is Tag that also returns the sentences of text, as
// Sentences splits it: the tagger splits text into sentences anyway, so a
// caller that needs both tokenises the text once instead of twice.
func TagSentences(text string, dct time.Time) ([]Timex, []Sentence) {
	tg := newTagger(text, dct)
	tg.borrow()
	defer tg.release()
	tg.sentences = []Sentence{}
	txs := tg.run()
	return txs, tg.sentences
}

// buffers are a tagger's working slices, which Tag takes from
// bufferPool and gives back: a small article would otherwise allocate
// them anew, several times its own size, on every call.
type buffers struct {
	toks     []token
	bounds   [][2]int
	vclasses []uint8
	// ahead holds the tokens of the blocks wholeTextCues reads ahead:
	// a long text's pieces each read their rest ahead, and a fresh
	// buffer of a piece's tokens every time cost more in zeroed pages
	// than tokenizing into it.
	ahead []token
}

var bufferPool = sync.Pool{New: func() any { return new(buffers) }}

// maxPooledTokens bounds the token buffer kept for reuse, so that one
// huge block does not pin its memory.
const maxPooledTokens = 1 << 18

// borrow gives tg the buffers of an earlier Tag call, if any.
func (tg *tagger) borrow() {
	tg.pooled = bufferPool.Get().(*buffers)
	b := tg.pooled
	tg.toks, tg.bounds, tg.vclasses = b.toks[:0], b.bounds[:0], b.vclasses[:0]
}

// release gives back the buffers tg borrowed, grown as they are, for the
// next Tag call; tg must not be used after it.
func (tg *tagger) release() {
	if cap(tg.toks) > maxPooledTokens {
		return
	}
	b := tg.pooled
	if !tg.toksAhead {
		// Tokens of a block read ahead share the buffer of all those
		// blocks: b keeps the one it had.
		b.toks = tg.toks
	}
	b.bounds, b.vclasses = tg.bounds, tg.vclasses
	if cap(tg.aheadBuf) <= maxPooledTokens && cap(tg.aheadBuf) > cap(b.ahead) {
		b.ahead = tg.aheadBuf
	}
	bufferPool.Put(b)
}

// tagger holds the state of one Tag call. It reads the text a block at a
// time (see nextBlock), so that its working memory is bounded by the
// block, not the text; what carries over from one sentence to the next
// (the anchor, the recent year, the reported quarter) carries over blocks.
type tagger struct {
	// all is the whole text; text is the current block of it, which
	// starts at byte base of all. Token offsets are into text.
	all  string
	base int
	// mentions is what the dates mentioned so far leave for the next
	// expression to count from; beforeQuote keeps it as it stood
	// before a quotation that dated something (see noteQuoted).
	mentions
	beforeQuote mentions
	quoted      quotedMention
	// voteSentence is one more than the byte where the sentence last
	// read for voteWords starts, voteAt where in all its first
	// maxVoteWords such words stand, and voteDist how far from the
	// nearest the day kept as voteDay stands, or -1 (see noteVoteDay).
	voteSentence int
	voteAt       []voteMention
	voteDist     int
	text         string
	lower        string // text with ASCII letters lower-cased
	toks         []token
	// cues are the block's sports and finance cues, as tokenize counted
	// them, and cuesBefore those of the blocks before it (sportsClause).
	cues, cuesBefore cueCount
	bounds           [][2]int // the block's sentences, reused from block to block
	// sentences gathers the sentences of all blocks as byte ranges of
	// all when it is not nil (TagSentences).
	sentences []Sentence
	dct       time.Time
	hasDCT    bool
	// backValue is the value of the expression tagged last when that
	// was a comparison with a year before (match.yearBack), else "".
	backValue string
	// farYears and nearYears count the years written out so far at least
	// two years from the dct and closer to it (see narrative).
	farYears, nearYears int
	// newsCue is whether an expression tagged so far speaks from the day
	// of writing (newsRules).
	newsCue bool
	// headingDay is the day that headed the last entry of a listing or
	// timeline ("Thursday, July 11: …", "March 1 - …"), which a weekday
	// heading the next entry follows (see weekdayAfterHeading).
	headingDay    time.Time
	hasHeadingDay bool
	// headWeek is the Monday of the week that a heading line named ("The
	// week ahead", "This week in the Commons"), and headWeekEnd the byte
	// offset where that heading ends: the first weekday heading an entry
	// of the list under it is a day of that week (weekdayUnderHeading).
	headWeek    time.Time
	headWeekEnd int
	hasHeadWeek bool
	// entryDate is the date that headed the last entry of a chronology
	// ("- August 2022: Auditors resign"), entryText that date as written,
	// and entryEnd the byte of all where that entry's sentence ends (see
	// entryYear); 0 if none.
	entryDate Span
	entryText string
	entryEnd  int
	// recentYear is the year written out in the current or previous
	// sentence (in a history, see narrative, the year written last),
	// which a following "on September 20" shares; 0 if none.
	recentYear int
	// recentMonth is the month of that mention, or 0 for a full date
	// (which lends its year to any month), or seasonMention for a season
	// (recentSeason, which lends it to its own months).
	recentMonth  int
	recentSeason Span
	// writtenDays are the last days written out with a year other than
	// the dct's ("the night of 3 November 2017"), oldest first, nWritten how many are
	// kept: a day and month written without one a few days from such a
	// day is in its year (writtenDayYear), however far back it was told.
	writtenDays [writtenDaysKept]time.Time
	nWritten    int
	// anyDayLast is whether the day mentioned last was a weekday of no
	// week in particular ("on a Sunday night"), which a day counted from
	// it is too (anyDayAfter); a coarser date named since keeps it.
	anyDayLast bool
	// weekendDay is the last Saturday or Sunday mentioned, which "the
	// weekend of the burial" points back to (weekendOfEvent).
	weekendDay    time.Time
	hasWeekendDay bool
	// recentEnd is the byte of all where that mention ends.
	recentEnd int
	// recentSince marks that mention as the start of a state running up
	// to now ("its lowest level since March 2009"), no year of the story.
	recentSince bool
	// quarter is the fiscal quarter the article reports on, once one has
	// been named; financial idioms ("the quarter", "a year ago") use it.
	quarter    time.Time
	hasQuarter bool
	// quarterFrom is the byte where the sentence that named quarter
	// starts in all (blocks restart token indices), so a comparison in
	// the same sentence can find it past a date between.
	quarterFrom int
	// namedMonth is the last month named as a month ("March", "the
	// April meeting"), for "for the month" after it (ruleMonthFor), and
	// namedMonthFrom the byte where its sentence starts; hasNamedMonth
	// whether there is one.
	namedMonth     time.Time
	namedMonthFrom int
	hasNamedMonth  bool
	// fiscalStart is the calendar quarter of the first fiscal quarter
	// named ("its fiscal fourth quarter"), and fiscalOrd its number in
	// the company's year, which later fiscal quarters count from.
	fiscalStart time.Time
	fiscalOrd   int
	hasFiscal   bool
	yearAge     int // sentences since recentYear was written
	// stepped is the month last named with its year as a step from the
	// year of writing ("March last year"), which a later bare month of
	// the same clause shares (see laterMonthSteppedYear).
	stepped steppedMonth
	// interview is the day the writer met the person a profile quotes
	// ("When I meet her ... last Wednesday"), which the quotes told in
	// the present ("she says") were spoken on (see noteInterview).
	interview    time.Time
	hasInterview bool
	// entryDay is the day of the live entry being read when its stamp
	// wrote a date ("Thu 7 May 2026 22.01 BST" over an entry of the night
	// before the page's day), which its "tonight" and "tomorrow" are
	// told from (see noteEntryDay).
	entryDay    time.Time
	hasEntryDay bool
	// liveStamps are the stamps of a live page that ran past midnight,
	// read once at its first entry stamp (liveRead): see stampDays.
	liveStamps []liveStamp
	liveRead   bool
	// scene is the past period the current sentence opens with, if
	// any (see noteScene).
	scene scene
	// from and to bound the current sentence in tokens; rules never look
	// past them.
	from, to int
	// lastEnd is the token index after the last expression tagged,
	// lastWeekday whether that expression began with a weekday name,
	// lastDaySet whether it was a weekly set ("every Monday") and
	// lastDuration whether it was a duration ("the first nine months").
	lastEnd int
	// lastDatedEnd is the token index after the last expression tagged
	// that was no duration: a "when" clause goes on past a duration in
	// it ("the summer of 2003, when fires forced them out for a week in
	// late August"), see whenYear.
	lastDatedEnd int
	lastWeekday  bool
	lastDaySet   bool
	lastDuration bool
	// sports caches whether the whole text reads as a match report
	// (sportsClause).
	sports textFlag
	// fiscalEnd caches the month a company's fiscal year ends in, as the
	// whole text states it (fiscalShift): 0 not yet read, -1 none.
	fiscalEnd int8
	// splitFinancialText caches whether the whole text names a split
	// financial year (namesSplitFinancialYear).
	splitFinancialText textFlag
	// splitEnd caches the month a split financial year ends in
	// (splitYearEnd): 0 not yet read.
	splitEnd int8
	// calendarPart is whether a quarter or half of a calendar year written
	// out has been named ("the first half of 2009"), after which a bare
	// part counts in calendar years too (see fiscalPart).
	calendarPart bool
	// calendarText caches writesCalendarPart.
	calendarText textFlag
	// clauseCues caches the sports and finance cues counted over the
	// sentence [from, to) of the block at base, so that a sentence with
	// many quarters ("third quarter … third quarter …") is counted once,
	// not once per quarter.
	clauseCues struct {
		base, from, to, sports, finance int
		ok                              bool
	}
	// ahead holds the blocks after the current one that were read to
	// count the whole text's cues, in order, for load to take; toksAhead
	// says toks is one of theirs.
	ahead     []block
	toksAhead bool
	// aheadBuf is the buffer the tokens of ahead were read into, for
	// release to give back.
	aheadBuf []token
	// vclasses caches each token's verb-group class plus one (0: not
	// yet classified); made on first use.
	vclasses []uint8
	// quarterText is the expression that set quarter, as written, for
	// explanations.
	quarterText string
	// quotes caches the current sentence's quotation marks (quoteAround).
	quotes quoteState
	// pooled holds the buffers borrowed from bufferPool, if any.
	pooled *buffers
	// ex collects explanations; nil unless Explain runs, so that Tag pays
	// only a nil check for them.
	ex *explainer
}

// mentions is the part of the tagger's state that the dates mentioned so
// far set for anaphoric expressions ("a day later", "that evening", "the
// previous day") to count from.
type mentions struct {
	// anchor is the last date mentioned, for "a day later" and the like.
	anchor    Span
	hasAnchor bool
	// lastDay is the last day mentioned, which a year or month named
	// since does not replace as the day a market report is on.
	lastDay    time.Time
	hasLastDay bool
	// anchorSince is whether the anchor is the start of a state that
	// runs up to now ("since Friday"), which words of the news just
	// past ("overnight") do not count from.
	anchorSince bool
	// lastClock is the start of the last time of day mentioned ("Saturday
	// night", "22:40 GMT"), which tells the midnight that ends it.
	lastClock    time.Time
	hasLastClock bool
	// mainDay is the last day mentioned outside an aside (see aside),
	// and lastDayAside whether the last day mentioned was in one: a
	// bare clock time after "a rating cut on Tuesday night" is on the
	// day the story tells of, not Tuesday.
	mainDay      time.Time
	hasMainDay   bool
	lastDayAside bool
	// lastDayReport is whether the last day mentioned dated a trailing
	// attribution ("..., the agency said on Tuesday."): the day of the
	// report, which "that day" in the next sentence does not point to.
	lastDayReport bool
	// mainClock is the time of day mainDay was named with, if any: the
	// evening whose small hours come next when an aside gave the hour
	// again in another zone.
	mainClock    time.Time
	hasMainClock bool
	// mainDayAt is the byte offset in all of the sentence mainDay was
	// named in: a trailing attribution is an aside only after a day of
	// its own sentence (trailingAttribution).
	mainDayAt int
	// told is the last date mentioned that is no comparison: neither
	// counted back from another (match.derived: "the same month a year
	// earlier") nor the point a figure is compared with ("its level of a
	// year earlier"). It is what "year-earlier" compares with and the
	// year "that October" points back to (thatYear); toldText is that
	// date as written.
	told     Span
	toldText string
	hasTold  bool
	// anchorText is the expression that set anchor, as written, for
	// explanations.
	anchorText string
	// voteDay is the day named nearest a vote in the last sentence about
	// one that names a day, which "the day after the vote" and "election
	// night" count from (see noteVoteDay).
	voteDay    time.Time
	hasVoteDay bool
	// stepFrom is the day a step back ("the previous day", "a day
	// earlier") was counted from, and stepAt the byte where that step's
	// sentence starts: a step forward in a later sentence ("a day
	// later") goes on from the story's day, not from the flashback
	// (see forwardBase).
	stepFrom    time.Time
	hasStepFrom bool
	stepAt      int
	// latestPast is the latest day mentioned in the week up to the dct,
	// the day of the event a report is about (see afterEventSpeech).
	latestPast    time.Time
	hasLatestPast bool
}

// textFlag caches a fact about the whole text, read at most once per
// text: 0 not yet read, 1 yes, -1 no.
type textFlag int8

// read returns the fact, calling check the first time only.
func (f *textFlag) read(check func() bool) bool {
	if *f == 0 {
		*f = -1
		if check() {
			*f = 1
		}
	}
	return *f > 0
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
	// yearBack marks the period in focus moved back a year ("a year ago",
	// "the year-earlier quarter"): a comparison, which a following "a
	// year earlier" repeats rather than moves back again.
	yearBack bool
	// doubt becomes Timex.Doubt.
	doubt string
	// background marks a date told in passing ("on Thursday, a day after
	// it reported"), which leaves the anchor on the day the story is on.
	background bool
}

func newTagger(text string, dct time.Time) *tagger {
	if len(text) > maxText {
		text = text[:maxText]
	}
	tg := &tagger{all: text, dct: dct, hasDCT: !dct.IsZero()}
	if tg.hasDCT {
		tg.dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
		tg.hasDCT = validYear(dct.Year())
	}
	return tg
}

func (tg *tagger) run() []Timex {
	end := nextBlock(tg.all, 0)
	if end == len(tg.all) {
		// News prose holds about one expression per 150 bytes.
		tg.load(0, end)
		return tg.runBlock(make([]Timex, 0, min(len(tg.all)/150+1, 4096)))
	}
	// A long text: each block's expressions are gathered in one reused
	// buffer and kept in a slice of their own size, and the result is
	// made once at the end, rather than grown step by step, which for a
	// large slice allocates several times its final size.
	var blocks [][]Timex
	var cur []Timex
	for base := 0; base < len(tg.all); base, end = end, nextBlock(tg.all, end) {
		tg.load(base, end)
		cur = tg.runBlock(cur[:0])
		blocks = append(blocks, slices.Clone(cur))
	}
	if out := slices.Concat(blocks...); out != nil {
		return out
	}
	return []Timex{} // empty, not nil, as for a short text
}

// load makes text[base:end] the current block: it folds and tokenizes it
// into the buffers of the block before.
func (tg *tagger) load(base, end int) {
	if base > 0 {
		// No expression of this block yet: nothing can join one
		// tagged in the block before, which a paragraph break ends.
		tg.lastEnd, tg.lastDatedEnd = -2, -2
	}
	tg.base, tg.text = base, tg.all[base:end]
	tg.cuesBefore.sports += tg.cues.sports
	tg.cuesBefore.finance += tg.cues.finance
	if len(tg.ahead) > 0 && tg.ahead[0].base == base {
		tg.lower, tg.toks, tg.cues = tg.ahead[0].lower, tg.ahead[0].toks, tg.ahead[0].cues
		tg.ahead, tg.toksAhead = tg.ahead[1:], true
	} else {
		tg.lower, tg.toks, tg.cues = readBlock(tg.text, tg.toks)
	}
	tg.bounds = sentenceBounds(tg.text, tg.lower, tg.toks, base == 0, tg.bounds)
	if tg.sentences != nil {
		tg.sentences = appendSentences(tg.sentences, tg.toks, tg.bounds, base)
	}
	tg.vclasses = tg.vclasses[:0]
}

// readBlock folds and tokenizes a block of text into buf and counts its
// cues.
func readBlock(text string, buf []token) (string, []token, cueCount) {
	lower := foldASCII(text)
	if buf == nil {
		buf = make([]token, 0, tokensIn(len(text)))
	}
	toks, cues := tokenize(lower, buf)
	return lower, toks, cues
}

// tokensIn is room for the tokens of n bytes of news prose, which holds
// about one per 5 bytes (TimeBank: one per 4.9), with a little to spare
// (one per 4.6), so that tokenize seldom grows the buffer: growing copies
// it and allocates twice its size.
func tokensIn(n int) int { return n/5 + n/64 + 16 }

// block is a block of the text read ahead of the tagger (see
// wholeTextCues): where it starts, its lower-cased copy and its tokens.
type block struct {
	base  int
	lower string
	toks  []token
	cues  cueCount
}

// sentenceByte is where the current sentence starts, in bytes of all.
func (tg *tagger) sentenceByte() int { return tg.base + int(tg.toks[tg.from].start) }

// opensParagraph reports whether token i follows a blank line.
func (tg *tagger) opensParagraph(i int) bool { return i > 0 && tg.toks[i].newlines >= 2 }

// runBlock tags the sentences of the current block and appends what it
// finds to out.
func (tg *tagger) runBlock(out []Timex) []Timex {
	for _, s := range tg.bounds {
		tg.from, tg.to = s[0], s[1]
		tg.scene = scene{}
		// A written year lends itself to the next sentence, not across
		// a paragraph break: "... annulled a vote in February 2020.\n\n
		// Observers, who arrived on Feb. 10, ..." is this year's (a
		// history keeps it, see narrative).
		if tg.yearAge++; (tg.yearAge > 1 || tg.opensParagraph(s[0])) && !tg.narrative() {
			tg.recentYear = 0
		}
		first := len(out)
		for i := s[0]; i < s[1]; i++ {
			if i = nextTrigger(tg.toks, i, s[1]); i == s[1] {
				break
			}
			if tg.quoted.on && tg.base+int(tg.toks[i].start) >= tg.quoted.end {
				tg.mentions, tg.quoted.on = tg.beforeQuote, false
			}
			m, rule, ok := tg.matchAt(i)
			if !ok {
				continue
			}
			start := i + m.first
			if start < tg.lastEnd || start < tg.from || start >= m.end {
				start = i // never reach back into the expression before
			}
			if tg.quotedTitle(start, m.end) {
				i = m.end - 1 // ABC's "This Week" is a programme
				continue
			}
			x := Timex{Start: tg.base + int(tg.toks[start].start), End: tg.base + int(tg.toks[m.end-1].end),
				Type: m.typ, Value: m.value, Mod: m.mod, Rule: rule, Doubt: m.doubt}
			x.Text = tg.all[x.Start:x.End]
			x.RangeEnd, x.Qualifies = tg.closesRange(out, start, &x), tg.qualifies(out, start, x)
			out = append(out, x)
			if tg.ex != nil {
				tg.ex.explain(tg, x, i, m) // before remember moves the anchor
			}
			tg.noteQuoted(start)
			counted := tg.countedFrom()
			lastDay, hasLastDay := tg.lastDay, tg.hasLastDay
			if !m.background {
				tg.remember(x, m.derived || tg.comparisonPeriod(start))
			}
			if counted.hasAnchor && tg.lastEnd > tg.from && tg.ownedYear(start, m.end) {
				tg.keepCountedFrom(counted)
			}
			if counted.hasAnchor && tg.fiscalEdge(start) {
				// the edge of a fiscal year is no day the story is on
				tg.keepCountedFrom(counted)
				tg.lastDay, tg.hasLastDay = lastDay, hasLastDay
			}
			tg.noteEditionYear(x, start, m.end)
			tg.noteMonthQuarter(out, m.end)
			tg.noteHeading(x, start, m.end)
			tg.noteHeadingWeek(x)
			tg.noteEntryDate(x, start, m.end)
			tg.noteMainDay(x, start)
			tg.noteScene(x, start, m.end)
			tg.noteInterview(x, start)
			tg.noteEntryDay(x, start, m.end)
			tg.noteContext(x, rule, m)
			tg.lastEnd = m.end
			if x.Type != Duration {
				tg.lastDatedEnd = m.end
			}
			tg.lastWeekday = tg.lexAt(start).hasAny(inWeekdays | inAbbrevs) // isWeekdayName
			tg.lastDaySet = x.Type == Set && strings.HasPrefix(x.Value, "XXXX-WXX-")
			tg.lastDuration = x.Type == Duration
			i = m.end - 1
		}
		tg.shareWrittenYear(out[first:])
	}
	return out
}

// noteEditionYear lets a year that names the noun after it ("the 2013
// race would be held on Oct. 13", "the 2026 season starts on March 8",
// "the tournament's 2017 dates, June 30 to July 9")
// lend its year to a day and month later in its sentence: the event the
// noun names falls in that year. A year alone lends itself to nothing
// ("the most since 2015; officials said on March 4").
func (tg *tagger) noteEditionYear(x Timex, start, end int) {
	if end-start != 1 || tg.toks[start].kind != kNum || !tg.editionLead(start-1) || !tg.nounAt(end) {
		return
	}
	if s, err := ParseValue(x.Value); err == nil && s.Precision == PrecisionYear {
		tg.recentYear, tg.recentMonth = s.Start.Year(), 0
		tg.yearAge = 1 // this sentence only
	}
}

// editionLead reports whether token k opens a noun phrase whose noun a
// year qualifies: "the" ("the 2013 race"), a possessive pronoun ("its
// 2017 dates") or a possessive "'s" ("the tournament's 2017 dates").
func (tg *tagger) editionLead(k int) bool {
	w := tg.word(k)
	if w == "the" || possessives[w] {
		return true
	}
	return w == "s" && (tg.punct(k-1, "'") || tg.punct(k-1, "’")) && tg.tight(k)
}

// nounAt reports whether token k is a word that can be a noun: no verb,
// preposition or coordinator, within the sentence.
func (tg *tagger) nounAt(k int) bool {
	if k >= tg.to || tg.toks[k].kind != kWord {
		return false
	}
	w := tg.word(k)
	return tg.vword(k) == vNone && !prepositions[w] && !coordinators[w]
}

// nextTrigger returns the first token in [i, end) that an expression can
// start at as far as its lexicon entry tells, or end: a number, a trigger
// mark or a word with a role, as tokenize marks them. The others, most
// tokens of a text (words and marks outside the lexicon, words such as
// "of"), matchAt would turn away after a call that returns a whole match;
// a loop of its own over them keeps the slice in registers.
func nextTrigger(toks []token, i, end int) int {
	for i < end && !toks[i].trigger {
		i++
	}
	return i
}

// comparisonPeriod reports whether the expression starting at token
// start is a period something is compared with ("rose from the second
// quarter", "compared with the previous quarter") or one counted from the
// period in focus ("the previous quarter"): it is not the quarter the
// article reports on, whose focus stays for "the quarter" and "a year
// earlier" after it.
func (tg *tagger) comparisonPeriod(start int) bool {
	k := start
	if tg.word(k) == "the" {
		k++
	}
	if anaphoricWords[tg.word(k)] || tg.word(k) == "prior" {
		return true // "the previous quarter"
	}
	k = start - 1
	if w := tg.word(k); (w == "with" || w == "to") && tg.word(k-1) == "compared" {
		return true // "compared with the second quarter"
	}
	return k >= tg.from && comparisonWords[tg.word(k)] && tg.word(k) != "over" && tg.word(k) != "compared"
}

// quotedMention records a quotation that dated something: on while the
// tagger is inside it, end the byte of all after its closing mark.
type quotedMention struct {
	on  bool
	end int
}

// noteQuoted keeps the mentions as they stand before the expression at
// token start when it is the first dated one inside a quotation: a day
// quoted counts from the speech ("Tomorrow we start," she said on
// Saturday), so the story's own "the following morning" or "the
// previous day" after the quotation counts from the story's day, not
// from the quoted one. runBlock puts them back after the closing mark.
func (tg *tagger) noteQuoted(start int) {
	if tg.quoted.on {
		return
	}
	if _, close, ok := tg.quoteAround(start); ok {
		tg.beforeQuote = tg.mentions
		tg.quoted = quotedMention{on: true, end: tg.base + int(tg.toks[close].end)}
	}
}

// splitYearHalf reports whether x, read as s, is a half of a split
// financial year ("the budget for 2026/27" as April 2026 and March 2027):
// the year rule gives it a month the text never names, so it lends
// neither that month nor its year to a later "on the 24th" or "on March 3".
func splitYearHalf(x Timex, s Span) bool {
	return x.Rule == "year" && s.Precision == PrecisionMonth
}

// remember makes a calendar date the anchor of later anaphoric
// expressions.
func (tg *tagger) remember(x Timex, derived bool) {
	if x.Type != Date && x.Type != Time {
		return
	}
	if strings.HasPrefix(x.Value, "XXXX-WXX-") {
		tg.anyDayLast = true
	}
	s, err := ParseValue(x.Value)
	if err != nil {
		return
	}
	tg.noteStepBack(x, s)
	tg.anchor, tg.hasAnchor, tg.anchorText = s, true, x.Text
	tg.anchorSince = tg.sinceBefore(x)
	if !derived && !tg.comparison(x) {
		tg.told, tg.hasTold, tg.toldText = s, true, x.Text
	}
	if s.Precision >= PrecisionDay {
		tg.anyDayLast = false // a year or decade named since leaves no day to count from
		tg.lastDay, tg.hasLastDay = s.Start.Truncate(24*time.Hour), true
		if wd := tg.lastDay.Weekday(); wd == time.Saturday || wd == time.Sunday {
			tg.weekendDay, tg.hasWeekendDay = tg.lastDay, true
		}
		tg.noteLatestPast(tg.lastDay, x)
		tg.noteVoteDay(tg.lastDay, x)
	}
	if s.Precision > PrecisionDay {
		tg.lastClock, tg.hasLastClock = s.Start, true
	}
	if s.Precision == PrecisionDay && tg.eveningOfDayBefore(x.Start) {
		// "on the night of Monday, May 9, ... he died shortly after 1am":
		// the night a day is named for is its time of day, as that of
		// "Monday night" is, so its small hours are the next day's and
		// its "shortly before midnight" the day's last minute.
		tg.lastClock, tg.hasLastClock = s.Start.Add(eveningStartHour*time.Hour), true
	}
	halfYear := splitYearHalf(x, s)
	if s.Precision == PrecisionMonth && !halfYear {
		tg.namedMonth, tg.namedMonthFrom, tg.hasNamedMonth = s.Start, tg.sentenceByte(), true
	}
	if s.Precision == PrecisionQuarter && !derived {
		tg.quarter, tg.hasQuarter, tg.quarterText = s.Start, true, x.Text
		tg.quarterFrom = tg.sentenceByte()
	}
	if s.Precision >= PrecisionDay && !derived && writesYear(x.Text) && (!tg.hasDCT || s.Start.Year() != tg.dct.Year()) {
		// A day of the dct's year (the page's own date line among
		// them) tells the tense reading nothing it does not weigh.
		tg.keepWrittenDay(s.Start.Truncate(24 * time.Hour))
	}
	if s.Precision >= PrecisionMonth && writesYear(x.Text) && !halfYear {
		tg.recentYear, tg.yearAge, tg.recentEnd = s.Start.Year(), 0, x.End
		tg.recentMonth = int(s.Start.Month())
		tg.recentSince = tg.sinceBefore(x)
		if s.Precision >= PrecisionDay {
			tg.recentMonth = 0
		}
	}
	if s.Precision == PrecisionMonth && namesItsYear(x.Text) {
		tg.stepped = steppedMonth{year: s.Start.Year(), month: int(s.Start.Month()), end: x.End, sentence: tg.sentenceByte()}
	}
	if s.Precision == PrecisionSeason && writesYear(x.Text) {
		// "the summer of 1982 ...: she won the chair on 6 August": a
		// season written with its year lends it to its own months.
		tg.recentYear, tg.yearAge, tg.recentMonth = s.Start.Year(), 0, seasonMention
		tg.recentSeason = s
	}
	tg.countYear(x.Text, s)
}

// writtenDaysKept bounds the days written with their year that the tagger
// keeps for writtenDayYear, so the look-up stays constant per date.
const writtenDaysKept = 8

// keepWrittenDay adds day, written with its year, to tg.writtenDays,
// dropping the oldest when full.
func (tg *tagger) keepWrittenDay(day time.Time) {
	if tg.nWritten == writtenDaysKept {
		copy(tg.writtenDays[:], tg.writtenDays[1:])
		tg.nWritten--
	}
	tg.writtenDays[tg.nWritten] = day
	tg.nWritten++
}

// eveningOfDayBefore reports whether "the night of" or "the evening of"
// stands just before the byte at: the day after it is named for its
// night ("last seen on the night of Saturday 16 August").
func (tg *tagger) eveningOfDayBefore(at int) bool {
	before := strings.TrimRight(tg.lowerBefore(at, len("the evening of ")+1), " ")
	return strings.HasSuffix(before, "the night of") || strings.HasSuffix(before, "the evening of")
}

// eveningStartHour is the hour a night or evening named by its day is
// taken to start at, an evening's first (the TIMEX3 EV span opens at 18).
const eveningStartHour = 18

// noteStepBack records, before x becomes the anchor, the day it stepped
// back from when x is a day counted back from the day before it ("the
// previous day", "a day earlier"); a mention of the same day ("that
// evening") goes on with the flashback, and any other day ends it.
func (tg *tagger) noteStepBack(x Timex, s Span) {
	if !tg.hasAnchor || tg.anchor.Precision < PrecisionDay || s.Precision < PrecisionDay {
		tg.hasStepFrom = false
		return
	}
	day, from := s.Start.Truncate(24*time.Hour), tg.anchor.Start.Truncate(24*time.Hour)
	if day.Equal(from) {
		return // "that evening" of the day stepped back to goes on with it
	}
	if x.Rule != "anaphor" && x.Rule != "count" || !day.Before(from) {
		tg.hasStepFrom = false
		return
	}
	tg.stepFrom, tg.hasStepFrom, tg.stepAt = tg.anchor.Start.Truncate(24*time.Hour), true, tg.sentenceByte()
}

// forwardBase returns the day a step forward ("a day later", "the next
// day") counts from: after a step back in an earlier sentence ("Inspectors
// had visited the site the previous day ... Mills died a day later"), the
// day that step was counted from, which the story goes on from.
func (tg *tagger) forwardBase(base time.Time) time.Time {
	if tg.hasStepFrom && tg.stepAt != tg.sentenceByte() {
		tg.noteDayAnchor("story day", tg.stepFrom, "the day a step back in an earlier sentence was counted from")
		return tg.stepFrom
	}
	return base
}

// noteLatestPast keeps day, that of x, as the latest day mentioned in
// the week up to the dct if it is later than the one kept. The date of a
// dateline or a publication line dates the page, no event.
func (tg *tagger) noteLatestPast(day time.Time, x Timex) {
	if !tg.hasDCT || day.After(tg.dct) || tg.dct.Sub(day) > 7*24*time.Hour {
		return
	}
	if day.Equal(tg.dct) && tg.datesPage(x) {
		return
	}
	if !tg.hasLatestPast || day.After(tg.latestPast) {
		tg.latestPast, tg.hasLatestPast = day, true
	}
}

// noteVoteDay keeps day, that of x, as the day of the vote when x's
// sentence speaks of one ("will choose a new parliament on Sunday, Feb.
// 25, in a snap election", "kept his seat by 212 votes on November 5"):
// of the sentence's days, the one nearest a vote word, so that "a recount
// of Sunday's vote began on Tuesday" keeps the Sunday. A day counted from
// the vote is no new one.
func (tg *tagger) noteVoteDay(day time.Time, x Timex) {
	if x.Rule == "anaphor" || x.Rule == "vote-day" {
		return
	}
	if at := tg.sentenceByte() + 1; tg.voteSentence != at {
		// once a sentence, however many days it names
		tg.voteSentence, tg.voteAt, tg.voteDist = at, tg.voteAt[:0], -1
		for k := tg.from; k < tg.to && len(tg.voteAt) < maxVoteWords; k++ {
			if tg.voteMention(k) {
				tg.voteAt = append(tg.voteAt, voteMention{tg.base + int(tg.toks[k].start), tg.voteAnaphor(k)})
			}
		}
	}
	d, vote := -1, day
	for _, v := range tg.voteAt {
		p := v.at
		n, at := max(p-x.End, x.Start-p), day
		if p > x.End && votePossessive(tg.all[x.End:p]) {
			n = 0 // "Sunday's mayoral vote": the vote's own day
		}
		back, counted := 0, false
		if p > x.End && p-x.End <= voteCountReach {
			back, counted = countedFromVote(tg.all[x.End:p])
		}
		switch {
		case p > x.End && thatBetween(tg.all[x.End:p]):
			continue // "had said on Monday that the recall would not affect the ballot": the saying's day
		case counted && back == 0:
			continue // "on Monday after the vote": another day, how far unsaid
		case counted:
			n, at = 0, day.AddDate(0, 0, -back) // "on 8 November, three days after the vote"
		case v.anaphor:
			continue // "closes on August 31, and results come the day after the vote"
		}
		if d < 0 || n < d {
			d, vote = n, at
		}
	}
	if d >= 0 && (tg.voteDist < 0 || d < tg.voteDist) {
		tg.voteDay, tg.hasVoteDay, tg.voteDist = vote, true, d
	}
}

// thatBetween reports whether between, the text from a day to a vote word
// after it, opens a clause with "that": the vote word is in the clause
// reported or described ("said on Monday that the recall would not
// affect the ballot"), and the day is the saying's, not the vote's.
func thatBetween(between string) bool {
	return strings.Contains(between, " that ") || strings.HasPrefix(between, " that")
}

// voteMention reports whether the word at k names the vote itself: a
// vote word that does not qualify a body or its people ("the Election
// Commission on Monday", "election officials said on Friday") and is no
// vote cast ahead of the day ("advance voting takes place on April 19",
// "early voting opened on Monday"), whose days are not the vote's.
func (tg *tagger) voteMention(k int) bool {
	return voteWords[tg.word(k)] && !voteBodyNouns[tg.word(k+1)] && !earlyVoteWords[tg.word(k-1)]
}

// voteMention is a vote word of the sentence noteVoteDay reads: the byte
// where it stands, and whether it is the noun of a day counted from a vote
// dated before (voteAnaphor), which dates a vote only when the phrase
// is an apposition of the day ("on 4 November, the day before the
// election").
type voteMention struct {
	at      int
	anaphor bool
}

// voteAnaphor reports whether the vote word at k is the noun of an
// expression that counts from a vote ("results are expected the day after
// the vote", "on the eve of the referendum"): the definite noun points back
// to a vote the article dated before, so it makes no day of its own
// sentence the vote's ("the register closes on August 31 and results come
// the day after the vote" is no vote on August 31).
func (tg *tagger) voteAnaphor(k int) bool {
	j := k - 1
	for j > k-4 && tg.word(j) != "the" {
		j-- // "the second-round vote", as dayBesideVote reads it
	}
	head, ok := voteAnaphorHeads[tg.word(j-1)]
	return ok && tg.word(j) == "the" && tg.word(j-2) == head
}

// votePossessive reports whether between, the text from a day to a vote
// word after it, makes the day the vote's own: a possessive and at most
// two words ("Sunday's mayoral vote", "Sunday’s vote").
func votePossessive(between string) bool {
	rest, ok := strings.CutPrefix(between, "'s ")
	if !ok {
		rest, ok = strings.CutPrefix(between, "’s ")
	}
	return ok && strings.Count(rest, " ") <= 2 && !strings.ContainsAny(rest, ",;:.()")
}

// countedFromVote reads between, the words from a day to a vote word
// that follows it, for a count of the day from the vote: "8 November,
// three days after the vote" is counted, 3 days after it (back 3), "the
// day before the election" 1 day before (back -1), and "on Monday after
// the vote" counted with no count given (back 0). Such a day is not the
// vote's own.
func countedFromVote(between string) (back int, counted bool) {
	words := strings.Fields(strings.ToLower(between))
	// The relation follows the day at once, behind a comma and a count at
	// most (", three days after"): further on, past "and the count ended
	// the day after", it is another clause's.
	words = words[:min(len(words), voteRelationReach+1)]
	for r, w := range words {
		sign := voteRelations[w]
		if sign == 0 {
			continue
		}
		if r >= 1 {
			if per := voteCountUnits[strings.TrimSuffix(words[r-1], "s")]; per > 0 {
				n := 1 // "a day after", "the day before"
				if r >= 2 {
					if c, ok := cardinals[words[r-2]]; ok {
						n = c
					} else if c, err := strconv.Atoi(words[r-2]); err == nil && c > 0 && c < 100 {
						n = c
					}
				}
				return sign * n * per, true
			}
		}
		return 0, true
	}
	return 0, false
}

// voteRelationReach is the most words countedFromVote lets stand between
// a day and the relation that counts it from the vote: a comma, an article
// or a count, and a unit (", the day before", ", three days after").
const voteRelationReach = 4

// voteCountReach bounds the text from a day to a vote word that
// countedFromVote reads: the count and the word that relate the day to
// the vote follow the day at once.
const voteCountReach = 40

// maxVoteWords bounds the vote words noteVoteDay keeps of a sentence.
const maxVoteWords = 8

// datesPage reports whether x stands in a line that dates the page: a
// publication line or the dateline opening a line. Such lines are short,
// and a dateline is read from its line's start: datesPage reads at most
// pageLineMax bytes either way of x, which keeps a text of one huge line
// linear.
func (tg *tagger) datesPage(x Timex) bool {
	from := max(0, x.Start-pageLineMax)
	k := strings.LastIndexByte(tg.all[from:x.Start], '\n')
	if k < 0 && from > 0 {
		return false
	}
	start := from + k + 1
	to := min(len(tg.all), x.End+pageLineMax)
	end := strings.IndexByte(tg.all[x.End:to], '\n')
	whole := end >= 0 || to == len(tg.all)
	if end < 0 {
		end = to - x.End
	}
	line := tg.all[start : x.End+end]
	// A dateline opens a paragraph of any length; its start is enough.
	return whole && IsPublicationLine(line) || DatelineHeader(line) > x.Start-start
}

// pageLineMax bounds, in bytes either side of a date, the line datesPage
// reads.
const pageLineMax = 200

// sinceBefore reports whether x is the start of a state that runs up to
// now, "since" opening it or standing right before it ("payments have
// failed since the early hours of Friday"): the day it names is not the
// day the story is on.
func (tg *tagger) sinceBefore(x Timex) bool {
	if strings.HasPrefix(tg.lowerOf(x), "since ") {
		return true
	}
	before := tg.lowerBefore(x.Start, sinceReach)
	for n := 0; n < 5; n++ {
		before = strings.TrimRight(before, " \t\n\r")
		start := strings.LastIndexAny(before, " \t\n\r") + 1
		switch w := before[start:]; {
		case w == "since":
			return true // "since the early hours of Friday"
		case w == "" || !sinceLeadIns[w]:
			return false
		}
		before = before[:start]
	}
	return false
}

// lowerOf is the text of x, tagged in the current block, lower-cased.
func (tg *tagger) lowerOf(x Timex) string { return tg.lower[x.Start-tg.base : x.End-tg.base] }

// lowerBefore returns up to n bytes of the current block before byte at
// of all, lower-cased: the words a rule reads before a date, in place.
func (tg *tagger) lowerBefore(at, n int) string {
	return tg.lower[max(0, at-tg.base-n) : at-tg.base]
}

// sinceReach bounds, in bytes, how far before a date sinceBefore reads.
const sinceReach = 48

// matchAt returns the longest reading of the tokens starting at i and the
// name of the rule that gave it.
func (tg *tagger) matchAt(i int) (match, string, bool) {
	t := tg.toks[i]
	switch t.kind {
	case kNum:
		if i > tg.from+1 && !t.space && (tg.punct(i-1, ",") || tg.punct(i-1, ".")) && tg.toks[i-2].kind == kNum &&
			tg.tight(i-1) {
			return match{}, "", false // the "000" of "1,000"
		}
	case kPunct:
		if !triggerMark(t.in(tg.lower)) {
			return match{}, "", false
		}
	case kWord:
		role := tg.entry(i).role
		if role == 0 || role&roleLeadIn != 0 && !tg.continues(i+1) && !tg.inTheDay(i+1) && !tg.restOfTheDay(i+1) {
			return match{}, "", false
		}
	}
	list := &wordRules
	switch {
	case t.kind == kNum:
		list = &numberRules
	case tg.ex == nil && indexRules:
		// Only the rules that declare the word can start at it;
		// explanations list every rule's attempt, so they try all.
		if list = tg.entry(i).rules; list == nil {
			return match{}, "", false
		}
	}
	best, win, won := tg.longest(list, i, false)
	if tg.ex != nil {
		tg.ex.won(won, i)
	}
	if win < 0 || best.end <= i || tg.inHashtag(i) {
		return match{}, "", false
	}
	if best.first == 0 && tg.word(i) == "the" && tg.adjectival(i+1, best.end) {
		best.first = 1
	}
	return best, list.names[win], true
}

// longest tries every rule of list at token i and returns the longest
// reading with a value, the index of its rule (-1 if none) and, while
// explaining, its attempt; on a tie the earlier rule wins. With dates set
// only dates that start at i count, as ruleMod needs.
func (tg *tagger) longest(list *ruleList, i int, dates bool) (match, int, *attempt) {
	var best match
	var won *attempt
	win := -1
	gated := list.gates != nil && tg.ex == nil && indexRules
	for k, fn := range list.fns {
		if gated && list.gates[k] != nil && !list.gates[k](tg, i) {
			continue // explanations list every attempt, so they try all
		}
		if tg.ex != nil {
			tg.ex.begin(list.names[k])
		}
		m, ok := fn(tg, i)
		var a *attempt
		if tg.ex != nil {
			a = tg.ex.end(m, ok)
		}
		if !ok || m.end <= best.end || dates && (m.typ != Date || m.first != 0) || !dates && m.value == "" {
			continue
		}
		best, win, won = m, k, a
	}
	return best, win, won
}

// wordRulesAt maps every trigger word of the lexicon (in lower case) and
// trigger mark to the word rules that declare it among their triggers, in
// registry order, so that matchAt tries two or three rules at a word
// rather than all of them. indexRules turns the index and the rules'
// atNumber gates off for the test that checks they change nothing.
var (
	wordRulesAt map[string]*ruleList // made by init, with wordIndex
	indexRules  = true
)

func indexWordRules() map[string]*ruleList {
	index := map[string]*ruleList{}
	add := func(w string) {
		for _, r := range ruleRegistry {
			if declares(r, w) {
				if index[w] == nil {
					index[w] = &ruleList{}
				}
				index[w].add(r)
			}
		}
	}
	for w := range wordRoles {
		add(w)
	}
	add("'")
	add("’")
	return index
}

// wordEntries holds every distinct wordEntry once (see entries.go), at
// the index wordIndex gives its words; entry 0 is that of every other
// word. tokenize writes the index into each token, so that the tagger
// looks a word up once, not at every rule dispatch, lead-in check and
// list lookup.
var (
	wordEntries []wordEntry
	wordIndex   *wordTable
)

// init makes the rule index and the word index, from the rule registry,
// whose rules read ahead through them (sportsClause): a variable's
// initialiser would make a cycle.
func init() {
	wordRulesAt = indexWordRules()
	wordEntries, wordIndex = indexWordEntries()
}

// entry returns the word entry of token i.
func (tg *tagger) entry(i int) *wordEntry {
	return tokenEntry(tg.toks[i])
}

// tokenEntry returns the word entry of a token.
func tokenEntry(t token) *wordEntry { return &wordEntries[t.lex()] }

// declares reports whether w, a word in lower case or a mark, is among
// r's triggers, itself or by its class.
func declares(r namedRule, w string) bool {
	for _, tr := range r.triggers {
		if in := triggerClasses[tr]; tr == w || in != nil && in(w) {
			return true
		}
	}
	return false
}

// triggerMark reports whether a mark can start an expression: the
// apostrophe of "the '90s".
func triggerMark(s string) bool { return s == "'" || s == "’" }

// inHashtag reports whether token i is part of a hashtag ("#Friday",
// "#summer2019"): posts tag a topic so, not a time, and the tweets
// annotators leave such tags out. It looks back at most hashtagTokens
// tokens, so a long run of text without spaces stays linear.
func (tg *tagger) inHashtag(i int) bool {
	for stop := max(tg.from, i-hashtagTokens); i > stop && tg.tight(i) && tg.toks[i-1].kind != kPunct; {
		i--
	}
	return tg.tight(i) && tg.punct(i-1, "#")
}

// hashtagTokens is the most tokens a hashtag is read over
// ("#WorldCup2026Final" is three).
const hashtagTokens = 8

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
	return tg.toks[i].kind != kWord || tg.entry(i).role&roleTrigger != 0 ||
		hemisphereWords[tg.word(i)] && tg.continues(i+1) // "each southern spring"
}

// inTheDay reports whether "in the day" (or "in the week", "in the
// month", "in the year") starts at i, which a lead-in ("earlier",
// "later") makes an expression of although none of its words is a
// trigger.
func (tg *tagger) inTheDay(i int) bool {
	_, ok := inTheUnits[tg.word(i+2)]
	return ok && tg.word(i) == "in" && tg.word(i+1) == "the"
}

// restOfTheDay reports whether "rest of the day" (or "remainder of the
// day") starts at i.
func (tg *tagger) restOfTheDay(i int) bool {
	return dayRemainders[tg.word(i)] && tg.word(i+1) == "of" && tg.word(i+2) == "the" && tg.word(i+3) == "day"
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
	if i < tg.from || i >= tg.to || tg.toks[i].kind != kNum || tg.toks[i].val < 0 {
		return -1, 0
	}
	t := tg.toks[i]
	return int(t.val), int(t.end - t.start)
}

func (tg *tagger) punct(i int, s string) bool {
	return i >= tg.from && i < tg.to && tg.toks[i].kind == kPunct && tg.toks[i].in(tg.lower) == s
}

// hyphen reports whether token i is a dash joining two words or numbers.
func (tg *tagger) hyphen(i int) bool {
	if i < tg.from || i >= tg.to || tg.toks[i].kind != kPunct {
		return false
	}
	switch tg.toks[i].in(tg.lower) {
	case "-", "–", "‐":
		return true
	}
	return false
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
	// tenseNearest is a plan seen from the past ("was due to meet on
	// Thursday"): the nearest such day either way.
	tenseNearest
)

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

// steppedMonth is a month named with its year as a step from the year of
// writing ("March last year"): its year and month, the byte of all where
// the mention ends and the byte where its sentence starts.
type steppedMonth struct{ year, month, end, sentence int }

// namesItsYear reports whether a month expression names its year as a
// step from the year of writing ("March last year", "May of next year",
// "June this year"): the year is as fixed as one written out.
func namesItsYear(s string) bool {
	for _, suffix := range [...]string{" last year", " next year", " this year"} {
		if len(s) > len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
			return true
		}
	}
	return false
}
