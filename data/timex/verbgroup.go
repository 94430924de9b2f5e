package timex

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

// pluperfectBefore reports whether the verb group before token k opens
// with "had": "sales had risen".
func (tg *tagger) pluperfectBefore(k int) bool {
	g, ok := tg.groupBefore(k)
	return ok && tg.vword(g.start) == vHavePast
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
// told in the simple past ("recorded 150 aftershocks by midday") or its
// progressive ("were flying again by midday"): what it did happened by
// the time of writing, not on a day still ahead. A passive may move a
// deed ahead ("was postponed to Monday at 11 a.m.").
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
	if tg.vword(first) == vBePast && g.head == first+1 {
		return hasSuffix(tg.word(g.head), "ing")
	}
	return first == g.head && (tg.vword(first) == vPast || tg.vword(first) == vBePast)
}

// periodClause returns the verb group of a relative clause in the past
// that the expression ending before token j heads ("a summer in which
// the yield climbed", "the week during which prices soared"), and
// whether there is one.
func (tg *tagger) periodClause(j int) (group, bool) {
	if w := tg.word(j); w != "in" && w != "during" || tg.word(j+1) != "which" {
		return group{}, false
	}
	g, ok := tg.groupAfter(j + 2)
	if !ok {
		return group{}, false
	}
	first := g.start
	for first < g.head && tg.vword(first) == vAdv {
		first++
	}
	return g, first == g.head && (tg.vword(first) == vPast || tg.vword(first) == vBePast)
}

// haltedUntil reports whether the date at i follows "until" or "till" in
// the clause of group g, whose verb calls something off or holds it back
// ("halted", "suspended", "postponed"): the date ends the stop.
func (tg *tagger) haltedUntil(g group, i int) bool {
	w := tg.word(tg.hintWord(i))
	return (w == "until" || w == "till") && calledOffWords[tg.word(g.head)]
}

// governingTense finds the verb group that governs tokens [i, j) and reads
// its tense; strong is false when the reading rests on a guessed -ed verb,
// which day-and-month dates do not trust: "declared a dividend payable
// Dec. 15" is read by "payable", not by "declared".
func (tg *tagger) governingTense(i, j int) (t tense, strong bool) {
	if g, ok := tg.periodClause(j); ok {
		// "will watch the auctions after a summer in which yields
		// climbed": the clause the period heads tells what happened
		// in it, and so its tense, not the sentence's verb.
		tg.noteTense(tg.groupText(g), tensePast, "a past clause told of the period: past")
		return tensePast, true
	}
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
			if ok && tg.vword(g.start) == vHavePast && tg.haltedUntil(g, i) {
				// "said it had halted work at the site until July 15",
				// "had suspended flights until Monday": the day a stop
				// ordered in the past runs to was set by the order, and
				// lies just ahead or just gone, as a plan's deadline.
				tg.noteTense(tg.groupText(g), tenseNearest, "\"until\" the end of a stop a past perfect ordered: nearest")
				return tenseNearest, true
			}
			if ok && tg.vword(g.start) == vHavePast && tg.pastPerfectOrDeadline(g.start) && !tg.schedulePredicate(g) &&
				!tg.forwardVerb(g, i, j) {
				tg.noteTense(tg.groupText(g), tensePast, "\"by\" or \"until\" and a past perfect: past")
				return tensePast, true
			}
			if ok && tg.vword(g.start) == vHavePast && tg.forwardVerb(g, i, j) {
				// "had hoped to finish the merger by December": a
				// deadline a plan given up or overtaken set is just
				// past or just ahead, as "was meant to … by" is.
				tg.noteTense(tg.groupText(g), tenseNearest, "a deadline a past perfect plan set: nearest")
				return tenseNearest, true
			}
			if ok && tg.vword(g.start) == vBePast && tg.schedulePredicate(g) {
				// "was meant to be in orbit by October": a deadline
				// a past plan set is just past or just ahead.
				tg.noteTense(tg.groupText(g), tenseNearest, "a deadline a past plan set: nearest")
				return tenseNearest, true
			}
			if ok && tg.word(tg.hintWord(i)) == "by" && tg.vword(g.start) == vBePast && g.to < 0 && !tg.schedulePredicate(g) &&
				!tg.backshifted(g, i, j) && !tg.reportedForecast(g) && !tg.conditionAhead(g, j) {
				// "its ships were full by early May", "By Friday the
				// roads were clear": a state a simple past says was
				// reached by the deadline is past; a plan's "to" or
				// "due" is not ("were told to leave by Friday"), nor
				// a condition under "would" ("would act if there was
				// no deal by February"), which backshifted reads, or
				// before it ("unless a deal was struck by Friday it
				// would walk out"), which frontedCondition reads.
				tg.noteTense(tg.groupText(g), tensePast, "\"by\" and a past state: past")
				return tensePast, true
			}
			if ok && tg.word(tg.hintWord(i)) == "by" && g.to < 0 && tg.pastOfWriting(i, j) && tg.vword(g.head) == vPast &&
				tg.pastClauseVerb(g.start) && !tg.forwardVerb(g, i, j) && !tg.schedulePredicate(g) && !tg.backshifted(g, i, j) &&
				!tg.presentNow(g) && !tg.conditionAhead(g, j) {
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
	if tg.entryStart(i) && j < tg.to && tg.punct(j, ":") && tg.dayNamed(i) && tg.fixtureAfter(j) {
		// "Friday: Sables v Lorient-Mer (1930)": a fixture list gives
		// the days of matches still to be played.
		tg.noteTense("", tenseFuture, "a day heading a fixture, \"v\" and no score: future")
		return tenseFuture, true
	}
	if tg.entryStart(i) && j < tg.to && (tg.dash(j) || tg.punct(j, ":")) && tg.dayNamed(i) {
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
		if tg.underUpNext(i) {
			// "UP NEXT" over "Marauders: At Dallas on Thursday.": a
			// game report's closing lines name each side's next game.
			tg.noteTense("", tenseFuture, "a verbless line under an \"UP NEXT\" heading: future")
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
	if !after && tg.pastWhenAfter(j) {
		// "today would be cooler than Monday, when 31C was recorded":
		// the clause that tells of the day is in the past.
		tg.noteTense(tg.groupText(g), tensePast, "a past \"when\" clause after the date: past")
		return tensePast, true
	}
	if after && tg.timeClauseAfter(j, g) {
		// "Maybe in September, when the midges have gone": a time
		// clause after the date tells of it in the present or the
		// perfect, as English speaks of what is still to come.
		tg.noteTense(tg.groupText(g), tenseFuture, "a time clause's present after the date: future")
		return tenseFuture, true
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
	if shared, found := tg.sharedModal(g); ok && !after && found {
		// "can read the papers and put questions at Tuesday's
		// meeting": the second verb is the modal's base.
		g = shared
	}
	if ok && !after && tg.backshifted(g, i, j) {
		// "said the toll was likely to rise once teams reached the
		// districts on Monday": a time clause under a reported
		// future takes the past tense for what is still ahead.
		tg.noteTense(tg.groupText(g), tenseNearest, "a past time clause under a reported future: nearest")
		return tenseNearest, true
	}
	if t, found := tg.frontedCondition(g, j); ok && !after && found {
		why := "a past condition before a clause that reads ahead: future"
		if t == tenseNearest {
			why = "a past condition in a reported clause that reads ahead: nearest"
		}
		tg.noteTense(tg.groupText(g), t, why)
		return t, true
	}
	t, strong, why := tg.readGroup(g, !after, i, j)
	if t == tenseFuture && tg.measuredFrom(i, j) {
		// "Talks will resume on Wednesday, a month after the December
		// election": the event is measured back from the clause's own
		// time, which lies near the publication, not ahead of it.
		t, why = tenseNearest, "an event a span is measured from, in a future clause: nearest"
	}
	if t == tenseFuture && !after && tg.periodObject(g, i) {
		// "The listing caps a busy autumn for technology IPOs", "the
		// final ends a long summer": a present that takes the period
		// as its object sums up the one under way or just gone.
		t, why = tenseNearest, "a month or season a present verb takes as its object: nearest"
	}
	if t == tenseFuture && after && tg.subjectAside(g, i, j) {
		// "Investigators of the earlier crash, off Indonesia on Oct.
		// 29, are due to report": an aside about the subject's noun
		// dates that noun, not the verb's plan.
		t, why = tenseNearest, "a date in an aside about the subject: nearest"
	}
	if afterEvent, scored := tg.afterEventAt(i); t == tenseFuture && scored {
		// "will meet Athletic after beating Town 2-1 in Tuesday's
		// replay": a result the clause comes after is over.
		t, why = tensePast, "a result the future clause comes after: past"
	} else if t == tenseFuture && (afterEvent || tg.afterEventNamed(i, j)) {
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
// Sunday", "adjourned for the elections in November"), with no finite
// verb between it and the date, and returns the motion verb's group
// before it. A "for" that names where they went is no purpose: "headed
// for the border on Monday", "flew for Geneva" tell of the journey, on
// its own day.
func (tg *tagger) purposeOfMotion(i int) (group, bool) {
	for k := i - 1; k > tg.from && k >= i-groupSearch; k-- {
		if tg.vword(k).finite() || tg.leftStop(k) {
			return group{}, false
		}
		if tg.word(k) != "for" {
			continue
		}
		g, ok := tg.groupBefore(k)
		destination := g.end == k && headForms[tg.word(g.head)] || tg.capital(k+1)
		return g, ok && motionVerbs[tg.word(g.head)] && tg.vword(g.start) == vPast && !destination
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
			!prepositions[p] && !determiners[p] && !toNounLeads[p] && !degreeLeads[p] && !degreeLeads[tg.word(m-2)] && !tg.verbBefore(m) {
			return m + 1, true
		}
		if tg.fromToSpan(m) {
			continue // "Storm to sweep from Plains to Northeast this week": the span's "to" is a preposition
		}
		return 0, false
	}
	return 0, false
}

// fromToSpan reports whether the "to" at m closes a "from … to" span of
// places or amounts ("from Plains to Northeast", "from 5% to 7%"): a
// "from" a few words before it, with no verb between.
func (tg *tagger) fromToSpan(m int) bool {
	for k := m - 1; k > tg.from && k >= m-4; k-- {
		if tg.word(k) == "from" {
			return true
		}
		if tg.toks[k].kind != kWord || tg.vword(k).verbal() {
			return false
		}
	}
	return false
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

// periodObject reports whether the month or season at i is the object of
// the simple present group g, right after it with an article and at most
// two modifiers between ("caps a busy autumn", "ends a long, wet summer"),
// no preposition among them.
func (tg *tagger) periodObject(g group, i int) bool {
	if tg.vword(g.start) != vPres || !tg.monthOrSeason(i) || i-g.end < 2 || i-g.end > 4 {
		return false
	}
	if w := tg.word(g.end); w != "a" && w != "an" {
		return false
	}
	for k := g.end + 1; k < i; k++ {
		if tg.toks[k].kind != kWord && !tg.punct(k, ",") || prepositions[tg.word(k)] || tg.vword(k).verbal() {
			return false
		}
	}
	return true
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
	return m && nd > 0 && nd <= 2 && d >= 1 && d <= 31 || tg.dayListAt(i)
}

// dayListReach bounds the tokens of a list of days before its month
// ("3, 5 and 7 March").
const dayListReach = 9

// dayListAt reports whether a list of days of one month starts at token
// i, its month after the last: the "3" of "walkouts on 3, 5 and 7 March".
func (tg *tagger) dayListAt(i int) bool {
	isDay := func(k int) bool { d, nd := tg.num(k); return nd > 0 && nd <= 2 && d >= 1 && d <= 31 }
	if !isDay(i) {
		return false
	}
	for k := i + 1; k < i+dayListReach && k+1 < tg.to; k += 2 {
		if !tg.punct(k, ",") && !listJoins[tg.word(k)] || !isDay(k+1) {
			return false
		}
		if _, m := monthWords[tg.word(k+2)]; m {
			return true
		}
	}
	return false
}

// dayNamed reports whether the expression at i names a day or a weekend
// ("Wednesday", "Friday night", "the weekend"), not a month or a year.
func (tg *tagger) dayNamed(i int) bool {
	w := tg.word(i)
	if w == "the" {
		w = tg.word(i + 1)
	}
	_, day := weekdayWords[w]
	_, short := weekdayAbbrevs[w]
	return day || short && tg.capital(i) || w == "weekend" // "Wed: debate", as "Wednesday:"
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
