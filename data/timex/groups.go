package timex

import "strings"

// Finding the verb group that governs an expression: the nearest group
// before it in its clause, the one right after it, or the first after a
// fronted date (verbgroup.go gives the whole design, readgroup.go how a
// group is read).

// governingGroup finds the verb group that governs tokens [i, j); after
// says it follows them.
func (tg *tagger) governingGroup(i, j int) (g group, ok, after bool) {
	fronted := tg.clauseOpensAt(i) || (tg.possessive(j) || tg.attributive(i, j)) && tg.subjectAt(i)
	if tg.vword(j).verbal() {
		g, ok = tg.groupAfter(j)
		if ok && g.start == j {
			if gb, okb := tg.groupBefore(i); okb && !tg.reportedSubject(gb, g, i) && (i-gb.end <= 2 && (tg.vword(gb.head) == vPast || tg.vword(gb.head) == vPred) ||
				tg.relativeVerb(gb.start)) {
				// "The law passed in July takes effect", "if jobs
				// data due on Friday beat forecasts", "The storm that
				// hit the coast on Sunday is now moving north": the
				// date ends a participle's, a predicate's or a
				// relative clause's phrase; the verb after it belongs
				// to the subject before.
				return gb, true, false
			}
			return g, true, true // "Boeing on Tuesday delivered"
		}
	}
	return tg.nearestGroup(i, j, fronted)
}

// reportedSubject reports whether the date before group g ends the subject
// of a clause that the reporting verb of gb introduces, and g is that
// clause's future or modal verb: "said play on Sunday would start early",
// "said the vote on Friday will go ahead", or a present "be": "said Friday
// is the deadline". The report is past; the
// reported clause's verb governs the date in its subject.
func (tg *tagger) reportedSubject(gb, g group, i int) bool {
	if !reportingVerbs[tg.word(gb.head)] || i < gb.end || i > gb.end && prepositions[tg.word(gb.end)] {
		return false
	}
	c := tg.vword(g.start)
	return c == vWill || c == vWould || c == vModal || c == vBePres // "said Friday is the deadline"
}

// thingsRelative reports whether group g opens a relative clause on a
// thing, its "which" or "that" right before it ("the new interchange,
// which opens on Sunday"): in a caption such a clause tells what the
// thing pictured does by its timetable, not the moment pictured.
func (tg *tagger) thingsRelative(g group) bool {
	w := tg.word(g.start - 1)
	return w == "which" || w == "that"
}

// relativeVerb reports whether the verb group starting at k opens a
// relative clause: a relative word stands right before it ("that hit",
// "which struck") or before a short subject ("that police found").
func (tg *tagger) relativeVerb(k int) bool {
	for m := k - 1; m >= tg.from && m >= k-3; m-- {
		if relativeWords[tg.word(m)] {
			return true
		}
		if tg.toks[m].kind != kWord || tg.vword(m).verbal() || prepositions[tg.word(m)] {
			return false
		}
	}
	return false
}

// groupText returns the words of group g as written.
func (tg *tagger) groupText(g group) string {
	return tg.text[tg.toks[g.start].start:tg.toks[g.end-1].end]
}

// nearestGroup finds the group that governs tokens [i, j): the one before
// them in their clause, else the one after; for a fronted expression the
// other way round. after says the group follows the expression.
func (tg *tagger) nearestGroup(i, j int, fronted bool) (g group, ok, after bool) {
	if fronted && tg.attributionAfter(j) {
		// "will be carried out in two stages, in June and in August,
		// the company said": the date after a comma ends the clause
		// before it; the attribution closing the sentence is no verb
		// the date opens a clause for.
		if g, ok := tg.groupBefore(i); ok {
			return g, true, false
		}
	}
	if !fronted {
		if g, ok := tg.groupBefore(i); ok {
			return g, true, false
		}
	}
	if g, ok := tg.groupAfter(j); ok {
		if gb, okb := tg.groupBeforeAside(i); okb && tg.purposeRightAfter(j, g) {
			// "would leave the race after the time trial, on Friday
			// evening, to prepare": an infinitive of purpose has no
			// tense of its own; the date set off by commas is the
			// clause's before it.
			return gb, true, false
		}
		return g, true, true
	}
	if fronted {
		if g, ok := tg.groupBefore(i); ok {
			return g, true, false
		}
	}
	if g, ok := tg.chainedPredicate(i); ok {
		return g, true, false
	}
	return group{}, false, false
}

// chainedPredicate finds, for an expression at i with no verb group in
// reach, the group of the predicate list it ends: after ", and" or ", and
// then" the later predicates of "is expected to form over the Plains on
// Monday, bring rain to Missouri overnight, and then move through three
// states on Tuesday" share the first one's verb group, which lies beyond
// the reach of a search from the date. The search goes on from the comma.
func (tg *tagger) chainedPredicate(i int) (group, bool) {
	for k := i - 1; k > tg.from+1 && k >= i-groupSearch; k-- {
		if tg.word(k) == "and" && tg.punct(k-1, ",") {
			return tg.groupBefore(k - 1)
		}
		if tg.leftStop(k) {
			return group{}, false
		}
	}
	return group{}, false
}

// groupBeforeAside finds the group before the expression at i in its
// clause, or, when a comma sets the expression off, the group before that
// comma: "would leave the race after the time trial, on Friday evening".
func (tg *tagger) groupBeforeAside(i int) (group, bool) {
	if g, ok := tg.groupBefore(i); ok {
		return g, true
	}
	for k := i - 1; k >= tg.from && k >= i-groupSearch; k-- {
		if tg.leftStop(k) {
			if !tg.punct(k, ",") {
				return group{}, false
			}
			return tg.groupBefore(k)
		}
	}
	return group{}, false
}

// purposeRightAfter reports whether group g, found after the expression
// ending before j, is a bare "to"-infinitive that follows it at once, past
// a part of the day and a comma at most: "on Friday evening, to prepare
// for the race".
func (tg *tagger) purposeRightAfter(j int, g group) bool {
	k := j
	if _, ok := dayParts[tg.word(k)]; ok {
		k++ // the weekday's part of the day: "on Friday evening, to"
	}
	if tg.punct(k, ",") {
		k++
	}
	c := tg.vword(g.start)
	return g.start == k+1 && tg.word(k) == "to" && (c == vBase || c == vPres)
}

// attributionAfter reports whether the sentence goes on after token j,
// past any words and dates up to a comma, with a trailing attribution:
// a comma, a short subject ("the company", "officials", "she") and a
// reporting verb that ends the sentence ("..., the company said.").
func (tg *tagger) attributionAfter(j int) bool {
	k := j
	for k < tg.to && k < j+attributionReach && !tg.punct(k, ",") {
		if tg.vword(k).verbal() {
			return false
		}
		k++
	}
	if !tg.punct(k, ",") {
		return false
	}
	for m := k + 1; m < tg.to && m <= k+4; m++ {
		if reportingVerbs[tg.word(m)] && m > k+1 {
			return m+1 >= tg.to || tg.toks[m+1].kind == kPunct
		}
		if tg.toks[m].kind != kWord || tg.vword(m).verbal() {
			return false
		}
	}
	return false
}

// attributionReach bounds, in tokens, how far attributionAfter looks for
// the comma before the attribution.
const attributionReach = 8

// clauseOpensAt reports whether the expression at i starts its clause, so
// that its verb follows: "On Thursday, leaders …", "…, and in July the
// bank will …".
func (tg *tagger) clauseOpensAt(i int) bool {
	k := i - 1
	for k >= tg.from && (dateHintSkips[tg.word(k)] || tg.punct(k, "(") || tg.punct(k, "[")) {
		k-- // a date in brackets belongs to the clause around them
	}
	return k < tg.from || tg.leftStop(k) || tg.punct(k, ",") || coordinators[tg.word(k)] && !tg.betweenAnd(k)
}

// betweenAnd reports whether the "and" at k closes a range "between"
// opened a few words before it ("between Thursday and Easter Monday"):
// it joins two dates of one clause, and opens no clause of its own.
func (tg *tagger) betweenAnd(k int) bool {
	if tg.word(k) != "and" {
		return false
	}
	for m := k - 1; m >= tg.from && m >= k-betweenReach; m-- {
		if tg.word(m) == "between" {
			return true
		}
		if tg.vword(m).verbal() || tg.punct(m, ",") || tg.punct(m, ";") {
			return false
		}
	}
	return false
}

// betweenReach bounds, in tokens, how far back betweenAnd looks for
// "between": the opening date of a range ("10pm on Saturday").
const betweenReach = 6

// possessive reports whether the expression ending before j is a
// possessive: "Thursday's summit".
func (tg *tagger) possessive(j int) bool {
	return (tg.punct(j, "'") || tg.punct(j, "’")) && tg.word(j+1) == "s" && tg.tight(j)
}

// subjectAt reports whether a possessive or attributive expression at i
// can open the subject of what follows: after a reporting verb or a clause
// opener ("said Thursday's summit will", "said the January 23 polls will
// be rigged").
func (tg *tagger) subjectAt(i int) bool {
	k := i - 1
	if tg.word(k) == "the" || tg.word(k) == "last" || tg.word(k) == "this" {
		k--
	}
	return k < tg.from || tg.leftStop(k) || reportingVerbs[tg.word(k)]
}

// leftStop reports whether token k opens a clause, so that a verb before
// it governs another clause.
func (tg *tagger) leftStop(k int) bool {
	t := tg.toks[k]
	if t.kind == kPunct {
		return tg.clauseMark(k) || tg.dash(k)
	}
	w := tg.word(k)
	if w == "that" && (prepositions[tg.word(k-1)] || tg.word(k-1) == "to") {
		// A determiner: "more on that story Friday". "to" counts here
		// though prepositions leaves it out for its infinitive, which
		// takes a verb, never "that": "close to that level on Wednesday".
		return false
	}
	if w == "that" && tg.pronounThat(k) {
		return false
	}
	return tg.lexAt(k).has(inClauseStarters)
}

// pronounThat reports whether "that" at k is a pronoun, the object of the
// verb before it, not the opener of a clause: a date phrase follows it
// and ends its clause with no verb ("will announce that on Monday, so I
// cannot say", "decided that in March."). A clause it opens has a verb
// after the date: "said that on Monday it had approved the plan", "said
// that on Monday, the board had approved it". The lexicon alone tells
// the verbs here, as leftStop serves the classes of the words around.
func (tg *tagger) pronounThat(k int) bool {
	if !prepositions[tg.word(k+1)] {
		return false
	}
	for m := k + 2; m < tg.to && m <= k+pronounThatReach; m++ {
		if tg.toks[m].kind == kPunct && tg.clauseMark(m) {
			return true
		}
		if tg.punct(m, ",") {
			// ", so I cannot say" opens another clause; ", the board
			// had approved it" goes on with the one "that" opened.
			return coordinators[tg.word(m+1)]
		}
		if w := tg.word(m); verbShaped(w) || verbLex[w] != (lexEntry{}) {
			return false
		}
	}
	return k+pronounThatReach >= tg.to
}

// pronounThatReach bounds, in tokens, the date phrase after a pronoun
// "that" that pronounThat reads up to the end of its clause.
const pronounThatReach = 7

// clauseMark reports whether the punctuation token k ends a clause; the
// colon of a clock time ("at 00:01 Tuesday") does not.
func (tg *tagger) clauseMark(k int) bool {
	s := tg.toks[k].in(tg.lower)
	if s == ":" && k > tg.from && tg.toks[k-1].kind == kNum && k+1 < tg.to && tg.toks[k+1].kind == kNum && tg.tight(k) && tg.tight(k+1) {
		return false
	}
	return clausePunct[s]
}

// dash reports whether token k is a dash set off by spaces, which breaks a
// clause as a semicolon does.
func (tg *tagger) dash(k int) bool {
	s := tg.toks[k].in(tg.lower)
	return (s == "–" || s == "—" || s == "-") && tg.toks[k].space && k+1 < tg.to && tg.toks[k+1].space
}

// groupSearch bounds how far a governing verb is looked for, in tokens;
// weakReach how far back a verb known only by its -ed may be.
const (
	groupSearch = 30
	weakReach   = 10
)

// guessed reports whether a group's only verb is a guessed -ed form. A
// "to"-infinitive after it makes its first word a verb for sure ("hoping
// to complete", "planned to open"): no noun takes one as its verb.
func (tg *tagger) guessed(g group) bool {
	if g.to >= 0 {
		return false
	}
	for k := g.start; k < g.end; k++ {
		w := tg.word(k)
		if c := tg.vword(k); c.aux() || c == vPres || irregularPast[w] || reportingVerbs[w] || c == vPred {
			return false
		}
	}
	return true
}

// groupBefore finds the nearest verb group before token i in its clause.
func (tg *tagger) groupBefore(i int) (group, bool) {
	opened := -1 // the opening mark of a quotation read through
	for k := i - 1; k >= tg.from && k >= i-groupSearch; k-- {
		if tg.punct(k, ")") {
			k = tg.openParen(k)
			continue
		}
		if tg.punct(k, "(") || tg.punct(k, "[") {
			continue // a date in brackets belongs to the clause around them
		}
		if o, ok := tg.quotedPhrase(k); ok && i-k <= scareQuoteReach || k == opened {
			// `had "largely cleared" by the end of November`: the
			// quoted words are the clause's, their verb too; a quote
			// further back may close a clause the date is no part of.
			opened = max(opened, o)
			continue
		}
		if m, ok := tg.relativeBefore(k); ok {
			k = m // "postponed the festival, which was to open on July 26, to August"
			continue
		}
		if tg.fragmentOpens(k) {
			continue // `will follow "in the new year"`: the quoted words are the clause's
		}
		if tg.asAside(k) {
			k -= 3 // "if demand set a record, as expected, on Monday night": the aside comments, the clause's verb governs
			continue
		}
		if tg.leftStop(k) {
			return group{}, false
		}
		if tg.vword(k).verbal() {
			g := tg.groupAt(k, i)
			if tg.governs(g) {
				if i-g.end <= weakReach || !tg.guessed(g) || tg.opensClause(g, i) {
					return g, true
				}
				// A guessed -ed verb far from the date is as likely
				// to belong to another clause; one that qualifies
				// the object of a preposition is a participle
				// ("was hampered by problems tied to the launch of a
				// new family of computers in April"), and the verb
				// before that object governs.
				if !tg.participleOfObject(g) {
					return g, false
				}
			}
			k = g.start
		}
	}
	return group{}, false
}

// opensClause reports whether group g is the first verb of its
// sentence's main clause and the date at i the rest of that clause: no
// verb stands between g and the sentence's start (or a dateline's dash),
// no comma or word that opens a clause either, the word before g is no
// preposition, and no verb or comma stands between g and the date
// ("Taiwan's legislature on Thursday moved a vote on the budget from
// Tuesday"). A verb known only by its -ed may then govern a date far
// after it, since no other clause is open for the date to belong to.
// "problems tied to" after "were hampered by" is no first verb; a time
// clause's verb ("six months after they sealed the title") is left to
// the rules for such clauses, and a participle's phrase ("showed no
// majority, making a runoff on November 16 certain") to its own.
func (tg *tagger) opensClause(g group, i int) bool {
	if prepositions[tg.word(g.start-1)] {
		return false
	}
	for k := g.end; k < i; k++ {
		if tg.punct(k, ",") || tg.toks[k].kind == kWord && tg.vword(k).verbal() {
			return false
		}
	}
	words := 0
	for k := g.start - 1; k >= tg.from; k-- {
		if tg.dash(k) && words > 0 {
			return true
		}
		if tg.leftStop(k) || tg.punct(k, ",") || tg.toks[k].kind == kWord && tg.vword(k).verbal() {
			return false
		}
		words++
	}
	return words > 0
}

// asAside reports whether the comma at k closes a comment aside of "as"
// and one participle or adverb set off by commas (", as expected,", ", as
// planned,", ", as usual,"): it says how the clause's deed stands with
// what was foreseen, and has no verb of the clause's own.
func (tg *tagger) asAside(k int) bool {
	return tg.punct(k, ",") && tg.word(k-2) == "as" && tg.punct(k-3, ",") && asideComments[tg.word(k-1)]
}

// participleOfObject reports whether group g, a lone -ed word, has no
// subject of its own among the few words before it, so that it qualifies
// the noun before it ("was hampered by problems tied to", "cut by costs
// linked to") and is no clause's verb. A pronoun right before it is a
// subject ("after they clinched"), and so is a noun phrase after a word
// that opens a clause ("after the club clinched", "that the board
// approved").
func (tg *tagger) participleOfObject(g group) bool {
	if g.head != g.start || tg.vword(g.head) != vPast {
		return false
	}
	if w := tg.word(g.start - 1); singularPronouns[w] || pluralPronouns[w] {
		return false
	}
	for k := g.start - 1; k > tg.from && k >= g.start-participleReach; k-- {
		w := tg.word(k)
		switch {
		case clauseStarters[w] || clausePrepositions[w] || relativeWords[w]:
			return false
		case prepositions[w]:
			return k < g.start-1
		case tg.toks[k].kind != kWord || tg.vword(k).verbal():
			return false
		}
	}
	return false
}

// participleReach bounds, in words, the noun phrase between a preposition
// and the participle that qualifies it ("by a string of problems tied").
const participleReach = 6

// scareQuoteWords bounds the words of a quotation an auxiliary opens
// (scareQuote); scareQuoteReach how far before a date, in tokens, a quoted
// phrase's closing mark may stand for groupBefore to read through it.
const (
	scareQuoteWords = 4
	scareQuoteReach = 6
)

// scareQuote reports whether token k is a quote mark that opens or closes
// a few words quoted inside a clause, a word just before the opening mark
// and nothing but words inside: `had "largely cleared" by the end of
// November`. The quoted words are the clause's own. It returns the other
// mark.
func (tg *tagger) scareQuote(k int) (int, bool) {
	if !tg.anyQuoteMark(k) {
		return k, false
	}
	step := 1 // from an opening mark, look for the closing one
	if tg.tight(k) {
		step = -1
	}
	for n, m := 0, k+step; n <= scareQuoteWords && m > tg.from && m < tg.to; n, m = n+1, m+step {
		if !tg.anyQuoteMark(m) {
			if tg.toks[m].kind != kWord {
				return k, false
			}
			continue
		}
		open := min(k, m)
		return m, n > 0 && !tg.tight(open) && tg.tight(max(k, m)) && tg.toks[open-1].kind == kWord
	}
	return k, false
}

// caption reports whether the sentence is a photo caption: one its lead
// names ("Photo: Rays captain Josh Kelly celebrates ..."), or one a credit
// closes on its line ("A nurse prepares a vaccine on Sunday. Photograph:
// Jo Lee/PA", "... on Friday. (Photo: AFP)").
func (tg *tagger) caption() bool {
	k := tg.from
	if tg.punct(k, "(") || tg.punct(k, "[") {
		k++ // "(Photo: Pupils at the gates on Friday.)", as pages set a caption apart
	}
	if captionLeads[tg.word(k)] && tg.word(k+1) == "caption" {
		k++ // "Picture caption:"
	}
	return captionLeads[tg.word(k)] && tg.punct(k+1, ":") || tg.creditAfter()
}

// creditAfter reports whether a photo credit ("Photograph: Jo Lee/PA",
// "(Photo: AFP)", "Credit: name", "(Getty Images)") follows the sentence
// on its line. Sentences never read past their end; this looks only at
// the credit's first tokens, so it costs the same on any line.
func (tg *tagger) creditAfter() bool {
	k := tg.to
	if k <= tg.from || k >= len(tg.toks) || strings.Contains(tg.text[tg.toks[k-1].end:tg.toks[k].start], "\n") {
		return false
	}
	bracket := tg.toks[k].kind == kPunct && tg.toks[k].in(tg.lower) == "("
	if bracket {
		k++
	}
	if k >= len(tg.toks) || tg.toks[k].kind != kWord {
		return false
	}
	w := tg.toks[k].in(tg.lower)
	if bracket && creditNames[w] {
		return true // "(Getty Images)", "(AP Photo/name)"
	}
	return (captionLeads[w] || w == "credit") && k+1 < len(tg.toks) &&
		tg.toks[k+1].kind == kPunct && tg.toks[k+1].in(tg.lower) == ":"
}

// anyQuoteMark reports whether token k is a quote mark, opening or closing.
func (tg *tagger) anyQuoteMark(k int) bool {
	return tg.toks[k].kind == kPunct && quoteMarks[tg.toks[k].in(tg.lower)]
}

// relativeBefore reports whether the comma at k closes a relative clause
// set off by commas and a preposition goes on with the main clause
// ("postponed the festival, which was to open on July 26, to August"),
// and returns the comma that opens it: the clause's verb is not the one
// of a date after it. A comma before a noun may be a list's, inside the
// clause ("who stepped down as chairman, president and chief executive
// in March").
func (tg *tagger) relativeBefore(k int) (int, bool) {
	if w := tg.word(k + 1); !tg.punct(k, ",") || !prepositions[w] && w != "to" {
		return k, false
	}
	for m := k - 1; m > tg.from && m > k-groupSearch; m-- {
		if tg.toks[m].kind == kPunct && (tg.punct(m, ",") || tg.leftStop(m)) {
			w := tg.word(m + 1)
			return m, tg.punct(m, ",") && (relativeWords[w] && w != "that" || tg.reducedRelativeAt(m+1) && !tg.closesRelative(m))
		}
	}
	return k, false
}

// closesRelative reports whether the comma at m closes a relative clause
// set off by commas, opened by "who" or "which" after the comma before it:
// the participle after it is then the subject's own verb, no reduced
// relative ("Holm, who won on Saturday, finished four minutes down").
func (tg *tagger) closesRelative(m int) bool {
	for p := m - 1; p > tg.from && p > m-groupSearch; p-- {
		if tg.toks[p].kind == kPunct && (tg.punct(p, ",") || tg.leftStop(p)) {
			w := tg.word(p + 1)
			return tg.punct(p, ",") && relativeWords[w] && w != "that"
		}
	}
	return false
}

// reducedRelativeAt reports whether a past participle, perhaps after an
// adverb, opens the words at k as a relative clause with "which was" left
// out: "its cheap loans to banks, first offered in December, into the
// second half of the year".
func (tg *tagger) reducedRelativeAt(k int) bool {
	if groupAdverbs[tg.word(k)] {
		k++
	}
	w := tg.word(k)
	return tg.vword(k) == vPast && !tg.capital(k) && !reportingVerbs[w] && (hasSuffix(w, "ed") || irregularPast[w])
}

// countdownBefore reports whether the "before" or "until" at k follows
// a count's "left", "remaining" or "to go": "four stages left before",
// "two days to go until".
func (tg *tagger) countdownBefore(k int) bool {
	w := tg.word(k - 1)
	return countdownWords[w] || w == "go" && tg.word(k-2) == "to" || tg.finalStretch(k)
}

// finalStretch reports whether "the final days", "the last hours" or "the
// closing weeks" stand right before the "before" at k, and a planned
// event (a vote, a match, a summit) follows within a few words: the
// run-up to a day, told while it is still ahead ("campaigned in the final
// days before Sunday's election"). "the final hours before Sunday's
// crash" tells of what is over.
func (tg *tagger) finalStretch(k int) bool {
	if !stretchUnits[tg.word(k-1)] || !stretchWords[tg.word(k-2)] || tg.word(k-3) != "the" {
		return false
	}
	for m := k + 2; m < tg.to && m <= k+6; m++ {
		if w := tg.word(m); voteWords[w] || speechEvents[w] {
			return true
		}
	}
	return false
}

// groupAfter finds the first verb group from token j on, skipping
// parentheses: the verb of a clause whose date was fronted.
func (tg *tagger) groupAfter(j int) (group, bool) {
	inner, clause := group{}, false // a noun's "that" clause, read through
	for k := j; k < tg.to && k < j+groupSearch; k++ {
		if tg.punct(k, "(") {
			k = tg.closeParen(k)
			continue
		}
		if tg.punct(k, ")") || tg.punct(k, "]") {
			continue
		}
		if relativeWords[tg.word(k)] && tg.punct(k-1, ",") && tg.word(k) != "that" {
			// "On Thursday, Ozawa, who heads the party, met …": the
			// verb of a relative clause set off by commas is not the
			// fronted date's.
			k = tg.nextComma(k)
			continue
		}
		if tg.toks[k].kind == kPunct && tg.clauseMark(k) || contrastStarters[tg.word(k)] ||
			coordinators[tg.word(k)] && tg.punct(k-1, ",") {
			// "comes into force on Monday in one region and Tuesday
			// in another, but no figures were given", "won on
			// Thursday night, and face …": the verb after "but" or
			// ", and" is another clause's.
			return group{}, false
		}
		if !clause && k > j && tg.nounClauseAt(k) {
			clause = true
			continue
		}
		if tg.vword(k).verbal() {
			g := tg.groupAt(k, tg.to)
			// The date itself is no auxiliary: "May was wet" is past.
			g.start = max(g.start, j)
			if tg.governs(g) && clause && inner.end == 0 {
				// "Thursday's announcement that it would cut a station
				// has worried scientists": the first verb is the
				// clause's, the subject's own comes after it.
				inner = g
				k = g.end - 1
				continue
			}
			if tg.governs(g) {
				if main, ok := tg.mainAfterParticiple(g); ok {
					return main, true
				}
				return g, true
			}
			k = g.end - 1
		}
	}
	return inner, inner.end > 0
}

// nounClauseAt reports whether "that" at k opens a clause of the noun
// before it ("the announcement that", "a report that"), whose verb is not
// the verb of the noun's own clause: a word that is no verb, preposition
// or pronoun stands before it.
func (tg *tagger) nounClauseAt(k int) bool {
	p := tg.word(k - 1)
	return tg.word(k) == "that" && tg.toks[k-1].kind == kWord && !tg.vword(k-1).verbal() &&
		!prepositions[p] && !isPronouns[p] && !thatAdverbs[p]
}

// mainAfterParticiple finds the verb of the clause when group g, the
// first after a fronted date, is a past participle that qualifies the
// noun before it ("On Thursday, the leaders of the alliance founded in
// 2002 are scheduled to meet"): a lone participle after a noun and
// before a preposition, then, with no clause opener or "and" between, a
// group that opens with an auxiliary. "On Monday, the leaders met in
// Astana" has no such group and keeps "met".
func (tg *tagger) mainAfterParticiple(g group) (group, bool) {
	if g.start != g.head || tg.vword(g.start) != vPast || reportingVerbs[tg.word(g.start)] ||
		!prepositions[tg.word(g.end)] || g.start == tg.from || tg.toks[g.start-1].kind != kWord ||
		tg.vword(g.start-1) != vNone || isPronouns[tg.word(g.start-1)] || pluralPronouns[tg.word(g.start-1)] {
		return group{}, false
	}
	for k := g.end; k < tg.to && k < g.end+groupSearch; k++ {
		if tg.toks[k].kind == kPunct && tg.clauseMark(k) || tg.punct(k, ",") ||
			clauseStarters[tg.word(k)] || coordinators[tg.word(k)] {
			return group{}, false
		}
		if tg.vword(k).verbal() {
			main := tg.groupAt(k, tg.to)
			return main, tg.vword(main.start).aux() && tg.governs(main)
		}
	}
	return group{}, false
}

// governs reports whether a group can carry a tense: a lone -ing form
// ("following talks", "speaking on Monday") takes the tense of its clause.
func (tg *tagger) governs(g group) bool {
	for k := g.start; k < g.end; k++ {
		if c := tg.vword(k); c != vIng && c != vAdv {
			return true
		}
	}
	return false
}

// nextComma returns the index of the first comma after k in reach, or
// the end of the search when there is none.
func (tg *tagger) nextComma(k int) int {
	for m := k + 1; m < tg.to && m < k+groupSearch; m++ {
		if tg.punct(m, ",") {
			return m
		}
	}
	return min(tg.to, k+groupSearch)
}

// openParen returns the index of the "(" matching the ")" at k, or k.
func (tg *tagger) openParen(k int) int {
	for m := k - 1; m >= tg.from && m > k-groupSearch; m-- {
		if tg.punct(m, "(") {
			return m
		}
	}
	return k
}

// closeParen returns the index of the ")" matching the "(" at k, or k.
func (tg *tagger) closeParen(k int) int {
	for m := k + 1; m < tg.to && m < k+groupSearch; m++ {
		if tg.punct(m, ")") {
			return m
		}
	}
	return k
}

// groupAt widens the verb at k into its group: auxiliaries and adverbs
// before it, the verbs after it, and the infinitives it governs before
// token stop.
func (tg *tagger) groupAt(k, stop int) group { return tg.groupFrom(k, stop, 0) }

// infinitiveChain is the most governing verbs groupAt climbs through from
// an infinitive ("plans to seek to begin to"): a text of nothing but
// "to met" would otherwise make every group climb back to its start.
const infinitiveChain = 4

// groupFrom is groupAt, depth governing verbs up from where it began.
func (tg *tagger) groupFrom(k, stop, depth int) group {
	start := k
	for start-1 >= tg.from {
		if _, ok := tg.scareQuote(start - 1); ok && start-2 >= tg.from && tg.vword(start-2).aux() {
			start -= 2 // `had "largely cleared"`
			continue
		}
		c := tg.vword(start - 1)
		// Auxiliaries and adverbs belong to the group, and so does the
		// verb of "getting ready", "looks set", "start getting beat",
		// "to stay closed"; not any -ing word before a past, which is
		// more often a noun, the subject ("Spending rose", "the border
		// crossing remained").
		if !c.aux() && c != vAdv && !(c.verbal() && tg.vword(start) == vPred) &&
			!(c == vIng && tg.vword(start) == vPast && ingAuxiliaries[tg.word(start-1)] ||
				c == vBase && (tg.vword(start) == vIng || tg.vword(start) == vPast)) {
			break
		}
		start--
	}
	if q := start - 1; q-1 >= tg.from && (tg.punct(q, "\"") || tg.punct(q, "“")) && tg.vword(q-1).aux() {
		// 'had "narrowed their differences"': a quote that opens
		// after the auxiliary leaves it the verb's.
		start = q - 1
	}
	if tg.word(start-2) == "to" && tg.vword(start) == vPast && tg.toks[start-1].kind == kWord &&
		tg.vword(start-1) == vNone && tg.infinitiveAt(start-1) {
		start-- // "to get vaccinated": whatever verb stands between is the infinitive's
	}
	if tg.word(start-1) == "to" && depth < infinitiveChain && tg.infinitiveAt(start) {
		// An infinitive belongs to the verb that governs it: "is widely
		// expected to cut", "declined to commit".
		lo := start - 2 - shortObjectGap
		// A verb that looks ahead takes a longer object ("expects the
		// busiest hour of clearing to come"), as infinitives reads it.
		for m := start - 2; m >= tg.from && m >= lo-(longObjectGap-shortObjectGap); m-- {
			if tg.leftStop(m) || tg.punct(m, ",") {
				break
			}
			if m-2 >= tg.from && tg.voteTally(m-2) {
				lo -= 2 // "voted 9-0 on Monday to hold": the count is one word
			}
			if m < lo && tg.vword(m).verbal() && !infinitiveForward[tg.word(m)] {
				break // only a verb that looks ahead takes a long object
			}
			if tg.vword(m).verbal() && !tg.objectIng(m) && !talkVerbs[tg.word(m)] {
				if g := tg.groupFrom(m, stop, depth+1); g.end > start {
					return g
				}
				break // a verb whose group does not reach this infinitive
			}
			if tg.nameGoesOn(m) && lo > start-6-nameWords {
				lo-- // a name's words count as one: "urged the United Nations Security Council to act"
			}
		}
	}
	end := k + 1
	for end < tg.to && tg.vword(end) != vNone {
		end++
	}
	head := end - 1
	for head > start && tg.vword(head) == vAdv {
		head--
	}
	g := group{start: start, head: head, to: -1}
	g.end, g.to = tg.infinitives(end, stop)
	return g
}

// nameWords bounds how many words of a name after its first a verb's
// object may hold before its infinitive and still count as one word, so
// the work stays linear in a headline written in capitals.
const nameWords = 6

// nameGoesOn reports whether the word at k is a capitalised word of a
// name that the word before it, capitalised too, began: the words of
// "United Nations Security Council" after the first, which a verb's
// object counts as one.
func (tg *tagger) nameGoesOn(k int) bool {
	return k > tg.from && tg.toks[k].kind == kWord && tg.toks[k-1].kind == kWord && tg.capital(k) && tg.capital(k-1)
}

// shortObjectGap bounds, in tokens, the bare object between a verb and
// its "to" ("urged Russia to halt").
const shortObjectGap = 4

// longObjectGap bounds, in tokens, the object with a phrase of its own
// between a verb that looks ahead and its "to".
const longObjectGap = 9

// infinitives extends a group ending at end over the "to"-infinitives
// after it, allowing a short object between ("ordered schools to close",
// "urged Russia to halt", "asked for the barriers to come down"), but
// never to stop, where the date is; to is the first infinitive's "to", or
// -1.
func (tg *tagger) infinitives(end, stop int) (int, int) {
	to := -1
	for n := 0; n < 3; n++ {
		k := end
		names := 0
		// A verb that looks ahead takes a longer object, its noun
		// qualified by a phrase: "expects traffic on the main
		// expressway to reach".
		long := n == 0 && infinitiveForward[tg.word(end-1)]
		maxGap := shortObjectGap
		if long {
			maxGap = longObjectGap
		}
		for gap := 0; gap < maxGap && k < stop && tg.word(k) != "to"; gap++ {
			if gap == 0 && tg.word(k) == "for" {
				k++ // "called for talks to resume"
				continue
			}
			if gap == 0 && onObjectVerbs[tg.word(end-1)] && (tg.word(k) == "on" || tg.word(k) == "upon") {
				k++ // "called on civil servants to stop work"
				continue
			}
			if d := tg.datedAdverbial(k, stop); d > 0 {
				k += d // "had agreed on Friday to meet": the act's own day
				continue
			}
			if d := tg.spanAdverbial(k, stop); d > 0 {
				k += d // "will work through the night to hold": how long the act lasts
				continue
			}
			if gap == 0 && tg.voteTally(k) {
				k += 3 // "voted 5-2 to close": the count of the vote
				continue
			}
			if tg.objectIng(k) {
				k++ // "to cut 84 teaching jobs and to close": a noun's modifier
				continue
			}
			if long && gap > 0 && objectPrepositions[tg.word(k)] {
				k++
				continue
			}
			if tg.vword(k).verbal() || tg.toks[k].kind == kPunct || prepositions[tg.word(k)] {
				return end, to // an object is a bare noun phrase
			}
			if tg.nameGoesOn(k) && names < nameWords {
				names++
				gap-- // a name's words count as one: "prompted the United Nations Security Council to call"
			}
			k++
		}
		if k+1 >= stop || tg.word(k) != "to" || !tg.infinitiveAt(k+1) || k == end && talkVerbs[tg.word(end-1)] {
			return end, to // not the "to" of "the traders we spoke to expect"
		}
		if to < 0 {
			to = k
		}
		end = k + 2
		for end < tg.to && tg.vword(end) != vNone {
			end++
		}
	}
	return end, to
}

// voteTally reports whether a vote's count stands at k, two numbers joined
// by a hyphen ("voted 5-2 to close", "approved 9-0"), as right after the
// verb it counts.
func (tg *tagger) voteTally(k int) bool {
	return tg.toks[k].kind == kNum && tg.hyphen(k+1) && tg.tight(k+1) && tg.tight(k+2) &&
		k+2 < tg.to && tg.toks[k+2].kind == kNum
}

// objectIng reports whether the -ing word at k modifies a noun of an
// object rather than opening a verb of its own: after a determiner or
// noun (nounIng) or a count ("84 teaching jobs"), before a plain word.
func (tg *tagger) objectIng(k int) bool {
	if tg.vword(k) != vIng || k+1 >= tg.to || tg.toks[k+1].kind != kWord || tg.vword(k+1) != vNone ||
		prepositions[tg.word(k+1)] || coordinators[tg.word(k+1)] {
		return false
	}
	return tg.nounIng(k) || k-1 >= tg.from && tg.toks[k-1].kind == kNum
}

// datedAdverbial returns the length of a weekday, with "on" or without,
// that stands at k before a verb's "to"-infinitive and dates the verb
// ("agreed on Friday to meet", "voted Tuesday to strike"), or 0. It must
// end before stop, the date being read, which is then the infinitive's.
func (tg *tagger) datedAdverbial(k, stop int) int {
	n := 0
	if tg.word(k) == "on" {
		n = 1
	}
	if k+n+1 >= stop || !tg.isWeekday(k+n) || !tg.capital(k+n) || tg.word(k+n+1) != "to" {
		return 0
	}
	return n + 1
}

// purposeClause reports whether the verb at k opens its clause after "so
// that" and a subject of up to three words with no verb among them: "so
// that parents have the weekend", "so that the families have time".
func (tg *tagger) purposeClause(k int) bool {
	for m := k - 1; m >= tg.from+1 && m >= k-4; m-- {
		if tg.word(m) == "that" && tg.word(m-1) == "so" {
			return m < k-1
		}
		if tg.vword(m).verbal() || tg.toks[m].kind != kWord {
			return false
		}
	}
	return false
}

// spanAdverbial returns the length of a stretch the act lasts, a
// preposition of extent with "the" and a part of the day ("through the
// night", "into the evening"), that stands at k before a verb's
// "to"-infinitive ("crews will work through the night to hold a line"),
// or 0: the infinitive is still the verb's, and takes its tense.
func (tg *tagger) spanAdverbial(k, stop int) int {
	if !extentPrepositions[tg.word(k)] || tg.word(k+1) != "the" || k+3 >= stop || tg.word(k+3) != "to" {
		return 0
	}
	if _, part := dayParts[tg.word(k+2)]; !part {
		return 0
	}
	return 3
}

// infinitiveAt reports whether the word at k can be the verb of a
// "to"-infinitive rather than the object of the preposition "to": "to
// close", not "to Astana", "to another cut", "to the April 2 level".
func (tg *tagger) infinitiveAt(k int) bool {
	w := tg.word(k)
	if w == "" || tg.capital(k) || determiners[w] || objectPronouns[w] || toNonVerbs[w] {
		return false
	}
	if _, ok := monthWords[w]; ok {
		return false
	}
	return !(ingForm(w) || len(w) > 4 && (hasSuffix(w, "tion") || hasSuffix(w, "ment")))
}

// reportedInfinitive reports whether the group g, whose head reports a
// clause and takes no object of its own ("say", "announced"), reaches its
// first "to"-infinitive over a noun phrase, the subject of that clause,
// and the expression [i, j) after it ends the clause with no verb after
// it: "officials say talks to resume on Thursday".
func (tg *tagger) reportedInfinitive(g group, i, j int) bool {
	if g.to <= g.head+1 || i < g.to || !clauseReportingVerbs[tg.word(g.head)] {
		return false
	}
	_, ok := tg.groupAfter(j)
	return !ok
}
