package timex

import (
	"strconv"
	"strings"
	"time"
)

// rule reads an expression starting at token i. Each rule is a short
// hand-written walk over the tokens; matchAt keeps the longest reading.
type rule func(tg *tagger, i int) (match, bool)

// modTargets are the rules whose dates take "early", "late", "mid" and
// "the end of"; rules adds the rest.
var modTargets = []rule{ruleNumericDate, ruleMonthFirst, ruleDayFirst, ruleYear, ruleWeekday, ruleDeictic,
	ruleRelative, ruleQuarter, ruleSeason, ruleFiscal, ruleCentury, ruleHoliday}

// numberRules are the rules that can start at a number, in the order of
// wordRules; matchAt tries only them at numbers.
var numberRules = []rule{ruleCount, ruleClock, ruleStopwatch, ruleDayAfterAnd, ruleNumericDate, ruleDayFirst,
	ruleYear, ruleQuarter, ruleFiscal, ruleCentury}

// wordRules are the rules tried at words and marks. On a tie in length
// the earlier rule wins.
var wordRules = append([]rule{ruleMod, ruleCount, ruleRef, ruleSet, ruleClock, ruleAnaphor, ruleBarePlural,
	ruleWeekend, ruleWholeYear, ruleOvernight, ruleSamePeriod}, modTargets...)

func date1(typ Type, end int, value string) (match, bool) {
	return match{end: end, typ: typ, value: value}, value != ""
}

// --- explicit dates ---

// ruleNumericDate reads 2024-11-27, 2024/11/27, 11/27/2024 and 11/27/24.
func ruleNumericDate(tg *tagger, i int) (match, bool) {
	a, da := tg.num(i)
	if a < 0 || !(tg.punct(i+1, "-") || tg.punct(i+1, "/")) || !tg.tight(i+1) || !tg.tight(i+2) {
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
	if da <= 2 && db <= 2 && sep == "/" && tg.hasDCT && validDay(tg.dct.Year(), a, b) && a <= 12 {
		// 11/27 is a month and day in US news.
		return date1(Date, end, vDay(date(tg.dct.Year(), a, b)))
	}
	return match{}, false
}

func twoDigitYear(n int) int {
	if n < 50 {
		return 2000 + n
	}
	return 1900 + n
}

// month reads a month name at i ("September", "Sept.", "Nov") and returns
// it and the index after it. Abbreviations and "May"/"March" need a
// capital letter, as month names always have one in news prose.
func (tg *tagger) month(i int) (int, int) {
	w := tg.word(i)
	m, ok := monthWords[w]
	if !ok || !tg.capital(i) {
		return 0, i
	}
	j := i + 1
	if monthAbbrevOnly[w] {
		j = tg.optDot(j)
		if j == i+1 {
			if n, _ := tg.num(j); n < 0 {
				return 0, i
			}
		}
	}
	return m, j
}

// dayNum reads a day of the month: 27, 27th, 1st.
func (tg *tagger) dayNum(i int) (int, int) {
	d, nd := tg.num(i)
	if d < 1 || d > 31 || nd > 2 {
		return 0, i
	}
	switch tg.word(i + 1) {
	case "st", "nd", "rd", "th":
		if tg.tight(i + 1) {
			return d, i + 2
		}
	}
	if w := tg.word(i + 1); w != "" && tg.tight(i+1) {
		return 0, i // 27km, 3am: not a day
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

// optComma skips a comma at i.
func (tg *tagger) optComma(i int) int {
	if tg.punct(i, ",") {
		return i + 1
	}
	return i
}

// weekdayPrefix skips "Wednesday," before a date.
func (tg *tagger) weekdayPrefix(i int) int {
	if _, ok := weekdayWords[tg.word(i)]; ok && tg.capital(i) {
		return tg.optComma(i + 1)
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
		if y, k4 := tg.yearNum(tg.optComma(k3)); y > 0 {
			if validDay(y, m, d) {
				return date1(Date, k4, vDay(date(y, m, d)))
			}
			return match{}, false
		}
		if v := tg.monthDay(m, d, i, k3); v != "" {
			return date1(Date, k3, v)
		}
		return match{}, false
	}
	if y, k2 := tg.yearNum(tg.optComma(k)); y > 0 && (k2 == k+1 || tg.punct(k, ",")) {
		return date1(Date, k2, vMonth(y, m))
	}
	if j != i {
		return match{}, false
	}
	if m == 5 && !tg.mayIsMonth(i) {
		return match{}, false
	}
	return date1(Date, k, tg.monthAlone(m, i, k))
}

// mayIsMonth tells the month May from the verb: the month follows a
// preposition or a determiner, or is followed by a day or year.
func (tg *tagger) mayIsMonth(i int) bool {
	switch tg.word(i - 1) {
	case "in", "since", "until", "till", "by", "of", "from", "to", "through", "last", "next", "this", "early",
		"late", "mid", "during", "before", "after", "and", "between", "that", "each", "every", "on":
		return true
	}
	return tg.hyphen(i-1) && tg.word(i-2) == "mid"
}

// ruleDayFirst reads "27 November 2024", "27th of November", "19 and 21
// November".
func ruleDayFirst(tg *tagger, i int) (match, bool) {
	j := tg.weekdayPrefix(i)
	d, k := tg.dayNum(j)
	if d == 0 {
		return match{}, false
	}
	if (tg.word(k) == "and" || tg.hyphen(k) || tg.word(k) == "to") && k+1 < tg.to {
		if d2, k2 := tg.dayNum(k + 1); d2 > d {
			if m, k3 := tg.month(k2); m > 0 {
				// "19 and 21 November": the first day alone, in the
				// month (and year) written after the second.
				y, _ := tg.yearNum(tg.optComma(k3))
				return date1(Date, j+1, tg.rangeStart(y, m, d, i, k3))
			}
		}
	}
	if tg.word(k) == "of" {
		k++
	}
	m, k2 := tg.month(k)
	if m == 0 {
		return match{}, false
	}
	if y, k3 := tg.yearNum(tg.optComma(k2)); y > 0 {
		if validDay(y, m, d) {
			return date1(Date, k3, vDay(date(y, m, d)))
		}
		return match{}, false
	}
	return date1(Date, k2, tg.monthDay(m, d, i, k2))
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
	if tg.recentYear > 0 && (tg.recentMonth == 0 || tg.recentMonth == m) {
		y = tg.recentYear
	}
	if wd, ok := weekdayWords[tg.word(i)]; ok && tg.capital(i) {
		y = tg.yearWithWeekday(y, m, d, wd)
	}
	if !validDay(y, m, d) {
		return ""
	}
	return vDay(date(y, m, d))
}

// yearFor picks the year of a month (and day, if d > 0) written without
// one: the instance nearest the dct that agrees with the tense of the
// clause. A bare month reads the tense from any past participle too, while
// a day and month trusts only auxiliaries, since "payable Dec. 15" after
// "declared" is in the future.
func (tg *tagger) yearFor(m, d, i, j int) int {
	t := tg.strongTense(i, j)
	day := d
	if d == 0 {
		t, day = tg.tenseAround(i, j), 15
	}
	dy := tg.dct.Year()
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
	return vMonth(tg.yearFor(m, 0, i, j), m)
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
		switch tg.word(j - 1) {
		case "since", "in", "of", "from", "until", "by":
			if nd == 2 && !the && tg.word(j+2) == "" {
				return date1(Date, j+2, vYear(twoDigitYear(d))) // "since '82"
			}
		}
		return match{}, false
	}
	if d, nd := tg.num(j); nd == 2 && d%10 == 0 && d >= 20 && tg.word(j+1) == "s" && tg.tight(j+1) {
		return date1(Date, j+2, pad(190+d/10, 3)) // "the 70s"
	}
	y, ny := tg.num(j)
	if ny == 2 && !the && tg.hyphen(j-1) && tg.tight(j-1) && tg.tight(j) {
		// "1957-58": the second year of a range keeps the first's century.
		if y0, n0 := tg.num(j - 2); n0 == 4 && validYear(y0) && y0/100*100+y > y0 {
			return date1(Date, j+1, vYear(y0/100*100+y))
		}
	}
	if ny != 4 || !validYear(y) {
		k := j
		if the && tg.word(j) == "year" {
			k++ // "the year two thousand"
		}
		if y, k := tg.spelledYear(k); y > 0 && (!the || k > j+1) {
			return date1(Date, k, vYear(y))
		}
		return match{}, false
	}
	if tg.word(j+1) == "s" && tg.tight(j+1) && y%10 == 0 {
		return date1(Date, j+2, pad(y/10, 3))
	}
	if the {
		if w := tg.word(j + 1); w == "period" || w == "year" || w == "quarter" && ordinalWords[tg.word(j+1)] == 0 {
			return date1(Date, j+2, vYear(y)) // "the 1988 period"
		}
		return match{}, false
	}
	if !tg.looksLikeYear(j, y) {
		return match{}, false
	}
	return date1(Date, j+1, vYear(y))
}

// looksLikeYear rules out numbers that merely fall in the range of years:
// amounts ("$2000", "2,000"), percentages, counts ("1500 troops"), times.
func (tg *tagger) looksLikeYear(i, y int) bool {
	if y < 1900 || y > 2099 {
		switch tg.word(i - 1) {
		case "in", "since", "of", "from", "until", "by", "before", "after", "year", "around", "circa", "c":
		default:
			return false
		}
	}
	prev := i - 1
	if tg.capital(prev) && tg.capital(i+1) && !tg.tight(i+1) && monthWords[tg.word(prev)] == 0 &&
		tg.word(prev) != "" && !triggers[tg.word(prev)] && prev > tg.from {
		return false // "the Russell 2000 Index", "Windows 2000 Server"
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
	switch w := tg.word(next); w {
	case "percent", "per", "people", "troops", "soldiers", "dollars", "euros", "pounds", "yuan", "yen",
		"points", "feet", "metres", "meters", "miles", "km", "kilometers", "tons", "tonnes", "barrels",
		"shares", "votes", "cases", "deaths", "hours", "hrs", "gmt", "utc", "est", "edt", "pst":
		return false
	}
	return true
}

// --- weekdays, deictic days and times of day ---

// ruleWeekday reads "Wednesday", "Tuesday morning", "Sunday's".
func ruleWeekday(tg *tagger, i int) (match, bool) {
	w := tg.word(i)
	wd, ok := weekdayWords[w]
	if !ok || !tg.capital(i) || strings.HasSuffix(w, "s") {
		return match{}, false
	}
	j := i + 1
	if !tg.hasDCT {
		return date1(Date, j, "XXXX-WXX-"+strconv.Itoa((wd+6)%7+1))
	}
	if day, ok := tg.rangeEnd(i, wd); ok {
		return tg.withPartOfDay(day, j)
	}
	day := tg.weekdayDate(wd, tg.tenseAround(i, j))
	return tg.withPartOfDay(day, j)
}

// rangeEnd resolves the second weekday of "from Friday to Thursday" or
// "Monday and Tuesday" as the first such day after the one just tagged.
func (tg *tagger) rangeEnd(i, wd int) (time.Time, bool) {
	switch w := tg.word(i - 1); {
	case w == "to" || w == "through" || w == "until" || w == "till" || w == "and" || tg.hyphen(i-1):
	default:
		return time.Time{}, false
	}
	if tg.lastEnd != i-1 || !tg.lastWeekday || !tg.hasAnchor || tg.anchor.Precision != PrecisionDay {
		return time.Time{}, false
	}
	a := tg.anchor.Start
	gap := (wd - int(a.Weekday()) + 7) % 7
	if gap == 0 {
		gap = 7
	}
	return a.AddDate(0, 0, gap), true
}

// weekdayDate resolves a weekday against the dct: the dct itself if it
// falls on that day, else the nearest one in the direction of the tense
// (past when unsure, as news mostly reports).
func (tg *tagger) weekdayDate(wd int, t tense) time.Time {
	dwd := int(tg.dct.Weekday())
	if wd == dwd {
		return tg.dct
	}
	if t == tenseFuture {
		return tg.dct.AddDate(0, 0, (wd-dwd+7)%7)
	}
	return tg.dct.AddDate(0, 0, -((dwd - wd + 7) % 7))
}

// withPartOfDay extends a day with a following part of the day ("morning",
// "night") or a clock time.
func (tg *tagger) withPartOfDay(day time.Time, j int) (match, bool) {
	if p, ok := dayParts[tg.word(j)]; ok && tg.word(j) != "overnight" {
		return date1(Time, j+1, vDay(day)+"T"+p)
	}
	return date1(Date, j, vDay(day))
}

// ruleDeictic reads "yesterday", "today", "tomorrow", "tonight", "this
// morning", "last night", "yesterday afternoon".
func ruleDeictic(tg *tagger, i int) (match, bool) {
	if !tg.hasDCT {
		return match{}, false
	}
	switch w := tg.word(i); w {
	case "yesterday":
		return tg.withPartOfDay(tg.dct.AddDate(0, 0, -1), i+1)
	case "today":
		return tg.withPartOfDay(tg.dct, i+1)
	case "tomorrow":
		return tg.withPartOfDay(tg.dct.AddDate(0, 0, 1), i+1)
	case "tonight":
		return date1(Time, i+1, vDay(tg.dct)+"TNI")
	case "this":
		if p, ok := dayParts[tg.word(i+1)]; ok {
			return date1(Time, i+2, vDay(tg.dct)+"T"+p)
		}
	case "last":
		if tg.word(i+1) == "night" {
			return date1(Time, i+2, vDay(tg.dct.AddDate(0, 0, -1))+"TNI")
		}
	}
	return match{}, false
}

// ruleClock reads "11 a.m.", "9:30 p.m. EST", "14:00", "noon" and
// "midnight", with a following day: "11 a.m. Tuesday".
func ruleClock(tg *tagger, i int) (match, bool) {
	h, min, j := tg.clock(i)
	if j == i {
		return match{}, false
	}
	zone := ""
	if tg.word(j) == "utc" {
		zone = "Z"
	}
	j = tg.timezone(j)
	base, hasDay := tg.dct, tg.hasDCT
	if tg.hasAnchor && tg.anchor.Precision >= PrecisionDay && tg.anchor.Precision <= PrecisionPartOfDay {
		// A bare clock time belongs to the day the story is on.
		base, hasDay = tg.anchor.Start.Truncate(24*time.Hour), true
	}
	k := j
	if tg.word(k) == "on" {
		k++
	}
	if d, ok := weekdayWords[tg.word(k)]; ok && tg.capital(k) && tg.hasDCT {
		base, j = tg.weekdayDate(d, tg.tenseAround(i, k+1)), k+1
	} else if w := tg.word(k); w == "yesterday" || w == "today" || w == "tomorrow" {
		off := map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[w]
		if tg.hasDCT {
			base, j = tg.dct.AddDate(0, 0, off), k+1
		}
	}
	if !hasDay {
		return date1(Time, j, "XXXX-XX-XXT"+pad(h, 2)+":"+pad(min, 2)+zone)
	}
	return date1(Time, j, vDay(base)+"T"+pad(h, 2)+":"+pad(min, 2)+zone)
}

// clock reads a time of day at i and returns hour, minute and the index
// after it, or j == i when there is none.
func (tg *tagger) clock(i int) (int, int, int) {
	switch tg.word(i) {
	case "noon", "midday":
		return 12, 0, i + 1
	}
	h, nh := tg.num(i)
	if nh == 4 && h%100 < 60 && h/100 < 24 {
		switch tg.word(i + 1) {
		case "utc", "gmt":
			return h / 100, h % 100, i + 1 // "0800 UTC"
		}
	}
	if h < 0 || nh > 2 || h > 24 {
		return 0, 0, i
	}
	j, min := i+1, 0
	hasMin := false
	if tg.punct(j, ":") && tg.tight(j) && tg.tight(j+1) {
		if mm, nm := tg.num(j + 1); nm == 2 && mm < 60 {
			j, min, hasMin = j+2, mm, true
		}
	}
	switch tg.word(j) {
	case "a.m.", "am", "a.m":
		if h == 0 || h > 12 {
			return 0, 0, i
		}
		return h % 12, min, tg.optDot(j + 1)
	case "p.m.", "pm", "p.m":
		if h == 0 || h > 12 {
			return 0, 0, i
		}
		return h%12 + 12, min, tg.optDot(j + 1)
	case "o":
		if tg.punct(j+1, "'") && tg.word(j+2) == "clock" && h <= 12 {
			return h, 0, j + 3
		}
	}
	if hasMin && h < 24 {
		return h, min, j
	}
	return 0, 0, i
}

// timezone skips a time-zone abbreviation after a clock time.
func (tg *tagger) timezone(j int) int {
	switch tg.word(j) {
	case "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "et", "pt":
		if tg.capital(j) {
			return j + 1
		}
	}
	return j
}

// --- relative expressions ---

// relWord classifies the word before a unit in "last week", "next month",
// "this year", "the past year".
func relOffset(w string) (int, bool) {
	switch w {
	case "last", "past", "previous", "preceding":
		return -1, true
	case "next", "coming", "following", "upcoming":
		return 1, true
	case "this", "current", "present":
		return 0, true
	}
	return 0, false
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
	off, ok := relOffset(tg.word(j))
	if !ok {
		return match{}, false
	}
	k := j + 1
	if tg.word(k) == "fiscal" && tg.word(k+1) == "year" {
		k++
	}
	w := tg.word(k)
	if the && (tg.word(j) == "following" || tg.word(j) == "previous" || tg.word(j) == "preceding") {
		if _, ok := weekdayWords[tg.word(j+1)]; !ok {
			return match{}, false // anaphoric: ruleAnaphor
		}
		the = false // "the previous Friday" is a weekday like "last Friday"
	}
	if !tg.hasDCT {
		if m, k2 := tg.month(k); m > 0 && !the {
			return date1(Date, k2, "XXXX-"+pad(m, 2))
		}
		return match{}, false
	}
	if u, ok := unitWords[w]; ok && !strings.HasSuffix(w, "s") && w != "night" {
		if u == uQuarter {
			v, ok := shift(tg.quarterBase(), uQuarter, off)
			if !ok {
				return match{}, false
			}
			return date1(Date, k+1, v)
		}
		if the && off != 0 && u >= uDecade {
			return date1(Duration, k+1, durationValue(1, u)) // "the past decade": ten years
		}
		v, ok := shift(tg.dct, u, off)
		if !ok || u < uDay {
			return match{}, false
		}
		return date1(Date, k+1, v)
	}
	if wd, ok := weekdayWords[w]; ok && tg.capital(k) && !the {
		dwd := int(tg.dct.Weekday())
		var d time.Time
		switch {
		case off < 0:
			d = tg.dct.AddDate(0, 0, -((dwd-wd+6)%7 + 1))
		case off > 0:
			d = tg.dct.AddDate(0, 0, (wd-dwd+6)%7+1)
		default:
			d = tg.weekdayDate(wd, tg.tenseAround(i, k+1))
		}
		return tg.withPartOfDay(d, k+1)
	}
	if m, k2 := tg.month(k); m > 0 && !the {
		if d, _ := tg.dayNum(k2); d > 0 {
			return match{}, false // "last Oct. 23" is the date Oct. 23
		}
		y := tg.dct.Year()
		dm := int(tg.dct.Month())
		switch {
		case off < 0 && m >= dm:
			y--
		case off > 0 && m <= dm:
			y++
		case off == 0:
			y = tg.yearFor(m, 0, i, k2)
		}
		return date1(Date, k2, vMonth(y, m))
	}
	if s, ok := seasonWords[w]; ok {
		return date1(Date, k+1, seasonValue(tg.dct, s, off))
	}
	return match{}, false
}

// seasonValue resolves "last/this/next <season>" against the dct.
func seasonValue(dct time.Time, s string, off int) string {
	y := dct.Year()
	cur := seasonOf(dct)
	order := map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}
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

// quarterBase is the date whose quarter "the quarter" and "last quarter"
// count from: the anchor when it is a quarter, else the dct.
func (tg *tagger) quarterBase() time.Time {
	if tg.hasQuarter {
		return tg.quarter
	}
	return tg.dct
}

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
	case "several", "few", "many", "numerous", "some":
		return -1, false, i + 1
	}
	n, ok := cardinals[w]
	if !ok || w == "half" || w == "single" {
		return 0, false, i
	}
	j := i + 1
	if n >= 20 && n < 100 {
		k := j
		if tg.hyphen(k) && tg.tight(k) {
			k++
		}
		if m, ok := cardinals[tg.word(k)]; ok && m > 0 && m < 10 && tg.word(k) != "a" && tg.word(k) != "an" {
			n, j = n+m, k+1
		}
	}
	if tg.word(j) == "hundred" && n < 10 {
		n, j = n*100, j+1
	}
	return n, false, j
}

// ruleCount reads durations and offsets counted in units: "three years"
// (P3Y), "two-day" (P2D), "two weeks ago" (a date), "a year earlier",
// "the past 12 months" (P12M), "the first nine months" (P9M).
func ruleCount(tg *tagger, i int) (match, bool) {
	j, the := tg.optThe(i)
	lead := ""
	switch w := tg.word(j); w {
	case "past", "last", "next", "coming", "first", "previous", "final", "latest", "following", "preceding":
		if the || w == "past" || w == "last" || w == "next" || w == "coming" {
			lead = w // "the first nine months", "past 20 years"; not "its first three-month class"
			j++
		}
	}
	n, approx, k := tg.count(j)
	if k == j {
		return match{}, false
	}
	switch tg.word(j - 1) {
	case "ages", "aged", "age":
		return match{}, false // "children ages 6 months and older"
	}
	half := false
	if _, nd := tg.num(j); nd > 0 && k == j+1 {
		// "2 1/2 years"
		if a, _ := tg.num(k); a == 1 && tg.punct(k+1, "/") && tg.tight(k+1) && tg.tight(k+2) {
			if b, _ := tg.num(k + 2); b == 2 {
				half, k = true, k+3
			}
		}
	}
	hyph := false
	if tg.hyphen(k) && tg.tight(k) && tg.tight(k+1) {
		hyph = true
		k++
	}
	w := tg.word(k)
	u, ok := unitWords[w]
	if !ok {
		return tg.countRange(n, j, k)
	}
	if tg.hyphen(k+1) && tg.tight(k+1) && tg.word(k+2) != "" && tg.tight(k+2) {
		return match{}, false // "a year-earlier": ruleQuarter
	}
	isOne := n == 1 && (tg.word(j) == "a" || tg.word(j) == "an")
	if u == uSecond && n == 1 && tg.word(j) != "" && w == "second" {
		return match{}, false // "a second A380", "one second slower": ordinals and comparisons
	}
	if u == uQuarter && (tg.word(k+1) == "of" || isOne && lead == "" && !the) {
		return match{}, false // "three-quarters of", "about a quarter": fractions
	}
	if strings.HasSuffix(w, "s") && w != "hrs" && w != "mins" && w != "yrs" && n == 1 && !the {
		return match{}, false
	}
	if (w == "night" || w == "nights") && !(n >= 0 && tg.word(j) != "a") {
		return match{}, false
	}
	end := k + 1
	if hyph && tg.hyphen(end) && tg.word(end+1) == "old" || !hyph && tg.word(end) == "old" {
		return match{}, false // ages are not times
	}
	if lead == "" && !the && !hyph {
		if m, ok := tg.offsetAfter(n, u, end, isOne); ok {
			_, words := tg.durationMod(i)
			if i-words >= tg.lastEnd && i-words >= tg.from {
				m.first = -words // "nearly four years ago"
			}
			return m, true
		}
	}
	if n < 0 && the && lead == "" {
		return match{}, false
	}
	if isOne && lead != "" && lead != "first" {
		return match{}, false // "the last a year" is no English
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
	if the && lead == "" && n != 1 && tg.word(j) != "first" {
		return m, true
	}
	if n == 0 && !(tg.word(j) == "zero") {
		if _, nd := tg.num(j); nd == 0 {
			return match{}, false
		}
	}
	return m, true
}

// durationMod reads the quantifier before a duration starting at i:
// "about three years" is APPROX, "more than a decade" MORE_THAN. It
// returns the mod and, for the quantifiers TimeBank keeps inside the span
// ("nearly forty years", "at least 72 hours"), how many words they take.
func (tg *tagger) durationMod(i int) (string, int) {
	if tg.word(i) == "the" && tg.word(i-1) != "least" {
		return "", 0 // "over the past year": "over" is a preposition
	}
	switch tg.word(i - 1) {
	case "about", "around", "approximately", "roughly", "some":
		return "APPROX", 0
	case "nearly", "almost":
		return "LESS_THAN", 1
	case "under":
		return "LESS_THAN", 0
	case "over":
		return "MORE_THAN", 0
	case "than":
		switch tg.word(i - 2) {
		case "more":
			if tg.word(i-3) == "no" {
				return "EQUAL_OR_LESS", 3
			}
			return "MORE_THAN", 2
		case "less", "fewer":
			if tg.word(i-3) == "no" {
				return "EQUAL_OR_MORE", 3
			}
			return "LESS_THAN", 2
		}
	case "least":
		if tg.word(i-2) == "at" {
			return "EQUAL_OR_MORE", 2
		}
	case "most":
		if tg.word(i-2) == "at" {
			return "EQUAL_OR_LESS", 2
		}
	case "to":
		if tg.word(i-2) == "up" {
			return "EQUAL_OR_LESS", 2
		}
	}
	return "", 0
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

// offsetAfter reads "ago", "earlier", "later", "before", "after" and
// "from now" after a count of units and makes the phrase a date.
func (tg *tagger) offsetAfter(n int, u unit, end int, isOne bool) (match, bool) {
	dir := 0
	next := end
	switch tg.word(end) {
	case "ago":
		dir, next = -1, end+1
	case "earlier":
		dir, next = -2, end+1
	case "later":
		dir, next = 2, end+1
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
	base, ok := tg.dct, tg.hasDCT
	if dir == 2 || dir == -2 {
		if tg.hasAnchor {
			base, ok = tg.anchor.Start, true
		}
		dir /= 2
	}
	if !ok || u < uDay {
		return match{}, false
	}
	if u == uYear && tg.hasAnchor && tg.anchor.Precision == PrecisionQuarter {
		// Financial news: "a year ago" next to "the third quarter" is
		// the same quarter a year before.
		v, ok := shift(tg.quarterBase(), uQuarter, 4*n*dir)
		return match{end: next, typ: Date, value: okValue(v, ok), derived: true}, ok
	}
	v, ok := shift(base, u, dir*n)
	return date1(Date, next, okValue(v, ok))
}

func okValue(v string, ok bool) string {
	if !ok {
		return ""
	}
	return v
}

// ruleQuarter reads "the third quarter", "third-quarter", "the fourth
// quarter of 2024", "the first half", "the latest quarter", "the
// year-earlier period", "year-ago".
func ruleQuarter(tg *tagger, i int) (match, bool) {
	j, _ := tg.optThe(i)
	k := j
	y, hasYear := 0, false
	if yy, k2 := tg.yearNum(k); yy > 0 && (tg.punct(k2, "'") || tg.punct(k2, "’")) && tg.word(k2+1) == "s" {
		y, hasYear, k = yy, true, k2+2 // "1989's third quarter"
	}
	if yy, k2 := tg.yearNum(k); yy > 0 && k > i && ordinalWords[tg.word(k2)] > 0 {
		y, hasYear, k = yy, true, k2 // "the 1988 third quarter"
	}
	if off, ok := relOffset(tg.word(k)); ok && tg.word(k+1) == "year" && tg.punct(k+2, "'") && tg.word(k+3) == "s" && tg.hasDCT {
		y, hasYear, k = tg.dct.Year()+off, true, k+4 // "next year's first quarter"
	}
	if tg.word(k) == "fiscal" {
		k++
	}
	if tg.word(k) == "year" && tg.hyphen(k+1) && (tg.word(k+2) == "earlier" || tg.word(k+2) == "ago") {
		return tg.yearEarlier(k + 2)
	}
	ord, ok := ordinalWords[tg.word(k)]
	latest := false
	if !ok && j > i && (tg.word(k) == "quarter" || tg.word(k) == "period" && tg.quarterBase() != tg.dct) {
		ord, ok, k = 0, true, k-1 // "the quarter": the one being reported
	}
	if !ok {
		switch tg.word(k) {
		case "latest", "current", "recent", "most":
			latest = true
			if tg.word(k) == "most" && tg.word(k+1) == "recent" {
				k++
			}
		case "year-earlier", "year-ago":
		default:
			return match{}, false
		}
	}
	if tg.word(k) == "year-earlier" || tg.word(k) == "year-ago" {
		return tg.yearEarlier(k)
	}
	k++
	if tg.hyphen(k) && tg.tight(k) {
		k++
	}
	w := tg.word(k)
	if w != "quarter" && w != "half" && !(w == "period" && latest) {
		return match{}, false
	}
	end := k + 1
	if tg.word(end) == "of" || tg.word(end) == "in" {
		if yy, e2 := tg.yearNum(tg.skipFiscal(end + 1)); yy > 0 {
			y, hasYear, end = yy, true, e2
		} else if off, ok := relOffset(tg.word(end + 1)); ok && tg.word(end+2) == "year" && tg.hasDCT {
			y, hasYear, end = tg.dct.Year()+off, true, end+3
		}
	}
	if yy, e2 := tg.yearNum(end); yy > 0 && !hasYear {
		y, hasYear, end = yy, true, e2
	}
	if !tg.hasDCT && !hasYear {
		return match{}, false
	}
	base := tg.quarterBase()
	if latest || ord == 0 {
		off := 0
		switch {
		case tg.word(k-1) == "current":
			base = tg.dct // "the current quarter" is the one under way
		case sameQuarter(base, tg.dct):
			off = -1 // the latest reported quarter is the last one completed
		}
		if e2, back := tg.yearBackTail(end); back {
			off, end = off-4, e2 // "the quarter a year ago"
		}
		v, ok := shift(base, uQuarter, off)
		return date1(Date, end, okValue(v, ok))
	}
	if !hasYear {
		y = tg.dct.Year()
	}
	if w == "half" {
		if ord == -1 {
			ord = 2
		}
		if ord < 1 || ord > 2 {
			return match{}, false
		}
		return date1(Date, end, vHalf(y, ord))
	}
	if ord == -1 {
		ord = 4
	}
	if !hasYear && tg.hasDCT && ord > (int(tg.dct.Month())+2)/3 && tg.tenseAround(i, end) == tensePast {
		y-- // "rose in the fourth quarter", written in March
	}
	if ord < 1 || ord > 4 || !validYear(y) {
		return match{}, false
	}
	// A quarter with its own year ("the third quarter of 1984") is a
	// comparison, not the quarter the article reports on.
	return match{end: end, typ: Date, value: vQuarter(y, ord), derived: hasYear}, true
}

func sameQuarter(a, b time.Time) bool {
	return a.Year() == b.Year() && (a.Month()-1)/3 == (b.Month()-1)/3
}

func (tg *tagger) skipFiscal(i int) int {
	if tg.word(i) == "fiscal" {
		return i + 1
	}
	return i
}

// yearEarlier reads "year-earlier", "the year-earlier period/quarter" and
// "year-ago": the anchor moved back a year at its own precision.
func (tg *tagger) yearEarlier(k int) (match, bool) {
	end := k + 1
	if ord := ordinalWords[tg.word(end)]; ord > 0 && ord <= 4 && tg.word(end+1) == "quarter" && tg.hasDCT {
		// "the year-earlier third quarter"
		return match{end: end + 2, typ: Date, value: vQuarter(tg.dct.Year()-1, ord), derived: true}, validYear(tg.dct.Year() - 1)
	}
	switch tg.word(end) {
	case "period", "quarter", "level", "levels", "figure", "results":
		if tg.word(end) == "period" || tg.word(end) == "quarter" {
			end++
		}
	}
	base, ok := tg.dct, tg.hasDCT
	if tg.hasAnchor {
		base, ok = tg.anchor.Start, true
	}
	if !ok {
		return match{}, false
	}
	if tg.hasAnchor && tg.anchor.Precision == PrecisionQuarter {
		v, ok := shift(tg.quarterBase(), uQuarter, -4)
		return match{end: end, typ: Date, value: okValue(v, ok), derived: true}, ok
	}
	v, ok := shift(base, uYear, -1)
	return date1(Date, end, okValue(v, ok))
}

// ruleSamePeriod reads "the same period last year", "the comparable
// quarter a year ago", "the corresponding month of the previous year": the
// reported quarter, month or year moved back a year.
func ruleSamePeriod(tg *tagger, i int) (match, bool) {
	if tg.word(i) != "the" || !tg.hasDCT {
		return match{}, false
	}
	k := i + 1
	implied := false
	switch tg.word(k) {
	case "same":
	case "comparable", "corresponding", "year-ago", "year-earlier":
		implied = true
	default:
		return match{}, false
	}
	k++
	noun := tg.word(k)
	if noun != "period" && noun != "quarter" && noun != "month" && noun != "time" && noun != "week" {
		return match{}, false
	}
	k++
	end, back := tg.yearBackTail(k)
	if !back && !implied {
		return match{}, false
	}
	var v string
	var ok bool
	monthAnchor := tg.hasAnchor && tg.anchor.Precision == PrecisionMonth
	switch {
	case noun == "quarter" || noun == "period" && tg.hasQuarter && !monthAnchor:
		v, ok = shift(tg.quarterBase(), uQuarter, -4)
	case noun == "month" || noun == "period" && monthAnchor:
		base := tg.dct
		if tg.hasAnchor && tg.anchor.Precision == PrecisionMonth {
			base = tg.anchor.Start
		}
		v, ok = shift(base, uMonth, -12)
	case noun == "week":
		v, ok = shift(tg.dct, uWeek, -52)
	default:
		v, ok = shift(tg.dct, uYear, -1)
	}
	return match{end: end, typ: Date, value: okValue(v, ok), derived: true}, ok
}

// yearBackTail reads "last year", "a year ago", "a year earlier", "of last
// year", "of the previous year" after a period noun.
func (tg *tagger) yearBackTail(k int) (int, bool) {
	if tg.word(k) == "of" {
		k++
	}
	switch w := tg.word(k); {
	case w == "last" && tg.word(k+1) == "year":
		return k + 2, true
	case w == "a" && tg.word(k+1) == "year":
		switch tg.word(k + 2) {
		case "ago", "earlier", "before":
			return k + 3, true
		}
	case w == "the" && (tg.word(k+1) == "previous" || tg.word(k+1) == "prior" || tg.word(k+1) == "last") &&
		tg.word(k+2) == "year":
		return k + 3, true
	case (w == "previous" || w == "prior") && tg.word(k+1) == "year":
		return k + 2, true
	}
	return k, false
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
			return date1(Date, k2, vSeason(y, s))
		}
	}
	if y, k2 := tg.yearNum(k); y > 0 {
		return date1(Date, k2, vSeason(y, s))
	}
	if s == "FA" && !tg.capital(j) && j == i {
		return match{}, false // "a fall in prices"
	}
	if !tg.hasDCT {
		return date1(Date, k, "XXXX-"+s)
	}
	y := tg.dct.Year()
	if s == "WI" && tg.dct.Month() <= 2 {
		y--
	}
	return date1(Date, k, vSeason(y, s))
}

// ruleRef reads "now", "currently", "recently", "the past", "the future",
// "in recent years", "these days".
func ruleRef(tg *tagger, i int) (match, bool) {
	w := tg.word(i)
	if v, ok := refWords[w]; ok && v != "" {
		if tg.hyphen(i+1) && tg.tight(i+1) {
			return match{}, false // "the now-cancelled deal"
		}
		return date1(Date, i+1, v)
	}
	j, _ := tg.optThe(i)
	if v, ok := pluralRefs[tg.word(j)]; ok {
		switch tg.word(j + 1) {
		case "years", "months", "weeks", "days", "decades", "quarters":
			return date1(Date, j+2, v) // "in coming months", "in recent years"
		}
	}
	switch w {
	case "the":
		switch tg.word(i + 1) {
		case "day":
			switch tg.word(i - 1) {
			case "end", "ended", "ending", "ends", "finish", "finished", "finishing", "for", "close", "closed", "start",
				"started", "open", "opened":
				// Market reports: "ended the day at 7,114".
				if tg.hasDCT && tg.word(i+2) != "before" && tg.word(i+2) != "after" && tg.word(i+2) != "of" {
					return date1(Date, i+2, vDay(tg.dayBase()))
				}
			}
		case "time":
			if tg.word(i+2) == "being" {
				return date1(Date, i+3, "PRESENT_REF") // "for the time being"
			}
			if tg.word(i-1) == "at" && tg.word(i+2) != "of" && i-1 >= tg.lastEnd && i-1 >= tg.from {
				return match{end: i + 2, typ: Date, value: "PAST_REF", first: -1}, true // "at the time"
			}
		case "near", "short", "long", "foreseeable", "distant", "immediate":
			if n := tg.word(i + 2); n == "future" || n == "term" && tg.word(i+1) != "foreseeable" {
				return date1(Date, i+3, "FUTURE_REF")
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

// dayBase is the day the story is on: the last day mentioned, else the dct.
func (tg *tagger) dayBase() time.Time {
	if tg.hasAnchor && tg.anchor.Precision >= PrecisionDay {
		return tg.anchor.Start.Truncate(24 * time.Hour)
	}
	return tg.dct
}

// pluralRefs are the adjectives that make a plural unit a reference:
// "recent years", "coming months", "future quarters".
var pluralRefs = map[string]string{"recent": "PAST_REF", "past": "PAST_REF", "coming": "FUTURE_REF",
	"future": "FUTURE_REF", "upcoming": "FUTURE_REF"}

// ruleSet reads "every Tuesday", "each year", "daily", "annually",
// "twice a year" is left out.
func ruleSet(tg *tagger, i int) (match, bool) {
	w := tg.word(i)
	if v, ok := setAdverbs[w]; ok {
		return date1(Set, i+1, v)
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
	if u, ok := unitWords[nw]; ok && u >= uHour {
		return date1(Set, k+1, durationValue(n, u))
	}
	if wd, ok := weekdayWords[nw]; ok && w != "per" {
		return date1(Set, k+1, "XXXX-WXX-"+strconv.Itoa((wd+6)%7+1))
	}
	if m, k2 := tg.month(k); m > 0 && w != "per" {
		return date1(Set, k2, "XXXX-"+pad(m, 2))
	}
	if p, ok := dayParts[nw]; ok && w != "per" {
		return date1(Set, k+1, "XXXX-XX-XXT"+p)
	}
	if s, ok := seasonWords[nw]; ok && w != "per" {
		return date1(Set, k+1, "XXXX-"+s)
	}
	return match{}, false
}

// ruleFiscal reads "fiscal 1990", "fiscal year 1990", "the 1990 fiscal
// year", "fiscal 1989's".
func ruleFiscal(tg *tagger, i int) (match, bool) {
	j, _ := tg.optThe(i)
	if tg.word(j) != "fiscal" {
		if y, k := tg.yearNum(j); y > 0 && tg.word(k) == "fiscal" && tg.word(k+1) == "year" {
			return date1(Date, k+2, vYear(y))
		}
		return match{}, false
	}
	k := j + 1
	if tg.word(k) == "year" {
		k++
	}
	if y, k2 := tg.yearNum(k); y > 0 {
		return date1(Date, k2, vYear(y))
	}
	if d, nd := tg.num(k); nd == 2 && tg.word(k+1) != "" {
		return date1(Date, k+1, vYear(twoDigitYear(d)))
	}
	return match{}, false
}

// ruleMod reads a position or approximation before an expression: "early
// December" (START), "late 2024" (END), "mid-1990s" (MID), "the end of
// the year", "the beginning of next month".
func ruleMod(tg *tagger, i int) (match, bool) {
	j, _ := tg.optThe(i)
	mod := ""
	k := j
	switch tg.word(j) {
	case "early":
		mod, k = "START", j+1
	case "late":
		mod, k = "END", j+1
	case "mid", "middle":
		mod, k = "MID", j+1
		if tg.hyphen(k) {
			k++
		}
	case "end", "beginning", "start", "close":
		if tg.word(j+1) != "of" {
			return match{}, false
		}
		mod, k = "END", j+2
		if tg.word(j) == "beginning" || tg.word(j) == "start" {
			mod = "START"
		}
	}
	if tg.word(j) == "middle" && tg.word(j+1) == "of" {
		k = j + 2
	}
	if mod == "" {
		return match{}, false
	}
	// "the early 1980s", "the late summer": "the" belongs to the phrase.
	theOK := tg.word(j) == "end" || tg.word(j) == "beginning" || tg.word(j) == "start" ||
		tg.word(j) == "middle" || tg.word(j) == "close" || tg.decadeOrSeasonAt(k)
	if j != i && !theOK {
		return match{}, false
	}
	if tg.word(k) == "this" || tg.word(k) == "next" || tg.word(k) == "last" || tg.word(k) == "the" {
		if u, ok := unitWords[tg.word(k+1)]; ok && tg.word(k) == "the" && tg.hasDCT && u >= uWeek {
			v, ok := shift(tg.dct, u, 0)
			if !ok {
				return match{}, false
			}
			return match{end: k + 2, typ: Date, value: v, mod: mod}, true
		}
	}
	var best match
	for _, r := range modTargets {
		m, ok := r(tg, k)
		if ok && m.end > best.end && m.typ == Date && m.first == 0 {
			best = m
		}
	}
	if best.end <= k {
		return match{}, false
	}
	best.mod = mod
	return best, true
}

// decadeOrSeasonAt reports whether a decade ("1980s") or season starts at k.
func (tg *tagger) decadeOrSeasonAt(k int) bool {
	if _, ok := seasonWords[tg.word(k)]; ok {
		return true
	}
	_, nd := tg.num(k)
	return nd == 4 && tg.word(k+1) == "s" && tg.tight(k+1)
}

// ruleAnaphor reads expressions resolved against the date mentioned last:
// "the next day", "the following week", "the previous year", "that day",
// "the same day", "the day before".
func ruleAnaphor(tg *tagger, i int) (match, bool) {
	base, ok := tg.dct, tg.hasDCT
	if tg.hasAnchor {
		base, ok = tg.anchor.Start, true
	}
	if !ok {
		return match{}, false
	}
	w := tg.word(i)
	k := i + 1
	off := 0
	switch w {
	case "the":
		switch tg.word(k) {
		case "next", "following":
			off = 1
		case "previous", "preceding", "prior":
			off = -1
		case "same":
		default:
			if u, ok := unitWords[tg.word(k)]; ok && u == uDay && (tg.word(k+1) == "before" || tg.word(k+1) == "after") {
				if tg.word(k+2) != "" && tg.word(k+2) != "yesterday" {
					// "the day before he was arrested": a day fixed by an
					// event, which the tagger cannot date.
					return date1(Date, k+1, vYear(base.Year())+"-XX-XX")
				}
				if tg.word(k+1) == "before" {
					v, ok := shift(base, uDay, -1)
					return date1(Date, k+2, okValue(v, ok))
				}
			}
			return match{}, false
		}
		k++
	case "that":
	default:
		return match{}, false
	}
	u, ok := unitWords[tg.word(k)]
	if ok && u >= uDecade && w == "the" && off != 0 && !strings.HasSuffix(tg.word(k), "s") {
		return date1(Duration, k+1, durationValue(1, u)) // "the following decade": ten years
	}
	if !ok || u < uDay || u > uYear || strings.HasSuffix(tg.word(k), "s") || u == uQuarter {
		return match{}, false
	}
	v, ok := shift(base, u, off)
	return date1(Date, k+1, okValue(v, ok))
}

// ruleCentury reads "the 20th century", "the nineteenth century".
func ruleCentury(tg *tagger, i int) (match, bool) {
	j, _ := tg.optThe(i)
	n, nd := tg.num(j)
	k := j + 1
	if nd > 0 && nd <= 2 {
		switch tg.word(k) {
		case "st", "nd", "rd", "th":
			k++
		default:
			return match{}, false
		}
	} else if o, ok := ordinalWords[tg.word(j)]; ok && o > 0 {
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

// ruleHoliday reads a few fixed-date holidays: "Christmas", "New Year's
// Day", "Christmas Eve", "Halloween".
func ruleHoliday(tg *tagger, i int) (match, bool) {
	if !tg.capital(i) {
		return match{}, false
	}
	m, d, k := 0, 0, i+1
	switch tg.word(i) {
	case "christmas":
		m, d = 12, 25
		if tg.word(k) == "eve" {
			d, k = 24, k+1
		} else if tg.word(k) == "day" {
			k++
		}
	case "halloween":
		m, d = 10, 31
	case "thanksgiving":
		if tg.word(k) == "day" {
			k++
		}
		if !tg.hasDCT {
			return match{}, false
		}
		y := tg.dct.Year()
		if t := thanksgiving(y); t.After(tg.dct) && tg.tenseAround(i, k) != tenseFuture {
			y--
		}
		return date1(Date, k, vDay(thanksgiving(y)))
	case "new":
		if tg.word(k) == "year" && (tg.punct(k+1, "'") || tg.punct(k+1, "’")) && tg.word(k+2) == "s" {
			switch tg.word(k + 3) {
			case "day":
				m, d, k = 1, 1, k+4
			case "eve":
				m, d, k = 12, 31, k+4
			}
		}
	}
	if m == 0 {
		return match{}, false
	}
	if y, k2 := tg.yearNum(k); y > 0 {
		return date1(Date, k2, vDay(date(y, m, d)))
	}
	if !tg.hasDCT {
		return date1(Date, k, "XXXX-"+pad(m, 2)+"-"+pad(d, 2))
	}
	return date1(Date, k, vDay(date(tg.yearFor(m, d, i, k), m, d)))
}

// spelledYear reads a year in words, as broadcast transcripts write them:
// "nineteen ninety-six", "two thousand".
func (tg *tagger) spelledYear(i int) (int, int) {
	switch tg.word(i) {
	case "nineteen", "eighteen":
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
	case "two":
		if tg.word(i+1) == "thousand" {
			return 2000, i + 2
		}
	}
	return 0, i
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
	switch tg.word(i - 1) {
	case "for", "within", "take", "takes", "took", "taking", "lasted", "lasting", "spent", "spend", "waited",
		"wait", "after", "in":
		if tg.word(i-1) == "in" && tg.word(i+1) != "" {
			return match{}, false
		}
		return date1(Duration, i+1, durationValue(-1, u))
	}
	return match{}, false
}

// ruleWeekend reads "the weekend": the one just past, or the coming one
// when the clause speaks of the future.
func ruleWeekend(tg *tagger, i int) (match, bool) {
	if tg.word(i) != "the" || tg.word(i+1) != "weekend" || !tg.hasDCT {
		return match{}, false
	}
	wd := int(tg.dct.Weekday())
	sat := tg.dct.AddDate(0, 0, -((wd + 1) % 7))
	if tg.strongTense(i, i+2) == tenseFuture && wd != 6 && wd != 0 {
		sat = tg.dct.AddDate(0, 0, 6-wd)
	}
	return date1(Date, i+2, vWeek(sat)+"-WE")
}

// ruleWholeYear reads "the full year", "the fiscal year", "the latest fiscal
// year" and "the year ended Sept. 30": a reporting year, which is a
// duration when its end is given and the current year otherwise.
func ruleWholeYear(tg *tagger, i int) (match, bool) {
	if tg.word(i) != "the" || !tg.hasDCT {
		return match{}, false
	}
	k := i + 1
	off := 0
	switch tg.word(k) {
	case "full", "entire", "whole":
		k++
	case "latest", "last", "previous":
		if tg.word(k+1) != "fiscal" {
			return match{}, false
		}
		off, k = -1, k+1
	}
	if tg.word(k) == "fiscal" {
		k++
	}
	if tg.word(k) != "year" {
		return match{}, false
	}
	switch tg.word(k + 1) {
	case "ended", "ending", "to", "through":
		return date1(Duration, k+1, "P1Y")
	}
	if k == i+1 {
		return match{}, false // a bare "the year" is too vague
	}
	y := tg.dct.Year()
	if tg.hasAnchor && tg.anchor.Precision > PrecisionYear && tg.anchor.Precision <= PrecisionMonth && off == 0 {
		y = tg.anchor.Start.Year() // "the fourth quarter of 2005 and ... the entire year"
	}
	return date1(Date, k+1, vYear(y+off))
}

// ruleOvernight reads "overnight", "overnight Wednesday" and "overnight
// Wednesday into Thursday" as the night, by default the one just past.
func ruleOvernight(tg *tagger, i int) (match, bool) {
	if tg.word(i) != "overnight" || !tg.hasDCT {
		return match{}, false
	}
	k := i + 1
	if tg.word(k) == "on" {
		k++
	}
	wd, ok := weekdayWords[tg.word(k)]
	if !ok || !tg.capital(k) {
		if tg.word(i-1) == "hold" || tg.word(i-1) == "stay" || tg.word(i-1) == "stayed" || tg.word(k) == "" {
			return match{}, false
		}
		return date1(Time, i+1, vDay(tg.dct.AddDate(0, 0, -1))+"TNI")
	}
	day := tg.weekdayDate(wd, tg.tenseAround(i, k+1))
	end := k + 1
	if w := tg.word(end); (w == "into" || w == "to") && weekdayWords[tg.word(end+1)] == (wd+1)%7 && tg.capital(end+1) {
		end += 2
	}
	return date1(Time, end, vDay(day)+"TNI")
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
	default:
		return match{}, false
	}
	if m, _ := tg.month(end); m > 0 {
		return match{}, false // "19 and 21 November": ruleDayFirst reads it
	}
	a := tg.anchor.Start
	if !validDay(a.Year(), int(a.Month()), d) || d <= a.Day() {
		return match{}, false
	}
	return date1(Date, end, vDay(date(a.Year(), int(a.Month()), d)))
}

// thanksgiving returns the fourth Thursday of November of year y.
func thanksgiving(y int) time.Time {
	first := date(y, 11, 1)
	off := (int(time.Thursday) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, off+21)
}
