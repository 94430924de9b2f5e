package timex

// rule reads an expression starting at token i. Each rule is a short
// hand-written walk over the tokens; matchAt keeps the longest reading.
type rule func(tg *tagger, i int) (match, bool)

// modTargets are the rules whose dates take "early", "late", "mid" and
// "the end of"; rules adds the rest.
var modTargets = []rule{ruleNumericDate, ruleMonthFirst, ruleDayFirst, ruleYear, ruleWeekday, ruleDeictic,
	ruleRelative, ruleQuarter, ruleSeason, ruleFiscal, ruleCentury, ruleHoliday}

// numberRules are the rules that can start at a number, in the order of
// wordRules; matchAt tries only them at numbers.
var numberRules = []rule{ruleCount, ruleSet, ruleClock, ruleStopwatch, ruleDayAfterAnd, ruleNumericDate, ruleDayFirst,
	ruleYear, ruleQuarter, ruleFiscal, ruleCentury}

// wordRules are the rules tried at words and marks. On a tie in length
// the earlier rule wins.
var wordRules = append([]rule{ruleMod, ruleCount, ruleRef, ruleSet, ruleClock, ruleAnaphor, ruleBarePlural,
	ruleWeekend, ruleWholeYear, ruleOvernight, ruleSamePeriod, ruleWeekOf}, modTargets...)

func date1(typ Type, end int, value string) (match, bool) {
	return match{end: end, typ: typ, value: value}, value != ""
}

// optComma skips a comma at i.
func (tg *tagger) optComma(i int) int {
	if tg.punct(i, ",") {
		return i + 1
	}
	return i
}

func okValue(v string, ok bool) string {
	if !ok {
		return ""
	}
	return v
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
