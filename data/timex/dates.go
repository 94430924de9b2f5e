package timex

import (
	"strconv"
	"strings"
	"time"
)

// Explicit dates: numeric forms, month and day names, years, decades,
// centuries, seasons and fixed holidays.

// ruleNumericDate reads 2024-11-27, 2024/11/27, 11/27/2024 and 11/27/24.
func ruleNumericDate(tg *tagger, i int) (match, bool) {
	a, da := tg.num(i)
	if a < 0 || !(tg.punct(i+1, "-") || tg.punct(i+1, "/") || tg.punct(i+1, ".")) || !tg.tight(i+1) || !tg.tight(i+2) {
		return match{}, false
	}
	sep := tg.toks[i+1].in(tg.lower)
	if _, nd := tg.num(i - 1); nd > 0 && sep == "/" {
		return match{}, false // "2 1/2"
	}
	b, db := tg.num(i + 2)
	if b < 0 || db > 2 {
		return match{}, false
	}
	end := i + 3
	if tg.punct(end, sep) && tg.tight(end) && tg.tight(end+1) {
		c, dc := tg.num(end + 1)
		if c < 0 {
			return match{}, false
		}
		end += 2
		switch {
		case da == 4 && dc <= 2 && validDay(a, b, c):
			return date1(Date, end, vDay(date(a, b, c)))
		case da <= 2 && db <= 2 && sep == "." && dc == 4 && validDay(c, b, a):
			return date1(Date, end, vDay(date(c, b, a))) // 27.11.2024, day first
		case da <= 2 && sep == "/" && (dc == 4 || dc == 2):
			y := c
			if dc == 2 {
				y = twoDigitYear(c)
			}
			if a > 12 {
				a, b = b, a // 31/12/2024: day first, as outside the US
			}
			if validDay(y, a, b) {
				return date1(Date, end, vDay(date(y, a, b)))
			}
		}
		return match{}, false
	}
	if sep == "/" && tg.fractionOf(end) {
		return match{}, false // "a 1/2 day off", "3/4 cup of flour": a fraction of the unit after it
	}
	if da <= 2 && db <= 2 && sep == "/" && tg.hasDCT && validDay(tg.dct.Year(), a, b) && a <= 12 {
		// 11/27 is a month and day in US news.
		return date1(Date, end, vDay(date(tg.dct.Year(), a, b)))
	}
	return match{}, false
}

// fractionOf reports whether the word at token k is a unit of time or of
// measure, so that the "1/2" or "3/4" before it is a fraction of that unit
// ("a 1/2 day off", "1/4 hour", "3/4 cup of flour"), no month and day: a
// date is no count of anything.
func (tg *tagger) fractionOf(k int) bool {
	return tg.lexAt(k).has(inUnitWords) || measureWords[tg.word(k)]
}

// splitYearEnd returns the month a split financial year ("2024/25") ends
// in: the one the text gives for its fiscal or financial year, by its end
// or its beginning (NumberedFiscalYearEnd), else March. Read once.
func (tg *tagger) splitYearEnd() int {
	if tg.splitEnd == 0 {
		tg.splitEnd = 3
		if m := NumberedFiscalYearEnd(tg.all); m > 0 {
			tg.splitEnd = int8(m)
		}
	}
	return int(tg.splitEnd)
}

// splitYearNoun reports whether "financial year" or "tax year", or a noun
// kept by financial years ("accounts", "budget"), starts at token k: the
// noun a split year such as "2016-17" names.
func (tg *tagger) splitYearNoun(k int) bool {
	w := tg.word(k)
	return (w == "financial" || w == "tax") && tg.word(k+1) == "year" || financialYearNouns[w]
}

// splitFinancial reports whether the split year whose first year is at
// token first and which ends before token next ("2016-17") is a financial
// or tax year: its noun follows ("the 2016-17 financial year") or stands
// before it ("the financial year 2023-24", "fiscal 2023-24"), or, written
// alone ("a record profit for 2023-24"), the text names a split financial
// year elsewhere. A season ("the 2023-24 season") stays two calendar years.
func (tg *tagger) splitFinancial(first, next int) bool {
	if tg.splitYearNoun(next) {
		return true
	}
	w := tg.word(first - 1)
	if w == "fiscal" || w == "fy" || w == "year" && (tg.word(first-2) == "fiscal" || tg.splitYearNoun(first-2)) {
		return true
	}
	if w == "for" && financialYearNouns[tg.word(first-2)] {
		return true // "the budget for 2025-26", as "the 2025-26 budget"
	}
	if tg.word(next) == "year" && NumberedFiscalYearEnd(tg.all) > 0 {
		return true // "the 2008-09 year" of a firm "whose financial year ends in March"
	}
	if tg.toks[min(next, len(tg.toks)-1)].kind != kPunct && next < tg.to && !tg.endsNounPhrase(next) {
		return false // a noun of its own: "the 2023-24 season"
	}
	// "profit forecasts for 2011-12" of a firm whose financial year the
	// text says ends in February: that year, as a split year of its
	// accounts' is.
	return tg.namesSplitFinancialYear() || w == "for" && NumberedFiscalYearEnd(tg.all) > 0
}

// endsNounPhrase reports whether the word at token k cannot go on the
// noun phrase before it: a coordinator or a preposition ("in 2015-16 and
// that", "for 2023-24 of"), so that a split year before it names no noun
// of its own.
func (tg *tagger) endsNounPhrase(k int) bool {
	return coordinators[tg.word(k)] || prepositions[tg.word(k)]
}

// namesSplitFinancialYear reports whether the whole text names a split
// financial or tax year ("the 2024-25 financial year", "the financial
// year 2023-24"), read once.
func (tg *tagger) namesSplitFinancialYear() bool {
	return tg.splitFinancialText.read(func() bool { return textNamesSplitFinancialYear(tg.all) })
}

// textNamesSplitFinancialYear reports whether text holds "financial year"
// or "tax year" with a split year ("2024-25") just before or after it.
func textNamesSplitFinancialYear(text string) bool {
	return textNamesSplitYear(text, splitYearNames)
}

// textNamesSplitYear reports whether text holds one of names ("financial
// year") with a split year just before or after it.
func textNamesSplitYear(text string, names []string) bool {
	return anyOccurrence(text, names, func(k, end int) bool {
		return k >= 8 && isSplitYear(text[k-8:k-1]) || end+8 <= len(text) && isSplitYear(text[end+1:end+8])
	})
}

// anyOccurrence reports whether found holds for some occurrence of one of
// keys in text, given its start and end: one pass per key, so a text is
// read a fixed number of times however often it names the keys.
func anyOccurrence(text string, keys []string, found func(start, end int) bool) bool {
	for _, key := range keys {
		for from := 0; from < len(text); {
			k := strings.Index(text[from:], key)
			if k < 0 {
				break
			}
			k += from
			from = k + len(key)
			if found(k, from) {
				return true
			}
		}
	}
	return false
}

// isSplitYear reports whether s is a year, a hyphen or slash and the next
// year's last two digits: "2024-25", "2026/27".
func isSplitYear(s string) bool {
	if len(s) != 7 || s[4] != '-' && s[4] != '/' {
		return false
	}
	y, err1 := strconv.Atoi(s[:4])
	d, err2 := strconv.Atoi(s[5:])
	return err1 == nil && err2 == nil && d == (y+1)%100
}

func twoDigitYear(n int) int {
	if n < 50 {
		return 2000 + n
	}
	return 1900 + n
}

// month reads a month name at i ("September", "Sept.", "Nov") and returns
// it and the index after it. News prose capitalises month names; posts
// write "21 jan", "oct 15" or "cant wait for november", so a lower-case
// full name counts anywhere (lowerMonthNames) and an abbreviation next to
// a day number, except "may" and "march", which are verbs too.
// Abbreviations need a full stop or a number beside them.
func (tg *tagger) month(i int) (int, int) {
	e := tg.lexAt(i)
	if !e.has(inMonths) {
		return 0, i
	}
	w, m := tg.word(i), int(e.month)
	capital := tg.capital(i)
	if !capital && (m == 5 || w == "march") {
		return 0, i
	}
	// After "in", "until" … a lower-case name or a bare abbreviation is
	// still a month, as posts write them: "in november", "exam in Jun".
	afterPrep := tg.lexAt(i-1).has(inMonthPrepositions) && tg.word(i+1) != "'"
	if (!capital && !e.has(inLowerMonthNames) || e.has(inMonthAbbrevOnly) && !tg.punct(i+1, ".")) && !tg.besideDay(i) && !afterPrep {
		return 0, i
	}
	if e.has(inMonthAbbrevOnly) {
		return m, tg.optDot(i + 1)
	}
	return m, i + 1
}

// besideDay reports whether a number follows the word at i, or a day
// number of one or two digits comes right before it. A number hyphened
// to one that no day can be is a score, not a day: cricket's "288-6 dec"
// (declared), "5-58"; "14-15 dec" is still two days.
func (tg *tagger) besideDay(i int) bool {
	if n, _ := tg.num(i + 1); n >= 0 {
		return true
	}
	_, nb := tg.num(i - 1)
	if nb < 1 || nb > 2 {
		return false
	}
	if tg.tight(i-1) && tg.punct(i-2, "-") && tg.tight(i-2) {
		if n, _ := tg.num(i - 3); n > 31 {
			return false
		}
	}
	return true
}

// dayNum reads a day of the month: 27, 27th, 1st.
func (tg *tagger) dayNum(i int) (int, int) {
	d, nd := tg.num(i)
	if d < 1 || d > 31 || nd > 2 {
		return 0, i
	}
	if tg.lexAt(i+1).has(inOrdinalSuffixes) && tg.tight(i+1) {
		return d, i + 2
	}
	if w := tg.word(i + 1); w != "" && tg.tight(i+1) && monthWords[w] == 0 {
		return 0, i // 27km, 3am: not a day; "26nov" is
	}
	return d, i + 1
}

// yearNum reads a four-digit year (or '92 after a month), returning it
// and the index after it.
func (tg *tagger) yearNum(i int) (int, int) {
	if (tg.punct(i, "'") || tg.punct(i, "’")) && tg.tight(i+1) {
		if y, ny := tg.num(i + 1); ny == 2 {
			return twoDigitYear(y), i + 2
		}
	}
	y, ny := tg.num(i)
	if ny != 4 || !validYear(y) || y > 2100 || tg.punct(i+1, "%") {
		return 0, i
	}
	if tg.word(i+1) == "s" && tg.tight(i+1) {
		return 0, i
	}
	return y, i + 1
}

// dateYear reads the year after a day and month. Any four digits there
// are a year as written ("31 December 9999"), so written reports them even
// when the tagger cannot write that year: the date is then left out rather
// than moved to the dct's year.
func (tg *tagger) dateYear(i int) (y, end int, written bool) {
	if n, nd := tg.num(i); nd == 4 && !tg.punct(i+1, "%") && !(tg.word(i+1) == "s" && tg.tight(i+1)) {
		return n, i + 1, true
	}
	y, end = tg.yearNum(i)
	return y, end, y > 0
}

// fullDate returns the match for day d of month m of year y ending at
// end, none when the calendar has no such day ("February 30, 2024"), and
// a doubt when the weekday written at i disagrees with it. A year written
// with four digits is kept as written, even before 1000 ("1 January
// 0001"), since the value still has the four digits ParseValue reads.
func (tg *tagger) fullDate(i, y, m, d, end int) (match, bool) {
	if !calendarDay(y, m, d) {
		return match{}, false
	}
	t := date(y, m, d)
	return match{end: end, typ: Date, value: vDay(t), doubt: tg.weekdayDoubt(i, t)}, true
}

// weekdayDoubt says why the weekday written at i ("Monday 27 November
// 2024") does not fit day t, or returns "" when it does or none is written.
func (tg *tagger) weekdayDoubt(i int, t time.Time) string {
	wd, ok := tg.datedWeekday(i)
	if !ok || wd == int(t.Weekday()) {
		return ""
	}
	return t.Format("2 January 2006") + " is a " + t.Weekday().String() + ", not a " + time.Weekday(wd).String()
}

// dayBefore reports whether a day of the month ("30", "30th", "30th of")
// comes right before the month name at i. A valid day and month would have
// been read from the day on, so the month is part of an impossible date.
func (tg *tagger) dayBefore(i int) bool {
	k := i - 1
	if tg.word(k) == "of" {
		k--
	}
	if w := tg.word(k); ordinalSuffixes[w] && tg.tight(k) {
		k--
	}
	d, nd := tg.num(k)
	return nd > 0 && nd <= 2 && d >= 1 && d <= 31
}

// datedWeekday returns the weekday written at i before a date: a
// capitalised full name ("Saturday, April 25"), or a short one where
// weekdayPrefix takes it as a fixture list's ("Sat 26 Dec"), since the
// date after it is the day the weekday names.
func (tg *tagger) datedWeekday(i int) (int, bool) {
	if !tg.capital(i) {
		return 0, false
	}
	if wd, ok := weekdayWords[tg.word(i)]; ok {
		return wd, true
	}
	wd, ok := weekdayAbbrevs[tg.word(i)]
	return wd, ok && tg.weekdayPrefix(i) > i
}

// weekdayPrefix skips "Wednesday," before a date.
func (tg *tagger) weekdayPrefix(i int) int {
	if tg.lexAt(i).has(inWeekdays) && tg.capital(i) {
		return tg.optComma(i + 1)
	}
	if tg.lexAt(i).has(inAbbrevs) && tg.capital(i) {
		// "Sat Jan 16", "Wed 3 May": a short weekday name, capitalised
		// as in a fixture list, counts when a date follows it; "Sat"
		// alone is still the verb.
		k := tg.optComma(tg.optDot(i + 1))
		if m, _ := tg.month(k); m > 0 && tg.capital(k) {
			return k
		}
		if d, end := tg.dayNum(k); d > 0 && tg.capital(end) {
			if m, _ := tg.month(end); m > 0 {
				return k
			}
		}
	}
	return i
}

// ruleMonthFirst reads "Nov. 27", "September 12, 2024", "Wednesday,
// Nov. 27", "February 2022", "November 19-21" and a bare "September".
func ruleMonthFirst(tg *tagger, i int) (match, bool) {
	j := tg.weekdayPrefix(i)
	m, k := tg.month(j)
	if m == 0 {
		return match{}, false
	}
	if d, k2 := tg.dayNum(k); d > 0 {
		k3 := k2
		if tg.hyphen(k3) || tg.word(k3) == "and" || tg.word(k3) == "to" {
			if d2, k4 := tg.dayNum(k3 + 1); d2 > d {
				// "November 19-21, 2024": the first day alone, with the
				// year written after the second.
				y, _ := tg.yearNum(tg.optComma(k4))
				return date1(Date, k2, tg.rangeStart(y, m, d, i, k4))
			}
		}
		if y, k4, written := tg.dateYear(tg.optComma(k3)); written {
			return tg.fullDate(i, y, m, d, k4)
		}
		if y, k4 := tg.relativeYear(k3); k4 > k3 {
			return tg.fullDate(i, y, m, d, k4)
		}
		if v := tg.monthDay(m, d, i, k3); v != "" {
			return date1(Date, k3, v)
		}
		return match{}, false
	}
	if tg.dayBefore(j) {
		return match{}, false // "30 February 2024" is no month
	}
	if y, k2 := tg.yearNum(tg.optComma(k)); y > 0 && (k2 == k+1 || tg.punct(k, ",")) {
		return date1(Date, k2, vMonth(y, m))
	}
	if y, k2 := tg.spelledYear(k); y > 0 {
		return date1(Date, k2, vMonth(y, m)) // "January nineteen ninety-seven"
	}
	if j != i {
		return match{}, false
	}
	if q, ok := tg.monthQuarter(m, i, k); ok {
		return q, true
	}
	if mo, ok := tg.monthOfYear(m, k); ok {
		return mo, true
	}
	if m == 5 && !tg.mayIsMonth(i) || m == 3 && tg.marchIsWalk(i, k) || tg.monthIsName(i, k) {
		return match{}, false
	}
	return date1(Date, k, tg.monthAlone(m, i, k))
}

// monthQuarter reads "the December quarter", "the June-quarter results":
// the calendar quarter that closes with month m, the month at i with k
// after it, as analysts and companies whose years end off the calendar's
// name quarters by their last month. Its year comes from the tense, as
// for "the fourth quarter" (partYear): "the December quarter", written in
// October, is the one under way. A quarter named by its month is a
// calendar quarter, never a fiscal one counted from the company's year.
func (tg *tagger) monthQuarter(m, i, k int) (match, bool) {
	end := k
	if tg.hyphen(end) && tg.tight(end) {
		end++
	}
	if m%3 != 0 || tg.word(end) != "quarter" || !tg.hasDCT {
		return match{}, false
	}
	if tg.hyphen(i-1) || tg.word(i-1) == "to" || tg.word(i-1) == "through" {
		return match{}, false // "the October-December quarter": a range of months names it
	}
	q := m / 3
	if tg.word(end+1) == "of" {
		if y, k2 := tg.yearNum(end + 2); y > 0 {
			mt := match{end: k2, typ: Date, value: vQuarter(y, q)} // "the June quarter of 2021"
			if tg.word(i-1) == "the" && i-1 >= tg.from {
				mt.first = -1
			}
			return mt, true
		}
	}
	mt := match{end: end + 1, typ: Date, value: vQuarter(tg.partYear(q, 4, tg.tenseAround(i, end+1)), q)}
	if tg.word(i-1) == "the" && i-1 >= tg.from {
		mt.first = -1
	}
	return mt, true
}

// monthIsName tells a given name from the month: "singer June Carver",
// "April Reyes said" put a month that is also a first name before a
// capitalised word, a surname, with no preposition or determiner before
// it to make it the month ("in June Carver's town" is rare; "the June
// Primary" keeps its "the").
func (tg *tagger) monthIsName(i, k int) bool {
	if !nameMonths[tg.word(i)] || !tg.capital(k) || tg.word(k) == "" || monthPrepositions[tg.word(i-1)] || mayMonthCues[tg.word(i-1)] {
		return false
	}
	w := tg.word(k)
	_, month := monthWords[w]
	_, weekday := weekdayWords[w]
	name, _ := tg.holidayName(k)
	_, holiday := holidays[name]
	// Title-case text ("Coming In June Big Sale") capitalises every
	// word: a name stands among lower-case words.
	titleCase := tg.capital(k+1) || tg.word(i-1) != "" && tg.capital(i-1)
	return !month && !weekday && !holiday && !monthCustoms[w] && tg.capital(i) && !titleCase
}

// marchIsWalk tells a march, the protest, from the month: "the annual
// March for Life", "a March on Washington", "the Women's March against
// cuts" name a march after an article, adjective or possessive and before
// what it is for or on. "In March for talks" keeps the month.
func (tg *tagger) marchIsWalk(i, k int) bool {
	prev := tg.word(i - 1)
	return marchAims[tg.word(k)] && (marchLeads[prev] || prev == "s" && tg.possessive(i-2))
}

// monthOfYear resolves a month by the year named after it: "March of last
// year" is the March of the year before the dct, as are "March last year"
// and "March of the previous year"; "March of 2023" is 2023-03. After
// "of" TimeML tags the year apart, so the match ends at k, the index after
// the month name, and Tag marks the year as qualifying it; "March last
// year" is one expression, as are "May that year" and "May the following
// year", counted from the year of the date mentioned last.
func (tg *tagger) monthOfYear(m, k int) (match, bool) {
	if y, end := tg.anaphoricYear(k); end > k {
		return date1(Date, end, vMonth(y, m)) // "May that year"
	}
	j := k
	if p := tg.monthPeriodEnd(k); p > k && tg.word(p) == "of" {
		if y, _ := tg.yearNum(p + 1); y > 0 {
			return date1(Date, k, vMonth(y, m)) // "the April-June quarter of 2023"
		}
	}
	if tg.word(j) == "of" {
		j++
		if y, _ := tg.yearNum(j); y > 0 {
			return date1(Date, k, vMonth(y, m))
		}
		if y, end := tg.ofAnaphoricYear(j); end > j {
			return date1(Date, end, vMonth(y, m))
		}
	}
	j, the := tg.optThe(j)
	off, ok := tg.relOffsetAt(j)
	if !ok || tg.word(j+1) != "year" || !tg.hasDCT || the && off == 0 {
		return match{}, false
	}
	end := k
	if j == k {
		// TimeBank tags "June last year", "January this year" whole.
		if w := tg.word(j); w != "last" && w != "next" && w != "this" {
			return match{}, false
		}
		end = j + 2
	}
	return date1(Date, end, vMonth(tg.dct.Year()+off, m))
}

// monthPeriodEnd returns the token after the period noun that the month
// ending before k opens or closes ("October-December quarter", "June
// quarter", "July-September period"), or k when there is none.
func (tg *tagger) monthPeriodEnd(k int) int {
	j := k
	if tg.hyphen(j) && tg.tight(j) && tg.tight(j+1) {
		if m, after := tg.month(j + 1); m > 0 {
			j = after // the second month of "October-December"
		}
	}
	if monthPeriodNouns[tg.word(j)] {
		return j + 1
	}
	return k
}

// mayIsMonth tells the month May from the verb: the month follows a
// preposition or a determiner, or is followed by a day or year.
func (tg *tagger) mayIsMonth(i int) bool {
	if mayMonthCues[tg.word(i-1)] || tg.hyphen(i-1) && tg.word(i-2) == "mid" {
		return true
	}
	if tg.word(i-1) == "for" && schedulePredicates[tg.word(i-2)] {
		return true // "elections scheduled for May": a plan is for a time, not a person
	}
	// No modal comes before "to", a finite verb or the end of a clause:
	// "forecasters expect May to be dry", "May was the wettest month".
	return i+1 < tg.to && (mayMonthAfter[tg.word(i+1)] || tg.punct(i+1, ",") || tg.punct(i+1, "."))
}

// listedDayMonth reads, from the comma at k after the day d, the rest of
// a list of days that shares the month written after its last ("5, 8 and
// 11 August"): days that rise, joined by commas and a last "and" or "or".
// It returns the month, the token after it and whether there is one.
func (tg *tagger) listedDayMonth(k, d int) (int, int, bool) {
	if !tg.punct(k, ",") {
		return 0, 0, false
	}
	for n := 0; tg.punct(k, ",") && n < maxListedDays; n++ {
		next, end := tg.dayNum(k + 1)
		if next <= d {
			return 0, 0, false
		}
		d, k = next, end
	}
	if w := tg.word(k); w != "and" && w != "or" {
		return 0, 0, false
	}
	last, end := tg.dayNum(k + 1)
	if last <= d {
		return 0, 0, false
	}
	m, after := tg.month(end)
	return m, after, m > 0
}

// ruleDayFirst reads "27 November 2024", "27th of November", "19 and 21
// November", "5, 8 and 11 August".
func ruleDayFirst(tg *tagger, i int) (match, bool) {
	j := tg.weekdayPrefix(i)
	d, k := tg.dayNum(j)
	if d == 0 {
		return match{}, false
	}
	if (tg.word(k) == "and" || tg.hyphen(k) || tg.word(k) == "to") && k+1 < tg.to {
		if d2, k2 := tg.dayNum(k + 1); d2 > d {
			if m, k3 := tg.month(k2); m > 0 {
				// "19 and 21 November", "6th-8th March": the first
				// day alone, with its ordinal suffix, in the month
				// (and year) written after the second.
				y, _ := tg.yearNum(tg.optComma(k3))
				return date1(Date, k, tg.rangeStart(y, m, d, i, k3))
			}
		}
	}
	if m, k3, ok := tg.listedDayMonth(k, d); ok {
		// "5, 8 and 11 August": each day of the list in the month
		// written after the last.
		y, _ := tg.yearNum(tg.optComma(k3))
		return date1(Date, k, tg.rangeStart(y, m, d, i, k3))
	}
	if tg.word(k) == "of" {
		k++
	}
	m, k2 := tg.month(k)
	if m == 0 || tg.monthDayLine(k, k2) {
		return match{}, false
	}
	if y, k3, written := tg.dateYear(tg.optComma(k2)); written {
		return tg.fullDate(i, y, m, d, k3)
	}
	if y, k3 := tg.relativeYear(k2); k3 > k2 {
		return tg.fullDate(i, y, m, d, k3)
	}
	if y, ok := tg.listYear(i, m, d); ok {
		return date1(Date, k2, vDay(date(y, m, d)))
	}
	return date1(Date, k2, tg.monthDay(m, d, i, k2))
}

// monthDayLine reports whether the month from k to k2 opens a line and a
// day follows it: the line is a date of its own, month first, as in a
// schedule ("beat Tolliver 35-14" over "Sept. 8: lost at Eastfield"), and
// the number ending the line above is no day of it.
func (tg *tagger) monthDayLine(k, k2 int) bool {
	if tg.toks[k].newlines == 0 {
		return false
	}
	d, _ := tg.dayNum(k2)
	return d > 0
}

// listYear returns the year of the day just tagged when the day d of month
// m at i closes the list or range that day opens ("8 and 11 August",
// "5, 8 and 11 August"): the month written once is one month, whose year
// the first day's reading already chose.
func (tg *tagger) listYear(i, m, d int) (int, bool) {
	if tg.lastEnd != i-1 || !tg.hasAnchor || tg.anchor.Precision != PrecisionDay {
		return 0, false
	}
	if w := tg.word(i - 1); w != "and" && w != "or" && w != "to" && !tg.hyphen(i-1) && !tg.punct(i-1, ",") {
		return 0, false
	}
	a := tg.anchor.Start
	if int(a.Month()) != m || a.Day() >= d || !validDay(a.Year(), m, d) {
		return 0, false
	}
	tg.noteAnchor("the year of the day that opens the list")
	return a.Year(), true
}

// relativeYear reads "last year", "next year" or "this year" right after
// a day and month ("March 4 last year", "4 March next year"), which name
// the year as a written one would, and returns it with the index after
// it; it returns (0, k) when none is written or there is no dct. As with
// "March last year" (monthOfYear), the whole is one expression.
func (tg *tagger) relativeYear(k int) (int, int) {
	if y, end := tg.anaphoricYear(k); end > k {
		return y, end
	}
	w := tg.word(k)
	if !tg.hasDCT || tg.word(k+1) != "year" || w != "last" && w != "next" && w != "this" {
		return 0, k
	}
	off, _ := relOffset(w)
	return tg.dct.Year() + off, k + 2
}

// anaphoricYear reads "the following year", "the previous year" or "that
// year" at k, counted from the year of the date mentioned last ("after
// the 2017 election, and was sworn in on March 14 the following year"),
// and returns it with the index after it, or (0, k).
func (tg *tagger) anaphoricYear(k int) (int, int) {
	if !tg.hasAnchor {
		return 0, k
	}
	if tg.word(k) == "that" && tg.word(k+1) == "year" {
		tg.noteAnchor("the year counted from")
		return tg.anchor.Start.Year(), k + 2
	}
	off, ok := anaphorOffsets[tg.word(k+1)]
	if tg.word(k) != "the" || !ok || off == 0 || tg.word(k+2) != "year" {
		return 0, k
	}
	tg.noteAnchor("the year counted from")
	return tg.anchor.Start.Year() + off, k + 3
}

// ofAnaphoricYear reads "the following year" or "the previous year" at k,
// after a month and "of" ("suspended in February of the following year"):
// counted from the date mentioned last, as "February the following year"
// is, and one expression with the month, so that the counted year is not
// counted again from the month. "of that year" is left to ofThatYear: it
// repeats the month's year and stands as an expression of its own.
func (tg *tagger) ofAnaphoricYear(k int) (int, int) {
	if tg.word(k) != "the" {
		return 0, k
	}
	return tg.anaphoricYear(k)
}

// rangeStart resolves the first day of a range whose month and year (y, or
// 0 when not written) follow the second day.
func (tg *tagger) rangeStart(y, m, d, i, j int) string {
	if y > 0 {
		if validDay(y, m, d) {
			return vDay(date(y, m, d))
		}
		return ""
	}
	return tg.monthDay(m, d, i, j)
}

// monthDay resolves a day and month without a year: to the year of a
// recently mentioned date, else to the dct's year moved by tense.
func (tg *tagger) monthDay(m, d, i, j int) string {
	if !tg.hasDCT && tg.recentYear == 0 {
		if m >= 1 && m <= 12 && d <= 31 {
			return "XXXX-" + pad(m, 2) + "-" + pad(d, 2)
		}
		return ""
	}
	y := tg.yearFor(m, d, i, j)
	if ey, ok := tg.entryYear(m, d, i, j); ok {
		y = ey
	} else if hy, ok := tg.historyYear(); ok {
		y = hy
	} else if wy, ok := tg.writtenDayYear(m, d, i, j); ok {
		y = wy
	} else if tg.recentYear > 0 && (tg.recentMonth == 0 || tg.recentMonth == m) && !tg.willPastYear(i, j) {
		tg.noteAnchor("the year written in a recent sentence")
		y = tg.recentYear
	} else if sy, ok := tg.seasonMonthYear(m, i, j); ok {
		tg.noteAnchor("the year of the season written in a recent sentence")
		y = sy
	}
	if wd, ok := tg.datedWeekday(i); ok {
		y = tg.yearWithWeekday(y, m, d, wd)
	}
	if n := tg.anniversaryYears(i); n > 0 {
		// "the second anniversary of the Sept. 11 attacks": the day
		// read so far is the anniversary's, the event n years before.
		tg.noteAnchor("the year of the anniversary, less its count")
		y -= n
	}
	if !validDay(y, m, d) {
		return ""
	}
	return vDay(date(y, m, d))
}

// onDay reports whether "on" leads the date at i, alone or with a part of
// the day between ("on December 31", "on the night of December 31"): a
// past verb then tells of that day, as it does of one right after it.
func (tg *tagger) onDay(i int) bool {
	if tg.word(i-1) == "on" {
		return true
	}
	_, part := dayParts[tg.word(i-2)]
	return tg.word(i-1) == "of" && part && tg.word(i-3) == "the" && tg.word(i-4) == "on"
}

// writtenDayYear returns the year of a day written out with its year
// earlier in the text that the day d of month m, written without one,
// lies within writtenDayReach days of: a story that goes back to the
// night it began ("on the night of 3 November 2017", then, paragraphs on,
// "found unresponsive at 12.40am on 4 November") means the days around
// it, not the last 4 November before the dct. A clause that speaks of
// what is to come is left to its tense ("will be sentenced on 28 June").
func (tg *tagger) writtenDayYear(m, d, i, j int) (int, bool) {
	if d == 0 || tg.nWritten == 0 {
		return 0, false
	}
	if t, _ := tg.governingTense(i, j); t == tenseFuture {
		return 0, false
	}
	for n := tg.nWritten - 1; n >= 0; n-- {
		w := tg.writtenDays[n]
		for _, y := range []int{w.Year() - 1, w.Year(), w.Year() + 1} {
			if !validDay(y, m, d) {
				continue
			}
			if gap := date(y, m, d).Sub(w); gap <= writtenDayReach && gap >= -writtenDayReach {
				tg.noteDayAnchor("written day", w, "a day written with its year a few days from it")
				return y, true
			}
		}
	}
	return 0, false
}

// writtenDayReach is how far from a day written with its year a day and
// month without one is taken to be in the same stretch of the story.
const writtenDayReach = 7 * 24 * time.Hour

// anniversaryYears returns the count of "the second anniversary of (the)"
// or "the 50th anniversary of" standing before the date at token i, the
// years between the event and the anniversary, or 0.
func (tg *tagger) anniversaryYears(i int) int {
	k := i - 1
	if tg.word(k) == "the" {
		k--
	}
	if tg.word(k) != "of" || tg.word(k-1) != "anniversary" {
		return 0
	}
	if n, ok := tg.ordinalAt(k - 2); ok && n > 0 {
		return n
	}
	if tg.tight(k-2) && ordinalSuffixes[tg.word(k-2)] {
		if n, _ := tg.num(k - 3); n > 0 {
			return n // "50th": the number and its suffix
		}
	}
	return 0
}

// willPastYear reports whether the recent year is past and "will"
// governs the day at tokens [i, j): a future seen from the dct, which a
// past year cannot hold ("the governor, sworn in on May 29, 2019, will
// hand over on May 29" is this year's May 29). "Would" looks ahead from
// the past and keeps the year.
func (tg *tagger) willPastYear(i, j int) bool {
	if !tg.hasDCT || tg.recentYear >= tg.dct.Year() {
		return false
	}
	g, ok, _ := tg.governingGroup(i, j)
	return ok && tg.vword(g.start) == vWill
}

// seasonMention marks recentMonth when the recent mention was a season of
// a written year.
const seasonMention = -1

// seasonMonthYear returns the year month m, of the day at tokens [i, j),
// falls in within the season its sentence wrote with its year before it,
// if it is one of the season's months: January of "the winter of 2011-12"
// is in 2012. A day the sentence looks ahead to ("spent the summer of 1982
// in Spain and will speak there on 3 August") is not the season's.
func (tg *tagger) seasonMonthYear(m, i, j int) (int, bool) {
	if tg.recentYear == 0 || tg.recentMonth != seasonMention || tg.yearAge > 0 {
		return 0, false
	}
	if t := tg.tenseAround(i, j); t == tenseFuture {
		return 0, false
	}
	for k := 0; k < 3; k++ {
		if d := tg.recentSeason.Start.AddDate(0, k, 0); int(d.Month()) == m {
			return d.Year(), true
		}
	}
	return 0, false
}

// pastVerbRightBefore reports whether a regular past verb stands right
// before the date at i with no "on" between, as wire copy writes it ("was
// convicted Thursday", "resigned Aug. 3", "deliberated Aug. 3-4"): the
// date is when it was done. A participle after a determiner ("the revised
// Aug. 3 deadline") or one of a plan ("a rally planned Aug. 3") is none.
func (tg *tagger) pastVerbRightBefore(i int) bool {
	k := i - 1
	w := tg.word(k)
	return k > tg.from && tg.vword(k) == vPast && !schedulePredicates[w] && !determiners[tg.word(k-1)] &&
		!tg.lexAt(k-1).has(inPossessives)
}

// yearFor picks the year of a month (and day, if d > 0) written without
// one: the instance nearest the dct that agrees with the tense of the
// clause. A bare month reads the tense from any past participle too, while
// a day and month trusts only auxiliaries, since "payable Dec. 15" after
// "declared" is in the future.
func (tg *tagger) yearFor(m, d, i, j int) int {
	if y, ok := tg.ownerYear(i); ok {
		return y // "last year's Christmas weekend", "this year's June figures"
	}
	t, strong := tg.governingTense(i, j)
	if y, ok := tg.sceneYear(m, d, i, j, t); ok {
		return y // "In June it ordered operators to reach 90 per cent by November 1"
	}
	day := d
	if d == 0 {
		day = 15
	} else if !strong && !(t == tensePast && (tg.onDay(i) || tg.pastVerbRightBefore(i))) {
		t = tenseNone
	}
	dy := tg.dct.Year()
	if t == tenseNearest && d == 0 {
		if floor, ok := tg.datedVerbDay(i, j); ok {
			// "voted late Tuesday to close the schools in June": what
			// a dated act looked ahead to is not before the act.
			y := floor.Year()
			if m < int(floor.Month()) {
				y++
			}
			return y
		}
	}
	best, bestDist := dy, 1<<30
	for y := dy - 1; y <= dy+1; y++ {
		diff := int(date(y, m, min(day, daysIn(y, time.Month(m)))).Sub(tg.dct).Hours() / 24)
		if d == 0 && y == dy && m == int(tg.dct.Month()) {
			diff = 0
		}
		near := diff > -14 && diff < 14 // a fortnight either way fits any tense
		if !near && (t == tensePast && diff > 0 || t == tenseFuture && diff < 0) {
			continue
		}
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDist {
			best, bestDist = y, diff
		}
	}
	return best
}

// datedVerbDay returns the day of the weekday that dates the verb governing
// the expression [i, j) through its "to"-infinitive ("voted late Tuesday
// to close", "agreed on Friday to meet"): the act's own day, gone by.
func (tg *tagger) datedVerbDay(i, j int) (time.Time, bool) {
	g, ok, _ := tg.governingGroup(i, j)
	if !ok || g.to < 1 || g.to >= i || !tg.isWeekday(g.to-1) || !tg.capital(g.to-1) || !tg.hasDCT {
		return time.Time{}, false
	}
	wd, ok := weekdayWords[tg.word(g.to-1)]
	if !ok {
		return time.Time{}, false
	}
	return tg.weekdayDate(wd, tensePast), true
}

// yearWithWeekday moves y to a neighbouring year if that is when day d
// of month m falls on the weekday the text gives ("Saturday, April 25").
func (tg *tagger) yearWithWeekday(y, m, d, wd int) int {
	for _, c := range []int{y, y - 1, y + 1} {
		if validDay(c, m, d) && int(date(c, m, d).Weekday()) == wd {
			return c
		}
	}
	return y
}

// monthAlone resolves "September" with no day or year.
func (tg *tagger) monthAlone(m, i, j int) string {
	if !tg.hasDCT {
		return "XXXX-" + pad(m, 2)
	}
	if y, ok := tg.spanEndYear(m, j); ok {
		return vMonth(y, m) // the year written for both outranks any guess
	}
	if y, ok := tg.historyYear(); ok {
		return vMonth(y, m)
	}
	if y, ok := tg.thatYear(i); ok {
		return vMonth(y, m)
	}
	if y, ok := tg.ofThatYear(j); ok {
		return vMonth(y, m)
	}
	if y, ok := tg.whenYear(i, j); ok {
		return vMonth(y, m)
	}
	if y, ok := tg.pairedMonthYear(m, i); ok && !tg.everyYearAfter(j) {
		return vMonth(y, m)
	}
	if y, ok := tg.laterMonthYear(m, i); ok {
		return vMonth(y, m)
	}
	if y, ok := tg.laterMonthSteppedYear(m, i); ok {
		return vMonth(y, m)
	}
	if tg.habitual(i, j) || tg.everyYearAfter(j) {
		return "XXXX-" + pad(m, 2) // "the rainy season normally ends in September"
	}
	return vMonth(tg.yearFor(m, 0, i, j), m)
}

// everyYearAfter reports whether "each year" or "every year" follows the
// month that ends before token j, or the month that closes its span
// ("releases from June to September each year"): a month of every year,
// of none in particular.
func (tg *tagger) everyYearAfter(j int) bool {
	if spanJoiners[tg.word(j)] || tg.hyphen(j) {
		if m, k := tg.month(j + 1); m > 0 {
			j = k
		}
	}
	return everyWords[tg.word(j)] && tg.word(j+1) == "year"
}

// everyYearBefore reports whether "every year" or "each year" stands
// within everyYearReach tokens before the bare name from i to j, in its
// sentence and clause (no colon or semicolon between), and no "this",
// "last", "next" or "that" leads the name: the name is then the same date
// of every year ("held every year since 1990, at Christmas"). A clause
// about what is to come names the next one, the year's habit only
// compared with ("as every year, there will be no trains on Christmas
// Day").
func (tg *tagger) everyYearBefore(i, j int) bool {
	if w := tg.word(i - 1); w == "this" || w == "last" || w == "next" || w == "that" {
		return false
	}
	if t, _ := tg.governingTense(i, j); t == tenseFuture {
		return false
	}
	for k := i - 1; k > tg.from && k >= i-everyYearReach; k-- {
		if tg.punct(k, ";") || tg.punct(k, ":") {
			return false
		}
		if tg.word(k) == "year" && everyWords[tg.word(k-1)] {
			return true
		}
	}
	return false
}

// everyYearReach bounds, in tokens, how far before a name everyYearBefore
// looks: "every year since he went in, on his birthday and at".
const everyYearReach = 14

// laterMonthYear returns the year of a month with its year written
// earlier in the same sentence when the bare month m at i comes later in
// that year: "closed in March 2020 and reopened in June", "would begin in
// late March 2024, so that it finishes before the World Cup in June". A
// report's month ("the ministry said in June") is the report's own, which
// may come a year or more after the facts it gives.
func (tg *tagger) laterMonthYear(m, i int) (int, bool) {
	if tg.recentYear == 0 || tg.yearAge != 0 || tg.recentMonth <= 0 || m <= tg.recentMonth {
		return 0, false
	}
	if tg.recentSince {
		// "hit its lowest level since March 2009 in early June": the
		// month measured from is a baseline, and what happened is in
		// the story's year.
		return 0, false
	}
	k := i - 1
	if prepositions[tg.word(k)] {
		k--
	}
	if reportingVerbs[tg.word(k)] {
		return 0, false
	}
	if tg.laterDateOtherYear() {
		return 0, false
	}
	for k := i - 1; k > tg.from && tg.base+int(tg.toks[k].start) >= tg.recentEnd; k-- {
		if p := tg.word(k - 1); tg.word(k) == "that" && (p == "and" || p == "but" || p == "or" || tg.punct(k-1, ",")) {
			// "said the season would begin in March 2024, and that
			// the auction will take place in December": a second
			// thing reported, no part of the first one's year
			return 0, false
		}
	}
	tg.noteAnchor("the year of a month written earlier in the sentence")
	return tg.recentYear, true
}

// laterDateOtherYear reports whether a date tagged after the month with
// its year, the last one before the bare month, lies in another year:
// "for the year to March 2020, demand should bottom out by the summer
// and pick up from October" reads October after this summer, not after
// March 2020, as the nearer date leads the sentence on.
func (tg *tagger) laterDateOtherYear() bool {
	if !tg.hasAnchor || tg.lastEnd < 1 || tg.lastEnd > len(tg.toks) {
		return false
	}
	return tg.base+int(tg.toks[tg.lastEnd-1].start) >= tg.recentEnd && tg.anchor.Start.Year() != tg.recentYear
}

// laterMonthSteppedYear returns the year of a month named earlier in the
// same clause with its year as a step from the year of writing when the
// bare month m at i comes later in that year: "went out in March last
// year and was accepted in July" (July of last year). Unlike a year
// written out, which laterMonthYear lends across the sentence, the step
// lends itself only within its clause: a comma, a clause mark or a
// clause opener between leaves the bare month to its own clause ("who
// resigned in March last year, was charged in September").
func (tg *tagger) laterMonthSteppedYear(m, i int) (int, bool) {
	st := tg.stepped
	if st.year == 0 || st.sentence != tg.sentenceByte() || m <= st.month || reportingVerbs[tg.word(i-2)] {
		return 0, false
	}
	for k := i - 1; k > tg.from && tg.base+int(tg.toks[k].start) >= st.end; k-- {
		if tg.punct(k, ",") || tg.leftStop(k) {
			return 0, false
		}
	}
	tg.noteAnchor("the year of a month named earlier in the clause")
	return st.year, true
}

// spanEndYear returns the year of a bare month m that opens a span or pair
// closed by a month with its year ("between March and June 2020", "from
// November to February 2021"), the year written once for both: the month
// before the closing one, in its year or the one before. j is the index
// after m.
func (tg *tagger) spanEndYear(m, j int) (int, bool) {
	if !spanJoiners[tg.word(j)] && !tg.hyphen(j) {
		return 0, false
	}
	m2, k := tg.month(j + 1)
	if m2 == 0 {
		return 0, false
	}
	y, _ := tg.yearNum(tg.optComma(k))
	if y == 0 {
		return 0, false
	}
	tg.noteAnchor("the year written after the month that closes the span")
	if m > m2 {
		return y - 1, true
	}
	return y, true
}

// pairedMonthYear returns the year of a month joined by "and", "or" or a
// span's "to" to the bare month tagged just before it ("sales for
// November and December combined", "it lasted from June to September"):
// the first such month from that one on, as a pair or a span runs
// forward ("December and January" ends in the next year). A part of the
// month may lead it ("in late December or early January", "from late
// November to mid-January").
func (tg *tagger) pairedMonthYear(m, i int) (int, bool) {
	k := i - 1
	if tg.hyphen(k) && positionWords[tg.word(k-1)] != "" {
		k -= 2 // "mid-January"
	} else if positionWords[tg.word(k)] != "" {
		k-- // "early January"
	}
	if !spanJoiners[tg.word(k)] || tg.lastEnd != k || !tg.hasAnchor ||
		tg.anchor.Precision != PrecisionMonth || monthWords[tg.word(k-1)] == 0 {
		return 0, false
	}
	tg.noteAnchor("the month it is paired with")
	y := tg.anchor.Start.Year()
	if m < int(tg.anchor.Start.Month()) {
		y++
	}
	return y, true
}

// whenYear returns the year a "when" clause right after it tells more of
// ("in 2028, when organisers hope to add a weekend in August", "in the
// summer of 2006, when the ban lasted from June to September"): a month
// or season in that clause is in the year written just before it, wherever the dct
// is. A part of one year (a season, half or quarter) gives its year; a
// winter, across two, gives none, nor does a part whose month [i, j)
// has a verb that speaks from now ("until last spring, when she finished
// a memoir that will be published in January").
func (tg *tagger) whenYear(i, j int) (int, bool) {
	if !tg.hasAnchor || !whenPrecisions[tg.anchor.Precision] || tg.anchor.Start.Year() != tg.anchor.LastDay().Year() {
		return 0, false
	}
	if g, ok, _ := tg.governingGroup(i, j); ok && tg.anchor.Precision != PrecisionYear && nowForms[tg.vword(g.start)] {
		return 0, false
	}
	// The clause follows the period, not a duration ("had asked for
	// nine years when the trial closed in September"), but may hold one
	// ("the summer of 2003, when fires forced them out for a week in
	// late August").
	when := tg.lastDatedEnd
	if tg.punct(when, ",") {
		when++
	}
	// The reach counts from a duration inside the clause, which
	// carries it on ("burned 90,000 acres and forced the town out for a
	// week in late August").
	if tg.word(when) != "when" || i <= when || i-max(when, tg.lastEnd) > whenReach {
		return 0, false
	}
	for k := when + 1; k < i; k++ {
		if tg.punct(k, ";") {
			return 0, false
		}
	}
	tg.noteAnchor("the year a \"when\" clause tells more of")
	return tg.anchor.Start.Year(), true
}

// whenPrecisions are the periods of one year whose "when" clause
// whenYear reads.
var whenPrecisions = map[Precision]bool{PrecisionYear: true, PrecisionHalf: true, PrecisionSeason: true, PrecisionQuarter: true}

// whenReach bounds, in tokens, how far into a "when" clause whenYear
// reads a month as the clause's.
const whenReach = 16

// thatYear returns the year a month after "that" at i-1 points back to
// ("concerns were raised in the autumn of 2014. The mayor resigned that
// November"): the year of the last date mentioned, when it was coarser
// than a day and not the dct's year. After a verb of saying "that" opens
// a clause ("she said that November was wet") and points back to nothing.
//
// A comparison told since ("traded at double its level of a year earlier.
// The regulator said in a report that October") is passed over: it names
// the point compared with, not the time the story has reached.
func (tg *tagger) thatYear(i int) (int, bool) {
	a := tg.told
	if tg.word(i-1) != "that" || reportingVerbs[tg.word(i-2)] || !tg.hasTold || a.Precision < PrecisionYear ||
		a.Precision > PrecisionMonth || a.Start.Year() == tg.dct.Year() {
		return 0, false
	}
	if tg.ex != nil && tg.ex.cur != nil {
		tg.ex.cur.addAnchor("previous mention", tg.toldText, a, "the year of the date mentioned last, which \"that\" points back to")
	}
	return a.Start.Year(), true
}

// ofThatYear reads "of that year" or "of the same year" after a month
// ending before j ("which ended in June of that year"): the year of the
// date mentioned last, which the phrase points back to, whatever the
// tense says. A day names its year as well as a month does ("sentenced
// Nov. 20, 2001 ... The trial, which began in September of that year").
func (tg *tagger) ofThatYear(j int) (int, bool) {
	k := j + 1
	if tg.word(j) != "of" || tg.word(k) != "that" && (tg.word(k) != "the" || tg.word(k+1) != "same") {
		return 0, false
	}
	if tg.word(k) == "the" {
		k++
	}
	a := tg.anchor // a comparison's period too: "its fiscal 2001 third quarter, which ended in June of that year"
	if tg.word(k+1) != "year" || !tg.hasAnchor || a.Precision < PrecisionYear {
		return 0, false
	}
	if tg.ex != nil && tg.ex.cur != nil {
		tg.ex.cur.addAnchor("previous mention", tg.anchorText, a, "the year of the date mentioned last, which \"of that year\" points back to")
	}
	return a.Start.Year(), true
}

// comparison reports whether x, just tagged, is a count back that a
// comparison takes as its point ("its level of a year earlier", "lower
// than a year ago", "up from two years before").
func (tg *tagger) comparison(x Timex) bool {
	w := tg.lowerOf(x)
	if !strings.HasSuffix(w, " earlier") && !strings.HasSuffix(w, " ago") && !strings.HasSuffix(w, " before") {
		return false
	}
	before := strings.TrimRight(tg.lowerBefore(x.Start, 12), " ")
	for _, p := range comparisonLeads {
		if strings.HasSuffix(before, " "+p) || before == p {
			return true
		}
	}
	return false
}

// ageDecade reports whether the two-digit decade at j is an age: "over"
// or "under" and a hyphen stand before it, a possessive stands before it, or before "late", "early" or "mid" before
// it ("in his 30s", "their late 80s"), or before the decade it is joined
// to ("their late 80s and 90s").
func (tg *tagger) ageDecade(j int) bool {
	if tg.possessiveDecade(j) {
		return true
	}
	if tg.hyphen(j-1) && ageBands[tg.word(j-2)] {
		return true // "over-80s", "the under-18s": an age band
	}
	if w := tg.word(j - 1); (w == "and" || w == "or") && tg.word(j-2) == "s" && tg.toks[max(j-3, 0)].kind == kNum {
		return tg.possessiveDecade(j - 3)
	}
	return false
}

// temperatureReach bounds how far back from a decade temperatureDecade
// looks for the word that makes it degrees: "temperatures are forecast to
// rebound into the".
const temperatureReach = 8

// temperatureDecade reports whether the two-digit decade at j counts
// degrees: a word of the weather's temperature ("highs", "temperatures",
// "a warmup") stands a few words before it in its clause ("highs in the
// 50s", "a warmup to the 50s") and a preposition of level before "the"
// ("in", "into", "to"), or "Fahrenheit" after it.
func (tg *tagger) temperatureDecade(j int) bool {
	if degreeUnits[tg.word(j+2)] {
		return true // "the 40s Fahrenheit"
	}
	if tg.word(j-1) != "the" || !levelPrepositions[tg.word(j-2)] {
		return false // "lows not seen since the 70s", "the high point of the 80s": years
	}
	for k := j - 1; k >= tg.from && k >= j-temperatureReach && !tg.leftStop(k); k-- {
		if temperatureWords[tg.word(k)] {
			return true
		}
	}
	return false
}

// possessiveDecade reports whether a possessive, and perhaps "late",
// "early" or "mid", stands before the decade at j.
func (tg *tagger) possessiveDecade(j int) bool {
	k := j - 1
	if positionWords[tg.word(k)] != "" {
		k--
	}
	return tg.lexAt(k).has(inPossessives)
}

// ruleYear reads "2022", "in 1990", the decades "1990s", "the 1990s",
// "the '90s", and year ranges are left to produce two years.
func ruleYear(tg *tagger, i int) (match, bool) {
	j, the := tg.optThe(i)
	if (tg.punct(j, "'") || tg.punct(j, "’")) && tg.tight(j+1) {
		d, nd := tg.num(j + 1)
		if nd == 2 && tg.word(j+2) == "s" && tg.tight(j+2) {
			return date1(Date, j+3, pad(twoDigitYear(d)/10, 3))
		}
		if tg.lexAt(j-1).has(inYearPrepositions) && nd == 2 && !the && tg.word(j+2) == "" {
			return date1(Date, j+2, vYear(twoDigitYear(d))) // "since '82"
		}
		return match{}, false
	}
	if d, nd := tg.num(j); nd == 2 && d%10 == 0 && d >= 20 && tg.word(j+1) == "s" && tg.tight(j+1) {
		if tg.ageDecade(j) {
			return match{}, false // "in his 30s", "their late 80s and 90s" are ages
		}
		if tg.temperatureDecade(j) {
			return match{}, false // "highs in the 50s", "a warmup to the 50s" are degrees
		}
		return date1(Date, j+2, pad(190+d/10, 3)) // "the 70s"
	}
	if d, ok := int(tg.lexAt(j).decade), tg.lexAt(j).has(inDecadeWords); ok && the && !tg.lexAt(j-1).has(inPossessives) {
		return date1(Date, j+1, pad(190+d, 3)) // "the nineties"
	}
	y, ny := tg.num(j)
	if ny == 2 && !the && (tg.hyphen(j-1) || tg.punct(j-1, "/")) && tg.tight(j-1) && tg.tight(j) {
		// "1957-58": the second year of a range keeps the first's century.
		if y0, n0 := tg.num(j - 2); n0 == 4 && validYear(y0) && y0/100*100+y > y0 {
			if y0/100*100+y == y0+1 && tg.splitFinancial(j-2, j+1) {
				return date1(Date, j+1, vMonth(y0+1, tg.splitYearEnd())) // "the 2016-17 financial year" ends in March 2017
			}
			if tg.hyphen(j - 1) {
				return date1(Date, j+1, vYear(y0/100*100+y))
			}
		}
	}
	if ny != 4 || !validYear(y) {
		k := j
		if the && tg.word(j) == "year" {
			if y, k2 := tg.yearNum(j + 1); y > 0 {
				return date1(Date, k2, vYear(y)) // "the year 2014"
			}
			k++ // "the year two thousand"
		}
		if y, k := tg.spelledYear(k); y > 0 && (!the || k > j+1) {
			return date1(Date, k, vYear(y))
		}
		return match{}, false
	}
	if tg.word(j+1) == "s" && tg.tight(j+1) && y%10 == 0 {
		if y%100 == 0 && y != 2000 {
			// "the 1800s" is a century, but "the 2000s" the decade from
			// 2000 to 2009, as the noughties are named in English: the
			// century it would be is called the 21st.
			return date1(Date, j+2, pad(y/100, 2))
		}
		return date1(Date, j+2, pad(y/10, 3))
	}
	if d, nd := tg.num(j + 2); nd == 2 && (tg.hyphen(j+1) || tg.punct(j+1, "/")) && tg.tight(j+1) && tg.tight(j+2) &&
		d == (y+1)%100 && tg.splitFinancial(j, j+3) {
		// "the 2016-17 financial year", "the 2026/27 financial year":
		// April to March, as Britain's and India's public and tax
		// years run, unless the text says the year ends or begins
		// in another month ("which begins on 1 July").
		return date1(Date, j+1, vMonth(y, tg.splitYearEnd()%12+1))
	}
	if the {
		if w := tg.word(j + 1); w == "period" || w == "year" || w == "quarter" && ordinalWords[tg.word(j+1)] == 0 {
			if w == "period" {
				if m, ok := tg.yearPeriod(y, j+2); ok {
					return m, true
				}
			}
			return date1(Date, j+2, vYear(y)) // "the 1988 period"
		}
		return match{}, false
	}
	if !tg.looksLikeYear(j, y) {
		return match{}, false
	}
	return date1(Date, j+1, vYear(y))
}

// oldYearRange reports whether the number at i is an end of a range of
// years, "from 1453 to 1470" or "between 1453 and 1470", which makes a
// number outside 1900–2099 a year where "to 1470" alone ("rose to 1470")
// would not.
func (tg *tagger) oldYearRange(i int) bool {
	year := func(k int) bool { _, n := tg.num(k); return n == 4 && !countNouns[tg.word(k+1)] }
	if tg.word(i-1) == "between" {
		return tg.word(i+1) == "and" && year(i+2) // "between 1453 and"
	}
	w := tg.word(i - 1)
	return year(i) && year(i-2) && (rangeJoins[w] && tg.word(i-3) == "from" || w == "and" && tg.word(i-3) == "between")
}

// looksLikeYear rules out numbers that merely fall in the range of years:
// amounts ("$2000", "2,000"), percentages, counts ("1500 troops"), times.
func (tg *tagger) looksLikeYear(i, y int) bool {
	if (y < 1900 || y > 2099) && !oldYearCues[tg.word(i-1)] && !tg.oldYearRange(i) && !(y >= 1000 && tg.headsYearEntry(i, y)) {
		return false
	}
	if tg.endsImpossibleDate(i, y) || tg.modelYear(i) {
		return false
	}
	prev := i - 1
	if tg.capital(prev) && tg.capital(i+1) && !tg.tight(i+1) && monthWords[tg.word(prev)] == 0 &&
		tg.word(prev) != "" && !triggers[tg.word(prev)] && prev > tg.from && !tg.editionYear(y) &&
		tg.toks[i].newlines == 0 {
		// "the Russell 2000 Index", "Windows 2000 Server"; a name does
		// not run over a line break, as a timeline's entry opens a line
		// with its year ("Slate and Rain\n1982 Wins the chair").
		return false
	}
	if tg.punct(prev, "$") || tg.punct(prev, "£") || tg.punct(prev, "€") || tg.punct(prev, "#") {
		return false
	}
	if (tg.punct(prev, ",") || tg.punct(prev, ".") || tg.punct(prev, ":")) && tg.tight(i) {
		if _, n := tg.num(prev - 1); n > 0 {
			return false
		}
	}
	next := i + 1
	if (tg.punct(next, ",") || tg.punct(next, ".") || tg.punct(next, ":")) && tg.tight(next+1) {
		if _, n := tg.num(next + 1); n > 0 {
			return false
		}
	}
	if tg.punct(next, "%") || tg.tight(next) && tg.word(next) != "" {
		return false
	}
	return !countNouns[tg.word(next)]
}

// modelYear reports whether the year at i is a vehicle's model year, no
// time: after an article or a possessive and before a maker's name that
// a model's name or a vehicle noun follows ("the suspect's 1987 Chevrolet
// Cavalier", "the driver of a 2015 Toyota Camry", "his 2010 Ford
// pickup"). "In 2015 Toyota sold more cars", "the 2008 Ford report" and
// "the 2016 Ford Motor results" keep their years.
func (tg *tagger) modelYear(i int) bool {
	prev := tg.word(i - 1)
	if !modelYearLeads[prev] && !possessives[prev] && !(prev == "s" && tg.possessive(i-2)) {
		return false
	}
	if !vehicleMakes[tg.word(i+1)] || !tg.capital(i+1) || makerCompanyWords[tg.word(i+2)] {
		return false
	}
	return vehicleNouns[tg.word(i+2)] || tg.capital(i+2)
}

// editionYear reports whether a number inside a name is the year of an
// edition rather than part of the name: within a year of the publication
// date, "Euro 2024 Final", "the Red Dot 2015 Design Award" name this
// year's event, where "Russell 2000 Index" in 2024 names an index.
func (tg *tagger) editionYear(y int) bool {
	d := y - tg.dct.Year()
	return tg.hasDCT && d >= -1 && d <= 1
}

// endsImpossibleDate reports whether year y at i ends a day and month the
// calendar lacks in that year ("February 30, 2024", "30 February 2024"),
// which the date rules refused: the year alone is no event either.
func (tg *tagger) endsImpossibleDate(i, y int) bool {
	k := i - 1
	if tg.punct(k, ",") {
		k--
	}
	if m, ok := monthWords[tg.word(k)]; ok && tg.capital(k) {
		d, nd := tg.num(k - 1)
		if ordinalSuffixes[tg.word(k-1)] {
			d, nd = tg.num(k - 2)
		}
		return nd > 0 && nd <= 2 && !validDay(y, m, d)
	}
	d, nd := tg.num(k)
	m, ok := monthWords[tg.word(k-1)]
	return ok && tg.capital(k-1) && nd > 0 && nd <= 2 && !validDay(y, m, d)
}

// seasonValue resolves "last/this/next <season>" against the dct. A
// winter takes the year of its December, as ParseValue reads "2024-WI",
// so it is the year's last season, and in January or February the winter
// under way is last year's: "next winter" in June 2022 is 2022-WI, in
// January 2023 it is 2023-WI.
func seasonValue(dct time.Time, s string, off int) string {
	y := dct.Year()
	cur := seasonOf(dct)
	if cur == "WI" && dct.Month() <= time.February && (s == "WI" || off != 0) {
		// The winter under way is last year's; but "this summer" in
		// January is the summer of the year just begun, not the one gone.
		y--
	}
	order := map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}
	switch {
	case off < 0 && order[s] >= order[cur]:
		y--
	case off > 0 && order[s] <= order[cur]:
		y++
	}
	return vSeason(y, s)
}

func seasonOf(t time.Time) string {
	switch t.Month() {
	case 3, 4, 5:
		return "SP"
	case 6, 7, 8:
		return "SU"
	case 9, 10, 11:
		return "FA"
	}
	return "WI"
}

// ruleSeason reads "spring", "the summer", "summer 2024", "the fall of
// 1989".
func ruleSeason(tg *tagger, i int) (match, bool) {
	j, _ := tg.optThe(i)
	s, ok := seasonWords[tg.word(j)]
	if !ok || tg.word(j+1) == "time" && tg.capital(j+1) {
		return match{}, false // "British Summer Time" is a clock, not a season
	}
	k := j + 1
	if tg.word(k) == "of" {
		if y, k2 := tg.yearNum(k + 1); y > 0 {
			return date1(Date, tg.winterEnd(s, y, k2), vSeason(y, s))
		}
	}
	if y, k2 := tg.yearNum(k); y > 0 {
		return date1(Date, tg.winterEnd(s, y, k2), vSeason(y, s))
	}
	if tg.word(j) == "fall" && !tg.capital(j) && (j == i || tg.fallOfAmount(k) || tg.fallAsSubject(i, k)) {
		return match{}, false // "a fall in prices", "the fall in prices"; "autumn" has no such sense
	}
	if s == "SP" && springNouns[tg.word(k)] {
		return match{}, false // "a high spring tide": the moon's tide, any month
	}
	if seasonWeatherNouns[tg.word(k)] {
		return match{}, false // "a major winter storm": a kind of storm
	}
	if j == i && tg.word(i-1) == "a" && (tg.word(i-2) == "for" || tg.word(i+1) == "or") {
		return match{}, false // "do it for a summer or two": a length, no season of the calendar
	}
	if j == i && unanchoredSeason[tg.word(i-1)] {
		// "raised the money in a single winter", "through the Martian
		// winter": a season's length, or another planet's, is no
		// season of the calendar.
		return match{}, false
	}
	if j == i && tg.seasonNorm(i) {
		// "well above the average for a spring", "mild even for a
		// winter": any such season, the yardstick, none of the calendar.
		return match{}, false
	}
	if !tg.hasDCT || tg.habitual(i, k) || tg.seasonSpans(j) {
		return date1(Date, k, "XXXX-"+s) // "buying decisions are usually made in the summer"
	}
	if y, ok := tg.whenYear(i, k); ok {
		// "in 2013, when 40 children fell ill in the spring": the
		// season of the year the clause tells more of, as for a month.
		return date1(Date, k, vSeason(y, s))
	}
	t := tg.tenseAround(i, k)
	if y, ok := tg.sceneYear(int(seasonStart[s]), 1, i, k, t); ok {
		return date1(Date, k, vSeason(y, s)) // "Last autumn, a dispute over a cut in the spring ended"
	}
	return date1(Date, k, vSeason(tg.seasonYear(s, t), s))
}

// fallOfAmount reports whether "in" and a word in lower case follow
// "fall" at k, as a drop in an amount reads ("the fall in prices", "the
// fall in the pound"), where the autumn is named by a place ("the fall in
// New England") or is followed by no "in".
func (tg *tagger) fallOfAmount(k int) bool {
	return tg.word(k) == "in" && tg.word(k+1) != "" && !tg.capital(k+1)
}

// fallAsSubject reports whether "the fall" at i, its "fall" ending at k,
// is a subject no preposition governs, of a verb right after it ("said
// the fall reflected higher rates", "the fall was the steepest") or with
// a named thing after "of" ("the fall of Kabul"): a drop or a defeat,
// where the season is a time something happens in ("in the fall", "this
// fall").
func (tg *tagger) fallAsSubject(i, k int) bool {
	if prepositions[tg.word(i-1)] {
		return false
	}
	return tg.vword(k).finite() || tg.word(k) == "of" && tg.capital(k+1)
}

// winterEnd returns the index after a winter's year and the year it
// runs into ("the winter of 2011-12", "winter 2010/11", "the winter of
// 2018 to 2019"): one winter, not a range of two years. Other seasons,
// and years that do not follow, end at k.
func (tg *tagger) winterEnd(s string, y, k int) int {
	if s != "WI" {
		return k
	}
	if (tg.hyphen(k) || tg.punct(k, "/")) && tg.tight(k) && tg.tight(k+1) {
		if n, digits := tg.num(k + 1); digits == 2 && n == (y+1)%100 || digits == 4 && n == y+1 {
			return k + 2
		}
		return k
	}
	if winterIntoWords[tg.word(k)] {
		if n, digits := tg.num(k + 1); digits == 4 && n == y+1 {
			return k + 2
		}
	}
	return k
}

// unanchoredSeason are the words before a season that make it none of the
// calendar's: a count of one, another world's, or any one at all ("more
// slowly than in any winter since 2014"). An adjective between keeps the
// season ("than in any recent winter" is none either, but rare). "A" is
// left out: "a winter" is as often a season of the calendar, and taking
// it out cost WikiWars a strict match.
var unanchoredSeason = setOf("single", "one", "martian", "lunar", "any")

// seasonNorm reports whether the season at i follows "for a" and a word
// of the norm (seasonNorms: "the average for a spring") or "even" ("light
// even for a winter"): a yardstick, any such season.
func (tg *tagger) seasonNorm(i int) bool {
	if tg.word(i-1) != "a" || tg.word(i-2) != "for" {
		return false
	}
	return seasonNorms[tg.word(i-3)] || tg.word(i-3) == "even" // "light even for a winter": "even" makes any adjective a norm
}

// seasonStart is the month a season of year y begins in; winter runs from
// December of y into the next year, as ParseValue reads "2024-WI".
var seasonStart = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// seasonYear picks the year of a season written without one: in a past
// clause the latest such season that has begun, in a future one the
// current or next one, for the nearest day the one nearest the dct, else
// the one of the dct's year (the winter under way in January and
// February).
func (tg *tagger) seasonYear(s string, t tense) int {
	if y, ok := tg.historyYear(); ok {
		return y
	}
	y := tg.dct.Year()
	start := func(y int) time.Time { return time.Date(y, seasonStart[s], 1, 0, 0, 0, 0, time.UTC) }
	switch t {
	case tensePast:
		for start(y).After(tg.dct) {
			y--
		}
		return y
	case tenseFuture:
		// A season in its last fortnight is all but over: "It'll be
		// done by the autumn", written on 24 November, is next year's.
		for !seasonOver(start(y)).After(tg.dct) {
			y++
		}
		for seasonOver(start(y - 1)).After(tg.dct) {
			y--
		}
		return y
	}
	if s == "WI" && tg.dct.Month() <= 2 {
		y--
	}
	if t == tenseNearest {
		// "reopens after repairs over the winter", written in April:
		// the winter just gone is nearer than the next.
		for _, o := range []int{y - 1, y + 1} {
			if seasonGap(start(o), tg.dct) < seasonGap(start(y), tg.dct) {
				y = o
			}
		}
	}
	return y
}

// seasonOver is when the season that opens at start is all but over for
// a future clause, a fortnight before its three months end: what is
// still to be done "in the autumn" at the end of November is done next
// autumn.
func seasonOver(start time.Time) time.Time {
	return start.AddDate(0, 3, -14)
}

// seasonGap is how far d lies from the three months that open at start:
// none when they hold it.
func seasonGap(start, d time.Time) time.Duration {
	switch end := start.AddDate(0, 3, 0); {
	case d.Before(start):
		return start.Sub(d)
	case !d.Before(end):
		return d.Sub(end)
	}
	return 0
}

// ruleCentury reads "the 20th century", "the nineteenth century".
func ruleCentury(tg *tagger, i int) (match, bool) {
	j, _ := tg.optThe(i)
	n, nd := tg.num(j)
	k := j + 1
	if nd > 0 && nd <= 2 {
		if !ordinalSuffixes[tg.word(k)] {
			return match{}, false
		}
		k++
	} else if o, ok := tg.ordinalAt(j); ok && o > 0 {
		n = o
	} else {
		return match{}, false
	}
	if tg.word(k) != "century" || n < 11 || n > 100 {
		return match{}, false
	}
	// TimeBank leaves "the" out of centuries.
	return match{end: k + 1, typ: Date, value: pad(n-1, 2), first: j - i}, true
}

// ruleHoliday reads the holidays of the lexicon's holidays: "Christmas",
// "New Year's Day", "Christmas Eve", "Easter Monday", "Halloween". A
// "last" or "next" that picked the holiday's year (lastOrNextFeast) is part
// of the expression, as in "last February": "last Thanksgiving".
func ruleHoliday(tg *tagger, i int) (match, bool) {
	m, ok := tg.readHoliday(i)
	if ok && m.first == 0 && tg.countedFeast(i) {
		m.first = -1
	}
	return m, ok
}

// countedFeast reports whether the holiday at i follows a "last" or
// "next" that counts it from the day of writing, outside any expression
// read before: the word lastOrNextFeast reads.
func (tg *tagger) countedFeast(i int) bool {
	w := tg.word(i - 1)
	return (w == "last" || w == "next") && !determiners[tg.word(i-2)] && tg.hasDCT && i-1 >= tg.lastEnd && i-1 >= tg.from
}

// readHoliday reads the holiday at i for ruleHoliday.
func (tg *tagger) readHoliday(i int) (match, bool) {
	if tg.word(i) == "the" {
		return tg.newYear(i)
	}
	if tg.word(i) == "new" && !tg.capital(i) && newYearLeads[tg.word(i-1)] {
		return tg.newYear(i - 1) // a headline's "delays vote into new year"
	}
	if !tg.capital(i) && tg.word(i) != "xmas" {
		return match{}, false
	}
	if tg.hyphen(i-1) && tg.tight(i) && (tg.word(i-2) == "post" || tg.word(i-2) == "pre") {
		return match{}, false // "the post-Christmas getaway": a time around it, no day
	}
	m, ok := tg.holiday(i)
	if !ok || holidayNames[tg.word(m.end)] {
		return match{}, false
	}
	if genericLeads[tg.word(i-1)] && tg.nounAt(m.end) && tg.word(m.end) != "weekend" {
		// "its first win in a Boxing Day test since 2011", "a
		// Christmas party": a kind of match or party, no day in
		// particular, as "a summer drought" is no season.
		return match{}, false
	}
	if m.typ != Date || len(m.value) != 10 {
		return m, ok
	}
	if genericLeads[tg.word(i-1)] && tg.word(m.end) != "weekend" {
		// "had not celebrated a birthday or a Christmas since", "home
		// every Christmas": any year's feast, as "on a Monday" is any
		// Monday; "every" and "each" make it a set.
		return anyFeast(tg.word(i-1), m), true
	}
	if tg.hasDCT && (tg.habitual(i, m.end) || tg.everyYearBefore(i, m.end)) {
		// "The season usually starts at Easter", "we have done this
		// every year since, on his birthday and at Christmas": every
		// year's feast, no day in particular.
		return date1(Date, m.end, "XXXX-XX-XX")
	}
	if p, part := dayParts[tg.word(m.end)]; part && !strings.HasSuffix(tg.word(m.end), "s") {
		// "Thanksgiving evening", "Christmas morning": a part of it.
		return date1(Time, m.end+1, m.value+"T"+p)
	}
	if tg.word(m.end) == "weekend" {
		// "the Easter weekend", "the Memorial Day weekend", "the
		// Thanksgiving weekend": the weekend nearest the holiday.
		if day, err := time.Parse("2006-01-02", m.value); err == nil {
			return date1(Date, m.end+1, vWeek(nearestSaturday(day))+"-WE")
		}
	}
	return m, true
}

// anyFeast turns the holiday read as m, after the generic lead word lead,
// into that feast of no day in particular, as a habitual one is (a
// movable feast has no fixed day to keep): a set after "every" or "each",
// a date left open after "a" or "any".
func anyFeast(lead string, m match) match {
	typ := Date
	if lead == "every" || lead == "each" {
		typ = Set
	}
	return match{end: m.end, typ: typ, value: "XXXX-XX-XX"}
}

// nearestSaturday returns the Saturday nearest day: the one before a
// Monday or Tuesday holiday, the one after a Wednesday to Friday one.
func nearestSaturday(day time.Time) time.Time {
	back := (int(day.Weekday()) + 1) % 7 // days since Saturday
	if back > 3 {
		back -= 7
	}
	return day.AddDate(0, 0, -back)
}

// holiday reads the holiday name at i, with the word after it and a year.
func (tg *tagger) holiday(i int) (match, bool) {
	name, k := tg.holidayName(i)
	h, ok := holidays[name][""]
	if after, named := holidays[name][tg.word(k)]; named && tg.word(k) != "" && (monthWords[name] == 0 || tg.capital(k) && !tg.hyphen(k+1)) {
		// A month's name is a feast's only with "Day" written as a
		// name: "May Day", not "May day-trippers".
		h, ok, k = after, true, k+1
	}
	if !ok || holidayKinds[tg.word(k)] {
		return match{}, false // "the Christmas market" runs for weeks
	}
	if y, k2 := tg.yearNum(k + 1); tg.word(k) == "in" && y > 0 && !h.week {
		// "on Ash Wednesday in 1983": the holiday of that year.
		if h.movable != nil {
			return feastDay(k2, h.movable(y))
		}
		return date1(Date, k2, vDay(date(y, h.month, h.day)))
	}
	if h.movable != nil {
		m, ok := tg.movableFeast(i, k, h.movable)
		if h.week && ok {
			if sp, err := ParseValue(m.value); err == nil {
				m.value = vWeek(sp.Start)
			}
		}
		return m, ok
	}
	if y, k2 := tg.feastYear(k); y > 0 {
		return date1(Date, k2, vDay(date(y, h.month, h.day)))
	}
	if y, ok := tg.thatYear(i); ok {
		// "should have had that Christmas with her family", after "the
		// winter of 2017": the feast of the year told last, as "that
		// November" is that year's month.
		return date1(Date, k, vDay(date(y, h.month, h.day)))
	}
	if !tg.hasDCT {
		return date1(Date, k, "XXXX-"+pad(h.month, 2)+"-"+pad(h.day, 2))
	}
	// "last Christmas" five days before it is the one a year gone, which
	// the nearest-date reading of a fixed day would not give.
	if y, ok := tg.lastOrNextFeast(i, func(y int) time.Time { return date(y, h.month, h.day) }); ok {
		return date1(Date, k, vDay(date(y, h.month, h.day)))
	}
	// A fixed feast is a day and month: it takes the year a recent
	// mention wrote out as "December 26" would ("in December 2015, when
	// the river burst its banks on Boxing Day").
	if v := tg.monthDay(h.month, h.day, i, k); v != "" {
		return date1(Date, k, v)
	}
	return date1(Date, k, vDay(date(tg.yearFor(h.month, h.day, i, k), h.month, h.day)))
}

// lastOrNextFeast reads "last" or "next" before the holiday at i, whose
// date in year y is day(y): the year of the first one after the day of
// writing ("from next Easter", next year's once this year's has gone by)
// or of the last one before it. After a determiner ("his last
// Christmas") the word orders the holidays of a story, not of the
// calendar, and the holiday is read as if it stood alone.
func (tg *tagger) lastOrNextFeast(i int, day func(y int) time.Time) (int, bool) {
	if determiners[tg.word(i-2)] {
		return 0, false // "his last Christmas", "the next Easter he spent": no count from today
	}
	y := tg.dct.Year()
	switch tg.word(i - 1) {
	case "next":
		if !day(y).After(tg.dct) {
			y++
		}
		return y, true
	case "last":
		if !day(y).Before(tg.dct) {
			y--
		}
		return y, true
	}
	return 0, false
}

// holidayName returns the holiday name starting at i, as holidays spells
// it, and the index after it: one word, or "new year's".
func (tg *tagger) holidayName(i int) (string, int) {
	if tg.word(i) == "new" && tg.word(i+1) == "year" && (tg.punct(i+2, "'") || tg.punct(i+2, "’")) &&
		tg.word(i+3) == "s" {
		return "new year's", i + 4
	}
	if tg.word(i) == "new" && tg.word(i+1) == "year" && tg.capital(i+1) && !tg.capital(i-1) &&
		(!tg.nounAt(i+2) || tg.word(i+2) == "day" || tg.word(i+2) == "eve") {
		// "between Christmas and New Year", "over New Year": the day;
		// "Lunar New Year" and "Chinese New Year" are other feasts,
		// "the Christmas and New Year sales period" a season.
		return "new year", i + 2
	}
	if saintTitles[tg.word(i)] {
		// "St Patrick's Day", "St. George's Day", "Saint Andrew's Day"
		j := i + 1
		if tg.punct(j, ".") {
			j++
		}
		if (tg.punct(j+1, "'") || tg.punct(j+1, "’")) && tg.word(j+2) == "s" {
			return "st " + tg.word(j) + "'s", j + 3
		}
	}
	if (tg.punct(i+1, "'") || tg.punct(i+1, "’")) && tg.word(i+2) == "s" {
		return tg.word(i) + "'s", i + 3 // "Valentine's Day"
	}
	if (tg.punct(i+1, "'") || tg.punct(i+1, "’")) && tg.tight(i+1) && strings.HasSuffix(tg.word(i), "s") {
		return tg.word(i), i + 2 // "Presidents' Day": a plural's mark, the name as "Presidents Day"
	}
	if w := tg.word(i) + " " + tg.word(i+1) + " " + tg.word(i+2); holidays[w] != nil {
		return w, i + 3 // "the Fourth of July"
	}
	return tg.word(i), i + 1
}

// newYear reads "the new year" (not "the New Year's Day"): the year to
// come in an article from November or December, the year just begun in
// January or February, and in between the year to come when the clause
// looks ahead ("the trial is scheduled to open in the new year", written
// in May) and this year otherwise ("prices have risen since the new year").
func (tg *tagger) newYear(i int) (match, bool) {
	if tg.word(i+1) != "new" || tg.word(i+2) != "year" || tg.punct(i+3, "'") || tg.punct(i+3, "’") || !tg.hasDCT ||
		holidayNames[tg.word(i+3)] && tg.capital(i+3) { // "the New Year Honours" is a name
		return match{}, false
	}
	y := tg.dct.Year()
	switch m, t := tg.dct.Month(), tg.tenseAround(i, i+3); {
	case m >= time.November:
		y++
	case m > time.February && t == tenseFuture:
		y++
	case m >= time.July && t == tenseNearest:
		// "had been willing to review the rota in the new year",
		// written in August: a plan seen from the past, for the
		// nearest new year, the one ahead.
		y++
	}
	if tg.word(i+3) == "weekend" {
		// "212 incidents over the New Year weekend": the weekend
		// nearest that year's first day, as "the Easter weekend" is.
		return date1(Date, i+4, vWeek(nearestSaturday(date(y, 1, 1)))+"-WE")
	}
	return date1(Date, i+3, vYear(y))
}

// spelledYear reads a year in words, as broadcast transcripts write them:
// "nineteen ninety-six", "two thousand".
func (tg *tagger) spelledYear(i int) (int, int) {
	switch {
	case spokenCenturies[tg.word(i)]:
		tens, ok := cardinals[tg.word(i+1)]
		if !ok || tens < 20 || tens%10 != 0 || tens > 90 {
			return 0, i
		}
		y, k := cardinals[tg.word(i)]*100+tens, i+2
		if tg.hyphen(k) {
			if o, ok := cardinals[tg.word(k+1)]; ok && o > 0 && o < 10 && tg.word(k+1) != "a" {
				y, k = y+o, k+2
			}
		}
		return y, k
	case tg.word(i) == "two" && tg.word(i+1) == "thousand":
		return 2000, i + 2
	}
	return 0, i
}

// ruleDayAfterAnd reads the second day of "April 24 and 25" or "24-25
// April" after the first was tagged, in the same month.
func ruleDayAfterAnd(tg *tagger, i int) (match, bool) {
	d, end := tg.dayNum(i)
	if d == 0 || tg.lastEnd != i-1 || !tg.hasAnchor || tg.anchor.Precision != PrecisionDay {
		return match{}, false
	}
	switch w := tg.word(i - 1); {
	case w == "and" || w == "to" || w == "or" || tg.hyphen(i-1):
	case tg.punct(i-1, ",") && tg.dayListGoesOn(end):
		// "May 2, 9 and 16", "May 2-3, 9-10": the list says the number
		// is a day, where "On May 2, 9 people" counts people.
	default:
		return match{}, false
	}
	if m, _ := tg.month(end); m > 0 {
		return match{}, false // "19 and 21 November": ruleDayFirst reads it
	}
	tg.noteAnchor("the month of the first day")
	a := tg.anchor.Start
	if !validDay(a.Year(), int(a.Month()), d) || d <= a.Day() {
		return match{}, false
	}
	return date1(Date, end, vDay(date(a.Year(), int(a.Month()), d)))
}

// dayListGoesOn reports whether a list of days goes on after the day
// number that ends before token k: a list word, a dash or a comma before
// the next number.
func (tg *tagger) dayListGoesOn(k int) bool {
	return listJoins[tg.word(k)] || tg.hyphen(k) || tg.punct(k, ",") && tg.isNum(k+1)
}

// isNum reports whether token i is a number.
func (tg *tagger) isNum(i int) bool {
	n, _ := tg.num(i)
	return n >= 0
}

// movableFeast resolves a holiday whose date day gives for each year,
// written at i and ending at k: in the year written after it, else this
// year's, or last year's when this year's is still to come and the clause
// is not about the future.
func (tg *tagger) movableFeast(i, k int, day func(y int) time.Time) (match, bool) {
	if y, k2 := tg.feastYear(k); y > 0 {
		return feastDay(k2, day(y))
	}
	if !tg.hasDCT {
		return match{}, false
	}
	if y, ok := tg.lastOrNextFeast(i, day); ok {
		return feastDay(k, day(y))
	}
	if y, ok := tg.ownerYear(i); ok {
		return feastDay(k, day(y)) // "over last year's Easter weekend"
	}
	y := tg.dct.Year()
	if t := day(y); t.After(tg.dct) {
		// Still to come this year: last year's in a past clause, and
		// with no tense at all ("Easter falls on March 31 this year")
		// the nearer of the two, as a fixed holiday is read.
		switch tg.tenseAround(i, k) {
		case tensePast:
			y--
		case tenseNone:
			if last := day(y - 1); !last.IsZero() && tg.dct.Sub(last) < t.Sub(tg.dct) {
				y--
			}
		}
	} else if t.Before(tg.dct) {
		// Gone by this year: next year's in a future clause ("will
		// finish before Easter", written in June), and with no tense
		// the nearer of the two.
		switch tg.tenseAround(i, k) {
		case tenseFuture:
			y++
		case tenseNone:
			if next := day(y + 1); !next.IsZero() && next.Sub(tg.dct) < tg.dct.Sub(t) {
				y++
			}
		}
	}
	return feastDay(k, day(y))
}

// ownerYear returns the year that a year expression right before i owns
// the date at i by, through a possessive: "last year's Easter weekend",
// "this year's June figures". The date is that year's, whatever the
// clause's tense would pick.
func (tg *tagger) ownerYear(i int) (int, bool) {
	if i < 2 || tg.lastEnd != i-2 || !tg.possessive(i-2) || !tg.hasAnchor || tg.anchor.Precision != PrecisionYear {
		return 0, false
	}
	return tg.anchor.Start.Year(), true
}

// feastYear reads the year written after a holiday at k, as digits ("at
// Easter 2019") or as "last year", "next year", "this year" or "the
// following year" ("over the Fourth of July last year"), which name the
// holiday's year as the digits would; it returns the year and the index
// after it, or (0, k). As with "March last year", the whole is one
// expression.
func (tg *tagger) feastYear(k int) (int, int) {
	if y, k2 := tg.yearNum(k); y > 0 {
		return y, k2
	}
	return tg.relativeYear(k)
}

// feastDay is the match of a movable feast ending before k on day, none
// when day is the zero time: a year its table lacks.
func feastDay(k int, day time.Time) (match, bool) {
	if day.IsZero() {
		return match{}, false
	}
	return date1(Date, k, vDay(day))
}

// easter returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// thanksgiving returns the fourth Thursday of November of year y.
func thanksgiving(y int) time.Time {
	first := date(y, 11, 1)
	off := (int(time.Thursday) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, off+21)
}

// blackFriday returns the day after Thanksgiving of year y, when the
// United States' holiday shopping opens; cyberMonday the Monday after it,
// its online sales day.
func blackFriday(y int) time.Time { return thanksgiving(y).AddDate(0, 0, 1) }

func cyberMonday(y int) time.Time { return thanksgiving(y).AddDate(0, 0, 4) }

// tableDay returns the movable feast whose day in each year table gives,
// as month and day: the zero time for a year the table lacks.
func tableDay(table map[int][2]int) func(int) time.Time {
	return func(y int) time.Time {
		md, ok := table[y]
		if !ok {
			return time.Time{}
		}
		return date(y, md[0], md[1])
	}
}

// remembranceSunday returns the second Sunday of November of year y, when
// Britain remembers its war dead.
func remembranceSunday(y int) time.Time {
	first := date(y, 11, 1)
	return first.AddDate(0, 0, (7-int(first.Weekday()))%7+7)
}

// easterMonday returns the Monday after Easter Sunday of year y.
func easterMonday(y int) time.Time { return easter(y).AddDate(0, 0, 1) }

// goodFriday returns the Friday before Easter Sunday of year y.
func goodFriday(y int) time.Time { return easter(y).AddDate(0, 0, -2) }

// ashWednesday returns the Wednesday 46 days before Easter Sunday of year y.
func ashWednesday(y int) time.Time { return easter(y).AddDate(0, 0, -46) }

// columbusDay returns the second Monday of October of year y, the United
// States' Columbus Day.
func columbusDay(y int) time.Time {
	d, _ := nthWeekdayOf(y, 10, int(time.Monday), 2)
	return d
}

// presidentsDay returns the third Monday of February of year y, the
// United States' Presidents Day (Washington's Birthday in law).
func presidentsDay(y int) time.Time {
	d, _ := nthWeekdayOf(y, 2, int(time.Monday), 3)
	return d
}

// memorialDay returns the last Monday of May of year y.
func memorialDay(y int) time.Time {
	last := date(y, 5, 31)
	return last.AddDate(0, 0, -((int(last.Weekday()) - int(time.Monday) + 7) % 7))
}

// victoriaDay returns Canada's Victoria Day of year y: the last Monday
// before May 25.
func victoriaDay(y int) time.Time {
	day := date(y, 5, 24)
	return day.AddDate(0, 0, -((int(day.Weekday()) - int(time.Monday) + 7) % 7))
}

// laborDay returns the first Monday of September of year y, the United
// States' Labor Day ("Labour Day", spelt so, is May 1 in much of the
// world, so only the American spelling is read).
func laborDay(y int) time.Time {
	first := date(y, 9, 1)
	return first.AddDate(0, 0, (int(time.Monday)-int(first.Weekday())+7)%7)
}

// holyWeek returns the Monday that starts the week before Easter Sunday of
// year y, the holy week.
func holyWeek(y int) time.Time { return easter(y).AddDate(0, 0, -6) }

// countYear counts a written year as far from the dct or near it (see
// narrative); in a history a year, or a season or quarter of one, becomes
// the year later days and months share.
func (tg *tagger) countYear(text string, s Span) {
	if !writesYear(text) || !tg.hasDCT {
		return
	}
	if absInt(s.Start.Year()-tg.dct.Year()) >= 2 {
		tg.farYears++
	} else {
		tg.nearYears++
	}
	if s.Precision >= PrecisionYear && s.Precision < PrecisionMonth && tg.narrative() {
		tg.recentYear, tg.yearAge, tg.recentMonth = s.Start.Year(), 0, 0
	}
}

// noteContext records what expression x, read by rule as m, tells later
// ones: whether the text speaks from the day of writing (see narrative)
// and whether x was a comparison with a year before (see sameComparison).
func (tg *tagger) noteContext(x Timex, rule string, m match) {
	if newsRules[rule] && !tg.newsCue && !writesYear(x.Text) && !anaphoricText(x.Text) {
		tg.newsCue = true
	}
	tg.backValue = ""
	if m.yearBack {
		tg.backValue = x.Value
	}
}

// anaphoricText reports whether an expression counts from the date
// mentioned last ("the following spring", "the next spring"), which a
// history does too.
func anaphoricText(s string) bool {
	w, rest, _ := strings.Cut(s, " ")
	the := strings.EqualFold(w, "the")
	if the {
		w, _, _ = strings.Cut(rest, " ")
	}
	for a := range anaphoricWords {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return the && strings.EqualFold(w, "next")
}

func absInt(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// narrative reports whether the text reads as history rather than news:
// the years it writes out are all far from the dct ("In 1915 ... On 25
// April") and nothing yet spoke from the day of writing, so that a day,
// month or season without a year takes the year written last, not the
// dct's, however many sentences back.
func (tg *tagger) narrative() bool { return tg.nearYears == 0 && !tg.newsCue && tg.farYears >= 2 }

// historyYear is the year written last when the text reads as a history
// (see narrative): the year of "in March" or "that summer" there.
func (tg *tagger) historyYear() (int, bool) {
	if !tg.narrative() || tg.recentYear == 0 {
		return 0, false
	}
	tg.noteAnchor("the year written last in a history")
	return tg.recentYear, true
}

// newsRules read expressions that speak from the day of writing ("on
// Tuesday", "yesterday", "last week"), which a history does not use.
var newsRules = map[string]bool{"weekday": true, "deictic": true, "relative": true, "weekend": true}

// anchorState is the date that later expressions count from ("two years
// later", "the following spring"), as remember sets it.
type anchorState struct {
	anchor     Span
	hasAnchor  bool
	anchorText string
}

// countedFrom returns the date later expressions count from now.
func (tg *tagger) countedFrom() anchorState {
	return anchorState{tg.anchor, tg.hasAnchor, tg.anchorText}
}

// keepCountedFrom puts back the date later expressions count from after a
// year that names a thing rather than the time the story has reached (see
// ownedYear).
func (tg *tagger) keepCountedFrom(a anchorState) {
	tg.anchor, tg.hasAnchor, tg.anchorText = a.anchor, a.hasAnchor, a.anchorText
}

// ownedYear reports whether the year at [start, end) stands between a
// possessive and the noun it dates, naming a work or a deed of the owner
// ("sampled her 1966 single", "his 1995 book"). After a date earlier in
// its sentence the story has not moved to that year, and "two years
// later" counts from the date the clause is told at ("found her in 2004,
// when a producer sampled her 1966 single. She went back into the studio
// two years later" is 2006); the caller checks for that date.
func (tg *tagger) ownedYear(start, end int) bool {
	if end != start+1 || !possessives[tg.word(start-1)] {
		return false
	}
	if _, nd := tg.num(start); nd != 4 {
		return false
	}
	next := tg.word(end)
	return next != "" && !tg.vword(end).verbal()
}
