package timex

import (
	"slices"
	"strings"
	"time"
)

// rule reads an expression starting at token i. Each rule is a short
// hand-written walk over the tokens; matchAt keeps the longest reading.
type rule func(tg *tagger, i int) (match, bool)

// namedRule is one entry of the rule registry: a rule with the name
// Timex.Rule reports, the words it can start at and examples that run as
// tests (HeidelTime's RULENAME, EXAMPLE and foundByRule).
type namedRule struct {
	name string
	fn   rule
	// triggers are the words the rule can start at: lexicon words, a
	// class of them in angle brackets ("<month>", see triggerClasses), or
	// "number" for a digit run. A test checks every one is a trigger word
	// of the lexicon, so a rule cannot be silently skipped by matchAt.
	triggers []string
	// atNumber, when set, is a cheap test of the tokens around the
	// number at i that the rule needs to start there: the first checks
	// of the rule itself, so that matchAt skips a rule that would turn
	// the number away (most numbers are years, counts and amounts). nil
	// means any number may start the rule.
	atNumber func(tg *tagger, i int) bool
	examples []ruleExample
}

// ruleExample is an executable example of a rule: tagging text published on
// dct (YYYY-MM-DD) finds expr with value, and the named rule wins it.
type ruleExample struct {
	text, dct, expr, value string
}

// numberTrigger in a rule's triggers means it can start at a number.
const numberTrigger = "number"

// triggerClasses name the lexicon word lists a rule's triggers can refer
// to as a whole.
var triggerClasses = map[string]func(string) bool{
	"<month>":     func(w string) bool { _, ok := monthWords[w]; return ok },
	"<weekday>":   func(w string) bool { _, ok := weekdayWords[w]; return ok },
	"<wdabbrev>":  func(w string) bool { _, ok := weekdayAbbrevs[w]; return ok },
	"<cardinal>":  func(w string) bool { _, ok := cardinals[w]; return ok },
	"<ordinal>":   func(w string) bool { _, ok := ordinalWords[w]; return ok },
	"<unit>":      func(w string) bool { _, ok := unitWords[w]; return ok },
	"<season>":    func(w string) bool { _, ok := seasonWords[w]; return ok },
	"<daypart>":   func(w string) bool { _, ok := dayParts[w]; return ok },
	"<setadverb>": func(w string) bool { _, ok := setAdverbs[w]; return ok },
	"<ref>":       func(w string) bool { _, ok := refWords[w]; return ok },
	"<holiday>":   func(w string) bool { return holidayStarts[w] },
	"<clock>":     func(w string) bool { _, ok := clockWords[w]; return ok },
	"<position>":  func(w string) bool { return positionWords[w] != "" || positionNouns[w] != "" },
}

// ruleRegistry lists every rule in the order matchAt tries them; on a tie
// in length the earlier rule wins. Examples are our own sentences; their
// values were checked against the calendar (27 November 2024 is a
// Wednesday in ISO week 48).
var ruleRegistry = slices.Concat(leadRules, modTargets)

// leadRules are the rules tried before modTargets.
var leadRules = []namedRule{
	{name: "mod", fn: ruleMod,
		triggers: []string{"the", "<position>"},
		examples: []ruleExample{
			{"Prices rose in early December.", "2024-11-27", "early December", "2023-12"},
			{"Talks end in late 2025.", "2024-11-27", "late 2025", "2025"},
			{"The plant opens at the end of the year.", "2024-11-27", "the end of the year", "2024"},
		}},
	{name: "count", fn: ruleCount, atNumber: gateCount,
		triggers: []string{numberTrigger, "<cardinal>", "the", "past", "last", "next", "coming", "several", "few",
			"many", "numerous", "some"},
		examples: []ruleExample{
			{"Troops left two weeks ago.", "2024-11-27", "two weeks ago", "2024-W46"},
			{"He led the almost three-year campaign.", "2024-11-27", "three-year", "P3Y"},
			{"Prices rose over the past 12 months.", "2024-11-27", "the past 12 months", "P12M"},
			{"Engineers say the drones could one day carry mail.", "2024-11-27", "one day", "FUTURE_REF"},
		}},
	{name: "ref", fn: ruleRef,
		triggers: []string{"<ref>", "the", "recent", "past", "coming", "future", "upcoming", "these"},
		examples: []ruleExample{
			{"He is now in Moscow.", "2024-11-27", "now", "PRESENT_REF"},
			{"Prices rose in recent years.", "2024-11-27", "recent years", "PAST_REF"},
			{"Prices rose in recent months.", "2024-11-27", "recent months", "PXM"},
			{"Rates will stay high in the near future.", "2024-11-27", "the near future", "FUTURE_REF"},
		}},
	{name: "set", fn: ruleSet, atNumber: gateSet,
		triggers: []string{"<setadverb>", "every", "each", "per", "once", "twice", "<cardinal>", numberTrigger},
		examples: []ruleExample{
			{"They met every Tuesday.", "2024-11-27", "every Tuesday", "XXXX-WXX-2"},
			{"Reports are filed annually.", "2024-11-27", "annually", "P1Y"},
			{"The board meets twice a year.", "2024-11-27", "twice a year", "P1Y"},
		}},
	{name: "clock", fn: ruleClock, atNumber: gateClock,
		triggers: []string{numberTrigger, "<clock>"},
		examples: []ruleExample{
			{"They met at 11 a.m. Tuesday.", "2024-11-27", "11 a.m. Tuesday", "2024-11-26T11:00"},
			{"The vote closed at noon.", "2024-11-27", "noon", "2024-11-27T12:00"},
			{"New collection drops at 12 noon!", "2024-11-27", "12 noon", "2024-11-27T12:00"},
		}},
	{name: "stopwatch", fn: ruleStopwatch, atNumber: gateStopwatch,
		triggers: []string{numberTrigger},
		examples: []ruleExample{
			{"She won the race in 2:07:35 on a wet course.", "2024-11-27", "2:07:35", "PT2H7M35S"},
		}},
	{name: "day-after-and", fn: ruleDayAfterAnd, atNumber: gateDayAfterAnd,
		triggers: []string{numberTrigger},
		examples: []ruleExample{
			{"The fair runs on November 19 and 21.", "2024-11-27", "21", "2024-11-21"},
		}},
	{name: "anaphor", fn: ruleAnaphor,
		triggers: []string{"the", "that"},
		examples: []ruleExample{
			{"The envoy landed on 19 November 2024. He left the next day.", "2024-11-27", "the next day", "2024-11-20"},
			{"Rain fell in March 2023. Crops failed that year.", "2024-11-27", "that year", "2023"},
			{"The sale must close by June 10. If no price is agreed by that time, it lapses.", "2024-11-27", "that time", "2025-06-10"},
			{"The envoys met the day before March 3.", "2024-11-27", "the day before March 3", "2024-03-02"},
		}},
	{name: "week-on-day", fn: ruleWeekOnDay,
		triggers: []string{"a"},
		examples: []ruleExample{
			{"The new cabinet takes office a week on Sunday.", "2024-11-27", "a week on Sunday", "2024-12-08"},
			{"Talks resume a week on Monday morning.", "2024-11-27", "a week on Monday morning", "2024-12-09TMO"},
		}},
	{name: "week-ahead", fn: ruleWeekAhead,
		triggers: []string{"the", "week"},
		examples: []ruleExample{
			{"Traders brace for the week ahead.", "2024-11-29", "the week ahead", "2024-W49"},
			{"Markets face a busy week ahead.", "2024-11-26", "week ahead", "2024-W48"},
		}},
	{name: "bare-plural", fn: ruleBarePlural,
		triggers: []string{"<unit>"},
		examples: []ruleExample{
			{"The dispute dragged on for years.", "2024-11-27", "years", "PXY"},
		}},
	{name: "just-gone", fn: ruleJustGone,
		triggers: []string{"the"},
		examples: []ruleExample{
			{"Crowds were down over the weekend just gone.", "2025-03-05", "the weekend just gone", "2025-W09-WE"},
			{"Sales rose in the month just ended.", "2025-03-05", "the month just ended", "2025-02"},
			{"Prices fell in the week just past.", "2025-03-08", "the week just past", "2025-W10"},
		}},
	{name: "weekend", fn: ruleWeekend,
		triggers: []string{"the", "weekend", "wknd", "wkend"},
		examples: []ruleExample{
			{"Protests spread over the weekend.", "2024-11-27", "the weekend", "2024-W47-WE"},
			{"Shops stay open over the long weekend.", "2024-11-27", "weekend", "2024-W48-WE"},
			{"Great weekend, thanks all!", "2024-11-29", "weekend", "2024-W48-WE"},
			{"cant wait for the wkend", "2024-11-27", "the wkend", "2024-W48-WE"},
			{"busy wknd ahead", "2024-11-27", "wknd", "2024-W48-WE"},
		}},
	{name: "nth-week-of", fn: ruleNthWeekOf,
		triggers: []string{"<ordinal>"},
		examples: []ruleExample{
			{"Results are due in the third week of April.", "2024-01-19", "the third week of April", "2024-W16"},
		}},
	{name: "streak", fn: ruleStreak,
		triggers: []string{"<ordinal>", "best", "worst", "biggest"},
		examples: []ruleExample{
			{"Trading was halted for a second consecutive day.", "2024-11-27", "a second consecutive day", "2024-11-27"},
			{"Stocks rose for a fourth week in a row.", "2024-11-27", "a fourth week", "2024-W48"},
			{"Shares had their best week since March.", "2024-11-27", "best week", "2024-W48"},
		}},
	{name: "whole-year", fn: ruleWholeYear,
		triggers: []string{"the"},
		examples: []ruleExample{
			{"The firm expects a loss for the full year.", "2024-11-27", "the full year", "2024"},
		}},
	{name: "month-for", fn: ruleMonthFor,
		triggers: []string{"the"},
		examples: []ruleExample{
			{"The index is down 3.8 percent for the month.", "2023-03-16", "the month", "2023-03"},
			{"Figures for March come out on Tuesday, and retail sales for the month on April 20.", "2011-04-13", "the month", "2011-03"},
		}},
	{name: "vote-day", fn: ruleVoteDay,
		triggers: []string{"election", "polling", "voting", "the"},
		examples: []ruleExample{
			{"Voters went to the polls in the mayoral election on Sunday. The mayor spoke on election night.", "2006-02-07",
				"election night", "2006-02-05TNI"},
			{"Shareholders voted on Thursday to accept the bid. Workers struck on the eve of the vote.", "2007-01-05",
				"the eve of the vote", "2007-01-03"},
		}},
	{name: "overnight", fn: ruleOvernight,
		triggers: []string{"overnight"},
		examples: []ruleExample{
			{"Drones struck a depot overnight Tuesday.", "2024-11-27", "overnight Tuesday", "2024-11-26TNI"},
		}},
	{name: "same-period", fn: ruleSamePeriod,
		triggers: []string{"the"},
		examples: []ruleExample{
			{"Output rose in the third quarter. That beat the same period last year.", "2024-11-27",
				"the same period last year", "2023-Q3"},
		}},
	{name: "week-of", fn: ruleWeekOf,
		triggers: []string{"the"},
		examples: []ruleExample{
			{"The hearing is set for the week of March 6, 2025.", "2024-11-27", "the week of March 6, 2025", "2025-W10"},
			{"Boosters go to care homes in the week beginning December 2.", "2024-11-27", "the week beginning December 2", "2024-W49"},
		}},
	{name: "ordinal-day", fn: ruleOrdinalDay,
		triggers: []string{"the"},
		examples: []ruleExample{
			{"He is due back at training on the 27th.", "2020-12-17", "the 27th", "2020-12-27"},
			{"The fee was paid on the 3rd.", "2020-12-17", "the 3rd", "2020-12-03"},
		}},
	{name: "nth-weekday", fn: ruleNthWeekday,
		triggers: []string{"the"},
		examples: []ruleExample{
			{"Voters go to the polls on the first Tuesday in November.", "2024-06-12", "the first Tuesday in November", "2024-11-05"},
			{"Rents rise on the last Friday of the month.", "2024-11-27", "the last Friday of the month", "2024-11-29"},
		}},
}

// modTargets are the rules whose dates take "early", "late", "mid" and
// "the end of" (ruleMod).
var modTargets = []namedRule{
	{name: "numeric-date", fn: ruleNumericDate, atNumber: gateNumericDate,
		triggers: []string{numberTrigger},
		examples: []ruleExample{
			{"Filed 2024-11-27 in court.", "2024-11-27", "2024-11-27", "2024-11-27"},
			{"Filed 11/27/2024 in court.", "2024-11-27", "11/27/2024", "2024-11-27"},
		}},
	{name: "month-day", fn: ruleMonthFirst,
		triggers: []string{"<month>", "<weekday>", "<wdabbrev>"},
		examples: []ruleExample{
			{"The deal was signed Sept. 12, 2024.", "2024-11-27", "Sept. 12, 2024", "2024-09-12"},
			{"Russia invaded Ukraine in February 2022.", "2024-11-27", "February 2022", "2022-02"},
			{"In September, the minister called for talks.", "2024-11-27", "September", "2024-09"},
		}},
	{name: "day-month", fn: ruleDayFirst, atNumber: gateDayFirst,
		triggers: []string{numberTrigger, "<ordinal>", "<weekday>", "<wdabbrev>"},
		examples: []ruleExample{
			{"The envoy arrived on 27 November 2024.", "2024-11-27", "27 November 2024", "2024-11-27"},
			{"The envoy arrived on Wednesday 27 November 2024.", "2024-11-27", "Wednesday 27 November 2024", "2024-11-27"},
		}},
	{name: "year", fn: ruleYear, atNumber: gateYear,
		triggers: []string{numberTrigger, "the", "'", "’", "nineteen", "eighteen", "two"},
		examples: []ruleExample{
			{"Sales rose in 2022.", "2024-11-27", "2022", "2022"},
			{"It grew in the 1990s.", "2024-11-27", "the 1990s", "199"},
		}},
	{name: "weekday", fn: ruleWeekday,
		triggers: []string{"<weekday>", "<wdabbrev>"},
		examples: []ruleExample{
			{"The workshop runs May 6-7 (Tues-Wed).", "2024-11-27", "Tues", "2025-05-06"},
			{"Putin will visit Astana on Wednesday.", "2024-11-27", "Wednesday", "2024-11-27"},
			{"Leaders will gather for Thursday's summit.", "2024-11-27", "Thursday", "2024-11-28"},
			{"Ushakov said Tuesday that talks went well.", "2024-11-27", "Tuesday", "2024-11-26"},
		}},
	{name: "deictic", fn: ruleDeictic, atNumber: gateDeictic,
		triggers: []string{"yesterday", "today", "tomorrow", "yday", "tdy", "tmrw", "tmr", "tmw", "tomo", "tomorow",
			"tommorow", "tommorrow", "tmrow", "tonight", "tonite", "this", "last", "the", "earlier", "later", "trading",
			"midweek", "year", numberTrigger},
		examples: []ruleExample{
			{"It rained yesterday.", "2024-11-27", "yesterday", "2024-11-26"},
			{"Year to date, the index is down 2 percent.", "2024-11-27", "Year to date", "2024"},
			{"Sirens sounded last night.", "2024-11-27", "last night", "2024-11-26TNI"},
			{"Rain should ease by midweek.", "2024-11-25", "midweek", "2024-W48"},
		}},
	{name: "relative", fn: ruleRelative,
		triggers: []string{"the", "this", "last", "next", "past", "previous", "preceding", "prior", "coming",
			"following", "upcoming", "current", "present", "earlier", "later", "nxt"},
		examples: []ruleExample{
			{"Russia denounced last week's missile strikes.", "2024-11-27", "last week", "2024-W47"},
			{"Profits will rise next year.", "2024-11-27", "next year", "2025"},
			{"Sales rose earlier this year.", "2024-11-27", "earlier this year", "2024"},
			{"Cracks were found in October 2023, and a weight limit followed the next spring.", "2024-11-27", "the next spring", "2024-SP"},
		}},
	{name: "quarter", fn: ruleQuarter, atNumber: gateQuarter,
		triggers: []string{"the", numberTrigger, "<ordinal>", "fiscal", "latest", "this", "year", "last", "past",
			"previous", "preceding", "prior", "next", "coming", "following", "upcoming", "nxt", "current", "present"},
		examples: []ruleExample{
			{"Output fell in the fourth quarter.", "2024-11-27", "the fourth quarter", "2024-Q4"},
			{"Sales fell in the second half of 2023.", "2024-11-27", "the second half of 2023", "2023-H2"},
			{"Profit fell in this year's third quarter.", "2024-11-27", "this year's third quarter", "2024-Q3"},
			{"Profit may fall in next year's first quarter.", "2024-11-27", "next year's first quarter", "2025-Q1"},
			{"Output rose in the third quarter. Sales were flat in the year-earlier period.", "2024-11-27",
				"the year-earlier period", "2023-Q3"},
		}},
	{name: "period-code", fn: rulePeriodCode, atNumber: gatePeriodCode,
		triggers: []string{"q", "h", numberTrigger},
		examples: []ruleExample{
			{"Revenue rose 8% in Q4 2024.", "2025-01-15", "Q4 2024", "2024-Q4"},
			{"The firm reported a loss in Q4.", "2025-02-12", "Q4", "2024-Q4"},
			{"The firm expects a rebound in Q1.", "2025-08-15", "Q1", "2026-Q1"},
			{"Profit in 3Q24 beat forecasts.", "2025-01-15", "3Q24", "2024-Q3"},
			{"Sales in H1 2025 were flat.", "2025-08-15", "H1 2025", "2025-H1"},
			{"Margins narrowed in 1H25.", "2025-08-15", "1H25", "2025-H1"},
			{"Guidance for Q3 FY2025 was cut.", "2025-01-15", "Q3 FY2025", "2025-Q3"},
		}},
	{name: "seasons-ago", fn: ruleSeasonsAgo,
		triggers: []string{numberTrigger, "<cardinal>"},
		examples: []ruleExample{
			{"Bills have tripled since two winters ago.", "2023-01-08", "two winters ago", "2020-WI"},
			{"The pitch flooded three summers ago.", "2024-11-27", "three summers ago", "2022-SU"},
		}},
	{name: "season", fn: ruleSeason,
		triggers: []string{"the", "<season>"},
		examples: []ruleExample{
			{"The dam was finished in summer 2023.", "2024-11-27", "summer 2023", "2023-SU"},
		}},
	{name: "fiscal-year", fn: ruleFiscal, atNumber: gateFiscal,
		triggers: []string{"the", "fiscal", "fy", numberTrigger},
		examples: []ruleExample{
			{"Profit doubled in fiscal 1990.", "2024-11-27", "fiscal 1990", "1990"},
			{"Guidance for FY25 was kept.", "2024-11-27", "FY25", "2025"},
			{"Profit for the 2019 financial year doubled.", "2024-11-27", "the 2019 financial year", "2019"},
		}},
	{name: "century", fn: ruleCentury, atNumber: gateCentury,
		triggers: []string{"the", numberTrigger, "<ordinal>"},
		examples: []ruleExample{
			{"The fort dates from the 18th century.", "2024-11-27", "18th century", "17"},
		}},
	{name: "holiday", fn: ruleHoliday,
		triggers: []string{"<holiday>", "the"},
		examples: []ruleExample{
			{"Shops close on Christmas Day.", "2024-11-27", "Christmas Day", "2024-12-25"},
			{"Stores will close on Canada Day.", "2024-06-20", "Canada Day", "2024-07-01"},
			{"The parade returns on Victoria Day.", "2024-05-02", "Victoria Day", "2024-05-20"},
		}},
}

// ruleList holds rules as matchAt tries them: the functions apart from
// their names, so that the hot loop reads a compact slice.
type ruleList struct {
	fns   []rule
	names []string
	// gates are the rules' atNumber tests, in numberRules only.
	gates []func(tg *tagger, i int) bool
}

func (l *ruleList) add(r namedRule) {
	l.fns = append(l.fns, r.fn)
	l.names = append(l.names, r.name)
}

// numberRules and wordRules are the registry split by what a rule can
// start at, in registry order: matchAt tries only the first at numbers.
// modRules are modTargets, for ruleMod.
var (
	numberRules, wordRules = splitRules()
	modRules               = listOf(modTargets)
)

func splitRules() (numbers, words ruleList) {
	for _, r := range ruleRegistry {
		if slices.Contains(r.triggers, numberTrigger) {
			numbers.add(r)
			numbers.gates = append(numbers.gates, r.atNumber)
		}
		if slices.ContainsFunc(r.triggers, func(t string) bool { return t != numberTrigger }) {
			words.add(r)
		}
	}
	return numbers, words
}

func listOf(rules []namedRule) ruleList {
	var l ruleList
	for _, r := range rules {
		l.add(r)
	}
	return l
}

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
	if j > i && tg.word(j) == "very" {
		j++ // "the very end of the year"
	}
	w := tg.word(j)
	mod, k := positionWords[w], j+1
	if noun, ok := positionNouns[w]; ok && tg.word(j+1) == "of" {
		mod, k = noun, j+2
	} else if mod == "MID" && tg.hyphen(k) {
		k++ // "mid-1990s"
	}
	if mod == "" {
		return match{}, false
	}
	if j == i && k == j+1 && tg.inTheDay(k) {
		return tg.partInThe(i, mod)
	}
	// "the early 1980s", "the late summer": "the" belongs to the phrase.
	_, theOK := positionNouns[w]
	theOK = theOK || tg.decadeOrSeasonAt(k)
	p, part := dayParts[tg.word(k)]
	if part && (k != j+1 && !(k == j+2 && tg.hyphen(j+1)) || strings.HasSuffix(tg.word(k), "s") || tg.word(k) == "overnight") {
		part = false // "mid-afternoon" and "late morning", not "late mornings"
	}
	if j != i && !theOK && !part {
		return match{}, false
	}
	if part && tg.hasDCT && k > j {
		if e := tg.lexAt(k + 1); e.has(inDeicticDays) {
			// "by mid-morning tomorrow", "late afternoon yesterday":
			// part of the day the word after it names, one expression.
			day := tg.quotedDay(k+1).AddDate(0, 0, int(e.deictic))
			return match{end: k + 2, typ: Time, value: vDay(day) + "T" + p, mod: mod}, true
		}
		// "by mid afternoon", "in the late afternoon": part of the day
		// the story is on.
		return match{end: k + 1, typ: Time, value: vDay(tg.storyDay()) + "T" + p, mod: mod}, true
	}
	if tg.word(k) == "the" {
		if _, ok := anaphorOffsets[tg.word(k+1)]; ok {
			if m, ok := ruleAnaphor(tg, k); ok && m.typ == Date {
				m.mod = mod
				return m, true // "early the next year": counted from the date mentioned last
			}
		}
	}
	if tg.word(k) == "this" || tg.word(k) == "next" || tg.word(k) == "last" || tg.word(k) == "the" {
		uk := k + 1
		if tg.word(k) == "the" && (tg.fiscalWord(uk) || calendarWords[tg.word(uk)]) && tg.word(uk+1) == "year" {
			uk++ // "the end of the fiscal year", "the end of the calendar year": as "the end of the year"
		}
		if u, ok := unitWords[tg.word(uk)]; ok && tg.word(k) == "the" && tg.hasDCT && u >= uWeek {
			base := tg.dct
			if e, ok := tg.entryPeriod(u); ok {
				base = e // "- March 2020: Company promises repairs by the end of the year"
			} else if y, ok := tg.historyYear(); ok && u >= uYear {
				base = date(y, 1, 1) // "by the end of the year" in a history: the year it has reached
			} else if y, ok := tg.toldDecadeYear(u, i, uk+1); ok {
				base = date(y, 1, 1)
			}
			v, ok := shift(base, u, 0)
			if !ok {
				return match{}, false
			}
			return match{end: uk + 1, typ: Date, value: v, mod: mod}, true
		}
	}
	best, _, won := tg.longest(&modRules, k, true)
	if best.end <= k {
		return match{}, false
	}
	tg.ex.adopt(won)
	best.mod = mod
	return best, true
}

// partInThe reads "early in the week", "late in the month", "early in
// the year" at i: the start or end (mod) of the period the story is on,
// or of the period the sentence named before, counted as "earlier in the
// week" is. "Late in the day" is left out: the corpora leave it untagged
// as often as not, and "it is late in the day to change course" says too
// late, no time; so is a period after a form of "be" or a word of degree
// ("it is too early in the year to judge").
func (tg *tagger) partInThe(i int, mod string) (match, bool) {
	if !tg.hasDCT || tg.word(i+3) == "day" || lateIdiomWords[tg.word(i-1)] {
		return match{}, false
	}
	m, ok := tg.laterInThe(i)
	m.mod = mod
	return m, ok
}

// decadeOrSeasonAt reports whether a decade ("1980s") or season starts at k.
func (tg *tagger) decadeOrSeasonAt(k int) bool {
	if _, ok := seasonWords[tg.word(k)]; ok {
		return true
	}
	_, nd := tg.num(k)
	return nd == 4 && tg.word(k+1) == "s" && tg.tight(k+1)
}

// quotedTitle reports whether the expression over tokens [start, end) is
// the title of a programme or a publication rather than a time: quoted
// right after a possessive or a noun for such a work, every word
// capitalised and none a month, as in ABC's "This Week", CBS's "60
// Minutes", NBC's "Today" show, the talk show "Midnight Hour".
func (tg *tagger) quotedTitle(start, end int) bool {
	q := start - 1
	if tg.punctText(q) == "'" && tg.punctText(q-1) == "'" && tg.tight(q) {
		q-- // '' split into two marks
	}
	if !openingQuotes[tg.punctText(q)] || !tg.tight(start) || tg.tight(q) {
		return false
	}
	if !(tg.word(q-1) == "s" && tg.possessive(q-2)) && !titleNouns[tg.word(q-1)] {
		return false
	}
	for k := start; k < end; k++ {
		if w := tg.word(k); w != "" && (!tg.capital(k) || monthWords[w] > 0) {
			return false // a calendar date ("25 November 2024") is no title
		}
	}
	return true
}

// punctText returns the mark at token i, or "" when token i is not one.
func (tg *tagger) punctText(i int) string {
	if i < tg.from || i >= tg.to || tg.toks[i].kind != kPunct {
		return ""
	}
	return tg.toks[i].in(tg.lower)
}

// storyDay is the day a part of the day without one ("from early
// morning") is on: the day mentioned last, even with a year named since
// ("reopened on Friday after a rebuild begun in 2021"), when it is in the
// week up to the dct; else the dct.
func (tg *tagger) storyDay() time.Time {
	if tg.hasAnchor && tg.anchor.Precision >= PrecisionDay {
		return tg.dayBase()
	}
	if tg.hasLastDay && !tg.lastDay.After(tg.dct) && tg.dct.Sub(tg.lastDay) <= 7*24*time.Hour {
		tg.noteAnchor("the day the story is on")
		return tg.lastDay
	}
	if day, ok := tg.headingEntryDay(); ok {
		return day
	}
	return tg.dct
}

// The atNumber gates below repeat the first checks each rule makes at a
// number token i (tg.word is "" there), so they turn away only numbers
// the rule itself would turn away.

// gateSet: at a number ruleSet reads only "3 times a week" or "24 hours
// a day", where the count may go on through ",000" groups.
func gateSet(tg *tagger, i int) bool {
	_, unit := unitWords[tg.word(i+1)]
	return tg.word(i+1) == "times" || unit || tg.punct(i+1, ",")
}

// gateClock: tg.clock reads an hour of up to two digits, or three or
// four digits before "UTC" or a glued "am"/"pm".
func gateClock(tg *tagger, i int) bool {
	h, nd := tg.num(i)
	switch {
	case h < 0:
		return false
	case nd <= 2:
		return h <= 24
	case nd <= 4:
		return nd == 4 && universalTime[tg.word(i+1)] ||
			tg.tight(i+1) && tg.lexAt(i+1).hasAny(inAmWords|inPmWords)
	}
	return false
}

// gateStopwatch: a race time opens with up to two digits and a colon.
func gateStopwatch(tg *tagger, i int) bool {
	_, nd := tg.num(i)
	return nd <= 2 && tg.punct(i+1, ":") && tg.tight(i+1)
}

// gateDayAfterAnd: the second day of "November 19 and 21" follows the
// expression just tagged, whose anchor is a day.
func gateDayAfterAnd(tg *tagger, i int) bool {
	return tg.lastEnd == i-1 && tg.hasAnchor && tg.anchor.Precision == PrecisionDay
}

// gateNumericDate: a numeric date goes on with a glued "-", "/" or ".".
func gateNumericDate(tg *tagger, i int) bool {
	return (tg.punct(i+1, "-") || tg.punct(i+1, "/") || tg.punct(i+1, ".")) && tg.tight(i+1) && tg.tight(i+2)
}

// gateDayFirst: a number opening "27 November" is a day of the month.
func gateDayFirst(tg *tagger, i int) bool {
	d, nd := tg.num(i)
	return d >= 1 && d <= 31 && nd <= 2
}

// gatePeriodCode: "3Q24", "1H25": one digit and the letter.
func gatePeriodCode(tg *tagger, i int) bool {
	_, nd := tg.num(i)
	w := tg.word(i + 1)
	return nd == 1 && (w == "q" || w == "h")
}

// gateFiscal: a number opens only "1990 fiscal year".
func gateFiscal(tg *tagger, i int) bool { return tg.fiscalWord(i + 1) }

// gateCentury: "18th century" and its like.
func gateCentury(tg *tagger, i int) bool {
	return tg.lexAt(i+1).has(inOrdinalSuffixes) || tg.word(i+1) == "century"
}

// gateCount: after the number of "3 years" comes the unit, or first
// ",000", "1/2", "+", a hyphen, "more" or "straight", or the "and" of
// "two and three years".
func gateCount(tg *tagger, i int) bool {
	e := tg.lexAt(i + 1)
	_, nd := tg.num(i + 1)
	return e.has(inUnitWords) || e.has(inMoreWords) || e.has(inStreakWords) || tg.word(i+1) == "and" ||
		tg.punct(i+1, ",") || tg.punct(i+1, "+") || tg.hyphen(i+1) || nd > 0
}

// gateYear: a year has four digits; two make "the 70s", the "58" of
// "1957-58" and the "27" of "the 2026/27 financial year" or "the budget
// for 2026/27".
func gateYear(tg *tagger, i int) bool {
	_, nd := tg.num(i)
	return nd == 4 || nd == 2 && (tg.word(i+1) == "s" || tg.hyphen(i-1) || tg.punct(i-1, "/") && tg.slashedSplitYear(i))
}

// slashedSplitYear reports whether the two digits at token i close a
// financial year written with a slash: its noun follows ("the 2026/27
// financial year") or, as splitFinancial reads a hyphened one, its first
// year follows a financial noun's "for" ("the budget for 2026/27"). A
// slash alone makes no year of "27": "2026/27" may be a count or a code.
func (tg *tagger) slashedSplitYear(i int) bool {
	if tg.splitYearNoun(i + 1) {
		return true
	}
	y0, n0 := tg.num(i - 2)
	d, _ := tg.num(i)
	return n0 == 4 && validYear(y0) && (y0+1)%100 == d && tg.splitFinancial(i-2, i+1)
}

// gateDeictic: at a number only the "2" of "2moro" and "2nite".
func gateDeictic(tg *tagger, i int) bool {
	n, _ := tg.num(i)
	return n == 2 && tg.tight(i+1)
}

// gateQuarter: a number opens only "1990's fourth quarter".
func gateQuarter(tg *tagger, i int) bool { return tg.punct(i+1, "'") || tg.punct(i+1, "’") }
