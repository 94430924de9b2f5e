package timex

import (
	"strconv"
	"strings"
	"time"
)

// Durations counted in units, sets ("every Tuesday", "annually") and the
// quantifiers around them.

// count reads a number of units: "three", "3", "twenty-four", "a", "a
// few" (-1, unknown), "a couple of" (2). It returns the count, whether it
// is approximate, and the index after it.
func (tg *tagger) count(i int) (int, bool, int) {
	if n, nd := tg.num(i); n >= 0 && nd <= 3 {
		k := i + 1
		for tg.punct(k, ",") && tg.tight(k) && tg.tight(k+1) && n < 1e6 {
			g, ng := tg.num(k + 1)
			if ng != 3 {
				break
			}
			n, k = n*1000+g, k+2 // "1,000 days"
		}
		if tg.punct(k, ".") && tg.tight(k) && tg.tight(k+1) {
			if _, nd2 := tg.num(k + 1); nd2 > 0 {
				return 0, false, i // "1.5 years" is left out
			}
		}
		return n, false, k
	} else if n >= 0 && nd == 4 && !(tg.punct(i+1, ",") && tg.tight(i+1)) {
		if w := tg.word(i + 1); !strings.HasSuffix(w, "s") {
			return 0, false, i // "the 1988 quarter" is a year
		}
		return n, false, i + 1
	}
	w := tg.word(i)
	switch w {
	case "a", "an":
		switch tg.word(i + 1) {
		case "few":
			return -1, false, i + 2
		case "couple":
			if tg.word(i+2) == "of" {
				return 2, true, i + 3
			}
			return 2, true, i + 2
		}
		return 1, false, i + 1
	case "couple":
		if _, led := tg.relOffsetAt(i - 1); led && tg.word(i+1) == "of" {
			return 2, true, i + 2 // "the next couple of years"
		}
	}
	e := tg.lexAt(i)
	if e.has(inVagueCounts) {
		return -1, false, i + 1
	}
	n, ok := int(e.cardinal), e.has(inCardinals)
	if !ok || w == "half" || w == "single" {
		return 0, false, i
	}
	j := i + 1
	if n >= 20 && n < 100 {
		k := j
		if tg.hyphen(k) && tg.tight(k) {
			k++
		}
		if m, ok := int(tg.lexAt(k).cardinal), tg.lexAt(k).has(inCardinals); ok && m > 0 && m < 10 && tg.word(k) != "a" && tg.word(k) != "an" {
			n, j = n+m, k+1
		}
	}
	if tg.word(j) == "hundred" && n < 10 {
		n, j = n*100, j+1
	}
	return n, false, j
}

// futureModal reports whether token i is "will" or a modal ("could",
// "may", "might"), the verb before "one day" meaning some day to come.
func (tg *tagger) futureModal(i int) bool {
	c, ok := auxWords[tg.word(i)]
	return ok && (c == vWill || c == vModal || c == vWould)
}

// ruleCount reads durations and offsets counted in units: "three years"
// (P3Y), "two-day" (P2D), "two weeks ago" (a date), "a year earlier",
// "the past 12 months" (P12M), "the first nine months" (P9M).
func ruleCount(tg *tagger, i int) (match, bool) {
	j, the, lead := tg.countLead(i)
	n, approx, k := tg.count(j)
	if k == j {
		return match{}, false
	}
	if tg.lexAt(j - 1).has(inAgeWords) {
		return match{}, false // "children ages 6 months and older"
	}
	if y, nd := tg.num(j - 2); j == i && nd == 4 && tg.hyphen(j-1) && tg.tight(j-1) && n == (y+1)%100 {
		return match{}, false // "the 2008-09 year": the second year of a split year, no count
	}
	if i == j && tg.denominator(j) {
		return tg.fraction(j, n, k)
	}
	half, k := tg.andAHalf(j, k)
	plus := k == j+1 && tg.toks[j].kind == kNum && tg.punct(k, "+") && tg.tight(k)
	if plus {
		k++ // "4+ hours": at least four
	}
	if (tg.lexAt(k).has(inMoreWords) || tg.lexAt(k).has(inStreakWords)) && tg.lexAt(k+1).unit != uNone {
		k++ // "two more weeks", "an additional year", "three straight weeks"
	}
	hyph := false
	if tg.hyphen(k) && tg.tight(k) && tg.tight(k+1) {
		hyph, k = true, k+1 // "three-year"
	}
	u, ok := tg.lexAt(k).unit, tg.lexAt(k).has(inUnitWords)
	if !ok {
		return tg.countRange(n, j, k)
	}
	if u == uDay && k == j+1 && i == j && tg.word(j) == "one" && tg.futureModal(j-1) {
		// "Islam will one day be the second religion": some day to
		// come, no stretch of 24 hours.
		return date1(Date, k+1, "FUTURE_REF")
	}
	isOne := n == 1 && (tg.word(j) == "a" || tg.word(j) == "an")
	if tg.word(k) == "fortnight" && n > 0 {
		n *= 2 // a fortnight is read in weeks
	}
	end := k + 1
	if tg.notADuration(j, k, n, hyph, isOne, lead != "" || the) {
		return match{}, false
	}
	if lead == "" && !the && !hyph {
		if m, ok := tg.daysBeforeDay(n, u, i, end); ok {
			return m, true
		}
		at, orSo := end, tg.orSo(end)
		if orSo {
			at += 2 // "a week or so ago", "a year or two ago": the count is rough, the offset the same
		}
		if m, ok := tg.offsetAfter(n, u, at, isOne); ok {
			mod, words := tg.durationMod(i)
			if orSo {
				mod = "APPROX"
			}
			if i-words >= tg.lastEnd && i-words >= tg.from {
				m.first = -words // "nearly four years ago"
			}
			if plus {
				mod = "EQUAL_OR_MORE" // "1+ hr ago"
			}
			m.mod = offsetMod(mod, m.end > end && tg.word(m.end-1) == "ago")
			return m, true
		}
	}
	if n < 0 && the && lead == "" || isOne && lead != "" && lead != "first" {
		return match{}, false // "the several years", "the last a year"
	}
	m := tg.withMod(match{end: end, typ: Duration, value: durationValue(n, u)}, i)
	if hyph {
		m.first = 0 // "almost three-year conflict": the modifier stays outside
	}
	if half {
		m.value = halfDuration(n, u, m.value)
	}
	if approx {
		m.mod = "APPROX"
	}
	if plus {
		m.mod = "EQUAL_OR_MORE"
	}
	return m, true
}

// daysBeforeDay reads "a day after" and the event it introduces, set off
// by a comma right after the day the sentence names ("fell 6 percent on
// Thursday, a day after it reported record revenue", "was announced on
// Thursday morning, a day after the vote"): the day of that event, the
// day before the one named, as the house golds date it. The count starts
// at i, its unit ends before end. An event given its own date ("a day
// after it came into force at 7pm on Tuesday") keeps it; "two days
// after" and a count with no day beside it stay durations, as news golds
// read them.
func (tg *tagger) daysBeforeDay(n int, u unit, i, end int) (match, bool) {
	if u != uDay || n != 1 || tg.word(end) != "after" || !tg.hasAnchor ||
		tg.anchor.Precision < PrecisionDay || tg.anchor.Precision > PrecisionPartOfDay {
		return match{}, false
	}
	k := i - 1
	if w := tg.word(k); w == "just" || w == "only" || w == "barely" {
		k-- // ", just a day after"
	}
	if !tg.punct(k, ",") || tg.lastEnd != k || k <= tg.from || end+1 >= tg.to {
		return match{}, false
	}
	if tg.toks[end+1].kind != kWord || tg.word(end+1) == "that" {
		return match{}, false
	}
	for k := end + 1; k < tg.to && k <= end+dayAfterReach; k++ {
		if tg.lexAt(k).hasAny(inWeekdays|inDeicticDays) || tg.lexAt(k).has(inMonths) && tg.toks[k+1].kind == kNum {
			// "a day after tomorrow", "a day after it came into force at
			// 7pm on Tuesday": the event has its own day. A month alone
			// ("the quarter that ended in late July") is none.
			return match{}, false
		}
	}
	tg.noteAnchor("the day the sentence names, which the event after \"after\" came so many days before")
	day := tg.anchor.Start.Truncate(24*time.Hour).AddDate(0, 0, -n)
	m, ok := date1(Date, end+1, vDay(day))
	m.background = true
	return m, ok
}

// dayAfterReach bounds how far daysBeforeDay looks past "after" for a
// date the event is given anyway.
const dayAfterReach = 16

// countLead reads "the" and a leading "past", "next", "first"... before a
// count: "the first nine months", "past 20 years", but not the "first" of
// "its first three-month class".
func (tg *tagger) countLead(i int) (j int, the bool, lead string) {
	j, the = tg.optThe(i)
	if e := tg.lexAt(j); e.has(inCountLeads) || the && e.has(inTheCountLeads) {
		return j + 1, the, tg.word(j)
	}
	return j, the, ""
}

// orSo reports whether "or so" or "or" and a second count at k round off
// the count before it and an offset word follows ("a week or so ago", "a
// year or two ago", "a day or two later"): the first count stands for
// the phrase.
func (tg *tagger) orSo(k int) bool {
	if tg.word(k) != "or" || offsetWords[tg.word(k+2)] == 0 {
		return false
	}
	w := tg.word(k + 1)
	_, spelled := cardinals[w]
	return w == "so" || spelled && w != "a" && w != "an" || tg.toks[k+1].kind == kNum && tg.isNum(k+1)
}

// offsetMod turns the mod of a count into the mod of the date it gives:
// "more than four decades ago" is BEFORE the date four decades back.
func offsetMod(mod string, ago bool) string {
	switch {
	case mod == "APPROX":
		return mod
	case !ago:
		return ""
	case mod == "MORE_THAN" || mod == "EQUAL_OR_MORE":
		return "BEFORE"
	case mod == "LESS_THAN" || mod == "EQUAL_OR_LESS":
		return "AFTER"
	}
	return ""
}

// andAHalf reads the "1/2" of "2 1/2 years" after the number at j.
func (tg *tagger) andAHalf(j, k int) (bool, int) {
	if _, nd := tg.num(j); nd == 0 || k != j+1 {
		return false, k
	}
	if a, _ := tg.num(k); a == 1 && tg.punct(k+1, "/") && tg.tight(k+1) && tg.tight(k+2) {
		if b, _ := tg.num(k + 2); b == 2 {
			return true, k + 3
		}
	}
	return false, k
}

// denominator reports whether the number at token j closes a fraction
// glued to the number before it: the "2" of "a 1/2 day off".
func (tg *tagger) denominator(j int) bool {
	_, nd := tg.num(j - 2)
	return nd > 0 && tg.punct(j-1, "/") && tg.tight(j-1) && tg.tight(j)
}

// smallerUnits gives the unit a fraction of a unit is counted in, and how
// many of it make the unit: half a day is twelve hours.
var smallerUnits = map[unit]struct {
	u unit
	n int
}{uYear: {uMonth, 12}, uWeek: {uDay, 7}, uDay: {uHour, 24}, uHour: {uMinute, 60}, uMinute: {uSecond, 60},
	uDecade: {uYear, 10}, uCentury: {uYear, 100}}

// fraction reads a fraction of a unit, whose denominator den is at token
// j and whose unit is at token k: "a 1/2 day off" lasts PT12H and "3/4
// hour" PT45M, in the next smaller unit. Only a proper fraction counts
// ("the 2001/02 year" is a split year); one that is no whole count of the
// smaller unit, or of no unit, is no expression.
func (tg *tagger) fraction(j, den, k int) (match, bool) {
	num, _ := tg.num(j - 2)
	smaller, ok := smallerUnits[tg.lexAt(k).unit]
	if !ok || !tg.lexAt(k).has(inUnitWords) || num <= 0 || num >= den || num*smaller.n%den != 0 || j-2 < tg.lastEnd || j-2 < tg.from {
		return match{}, false
	}
	return match{end: k + 1, typ: Duration, value: durationValue(num*smaller.n/den, smaller.u), first: -2}, true
}

// notADuration rules out counts of units that are not durations: "a
// year-earlier", "a second A380", "three-quarters of", "1 years", ages.
// The count starts at j and the unit is at k.
func (tg *tagger) notADuration(j, k, n int, hyph, isOne, led bool) bool {
	w := tg.word(k)
	end := k + 1
	switch {
	case tg.hyphen(k+1) && tg.tight(k+1) && tg.word(k+2) != "" && tg.tight(k+2):
		return true // "a year-earlier": ruleQuarter
	case w == "second" && n == 1 && tg.word(j) != "":
		return true // "a second A380", "one second slower": ordinals and comparisons
	case unitWords[w] == uQuarter && (tg.word(k+1) == "of" || isOne && !led):
		return true // "three-quarters of", "about a quarter": fractions
	case strings.HasSuffix(w, "s") && w != "hrs" && w != "mins" && w != "yrs" && n == 1 && !led:
		return true
	case (w == "night" || w == "nights") && (n < 0 || tg.word(j) == "a"):
		return true
	case unitWords[w] == uWeekend && isOne && exclaimWords[tg.word(j-1)]:
		return true // "What a weekend!": one weekend in particular, ruleWeekend
	case hyph && tg.hyphen(end) && tg.word(end+1) == "old" || !hyph && tg.word(end) == "old":
		return true // ages are not times
	}
	return false
}

// durationMod reads the quantifier before a duration starting at i:
// "about three years" is APPROX, "more than a decade" MORE_THAN. It
// returns the mod and, for the quantifiers TimeBank keeps inside the span
// ("nearly forty years", "at least 72 hours"), how many words they take.
func (tg *tagger) durationMod(i int) (string, int) {
	if tg.word(i) == "the" && tg.word(i-1) != "least" {
		return "", 0 // "over the past year": "over" is a preposition
	}
	for n := 3; n > 1; n-- {
		if q, ok := quantifiers[tg.phraseBefore(i, n)]; ok {
			return q.mod, q.kept
		}
	}
	q := quantifiers[tg.word(i-1)]
	return q.mod, q.kept
}

// phraseBefore returns the n words before i joined by spaces, or "" when
// one of them is no word.
func (tg *tagger) phraseBefore(i, n int) string {
	words := make([]string, n)
	for k := range words {
		if words[k] = tg.word(i - n + k); words[k] == "" {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// withMod attaches the quantifier before i to a duration match.
func (tg *tagger) withMod(m match, i int) match {
	mod, words := tg.durationMod(i)
	if m.mod == "" {
		m.mod = mod
	}
	if i-words >= tg.lastEnd && i-words >= tg.from {
		m.first = -words
	}
	return m
}

// halfDuration writes n and a half units, where TimeML has a way to.
func halfDuration(n int, u unit, whole string) string {
	switch u {
	case uYear:
		return "P" + strconv.Itoa(n) + "Y6M"
	case uHour:
		return "PT" + strconv.Itoa(n) + "H30M"
	case uDay:
		return "PT" + strconv.Itoa(24*n+12) + "H"
	}
	return whole
}

// countRange reads the first number of "between 12 and 18 months" as a
// duration of its own, as TimeML annotates it.
func (tg *tagger) countRange(n, j, k int) (match, bool) {
	if tg.word(k) != "and" || n < 0 {
		return match{}, false
	}
	n2, _, k2 := tg.count(k + 1)
	u, ok := unitWords[tg.word(k2)]
	if k2 == k+1 || !ok || n2 <= n {
		return match{}, false
	}
	return date1(Duration, k, durationValue(n, u))
}

// ruleSet reads "every Tuesday", "each year", "daily", "annually",
// "twice a year" is left out.
func ruleSet(tg *tagger, i int) (match, bool) {
	w := tg.word(i)
	if v, ok := setAdverbs[w]; ok {
		return date1(Set, i+1, v)
	}
	if m, ok := tg.timesPer(i); ok {
		return m, true
	}
	if w != "every" && w != "each" && w != "per" {
		return match{}, false
	}
	k := i + 1
	n := 1
	if c, _, k2 := tg.count(k); k2 > k && c > 1 {
		n, k = c, k2
	}
	nw := tg.word(k)
	if u, ok := unitWords[nw]; ok && (u >= uHour || n > 1 && u >= uSecond) {
		// "every 15 minutes" recurs as "every hour" does; a lone "every
		// minute" or "every second" mostly means all of them ("every
		// second counts") and is left out.
		return date1(Set, k+1, durationValue(n, u))
	}
	if wd, ok := weekdayWords[nw]; ok && w != "per" {
		return date1(Set, k+1, "XXXX-WXX-"+strconv.Itoa((wd+6)%7+1))
	}
	if wd, ok := weekdayAbbrevs[nw]; ok && w == "every" {
		return date1(Set, k+1, "XXXX-WXX-"+strconv.Itoa((wd+6)%7+1)) // "every mon"
	}
	if m, k2 := tg.month(k); m > 0 && w != "per" {
		return date1(Set, k2, "XXXX-"+pad(m, 2))
	}
	if p, ok := dayParts[nw]; ok && w != "per" {
		return date1(Set, k+1, "XXXX-XX-XXT"+p)
	}
	if hemisphereWords[nw] {
		k++ // "each southern spring", "every northern winter"
		nw = tg.word(k)
	}
	if s, ok := seasonWords[nw]; ok && w != "per" {
		return date1(Set, tg.monthsInApposition(k+1), "XXXX-"+s)
	}
	return match{}, false
}

// monthsInApposition returns the end of a span of months set off by a
// comma after a recurring season, which says when that season falls each
// year ("each southern spring, from August to October,"): part of the set,
// no dated span. It returns k when none follows.
func (tg *tagger) monthsInApposition(k int) int {
	if !tg.punct(k, ",") {
		return k
	}
	j := k + 1
	if w := tg.word(j); w == "from" || w == "between" {
		j++
	}
	m1, j2 := tg.month(j)
	if m1 == 0 || !tg.capital(j) {
		return k
	}
	if w := tg.word(j2); w != "to" && w != "until" && w != "and" && !tg.hyphen(j2) {
		return k
	}
	if m2, end := tg.month(j2 + 1); m2 > 0 && tg.capital(j2+1) {
		return end
	}
	return k
}

// timesPer reads "twice a year", "once a week", "three times a month",
// "seven days a week", "24 hours a day": a set with the unit's period (TimeML's freq is not kept).
func (tg *tagger) timesPer(i int) (match, bool) {
	k := i + 1
	within := uHour // the unit a count of smaller units fills: "seven days a week"
	if !timesWords[tg.word(i)] {
		n, _, k2 := tg.count(i)
		if k2 == i || n < 2 {
			return match{}, false
		}
		if sub, ok := unitWords[tg.word(k2)]; ok && tg.word(k2) != "times" && sub >= uHour {
			within = sub + 1
			if n > unitsIn(sub, unitWords[tg.word(k2+2)]) {
				return match{}, false // "suspended for 90 days a week later"
			}
		} else if tg.word(k2) != "times" {
			return match{}, false
		}
		k = k2 + 1
	}
	if w := tg.word(k); w != "a" && w != "an" && w != "per" && w != "each" && w != "every" {
		return match{}, false
	}
	u, ok := unitWords[tg.word(k+1)]
	if !ok || strings.HasSuffix(tg.word(k+1), "s") || u < within || within > uHour && offsetWords[tg.word(k+2)] != 0 {
		return match{}, false // "for seven days a week later"
	}
	return date1(Set, k+2, durationValue(1, u))
}

// unitsIn returns how many of unit sub one of unit u holds at most (24
// hours a day, 7 days a week), or 0 when sub does not count u out.
func unitsIn(sub, u unit) int {
	switch {
	case sub == uHour && u == uDay:
		return 24
	case sub == uHour && u == uWeek:
		return 168
	case sub == uDay && u == uWeek:
		return 7
	case sub == uDay && u == uMonth:
		return 31
	case sub == uDay && u == uYear:
		return 366
	case sub == uWeek && u == uYear:
		return 53
	case sub == uMonth && u == uYear:
		return 12
	}
	return 0
}

// ruleStopwatch reads a race or flight time such as 3:07:35 as a duration.
func ruleStopwatch(tg *tagger, i int) (match, bool) {
	var parts [3]int
	k := i
	for n := 0; n < 3; n++ {
		v, nd := tg.num(k)
		if v < 0 || nd > 2 || n > 0 && (nd != 2 || v >= 60 || !tg.tight(k) || !tg.punct(k-1, ":")) {
			return match{}, false
		}
		parts[n] = v
		k++
		if n < 2 && !(tg.punct(k, ":") && tg.tight(k)) {
			return match{}, false
		}
		k++
	}
	v := "PT" + strconv.Itoa(parts[0]) + "H" + strconv.Itoa(parts[1]) + "M" + strconv.Itoa(parts[2]) + "S"
	return date1(Duration, k-1, v)
}

// ruleBarePlural reads a plural unit standing alone as an unknown count:
// "for years" (PXY), "within days", "could take weeks".
func ruleBarePlural(tg *tagger, i int) (match, bool) {
	w := tg.word(i)
	u, ok := unitWords[w]
	if !ok || !strings.HasSuffix(w, "s") || u == uQuarter || w == "nights" || w == "weekends" {
		return match{}, false
	}
	switch tg.word(i + 1) {
	case "ago":
		return date1(Date, i+2, "PAST_REF") // "months ago"
	case "before", "after", "later", "earlier":
		if tg.word(i-1) != "the" {
			return date1(Duration, i+1, durationValue(-1, u)) // "set days before the surgery"
		}
	}
	if m, ok := tg.theYears(i, u); ok {
		return m, true
	}
	if w := tg.word(i - 1); !pluralDurationCues[w] || w == "in" && tg.word(i+1) != "" {
		return match{}, false
	}
	return date1(Duration, i+1, durationValue(-1, u))
}

// dayNamedAt reports whether a day or a part of one is named at k:
// "Thursday", "May 3", "yesterday", "the morning", "1998".
func (tg *tagger) dayNamedAt(k int) bool {
	w := tg.word(k)
	if _, ok := weekdayWords[w]; ok {
		return true
	}
	if _, ok := deicticDays[w]; ok {
		return true
	}
	if _, ok := dayParts[tg.word(k+1)]; ok && w == "the" {
		return true
	}
	n, _ := tg.num(k)
	return monthWords[w] > 0 || n >= 0
}

// theYears reads a plural unit at i after "the" that stands for a stretch
// of unknown length, as TimeML writes it (PXY): "over the years", "down
// the decades", "in the weeks ahead", "the first hours of the war". "The
// years" elsewhere ("the years of war") names no stretch of its own, and
// "the early hours of Thursday" are Thursday's, which the day's rules read.
func (tg *tagger) theYears(i int, u unit) (match, bool) {
	if edgeOfStretch[tg.word(i-1)] && tg.word(i-2) == "the" && i-2 >= tg.lastEnd && u >= uHour &&
		!(tg.word(i+1) == "of" && tg.dayNamedAt(i+2)) {
		// "in the first hours of the ground war", "the early years":
		// the opening or closing stretch of something, of unknown length.
		return match{end: i + 1, typ: Duration, value: durationValue(-1, u), first: -2}, true
	}
	if tg.word(i-1) != "the" || i-1 < tg.lastEnd || u < uDay {
		return match{}, false
	}
	if tg.word(i+1) == "ahead" {
		return match{end: i + 2, typ: Duration, value: durationValue(-1, u), first: -1}, true
	}
	if stretchPrepositions[tg.word(i-2)] && u >= uMonth && tg.word(i+1) != "of" && tg.word(i+1) != "since" {
		return match{end: i + 1, typ: Duration, value: durationValue(-1, u), first: -1}, true
	}
	return match{}, false
}
