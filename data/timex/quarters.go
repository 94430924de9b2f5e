package timex

import "time"

// Typed quarters and halves, as financial news writes them: "Q4 2024",
// "Q1", "Q3 FY2025", "Q4'24", "3Q24", "2Q 2025", "H1 2025", "1H25". A
// quarter or half without its year takes the year from the tense of the
// verb group that governs it, as the spelled-out "the fourth quarter"
// does: "reported a loss in Q4" written in February is last year's;
// "expects a rebound in Q1" written in August is next year's.

// rulePeriodCode reads a typed quarter or half at i: a letter and its
// number ("Q4", "H1") or the number first ("3Q", "1H"), with an optional
// year after it.
func rulePeriodCode(tg *tagger, i int) (match, bool) {
	letter, n, k, ok := tg.periodCode(i)
	if !ok {
		return match{}, false
	}
	parts := 4
	if letter == "h" {
		parts = 2
	}
	if n < 1 || n > parts {
		return match{}, false
	}
	y, end := tg.codeYear(k)
	hasYear := y != 0
	if !hasYear {
		if !tg.hasDCT || tg.sportsClause() {
			// "scored 12 points in Q4" is a part of a match
			return match{}, false
		}
		if v, ok := tg.fiscalPart(i, end, n, parts, 0); ok {
			return date1(Date, end, v) // "Q4" of a year that ended in June
		}
		y = tg.partYear(n, parts, tg.tenseAround(i, end))
	}
	if !validYear(y) {
		return match{}, false
	}
	if hasYear && tg.fiscalIn(i, end) {
		if v, ok := tg.fiscalPart(i, end, n, parts, y); ok {
			return match{end: end, typ: Date, value: v, derived: true}, true // "Q2 FY25" of a year to March: July to September 2024
		}
	}
	if parts == 2 {
		return date1(Date, end, vHalf(y, n))
	}
	// As with "the third quarter of 1984", a quarter with its own year is
	// a comparison, not the quarter the article reports on.
	return match{end: end, typ: Date, value: vQuarter(y, n), derived: hasYear}, true
}

// periodCode reads "Q4" or "H1" (letter first; H only as a capital, so that
// "h1" in a web address is not a half) or "3Q", "1H" (number first; H
// again only as a capital, as "1h" is an hour) at i.
// It returns the letter in lower case, the number and the index after the
// code, whose next token must not be glued to it ("H1N1", "Q45").
func (tg *tagger) periodCode(i int) (letter string, n, k int, ok bool) {
	if w := tg.word(i); w == "q" || w == "h" && tg.capital(i) {
		d, nd := tg.num(i + 1)
		if nd != 1 || !tg.tight(i+1) {
			return "", 0, 0, false
		}
		letter, n, k = w, d, i+2
	} else if d, nd := tg.num(i); nd == 1 && tg.tight(i+1) && (tg.word(i+1) == "q" || tg.word(i+1) == "h" && tg.capital(i+1)) &&
		tg.word(i+2) != "ago" {
		// "1H25", "3Q"; not "1h ago", an hour.
		letter, n, k = tg.word(i+1), d, i+2
		if _, ny := tg.num(k); tg.tight(k) && (ny == 2 || ny == 4) {
			return letter, n, k, true // "3Q24": the year follows, glued
		}
	} else {
		return "", 0, 0, false
	}
	if k < tg.to && tg.tight(k) && tg.toks[k].kind != kPunct {
		return "", 0, 0, false
	}
	return letter, n, k, true
}

// codeYear reads the year after a typed quarter ending before k: glued
// ("3Q24", "1H2025"), after a space or "of" ("Q4 2024", "Q1 of 2025"),
// with an apostrophe ("Q4'24"), or as a fiscal year ("Q3 FY2025", "Q3
// FY25", "Q2 fiscal 2025"). It returns 0 and k if none.
func (tg *tagger) codeYear(k int) (int, int) {
	if y, ny := tg.num(k); ny > 0 && tg.tight(k) && !tg.punct(k+1, "%") {
		switch ny {
		case 2:
			return twoDigitYear(y), k + 1
		case 4:
			if validYear(y) {
				return y, k + 1
			}
		}
		return 0, k
	}
	j := k
	if tg.word(j) == "of" {
		j++
	}
	if tg.word(j) == "fy" || tg.word(j) == "fiscal" {
		fy := j
		j++
		if y, ny := tg.num(j); ny == 2 && (tg.word(fy) == "fy" && tg.tight(j)) {
			return twoDigitYear(y), j + 1
		}
	}
	if y, e := tg.yearNum(j); y > 0 {
		return y, e
	}
	return 0, k
}

// partYear is the year of quarter or half n (of parts in a year) written
// without its year, from the tense of its clause: in a past clause the
// latest such part that has begun; in a future one the one just ended,
// whose results are still to come ("will report Q4 results on Thursday",
// written in January; "expects to report a profit for the third quarter",
// written in October), else the next that has not ended; with no tense,
// or none that points, the year both would give when they agree (the
// fourth quarter, written in the first: "after write-downs in the fourth
// quarter"), else the dct's year.
func (tg *tagger) partYear(n, parts int, t tense) int { return partYearAt(tg.dct, n, parts, t) }

// partYearAt is partYear seen from day d rather than the dct.
func partYearAt(d time.Time, n, parts int, t tense) int {
	y := d.Year()
	if t != tensePast && t != tenseFuture {
		if p := partYearAt(d, n, parts, tensePast); p == partYearAt(d, n, parts, tenseFuture) {
			return p
		}
		return y
	}
	cur := (int(d.Month())-1)*parts/12 + 1 // the part d falls in
	switch {
	case t == tensePast && n > cur:
		return y - 1
	case t == tenseFuture && cur == 1 && n == parts && parts == 4:
		// "will report on the fourth quarter", written in the first:
		// the quarter just ended. A half is six months ahead, not
		// just ended: "will ship in the second half", written in
		// March, is this year's.
		return y - 1
	case t == tenseFuture && n < cur-1:
		return y + 1
	}
	return y
}
