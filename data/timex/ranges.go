package timex

// Ranges ("May 14-15", "December 7 to 18", "from Friday to Sunday",
// "between 2008 and 2010") and qualified dates ("March of last year",
// "Saturday next week"). TimeML tags each part apart, so Tag keeps two
// expressions and marks how the second one joins the first.

// closesRange reports whether x, whose first token is start, closes a
// range opened by the expression tagged just before it: the two are joined
// by a single range word or dash ("and" only after "between"), both name
// calendar spans, and x ends after the first one does.
func (tg *tagger) closesRange(out []Timex, start int, x Timex) bool {
	if len(out) == 0 || start != tg.lastEnd+1 || start-1 <= tg.from {
		return false
	}
	prev := out[len(out)-1]
	join := tg.toks[start-1].in(tg.lower)
	if !rangeJoins[join] && (join != "and" || !tg.betweenBefore(start-2, prev.Start)) {
		return false
	}
	if !isCalendarType(prev.Type) || !isCalendarType(x.Type) {
		return false
	}
	a, err := ParseValue(prev.Value)
	if err != nil {
		return false
	}
	b, err := ParseValue(x.Value)
	return err == nil && !b.Start.Before(a.Start) && b.End.After(a.End)
}

// qualifies reports whether x, whose first token is start, only places the
// expression tagged just before it: it follows directly or after "of" or
// a comma, and its span is coarser and holds the first one's ("last year"
// after "March", which monthOfYear resolved to last year's March).
func (tg *tagger) qualifies(out []Timex, start int, x Timex) bool {
	if len(out) == 0 || start <= tg.from {
		return false
	}
	if start != tg.lastEnd && (start != tg.lastEnd+1 || tg.word(start-1) != "of" && !tg.punct(start-1, ",")) {
		return false
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

// betweenBefore reports whether "between" comes right before the
// expression that starts at byte offset first and ends at token last.
func (tg *tagger) betweenBefore(last, first int) bool {
	k := last
	for k > tg.from && int(tg.toks[k].start) > first {
		k--
	}
	return tg.word(k-1) == "between"
}

// isCalendarType reports whether expressions of type t can name a
// stretch of the calendar.
func isCalendarType(t Type) bool { return t == Date || t == Time }
