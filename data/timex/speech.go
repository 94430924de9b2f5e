package timex

import (
	"sort"
	"time"
)

// Reported speech. "Tomorrow" inside a quotation is the day after the
// speech, not after the publication: in `"We will sign it tomorrow," the
// minister said in a speech on Monday evening`, published on Wednesday,
// tomorrow is Tuesday.

// speechDay returns the day of the speech that token i is quoted from,
// when the sentence dates it with a weekday beside a reporting verb, else
// the publication date.
func (tg *tagger) speechDay(i int) time.Time {
	open, close, ok := tg.quoteAround(i)
	if !ok {
		return tg.dct
	}
	if d, ok := tg.attributionDay(close+1, min(tg.to, close+quoteReach)); ok {
		return d
	}
	if d, ok := tg.attributionDay(max(tg.from, open-quoteReach), open); ok {
		return d
	}
	if d, ok := tg.continuedSpeechDay(open, close); ok {
		return d
	}
	return tg.dct
}

// continuedSpeechDay dates a quote that goes on from the sentence before:
// the quote opens its sentence and only "she said" or "he added" follows
// it, or nothing does (the speaker's next sentence, quoted whole), and the
// sentence before dates a speech ("Coach Grant said on Thursday that … .
// "I told them yesterday," she said."). Only the sentence just before, in
// the same block, is read.
func (tg *tagger) continuedSpeechDay(open, close int) (time.Time, bool) {
	if open != tg.from || !tg.bareAttribution(close+1) && !tg.quoteEndsSentence(close) {
		return time.Time{}, false
	}
	n := sort.Search(len(tg.bounds), func(n int) bool { return tg.bounds[n][0] >= tg.from })
	if n == 0 || n == len(tg.bounds) || tg.bounds[n][0] != tg.from {
		return time.Time{}, false
	}
	from, to := tg.from, tg.to
	tg.from, tg.to = tg.bounds[n-1][0], tg.bounds[n-1][1]
	d, ok := tg.datedSpeech()
	tg.from, tg.to = from, to
	return d, ok
}

// datedSpeech finds, in the current sentence, a reporting verb the
// weekday right after it dates ("said on Thursday", "told reporters late
// on Monday"), a phrase opening the sentence does ("On Monday, the
// minister said") or "after the match" does (afterEventSpeech). A weekday further on dates something else: "told
// supporters she would begin campaigning on Tuesday".
func (tg *tagger) datedSpeech() (time.Time, bool) {
	for k := tg.from; k < tg.to; k++ {
		if !reportingVerbs[tg.word(k)] {
			continue
		}
		if wd, _, ok := tg.reportWeekday(k); ok {
			return tg.weekdayDate(wd, tensePast), true
		}
		if wd, ok := tg.frontedWeekday(k); ok {
			return tg.weekdayDate(wd, tensePast), true
		}
		if d, ok := tg.afterEventSpeech(k + 1); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// reportedFutureDay dates the report a future in the past before token i
// is told from: "They said on Thursday that they would give us an answer
// by Friday" (the Friday after that Thursday, not the one after the
// publication). A past modal ("would", "could", "might") stands within
// reportReach tokens before i, and the nearest reporting verb before it
// is dated by the weekday right after it (reportWeekday).
func (tg *tagger) reportedFutureDay(i int) (time.Time, bool) {
	modal := -1
	for k := i - 1; k >= tg.from && k >= i-reportReach; k-- {
		if pastModals[tg.word(k)] {
			modal = k
			break
		}
	}
	for k := modal - 1; modal > 0 && k >= tg.from && k >= modal-reportReach; k-- {
		if !reportingVerbs[tg.word(k)] {
			continue
		}
		wd, m, ok := tg.reportWeekday(k)
		if !ok || m >= modal {
			return time.Time{}, false
		}
		return tg.weekdayDate(wd, tensePast), true
	}
	return time.Time{}, false
}

// reportedPlanDay dates the report a plan told in the past tense comes
// from: "said on Monday that the boilers were expected to be repaired by
// Friday" tells the plan as it stood on that Monday, "are expected", so
// the Friday is the first after the report; so is a time clause's or a
// condition's past under a reported future ("said on Tuesday he would send
// troops if a deal was signed on Monday"). The expression [i, j) is
// governed by a past "be" and a schedule word (schedulePredicate), or by
// such a backshifted past (backshifted), and the nearest reporting verb
// within planReach tokens before that group is dated by the weekday after
// it (reportWeekday).
func (tg *tagger) reportedPlanDay(i, j int) (time.Time, bool) {
	g, ok, _ := tg.governingGroup(i, j)
	if !ok || g.start >= i || !(tg.vword(g.start) == vBePast && tg.schedulePredicate(g) || tg.backshifted(g, i, j)) {
		return time.Time{}, false
	}
	for k := g.start - 1; k >= tg.from && k >= g.start-planReach; k-- {
		if !reportingVerbs[tg.word(k)] {
			continue
		}
		wd, m, ok := tg.reportWeekday(k)
		if !ok || m >= g.start {
			return time.Time{}, false
		}
		return tg.weekdayDate(wd, tensePast), true
	}
	return time.Time{}, false
}

// reportWeekday returns the weekday that dates the reporting verb at k,
// standing right after it or after one object, a short prepositional
// phrase and any prepositions ("said on Thursday", "told reporters late
// on Monday", "said in a statement on Tuesday"), and its token.
func (tg *tagger) reportWeekday(k int) (int, int, bool) {
	m := k + 1
	if w := tg.word(m); w != "" && !prepositions[w] && tg.vword(m) == vNone && !tg.isWeekday(m) {
		m++ // one object: "told reporters on Monday"
	}
	m = tg.reportPhrase(m)
	for prepositions[tg.word(m)] || tg.word(m) == "late" || tg.word(m) == "early" {
		m++
	}
	wd, ok := weekdayWords[tg.word(m)]
	return wd, m, ok && tg.capital(m)
}

// reportPhrase returns the index after a prepositional phrase of at most
// four words at m that stands between a reporting verb and the
// preposition of its weekday ("in a statement", "at the airport",
// "to reporters"), or m when there is none: no verb, mark or weekday in
// it, so "told supporters she would begin campaigning on Tuesday" keeps
// its Tuesday out of the report.
func (tg *tagger) reportPhrase(m int) int {
	if !prepositions[tg.word(m)] || tg.isWeekday(m+1) {
		return m
	}
	for n := m + 1; n <= m+4 && n+1 < tg.to; n++ {
		if tg.toks[n].kind != kWord || tg.vword(n) != vNone || tg.isWeekday(n) || prepositions[tg.word(n)] {
			return m
		}
		if w := tg.word(n + 1); prepositions[w] || w == "late" || w == "early" {
			return n + 1
		}
	}
	return m
}

// reportReach bounds, in tokens, how far reportedFutureDay looks back for
// the modal and from it for the reporting verb, so the work stays linear.
const reportReach = 16

// planReach bounds how far reportedPlanDay looks back from the plan for
// its reporting verb: a "that" clause may hold another clause first ("said
// on Monday that engineers had been working since New Year's Day and that
// all the boilers were expected to").
const planReach = 2 * reportReach

// quoteEndsSentence reports whether the closing quotation mark at close
// ends the sentence, with at most a full stop after it.
func (tg *tagger) quoteEndsSentence(close int) bool {
	return close+1 >= tg.to || close+2 >= tg.to && tg.toks[close+1].kind == kPunct
}

// isWeekday reports whether token k is a weekday name.
func (tg *tagger) isWeekday(k int) bool {
	_, ok := weekdayWords[tg.word(k)]
	return ok
}

// bareAttribution reports whether the tokens from k end the sentence with
// an attribution that gives no date: ", she said.", ", he added", ", he
// told reporters in the capital." (a few words after the verb, none a
// verb, a number or a date's word).
func (tg *tagger) bareAttribution(k int) bool {
	if tg.punct(k, ",") {
		k++
	}
	subject, verb := tg.word(k), tg.word(k+1)
	if reportingVerbs[subject] {
		subject, verb = verb, subject // "said she"
	}
	if !reportingVerbs[verb] || !attributionPronouns[subject] {
		return false
	}
	for m := k + 2; m < tg.to && m < k+2+attributionTail; m++ {
		if tg.toks[m].kind == kPunct {
			return true
		}
		if tg.toks[m].kind != kWord || tg.vword(m) != vNone || tg.lexAt(m).hasAny(inMonths|inWeekdays|inDeicticDays|inRelOffsets|inUnitWords) {
			return false
		}
	}
	return k+2+attributionTail >= tg.to
}

// attributionTail bounds the words after an attribution's verb that
// bareAttribution lets stand before the sentence ends: "told reporters in
// the Dravic capital".
const attributionTail = 7

// quoteReach bounds, in tokens, how far quotation marks and their
// attribution are looked for, so the work stays linear.
const quoteReach = 60

// quoteAround finds the quotation marks around token i in its sentence.
func (tg *tagger) quoteAround(i int) (open, close int, ok bool) {
	open = -1
	for k := max(tg.from, i-quoteReach); k < i; k++ {
		switch {
		case tg.punct(k, "“"):
			open = k
		case tg.punct(k, "”"):
			open = -1
		case tg.punct(k, "\""):
			if open >= 0 {
				open = -1
			} else {
				open = k
			}
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	for k := i + 1; k < tg.to && k < i+quoteReach; k++ {
		if tg.punct(k, "\"") || tg.punct(k, "”") {
			return open, k, true
		}
	}
	return 0, 0, false
}

// attributionDay finds "said … on Monday" among tokens [from, to): a
// reporting verb followed within a few words by a weekday, or one whose
// clause a weekday opens ("On Monday, the minister said", "Speaking to
// reporters on Friday evening, the governor said"), which dates the
// speech in the past.
func (tg *tagger) attributionDay(from, to int) (time.Time, bool) {
	for k := from; k < to; k++ {
		if !reportingVerbs[tg.word(k)] {
			continue
		}
		for m := k + 1; m < to && m <= k+8; m++ {
			if wd, ok := weekdayWords[tg.word(m)]; ok && tg.capital(m) {
				return tg.weekdayDate(wd, tensePast), true
			}
		}
		if wd, ok := tg.frontedWeekday(k); ok {
			return tg.weekdayDate(wd, tensePast), true
		}
		if d, ok := tg.afterEventSpeech(k + 1); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// afterEventSpeech dates a speech "after the match" or "afterwards",
// right after the reporting verb before k, on the day the story is on
// (storyDay): the day of the event the article last dated ("won 2-1 on Saturday …
// the manager said afterwards that his players deserved a rest
// tomorrow").
func (tg *tagger) afterEventSpeech(k int) (time.Time, bool) {
	w := tg.word(k)
	if w != "afterwards" && w != "afterward" && !(w == "after" && tg.word(k+1) == "the" && speechEvents[tg.word(k+2)]) {
		return time.Time{}, false
	}
	if !tg.hasDCT {
		return time.Time{}, false
	}
	return tg.storyDay(), true
}

// frontedWeekday finds the weekday of a phrase that opens the sentence
// before the reporting verb at k: only the sentence's start or an opening
// participle ("Speaking …") before the weekday, and no verb, "and" or
// clause opener between it and k. "Talks ended on Friday, and the
// minister said" does not date the speech.
func (tg *tagger) frontedWeekday(k int) (int, bool) {
	for m := k - 1; m >= tg.from && m >= k-maxFrontedReach; m-- {
		if wd, ok := weekdayWords[tg.word(m)]; ok && tg.capital(m) {
			for p := m - 1; p >= tg.from; p-- {
				if c := tg.vword(p); c.verbal() && !(p == tg.from && c == vIng) || tg.leftStop(p) {
					return 0, false
				}
			}
			return wd, true
		}
		if tg.vword(m).verbal() || coordinators[tg.word(m)] || tg.leftStop(m) {
			return 0, false
		}
	}
	return 0, false
}

// maxFrontedReach bounds, in tokens, how far before a reporting verb the
// weekday of a fronted phrase may stand.
const maxFrontedReach = 16

// noteSpeech records that a quoted expression was resolved against day,
// the day of the speech it is quoted from, rather than the publication
// date. It does nothing unless explaining.
func (tg *tagger) noteSpeech(day time.Time) {
	tg.noteDayAnchor("speech", day, "the day of the speech it is quoted from")
}

// noteDayAnchor records that an expression was resolved against day, an
// anchor of the given kind other than the last mention. It does nothing
// unless explaining.
func (tg *tagger) noteDayAnchor(kind string, day time.Time, what string) {
	if tg.ex == nil || tg.ex.cur == nil {
		return
	}
	s := Span{Start: day, End: day.AddDate(0, 0, 1), Precision: PrecisionDay}
	tg.ex.cur.addAnchor(kind, day.Weekday().String(), s, what)
}

// quoteMark reports whether token k is an opening or straight quotation
// mark.
func (tg *tagger) quoteMark(k int) bool {
	return tg.punct(k, "\"") || tg.punct(k, "“")
}
