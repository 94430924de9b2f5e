package timex

import "time"

// This file holds the scene a sentence opens with: a past period written
// first ("In June, it ordered ...", "Last autumn, a dispute ... ended")
// sets when the rest of the sentence happens, so that the sentence's bare
// months, days of a month and seasons are read from then, not from the day
// of writing.

// scene is the period a sentence opens with, while its sentence runs.
type scene struct {
	span Span
	text string // as written, for explanations
	end  int    // the token after it
	ok   bool
	// reported says the period dates a report rather than opening the
	// sentence (reportDatedBy): only a future told in it ("would reopen
	// in February") is read from then, since a past in a reported clause
	// may be the report's present ("said in March that we wanted it done
	// before the summer").
	reported bool
}

// noteScene makes x, just tagged at tokens [start, end), the scene of its
// sentence when it opens the sentence (after at most a preposition,
// sceneLeads), is a date of a month to a year (or a day of a past year)
// that lies wholly before the publication date, and the sentence's first finite verb after it is a
// past one: "In June it ordered operators to reach 90 per cent by
// November 1", written in January, is about November of the year of that
// June. A present or future verb speaks from now ("Last year was the
// warmest; this summer will be hotter") and makes no scene.
func (tg *tagger) noteScene(x Timex, start, end int) {
	if tg.scene.ok && x.Type == Date && tg.hasDCT && tg.namesNow(x) {
		// "Last year's winner did not start this year's race after
		// a crash in January": a period that holds the day of
		// writing, named after the scene, takes the sentence back to
		// now; its January is this year's.
		tg.scene.ok = false
		return
	}
	if tg.scene.ok || x.Type != Date || !tg.hasDCT || tg.narrative() || hasSuffix(tg.lowerOf(x), " ago") {
		// A history has its own year (historyYear). A count back
		// from now ("Four years ago, on 1st April, I started") is
		// left to the dct: posts so mark an anniversary, and the
		// TempEval tweets gold dates such a day on the day of posting.
		return
	}
	reported := tg.reportDatedBy(start, end)
	if !reported && start > tg.from && !(start == tg.from+1 && sceneLeads[tg.word(tg.from)]) && !tg.inSubject(start) {
		return
	}
	if start == tg.from && (tg.vword(end).finite() || coordinators[tg.word(end)]) {
		// "November and January were dry, and the snow that fell in
		// early February melted": a bare date right before its verb
		// (or a date joined to it) is the sentence's subject, what it
		// tells about, not the time the rest happens in.
		return
	}
	s, err := ParseValue(x.Value)
	if err != nil || s.Precision < PrecisionYear || s.End.After(tg.dct) {
		return
	}
	if s.Precision > PrecisionMonth && (s.Precision > PrecisionDay || s.Start.Year() == tg.dct.Year()) {
		// A day makes a scene only in a year gone by ("Last Christmas, a
		// fault on December 22 left bags behind"): this year's days
		// leave the year to the tense.
		return
	}
	if reported && s.Precision <= PrecisionYear {
		return // "said last year that it would be ready before the summer": a year is too coarse to count from
	}
	if !reported && !tg.pastVerbAfter(end) {
		return
	}
	tg.scene = scene{span: s, text: x.Text, end: end, ok: true, reported: reported}
}

// reportDatedBy reports whether the date at tokens [start, end) dates a
// report told in the past right before it, after a preposition or ended
// by "that" or a mark: "said in October that the plant would reopen in
// February", "had warned in the autumn that a stoppage over the winter
// would hit exports", "said last month that". What the report tells is
// told from then, as a scene the sentence opens with is. A date that
// qualifies a noun ("said the winter market would open") dates no report.
func (tg *tagger) reportDatedBy(start, end int) bool {
	k := start - 1
	if k > tg.from && prepositions[tg.word(k)] {
		k--
	} else if tg.word(end) != "that" && (end >= tg.to || tg.toks[end].kind != kPunct) {
		return false
	}
	return k >= tg.from && reportingVerbs[tg.word(k)] && tg.vword(k) == vPast
}

// inSubject reports whether a date at token start qualifies the noun of
// the sentence's subject right before it, a few words with no verb and
// no punctuation: "A similar standoff last year ended with a deal on
// December 23" opens with last year as surely as "Last year, the
// standoff ended" does. A date after a preposition or a determiner ("Net
// profit for the October-December quarter", "talks after the 2022
// election") names what the noun is about, no scene.
func (tg *tagger) inSubject(start int) bool {
	if start-tg.from > subjectReach || start == tg.from || tg.lexAt(start-1).hasAny(inDeterminers|inPrepositions) ||
		coordinators[tg.word(start-1)] {
		return false // "November and January were dry": a subject of dates, no noun's
	}
	for m := tg.from; m < start; m++ {
		if tg.toks[m].kind != kWord || tg.vword(m).verbal() {
			return false
		}
	}
	return true
}

// pastVerbAfter reports whether the first finite verb from token k on in
// the sentence is a past form: "ordered", "was", "had".
func (tg *tagger) pastVerbAfter(k int) bool {
	for m := k; m < tg.to && m < k+groupSearch; m++ {
		switch c := tg.vword(m); {
		case c == vPast || c == vBePast || c == vHavePast || c == vDoPast:
			return true
		case c.finite():
			return false
		}
	}
	return false
}

// sceneYear returns the year of month m (day d, or 0 for the month)
// written without one at tokens [i, j) in a sentence with a scene (see
// noteScene), read in tense t: a date that points ahead ("by November 1",
// "from January 1") is the first such date from the scene's start on,
// any other the last one by the scene's end ("a price cut in the spring",
// after "Last autumn,": the spring before it). A date whose own verb is
// present or future ("will cut prices in March") speaks from now: false.
func (tg *tagger) sceneYear(m, d, i, j int, t tense) (int, bool) {
	if !tg.scene.ok || i < tg.scene.end || tg.scene.reported && t != tenseFuture || tg.nowClauseBefore(i) {
		return 0, false
	}
	g, ok, _ := tg.governingGroup(i, j)
	if ok && nowForms[tg.vword(g.start)] {
		return 0, false
	}
	if c := tg.vword(g.start); ok && tg.word(g.start-1) == "to" && (c == vBase || c == vBe) {
		// "Last month it was shortlisted for an award, to be presented
		// on March 28": what a "to"-infinitive tells is still ahead of
		// the scene.
		t = tenseFuture
	}
	day := func(y int) time.Time { return date(y, m, min(max(d, 1), daysIn(y, time.Month(m)))) }
	s := tg.scene.span
	tg.noteSceneAnchor(s)
	if w := tg.word(i - 1); t == tenseFuture || w == "from" || w == "until" || w == "till" || w == "into" {
		// "Last summer, restrictions stayed in place until the
		// autumn": a state runs on from the scene to the date.
		y := s.Start.Year()
		for day(y).Before(s.Start) {
			y++
		}
		return y, true
	}
	y := s.LastDay().Year()
	for day(y).After(s.LastDay()) {
		y--
	}
	return y, true
}

// nowClauseBefore reports whether a clause joined after the scene's own
// ("…, and organisers expect", "…; officials now say") speaks from the day
// of writing before token i: "Last year's festival sold out, and
// organisers expect demand to be higher after the capacity was cut in
// January" is this year's January. Its first finite verb decides.
func (tg *tagger) nowClauseBefore(i int) bool {
	for m := tg.scene.end; m+1 < i; m++ {
		first := m + 1 // the clause's first word, past its coordinator
		if tg.punct(m, ",") && coordinators[tg.word(m+1)] {
			first++
		} else if !tg.punct(m, ";") {
			continue
		}
		for v := first; v < i; v++ {
			if c := tg.vword(v); c.finite() {
				if nowForms[c] || c == vBase {
					return true
				}
				break
			}
		}
	}
	return false
}

// nowForms are the first words of a verb group that speak from the day of
// writing: "will", "may", "is", "has", "expects".
var nowForms = map[vclass]bool{vWill: true, vModal: true, vBePres: true, vHavePres: true, vDoPres: true, vPres: true}

// noteSceneAnchor records, when explaining, that the rule read its value from
// the sentence's scene.
func (tg *tagger) noteSceneAnchor(s Span) {
	if tg.ex == nil || tg.ex.cur == nil {
		return
	}
	tg.ex.cur.addAnchor("previous mention", tg.scene.text, s, "the past period the sentence opens with")
}

// namesNow reports whether x is a date of a year or finer whose period
// holds the publication date: "this year", "this month".
func (tg *tagger) namesNow(x Timex) bool {
	s, err := ParseValue(x.Value)
	return err == nil && s.Precision >= PrecisionYear && !s.Start.After(tg.dct) && !s.LastDay().Before(tg.dct)
}
