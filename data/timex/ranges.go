package timex

import (
	"strings"
	"time"
)

// Ranges ("May 14-15", "December 7 to 18", "from Friday to Sunday",
// "between 2008 and 2010") and qualified dates ("March of last year",
// "Saturday next week"). TimeML tags each part apart, so Tag keeps two
// expressions and marks how the second one joins the first.

// closesRange reports whether x, whose first token is start, closes a
// range opened by the expression tagged just before it: the two are joined
// by a single range word or dash ("and" only after "between"; "until at
// least"; "and early on", "to late on"; after the comma that closes a date
// written with commas), both
// name calendar spans, and x ends after the first one does.
func (tg *tagger) closesRange(out []Timex, start int, x *Timex) bool {
	hedge, atLeast := 0, false
	switch {
	case tg.word(start-1) == "least" && tg.word(start-2) == "at":
		hedge, atLeast = 2, true // "from Tuesday until at least the end of April"
	case tg.word(start-1) == "on" && (tg.word(start-2) == "early" || tg.word(start-2) == "late"):
		hedge = 2 // "between 10pm on Saturday and early on Monday"
	case tg.hyphenedTo(start):
		hedge = 2 // "the April-to-June period", as "the April-June quarter"
	}
	if len(out) == 0 || start-1-hedge <= tg.from {
		return false
	}
	prev := out[len(out)-1]
	join := tg.toks[start-1-hedge].in(tg.lower)
	comma := 0
	if tg.punct(start-2-hedge, ",") && strings.Contains(prev.Text, ",") {
		// "from Friday, July 9, to Sunday, July 18": the comma closes
		// a date written with commas, as in "March 3, 2008, and"
		comma = 1
	}
	if start-hedge-comma != tg.lastEnd+1 {
		return false
	}
	if atLeast && join != "until" && join != "to" && join != "through" {
		return false
	}
	if !rangeJoins[join] && (join != "and" || !tg.betweenBefore(start-2-hedge-comma, prev.Start)) &&
		!(join == "/" && tg.splitFinancialPair(prev.Value, x.Value)) {
		return false
	}
	if (join == "to" || join == "until" || join == "till") && (tg.movesEventAt(start-1-hedge) || tg.movedAcross(prev, start-1-hedge)) {
		// "postponed its meeting from Sunday to Thursday": the old day
		// and the new; "adjourned the case on July 11 until next month":
		// the day of the adjournment and the day it puts the case off to
		return false
	}
	if !isCalendarType(prev.Type) || !isCalendarType(x.Type) {
		return false
	}
	tg.clockOnDayAfter(out, *x)
	clockOnDayBefore(prev, x)
	weekdaysOneWeek(&out[len(out)-1], x)
	prev = out[len(out)-1]
	a, err := ParseValue(prev.Value)
	if err != nil {
		return false
	}
	b, err := ParseValue(x.Value)
	if err == nil && b.Start.Before(a.Start) {
		b = endAfterStart(a, b, x)
	}
	if err == nil && b.Start.Before(a.Start) && tg.clocksToToday(out, b) {
		prev = out[len(out)-1]
		if a, err = ParseValue(prev.Value); err != nil {
			return false
		}
	}
	if err == nil && !b.Start.Before(a.Start) {
		b = monthEndWithinYear(a, b, x)
	}
	// An end that starts before the opening day still closes the range
	// when it is the end of a period: "from August 1 until the end of
	// the year".
	return err == nil && (!b.Start.Before(a.Start) || x.Mod == "END") && b.End.After(a.End)
}

// hyphenedTo reports whether a month at start follows "-to-" written
// tight between two months' names: "the April-to-June period", a compound
// that joins its months as "April-June" does. Weekdays so joined
// ("Monday-to-Friday jobs") name the days of every week and are left out.
func (tg *tagger) hyphenedTo(start int) bool {
	return tg.monthWord(start) && tg.word(start-2) == "to" && tg.hyphen(start-1) && tg.hyphen(start-3) &&
		tg.tight(start-3) && tg.tight(start-2) && tg.tight(start-1) && tg.tight(start) && tg.monthWord(start-4)
}

// clocksToToday moves the bare clock times that open a range closed by a
// day before theirs ("between 5 p.m. and 8 p.m. until Friday", the clock
// times read on the day the story had reached, a Tuesday after that
// Friday) to the day of writing, when the closing day b is not before it:
// a range ends after it opens, and a bare clock time's day was only the
// story's guess. The clock times are the last of out, the range's own
// chain ("5 p.m." and its closing "8 p.m."). It reports whether it moved
// them.
func (tg *tagger) clocksToToday(out []Timex, b Span) bool {
	today := tg.dct.Truncate(24 * time.Hour)
	if !tg.hasDCT || b.Start.Before(today) {
		return false
	}
	first := len(out) - 1
	for first > 0 && out[first].RangeEnd {
		first--
	}
	for k := first; k < len(out); k++ {
		if out[k].Rule != "clock" || !bareClock(out[k].Text) || len(out[k].Value) < 11 {
			return false
		}
	}
	for k := first; k < len(out); k++ {
		out[k].Value = vDay(today) + out[k].Value[10:]
	}
	return true
}

// clockOnDayAfter moves a bare clock time that opens a range ("8 a.m." of
// "from 8 a.m. to 8 p.m. on Thursday") to the day the range's end names:
// the day written once belongs to both.
func (tg *tagger) clockOnDayAfter(out []Timex, x Timex) {
	prev := &out[len(out)-1]
	if prev.Rule != "clock" || x.Rule != "clock" || len(prev.Value) < 11 || len(x.Value) < 11 ||
		prev.Value[:11] == x.Value[:11] || !(bareClock(prev.Text) || namedClock(prev.Text)) || bareClock(x.Text) || namedClock(x.Text) {
		return
	}
	prev.Value = x.Value[:11] + prev.Value[11:]
}

// namedClock reports whether text is a clock time named by a word alone
// ("midnight", "noon"), which opens a range on its end's day as "8 a.m."
// does: "between midnight and 2 a.m. on New Year's Day" starts that day.
// As a range's end it names no day ("from noon to midnight").
func namedClock(text string) bool {
	_, ok := clockWords[strings.ToLower(text)]
	return ok
}

// weekdaysOneWeek moves the opening weekday of a range of weekdays
// ("from early Tuesday until Wednesday afternoon") into the week before
// its closing one when the two were read a week or more apart: a range
// of named days spans less than a week, and its end, after "until" or
// "to", is the better read. A closing weekday read before the opening one
// moves to the week after it instead: the opening one was read by what
// opens the range ("issued a warning from Tuesday into Wednesday", where
// the warning's start lies just ahead), the end by the clause's verb
// alone. A weekday with its date written ("from Friday, July 9, to
// Sunday, July 18") stays where the date is.
func weekdaysOneWeek(prev, x *Timex) {
	if !namesWeekday(prev.Text) || !namesWeekday(x.Text) || len(prev.Value) < 10 || len(x.Value) < 10 {
		return
	}
	a, errA := time.Parse("2006-01-02", prev.Value[:10])
	b, errB := time.Parse("2006-01-02", x.Value[:10])
	if errA != nil || errB != nil {
		return
	}
	switch days := int(b.Sub(a).Hours() / 24); {
	case days >= 7 && !dateWritten(*prev):
		prev.Value = a.AddDate(0, 0, days/7*7).Format("2006-01-02") + prev.Value[10:]
	case days < 0 && !fixedDay(*x):
		x.Value = b.AddDate(0, 0, (6-days)/7*7).Format("2006-01-02") + x.Value[10:]
	case days < 0 && days > -7 && !fixedDay(*prev):
		// "between Thursday and Easter Monday", written on Good
		// Friday: the feast's day is the calendar's, so the opening
		// weekday is the one in the week before it.
		prev.Value = a.AddDate(0, 0, (days-6)/7*7).Format("2006-01-02") + prev.Value[10:]
	}
}

// fixedDay reports whether x names a day the calendar fixes, its date
// written or a feast's ("Easter Monday", "Good Friday"), which no verb
// moves by a week.
func fixedDay(x Timex) bool { return dateWritten(x) || x.Rule == "holiday" }

// dateWritten reports whether x names its day by its date ("Friday, July
// 9", "Saturday 12 March", also after a clock time: "10pm on Friday 15
// March"), not by a weekday alone.
func dateWritten(x Timex) bool {
	return x.Rule == "month-day" || x.Rule == "day-month" || x.Rule == "clock" && namesMonth(x.Text)
}

// namesMonth reports whether text holds a month's name, capitalised as a
// month is written ("March", not the verb "march" or the modal "may").
func namesMonth(text string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.TrimRight(w, ".,")
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' && monthWords[strings.ToLower(w)] > 0 {
			return true
		}
	}
	return false
}

// namesWeekday reports whether text holds a weekday's name.
func namesWeekday(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.TrimRight(w, ".,")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if _, ok := weekdayWords[w]; ok {
			return true
		}
	}
	return false
}

// clockOnDayBefore moves a bare clock time that closes a range ("6 p.m."
// of "Sunday 1 p.m.-6 p.m.", or of "1 p.m.-6 p.m." after a date) to the
// day of the time that opens it, the next day when it is earlier on
// the clock ("11 p.m.-2 a.m."): the day written or meant once belongs to
// both, where the closing one alone would fall back to the dct. A range
// of every day's hours ("daily from 10am to 5pm") closes on no day either.
func clockOnDayBefore(prev Timex, x *Timex) {
	if !hasClock(prev.Value) || x.Rule != "clock" || !hasClock(x.Value) {
		return
	}
	if _, word := clockWords[strings.ToLower(x.Text)]; strings.HasPrefix(prev.Value, "XXXX-XX-XX") && (word || bareClock(x.Text)) {
		x.Value = prev.Value[:10] + x.Value[10:] // "daily from 10am to 5pm", "to midnight": no day's, either
		return
	}
	if !bareClock(x.Text) {
		return
	}
	day, err := time.Parse("2006-01-02", prev.Value[:10])
	if err != nil {
		return
	}
	if x.Value[11:16] < prev.Value[11:16] {
		day = day.AddDate(0, 0, 1)
	}
	x.Value = day.Format("2006-01-02") + x.Value[10:]
}

// hasClock reports whether value v is a day with a clock time,
// "2015-05-06T09:00".
func hasClock(v string) bool { return len(v) >= 16 && v[10] == 'T' && v[13] == ':' }

// bareClock reports whether a clock time is written without a day or zone:
// "8 a.m.", "14:00", not "8 p.m. on Thursday" or "9:30 EST".
func bareClock(text string) bool {
	for k := 0; k < len(text); k++ {
		if c := text[k] | 0x20; c >= 'a' && c <= 'z' && !strings.ContainsRune("apm.", rune(c)) {
			return false
		}
	}
	return true
}

// qualifies reports whether x, whose first token is start, only places the
// expression tagged just before it: it follows directly or after "of" or
// a comma, and its span is coarser and holds the first one's ("last year"
// after "March", which monthOfYear resolved to last year's March).
func (tg *tagger) qualifies(out []Timex, start int, x Timex) bool {
	if len(out) == 0 || start <= tg.from {
		return false
	}
	if start != tg.lastEnd && (start != tg.lastEnd+1 || tg.word(start-1) != "of" && !tg.punct(start-1, ",")) &&
		!(start == tg.lastEnd+2 && tg.word(start-1) == "of" && monthPeriodNouns[tg.word(start-2)]) {
		return false // not "March of 2023", nor "the October-December quarter of 2025"
	}
	prev := out[len(out)-1]
	if !isCalendarType(prev.Type) || !isCalendarType(x.Type) {
		return false
	}
	a, err := ParseValue(prev.Value)
	if err != nil {
		return false
	}
	b, err := ParseValue(x.Value)
	return err == nil && b.Precision < a.Precision && !a.Start.Before(b.Start) && !a.End.After(b.End)
}

// splitFinancialPair reports whether a and b are the two halves the year
// rule reads a split financial year as, April and the next March ("the
// 2026/27 financial year"), or the months the text gives its year
// (splitYearEnd: July and June for "which begins on 1 July"), which a
// slash joins as a hyphen does.
func (tg *tagger) splitFinancialPair(a, b string) bool {
	sa, err1 := ParseValue(a)
	sb, err2 := ParseValue(b)
	return err1 == nil && err2 == nil && sa.Precision == PrecisionMonth && sb.Precision == PrecisionMonth &&
		int(sa.Start.Month()) == tg.splitYearEnd()%12+1 && sb.Start.Equal(sa.Start.AddDate(0, 11, 0))
}

// betweenBefore reports whether "between" comes right before the
// expression that starts at byte offset first of the whole text and ends
// at token last.
func (tg *tagger) betweenBefore(last, first int) bool {
	k := last
	for k > tg.from && tg.base+int(tg.toks[k].start) > first {
		k--
	}
	return tg.word(k-1) == "between"
}

// isCalendarType reports whether expressions of type t can name a
// stretch of the calendar.
func isCalendarType(t Type) bool { return t == Date || t == Time }

// endAfterStart moves the end of a range, a day written with no year that
// its own clause put before the range's start, into the year after:
// "recalled products with use-by dates between Aug. 10 and Sept. 2",
// written on August 19, read Sept. 2 as last year's, the past verb's;
// the days of a range run forward from its first.
func endAfterStart(a, b Span, x *Timex) Span {
	if x.Rule != "month-day" || writesYear(x.Text) || len(x.Value) != 10 || b.Precision != PrecisionDay {
		return b
	}
	moved := b.Start.AddDate(1, 0, 0)
	if moved.Before(a.Start) || moved.Sub(a.Start) > 366*24*time.Hour {
		return b
	}
	next, err := ParseValue(vDay(moved))
	if err != nil {
		return b
	}
	x.Value = vDay(moved)
	return next
}

// monthEndWithinYear moves a bare month that closes a range ("December"
// of "the October-December quarter") back into the year that follows the
// range's start, when it was read a year or more after it: each month
// was read by its own clause, and "figures for" put October in the year
// gone while "are due" put December in the year ahead. Only a month's
// name alone: one with its year or a part of it ("the end of August this
// year") stays.
func monthEndWithinYear(a, b Span, x *Timex) Span {
	if _, bare := monthWords[strings.ToLower(x.Text)]; !bare || x.Mod != "" || len(x.Value) != len("2024-12") ||
		b.Precision != PrecisionMonth {
		return b // not "the end of August this year", whose year the text gives
	}
	moved := b.Start.AddDate(-1, 0, 0)
	if !moved.After(a.Start) {
		return b // still within the year: "from May 2024 to May" is no shorter range
	}
	prev, err := ParseValue(vMonth(moved.Year(), int(moved.Month())))
	if err != nil {
		return b
	}
	x.Value = vMonth(moved.Year(), int(moved.Month()))
	return prev
}

// movedAcross reports whether prev, the date before the range word at
// join, follows "forward from" or "back from" ("brought the handover
// forward from December 10 to May 25", "pushed the vote back from May
// to June"): the old time of a move and the new one, not a stretch, however
// far the verb stands from them or whatever its tense.
func (tg *tagger) movedAcross(prev Timex, join int) bool {
	for k := join - 1; k > tg.from && k >= join-movedAcrossReach; k-- {
		if tg.base+int(tg.toks[k].start) == prev.Start {
			w := tg.word(k - 2)
			return tg.word(k-1) == "from" && (w == "forward" || w == "back")
		}
	}
	return false
}

// movesEventAt reports whether a verb that moves an event governs the
// range word at k, in any tense (moverBefore): "had postponed the vote
// from Sunday to Thursday" gives the old day and the new.
func (tg *tagger) movesEventAt(k int) bool {
	_, ok := tg.moverBefore(k)
	return ok
}

// movedAcrossReach bounds, in tokens, how long the date before a range
// word may be for movedAcross to find its first word.
const movedAcrossReach = 8
