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
		return tg.writingDay()
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
	if tg.hasInterview && !tg.pastAttribution(open, close) {
		return tg.interview // `"I am back tomorrow," she says`, from the interview
	}
	return tg.writingDay()
}

// writingDay is the day the text being read was written on: the day of
// the live entry its dated stamp gives, else the publication day.
func (tg *tagger) writingDay() time.Time {
	if tg.hasEntryDay {
		return tg.entryDay
	}
	return tg.dct
}

// noteEntryDay makes the day of x, just tagged from token start to end,
// the day the entries below are written on when x heads its line and a
// clock time alone ends it ("Thu 7 May 2026 22.01 BST"): a live page's
// stamp of an entry written on a day of the week before the page's last.
// A clock time alone on its line ("09:41 BST") stamps an entry of the
// page's own day, and ends the dated entry's day.
func (tg *tagger) noteEntryDay(x Timex, start, end int) {
	if !tg.hasDCT || start != 0 && tg.toks[start].newlines == 0 {
		return
	}
	if x.Type == Time && tg.lineAlone(end) {
		// An entry written after the page passed midnight tells its
		// "today" and "tomorrow" from the day it was written on.
		days := tg.stampDays(start)
		tg.entryDay, tg.hasEntryDay = tg.dct.AddDate(0, 0, days), days > 0
		return
	}
	_, _, j := tg.clock(end)
	if x.Type != Date || j == end || !tg.lineAlone(tg.timezone(j)) {
		return
	}
	s, err := ParseValue(x.Value)
	if err != nil || s.Precision != PrecisionDay || s.Start.After(tg.dct) || tg.dct.Sub(s.Start) > entryDayReach {
		return
	}
	tg.entryDay, tg.hasEntryDay = s.Start, true
}

// entryDayReach bounds how long before the publication a live entry's
// dated stamp may be: a live page runs for days, not weeks.
const entryDayReach = 7 * 24 * time.Hour

// noteInterview makes the day of x, just tagged at token start, the day
// of the interview a profile is written from, when the writer says there
// that they met the person ("When I meet her at the town hall last
// Wednesday", "I visited him on Thursday"): a day of the fortnight before
// the publication, after "I" or "we" and a meeting verb in the same
// sentence. The first such day holds for the rest of the text.
func (tg *tagger) noteInterview(x Timex, start int) {
	if tg.hasInterview || !tg.hasDCT {
		return
	}
	s, err := ParseValue(x.Value)
	if err != nil || s.Precision < PrecisionDay || s.Start.After(tg.dct) || tg.dct.Sub(s.Start) > interviewReach {
		return
	}
	if tg.meetingBefore(start) {
		tg.interview, tg.hasInterview = s.Start.Truncate(24*time.Hour), true
	}
}

// interviewReach bounds how long before the publication an interview
// may be dated: a profile is written within a fortnight of the meeting.
const interviewReach = 14 * 24 * time.Hour

// meetingBefore reports whether the writer meets someone in the current
// sentence before token start, within quoteReach tokens: "I" or "we" and
// a meeting verb right after it ("When I meet", "we spoke").
func (tg *tagger) meetingBefore(start int) bool {
	for k := max(tg.from, start-quoteReach); k+1 < start; k++ {
		if (tg.word(k) == "i" || tg.word(k) == "we") && meetingVerbs[tg.word(k+1)] {
			_, _, quoted := tg.quoteAround(k) // `"I met him on Friday," she said` is the speaker's
			return !quoted
		}
	}
	return false
}

// pastAttribution reports whether the sentence of the quote [open, close]
// attributes speech in the past outside it, within quoteReach tokens ("she
// said", "Oates told reporters"): such a quote was spoken on another
// occasion than the interview a profile tells in the present ("she says").
func (tg *tagger) pastAttribution(open, close int) bool {
	for k := max(tg.from, open-quoteReach); k < tg.to && k <= close+quoteReach; k++ {
		if k == open {
			k = close
			continue
		}
		if reportingVerbs[tg.word(k)] && !presentReporting[tg.word(k)] {
			return true
		}
	}
	return false
}

// continuedSpeechDay dates a quote that goes on from the sentences before:
// the quote opens its sentence and only "she said" or "he added" follows
// it, or nothing does (the speaker's next sentence, quoted whole), or only
// "She added:" leads into it (leadAttribution), and the sentence before
// dates a speech ("Coach Grant said on Thursday that … . "I told them
// yesterday," she said."). A sentence before that is itself such a
// continued quote passes the speech on from the one before it, up to
// speechChain sentences back in the same block: a speaker quoted in turn
// ("… said on Tuesday … . "Yesterday we counted," she said. "Tomorrow
// we start."").
func (tg *tagger) continuedSpeechDay(open, close int) (time.Time, bool) {
	if !tg.continuesQuote(open, close) {
		return time.Time{}, false
	}
	n := sort.Search(len(tg.bounds), func(n int) bool { return tg.bounds[n][0] >= tg.from })
	if n == len(tg.bounds) || tg.bounds[n][0] != tg.from {
		return time.Time{}, false
	}
	from, to := tg.from, tg.to
	defer func() { tg.from, tg.to = from, to }()
	for j := n - 1; j >= 0 && j >= n-speechChain; j-- {
		tg.from, tg.to = tg.bounds[j][0], tg.bounds[j][1]
		if d, ok := tg.datedSpeech(); ok {
			return d, true
		}
		if tg.from+1 >= tg.to || !tg.quoteMark(tg.from) {
			break
		}
		o, c, ok := tg.quoteAround(tg.from + 1)
		if !ok || !tg.continuesQuote(o, c) {
			break
		}
	}
	return time.Time{}, false
}

// continuesQuote reports whether the quote [open, close] of the current
// sentence goes on with a speech dated before it: it opens the sentence
// and only a bare attribution or the sentence's end follows it, or only
// an attribution without a date leads into it.
func (tg *tagger) continuesQuote(open, close int) bool {
	if open != tg.from {
		return tg.leadAttribution(open)
	}
	return tg.bareAttribution(close+1) || tg.quoteEndsSentence(close)
}

// speechChain bounds how many sentences back continuedSpeechDay follows
// a speaker quoted in turn, so the work stays linear.
const speechChain = 3

// leadAttribution reports whether the sentence opens with an attribution
// that gives no date and leads into the quote at open: a pronoun or a
// name of up to three words, a reporting verb and a colon or comma ("She
// added: "...", "Ms Lund said, "...""). Such a speaker goes on with the
// speech the sentence before dated.
func (tg *tagger) leadAttribution(open int) bool {
	k := tg.from
	if attributionPronouns[tg.word(k)] {
		k++
	} else {
		for n := 0; n < 3 && tg.capital(k) && tg.nameWord(k); n++ {
			k++
		}
	}
	if k == tg.from || !reportingVerbs[tg.word(k)] {
		return false
	}
	return k+2 == open && (tg.punct(k+1, ":") || tg.punct(k+1, ","))
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
		if _, _, quoted := tg.quoteAround(k); quoted {
			continue // `"We told them on Tuesday ...`: the speaker's own report
		}
		if wd, _, ok := tg.reportWeekday(k); ok {
			return tg.weekdayDate(wd, tensePast), true
		}
		if d, ok := tg.frontedDay(k); ok {
			return d, true
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
// is dated (reportDay).
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
		return tg.reportDay(k, modal)
	}
	return time.Time{}, false
}

// reportDay returns the day that dates the reporting verb at k, before
// token limit: a weekday after it (reportWeekday), a month and day in the
// same place ("said on July 30 that"), or the day of a phrase opening the
// sentence ("Last Thursday the minister said", "Speaking on Saturday, the
// minister said"; frontedDay).
func (tg *tagger) reportDay(k, limit int) (time.Time, bool) {
	if wd, m, ok := tg.reportWeekday(k); m < limit {
		if ok {
			return tg.weekdayDate(wd, tensePast), true
		}
		if d, ok := tg.frontedDayAt(m); ok {
			return d, true
		}
	}
	return tg.frontedDay(k)
}

// reportedPlanDay dates the report a plan told in the past tense comes
// from: "said on Monday that the boilers were expected to be repaired by
// Friday" tells the plan as it stood on that Monday, "are expected", so
// the Friday is the first after the report; so is a time clause's or a
// condition's past under a reported future ("said on Tuesday he would send
// troops if a deal was signed on Monday"). The expression [i, j) is
// governed by a past "be" and a schedule word (schedulePredicate), or by
// such a backshifted past (backshifted), and the nearest reporting verb
// within planReach tokens before that group is dated (reportDay).
func (tg *tagger) reportedPlanDay(i, j int) (time.Time, bool) {
	g, ok, _ := tg.governingGroup(i, j)
	if !ok || g.start >= i || !(tg.vword(g.start) == vBePast && tg.schedulePredicate(g) || tg.backshifted(g, i, j)) {
		return time.Time{}, false
	}
	for k := g.start - 1; k >= tg.from && k >= g.start-planReach; k-- {
		if !reportingVerbs[tg.word(k)] {
			continue
		}
		return tg.reportDay(k, g.start)
	}
	return time.Time{}, false
}

// reportWeekday returns the weekday that dates the reporting verb at k,
// standing right after it or after one object, up to two short
// prepositional phrases and any prepositions ("said on Thursday", "told
// reporters late on Monday", "said in a statement on Tuesday", "told
// Techline at a briefing in Seattle last Wednesday"), and its token.
func (tg *tagger) reportWeekday(k int) (int, int, bool) {
	m := k + 1
	if reportDeterminers[tg.word(m)] {
		m = tg.reportObject(m + 1) // "told this paper on Thursday", "told state television"
	} else if w := tg.word(m); w != "" && !prepositions[w] && tg.vword(m) == vNone && !tg.isWeekday(m) {
		m++ // one object: "told reporters on Monday"
		for n := 0; n < 2 && tg.capital(m-1) && tg.nameWord(m); n++ {
			m++ // a speaker's name after the verb: "said Maren Tulloch on Friday"
		}
		m = tg.skipAppositive(m)
	}
	m = tg.reportPhrase(tg.reportPhrase(m)) // "at a briefing in Seattle"
	for prepositions[tg.word(m)] || weekdayLeads[tg.word(m)] {
		m++
	}
	wd, ok := weekdayWords[tg.word(m)]
	return wd, m, ok && tg.capital(m)
}

// reportObject returns the index after the nouns of a reporting verb's
// object that opens with a determiner, the determiner read ("this paper",
// "the local radio station"): at most three words with no verb,
// preposition, weekday or mark among them.
func (tg *tagger) reportObject(m int) int {
	for n := 0; n < 3; n++ {
		w := tg.word(m)
		if tg.toks[m].kind != kWord || w == "" || prepositions[w] || tg.vword(m) != vNone || tg.isWeekday(m) {
			break
		}
		m++
	}
	return m
}

// nameWord reports whether token k is a capitalised word that is no
// weekday nor verb: the next word of a name.
func (tg *tagger) nameWord(k int) bool {
	return tg.toks[k].kind == kWord && tg.capital(k) && !tg.isWeekday(k) && tg.vword(k) == vNone
}

// skipAppositive returns the index after an appositive set off by commas
// at m that describes the speaker before it ("said Maren Tulloch, the
// foreign minister of the host country, on Friday"), or m when there is
// none: at most appositiveReach tokens, no verb, weekday or quotation
// mark among them, and a comma closing it.
func (tg *tagger) skipAppositive(m int) int {
	if !tg.punct(m, ",") {
		return m
	}
	for n := m + 1; n < tg.to && n <= m+appositiveReach; n++ {
		switch {
		case tg.punct(n, ","):
			return n + 1
		case tg.toks[n].kind != kWord || tg.vword(n) != vNone || tg.isWeekday(n):
			return m
		}
	}
	return m
}

// appositiveReach bounds the words of an appositive skipAppositive skips.
const appositiveReach = 10

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
		if w := tg.word(n + 1); prepositions[w] || weekdayLeads[w] {
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

// quoteAround finds the quotation marks around token i in its sentence; a
// quote still open at the end of the sentence is taken to close there.
func (tg *tagger) quoteAround(i int) (open, close int, ok bool) {
	q := tg.sentenceQuotes()
	if !q.marks && !q.carried {
		return 0, 0, false // most sentences: no quote around any token
	}
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
	if open < 0 && q.carried && !tg.quoteMarkIn(max(tg.from, i-quoteReach), i) {
		open = tg.from // `"We are very close. Tomorrow is the day," he told reporters`
	}
	if open < 0 {
		return 0, 0, false
	}
	for k := i + 1; k < tg.to && k < i+quoteReach; k++ {
		if tg.punct(k, "\"") || tg.punct(k, "”") {
			return open, k, true
		}
	}
	if tg.to <= i+quoteReach && tg.to > i+1 {
		// `"And next week I go to London. I have told them so."`: a
		// quote of several sentences runs on past this one's end, which
		// stands for its close.
		return open, tg.to - 1, true
	}
	return 0, 0, false
}

// quoteState is what quoteAround reads once per sentence, the one at
// tokens [from, to) of the block at byte base: whether a quotation mark
// stands in it, and whether a quote opened in the sentence before runs
// into it. A sentence with neither has no quote around any of its tokens,
// and the sentence before is read once, not once per expression.
type quoteState struct {
	base, from, to int
	marks, carried bool
	known          bool
}

// sentenceQuotes returns the current sentence's quoteState, read on first
// use.
func (tg *tagger) sentenceQuotes() quoteState {
	q := &tg.quotes
	if !q.known || q.base != tg.base || q.from != tg.from || q.to != tg.to {
		*q = quoteState{base: tg.base, from: tg.from, to: tg.to, known: true}
		q.marks = tg.quoteMarkIn(tg.from, tg.to)
		q.carried = tg.quoteCarriedOver()
	}
	return *q
}

// quoteMarkIn reports whether a quotation mark stands among tokens
// [from, to).
func (tg *tagger) quoteMarkIn(from, to int) bool {
	for k := from; k < to; k++ {
		if tg.punct(k, "\"") || tg.punct(k, "“") || tg.punct(k, "”") {
			return true
		}
	}
	return false
}

// quoteCarriedOver reports whether a quotation opened in the sentence
// just before the current one, in the same block, is still open at its
// end: the sentence splitter cuts a quote of two sentences in two, and
// the second still belongs to the speech its attribution dates.
func (tg *tagger) quoteCarriedOver() bool {
	n := sort.Search(len(tg.bounds), func(n int) bool { return tg.bounds[n][0] >= tg.from })
	if n == 0 || n == len(tg.bounds) || tg.bounds[n][0] != tg.from {
		return false
	}
	open := false
	for k := tg.bounds[n-1][0]; k < tg.bounds[n-1][1]; k++ {
		if tg.toks[k].kind != kPunct {
			continue
		}
		switch tg.toks[k].in(tg.lower) {
		case "“":
			open = true
		case "”":
			open = false
		case "\"":
			open = !open && !tg.closingMark(k, tg.bounds[n-1][0], tg.bounds[n-1][1])
		}
	}
	return open
}

// closingMark reports whether the straight quotation mark at token k, in
// the sentence [from, to), can only close a quote: glued to the word or
// stop before it and followed by no word glued to it, as in `if it does
// not rain." The prize`, which ends a quote carried over from the
// sentence before rather than opening one.
func (tg *tagger) closingMark(k, from, to int) bool {
	if k == from || tg.toks[k].space {
		return false
	}
	return k+1 >= to || tg.toks[k+1].space || tg.toks[k+1].kind == kPunct
}

// attributionDay finds "said … on Monday" among tokens [from, to): a
// reporting verb followed within a few words by a weekday, or one whose
// clause a weekday opens ("On Monday, the minister said", "Speaking to
// reporters on Friday evening, the governor said"), which dates the
// speech in the past.
func (tg *tagger) attributionDay(from, to int) (time.Time, bool) {
	for k := from; k < to; k++ {
		if !reportingVerbs[tg.word(k)] && !speechParticiples[tg.word(k)] {
			continue // "speaking on a visit on Wednesday, urged both sides to ...": the speech's day
		}
		for m := k + 1; m < to && m <= k+8; m++ {
			if wd, ok := weekdayWords[tg.word(m)]; ok && tg.capital(m) {
				return tg.weekdayDate(wd, tensePast), true
			}
		}
		if wd, m, ok := tg.reportWeekday(k); ok && m < to {
			return tg.weekdayDate(wd, tensePast), true // "said Ann Lee, the minister, on Friday"
		}
		if d, ok := tg.frontedDay(k); ok {
			return d, true
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
// tomorrow"). A speech reported was given by the dct, so when the day
// last dated is still ahead ("the final is due on May 14"), the event is
// the latest one in the week up to the dct, else the dct's.
func (tg *tagger) afterEventSpeech(k int) (time.Time, bool) {
	w := tg.word(k)
	if w != "afterwards" && w != "afterward" && !(w == "after" && tg.word(k+1) == "the" && speechEvents[tg.word(k+2)]) {
		return time.Time{}, false
	}
	if !tg.hasDCT {
		return time.Time{}, false
	}
	if day := tg.storyDay(); !day.After(tg.dct) {
		return day, true
	}
	if tg.hasLatestPast {
		tg.noteDayAnchor("latest day", tg.latestPast, "the event the speech came after, as the day named last is ahead")
		return tg.latestPast, true
	}
	return tg.dct, true
}

// frontedDay finds the day of a phrase that opens the sentence before the
// reporting verb at k, perhaps after a perfect's "had" ("On Monday, the
// minister said", "In a speech on January 27, she had told them"): only
// the sentence's start or an opening participle ("Speaking …") before the
// day, and no verb, "and" or clause opener between it and k. "Talks ended
// on Friday, and the minister said" does not date the speech.
func (tg *tagger) frontedDay(k int) (time.Time, bool) {
	m := k - 1
	if c := tg.vword(m); m > tg.from && (c == vHavePast || c == vHavePres) {
		m-- // "had told"
	}
	for ; m >= tg.from && m >= k-maxFrontedReach; m-- {
		if day, ok := tg.frontedDayAt(m); ok {
			for p := m - 1; p >= tg.from; p-- {
				if c := tg.vword(p); c.verbal() && !(p == tg.from && c == vIng) || tg.leftStop(p) {
					return time.Time{}, false
				}
			}
			return day, true
		}
		if tg.vword(m).verbal() || coordinators[tg.word(m)] || tg.leftStop(m) {
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}

// frontedDayAt returns the day a fronted phrase names at token m: a
// weekday, the one before the publication, or a month and day that lies
// before it ("January 27", "27 January").
func (tg *tagger) frontedDayAt(m int) (time.Time, bool) {
	if wd, ok := weekdayWords[tg.word(m)]; ok && tg.capital(m) {
		return tg.weekdayDate(wd, tensePast), true
	}
	mo, _ := tg.month(m)
	if _, nd := tg.num(m); nd > 0 && nd <= 2 {
		mo, _ = tg.month(m + 1) // "On 27 January, she said"
	}
	if mo > 0 {
		// The date is read only to date the speech: its rule's notes
		// would be taken for the explanation of the expression at hand.
		ex := tg.ex
		tg.ex = nil
		d, _, ok := tg.dayAt(m)
		tg.ex = ex
		if ok && !d.After(tg.dct) {
			return d, true
		}
	}
	return time.Time{}, false
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
