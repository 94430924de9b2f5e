package timex

import (
	"slices"
	"strings"
)

// Word classes of the verb-group analysis: which tokens are auxiliaries,
// past or present verbs, participles or nouns, from their shape and
// context, cached per token.

// vword classifies token k for verb groups. Scans overlap, so each
// token's class is worked out once per Tag.
func (tg *tagger) vword(k int) vclass {
	if k < tg.from || k >= tg.to {
		return vNone
	}
	if len(tg.vclasses) != len(tg.toks) {
		// First use in this block: reuse the last block's buffer.
		tg.vclasses = slices.Grow(tg.vclasses[:0], len(tg.toks))[:len(tg.toks)]
		clear(tg.vclasses)
	}
	if c := tg.vclasses[k]; c != 0 {
		return vclass(c - 1)
	}
	c := tg.classify(k)
	tg.vclasses[k] = uint8(c) + 1
	return c
}

// classify works out vword's class of token k.
func (tg *tagger) classify(k int) vclass {
	t := tg.toks[k]
	if t.kind == kPunct {
		// The apostrophe of "won't", "we'll" sits inside a group.
		if tg.apostrophe(k) && tg.clitic(k+1) != vNone {
			return vAdv
		}
		return vNone
	}
	if t.kind != kWord {
		return vNone
	}
	if c := tg.clitic(k); c != vNone {
		return c
	}
	w := t.in(tg.lower)
	if w == "am" && k > tg.from && tg.toks[k-1].kind == kNum {
		return vNone // the clock's "10am", "at 10 am", not "I am"
	}
	lex := verbLex[w]
	if onCourse := tg.onCourseAt(k); onCourse != vNone {
		return onCourse
	}
	if tg.nounContext(k) || tg.lexAt(k).has(inAbbrevs) && (tg.listedDay(k) || tg.weekdayPrefix(k) > k) {
		return vNone
	}
	if lex.class == vNone && tg.possessive(k+1) {
		return vNone // no verb takes a possessive: "Fed's Powell", "Sunday's race"
	}
	if complementVerbs[tg.word(k-2)] && objectPronouns[tg.word(k-1)] && lex.class == vNone &&
		(lex.has(lPast) || len(w) > 4 && hasSuffix(w, "ed")) {
		return vNone // the object's complement: "wanted it done before the summer", "need them finished"
	}
	if linkingVerbs[tg.word(k-1)] && lex.class == vNone && (lex.has(lPast) || len(w) > 4 && hasSuffix(w, "ed")) {
		return vNone // an adjective after "stay" or "remain": "stays closed from Monday", "remains shut"
	}
	if lex.class == vNone && len(w) > 4 && hasSuffix(w, "ed") && tg.rankedParticiple(k) {
		return vNone // "the board's next scheduled meeting is": an adjective
	}
	switch {
	case tg.degreeBeforePredicate(k):
		return vAdv
	case lex.class == vAdv && lex.has(lPredicate) && (tg.word(k+1) == "to" || tg.predicateAlone(k)):
		return vPred // "was likely to rise", "showers are likely at the weekend"; an adverb in "will likely rise"
	case lex.class != vNone:
		return lex.class
	case lex.has(lPredicate) && (w != "set" || tg.word(k+1) == "to" || tg.word(k+1) == "for"):
		return vPred
	case lex.has(lPast):
		if tg.capital(k) && k > tg.from && !tg.capital(k-1) && !tg.capital(k+1) && !tg.punct(k-1, ":") {
			// A name amid lower-case words: "the next Fed rate cut", not
			// "fed"; after a colon a capital opens the clause ("Marauders:
			// Lost at Dallas").
			return vNone
		}
		if presentAsPast[w] && tg.conditionalSubject(k) {
			return vPres // "if they beat Deportivo on Wednesday"
		}
		if presentAsPast[w] && tg.afterIndefinite(k) {
			return vNone // a noun: "a power cut at the hall", "a further, smaller cut in"
		}
		if presentAsPast[w] && tg.datedCompound(k) {
			return vNone // a headline's bare compound: "traders bet on March rate cut"
		}
		if presentAsPast[w] && verbOnlyPresents[tg.word(k+1)] {
			return vNone // a noun, the subject of the verb after it: "the tax cut takes effect"
		}
		return vPast
	case (lex.has(lPresent) || lex.has(lBase)) && tg.subjectHead(k):
		return vNone // the noun a verb follows: "Sunday's race was"
	case lex.has(lPresent) && tg.possessiveNoun(k):
		return vNone // "told his French hosts Tuesday": a noun after "his" and a name
	case lex.has(lPresent) && !tg.objectSlot(k):
		return vPres // not the object of a verb: "backed plans", "cut rates"
	case lex.has(lBase) && !tg.compoundHead(k) && (adjectiveVerbs[w] || !verbShaped(tg.word(k+1))) && !tg.insideName(k) &&
		(tg.pluralSubject(tg.subjectNoun(k)) || tg.lexAt(k-1).has(inRelativeWords) && tg.pluralAntecedent(k-2) ||
			tg.afterPluralRelative(k)):
		// "leaders meet", "firms that report", "voters in the north
		// head"; not before a word shaped as a past or an auxiliary,
		// whose subject the base word ends: "Friday's jobs report
		// showed", "the sales report sent shares lower".
		return vPres
	case (lex.has(lBase) || lex.has(lForward) && baseShape(w)) && !lex.has(lPast) && tg.joinedDays(k):
		return vPres // "Thursday night and Friday morning look like the worst of it"
	case lex.has(lBase) && !lex.has(lPast) && tg.word(k-1) == "and" && tg.punct(k-2, ",") && tg.objectAt(k+1):
		return vPres // "won on Thursday, and face their next opponent": a base form is no past"
	case (lex.has(lBase) || lex.has(lForward) && baseShape(w)) && !lex.has(lPast) && tg.word(k-1) == "and" && tg.dateEndsAt(k-2) &&
		(tg.objectAt(k+1) || tg.word(k+1) == "to" && tg.infinitiveAt(k+2)):
		return vPres // "staged a walkout on Monday and plan another", "and hope to return": a plural subject's second verb
	case lex.has(lBase) && !lex.has(lPast) && tg.word(k-1) == "and" && tg.dateEndsAt(k-2) && tg.dateLeadAt(k+1):
		return vPres // "Nominations opened Monday and close Friday": a second verb after the first one's date
	case (lex.has(lBase) || lex.has(lForward) && baseShape(w)) && tg.teamSubject(k):
		return vPres // "Chelsea host Watford on Saturday", "Bremen need a point"
	case (lex.has(lBase) || lex.has(lForward) && baseShape(w)) && tg.word(k-1) == "to" && !tg.capital(k):
		return vBase // an infinitive: "PM to visit Kyiv Thursday", "what to expect"
	case tg.word(k-1) == "to" && whInfinitives[tg.word(k-2)] && !tg.capital(k) && !prepositions[w] && !lex.has(lDeterminer):
		return vBase // a wh-infinitive: "how to watch Friday's launch"
	case lex.class == vNone && !lex.has(lNotVerb) && hasSuffix(w, "s") && !hasSuffix(w, "ss") && singularPronouns[tg.word(k-1)] &&
		conditionWords[tg.word(k-2)]:
		return vPres // "if it rains on Wednesday", "unless he resigns by Friday": a condition's present
	case lex.class == vNone && !lex.has(lNotVerb) && tg.whoseSubjectBefore(k):
		return vPres // "growers, whose season peaks in April": the relative clause's verb
	case basePast[w] && singularPronouns[tg.word(k-1)]:
		return vPast // "the drop it forecast in early August": its present is "forecasts"
	case basePast[w] && tg.lexAt(k-1).has(inRelativeWords) && tg.singularAntecedent(k-2):
		return vPast // "the minister, who cast her vote on Friday": its present is "casts"
	case basePast[w] && tg.singularSubjectBefore(k) && tg.bareObjectAt(k+1):
		return vPast // "the weather office forecast downpours": a singular subject's present is "forecasts"
	case lex.has(lForward) && tg.afterBe(k) && !ingForm(w):
		return vPast // a participle: "rain is forecast for the weekend"
	case lex.has(lNotVerb) && hasSuffix(w, "ed") && edSubjects[tg.word(k-1)]:
		return vPast // "midwives who qualified in the spring", "she retired in May": the adjective's form is a verb after its subject
	case len(w) > 4 && hasSuffix(w, "ed") && !lex.has(lNotVerb) && (!hasSuffix(w, "eed") || lex.has(lEedPast)):
		if tg.capital(k) && k > tg.from && !tg.punct(k-1, ":") {
			return vNone // a name: "Ahmed"; after a colon, the clause's first word
		}
		if tg.adjectiveAfterIng(k) {
			return vNone // "fulfilling increased demands"
		}
		return vPast
	case ingForm(w) && !lex.has(lNotVerb):
		return vIng
	case lex.has(lForward) && !tg.subjectHead(k):
		if hasSuffix(w, "s") && !hasSuffix(w, "ss") && !tg.objectSlot(k) && !tg.possessiveNoun(k) || tg.pluralSubject(k-1) {
			return vPres // "hopes to win", "they plan to"
		}
	}
	if tg.afterAux(k) && !tg.capital(k) && !prepositions[w] && !lex.has(lDeterminer) && !objectOnlyPronouns[w] {
		return vBase // not "a" of "have a great weekend", nor "him" of "have him fit"
	}
	if lex == (lexEntry{}) && (tg.presentBeforeDay(k) || tg.subjectPresent(k)) {
		return vPres // "New episode drops Friday", "Show airs on Sunday", "The Senate weighs the bill on Thursday"
	}
	if tg.afterBe(k) && participleShape(tg.word(k+1)) && !tg.capital(k) {
		return vAdv // "was alr planning", "were quickly removed"
	}
	return vNone
}

// dateEndsAt reports whether token k ends a weekday or a month, alone or
// with its day: the close of "opened Monday", "opened on June 3".
func (tg *tagger) dateEndsAt(k int) bool {
	return tg.dayOrMonth(k) || tg.toks[max(k, 0)].kind == kNum && tg.dayOrMonth(k-1)
}

// dateLeadAt reports whether token k opens a date or the phrase of one: a
// weekday or a month, or a preposition of time ("close on Friday", "end in
// May"). Between two dates a base verb after "and" is a second verb, not a
// noun.
func (tg *tagger) dateLeadAt(k int) bool {
	return tg.dayOrMonth(k) || dateLeads[tg.word(k)]
}

// presentBeforeDay reports whether the -s word at k, which the lexicon
// does not know, is a present verb by its place: after a noun, before a
// weekday (with "on" between or not), with no other verb in the sentence
// that it could be the subject or object of ("New episode drops Friday";
// not "Sales figures Friday showed a rise", "up from 886 million shares
// Thursday"). The lexicon alone reads the words
// around it, as their classes may depend on this one's.
func (tg *tagger) presentBeforeDay(k int) bool {
	w := tg.word(k)
	if len(w) < 4 || !hasSuffix(w, "s") || hasSuffix(w, "ss") || hasSuffix(w, "us") || tg.capital(k) || k == tg.from ||
		tg.to-tg.from > verblessReach {
		return false
	}
	d := k + 1
	if tg.word(d) == "on" {
		d++
	}
	if _, ok := weekdayWords[tg.word(d)]; !ok || tg.toks[k-1].kind != kWord ||
		verbLex[tg.word(k-1)] != (lexEntry{}) || prepositions[tg.word(k-1)] {
		return false
	}
	return tg.onlyVerbAt(k) // not "lashed out at his Miami relatives Sunday night"
}

// onlyVerbAt reports whether no word of the sentence but the one at k is
// shaped as a verb or known to the lexicon as a present or base form, so
// that k is the only candidate for its verb.
func (tg *tagger) onlyVerbAt(k int) bool {
	for m := tg.from; m < tg.to; m++ {
		if m != k && (verbShaped(tg.word(m)) || verbLex[tg.word(m)].has(lPresent) || verbLex[tg.word(m)].has(lBase)) {
			return false
		}
	}
	return true
}

// subjectPresent reports whether the -s word at k, which the lexicon does
// not know, is the present verb of a sentence that opens with its subject,
// a determiner and one noun ("The Senate weighs the bill on Thursday",
// "The jury deliberates again on Monday"), before an object, a preposition
// or an adverb, and no other word of the sentence can be its verb. As in
// presentBeforeDay, only the lexicon reads the words around it.
func (tg *tagger) subjectPresent(k int) bool {
	w := tg.word(k)
	if k != tg.from+2 || !determiners[tg.word(tg.from)] || len(w) < 4 || !hasSuffix(w, "s") || hasSuffix(w, "ss") ||
		hasSuffix(w, "us") || hasSuffix(w, "is") || tg.capital(k) || tg.to-tg.from > verblessReach {
		return false
	}
	if p := tg.word(k - 1); tg.toks[k-1].kind != kWord || verbLex[p] != (lexEntry{}) || prepositions[p] || determiners[p] ||
		tg.dayOrMonth(k-1) {
		return false // "The Senate", "The jury"; not "The Friday" before a plural noun
	}
	next := tg.word(k + 1)
	if !determiners[next] && !prepositions[next] && verbLex[next].class != vAdv && !tg.lexAt(k+1).has(inPossessives) {
		return false
	}
	return tg.onlyVerbAt(k)
}

// whoseSubjectBefore reports whether the -s word at k follows "whose" and
// the noun it opens, with up to one word before that noun ("whose season
// peaks", "whose main plant reopens"): a relative clause's subject, so
// the word is its present verb, not a plural noun.
func (tg *tagger) whoseSubjectBefore(k int) bool {
	w := tg.word(k)
	if len(w) < 4 || !hasSuffix(w, "s") || hasSuffix(w, "ss") || hasSuffix(w, "us") || tg.capital(k) {
		return false
	}
	for m := k - 2; m >= tg.from && m >= k-3; m-- {
		if tg.word(m) == "whose" {
			return tg.toks[k-1].kind == kWord && verbLex[tg.word(k-1)] == (lexEntry{})
		}
		if tg.toks[m].kind != kWord {
			return false
		}
	}
	return false
}

// objectSlot reports whether token k follows a finite verb or an -ing
// form, so that an -s word there is its object ("backed plans", "began
// taking orders"), not a second verb.
func (tg *tagger) objectSlot(k int) bool {
	c := tg.vword(k - 1)
	if c == vIng && k-1 == tg.from && presentVerbs[tg.word(k)] {
		return false // a gerund subject and its schedule verb: "Voting ends at 8 p.m."
	}
	return c.finite() || c == vIng
}

// possessiveNoun reports whether the word at k ends a noun phrase a
// possessive opens two words before: after a name ("told his French hosts
// Tuesday"), or in the object of a verb that takes no clause ("kept their
// title hopes alive"; not "said their team plays").
func (tg *tagger) possessiveNoun(k int) bool {
	if !tg.lexAt(k - 2).has(inPossessives) {
		return false
	}
	return tg.capital(k-1) || tg.objectSlot(k-2) && !reportingVerbs[tg.word(k-3)] && !tg.vword(k-3).aux()
}

// afterBe reports whether token k follows a finite "be", with adverbs
// between.
func (tg *tagger) afterBe(k int) bool {
	for m := k - 1; m >= tg.from && m > k-3; m-- {
		switch c := tg.vword(m); c {
		case vBePres, vBePast:
			return true
		case vAdv:
		default:
			return false
		}
	}
	return false
}

// participleShape reports whether w looks like a participle: "planning",
// "removed".
func participleShape(w string) bool {
	return ingForm(w) || len(w) > 4 && hasSuffix(w, "ed")
}

// afterAux reports whether token k follows a modal or auxiliary, with
// adverbs between: the verb of "did not plan", "will now fly". A form of
// "be" takes no bare verb: what follows "is" unknown to the lexicon is a
// predicate ("is a blow", "is far above"), not a verb.
func (tg *tagger) afterAux(k int) bool {
	for m := k - 1; m >= tg.from && m > k-4; m-- {
		switch c := tg.vword(m); {
		case c == vBePres || c == vBePast:
			return false
		case c.aux():
			return true
		case c != vAdv:
			return false
		}
	}
	return false
}

// conditionalSubject reports whether the word at k follows the subject
// of a condition or a time clause ("if they", "unless the hosts", "once
// leaders"), where a verb spelled alike in the past and the present is a
// present: what is still to happen.
func (tg *tagger) conditionalSubject(k int) bool {
	for m := k - 1; m >= tg.from && m >= k-3; m-- {
		if conditionWords[tg.word(m)] {
			return m < k-1 && tg.pluralSubject(k-1)
		}
	}
	return false
}

// adjectiveAfterIng reports whether the guessed -ed word at k qualifies
// the object of an -ing form before it ("fulfilling increased demands",
// "visiting injured soldiers"): a noun follows it, and the -ing is no
// auxiliary of a perfect or passive ("having finished", "getting
// married").
func (tg *tagger) adjectiveAfterIng(k int) bool {
	prev, next := tg.word(k-1), tg.word(k+1)
	if !ingForm(prev) || ingAuxiliaries[prev] || verbLex[prev].has(lNotVerb) || linkingVerbs[tg.word(k)] {
		return false // nor is a linking verb an adjective: "the border crossing remained closed"
	}
	return k+1 < tg.to && tg.toks[k+1].kind == kWord && !prepositions[next] && !determiners[next] &&
		!coordinators[next] && verbLex[next].class == vNone
}

// rankedParticiple reports whether the -ed word at k stands between
// a determiner (or a possessive) with "next", "last" or an ordinal and
// the noun they open: "the board's next scheduled meeting", "the first
// planned flight", "its last reported sale". No verb stands there.
func (tg *tagger) rankedParticiple(k int) bool {
	prev := tg.word(k - 1)
	if _, ord := ordinalWords[prev]; !ord && prev != "next" && prev != "last" && prev != "latest" && prev != "previous" {
		return false
	}
	if d := tg.word(k - 2); !determiners[d] && !(d == "s" && tg.apostrophe(k-3)) {
		return false
	}
	next := tg.word(k + 1)
	return k+1 < tg.to && tg.toks[k+1].kind == kWord && !prepositions[next] && !determiners[next] && !coordinators[next]
}

// baseShape reports whether a form of a forward verb is its base: not
// "-s", "-ed" or "-ing" ("predicted" is past however its subject looks).
func baseShape(w string) bool {
	return !hasSuffix(w, "s") && !hasSuffix(w, "ed") && !ingForm(w)
}

// ingForm reports whether w is spelled as a present participle: "-ing"
// after a stem with a vowel ("going", "trying"), which "bring", "spring"
// and "string" are not.
func ingForm(w string) bool {
	return len(w) > 4 && hasSuffix(w, "ing") && strings.ContainsAny(w[:len(w)-3], "aeiouy")
}

// teamSubject reports whether the base verb at k follows a name that is
// its subject and takes an object, as a team or a country does with a
// plural verb in sports reports: "Chelsea host Watford", "Iraq await
// them", "Bremen need a point", or a scheduled verb with its place: "the
// Group of Seven meet in Washington".
func (tg *tagger) teamSubject(k int) bool {
	s := tg.beforeRelative(k - 1) // "United, who lost on Sunday, host Arsenal"
	if s < tg.from || !tg.capital(s) || tg.capital(k) || tg.toks[s].kind != kWord {
		return false
	}
	next := tg.word(k + 1)
	return tg.objectAt(k+1) || baseVerbs[tg.word(k)] && (next == "in" || next == "at" || next == "on" || next == "into" ||
		next == "to" && tg.capital(k+2)) // "City go to Rovers on Saturday", "City go into the weekend fourth"
}

// beforeRelative returns, when token k is the comma closing a relative
// clause or a participle's phrase set off by commas (", who lost on
// Sunday,", ", whose last win came in November,", ", beaten on
// Saturday,") or an apposition (", the chain that went bust,"), the token
// before the clause, else k.
func (tg *tagger) beforeRelative(k int) int {
	if !tg.punct(k, ",") {
		return k
	}
	for m := k - 1; m > tg.from && m > k-groupSearch; m-- {
		if tg.punct(m, ",") {
			if w := tg.word(m + 1); relativeWords[w] && w != "that" || w == "whose" || m+1 < k && tg.vword(m+1) == vPast {
				return m - 1
			}
			if w := tg.word(m + 1); (w == "the" || w == "a" || w == "an") && m+2 < k && !tg.vword(m+2).verbal() {
				// "Three directors of Orvane, the chain that went bust
				// in 2022, go on trial": an apposition, a noun phrase
				// set off by commas, names the noun before it.
				return m - 1
			}
			return k
		}
		if tg.toks[m].kind == kPunct && tg.clauseMark(m) {
			return k
		}
	}
	return k
}

// subjectNoun returns the token that may head the subject of a verb at
// k: the word before it, past an apposition set off by commas ("The
// champions, beaten on Saturday, face") and a short prepositional phrase
// ("Voters in the territory head", "Ministers of the bloc meet"), whose
// noun is not the subject, and past a frequency adverb ("Leaders usually
// meet").
func (tg *tagger) subjectNoun(k int) int {
	if habitualAdverbs[tg.word(k-1)] && k-2 > tg.from {
		k-- // "the autumn rains usually begin": the adverb stands between subject and verb
	}
	s := tg.beforeRelative(k - 1)
	if tg.dayOrMonth(s) && prepositions[tg.word(s-1)] && tg.pluralSubject(s-2) {
		return s - 2 // "if data on Thursday show": the plural noun the dated phrase follows
	}
	if tg.pluralSubject(s) || tg.dayOrMonth(s) || verbShaped(tg.word(k+1)) {
		// "after the December vote left parliament hung": the word
		// is a noun the date qualifies, the verb is the next one.
		return s
	}
	for m := s; m > tg.from && m > s-subjectReach; m-- {
		if tg.toks[m].kind == kPunct || tg.vword(m).verbal() {
			break
		}
		if prepositions[tg.word(m)] {
			if m < s {
				return m - 1
			}
			break
		}
	}
	return s
}

// afterPluralRelative reports whether the base form at k follows a short
// relative clause on a plural head: "those who miss the deadline face
// fines", "owners who let flats pay more". The clause's last noun
// ("deadline") is no subject of k, the head is. The clause holds at least
// one word, its verb, which the lexicon need not know.
func (tg *tagger) afterPluralRelative(k int) bool {
	if tg.lexAt(k - 1).has(inDeterminers) {
		return false // "the face": a noun
	}
	for m := k - 2; m > tg.from && m >= k-pluralRelativeReach; m-- {
		if tg.toks[m].kind == kPunct {
			return false
		}
		if tg.lexAt(m).has(inRelativeWords) {
			return pluralHeads[tg.word(m-1)] || tg.pluralAntecedent(m-1)
		}
	}
	return false
}

// pluralRelativeReach is how far back afterPluralRelative looks for the
// relative word: a verb and a short object.
const pluralRelativeReach = 6

// verbShaped reports, from the lexicon and the spelling alone, whether w
// can be a finite verb or an auxiliary: "left", "closed", "will".
func verbShaped(w string) bool {
	e := verbLex[w]
	return w != "to" && (e.class.aux() || e.has(lPast) || len(w) > 4 && hasSuffix(w, "ed") && !e.has(lNotVerb))
}

// subjectReach bounds the words of a prepositional phrase between a
// subject and its verb: "leaders from the two countries meet".
const subjectReach = 4

// singularSubjectBefore reports whether the word before k is a singular
// noun that a determiner opens within a few words ("the weather office",
// "a spokesman"), a subject a present verb would follow with "-s"; not a
// possessive's noun ("the bank's forecast" is the noun).
func (tg *tagger) singularSubjectBefore(k int) bool {
	n := k - 1
	if n <= tg.from || tg.toks[n].kind != kWord || tg.pluralSubject(n) || tg.vword(n) != vNone ||
		prepositions[tg.word(n)] || determiners[tg.word(n)] {
		return false
	}
	for m := n - 1; m >= tg.from && m >= n-3; m-- {
		if tg.apostrophe(m) {
			return false
		}
		if determiners[tg.word(m)] {
			return true
		}
		if tg.toks[m].kind != kWord || tg.vword(m) != vNone {
			return false
		}
	}
	return false
}

// bareObjectAt reports whether token k can open the object of a verb
// before it: a word that is neither a verb nor a preposition ("forecast
// downpours", "forecast heavy rain", "forecast that"), where a noun
// compound goes on with its verb or a preposition ("the office forecast
// was", "the office forecast for Friday").
func (tg *tagger) bareObjectAt(k int) bool {
	if k >= tg.to || tg.toks[k].kind != kWord {
		return false
	}
	w := tg.word(k)
	return w == "that" || !prepositions[w] && !coordinators[w] && !verbShaped(w) && verbLex[w].class == vNone
}

// objectAt reports whether token k can open a verb's object: a
// determiner, an object pronoun or a name, after any hyphenated adjective.
func (tg *tagger) objectAt(k int) bool {
	k = tg.afterCompound(k) // "host fourth-placed Dunmore", "face in-form Rovers"
	next := tg.word(k)
	return determiners[next] || objectPronouns[next] || k < tg.to && tg.capital(k) && tg.toks[k].kind == kWord
}

// afterCompound returns the token after the hyphenated compound that opens
// at k ("fourth-placed", "bottom-of-the-table"), or k if none opens there:
// an adjective before the noun it qualifies.
func (tg *tagger) afterCompound(k int) int {
	m := k
	for m+2 < tg.to && tg.toks[m].kind == kWord && tg.hyphen(m+1) && tg.tight(m+1) && tg.tight(m+2) && tg.toks[m+2].kind == kWord {
		m += 2
	}
	if m == k {
		return k
	}
	return m + 1
}

// subjectHead reports whether the word at k, which could be a present
// verb, is the noun that heads a subject because an auxiliary or a
// reporting verb follows it at once: "Sunday's race was the first", "the
// summit hosts said". The lexicon alone is read, as the next word's class
// may depend on this one's.
func (tg *tagger) subjectHead(k int) bool {
	next := tg.word(k + 1)
	return verbLex[next].class.aux() && next != "to" || reportingVerbs[next]
}

// apostrophe reports whether token k is an apostrophe inside a word.
func (tg *tagger) apostrophe(k int) bool {
	return (tg.punct(k, "'") || tg.punct(k, "’")) && tg.tight(k) && tg.tight(k+1)
}

// clitic classifies the word after an apostrophe: "won't", "we'll",
// "they're", "it's"; the "s" of "Putin's" is a possessive, not "is".
func (tg *tagger) clitic(k int) vclass {
	if !tg.apostrophe(k - 1) {
		return vNone
	}
	w := tg.word(k)
	if w == "s" {
		switch {
		case !isPronouns[tg.word(k-2)]:
			return vNone
		case tg.word(k+1) == "been" || tg.word(k+1) == "got":
			return vHavePres // "it's been a rough week": has
		}
		return vBePres
	}
	return clitics[w]
}

// participleBeforeNoun reports whether the word at k is a participle
// qualifying the plural noun right after it ("two defeated candidates",
// "three wounded soldiers"), not the verb of a headline's "Two killed in
// crash", after which no noun follows.
func (tg *tagger) participleBeforeNoun(k int) bool {
	w, next := tg.word(k), tg.word(k+1)
	if !verbLex[w].has(lPast) && (len(w) <= 4 || !hasSuffix(w, "ed")) {
		return false
	}
	return k+1 < tg.to && tg.toks[k+1].kind == kWord && !tg.capital(k+1) && len(next) > 3 &&
		hasSuffix(next, "s") && !hasSuffix(next, "ss") && !prepositions[next] &&
		verbLex[next].class == vNone && !verbLex[next].has(lPast)
}

// nounContext reports whether the word at k follows a determiner, a
// preposition, a number or a hyphen, so it is a noun or adjective however
// it is spelled: "the proposed deal", "a Moscow-led bloc", "at targets".
func (tg *tagger) nounContext(k int) bool {
	// After a number, an auxiliary is a verb ("founded in 2002 are"), a
	// modal may be a month ("2 May") and any other word a noun.
	c, aux := tg.lexAt(k).aux, tg.lexAt(k).has(inAux)
	if k > tg.from && (tg.hyphen(k-1) && tg.tight(k) ||
		tg.toks[k-1].kind == kNum && !tg.codeNumber(k-1) && !(aux && c != vModal) && !(aux && tg.monthDayNumber(k-1)) &&
			!(tg.pastShaped(k) && tg.monthDayNumber(k-1))) {
		// "a Moscow-led bloc", "1.8353 marks"; not the past verb after
		// a dated noun phrase: "a delivery due on December 28 arrived".
		return true
	}
	if n := tg.lexAt(k - 1).cardinal; n > 1 && (hasSuffix(tg.word(k), "s") || tg.participleBeforeNoun(k)) {
		return true // "failed by four votes", "two members", "two defeated candidates"
	}
	if tg.word(k-1) == "s" && tg.apostrophe(k-2) && !tg.lexAt(k-3).has(inIsPronouns) {
		return true // "Putin's visit"
	}
	if w := tg.word(k - 1); len(w) > 3 && hasSuffix(w, "ly") && tg.lexAt(k-2).has(inDeterminers) && !aux {
		return true // "the newly launched classes"; not "its belly could"
	}
	prev := tg.lexAt(k - 1)
	return prev.hasAny(inDeterminers | inPrepositions) // "at targets"
}

// pastShaped reports whether the word at k is a past form by the lexicon
// or by its "-ed" ending, and no schedule's participle, which after a
// dated noun phrase still qualifies it ("figures due on Wednesday
// expected to show").
func (tg *tagger) pastShaped(k int) bool {
	w := tg.word(k)
	lex := verbLex[w]
	return lex.class == vNone && !schedulePredicates[w] && !lex.has(lForward) && !lex.has(lNotVerb) && (lex.has(lPast) || len(w) > 4 && hasSuffix(w, "ed"))
}

// monthDayNumber reports whether the number at k is the day of a date
// whose month is written before it ("who fled on August 4 may return"):
// the date has its month, so a modal after it is the modal, not "4 May".
func (tg *tagger) monthDayNumber(k int) bool {
	m, _ := tg.month(k - 1)
	return m > 0
}

// codeNumber reports whether the number at k ends a code glued to a
// word, "Q2", "G7", which is a noun phrase of its own: "Revenue in Q2 rose".
func (tg *tagger) codeNumber(k int) bool {
	return k > tg.from && tg.tight(k) && tg.toks[k-1].kind == kWord
}

// pluralSubject reports whether token k can be the plural subject of a
// present verb: "they", "we", "leaders" (not "talks'").
func (tg *tagger) pluralSubject(k int) bool {
	w := tg.word(k)
	if pluralPronouns[w] || pluralNouns[w] {
		return true
	}
	return pluralShaped(w) && tg.vword(k) == vNone
}

// pluralShaped reports whether w is spelt as a plural noun: longer than
// three letters and ending in -s, but not in -ss ("press", "loss") or
// -us, which ends singular nouns ("virus", "status", "bonus") and the
// adjectives of -ous ("serious head injuries", "various agencies"), so
// that "serious" is never taken for the subject of "head".
func pluralShaped(w string) bool {
	return len(w) > 3 && hasSuffix(w, "s") && !hasSuffix(w, "ss") && !hasSuffix(w, "us")
}

// pluralAntecedent reports whether the word at k, before a relative word
// and a base form, is a plural noun: pluralSubject, or a plural a verb's
// "-s" form spells too ("rules that come into force", "talks that resume
// on Monday"), since a verb's complement "that" is never followed by a
// bare base form.
func (tg *tagger) pluralAntecedent(k int) bool {
	w := tg.word(k)
	return tg.pluralSubject(k) || pluralShaped(w) && tg.toks[k].kind == kWord
}

// singularAntecedent reports whether the word at k, or before its comma,
// is a noun that takes a singular verb: "the minister, who".
func (tg *tagger) singularAntecedent(k int) bool {
	if tg.punct(k, ",") {
		k--
	}
	return k >= tg.from && tg.toks[k].kind == kWord && !tg.pluralAntecedent(k)
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// reportedPeriodTo reports whether "to" at k closes a period that a
// report covers: "results for the three months to", "figures for the
// year to", a results or statistics noun, "for", and a period noun,
// with "the" and a count between.
func (tg *tagger) reportedPeriodTo(k int) bool {
	if tg.word(k) != "to" || !reportPeriods[tg.word(k-1)] {
		return false
	}
	m := k - 2
	for m > tg.from && m >= k-4 && (tg.word(m) == "the" || tg.word(m) == "past" || tg.toks[m].kind == kNum || tg.lexAt(m).cardinal > 0) {
		m--
	}
	return tg.word(m) == "for" && (statisticNouns[tg.word(m-1)] || reportNouns[tg.word(m-1)])
}
