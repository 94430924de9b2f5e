package timex

// Hints from the words around a date itself ("by Friday", "since
// March", "ahead of Sunday's vote"), read before the verb group.

// dateHint reads the word that governs a date for the direction it
// implies, before any verb: "by", "until", "effective", "payable" look
// ahead; "since", "ended", "postponed from", "back to" look back; so does
// a date that names a level ("the April 2 level"). k is the token before
// the date, j the token after it.
func (tg *tagger) dateHint(k, j int) (tense, string) {
	next := k
	k = tg.hintWord(k + 1)
	start := k
	if startWords[tg.word(next)] {
		start = next // "beginning" is skipped as in "the beginning of"
	}
	if startWords[tg.word(start)] && tg.startInside(start, j) {
		// "the threat of fresh tariffs, starting September 1, sent
		// investors into bonds": a start set off between commas
		// qualifies the noun before it, a plan whose start lies just
		// ahead of the past that tells of it, or just gone.
		return tenseNearest, "\"starting\" a date set off inside its clause: nearest"
	}
	if startWords[tg.word(start)] && tg.startedInPast(start, j) {
		return tensePast, "\"starting\" a date in a clause told in the past: past"
	}
	if w := tg.word(k); (w == "until" || w == "till") && tg.frontedPast(k, j) {
		// "Until Monday, the bridge was closed": the time up to the
		// day is told as gone, so the day is too.
		return tensePast, "a fronted \"until\" before a past verb: past"
	}
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
			return tensePast, "\"by\" a date opening its clause, then a past: past"
		}
		if (w == "effective" || w == "payable") && tg.pastBeBefore(k) {
			// "The dividend was payable Oct. 1", "the cut was
			// effective in March": the date a past "be" set is just
			// gone or just ahead, as "was due" is.
			return tenseNearest, "\"effective\" or \"payable\" after a past \"be\": nearest"
		}
		if (w == "until" || w == "till") && tg.notUntilPast(k) {
			// "did not finish the work until March 11": what a
			// negated past held off happened on the date, gone by.
			return tensePast, "\"not until\" a date after a negated past: past"
		}
		return t, "the word before the date points"
	}
	if tg.comparisonBase(k) {
		return tensePast, "the base a figure is compared with: past"
	}
	if tg.closingLevel(k) {
		return tensePast, "a closing price the date fixes: past"
	}
	if dateSetVerbs[tg.word(next)] && tg.word(j) == "as" && (tg.lexAt(j+1).has(inDeterminers) || tg.bareDayRole(j+1)) ||
		designateVerbs[tg.word(next)] && (tg.word(j) == "a" || tg.word(j) == "an") {
		// "has fixed Friday as the record date", "set March 3 as
		// the deadline", "set April 26 as polling day", "declared
		// Tuesday a day of mourning": a day picked for what is to
		// come, ahead as things stand, and told in the past just
		// ahead or gone.
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
			if tg.pastGroupBefore(k) || tg.pluperfectBefore(k) {
				// "blamed snow in the run-up to Christmas", written in
				// April: the run-up is over, and its event most likely
				// the one just gone, though a vote may still lie days
				// ahead ("campaigning ended in the run-up to Sunday's
				// vote").
				return tenseNearest, "\"in the run-up to\" told in the past: nearest"
			}
			return tenseFuture, "\"in the run-up to\": future"
		}
		if (prev == "back" || prev == "forward") && movedFrom[tg.word(k-2)] || tg.rescheduledAt(k) {
			return tg.movedTo(k, next) // "pushed back to", "moved to"
		}
		if t, ok := toGovernors[prev]; ok {
			return t, "\"… to\" before the date points"
		}
	case "for":
		if (tg.statisticNounBefore(k) || tg.publishedSeriesBefore(k)) && (k == next || k == next-1 && tg.word(next) == "the") && tg.monthWord(next+1) {
			// "publishes inflation figures for December on
			// Wednesday", "figures for the October-December quarter
			// are due", "the next figures, for February, are
			// published": the figures of a month come out after it.
			return tensePast, "figures for a month: a month gone, past"
		}
		if k == next && tg.monthWord(next+1) {
			if g, ok := tg.reportedFor(k); ok {
				// "posted a loss for September", "orders will be
				// reported for October next week": what is reported
				// for a month covers it, gone when it is reported;
				// a report to come may cover the month under way or
				// the next ("will post a loss for December").
				if c := tg.vword(g.start); c == vPast || c == vBePast || c == vHavePast {
					return tensePast, "figures reported for a month, in the past: past"
				}
				return tenseNearest, "figures to be reported for a month: nearest"
			}
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
		if tg.rescheduledAt(k) {
			// "The launch was rescheduled for Saturday", "has put the
			// vote back for Thursday": "for" names the new time, as
			// "to" does.
			return tg.movedTo(k, next)
		}
		if campaignWords[prev] && k == next && tg.attributive(k+1, j) {
			// "suspended campaigning for Saturday's general election":
			// a campaign runs before its vote, which is ahead.
			return tenseFuture, "a campaign for a dated vote: future"
		}
	case "through", "into":
		if tg.rescheduledAt(k) {
			// "The offer has been extended through Tuesday", "talks
			// were pushed into next week": the new end of a moved
			// event, as "to" names it.
			return tg.movedTo(k, next)
		}
	case "from":
		if prev == "forward" && (movedFrom[tg.word(k-2)] || tg.movedObject(k-1)) {
			// "an exhibition on 15 March, brought forward from the
			// autumn", "had brought the handover forward from
			// December 10": the time given up came after the new one.
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
		if withdrawVerbs[prev] && k == next {
			// "withdrew from Sunday's final": one withdraws from an
			// event before it is over, so it is near the report.
			return tenseNearest, "withdrawing \"from\" a dated event: nearest day"
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
	case "out": // hintWord skips the "of" of "out of"
		if tg.word(k+1) == "of" && k+1 == next && outOfVerbs[prev] {
			// "pulled out of Sunday's runoff", "pulls out of the
			// Friday debate": one pulls out of an event still to
			// come or under way, near the report whatever the tense.
			return tenseNearest, "pulling \"out of\" a dated event: nearest day"
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

// reportedFor returns the group of the verb that reports figures before
// the "for" at k, its object between or not ("orders will be reported
// for", "posted a loss for"), and whether there is one.
func (tg *tagger) reportedFor(k int) (group, bool) {
	g, ok := tg.groupBefore(k)
	return g, ok && figureVerbs[tg.word(g.head)] && k-g.end <= 3
}

// pastBeBefore reports whether a past "be" stands right before token k,
// perhaps with adverbs between: "was payable", "were effective", "had
// been effective", "was also payable".
func (tg *tagger) pastBeBefore(k int) bool {
	for m := k - 1; m >= tg.from && m >= k-3; m-- {
		switch c := tg.vword(m); {
		case c == vBePast:
			return true
		case c == vBeen:
			return tg.vword(m-1) == vHavePast
		case c != vAdv:
			return false
		}
	}
	return false
}

// movedTo reads the new time an event was moved to, the date after token
// next, "to" or "for" at k closing the move: ahead, but a month or season
// set in the past ("was first planned for the spring, then moved to
// August") may have come since, the nearest one.
func (tg *tagger) movedTo(k, next int) (tense, string) {
	if tg.monthOrSeason(next+1) && tg.pastGroupBefore(k) {
		return tenseNearest, "a month an event was moved to, in the past: nearest"
	}
	return tenseFuture, "a new time an event was moved to: future"
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

// statisticNounBefore reports whether "for" at k follows a noun of
// figures, right before it or set off by a comma ("the monthly figures,
// for February, are published").
// publishedSeriesBefore reports whether the "for" at k follows a measure
// that a verb of publishing governs: "will publish retail sales for
// April", "releases industrial output for May". Published, the month's
// figures are in, so the month is gone, as "figures for" tells
// (statisticNounBefore); a measure forecast ("expects inflation for June
// to ease") keeps its clause's tense.
func (tg *tagger) publishedSeriesBefore(k int) bool {
	if !seriesNouns[tg.word(k-1)] {
		return false
	}
	g, ok := tg.groupBefore(k)
	return ok && publishVerbs[tg.word(g.head)]
}

func (tg *tagger) statisticNounBefore(k int) bool {
	if tg.punct(k-1, ",") {
		k--
	}
	return statisticNouns[tg.word(k-1)]
}

// bareDayRole reports whether the words at k name, with no article, the
// role a day is picked for: a day noun ("deadline", "date") or a word
// and one ("polling day", "record date", "election day"), as in "set
// April 26 as polling day". "As expected", "as planned" name none.
func (tg *tagger) bareDayRole(k int) bool {
	return dayRoleNouns[tg.word(k)] || dayRoleNouns[tg.word(k+1)]
}

// movedObject reports whether the particle at k ("forward", "back")
// follows the object of a verb that moves an event in time: "had brought
// the handover forward", "pushed the vote back".
func (tg *tagger) movedObject(k int) bool {
	g, ok := tg.groupBefore(k)
	return ok && movedFrom[tg.word(g.head)]
}
