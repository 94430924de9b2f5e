package timex

import (
	"strings"
	"time"
)

// Relative and anaphoric expressions ("last week", "a day later", "the
// next month") and references to the present, past and future.

// relWord classifies the word before a unit in "last week", "next month",
// "this year", "the past year".
func relOffset(w string) (int, bool) {
	off, ok := relOffsets[w]
	return off, ok
}

// ruleRelative reads "last week", "next month", "this year", "the past
// year", "last Friday", "next September", "this spring", "last weekend".
func ruleRelative(tg *tagger, i int) (match, bool) {
	j, the := tg.optThe(i)
	if tg.word(j) == "this" && (tg.word(j+1) == "past" || tg.word(j+1) == "coming") {
		j++ // "this past spring", "this coming Sunday"
	}
	if w := tg.word(i); (w == "earlier" || w == "later") && tg.word(i+1) == "this" {
		j = i + 1 // "earlier this year" is this year (TimeBank)
	}
	off, ok := tg.relOffsetAt(j)
	if !ok {
		return match{}, false
	}
	k := j + 1
	if tg.fiscalWord(k) && tg.word(k+1) == "year" {
		k++
	}
	w := tg.word(k)
	if (anaphoricWords[tg.word(j)] || the && tg.word(j) == "next") && tg.hasAnchor {
		if m, ok := tg.seasonOrMonthFrom(off, k); ok {
			return m, true // "the following spring", "the previous April"
		}
	}
	if !the && (tg.word(j) == "following" || tg.word(j) == "preceding") && tg.possessive(k+1) {
		return match{}, false // "following Tuesday's vote": a preposition before the day's event
	}
	if the && (tg.word(j) == "following" || tg.word(j) == "previous" || tg.word(j) == "preceding") {
		if _, ok := weekdayWords[w]; !ok {
			return match{}, false // anaphoric: ruleAnaphor
		}
		the = false // "the previous Friday" is a weekday like "last Friday"
		if wd := weekdayWords[w]; tg.hasAnchor && tg.anchor.Precision.IsPoint() && !strings.HasSuffix(w, "s") {
			// ... but counted from the day the story is at: "down 4.5%
			// from the previous Friday" after Friday's close.
			tg.noteAnchor("the nearest such weekday on its side of it")
			return tg.withPartOfDay(weekdayFrom(tg.anchor.Start, wd, off), k+1)
		}
		if wd := weekdayWords[w]; tg.hasAnchor && tg.anchor.Precision == PrecisionWeek && !strings.HasSuffix(w, "s") {
			// "Two weeks later ... the following Monday": the first one
			// after that week, or the last one before it.
			tg.noteAnchor("the nearest such weekday outside the week")
			from := tg.anchor.Start
			if off > 0 {
				from = tg.anchor.LastDay()
			}
			return tg.withPartOfDay(weekdayFrom(from, wd, off), k+1)
		}
	}
	if !tg.hasDCT {
		if m, k2 := tg.month(k); m > 0 && !the {
			return date1(Date, k2, "XXXX-"+pad(m, 2))
		}
		return match{}, false
	}
	if w == "fortnight" {
		return date1(Duration, k+1, "P2W") // "the next fortnight": two weeks, not next week
	}
	if off < 0 && the && tg.word(k+1) == "of" {
		if m, ok := tg.lastOf(i, k); ok {
			return m, true // "the last week of March"
		}
		if m, ok := tg.lastOfCurrent(k); ok {
			return m, true // "the last day of the year"
		}
		if tg.word(j) == "last" && w == "week" {
			// "the last week of the season", "of his life": the week
			// that ends something else, which the calendar does not
			// place; not the week before this one
			return date1(Date, k+1, "XXXX-WXX")
		}
		if tg.word(j) == "last" && w == "day" && tg.namedOccasion(k+2) {
			// "on the last day of the Games", "of his visit", "by
			// Dec. 10, the last day of the regular session": the day
			// that ends an occasion the text names, not the day
			// before this one, as for the week above
			return date1(Date, k+1, "XXXX-XX-XX")
		}
	}
	if tg.word(j) == "last" && w == "day" && deadlineLinks[tg.word(k+1)] && !prepositions[tg.word(i-1)] {
		// "The last day for bills to pass is April 19", "the last
		// day to register", a key dates box's "July 16 - last day to
		// register": a deadline the sentence dates, not the day before
		// this one; "over the last day to Friday" stays a stretch.
		return date1(Date, k+1, "XXXX-XX-XX")
	}
	if the && tg.word(j) == "last" && w == "day" && tg.word(i-1) == "on" {
		// "beat Sandwell on the last day to finish a point clear": on
		// the final day of a season or a event the sentence implies,
		// never the day before this one, which "yesterday" names.
		return date1(Date, k+1, "XXXX-XX-XX")
	}
	if u, ok := unitWords[w]; ok && !strings.HasSuffix(w, "s") && w != "night" && tg.pastStretch(i, j, u) {
		// "31 cases in the past week", "14 new cases in past day": a
		// count over the stretch up to now, a duration.
		return date1(Duration, k+1, durationValue(1, u))
	}
	if u, ok := unitWords[w]; ok && !strings.HasSuffix(w, "s") && w != "night" {
		if u == uWeekend && off == 0 && tg.hasDCT && tg.pastWeekendMeant(i, k+1) {
			off = -1 // "Sales were strong this weekend", written on Monday
		}
		if u == uWeek && off == 0 && !the && tg.hasDCT && tg.comingWeekMeant(i, k+1) {
			off = 1 // "Storm to sweep east this week", written on a Sunday
		}
		if u == uDay && off == 0 && !the && tg.toThisDay(j, k+1) {
			return date1(Date, k+1, "PRESENT_REF") // "survives to this day": still, not today
		}
		return tg.relativeUnit(u, off, the, k+1)
	}
	if wd, ok := weekdayWords[w]; ok && !the && !strings.HasSuffix(w, "s") {
		return tg.withPartOfDay(tg.relativeWeekday(wd, off, i, k+1), k+1)
	}
	if wd, ok := weekdayAbbrevs[w]; ok && !the {
		return tg.withPartOfDay(tg.relativeWeekday(wd, off, i, k+1), k+1)
	}
	if m, k2 := tg.month(k); m > 0 && !the {
		if d, _ := tg.dayNum(k2); d > 0 {
			return match{}, false // "last Oct. 23" is the date Oct. 23
		}
		if y, k3 := tg.yearNum(k2); y > 0 {
			return date1(Date, k3, vMonth(y, m)) // "this August 2013": the year written wins
		}
		return date1(Date, k2, vMonth(tg.relativeMonthYear(m, off, i, k2), m))
	}
	if s, ok := seasonWords[w]; ok {
		if off == 0 && tg.hasDCT && tg.pastSeasonMeant(s, i, k+1) {
			off = -1 // "the quickest time this winter", written in March
		}
		return date1(Date, k+1, seasonValue(tg.dct, s, off))
	}
	return match{}, false
}

// ruleWeekOf reads "the week of March 6", the ISO week holding that day,
// "the weekend of 8-9 February" and "the month of April". A week named by
// the day it begins or ends on ("the week beginning October 7", "the week
// ending March 31") is the week holding that day too.
func ruleWeekOf(tg *tagger, i int) (match, bool) {
	if tg.word(i) != "the" {
		return match{}, false
	}
	if weekBoundWords[tg.word(i+2)] && tg.word(i+1) == "week" {
		if day, end, ok := tg.dayAt(i + 3); ok {
			return date1(Date, end, vWeek(day))
		}
		return match{}, false
	}
	if tg.word(i+2) != "of" {
		return match{}, false
	}
	if tg.word(i+1) == "month" {
		// "the month of April" is April.
		if m, ok := ruleMonthFirst(tg, i+3); ok && len(m.value) == len("2024-04") {
			return m, true
		}
		return match{}, false
	}
	if w := tg.word(i + 1); w != "week" && w != "weekend" {
		return match{}, false
	}
	if day, end, ok := tg.dayAt(i + 3); ok {
		end = tg.sameWeekRangeEnd(day, end)
		if tg.word(i+1) == "weekend" {
			return date1(Date, end, vWeek(day)+"-WE") // "the weekend of 8-9 February"
		}
		return date1(Date, end, vWeek(day))
	}
	return match{}, false
}

// sameWeekRangeEnd returns the index after the second day of a range
// that the day ending before end opens with a hyphen, when that day is
// less than a week after it ("the weekend of 16-17 August", "the weekend
// of September 13-14"): the days of one week or weekend are one
// expression with "the week of". Otherwise it returns end.
func (tg *tagger) sameWeekRangeEnd(day time.Time, end int) int {
	if !tg.hyphen(end) {
		return end
	}
	if last, lastEnd, ok := tg.dayAt(end + 1); ok && last.After(day) && last.Sub(day) < 7*24*time.Hour {
		return lastEnd // the second day carries the month: "16-17 August"
	}
	if d, dEnd := tg.dayNum(end + 1); d > day.Day() && d-day.Day() < 7 && monthWords[tg.word(dEnd)] == 0 {
		return dEnd // the first day carried it: "September 13-14"
	}
	return end
}

// dayAt reads a calendar day written with its month at i ("March 6",
// "6 March 2024") and returns it and the index after it.
func (tg *tagger) dayAt(i int) (time.Time, int, bool) {
	for _, r := range []rule{ruleMonthFirst, ruleDayFirst} {
		if m, ok := r(tg, i); ok {
			if sp, err := ParseValue(m.value); err == nil && sp.Precision == PrecisionDay {
				return sp.Start, m.end, true
			}
		}
	}
	return time.Time{}, i, false
}

// pastStretch reports whether "past" at j, with "the" at i or not, and the
// unit u after it follow "in", "over" or "during" ("in the past week",
// "over the past day", "in past day"): the stretch up to now that a count
// covers, not the calendar week or day before this one.
func (tg *tagger) pastStretch(i, j int, u unit) bool {
	if tg.word(j) != "past" || u < uDay || u > uMonth || u == uWeekend {
		return false
	}
	w := tg.word(i - 1)
	return w == "in" || w == "over" || w == "during"
}

// daysBeside reads "the days before the raid", "the days after": a
// stretch of days with no end, not the day before the one named.
// "before" or "after" belongs to the expression only when it ends the
// phrase ("in the days before, police had warned"); with an object it is
// a preposition, a signal TimeML keeps outside the TIMEX3, and the
// expression is "the days". The corpora date "the weeks before the
// shooting" by the event, which the tagger cannot, so weeks, months and
// years are left out.
func (tg *tagger) daysBeside(k int) (match, bool) {
	if w := tg.word(k + 1); tg.word(k) != "days" || w != "before" && w != "after" {
		return match{}, false
	}
	end := k + 1
	if tg.word(k+2) == "" {
		end = k + 2 // "in the days before, police had warned"
	}
	return date1(Duration, end, "PXD")
}

// weekSide returns the day whose week "later in the week" or "earlier in
// the week" at tokens [i, j) names, from base, the day the story is on:
// a day mentioned on the other side of the time of writing does not hold
// it ("Saturday's cancelled services would be added later in the week",
// on a Sunday: the coming week; "soils soaked by the storms earlier in the
// week", after a forecast for Monday: the week now ending). A week that
// ends on the day of writing has no later part: its next one does.
func (tg *tagger) weekSide(base time.Time, i, j int) time.Time {
	w := tg.word(i - 2)
	if tg.word(i-1) != "in" || w != "later" && w != "earlier" || !tg.hasDCT {
		return base
	}
	t := tg.tenseAround(i, j)
	switch {
	case w == "later" && base.Before(tg.dct) && t != tensePast:
		if tg.dct.Weekday() == time.Sunday {
			return tg.dct.AddDate(0, 0, 1)
		}
		return tg.dct
	case w == "earlier" && base.After(tg.dct) && (t != tenseFuture || tg.participleBefore(i-2)):
		return tg.dct
	}
	return base
}

// participleBefore reports whether a past form stands within four tokens
// before k, the clause "earlier in the week" belongs to ("soils soaked by
// the storms earlier in the week"), where the main clause may be future.
func (tg *tagger) participleBefore(k int) bool {
	for m := k - 1; m >= tg.from && m >= k-4; m-- {
		if tg.vword(m) == vPast {
			return true
		}
	}
	return false
}

// afterThat reports whether tokens from k read a day, week, month or year
// and "after that" or "before that" that end the phrase ("and the week
// after that.", "the year before that,"), naming the one beside the
// period mentioned last.
func (tg *tagger) afterThat(k int) bool {
	u, ok := unitWords[tg.word(k)]
	if !ok || u < uDay || u > uYear || u == uWeekend || u == uQuarter || u == uHalf || u == uSeason || tg.word(k) == "night" ||
		strings.HasSuffix(tg.word(k), "s") {
		return false
	}
	w := tg.word(k + 1)
	return (w == "after" || w == "before") && tg.word(k+2) == "that" && tg.word(k+3) == ""
}

// relativeUnit resolves "last week", "next month", "this quarter"; the
// past and next decades are durations ("the past decade": ten years).
func (tg *tagger) relativeUnit(u unit, off int, the bool, end int) (match, bool) {
	switch {
	case u == uQuarter:
		base := tg.quarterBase()
		if w := tg.word(end - 2); off == 0 && (w == "current" || w == "present") {
			// "the current quarter" is the one under way, not the one
			// the article reports on, as reportedQuarter reads it too.
			base = tg.dct
		}
		if tg.word(end-2) == "last" {
			// "last quarter" counts from the publication, as "last
			// week" does: in a November report on the third quarter it
			// is that quarter, not the one before it; "the previous
			// quarter" counts from the quarter in focus.
			base = tg.dct
		}
		v, ok := shift(base, uQuarter, off)
		return date1(Date, end, okValue(v, ok))
	case the && off != 0 && u >= uDecade:
		return date1(Duration, end, durationValue(1, u))
	case u < uDay:
		return match{}, false
	}
	base := tg.dct
	if off != 0 && (u == uWeek || u == uMonth) {
		// `"Next week I will put the case to him," she said on
		// Thursday`: the week after the speech, as its tomorrow is.
		base = tg.quotedDay(end - 1)
	}
	v, ok := shift(base, u, off)
	return date1(Date, end, okValue(v, ok))
}

// pastWeekendMeant reports whether "this weekend" at [i, j), written early
// in the week, is the weekend just gone: its clause is told in the past
// ("Sales at the stores were strong this weekend", on a Monday). Later in
// the week the coming weekend is the nearer one, whatever the tense.
func (tg *tagger) pastWeekendMeant(i, j int) bool {
	switch tg.dct.Weekday() {
	case time.Monday, time.Tuesday, time.Wednesday:
		t, strong := tg.governingTense(i, j)
		return t == tensePast && (strong || tg.finitePastBefore(i, j))
	}
	return false
}

// comingWeekMeant reports whether "this week" at [i, j), written on a
// Sunday, is the week ahead: its clause reads ahead ("Storm to sweep east
// this week", "talks will resume this week"), and of the Monday-to-Sunday
// week only the evening is left, so a plan means the week that starts
// tomorrow, as papers that count the week from Sunday say.
func (tg *tagger) comingWeekMeant(i, j int) bool {
	if tg.dct.Weekday() != time.Sunday {
		return false
	}
	t, strong := tg.governingTense(i, j)
	return t == tenseFuture && strong
}

// pastSeasonMeant reports whether "this" and the season s at [i, j) is
// the season just gone, the one before the dct's: its clause is told in
// the past ("the quickest time this winter", written in early March, is
// the winter that has just ended, not the one due in December), as
// pastWeekendMeant reads "this weekend" early in the week.
func (tg *tagger) pastSeasonMeant(s string, i, j int) bool {
	if seasonOf(tg.dct.AddDate(0, -3, 0)) != s {
		return false
	}
	t, strong := tg.governingTense(i, j)
	return t == tensePast && (strong || tg.finitePastBefore(i, j))
}

// finitePastBefore reports whether the -ed verb that governs the
// expression at [i, j) from before it is a finite past, not a participle
// qualifying a noun: its subject stands right before it and no verb
// follows the expression in the sentence ("Police arrested 20 people this
// weekend", where "Protesters arrested this weekend will appear in court"
// has its verb to come).
func (tg *tagger) finitePastBefore(i, j int) bool {
	g, ok, after := tg.governingGroup(i, j)
	if !ok || after || g.head != g.start || tg.vword(g.start) != vPast || g.start <= tg.from {
		return false
	}
	if k := g.start - 1; tg.toks[k].kind != kWord || tg.vword(k).verbal() || prepositions[tg.word(k)] ||
		determiners[tg.word(k)] {
		return false
	}
	_, later := tg.groupAfter(j)
	return !later
}

// periodBoundAt reads, after "the quarter" ending before k, a relative clause
// that gives one of its days: "that ended on Saturday", "which ends on
// June 30". It returns that day.
func (tg *tagger) periodBoundAt(k int) (time.Time, bool) {
	if w := tg.word(k); w != "that" && w != "which" || !boundVerbs[tg.word(k+1)] || !tg.hasDCT {
		return time.Time{}, false
	}
	j := k + 2
	if tg.word(j) == "on" {
		j++
	}
	if day, _, ok := tg.dayAt(j); ok {
		return day, true
	}
	wd, ok := weekdayWords[tg.word(j)]
	if !ok || !tg.capital(j) {
		return time.Time{}, false
	}
	t := tensePast
	if hasSuffix(tg.word(k+1), "s") {
		t = tenseFuture // "which ends on Sunday"
	}
	return tg.weekdayDate(wd, t), true
}

// relativeWeekday resolves "last Friday" (the one before the dct, never
// the dct itself), "next Friday" and "this Friday" (by the tense of its
// clause, else the Friday of the current week).
func (tg *tagger) relativeWeekday(wd, off, i, j int) time.Time {
	if off > 0 && tg.word(i) == "next" {
		if d := weekdayFrom(tg.dct, wd, off); !d.Equal(tg.dct.AddDate(0, 0, 1)) {
			return d
		}
		// "The transfer window opens next Tuesday", written on a
		// Monday: the day after is "tomorrow", so "next Tuesday" is
		// the one of the week after.
		return tg.dct.AddDate(0, 0, 8)
	}
	if off < 0 && tg.word(i) == "last" {
		if d := weekdayFrom(tg.dct, wd, off); !d.Equal(tg.dct.AddDate(0, 0, -1)) {
			return d
		}
		// "missed two kicks in last Sunday's loss", written on a
		// Monday: the day before is "Sunday" or "yesterday", so
		// "last Sunday" is the one of the week before, as "next
		// Tuesday" on a Monday is the one of the week after.
		return tg.dct.AddDate(0, 0, -8)
	}
	if off != 0 {
		return weekdayFrom(tg.dct, wd, off)
	}
	dwd := int(tg.dct.Weekday())
	if t := tg.tenseAround(i, j); t != tenseNone {
		return tg.weekdayDate(wd, t)
	}
	// No tense ("Get down to the show this Sat!"): the day of the
	// current week, Monday to Sunday.
	monday := tg.dct.AddDate(0, 0, -((dwd + 6) % 7))
	return monday.AddDate(0, 0, (wd+6)%7)
}

// weekdayFrom returns the first weekday wd after day (off > 0) or before
// it (off < 0), never day itself.
func weekdayFrom(day time.Time, wd, off int) time.Time {
	dwd := int(day.Weekday())
	if off < 0 {
		return day.AddDate(0, 0, -((dwd-wd+6)%7 + 1))
	}
	return day.AddDate(0, 0, (wd-dwd+6)%7+1)
}

// relativeMonthYear picks the year of "last March", "next March" and
// "this March".
func (tg *tagger) relativeMonthYear(m, off, i, j int) int {
	y, dm := tg.dct.Year(), int(tg.dct.Month())
	switch {
	case off < 0 && m >= dm:
		return y - 1
	case off > 0 && m <= dm:
		return y + 1
	case off == 0:
		return tg.yearFor(m, 0, i, j)
	}
	return y
}

// periodOfNow reports whether tokens from k read "this" and a calendar
// unit or season ("this month", "this spring"), the period "earlier" or
// "later" just before k narrows.
func (tg *tagger) periodOfNow(k int) bool {
	if tg.word(k) != "this" {
		return false
	}
	_, unit := unitWords[tg.word(k+1)]
	_, season := seasonWords[tg.word(k+1)]
	return unit || season
}

// offsetAfter reads "ago", "earlier", "later", "before", "after" and
// "from now" after a count of units and makes the phrase a date.
func (tg *tagger) offsetAfter(n int, u unit, end int, isOne bool) (match, bool) {
	if m, ok := tg.fromDeictic(n, u, end); ok {
		return m, true
	}
	dir := offsetWords[tg.word(end)]
	next := end
	if dir != 0 {
		next++
	}
	if dir == 0 || n < 0 {
		if dir != 0 && n < 0 && dir == -1 {
			return date1(Date, next, "PAST_REF")
		}
		return match{}, false
	}
	if w := tg.word(next); (dir == 2 || dir == -2) && (w == "than" || w == "that") {
		return match{}, false
	}
	if (dir == 2 || dir == -2) && tg.periodOfNow(next) {
		// "walk out for five days later this month": the count is a
		// duration and "later" opens "later this month", the event.
		return match{}, false
	}
	if m, ok := tg.sameComparison(u, n, dir, end-2, next); ok {
		return m, true
	}
	base, ok := tg.dct, tg.hasDCT
	counted := false // counted from the anchor, not the dct
	if dir == 2 || dir == -2 {
		if tg.hasAnchor {
			tg.noteAnchor("the date counted from")
			base, ok, counted = tg.anchor.Start, true, true
		}
		if (u == uDay || u == uWeek) && tg.hasAnchor && tg.anchor.Precision < PrecisionWeek && tg.hasLastDay {
			// "said on Tuesday that it could take until early August.
			// A day earlier, ...": days count from the day mentioned
			// last, as a month or year has no day to count from.
			tg.noteAnchor("the day mentioned last, as a month or year has no day to count from")
			base = tg.lastDay
		}
		if dir > 0 && (u == uDay || u == uWeek) {
			base = tg.forwardBase(base)
		}
		dir /= 2
	}
	if u < uDay && ok && !counted && dir < 0 {
		// "posted two hours ago", "a blast 30 minutes ago": a moment of
		// the day of writing, which is all of it a date can say (a live
		// entry's own day, after the page passed midnight).
		return date1(Date, next, vDay(tg.writingDay()))
	}
	if !ok || u < uDay {
		return match{}, false
	}
	if m, ok := tg.comparedPeriod(u, n, dir, end); ok {
		return m, true
	}
	if u == uYear && n == 1 && dir < 0 && !tg.hasQuarter && tg.comparedWith(end-3) && tg.quarterlyBefore(end-3) {
		// "quarterly sales jumped 31% from a year earlier", before
		// any quarter is named: the quarter just completed, the one a
		// report now is about, a year before.
		v, ok := shift(quarterStart(tg.dct).AddDate(0, -3, 0), uQuarter, -4)
		return match{end: next, typ: Date, value: okValue(v, ok), derived: true, yearBack: true}, ok
	}
	if u == uYear && tg.hasAnchor && (tg.anchor.Precision == PrecisionQuarter && tg.quarterBegun() && tg.figuresSentence() || tg.hasQuarter && tg.afterAmount(end-3) ||
		tg.hasQuarter && tg.quarterFrom == tg.sentenceByte() && tg.comparedWith(end-3)) {
		// Financial news: "a year ago" next to "the third quarter", or
		// after an amount in an article reporting a quarter ("up from
		// $3 million a year ago"), is the same quarter a year before;
		// so is a comparison in the sentence that named the quarter,
		// past the date of the report between ("said in its
		// fourth-quarter report last month that sales rose 18 percent
		// from a year earlier"). A quarter still to come reports
		// nothing to compare: "will announce it in the first quarter of
		// next year. A year ago, its lander failed" counts from the day
		// of writing.
		v, ok := shift(tg.quarterBase(), uQuarter, 4*n*dir)
		return match{end: next, typ: Date, value: okValue(v, ok), derived: true, yearBack: n == 1 && dir < 0}, ok
	}
	if u == uYear && counted && tg.anchor.Precision == PrecisionHalf {
		// "in the first half than a year earlier": the same half of
		// the year before, as a quarter's year-ago comparison is.
		h := 1 + int(tg.anchor.Start.Month()-1)/6
		return match{end: next, typ: Date, value: vHalf(tg.anchor.Start.Year()+dir*n, h), derived: true}, validYear(tg.anchor.Start.Year() + dir*n)
	}
	if u == uDecade && n == 1 {
		// "a decade ago" is a year, ten years back, as "ten years
		// ago" is, not the decade before the one under way; "four
		// decades ago" is vaguer and keeps the decade.
		u, n = uYear, 10
	}
	if u == uYear && counted && tg.anchor.Precision == PrecisionHalf {
		// "Profit rose in the first half. A year earlier, it had lost
		// money": the half a year before, as a quarter's is the quarter.
		return match{end: next, typ: Date, value: tg.yearsFromAnchor(dir * n), derived: true}, true
	}
	if u == uYear && counted && (tg.anchor.Precision >= PrecisionMonth || tg.anchor.Precision == PrecisionSeason) &&
		!tg.comparedWith(end-3) {
		// "closed in March 2020 ... began a year later": the years
		// move the month or day counted from, which keeps its
		// precision (March 2021), as TimeML values it.
		return date1(Date, next, tg.yearsFromAnchor(dir*n))
	}
	if u == uWeek && counted && tg.anchor.Precision >= PrecisionDay && tg.anchor.Precision <= PrecisionPartOfDay {
		// "crossed the river on October 2 ... Three weeks later": whole
		// weeks from a day land on a day, the same weekday, as days
		// counted from it do.
		return date1(Date, next, vDay(base.Truncate(24*time.Hour).AddDate(0, 0, 7*n*dir)))
	}
	v, ok := shift(base, u, dir*n)
	return match{end: next, typ: Date, value: okValue(v, ok), yearBack: u == uYear && n == 1 && dir < 0}, ok
}

// fromDeictic reads a count of units on from a day named from the day of
// speaking, "two weeks from today", "ten days from tomorrow": a day,
// where the count before end names a unit u and "from" stands at end. A
// possessive after the day ("a week from today's vote") leaves the count
// a duration, and so does "from now", which TimeML tags as a duration
// and a reference to the present.
func (tg *tagger) fromDeictic(n int, u unit, end int) (match, bool) {
	if tg.word(end) != "from" || n < 1 || u != uDay && u != uWeek && u != uMonth && u != uYear || !tg.hasDCT {
		return match{}, false
	}
	w := tg.word(end + 1)
	if tg.punct(end+2, "'") || tg.punct(end+2, "’") {
		return match{}, false
	}
	base := tg.speechDay(end + 1)
	off, ok := deicticDays[w]
	if !ok {
		return match{}, false
	}
	day := base.AddDate(0, 0, off)
	switch u {
	case uDay:
		day = day.AddDate(0, 0, n)
	case uWeek:
		day = day.AddDate(0, 0, 7*n)
	case uMonth:
		day = day.AddDate(0, n, 0)
	default:
		day = day.AddDate(n, 0, 0)
	}
	return date1(Date, end+2, vDay(day))
}

// quarterBegun reports whether the quarter mentioned last has begun by
// the day of writing, so that figures can be reported for it.
func (tg *tagger) quarterBegun() bool {
	return !tg.hasDCT || !tg.anchor.Start.After(tg.dct)
}

// comparedPeriod reads "a year earlier" (or "a year ago") that a figure of
// a month or quarter named in its own sentence is compared with: "exports
// fell 6.2 percent in November from a year earlier" is November of the
// year before, "profit in the October-December period rose to 84 million
// from 12 million a year earlier" that quarter a year before. The
// sentence's own period wins over the quarter the article reports on,
// which may be a quarter forecast in the sentence before.
func (tg *tagger) comparedPeriod(u unit, n, dir, end int) (match, bool) {
	if u != uYear || n != 1 || dir >= 0 || !tg.hasAnchor || tg.anchor.Precision != PrecisionMonth || !tg.comparedWith(end-3) {
		return match{}, false
	}
	first, named := tg.monthNamedIn(end-2, tg.anchor.Start.Month())
	if !named {
		return match{}, false
	}
	if !first.IsZero() {
		tg.noteAnchor("the quarter named as its months in the sentence, a year before")
		v, ok := shift(first, uQuarter, -4)
		return match{end: end + 1, typ: Date, value: okValue(v, ok), derived: true, yearBack: true}, ok
	}
	tg.noteAnchor("the month named in the sentence, a year before")
	return match{end: end + 1, typ: Date, value: vMonth(tg.anchor.Start.Year()-1, int(tg.anchor.Start.Month())), derived: true, yearBack: true}, true
}

// monthNamedIn reports whether the month mo (the anchor's) is named in the
// current sentence before token k, and when it ends a run of three months
// that make a calendar quarter ("October-December", "July to September")
// returns the quarter's first day.
func (tg *tagger) monthNamedIn(k int, mo time.Month) (time.Time, bool) {
	for j := k - 1; j >= tg.from; j-- {
		m, _ := tg.month(j)
		if m != int(mo) {
			continue
		}
		if m0, _ := tg.month(j - 2); m0 == m-2 && (m0-1)%3 == 0 && (tg.hyphen(j-1) || rangeJoins[tg.word(j-1)]) {
			return time.Date(tg.anchor.Start.Year(), time.Month(m0), 1, 0, 0, 0, 0, time.UTC), true
		}
		return time.Time{}, true
	}
	return time.Time{}, false
}

// comparedWith reports whether the count after token k is what a figure
// is compared with ("doubled from a year earlier", "$3 million a year
// earlier", "compared with earnings a year earlier"): a period, the year
// before, not a day or month of it.
func (tg *tagger) comparedWith(k int) bool {
	if tg.afterAmount(k) {
		return true
	}
	for m := k; m >= tg.from && m > k-3; m-- {
		if comparisonWords[tg.word(m)] {
			return true // "higher than a year earlier", "compared with earnings a year earlier"
		}
	}
	return false
}

// figuresSentence reports whether the current sentence tells figures, a
// finance cue in it ("profit", "sales", "%") or an amount: "A year
// earlier, it had lost money" after a quarter's results compares that
// quarter, where "A year ago the ministers had signed a declaration",
// after "the economy shrank in the first quarter", is the year before.
func (tg *tagger) figuresSentence() bool {
	for m := tg.from; m < tg.to; m++ {
		if tg.toks[m].kind == kNum {
			return true
		}
		if w := tg.word(m); figureWords[w] {
			return true
		}
		if w := tg.word(m); financeCues[w] {
			if _, unit := unitWords[w]; !unit {
				return true // "year" is a finance cue, but the count's own unit
			}
		}
	}
	return false
}

// quarterlyBefore reports whether "quarterly" stands in the sentence
// before token k: the figures compared are a quarter's.
func (tg *tagger) quarterlyBefore(k int) bool {
	for m := tg.from; m < k; m++ {
		if quarterlyWords[tg.word(m)] {
			return true
		}
	}
	return false
}

// yearsFromAnchor returns the value of the anchor moved n years, at the
// anchor's precision (a half, season, month or week), a day at the
// finest.
func (tg *tagger) yearsFromAnchor(n int) string {
	t := tg.anchor.Start
	switch tg.anchor.Precision {
	case PrecisionHalf:
		return vHalf(t.Year()+n, (int(t.Month())-1)/6+1)
	case PrecisionSeason:
		return vSeason(t.Year()+n, seasonCodes[t.Month()])
	case PrecisionMonth:
		return vMonth(t.Year()+n, int(t.Month()))
	case PrecisionWeek:
		return vWeek(t.AddDate(n, 0, 0))
	}
	return vDay(t.AddDate(n, 0, 0))
}

// sameComparison reads "a year earlier" (dir -2, one year, from token
// start to end) after an amount, right after a comparison with a year
// before ("up from $2 million a year ago, on sales of $9 million a year
// earlier"): the same period again, not one more year back. Told of
// events ("it was sold a year ago; a year earlier it had ...") it moves
// back again.
func (tg *tagger) sameComparison(u unit, n, dir, start, end int) (match, bool) {
	if dir != -2 || u != uYear || n != 1 || tg.backValue == "" || !tg.afterAmount(start-1) {
		return match{}, false
	}
	tg.noteAnchor("the same comparison")
	return match{end: end, typ: Date, value: tg.backValue, derived: true, yearBack: true}, true
}

// afterAmount reports whether token k, or the one before a comma at k,
// ends an amount: "$9 million", "14 cents a share", "3.1%".
func (tg *tagger) afterAmount(k int) bool {
	if tg.punct(k, ",") {
		k--
	}
	return tg.isNum(k) || tg.punct(k, "%") || amountWords[tg.word(k)]
}

// ruleRef reads "now", "currently", "recently", "the past", "the future",
// "in recent years", "these days".
func ruleRef(tg *tagger, i int) (match, bool) {
	w := tg.word(i)
	if v, ok := refWords[w]; ok && v != "" {
		if tg.hyphen(i+1) && tg.tight(i+1) {
			return match{}, false // "the now-cancelled deal"
		}
		if w == "now" && tg.word(i-1) == "right" && i-1 >= tg.lastEnd && i-1 > tg.from {
			return match{end: i + 1, typ: Date, value: v, first: -1}, true // "right now"
		}
		return date1(Date, i+1, v)
	}
	j, _ := tg.optThe(i)
	if v, ok := pluralRefs[tg.word(j)]; ok && refUnits[tg.word(j+1)] {
		if u := unitWords[tg.word(j+1)]; tg.word(j) == "recent" && u <= uMonth && !listJoins[tg.word(j+2)] {
			// "in recent weeks" measures the stretch up to now, as TimeML
			// writes it (PXW); "recent years" is the past at large.
			return date1(Duration, j+2, durationValue(-1, u))
		}
		return date1(Date, j+2, v) // "in coming months", "in recent years"
	}
	if w == "the" && futureAdjectives[tg.word(i+1)] {
		if n := tg.word(i + 2); n == "future" || n == "term" && tg.word(i+1) != "foreseeable" {
			return date1(Date, i+3, "FUTURE_REF") // "the near future", "the long term"
		}
	}
	switch w {
	case "future":
		if tg.futureNoun(i) {
			return date1(Date, i+1, "FUTURE_REF") // "the boy's future", "in future,"
		}
	case "the":
		switch tg.word(i + 1) {
		case "day":
			// Market reports: "ended the day at 7,114".
			if tradingDayVerbs[tg.word(i-1)] && tg.hasDCT && tg.word(i+2) != "before" && tg.word(i+2) != "after" &&
				tg.word(i+2) != "of" {
				return date1(Date, i+2, vDay(tg.tradingDay()))
			}
		case "time":
			if tg.word(i+2) == "being" {
				return date1(Date, i+3, "PRESENT_REF") // "for the time being"
			}
			if tg.word(i-1) == "at" && tg.word(i+2) != "of" && i-1 >= tg.lastEnd && i-1 >= tg.from {
				return match{end: i + 2, typ: Date, value: "PAST_REF", first: -1}, true // "at the time"
			}
		case "future":
			if tg.word(i+2) != "of" {
				return date1(Date, i+2, "FUTURE_REF")
			}
		case "past":
			return date1(Date, i+2, "PAST_REF")
		case "present":
			if n := tg.word(i + 2); n == "" || n == "and" || n == "day" {
				return date1(Date, i+2, "PRESENT_REF")
			}
		}
	case "these":
		if tg.word(i+1) == "days" {
			return date1(Date, i+2, "PRESENT_REF")
		}
	}
	return match{}, false
}

// futureNoun reports whether "future" at i is the noun, a time to come
// ("the boy's future", "our future is bright", "in future, call first"),
// rather than the adjective of "future earnings", which TimeML leaves
// alone: it follows a possessive, or a bare "in" or "for" with nothing
// after it, and no noun follows it.
func (tg *tagger) futureNoun(i int) bool {
	next := tg.word(i + 1)
	if next != "" && !futureNounFollowers[next] {
		return false
	}
	prev := tg.word(i - 1)
	switch {
	case possessives[prev]:
		return true
	case prev == "s":
		return tg.punct(i-2, "'") || tg.punct(i-2, "’")
	case prev == "in" || prev == "for":
		return next == ""
	}
	return false
}

// pluralRefs are the adjectives that make a plural unit a reference:
// "recent years", "coming months", "future quarters".
var pluralRefs = map[string]string{"recent": "PAST_REF", "past": "PAST_REF", "coming": "FUTURE_REF",
	"future": "FUTURE_REF", "upcoming": "FUTURE_REF"}

// anyDayAfter reads "the next morning" or "the following day" at i after a
// weekday of no week in particular ("would drive to the jail on a Sunday
// night ... and be back in court at 8:30 the next morning"): a day counted
// from any such day is any such day too, with its part of the day.
func (tg *tagger) anyDayAfter(i int) (match, bool) {
	if !tg.anyDayLast || tg.word(i) != "the" {
		return match{}, false
	}
	if off, ok := anaphorOffsets[tg.word(i+1)]; !ok || off == 0 {
		return match{}, false
	}
	w := tg.word(i + 2)
	if p, part := dayParts[w]; part && !strings.HasSuffix(w, "s") {
		return date1(Time, i+3, "XXXX-XX-XXT"+p)
	}
	if w == "day" {
		return date1(Date, i+3, "XXXX-XX-XX")
	}
	return match{}, false
}

// ruleAnaphor reads expressions resolved against the date mentioned last:
// "the next day", "the following week", "the previous year", "that day",
// "the same day", "the day before".
func ruleAnaphor(tg *tagger, i int) (match, bool) {
	base, ok := tg.dct, tg.hasDCT
	switch {
	case tg.hasAnchor && tg.anchor.Precision >= PrecisionDay && tg.lastDayReport && tg.hasMainDay:
		// "will open on Sunday, the agency said on Tuesday. From that
		// day ...": the story goes on from the day it tells of, not
		// from the day of the report.
		tg.noteAnchor("the day the story tells of, not the day of the report")
		base, ok = tg.mainDay, true
	case tg.hasAnchor:
		tg.noteAnchor("the date referred back to")
		base, ok = tg.anchor.Start, true
	}
	if !ok {
		return match{}, false
	}
	if m, ok := tg.anyDayAfter(i); ok {
		return m, true
	}
	w := tg.word(i)
	k := i + 1
	off := 0
	switch w {
	case "the":
		switch o, ok := anaphorOffsets[tg.word(k)]; {
		case tg.hasAnchor && tg.afterThat(k):
			// "next week, and the week after that": one unit on from
			// the period mentioned last (one back for "before that").
			v, ok := shift(base, unitWords[tg.word(k)], besideStep(tg.word(k+1)))
			return date1(Date, k+3, okValue(v, ok))
		case ok:
			off = o
		case tg.word(k) == "week" && tg.word(k+1) == "after" && holidayStarts[tg.word(k+2)]:
			return tg.weekAfterFeast(k + 2)
		case tg.word(k) == "week" && tg.sameDayOfUnit(i-4, i-2):
			return match{}, false // the cycle of "the same day of the week"
		case tg.word(k) == "week" && !weekAfterWords[tg.word(k+1)] && !tg.hyphen(k+1) && tg.hasDCT:
			// "the week's most active session", "to end off the week":
			// the week the story is in; "will travel for the rest of
			// the week": the week under way.
			if tg.word(i-1) == "of" && yearParts[tg.word(i-2)] && tg.tenseAround(i, k+1) == tenseFuture {
				return date1(Date, k+1, vWeek(weekAhead(tg.dct)))
			}
			base := tg.dayBase()
			if base.After(tg.dct) && vWeek(base) != vWeek(tg.dct) && tg.tenseAround(i, k+1) == tensePast {
				// "ended the week down 3.1 percent", after a plan's
				// day ahead ("tariffs starting September 1"): a week
				// told as gone is not one still to come.
				base = tg.dct
			}
			return date1(Date, k+1, vWeek(tg.weekSide(base, i, k+1)))
		default:
			if m, ok := tg.weekdayBeside(k); ok {
				return m, true // "the Friday before Christmas"
			}
			if m, ok := tg.daysBeside(k); ok {
				return m, true
			}
			if u, ok := unitWords[tg.word(k)]; ok && u == uDay && (tg.word(k+1) == "before" || tg.word(k+1) == "after") {
				if d, ok := deicticDays[tg.word(k+2)]; ok && tg.word(k) == "day" && tg.hasDCT {
					// "the day before yesterday", "the day after tomorrow"
					step := 1
					if tg.word(k+1) == "before" {
						step = -1
					}
					return date1(Date, k+3, vDay(tg.dct.AddDate(0, 0, d+step)))
				}
				if tg.word(k) == "day" {
					if m, ok := tg.dayBeside(k+2, tg.word(k+1) == "after"); ok {
						return m, true // "the day before last Tuesday's hearing"
					}
					if m, ok := tg.dayBesideVote(k+2, tg.word(k+1) == "after"); ok {
						return m, true // "filed her petition the day after the vote"
					}
				}
				if tg.word(k+2) == "" || tg.dayPairEnds(k+2) {
					// "had arrived the day before.", "could be used on the
					// day before or the day after": the phrase ends, at the
					// sentence's end or before the other of a pair; the day
					// beside the one mentioned last.
					v, ok := shift(tg.pairedDayBase(i, tg.dayCountBase(base)), uDay, besideStep(tg.word(k+1)))
					return date1(Date, k+2, okValue(v, ok))
				}
				if tg.word(k+2) != "" && tg.word(i-1) != "in" {
					// "the day before he was arrested": a day fixed by an
					// event, which the tagger cannot date; not "later in
					// the day before returning home", where "before"
					// opens a phrase of its own.
					return date1(Date, k+1, vYear(base.Year())+"-XX-XX")
				}
				if tg.word(k+2) != "" {
					// "later in the day before returning home": the day
					// is the clause's own, left to "later in the day",
					// not the day before the one mentioned last.
					return match{}, false
				}
			}
			if u, ok := unitWords[tg.word(k)]; ok && (u == uWeek || u == uMonth || u == uYear) &&
				!strings.HasSuffix(tg.word(k), "s") && (tg.word(k+1) == "before" || tg.word(k+1) == "after") && tg.word(k+2) == "" {
				// "down from 1,610 the week before.", "rose from the year
				// before": the unit before or after the date mentioned
				// last, where nothing follows to fix it ("the week before
				// Christmas" is left alone).
				step := 1
				if tg.word(k+1) == "before" {
					step = -1
				}
				v, ok := shift(base, u, step)
				return date1(Date, k+2, okValue(v, ok))
			}
			if m, ok := tg.partBeforeAfter(k); ok {
				return m, true
			}
			return match{}, false
		}
		k++
	case "that":
	default:
		return match{}, false
	}
	if p, ok := dayParts[tg.word(k)]; ok && w == "the" && off != 0 && !strings.HasSuffix(tg.word(k), "s") {
		// "the next morning", "the previous evening": a part of the day
		// after or before the one mentioned last.
		day := tg.dayStepBase(base).Truncate(24*time.Hour).AddDate(0, 0, off)
		return date1(Time, k+1, vDay(day)+"T"+p)
	}
	if w == "that" && tg.word(k) == "time" && tg.hasAnchor && tg.word(k+1) != "of" {
		// "If no price is agreed by that time": the date mentioned last.
		return date1(Date, k+1, spanValue(tg.anchor))
	}
	if w == "that" && tg.word(k) == "quarter" && tg.hasAnchor && tg.anchor.Precision == PrecisionQuarter {
		// "expects revenue of $2 billion in that quarter": the quarter
		// mentioned last, as "that time" is the date.
		return date1(Date, k+1, spanValue(tg.anchor))
	}
	if sv, isSeason := seasonWords[tg.word(k)]; isSeason && w == "that" && tg.hasAnchor {
		return date1(Date, k+1, vSeason(base.Year(), sv)) // "that winter": of the year mentioned last
	}
	if p, ok := dayParts[tg.word(k)]; ok && w == "that" && tg.hasAnchor {
		if day, ok := tg.partDayBase(base, p); ok && !strings.HasSuffix(tg.word(k), "s") {
			if _, unit := unitWords[tg.word(k)]; !unit || tg.word(k) == "night" {
				// "hold assemblies that evening", "was spoken to that
				// night": the part of the day mentioned last ("night"
				// is also a unit, "three nights", but not after "that").
				day = day.Truncate(24 * time.Hour)
				if p == "MO" && tg.word(i-1) == "later" && tg.eveningOf(day) {
					// "fell ill on the night of December 31 and died
					// later that morning": the morning the night ran
					// into, the next day's.
					day = day.AddDate(0, 0, 1)
				}
				return date1(Time, k+1, vDay(day)+"T"+p)
			}
		}
	}
	if end, ok := tg.priorSession(k); ok && w == "the" && off < 0 {
		// "fell 0.7 per cent after losing 0.2 per cent in the previous
		// session": the trading day before the one the story is on,
		// over a weekend (Monday's previous session is Friday's).
		return date1(Date, end, vDay(tradingDayBefore(tg.dayStepBase(base))))
	}
	if tg.word(k) == "fortnight" && w == "the" && off != 0 {
		return date1(Duration, k+1, "P2W") // "the next fortnight": two weeks, not a week
	}
	if tg.sameDayOfUnit(i, k) {
		// "falls on the same day of the week as the disaster": a
		// weekday in common, no day of the calendar.
		return match{}, false
	}
	u, ok := unitWords[tg.word(k)]
	if ok && u >= uDecade && w == "the" && off != 0 && !strings.HasSuffix(tg.word(k), "s") {
		return date1(Duration, k+1, durationValue(1, u)) // "the following decade": ten years
	}
	if !ok || u < uDay || u > uYear || strings.HasSuffix(tg.word(k), "s") || u == uQuarter {
		return match{}, false
	}
	if w == "the" && off > 0 && (tg.word(i-1) == "within" || tg.word(i-1) == "in" && u > uDay && tg.tenseAround(i, k+1) != tensePast) {
		// "a one-in-five chance of another quake within the next
		// week", "in the next month": a window of a week or a month
		// from now, a duration, not the calendar week after this one.
		// Told in the past ("in the next month, he toured Asia") it
		// is the month after one told of.
		return date1(Duration, k+1, durationValue(1, u))
	}
	switch u {
	case uDay:
		base = tg.dayStepBase(base)
	case uWeek:
		base = tg.dayCountBase(base)
	}
	v, ok := shift(base, u, off)
	return date1(Date, k+1, okValue(v, ok))
}

// priorSession reports whether a market's session stands at k after
// "the previous" or "the prior" ("session", "trading session") and returns
// the token after it. A session "of" something is a sitting of a
// parliament or a court ("the previous session of Congress"), no day.
func (tg *tagger) priorSession(k int) (int, bool) {
	if tg.word(k) == "trading" {
		k++
	}
	if tg.word(k) != "session" || tg.word(k+1) == "of" {
		return 0, false
	}
	// A parliament's session is a sitting of months ("the bill was
	// dropped in the previous session"): only a sentence about markets
	// counts sessions in trading days.
	_, finance := tg.sentenceCues()
	return k + 1, finance > 0
}

// tradingDayBefore returns the weekday before day: markets do not trade
// at weekends.
func tradingDayBefore(day time.Time) time.Time {
	day = day.Truncate(24*time.Hour).AddDate(0, 0, -1)
	for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
		day = day.AddDate(0, 0, -1)
	}
	return day
}

// dayCountBase is the day a count of days or weeks from the date
// mentioned last starts at ("the same week", "the day before"): the last
// day mentioned when that date is a month or year, which has no day to
// count from ("is due to be sentenced on July 11 ... pleaded guilty last
// month and is due to be sentenced the same week"; "will be ready on
// Tuesday ... later this year ... a briefing the day before"), else base.
func (tg *tagger) dayCountBase(base time.Time) time.Time {
	if !tg.hasAnchor || tg.anchor.Precision >= PrecisionWeek || !tg.hasLastDay {
		return base
	}
	tg.noteAnchor("the day mentioned last, as a month or year has no day to count from")
	return tg.lastDay
}

// dayStepBase is the day "the following day" or "the next morning" steps
// from: as dayCountBase, and also the day mentioned last when the date
// mentioned last is a week, which has no one day to step from ("started
// the fire on September 3, after being sacked the week before. He was
// found the following morning": September 4).
func (tg *tagger) dayStepBase(base time.Time) time.Time {
	if tg.hasAnchor && tg.anchor.Precision == PrecisionWeek && tg.hasLastDay {
		tg.noteAnchor("the day mentioned last, as a week has no one day to step from")
		return tg.lastDay
	}
	return tg.dayCountBase(base)
}

// dayPairEnds reports whether "the day before" or "the day after" ends
// at token j as the first of a pair: a coordinator and the other
// follow ("the day before or the day after"). Any other word after
// it is left to the phrase it opens ("can be used on the day before or
// up to Tuesday", "the day before he was arrested").
func (tg *tagger) dayPairEnds(j int) bool {
	if !coordinators[tg.word(j)] || tg.word(j+1) != "the" || tg.word(j+2) != "day" {
		return false
	}
	next := tg.word(j + 3)
	return next == "before" || next == "after"
}

// partDayBase returns the day "that evening" or "that night" (part, its
// TIMEX3 code) is part of: the date mentioned last when it is a day, else
// the day of the last clock time in that part of the day, else the last
// day mentioned, as for "the same day" ("reported on Friday night ... a
// report by the end of the year ... spoken to that night": Friday).
func (tg *tagger) partDayBase(base time.Time, part string) (time.Time, bool) {
	if tg.anchor.Precision >= PrecisionDay {
		return base, true
	}
	if tg.hasLastClock && clockInPart(tg.lastClock.Hour(), part) {
		// "cycling home at about 6.40pm on 12 November ... She died
		// two days later. ... in June 2024. ... 'again and again that
		// evening'": the evening a clock time was given for, not the
		// day counted on from it.
		tg.noteAnchor("the day of the last clock time in that part of the day")
		return tg.lastClock, true
	}
	if tg.hasLastDay {
		tg.noteAnchor("the day mentioned last, as a month or year has no part of a day")
		return tg.lastDay, true
	}
	return base, false
}

// clockInPart reports whether hour h falls in the part of the day a
// TIMEX3 code names: the morning from 5 to 11, the afternoon from 12 to
// 17, the evening from 17 to 23, the night from 17 to 4.
func clockInPart(h int, part string) bool {
	switch part {
	case "MO":
		return h >= 5 && h < 12
	case "AF":
		return h >= 12 && h < 18
	case "EV":
		return h >= 17
	case "NI":
		return h >= 17 || h < 5
	}
	return false
}

// besideStep is the day offset of "before" (-1) or "after" (1).
func besideStep(w string) int {
	if w == "before" {
		return -1
	}
	return 1
}

// pairedDayBase returns the day the second of "the day before or the day
// after" counts from, the "the" at i: the first has become the date
// mentioned last, but both are beside the same day (December 19 in
// "tickets for December 19 can be used the day before or the day
// after"). Any other phrase counts from base.
func (tg *tagger) pairedDayBase(i int, base time.Time) time.Time {
	if !coordinators[tg.word(i-1)] || tg.word(i-3) != "day" || tg.word(i-4) != "the" {
		return base
	}
	if w := tg.word(i - 2); w == "before" || w == "after" {
		return base.AddDate(0, 0, -besideStep(w))
	}
	return base
}

// partBeforeAfter reads "the evening before" and "the night after" from
// the part of the day at k, where nothing follows to fix it: that part of
// the day before or after the day mentioned last ("subject to the
// sighting of the new moon the evening before").
func (tg *tagger) partBeforeAfter(k int) (match, bool) {
	p, ok := dayParts[tg.word(k)]
	dir := tg.word(k + 1)
	if !ok || tg.word(k) == "overnight" || strings.HasSuffix(tg.word(k), "s") || dir != "before" && dir != "after" ||
		tg.word(k+2) != "" || !tg.hasAnchor || !tg.anchor.Precision.IsPoint() {
		return match{}, false
	}
	step := 1
	if dir == "before" {
		step = -1
	}
	tg.noteAnchor("the day mentioned last")
	day := tg.anchor.Start.Truncate(24*time.Hour).AddDate(0, 0, step)
	return date1(Time, k+2, vDay(day)+"T"+p)
}

// weekAhead returns a day of the week whose rest is still to come on
// day: day's own week, but on a Sunday, the week's last day, the next
// one, as "the rest of the week should be dry" in a Sunday paper speaks
// of the days ahead, not of the evening left.
func weekAhead(day time.Time) time.Time {
	if day.Weekday() == time.Sunday {
		return day.AddDate(0, 0, 1)
	}
	return day
}

// ruleWeekAhead reads "the week ahead" and a bare "week ahead" ("what to
// watch in the week ahead", "Commons week ahead: ..."): the days to come,
// as the calendar week that holds most of the seven days after the dct
// (see comingWeek). "The week ahead of the vote" is the week before it, and
// "a week ahead", "two weeks ahead" are counts, which other rules read; a
// bare "Week ahead:" labels a column.
func ruleWeekAhead(tg *tagger, i int) (match, bool) {
	k := i
	if tg.word(k) == "the" {
		k++
	} else if _, counted := cardinals[tg.word(i-1)]; counted || tg.word(i-1) == "a" {
		return match{}, false // "booked a week ahead"
	} else if _, digits := tg.num(i - 1); digits > 0 {
		return match{}, false // "1 week ahead"
	}
	if tg.word(k) != "week" || tg.word(k+1) != "ahead" || tg.word(k+2) == "of" || !tg.hasDCT {
		return match{}, false
	}
	if k == i && (tg.punct(k+2, ":") || tg.dash(k+2)) {
		return match{}, false // "Week ahead: Dollar faces ...", a column's label
	}
	return date1(Date, k+2, vWeek(comingWeek(tg.dct)))
}

// comingWeek returns a day of the calendar week that holds most of the
// seven days after day: day's own week up to a Wednesday, the next one
// from a Thursday on, as a Friday's "week ahead" is the next Monday to
// Friday and a Tuesday's the rest of its own.
func comingWeek(day time.Time) time.Time {
	return day.AddDate(0, 0, 4)
}

// weekAfterFeast reads "the week after Christmas" from the holiday at k:
// the calendar week after the holiday's own, Monday to Sunday.
func (tg *tagger) weekAfterFeast(k int) (match, bool) {
	m, ok := ruleHoliday(tg, k)
	if !ok || m.typ != Date || len(m.value) != len("2024-11-27") {
		return match{}, false
	}
	day, err := time.Parse(time.DateOnly, m.value)
	if err != nil {
		return match{}, false
	}
	return date1(Date, m.end, vWeek(day.AddDate(0, 0, 7)))
}

// sameDayOfUnit reports whether "the same" at i and the day at k open
// "the same day of the week" (or "of the month", "of the year"): a place
// in a cycle that two days share, not the day mentioned last.
func (tg *tagger) sameDayOfUnit(i, k int) bool {
	if tg.word(i+1) != "same" || tg.word(k) != "day" || tg.word(k+1) != "of" || tg.word(k+2) != "the" {
		return false
	}
	u, ok := unitWords[tg.word(k+3)]
	return ok && (u == uWeek || u == uMonth || u == uYear) && !strings.HasSuffix(tg.word(k+3), "s")
}

// tradingDay is the day a market report's "ended the day" is on: the day
// mentioned last, or, when a year or a month was named since ("the lowest
// close since 1983"), that day if it is in the week up to the dct, else
// the dct. Markets do not trade at weekends, so a report dated Saturday
// or Sunday is on the Friday before.
func (tg *tagger) tradingDay() time.Time {
	if tg.hasAnchor && tg.anchor.Precision >= PrecisionDay {
		return tg.dayBase() // "walked out on 17 March, and lines were shut for the day"
	}
	if tg.hasLastDay && !tg.lastDay.After(tg.dct) && tg.dct.Sub(tg.lastDay) <= 7*24*time.Hour {
		tg.noteAnchor("the day the market report is on")
		return tg.lastDay
	}
	d := tg.dct
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// dayBeside reads "the day before" or, if after, "the day after" a date
// that starts at token j ("last Tuesday", "Christmas", "March 3"): the
// day next to it. A date coarser than a day has no day beside it.
func (tg *tagger) dayBeside(j int, after bool) (match, bool) {
	best, _, won := tg.longest(&modRules, j, true)
	if best.end <= j {
		return match{}, false
	}
	s, err := ParseValue(best.value)
	if err != nil || s.Precision != PrecisionDay {
		return match{}, false
	}
	tg.ex.adopt(won)
	step := -1
	if after {
		step = 1
	}
	return date1(Date, best.end, vDay(s.Start.AddDate(0, 0, step)))
}

// dayBesideVote reads, at j after "the day before" or "the day after", a
// vote the article has dated ("the vote", "the general election", "the
// referendum"): the day beside the last day named in a sentence about a
// vote (see noteVoteDay). An election article has one polling day, which
// later sentences name by its noun alone.
func (tg *tagger) dayBesideVote(j int, after bool) (match, bool) {
	if tg.word(j) != "the" || !tg.hasVoteDay {
		return match{}, false
	}
	end := j + 1
	for end < tg.to && end <= j+3 && !voteWords[tg.word(end)] {
		if tg.toks[end].kind != kWord || tg.vword(end).verbal() {
			return match{}, false
		}
		end++ // "the general election", "the second-round vote"
	}
	if !voteWords[tg.word(end)] || tg.possessive(end+1) {
		return match{}, false
	}
	step := -1
	if after {
		step = 1
	}
	tg.noteDayAnchor("vote", tg.voteDay, "the day of the vote the article dated")
	return date1(Date, end+1, vDay(tg.voteDay.AddDate(0, 0, step)))
}

// ruleVoteDay reads the day of a vote the article has dated (see
// noteVoteDay) by its name: "told supporters on election night", "on
// polling day", and "on the eve of the vote", the day before. A name
// after "an", "every" or "each" is any vote's day.
func ruleVoteDay(tg *tagger, i int) (match, bool) {
	if !tg.hasVoteDay {
		return match{}, false
	}
	if tg.word(i) == "the" && tg.word(i+1) == "eve" && tg.word(i+2) == "of" {
		return tg.dayBesideVote(i+3, false)
	}
	part := tg.word(i + 1)
	if !voteDayWords[tg.word(i)] || part != "day" && part != "night" || genericLeads[tg.word(i-1)] || tg.copulaDate(i+2) {
		return match{}, false
	}
	tg.noteDayAnchor("vote", tg.voteDay, "the day of the vote the article dated")
	v := vDay(tg.voteDay)
	if part == "night" {
		v += "TNI"
		return date1(Time, i+2, v)
	}
	return date1(Date, i+2, v)
}

// copulaDate reports whether the words at k join the name before them to
// a date with "is", "was" or "will be" ("nominations close on April 22;
// polling day is May 14"): the name is defined by that date, which is
// tagged itself, so the name makes no event of its own.
func (tg *tagger) copulaDate(k int) bool {
	switch tg.word(k) {
	case "is", "was":
		k++
	case "will":
		if tg.word(k+1) != "be" {
			return false
		}
		k += 2
	default:
		return false
	}
	return tg.dayOrMonth(k) && tg.capital(k) || k < tg.to && tg.toks[k].kind == kNum
}

// weekdayBeside reads, at k after "the", a weekday and "before" or
// "after" a day ("the Friday before Christmas", "the Monday after March
// 14"): the nearest such weekday on that side of the day, never the day
// itself. A date coarser than a day ("the Friday before the election",
// "the Monday after May") fixes no weekday and is left alone.
func (tg *tagger) weekdayBeside(k int) (match, bool) {
	wd, ok := weekdayWords[tg.word(k)]
	if !ok || !tg.capital(k) || tg.word(k+1) != "before" && tg.word(k+1) != "after" {
		return match{}, false
	}
	best, _, won := tg.longest(&modRules, k+2, true)
	if best.end <= k+2 {
		return match{}, false
	}
	s, err := ParseValue(best.value)
	if err != nil || s.Precision != PrecisionDay {
		return match{}, false
	}
	tg.ex.adopt(won)
	off := -1
	if tg.word(k+1) == "after" {
		off = 1
	}
	return date1(Date, best.end, vDay(weekdayFrom(s.Start, wd, off)))
}

// seasonOrMonthFrom reads the season or month at k after "the following"
// or "the next" (off 1) or "the previous" (off -1): the next or last one
// after or before the date mentioned last, in the year after or before it
// when that is a year ("In 1915 ... the following spring": 1916).
func (tg *tagger) seasonOrMonthFrom(off, k int) (match, bool) {
	a := tg.anchor
	if s, ok := seasonWords[tg.word(k)]; ok {
		tg.noteAnchor("the season counted from")
		if a.Precision <= PrecisionYear {
			return date1(Date, k+1, vSeason(a.Start.Year()+off, s))
		}
		base := a.Start
		if off > 0 {
			base = a.LastDay()
		}
		return date1(Date, k+1, seasonValue(base, s, off))
	}
	m, k2 := tg.month(k)
	if m == 0 {
		return match{}, false
	}
	if d, _ := tg.dayNum(k2); d > 0 {
		return match{}, false // "the following March 3" is the date
	}
	tg.noteAnchor("the month counted from")
	y := a.Start.Year() + off
	if a.Precision > PrecisionYear {
		y = a.Start.Year()
		if am := int(a.Start.Month()); off > 0 && m <= am {
			y++
		} else if off < 0 && m >= am {
			y--
		}
	}
	return date1(Date, k2, vMonth(y, m))
}

// ruleStreak reads "a second consecutive day", "the third straight week",
// "a fourth week in a row" and "their best week since March": the day or
// week the story is on, which continues a run. Without a word of a run
// ("the second week of March", "the third day of the siege") an ordinal
// day or week counts from something else and is left to other rules.
func ruleStreak(tg *tagger, i int) (match, bool) {
	w := tg.word(i)
	ord, isOrd := ordinalWords[w]
	k := i + 1
	for streakWords[tg.word(k)] {
		k++
	}
	streak := k > i+1
	if tg.word(k) == "full" {
		k++ // "for a second full day": a whole one, no streak word of its own
	}
	u, ok := unitWords[tg.word(k)]
	if !ok || u != uDay && u != uWeek || strings.HasSuffix(tg.word(k), "s") || tg.word(k) == "night" || !tg.hasDCT {
		return match{}, false
	}
	next := tg.word(k + 1)
	run := streak || next == "in" && tg.word(k+2) == "a" && tg.word(k+3) == "row" ||
		tg.word(i-1) == "a" && tg.word(i-2) == "for" || // "fell for a third day"
		tg.word(i-1) == "for" && tg.headlineLine() // "Ceasefire holds for second day"
	switch {
	case isOrd && (ord < 2 || ord > 10 || !run):
		// "the first day of school", "the second week of March", "on
		// the third day of the siege": a day counted from an event.
		return match{}, false
	case !isOrd && next != "since":
		return match{}, false // "the best day of my life"
	}
	day := tg.runDay(i, k+1)
	v := vDay(day)
	if u == uWeek {
		v = vWeek(day)
	}
	first := 0
	if d := tg.word(i - 1); (d == "a" || d == "the") && i-1 >= tg.lastEnd && i-1 > tg.from {
		first = -1
	}
	return match{end: k + 1, typ: Date, value: v, first: first}, true
}

// runDay returns the day a run of days or weeks at tokens [i, j) has
// reached: the day of writing for a run told in the present, else the
// day the story is on. A run told in the past ("flooded
// the city for a third day running") has reached no day after the dct,
// so when the day named last is a plan still ahead ("a strike planned
// for Tuesday") it is the latest day named in the week up to the dct,
// else the dct, as a speech after an event is dated (afterEventSpeech).
func (tg *tagger) runDay(i, j int) time.Time {
	if g, ok, _ := tg.governingGroup(i, j); ok && nowForms[tg.vword(g.start)] {
		// "The truce, which began on Tuesday, is holding for a second
		// day": a run told in the present has reached the day of writing.
		return tg.dct
	}
	day := tg.dayBase()
	if !day.After(tg.dct) || tg.tenseAround(i, j) != tensePast {
		return day
	}
	if tg.hasLatestPast {
		tg.noteDayAnchor("latest day", tg.latestPast, "the day a past run has reached, as the day named last is ahead")
		return tg.latestPast
	}
	return tg.dct
}

// ruleNthWeekOf reads "the second week of March" at its ordinal: the
// ord-th ISO week mostly in the month, counted from the one holding its
// first Thursday, as lastOf counts the last back from its last Thursday.
// "The" before the ordinal is part of it.
func ruleNthWeekOf(tg *tagger, i int) (match, bool) {
	ord, ok := ordinalWords[tg.word(i)]
	if !ok || ord < 1 || ord > 5 || tg.word(i+1) != "week" || tg.word(i+2) != "of" || !tg.hasDCT {
		return match{}, false
	}
	m, k := tg.month(i + 3)
	if m == 0 {
		return match{}, false
	}
	y, end := tg.yearNum(tg.optComma(k))
	if y == 0 {
		y, end = tg.yearFor(m, 0, i, k), k
	}
	first := date(y, m, 1)
	thursday := first.AddDate(0, 0, (int(time.Thursday)-int(first.Weekday())+7)%7)
	mt := match{end: end, typ: Date, value: vWeek(thursday.AddDate(0, 0, 7*(ord-1)))}
	if tg.word(i-1) == "the" {
		mt.first = -1
	}
	return mt, true
}

// lastOfCurrent reads "the last day of the year" and "the last day of
// this month", the word "day" at k: the last day of the year or month of
// publication, where "the last day" alone had been the day before it.
func (tg *tagger) lastOfCurrent(k int) (match, bool) {
	if tg.word(k) != "day" {
		return match{}, false
	}
	if w := tg.word(k + 2); w != "the" && w != "this" {
		return match{}, false
	}
	y, m := tg.dct.Year(), tg.dct.Month()
	switch tg.word(k + 3) {
	case "year":
		return date1(Date, k+4, vDay(date(y, 12, 31)))
	case "month":
		return date1(Date, k+4, vDay(date(y, int(m), daysIn(y, m))))
	}
	return match{}, false
}

// lastOf reads "the last week of March" and "the last day of March", the
// unit at k: the ISO week holding the month's last Thursday (the last week
// mostly in the month, 2009-W13 for March 2009) or the month's last day;
// in the plural ("the last days of March") the month's end.
// A year written alone is read as its December ("the last day of 2013"
// is New Year's Eve, not the day before the paper and a year).
func (tg *tagger) lastOf(i, k int) (match, bool) {
	u := unitWords[tg.word(k)]
	if u != uWeek && u != uDay {
		return match{}, false
	}
	y, m, end := tg.periodUnderWay(k + 2)
	if m == 0 {
		var k2 int
		if m, k2 = tg.month(k + 2); m == 0 {
			if y, end = tg.yearNum(k + 2); y == 0 {
				return match{}, false
			}
			m = 12
		} else if y, end = tg.yearNum(tg.optComma(k2)); y == 0 {
			y, end = tg.yearFor(m, 0, i, k2), k2
		}
	}
	if w := tg.word(k); w == "days" || w == "weeks" {
		// "the last days of July", "the final weeks of March": the
		// month's end, as "late July" is, no one day or week
		return match{end: end, typ: Date, value: vMonth(y, m), mod: "END"}, true
	}
	last := date(y, m, daysIn(y, time.Month(m)))
	if u == uDay {
		return date1(Date, end, vDay(last))
	}
	back := (int(last.Weekday()) - int(time.Thursday) + 7) % 7
	return date1(Date, end, vWeek(last.AddDate(0, 0, -back)))
}

// periodUnderWay reads "the month" or "this month" at k, the month whose
// last day or week lastOf wants: the one under way at publication, as
// ruleNthWeekday reads "the last Friday of the month" ("falls on the last
// day of the month", written on 29 February 2024, is that day, where "the
// last day" alone is the day before). "The year" is left alone: in
// January "the last week of the year" is as often the one just gone.
// It returns m 0 for anything else.
func (tg *tagger) periodUnderWay(k int) (y, m, end int) {
	if d := tg.word(k); d != "the" && d != "this" || tg.word(k+1) != "month" {
		return 0, 0, k
	}
	return tg.dct.Year(), int(tg.dct.Month()), k + 2
}

// namedOccasion reports whether the words at k name one occasion of the
// story's: a possessive and its noun ("his visit"), or "the" and a name
// or a noun ("the Games", "the regular session", "the talks"), a thing
// the definite article says the story knows. A bare noun ("the last day
// of school") keeps the reading of "the last day" as the day before:
// taking it too cost a value match of the TempEval tweets.
func (tg *tagger) namedOccasion(k int) bool {
	return possessives[tg.word(k)] || tg.word(k) == "the" && k+1 < tg.to && tg.toks[k+1].kind == kWord
}

// toThisDay reports whether "this day" at [this, end) is the idiom "to
// this day", which says a state lasts until now ("the crossing survives to
// this day", "To this day, he denies it"), as WikiWars values "continue to
// this day" PRESENT_REF. It closes its clause or opens the sentence; a
// "to" a verb governs before more words ("referred to this day as the
// black day") names the day.
func (tg *tagger) toThisDay(this, end int) bool {
	if tg.word(this-1) != "to" {
		return false
	}
	return tg.word(end) == "" || this-1 == tg.from
}

// toldDecadeYear returns the year whose decade "the decade" of unit u at
// tokens [i, j) names in a clause told in the past about an earlier
// decade: "The pier opened the following March (1969). By the end of the
// decade she ran every harbour" is the 1960s, the decade the story has
// reached, not the one of writing. A decade is coarse enough that the date
// told last settles it, where "the year" needs a whole history (see
// historyYear); a clause about now or to come keeps the decade of writing.
func (tg *tagger) toldDecadeYear(u unit, i, j int) (int, bool) {
	if u != uDecade || !tg.hasAnchor || tg.anchor.Precision < PrecisionYear || !tg.anchor.Start.Before(tg.dct) {
		return 0, false
	}
	y := tg.anchor.Start.Year()
	if y/10 == tg.dct.Year()/10 {
		return 0, false
	}
	if t, _ := tg.governingTense(i, j); t != tensePast {
		return 0, false
	}
	tg.noteAnchor("the decade the story has reached, told in the past")
	return y, true
}
