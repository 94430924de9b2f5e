package extract

// This file holds the rules for expressions that are tagged but make no
// event of their own: period modifiers, fiscal years without a year and
// record days of a sentence that names its day.

import (
	"slices"
	"strings"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// dropModifiers removes from events, the events of one piece in text
// order, those whose expression only says which period a thing belongs to
// while the sentence dates the happening itself more finely: in "It will
// publish first-quarter results on April 26" the event is on April 26,
// and "first-quarter" names the results, as "spring" names "its spring
// budget". Such a modifier is a quarter, half or season (or "midweek", as
// in "the midweek slot of Feb. 3-4", or a year's edge with no year
// written, "their year-end summit") that a determiner or a hyphen ties to
// the noun after it, or a holiday so tied when the sentence names another
// day ("Its Christmas concert on Dec. 21"). A year is left alone: "the
// 2015 tournament" in a sentence about Friday is a happening of its own.
func dropModifiers(text string, events []data.Event) []data.Event {
	var finest map[int]timex.Precision // made at the first modifier: most pieces have none
	kept := events[:0]
	for _, e := range events {
		if timex.HolidayWord(e.Expr) && attributive(text, e.ExprStart, e.ExprEnd) && (otherDay(events, e) || holidayStretch(text, e.ExprEnd)) {
			continue // "Its Christmas concert on Dec. 21": the holiday names the concert
		}
		if kindWeekday(text, e) && otherDay(events, e) {
			continue // "a Thursday night game against Denver on Oct. 26": the later day dates the game
		}
		if bareSeasonKind(text, e) {
			continue // "the size of summer releases": releases of any summer
		}
		if (modifierPrecision(e.Span.Precision) || strings.EqualFold(e.Expr, "midweek") || yearEdge(e)) && attributive(text, e.ExprStart, e.ExprEnd) {
			if seasonKind(text, e) {
				continue // "a winter expedition": a kind of expedition, no winter in particular
			}
			if finest == nil {
				finest = finestBySentence(events)
			}
			if finest[e.SentenceStart] > e.Span.Precision {
				continue // another event of the sentence is dated more finely
			}
		}
		kept = append(kept, e)
	}
	return kept
}

// dropRestated removes from events, in text order, a span that only
// says again which months the period just before it covers, in a
// relative clause ("the current quarter, which runs from July to
// September"): one happening, already an event.
func dropRestated(text string, events []data.Event) []data.Event {
	kept := events[:0]
	for i, e := range events {
		if i > 0 && restates(text, events[i-1], e) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// restates reports whether e covers the same days as prev, the event
// before it in its sentence, and a clause that says what prev covers
// joins them (restateLeads).
func restates(text string, prev, e data.Event) bool {
	if prev.SentenceStart != e.SentenceStart || !prev.Span.Start.Equal(e.Span.Start) || !prev.Span.End.Equal(e.Span.End) ||
		prev.ExprEnd > e.ExprStart || e.ExprStart-prev.ExprEnd > 40 {
		return false
	}
	between := strings.ToLower(strings.Join(strings.Fields(text[prev.ExprEnd:e.ExprStart]), " "))
	for _, lead := range restateLeads {
		if between == lead || between == lead+" from" {
			return true
		}
	}
	return false
}

// restateLeads open a clause that gives the months of the period before
// it: ", which runs from" July to September.
var restateLeads = []string{", which runs", ", which ran", ", which covers", ", which covered", ", which spans",
	", running", ", covering", ", which is"}

// holidayStretch reports whether the noun after a holiday ending at end
// names the stretch of days or the doings around it rather than its day:
// "the Christmas shopping season", "Easter getaway: roads jammed", "the
// Christmas holidays", "the start of the Easter travel season". Which days the text does not say, so there is no
// event; "the Easter weekend", a calendar stretch, stays one.
func holidayStretch(text string, end int) bool {
	return holidayStretchNouns[strings.ToLower(nextWord(text, end))]
}

// holidayStretchNouns are the nouns after a holiday that make it a stretch
// or a season of doings round it (holidayStretch).
var holidayStretchNouns = map[string]bool{"getaway": true, "shopping": true, "season": true, "holidays": true,
	"break": true, "rush": true, "recess": true, "exodus": true, "travel": true}

// yearEdge reports whether e is an edge of a year with no year written
// ("year-end", "mid-year"), which before a noun names it as a quarter
// does: "their year-end summit on December 14" is the summit's day.
func yearEdge(e data.Event) bool {
	return e.Span.Precision == timex.PrecisionYear && e.Mod != "" && !strings.ContainsAny(e.Expr, "0123456789")
}

// kindWeekday reports whether e is a weekday, perhaps with its part of
// the day, after "a" or "an" and before the noun it makes a kind of ("a
// Thursday night game", "a Sunday service"): which day the phrase does
// not say, and a day after it in the sentence dates the noun.
func kindWeekday(text string, e data.Event) bool {
	day, _, _ := strings.Cut(strings.ToLower(e.Expr), " ")
	if !weekdayNames[day] {
		return false
	}
	article := strings.ToLower(wordBefore(text, e.ExprStart))
	return (article == "a" || article == "an") && attributive(text, e.ExprStart, e.ExprEnd)
}

// otherDay reports whether an event after e in its sentence names a day
// or a finer time, which can date the noun the holiday e modifies ("Its
// Christmas concert on Dec. 21"). A day before it dates another clause:
// in "will have an MRI on Monday and is unlikely to play in the team's
// Thanksgiving game", the game is on the holiday.
func otherDay(events []data.Event, e data.Event) bool {
	for _, o := range events {
		if o.SentenceStart == e.SentenceStart && o.ExprStart > e.ExprStart && o.Span.Precision >= timex.PrecisionDay {
			return true
		}
	}
	return false
}

// seasonKind reports whether e is a bare season after "a" or "an", or
// opening its sentence with no determiner, that names a kind of the noun
// after it ("a winter expedition", "an autumn sale"; the headlines "Winter
// storm live: ...", "Summer arts festival opens"): which season the text
// does not say, so there is no event, whatever else the sentence dates.
func seasonKind(text string, e data.Event) bool {
	if e.Span.Precision != timex.PrecisionSeason || strings.Contains(e.Expr, " ") {
		return false
	}
	article := strings.ToLower(wordBefore(text, e.ExprStart))
	return article == "a" || article == "an" || sentenceInitial(text, e.ExprStart)
}

// bareSeasonKind reports whether e is a bare lower-case season with no
// determiner, right after a preposition and before a noun it modifies
// ("the size of summer releases", "money for winter planning"): a kind
// of the noun, of every such season, so no event. "In summer the river
// runs low" has no noun after it; "this summer's releases" a determiner.
func bareSeasonKind(text string, e data.Event) bool {
	if e.Span.Precision != timex.PrecisionSeason || strings.Contains(e.Expr, " ") || e.Expr != strings.ToLower(e.Expr) {
		return false
	}
	if !seasonLeads[strings.ToLower(wordBefore(text, e.ExprStart))] || e.ExprEnd >= len(text) || text[e.ExprEnd] != ' ' {
		return false
	}
	next := strings.ToLower(wordAt(text, e.ExprEnd+1))
	return next != "" && !notModified[next] && !pastVerbShape(next) && !timex.IrregularPast(next)
}

// seasonLeads are the prepositions after which bareSeasonKind reads a
// bare season before a noun as a kind.
var seasonLeads = words(`of|for|on|about|over`)

// modifierPrecision reports whether a period of precision p can be a
// modifier dropModifiers drops: a half, season or quarter.
func modifierPrecision(p timex.Precision) bool {
	return p >= timex.PrecisionHalf && p <= timex.PrecisionQuarter
}

// finestBySentence maps the start of each sentence of events to the finest
// precision an event of it has, so that dropModifiers asks of each
// modifier once, not by a walk over the whole piece's events (which made
// it quadratic in a long piece).
func finestBySentence(events []data.Event) map[int]timex.Precision {
	finest := make(map[int]timex.Precision)
	for _, e := range events {
		if p, ok := finest[e.SentenceStart]; !ok || e.Span.Precision > p {
			finest[e.SentenceStart] = e.Span.Precision
		}
	}
	return finest
}

// attributive reports whether the expression text[start:end] stands before
// a noun it modifies: a space and then a word that is neither a function
// word nor a common verb, with the expression tied to that noun by a hyphen
// ("first-quarter results"), a determiner ("its spring budget", "The next
// Summer Games") or the start of the sentence ("Winter storms"). "Barriers installed last summer held" dates the
// installing.
func attributive(text string, start, end int) bool {
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	end = coordinatedModifier(text, end)
	if next := strings.ToLower(wordAt(text, end+1)); next == "" || notModified[next] || pastVerbShape(next) || timex.IrregularPast(next) {
		return false
	}
	expr := text[start:end]
	first := strings.ToLower(wordAt(expr, 0))
	return strings.Contains(expr, "-") || periodDeterminers[first] ||
		periodDeterminers[strings.ToLower(wordBefore(text, start))] || possessiveBefore(text, start) ||
		sentenceInitial(text, start)
}

// coordinatedModifier returns the end of a hyphened modifier joined by
// "and" or "or" to the one that ends at end, so that both modify the noun
// after it ("fourth-quarter and full-year results"), or end when there is
// none.
func coordinatedModifier(text string, end int) int {
	conj := strings.ToLower(wordAt(text, end+1))
	if conj != "and" && conj != "or" {
		return end
	}
	k := end + 1 + len(conj) + 1
	if k >= len(text) || text[k-1] != ' ' {
		return end
	}
	first := wordAt(text, k)
	if first == "" || k+len(first) >= len(text) || text[k+len(first)] != '-' {
		return end
	}
	second := wordAt(text, k+len(first)+1)
	if second == "" {
		return end
	}
	return k + len(first) + 1 + len(second)
}

// pastVerbShape reports whether word looks like a past verb, which no
// period modifies ("cargo held back in the spring arrived at once"): an
// -ed ending, but not the -eed of "speed" nor "hundred".
func pastVerbShape(word string) bool {
	return len(word) > 4 && strings.HasSuffix(word, "ed") && !strings.HasSuffix(word, "eed") && word != "hundred"
}

// possessiveBefore reports whether a possessive noun ends just before
// start, with one space between: "the league's ", "the players’ ".
func possessiveBefore(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	before := text[:start-1]
	for _, mark := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(before, mark) {
			return true
		}
	}
	return false
}

// sentenceInitial reports whether start opens a sentence ("Winter storms
// have closed roads since Thursday"): nothing but spaces between it and
// the text's start, a line break or a full stop, question or exclamation
// mark.
func sentenceInitial(text string, start int) bool {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	return i == 0 || strings.IndexByte(".!?\n:", text[i-1]) >= 0 // ":" opens a list item's text: "October 8-9: autumn craft fair"
}

// wordAt returns the run of ASCII letters starting at i.
func wordAt(text string, i int) string {
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	return text[i:j]
}

// wordBefore returns the run of ASCII letters that ends one space before
// start, or "".
func wordBefore(text string, start int) string {
	if start < 2 || text[start-1] != ' ' {
		return ""
	}
	j := start - 1
	i := j
	for i > 0 && isASCIILetter(text[i-1]) {
		i--
	}
	return text[i:j]
}

// notModified lists words after a date that show it is no modifier: the
// date ends its phrase ("in 2024 and", "into next winter without") or
// the clause goes on with a verb ("last spring was"), among them the
// irregular past verbs that report figures ("profit in its third quarter
// rose"), which pastVerbShape misses.
var notModified = words(`a|about|after|ago|alone|also|an|and|are|as|at|be|because|been|before|but|by|can|could|did|do|does|
during|earlier|ended|ending|for|from|had|has|have|he|her|his|i|if|in|into|is|it|its|last|later|may|might|more|
must|next|nor|not|now|of|on|or|our|over|said|says|she|should|since|so|than|that|the|their|then|there|
these|they|this|those|through|to|under|until|up|was|we|were|what|when|despite|where|which|while|who|
will|with|would|year|you|without|within|against|among|amid|around|across|along|behind|beyond|toward|towards|
like|near|per|via|upon|onto|off|out|ahead|versus|except|plus|too|again|already|still|yet|just|only|
rose|fell|grew|shrank|sank|slid|came|went|saw|began|brought|stood|held|hit|beat|made|lost|paid|sold|spent|won|took|whether|how|why|unless|although|though|whose`)

// periodDeterminers are the words that tie a period to the noun after it.
var periodDeterminers = words(`a|an|her|his|its|my|next|our|that|the|their|this|your`)

// accountingYear reports whether expr is a fiscal, financial or tax year
// that writes no year ("the full fiscal year", "the current financial year",
// and a company's "full year", as in "cut its forecast for the full year"):
// an accounting period whose months the text does not give, which the
// tagger can only value as a calendar year, so it is no event to plot.
// "Fiscal 2024" and "the 2024 fiscal year" stay.
func accountingYear(expr string) bool {
	lower := strings.ToLower(expr)
	if !strings.Contains(lower, "fiscal year") && !strings.Contains(lower, "financial year") &&
		!strings.Contains(lower, "full year") && !strings.Contains(lower, "tax year") {
		return false
	}
	return !strings.ContainsAny(expr, "0123456789")
}

// trailingStretch reports whether tx is "the past week" (month, year) after
// "in", "over", "during", "within" or "for": the stretch that ends as the
// story is written, over which something is counted ("31 cases in the
// past week"), a duration, no event; the tagger values it as a calendar
// week, the one before this.
func trailingStretch(text string, tx timex.Timex) bool {
	lower := strings.ToLower(tx.Text)
	rest, ok := strings.CutPrefix(lower, "the past ")
	return ok && stretchUnits[rest] && stretchLeads[strings.ToLower(wordBefore(text, tx.Start))]
}

// stretchUnits and stretchLeads: see trailingStretch.
var (
	stretchUnits = map[string]bool{"week": true, "month": true, "year": true, "fortnight": true}
	stretchLeads = map[string]bool{"in": true, "over": true, "during": true, "within": true, "for": true}
)

// comparisonSpan reports whether tx is "the week" (or month) that a
// market figure's change is measured over, after "on" or "over" right
// behind the change ("down 3 percent on the week", "up £4 on the week",
// "little changed on the week", "1.6 percent higher over the week"): the
// span of the comparison, no event, as "in the past week" is none
// (trailingStretch). A verb before "over" ("talks dragged on over the
// week") is no change figure, so that week stays an event.
func comparisonSpan(text string, tx timex.Timex) bool {
	unit, ok := strings.CutPrefix(strings.ToLower(tx.Text), "the ")
	if !ok || !comparisonUnits[unit] {
		return false
	}
	lead := wordBefore(text, tx.Start)
	if lead != "on" && lead != "over" {
		return false
	}
	change := fieldBefore(text, tx.Start-len(lead)-1)
	return comparisonChanges[strings.ToLower(change)] || strings.ContainsAny(change, "0123456789")
}

// fieldBefore returns the run of non-space bytes that ends one space
// before start ("£4", "percent", "2.1%"), or "".
func fieldBefore(text string, start int) string {
	if start < 2 || text[start-1] != ' ' {
		return ""
	}
	i := strings.LastIndexByte(text[:start-1], ' ') + 1
	return text[i : start-1]
}

// comparisonUnits and comparisonChanges: see comparisonSpan. The changes
// are the words a market report ends a move with, before the span it was
// measured over.
var (
	comparisonUnits   = map[string]bool{"week": true, "month": true}
	comparisonChanges = map[string]bool{"percent": true, "cent": true, "points": true, "point": true, "cents": true,
		"higher": true, "lower": true, "up": true, "down": true, "changed": true, "flat": true, "unchanged": true, "steady": true}
)

// referencePeriod reports whether tx is a year of a span of years that
// names a statistical norm, with the noun right after it ("1.8C above the
// 1991-2020 norm", "the 1981-2010 average"): the years a baseline was
// measured over, no event. Both years of the span ask, so neither makes
// an event of its own.
func referencePeriod(text string, tx timex.Timex) bool {
	if !fourDigits(tx.Text) {
		return false
	}
	end, spanned := tx.End, false
	if fourDigits(yearAfterDash(text, end)) {
		end, spanned = end+5, true // the first year: past the dash and the second
	} else if tx.Start >= 5 && (text[tx.Start-1] == '-') && fourDigits(text[tx.Start-5:tx.Start-1]) {
		spanned = true // the second year
	}
	if !spanned || end >= len(text) || text[end] != ' ' {
		return false
	}
	return referenceNouns[strings.ToLower(wordAt(text, end+1))]
}

// yearAfterDash returns the four bytes after a hyphen at i, or "".
func yearAfterDash(text string, i int) string {
	if i+5 > len(text) || text[i] != '-' {
		return ""
	}
	return text[i+1 : i+5]
}

// fourDigits reports whether s is four ASCII digits.
func fourDigits(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// referenceNouns are the statistical norms a span of years before them
// was measured for (referencePeriod).
var referenceNouns = map[string]bool{"average": true, "averages": true, "norm": true, "norms": true, "baseline": true, "mean": true}

// accountingBoundary reports whether the expression at start says where
// an accounting year ends or begins ("whose financial year ends in June",
// "its fiscal year runs to March 31", "a tax year starting on April 6"):
// the edge of a period that comes round every year, no event.
func accountingBoundary(text string, start int) bool {
	before := text[max(0, start-60):start]
	if !strings.Contains(before, "year ") && !strings.Contains(before, "Year ") && !strings.Contains(before, "iscal ") {
		return false // most dates: no year of a firm's just before them
	}
	before = strings.ToLower(before)
	before = strings.TrimSuffix(trimWeekdayEdge(strings.TrimRight(before, " ")), " on")
	before = strings.TrimSuffix(before, " in")
	for _, verb := range accountingEdges {
		rest, ok := strings.CutSuffix(before, " "+verb)
		if !ok {
			continue
		}
		rest = numberedAccountingYear(rest)
		for _, year := range accountingYears {
			if strings.HasSuffix(rest, year) {
				return true
			}
		}
	}
	return false
}

// trimWeekdayEdge takes off the end of before, the lower-case text before
// a date, the weekday a 52- or 53-week year ends on ("ends on the
// Saturday nearest" January 31, "ends on the last Saturday of" September)
// and the weekday itself's "the" ("ends on the" Saturday nearest
// January 31), leaving the verb and its preposition.
func trimWeekdayEdge(before string) string {
	for _, tie := range weekdayEdgeTies {
		if rest, ok := strings.CutSuffix(before, " "+tie); ok {
			i := strings.LastIndexByte(rest, ' ')
			if i >= 0 && kindDays[rest[i+1:]] && rest[i+1:] != "weekend" {
				before = rest[:i]
				break
			}
		}
	}
	for _, det := range []string{" the last", " the"} {
		if rest, ok := strings.CutSuffix(before, det); ok {
			return rest
		}
	}
	return before
}

// weekdayEdgeTies join the weekday a 52- or 53-week year ends on to the
// date or month it falls near: "the Saturday nearest January 31".
var weekdayEdgeTies = []string{"nearest to", "closest to", "nearest", "closest", "of"}

// numberedAccountingYear returns before, the lower-case text before an
// accounting edge's verb, with a relative pronoun, a comma and the year's
// number taken off its end, and "fiscal" written as "fiscal year": "fiscal
// 2014, which" (ends June 28) is "fiscal year", as "fiscal year 2024,
// which" (ended on January 31) is.
func numberedAccountingYear(before string) string {
	rest := strings.TrimSuffix(strings.TrimSuffix(before, " which"), " that")
	rest = strings.TrimSuffix(rest, ",")
	i := strings.LastIndexByte(rest, ' ')
	if i < 0 || i == len(rest)-1 || strings.Trim(rest[i+1:], "0123456789") != "" {
		return before
	}
	rest = rest[:i]
	if strings.HasSuffix(rest, " fiscal") {
		rest += " year"
	}
	return rest
}

// namedAccountingYear reports whether tx, a date with its year written,
// follows "the fiscal year ending" or "the financial year ended": the
// participle picks out one year by where it ends ("savings by the fiscal
// year ending March 2029"), an event spanning that year, where a finite
// verb ("whose fiscal year ends in June") tells where every year ends.
func namedAccountingYear(text string, tx timex.Timex) bool {
	if !strings.ContainsAny(tx.Text, "0123456789") {
		return false
	}
	before := strings.ToLower(strings.TrimSuffix(text[max(0, tx.Start-namedYearReach):tx.Start], " "))
	before = strings.TrimSuffix(before, " on")
	for _, verb := range []string{" ending", " ended"} {
		rest, ok := strings.CutSuffix(before, verb)
		if !ok {
			continue
		}
		for _, year := range accountingYears {
			if strings.HasSuffix(rest, "the "+year) {
				return true
			}
		}
	}
	return false
}

// namedYearReach bounds the text namedAccountingYear reads before a date:
// "the accounting year ending on ".
const namedYearReach = len("the accounting year ending on ")

// accountingYearTo returns the twelve months that end with the month of
// span's last day.
func accountingYearTo(span timex.Span) timex.Span {
	last := span.LastDay()
	end := time.Date(last.Year(), last.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	return timex.Span{Start: end.AddDate(-1, 0, 0), End: end, Precision: timex.PrecisionMonth}
}

// accountingYears are the years of a firm or a state that accountingBoundary
// knows.
var accountingYears = []string{"fiscal year", "financial year", "tax year", "accounting year", "business year"}

// accountingEdges are the verbs that tell where an accounting year ends or
// begins.
var accountingEdges = []string{"ends", "ended", "ending", "runs to", "runs until", "runs from", "begins", "starts", "starting",
	"beginning", "closes"}

// kindOfDay reports whether tx is a bare weekday or "weekend" after "for"
// that qualifies a noun of a kind of work or service ("their demand for
// Sunday working", "paid for weekend clinics"): the days such things come
// round on, no date. The noun is an -ing form or a plural; a day part
// ("for Friday night") and a possessive ("for Sunday's final") are dates.
func kindOfDay(text string, tx timex.Timex) bool {
	if !kindDays[strings.ToLower(tx.Text)] || !strings.HasSuffix(strings.TrimRight(text[max(0, tx.Start-5):tx.Start], " "), " for") {
		return false
	}
	rest := text[tx.End:min(len(text), tx.End+20)]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	noun := strings.TrimLeft(rest, " ")
	if end := strings.IndexFunc(noun, func(r rune) bool { return r < 'a' || r > 'z' }); end >= 0 {
		noun = noun[:end] // the lower-case word, up to a space or a stop
	}
	if noun == "" || kindNotNouns[noun] {
		return false
	}
	return strings.HasSuffix(noun, "ing") || strings.HasSuffix(noun, "s") && !strings.HasSuffix(noun, "ss")
}

// kindDays are the days kindOfDay reads; kindNotNouns the words after
// them that are no kind of work: a part of the day, a time of the day.
var (
	kindDays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
		"friday": true, "saturday": true, "sunday": true, "weekend": true}
	// weekdayNames are the days of the week, for day headings.
	weekdayNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
		"friday": true, "saturday": true, "sunday": true}
	kindNotNouns = map[string]bool{"morning": true, "evening": true, "mornings": true, "evenings": true,
		"nights": true, "afternoons": true, "is": true, "was": true, "has": true, "this": true, "as": true}
)

// timeOfSet reports whether txs[k] is a clock time that a set beside it
// repeats ("leaves at noon each day", "every evening from 9 p.m.", "opens
// at 10 a.m. every day", "open from 10am to 6pm daily"), or that holds on
// every day from the date after it ("will stay open until 9pm from
// Thursday"): the hour of a recurrence, not one day's event.
func timeOfSet(text string, txs []timex.Timex, k int) bool {
	if txs[k].Type != timex.Time {
		return false
	}
	if k > 0 && txs[k-1].Type == timex.Set && setGap(text[txs[k-1].End:txs[k].Start]) {
		return true
	}
	if txs[k].RangeEnd && k > 0 && txs[k-1].Type == timex.Time && k+1 < len(txs) && hoursForDays(text, txs[k], txs[k+1]) {
		return true // the range's end, "8am" of "between 8pm and 8am for six months"
	}
	next := k + 1
	if next+1 < len(txs) && txs[next].Type == timex.Time && txs[next].RangeEnd {
		next++ // "open from 10am to 6pm daily": the set follows the range
		if hoursForDays(text, txs[next-1], txs[next]) {
			return true
		}
	}
	if next < len(txs) && txs[next].Type == timex.Set && setGap(text[txs[next-1].End:txs[next].Start]) {
		return true
	}
	return k+1 < len(txs) && txs[k+1].Type == timex.Date && strings.TrimSpace(text[txs[k].End:txs[k+1].Start]) == "from"
}

// hoursForDays reports whether the clock range that ends with end is kept
// "for" a stretch of days or more, dur ("close the unit between 8pm and
// 8am for at least six months", "shut from 9pm to 5am for two weeks"):
// the hours of every day of the stretch, no one day's event.
func hoursForDays(text string, end, dur timex.Timex) bool {
	if dur.Type != timex.Duration || strings.HasPrefix(dur.Value, "PT") || !strings.HasPrefix(dur.Value, "P") {
		return false
	}
	gap := strings.Fields(text[end.End:dur.Start])
	return len(gap) >= 1 && len(gap) <= 3 && gap[0] == "for"
}

// setGap reports whether the text between a set and a clock time ties
// them: nothing but a space, "at" or "from", or the comma of "open from
// 8am to 8pm, seven days a week".
func setGap(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "", "at", "from", ",":
		return true
	}
	return false
}

// streakOfNamedDay reports whether txs[k] is a day or week a streak or
// record speaks of ("their worst day since 1987", "a fifth straight week
// of gains") in a sentence that names the day itself ("... on Monday"),
// or a day of the week: the tagger reads such a day as the one the story
// was on before the sentence, so it would be a second, wrong event of the
// one day the sentence names, and the week holds that day.
func streakOfNamedDay(txs []timex.Timex, k int, span timex.Span, s timex.Sentence) bool {
	if txs[k].Rule != "streak" || span.Precision != timex.PrecisionDay && span.Precision != timex.PrecisionWeek {
		return false
	}
	named := func(tx timex.Timex) bool {
		sp, err := tx.Span()
		return namesDay(tx) && (span.Precision == timex.PrecisionDay ||
			err == nil && !sp.Start.Before(span.Start) && !sp.End.After(span.End))
	}
	for j := k - 1; j >= 0 && txs[j].Start >= s.Start; j-- {
		if named(txs[j]) && !otherDayThanRun(txs[j], span) {
			return true
		}
	}
	for j := k + 1; j < len(txs) && txs[j].End <= s.End; j++ {
		if named(txs[j]) {
			return true
		}
	}
	return false
}

// otherDayThanRun reports whether tx, a day named before a streak in its sentence,
// is another day than the one the streak has reached, which the tagger
// read knowing that day: "the truce that began on Tuesday is holding for
// a second day" reaches today, and both are events.
func otherDayThanRun(tx timex.Timex, streak timex.Span) bool {
	sp, err := tx.Span()
	return err == nil && streak.Precision == timex.PrecisionDay && !sp.Start.Truncate(24*time.Hour).Equal(streak.Start)
}

// namesDay reports whether tx is a calendar day of its own.
func namesDay(tx timex.Timex) bool {
	sp, err := tx.Span()
	return err == nil && tx.Rule != "streak" && sp.Precision >= timex.PrecisionDay
}

// furnitureLine reports whether line is page furniture that a copied
// article keeps around its story: a copyright notice ("© 2024 Reuters",
// "Copyright 2024 ... All rights reserved"), a photo credit
// ("Photograph: name/AP, 26 November 2024") or a link to another story
// ("Read more: Russia and Kazakhstan sign energy deal (12 November
// 2024)"), or a note on the story itself ("Editor's note: This story
// was updated on Nov. 28", "Originally published on November 26"). Its
// dates are the notice's, the other story's or the story's, no event.
func furnitureLine(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) > furnitureLineMax {
		return false
	}
	// The leads and labels are short: only the line's opening is
	// lower-cased for them.
	lower := strings.ToLower(line[:min(len(line), furnitureLeadMax)])
	for _, lead := range furnitureLeads {
		if strings.HasPrefix(lower, lead) {
			if storyNoteLeads[lead] && correctionText(lower[len(lead):]) {
				return false // "This story has been corrected to show that the hearing is Jan. 12"
			}
			return !captionLeads[lead] || !captionText(line[len(lead):])
		}
	}
	if _, ok := linkLabel(lower); ok {
		return true
	}
	if updateNote(line, lower) {
		return true
	}
	if quoteStamp(line, lower) {
		return true
	}
	if sectionLine(line) {
		return true
	}
	return strings.Contains(line, "ights reserved") || strings.Contains(line, "IGHTS RESERVED")
}

// sectionLine reports whether line is a page's section path, short names
// between bars or arrows ("Tennis | Harbour Open 2025", "Sport > Football
// > Premier Division"): a year in it names a tournament's or a budget's
// edition, the section the story is filed under, no event, and an
// ordinal before a name ("Elections 2012 | State House | 4th District")
// numbers the name. A line with a day or other numbers ("Sat 15 Aug |
// Kell v Ardley") is a listing, and one with a sentence's marks no path.
func sectionLine(line string) bool {
	sep := " | "
	if !strings.Contains(line, sep) {
		sep = " > "
	}
	parts := strings.Split(line, sep)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > sectionWords || strings.ContainsAny(p, ".,;:!?()\"") {
			return false
		}
		for k, w := range words {
			if w[0] >= '0' && w[0] <= '9' && !editionYear(w) && !(k+1 < len(words) && namedOrdinal(w, words[k+1])) {
				return false
			}
		}
	}
	return true
}

// namedOrdinal reports whether w is an ordinal written in figures that
// numbers the name after it ("4th District", "2nd Division"), a
// capitalised word that is no month: "15th August" is a day.
func namedOrdinal(w, next string) bool {
	n := len(w)
	if n < 3 || next == "" || next[0] < 'A' || next[0] > 'Z' || monthName(next) {
		return false
	}
	for _, c := range w[:n-2] {
		if c < '0' || c > '9' {
			return false
		}
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// monthName reports whether w is a month's name or its short form
// ("August", "Aug", "Sept").
func monthName(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for m := time.January; m <= time.December; m++ {
		if name := m.String(); len(w) >= 3 && strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// sectionWords bounds the words of one name in a section path.
const sectionWords = 4

// editionYear reports whether w is a year that names an edition or a
// season: "2025", "2024-25".
func editionYear(w string) bool {
	y, season, _ := strings.Cut(w, "-")
	if len(y) != 4 || season != "" && len(season) != 2 {
		return false
	}
	for _, c := range y + season {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// updateNote reports whether line is a dated note on the story's own
// changes: "Update September 11th, 11:40am ET: Added details about the
// Pro model", "Updated 3 p.m.: Corrects the spelling of a name". Its date
// is when the page changed. An update that tells news ("Update 3 p.m.:
// Police say the road will reopen on Monday") is an entry, its dates
// events; lower is the line's opening in lower case.
func updateNote(line, lower string) bool {
	if !strings.HasPrefix(lower, "update ") && !strings.HasPrefix(lower, "updated ") {
		return false
	}
	head, note, ok := strings.Cut(line, ": ")
	if !ok || !timex.IsPublicationLine("Updated"+strings.TrimPrefix(head[len("Update"):], "d")) {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(note)), " ")
	return editNoteWords[first]
}

// quoteStamp reports whether line says when the prices a market page
// shows were taken ("Market data as of 3:59 PM IST", "Quotes as of Nov 3,
// 2025 4:00 PM ET"): the time of the quotes, no event. After "as of"
// there is only the stamp, so every word opens with a digit or a capital
// or is a clock mark; a sentence ("Data as of June show a fall") goes on
// in lower-case words. lower is the line's opening in lower case.
func quoteStamp(line, lower string) bool {
	lead := ""
	for _, l := range quoteStampLeads {
		if strings.HasPrefix(lower, l) {
			lead = l
			break
		}
	}
	if lead == "" {
		return false
	}
	words := strings.Fields(line[len(lead):])
	if len(words) == 0 || len(words) > quoteStampWords {
		return false
	}
	for _, w := range words {
		if c := w[0]; !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') && !clockMarks[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// quoteStampLeads open the line a market page sets under its quotes.
var quoteStampLeads = []string{"market data as of ", "data as of ", "quotes as of ", "prices as of "}

// quoteStampWords bounds the words of a quote stamp's date and time
// ("Nov 3, 2025 4:00 PM ET").
const quoteStampWords = 7

// editNoteWords open the text of a note on a story's changes.
var editNoteWords = map[string]bool{"added": true, "adds": true, "updated": true, "updates": true,
	"corrected": true, "corrects": true, "clarified": true, "clarifies": true, "removed": true, "changed": true,
	"rewritten": true, "rewrites": true}

// linkTeaser reports whether tx is the date a teaser for another story
// closes with, in parentheses, after a label of its own ("Earlier recalls:
// Scooter maker recalls 5,000 helmets (8 November)", "More on IPOs: Grocery
// app shelves listing plans (April 12)"): pages set such lines under a
// story with any label, where linkLabels lists only the common ones. The
// other story came out before this one, so a day after the article's
// ("Final: Athletic v Rovers (Dec. 7)") is a fixture, and the label holds
// no digit, as a fixture's day ("Saturday 30 Nov:") may.
func linkTeaser(text string, tx timex.Timex, span timex.Span, published time.Time) bool {
	if tx.Start == 0 || text[tx.Start-1] != '(' || !published.IsZero() && span.Start.After(published) {
		return false
	}
	if rest := text[tx.End:]; !strings.HasPrefix(rest, ")") || !blankToLineEnd(rest[1:]) {
		return false
	}
	line := text[lineStartBefore(text, tx.Start) : tx.Start-1]
	k := strings.IndexAny(line, ":|")
	if k <= 0 || !strings.Contains(strings.TrimSpace(line[k+1:]), " ") {
		return false // no label, or no headline between it and the date
	}
	label := line[:k]
	return len(strings.Fields(label)) <= teaserLabelWords && !strings.ContainsAny(label, "0123456789")
}

// blankToLineEnd reports whether s holds only spaces up to its first line
// feed or its end. It stops at the first other byte, so a date asking it
// on a long line reads a few bytes, not the rest of the line.
func blankToLineEnd(s string) bool {
	for i := 0; i < len(s) && s[i] != '\n'; i++ {
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\r' {
			return false
		}
	}
	return true
}

// teaserLabelWords bounds the label linkTeaser accepts: "More on this
// story", "Earlier recalls"; a sentence with a colon is longer.
const teaserLabelWords = 4

// captionLeads are the furnitureLeads that may open a caption rather
// than a credit: "Photo: Rays captain Josh Kelly celebrates ... on Friday
// night." against "Photo: Jo Bell/AP".
var captionLeads = map[string]bool{"photo:": true, "photos:": true, "image:": true, "picture:": true}

// Words of a caption, against a credit's names: a caption has at least
// captionWords words, captionLower of them in lower case ("celebrates",
// "on"); a credit is a name or two and an agency.
const (
	captionWords = 6
	captionLower = 3
)

// captionText reports whether the text after a caption lead is a caption
// sentence rather than a credit.
func captionText(s string) bool {
	words, lower := 0, 0
	for _, w := range strings.Fields(s) {
		words++
		if c := w[0]; c >= 'a' && c <= 'z' {
			lower++
		}
	}
	return words >= captionWords && lower >= captionLower
}

// furnitureLeadMax is longer than any of furnitureLeads and linkLabels.
const furnitureLeadMax = 64

// linkLabel reports whether lower, a line in lower case, opens with a label
// that introduces links to other stories ("read more:", "also read |",
// "see also"), and whether the label is all the line: a heading whose
// list of links follows on the lines below it.
func linkLabel(lower string) (heading, ok bool) {
	for _, label := range linkLabels {
		rest, found := strings.CutPrefix(lower, label)
		if !found {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || rest == ":" {
			return true, true
		}
		if strings.ContainsAny(rest[:1], ":|–—-") {
			return false, true
		}
	}
	return false, false
}

// linkLabels are the labels news pages set before links to other stories.
var linkLabels = []string{"read more", "related articles", "related stories", "related links", "related news", "related coverage", "related content", "related",
	"see also", "also read", "read next", "more on this story", "more stories", "most read", "most viewed", "most popular", "most shared", "key events",
	"key event", // a live page's label over a highlighted entry's link, or over the entry's own stamp (stampUnder)
	"you may also like", "you might also like", "other obituaries",
	"also from this source"} // a wire release page's links to the sender's earlier releases

// linkHeadingMax is the longest line, in bytes, that linkList reads as a
// list's heading ("you may also like:" and a few spaces): a list's items
// and the paragraphs above a date are longer, and every date asks.
const linkHeadingMax = 24

// linkListMaxLines bounds how many lines above a date linkList looks for
// the heading of the list the date may stand in.
const linkListMaxLines = 12

// linkList reports whether the line starting at lineStart stands in a list
// of links under a heading, with no blank line between ("SEE ALSO" and then
// "Hull counts cost of June deluge" and "30 Jun 07 | England"; "Key
// events" and then "1h ago Union says talks could resume next week"): the
// dates of a link list are the other stories', not events.
func linkList(text string, lineStart int) bool {
	own, _, _ := strings.Cut(text[lineStart:], "\n")
	teaser := teaserLine(own)       // "Talks stall in Baku (Nov. 20, 2024)"
	teasers := teaser               // every line crossed so far is a teaser too
	end := lineStart - 1            // the line feed that ends the line above
	spaced := false                 // a blank line was crossed
	below := strings.TrimSpace(own) // the line below the one read, the last read
	for n := 0; n < linkListMaxLines && end > 0; n++ {
		start := lineStartBefore(text, end)
		line := strings.TrimSpace(text[start:end])
		end = start - 1
		if line == "" {
			// "Related stories", a blank line, then each link and its
			// date line set off by blank lines: a list still, for a
			// link with its date line, as long as only such short
			// lines stand between. A run of teasers below the blank
			// line is a list too: "Read more", a blank line, then
			// "Talks stall in Baku (20 Nov 2024)" and more like it.
			if !teasers && !datedLink(text, lineStart, own) {
				return false
			}
			spaced = true
			continue
		}
		teasers = teasers && !spaced && teaserLine(line)
		if spaced && !spacedLinkLine(line) {
			return false
		}
		if len(line) <= linkHeadingMax {
			lower := strings.ToLower(line)
			if heading, ok := linkLabel(lower); ok && heading && !stampUnder(lower, below) || teaser && sectionLinkHeading(lower) {
				return true
			}
		}
		below = line
	}
	return false
}

// stampUnder reports whether the label heading, a line in lower case, is a
// live page's "Key event" set over the stamp of the entry it highlights,
// the line below it ("Key event", then "12:45pm"): the entry is the
// page's own, no link to another, where the box of key events at the top
// sets each link's headline under its label.
func stampUnder(heading, below string) bool {
	return heading == "key event" && below != "" && below[0] >= '0' && below[0] <= '9'
}

// teaserLine reports whether line is a link's headline closed by its date
// in brackets: short, and ending with ")" where a paragraph has a full stop.
func teaserLine(line string) bool {
	line = strings.TrimSpace(line)
	return spacedLinkLine(line) && strings.HasSuffix(line, ")")
}

// datedLink reports whether own, the line starting at lineStart, is a
// link's headline with the link's date on the line below it, or that date
// line itself: "Horvath: 'We are ready to govern'" over "28 Dec 2023".
func datedLink(text string, lineStart int, own string) bool {
	if dateLine(own) || datedLinkLine(own) {
		return true
	}
	rest := text[lineStart+len(own):]
	if !strings.HasPrefix(rest, "\n") {
		return false
	}
	if !spacedLinkLine(strings.TrimSpace(own)) {
		return false
	}
	next := rest[1:min(len(rest), 2+spacedLinkMax)] // a date line is short: read no further
	next, _, found := strings.Cut(next, "\n")
	return (found || len(rest) <= 1+spacedLinkMax) && dateLine(next)
}

// datedLinkLine reports whether line is a link's headline with its date
// after a dash or a bar on the same line: "Ferrolite cuts 900 jobs as
// phone sales slow — July 29, 2021", "Talks stall in Baku | 20 Nov 2024".
func datedLinkLine(line string) bool {
	line = strings.TrimSpace(line)
	if !spacedLinkLine(line) {
		return false
	}
	for _, sep := range []string{" — ", " – ", " | ", " - "} {
		if i := strings.LastIndex(line, sep); i > 0 {
			return dateLine(line[i+len(sep):])
		}
	}
	return false
}

// dateLine reports whether line is nothing but a full date, perhaps with
// a time ("5 Oct 2023", "Published On 2 Feb 2026").
func dateLine(line string) bool {
	line = strings.TrimSpace(line)
	return len(line) <= spacedLinkMax && timex.IsPublicationLine(line)
}

// spacedLinkMax bounds, in bytes, the lines of a link list set off by
// blank lines: a link's headline or its date line, not a paragraph.
const spacedLinkMax = 100

// spacedLinkLine reports whether line, read above a blank line on the way
// up to a link list's heading, can be a link or its date: short, and not a
// sentence closed by a full stop as a paragraph is.
func spacedLinkLine(line string) bool {
	return len(line) <= spacedLinkMax && !strings.HasSuffix(line, ".")
}

// sectionLinkHeading reports whether lower, a short line in lower case, is
// the heading of a page's links to more of its section ("MORE CRICKET",
// "Related coverage", "More in Business", "More in Metro:"): one of sectionLinkLeads, then
// a word or two naming the section, and nothing a sentence has. A short
// line of a sentence may look the same ("More talks follow"), so linkList
// asks it only above a teaser, a line closing with its date in brackets.
func sectionLinkHeading(lower string) bool {
	// A heading may close with a colon, as a label does ("More in
	// Metro:"); a sentence's colon has words after it.
	lower = strings.TrimSuffix(strings.TrimSpace(lower), ":")
	words := strings.Fields(lower)
	if len(words) < 2 || len(words) > sectionHeadingWords || strings.ContainsAny(lower, ".,;:0123456789") {
		return false
	}
	return slices.Contains(sectionLinkLeads, words[0])
}

// sectionLinkLeads open a section's link heading; sectionHeadingWords
// bounds its words ("more in world news").
var sectionLinkLeads = []string{"more", "related", "latest"}

const sectionHeadingWords = 4

// furnitureLineMax bounds the lines furnitureLine reads, in bytes: page
// furniture is a short line, and every date of a long paragraph asks.
const furnitureLineMax = 240

// storyNoteLeads are the furnitureLeads of a note on the story itself,
// which dates the page ("This story was first published on Nov. 26")
// unless it is a correction that says what the story now says.
var storyNoteLeads = map[string]bool{"this story was ": true, "this story has been ": true, "this article was ": true,
	"this article has been ": true}

// correctionText reports whether rest, the lower-case text after a story
// note's lead, is a correction that restates the story: "corrected to
// show that Brisco's sentencing is set for Aug. 17", "clarified to
// reflect ...". Its dates are the story's events, as the house keeps a
// correction's own dates; "corrected on Nov. 28" dates the change.
func correctionText(rest string) bool {
	verb, after, _ := strings.Cut(rest, " ")
	return (verb == "corrected" || verb == "clarified") && strings.HasPrefix(after, "to ") && !strings.HasPrefix(after, "to correct")
}

// furnitureLeads open the lines furnitureLine reports.
var furnitureLeads = []string{"©", "(c) ", "copyright ", "photograph:", "photo:", "photos:", "image:", "picture:",
	"credit:", "photo credit:", "image source", "originally published", "this article appeared",
	"this article appears", "a version of this article", "a version of this story", "editor's note", "editor’s note",
	"this story was ", "this story has been ", "this article was ", "this article has been ", "watch:", "listen:",
	"more from ", "recommended:", "sign up", "newsletter:", "tags:", "topics:", "tagged:", "filed under:"}

// rankingFrame reports whether tx is "the year" (or month, week, season)
// that closes a noun phrase ranked against the rest of that period: "the
// busiest travel days of the year", "its last big deliveries of the
// year", "the last of the year", "the fifth hurricane of the year". The period is the field the ranking is
// drawn from, no event of its own; the ranked days, where dated, are.
// "The first day of the year" names a day and stays.
func rankingFrame(text string, tx timex.Timex) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(tx.Text), "the ")
	if !ok || !frameUnits[rest] || tx.Start < 3 || text[max(0, tx.Start-3):tx.Start] != "of " {
		return false
	}
	at := tx.Start - 3
	for n := 0; n < 6; n++ {
		w := strings.ToLower(wordBefore(text, at))
		if w == "" {
			return false // a mark or the sentence's start ends the phrase
		}
		switch {
		case superlativeWord(w):
			return true
		case orderWords[w]:
			// "the last of the year", "its last big deliveries", not
			// "the last day of the year", a day named.
			return !unitBefore(text, tx.Start-3)
		}
		at -= len(w) + 1
	}
	return false
}

// unitBefore reports whether the noun right before the "of" at at names a
// calendar unit ("the last day of the year").
func unitBefore(text string, at int) bool {
	return frameHeads[strings.ToLower(wordBefore(text, at))]
}

// superlativeWord reports whether w ranks by degree: "busiest", "best",
// "most" (not "interest", "protest", "west").
func superlativeWord(w string) bool {
	if degreeWords[w] {
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "iest") || len(w) > 6 && strings.HasSuffix(w, "est") && !notSuperlative[w]
}

// frameUnits, frameHeads, orderWords, degreeWords and notSuperlative: see
// rankingFrame.
var (
	frameUnits     = words(`year|month|week|season`)
	frameHeads     = words(`day|days|week|weeks|month|months|quarter|half|night|weekend|morning|evening`)
	orderWords     = words(`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last`)
	degreeWords    = words(`best|worst|most|least|biggest|largest|highest|lowest|hottest|coldest|warmest|wettest|driest`)
	notSuperlative = words(`interest|interests|protest|protests|request|requests|contest|contests|harvest|harvests|arrest|arrests|inquest|conquest|manifest|honest|modest|suggest|suggests|digest|invest|invests`)
)

// yearTo reports whether the month at start ends a twelve-month stretch
// written before it, "the year to March 2026", "the 12 months to June":
// the stretch, not the month alone, is the period the figures cover.
func yearTo(text string, start int) bool {
	before := strings.ToLower(text[max(0, start-20):start])
	for _, lead := range yearToLeads {
		if strings.HasSuffix(before, lead) {
			return true
		}
	}
	return false
}

// yearToLeads: see yearTo.
var yearToLeads = []string{"the year to ", "the 12 months to ", "the twelve months to "}

// yearEndedOn reports whether the day at start closes a year written just
// before it by its last day, "the year ended March 31", "the year ending
// June 30": a company's year, the stretch the figures cover, as "the
// quarter ended June 30" is the quarter. "The year to June 30" stays
// dated by its end, as the house golds "the three months to October 30".
func yearEndedOn(text string, start int) bool {
	before := strings.ToLower(text[max(0, start-20):start])
	before = strings.TrimSuffix(before, "on ")
	for _, lead := range yearEndedLeads {
		if strings.HasSuffix(before, lead) {
			return true
		}
	}
	return false
}

// yearEndedLeads: see yearEndedOn.
var yearEndedLeads = []string{"the year ended ", "the year ending "}

// yearToDay returns the twelve months that end with the day span: from the
// month after its month a year before, or, for a year of 52 or 53 weeks
// that ends in a month's first week ("ended Jan. 2"), the year to the
// month before, as boundedYear counts.
func yearToDay(span timex.Span) timex.Span {
	d := span.Start
	end := time.Date(d.Year(), d.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	if d.Day() <= 7 {
		end = end.AddDate(0, -1, 0)
	}
	return timex.Span{Start: end.AddDate(-1, 0, 0), End: end, Precision: timex.PrecisionYear}
}

// stretchYear returns the twelve months a year-long stretch written
// before the day of e closes ("the 52 weeks to February 26", "the year to
// June 30", "the year ended March 31"), which the event itself may date
// by its end, as the house golds "the year to June 30"; else a zero span.
// A year counted from it ("the previous year") is the same kind of year.
func stretchYear(text string, e data.Event) timex.Span {
	if e.Span.Precision != timex.PrecisionDay {
		return timex.Span{}
	}
	before := strings.ToLower(text[max(0, e.ExprStart-20):e.ExprStart])
	for _, lead := range stretchYearLeads {
		if strings.HasSuffix(before, lead) {
			return yearToDay(e.Span)
		}
	}
	return timex.Span{}
}

// stretchYearLeads: see stretchYear.
var stretchYearLeads = []string{"the 52 weeks to ", "the 53 weeks to ", "the year to ", "the 12 months to ",
	"the twelve months to ", "the year ended ", "the year ending "}

// accountingYearBack returns the accounting year before or after prev
// that expr counts to ("the year before", "the previous year", "a year
// earlier"), when prev, the event just before, is a twelve-month year
// that does not start in January ("the 2004-05 financial year"): the
// tagger values the count as a calendar year, the one of prev's start
// moved, where the text means the same kind of year. span is the
// tagger's reading, which must be prev's first or last year moved.
func accountingYearBack(expr string, prev, span timex.Span) (timex.Span, bool) {
	step, ok := yearSteps[strings.ToLower(expr)]
	if !ok || prev.Start.Month() == time.January || !prev.Start.AddDate(1, 0, 0).Equal(prev.End) {
		return span, false
	}
	if y := span.Start.Year(); y != prev.Start.Year()+step && y != prev.End.Year()+step {
		return span, false
	}
	prev.Start, prev.End = prev.Start.AddDate(step, 0, 0), prev.End.AddDate(step, 0, 0)
	return prev, true
}

// pairYearBack returns the two months first and last, named as a pair
// just before in the same sentence ("sales in November and December"),
// moved by a year, when tx counts a year from them ("up 4 percent from
// a year earlier") and the tagger read it from the last one alone (span):
// the comparison is with the same two months, not with the second only.
func pairYearBack(text string, tx timex.Timex, first, last data.Event, span timex.Span) (timex.Span, bool) {
	step, ok := yearSteps[strings.ToLower(tx.Text)]
	if !ok || first.SentenceStart != last.SentenceStart || first.ExprEnd > last.ExprStart || last.ExprEnd > tx.Start ||
		text[first.ExprEnd:last.ExprStart] != " and " || strings.ContainsAny(text[last.ExprEnd:tx.Start], ".;!?\n") {
		return span, false
	}
	if first.Span.Precision != timex.PrecisionMonth || last.Span.Precision != timex.PrecisionMonth ||
		!span.Start.Equal(last.Span.Start.AddDate(step, 0, 0)) {
		return span, false
	}
	span.Start = first.Span.Start.AddDate(step, 0, 0)
	return span, true
}

// yearSteps are the counts of one year from the period just named: see
// accountingYearBack.
var yearSteps = map[string]int{"the year before": -1, "the previous year": -1, "the year earlier": -1,
	"a year earlier": -1, "the prior year": -1, "the year after": 1, "the following year": 1, "a year later": 1}

// logNouns name a police or council log entry that a reader is asked to
// quote, "quoting incident 112 of 16 November", "log 431 of 2 March": the
// date after "NUMBER of" is part of the reference, no event of its own.
var logNouns = map[string]bool{"incident": true, "log": true, "occurrence": true, "reference": true, "ref": true}

// logReference reports whether tx is the date of a log reference: a log
// noun, an entry number with a digit (its "number" or "no." between them
// allowed) and "of" just before it. The day it names is the day the call
// was logged, which the appeal states as an event elsewhere.
func logReference(text string, tx timex.Timex) bool {
	words := strings.Fields(strings.ToLower(text[max(0, tx.Start-40):tx.Start]))
	n := len(words)
	if n < 3 || words[n-1] != "of" || !strings.ContainsAny(words[n-2], "0123456789") {
		return false
	}
	noun := words[n-3]
	if (noun == "number" || noun == "no." || noun == "no") && n >= 4 {
		noun = words[n-4]
	}
	return logNouns[noun]
}
