package timex

import "strings"

// Tests of the clause around a verb group that governingTense and
// readGroup ask: a condition backshifted under "would", a plan acted on,
// undone or run, a headline's line, a fronted "by", days joined in a list.

// presentNow reports whether group g is a verb whose past is its present
// form (presentAsPast: "put", "cut", "set") right after "now", which makes
// it the present: "traders now put the chance of a cut by March at one in
// three".
func (tg *tagger) presentNow(g group) bool {
	return presentAsPast[tg.word(g.head)] && tg.word(g.head-1) == "now"
}

// startedInPast reports whether the start word at k ("starting",
// "beginning") opens a phrase whose clause, before j, is told in the past,
// so that what began on the date has begun: the phrase trails a past
// clause after a comma ("it rained for five days, starting on August 22")
// or opens its sentence before a past verb ("Beginning Monday, schools
// closed for a week"). A phrase that trails a verb without a comma may
// date its noun instead ("announced layoffs starting Monday"), which is
// ahead.
func (tg *tagger) startedInPast(k, j int) bool {
	return tg.punct(k-1, ",") && tg.pastGroupBefore(k-1) || tg.frontedPast(k, j)
}

// startInside reports whether the start word at k ("starting",
// "beginning") opens a phrase set off by commas after a noun, with the
// verb of its clause right after the closing comma at j: "the threat of
// tariffs, starting September 1, sent investors into bonds".
func (tg *tagger) startInside(k, j int) bool {
	if !tg.punct(k-1, ",") || !tg.punct(j, ",") || tg.toks[max(k-2, 0)].kind != kWord || tg.vword(k-2).verbal() {
		return false
	}
	g, ok := tg.groupAfter(j)
	return ok && g.start == j+1 && tg.vword(g.start).finite() && !reportingVerbs[tg.word(g.head)]
}

// frontedPast reports whether the word at k opens its sentence, or a
// clause after "and" or "but", with a phrase that ends in a comma at j,
// and the verb after it is a past ("Until Monday, the bridge was closed");
// a reporting verb there is a parenthesis, no clause's verb.
func (tg *tagger) frontedPast(k, j int) bool {
	if k > tg.from && !coordinators[tg.word(k-1)] || !tg.punct(j, ",") {
		return false
	}
	g, ok := tg.groupAfter(j)
	if !ok || reportingVerbs[tg.word(g.head)] {
		return false // "Starting Monday, officials said, buses will run"
	}
	switch tg.vword(g.start) {
	case vPast, vBePast, vHavePast:
		return true
	}
	return false
}

// frontedBy reports whether "by" at k opens its clause (at the sentence's
// start, after "and", "but" or a comma) with the date before j, and the
// clause's verb after the date is a past: "and by Wednesday night the
// phone had not stopped ringing", "and by the end of March they held the
// valley" tell a state reached by then, which is gone. A reporting verb
// there is a parenthesis ("By Friday, officials said, the road will
// reopen"), no clause's verb.
func (tg *tagger) frontedBy(k, j int) bool {
	if k > tg.from && !coordinators[tg.word(k-1)] && !tg.punct(k-1, ",") {
		return false
	}
	g, ok := tg.groupAfter(j)
	if !ok || reportingVerbs[tg.word(g.head)] {
		return false
	}
	switch tg.vword(g.start) {
	case vPast, vBePast, vHavePast:
		return true
	}
	return false
}

// comparisonBase reports whether the hint word at k ends a comparison's
// base: "up from" or "down from" just before the date ("up from its April
// forecast") or before the figure the date dates ("down from 2.4% in
// March"). What a figure is compared with is already known.
func (tg *tagger) comparisonBase(k int) bool {
	for j := k; j > tg.from && k-j <= comparisonReach; j-- {
		w := tg.word(j)
		if w == "from" {
			return comparedFrom[tg.word(j-1)] && !(tg.word(j-1) == "up" && startUpVerbs[tg.word(j-2)]) ||
				tg.changedFigureBefore(j)
		}
		if tg.toks[j].kind != kNum && !tg.punct(j, "%") && !tg.punct(j, "$") && !tg.punct(j, ".") && !amountWords[w] && !figureUnits[w] &&
			!tg.lexAt(j).has(inPossessives) && w != "the" {
			return false
		}
	}
	return false
}

// changedFigureBefore reports whether "up" or "down" and a figure stand
// right before the "from" at j: "prices up about 12 percent from
// October", "down 3.1% from a year earlier".
func (tg *tagger) changedFigureBefore(j int) bool {
	m := j - 1
	figure := false
	for ; m > tg.from && j-m <= comparisonReach; m-- {
		w := tg.word(m)
		if tg.toks[m].kind == kNum || tg.punct(m, "%") || tg.punct(m, ".") || amountWords[w] || figureUnits[w] {
			figure = figure || tg.toks[m].kind == kNum
			continue
		}
		if !approximators[w] {
			break
		}
	}
	return figure && comparedFrom[tg.word(m)]
}

// closingLevel reports whether the hint word at k ends a closing price
// or level the date after it fixes ("a premium of 31 percent to Pexton's
// closing price on Friday", "the close on Friday"): a price is known once
// the market has closed. "Shops will close on Friday" has no determiner,
// and "due after the close on Wednesday" names the hour of a report, the
// end of the session, which its verb puts ahead or behind.
func (tg *tagger) closingLevel(k int) bool {
	w := tg.word(k)
	if w == "close" {
		if sessionEdgeWords[tg.word(k-2)] && tg.word(k-1) == "the" {
			return false
		}
		return tg.word(k-1) == "the" || tg.lexAt(k-1).has(inPossessives)
	}
	return priceNouns[w] && tg.word(k-1) == "closing"
}

// comparisonReach bounds how far back comparisonBase looks for "from":
// a figure and its unit ("2 . 4 %", "$ 44 billion").
const comparisonReach = 5

// measuredFrom reports whether the month or season [i, j) names an event
// that a span is measured from: "a month after the December election",
// "weeks before the spring poll". A weekday is left to the verb, and so is
// a date that is itself the point ("the day before March 3").
func (tg *tagger) measuredFrom(i, j int) bool {
	if !tg.attributive(i, j) || !tg.monthOrSeason(i) {
		return false
	}
	k := i - 2 // before the determiner
	if w := tg.word(k); w != "after" && w != "before" {
		return false
	}
	_, unit := unitWords[tg.word(k-1)]
	return unit
}

// subjectAside reports whether the expression [i, j) ends an aside set
// off by commas just before its verb group g, which holds more than the
// date: ", off Indonesia on Oct. 29, are due". An aside that is only the
// date ("The leaders, on Thursday, will meet") dates the verb.
func (tg *tagger) subjectAside(g group, i, j int) bool {
	if j != g.start-1 || !tg.punct(j, ",") || (tg.word(i-1) != "on" && tg.word(i-1) != "in") {
		return false
	}
	for k := i - 2; k > tg.from && k >= i-6; k-- {
		if tg.punct(k, ",") {
			return k < i-2 && tg.toks[k-1].kind == kWord
		}
		if tg.toks[k].kind != kWord || tg.vword(k).verbal() {
			return false
		}
	}
	return false
}

// backshifted reports whether the simple past group g heads a time clause
// or a condition ("once", "when", "until", "before", "after", "if",
// "unless" and a short subject) under a clause that reads ahead: "was
// likely to rise once teams reached …", "would stay closed until
// engineers checked …", "told officials to prepare more aid if prices
// were still high …". A past "be" counts as a simple past.
func (tg *tagger) backshifted(g group, i, j int) bool {
	k, ok := tg.backshiftOpener(g)
	if !ok || tg.causeAfter(k) {
		return false
	}
	main, ok := tg.groupBefore(k)
	if !ok || tg.word(k) == "after" && tg.vword(main.start) == vHavePast {
		// "had expected the film to take more after surveys released
		// on Wednesday showed": what a past perfect's expectation came
		// "after" is what prompted it, gone by. Not a condition: "had
		// told officials to prepare if prices were high in the autumn"
		// still looks ahead.
		return false
	}
	if a := main.start - 1; a > tg.from && tg.vword(a).aux() {
		main = tg.groupAt(a, k) // "was" of "was likely to rise"
	}
	main.end = min(main.end, k) // "once" is no adverb of the group here
	t, _, _ := tg.readGroup(main, true, i, j)
	return t == tenseFuture || t == tenseNearest
}

// causeAfter reports whether the opener at k is an "after" set off by a
// comma: "said they would try again, after the court ruled late Friday"
// gives the news that prompted the report, told in the past, not a step
// of the plan still ahead.
func (tg *tagger) causeAfter(k int) bool {
	return tg.word(k) == "after" && k-1 > tg.from && tg.punct(k-1, ",")
}

// backshiftOpener returns the word that opens the time clause or condition
// whose simple past group g heads, a short subject before it ("once teams
// reached", "if prices were", "if the snow did not thaw": the past "do"
// of a negation or question is the same simple past), and whether there
// is one.
func (tg *tagger) backshiftOpener(g group) (int, bool) {
	if c := tg.vword(g.start); c != vPast && c != vBePast && c != vDoPast || c == vPast && g.head != g.start {
		return 0, false
	}
	k := g.start - 1
	for k > tg.from && k >= g.start-4 && tg.toks[k].kind == kWord && !tg.backshiftWordAt(k) &&
		!tg.vword(k).aux() && tg.vword(k) != vPast {
		k-- // the subject: "teams", "the engineers"
	}
	return k, tg.backshiftWordAt(k)
}

// backshiftWordAt reports whether token k ends a word or phrase that opens
// a time clause or a condition (backshiftWords): "once", "until", or the
// second "as" of "as soon as" and "as long as" ("were likely to buy as soon
// as trading opened on Monday").
func (tg *tagger) backshiftWordAt(k int) bool {
	w := tg.word(k)
	if w == "as" {
		p := tg.word(k - 1)
		return (p == "soon" || p == "long") && tg.word(k-2) == "as"
	}
	return backshiftWords[w]
}

// timeClausePresent reports whether the present group g heads a time
// clause or a condition (conditionWords and a short subject before it:
// "when she steps down after Saturday's game", "once the club signs"),
// whose present speaks of what is still to come, not of a headline's
// deed done.
func (tg *tagger) timeClausePresent(g group) bool {
	k := g.start - 1
	for k > tg.from && k >= g.start-4 && tg.toks[k].kind == kWord && !conditionWords[tg.word(k)] && tg.vword(k) == vNone {
		k-- // the subject: "she", "the club"
	}
	return k < g.start-1 && conditionWords[tg.word(k)]
}

// frontedCondition reports whether the simple past group g heads a
// condition that opens its clause, before a main clause that reads ahead
// with no perfect: "If the bill failed in September, the government would
// fall" speaks of a September to come; "would have fallen" looks back. The
// condition may open the sentence, a quotation or a reported clause, after
// "that" or the reporting verb ("warned that unless a deal was struck by Friday it would walk
// out"), and the main clause may follow a comma, a reporting aside ("If
// talks failed on Friday, the union said, it would strike") or, with no
// comma, the condition itself. It returns the tense: future, or nearest
// after "that", whose clause looks ahead from a past report, as a time
// clause under a reported future does (backshifted).
func (tg *tagger) frontedCondition(g group, j int) (tense, bool) {
	k, ok := tg.backshiftOpener(g)
	if !ok || !conditionOpeners[tg.word(k)] {
		return tenseNone, false
	}
	reported := k-1 > tg.from && (tg.word(k-1) == "that" || reportingVerbs[tg.word(k-1)])
	if k != tg.from && !tg.quoteMark(k-1) && !reported {
		return tenseNone, false
	}
	main, ok := tg.conditionMain(j)
	fc := tg.vword(main.start)
	if !ok || fc != vWould && fc != vWill && fc != vModal || tg.perfectHave(main) {
		return tenseNone, false
	}
	if reported {
		return tenseNearest, true
	}
	return tenseFuture, true
}

// conditionAhead reports whether the simple past group g heads a
// condition before a main clause that reads ahead (frontedCondition).
func (tg *tagger) conditionAhead(g group, j int) bool {
	_, ok := tg.frontedCondition(g, j)
	return ok
}

// conditionMain finds the main clause's group after a condition whose
// date ends at j: after the next comma, past a reporting aside set off by
// commas ("the union said,"), or, when no comma follows in reach, the next
// group itself.
func (tg *tagger) conditionMain(j int) (group, bool) {
	c := tg.nextComma(j - 1)
	if !tg.punct(c, ",") {
		return tg.groupAfter(j)
	}
	main, ok := tg.groupAfter(c + 1)
	if ok && reportingVerbs[tg.word(main.head)] && tg.punct(main.end, ",") {
		return tg.groupAfter(main.end + 1)
	}
	return main, ok
}

// calledOffEvent reports whether group g calls off an event that the
// expression [i, j) dates as a possessive or attributive: "cancelled
// Wednesday's sailings", "postponed the Friday vote".
func (tg *tagger) calledOffEvent(g group, i, j int) bool {
	if w := tg.word(g.head); !calledOffWords[w] && !rescheduleVerbs[w] || !(tg.possessive(j) || tg.nounAfter(j)) {
		return false // "cancelled Wednesday's sailings", "has moved Sunday's kick-off"
	}
	for k := g.end; k < i; k++ {
		// "postponed two of Sunday's matches", "cancelled all Sunday
		// sailings": a share of the day's events is called off too.
		if w := tg.word(k); !determiners[w] && !objectShares[w] && cardinals[w] == 0 && tg.toks[k].kind != kNum {
			return false
		}
	}
	return true
}

// calledOffSubject reports whether group g, after the expression [i, j),
// calls off the event the expression dates as the possessive opening the
// clause's subject: "Saturday's running at the Grand Prix has been
// cancelled", "Sunday's match has been postponed". The possessive's noun
// may be an -ing form ("running"); the rest of the subject, up to
// calledOffSubjectReach tokens, holds no verb or mark, so the group is
// the subject's own and not a later clause's.
func (tg *tagger) calledOffSubject(g group, i, j int) bool {
	if !tg.possessive(j) || !calledOffWords[tg.word(g.head)] || !tg.subjectAt(i) ||
		g.start <= j+2 || g.start-j > calledOffSubjectReach {
		return false
	}
	for k := j + 3; k < g.start; k++ {
		if tg.toks[k].kind != kWord || tg.vword(k).verbal() {
			return false
		}
	}
	return true
}

// calledOffSubjectReach bounds the tokens calledOffSubject reads from a possessive
// to its clause's verb: the "'s", the noun and a short phrase after it.
const calledOffSubjectReach = 10

// nounAfter reports whether token j is a word that a date before it can
// qualify: "Sunday sailings", not "Sunday after" or "Sunday and".
func (tg *tagger) nounAfter(j int) bool {
	if j >= tg.to || tg.toks[j].kind != kWord {
		return false
	}
	w := tg.word(j)
	return !prepositions[w] && !coordinators[w] && !tg.vword(j).verbal()
}

// afterEventNamed reports whether the month or season [i, j) names the
// event right after "after" or "following": "its second increase this
// year after April's move", "after the March vote". A weekday's event
// is left to the clause: "After Sunday's election, the winner will form
// a government" is ahead.
func (tg *tagger) afterEventNamed(i, j int) bool {
	if !tg.monthOrSeason(i) {
		return false
	}
	k := i - 1
	if determiners[tg.word(k)] {
		k--
	}
	w := tg.word(k)
	return (w == "after" || w == "following") && tg.attributive(i, j)
}

// afterEventAt reports whether the expression at i dates the noun phrase
// of an "after" or "following" a few words before it: "after a red card
// in January", "following a crash on Sunday", "after repairs over the
// winter". scored says a match score stands between ("after beating Town
// 2-1 in Tuesday's replay"): a result, so the event is over.
func (tg *tagger) afterEventAt(i int) (ok, scored bool) {
	if w := tg.word(i - 1); w != "in" && w != "on" && w != "over" && w != "during" {
		return false, false
	}
	for k := i - 2; k >= tg.from && k >= i-8; k-- {
		if tg.toks[k].kind == kNum || tg.hyphen(k) {
			// a score: "after a 3-0 win away on Friday night"
			scored = scored || tg.hyphen(k) && tg.toks[k-1].kind == kNum && tg.toks[k+1].kind == kNum
			continue
		}
		switch w := tg.word(k); {
		case w == "after" || w == "following":
			return k < i-2, scored
		case w == "" || tg.vword(k).verbal() || prepositions[w] && w != "away" || tg.leftStop(k):
			return false, false
		}
	}
	return false, false
}

// planActedOn reports whether the participle at k ("planned" of "all
// sailings planned for Friday") qualifies the noun before it, in a clause
// whose verb before that noun is past: "cancelled", "forced … to stand
// down from".
func (tg *tagger) planActedOn(k int) bool {
	if k-1 <= tg.from || tg.toks[k-1].kind != kWord || tg.vword(k-1) != vNone || prepositions[tg.word(k-1)] {
		return false
	}
	g, ok := tg.groupBefore(k - 1)
	if !ok {
		return false
	}
	first := g.start
	for first < g.head && tg.vword(first) == vAdv {
		first++
	}
	c := tg.vword(first)
	return c == vPast || c == vBePast || c == vHavePast || c == vDoPast
}

// notUntilPast reports whether the "until" at k follows a negated verb
// group in the past ("did not finish the work until", "wasn't restarted
// until", "never paid until"), whose deed came on the date after it. A
// plan or a wish so told ("was not expected until March", "did not plan
// to leave until Friday", "did not expect a decision until March") is
// left to the rules of what looks ahead.
func (tg *tagger) notUntilPast(k int) bool {
	g, ok := tg.groupBefore(k)
	if !ok || !tg.groupHasAny(g, negations) || tg.schedulePredicate(g) {
		return false
	}
	for m := g.start; m < k; m++ {
		if w := tg.word(m); w == "to" || verbLex[w].has(lForward) || expectVerbs[w] {
			return false
		}
	}
	first := g.start
	for first < g.head && (tg.vword(first) == vAdv || negations[tg.word(first)]) {
		first++
	}
	if tg.word(first) == "won" && (tg.punct(first+1, "'") || tg.punct(first+1, "’")) {
		return false // "won't ship until November": will not
	}
	c := tg.vword(first)
	return c == vPast || c == vBePast || c == vHavePast || c == vDoPast
}

// planUndoneAfter reports whether the plan a date ending before j was set
// for is the subject of a past verb right after it: "A round planned for
// April was cancelled", "a visit scheduled for Thursday was called off".
// Undone in the past, the plan was for a time just ahead or just gone.
func (tg *tagger) planUndoneAfter(j int) bool {
	g, ok := tg.groupAfter(j)
	if !ok || g.start != j {
		return false
	}
	c := tg.vword(g.start)
	return c == vPast || c == vBePast || c == vHavePast
}

// planRanAfter reports whether the plan a date ending before j was set
// for is the subject of an active simple past right after it that does
// not undo or move it: "A deadline set for Saturday passed", "a march
// planned for Sunday drew thousands"; not "was cancelled", "slipped to
// May".
func (tg *tagger) planRanAfter(j int) bool {
	g, ok := tg.groupAfter(j)
	if !ok || g.start != j || g.start != g.head || tg.vword(g.head) != vPast {
		return false
	}
	w := tg.word(g.head)
	return !calledOffWords[w] && !rescheduleVerbs[w]
}

// headlineLine reports whether the sentence is a headline: a line of its
// own that opens with a capital, ends with no stop and is short, with no
// mark of a post (a handle, a hashtag, a link), which tells of its own
// day in the present as a schedule would.
func (tg *tagger) headlineLine() bool {
	if tg.from > 0 && tg.toks[tg.from].newlines == 0 || !tg.lineAlone(tg.to) || !tg.capital(tg.from) ||
		tg.to-tg.from > headlineWords {
		return false
	}
	last := tg.toks[tg.to-1]
	if last.kind == kPunct && !tg.punct(tg.to-1, ")") {
		return false // "… on Monday.", "… on Monday!", a quote's close
	}
	line := tg.text[tg.toks[tg.from].start:last.end]
	return !strings.ContainsAny(line, "@#") && !strings.Contains(line, "http")
}

// headlineWords bounds the tokens of a headline; headlineNews is how many
// days back a weekday in a headline's present may be the news it reports.
const (
	headlineWords = 16
	headlineNews  = 2
)

// daysBack returns how many days before the publication date the weekday
// at token i last fell (1 to 7), or 0 when no weekday is there.
func (tg *tagger) daysBack(i int) int {
	wd, ok := weekdayWords[tg.word(i)]
	if !ok || !tg.hasDCT {
		return 0
	}
	return (int(tg.dct.Weekday())-wd+6)%7 + 1
}

// monthWord reports whether token k is a month name.
func (tg *tagger) monthWord(k int) bool {
	_, month := monthWords[tg.word(k)]
	return month
}

// monthOrSeason reports whether token k is a month or season word.
func (tg *tagger) monthOrSeason(k int) bool {
	_, month := monthWords[tg.word(k)]
	_, season := seasonWords[tg.word(k)]
	return month || season
}

// phraseReach bounds how many words of a noun phrase may stand between
// the word that governs it and the date at its end: "ahead of a speech by
// the president on Saturday".
const phraseReach = 8

// phraseTense reads the noun phrase that the date after token k closes,
// with no verb or mark between: governed by "ahead of", "ahead to" or "until"
// ("postponed until the next session in the fall"), or with a noun a
// forward adjective qualifies ("a possible meeting over the weekend", "the
// planned visit on Friday"), it looks ahead; governed by "since" ("since
// the crash on Sunday"), back.
func (tg *tagger) phraseTense(k int) tense {
	limit := k - phraseReach
	for m := k; m > tg.from && m > limit; m-- {
		if tg.possessive(m) {
			// "ahead of the Federal Reserve's next policy meeting on
			// May 6": the mark and its "s" end a word of the phrase.
			limit -= 2
			continue
		}
		if tg.toks[m].kind == kPunct || tg.vword(m).verbal() && !tg.nounIng(m) {
			return tenseNone // "originally planned for October": a verb
		}
		switch w := tg.word(m); {
		case (w == "of" || w == "to") && tg.word(m-1) == "ahead" || phraseForward[w]:
			return tenseFuture
		case w == "for" && pathNouns[tg.word(m-1)] && tg.word(m-2) == "the":
			return tenseFuture // "clearing the way for her inauguration on August 28"
		case w == "of" && chanceNouns[tg.word(m-1)]:
			return tenseFuture // "put the chance of acceptable weather on Tuesday at 70 percent"
		case w == "since":
			return tensePast
		case w == "after" || w == "before" || w == "following":
			return tenseNone // "until June 2024 after passing a medical on Tuesday": a phrase of its own
		}
	}
	return tenseNone
}

// beForm reports whether a class is a form of "be": is, was, be, been.
func (c vclass) beForm() bool { return c >= vBePres && c <= vBeen }

// joinedDays reports whether two days joined by "and" end just before
// token k, a plural subject for a present verb there: "Thursday and
// Friday look", "Thursday night and Friday morning look".
func (tg *tagger) joinedDays(k int) bool {
	s := k - 1
	if _, part := dayParts[tg.word(s)]; part {
		s--
	}
	if s <= tg.from || !tg.dayNamed(s) || tg.word(s-1) != "and" {
		return false
	}
	m := s - 2
	if _, part := dayParts[tg.word(m)]; part {
		m--
	}
	return m >= tg.from && tg.dayNamed(m)
}

// idiomOf reports whether the noun governor at k follows "of", as in
// "shareholders of record on Aug. 31": the idiom governs a date a
// preposition away too, where "a record in May" does not.
func (tg *tagger) idiomOf(k int) bool {
	return tg.word(k-1) == "of"
}

// fragmentOpens reports whether token k is a quote mark that opens, after
// a lower-case word of the clause, the quoted words a date stands in, with
// no verb between them found before it (groupBefore reads back from the
// date): `a version will follow "in the new year"`, `it would be shown
// "early in the new year"`. The verb before the mark governs the date, as
// quotedPhrase lets it govern a date after a closed quotation; a quotation
// opened after a colon or comma is a sentence of its own.
func (tg *tagger) fragmentOpens(k int) bool {
	if !(tg.punct(k, "\"") || tg.punct(k, "“")) || tg.tight(k) || k+1 >= tg.to || !tg.tight(k+1) || k-1 < tg.from {
		return false
	}
	return tg.toks[k-1].kind == kWord && !tg.capital(k-1)
}

// quotedPhrase reports whether token k closes a quoted phrase that sits
// inside its clause, opened after a lower-case word and followed by one,
// and returns its opening mark: 'the two sides had "narrowed their
// differences" at talks on Monday', 'would open talks with "every willing
// party" on Monday'. The verb inside governs a date after it, where a
// quote that is a whole sentence ('"We hope so," he said') is a clause of
// its own.
func (tg *tagger) quotedPhrase(k int) (int, bool) {
	if !(tg.punct(k, "\"") || tg.punct(k, "”")) || !tg.tight(k) || k+1 >= tg.to ||
		tg.toks[k+1].kind != kWord || tg.capital(k+1) || reportingVerbs[tg.word(k+1)] {
		return -1, false
	}
	for m := k - 1; m > tg.from && m >= k-groupSearch; m-- {
		if tg.punct(m, "\"") || tg.punct(m, "“") {
			return m, tg.toks[m-1].kind == kWord && !tg.capital(m-1) && tg.tight(m+1)
		}
	}
	return -1, false
}

// timeClauseAfter reports whether group g, after the date ending at j,
// opens with a present perfect in a "when" or "once" clause set off right
// after the date: "in September, when the midges have gone", "from
// March, once the works have finished".
func (tg *tagger) timeClauseAfter(j int, g group) bool {
	k, ok := tg.timeClauseAt(j, g)
	// A plain present may be habitual ("sales peak in August, when
	// most of France is on holiday"); a perfect looks ahead.
	return ok && k >= 0 && tg.vword(g.start) == vHavePres
}

// timeClauseAt returns where the "when" or "once" right after the date
// ending at j (past a comma) stands, when group g is its clause's verb
// after a subject of a few plain words.
func (tg *tagger) timeClauseAt(j int, g group) (int, bool) {
	k := j
	if tg.punct(k, ",") {
		k++
	}
	if w := tg.word(k); w != "when" && w != "once" || g.start <= k || g.start-k > 4 {
		return -1, false
	}
	for m := k + 1; m < g.start; m++ {
		if tg.toks[m].kind == kPunct {
			return -1, false // the subject is a few words or figures: "when 31C was recorded"
		}
	}
	return k, true
}

// pastWhenAfter reports whether a "when" clause in the past follows the
// date ending at j, set off by a comma: "cooler than Monday, when 31C
// was recorded", "on Friday, when the plant closed". It says the day is
// gone, whatever the verb that governs the date.
func (tg *tagger) pastWhenAfter(j int) bool {
	if !tg.punct(j, ",") || tg.word(j+1) != "when" {
		return false
	}
	g, ok := tg.groupAfter(j + 2)
	if !ok {
		return false
	}
	if _, ok := tg.timeClauseAt(j, g); !ok {
		return false
	}
	switch tg.vword(g.start) {
	case vPast, vBePast, vHavePast, vDoPast:
		return true
	}
	return false
}
