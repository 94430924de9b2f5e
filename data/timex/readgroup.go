package timex

import "strings"

// Reading a verb group: the tense and modality its auxiliaries, its
// main verb and the infinitives it governs give a date.

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
	if k := g.start - 1; tg.word(k) == "to" && k > tg.from && tg.infinitiveAt(g.start) && (!tg.verbBefore(k) || tg.bareNounClause(k) || tg.withInfinitive(k)) {
		// An infinitive no verb governs: a headline's future ("Storm
		// to hit coast Friday", "PM to visit Kyiv Thursday").
		if tg.caption() {
			// "Photo: Parents line up to speak at the meeting on
			// Monday": in a caption the infinitive hangs off a
			// present the tagger did not know, the moment pictured.
			return tensePast, true, "a caption's infinitive: the moment pictured, past"
		}
		return tenseFuture, true, "to-infinitive without a verb: future"
	}
	if !before && fc == vBePast && first == g.head && forecastAdjectives[tg.word(g.end)] && tg.undatedReportAt(g.start) {
		// "some said a cut in June was possible": the date in the
		// subject of a reported forecast, the past tense the report's,
		// looks ahead of the report as "was likely" does.
		return tenseFuture, true, "a reported forecast of the subject, \"was possible\": future"
	}
	if tg.stillToCome(g) {
		// "warning of more snow to come overnight and into Thursday":
		// what is still to come lies just ahead of whoever says so,
		// the writer or a speaker before, so the day is the nearest.
		return tenseNearest, true, "\"more to come\": ahead of the speaker, nearest"
	}
	if before && fc == vPast && first == g.head && tg.noticeParticiple(first) {
		// "- Canal Street bridge: closed on Saturday and Sunday", under
		// "Road closures this week": a notice's participle after its
		// label gives what is set for the day, as a timetable does.
		return tenseFuture, true, "a notice's participle after its label: future"
	}
	if before && tg.reportedInfinitive(g, i, j) {
		// "Rebels say ceasefire talks to resume Thursday": the clause
		// a "say" reports is a headline's "Talks to resume Thursday",
		// its "are" left out, not an infinitive "say" governs.
		return tenseFuture, true, "a reported clause's subject and \"to\": future"
	}
	if before && (fc == vBePast || fc == vPast) && tg.capacityFor(g, i) && !tg.possessive(j) {
		// "hotels were already full for the last week of July",
		// "flights were sold out for the Easter weekend": a booking
		// is made for a time ahead of it, which the past of the
		// state tells nothing of; the day is the nearest. An event
		// a hall was full for ("was full for Tuesday's meeting") is
		// the crowd's, and the past's.
		return tenseNearest, true, "full or booked for a time: nearest"
	}
	if before && g.start == g.head && fc == vPast && tg.word(g.end) == "for" && !tg.vword(g.start-1).verbal() {
		// "operations booked for April and May will go ahead": a
		// participle after its noun describes it, and the clause's own
		// verb, after the date, tells its direction.
		ga, ok := tg.groupAfter(j)
		if !planParticiples[tg.word(g.head)] {
			if ok {
				return tg.readGroup(ga, false, i, j)
			}
		} else if t, ok2, why := tg.readGroup(ga, false, i, j); ok && ok2 && t == tenseFuture {
			return t, true, why
		} else {
			// "with three acts confirmed for 20 July", "two bands
			// booked for August have pulled out": a time booked is
			// set ahead of the booking, which the past tells nothing
			// of; the day is the nearest.
			return tenseNearest, true, "a participle that books a time: nearest"
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
			if tg.calledOffPerfectAfter(j) {
				// "which had been planned for early June, has been
				// pushed back to September": moved as of writing, the
				// plan's day had not come.
				return tenseFuture, true, "a plan called off in the present perfect after it: future"
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
	if (fc == vBePres || fc == vPres || fc == vDoPres) && tg.caption() && !tg.thingsRelative(g) {
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
			if (fc == vPast || fc == vHavePast) && tg.word(i-1) == "from" && !tg.dayEarlierInSentence(i) {
				// "advised passengers to check its website from Monday
				// evening", "ordered shops to close from Friday": the
				// start of what an undated order or advice asks for is
				// still ahead of the news that reports it.
				return tenseFuture, true, "\"from\" under an undated forward-pointing past verb: the start ahead, future"
			}
			if fc == vPast || fc == vHavePast || fc == vBePast || fc == vDoPast {
				// "ordered schools to close on Friday", "were
				// allowed to enter the village Thursday": what a
				// past act looked ahead to lies after it, in the
				// days just past or to come.
				return tenseNearest, true, "a past forward-pointing verb: after it, nearest day"
			}
			if fc == vIng && g.start == g.head && tg.pastClauseBefore(g.start) {
				// "the minutes showed a minority wanting to raise rates
				// in April": a participle has no time of its own and
				// looks ahead from the past of the clause it hangs on.
				return tenseNearest, true, "a forward-pointing participle in a past clause: nearest day"
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
	if !before && fc == vHavePres && tg.calledOffSubject(g, i, j) {
		// "Saturday's race has been cancelled": called off as things
		// stand now, the day had not come. Not the simple past:
		// "Thursday's vote was delayed by a row" may tell of a vote
		// held late.
		return tenseFuture, true, "a dated event the subject of a present perfect calling it off: future"
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
				if tg.bareDaySubject(g, i, j) {
					// "Friday is the deadline", "Tuesday is a public
					// holiday": the day itself, told in the present,
					// is today or ahead; an event of the day may have
					// been ("Friday's attack is the worst in years").
					return tenseFuture, true, "present be, a bare day as its subject: future"
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

// underUpNext reports whether token i stands on a short labelled line
// ("Marauders: At Dallas on Thursday.") of the block a game report closes
// with under a heading of what comes next ("UP NEXT"): each line names a
// side's next game, to come. Blank lines may part the block's lines, as
// wire copy sets every line apart; any other line ends the look up.
func (tg *tagger) underUpNext(i int) bool {
	at := tg.base + int(tg.toks[i].start)
	floor := max(0, at-upNextBytes)
	start := strings.LastIndexByte(tg.all[floor:at], '\n') + 1 + floor
	if start == floor && floor > 0 || !labelledLine(tg.all[start:endOfLine(tg.all, at)]) {
		return false
	}
	for n := 0; n < upNextLines && start > floor; {
		end := start - 1
		start = strings.LastIndexByte(tg.all[floor:end], '\n') + 1 + floor
		if start == floor && floor > 0 {
			return false // the window ends inside the line
		}
		line := strings.TrimSpace(tg.all[start:end])
		switch {
		case line == "":
			continue
		case upNextHeadings[strings.ToLower(strings.TrimRight(line, ":"))]:
			return true
		case !labelledLine(line):
			return false
		}
		n++
	}
	return false
}

// labelledLine reports whether line is a short one that opens with a
// label and a colon: "Hawks: Host Denver on Nov. 25."
func labelledLine(line string) bool {
	label, _, ok := strings.Cut(line, ":")
	return ok && len(line) <= upNextLineBytes && len(label) <= upNextLabelBytes
}

// endOfLine returns the offset of the end of the line holding offset at.
func endOfLine(text string, at int) int {
	if n := strings.IndexByte(text[at:], '\n'); n >= 0 {
		return at + n
	}
	return len(text)
}

// upNextLines, upNextBytes, upNextLineBytes and upNextLabelBytes bound
// underUpNext's look up: the labelled lines above the token's, the text
// it reads, one line's length and its label's.
const (
	upNextLines      = 4
	upNextBytes      = 600
	upNextLineBytes  = 120
	upNextLabelBytes = 30
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

// bareDaySubject reports whether the day [i, j), perhaps with its part
// ("Saturday night"), is the whole subject of group g, which follows it
// right away: "Friday is the deadline", not "Friday's attack is".
func (tg *tagger) bareDaySubject(g group, i, j int) bool {
	k := j
	for k < g.start {
		if _, part := dayParts[tg.word(k)]; !part {
			break
		}
		k++
	}
	return k == g.start && !tg.possessive(j) && tg.subjectAt(i)
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
	if tg.groundworkOf(i - 1) {
		return false // "would be the basis of Wednesday's accord": what is built on it comes after
	}
	return tg.outcomeNoun(i, j)
}

// groundworkOf reports whether the "of" or "for" at k follows a noun of
// groundwork ("the basis of", "a blueprint for"), perhaps in quotation
// marks: what follows is built on it, so an outcome named there is yet
// to come.
func (tg *tagger) groundworkOf(k int) bool {
	if w := tg.word(k); w != "of" && w != "for" {
		return false
	}
	n := k - 1
	if tg.quoteMark(n) {
		n--
	}
	return groundworkNouns[tg.word(n)]
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

// reportedForecast reports whether g is a past "be" and a forecast
// adjective in reported speech that dates no report ("economists said
// another cut was possible by August"): the past is the report's, and
// the deadline lies ahead of it, where "the roads were clear by Friday"
// tells of a state reached.
func (tg *tagger) reportedForecast(g group) bool {
	return g.start == g.head && tg.vword(g.start) == vBePast && forecastAdjectives[tg.word(g.end)] && tg.undatedReportAt(g.start)
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

// withInfinitive reports whether the "to" at k follows "with" and a
// short noun phrase, a clause of its own whose infinitive tells what is
// still to happen: "with the date to be confirmed on Monday", "with
// talks to resume on Friday".
func (tg *tagger) withInfinitive(k int) bool {
	for n := k - 1; n >= tg.from && n >= k-4; n-- {
		switch {
		case tg.word(n) == "with":
			return n < k-1
		case tg.toks[n].kind != kWord || tg.vword(n).verbal():
			return false
		}
	}
	return false
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
// at all, as in a timetable, a fixture list or a listings post, or any
// date in a notice's row after its label (noticeRow). A report
// of what happened at an hour has its verb ("fell at 3pm on Friday").
func (tg *tagger) listing(i, j int) bool {
	row := tg.noticeRow(i)
	if _, _, end := tg.clock(i); end == i {
		if _, _, end := tg.clock(tg.optComma(j)); end == tg.optComma(j) && !row {
			return false
		}
	}
	if tg.to-tg.from > verblessReach {
		return false // a heading, a listing or a post is short
	}
	for k := tg.from; k < tg.to; k++ {
		if c := tg.vword(k); c.verbal() && !(row && c == vIng) {
			return false // a row's bare -ing is the works it lists: "resurfacing"
		}
	}
	return true
}

// noticeRow reports whether the weekday at i stands in a list's row,
// after its bullet and the colon of a label of words only ("- Harcourt
// Avenue: resurfacing, nights only, Wednesday to Saturday"): a round-up's
// row of works or closures, which gives the days they are set for, as a
// timetable gives its hours. A link's date ("More on IPOs: ... (April
// 12)") is no weekday's, and a labelled line with no bullet ("Marauders:
// At Dallas on Thursday.") is left to the heading above it, if any.
func (tg *tagger) noticeRow(i int) bool {
	if !tg.dayNamed(i) || !tg.punct(tg.from, "-") && !tg.punct(tg.from, "•") && !tg.punct(tg.from, "*") {
		return false
	}
	for c := tg.from + 1; c < i && c <= tg.from+labelRowWords; c++ {
		if tg.punct(c, ":") {
			return tg.labelBefore(c)
		}
	}
	return false
}

// labelRowWords is the most tokens a row's label and bullet hold before
// its colon.
const labelRowWords = 6

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
		if forPlanPredicates[w] && k > g.start && tg.word(k+1) == "for" {
			return true // "the hearing was fixed for March 20"
		}
		if !schedulePredicates[w] && !(forecastParticiples[w] && tg.word(k+1) == "to") {
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
// event the verb before it moved, a time ahead as things stand: "moved
// the keynote to Wednesday", "pushed the launch of its route back to
// March". A past perfect keeps its own past ("the launch had been
// rescheduled for Saturday"), unless it is reported speech's, which puts
// a move told on the day into it ("said it had brought the launch
// forward from June to April 14", as "has brought" would).
func (tg *tagger) rescheduledAt(k int) bool {
	g, ok := tg.moverBefore(k)
	return ok && (tg.vword(g.start) != vHavePast || tg.reportedAt(g.start))
}

// moverBefore returns the verb group before k that moves an event, in any
// tense: a rescheduling verb, or "bring" with "forward" after it. What it
// moves from and to are two times, never one range.
func (tg *tagger) moverBefore(k int) (group, bool) {
	g, ok := tg.groupBefore(k)
	if !ok || g.to >= 0 {
		return group{}, false
	}
	w := tg.word(g.head)
	if bringForms[w] {
		return g, tg.forwardBetween(g.head, k)
	}
	return g, rescheduleVerbs[w]
}

// forwardBetween reports whether "forward" stands after the verb at head
// and before k: "brought the opening forward to May", "brought forward
// from June". Only then does "bring" move an event; "the storm brought
// snow from Monday to Wednesday" moves nothing.
func (tg *tagger) forwardBetween(head, k int) bool {
	for m := head + 1; m < k; m++ {
		if tg.word(m) == "forward" {
			return true
		}
	}
	return false
}

// afterIndefinite reports whether the word at k ends a noun phrase an
// indefinite article opens, with at most three words or commas between
// that are no verbs, or "the" and an ordinal or comparative, perhaps with
// nouns between, or "another", and no object follows: "a power cut at the hall", "a
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
		case w == "a" || w == "an" || w == "another":
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
		if k < g.start-1 && tg.vword(k).verbal() {
			if main, ok := tg.groupBefore(k + 1); ok && main.end == k+1 && tg.wantedDone(main) {
				return main, true // "parents want schools reopened"
			}
		}
		if tg.toks[k].kind != kWord || tg.vword(k).verbal() || prepositions[tg.word(k)] {
			return group{}, false
		}
		if !determiners[tg.word(k)] || k == g.start-1 {
			continue
		}
		if tg.toks[k-1].kind != kWord {
			return group{}, false // ", a spokesman said": no object of a verb before
		}
		if main, ok := tg.groupBefore(k); ok && main.end == k && tg.wantedDone(main) {
			return main, true // "the mayor wants the road reopened": "wants" is the verb
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
		return main, c == vWill || c == vModal || tg.wantedDone(main)
	}
	return group{}, false
}

// wantedDone reports whether group g, before a noun phrase and the
// participle that qualifies it, is a present verb of wanting or
// expecting ("want the election held in October", "expects the deal
// completed by June"): the participle tells the state wished for, which
// lies ahead, and the wish, not the participle, governs the date.
func (tg *tagger) wantedDone(g group) bool {
	c := tg.vword(g.start)
	return g.start == g.head && (c == vPres || c == vBase) && objectForward[tg.word(g.head)]
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

// sharedModal returns, when group g is a lone verb after "and" or "or"
// whose past is spelled as its base ("put", "set", "cut"), the group
// with a modal or "will" before the conjunction whose base form it
// coordinates with: "can read the papers and put questions at Tuesday's
// meeting", "will meet on Monday and set the rate on Friday". After a
// modal the second verb is a base too, not a past.
func (tg *tagger) sharedModal(g group) (group, bool) {
	if g.head != g.start || !presentAsPast[tg.word(g.head)] || g.to >= 0 {
		return group{}, false
	}
	if w := tg.word(g.start - 1); w != "and" && w != "or" {
		return group{}, false
	}
	prev, ok := tg.groupBefore(g.start - 1)
	if !ok || prev.head == prev.start || g.start-prev.end > sharedModalReach {
		return group{}, false
	}
	c := tg.vword(prev.start)
	return prev, (c == vWill || c == vModal) && prev.head == prev.start+1
}

// sharedModalReach bounds the object between a modal's verb and the
// "and" of the verb that shares it ("read the budget papers on the
// council's website and put").
const sharedModalReach = 10

// stillToCome reports whether the group g is the "come" of "more to come",
// "worse to come", "yet to come", or of "more rain to come", with the
// quantity's noun between.
func (tg *tagger) stillToCome(g group) bool {
	k := g.start - 1
	if g.start != g.head || tg.word(g.head) != "come" || tg.word(k) != "to" {
		return false
	}
	return stillToComeWords[tg.word(k-1)] || stillToComeWords[tg.word(k-2)] && tg.toks[k-1].kind == kWord && !tg.vword(k-1).verbal()
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
		if tg.toks[k].kind == kPunct && !tg.compoundHyphen(k) || tg.vword(k).verbal() && !tg.nounIng(k) {
			return false // "a court hearing", "a 24-hour strike" are noun phrases still
		}
	}
	return true
}

// compoundHyphen reports whether token k is a hyphen inside a word,
// touching the words on both sides: the "-" of "24-hour".
func (tg *tagger) compoundHyphen(k int) bool {
	return tg.hyphen(k) && tg.tight(k) && k+1 < len(tg.toks) && tg.tight(k+1)
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

// pastClauseBefore reports whether the nearest verb before k, past a
// comma and a noun phrase ("had split, with a minority wanting"), is told
// in the past: a simple past, "was", or a participle after "had".
func (tg *tagger) pastClauseBefore(k int) bool {
	for m := k - 1; m >= tg.from && m >= k-pastClauseReach; m-- {
		if c := tg.vword(m); c.verbal() {
			return c == vPast || c == vBePast || c == vHavePast || tg.vword(m-1) == vHavePast
		}
	}
	return false
}

// pastClauseReach bounds the words pastClauseBefore reads back: ", with a
// minority of members".
const pastClauseReach = 8

// calledOffPerfectAfter reports whether the call-off calledOff finds after
// j is told in the present perfect: "has been pushed back", "have
// postponed", "has been called off". An event called off as of writing
// has not come, as calledOffNow reads for a plan in a relative clause.
// What was stopped or stretched midway ("has been extended", "has been
// suspended") may have passed its day.
func (tg *tagger) calledOffPerfectAfter(j int) bool {
	for k := j; k < tg.to && k < j+groupSearch; k++ {
		if calledOffWords[tg.word(k)] || calledOffVerbs[tg.word(k)] && calledOffParticles[tg.word(k+1)] {
			if midwayStops[tg.word(k)] {
				return false
			}
			aux := k - 1
			if tg.word(aux) == "been" {
				aux--
			}
			return tg.vword(aux) == vHavePres
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
		if t, ok := cueWords[tg.word(k)]; ok && !tg.pronounCue(k) && !tg.deadlineCue(k) && !(k >= j && tg.timeOfItsOwn(k) && tg.pastBetween(j, k)) {
			return t
		}
	}
	return tenseNone
}

// timeOfItsOwn reports whether the cue word at k opens a time expression
// of its own ("last week", "next month", "last Friday"), which dates the
// phrase it stands in. After the date being read and a past verb of its
// own, it is no cue for that date: "is out until after the break in early
// September with an injury picked up in training last week". Without one
// it still is: "travel on Wednesday night before hosting the leaders next
// Saturday".
func (tg *tagger) timeOfItsOwn(k int) bool {
	_, unit := unitWords[tg.word(k+1)]
	return unit || tg.dayOrMonth(k+1)
}

// pastBetween reports whether a past verb or participle stands in [j, k):
// the verb a later time expression dates.
func (tg *tagger) pastBetween(j, k int) bool {
	for ; j < k; j++ {
		if tg.vword(j) == vPast {
			return true
		}
	}
	return false
}

// pronounCue reports whether the cue word at k heads its noun phrase with
// "of" after it, a place in a series rather than a time: "the last of them
// on February 21", "the previous of the two".
func (tg *tagger) pronounCue(k int) bool {
	return tg.word(k+1) == "of" && tg.word(k-1) == "the"
}

// deadlineCue reports whether the cue word at k is the "last" of a
// deadline, the final day for something ("July 16 - last day to
// register"), which points back no more than the date it dates does.
func (tg *tagger) deadlineCue(k int) bool {
	return tg.word(k) == "last" && tg.word(k+1) == "day" && deadlineLinks[tg.word(k+2)]
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
	if tg.word(onAt) != "on" || tg.word(onAt+2) != "to" || !courseWords[tg.word(onAt+1)] || !tg.beBeforeCourse(onAt) {
		return vNone
	}
	if k == onAt {
		return vAdv
	}
	return vPred
}

// beBeforeCourse reports whether a form of "be" governs the "on" of "on
// course" at k: right before it, or before an adjective and "and" ("was
// healthy and on course to attempt a landing"), which share it.
func (tg *tagger) beBeforeCourse(k int) bool {
	if tg.vword(k - 1).beForm() {
		return true
	}
	return tg.word(k-1) == "and" && tg.toks[k-2].kind == kWord && !tg.vword(k-2).verbal() && tg.vword(k-3).beForm()
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

// noticeParticiple reports whether the past participle at k comes right
// after the colon of a label that opens its line with no verb ("Canal
// Street bridge: closed", "- A629 slip road: closed"), a label of words
// only: a notice, not a report of a deed. The participle names a state
// set for the day (noticeStates); any other is a deed ("lost at Dallas").
// A participle opening a later
// item of the row, after a comma, before the noun it describes, is the
// notice's too ("Southern trains: most services cancelled until 8pm,
// reduced timetable on Thursday").
func (tg *tagger) noticeParticiple(k int) bool {
	if !noticeStates[tg.word(k)] {
		return false // "Marauders: lost at Dallas on Thursday" is a result
	}
	if tg.punct(k-1, ",") && tg.nounAt(k+1) && !tg.vword(k+1).verbal() {
		c := k - 2
		for c > tg.from && !tg.punct(c, ":") && tg.toks[c].newlines == 0 {
			c--
		}
		return tg.punct(c, ":") && tg.labelBefore(c)
	}
	return tg.punct(k-1, ":") && tg.labelBefore(k-1)
}

// labelBefore reports whether the colon at c ends a label of words only
// that opens its line, past a list's bullet; a code glued to a word
// ("A629", "M25") counts as a word.
func (tg *tagger) labelBefore(c int) bool {
	if c <= tg.from {
		return false
	}
	m := tg.from
	if tg.punct(m, "-") || tg.punct(m, "•") {
		m++ // the list's bullet
	}
	for ; m < c; m++ {
		if tg.toks[m].kind == kNum && tg.codeNumber(m) {
			continue // a road's or a line's code: "A629 slip road", "M25"
		}
		if tg.toks[m].kind != kWord || tg.vword(m).verbal() {
			return false // a verb, or a date as the label: "Oct. 11: lost at Deane" is a result
		}
	}
	return true
}

// capacityFor reports whether the date at i is what a place or a service
// is full for: group g and at most a few adverbs and capacityWords
// ("full", "booked", "sold out", "booked up"), one of them at least, then
// "for" (and "the") right before the date.
func (tg *tagger) capacityFor(g group, i int) bool {
	f := i - 1
	if tg.word(f) == "the" {
		f-- // "for the Easter weekend"
	}
	if tg.word(f) != "for" || f < g.end {
		return false
	}
	found := capacityWords[tg.word(g.head)]
	for k := g.end; k < f; k++ {
		switch w := tg.word(k); {
		case capacityWords[w]:
			found = true
		case tg.vword(k) != vAdv && !capacityAdverbs[w]:
			return false
		}
	}
	return found
}
