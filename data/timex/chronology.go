package timex

import "time"

// A chronology box ("Timeline: key dates") lists dated entries, one a
// line, each headed by its date and a colon or dash, often behind a
// bullet. Its entries run forward in time, and it writes a year only when
// the year changes, or not at all for the year of writing:
//
//	- August 2022: Auditors resign
//	- 2 December: Administrators called in      (December 2022)
//	- 6 August 2024: Three directors charged
//	- 16 July: Trial opens                      (July 2025, not 2024)
//
// A day and month heading such an entry is therefore the first one on or
// after the date that headed the entry on the line before.

// entryHeadAt returns the token where the entry of the current sentence
// starts: after a list's bullet ("- 1974: …", "• 2 December: …"), or the
// sentence's first token.
func (tg *tagger) entryHeadAt() int {
	if tg.from+1 < tg.to && tg.toks[tg.from].kind == kPunct && tg.toks[tg.from+1].space {
		switch tg.toks[tg.from].in(tg.lower) {
		case "-", "–", "—", "*", "•":
			return tg.from + 1
		}
	}
	return tg.from
}

// noteEntryDate remembers the date of x, between tokens start and end,
// when it heads an entry of a chronology, for the entry on the next line.
func (tg *tagger) noteEntryDate(x Timex, start, end int) {
	if start != tg.entryHeadAt() || end >= tg.to || !tg.punct(end, ":") && !tg.dash(end) {
		return
	}
	s, err := ParseValue(x.Value)
	if err != nil || s.Precision < PrecisionYear {
		return
	}
	tg.entryDate, tg.entryText, tg.entryEnd = s, x.Text, tg.base+int(tg.toks[tg.to-1].end)
}

// entryYear returns the year of day d of month m heading the entry at
// tokens [i, j) of a chronology whose entry on the line before is dated:
// the first such day on or after that date. A day that would land more
// than a year after the dct is no chronology's: the list runs backwards
// or is no list.
func (tg *tagger) entryYear(m, d, i, j int) (int, bool) {
	if i != tg.entryHeadAt() || j >= tg.to || !tg.punct(j, ":") && !tg.dash(j) || !tg.entryBefore() {
		return 0, false
	}
	y := tg.entryDate.Start.Year()
	if date(y, m, d).Before(tg.entryDate.Start) {
		y++
	}
	if tg.hasDCT && date(y, m, d).After(tg.dct.AddDate(1, 0, 0)) {
		return 0, false
	}
	if tg.ex != nil && tg.ex.cur != nil {
		tg.ex.cur.addAnchor("chronology entry", tg.entryText, tg.entryDate, "the first such day on or after the date heading the entry before")
	}
	return y, true
}

// entryBefore reports whether the sentence just before the current one,
// on the line above it, was an entry headed by a date.
func (tg *tagger) entryBefore() bool {
	if tg.entryEnd == 0 || tg.from == 0 || tg.toks[tg.from].newlines != 1 {
		return false
	}
	return tg.base+int(tg.toks[tg.from-1].end) == tg.entryEnd
}

// headsYearEntry reports whether the year y written at token i heads an
// entry of a chronology ("- 1897: Dam completed" over "- 1974: …"): it
// opens its line's entry before a colon or dash, and the entry on the next
// line opens with a later year or a month. That makes a number outside
// 1900–2099 a year where a count heading a line of figures ("1500: troops
// sent") would not be one.
func (tg *tagger) headsYearEntry(i, y int) bool {
	if i != tg.entryHeadAt() || i+1 >= tg.to || !tg.punct(i+1, ":") && !tg.dash(i+1) {
		return false
	}
	k := tg.to // the next sentence's first token, in this block
	if k >= len(tg.toks) || tg.toks[k].newlines != 1 {
		return false
	}
	if tg.toks[k].kind == kPunct && k+1 < len(tg.toks) && tg.toks[k+1].space {
		k++ // the next entry's bullet
	}
	switch t := tg.toks[k]; t.kind {
	case kNum:
		return t.end-t.start == 4 && int(t.val) > y && t.val < 2100
	case kWord:
		return monthWords[t.in(tg.lower)] > 0
	}
	return false
}

// entryPeriod returns the date an entry of a chronology is headed by, when
// the current sentence is that entry and the heading is as fine as unit
// u: "the year" or "the month" in the entry's text is the heading's ("-
// March 2020: Company promises repairs by the end of the year" is 2020),
// as the entry tells what happened then.
func (tg *tagger) entryPeriod(u unit) (time.Time, bool) {
	if u < uMonth || u > uYear || tg.entryEnd != tg.base+int(tg.toks[tg.to-1].end) {
		return time.Time{}, false
	}
	if u < uYear && tg.entryDate.Precision < PrecisionMonth {
		return time.Time{}, false
	}
	tg.noteAnchor("the date heading the chronology entry")
	return tg.entryDate.Start, true
}
