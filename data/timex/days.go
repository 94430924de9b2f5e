package timex

import (
	"strconv"
	"strings"
	"time"
)

// Days and times of day: weekdays, yesterday and today, clock times,
// nights and weekends.

// ruleWeekday reads "Wednesday", "Tuesday morning", "Sunday's" and takes
// in the "a" of "on a Sunday", which TimeML marks inside the span, and
// which may make it any Sunday (anyWeekdayMeant); not that of "a
// Wednesday media event", where the article is the noun's.
// "Friday the 13th" is one expression when the Friday it resolves to is
// the 13th.
func ruleWeekday(tg *tagger, i int) (match, bool) {
	if _, feast := holidays[tg.word(i-1)][tg.word(i)]; feast && tg.capital(i-1) && holidayNames[tg.word(i+1)] {
		return match{}, false // "the Good Friday Agreement" is a name
	}
	if tg.word(i-2) == "the" && (tg.lexAt(i-1).ordinal != 0 || edgeOfStretch[tg.word(i-1)]) {
		// "the final Saturday", "the opening Sunday of the fair": a day
		// counted within something else, not the nearest Saturday
		return match{}, false
	}
	if weekdayPractices[tg.word(i+1)] && weekdayPracticeLeads[tg.word(i-1)] {
		// "their demand for Sunday working", "campaigned against
		// Sunday trading": a practice of any such day, no day
		return match{}, false
	}
	m, ok := weekdayReading(tg, i)
	if !ok {
		return m, false
	}
	if day, ok := tg.weekdayOfDateBefore(i); ok && m.first == 0 && len(m.value) >= len("2024-11-27") {
		// "on Oct. 23, 1958, a Thursday": the apposition names the
		// weekday of the date just written, and is that day.
		m.value, m.first = vDay(day)+m.value[len("2024-11-27"):], -1
		return m, true
	}
	if day, end, ok := tg.bracketedDayAfter(m.end); ok && len(m.value) >= len("2024-11-27") &&
		int(day.Weekday()) == weekdayWords[tg.word(i)] {
		// "on Wednesday (Dec 31)", as Singapore papers write a day:
		// the date in brackets says which Wednesday, and is part of
		// the one expression, so that a range can join after it
		// ("from Monday (Nov 24) to Dec 5").
		m.value, m.end = vDay(day)+m.value[len("2024-11-27"):], end
	}
	if m.first == 0 && tg.word(i-1) == "a" && tg.word(i-2) == "on" {
		m.first = -1
		if tg.anyWeekdayMeant(i) {
			m.value = anyWeekday(m.value)
		}
	}
	if tg.word(m.end) == "the" && len(m.value) == len("2024-11-27") {
		if d, end := tg.dayNum(m.end + 1); d > 0 && end == m.end+3 && m.value[8:] == pad(d, 2) {
			m.end = end
		}
	}
	return m, true
}

// bracketedDayAfter reads a day of the month in brackets opening at token
// k ("(Dec 31)", "(Nov 20, 2025)", "(20 November)") and returns it and
// the token after the closing bracket.
func (tg *tagger) bracketedDayAfter(k int) (time.Time, int, bool) {
	if !tg.punct(k, "(") {
		return time.Time{}, k, false
	}
	mm, ok := ruleMonthFirst(tg, k+1)
	if !ok {
		mm, ok = ruleDayFirst(tg, k+1)
	}
	if !ok || !tg.punct(mm.end, ")") || len(mm.value) != len("2024-11-27") {
		return time.Time{}, k, false
	}
	day, err := time.Parse("2006-01-02", mm.value)
	return day, mm.end + 1, err == nil
}

// weekdayOfDateBefore reports whether the weekday at i stands after "a"
// and a comma that close a day just tagged ("Oct. 23, 1958, a Thursday")
// and is that day's weekday; it returns the day.
func (tg *tagger) weekdayOfDateBefore(i int) (time.Time, bool) {
	if tg.word(i-1) != "a" || !tg.punct(i-2, ",") || tg.lastEnd != i-2 || !tg.hasAnchor ||
		tg.anchor.Precision < PrecisionDay {
		return time.Time{}, false
	}
	day := tg.anchor.Start.Truncate(24 * time.Hour) // "at 9.40 a.m. on Oct. 23, 1958, a Thursday"
	return day, int(day.Weekday()) == weekdayWords[tg.word(i)]
}

// holidayWeekday returns the day of the holiday named just before the
// weekday at i, in its clause, when the holiday falls on that weekday and
// the weekday follows "on" right after the holiday or after a word that
// puts the holiday on it (holidayOnWords): "Diwali, the festival of
// lights, falls on Sunday", "because of the Columbus Day holiday on
// Monday". The weekday says when the holiday is, whichever way the
// clause's tense would have turned it; "until after Easter, the minister
// said on Sunday" dates the saying.
func (tg *tagger) holidayWeekday(i, wd int) (time.Time, bool) {
	if tg.word(i-1) != "on" || tg.lastEnd != i-1 && !holidayOnWords[tg.word(i-2)] || tg.lastEnd <= tg.from || tg.lastEnd < i-holidayWeekdayReach || !tg.hasAnchor ||
		tg.anchor.Precision != PrecisionDay || !holidayStarts[strings.ToLower(strings.Fields(tg.anchorText + " x")[0])] {
		return time.Time{}, false
	}
	for k := tg.lastEnd; k < i; k++ {
		if tg.punct(k, ";") || tg.punct(k, ":") {
			return time.Time{}, false
		}
	}
	day := tg.anchor.Start.Truncate(24 * time.Hour)
	return day, int(day.Weekday()) == wd
}

// holidayWeekdayReach bounds the tokens between a holiday and the
// weekday it falls on: "Diwali, the Hindu, Sikh and Jain festival of
// lights, falls on Sunday".
const holidayWeekdayReach = 16

// anyWeekdayMeant reports whether the weekday at i, after "on a", is any
// such day: in news prose, with a verb ("bins are emptied on a Friday",
// "she was born on a Sunday"). A post's "back at work on a Sunday :(" or
// "school starts on a friday" is the day around it, and so is a weekday
// the dct falls on ("the studio is full on a Sunday!", written then),
// unless a past or a habitual "would" tells of it ("she would drive to
// the jail on a Sunday night", in a Sunday's obituary): what is told of
// then is no day of the writer's.
func (tg *tagger) anyWeekdayMeant(i int) bool {
	if !tg.hasDCT || !tg.capital(i) {
		return false
	}
	g, verb, _ := tg.governingGroup(i, i+1)
	if weekdayWords[tg.word(i)] == int(tg.dct.Weekday()) && (!verb || !thenForms[tg.vword(g.start)]) {
		return false
	}
	if verb || tg.finiteBefore(i) {
		return true
	}
	_, _, quoted := tg.quoteAround(i)
	return quoted // a speaker quoted in a report: `"They deserve better than a call on a Monday morning"`
}

// thenForms are the classes that open a verb group telling of a time gone
// by: a past form, a past auxiliary, or "would" and "could" of a habit or
// a past's future.
var thenForms = map[vclass]bool{vWould: true, vBePast: true, vHavePast: true, vDoPast: true, vPast: true}

// finiteBefore reports whether a finite verb stands in the sentence within
// groupSearch tokens before token i, whose group a comparison may keep
// from governing the day ("Crews were better paid than a driver on a
// Sunday"): the sentence is prose, not a post's fragment.
func (tg *tagger) finiteBefore(i int) bool {
	for k := max(tg.from, i-groupSearch); k < i; k++ {
		if tg.vword(k).finite() {
			return true
		}
	}
	return false
}

// joinedToDay reports whether the weekday at i follows another one and
// "and" or "or": "Wednesday and Thursday".
func (tg *tagger) joinedToDay(i int) bool {
	_, day := weekdayWords[tg.word(i-2)]
	return day && listJoins[tg.word(i-1)]
}

// anyWeekday turns a resolved weekday value ("2024-11-29", "2024-11-29TNI")
// into that weekday of no week in particular ("XXXX-WXX-5", "XXXX-WXX-5TNI").
func anyWeekday(value string) string {
	day, err := time.Parse(time.DateOnly, value[:min(len(value), len(time.DateOnly))])
	if err != nil {
		return value
	}
	return "XXXX-WXX-" + strconv.Itoa((int(day.Weekday())+6)%7+1) + value[len(time.DateOnly):]
}

// weekdayReading resolves the weekday name at i.
func weekdayReading(tg *tagger, i int) (match, bool) {
	w := tg.word(i)
	wd, ok := weekdayWords[w]
	if ok && strings.HasSuffix(w, "s") {
		return match{}, false // lower case too: posts write "friday"
	}
	if _, part := dayParts[tg.word(i+1)]; ok && part && strings.HasSuffix(tg.word(i+1), "s") && !tg.joinedToDay(i) {
		// "extra classes on Saturday mornings": every Saturday's, as
		// "on Saturdays"; "on Wednesday and Thursday nights" shares
		// the plural between two days, each one night.
		return match{}, false
	}
	if !ok {
		if wd, ok = weekdayAbbrevs[w]; !ok || !tg.abbrevDay(i) {
			return match{}, false
		}
	}
	j := i + 1
	if tg.lastDaySet && tg.lastEnd == i-1 && (listJoins[tg.word(i-1)] || tg.punct(i-1, ",")) {
		// "every Monday, Wednesday and Thursday": the list goes on
		// with the set.
		return date1(Set, j, "XXXX-WXX-"+strconv.Itoa((wd+6)%7+1))
	}
	if !tg.hasDCT {
		return date1(Date, j, "XXXX-WXX-"+strconv.Itoa((wd+6)%7+1))
	}
	if day, ok := tg.entryMonthDay(i, wd); ok {
		return tg.withPartOfDay(day, j+1)
	}
	if day, ok := tg.weekdayUnderHeading(i, wd, j); ok {
		return tg.withPartOfDay(day, j)
	}
	if day, ok := tg.weekdayInWeek(i, wd); ok {
		return tg.withPartOfDay(day, j)
	}
	if day, ok := tg.weekdayAfterDate(i, wd); ok {
		return tg.withPartOfDay(day, j)
	}
	if day, ok := tg.weekdayInApposition(i, wd); ok {
		return tg.withPartOfDay(day, j)
	}
	if day, ok := tg.holidayWeekday(i, wd); ok {
		tg.noteAnchor("the holiday named just before, which falls on that weekday")
		return tg.withPartOfDay(day, j)
	}
	if day, ok := tg.rangeEnd(i, wd); ok {
		return tg.withPartOfDay(day, j)
	}
	if day, ok := tg.weekdayAfterHeading(i, wd, j); ok {
		return tg.withPartOfDay(day, j)
	}
	if day, ok := tg.definiteWeekday(i, wd); ok {
		return tg.withPartOfDay(day, j)
	}
	if tg.weekAfterDay(i, j) {
		return tg.withPartOfDay(weekdayNear(tg.speechDay(i), wd, tenseFuture).AddDate(0, 0, 7), j+1)
	}
	t := tg.tenseAround(i, j)
	if t != tensePast && tg.countAsOf(i) {
		tg.noteTense("as of", tensePast, "a count as it stood \"as of\" a day, beside a perfect: past")
		t = tensePast
	}
	if speech := tg.speechDay(i); !speech.Equal(tg.dct) {
		// `"We will meet on Friday," he said on Monday`: the quote's
		// tense counts from the speech, not from the publication.
		tg.noteSpeech(speech)
		return tg.withPartOfDay(weekdayNear(speech, wd, t), j)
	}
	if t == tenseFuture {
		if speech, ok := tg.reportedFutureDay(i); ok {
			// "They said on Thursday that they would answer by
			// Friday": a future told from a past report counts
			// from the report.
			tg.noteSpeech(speech)
			return tg.withPartOfDay(weekdayNear(speech, wd, t), j)
		}
	}
	if t == tenseNearest {
		if day, ok := tg.afterEarlierDay(i, j); ok {
			return tg.withPartOfDay(weekdayNear(day, wd, tenseFuture), j)
		}
		if report, ok := tg.reportedPlanDay(i, j); ok {
			// "said on Monday that the boilers were expected to be
			// repaired by Friday": the plan as it stood at the
			// report looks ahead of it.
			tg.noteSpeech(report)
			return tg.withPartOfDay(weekdayNear(report, wd, tenseFuture), j)
		}
	}
	return tg.withPartOfDay(tg.weekdayDate(wd, t), j)
}

// countAsOf reports whether the weekday at i follows "as of" in a sentence
// with a perfect and no "will" ("86 people have died and some 310,000
// are displaced as of Monday"): the day a tally stood at, gone by, not a
// present's arrangement ahead. A bare present alone may announce a change
// to come ("as of Monday, masks are no longer required") and keeps its
// reading.
func (tg *tagger) countAsOf(i int) bool {
	if tg.word(i-1) != "of" || tg.word(i-2) != "as" {
		return false
	}
	perfect := false
	for k := tg.from; k < tg.to; k++ {
		switch c := tg.vword(k); {
		case c == vWill || c == vModal:
			return false
		case c == vHavePres && tg.vword(k+1) == vPast:
			perfect = true // "have died"
		}
	}
	return perfect
}

// afterEarlierDay returns the day named earlier in the sentence, gone by,
// when a past forward-pointing verb governs the weekday from i to j ("it
// noticed the attack late on Monday night, and staff had been told to
// switch off their computers at about 3 a.m. on Tuesday"): what the past
// order or advice looked ahead to comes after the day the sentence is
// already on, the first such weekday after it, not the one nearest the
// day of writing. So does the day a past move took an event from
// (movedOffDay).
func (tg *tagger) afterEarlierDay(i, j int) (time.Time, bool) {
	if !tg.dayEarlierInSentence(i) || tg.lastDay.After(tg.dct) {
		return time.Time{}, false
	}
	g, ok, after := tg.governingGroup(i, j)
	if !ok || after || !tg.forwardVerb(g, i, j) && !tg.movedOffDay(g, i) {
		return time.Time{}, false
	}
	if c := tg.vword(g.start); c != vPast && c != vHavePast {
		return time.Time{}, false
	}
	tg.noteAnchor("the day named earlier in the sentence, which a past order looks ahead from")
	return tg.lastDay, true
}

// movedOffDay reports whether the date at i is the time an event was moved
// from ("on Thursday moved the vote from Tuesday to the following week"):
// an event is moved off a day still ahead of the move, so a day the
// sentence names for the move comes before it.
func (tg *tagger) movedOffDay(g group, i int) bool {
	return tg.word(i-1) == "from" && rescheduleVerbs[tg.word(g.head)]
}

// todayEndsName reports whether a capitalised "Today" at i closes a
// name, a paper's or a programme's ("told USA Today", "China Today
// reported", "(Photo: Andes Today)", a masthead "Andes Today" on its own
// line): the word before it is a capitalised word the lexicon knows no
// role of, no verb of a title-case headline ("Pre-Orders Open Today"),
// and the sentence is prose with a lower-case word in it, a credit after
// "Photo:", or that name alone on its line.
func (tg *tagger) todayEndsName(i int) bool {
	k := i - 1
	if !tg.capital(i) || k < tg.from || !tg.capital(k) || tg.toks[k].kind != kWord || tg.toks[i].newlines > 0 {
		return false
	}
	if e := verbLex[tg.word(k)]; e.class != vNone || e.flags != 0 || tg.lexAt(k).sets != 0 {
		return false
	}
	if k == tg.from && i+1 == tg.to {
		return i+1 >= len(tg.toks) || tg.toks[i+1].newlines > 0 // the name alone on its line
	}
	if tg.punct(k-1, ":") && captionLeads[tg.word(k-2)] {
		return true
	}
	for m := tg.from; m < tg.to; m++ {
		if m != i && tg.toks[m].kind == kWord && !tg.capital(m) {
			return true
		}
	}
	return false
}

// weekdayInApposition resolves a weekday after a comma and "the" right
// after a date of that weekday ("drawn on March 23, the Monday after
// nominations close"): the phrase says again which day the date is, so
// the weekday is the date's own, not one counted from the day of writing.
func (tg *tagger) weekdayInApposition(i, wd int) (time.Time, bool) {
	if tg.word(i-1) != "the" || !tg.punct(i-2, ",") || tg.lastEnd != i-2 || tg.lastWeekday || !tg.hasAnchor ||
		tg.anchor.Precision != PrecisionDay || int(tg.anchor.Start.Weekday()) != wd {
		return time.Time{}, false
	}
	tg.noteAnchor("the date the phrase stands beside")
	return tg.anchor.Start, true
}

// definiteWeekday resolves a weekday after "the" ("with the opening game
// on the Friday night", "the headline act plays on the Saturday"): the
// article points back to the days just named, so the weekday is the
// first such day from a day named last (a story told forward: "arrived
// on Monday and left on the Friday"), the one in a week named last, and
// the one nearest a weekend named last (the Friday before it, the Monday
// after). A coarser anchor, a weekday before "before" or "after" ("the
// Friday before Christmas"), which other rules read, or one that
// qualifies a noun or opens a name (dayEndsPhrase) is left to the tense.
func (tg *tagger) definiteWeekday(i, wd int) (time.Time, bool) {
	if tg.word(i-1) != "the" || !tg.capital(i) || !tg.hasAnchor || tg.anchor.Precision < PrecisionWeek {
		return time.Time{}, false
	}
	if w := tg.word(i + 1); w == "before" || w == "after" || !tg.dayEndsPhrase(i+1) {
		return time.Time{}, false
	}
	a := tg.anchor.Start.Truncate(24 * time.Hour)
	if tg.anchor.Precision == PrecisionWeek && a.Weekday() != time.Monday {
		// a weekend: the nearest such day, before or after it
		before := a.AddDate(0, 0, -((int(a.Weekday()) - wd + 7) % 7))
		last := tg.anchor.LastDay()
		after := last.AddDate(0, 0, (wd-int(last.Weekday())+7)%7)
		tg.noteAnchor("the nearest such weekday to the weekend named last")
		if a.Sub(before) <= after.Sub(last) {
			return before, true
		}
		return after, true
	}
	if tg.anchor.Precision == PrecisionWeek {
		tg.noteAnchor("that weekday in the week named last")
		return a.AddDate(0, 0, (wd+6)%7), true
	}
	// a day: a story told forward, the first such weekday from it
	tg.noteAnchor("the first such weekday from the day named last")
	return a.AddDate(0, 0, (wd-int(a.Weekday())+7)%7), true
}

// dayEndsPhrase reports whether token k, after a weekday, leaves the
// weekday a day of its own: a mark, a part of the day ("the Friday
// night"), a preposition or a coordinator. A noun makes it a modifier
// ("the Friday explosions", "the Saturday protests"), a capitalised word
// a name ("the Sunday Times").
func (tg *tagger) dayEndsPhrase(k int) bool {
	if k >= tg.to || tg.toks[k].kind != kWord {
		return true
	}
	w := tg.word(k)
	_, part := dayParts[w]
	return part || prepositions[w] || coordinators[w]
}

// weekAfterDay reports whether the weekday at i is followed by "week"
// at j, as British English writes the day a week after the coming one:
// "sentenced on Monday week" (in a Wednesday's paper, not the Monday five
// days on but the one after it), "by Friday week". The day is capitalized
// and no possessive or hyphen ties "week" to a noun ("Monday week-long",
// "Friday week's"), nor "of" to a period ("Monday week of the trial").
func (tg *tagger) weekAfterDay(i, j int) bool {
	return tg.word(j) == "week" && tg.capital(i) && !tg.hyphen(j+1) && tg.word(j+1) != "of" && !tg.possessive(j+1)
}

// ruleWeekOnDay reads "a week on" and a weekday, as British English
// writes the day a week after the coming one: "a week on Sunday" in a
// Thursday's paper is not the Sunday three days on but the one after it,
// as "Sunday week" is (weekAfterDay). A quote counts from its speech. After
// "in" or "for" the week is a length ("the second time in a week on
// Wednesday morning").
func ruleWeekOnDay(tg *tagger, i int) (match, bool) {
	if tg.word(i+1) != "week" || tg.word(i+2) != "on" || spanLeads[tg.word(i-1)] || !tg.hasDCT {
		return match{}, false
	}
	wd, ok := weekdayWords[tg.word(i+3)]
	if !ok || !tg.capital(i+3) || strings.HasSuffix(tg.word(i+3), "s") {
		return match{}, false
	}
	return tg.withPartOfDay(weekdayNear(tg.speechDay(i+3), wd, tenseFuture).AddDate(0, 0, 7), i+4)
}

// abbrevDay reports whether the short weekday name at i ("Sat", "tues")
// is a day, as most are English words too: it is joined to a weekday in a
// range or list ("Sat-Sun", "Mon and tues", "Friday night or sat"; only
// a dash or list word before the next day: "he sat to Sunday's lunch"),
// follows "on" ("my exam is on Mon") or comes before a part of the day
// ("gig fri night"); not "Sun", a name as often.
func (tg *tagger) abbrevDay(i int) bool {
	joins := func(k int) bool {
		return tg.hyphen(k) || listJoins[tg.word(k)] || tg.word(k) == "to"
	}
	switch {
	case tg.lastEnd == i-1 && tg.lastWeekday && (joins(i-1) || tg.punct(i-1, ",")):
		return true
	case tg.listedDay(i):
		return true
	case tg.capital(i) && (tg.headsEntry(i, i+1) || tg.entryDayNumber(i) > 0):
		return true // "Tue: debate", "Sun 12: Greys v Rovers", even "Sun"
	}
	_, part := dayParts[tg.word(i+1)]
	return (tg.word(i-1) == "on" || part) && tg.word(i) != "sun" // "gig fri night"
}

// listedDay reports whether the short weekday name at k stands in a list
// or range of weekdays by the words around it alone ("Friday night or
// sat", "Sat-Sun"), so that the verb-group reader does not take "sat" or
// "wed" for a verb.
func (tg *tagger) listedDay(k int) bool {
	joinBefore := tg.hyphen(k-1) || listJoins[tg.word(k-1)] || tg.punct(k-1, ",")
	_, part := dayParts[tg.word(k-2)]
	dayBefore := isWeekdayName(tg.word(k-2)) || part && isWeekdayName(tg.word(k-3))
	joinAfter := (tg.hyphen(k+1) || listJoins[tg.word(k+1)]) && isWeekdayName(tg.word(k+2))
	return joinBefore && dayBefore || joinAfter
}

// weekdayAfterDate resolves a weekday written in brackets or after a
// comma right after a date that is not itself a weekday ("May 6-7
// (Tues-Wed)", "on Nov. 27, Wednesday"): it names that date or, in
// brackets, the day of its week just before it, when the date closes a
// range.
func (tg *tagger) weekdayAfterDate(i, wd int) (time.Time, bool) {
	if tg.lastEnd != i-1 || tg.lastWeekday || !tg.hasAnchor || tg.anchor.Precision != PrecisionDay {
		return time.Time{}, false
	}
	a := tg.anchor.Start
	back := (int(a.Weekday()) - wd + 7) % 7
	// After a comma the weekday must be the date's own: in "this Friday,
	// Saturday" a list goes on.
	if !tg.punct(i-1, "(") && (!tg.punct(i-1, ",") || back != 0) {
		return time.Time{}, false
	}
	tg.noteAnchor("the date it follows")
	return a.AddDate(0, 0, -back), true
}

// weekdayAfterHeading resolves a weekday heading an entry of a listing or
// timeline ("Friday to Sunday: the parade leaves at noon", "Sunday - the
// government calls up reservists") as the first such day after the day
// that headed the entry before, as entries run forward in time.
func (tg *tagger) weekdayAfterHeading(i, wd, j int) (time.Time, bool) {
	if !tg.hasHeadingDay || !tg.headsEntry(i, j) {
		return time.Time{}, false
	}
	gap := (wd-int(tg.headingDay.Weekday())+6)%7 + 1
	tg.noteDayAnchor("entry heading", tg.headingDay, "the first such weekday after the day that headed the entry before")
	return tg.headingDay.AddDate(0, 0, gap), true
}

// entryDayNumber returns the day of the month written right after the
// weekday at i when the two head an entry of a listing ("Sat 11: Vale v
// Oldbury (3pm)", "Mon 18 - report published"), or 0: a bare number
// after a weekday elsewhere is a count ("on Monday 18 people were hurt").
func (tg *tagger) entryDayNumber(i int) int {
	n, digits := tg.num(i + 1)
	if digits == 0 || digits > 2 || n < 1 || n > 31 || !tg.headsEntry(i, i+2) {
		return 0
	}
	return n
}

// entryMonthDay resolves a weekday and the day of the month after it that
// head an entry of a listing ("Sat 11: Vale v Oldbury", "Wed 20: vote
// lost"): the day of that number that falls on that weekday nearest the
// dct, within a month either way, as such a list holds the days around
// the article. A pair no such day matches is left to the other rules.
func (tg *tagger) entryMonthDay(i, wd int) (time.Time, bool) {
	n := tg.entryDayNumber(i)
	if n == 0 {
		return time.Time{}, false
	}
	var best time.Time
	for m := -1; m <= 1; m++ {
		d := time.Date(tg.dct.Year(), tg.dct.Month()+time.Month(m), n, 0, 0, 0, 0, time.UTC)
		if d.Day() != n || int(d.Weekday()) != wd {
			continue // no such day that month, or not that weekday
		}
		if best.IsZero() || d.Sub(tg.dct).Abs() < best.Sub(tg.dct).Abs() {
			best = d
		}
	}
	if best.IsZero() {
		return time.Time{}, false
	}
	tg.noteDayAnchor("entry heading", tg.dct, "the day of that number on that weekday nearest the publication date")
	return best, true
}

// entryStart reports whether token i opens an entry of a listing: it
// opens its sentence, or follows only the bullet that opens it ("* Sat
// 11: Vale v Oldbury").
func (tg *tagger) entryStart(i int) bool {
	if i == tg.from {
		return true
	}
	if i != tg.from+1 || tg.toks[tg.from].kind != kPunct {
		return false
	}
	switch tg.toks[tg.from].in(tg.lower) {
	case "*", "•", "-", "–", "—":
		return true
	}
	return false
}

// headsEntry reports whether the expression [i, j) heads an entry of a
// listing or timeline: it opens its sentence, perhaps after a bullet, and
// a colon or spaced dash follows it, or follows the weekday that closes a
// range it opens ("Friday to Sunday:").
func (tg *tagger) headsEntry(i, j int) bool {
	if !tg.entryStart(i) {
		return false
	}
	if w := tg.word(j); (w == "to" || w == "through" || tg.hyphen(j) && !tg.dash(j)) && tg.isWeekday(j+1) {
		j += 2
	}
	return j < tg.to && (tg.punct(j, ":") || tg.dash(j))
}

// noteHeading remembers the day of x, which starts at token start and ends
// before token end, when it heads an entry near the dct: the listing or
// timeline of the days around the article, whose next weekday heading
// follows it.
func (tg *tagger) noteHeading(x Timex, start, end int) {
	if !tg.hasDCT || !tg.headsEntry(start, end) {
		return
	}
	s, err := ParseValue(x.Value)
	if err != nil || s.Precision < PrecisionDay {
		return
	}
	day := s.Start.Truncate(24 * time.Hour)
	if near := day.Sub(tg.dct).Hours() / 24; near < -headingReach || near > headingReach {
		tg.hasHeadingDay = false
		return
	}
	tg.headingDay, tg.hasHeadingDay = day, true
}

// noteHeadingWeek remembers the week x names when x stands in a heading
// line ("The week ahead", "This week in the Commons", "What to watch next
// week"): the list under such a heading holds the days of that week. A new
// heading opens a new list, so the day that headed the last entry of the
// list before leads no more.
func (tg *tagger) noteHeadingWeek(x Timex) {
	if !tg.hasDCT || !tg.headingLine() {
		return
	}
	s, err := ParseValue(x.Value)
	if err != nil || s.Precision != PrecisionWeek || s.Start.Weekday() != time.Monday {
		return // not a calendar week: a weekend starts on a Saturday
	}
	tg.headWeek, tg.headWeekEnd, tg.hasHeadWeek = s.Start, x.End, true
	tg.hasHeadingDay = false
}

// headingLine reports whether the current sentence is a heading: a line
// of its own of at most headingTokens tokens that no full stop, question
// or exclamation mark closes.
func (tg *tagger) headingLine() bool {
	if tg.to-tg.from > headingTokens || tg.from > 0 && tg.toks[tg.from].newlines == 0 ||
		tg.to < len(tg.toks) && tg.toks[tg.to].newlines == 0 {
		return false
	}
	last := tg.toks[tg.to-1]
	return last.kind != kPunct || !isTerminal(last.in(tg.lower))
}

// headingTokens bounds the tokens of a heading line: "What to watch in
// the week ahead" has seven.
const headingTokens = 8

// weekdayUnderHeading resolves a weekday heading the first entry of the
// list under a heading that names a week ("The week ahead" over "Tuesday:
// third reading"; "Timeline of last week" over "Monday - talks fail"): that
// weekday of the heading's week, where the nearest such weekday to the dct
// may lie in another. The entries after it follow it (weekdayAfterHeading).
// The list starts within listHeadingBytes of its heading.
func (tg *tagger) weekdayUnderHeading(i, wd, j int) (time.Time, bool) {
	if !tg.hasHeadWeek || tg.hasHeadingDay || !tg.headsEntry(i, j) {
		return time.Time{}, false
	}
	tg.hasHeadWeek = false
	if tg.base+int(tg.toks[i].start)-tg.headWeekEnd > listHeadingBytes {
		return time.Time{}, false
	}
	day := tg.headWeek.AddDate(0, 0, (wd+6)%7)
	tg.noteDayAnchor("list heading", tg.headWeek, "that weekday of the week the list's heading names")
	return day, true
}

// headingReach bounds, in days either side of the dct, the entry headings
// that a weekday heading the next entry is counted from.
const headingReach = 7

// isWeekdayName reports whether w names a weekday, in full or short.
func isWeekdayName(w string) bool {
	_, full := weekdayWords[w]
	_, short := weekdayAbbrevs[w]
	return full || short
}

// rangeEnd resolves the second weekday of "from Friday to Thursday",
// "Monday and Tuesday" (or "Friday night and Saturday morning") or "the
// Tuesday or Wednesday of that week" as the first such day after the one
// just tagged.
// A list joined by "and" or "or" need not run forward ("statements made
// Friday and Thursday"): when the day after would cross from the past into the
// future against the tense of the clause, the tense decides instead.
func (tg *tagger) rangeEnd(i, wd int) (time.Time, bool) {
	join := tg.word(i - 1)
	switch {
	case join == "to" || join == "through" || join == "until" || join == "till" || join == "and" || join == "or" ||
		tg.hyphen(i-1) && tg.toks[i-1].newlines == 0:
		// a dash that starts a line is a list's bullet, no range
	default:
		return time.Time{}, false
	}
	// A day with its part or hour counts too: "Friday night and
	// Saturday morning" runs on.
	if tg.lastEnd != i-1 || !tg.lastWeekday || !tg.hasAnchor || tg.anchor.Precision < PrecisionDay {
		return time.Time{}, false
	}
	a := tg.anchor.Start
	gap := (wd - int(a.Weekday()) + 7) % 7
	if gap == 0 {
		gap = 7
	}
	d := a.AddDate(0, 0, gap)
	if (join == "and" || join == "or") && !a.After(tg.dct) && d.After(tg.dct) && tg.tenseAround(i, i+1) != tenseFuture {
		return time.Time{}, false
	}
	tg.noteAnchor("the first such weekday after it")
	return d, true
}

// maxListedDays bounds how many weekdays weekdayInWeek reads in a list.
const maxListedDays = 7

// weekdayInWeek resolves a weekday that a following "next week", "last
// week" or "this week" places, alone ("Saturday next week", "Friday of
// last week") or at the end of a list ("Tuesday, Thursday and Saturday
// next week" puts all three in next week). TimeML tags the week apart, and
// Tag marks it as qualifying the day before it.
func (tg *tagger) weekdayInWeek(i, wd int) (time.Time, bool) {
	k := i + 1
	for n := 0; n < maxListedDays; n++ {
		if tg.word(k) == "of" {
			k++ // "Tuesday of next week", "the Tuesday or Wednesday of that week"
		}
		if off, ok := tg.relOffsetAt(k); ok && tg.word(k+1) == "week" {
			monday := tg.dct.AddDate(0, 0, 7*off-(int(tg.dct.Weekday())+6)%7)
			return monday.AddDate(0, 0, (wd+6)%7), true
		}
		if tg.word(k) == "that" && tg.word(k+1) == "week" && tg.hasAnchor && tg.anchor.Precision >= PrecisionDay {
			// "starts on July 18, and she plays on the Tuesday or
			// Wednesday of that week": the week of the day named last.
			a := tg.anchor.Start.Truncate(24 * time.Hour)
			tg.noteAnchor("the week of the day referred back to")
			return a.AddDate(0, 0, (wd+6)%7-(int(a.Weekday())+6)%7), true
		}
		item := k
		k = tg.optComma(k)
		if listJoins[tg.word(k)] {
			k++
		}
		if _, ok := weekdayWords[tg.word(k)]; !ok || !tg.capital(k) || k == item {
			return time.Time{}, false
		}
		k++
	}
	return time.Time{}, false
}

// weekdayDate resolves a weekday against the dct: the dct itself if it
// falls on that day, else the nearest one in the direction of the tense
// (past when unsure, as news mostly reports).
func (tg *tagger) weekdayDate(wd int, t tense) time.Time {
	return weekdayNear(tg.dct, wd, t)
}

// weekdayNear resolves weekday wd against day as weekdayDate does
// against the dct.
func weekdayNear(day time.Time, wd int, t tense) time.Time {
	dwd := int(day.Weekday())
	if wd == dwd {
		return day
	}
	ahead := (wd - dwd + 7) % 7
	if t == tenseFuture || t == tenseNearest && ahead <= 3 {
		return day.AddDate(0, 0, ahead)
	}
	return day.AddDate(0, 0, -((dwd - wd + 7) % 7))
}

// withPartOfDay extends a day with a following part of the day ("morning",
// "night") or a clock time.
func (tg *tagger) withPartOfDay(day time.Time, j int) (match, bool) {
	if p, ok := dayParts[tg.word(j)]; ok && tg.word(j) != "overnight" {
		return date1(Time, j+1, vDay(day)+"T"+p)
	}
	k := j
	if tg.punct(j, ",") {
		k = j + 1 // "this Sat, 7pm": the clock time after the day
	}
	if h, min, end := tg.clock(k); end > k && h < 24 && (k > j || tg.clockMarked(k, end)) {
		return date1(Time, end, vDay(day)+"T"+pad(h, 2)+":"+pad(min, 2))
	}
	return date1(Date, j, vDay(day))
}

// clockMarked reports whether the clock time from k to end says it is
// one, with a colon or a.m./p.m. ("Sunday 1pm", "Wed 9:00"), not a bare
// number ("Friday 10 people").
func (tg *tagger) clockMarked(k, end int) bool {
	return end > k+1 && (tg.punct(k+1, ":") || tg.punct(k+1, ".") || amWords[tg.word(end-1)] || pmWords[tg.word(end-1)])
}

// quotedDay is the day a deictic word at i counts from: the day of the
// speech it is quoted from (noted for --explain), else the dct.
func (tg *tagger) quotedDay(i int) time.Time {
	day := tg.speechDay(i)
	if !day.Equal(tg.dct) {
		tg.noteSpeech(day)
	}
	return day
}

// pastQuotedNight reports whether "tonight" at i stands in a quotation
// whose clause is told in the simple past ("We threw away two points
// tonight"): said that night and reported the next day. Only quotes: a
// post or a live entry written that night tells its own night so.
func (tg *tagger) pastQuotedNight(i int) bool {
	if _, _, ok := tg.quoteAround(i); !ok {
		return false
	}
	g, ok, _ := tg.governingGroup(i, i+1)
	return ok && tg.vword(g.start) == vPast && g.head == g.start
}

// presentOfLiving reports whether the "today" at i closes a phrase of
// those now alive ("people living here today", "the oldest man alive
// today"), perhaps with "here" or "there" between: the present age, as
// TimeML's PRESENT_REF, not the day of writing.
func (tg *tagger) presentOfLiving(i int) bool {
	k := i - 1
	if w := tg.word(k); w == "here" || w == "there" {
		k--
	}
	return livingWords[tg.word(k)]
}

// presentOfAge reports whether the "today" at i is a possessive before
// a noun of the present age that ends its phrase ("what the case means
// for today's youth", "small by today's standards"): the present, as
// TimeML's PRESENT_REF, not the day of writing. A noun after it makes a
// compound of the day's event ("today's youth team fixture", "today's
// World Cup qualifier").
func (tg *tagger) presentOfAge(i int) bool {
	return tg.possessive(i+1) && presentAgeNouns[tg.word(i+3)] && !tg.capital(i+3) && !tg.nounAt(i+4)
}

// ruleDeictic reads "yesterday", "today", "tomorrow", "tonight", "this
// morning", "last night", "yesterday afternoon", "midweek", "year to date".
func ruleDeictic(tg *tagger, i int) (match, bool) {
	if !tg.hasDCT {
		return match{}, false
	}
	if n, _ := tg.num(i); n == 2 && tg.tight(i+1) {
		// "2moro", "2nite": the digit stands for "to".
		if off, ok := twoSpellings[tg.word(i+1)]; ok {
			if off == tonight {
				return date1(Time, i+2, vDay(tg.dct)+"TNI")
			}
			return tg.withPartOfDay(tg.dct.AddDate(0, 0, off), i+2)
		}
		return match{}, false
	}
	if tg.word(i) == "today" && tg.todayEndsName(i) {
		return match{}, false // "told USA Today", "(Photo: Andes Today)": a title's word
	}
	if tg.word(i) == "today" && (tg.presentOfLiving(i) || tg.presentOfAge(i)) {
		// "most people living here today have never seen it", "the
		// oldest man alive today", "today's youth": the present age.
		return date1(Date, i+1, "PRESENT_REF")
	}
	day := tg.writingDay()
	if tg.lexAt(i).hasAny(inDeicticDays | inTonightWords) { // deicticOffset or tonightWords
		day = tg.quotedDay(i) // quoted: the speech's "tomorrow"
	}
	if e := tg.lexAt(i); e.has(inDeicticDays) {
		return tg.withPartOfDay(day.AddDate(0, 0, int(e.deictic)), i+1)
	}
	switch w := tg.word(i); {
	case tonightWords[w]:
		if day.Equal(tg.dct) && tg.pastQuotedNight(i) {
			// `"Tonight the city chose to keep going," she told
			// supporters`: a night a quote tells in the past was the
			// night of the speech, before the paper that reports it.
			day = day.AddDate(0, 0, -1)
		}
		return date1(Time, i+1, vDay(day)+"TNI")
	case w == "earlier" || w == "later":
		// "Earlier Sunday", "later yesterday": the day, with the word.
		if m, ok := tg.dayAfterAdverb(i + 1); ok {
			return m, true
		}
		if tg.inTheDay(i+1) && tg.word(i+3) != "day" && tg.hasDCT {
			return tg.laterInThe(i)
		}
		if tg.inTheDay(i+1) && tg.hasDCT && !tg.dayEarlierInSentence(i) {
			// "earlier in the day", "later in the day": the day the
			// story is on. After a day named in the same sentence it
			// only points back to it ("on Tuesday morning … and in
			// Nairobi later in the day"), and TimeML leaves it untagged.
			return date1(Date, i+4, vDay(tg.storyDay()))
		}
	case w == "this":
		if p, ok := dayParts[tg.word(i+1)]; ok {
			return date1(Time, i+2, vDay(tg.dct)+"T"+p)
		}
	case w == "the" && tg.restOfTheDay(i+1):
		if tg.hasDCT && !tg.dayEarlierInSentence(i) {
			// "cancelled for the rest of the day": the day the story
			// is on, as "later in the day" is.
			return date1(Date, i+5, vDay(tg.storyDay()))
		}
	case w == "the":
		// "the morning of 7 October"; "in the morning", "during the
		// afternoon": of the day the story is on. "the night" names an
		// event's night more often than a part of a day ("the night of
		// the attack", "on the night of Oct. 23"), so not it.
		w := tg.word(i + 1)
		p, ok := dayParts[w]
		if !ok || strings.HasSuffix(w, "s") || w == "night" || w == "overnight" {
			break
		}
		if tg.word(i+2) == "of" {
			if day, end, ok := tg.dayAt(i + 3); ok {
				return date1(Time, end, vDay(day)+"T"+p)
			}
			break
		}
		if prev := tg.word(i - 1); prev == "in" || prev == "during" || prev == "by" || prev == "through" || prev == "throughout" {
			day := tg.dayBase()
			if p == "MO" && tg.nightMentionedLast() {
				// "touched a high overnight before easing in the
				// morning": the morning the night ends in.
				day = day.AddDate(0, 0, 1)
			}
			return date1(Time, i+2, vDay(day)+"T"+p)
		}
	case w == "last":
		// "the last night of the festival" is its final one.
		if w := tg.word(i + 1); (w == "night" || w == "nite") && tg.word(i-1) != "the" {
			// Quoted: the night before the speech.
			return date1(Time, i+2, vDay(tg.quotedDay(i).AddDate(0, 0, -1))+"TNI")
		}
	case w == "year" && tg.word(i+1) == "to" && tg.word(i+2) == "date" && tg.word(i-1) != "the":
		// "Year to date, the index is down 1.6 percent", "14% higher
		// year to date": the year so far, as "so far this year" is.
		// "For the year to date" names the stretch figures cover.
		return date1(Date, i+3, vYear(tg.writingDay().Year()))
	case w == "midweek":
		// "by midweek": the middle of the week the story is in.
		return match{end: i + 1, typ: Date, value: vWeek(tg.dayBase()), mod: "MID"}, true
	case w == "trading":
		// "in early trading", "in late trading": the session of the
		// day the sentence names, or else of the publication day, with
		// the mod ruleMod gives; a bare "trading" starts no
		// expression, as it is no trigger word.
		if w := tg.word(i - 1); w == "early" || w == "late" {
			return date1(Date, i+1, vDay(tg.sentenceDay(i)))
		}
	}
	return match{}, false
}

// nightMentionedLast reports whether the date mentioned last is a night
// ("overnight", "on Tuesday night"), a part of the day that runs past
// midnight into the next day's morning.
func (tg *tagger) nightMentionedLast() bool {
	a := tg.anchor
	return tg.hasAnchor && a.Precision == PrecisionPartOfDay && a.LastDay().After(a.Start.Truncate(24*time.Hour))
}

// clockOfLastDay reports whether the clock time at i is joined by "at" to
// the day tagged just before it ("on Saturday at 10 p.m."): the hour of
// that day, even when the day stands in an aside, where a clock time
// further on belongs to the day the story tells of.
func (tg *tagger) clockOfLastDay(i int) bool {
	return tg.word(i-1) == "at" && tg.lastEnd == i-1
}

// ruleClock reads "11 a.m.", "9:30 p.m. EST", "14:00", "noon" and
// "midnight", with a following day: "11 a.m. Tuesday".
func ruleClock(tg *tagger, i int) (match, bool) {
	h, min, j := tg.clock(i)
	if j == i || tg.gameClock(i, j) {
		return match{}, false
	}
	if tg.mediaLength(i, j) {
		return date1(Duration, j, "PT"+strconv.Itoa(h)+"M"+strconv.Itoa(min)+"S")
	}
	zone := ""
	if tg.word(j) == "utc" {
		zone = "Z"
	}
	j = tg.timezone(j)
	// A bare clock time belongs to the day the story is on.
	base, hasDay := tg.dct, tg.hasDCT
	if tg.hasAnchor && tg.anchor.Precision >= PrecisionDay || tg.hasDCT {
		base, hasDay = tg.storyDay(), true
		if tg.lastDayAside && tg.hasDCT && !tg.clockOfLastDay(i) {
			base = tg.dct
			if tg.hasMainDay {
				base = tg.mainDay
			}
			tg.noteAnchor("the day the story tells of, not one named in an aside")
		}
	}
	k := j
	if tg.word(k) == "on" {
		k++
	}
	dayGiven := false
	// The day a clock time takes is on its line: "7.30pm" ending one
	// line of a listing does not read the next line's day.
	sameLine := !tg.lineAlone(tg.optComma(k))
	if day, end, ok := tg.dayAt(tg.optComma(k)); ok && sameLine {
		base, hasDay, j, dayGiven = day, true, end, true // "5 p.m. EST, Nov. 6", "8pm on Saturday 14 June"
	} else if d, ok := weekdayWords[tg.word(k)]; ok && sameLine && tg.capital(k) && tg.hasDCT &&
		!strings.HasSuffix(tg.word(k), "s") { // "at 9pm on Sundays" is every Sunday's
		t := tg.tenseAround(i, k+1)
		base, j, dayGiven = tg.weekdayDate(d, t), k+1, true
		if day, ok := tg.afterEarlierDay(i, k+1); ok && t == tenseNearest {
			base = weekdayNear(day, d, tenseFuture)
		}
		if day, ok := tg.morningAfterEvening(h, d); ok {
			// "last seen on the night of Saturday 16 August ... CCTV
			// shows him at 12.20am on Sunday": the small hours of
			// the day after the evening told of, whatever the tense.
			base = day
		}
	} else if d, ok := weekdayWords[tg.word(k+1)]; ok && sameLine && clockDayLeads[tg.word(k)] && tg.capital(k+1) &&
		tg.hasDCT {
		// "at 9.40 a.m. next Thursday", "at 10am last Tuesday": the
		// weekday counted from today is the clock time's day.
		base, j, dayGiven = tg.relativeWeekday(d, relOffsets[tg.word(k)], k, k+2), k+2, true
	} else if off, ok := deicticOffset(tg.word(k)); ok && sameLine && tg.hasDCT {
		base, j, dayGiven = tg.dct.AddDate(0, 0, off), k+1, true
	} else if w := tg.word(k); sameLine && tonightWords[w] && tg.hasDCT {
		base, j, dayGiven = tg.dct, k+1, true // "7pm tonight"
	} else if day, end, ok := tg.holidayAt(k); ok && sameLine {
		base, j, dayGiven = day, end, true // "2 a.m. on New Year's Day", "noon on Christmas Eve"
	}
	if m, ok := tg.anyDayAfter(k); ok && !dayGiven && sameLine {
		// "back in court at 8:30 the next morning" after "on a Sunday
		// night": the hour of any such morning, one expression.
		return date1(Time, m.end, "XXXX-XX-XXT"+pad(h, 2)+":"+pad(min, 2)+zone)
	}
	if !dayGiven && tg.hasDCT && (tg.entryStamp(i, j) || base.Before(tg.dct) && tg.aheadOfWriting(i, j)) {
		// A live entry's stamp, or "is due to give a briefing at 2
		// p.m." after a day gone by: the day of writing, the page's,
		// or a later one when the page ran past midnight.
		base = tg.dct.AddDate(0, 0, tg.stampDays(i))
	}
	if writing := tg.writingDay(); !dayGiven && tg.hasDCT && base.After(writing) && tg.pastOfWriting(i, j) {
		// "would stay closed until Monday. GeoNet recorded 150
		// aftershocks by midday": a past deed's hour is not on the
		// day still ahead that was named last, but on the day the
		// entry is written, after midnight on a live page that ran on.
		base = writing
		tg.noteAnchor("the day of writing: a past deed's hour is on no day still ahead")
	}
	if h == 24 {
		// "midnight Friday", "by midnight on Friday" and "shortly
		// before midnight on Tuesday" end the day named: its last
		// minute, on that day, where TimeML's T24:00 would be the next
		// day's first instant and plot on the wrong day. "Just after
		// midnight on Tuesday" is in Tuesday's first hour, and a bare
		// "midnight" starts the day the story is on, or ends the
		// evening just told of: after "on Wednesday night", "finished
		// shortly before midnight" is still Wednesday's last minute,
		// and a bare "midnight" the next day's first.
		h = 0
		switch {
		case dayGiven && tg.word(i-1) != "after" && tg.word(i-1) != "past":
			h, min = 23, 59
		case !dayGiven && tg.eveningOf(base) && midnightEnds[tg.word(i-1)]:
			h, min = 23, 59
		case !dayGiven && tg.eveningOf(base):
			base = base.AddDate(0, 0, 1)
		case !dayGiven && midnightEnds[tg.word(i-1)] && base.Equal(tg.writingDay()) && !(tg.hasAnchor && tg.anchor.Precision >= PrecisionDay) && tg.pastOfWriting(i, j):
			// "the quake struck just before midnight", told with no
			// day or evening named before it: the midnight gone, the
			// last minute of the day before the writing.
			base, h, min = base.AddDate(0, 0, -1), 23, 59
		}
	}
	if !dayGiven && h < 6 && (tg.eveningBefore(base) || tg.eveningOf(base)) {
		// "left at 11:09 p.m. on Wednesday and vanished at about 2:30
		// a.m.": the small hours after an evening are the next day's,
		// also when a year or month came between ("was due to finish
		// on Friday evening, longer than any since 2011. The chair told
		// delegates shortly after 3am").
		base = base.AddDate(0, 0, 1)
	}
	if !hasDay || !dayGiven && (tg.frequencyBefore(i) || tg.frequencyAfter(j)) {
		// "every half hour from midday to midnight", "daily from
		// 10am": a time of every day, no day's
		return date1(Time, j, "XXXX-XX-XXT"+pad(h, 2)+":"+pad(min, 2)+zone)
	}
	return date1(Time, j, vDay(base)+"T"+pad(h, 2)+":"+pad(min, 2)+zone)
}

// frequencyReach bounds how far back frequencyBefore looks.
const frequencyReach = 5

// frequencyBefore reports whether a word of frequency ("every", "daily",
// "nightly", "hourly") or a plural day ("Sundays", "weekdays") stands a
// few words before token i in its clause.
func (tg *tagger) frequencyBefore(i int) bool {
	for k := i - 1; k >= tg.from && i-k <= frequencyReach; k-- {
		if frequencyWords[tg.word(k)] || recurringDay(tg.word(k)) {
			return true // "every", or a plural day: "airs Sundays at 9pm"
		}
		if tg.leftStop(k) || tg.punct(k, ",") {
			return false
		}
	}
	return false
}

// frequencyAfter reports whether a word of frequency or a plural day
// follows the clock time that ends before j, past the closing time of its
// range: "from 8 a.m. to 6 p.m. on weekdays", "10am to 4pm daily", "at
// 9pm on Sundays".
func (tg *tagger) frequencyAfter(j int) bool {
	k := j
	if rangeJoins[tg.word(k)] || tg.hyphen(k) {
		if _, _, end := tg.clock(k + 1); end > k+1 {
			k = end
		}
	}
	if tg.word(k) == "on" {
		k++
	}
	w := tg.word(k)
	return frequencyWords[w] || recurringDay(w)
}

// recurringDay reports whether w names every such day: a plural weekday
// ("Sundays") or a word of recurringDayWords ("weekdays").
func recurringDay(w string) bool {
	_, day := weekdayWords[w]
	return day && strings.HasSuffix(w, "s") || recurringDayWords[w]
}

// frequencyWords make a clock time after them one of every day.
var frequencyWords = setOf("every", "daily", "nightly", "hourly")

// morningAfterEvening returns the day after the evening told last when a
// clock time at hour h, before 6am, names that day's weekday wd: the
// small hours that follow the evening, not the weekday the tense picks.
func (tg *tagger) morningAfterEvening(h, wd int) (time.Time, bool) {
	if h >= 6 || !tg.hasLastClock {
		return time.Time{}, false
	}
	evening := tg.lastClock.Truncate(24 * time.Hour)
	next := evening.AddDate(0, 0, 1)
	if int(next.Weekday()) != wd || !tg.eveningOf(evening) {
		return time.Time{}, false
	}
	tg.noteDayAnchor("evening told of", evening, "the evening whose small hours the clock time is in")
	return next, true
}

// eveningBefore reports whether the date mentioned last is a
// time from 6 p.m. on day: a clock time or an evening or night ("by
// Thursday evening … the typhoon struck at 4:40 a.m.").
func (tg *tagger) eveningBefore(day time.Time) bool {
	a := tg.anchor
	return tg.hasAnchor && a.Precision > PrecisionDay && a.Start.Hour() >= 18 && a.Start.Truncate(24*time.Hour).Equal(day)
}

// entryStamp reports whether the clock time from i to j heads a line and a
// dash or colon or the line's end follows it ("22:40 GMT - Polls have
// closed", "14.05 GMT" on a line of its own): the entries
// of a live report are stamped with times of the day it is written on,
// whatever day the entry before ended on.
func (tg *tagger) entryStamp(i, j int) bool {
	return (i == 0 || tg.toks[i].newlines > 0) &&
		(tg.hyphen(j) || tg.punct(j, "—") || tg.punct(j, ":") || tg.lineAlone(j) || tg.entryOpens(j))
}

// entryLineMin is the fewest tokens after a stamp that make its line an
// entry's prose rather than a timetable's row ("15.40 Women's 60m final").
const entryLineMin = 12

// entryOpens reports whether a capitalised sentence of some length starts
// at j and runs on along its line, as a live entry's text does after its
// stamp with no dash between ("18:40 Officials on the island say about
// 11,000 people have now left"), where a timetable's row is short.
func (tg *tagger) entryOpens(j int) bool {
	if j >= len(tg.toks) || !tg.capital(j) {
		return false
	}
	for k := j + 1; k < j+entryLineMin; k++ {
		if tg.lineAlone(k) {
			return false
		}
	}
	return true
}

// lineAlone reports whether the token at j starts a new line or there is
// none: a clock time alone on its line ("14.05 GMT" above the entry's
// text) stamps the entry below, as live blogs copied from a page set it.
func (tg *tagger) lineAlone(j int) bool {
	return j >= len(tg.toks) || tg.toks[j].newlines > 0
}

// eveningOf reports whether the last time of day mentioned is an evening,
// a night or a clock time from 6 p.m. on day: a bare "midnight" after it
// ("a surge on Saturday night … peaked shortly after midnight", "22:40
// GMT … the figures are due after midnight") is the one that ends day.
func (tg *tagger) eveningOf(day time.Time) bool {
	clock, ok := tg.lastClock, tg.hasLastClock
	if tg.lastDayAside && tg.hasMainClock {
		// "hit at 11.42pm local time on Friday (04.42 GMT on Saturday).
		// The strongest aftershock came at 3.10am": the aside restates
		// the hour in another zone; the story's clock is the evening's.
		clock = tg.mainClock
	}
	return ok && clock.Hour() >= 18 && clock.Truncate(24*time.Hour).Equal(day.Truncate(24*time.Hour))
}

// gameClock reports whether the clock figure from i to j is a match's
// clock, the time left in a period ("with 5:12 to play", "1:04 left in
// the third quarter", "with 2:30 remaining"), not a time of day: a bare
// figure with a colon, no a.m., p.m. or zone, before what is left, and
// after no word that times a deed ("leaves at 10:15 to go to Boston").
func (tg *tagger) gameClock(i, j int) bool {
	if j != i+3 || !tg.punct(i+1, ":") || tg.timezone(j) > j || clockTimingWords[tg.word(i-1)] {
		return false
	}
	w := tg.word(j)
	return clockLeftWords[w] || w == "to" && clockLeftVerbs[tg.word(j+1)]
}

// clock reads a time of day at i and returns hour, minute and the index
// after it, or j == i when there is none.
func (tg *tagger) clock(i int) (int, int, int) {
	if h, ok := clockWords[tg.word(i)]; ok {
		return h, 0, i + 1
	}
	h, nh := tg.num(i)
	if nh == 4 && h%100 < 60 && h/100 < 24 && universalTime[tg.word(i+1)] {
		return h / 100, h % 100, i + 1 // "0800 UTC"
	}
	if (nh == 3 || nh == 4) && h%100 < 60 && tg.tight(i+1) && tg.lexAt(i+1).hasAny(inAmWords|inPmWords) {
		return tg.twelveHour(i, i+1, h/100, h%100) // "430pm", "1130pm"
	}
	if h2, ok := clockWords[tg.word(i+1)]; ok && h == 12 && nh == 2 {
		return h2, 0, i + 2 // "12 noon" says it twice
	}
	if h < 0 || nh > 2 || h > 24 {
		return 0, 0, i
	}
	j, min := i+1, 0
	if tg.punct(j, "+") && tg.tight(j) && tg.tight(j+1) && tg.lexAt(j+1).hasAny(inAmWords|inPmWords) {
		j++ // "left at 5+am": a little after five
	}
	hasMin := false
	if (tg.punct(j, ":") || tg.punct(j, ".") && (tg.lexAt(j+2).hasAny(inAmWords|inPmWords) ||
		tg.timezone(j+2) > j+2)) && tg.tight(j) && tg.tight(j+1) {
		// "9:30", and "7.30am" or "6.04 pm" when a.m. or p.m. follows or "10.31 GMT"
		// when a zone does: British papers write the hour with a dot, and
		// the mark or zone tells the time from "3.5 percent".
		if mm, nm := tg.num(j + 1); nm == 2 && mm < 60 {
			j, min, hasMin = j+2, mm, true
		}
		if _, nf := tg.num(j + 1); hasMin && tg.punct(j, ".") && tg.tight(j) && tg.tight(j+1) && nf > 0 && nf <= 3 {
			return 0, 0, i // a race time, minutes and seconds: "3:55.38"
		}
	}
	switch w := tg.word(j); {
	case tg.lexAt(j).hasAny(inAmWords | inPmWords):
		return tg.twelveHour(i, j, h, min)
	case w == "o":
		if tg.punct(j+1, "'") && tg.word(j+2) == "clock" && h <= 12 {
			if h2, end, ok := tg.inThePartOfDay(h, j+3); ok {
				return h2, 0, end // "four o'clock in the afternoon"
			}
			return h, 0, j + 3
		}
	case w == "in":
		if h2, end, ok := tg.inThePartOfDay(h, j); ok {
			return h2, min, end // "4 in the morning", "9:30 in the evening"
		}
	}
	if hasMin && h < 24 {
		return h, min, j
	}
	return 0, 0, i
}

// twelveHour turns hour h and minute min of a clock time that starts at i
// and has "a.m." or "p.m." at j into the 24-hour clock, returning the hour,
// minute and the index after the mark, or j == i when h is no such hour.
func (tg *tagger) twelveHour(i, j, h, min int) (int, int, int) {
	if h == 0 || h > 12 {
		return 0, 0, i
	}
	end := j + 1
	if w := tg.word(j); w == "a.m" || w == "p.m" {
		end = tg.optDot(end) // the tokenizer leaves the last dot of "a.m."
	}
	if pmWords[tg.word(j)] {
		return h%12 + 12, min, end
	}
	return h % 12, min, end
}

// inThePartOfDay reads "in the morning", "in the afternoon" or "in the
// evening" at j after hour h of a twelve-hour clock and returns the hour
// on the 24-hour clock and the index after the phrase.
func (tg *tagger) inThePartOfDay(h, j int) (int, int, bool) {
	if tg.word(j) != "in" || tg.word(j+1) != "the" || h < 1 || h > 12 {
		return 0, j, false
	}
	from, ok := pmFrom[tg.word(j+2)]
	switch {
	case !ok:
		return 0, j, false
	case h >= from:
		return h%12 + 12, j + 3, true
	}
	return h % 12, j + 3, true
}

// timezone skips a time-zone abbreviation after a clock time, or "local
// time" ("at 8pm local time on Sunday").
func (tg *tagger) timezone(j int) int {
	if timeZones[tg.word(j)] && tg.capital(j) {
		return j + 1
	}
	if tg.word(j+1) == "time" && tg.word(j) == "local" {
		return j + 2
	}
	return j
}

// noteMainDay records, after the expression x starting at token start
// has been remembered, whether the day it names stands in an aside. A set
// or a duration ("weekly", "two days") names no day and leaves the record
// of the last one alone, as remember leaves the anchor.
func (tg *tagger) noteMainDay(x Timex, start int) {
	if x.Type != Date && x.Type != Time || !tg.hasLastDay || tg.anchor.Precision < PrecisionDay {
		return
	}
	// A date in brackets right after the report's weekday ("said on
	// Tuesday (Nov 18)") restates it and keeps it the report's.
	tg.lastDayReport = tg.trailingAttribution(start) || tg.lastDayReport && tg.punct(start-1, "(")
	tg.lastDayAside = tg.aside(start)
	if !tg.lastDayAside {
		tg.mainDay, tg.hasMainDay, tg.mainDayAt = tg.lastDay, true, tg.sentenceAt()
		tg.mainClock, tg.hasMainClock = tg.anchor.Start, tg.anchor.Precision > PrecisionDay
	}
}

// inRelativeAside reports whether the expression at token start stands in
// a relative clause set off by a comma, with no comma or clause mark
// between: "The governor, who declared a state of emergency on Friday
// before the rain fell, …".
func (tg *tagger) inRelativeAside(start int) bool {
	for k := start - 1; k > tg.from && start-k <= relativeReach; k-- {
		if w := tg.word(k); (w == "who" || w == "which") && tg.punct(k-1, ",") {
			// "…, who said the fire on the night of July 19 had put
			// lives at risk": what a relative's speaker reports is the
			// story told, no background to it.
			return !reportingVerbs[tg.word(k+1)]
		}
		if tg.punct(k, ",") || tg.leftStop(k) {
			return false
		}
	}
	return false
}

// asideReach bounds how far back aside looks for the word that opens one,
// relativeReach for the "who" or "which" of a relative clause set off by
// a comma, and bracketReach for an open bracket, so that a sentence with
// many dates is read in linear time.
const (
	asideReach    = 10
	relativeReach = 12
	bracketReach  = 40
)

// aside reports whether the expression at token start is background to
// its sentence: in a clause opened by "after", "since" or "which" a few
// words before it ("after a rating cut on Tuesday night", "the fiscal
// year, which ended on September 30") or inside brackets ("[Image: the
// rocket on the pad on Wednesday evening]").
func (tg *tagger) aside(start int) bool {
	if tg.inRelativeAside(start) || tg.trailingAttribution(start) {
		return true
	}
	for k := start - 1; k >= tg.from && start-k <= bracketReach; k-- {
		if tg.punct(k, "[") || tg.punct(k, "(") {
			return true
		}
		if tg.punct(k, "]") || tg.punct(k, ")") {
			return false
		}
		if start-k <= asideReach && tg.lexAt(k).has(inAsideWords) {
			return true
		}
	}
	return false
}

// trailingAttribution reports whether the weekday at start dates the
// reporting verb that ends its sentence after a day the sentence tells of
// ("will lift off on Thursday, ..., the agency said on Wednesday."): the
// day of the report, which a clock time in the next sentence does not take
// ("due to leave at 21:14 GMT" is Thursday's). With no such day the
// report's day is the story's ("It lifted off, the agency said on Monday").
func (tg *tagger) trailingAttribution(start int) bool {
	if !tg.hasMainDay || tg.mainDayAt != tg.sentenceAt() {
		return false
	}
	k := start - 1
	if tg.word(k) == "on" {
		k--
	}
	if !reportingVerbs[tg.word(k)] || !tg.isWeekday(start) {
		return false
	}
	e := tg.pastBracketedDate(start + 1)
	return e >= tg.to || e+1 >= tg.to && tg.toks[e].kind == kPunct
}

// pastBracketedDate returns the token after a date in brackets opening at
// k, as Singapore papers write a weekday with its date ("said on Tuesday
// (Nov 18)"), or k when no bracket opens there.
func (tg *tagger) pastBracketedDate(k int) int {
	if !tg.punct(k, "(") {
		return k
	}
	for m := k + 1; m < tg.to && m <= k+bracketedDateMax; m++ {
		if tg.punct(m, ")") {
			return m + 1
		}
	}
	return k
}

// bracketedDateMax bounds, in tokens, the date in brackets after a
// weekday: "(Nov 18)", "(November 18, 2014)".
const bracketedDateMax = 6

// sentenceAt returns the byte offset in the whole text of the current
// sentence's first token, which names the sentence across blocks.
func (tg *tagger) sentenceAt() int {
	if tg.from >= len(tg.toks) {
		return tg.base + len(tg.text)
	}
	return tg.base + int(tg.toks[tg.from].start)
}

// dayBase is the day the story is on: the last day mentioned, else the dct.
func (tg *tagger) dayBase() time.Time {
	if tg.hasAnchor && tg.anchor.Precision >= PrecisionDay {
		tg.noteAnchor("the day the story is on")
		return tg.anchor.Start.Truncate(24 * time.Hour)
	}
	if day, ok := tg.headingEntryDay(); ok {
		return day
	}
	return tg.dct
}

// headingEntryDay returns the day heading the listing entry the tagger is in,
// when no other day was named since: "MONDAY: Consumer credit for July,
// due in the afternoon", "Thursday: The bank is expected to cut rates for
// the first time since 2019. A decision is due at 1.15pm": past a month
// or a year the entry names, the day is still the one heading it.
func (tg *tagger) headingEntryDay() (time.Time, bool) {
	if !tg.hasLastDay || !tg.hasHeadingDay || !tg.lastDay.Truncate(24*time.Hour).Equal(tg.headingDay) {
		return time.Time{}, false
	}
	tg.noteAnchor("the day heading the entry")
	return tg.headingDay, true
}

// sentenceDay is the day an expression earlier in the sentence named,
// else the publication date. A day named in an aside that has closed
// before token i ("Its shares, which fell on Monday after a rival cut
// prices, rose in early trading") dates that aside, not the main clause:
// then the sentence's main day, else the publication date.
func (tg *tagger) sentenceDay(i int) time.Time {
	if tg.lastDayAside && tg.lastEnd > tg.from && tg.asideClosed(i) {
		if tg.hasMainDay && tg.mainDayAt == tg.sentenceAt() {
			tg.noteAnchor("the day the sentence tells of, not one named in an aside")
			return tg.mainDay
		}
		// Unnoted, the explain trace names the publication date.
		return tg.dct
	}
	if tg.hasAnchor && tg.anchor.Precision >= PrecisionDay && tg.lastEnd > tg.from {
		tg.noteAnchor("the day the sentence names")
		return tg.anchor.Start.Truncate(24 * time.Hour)
	}
	return tg.dct
}

// asideClosed reports whether a comma stands between the last expression
// tagged and token i, so that i is back in the clause the aside
// interrupted.
func (tg *tagger) asideClosed(i int) bool {
	for k := tg.lastEnd; k < i; k++ {
		if tg.punct(k, ",") {
			return true
		}
	}
	return false
}

// overnightDay is the day whose night a bare "overnight" is: the night
// before the day the story is on ("closed lower Friday ... depressed by
// overnight losses in New York"), but the same night when the story is
// already at an evening or a night ("polls closed at 8 p.m. on Tuesday,
// and results came in overnight"; a second "overnight" after the first).
func (tg *tagger) overnightDay() time.Time {
	base := tg.recentDayBase()
	if tg.hasAnchor && tg.anchor.Precision > PrecisionDay && tg.anchor.Start.Hour() >= 18 &&
		base.Equal(tg.anchor.Start.Truncate(24*time.Hour)) {
		return base
	}
	return base.AddDate(0, 0, -1)
}

// recentDayBase is dayBase for words of the news just past ("overnight"):
// the day the story is on only when that is in the week up to the dct, as
// an older date named before is background, not the story's day, and
// only when it is no start of a state running up to now ("have failed
// since Friday. Overnight, the bank said": the night just gone).
func (tg *tagger) recentDayBase() time.Time {
	if tg.hasAnchor && tg.anchor.Precision >= PrecisionDay && !tg.anchor.Start.After(tg.dct) &&
		tg.dct.Sub(tg.anchor.Start) <= 7*24*time.Hour && !tg.anchorSince {
		return tg.dayBase()
	}
	return tg.dct
}

// ruleWeekend reads "the weekend": the one just past, or the coming one
// when the clause speaks of the future.
func ruleWeekend(tg *tagger, i int) (match, bool) {
	if !tg.hasDCT {
		return match{}, false
	}
	end := i + 1
	switch {
	case tg.word(i) == "the" && tg.lexAt(i+1).has(inWeekendSpellings):
		end = i + 2
	case tg.lexAt(i).has(inWeekendSpellings) && tg.bareWeekend(i):
	default:
		return match{}, false
	}
	if sat, ok := tg.edgeWeekendAfterDay(i); ok {
		return date1(Date, end, vWeek(sat)+"-WE")
	}
	if m, ok := tg.weekendOfEvent(i, end); ok {
		return m, true
	}
	wd := int(tg.dct.Weekday())
	sat := tg.dct.AddDate(0, 0, -((wd + 1) % 7))
	t, strong := tg.governingTense(i, end)
	if t == tenseNearest {
		if report, ok := tg.reportedPlanDay(i, end); ok {
			// "said on Monday the road was not expected to reopen
			// before the weekend": the plan as it stood that Monday,
			// so the weekend after the report.
			ahead := (6 - int(report.Weekday()) + 7) % 7
			if report.Weekday() == time.Sunday {
				ahead = 6
			}
			return date1(Date, end, vWeek(report.AddDate(0, 0, ahead))+"-WE")
		}
	}
	switch {
	case (t == tenseNone || t == tenseNearest) && wd >= 3 && wd <= 5:
		// No tense at all, or the nearest: from Thursday the coming one
		// is nearer, and on Wednesday, halfway, a weekend just past
		// would be told with a past verb ("Weekend vibes already").
		t = tenseFuture
	case !strong && t != tenseFuture:
		t = tenseNone // a guessed -ed verb leaves the weekend just past; a cue word ahead still points
	}
	if t == tenseFuture && wd != 6 && wd != 0 {
		sat = tg.dct.AddDate(0, 0, 6-wd)
	}
	if t == tenseFuture && strong && wd == 0 && tg.word(i) == "the" {
		// "Ministers could join them at the weekend", on a Sunday: what
		// is still to come of this weekend is its evening, so a verb's
		// future points at the next one ("this weekend" stays).
		sat = tg.dct.AddDate(0, 0, 6)
	}
	return date1(Date, end, vWeek(sat)+"-WE")
}

// edgeWeekendAfterDay returns the Saturday of "the final weekend" or
// "the closing weekend" at i when the sentence has named a day before it
// ("campaigning ends at midnight on Friday 5 May, and no polls may be
// published over the final weekend"): the stretch the weekend closes
// ends on that day, so the weekend is the one that day is in or leads
// into, not the one nearest the day of writing.
func (tg *tagger) edgeWeekendAfterDay(i int) (time.Time, bool) {
	if tg.word(i-2) != "the" || !edgeOfStretch[tg.word(i-1)] || !tg.dayEarlierInSentence(i) {
		return time.Time{}, false
	}
	day := tg.anchor.Start.Truncate(24 * time.Hour)
	tg.noteAnchor("the weekend the day named before it is in or leads into")
	if day.Weekday() == time.Sunday {
		return day.AddDate(0, 0, -1), true
	}
	return day.AddDate(0, 0, int(time.Saturday-day.Weekday())), true
}

// weekendOfEvent reads "the weekend" from i to end before "of" and a noun
// phrase that names an event, not a date ("until the weekend of the
// burial", "over the weekend of his wedding"): the weekend of the last
// Saturday or Sunday the text named, the day that event was told to fall
// on ("buried on Saturday, May 21"). With no such day it is left to the
// tense, as a bare "the weekend" is.
func (tg *tagger) weekendOfEvent(i, end int) (match, bool) {
	if tg.word(i) != "the" || tg.word(end) != "of" || !tg.hasWeekendDay || !eventOwners[tg.word(end+1)] ||
		tg.toks[min(end+2, len(tg.toks)-1)].kind != kWord || !tg.nounAt(end+2) {
		return match{}, false
	}
	tg.noteDayAnchor("weekend day", tg.weekendDay, "the last Saturday or Sunday named, the day of the event")
	return date1(Date, end, vWeek(tg.weekendDay)+"-WE")
}

// ruleJustGone reads "the weekend just gone", "the week just past", "the
// month just ended", "the year just gone", as Australian, Irish and
// British papers look back: the last such period that is over by the
// dct. A week written of at its weekend is the one that has just ended
// its working days, the current one.
func ruleJustGone(tg *tagger, i int) (match, bool) {
	u := tg.word(i + 1)
	if !tg.hasDCT || tg.word(i) != "the" || tg.word(i+2) != "just" || !justGoneWords[tg.word(i+3)] {
		return match{}, false
	}
	end, wd := i+4, int(tg.dct.Weekday())
	switch {
	case tg.lexAt(i + 1).has(inWeekendSpellings):
		// The Saturday before the last Sunday up to the dct.
		return date1(Date, end, vWeek(tg.dct.AddDate(0, 0, -wd-1))+"-WE")
	case u == "week" && (wd == 0 || wd == 6):
		return date1(Date, end, vWeek(tg.dct))
	case u == "week":
		return date1(Date, end, vWeek(tg.dct.AddDate(0, 0, -7)))
	case u == "month":
		m := date(tg.dct.Year(), int(tg.dct.Month())-1, 1)
		return date1(Date, end, vMonth(m.Year(), int(m.Month())))
	case u == "year":
		return date1(Date, end, vYear(tg.dct.Year()-1))
	}
	return match{}, false
}

// bareWeekend reports whether "weekend" at i, with no article, is a
// particular weekend: "a long weekend" is not, but "Great weekend!",
// "over the long weekend", "this long weekend", "your weekend" and "What
// a weekend!" are.
func (tg *tagger) bareWeekend(i int) bool {
	prev := tg.word(i - 1)
	switch {
	case i == tg.from:
		return true
	case tg.possessive(i+1) && !determiners[prev] && prev != "every":
		return true // "In weekend's best", "weekend's games"; not "a weekend's rest"
	case i-1 == tg.from && tg.toks[i-1].kind == kWord && !determiners[prev] && !prepositions[prev] &&
		prev != "every" && prev != "each" && verbLex[prev].class == vNone:
		return true // a post that opens on its weekend: "Lazy weekend so far", "Perfect weekend!"
	case weekendOwners[prev]:
		return true // "Enjoy your weekend", "How was your weekend?"
	case prev == "a" && exclaimWords[tg.word(i-2)]:
		return true // "What a weekend!"
	case weekendAdjectives[prev]:
		if edgeOfStretch[prev] && (tg.word(i+1) == "of" || tg.word(i+1) == "in") {
			return false // "the final weekend of August": a weekend the period counts, read with it
		}
		before := tg.word(i - 2)
		if (before == "a" || before == "an") && (weekendHaving[tg.word(i-3)] || exclaimWords[tg.word(i-3)] || tg.relativeClauseAt(i+1) ||
			tg.word(i-3) == "after" || tg.word(i-3) == "for" && weekendPreparing[tg.word(i-4)] ||
			tg.weekendPredicate(i-3)) {
			// "had a great weekend", "have a long weekend", "such a
			// lazy weekend", "follows a wet weekend in which rivers
			// rose", "it was a busy weekend": one weekend in particular.
			return true
		}
		return before != "a" && before != "an" && before != "every" && before != "each"
	}
	return weekendPrepositions[prev]
}

// weekendPredicate reports whether token k is a form of "be" after "it",
// "this" or "that", perhaps with an auxiliary, "'s" or an adverb between
// ("it was", "it will be", "it's been", "this is"), or a verb of forecast:
// the weekend after it and "a busy" is one in particular, the one the
// story is on ("It was a busy weekend for firefighters", "Forecasters
// expect a wet weekend"), not a weekend in general ("saving for a long
// weekend in Rome").
func (tg *tagger) weekendPredicate(k int) bool {
	if weekendForecasts[tg.word(k)] {
		return true
	}
	if c := tg.vword(k); c != vBePres && c != vBePast && c != vBe && c != vBeen {
		return false
	}
	for m := k - 1; m >= tg.from && m >= k-3; m-- {
		switch w := tg.word(m); {
		case w == "it" || w == "this" || w == "that":
			return true
		case !tg.vword(m).aux() && tg.vword(m) != vAdv && !tg.apostrophe(m):
			return false
		}
	}
	return false
}

// relativeClauseAt reports whether a relative clause opens at k: "that",
// "which", "who", "when", or a preposition and "which" ("in which").
func (tg *tagger) relativeClauseAt(k int) bool {
	w := tg.word(k)
	return relativeWords[w] || w == "when" || prepositions[w] && tg.word(k+1) == "which"
}

// deicticOffset returns the day offset of "yesterday", "today", "tomorrow".
func deicticOffset(w string) (int, bool) {
	off, ok := deicticDays[w]
	return off, ok
}

// dayEarlierInSentence reports whether an expression of a day or finer
// was tagged in the current sentence before token i.
func (tg *tagger) dayEarlierInSentence(i int) bool {
	return tg.lastEnd > tg.from && tg.lastEnd <= i && tg.hasAnchor && tg.anchor.Precision >= PrecisionDay
}

// periodEarlierInSentence reports whether the expression tagged last, in
// the same clause before token i, names a period longer than a day ("in
// April", "last week"). A comma or a clause opener between ("Sales rose
// in April, and shares jumped overnight") starts another clause. A period
// after "since" starts a state that runs up to now and frames no night of
// its own ("its highest since early February overnight").
func (tg *tagger) periodEarlierInSentence(i int) bool {
	if tg.lastEnd <= tg.from || tg.lastEnd > i || !tg.hasAnchor || tg.anchor.Precision >= PrecisionDay || tg.anchorSince {
		return false
	}
	for k := tg.lastEnd; k < i; k++ {
		if tg.leftStop(k) || tg.punct(k, ",") || listJoins[tg.word(k)] {
			return false
		}
	}
	return true
}

// dayAfterAdverb reads the day named after "earlier" or "later" at i: a
// capitalised weekday or "yesterday", "today".
func (tg *tagger) dayAfterAdverb(i int) (match, bool) {
	if _, ok := weekdayWords[tg.word(i)]; ok && tg.capital(i) {
		return ruleWeekday(tg, i)
	}
	if off, ok := deicticDays[tg.word(i)]; ok && off <= 0 {
		return ruleDeictic(tg, i)
	}
	return match{}, false
}

// holidayAt reads a holiday of one day written with a capital at k
// ("New Year's Day", "Christmas Eve"), the day a clock time before it is
// on, and the index after it.
func (tg *tagger) holidayAt(k int) (time.Time, int, bool) {
	if !tg.capital(k) || !tg.hasDCT {
		return time.Time{}, k, false
	}
	m, ok := tg.holiday(k)
	if !ok || m.typ != Date || len(m.value) != 10 || holidayNames[tg.word(m.end)] {
		return time.Time{}, k, false
	}
	day, err := time.Parse("2006-01-02", m.value)
	if err != nil {
		return time.Time{}, k, false
	}
	return day, m.end, true
}

// ruleOvernight reads "overnight", "overnight Wednesday" and "overnight
// Wednesday into Thursday" as the night, by default the one just past.
func ruleOvernight(tg *tagger, i int) (match, bool) {
	if tg.word(i) != "overnight" || !tg.hasDCT {
		return match{}, false
	}
	k := i + 1
	if w := tg.word(k); w == "on" || w == "from" {
		k++ // "overnight on Friday", "overnight from Thursday into Friday"
	}
	if tg.word(k) == "and" && tg.word(k+1) == "into" {
		k++ // "overnight and into Thursday": the same night
	}
	if tg.word(k) == "into" {
		// "overnight into Saturday": the night that ends on Saturday's
		// morning, the weekday read as the clause's tense reads it.
		if wd, ok := weekdayWords[tg.word(k+1)]; ok && tg.capital(k+1) {
			day := tg.weekdayDate(wd, tg.tenseAround(i, k+2))
			return date1(Time, k+2, vDay(day.AddDate(0, 0, -1))+"TNI")
		}
	}
	wd, ok := weekdayWords[tg.word(k)]
	if !ok || !tg.capital(k) {
		if overnightStays[tg.word(i-1)] {
			return match{}, false // "stayed overnight", "an overnight flight"
		}
		if tg.periodEarlierInSentence(i) {
			// "Twice in April we had a single midwife on duty
			// overnight": a night of the month named, no day of its own.
			return match{}, false
		}
		if !tg.nounAt(i+1) && tg.tenseAround(i, i+1) == tenseFuture {
			// "more snow due overnight", "will freeze overnight" (not
			// "overnight losses", an adjective): the night still to
			// come, of a day ahead the sentence names, else of the day
			// of writing; a future in the past counts from its dated
			// report ("said on Monday that it would run trains
			// overnight": Monday night).
			day := tg.sentenceDay(i)
			if d, ok := tg.reportedFutureDay(i); ok {
				day = d
			} else if day.Before(tg.dct) {
				day = tg.dct
			}
			return date1(Time, i+1, vDay(day)+"TNI")
		}
		day := tg.overnightDay()
		if !day.Before(tg.dct) && tg.tenseAround(i, i+1) == tensePast {
			// "a surge expected on Friday night. Snow fell overnight",
			// in a Friday paper: a night told in the past is gone by,
			// not the one ahead named last.
			day = tg.dct.AddDate(0, 0, -1)
		}
		return date1(Time, i+1, vDay(day)+"TNI")
	}
	day := tg.weekdayDate(wd, tg.tenseAround(i, k+1))
	end := k + 1
	if d, e := tg.dayNum(end); d > 0 {
		end = e // "overnight from Thursday 18 into Friday 19 November 2021"
	}
	if w := tg.word(end); (w == "into" || w == "to") && weekdayWords[tg.word(end+1)] == (wd+1)%7 && tg.capital(end+1) {
		end += 2
		if morning, e, ok := tg.writtenMorning(end); ok {
			return date1(Time, e, vDay(morning.AddDate(0, 0, -1))+"TNI")
		}
	}
	return date1(Time, end, vDay(day)+"TNI")
}

// writtenMorning reads the day number, month and year that may follow the
// second weekday of "overnight from Thursday 18 into Friday 19 November
// 2021": the morning that ends the night, which dates it where the
// weekday alone would be a guess.
func (tg *tagger) writtenMorning(k int) (time.Time, int, bool) {
	d, e := tg.dayNum(k)
	if d == 0 {
		return time.Time{}, k, false
	}
	m, e2 := tg.month(e)
	y, e3 := tg.yearNum(e2)
	if m == 0 || y == 0 || !validDay(y, m, d) {
		return time.Time{}, k, false
	}
	return date(y, m, d), e3, true
}

// ruleNthWeekday reads "the first Tuesday in November", "the second
// Sunday of May 2026", "the last Friday of the month": that weekday of the
// month, counted from its start or, for "last" and "final", its end.
func ruleNthWeekday(tg *tagger, i int) (match, bool) {
	n := int(tg.lexAt(i + 1).ordinal)
	wd, ok := weekdayWords[tg.word(i+2)]
	weekend := tg.word(i+2) == "weekend"
	if weekend {
		wd, ok = int(time.Saturday), true // "the first weekend of the year": its Saturday and Sunday
	}
	if tg.word(i) != "the" || n == 0 || n > 5 || !ok || strings.HasSuffix(tg.word(i+2), "s") {
		return match{}, false
	}
	if w := tg.word(i + 3); w != "of" && w != "in" {
		return match{}, false
	}
	var y, m, end int
	if tg.word(i+4) == "the" && tg.word(i+5) == "month" && tg.hasDCT {
		y, m, end = tg.dct.Year(), int(tg.dct.Month()), i+6 // the month under way
	} else if tg.word(i+4) == "the" && tg.word(i+5) == "year" && n == 1 && tg.hasDCT {
		y, m, end = tg.dct.Year(), 1, i+6 // "the first weekend of the year": in its January
	} else if mm, ok := ruleMonthFirst(tg, i+4); ok && len(mm.value) == len("2024-11") && mm.value[0] != 'X' {
		y, _ = strconv.Atoi(mm.value[:4])
		m, _ = strconv.Atoi(mm.value[5:])
		end = mm.end
	} else {
		return match{}, false
	}
	day, ok := nthWeekdayOf(y, m, wd, n)
	if ok && tg.hasDCT && day.Before(tg.dct) && tg.word(i-1) == "to" && tg.rescheduledAt(i-1) && !tg.yearWrittenIn(i+4, end) {
		// "has been moved to the second weekend of September": the new
		// day an event is put off to lies ahead, whatever the tense of
		// the verb that moved it; after a past verb ("was moved to the
		// first weekend of July") it may have come since: the nearer.
		if next, ok := nthWeekdayOf(y+1, m, wd, n); ok && (!tg.pastGroupBefore(i-1) || next.Sub(tg.dct) < tg.dct.Sub(day)) {
			day = next
		}
	}
	if !ok {
		return match{}, false
	}
	if weekend {
		return date1(Date, end, vWeek(day)+"-WE")
	}
	return date1(Date, end, vDay(day))
}

// yearWrittenIn reports whether the tokens [i, j) write out a year
// ("September 2009"), which no tense moves.
func (tg *tagger) yearWrittenIn(i, j int) bool {
	return writesYear(tg.text[tg.toks[i].start:tg.toks[j-1].end])
}

// nthWeekdayOf returns the n-th weekday wd (Sunday 0) of month m of year
// y, or with n -1 the last; false when the month has no n-th.
func nthWeekdayOf(y, m, wd, n int) (time.Time, bool) {
	if n < 0 {
		last := date(y, m, daysIn(y, time.Month(m)))
		return last.AddDate(0, 0, -((int(last.Weekday()) - wd + 7) % 7)), true
	}
	first := date(y, m, 1)
	day := first.AddDate(0, 0, (wd-int(first.Weekday())+7)%7+7*(n-1))
	return day, int(day.Month()) == m
}

// ruleOrdinalDay reads a day of the month written as an ordinal alone
// after a preposition ("play on the 26th", "back by the 3rd"): the day of
// the dct's month, or of the month after when a future clause has passed
// it, or before when a past clause has not reached it. A noun after the
// ordinal makes it a count ("the 26th minute", "the 20th century").
func ruleOrdinalDay(tg *tagger, i int) (match, bool) {
	if !tg.hasDCT || tg.word(i) != "the" || !ordinalDayLeads[tg.word(i-1)] && !tg.rescheduledTo(i-1) && !tg.partOfDayOf(i-1) {
		return match{}, false
	}
	d, k := tg.dayNum(i + 1)
	if d != 0 && k == i+3 {
		if off, ok := monthOffsets[tg.word(k+1)]; ok && tg.word(k) == "of" && tg.word(k+2) == "month" {
			return tg.dayOfNamedMonth(d, off, k+3) // "on the 12th of this month"
		}
	}
	if d == 0 || k != i+3 || k < len(tg.toks) && tg.toks[k].kind == kWord && !tg.afterOrdinalDay(k) {
		return match{}, false // no ordinal suffix ("the 26 members"), or a noun after it
	}
	y, m := tg.dct.Year(), int(tg.dct.Month())
	switch t := tg.tenseAround(i, k); {
	case tg.recentMonth > 0 && tg.yearAge == 0:
		// "in June 1929, when the quake struck on the morning of the
		// 17th": the month its sentence wrote with its year.
		y, m = tg.recentYear, tg.recentMonth
	case t == tenseFuture && d < tg.dct.Day():
		m++
	case t == tensePast && d > tg.dct.Day():
		m--
	}
	day := date(y, m, 1) // normalizes a month 0 or 13 into the next year's or last year's
	if !validDay(day.Year(), int(day.Month()), d) {
		return match{}, false
	}
	return date1(Date, k, vDay(date(day.Year(), int(day.Month()), d)))
}

// dayOfNamedMonth returns day d of the month off months from the dct's,
// the expression ending before token end, or no match when that month has
// no such day ("the 31st of next month" in October).
func (tg *tagger) dayOfNamedMonth(d, off, end int) (match, bool) {
	first := date(tg.dct.Year(), int(tg.dct.Month())+off, 1)
	if !validDay(first.Year(), int(first.Month()), d) {
		return match{}, false
	}
	return date1(Date, end, vDay(date(first.Year(), int(first.Month()), d)))
}

// partOfDayOf reports whether the "of" at k closes a part of the day
// after "the" ("the morning of the 17th", "the night of the 3rd"): the
// ordinal after it is a day of the month, not a rank.
func (tg *tagger) partOfDayOf(k int) bool {
	_, part := dayParts[tg.word(k-1)]
	return tg.word(k) == "of" && part && tg.word(k-2) == "the"
}

// rescheduledTo reports whether the "to" at k gives an event its new day
// ("the case was adjourned to the 14th", "postponed the vote to the
// 3rd"), as court reports in Indian, Kenyan and Nigerian papers put a
// hearing off: only then is an ordinal after "to" a day of the month,
// not a rank ("rose to the 14th", "slipped to the 11th": verbs that
// move a rank as well as an event are left out, see putOffVerbs).
func (tg *tagger) rescheduledTo(k int) bool {
	if tg.word(k) != "to" {
		return false
	}
	g, ok := tg.groupBefore(k)
	return ok && putOffVerbs[tg.word(g.head)]
}

// afterOrdinalDay reports whether the word at k may follow a day written
// as an ordinal alone: a list word or a preposition ("on the 28th after a
// delay"), but not "of", which makes it a count of something.
func (tg *tagger) afterOrdinalDay(k int) bool {
	w := tg.word(k)
	return listJoins[w] || prepositions[w] && w != "of"
}

// laterInThe reads "earlier in the month", "later in the year" at i: the
// week, month or year of the day the story is on (storyDay), or of a
// period named earlier in the sentence, no coarser than the unit ("In
// 1998 it was sold, and later in the year closed" is 1998), as "later in
// the day" is the story's day.
func (tg *tagger) laterInThe(i int) (match, bool) {
	p := inTheUnits[tg.word(i+3)]
	base := tg.storyDay()
	if tg.hasAnchor && tg.anchor.Precision >= p && tg.anchor.Precision < PrecisionDay && tg.lastEnd > tg.from {
		tg.noteAnchor("the period the sentence names")
		base = tg.anchor.Start
	}
	switch p {
	case PrecisionWeek:
		return date1(Date, i+4, vWeek(tg.weekSide(base, i+2, i+4)))
	case PrecisionMonth:
		return date1(Date, i+4, vMonth(base.Year(), int(base.Month())))
	}
	return date1(Date, i+4, vYear(base.Year()))
}

// mediaLength reports whether the clock-shaped minutes and seconds at [i,
// j) are the running time a page's player shows beside its label, on a
// line of their own: "Listen 4:32", "Watch · 2:05", "Duration: 12:40". A
// time of day takes no such label.
func (tg *tagger) mediaLength(i, j int) bool {
	if j != i+3 || !tg.punct(i+1, ":") || !tg.lineAlone(j) {
		return false
	}
	k := i - 1
	for k > tg.from && tg.toks[k].kind == kPunct {
		k-- // "Listen · 4:32", "Duration: 12:40"
	}
	return k == tg.from && i-k <= 3 && mediaLabels[tg.word(k)]
}
