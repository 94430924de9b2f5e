package timex

import (
	"slices"
	"strings"
)

// Direction from grammar. Which way a weekday, a bare month or "the
// weekend" points from the publication date is read from the verb group
// that governs the expression, not from the nearest word in a list.
//
// The governing group is one that starts right after the expression
// ("officials on Monday said"), else the nearest one before it in its
// clause ("will be held on Thursday", "said in a statement on Tuesday
// night that talks will continue"), else the first one after it, for a
// date fronted before a long subject ("On Thursday, Putin and other
// leaders … are scheduled to meet"). A group is a run of modals,
// auxiliaries and adverbs around a main verb, with the "to"-infinitives
// it governs ("declined to commit", "ordered schools to close"). Its
// reading:
//
//	will, shall, 'll, be to, going to               future
//	may, might, can, must, should                   future
//	would, could                                    future; past with "have"
//	would/could not say, not be reached             past: a refusal or a failed call
//	a future verb acting on "Monday's verdict"      past: the outcome has happened
//	am/is/are (+ -ing, + participle), present verb  future: an arrangement or a schedule
//	am/is/are alone, the date in a noun phrase      undecided: a state now ("is below Friday's level")
//	  … giving a dated event its hour               future: a timetable ("Kick-off on Sunday is at 4pm")
//	has/have + participle + object + a day          the nearest day: the day is the object's
//	                                                ("have called for protests on Saturday")
//	a forward-pointing verb + infinitive or object  future ("expected to cut", "hoped for")
//	  … when that verb is past                      the nearest day ("were allowed to enter Thursday")
//	was/were/had been + scheduled, due, set … to    the nearest day; past when called off
//	was/were to + verb ("was to arrive Thursday")    the nearest day; past when called off
//	a past deed "for" a day ("a warning for Friday") the nearest day
//	an -ing phrase opening the sentence             the tense of the clause after its comma
//	was, were, had, did, past forms, has + participle  past
//	a plan, then "but", "postponed"                  past
//	a plan's "originally", "initially"               the nearest ("originally due in December")
//	was/were + -ing in reported speech               the nearest day
//	a condition or time clause's past under "would"  the nearest day ("would climb once rescuers
//	  or "was likely to"                              got there on Wednesday")
//	"by"/"until" in a plan seen from the past        the nearest ("was meant to be in orbit by October")
//	"until" after a past verb of a lasting state     past ("lasted until Monday", "remained closed until")
//	a fronted "before" and a past perfect            past ("Before Friday, few had expected …")
//	"to" + verb with no verb before (a headline)     future; so is "how to watch"
//	a headline's present and a day one or two back   past: the news ("Apple unveils iPhone 4 on Monday")
//	a verb of invitation opening a sentence         future ("Join us Friday", "Have a great weekend")
//	a condition's present ("if they beat …")        future
//	a day and its hour in a line with no verb        future: a listing ("City v United, Saturday 3pm")
//	a day in lower case in a clause with no verb     the nearest day: a post ("exam on thurs")
//
// Undecided, a group leaves the choice to cue words ("the next match is
// …"); with none, a weekday falls back to the past (news mostly reports:
// on the tuning halves every weekday with no verb and no cue, 9 of 9, is
// past or the DCT's day) and a month to the nearest one. Before any of that, the word that
// governs the date itself may point ("by Friday", "since March",
// "postponed from October", "back to the April 2 level", "ahead of
// Sunday's vote"), as may the noun phrase the date ends ("until the next
// session in the fall", "a possible meeting over the weekend", "since the
// crash on Sunday"); after it, the preposition may revise the reading
// ("From Monday, masks are no longer required", "Following Tuesday's
// vote, the bill goes to the president"). A weekday quoted from a dated
// speech counts from the speech (speech.go).

// vclass is what a word contributes to a verb group.
type vclass uint8

const (
	vNone     vclass = iota
	vAdv             // an adverb or clitic inside a group: not, also, still, 't
	vWill            // will, shall, 'll, wo(n't)
	vModal           // may, might, can, must, should
	vWould           // would, could
	vBePres          // am, is, are, 're
	vBePast          // was, were
	vBe              // be, being
	vBeen            // been
	vHavePres        // has, have, 've
	vHavePast        // had
	vDoPres          // do, does
	vDoPast          // did
	vPast            // a past tense or participle
	vIng             // a present participle
	vPres            // a finite present form
	vPred            // a predicate adjective that points ahead: due, likely, poised
	vBase            // a base form after a modal or auxiliary: "did not plan"
)

// verbal reports whether a class can stand in a verb group.
func (c vclass) verbal() bool { return c > vAdv }

// finite reports whether a class is a finite verb, after which an -s word
// is its object ("backed plans"), not a second verb.
func (c vclass) finite() bool { return c.aux() || c == vPast || c == vPres || c == vBase }

// aux reports whether a class is a modal or auxiliary.
func (c vclass) aux() bool { return c >= vWill && c <= vDoPast }

// group is a verb group over tokens [start, end); head is its last verb
// before any infinitive.
type group struct {
	start, end, head int
	// to is the index of the first infinitive's "to", or -1.
	to int
}

// pastObligation reports whether group g opens with the past of "have to",
// an obligation as it stood then: "had to be approved", "had to leave".
func (tg *tagger) pastObligation(g group) bool {
	return g.head > g.start+1 && tg.word(g.start) == "had" && tg.word(g.start+1) == "to"
}

// tenseAround returns the tense of the clause that governs the tokens
// [i, j): the direction a weekday or month without a year points.
func (tg *tagger) tenseAround(i, j int) tense {
	t, _ := tg.governingTense(i, j)
	return t
}

// pastGroupBefore reports whether the verb group before token k is in a
// past tense: "moved", "was pushed back".
func (tg *tagger) pastGroupBefore(k int) bool {
	g, ok := tg.groupBefore(k)
	if !ok {
		return false
	}
	first := g.start
	for first < g.head && tg.vword(first) == vAdv {
		first++ // "then moved"
	}
	c := tg.vword(first)
	return c == vPast || c == vBePast
}

// aheadOfWriting reports whether the clause of tokens [i, j) looks ahead
// from the time of writing: "will", "can", "is due to", a present
// schedule; not "would", which looks ahead from a time told of.
func (tg *tagger) aheadOfWriting(i, j int) bool {
	future := tg.tenseAround(i, j) == tenseFuture
	g, ok, _ := tg.governingGroup(i, j)
	if !ok {
		return false
	}
	if !future {
		// "Voting ends at 8 p.m.": a schedule told in the present is
		// the day of writing's.
		return g.head == g.start && presentVerbs[tg.word(g.head)]
	}
	first := g.start
	for first < g.head && tg.vword(first) == vAdv {
		first++
	}
	switch tg.vword(first) {
	case vWill, vModal, vBePres, vPres:
		return true
	}
	return false
}

// pastOfWriting reports whether the clause of the clock time [i, j) is
// told in the simple past ("recorded 150 aftershocks by midday"): what it
// did happened by the time of writing, not on a day still ahead.
func (tg *tagger) pastOfWriting(i, j int) bool {
	g, ok, _ := tg.governingGroup(i, j)
	if !ok {
		return false
	}
	first := g.start
	for first < g.head && tg.vword(first) == vAdv {
		first++
	}
	if expectVerbs[tg.word(g.head)] {
		return false // "expected Friday to be the busiest time, with traffic peaking at 4pm": a forecast, no deed
	}
	return first == g.head && (tg.vword(first) == vPast || tg.vword(first) == vBePast)
}

// governingTense finds the verb group that governs tokens [i, j) and reads
// its tense; strong is false when the reading rests on a guessed -ed verb,
// which day-and-month dates do not trust: "declared a dividend payable
// Dec. 15" is read by "payable", not by "declared".
func (tg *tagger) governingTense(i, j int) (t tense, strong bool) {
	if hint, why := tg.dateHint(i-1, j); hint != tenseNone {
		// "By Tuesday, the toll had risen to 40": a deadline a past
		// perfect reached is past.
		if hint == tenseFuture && deadlineWords[tg.word(tg.hintWord(i))] {
			// "By Tuesday, the toll had risen to 40", "had risen for
			// three weeks until late June": a deadline or an end a
			// past perfect reached is past; not a plan's ("had been
			// expected to end by Friday"), nor what an asking or an
			// order is to do ("had asked them to stay until Tuesday").
			g, ok, _ := tg.governingGroup(i, j)
			if !ok {
				g, ok = tg.gappedGroup(i, j) // "…; by Thursday evening, 41,000"
			}
			if ok && tg.vword(g.start) == vHavePast && tg.pastPerfectOrDeadline(g.start) && !tg.schedulePredicate(g) &&
				!tg.forwardVerb(g, i, j) {
				tg.noteTense(tg.groupText(g), tensePast, "\"by\" or \"until\" and a past perfect: past")
				return tensePast, true
			}
			if ok && tg.vword(g.start) == vBePast && tg.schedulePredicate(g) {
				// "was meant to be in orbit by October": a deadline
				// a past plan set is just past or just ahead.
				tg.noteTense(tg.groupText(g), tenseNearest, "a deadline a past plan set: nearest")
				return tenseNearest, true
			}
			if ok && tg.word(tg.hintWord(i)) == "by" && tg.vword(g.start) == vBePast && g.to < 0 && !tg.schedulePredicate(g) &&
				!tg.backshifted(g, i, j) {
				// "its ships were full by early May", "By Friday the
				// roads were clear": a state a simple past says was
				// reached by the deadline is past; a plan's "to" or
				// "due" is not ("were told to leave by Friday"), nor
				// a condition under "would" ("would act if there was
				// no deal by February"), which backshifted reads.
				tg.noteTense(tg.groupText(g), tensePast, "\"by\" and a past state: past")
				return tensePast, true
			}
			if ok && tg.word(tg.hintWord(i)) == "by" && g.to < 0 && tg.pastOfWriting(i, j) && tg.vword(g.head) == vPast &&
				tg.pastClauseVerb(g.start) && !tg.forwardVerb(g, i, j) && !tg.schedulePredicate(g) && !tg.backshifted(g, i, j) &&
				!tg.presentNow(g) {
				// "grew to 2,100 acres by Saturday", "Rescuers reached
				// the village by Saturday": what a simple past says was
				// done by a deadline is done, as with "were full by
				// early May"; not what an order asked for ("ordered
				// the crowds out by Friday", objectForward).
				tg.noteTense(tg.groupText(g), tensePast, "\"by\" and a simple past: past")
				return tensePast, true
			}
			if ok && tg.word(tg.hintWord(i)) == "by" && tg.pastObligation(g) && !tg.reportedAt(g.start) && !tg.backshifted(g, i, j) {
				// "applications, which had to be approved by Friday, were
				// handled on paper": a deadline a past "had to" set, told
				// as the writer's own past, has come; reported speech
				// ("were told they had to leave by Friday") may still
				// look ahead, as may a condition backshifted reads.
				tg.noteTense(tg.groupText(g), tensePast, "\"by\" and a past \"had to\": past")
				return tensePast, true
			}
			if ok && tg.lastedUntil(g, i) {
				// "The suspension of trading lasted until Monday": a
				// state a past verb ran on to its end is over.
				tg.noteTense(tg.groupText(g), tensePast, "\"until\" the end of a past state: past")
				return tensePast, true
			}
		}
		tg.noteTense("", hint, why)
		return hint, true
	}
	if i == tg.from && j < tg.to && tg.punct(j, ":") && tg.dayNamed(i) && tg.fixtureAfter(j) {
		// "Friday: Sables v Lorient-Mer (1930)": a fixture list gives
		// the days of matches still to be played.
		tg.noteTense("", tenseFuture, "a day heading a fixture, \"v\" and no score: future")
		return tenseFuture, true
	}
	if i == tg.from && j < tg.to && (tg.dash(j) || tg.punct(j, ":")) && tg.dayNamed(i) {
		if t := tg.listHeadingTense(i); t != tenseNone {
			// "Fixtures (all times GMT)" over "Friday: Sables v
			// Lorient-Mer (1930)": the list's heading says whether
			// its days are to come or gone.
			tg.noteTense("", t, "a day heading an entry of a list of fixtures or results")
			return t, true
		}
		// "Sunday - The new government puts its forces on alert": a
		// timeline's entry, told in the present, is a day near the
		// list's date.
		tg.noteTense("", tenseNearest, "a day heading a timeline entry: nearest")
		return tenseNearest, true
	}
	if tg.thankedFor(i) {
		// "Thanks for coming out on Sunday", "thank you for having us
		// on Friday": what is thanked for has been done.
		tg.noteTense("", tensePast, "thanks for a deed: past")
		return tensePast, true
	}
	g, ok, after := tg.governingGroup(i, j)
	if ok && !after && tg.keptFree(g, i, j) {
		tg.noteTense(tg.groupText(g), tenseFuture, "a day kept free: held for what may come, future")
		return tenseFuture, true
	}
	if ok && after && tg.word(i-1) == "before" && tg.clauseOpensAt(i-1) && tg.vword(g.start) == vHavePast {
		// "Before Friday, few traders had expected a drop": a past
		// perfect told up to a fronted "before" looks back from it.
		tg.noteTense(tg.groupText(g), tensePast, "a fronted \"before\" and a past perfect: past")
		return tensePast, true
	}
	if ok && !after && tg.openingParticiple(g) {
		// "Speaking to reporters on Friday evening, the governor
		// said …": the phrase a participle opens takes the tense of
		// the clause after its comma.
		if main, found := tg.groupAfter(tg.nextComma(j-1) + 1); found {
			g, after = main, true
		}
	}
	if ok && after && tg.imperativeAfterComma(j, g) {
		if k, ing := tg.bareIngBefore(i); ing && k > tg.from && !tg.attributive(i, j) {
			// "New collection launching Monday, stay tuned!": the
			// clause's verb is the -ing before the date; the
			// imperative after the comma is a clause of its own.
			tg.noteTense(tg.word(k), tenseFuture, "a progressive without its \"be\", then an imperative: future")
			return tenseFuture, true
		}
	}
	if tg.imperative(g, ok) {
		tg.noteTense(tg.word(tg.from), tenseFuture, "an imperative, or a post's planned move with its subject left out: future")
		return tenseFuture, true
	}
	if !ok {
		if host, ok := tg.hostOfParticiple(i); ok {
			// "who went off with a knee knock while playing for his
			// country on Tuesday night": the participle after "while"
			// is no headline's progressive; it shares its clause's time.
			t, strong, why := tg.readGroup(host, true, i, j)
			tg.noteTense(tg.groupText(host), t, why+"; a participle after \"while\" or \"when\" takes its clause's tense")
			return tg.questionTense(t, strong)
		}
		if tg.caption() {
			// "Photo: Fans queuing at the gates on Friday", "(Photo: The
			// coach watches training on Friday)": a caption tells the
			// moment pictured, whatever its verb, gone by.
			tg.noteTense("", tensePast, "a caption: the moment pictured, past")
			return tensePast, true
		}
		if k, ok := tg.bareIngBefore(i); ok && !tg.attributive(i, j) {
			// "Voters heading to the polls on Sunday", "flying out on
			// sunday": a headline's or post's progressive with its
			// "be" left out, under way or planned.
			tg.noteTense(tg.word(k), tenseFuture, "a progressive without its \"be\": future arrangement")
			return tenseFuture, true
		}
		if k, ok := tg.bareInfinitiveBefore(i); ok {
			// "Heavy rain to sweep across south from Tuesday": a
			// headline's "to"-infinitive, whatever its verb, is what
			// is to come.
			tg.noteTense("to "+tg.word(k), tenseFuture, "to-infinitive without a verb: future")
			return tenseFuture, true
		}
		if tg.invitationAfter(j) {
			// "Gig on Thursday, come along", "Open day on Saturday,
			// join us": a notice's invitation is to what is ahead.
			tg.noteTense("", tenseFuture, "a verbless notice, then a comma and an invitation: future")
			return tenseFuture, true
		}
		if tg.headlineNounClause(i) {
			// "Candidates fan out after caucus upset, primary on
			// Tuesday": a headline's verbless clause after a comma
			// names what is on a day near the news.
			tg.noteTense("", tenseNearest, "a headline's verbless clause after a comma: nearest day")
			return tenseNearest, true
		}
		t := tg.cueWord(i, j)
		if t == tenseNone && tg.conditionClause(i) {
			// "unless the governor intervenes before Tuesday": a
			// condition's verb, known or not, is a present, and it
			// speaks of what is still to happen.
			tg.noteTense("", tenseFuture, "a condition with no past verb: future")
			return tenseFuture, true
		}
		if t == tenseNone {
			if g, ok := tg.purposeOfMotion(i); ok {
				// "arrived on Thursday for ceremonies marking the
				// anniversary on Friday": the phrase a participle
				// opens is the purpose's, which lies just ahead.
				tg.noteTense(tg.groupText(g), tenseNearest, "the purpose \"for\" which people came: nearest day")
				return tenseNearest, true
			}
		}
		tg.noteTense("", t, "no verb group; cue words")
		if t == tenseNone && tg.listing(i, j) {
			// "Schedule: Friday, 7pm, quarter-final", "City v United,
			// Wembley, Saturday 3pm": a line with no verb that gives a
			// day its hour is a timetable or a fixture list.
			tg.noteTense("", tenseFuture, "a day and its hour in a line with no verb: a listing, future")
			return tenseFuture, true
		}
		if t == tenseNone && tg.lowerDay(i) && !tg.asks() {
			// "thursday night football!!", "exam on thurs": a day
			// in lower case is a post's, which tells of the days
			// around it; news, which capitalises, reports.
			tg.noteTense("", tenseNearest, "a day in lower case in a clause with no verb: a post, nearest day")
			return tenseNearest, true
		}
		if t == tenseNone && tg.word(i-1) == "for" && !tg.attributive(i, j) {
			// "Storm warning for Friday", "So ready for the
			// weekend": what a verbless clause is for lies ahead.
			tg.noteTense("", tenseFuture, "\"for\" a date, no verb: future")
			return tenseFuture, true
		}
		return tg.questionTense(t, false)
	}
	if tg.periodBeforeNoun(i, j) {
		// "Next week brings February inflation figures", "the December
		// survey is due": the month is the period the figures cover,
		// gone by before they come out, whatever the verb's tense.
		tg.noteTense(tg.groupText(g), tensePast, "a period a statistic covers, named before its noun: past")
		return tensePast, true
	}
	if after && tg.periodOfNoun(i) {
		// "The figures for October are due next week": the month is
		// the period the figures cover, not when the verb happens.
		tg.noteTense(tg.groupText(g), tenseNone, "a period a noun covers, before its verb: nearest")
		return tenseNone, false
	}
	if main, found := tg.mainPastRelative(g, i); ok && !after && found {
		// "will report results for the quarter that ended on Saturday
		// on April 24": the relative clause has its date; the next one
		// is the main verb's.
		g = main
	}
	if main, found := tg.reducedRelative(g); ok && !after && found {
		// "will require visitors to show a test taken within a day of
		// departure from Monday": the participle qualifies a noun of
		// the future clause, whose verb governs.
		g = main
	}
	if shared, found := tg.sharedAuxiliary(g); ok && !after && found {
		// "will be cut on January 1 and reviewed again in April": the
		// second participle shares the first one's auxiliary.
		g = shared
	}
	if ok && !after && tg.backshifted(g, i, j) {
		// "said the toll was likely to rise once teams reached the
		// districts on Monday": a time clause under a reported
		// future takes the past tense for what is still ahead.
		tg.noteTense(tg.groupText(g), tenseNearest, "a past time clause under a reported future: nearest")
		return tenseNearest, true
	}
	if ok && !after && tg.frontedCondition(g, j) {
		tg.noteTense(tg.groupText(g), tenseFuture, "a past condition before a clause that reads ahead: future")
		return tenseFuture, true
	}
	t, strong, why := tg.readGroup(g, !after, i, j)
	if t == tenseFuture && tg.measuredFrom(i, j) {
		// "Talks will resume on Wednesday, a month after the December
		// election": the event is measured back from the clause's own
		// time, which lies near the publication, not ahead of it.
		t, why = tenseNearest, "an event a span is measured from, in a future clause: nearest"
	}
	if t == tenseFuture && after && tg.subjectAside(g, i, j) {
		// "Investigators of the earlier crash, off Indonesia on Oct.
		// 29, are due to report": an aside about the subject's noun
		// dates that noun, not the verb's plan.
		t, why = tenseNearest, "a date in an aside about the subject: nearest"
	}
	if t == tenseFuture && (tg.afterEventAt(i) || tg.afterEventNamed(i, j)) {
		// "is suspended for Wednesday's match after a red card in
		// January": the event the clause comes after precedes it.
		t, why = tenseNearest, "an event the clause comes after, in a future clause: nearest"
	}
	if t == tensePast && !strong && after && tg.clauseOpensAt(i) {
		// "On June 1, the boards of the two markets signed …": the
		// -ed verb of the clause a date opens is that clause's verb.
		strong = true
	}
	if !after && tg.absoluteWith(g.end, i) {
		// "The women's final is on Saturday, with the men's final on
		// Sunday evening"; "The talks ended on Tuesday, with a second
		// round on Friday": a verbless "with" phrase adds to its
		// clause, ahead of a present arrangement, else near its day.
		t, strong, why = tenseNearest, true, "a \"with\" phrase after a past clause: nearest day"
		s := g.start
		for s+1 < g.end && tg.vword(s) == vAdv {
			s++ // "now ends"
		}
		if c := tg.vword(s); c == vBePres || c == vPres || c == vWill || c == vModal {
			t, why = tenseFuture, "a \"with\" phrase after a present or future clause: future"
		}
	}
	t, strong, why = tg.prepositionTense(g, after, i, j, t, strong, why)
	if t == tensePast && !after {
		if m, ok := tg.purposeOfMotion(i); ok && m == g {
			// "Leaders arrived in Astana on Wednesday for a summit
			// on Thursday": what they came for follows their coming.
			t, strong, why = tenseNearest, true, "the purpose \"for\" which people came: nearest day"
		}
	}
	if t == tenseFuture && !after && tg.afterIngBetween(g.end, i) {
		// "is set to defend the title after winning the trophy
		// Friday": what comes before a planned event may be done.
		t, why = tenseNearest, "\"after\" doing, before a planned event: nearest day"
	}
	if t == tenseNone {
		if c := tg.cueWord(i, j); c != tenseNone {
			// "The next match is a day-night match in Durban on
			// Wednesday": a group without tense leaves the cue words.
			t, strong, why = c, false, why+"; cue words"
		}
	}
	tg.noteTense(tg.groupText(g), t, why)
	return tg.questionTense(t, strong)
}

// fromRange reports whether the expression at i opens or closes a range
// that "from" opens: "from 6am", "from 6am to 6pm on Saturday".
func (tg *tagger) fromRange(i int) bool {
	switch tg.word(i - 1) {
	case "from":
		return true
	case "to", "until", "till":
		_, ok := tg.verblessBack(i-1, 7, tg.from, "from")
		return ok
	}
	return false
}

// absoluteWith reports whether the expression at i stands in a phrase
// that ", with" opens after the verb group ending at end, with no finite
// verb: only a participle may stand in it ("with Europe following on
// November 10").
func (tg *tagger) absoluteWith(end, i int) bool {
	for k := i - 1; k > end && k >= i-groupSearch; k-- {
		if c := tg.vword(k); c.verbal() && c != vIng {
			return false
		}
		if tg.word(k) == "with" {
			return tg.punct(k-1, ",")
		}
	}
	return false
}

// verblessBack finds the word w in the reach tokens before i, after the
// token at stop, with no verb between it and i, and returns its index.
func (tg *tagger) verblessBack(i, reach, stop int, w string) (int, bool) {
	for k := i - 1; k > stop && k >= i-reach; k-- {
		if tg.vword(k).verbal() {
			return 0, false
		}
		if tg.word(k) == w {
			return k, true
		}
	}
	return 0, false
}

// purposeOfMotion finds, before the expression at i, a "for" that opens
// what people came for ("flocked to the capital for the final on
// Sunday"), with no finite verb between it and the date, and returns
// the motion verb's group before it.
func (tg *tagger) purposeOfMotion(i int) (group, bool) {
	for k := i - 1; k > tg.from && k >= i-groupSearch; k-- {
		if tg.vword(k).finite() || tg.leftStop(k) {
			return group{}, false
		}
		if tg.word(k) != "for" {
			continue
		}
		g, ok := tg.groupBefore(k)
		return g, ok && motionVerbs[tg.word(g.head)] && tg.vword(g.start) == vPast
	}
	return group{}, false
}

// bareInfinitiveBefore finds, in a clause with no verb group, a
// "to"-infinitive after a noun before token i ("Heavy rain to sweep
// across south from Tuesday") and returns its verb's index: a word of
// base shape that the lexicon need not know. "Back to work after the
// weekend" is a noun after "to" (toNounLeads).
func (tg *tagger) bareInfinitiveBefore(i int) (int, bool) {
	for m := i - 2; m > tg.from && m >= i-groupSearch && !tg.leftStop(m); m-- {
		if tg.word(m) != "to" {
			continue
		}
		v, p := tg.word(m+1), tg.word(m-1)
		if tg.infinitiveAt(m+1) && baseShape(v) && tg.toks[m-1].kind == kWord && tg.vword(m-1) == vNone &&
			!prepositions[p] && !determiners[p] && !toNounLeads[p] && !tg.verbBefore(m) {
			return m + 1, true
		}
		return 0, false
	}
	return 0, false
}

// openingParticiple reports whether group g is an -ing form that opens
// its sentence and is set off by a comma before the clause it belongs to:
// "Speaking to business leaders on Friday, …", "Addressing the party
// congress in March, …".
func (tg *tagger) openingParticiple(g group) bool {
	return g.start == tg.from && tg.vword(g.start) == vIng && tg.nextComma(g.end) < tg.to
}

// periodOfNoun reports whether the month or season at i is the period a
// noun before it covers ("the figures for October", "sales of
// September"): "for" or "of" joins it to a noun, not to a verb.
func (tg *tagger) periodOfNoun(i int) bool {
	k := i
	if tg.word(k) == "the" {
		k++
	}
	if !tg.monthOrSeason(k) {
		return false
	}
	p := tg.word(i - 1)
	if p != "for" && p != "of" || i-2 < tg.from || tg.toks[i-2].kind != kWord {
		return false
	}
	n := tg.word(i - 2)
	return periodNouns[n]
}

// habitual reports whether the clause of the expression [i, j) tells what
// happens as a rule, every year: its verb group is a simple present with
// a frequency adverb in or right before it ("the rainy season normally
// ends in mid-September", "decisions are usually made in the summer"). A
// month or season there is of no year in particular.
func (tg *tagger) habitual(i, j int) bool {
	g, ok, _ := tg.governingGroup(i, j)
	if !ok {
		return false
	}
	if g.head == g.start && tg.seasonSpans(g.start-1) {
		return true // "where winter runs from June to August": a season's bounds, every year
	}
	first := g.start
	if habitualAdverbs[tg.word(first-1)] {
		first--
	}
	seen := false
	for k := first; k < g.end; k++ {
		if habitualAdverbs[tg.word(k)] {
			seen = true
			continue
		}
		if c := tg.vword(k); c != vAdv && k < g.head && c != vPres && c != vBePres && c != vDoPres {
			return false // "will usually", "was normally": not a present rule
		}
	}
	c := tg.vword(g.head)
	if !seen && g.head == g.start && (c == vPres || c == vBePres) && tg.habitualReport(g.start) {
		return true // "He always said the season starts at Easter"
	}
	return seen && (c == vPres || c == vBePres || c == vPast && tg.vword(g.start) == vBePres)
}

// habitualReport reports whether the present verb at k reports what a
// speaker said as a habit ("he always said", "she often says") within a
// few words before it: the clause states a rule of every year, not a
// schedule.
func (tg *tagger) habitualReport(k int) bool {
	for m := k - 1; m > tg.from && m >= k-5; m-- {
		if reportingVerbs[tg.word(m)] {
			return habitualAdverbs[tg.word(m-1)]
		}
		if tg.vword(m) != vNone || tg.toks[m].kind == kPunct {
			return false
		}
	}
	return false
}

// seasonSpans reports whether token k is a season with no word before it
// that picks one out ("this", "last", "next"), followed by a verb that
// gives its bounds ("winter runs from June to August", "summer lasts
// from December"): a definition of the season, true of every year.
func (tg *tagger) seasonSpans(k int) bool {
	if _, ok := seasonWords[tg.word(k)]; !ok || !seasonSpanVerbs[tg.word(k+1)] {
		return false
	}
	_, picked := relOffsets[tg.word(k-1)]
	return !picked
}

// fixtureAfter reports whether the entry after token j names a match to
// be played: a "v" or "vs" between capitalised names and no score in the
// sentence ("Rennac v Brioude (1600), Carnac v Verdon (1900)"), where a
// results list writes the score ("Rennac 2-1 Brioude").
func (tg *tagger) fixtureAfter(j int) bool {
	for k := j + 2; k+1 < tg.to; k++ {
		if w := tg.word(k); (w == "v" || w == "vs") && tg.capital(k-1) && tg.capital(k+1) && !tg.capital(k) {
			return tg.sentenceScores() == 0
		}
	}
	return false
}

// periodBeforeNoun reports whether the bare month or season [i, j) names
// the period of a statistic before its noun, at most one other noun
// between: "February inflation figures", "the December survey", "its
// March jobs report". The figures cover a period gone by.
func (tg *tagger) periodBeforeNoun(i, j int) bool {
	if j != i+1 || !tg.monthOrSeason(i) || j >= tg.to || tg.toks[j].kind != kWord || tg.capital(j) {
		return false
	}
	n := tg.word(j)
	if prepositions[n] || coordinators[n] || tg.vword(j) != vNone {
		return false
	}
	if periodNouns[n] {
		return true
	}
	return j+1 < tg.to && periodNouns[tg.word(j+1)] && tg.vword(j+1) == vNone && !tg.capital(j+1)
}

// conditionClause reports whether the clause of the expression at i opens
// with a condition word ("unless", "if", "once"), with no verb group found
// in it.
func (tg *tagger) conditionClause(i int) bool {
	for k := i - 1; k >= tg.from && k >= i-groupSearch; k-- {
		if tg.leftStop(k) {
			return conditionWords[tg.word(k)]
		}
	}
	return false
}

// questionTense reads a question whose verbs say neither past nor future
// ("How about Friday night?", "Are you free on Saturday?") as asking
// about a plan: future. "Who won on Sunday?" keeps its past.
func (tg *tagger) questionTense(t tense, strong bool) (tense, bool) {
	if t != tenseNone || !tg.asks() {
		return t, strong
	}
	tg.noteTense("", tenseFuture, "a question with no past or future verb: a plan")
	return tenseFuture, true
}

// asks reports whether the current sentence ends in a question mark,
// before any closing quotes or brackets.
func (tg *tagger) asks() bool {
	for k := tg.to - 1; k >= tg.from; k-- {
		switch {
		case tg.punct(k, "?"):
			return true
		case tg.toks[k].kind != kPunct || !closingMarks[tg.toks[k].in(tg.lower)]:
			return false
		}
	}
	return false
}

// prepositionTense revises the reading t of group g by the preposition
// before the expression [i, j): a state that starts "from" a day, a
// perfect that runs "through" one, the present "after" an event.
func (tg *tagger) prepositionTense(g group, after bool, i, j int, t tense, strong bool, why string) (tense, bool, string) {
	switch prev := tg.word(i - 1); {
	case t == tenseNone && prev == "for" && !tg.attributive(i, j):
		// "is ready for the weekend", "the forecast is for Friday":
		// a state now that is for a day looks ahead to it.
		t, strong, why = tenseFuture, true, "a present state \"for\" a date: future"
	case t == tenseNone && (prev == "from" && tg.clauseOpensAt(i-1) || !after && tg.vword(g.start) == vBePres && tg.fromRange(i)):
		// "From Monday, masks are no longer required", "An amber
		// warning is in force from 6am on Saturday": the state starts
		// then.
		t, strong, why = tenseFuture, true, "\"from\" a day, then a present state: future"
	case t == tensePast && prev == "for" && !tg.attributive(i, j) && (tg.dayNamed(i) || tg.monthDayAt(i)) &&
		tg.toks[i-2].kind == kWord && tg.vword(i-2) == vNone && !prepositions[tg.word(i-2)]:
		// "issued a warning on Monday for Wednesday", "booked a hall
		// for Thursday", "said tickets for Sunday were still
		// available": what a past deed or state was for is a day
		// just ahead, or just gone.
		t, strong, why = tenseNearest, true, "a past deed \"for\" a day: nearest day"
	case t == tensePast && (prev == "through" || prev == "thru") && tg.vword(g.start) == vHavePres && !after:
		// "has extended loans through January": a perfect that
		// runs on to the date.
		t, strong, why = tenseFuture, true, "a present perfect running through the date: future"
	case t != tenseFuture && (prev == "before" || prev == "until") && tg.countdownBefore(i-1):
		// "with four stages left before Sunday's finish", "two days
		// to go until the vote on Friday": what is left counts down
		// to a day still ahead.
		t, strong, why = tenseFuture, true, "a countdown left before a day: future"
	case t != tenseNearest && tg.dayNamed(i) && tg.possessive(j) && calledOffWords[tg.word(j+2)]:
		// "Saturday's cancelled services would be added to the
		// timetable": an event called off was planned close to the
		// report, just gone or just ahead, whatever the clause's tense.
		t, strong, why = tenseNearest, true, "a dated event called off: nearest day"
	case t != tenseFuture && prev == "before" && tg.dayNamed(i) && (tg.possessive(j) || tg.attributive(i, j)):
		// "a last push for votes before Tuesday's election", "resigned
		// before the Monday vote": the event came after the clause's
		// own day, close to the report.
		t, strong, why = tenseNearest, true, "before a dated event: nearest day"
	case t == tensePast && prev == "from" && !after && tg.dayNamed(i) && !tg.attributive(i, j) &&
		tg.toks[i-2].kind == kWord && tg.vword(i-2) != vPast && !tg.vword(i-2).finite() && !spanNouns[tg.word(i-2)]:
		// "declared three days of mourning from Wednesday": what a
		// past act set going starts just after it; not "made contact
		// in the night from Saturday to Sunday", a time the "from"
		// only bounds.
		t, strong, why = tenseNearest, true, "a past act's state \"from\" a day: nearest day"
	case t == tenseFuture && (prev == "after" || prev == "following") && tg.attributive(i, j) &&
		(tg.vword(g.start) == vPres || tg.vword(g.start) == vDoPres) && !tg.timeClausePresent(g):
		// "Following Tuesday's vote, the bill goes to the president":
		// what comes after the event is under way now.
		t, strong, why = tensePast, true, "after an event, the present: the event is past"
	case t == tenseFuture && tg.afterCharacterized(i) && !tg.attributive(i, j) && tg.vword(g.start) == vBePres &&
		ingForm(tg.word(g.head)) && !verbLex[tg.word(g.head)].has(lForward):
		// "the market is steadying after a difficult summer": a
		// process under way now that follows a period told of as
		// lived through ("a" and an adjective) comes after it; not
		// a verb that looks ahead ("is expecting a rebound after").
		t, strong, why = tensePast, true, "the present after a characterized period: past"
	}
	return t, strong, why
}

// afterCharacterized reports whether the month or season at i follows
// "after" or "following", an indefinite article and an adjective: "after
// a difficult summer", "following a wet March".
func (tg *tagger) afterCharacterized(i int) bool {
	return tg.monthOrSeason(i) && followingWords[tg.word(i-3)] && indefiniteArticles[tg.word(i-2)] &&
		tg.toks[i-1].kind == kWord && tg.vword(i-1) == vNone
}

// monthDayAt reports whether the expression at i is a day of a month:
// "September 18", "18 September".
func (tg *tagger) monthDayAt(i int) bool {
	if _, m := monthWords[tg.word(i)]; m {
		d, nd := tg.num(i + 1)
		return nd > 0 && nd <= 2 && d >= 1 && d <= 31
	}
	_, m := monthWords[tg.word(i+1)]
	d, nd := tg.num(i)
	return m && nd > 0 && nd <= 2 && d >= 1 && d <= 31
}

// dayNamed reports whether the expression at i names a day or a weekend
// ("Wednesday", "Friday night", "the weekend"), not a month or a year.
func (tg *tagger) dayNamed(i int) bool {
	w := tg.word(i)
	if w == "the" {
		w = tg.word(i + 1)
	}
	_, day := weekdayWords[w]
	return day || w == "weekend"
}

// lowerDay reports whether token i is a weekday's name or its short form
// written in lower case: "friday", "thurs".
func (tg *tagger) lowerDay(i int) bool {
	_, day := weekdayWords[tg.word(i)]
	_, short := weekdayAbbrevs[tg.word(i)]
	return (day || short) && !tg.capital(i)
}

// afterIngBetween reports whether "after" and an -ing form stand among
// tokens [k, i): the expression dates a deed done before the group's
// event ("after winning the trophy Friday"). The -ing is read by its
// spelling, as vword takes any word after a preposition for a noun.
func (tg *tagger) afterIngBetween(k, i int) bool {
	for m := k; m+1 < i; m++ {
		if w := tg.word(m + 1); tg.word(m) == "after" && ingForm(w) && !verbLex[w].has(lNotVerb) {
			return true
		}
	}
	return false
}

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
// "said the vote on Friday will go ahead". The report is past; the
// reported clause's verb governs the date in its subject.
func (tg *tagger) reportedSubject(gb, g group, i int) bool {
	if !reportingVerbs[tg.word(gb.head)] || i < gb.end || i > gb.end && prepositions[tg.word(gb.end)] {
		return false
	}
	c := tg.vword(g.start)
	return c == vWill || c == vWould || c == vModal
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
	return group{}, false, false
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
	return tg.lexAt(k).has(inClauseStarters)
}

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
		if tg.leftStop(k) {
			return group{}, false
		}
		if tg.vword(k).verbal() {
			g := tg.groupAt(k, i)
			if tg.governs(g) {
				if i-g.end <= weakReach || !tg.guessed(g) {
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
	return countdownWords[w] || w == "go" && tg.word(k-2) == "to"
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
		lo := start - 6
		for m := start - 2; m >= tg.from && m >= lo; m-- {
			if tg.leftStop(m) || tg.punct(m, ",") {
				break
			}
			if m-2 >= tg.from && tg.voteTally(m-2) {
				lo -= 2 // "voted 9-0 on Monday to hold": the count is one word
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

// infinitives extends a group ending at end over the "to"-infinitives
// after it, allowing a short object between ("ordered schools to close",
// "urged Russia to halt", "asked for the barriers to come down"), but
// never to stop, where the date is; to is the first infinitive's "to", or
// -1.
// longObjectGap bounds, in tokens, the object with a phrase of its own
// between a verb that looks ahead and its "to".
const longObjectGap = 9

func (tg *tagger) infinitives(end, stop int) (int, int) {
	to := -1
	for n := 0; n < 3; n++ {
		k := end
		names := 0
		// A verb that looks ahead takes a longer object, its noun
		// qualified by a phrase: "expects traffic on the main
		// expressway to reach".
		long := n == 0 && infinitiveForward[tg.word(end-1)]
		maxGap := 4
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
	if w == "" || tg.capital(k) || determiners[w] || objectPronouns[w] {
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

// readGroup reads the tense of a group; before says the expression follows
// it, so that a forward-pointing verb governs it ("expected to cut rates
// on Thursday", "hoped for a September release"); the expression is the
// tokens [i, j).
func (tg *tagger) readGroup(g group, before bool, i, j int) (t tense, strong bool, why string) {
	first := g.start
	for first < g.head && tg.vword(first) == vAdv {
		first++
	}
	fc := tg.vword(first)
	if k := g.start - 1; tg.word(k) == "to" && k > tg.from && tg.infinitiveAt(g.start) && (!tg.verbBefore(k) || tg.bareNounClause(k)) {
		// An infinitive no verb governs: a headline's future ("Storm
		// to hit coast Friday", "PM to visit Kyiv Thursday").
		return tenseFuture, true, "to-infinitive without a verb: future"
	}
	if before && tg.reportedInfinitive(g, i, j) {
		// "Rebels say ceasefire talks to resume Thursday": the clause
		// a "say" reports is a headline's "Talks to resume Thursday",
		// its "are" left out, not an infinitive "say" governs.
		return tenseFuture, true, "a reported clause's subject and \"to\": future"
	}
	if before && g.start == g.head && fc == vPast && tg.word(g.end) == "for" && !tg.vword(g.start-1).verbal() {
		// "operations booked for April and May will go ahead": a
		// participle after its noun describes it, and the clause's own
		// verb, after the date, tells its direction.
		if ga, ok := tg.groupAfter(j); ok {
			return tg.readGroup(ga, false, i, j)
		}
	}
	if before && g.start == g.head && fc == vPast && schedulePredicates[tg.word(first)] && tg.punct(g.start-1, ",") {
		// "the first drive, expected in early March", "the vote,
		// scheduled for Friday": a schedule set off in apposition
		// has no tense of its own; the day is the nearest.
		return tenseNearest, true, "a schedule in apposition: nearest"
	}
	if (fc == vWill || fc == vModal || fc == vWould) && before && tg.namesOutcome(i, j) {
		// "would appeal Monday's verdict": the verb is ahead, but
		// what it acts on has happened.
		return tensePast, true, "the date names an outcome the future verb acts on: past"
	}
	if (fc == vWill || fc == vModal || fc == vWould) && !before && i-1 == tg.from &&
		outcomePrepositions[tg.word(i-1)] && tg.outcomeNoun(i, j) {
		// "Under Saturday's agreement, both armies will pull back": a
		// fronted phrase that rests on an outcome, not its subject
		// ("Monday's verdict will be read out"), has it behind.
		return tensePast, true, "a fronted phrase on an outcome before a future clause: past"
	}
	switch fc {
	case vWill:
		return tenseFuture, true, "will: future"
	case vModal:
		if tg.perfectHave(g) {
			// "should have acted in the spring", "must have been
			// sent in August": a modal perfect looks back.
			return tensePast, true, "modal have: past"
		}
		return tenseFuture, true, "modal: future"
	case vWould:
		if tg.perfectHave(g) {
			return tensePast, true, "would/could have: past"
		}
		if tg.withheldWord(g) && !(before && tg.quotedReply(g, i)) {
			// "would not say Tuesday", "could not be reached for
			// comment Monday": a refusal or a failed call, dated
			// when it happened; a date inside the words quoted
			// ("would only say \"before Christmas\"") is what was
			// said, no time of saying.
			return tensePast, true, "would/could not say or be reached: past"
		}
		return tenseFuture, true, "would/could: future from then"
	}
	if before && tg.reducedSchedule(g, i, j) {
		return tenseFuture, true, "a schedule's participle after its noun, no \"be\": future"
	}
	if before && tg.seenDoing(g) {
		return tenseFuture, true, "a headline's \"seen\" with an -ing verb, no \"be\": expected, future"
	}
	if before && tg.withSchedule(g) {
		return tenseFuture, true, "\"with\", a noun and a schedule's participle after a present clause: future"
	}
	if before && tg.reducedFit(g, i, j) {
		return tenseFuture, true, "a headline's \"cleared for\" a dated event, no \"be\": future"
	}
	if tg.overtakenSchedule(g) {
		// "Sentencing, originally pencilled in for late February, was
		// moved": the first plan's day may be gone or still ahead.
		return tenseNearest, true, "a schedule's participle overtaken (\"originally pencilled in\"): nearest"
	}
	if tg.schedulePredicate(g) {
		switch {
		case tg.groupHasAny(g, priorWords) || tg.word(g.start-1) != "" && priorWords[tg.word(g.start-1)]:
			// "originally planned for October", "originally due in
			// December, would slip to next year": the first date of a
			// plan since changed lay near the time of writing, passed or
			// still ahead when the plan moved.
			return tenseNearest, true, "a plan overtaken (\"originally planned\"): nearest"
		case (fc == vBePast || fc == vHavePast) && tg.broughtForward(j):
			// "had been planned for September, but the advance brought
			// it forward": the planned day had not come.
			return tenseFuture, true, "a plan brought forward: its day was ahead"
		case fc == vBePast || fc == vHavePast:
			// "was due to lift off on Tuesday", "had been set to rise
			// on Wednesday": the plan was made before the report, for
			// a day just past or just ahead.
			if tg.calledOffNow(g) {
				return tenseFuture, true, "a plan called off as of writing, before its day: future"
			}
			if tg.calledOff(j) {
				return tensePast, true, "a plan, then called off: past"
			}
			if fc == vBePast && tg.groupHasAny(g, forecastPredicates) && tg.undatedReportAt(g.start) {
				// "Forecasters said more heavy showers were likely over
				// the weekend": a forecast reported now, the past tense
				// the report's, looks ahead of the report.
				return tenseFuture, true, "a reported forecast, \"was likely\": future"
			}
			return tenseNearest, true, "a plan seen from the past: nearest day"
		case g.start == g.head && g.start > tg.from && !tg.vword(g.start-1).verbal() && tg.planUndoneAfter(j) &&
			!schedulePredicates[tg.word(j)]:
			// "a delivery due on December 28 arrived two days late":
			// a bare "due" after its noun has no tense of its own, and
			// the past verb of the noun's clause sees the plan from
			// the past, for a day just gone or just ahead; not a
			// second schedule ("figures due on Wednesday expected to
			// show"), which still looks ahead.
			return tenseNearest, true, "a bare schedule after its noun, a past verb after the date: nearest day"
		default:
			return tenseFuture, true, "a plan: future"
		}
	}
	if (fc == vBePres || fc == vPres || fc == vDoPres) && tg.caption() {
		// "Photo: Work continues on the school site on Monday.", "A
		// nurse prepares a vaccine on Sunday. Photograph: …": a caption
		// tells the moment pictured in the present, whatever the verb.
		return tensePast, true, "a caption's present: the moment pictured, past"
	}
	if before {
		if tg.forwardVerb(g, i, j) {
			if (fc == vPast || fc == vHavePast) && (tg.calledOff(j) || tg.contrastAfter(j)) {
				// "hoped to go public in May but delayed the
				// offering", "hoped to reopen the road Monday, but it
				// remained closed": a past plan, dropped.
				return tensePast, true, "a past plan, then called off: past"
			}
			if fc == vPast && expectVerbs[tg.word(g.head)] && tg.reportedAt(g.start) {
				// "said it expected a further cut in the summer":
				// a forecast reported now looks ahead of the report.
				return tenseFuture, true, "a reported forecast: future"
			}
			if (fc == vPast || fc == vHavePast) && tg.reportDatedBeforeThat(g, i, j) {
				return tensePast, true, "a report dated before its \"that\" clause: past"
			}
			if fc == vPast || fc == vHavePast || fc == vBePast || fc == vDoPast {
				// "ordered schools to close on Friday", "were
				// allowed to enter the village Thursday": what a
				// past act looked ahead to lies after it, in the
				// days just past or to come.
				return tenseNearest, true, "a past forward-pointing verb: after it, nearest day"
			}
			return tenseFuture, true, "a forward-pointing verb governs it: future"
		}
	}
	if before && tg.calledOffEvent(g, i, j) {
		if fc == vHavePres {
			// "The airline has cancelled Friday's flights": what
			// is called off as things stand now is still ahead.
			return tenseFuture, true, "a dated event called off, present perfect: future"
		}
		// "postponed the Friday vote": what was called off was
		// planned, just ahead or just gone.
		return tenseNearest, true, "a dated event called off: nearest day"
	}
	switch fc {
	case vBePres:
		if g.to == first+1 {
			return tenseFuture, true, "be to: future"
		}
		if before && tg.fitFor(i) {
			// "is doubtful for Wednesday's derby", "is fit for
			// Sunday's final": a state towards an event ahead.
			return tenseFuture, true, "present be, fit or doubtful for a dated event: future"
		}
		if before && tg.vword(g.head) != vIng && tg.attributive(i, j) {
			// "is linked to the August 7 bombings": present "be"
			// describes a state now; the date names an event.
			return tenseNone, false, "present be, the date names an event: a state"
		}
		if !before && g.head == first && g.to < 0 && tg.hourAt(g.end) {
			// "Kick-off on Sunday is at 4.30pm": a present "be" that
			// gives a dated event its hour is a timetable.
			return tenseFuture, true, "present be giving a dated event its hour: a timetable, future"
		}
		if before && g.head == first && g.to < 0 && tg.releaseBetween(g.end, i) {
			// "Her album is out on Friday", "is in cinemas from
			// Friday": a release told now is arranged, still ahead.
			return tenseFuture, true, "present be, out or on sale: a release, future"
		}
		if before && g.head == first && g.to < 0 && tg.fixtureBetween(g.end, i) {
			// "United are at home on Boxing Day", "are away to
			// Selbury on Saturday": a side's fixture, told now, is
			// still to be played.
			return tenseFuture, true, "present be, at home or away: a fixture, future"
		}
		if before && g.head == first && g.to < 0 && tg.word(i-1) == "on" && (tg.word(g.start-1) == "there" || tg.conditionClause(g.start)) {
			// "there is the mountain stage on Saturday", "if I am
			// within 20 seconds on Saturday night": what exists as of
			// now, or a condition put in the present, is on a day to come.
			return tenseFuture, true, "present be, existential or in a condition, and a day: future"
		}
		if g.head == first && g.to < 0 && !(before && !tg.objectBetween(g.end, i)) {
			// "is far below Friday's level": a state now, whose date
			// belongs to a noun; "the summit is on Thursday" is ahead.
			if p := tg.word(i - 1); !before && tg.dayNamed(i) && p != "from" && p != "for" {
				if tg.nextComplement(g.end) || tg.willRelativeAfter(g.end) {
					// "Friday's jobs figures are the next test",
					// "The final stage, on Sunday, is a circuit
					// race that will start at 1.15 p.m.": what
					// comes next, or what a "will" tells of, is
					// ahead.
					return tenseFuture, true, "present be, the subject's dated event is the next one or told with will: future"
				}
				// "County's game on Monday night is the first to be
				// shown": the subject's dated event is near, either
				// way ("from" and "for" a day look ahead, below).
				return tenseNearest, false, "present be describes the subject's dated event: nearest day"
			}
			return tenseNone, false, "present be describes a state"
		}
		return tenseFuture, true, "present be: future arrangement"
	case vDoPres, vPres:
		if before && fc == vPres && tg.namesOutcome(i, j) {
			// "bank rally offsets Tuesday's slide", a headline's
			// present: what the verb acts on has happened.
			return tensePast, true, "the date names an outcome the present verb acts on: past"
		}
		if before && findingVerbSet[tg.word(g.head)] {
			// "figures show 17 raids in the year to December": what
			// a finding reports is near, not a schedule.
			return tenseNearest, false, "present of a finding (\"show\"), the date in what it reports: nearest"
		}
		if !before && fc == vPres && linkingVerbs[tg.word(g.head)] && g.head == first {
			// "A similar raid in May remains unsolved", "Monday's
			// closure stays in force": a state now, whose date
			// belongs to the subject's event, near either way.
			return tenseNearest, false, "present linking verb describes the subject's dated event: nearest"
		}
		if !before && fc == vPres && g.head == first && j == i+1 && monthWords[tg.word(i)] > 0 && !prepositions[tg.word(i-1)] &&
			!adjectiveVerbs[tg.word(g.head)] && !adjectiveVerbs[strings.TrimSuffix(tg.word(g.head), "s")] {
			// "Wet July leaves wheat harvest behind", "A dry March
			// leaves reservoirs low": the month is the subject, and
			// the present tells what it has left now, no schedule;
			// the month is the one nearest. A linking verb judges a
			// prospect instead ("October looks realistic"), left to
			// the rules below.
			return tenseNearest, false, "a bare month as the subject of a present verb: nearest"
		}
		if fc == vPres && g.head == first && g.to < 0 && !timetableVerbs[tg.word(first)] && tg.headlineLine() &&
			tg.daysBack(i) > 0 && tg.daysBack(i) <= headlineNews {
			// "Apple unveils iPhone 4 on Monday" on a Tuesday: a
			// headline tells in the present what has just happened,
			// a day or two before it, as well as what is to come
			// ("Kestrava votes Sunday" on a Wednesday); a start or an
			// end it gives is a timetable's ("Sale ends Monday").
			return tensePast, true, "a headline's present and a day just gone: the news, past"
		}
		return tenseFuture, true, "present tense: future schedule"
	case vBePast, vHavePast, vDoPast, vHavePres, vBeen:
		if fc == vBePast && g.to == first+1 {
			// "The father was to arrive on Thursday": "was to" is a
			// plan seen from the past, as "was due to" is, for a day
			// just gone or just ahead; gone when it fell through.
			if tg.calledOff(j) {
				return tensePast, true, "\"was to\", then called off: past"
			}
			if tg.word(g.to+1) == "have" {
				// "The accord was to have been signed on Friday": a
				// plan whose day has passed without it.
				return tensePast, true, "\"was to have\": a plan whose day passed, past"
			}
			return tenseNearest, true, "\"was to\": a plan seen from the past, nearest day"
		}
		if fc == vHavePres && tg.word(first+1) == "to" {
			// "If we have to come back in September", "has to
			// report by October": an obligation now, met ahead.
			return tenseFuture, true, "have to: an obligation, future"
		}
		if fc == vBePast && tg.groupHas(g, "being") && deliberatedWords[tg.word(g.head)] {
			// "A third strike, on New Year's Eve, was also being
			// considered": a plan under discussion as of the report
			// is for a day still ahead.
			return tenseFuture, true, "past progressive passive of a plan under discussion: future"
		}
		if fc == vBePast && tg.vword(g.head) == vIng && tg.reportedAt(g.start) {
			// "She said she was leaving on Friday": a plan reported
			// from the past.
			return tenseNearest, true, "reported past progressive: a plan, nearest day"
		}
		if fc == vHavePres && before && (tg.dayNamed(i) || tg.monthDayAt(i)) && tg.nounPhraseBetween(g.end, i) && !tg.perfectAt(first) {
			// "the company has backup windows on Wednesday", "has a
			// hearing on Monday": the verb of having, told now, holds
			// a dated thing still to come, as a timetable does.
			return tenseFuture, true, "present have, its object dated: a schedule, future"
		}
		if fc == vHavePres && before && (tg.dayNamed(i) || tg.monthDayAt(i)) && tg.nounPhraseBetween(g.end, i) {
			// "Opposition leaders have called for protests on
			// Saturday", "have sold out their allocation for the game
			// on April 22": a present perfect takes no day of its
			// own, so the day is its object's, an event just ahead or
			// just gone.
			if tg.word(i-1) == "for" || tg.word(i-1) == "the" && tg.word(i-2) == "for" {
				// "have called rallies for the weekend": what the
				// object is for lies ahead of the calling.
				return tenseFuture, true, "a present perfect's object for the date: future"
			}
			return tenseNearest, true, "a present perfect, the day its object's: nearest day"
		}
		if fc == vHavePres && before && g.head != first && !tg.perfectAt(first) && tg.vword(g.head) == vPast {
			// "Many delegations have flights booked for Sunday", "has
			// its bags packed for Monday": "have", an object and its
			// participle is the verb of having, a state now, no
			// perfect (the object stands before the participle); what
			// is booked or packed for a day lies ahead.
			return tenseFuture, true, "present have, an object and its participle: a state now, the date ahead"
		}
		if fc == vHavePres && g.head == first && !tg.vword(first+1).verbal() {
			// "would rather have him for the run-in than lose him for
			// the summer": "have" with no participle is the verb of
			// having, a present state, not a perfect.
			if tg.purposeClause(first) {
				// "so that parents have the weekend to prepare": a
				// state the clause aims at comes after its aim is set.
				return tenseFuture, true, "the verb have in a clause of purpose: future"
			}
			return tenseNone, false, "the verb have, no perfect: a state"
		}
		if fc == vBePast && !before && tg.planUnderWay(g) {
			// "A third strike, on New Year's Eve, was also being
			// considered": a plan still weighed when told, its day
			// the nearest, not one gone by.
			return tenseNearest, true, "a dated plan being weighed (\"was being considered\"): nearest"
		}
		return tensePast, true, "past auxiliary or perfect: past"
	case vPast:
		return tensePast, irregularPast[tg.word(first)] || reportingVerbs[tg.word(first)], "past verb"
	}
	if tg.word(first) == "having" && first < g.head {
		// "Having won on Sunday, the team now faces …": done before
		// its clause.
		return tensePast, true, "perfect participle: past"
	}
	return tenseNone, false, "no tense in group"
}

// listHeadingTense returns the tense that the heading of the list whose
// line holds token i gives the days heading its entries: the first word
// of the nearest line above that opens with one of listHeadings
// ("Fixtures", "Results"), read over at most listHeadingLines unbroken
// lines and listHeadingBytes of text, or tenseNone.
func (tg *tagger) listHeadingTense(i int) tense {
	at := tg.base + int(tg.toks[i].start)
	floor := max(0, at-listHeadingBytes)
	end := strings.LastIndexByte(tg.all[floor:at], '\n') // the line above ends here
	for n := 0; n < listHeadingLines && end >= 0; n++ {
		end += floor
		start := strings.LastIndexByte(tg.all[floor:end], '\n') + 1 + floor
		if start == floor && floor > 0 {
			return tenseNone // the window ends inside the line
		}
		line := strings.TrimSpace(tg.all[start:end])
		if line == "" {
			return tenseNone // a blank line ends the list
		}
		w, _, _ := strings.Cut(line, " ")
		if t, ok := listHeadings[strings.ToLower(strings.TrimRight(w, ":"))]; ok {
			return t
		}
		end = start - 1 - floor
	}
	return tenseNone
}

// listHeadingLines and listHeadingBytes bound listHeadingTense's look up.
const (
	listHeadingLines = 12
	listHeadingBytes = 2000
)

// bareIngBefore finds an -ing shortly before token i in its clause that
// heads the clause's verbs with its "be" left out (see bareProgressive).
// The search stops after maxIngReach tokens, so a long clause without
// verbs costs no more than a short one.
func (tg *tagger) bareIngBefore(i int) (int, bool) {
	for m := i - 1; m >= tg.from && m >= i-maxIngReach && !tg.leftStop(m); m-- {
		if tg.vword(m) == vIng {
			return m, tg.bareProgressive(m)
		}
	}
	return 0, false
}

// hostOfParticiple finds the verb group of the clause that a participle
// clause before token i hangs on, when "while", "whilst" or "when" opens
// that participle clause: "was hurt while training on Monday".
func (tg *tagger) hostOfParticiple(i int) (group, bool) {
	for m := i - 1; m > tg.from && m >= i-maxIngReach; m-- {
		if tg.vword(m) == vIng {
			if !participleSubordinators[tg.word(m-1)] {
				return group{}, false
			}
			return tg.groupBefore(m - 1)
		}
		if tg.leftStop(m) {
			return group{}, false
		}
	}
	return group{}, false
}

// maxIngReach bounds how far before an expression bareIngBefore looks:
// "flying out to Sydney with the team on Sunday".
const maxIngReach = 8

// bareProgressive reports whether the -ing at k heads its clause's verbs
// with its "be" left out: no verb before it in the clause and no
// preposition or comma just before it ("after leaving on Friday",
// "gathered in the square, chanting on Monday" are not).
func (tg *tagger) bareProgressive(k int) bool {
	if k == tg.from {
		return true
	}
	if tg.verbBefore(k) {
		return false // "gathered in the square chanting slogans on Monday"
	}
	prev := tg.word(k - 1)
	return prev != "" && !prepositions[prev] && !coordinators[prev] && !determiners[prev]
}

// attributive reports whether the expression [i, j) modifies a noun after
// a determiner or as a possessive: "the August 7 bombings", "the Tuesday
// deadline", "Friday's purchases". Such a date names an event rather than
// when the verb's action happens.
func (tg *tagger) attributive(i, j int) bool {
	if tg.possessive(j) {
		return true
	}
	if !determiners[tg.word(i-1)] || j >= tg.to || tg.toks[j].kind != kWord {
		return false
	}
	w := tg.word(j)
	return !prepositions[w] && !coordinators[w] && !tg.vword(j).verbal()
}

// fitFor reports whether the date at i follows "for" after a word of
// fitness or readiness ("doubtful for", "fit for", "a doubt for the"),
// which looks ahead where "responsible for Monday's attack" looks back.
func (tg *tagger) fitFor(i int) bool {
	k := i - 1
	if tg.word(k) == "the" {
		k--
	}
	return tg.word(k) == "for" && fitWords[tg.word(k-1)]
}

// withheldWord reports whether a negated or "only" "would" or "could"
// group withholds speech or could not be reached: "would not comment",
// "couldn't be reached", "would not immediately confirm", "would only
// say": the reply, dated when it was given.
func (tg *tagger) withheldWord(g group) bool {
	withheld := tg.groupHasAny(g, negations) || tg.groupHas(g, "only")
	return withheld && (speechInfinitives[tg.word(g.head)] || unreached[tg.word(g.head)])
}

// quotedReply reports whether the expression at i opens, or stands
// inside, the few words a withheld reply quotes right after its verb:
// 'would only say "before Christmas"'. The date is what was said, read as
// its verb reads it, not when the reply was given ("would not say
// Tuesday whether ...").
func (tg *tagger) quotedReply(g group, i int) bool {
	k := g.end
	if k >= i || !tg.anyQuoteMark(k) || tg.tight(k) {
		return false
	}
	for m := k + 1; m < i; m++ {
		if tg.toks[m].kind != kWord || m-k > scareQuoteWords {
			return false
		}
	}
	return true
}

// namesOutcome reports whether the expression [i, j) modifies a noun
// that names what an event left behind ("Monday's verdict", "the Tuesday
// ruling"), so that the date is past whatever the verb's tense.
func (tg *tagger) namesOutcome(i, j int) bool {
	if p := i - 1; outcomeTimeWords[tg.word(p)] || tg.word(p) == "the" && outcomeTimeWords[tg.word(p-1)] {
		return false // "will be released with Thursday's decision": its time, not its object
	}
	return tg.outcomeNoun(i, j)
}

// outcomeNoun reports whether the date at [i, j) qualifies a noun of an
// outcome ("Monday's verdict", "the Saturday agreement"), whatever stands
// before it.
func (tg *tagger) outcomeNoun(i, j int) bool {
	if !tg.attributive(i, j) {
		return false
	}
	k := j
	if tg.possessive(j) {
		k = j + 2
	}
	return outcomeNouns[tg.word(k)] || outcomeNouns[tg.word(k+1)]
}

// imperative reports whether the sentence opens with a verb of
// invitation and no subject ("Join us Friday", "Have a great weekend!"),
// or with a post's present of a move its writer has planned, the subject
// left out ("Start my new job on Monday", "Fly home on Sunday"): its only
// verb group, if any, is that verb (g, when ok). A quotation may open the
// sentence: a speaker's imperative ("\"Ask me again on Sunday night.\"")
// looks ahead as a notice's does.
func (tg *tagger) imperative(g group, ok bool) bool {
	k := tg.from
	if tg.quoteMark(k) {
		k++
	}
	if tg.word(k) == "please" || tg.word(k) == "so" {
		k++
	}
	w := tg.word(k)
	if !imperativeVerbs[w] && !(plannedMoves[w] && moveObjects[tg.word(k+1)]) || tg.vword(k+1).verbal() {
		return false
	}
	return !ok || g.start == k && g.head == k
}

// thankedFor reports whether the date at i is in an -ing phrase that
// "thanks for", "thank you for" or "grateful for" opens, in its clause:
// "Thanks for coming out on Sunday".
func (tg *tagger) thankedFor(i int) bool {
	for m := i - 1; m > tg.from && m >= i-maxIngReach && !tg.leftStop(m); m-- {
		if tg.word(m) != "for" || !ingForm(tg.word(m+1)) {
			continue
		}
		w := tg.word(m - 1)
		return thankWords[w] || w == "you" && (tg.word(m-2) == "thank" || tg.word(m-2) == "thanking")
	}
	return false
}

// invitationAfter reports whether a comma follows the date ending before
// j, past a few words with no verb ("Gig on Thursday night, come along"),
// and an invitation opens the clause after it in lower case: "come",
// "join", "book".
func (tg *tagger) invitationAfter(j int) bool {
	for k := j; k < tg.to && k < j+invitationReach; k++ {
		if tg.punct(k, ",") {
			return k+1 < tg.to && imperativeVerbs[tg.word(k+1)] && !tg.capital(k+1)
		}
		if tg.toks[k].kind == kPunct || tg.vword(k).verbal() {
			return false
		}
	}
	return false
}

// invitationReach bounds the words between a date and the comma before an
// invitation: "on Thursday night at the Crown, come along".
const invitationReach = 6

// imperativeAfterComma reports whether group g, after the expression
// ending before j, follows a comma and a verb in its base form that opens
// its clause with no subject: ", stay tuned!", ", join us"; not ", deputy
// governor Anna Berg said".
func (tg *tagger) imperativeAfterComma(j int, g group) bool {
	c := j
	for c < g.start && !tg.punct(c, ",") {
		c++
	}
	k := c + 1
	if c >= g.start || k > g.start || tg.toks[k].kind != kWord || tg.capital(k) {
		return false
	}
	w := tg.word(k)
	e := verbLex[w]
	return baseShape(w) && (e.has(lBase) || e.has(lForward) || imperativeVerbs[w])
}

// reportedAt reports whether the clause whose verb group starts at k is
// reported speech: a reporting verb stands shortly before its subject
// ("said she was leaving", "told reporters that they were").
func (tg *tagger) reportedAt(k int) bool {
	for m := k - 1; m >= tg.from && m >= k-6 && !tg.leftStop(m); m-- {
		if reportingVerbs[tg.word(m)] {
			return true
		}
	}
	return false
}

// undatedReportAt reports whether a reporting verb stands shortly before
// token k in its clause, as reportedAt finds one, with no weekday or
// deictic day between that dates the report ("said on Friday that the
// talks were likely to resume on Monday" counts from the Friday).
func (tg *tagger) undatedReportAt(k int) bool {
	for m := k - 1; m >= tg.from && m >= k-6 && !tg.leftStop(m); m-- {
		if tg.isWeekday(m) || deicticDays[tg.word(m)] != 0 || tg.word(m) == "today" {
			return false
		}
		if reportingVerbs[tg.word(m)] {
			return true
		}
	}
	return false
}

// bareNounClause reports whether the "to" at k follows a bare noun that
// opens a clause after a comma, as a headline's second clause does:
// "Harrowgate agrees takeover, deal to close in second quarter". Prose
// gives such a noun its article or its verb.
func (tg *tagger) bareNounClause(k int) bool {
	n := k - 1
	if n <= tg.from || !tg.punct(n-1, ",") || tg.toks[n].kind != kWord || tg.capital(n) {
		return false
	}
	w := tg.word(n)
	return !tg.vword(n).verbal() && !determiners[w] && !prepositions[w] && !coordinators[w] && !objectPronouns[w]
}

// headlineNounClause reports whether the day at i closes a headline's
// verbless clause after a comma: a bare noun or two, with no article,
// then "on" and the day, in a sentence with no full stop ("…, primary on
// Tuesday", "…, talks on Monday").
func (tg *tagger) headlineNounClause(i int) bool {
	if tg.word(i-1) != "on" || tg.punct(tg.to-1, ".") {
		return false
	}
	for n := i - 2; n >= tg.from && n >= i-3; n-- {
		if tg.punct(n-1, ",") {
			return tg.bareNoun(n) && (n == i-2 || tg.bareNoun(n+1))
		}
	}
	return false
}

// bareNoun reports whether token n is a lower-case word that is no verb,
// article, preposition, coordinator or pronoun: a noun as headlines
// leave it, without its article.
func (tg *tagger) bareNoun(n int) bool {
	w := tg.word(n)
	return tg.toks[n].kind == kWord && !tg.capital(n) && !tg.vword(n).verbal() && !determiners[w] &&
		!prepositions[w] && !coordinators[w] && !objectPronouns[w] && !pluralPronouns[w]
}

// verbBefore reports whether a verb stands before token k in its clause:
// an infinitive after one belongs to it ("made it difficult for Sun to
// meet demand"), one without is a headline's plan.
func (tg *tagger) verbBefore(k int) bool {
	for m := k - 1; m >= tg.from && !tg.leftStop(m); m-- {
		if tg.vword(m).verbal() {
			return true
		}
	}
	return false
}

// listing reports whether the day [i, j) comes with a clock time, before
// or after it ("Friday, 7pm", "3pm Saturday"), in a sentence with no verb
// at all, as in a timetable, a fixture list or a listings post. A report
// of what happened at an hour has its verb ("fell at 3pm on Friday").
func (tg *tagger) listing(i, j int) bool {
	if _, _, end := tg.clock(i); end == i {
		if _, _, end := tg.clock(tg.optComma(j)); end == tg.optComma(j) {
			return false
		}
	}
	if tg.to-tg.from > verblessReach {
		return false // a heading, a listing or a post is short
	}
	for k := tg.from; k < tg.to; k++ {
		if tg.vword(k).verbal() {
			return false
		}
	}
	return true
}

// verblessReach is the most tokens a sentence may have for listing and
// presentBeforeDay to read it as a line without a verb: headings, fixture
// lists and posts are short, and the bound keeps a sentence of thousands
// of listed days linear.
const verblessReach = 40

// lastedUntil reports whether group g is a lone past verb of duration
// ("lasted", "remained", "stayed", "kept"), or one that links a state
// ("remained closed"), before "until" or "till" and the date at i, with
// at most lastingWords words between ("stayed in hospital until", "kept
// her out until"): the state ran on to then. A deadline moved or set ("extended
// until", "ordered to stay until") looks ahead, and those verbs are not
// among these.
func (tg *tagger) lastedUntil(g group, i int) bool {
	k := tg.hintWord(i) // past a position: "until late January", "until the end of January"
	w := tg.word(k)
	end := g.end
	if lastingParticles[tg.word(end)] {
		end++ // "dragged on until March"
	} else if linkingVerbs[tg.word(g.head)] && tg.toks[end].kind == kWord && !prepositions[tg.word(end)] && end+1 == k {
		end++ // the state the verb links: "remained closed until Monday", "stayed open till March"
	}
	for n := 0; end < k && n < lastingWords && tg.lastingWord(end); n++ {
		end++ // "stayed in hospital until", "kept her out until"
	}
	if holdingVerbs[tg.word(g.head)] && objectPronouns[tg.word(end)] && (particles[tg.word(end+1)] || lastingParticles[tg.word(end+1)]) {
		// "an injury that kept her out until the autumn": a state a
		// past verb kept someone in, run on to its end.
		return (w == "until" || w == "till") && end+2 == k && g.start == g.head && tg.vword(g.head) == vPast
	}
	return (w == "until" || w == "till") && end == k && g.start == g.head && tg.vword(g.head) == vPast &&
		durationVerbs[tg.word(g.head)]
}

// lastingWord reports whether token k can stand between a verb of
// duration and its "until": a word of its object or place, but no verb
// and no coordinator, which would open a clause of its own.
func (tg *tagger) lastingWord(k int) bool {
	return tg.toks[k].kind == kWord && !coordinators[tg.word(k)] && !tg.vword(k).verbal()
}

// lastingWords bounds the words lastedUntil reads between a verb of
// duration and its "until": an object and its particle ("kept her out"),
// or a place ("remained in custody").
const lastingWords = 3

// hourAt reports whether a clock time follows "at" or "from" at token k:
// "at 4.30pm", "from noon"; not "at 40", "at its lowest".
func (tg *tagger) hourAt(k int) bool {
	if w := tg.word(k); w != "at" && w != "from" {
		return false
	}
	_, _, end := tg.clock(k + 1)
	return end > k+1
}

// dayOrMonth reports whether token k names a weekday or a month, which
// date an event ("Sunday's storm", "March's floods"), where a season
// dates a fashion as well ("Spring's florals").
func (tg *tagger) dayOrMonth(k int) bool {
	_, wd := weekdayWords[tg.word(k)]
	_, m := monthWords[tg.word(k)]
	return wd || m
}

// groupHasAny reports whether a word of set is in group g.
func (tg *tagger) groupHasAny(g group, set map[string]bool) bool {
	for k := g.start; k < g.end; k++ {
		if set[tg.word(k)] {
			return true
		}
	}
	return false
}

// perfectHave reports whether g's "have" makes a perfect, with a
// participle after it (perfectAt: "should have acted", "would have passed"), not the
// main verb ("would have its premiere in February", "should have one
// before Christmas") or an obligation ("would have to wait").
func (tg *tagger) perfectHave(g group) bool {
	for k := g.start; k+1 < g.end; k++ {
		if c := tg.vword(k); (c == vHavePres || c == vHavePast) && tg.perfectAt(k) {
			return true
		}
	}
	return false
}

// pastPerfectOrDeadline reports whether the "had" at k is a perfect's
// auxiliary, its participle after any adverbs or a quote mark ('had
// "largely cleared"', "had cast", whose participle is its base), or the
// verb of a deadline given ("had until March
// 31 to respond"): not the verb of having, whose "until" looks ahead from
// a report ("said it had enough stocks to feed them until the end of
// March").
func (tg *tagger) pastPerfectOrDeadline(k int) bool {
	return tg.perfectAt(k) || basePast[tg.word(k+1)] || tg.word(k+1) == "until" ||
		k+1 < tg.to && tg.quoteMark(k+1) && tg.perfectAt(k+1)
}

// perfectAt reports whether the "have" at k is a perfect's auxiliary: a
// participle follows it, after any adverbs ("have called", "has already
// been"); "has backup windows", "has a hearing" are the verb of having.
func (tg *tagger) perfectAt(k int) bool {
	m := k + 1
	for m < tg.to && m <= k+3 && tg.vword(m) == vAdv {
		m++
	}
	c := tg.vword(m)
	return c == vPast || c == vBeen
}

// groupHas reports whether word w is in group g.
func (tg *tagger) groupHas(g group, w string) bool {
	for k := g.start; k < g.end; k++ {
		if tg.word(k) == w {
			return true
		}
	}
	return false
}

// schedulePredicate reports whether g holds "scheduled", "due", "set", "expected" …,
// followed by "to" or "for" or as a passive ("has been scheduled"): a
// plan, future unless seen from the past.
func (tg *tagger) schedulePredicate(g group) bool {
	for k := g.start; k < g.end; k++ {
		if tg.onCourseAt(k) == vPred {
			return true // "was on course to attempt a landing": a plan, as "was set to"
		}
	}
	for k := g.start; k <= g.head; k++ {
		w := tg.word(k)
		if !schedulePredicates[w] {
			continue
		}
		b := k - 1
		for b > g.start && tg.degreeBeforePredicate(b) {
			b-- // "was more likely"
		}
		// "was scheduled on Monday" is a plan, "were ready on Sunday"
		// a state: only a participle reads as a plan without "to".
		passive := k == g.head && k > g.start && (tg.vword(b) == vBeen || tg.vword(b).aux()) && !stateAdjectives[w]
		if w == "due" && tg.word(k+1) == "to" && !tg.verbAfterTo(k+2) {
			continue // "pulled out due to injuries": because of
		}
		n := tg.word(k + 1)
		if n == "in" && tg.word(k+2) == "for" {
			n = "for" // "pencilled in for late February"
		}
		if n == "to" || n == "for" || passive || (w == "expected" || w == "due") && k == g.head {
			if k > g.start || w == "due" || w == "poised" || w == "slated" {
				return true
			}
		}
	}
	return false
}

// forwardVerb reports whether a verb of g that points ahead governs the
// expression [i, j): the verb of an infinitive before the expression
// ("ordered schools to close on Friday", "declined to commit to a cut in
// July"), or a verb whose object holds it ("had hoped for a September
// release", "awaited Friday's jobs report").
func (tg *tagger) forwardVerb(g group, i, j int) bool {
	if g.to >= 0 && g.to < i {
		if refusalVerbs[tg.word(g.head)] && speechInfinitives[tg.word(g.to+1)] {
			return false // "declined to say on Monday": the refusal is dated
		}
		for k := g.start; k < g.to; k++ {
			if infinitiveForward[tg.word(k)] && tg.vword(k).verbal() {
				return true
			}
		}
		// "announced plans to close the scheme from October 1", "took
		// a decision to shut the plant in June": what a plan is to do
		// lies ahead of the plan, as with the verb "plan".
		return g.to > g.start && intentNouns[tg.word(g.to-1)]
	}
	if i == g.end && expectVerbs[tg.word(g.head)] {
		// "expected Friday afternoon to be the busiest time": the date
		// is the subject of what is forecast, which lies ahead.
		k := j
		if _, part := dayParts[tg.word(k)]; part {
			k++ // the weekday's part of the day, read after its tense
		}
		if tg.word(k) == "to" && tg.infinitiveAt(k+1) {
			return true
		}
	}
	if g.to < 0 && i > g.end+1 && tg.warningCovers(i) {
		return true // "issued a flood warning for Saturday night"
	}
	// "awaited Friday's jobs report": a date's possessive opens the
	// object itself.
	return g.to < 0 && objectForward[tg.word(g.head)] && !particles[tg.word(g.end)] &&
		(tg.objectBetween(g.end, i) || i == g.end && tg.possessive(j))
}

// warningCovers reports whether the date at i is the time a warning
// covers: a warning noun and "for", "from" or "until" right before it
// ("a red flag warning from 11 a.m. Saturday"). A warning looks ahead of
// its issuing, where "issued a warning on Tuesday" dates the issuing.
func (tg *tagger) warningCovers(i int) bool {
	return warningLinks[tg.word(i-1)] && warningNouns[tg.word(i-2)]
}

// reducedFit reports whether g is a headline's bare participle that
// clears or readies its noun "for" an event dated after it, "is" left out
// as in reducedSchedule: "Heavy-lift rocket cleared for maiden flight on
// Tuesday", "Reyes cleared for Saturday's opener". At most fitReach
// tokens, and no verb, stand between "for" and the date.
func (tg *tagger) reducedFit(g group, i, j int) bool {
	k := g.start
	if k != g.head || !fitWords[tg.word(k)] || tg.vword(k) != vPast || k <= tg.from || tg.word(g.end) != "for" ||
		i <= g.end || i-g.end > fitReach {
		return false
	}
	for m := g.end + 1; m < i; m++ {
		if tg.vword(m).verbal() || tg.toks[m].kind == kPunct {
			return false
		}
	}
	p := tg.word(k - 1)
	if tg.toks[k-1].kind != kWord || tg.vword(k-1).verbal() || attributionPronouns[p] || isPronouns[p] || relativeWords[p] {
		return false
	}
	return !tg.vword(j).verbal() && tg.verblessSubject(k)
}

// fitReach bounds the words between "cleared for" and its event's date.
const fitReach = 6

// reducedSchedule reports whether g is a bare participle of a schedule
// right after its noun and right before the date [i, j), its "is" left
// out as headlines and standfirsts leave it: "final tally expected on
// Thursday", "Talks scheduled for Monday". Not after a pronoun or a verb,
// which makes it an active past ("They expected on Thursday"), nor with a
// "that" or a verb after the date ("expected on Thursday that", "the
// verdict expected on Thursday was delayed").
func (tg *tagger) reducedSchedule(g group, i, j int) bool {
	k := g.start
	if k != g.head || !reducedSchedules[tg.word(k)] || tg.vword(k) != vPast || k <= tg.from {
		return false
	}
	e := g.end
	if tg.word(e) == "in" && prepositions[tg.word(e+1)] {
		e++ // "pencilled in for Monday": the particle, then the preposition
	}
	if !(i == e || i == e+1 && prepositions[tg.word(e)]) {
		return false
	}
	p := tg.word(k - 1)
	if tg.toks[k-1].kind != kWord || tg.vword(k-1).verbal() || attributionPronouns[p] || isPronouns[p] || relativeWords[p] {
		return false
	}
	return tg.word(j) != "that" && !tg.vword(j).verbal() && tg.verblessSubject(k)
}

// overtakenSchedule reports whether group g is a schedule's bare
// participle ("pencilled", "scheduled") that an earlier plan's adverb
// marks as overtaken: "originally pencilled in for", "initially slated
// for".
func (tg *tagger) overtakenSchedule(g group) bool {
	if !reducedSchedules[tg.word(g.head)] || tg.vword(g.head) != vPast {
		return false
	}
	return tg.groupHasAny(g, priorWords) || g.start > tg.from && priorWords[tg.word(g.start-1)]
}

// seenDoing reports whether group g is a headline's "seen" with an -ing
// verb after its noun and no "is" ("Central bank seen cutting rates on
// Thursday", "Oil seen rising next week"): the wire's way of writing "is
// expected to", which looks ahead, where "was seen leaving on Tuesday" is
// a past with its auxiliary.
func (tg *tagger) seenDoing(g group) bool {
	k := g.start
	if tg.word(k) != "seen" || k <= tg.from || g.end < k+2 || !ingForm(tg.word(k+1)) {
		return false
	}
	p := tg.word(k - 1)
	if tg.toks[k-1].kind != kWord || tg.vword(k-1).verbal() || isPronouns[p] || relativeWords[p] {
		return false
	}
	return tg.verblessSubject(k)
}

// withSchedule reports whether g opens with a bare schedule participle
// (reducedSchedules) whose noun "with" introduces, after a clause in the
// present, the future or the simple past: "A cold spell is forecast from
// Wednesday, with temperatures expected to drop overnight Thursday into
// Friday", "warned of snow this weekend, with the heaviest falls expected
// on Sunday night". The participle is no past verb but what is expected
// as of the report: a simple past clause tells what was said or done
// just before it ("closed on Friday, with traders expected back on
// Monday"), and what it expects is still ahead. After a past perfect the
// past reading stays.
func (tg *tagger) withSchedule(g group) bool {
	k := g.start
	if !reducedSchedules[tg.word(k)] || tg.vword(k) != vPast || k <= tg.from {
		return false
	}
	for m := k - 1; m >= tg.from && m >= k-subjectReach*3; m-- {
		if tg.word(m) == "with" {
			main, ok := tg.groupBefore(m)
			return m < k-1 && ok && (nowForms[tg.vword(main.start)] || tg.vword(main.start) == vPast)
		}
		if tg.toks[m].kind == kPunct || tg.vword(m).verbal() || tg.leftStop(m) {
			return false // a noun phrase holds words and numbers ("up to 20cm")
		}
	}
	return false
}

// verblessSubject reports whether the clause before the participle at k,
// back to its start, holds no verb, as a headline's or a standfirst's
// does ("final tally expected on Thursday"): in a sentence's body the
// participle qualifies a noun of a clause whose verb tells the time ("the
// government postponed the vote expected in March"). It reads at most
// subjectReach*3 tokens back; a longer subject is a sentence's.
func (tg *tagger) verblessSubject(k int) bool {
	for m := k - 1; m >= k-subjectReach*3; m-- {
		if m < tg.from || tg.leftStop(m) {
			return true
		}
		if tg.vword(m).verbal() {
			return false
		}
	}
	return false
}

// gappedGroup finds the verb group a verbless clause after a semicolon
// leaves out, the one of the clause before the semicolon: "By Wednesday
// morning it had burned 18,500 acres; by Thursday evening, 41,000" reads
// the second deadline by "had burned". No verb may stand between the
// semicolon and the date, nor after the date to the sentence's end.
func (tg *tagger) gappedGroup(i, j int) (group, bool) {
	for k := j; k < tg.to; k++ {
		if tg.vword(k).verbal() {
			return group{}, false
		}
	}
	for k := i - 1; k > tg.from; k-- {
		if tg.punct(k, ";") {
			return tg.groupBefore(k)
		}
		if tg.vword(k).verbal() || tg.toks[k].kind == kPunct && !tg.punct(k, ",") {
			return group{}, false
		}
	}
	return group{}, false
}

// pastClauseVerb reports whether the past form at k is its clause's own
// verb: no verb stands before it back to the clause's start, or the verb
// before it is a past too, one of a coordinated pair ("burned 300 acres
// that day and grew to 2,100"). After another verb it is a participle
// that verb takes: "hope to have the fire contained by Tuesday", "wanted
// the squad finished by the end of July".
func (tg *tagger) pastClauseVerb(k int) bool {
	for m := k - 1; m >= k-subjectReach*3; m-- {
		if m < tg.from || tg.leftStop(m) {
			return true
		}
		if tg.vword(m).verbal() {
			return tg.vword(m) == vPast && tg.coordinatedBetween(m+1, k)
		}
	}
	return false
}

// coordinatedBetween reports whether a coordinator or a comma stands in
// tokens [from, to): "burned 300 acres that day, grew" joins two verbs,
// where "wanted the squad finished" makes the second a participle.
func (tg *tagger) coordinatedBetween(from, to int) bool {
	for m := from; m < to; m++ {
		if coordinators[tg.word(m)] || tg.punct(m, ",") {
			return true
		}
	}
	return false
}

// reportDatedBeforeThat reports whether the date [i, j) stands between a
// reporting verb that points ahead through its object ("warned") and the
// "that" of what it reported, with only a bare object before it: "had
// warned both sides on Wednesday that the result was clear" dates the
// warning, not what was warned of ("warned of a strike on Wednesday that
// would shut the ports").
func (tg *tagger) reportDatedBeforeThat(g group, i, j int) bool {
	if g.to >= 0 || !reportingVerbs[tg.word(g.head)] || tg.word(j) != "that" {
		return false
	}
	end := i
	if tg.word(i-1) == "on" {
		end-- // the date's own preposition
	}
	if end-g.end > maxBareObject {
		return false
	}
	for k := g.end; k < end; k++ {
		if tg.toks[k].kind != kWord || tg.vword(k).verbal() || prepositions[tg.word(k)] {
			return false
		}
	}
	return true
}

// maxBareObject bounds the words of the object reportDatedBeforeThat
// allows between the verb and the date ("both sides", "the two leaders").
const maxBareObject = 4

// rescheduledAt reports whether the "to" at k gives the new time of an
// event the verb before it moved: "moved the keynote to Wednesday",
// "pushed the launch of its route back to March".
func (tg *tagger) rescheduledAt(k int) bool {
	g, ok := tg.groupBefore(k)
	return ok && g.to < 0 && rescheduleVerbs[tg.word(g.head)] && tg.vword(g.start) != vHavePast
}

// afterIndefinite reports whether the word at k ends a noun phrase an
// indefinite article opens, with at most three words or commas between
// that are no verbs, or "the" and an ordinal or comparative, perhaps with
// nouns between, and no object follows: "a power cut at the hall", "a
// further, smaller cut in the summer", "the first cut in June", "the next
// Fed rate cut to June"; not "a company cut jobs".
func (tg *tagger) afterIndefinite(k int) bool {
	if tg.objectAt(k+1) || tg.toks[min(k+1, len(tg.toks)-1)].kind == kNum {
		return false
	}
	if tg.word(k-2) == "the" && nounModifier(tg.word(k-1)) {
		return true // "the first cut in June", "the deeper cut"
	}
	for m := k - 1; m >= tg.from && m >= k-4; m-- {
		switch w := tg.word(m); {
		case w == "a" || w == "an":
			return true
		case m < k-1 && tg.word(m-1) == "the" && nounModifier(w):
			return true // "the next Fed rate cut", "the first interest rate cut"
		case tg.punct(m, ","), m > tg.from && tg.capital(m):
			// a name within the phrase is no verb: "Fed", not "fed"
		case w == "" || verbLex[w].class != vNone || verbLex[w].has(lPast) || prepositions[w]:
			return false
		}
	}
	return false
}

// willRelativeAfter reports whether a relative clause told with "will"
// opens within willRelativeReach tokens after k, in the complement of a
// present "be": "is a circuit race that will start at 1.15 p.m.".
func (tg *tagger) willRelativeAfter(k int) bool {
	for m := k; m < tg.to && m < k+willRelativeReach; m++ {
		if tg.lexAt(m).has(inRelativeWords) && tg.vword(m+1) == vWill {
			return true
		}
		if tg.leftStop(m) {
			return false
		}
	}
	return false
}

// willRelativeReach bounds how far willRelativeAfter looks for the clause.
const willRelativeReach = 8

// planUnderWay reports whether the group g is a past progressive passive
// of weighing a plan: "was (also) being considered", "were being
// discussed", "was being drawn up".
func (tg *tagger) planUnderWay(g group) bool {
	for k := g.start; k < g.head; k++ {
		if tg.word(k) == "being" && weighingVerbs[tg.word(g.head)] {
			return true
		}
	}
	return false
}

// nextComplement reports whether the complement of a present "be" that
// ends before k opens with "the next" or "a next" ("are the next thing
// everybody is watching", "is the next big test"): its subject is still
// to come.
func (tg *tagger) nextComplement(k int) bool {
	return nextOpeners[tg.word(k)] && tg.word(k+1) == "next"
}

// datedCompound reports whether the word at k, which spells a past and a
// noun alike, ends a noun phrase that a month or weekday opens right after
// a preposition, with one common noun between and no object after: a
// headline's compound without its article ("bet on March rate cut",
// "braced for Friday power cut"). A verb would need its subject before
// the preposition.
func (tg *tagger) datedCompound(k int) bool {
	n := tg.word(k - 1)
	if n == "" || tg.capital(k-1) || verbLex[n].class != vNone || verbLex[n].has(lPast) || prepositions[n] ||
		isPronouns[n] || objectPronouns[n] || pluralPronouns[n] || determiners[n] ||
		dayParts[n] != "" || tg.lexAt(k-1).hasAny(inMonths|inWeekdays) || tg.objectAt(k+1) {
		return false
	}
	return tg.capital(k-2) && tg.lexAt(k-2).hasAny(inMonths|inWeekdays) && prepositions[tg.word(k-3)]
}

// compoundHead reports whether the word at k heads a noun phrase that "a"
// or "an" opens, with the plural before it a modifier ("a strong jobs
// report on Friday", "an arms deal"): "a" takes no plural subject, unless
// a count stands between ("a few leaders meet").
func (tg *tagger) compoundHead(k int) bool {
	for m := k - 2; m >= tg.from && m >= k-4; m-- {
		switch w := tg.word(m); {
		case w == "a" || w == "an":
			return true
		case w == "" || countWords[w] || verbLex[w].class != vNone || verbLex[w].has(lPast) || prepositions[w]:
			return false
		}
	}
	return false
}

// nounModifier reports whether w, right before a word that spells a past,
// makes it a noun after "the": an ordinal or a comparative or
// superlative ("the first cut", "the deeper cut", "the biggest hit"), not
// a noun that could be the verb's subject ("the company cut").
func nounModifier(w string) bool {
	_, ord := ordinalWords[w]
	return ord || w == "next" || w == "latest" || len(w) > 4 && (hasSuffix(w, "er") || hasSuffix(w, "est")) &&
		!hasSuffix(w, "ter") && !hasSuffix(w, "ner")
}

// mainPastRelative returns, when group g is the past verb of a relative
// clause ("that ended on Saturday") whose own date stands right before
// the expression at i, the verb group of the clause the relative clause
// qualifies: a second date in a row is the main verb's.
func (tg *tagger) mainPastRelative(g group, i int) (group, bool) {
	if !tg.lexAt(g.start-1).has(inRelativeWords) || tg.vword(g.start) != vPast || g.head != g.start ||
		tg.lastEnd <= g.end || tg.lastEnd < i-1 || tg.lastEnd > i {
		return group{}, false
	}
	return tg.groupBefore(g.start - 1)
}

// reducedRelative returns, when group g is a lone participle right after
// a noun phrase that a determiner opens ("a negative test taken"), the
// group before that phrase if it is a future or modal one: the
// participle only qualifies the noun.
func (tg *tagger) reducedRelative(g group) (group, bool) {
	if g.head != g.start || tg.vword(g.head) != vPast || g.to >= 0 || reportingVerbs[tg.word(g.head)] ||
		!prepositions[tg.word(g.end)] {
		return group{}, false // "a spokesman said Tuesday" is a clause of its own
	}
	if tg.lexAt(g.start - 1).has(inRelativeWords) {
		// "will inherit an economy that shrank in the second quarter":
		// a relative word before the verb makes it a relative clause's
		// own past, no participle reduced from one.
		return group{}, false
	}
	for k := g.start - 1; k > tg.from && k >= g.start-4; k-- {
		if tg.toks[k].kind != kWord || tg.vword(k).verbal() || prepositions[tg.word(k)] {
			return group{}, false
		}
		if !determiners[tg.word(k)] || k == g.start-1 {
			continue
		}
		if tg.toks[k-1].kind != kWord {
			return group{}, false // ", a spokesman said": no object of a verb before
		}
		if tg.nounPhraseEndsAt(k - 1) {
			// "the details of a deal their leaders signed": a noun
			// before the determiner takes a relative clause without
			// "that", whose subject the determiner opens.
			return group{}, false
		}
		main, ok := tg.groupBefore(k)
		if !ok {
			return group{}, false
		}
		c := tg.vword(main.start)
		return main, c == vWill || c == vModal
	}
	return group{}, false
}

// insideName reports whether the capitalised word at k stands inside a
// name, between two capitalised words, the one after it no preposition or
// determiner, and the one before it not the sentence's first: "Andrews
// Air Force Base" holds no verb "air"; "Asian Leaders Meet In Paris", a
// headline in title case, does.
func (tg *tagger) insideName(k int) bool {
	if k-1 <= tg.from || !tg.capital(k) || !tg.capital(k-1) || !tg.capital(k+1) {
		return false
	}
	next := tg.word(k + 1)
	return !prepositions[next] && !determiners[next] && next != "to"
}

// nounPhraseEndsAt reports whether the word at k ends a short noun phrase
// that a determiner opens, with no verb or preposition in it: "a deal",
// "the new deal".
func (tg *tagger) nounPhraseEndsAt(k int) bool {
	for m := k - 1; m >= tg.from && m >= k-2; m-- {
		w := tg.word(m)
		if determiners[w] {
			return !determiners[tg.word(k)]
		}
		if tg.toks[m].kind != kWord || tg.vword(m).verbal() || prepositions[w] {
			return false
		}
	}
	return false
}

// sharedAuxiliary returns, when group g is a lone participle after "and"
// or "or", the modal passive before the conjunction whose auxiliaries it
// shares: "will be cut on January 1 and reviewed in April", "could be
// signed this week and ratified in March". A past auxiliary ("was arrested on Monday and
// charged on Tuesday") or none ("rose and fell") leaves the participle
// its own past.
func (tg *tagger) sharedAuxiliary(g group) (group, bool) {
	if g.head != g.start || tg.vword(g.head) != vPast || g.to >= 0 {
		return group{}, false
	}
	if w := tg.word(g.start - 1); w != "and" && w != "or" && !(tg.punct(g.start-1, ",") && chainParticiples[tg.word(g.head)]) {
		return group{}, false // ", followed by chemistry on Wednesday" chains the event before it
	}
	prev, ok := tg.groupBefore(g.start - 1)
	if !ok || prev.head == prev.start || tg.vword(prev.head) != vPast || tg.vword(prev.head-1) != vBe ||
		g.start-prev.end > 6 {
		return group{}, false
	}
	c := tg.vword(prev.start)
	return prev, c == vWill || c == vModal || c == vWould
}

// verbAfterTo reports whether the word at k, after "to", is a verb rather
// than a noun: an infinitive has its base form, which ends in -s only as
// "-ss" or "-us" ("to discuss", "to focus"), never as a plural
// ("due to injuries").
func (tg *tagger) verbAfterTo(k int) bool {
	w := tg.word(k)
	plural := hasSuffix(w, "s") && !hasSuffix(w, "ss") && !hasSuffix(w, "us")
	return tg.infinitiveAt(k) && !plural
}

// objectBetween reports whether a noun phrase stands between a verb
// ending at k and a date at i, so that the date belongs to the object
// ("expects a decision in July") rather than to the verb ("predicted
// Wednesday", "as planned on Saturday").
func (tg *tagger) objectBetween(k, i int) bool {
	for ; k < i; k++ {
		if w := tg.word(k); w != "" && !dateHintSkips[w] && w != "for" && w != "at" {
			return true
		}
	}
	return false
}

// releaseBetween reports whether the words between a present "be" ending
// at k and a date at i say that a thing is released ("is out on Friday",
// "is available from Friday", "goes on sale", "is in cinemas from"): at
// least one releaseWords word and otherwise only prepositions and
// articles.
func (tg *tagger) releaseBetween(k, i int) bool {
	found := false
	for ; k < i; k++ {
		w := tg.word(k)
		switch {
		case releaseWords[w]:
			found = true
		case w == "" || prepositions[w] || w == "the" || w == "now":
		default:
			return false
		}
	}
	return found
}

// fixtureBetween reports whether the words between a present "be" ending
// at k and a date at i place a side's fixture: "at home" or "away" first,
// then only prepositions, "the", "again", coordinators and capitalised
// words (the other side, a date before): "are at home to Kirkby on",
// "are away at Selbury on", "are at home on Boxing Day and again on".
func (tg *tagger) fixtureBetween(k, i int) bool {
	switch {
	case tg.word(k) == "at" && tg.word(k+1) == "home":
		k += 2
	case tg.word(k) == "away":
		k++
	default:
		return false
	}
	if i-k > fixtureWords {
		return false
	}
	for ; k < i; k++ {
		w := tg.word(k)
		if !(prepositions[w] || w == "the" || w == "again" || coordinators[w] || w == "to" ||
			tg.toks[k].kind == kWord && tg.capital(k) && !tg.vword(k).verbal()) {
			return false
		}
	}
	return true
}

// fixtureWords bounds the words fixtureBetween reads after "at home" or
// "away": the other side's name and a date before this one.
const fixtureWords = 8

// nounPhraseBetween reports whether a noun phrase, with no verb or mark
// in it but an -ing noun ("a court hearing"), stands between a group
// ending at k and a date at i: "called for protests on Saturday"; not
// "slumped recently, closing unchanged Friday".
func (tg *tagger) nounPhraseBetween(k, i int) bool {
	if !tg.objectBetween(k, i) {
		return false
	}
	for ; k < i; k++ {
		if tg.toks[k].kind == kPunct || tg.vword(k).verbal() && !tg.nounIng(k) {
			return false // "a court hearing" is a noun phrase still
		}
	}
	return true
}

// contrastAfter reports whether the sentence goes on with "but" after the
// expression ending before j: what a past plan met. Not when the clause
// after "but" looks ahead ("had hoped to sign it at a summit on July 17,
// but that meeting is now expected to produce only a declaration"): the
// plan changed, its date still to come.
func (tg *tagger) contrastAfter(j int) bool {
	for k := j; k < tg.to && k < j+groupSearch; k++ {
		if tg.word(k) == "but" {
			g, ok := tg.groupAfter(k + 1)
			if !ok {
				return true
			}
			t, _, _ := tg.readGroup(g, false, k+1, k+1)
			return t != tenseFuture
		}
	}
	return false
}

// broughtForward reports whether the sentence goes on, after the
// expression ending before j, to say the plan was brought forward or
// moved up: "…, but the advance brought it forward".
func (tg *tagger) broughtForward(j int) bool {
	for k := j; k+1 < tg.to && k < j+groupSearch; k++ {
		if w := tg.word(k); w != "forward" && w != "up" {
			continue
		}
		verb := k - 1
		if objectPronouns[tg.word(verb)] {
			verb-- // "brought it forward"
		}
		if movedFrom[tg.word(verb)] {
			return true
		}
	}
	return false
}

// calledOff reports whether the sentence goes on to say the plan was
// dropped: "was due to lift off on Thursday, but engineers postponed it".
func (tg *tagger) calledOff(j int) bool {
	for k := j; k < tg.to && k < j+groupSearch; k++ {
		if calledOffWords[tg.word(k)] || calledOffVerbs[tg.word(k)] && calledOffParticles[tg.word(k+1)] {
			return true // "postponed", "was held back", "was put off"
		}
	}
	return false
}

// calledOffNow reports whether the plan of group g is told in a relative
// clause on the object of a call-off in the present perfect: "has called
// off the strike that was due to begin on Friday", "have cancelled the
// flights which were due to leave on Sunday". An event called off as of
// writing has not come: its day is ahead.
func (tg *tagger) calledOffNow(g group) bool {
	rel := g.start - 1
	if w := tg.word(rel); w != "that" && w != "which" {
		return false
	}
	for k := rel - 1; k > tg.from && k >= rel-maxBareObject-2; k-- {
		head := k
		if tg.word(k) == "off" && tg.word(k-1) == "called" {
			head = k - 1
		} else if !calledOffWords[tg.word(k)] {
			if tg.vword(k).verbal() {
				return false // another verb: the object ends before it
			}
			continue
		}
		return tg.vword(head-1) == vHavePres
	}
	return false
}

// cueWord reads the tense of a clause with no verb group from the
// temporal words in it: "next", "tomorrow" ahead; "ago", "yesterday" back.
func (tg *tagger) cueWord(i, j int) tense {
	for k := max(tg.from, i-groupSearch); k < tg.to && k < j+groupSearch; k++ {
		if k >= i && k < j {
			continue
		}
		if t, ok := cueWords[tg.word(k)]; ok && !tg.pronounCue(k) {
			return t
		}
	}
	return tenseNone
}

// pronounCue reports whether the cue word at k heads its noun phrase with
// "of" after it, a place in a series rather than a time: "the last of them
// on February 21", "the previous of the two".
func (tg *tagger) pronounCue(k int) bool {
	return tg.word(k+1) == "of" && tg.word(k-1) == "the"
}

// predicateAlone reports whether the predicate adjective at k follows a
// form of "be" and ends its verb group, a preposition or punctuation after
// it: "showers are likely over the weekend", "a deal is unlikely before
// May" tell of what is ahead as "are likely to" does.
func (tg *tagger) predicateAlone(k int) bool {
	be := tg.vword(k-1).beForm() || degreeWords[tg.word(k-1)] && tg.vword(k-2).beForm() // "was more likely"
	return be && (prepositions[tg.word(k+1)] || k+1 < tg.to && tg.toks[k+1].kind == kPunct)
}

// degreeBeforePredicate reports whether token k is a degree word between
// "be" and a predicate that points ahead ("a Monday flight was more
// likely", "is highly likely to"), which sits in the verb group as an
// adverb does.
func (tg *tagger) degreeBeforePredicate(k int) bool {
	return degreeWords[tg.word(k)] && tg.vword(k-1).beForm() && predicates[tg.word(k+1)]
}

// onCourseAt classifies token k when it stands in "on course to" or "on
// track to" after "be": the phrase points ahead as "is likely to" does, so
// "on" sits in the verb group as an adverb and the noun is its predicate.
func (tg *tagger) onCourseAt(k int) vclass {
	if c := tg.onWayAt(k); c != vNone {
		return c
	}
	onAt := k
	if w := tg.word(k); w == "course" || w == "track" {
		onAt = k - 1
	}
	if tg.word(onAt) != "on" || tg.word(onAt+2) != "to" || !courseWords[tg.word(onAt+1)] || !tg.vword(onAt-1).beForm() {
		return vNone
	}
	if k == onAt {
		return vAdv
	}
	return vPred
}

// onWayAt classifies token k when it stands in "on the way" or "on its
// way" after "be" with no destination after it: "more snow was on the
// way", "help is on its way" tell of something coming, as "is due" does,
// so "on" and "the" sit in the verb group as adverbs and "way" is its
// predicate. "Was on its way to Paris" tells where it went, no plan.
func (tg *tagger) onWayAt(k int) vclass {
	onAt := k
	switch w := tg.word(k); {
	case w == "way":
		onAt = k - 2
	case wayDeterminers[w]:
		onAt = k - 1
	}
	if tg.word(onAt) != "on" || !wayDeterminers[tg.word(onAt+1)] || tg.word(onAt+2) != "way" ||
		wayDestinations[tg.word(onAt+3)] || !tg.vword(onAt-1).beForm() {
		return vNone
	}
	if k == onAt+2 {
		return vPred
	}
	return vAdv
}

// courseWords follow "on" in "on course to", "on track to".
var courseWords = setOf("course", "track")

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
		if tg.capital(k) && k > tg.from && !tg.capital(k-1) && !tg.capital(k+1) {
			return vNone // a name amid lower-case words: "the next Fed rate cut", not "fed"
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
	case (lex.has(lBase) || lex.has(lForward) && baseShape(w)) && tg.teamSubject(k):
		return vPres // "Chelsea host Watford on Saturday", "Bremen need a point"
	case (lex.has(lBase) || lex.has(lForward) && baseShape(w)) && tg.word(k-1) == "to" && !tg.capital(k):
		return vBase // an infinitive: "PM to visit Kyiv Thursday", "what to expect"
	case tg.word(k-1) == "to" && whInfinitives[tg.word(k-2)] && !tg.capital(k) && !prepositions[w] && !lex.has(lDeterminer):
		return vBase // a wh-infinitive: "how to watch Friday's launch"
	case lex.class == vNone && !lex.has(lNotVerb) && hasSuffix(w, "s") && !hasSuffix(w, "ss") && singularPronouns[tg.word(k-1)] &&
		conditionWords[tg.word(k-2)]:
		return vPres // "if it rains on Wednesday", "unless he resigns by Friday": a condition's present
	case basePast[w] && singularPronouns[tg.word(k-1)]:
		return vPast // "the drop it forecast in early August": its present is "forecasts"
	case basePast[w] && tg.singularSubjectBefore(k) && tg.bareObjectAt(k+1):
		return vPast // "the weather office forecast downpours": a singular subject's present is "forecasts"
	case lex.has(lForward) && tg.afterBe(k) && !ingForm(w):
		return vPast // a participle: "rain is forecast for the weekend"
	case lex.has(lNotVerb) && hasSuffix(w, "ed") && edSubjects[tg.word(k-1)]:
		return vPast // "midwives who qualified in the spring", "she retired in May": the adjective's form is a verb after its subject
	case len(w) > 4 && hasSuffix(w, "ed") && !lex.has(lNotVerb) && (!hasSuffix(w, "eed") || lex.has(lEedPast)):
		if tg.capital(k) && k > tg.from {
			return vNone // a name: "Ahmed"
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
	if lex == (lexEntry{}) && tg.presentBeforeDay(k) {
		return vPres // "New episode drops Friday", "Show airs on Sunday"
	}
	if tg.afterBe(k) && participleShape(tg.word(k+1)) && !tg.capital(k) {
		return vAdv // "was alr planning", "were quickly removed"
	}
	return vNone
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
	for m := tg.from; m < tg.to; m++ {
		if m != k && (verbShaped(tg.word(m)) || verbLex[tg.word(m)].has(lPresent) || verbLex[tg.word(m)].has(lBase)) {
			return false // "lashed out at his Miami relatives Sunday night"
		}
	}
	return true
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
// Saturday,"), the token before the clause, else k.
func (tg *tagger) beforeRelative(k int) int {
	if !tg.punct(k, ",") {
		return k
	}
	for m := k - 1; m > tg.from && m > k-groupSearch; m-- {
		if tg.punct(m, ",") {
			if w := tg.word(m + 1); relativeWords[w] && w != "that" || w == "whose" || m+1 < k && tg.vword(m+1) == vPast {
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
	return len(w) > 3 && hasSuffix(w, "s") && !hasSuffix(w, "ss") && tg.vword(k) == vNone
}

// pluralAntecedent reports whether the word at k, before a relative word
// and a base form, is a plural noun: pluralSubject, or a plural a verb's
// "-s" form spells too ("rules that come into force", "talks that resume
// on Monday"), since a verb's complement "that" is never followed by a
// bare base form.
func (tg *tagger) pluralAntecedent(k int) bool {
	w := tg.word(k)
	return tg.pluralSubject(k) || len(w) > 3 && hasSuffix(w, "s") && !hasSuffix(w, "ss") && tg.toks[k].kind == kWord
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

// dateHint reads the word that governs a date for the direction it
// implies, before any verb: "by", "until", "effective", "payable" look
// ahead; "since", "ended", "postponed from", "back to" look back; so does
// a date that names a level ("the April 2 level"). k is the token before
// the date, j the token after it.
func (tg *tagger) dateHint(k, j int) (tense, string) {
	next := k
	k = tg.hintWord(k + 1)
	if tg.word(next) == "beginning" || tg.word(next) == "commencing" {
		return tenseFuture, "\"beginning\" a date: future" // "a two-day meeting beginning Thursday"
	}
	if tg.superlative(next) && tg.monthOrSeason(next+1) {
		// "after the warmest March on record", "its busiest December":
		// a month measured against others is over. A day or weekend
		// may be wished for ("All the best weekend!").
		return tensePast, "a superlative before the date: a period over, past"
	}
	w := tg.word(k)
	if t, ok := governingWords[w]; ok && !(nounGoverners[w] && !tg.idiomOf(k) && (k != next || verbLex[tg.word(k-1)].has(lDeterminer))) {
		if deadlineWords[w] && tg.attributive(next+1, j) {
			// "by the Tuesday deadline": the date names the deadline,
			// which the verb puts behind or ahead ("completed its
			// offer, with holders tendering by the Tuesday deadline").
			return tenseNone, ""
		}
		if w == "by" && tg.frontedBy(k, j) {
			return tensePast, "\"by\" a date, then a past perfect: past"
		}
		if w == "starting" && tg.punct(k-1, ",") && tg.pastGroupBefore(k-1) {
			// "it rained for five days, starting on August 22": the
			// past clause it trails began then.
			return tensePast, "\"starting\" after a past clause: past"
		}
		return t, "the word before the date points"
	}
	if tg.comparisonBase(k) {
		return tensePast, "the base a figure is compared with: past"
	}
	if tg.closingLevel(k) {
		return tensePast, "a closing price the date fixes: past"
	}
	if dateSetVerbs[tg.word(next)] && tg.word(j) == "as" && tg.lexAt(j+1).has(inDeterminers) ||
		designateVerbs[tg.word(next)] && (tg.word(j) == "a" || tg.word(j) == "an") {
		// "has fixed Friday as the record date", "set March 3 as
		// the deadline", "declared Tuesday a day of mourning": a day
		// picked for what is to come, ahead as things stand, and told
		// in the past just ahead or gone.
		if w := tg.word(next - 1); w == "has" || w == "have" || hasSuffix(tg.word(next), "s") {
			return tenseFuture, "a day fixed as a date to come: future"
		}
		return tenseNearest, "a day fixed as a date to come, in the past: nearest"
	}
	prev := tg.word(k - 1)
	switch w {
	case "to":
		if tg.reportedPeriodTo(k) && tg.monthWord(next+1) {
			// "will report results for the three months to July on
			// September 17": the period a report covers has closed
			// when it is reported, whatever the tense of reporting.
			return tensePast, "results for a period to a month: the month gone, past"
		}
		if prev == "up" && tg.hyphen(k-2) && runUpWords[tg.word(k-3)] {
			return tenseFuture, "\"in the run-up to\": future"
		}
		if (prev == "back" || prev == "forward") && movedFrom[tg.word(k-2)] || tg.rescheduledAt(k) {
			if tg.monthOrSeason(next+1) && tg.pastGroupBefore(k) {
				// "was first planned for the spring, then moved to
				// August": a month set in the past may have come since
				return tenseNearest, "a month an event was moved to, in the past: nearest"
			}
			return tenseFuture, "a new time an event was moved to: future" // "pushed back to", "moved to"
		}
		if t, ok := toGovernors[prev]; ok {
			return t, "\"… to\" before the date points"
		}
	case "for":
		if statisticNouns[prev] && (k == next || k == next-1 && tg.word(next) == "the") && tg.monthWord(next+1) {
			// "publishes inflation figures for December on
			// Wednesday", "figures for the October-December quarter
			// are due": the figures of a month come out after it.
			return tensePast, "figures for a month: a month gone, past"
		}
		if setFor[prev] && !tg.vword(k-2).aux() && !priorWords[tg.word(k-2)] {
			if !tg.planActedOn(k-1) && tg.planRanAfter(j) {
				// "A deadline set for Saturday passed", "the rally
				// planned for Sunday drew thousands": the plan's day
				// came, told in the simple past, and is gone.
				return tensePast, "a plan whose day came, a simple past after it: past"
			}
			if tg.planActedOn(k-1) || tg.planUndoneAfter(j) {
				// "cancelled all sailings planned for Friday",
				// "stood down from an attempt planned for Sunday
				// night": a plan a past deed undid was for a day
				// just ahead or just gone.
				return tenseNearest, "a plan a past deed acted on: nearest day"
			}
			// "new round set for Monday", "arguments are scheduled for
			// Monday"; not "was set for", "originally planned for".
			return tenseFuture, "\"set for\": future"
		}
		if tg.slotSetAt(k) {
			return tenseFuture, "a day a verb booked something for: future"
		}
		if campaignWords[prev] && k == next && tg.attributive(k+1, j) {
			// "suspended campaigning for Saturday's general election":
			// a campaign runs before its vote, which is ahead.
			return tenseFuture, "a campaign for a dated vote: future"
		}
	case "from":
		if prev == "forward" && movedFrom[tg.word(k-2)] {
			// "an exhibition on 15 March, brought forward from the
			// autumn": the time given up came after the new one.
			return tenseFuture, "\"brought forward from\": future"
		}
		if k == next && tg.monthOrSeason(k+1) && tg.word(j) == "to" && tg.rescheduledAt(j) {
			// "was moved last week from April to the summer",
			// "postponed from April to June": the time given up, a
			// plan seen from the past, as "was due in April" is.
			return tenseNearest, "a month an event was moved from, its new time after it: nearest"
		}
		if movedFrom[prev] {
			return tensePast, "\"moved from\": past"
		}
		if recoveryWords[prev] {
			// "still recovering from Saturday night", "reeling from
			// Tuesday's defeat": what one recovers from is over.
			return tensePast, "recovering \"from\" an event: past"
		}
		// "the damage from Sunday's storm"; not "what to expect from
		// Thursday's summit".
		if k == next && tg.attributive(k+1, j) && tg.dayOrMonth(k+1) && !verbLex[prev].has(lForward) {
			return tensePast, "\"from\" an event: its aftermath, past"
		}
	case "early", "soon":
		if prev == "as" && tg.word(k+1) == "as" {
			return tenseFuture, "\"as early as\": future"
		}
	case "as":
		if (prev == "soon" || prev == "early") && tg.word(k-2) == "as" {
			return tenseFuture, "\"as early as\": future"
		}
	}
	if tg.levelAt(j) || tg.possessive(j) && (tg.levelAt(j+2) || levelWords[tg.word(j+3)]) {
		return tensePast, "a date naming a level: past"
	}
	if contractWords[tg.word(j)] || w == "delivery" {
		// "crude for delivery in December, which expired Friday,
		// fell": a contract month is traded before it comes.
		return tenseFuture, "a contract's delivery month: future"
	}
	switch tg.phraseTense(next) {
	case tenseFuture:
		return tenseFuture, "in a phrase that looks ahead (\"ahead of\", \"until\", \"a possible\"): future"
	case tensePast:
		return tensePast, "in a phrase \"since\" an event: past"
	}
	return tenseNone, ""
}

// levelAt reports whether token k names a level a date was a reference
// point for: "the April 2 level", "Friday's close", "Friday's closing
// price"; a "closing" before anything else is an event's last part
// ("Sunday's closing set", "the closing ceremony").
func (tg *tagger) levelAt(k int) bool {
	if tg.word(k) == "closing" {
		return k+1 >= tg.to || tg.toks[k+1].kind != kWord || closingMeasures[tg.word(k+1)]
	}
	return levelWords[tg.word(k)]
}

// nounIng reports whether the -ing form at k heads a noun phrase, after
// a determiner or a noun: "a central bank meeting", "the hearing".
func (tg *tagger) nounIng(k int) bool {
	if tg.vword(k) != vIng || k-1 < tg.from {
		return false
	}
	p := tg.word(k - 1)
	return determiners[p] || tg.toks[k-1].kind == kWord && tg.vword(k-1) == vNone && !prepositions[p] && !coordinators[p]
}

// superlative reports whether token k is a superlative adjective:
// "best", "worst", or a word in -est that is not a noun or verb in -est
// ("interest", "protest") nor one that may look ahead ("latest").
func (tg *tagger) superlative(k int) bool {
	w := tg.word(k)
	if w == "best" || w == "worst" {
		return true
	}
	return len(w) > 5 && hasSuffix(w, "est") && !notSuperlatives[w] && tg.toks[k].kind == kWord
}

// slotReach is how many words of an object slotSetAt lets stand between
// a booking verb and "for": "set a new sentencing hearing for".
const slotReach = 4

// slotSetAt reports whether the "for" at k follows a slotVerbs verb and
// its object, nothing but words between ("the judge set sentencing for
// July 8", "scheduled a vote for Tuesday"), told in the simple past or
// present: "had set" or "originally set" speaks of a plan that may have
// been passed.
func (tg *tagger) slotSetAt(k int) bool {
	for i := k - 2; i >= tg.from && k-i <= slotReach+1; i-- {
		w := tg.word(i)
		if w == "" || tg.vword(i).aux() {
			return false
		}
		if slotVerbs[w] {
			prev := tg.word(i - 1)
			return prev != "had" && !priorWords[prev]
		}
	}
	return false
}

// keptFree reports whether the date [i, j) is the object of a keeping
// verb right before it and "free", "clear" or "open" follows ("have kept
// Monday free just in case", "is keeping Friday clear"): a day held back
// for what may come, still ahead.
func (tg *tagger) keptFree(g group, i, j int) bool {
	return g.end == i && keepVerbs[tg.word(g.head)] && keptFreeWords[tg.word(j)]
}

// hintWord returns the token that governs the date at i for dateHint:
// the one before it, past "on", "in the early", "mid-".
func (tg *tagger) hintWord(i int) int {
	k := i - 1
	for k > tg.from && (tg.hyphen(k) || tg.punct(k, "'") || dateHintSkips[tg.word(k)]) {
		k--
	}
	return k
}

// presentNow reports whether group g is a verb whose past is its present
// form (presentAsPast: "put", "cut", "set") right after "now", which makes
// it the present: "traders now put the chance of a cut by March at one in
// three".
func (tg *tagger) presentNow(g group) bool {
	return presentAsPast[tg.word(g.head)] && tg.word(g.head-1) == "now"
}

// frontedBy reports whether "by" at k opens its clause (at the sentence's
// start, after "and", "but" or a comma) with the date before j, and the
// clause's verb after the date is a past perfect: "and by Wednesday night
// the phone had not stopped ringing" tells a past reached by then.
func (tg *tagger) frontedBy(k, j int) bool {
	if k > tg.from && !coordinators[tg.word(k-1)] && !tg.punct(k-1, ",") {
		return false
	}
	g, ok := tg.groupAfter(j)
	return ok && tg.vword(g.start) == vHavePast
}

// comparisonBase reports whether the hint word at k ends a comparison's
// base: "up from" or "down from" just before the date ("up from its April
// forecast") or before the figure the date dates ("down from 2.4% in
// March"). What a figure is compared with is already known.
func (tg *tagger) comparisonBase(k int) bool {
	for j := k; j > tg.from && k-j <= comparisonReach; j-- {
		w := tg.word(j)
		if w == "from" {
			return comparedFrom[tg.word(j-1)]
		}
		if tg.toks[j].kind != kNum && !tg.punct(j, "%") && !tg.punct(j, "$") && !tg.punct(j, ".") && !amountWords[w] && !figureUnits[w] &&
			!tg.lexAt(j).has(inPossessives) && w != "the" {
			return false
		}
	}
	return false
}

// closingLevel reports whether the hint word at k ends a closing price
// or level the date after it fixes ("a premium of 31 percent to Pexton's
// closing price on Friday", "the close on Friday"): a price is known once
// the market has closed. "Shops will close on Friday" has no determiner.
func (tg *tagger) closingLevel(k int) bool {
	w := tg.word(k)
	if w == "close" {
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
	if !ok {
		return false
	}
	main, ok := tg.groupBefore(k)
	if !ok {
		return false
	}
	if a := main.start - 1; a > tg.from && tg.vword(a).aux() {
		main = tg.groupAt(a, k) // "was" of "was likely to rise"
	}
	main.end = min(main.end, k) // "once" is no adverb of the group here
	t, _, _ := tg.readGroup(main, true, i, j)
	return t == tenseFuture || t == tenseNearest
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
	for k > tg.from && k >= g.start-4 && tg.toks[k].kind == kWord && !backshiftWords[tg.word(k)] &&
		!tg.vword(k).aux() && tg.vword(k) != vPast {
		k-- // the subject: "teams", "the engineers"
	}
	return k, backshiftWords[tg.word(k)]
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
// condition that opens its sentence, before a comma and a main clause
// that reads ahead with no perfect: "If the bill failed in September, the
// government would fall" speaks of a September to come; "would have
// fallen" looks back.
func (tg *tagger) frontedCondition(g group, j int) bool {
	k, ok := tg.backshiftOpener(g)
	if !ok || !conditionOpeners[tg.word(k)] || k != tg.from && !tg.quoteMark(k-1) {
		return false
	}
	c := tg.nextComma(j - 1)
	if !tg.punct(c, ",") {
		return false
	}
	main, ok := tg.groupAfter(c + 1)
	fc := tg.vword(main.start)
	return ok && (fc == vWould || fc == vWill || fc == vModal) && !tg.perfectHave(main)
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
// winter".
func (tg *tagger) afterEventAt(i int) bool {
	if w := tg.word(i - 1); w != "in" && w != "on" && w != "over" && w != "during" {
		return false
	}
	for k := i - 2; k >= tg.from && k >= i-8; k-- {
		if tg.toks[k].kind == kNum || tg.hyphen(k) {
			continue // a score: "after a 3-0 win away on Friday night"
		}
		switch w := tg.word(k); {
		case w == "after" || w == "following":
			return k < i-2
		case w == "" || tg.vword(k).verbal() || prepositions[w] && w != "away" || tg.leftStop(k):
			return false
		}
	}
	return false
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
	for m := k; m > tg.from && m > k-phraseReach; m-- {
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
