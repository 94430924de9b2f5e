package timex

import (
	"strings"
	"time"
)

// The lexicon: every word the rules look up, written for this package.

// monthWords maps month names and their news abbreviations to 1–12.
var monthWords = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// ageBands open a band of ages with a hyphen: "over-80s", "under-18s".
var ageBands = setOf("over", "under")

// holidayKinds after a holiday's name make it a kind of thing, no day:
// "the Christmas market", "Easter eggs", "Halloween costumes".
var holidayKinds = setOf("market", "markets", "tree", "trees", "lights", "decorations", "card", "cards", "eggs",
	"costume", "costumes", "jumper", "jumpers")

// nameMonths are the months that are also given names ("June Carver",
// "April Reyes", "August Wilson"); May has its own test, as a modal.
var nameMonths = setOf("april", "june", "august")

// monthCustoms follow a month as the custom it names, no surname: "an
// April Fool's joke", "April Fools".
var monthCustoms = setOf("fool", "fools")

// monthAbbrevOnly marks the abbreviations, which need a following number or
// full stop before they count as months.
var monthAbbrevOnly = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// weekdayWords maps weekday names to time.Weekday numbers (Sunday = 0).
var weekdayWords = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	"sundays": 0, "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6,
}

// decadeWords maps the spelled decades of the last century ("the
// nineties") to their tens digit.
var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9}

// ordinalSuffixes are the letters written after a day or century number:
// "27th", "1st", "20th century".
var ordinalSuffixes = setOf("st", "nd", "rd", "th")

// weekdayAbbrevs maps the short weekday names of notices and posts ("this
// Sat", "next Tues.") to time.Weekday numbers. Most are English words too
// ("sat", "wed", "Sun"), so they count only after "this", "next", "last"
// or "every".
var weekdayAbbrevs = map[string]int{
	"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
}

// deicticDays maps "yesterday", "today", "tomorrow" and the spellings of
// posts ("tmrw", "tdy") to their offset in days from the publication date.
var deicticDays = map[string]int{
	"yesterday": -1, "yday": -1, "today": 0, "tdy": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1, "tmw": 1,
	"tomo": 1, "tomorow": 1, "tommorow": 1, "tommorrow": 1, "tmrow": 1,
}

// positionWords put an expression's time early, late or in the middle of
// its period, as TimeML's mod says: "early December", "mid-1990s".
var positionWords = map[string]string{"early": "START", "late": "END", "mid": "MID", "middle": "MID"}

// lateIdiomWords before "early in the year" or "late in the week" make it
// a judgement of timing, no time: "it is too early in the year to say",
// "rather late in the week to act"; see partInThe.
var lateIdiomWords = setOf("too", "rather", "bit", "so", "very", "quite", "fairly", "pretty", "still", "already",
	"is", "was", "are", "were", "be", "been", "s", "seems", "seemed")

// positionNouns name a part of a period when "of" follows: "the end of
// the year", "the start of next month", "the middle of June".
var positionNouns = map[string]string{"end": "END", "close": "END", "beginning": "START", "start": "START",
	"middle": "MID"}

// quantifier bounds a duration: TimeML's mod, and how many of its words
// TimeBank keeps inside the duration's span ("nearly forty years", "at
// least 72 hours", but "about three years").
type quantifier struct {
	mod  string
	kept int
}

// quantifiers are the words and phrases before a duration that bound it.
var quantifiers = map[string]quantifier{
	"about": {"APPROX", 0}, "around": {"APPROX", 0}, "approximately": {"APPROX", 0}, "roughly": {"APPROX", 0},
	"some": {"APPROX", 0}, "nearly": {"LESS_THAN", 1}, "almost": {"LESS_THAN", 1}, "under": {"LESS_THAN", 0},
	"over": {"MORE_THAN", 0}, "more than": {"MORE_THAN", 2}, "less than": {"LESS_THAN", 2},
	"fewer than": {"LESS_THAN", 2}, "no more than": {"EQUAL_OR_LESS", 3}, "no less than": {"EQUAL_OR_MORE", 3},
	"no fewer than": {"EQUAL_OR_MORE", 3}, "at least": {"EQUAL_OR_MORE", 2}, "at most": {"EQUAL_OR_LESS", 2},
	"up to": {"EQUAL_OR_LESS", 2},
}

// clockWords name an hour of the day; midnight is 24:00, the end of the
// day, as TimeML writes it.
var clockWords = map[string]int{"noon": 12, "midday": 12, "midnight": 24}

// clockLeftWords after a bare clock figure make it the time left on a
// match's clock: "with 1:04 left", "2:30 remaining".
var clockLeftWords = setOf("left", "remaining")

// clockLeftVerbs after "to" make a bare clock figure before them the time
// left to play: "with 5:12 to play", "4:40 to go".
var clockLeftVerbs = setOf("play", "go")

// clockTimingWords before a clock figure time a deed by it, which makes
// it a time of day whatever follows: "leaves at 10:15 to go to Boston".
var clockTimingWords = setOf("at", "by", "until", "till", "from", "around", "after", "before", "since")

// universalTime marks the zones a four-digit military time is written with:
// "0800 GMT".
var universalTime = setOf("utc", "gmt")

// pmFrom maps the parts of the day a twelve-hour clock time can be "in" to
// the first hour they read as p.m.: "4 in the afternoon" is 16:00, "11 in
// the night" 23:00, but "2 in the night" is 02:00.
var pmFrom = map[string]int{"morning": 13, "afternoon": 0, "evening": 0, "night": 6}

// offsetWords follow a count of units and say which way it counts: -1
// back from the publication date ("three days ago"), ±2 back or on from
// the date mentioned last ("two days earlier", "a week later").
var offsetWords = map[string]int{"ago": -1, "earlier": -2, "later": 2}

// timesWords say how often without a count: "twice a year".
var timesWords = setOf("once", "twice")

// spokenCenturies start a year said in words: "nineteen ninety-six".
var spokenCenturies = setOf("nineteen", "eighteen")

// tonightWords are the spellings of "tonight".
var tonightWords = setOf("tonight", "tonite")

// boundVerbs open a relative clause that gives a period one of its days:
// "the quarter that ended on Saturday".
var boundVerbs = setOf("ended", "ends", "began", "begins", "closed", "closes", "started", "starts")

// recurringDayWords after a clock time make it a time of every such day:
// "open from 8 a.m. to 6 p.m. on weekdays".
var recurringDayWords = setOf("weekdays", "weekends", "weeknights")

// objectPrepositions may open a phrase inside the object of a verb that
// looks ahead, before its "to": "expects traffic on the expressway to reach".
var objectPrepositions = setOf("on", "in", "at", "of", "across", "along", "through")

// sinceLeadIns may stand between "since" and the date of its phrase:
// "since the early hours of Friday", "since late on Tuesday".
var sinceLeadIns = setOf("the", "early", "late", "hours", "of", "on", "start", "end", "middle", "beginning")

// spanLeads before "a week" make it a length of time, not the start of
// "a week on Sunday": "the second time in a week on Wednesday", "for a
// week on Monday's orders".
var spanLeads = setOf("in", "within", "inside", "for", "over", "under", "than", "of", "per", "once", "twice", "after")

// clockDayLeads before a weekday after a clock time count the weekday from
// today and give the time its day: "9.40 a.m. next Thursday".
var clockDayLeads = setOf("next", "last", "this")

// holiday is a holiday's day: a fixed day of a month, or a movable feast's
// day in a given year. week marks a name that stands for the week starting
// on that day ("Easter week").
type holiday struct {
	month, day int
	movable    func(year int) time.Time
	week       bool
}

// holidays maps a holiday's name, then the word that may follow it ("" for
// none), to its day: "Christmas Eve", "Easter Monday". "New Year's" counts
// only with "Day" or "Eve" after it; "New Year" alone is the day when no
// capital word names another feast before it (holidayName).
var holidays = map[string]map[string]holiday{
	"christmas":    christmasDays,
	"xmas":         christmasDays,
	"halloween":    {"": {month: 10, day: 31}},
	"thanksgiving": {"": {movable: thanksgiving}, "day": {movable: thanksgiving}},
	"easter": {"": {movable: easter}, "sunday": {movable: easter}, "day": {movable: easter},
		"monday": {movable: easterMonday}, "week": {movable: holyWeek, week: true}},
	"new year's":     {"day": {month: 1, day: 1}, "eve": {month: 12, day: 31}},
	"new year":       {"": {month: 1, day: 1}, "day": {month: 1, day: 1}, "eve": {month: 12, day: 31}},
	"boxing":         {"day": {month: 12, day: 26}},
	"valentine's":    {"day": {month: 2, day: 14}},
	"bastille":       {"day": {month: 7, day: 14}},
	"may":            {"day": {month: 5, day: 1}}, // May Day, the first of May across Europe and Latin America
	"good":           {"friday": {movable: goodFriday}},
	"ash":            {"wednesday": {movable: ashWednesday}},
	"memorial":       {"day": {movable: memorialDay}},
	"labor":          {"day": {movable: laborDay}},
	"columbus":       {"day": {movable: columbusDay}},
	"presidents":     {"day": {movable: presidentsDay}},
	"black":          {"friday": {movable: blackFriday}},
	"cyber":          {"monday": {movable: cyberMonday}},
	"president's":    {"day": {movable: presidentsDay}},
	"fourth of july": {"": {month: 7, day: 4}},
	// Feasts of lunar and lunisolar calendars: their day in each year
	// comes from a table, and outside it the name gives no date.
	"lunar new year":   lunarNewYearDays,
	"chinese new year": lunarNewYearDays,
	"diwali":           {"": {movable: tableDay(diwalis)}},
	"deepavali":        {"": {movable: tableDay(diwalis)}},
	"remembrance":      {"sunday": {movable: remembranceSunday}, "day": {month: 11, day: 11}},
	// Saints' days, as holidayName spells them whether the text writes
	// "St", "St." or "Saint": named for the saint with "Day" after.
	"st patrick's":   {"day": {month: 3, day: 17}},
	"st david's":     {"day": {month: 3, day: 1}},
	"st george's":    {"day": {month: 4, day: 23}},
	"st andrew's":    {"day": {month: 11, day: 30}},
	"st stephen's":   {"day": {month: 12, day: 26}},
	"st valentine's": {"day": {month: 2, day: 14}},
	// National days whose names belong to one country, as the
	// English-language papers of the Commonwealth write them; names
	// several countries share ("Republic Day", "Independence Day",
	// "Labour Day") name no one day and are left out.
	"canada":    {"day": {month: 7, day: 1}},
	"victoria":  {"day": {movable: victoriaDay}},
	"australia": {"day": {month: 1, day: 26}},
	"anzac":     {"day": {month: 4, day: 25}},
	"waitangi":  {"day": {month: 2, day: 6}},
	"jamhuri":   {"day": {month: 12, day: 12}},
	"madaraka":  {"day": {month: 6, day: 1}},
	"mashujaa":  {"day": {month: 10, day: 20}},
	"rizal":     {"day": {month: 12, day: 30}},
	"bonifacio": {"day": {month: 11, day: 30}},
}

// saintTitles are the ways a saint's day's name opens: "St Patrick's
// Day", "St. George's Day", "Saint Andrew's Day" (holidayName).
var saintTitles = setOf("st", "saint")

var lunarNewYearDays = map[string]holiday{"": {movable: tableDay(lunarNewYears)},
	"day": {movable: tableDay(lunarNewYears)}}

// lunarNewYears gives the first day of the Chinese lunisolar year, as
// month and day, for the years the tagger knows.
var lunarNewYears = map[int][2]int{
	2000: {2, 5}, 2001: {1, 24}, 2002: {2, 12}, 2003: {2, 1}, 2004: {1, 22}, 2005: {2, 9}, 2006: {1, 29},
	2007: {2, 18}, 2008: {2, 7}, 2009: {1, 26}, 2010: {2, 14}, 2011: {2, 3}, 2012: {1, 23}, 2013: {2, 10},
	2014: {1, 31}, 2015: {2, 19}, 2016: {2, 8}, 2017: {1, 28}, 2018: {2, 16}, 2019: {2, 5}, 2020: {1, 25},
	2021: {2, 12}, 2022: {2, 1}, 2023: {1, 22}, 2024: {2, 10}, 2025: {1, 29}, 2026: {2, 17}, 2027: {2, 6},
	2028: {1, 26},
}

// diwalis gives the main day of Diwali (Lakshmi Puja), as month and day,
// for the years the tagger knows.
var diwalis = map[int][2]int{
	2005: {11, 1}, 2006: {10, 21}, 2007: {11, 9}, 2008: {10, 28}, 2009: {10, 17}, 2010: {11, 5},
	2011: {10, 26}, 2012: {11, 13}, 2013: {11, 3}, 2014: {10, 23}, 2015: {11, 11}, 2016: {10, 30},
	2017: {10, 19}, 2018: {11, 7}, 2019: {10, 27}, 2020: {11, 14}, 2021: {11, 4}, 2022: {10, 24},
	2023: {11, 12}, 2024: {10, 31}, 2025: {10, 20}, 2026: {11, 8},
}

// HolidayWord reports whether w, a single word in any case, names a
// holiday alone ("Christmas", "Easter", "Halloween").
func HolidayWord(w string) bool {
	_, ok := holidays[strings.ToLower(w)][""]
	return ok
}

// holidayNames are nouns after a holiday that make it part of a name:
// "the Good Friday Agreement", "the New Year Honours".
var holidayNames = setOf("agreement", "accord", "accords", "massacre", "offensive", "honours", "honors")

var christmasDays = map[string]holiday{"": {month: 12, day: 25}, "day": {month: 12, day: 25},
	"eve": {month: 12, day: 24}}

// holidayStarts are the first words of the holidays' names.
var holidayStarts = func() map[string]bool {
	m := map[string]bool{}
	for name := range holidays {
		first, _, _ := strings.Cut(name, " ")
		m[strings.TrimSuffix(first, "'s")] = true
	}
	for w := range saintTitles {
		m[w] = true
	}
	return m
}()

// cardinals maps number words to their values.
var cardinals = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "dozen": 12,
	"half": 0, "single": 1,
}

// ordinalWords maps ordinal words to their values.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"twenty-first": 21, "thirtieth": 30, "last": -1, "final": -1,
}

// unit is a calendar unit a relative expression or duration counts in.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// unitWords maps unit nouns, singular and plural, to units.
var unitWords = map[string]unit{
	"second": uSecond, "seconds": uSecond, "minute": uMinute, "minutes": uMinute, "hour": uHour, "hours": uHour,
	"day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek, "weekend": uWeekend, "weekends": uWeekend,
	"wknd": uWeekend, "wkend": uWeekend,
	"month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter, "year": uYear, "years": uYear,
	"decade": uDecade, "decades": uDecade, "century": uCentury, "centuries": uCentury, "yr": uYear, "yrs": uYear,
	"millennium": uMillennium, "fortnight": uWeek, "hrs": uHour, "hr": uHour, "mins": uMinute, "min": uMinute,
	"night": uDay, "nights": uDay, "wk": uWeek, "wks": uWeek, "mth": uMonth, "mths": uMonth,
}

// measureWords are the units of measure a fraction counts in recipes,
// reports and notices ("1/2 cup", "3/4 mile"), singular and plural.
var measureWords = setOf("cup", "cups", "teaspoon", "teaspoons", "tablespoon", "tablespoons", "tsp", "tbsp",
	"inch", "inches", "foot", "feet", "mile", "miles", "pound", "pounds", "lb", "lbs", "ounce", "ounces", "oz",
	"gallon", "gallons", "pint", "pints", "acre", "acres", "point", "points", "percent")

// durationCode is the TIMEX3 duration designator of each unit.
var durationCode = [...]string{uSecond: "S", uMinute: "M", uHour: "H", uDay: "D", uWeekend: "WE", uWeek: "W",
	uMonth: "M", uQuarter: "Q", uHalf: "H", uSeason: "M", uYear: "Y", uDecade: "DE", uCentury: "CE", uMillennium: "ML"}

// seasonWords maps seasons to their TIMEX3 codes.
var seasonWords = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// springNouns are the words after "spring" that make it another noun than
// the season: the high tide of a new or full moon, a well's water, a
// vegetable ("driven by a high spring tide", "bottled spring water").
var springNouns = setOf("tide", "tides", "water", "waters", "onion", "onions", "roll", "rolls")

// seasonWeatherNouns after a season make it a kind of weather, no season
// of the calendar: "a major winter storm", "winter weather advisories",
// "summer thunderstorms"; the storm has its own date, if any.
var seasonWeatherNouns = setOf("storm", "storms", "weather", "thunderstorm", "thunderstorms", "squall", "squalls", "blizzard")

// wayDeterminers stand between "on" and "way" in "is on the way", "are
// on their way": something coming.
var wayDeterminers = setOf("the", "its", "their", "his", "her", "our", "my", "your")

// wayDestinations after "on the way" say where a journey goes or comes
// from, no arrival to come: "was on its way to Paris", "on their way
// home".
var wayDestinations = setOf("to", "from", "back", "home", "out", "in", "into", "through", "across", "up", "down", "there", "here", "towards", "toward", "past")

// pluralSeasons are the seasons counted back by ruleSeasonsAgo ("two
// winters ago"); "falls" is left out, being as often the verb.
var pluralSeasons = map[string]string{"springs": "SP", "summers": "SU", "autumns": "FA", "winters": "WI"}

// extentPrepositions open a stretch of time an act lasts: "worked through
// the night", "talks ran into the evening".
var extentPrepositions = setOf("through", "throughout", "into", "over", "during")

// dayParts maps parts of the day to their TIMEX3 codes.
var dayParts = map[string]string{
	"morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF", "evening": "EV", "evenings": "EV",
	"night": "NI", "nights": "NI", "overnight": "NI", "midday": "MI", "daytime": "DT", "dawn": "MO",
	"dusk": "EV", "nighttime": "NI", "nite": "NI", "nites": "NI",
	// British and Irish papers time a day by its meals: "by Saturday
	// lunchtime", "from Sunday teatime" (the late afternoon).
	"lunchtime": "MI", "lunchtimes": "MI", "teatime": "AF", "teatimes": "AF",
}

// setAdverbs maps frequency adverbs to their SET values.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "biannually": "P6M", "semiannually": "P6M",
}

// livingWords before "today" make it the present age: "people living
// here today", "the oldest man alive today".
var livingWords = setOf("living", "alive")

// presentAgeNouns after "today's" make it the present age, no day: the
// people, world and measures of our time ("today's youth", "by today's
// standards", "$5 million in today's money"); see presentOfAge.
var presentAgeNouns = setOf("youth", "youngsters", "teenagers", "teens", "kids", "children",
	"generation", "generations", "world", "society", "culture", "standards", "money", "dollars", "terms")

// refWords are single words for the present, past and future.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF",
}

// rangeJoins are the words and dashes that join the two ends of a range:
// "May 14-15", "December 7 to 18", "from Friday through Sunday".
var rangeJoins = setOf("to", "through", "thru", "until", "till", "into", "-", "–", "‐", "—")

// sportsCues are words of match reports, in which "the third quarter" and
// "the first half" are periods of play (see sportsClause).
var sportsCues = setOf("scored", "scores", "score", "scoring", "goal", "goals", "touchdown", "touchdowns",
	"halftime", "game", "games", "match", "innings", "inning", "quarterback", "coach", "playoff", "playoffs",
	"penalty", "kickoff", "basket", "baskets", "rebounds", "assists", "led", "trailed", "lead", "leading",
	"referee", "striker", "equaliser", "equalizer", "field", "pitch", "possession", "interception", "fumble",
	"team", "teams", "season", "league", "cup", "points", "point", "try", "tries", "wicket", "wickets")

// financeCues are words of company and market news, which keep a quarter
// or half on the calendar even beside a sports word ("led gains in the
// third quarter").
var financeCues = setOf("profit", "profits", "earnings", "revenue", "revenues", "sales", "results", "fiscal",
	"shares", "share", "stock", "stocks", "percent", "economy", "economic", "growth", "gdp", "quarterly",
	"billion", "million", "dividend", "dividends", "market", "markets", "company", "companies", "prices",
	"inflation", "output", "analysts", "income", "loss", "losses", "deficit", "exports", "imports", "year",
	"investors", "investment", "orders", "demand", "unemployment", "rate", "rates", "bank", "banks", "dow",
	"index", "nasdaq", "trading", "traded")

// anaphoricWords count a month or season from the date mentioned last,
// not from the dct: "the following spring", "the previous April".
var anaphoricWords = setOf("following", "previous", "preceding")

// streakWords between an ordinal and a unit make a run of days or weeks:
// "a third straight day".
var streakWords = setOf("consecutive", "straight", "successive", "running")

// amountWords end an amount of money or a rate: "$9 million", "14 cents
// a share", "Rs 1,157 crore" (India counts in crores and lakhs), "2.6
// billion euros".
var amountWords = setOf("million", "billion", "trillion", "share", "cents", "percent", "points", "crore", "lakh",
	"dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs")

// listJoins join the items of a list: "Tuesday, Thursday and Saturday".
var listJoins = setOf("and", "or")

// mayMonthCues are the words after which "May" is the month, not the verb:
// "in May", "last May", "early May".
var mayMonthCues = setOf("in", "since", "until", "till", "by", "of", "from", "to", "through", "last", "next",
	"this", "early", "late", "mid", "during", "before", "after", "and", "between", "that", "each", "every", "on",
	"a", "the", "its", "their", "his", "her", "our") // no modal follows a determiner: "a May poll"

// mayMonthAfter are the words before which "May" is the month: no modal
// is followed by "to" or a finite verb ("expect May to be dry", "May was
// wet").
var mayMonthAfter = setOf("to", "was", "is", "were", "are", "has", "had", "will", "would", "saw", "brought", "brings",
	"and", "or", "as")

// yearPrepositions are the prepositions that make a bare "'82" a year.
var yearPrepositions = setOf("since", "in", "of", "from", "until", "by")

// oldYearCues are the words that make a number outside 1900–2099 a year:
// "in 1848", "circa 1500".
var oldYearCues = setOf("in", "since", "of", "from", "until", "by", "before", "after", "year", "around", "circa",
	"c")

// countNouns are the words after a number that make it a count or an
// amount rather than a year: "2000 troops", "1500 GMT".
var countNouns = setOf("percent", "per", "people", "troops", "soldiers", "dollars", "euros", "pounds", "yuan",
	"yen", "points", "feet", "metres", "meters", "miles", "km", "kilometers", "tons", "tonnes", "barrels",
	"shares", "votes", "cases", "deaths", "hours", "hrs", "gmt", "utc", "est", "edt", "pst")

// amWords and pmWords are the spellings of a.m. and p.m. the tokenizer
// gives.
var (
	amWords = setOf("a.m.", "am", "a.m")
	pmWords = setOf("p.m.", "pm", "p.m")
)

// timeZones are the zone abbreviations read after a clock time.
var timeZones = setOf("gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
	"et", "pt", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt", "awst", "nzst", "nzdt", "sast", "eat", "wat",
	"eet", "eest", "msk", "wib", "pkt")

// fiscalEdgeVerbs say where a fiscal year begins or ends: "the fiscal year
// that began July 1", "a tax year starting on April 6" (fiscalEdge).
var fiscalEdgeVerbs = setOf("began", "begins", "begin", "beginning", "started", "starts", "start", "starting",
	"ended", "ends", "end", "ending")

// eventOwners open the noun phrase after "the weekend of" that names an
// event rather than a date: "the weekend of the burial", "of his wedding".
var eventOwners = setOf("the", "his", "her", "their", "its", "our")

// overnightStays are the words before "overnight" that make it a manner
// ("stayed overnight", "had camped overnight") or an adjective ("an
// overnight flight"), not a night.
var overnightStays = setOf("hold", "held", "stay", "stayed", "staying", "remain", "remained", "kept", "spend",
	"spent", "camp", "camped", "camping", "sleep", "slept", "sleeping", "an", "the")

// latestWords name the quarter being reported: "the latest quarter", "the
// most recent period".
var latestWords = setOf("latest", "current", "recent", "most")

// yearEndedWords give a reporting year its end ("the year ended Sept.
// 30"), which makes it a duration.
var yearEndedWords = setOf("ended", "ending", "to", "through")

// holidayOnWords, before "on" and a weekday, put a holiday named just
// before on that day: "Diwali falls on Sunday", "the Columbus Day holiday
// on Monday", "Easter is on Sunday".
var holidayOnWords = setOf("falls", "fall", "fell", "is", "was", "holiday", "holidays", "weekend")

// deliberatedWords, as participles after "was being", name a plan under
// discussion: "a strike on Monday was being considered".
var deliberatedWords = setOf("considered", "discussed", "planned", "weighed", "prepared", "debated",
	"negotiated", "explored", "arranged", "organised", "organized", "drawn")

// countdownWords, after a count and before "before" or "until", say what
// is left until a day ahead: "four stages left before Sunday's finish".
var countdownWords = setOf("left", "remaining", "remain", "remains")

// stretchWords and stretchUnits make the run-up to a day ahead, before
// "before": "the final days before", "the closing weeks before".
var (
	stretchWords = setOf("final", "last", "closing", "dying")
	stretchUnits = setOf("days", "hours", "weeks", "minutes", "moments")
)

// periodEndVerbs say, in a relative clause, when a company's quarter
// closes: "its fourth quarter, which ends on September 27", "that closed
// on March 29".
var periodEndVerbs = setOf("ended", "ends", "closed", "closes")

// ageWords before a count make it an age: "children ages 6 months".
var ageWords = setOf("ages", "aged", "age")

// vagueCounts are quantifiers that count units without a number: "several
// years" (PXY).
var vagueCounts = setOf("several", "few", "many", "numerous", "some")

// pluralDurationCues are the words that make a bare plural unit a
// duration: "for years", "could take weeks", "within days".
var pluralDurationCues = setOf("for", "within", "take", "takes", "took", "taking", "lasted", "lasting", "spent",
	"spend", "waited", "wait", "after", "in")

// relOffsets map the words before a unit to the units they move: "last
// week" -1, "next month" +1, "this year" 0.
var relOffsets = map[string]int{"last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "next": 1, "coming": 1,
	"following": 1, "upcoming": 1, "nxt": 1, "this": 0, "current": 0, "present": 0}

// weekAfterWords after "the week" make it a week that something else
// fixes ("the week of March 6", "the week before the vote", "the week
// ended Friday"); a dash after it makes a modifier ("the week-long
// strike").
var weekAfterWords = setOf("of", "before", "after", "ended", "ending", "earlier", "later", "prior", "following",
	"preceding", "to", "leading", "through")

// marchLeads and marchAims frame "March" as a protest: "the annual March
// for Life", "a March on Washington" (see marchIsWalk).
var (
	marchLeads = setOf("the", "a", "an", "annual", "mass", "big", "great", "peaceful", "silent", "protest", "long")
	marchAims  = setOf("for", "on", "against", "through")
)

// openingQuotes open a quotation: straight, doubled and typographic.
var openingQuotes = setOf("\"", "``", "''", "“", "‘", "'")

// closingMarks may follow a sentence's last mark: quotes and brackets.
var closingMarks = setOf("\"", "'", ")", "]", "”", "’", "''")

// refUnits are the plural units "recent" and "coming" make references
// of: "in recent years", "in coming months".
var refUnits = setOf("years", "months", "weeks", "days", "decades", "quarters")

// unitPrecisions are the nouns after "year-earlier" that name the
// precision of the date they move back a year: "the year-earlier month".
var unitPrecisions = map[string]Precision{"month": PrecisionMonth, "half": PrecisionHalf, "week": PrecisionWeek}

// seasonCodes are the TIMEX3 codes of the seasons by the month each
// begins in, as ParseValue spans them.
var seasonCodes = map[time.Month]string{time.March: "SP", time.June: "SU", time.September: "FA", time.December: "WI"}

// quarterTails end a hyphened compound of "quarter" that names no quarter
// of the year: a round of a competition ("the quarter-final") or a
// measure ("the quarter-point cut", "a quarter-percentage-point rise",
// "a quarter-hour", "a quarter-century").
var quarterTails = setOf("final", "finals", "point", "points", "percentage", "hour", "hours", "mile", "century")

// comparisonLinks join a unit to itself in a comparison compound:
// "quarter-to-quarter", "year-on-year", "year-over-year".
var comparisonLinks = setOf("to", "on", "over")

// edgeOfStretch open "the first hours", "the early years", "the final
// weeks": the opening or closing stretch of something.
var edgeOfStretch = setOf("first", "early", "final", "last", "opening", "closing", "dying", "waning")

// yearParts before "of the year" make it the year under way: "the rest of
// the year", "the balance of the year"; and yearTails after "the year"
// tie it to something else: "the year before", "the year that".
var (
	yearParts = setOf("rest", "remainder", "balance", "bulk", "course", "part", "half", "quarter")
	yearTails = setOf("before", "after", "that", "when", "in", "which", "since", "to")
)

// stretchPrepositions lead "the years" as a stretch of time: "over the
// years", "through the decades".
var stretchPrepositions = setOf("over", "through", "down", "across", "throughout")

// tradingDayVerbs make "the day" after them the trading day of a market
// report: "ended the day at 7,114", "closed the day lower".
var tradingDayVerbs = setOf("end", "ended", "ending", "ends", "finish", "finished", "finishing", "for", "close",
	"closed", "start", "started", "open", "opened")

// partOrdinals count a quarter or half by its number: "the fourth
// quarter of 2019", "the first half of 2009" (WritesCalendarPart).
var partOrdinals = setOf("first", "second", "third", "fourth", "last", "final")

// figureWords, with financeCues, tell a sentence of figures: "A year
// earlier, it had lost money", "A year earlier it fell" (figuresSentence).
var figureWords = setOf("money", "lost", "earned", "cents", "dollars", "euros", "pounds", "yen", "rose", "fell",
	"grew", "shrank", "jumped", "slipped", "dropped", "climbed", "declined", "gained", "slumped", "surged")

// quarterlyWords say that the figures compared are a quarter's:
// "quarterly sales jumped 31% from a year earlier" (quarterlyBefore).
var quarterlyWords = setOf("quarterly")

// weighingVerbs, as past participles after "being", tell a plan still
// weighed: "a strike on Friday was being considered" (planUnderWay).
var weighingVerbs = setOf("considered", "discussed", "planned", "prepared", "weighed", "studied", "explored",
	"negotiated", "debated", "drawn")

// nextOpeners open a complement with "next" after a present "be": "are
// the next thing to watch", "is a next step" (nextComplement).
var nextOpeners = setOf("the", "a", "our", "their")

// nearWords tie the weekday a 52- or 53-week fiscal year ends on to the
// date it falls near: "the Saturday nearest January 31".
var nearWords = setOf("nearest", "closest")

// everyWords before "year" make the months just named those of every
// year: "from June to September each year".
var everyWords = setOf("each", "every")

// The verb-group lexicon (see verbgroup.go): closed-class words by what
// they do in a verb group, and the open-class verbs whose meaning points
// a date ahead or back.

// attributionPronouns are the subjects of an attribution that names
// its speaker by a pronoun only, as one that goes on from a sentence
// before does (see continuedSpeechDay).
var attributionPronouns = setOf("he", "she", "they", "we", "i")

// toNounLeads are words after which "to" governs a noun, not an
// infinitive: "back to work", "next to the station", "thanks to rain".
var toNounLeads = setOf("back", "return", "welcome", "up", "down", "next", "close", "prior", "according",
	"thanks", "owing", "compared", "similar", "ahead", "due", "home", "way", "road", "path", "key", "answer")

// notSuperlatives are words in -est that are no superlative, or one
// that may point ahead ("the latest March figures"); see superlative.
var notSuperlatives = setOf("interest", "protest", "request", "arrest", "contest", "harvest", "suggest",
	"invest", "forest", "honest", "modest", "digest", "manifest", "conquest", "inquest", "bequest", "behest",
	"southwest", "northwest", "midwest", "unrest", "attest", "detest", "infest", "latest", "earliest",
	"nearest", "soonest")

// auxWords are the modals and auxiliaries, with the halves of "won't",
// "can't", "didn't" as the tokenizer leaves them.
var auxWords = map[string]vclass{
	"will": vWill, "shall": vWill, "wo": vWill, "gonna": vWill,
	"may": vModal, "might": vModal, "can": vModal, "ca": vModal, "must": vModal, "should": vModal,
	"ought": vModal, "shouldn": vModal, "mustn": vModal, "mightn": vModal,
	"would": vWould, "could": vWould, "wouldn": vWould, "couldn": vWould,
	"am": vBePres, "is": vBePres, "are": vBePres, "isn": vBePres, "aren": vBePres,
	"was": vBePast, "were": vBePast, "wasn": vBePast, "weren": vBePast,
	"be": vBe, "being": vBe, "been": vBeen,
	"has": vHavePres, "have": vHavePres, "hasn": vHavePres, "haven": vHavePres,
	"had": vHavePast, "hadn": vHavePast,
	"do": vDoPres, "does": vDoPres, "don": vDoPres, "doesn": vDoPres,
	"did": vDoPast, "didn": vDoPast,
}

// clitics are the words after an apostrophe: "we'll", "they're", "won't".
var clitics = map[string]vclass{"ll": vWill, "re": vBePres, "m": vBePres, "ve": vHavePres, "d": vWould, "t": vAdv}

// isPronouns are the words whose "'s" is "is" rather than a possessive.
var isPronouns = setOf("it", "he", "she", "that", "there", "what", "who", "here", "where", "this", "let")

// groupAdverbs sit inside a verb group without changing its tense: "will
// now fly", "has already said", "is widely expected".
var groupAdverbs = setOf("not", "never", "also", "still", "now", "already", "just", "only", "reportedly",
	"widely", "then", "soon", "again", "probably", "possibly", "finally", "formally", "officially", "initially",
	"originally", "tentatively", "currently", "jointly", "publicly", "personally", "briefly", "first", "last",
	"even", "really", "actually", "certainly", "almost", "nearly", "eventually", "once", "previously", "later",
	"earlier", "all", "both", "generally", "broadly", "likely", "allegedly", "apparently", "subsequently",
	"immediately", "quickly", "instead", "otherwise", "usually", "typically", "always", "often", "yet", "largely",
	"mostly", "partly", "fully", "badly")

// habitualAdverbs make a simple present a rule of every year rather than a
// schedule: "normally ends in September", "is usually held in May".
var habitualAdverbs = setOf("normally", "usually", "typically", "traditionally", "generally", "always", "often",
	"customarily", "ordinarily")

// predicates are the adjectives that point ahead after "be": "is due to",
// "are likely to", "is poised to", "are getting ready for".
var predicates = setOf("due", "likely", "unlikely", "poised", "slated", "ready", "bound", "eager", "keen", "set", "willing")

// degreeWords grade a predicate after "be" without taking it out of the
// verb group: "was more likely", "is highly likely to", "are less likely".
var degreeWords = setOf("more", "less", "most", "least", "very", "highly", "increasingly", "quite", "far")

// fitWords say, before "for" and a dated event, that someone is or is not
// fit or ready to take part in it: "is doubtful for Wednesday's derby".
var fitWords = setOf("doubtful", "doubt", "fit", "unfit", "available", "unavailable", "ready", "eligible",
	"ineligible", "suspended", "cleared", "confident", "hopeful", "favourite", "favourites", "favorite",
	"favorites", "set", "primed", "fresh", "questionable")

// schedulePredicates name a plan when followed by "to" or "for": future,
// unless seen from the past ("was scheduled to meet").
var schedulePredicates = setOf("scheduled", "due", "set", "slated", "expected", "poised", "planned", "supposed",
	"meant", "going", "about", "likely", "unlikely", "ready", "planning", "preparing", "bound", "pencilled", "penciled",
	"willing")

// forecastParticiples name a plan as schedulePredicates do, but only
// before "to": "was forecast to drop to minus 8 on Tuesday" looks ahead
// of the forecast as "was expected to" does, where "had predicted a win
// on Sunday" dates the predicting.
var forecastParticiples = setOf("forecast", "forecasted", "predicted", "projected")

// forPlanPredicates name a plan only before "for", as courts in India,
// Kenya and Nigeria book a hearing: "was fixed for March 20", "is listed
// for Monday"; without it they are deeds ("the fault was fixed on
// Monday").
var forPlanPredicates = setOf("fixed", "listed")

// planParticiples, after a noun and before "for" and a date, book the
// date for it: "acts confirmed for 20 July", "seats reserved for May 5".
var planParticiples = setOf("booked", "confirmed", "reserved", "rescheduled", "fixed", "listed", "earmarked",
	"timetabled", "pencilled", "penciled", "arranged", "planned", "scheduled", "slated", "set", "billed")

// capacityWords tell that a place or a service has no room left, and
// capacityAdverbs the degree words between them ("were already fully
// booked for August"): what it is full for is booked ahead (capacityFor).
var (
	capacityWords   = setOf("full", "booked", "sold", "out", "up", "oversubscribed")
	capacityAdverbs = setOf("already", "fully", "completely", "almost", "nearly", "largely", "all", "totally")
)

// stateAdjectives are the schedulePredicates that are adjectives, not
// participles: after "be" alone they tell of a state on the day ("we were
// ready on Sunday"), and point ahead only before "to" or "for" ("were
// ready to fly on Sunday"). "likely" is not one: "a vote on Monday was
// likely" is a forecast.
var stateAdjectives = setOf("ready", "willing")

// infinitiveForward are the verbs whose "to"-infinitive lies ahead of them:
// "ordered schools to close", "declined to commit", "agreed to meet";
// so do the verbs of a warning or advice given to someone ("have been
// warned to expect crowded buses this weekend", "advised drivers to set
// off early"), and those of a court's bail or summons, which set a day
// to appear ("was bailed to appear at crown court on April 2").
var infinitiveForward = forms("agree", "decide", "vote", "promise", "pledge", "vow", "threaten", "decline",
	"refuse", "offer", "order", "ask", "urge", "call", "invite", "intend", "aim", "hope", "want", "prepare",
	"expect", "schedule", "move", "look", "wish", "plan", "tell", "seek", "set", "push", "press", "demand",
	"propose", "resolve", "opt", "elect", "choose", "arrange", "need", "encourage", "instruct", "direct",
	"authorize", "authorise", "allow", "permit", "require", "book", "clear", "enable", "license", "licence",
	"warn", "advise", "remind", "caution", "bail", "summon")

// reducedSchedules are the participles that set a day for their noun
// with "is" left out, in headlines: "final tally expected on Thursday",
// "medical pencilled in for Monday".
var reducedSchedules = setOf("expected", "scheduled", "slated", "planned", "pencilled", "penciled")

// chanceNouns, with "of" after, weigh what may yet happen: "the chance
// of rain on Tuesday", "the risk of a strike next week".
var chanceNouns = setOf("chance", "chances", "likelihood", "probability", "odds", "risk", "prospect", "prospects")

// pathNouns, with "the" before and "for" after, make room for what is to
// come: "clearing the way for", "set the stage for", "laid the groundwork
// for".
var pathNouns = setOf("way", "stage", "groundwork")

// pastModals tell a future seen from the past in reported speech: "said
// on Monday that talks would resume on Thursday".
var pastModals = setOf("would", "could", "might")

// onObjectVerbs take their object after "on" before the "to"-infinitive
// it is asked to do: "called on voters to stay at home".
var onObjectVerbs = forms("call")

// objectForward are the verbs whose object lies ahead of them: "hoped for a
// September release", "expects a decision in July", "targets a June launch",
// and the verbs of apprehension, which fear what may come: "feared for
// their preparation in the autumn", "dread a repeat in the spring".
var objectForward = forms("hope", "expect", "plan", "target", "eye", "await", "forecast", "predict",
	"anticipate", "schedule", "aim", "prepare", "brace", "project", "envisage", "envision", "set", "want", "need",
	"seek", "demand", "request", "urge", "propose", "warn", "invite", "fear", "dread")

// superlatives are the superlatives not spelt with "-est", and estNouns
// the words that end in "-est" and are none.
var (
	superlatives = setOf("best", "worst", "most", "least", "last")
	estNouns     = setOf("interest", "interests", "protest", "contest", "request", "harvest", "forest", "honest",
		"modest", "arrest", "unrest", "conquest", "inquest", "suggest", "digest", "invest", "manifest", "earnest")
)

// comparisonWords introduce what a figure is compared with: "up from",
// "higher than", "compared with", "against".
var comparisonWords = setOf("from", "than", "compared", "versus", "vs", "against", "over")

// motionVerbs bring people to a place for an event, or send them off for
// one: what they came or broke off "for" lies ahead of their coming
// ("arrived in Normandy on Thursday for ceremonies on Friday", "adjourned
// for the elections in November").
var motionVerbs = forms("arrive", "gather", "travel", "fly", "head", "come", "assemble", "converge", "flock",
	"return", "descend", "pour", "throng", "queue", "line", "adjourn", "recess")

// headForms are the forms of "head", whose "for" right after it names a
// destination ("headed for the border"), not a purpose.
var headForms = forms("head")

// expectVerbs forecast: what they expect, reported in the past tense
// ("said it expected a cut in the summer"), lies ahead of the report.
var expectVerbs = forms("expect", "forecast", "predict", "anticipate", "project", "foresee")

// speechEvents are the events a speech "after the …" follows: "said after
// the match that …".
var speechEvents = setOf("match", "game", "race", "fight", "final", "meeting", "vote", "talks", "hearing",
	"ceremony", "summit", "debate", "concert", "launch", "verdict", "ruling")

// chainParticiples after a comma chain an event to the one before it,
// which they share a modal with: "will be announced on Tuesday, followed
// by chemistry on Wednesday".
var chainParticiples = setOf("followed", "preceded")

// rescheduleVerbs give an event a new time after "to", which lies ahead:
// "moved the keynote to Wednesday", "postponed the vote to Friday",
// "pushed the launch back to March", "has slipped from this fall to
// early 2024".
var rescheduleVerbs = forms("move", "postpone", "delay", "push", "bring", "defer", "reschedule", "shift",
	"adjourn", "switch", "extend", "put", "slip", "slide")

// bringForms give an event a new time after "to" only with "forward"
// after them (rescheduledAt): "brought the vote forward to Monday".
var bringForms = setOf("bring", "brings", "brought", "bringing")

// monthOffsets are the words that name a month from the dct's in "the
// 12th of this month", "the 3rd of next month".
var monthOffsets = map[string]int{"this": 0, "next": 1, "last": -1}

// justGoneWords close "the weekend just gone", "the week just past",
// "the month just ended": the period that is over by the dct.
var justGoneWords = setOf("gone", "past", "passed", "ended", "finished")

// putOffVerbs move only events, never a rank or a figure: after their
// "to" an ordinal alone is the day put off to ("adjourned to the 14th").
var putOffVerbs = forms("adjourn", "postpone", "defer", "reschedule")

// reportingVerbs date a report, which precedes its publication: "said on
// Tuesday", "told reporters on Monday".
var reportingVerbs = setOf("said", "says", "say", "told", "tells", "added", "noted", "stated", "wrote",
	"explained", "insisted", "warned", "argued", "claimed", "confirmed", "declared", "acknowledged",
	"stressed", "announced", "reported", "disclosed", "revealed", "tweeted", "posted", "commented", "remarked")

// seasonSpanVerbs give a season's bounds after it: "winter runs from June
// to August", "summer lasts from December to February".
var seasonSpanVerbs = setOf("runs", "lasts", "stretches", "extends")

// weekdayLeads may stand between a report and the weekday that dates it:
// "told reporters late on Monday", "said at a briefing last Wednesday".
var weekdayLeads = setOf("late", "early", "last")

// presentReporting are the reporting verbs in the present, as a profile
// quotes the person it was written from ("she says", "he tells me").
var presentReporting = setOf("says", "say", "tells", "adds", "recalls", "explains", "insists", "admits", "laughs")

// meetingVerbs, after "I" or "we", tell the writer's meeting with the
// person a profile quotes: "When I meet her", "we spoke on Tuesday".
var meetingVerbs = setOf("meet", "met", "visit", "visited", "speak", "spoke", "interview", "interviewed",
	"join", "joined", "call", "called", "sit", "sat")

// speechParticiples open a phrase that dates a speech the way a reporting
// verb does: "The minister, speaking on a visit on Wednesday, urged both
// sides to "meet again tomorrow"".
var speechParticiples = setOf("speaking", "addressing")

// dayRemainders name what is left of a day: "for the rest of the day".
var dayRemainders = setOf("rest", "remainder")

// talkVerbs take "to" for the one spoken to, never an infinitive: in
// "the traders we spoke to expect a rough quarter" the verb after "to" is
// the clause's own.
var talkVerbs = setOf("speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking",
	"listen", "listens", "listened", "listening", "chat", "chats", "chatted", "chatting")

// clauseReportingVerbs report a clause and take no object that an
// infinitive could follow, as "told" and "warned" do ("told residents to
// leave"): after them "talks to resume" is the clause, its "are" left out.
var clauseReportingVerbs = setOf("said", "says", "say", "added", "confirmed", "announced", "insisted", "claimed", "stated")

// presentVerbs are finite present forms of the verbs news uses for a
// schedule: "the summit opens on Monday", "parliament votes on Thursday".
var presentVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range scheduleVerbs {
		m[thirdPerson(v)] = true
	}
	return m
}()

// baseVerbs are the same verbs' base forms, a present tense after a plural
// subject: "leaders meet on Thursday".
var baseVerbs = setOf(append(scheduleVerbs, findingVerbs...)...)

// findingVerbs say what figures or a study find, a plural subject's
// present in "if data on Thursday show the economy shrank": the verb that
// governs the dated subject, not the past of what they show.
var findingVerbs = []string{"show", "suggest", "indicate", "confirm"}

// findingVerbSet holds findingVerbs for lookup.
var findingVerbSet = setOf(findingVerbs...)

var scheduleVerbs = []string{"begin", "start", "open", "close", "end", "meet", "visit", "hold", "host", "arrive",
	"leave", "resume", "expire", "continue", "take", "face", "play", "vote", "travel", "return", "launch", "kick",
	"go", "come", "head", "celebrate", "mark", "release", "unveil", "hear", "decide", "rule", "deliver",
	"testify", "speak", "address", "reopen", "run", "finish", "conclude", "wrap", "fly", "sign", "attend", "join",
	"gather", "convene", "sit", "debate", "consider", "review", "publish", "announce", "premiere", "debut", "air",
	"land", "depart", "enter", "lapse", "step", "turn", "become", "reach", "tour", "compete", "race", "perform",
	"stage", "observe", "honour", "honor", "adjourn", "reconvene", "report", "stay", "remain", "shut", "attempt",
	"bring", "introduce", "sell", "appear"}

// shortPasts are regular pasts of four letters, which the guess from the
// "-ed" ending leaves out so as not to take "need", "shed" or "feed" for
// pasts: "died in March", "tied on Sunday", "police used tear gas on
// Saturday".
var shortPasts = setOf("died", "tied", "lied", "eyed", "used")

// irregularPast are past tenses and participles that do not end in -ed,
// and the verbs whose past is their base ("cut", "put", "hit").
var irregularPast = setOf("went", "came", "took", "made", "met", "gave", "began", "fell", "rose", "won", "lost",
	"left", "sent", "saw", "became", "got", "found", "held", "spoke", "wrote", "ran", "struck", "paid", "sold",
	"bought", "led", "brought", "put", "hit", "knew", "thought", "meant", "kept", "felt", "chose", "flew",
	"fled", "broke", "stood", "shot", "swept", "spent", "shrank", "grew", "sank", "slid", "drew", "threw",
	"withdrew", "sought", "fought", "caught", "taught", "built", "dealt", "hung", "sprang", "rang", "shook",
	"woke", "froze", "stole", "rode", "drove", "arose", "hid", "lit", "sped", "forgot", "forgave", "ate", "sat",
	"understood", "blew", "laid", "heard", "wore", "tore", "swore", "beat", "overtook", "cut", "set", "let",
	"cost", "hurt", "quit", "shut", "spread", "upheld", "withheld", "oversaw", "undertook", "underwent",
	"overcame", "foresaw", "mistook", "bore", "bound", "bled", "dug", "fed", "forbade", "lay", "lent", "slept",
	"spun", "split", "stuck", "stung", "strove", "swam", "swung", "wept", "wound", "taken", "seen", "given",
	"done", "gone", "known", "shown", "grown", "thrown", "drawn", "written", "spoken", "broken", "chosen",
	"driven", "ridden", "risen", "fallen", "eaten", "forgotten", "forgiven", "frozen", "stolen", "hidden",
	"beaten", "bitten", "blown", "flown", "sworn", "torn", "worn", "woken", "shaken", "begun", "sung", "sunk",
	"swum", "withdrawn", "overtaken", "undertaken", "arisen", "mistaken", "forbidden", "proven", "sold",
	"told", "felt", "won", "unveiled", "sent", "born", "borne")

// notPastEd are words ending in -ed that are not verbs; -eed words are
// not past tenses ("need", "proceed") except eedPast. "excited",
// "psyched" and "stoked" are the feeling before an event in posts ("so
// excited for friday"), which the "for" of a state reads as ahead.
var notPastEd = setOf("hundred", "united", "sacred", "naked", "wicked", "based", "limited", "related",
	"detailed", "interested", "concerned", "armed", "skilled", "tired", "aged", "beloved", "learned", "ragged",
	"rugged", "kindred", "hatred", "shred", "bred", "shed", "alleged", "so-called", "talented", "renewed",
	"unprecedented", "unexpected", "unlimited", "unrelated", "advanced", "experienced", "qualified", "retired",
	"married", "coloured", "colored", "excited", "psyched", "stoked")

// edSubjects, right before a word of notPastEd, make it the past tense of
// a verb, not an adjective: "who qualified", "she retired", "they
// married". "That" is left out, being as often a conjunction before an
// adjective ("said that qualified staff were leaving").
var edSubjects = setOf("who", "which", "he", "she", "they", "we", "i")

// eedPast are the past tenses among words ending in -eed.
var eedPast = setOf("agreed", "freed", "decreed", "guaranteed", "refereed", "disagreed")

// notIng are words ending in -ing that are never verbs.
var notIng = setOf("during", "morning", "evening", "thing", "things", "nothing", "something", "anything",
	"everything", "spring", "king", "ring", "string", "ceiling", "sibling", "sterling", "lightning", "bring",
	"sing", "sting", "swing", "cling", "fling", "wring", "offspring", "inkling", "viking", "darling")

// determiners make the next word a noun or adjective: "the proposed
// deal", "its talks", "a planned visit".
var determiners = setOf("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "another", "each",
	"every", "no", "any", "whose")

// toNonVerbs follow a "to" of direction, never an infinitive's: "sent a
// draft decision to other authorities", "spoke to both sides", "to date".
var toNonVerbs = setOf("other", "others", "both", "all", "many", "several", "most", "some", "these", "those",
	"this", "that", "date")

// objectShares count out part of what a verb acts on: "postponed two of
// Sunday's matches", "cancelled all Sunday sailings".
var objectShares = setOf("all", "both", "of", "some", "several", "most", "many")

// complementVerbs take an object and a participle that says what it
// should be: "wanted it done", "needs them finished"; the participle is no
// verb of its own.
var complementVerbs = forms("want", "need", "like", "prefer")

// objectPronouns follow the preposition "to", never the infinitive's "to".
var objectPronouns = setOf("him", "her", "them", "us", "me", "it", "you", "this", "that", "these", "those")

// objectOnlyPronouns are never a subject, so never a verb after an
// auxiliary either: "would rather have him fit", "we have them on loan"
// (where "will it rain" inverts a subject).
var objectOnlyPronouns = setOf("him", "them", "us", "me")

// prepositions end the object between a verb and its infinitive.
var prepositions = setOf("under", "in", "on", "at", "for", "from", "with", "by", "of", "about", "over", "after",
	"before", "into", "through", "against", "during", "since", "until", "between", "among", "within", "across")

// clausePrepositions can open a clause as well as a noun phrase ("after
// they clinched the title"), so the words after them may be a subject.
var clausePrepositions = setOf("after", "before", "since", "until")

// pluralPronouns can be the subject of a base-form present verb.
var pluralPronouns = setOf("they", "we", "i", "you")

// singularPronouns are the subjects whose present tense takes -s.
var singularPronouns = setOf("he", "she", "it")

// basePast are verbs whose past is spelled as their base ("forecast",
// "broadcast") and which irregularPast leaves out, as their base is more
// often a noun or a present: after a singular pronoun the base is the
// past, as the present would be "forecasts".
var basePast = setOf("forecast", "broadcast", "upset", "bid", "cast")

// pluralNouns are nouns that take a plural verb without ending in -s:
// "Police expect more protests", "people head to the polls".
var pluralNouns = setOf("police", "people", "children", "men", "women", "staff", "personnel", "cattle", "data")

// clausePunct are the marks that end a clause for verb-group search.
var clausePunct = setOf(";", ":", "\"", "“", "”", "(", ")", "[", "]", "«", "»")

// voteWords name a vote, whose day an election article dates once and
// then calls "the vote" ("the day after the vote"). "Poll" and "polls"
// are left out: an opinion poll is published, not held.
var voteWords = setOf("vote", "votes", "voted", "voting", "election", "elections", "ballot", "referendum", "runoff",
	"run-off")

// voteBodyNouns, after a vote word, make it name a body or its people,
// not a vote: "the Election Commission said on Monday".
var voteBodyNouns = setOf("commission", "commissions", "commissioner", "commissioners", "committee", "board", "boards",
	"office", "officials", "official", "authority", "authorities", "observers", "monitors", "agency", "body", "tribunal",
	"court", "council", "workers", "staff")

// earlyVoteWords, before a vote word, make it a vote cast ahead of the
// day: "advance voting takes place on April 19".
var earlyVoteWords = setOf("advance", "early", "postal", "absentee", "overseas")

// voteAnaphorHeads map the word before "the" and a vote word to the noun
// before it that makes the phrase a day counted from the vote: "the day
// after the vote", "the day before the election", "the eve of the
// referendum".
var voteAnaphorHeads = map[string]string{"after": "day", "before": "day", "of": "eve"}

// keepVerbs and keptFreeWords hold a day back for what may come: "have
// kept Monday free", "is keeping Friday clear".
var (
	keepVerbs     = setOf("keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving")
	keptFreeWords = setOf("free", "clear", "open")
)

// campaignWords are a campaign before "for" and its dated vote:
// "campaigning for Saturday's election".
var campaignWords = setOf("campaign", "campaigns", "campaigning", "canvassing")

// voteRelations, between a day and a vote word, count the day from the
// vote ("three days after the vote"): it is not the vote's day. The sign
// says which way: 1 for a day after the vote, -1 for one before it.
var voteRelations = map[string]int{"after": 1, "since": 1, "following": 1, "before": -1, "ahead": -1}

// voteCountUnits are the units, in days, of a count between a day and a
// vote ("three days after", "a week before").
var voteCountUnits = map[string]int{"day": 1, "week": 7}

// genericLeads make the noun after them any such thing, no dated one:
// "on an election day", "every polling day".
var genericLeads = setOf("an", "a", "every", "each", "any")

// voteDayWords open a name for the day of a vote the article has dated:
// "election night", "polling day", "voting day".
var voteDayWords = setOf("election", "polling", "voting")

// captionLeads open a photo caption before a colon: "Photo: Fans queue
// outside the ground on Friday."
var captionLeads = setOf("photo", "photos", "photograph", "photographs", "image", "picture", "pictures", "pictured", "caption")

// quoteMarks open or close a quotation.
var quoteMarks = setOf("\"", "“", "”")

// clauseStarters are the words that start a clause, so that a verb
// before them belongs to another clause.
var clauseStarters = setOf("but", "yet", "nor", "that", "which", "who", "whom", "whose", "where",
	"when", "while", "whereas", "although", "though", "because", "if", "unless", "whether")

// participleSubordinators open a participle clause that shares the time of
// the clause it hangs on: "went off injured while playing on Tuesday".
var participleSubordinators = setOf("while", "whilst", "when")

// degreeLeads stand before a "to"-infinitive of degree, which tells how
// much rather than what is to come: "not enough to make up for a weak
// Thanksgiving weekend", "too late to save the harvest in August".
var degreeLeads = setOf("enough", "too")

// coordinators before a date start a clause whose verb follows: "…, and
// on Thursday leaders will meet".
var coordinators = setOf("and", "but", "or", "yet", "so")

// thatAdverbs join "that" into a conjunction or stand before it as a
// degree, so that the clause after is no noun's: "so that", "now that",
// "such that", "not that".
var thatAdverbs = setOf("so", "now", "such", "not", "given", "except", "provided", "only")

// listHeadings open the line over a list of fixtures or results and say
// whether the days that head its entries are to come or gone: "Fixtures
// (all times GMT)", "Upcoming", "Results".
var listHeadings = map[string]tense{"fixtures": tenseFuture, "fixture": tenseFuture, "upcoming": tenseFuture,
	"schedule": tenseFuture, "results": tensePast}

// upNextHeadings head the lines that close a game report with each
// side's next game: "UP NEXT", "Next up", "Coming up".
var upNextHeadings = setOf("up next", "next up", "coming up", "next game", "next games", "what's next")

// asideComments close a comment aside after "as" (", as expected,"):
// what was foreseen or is usual, no deed of the clause.
var asideComments = setOf("expected", "forecast", "predicted", "planned", "scheduled", "promised", "feared", "hoped",
	"usual", "always", "before", "anticipated", "agreed")

// forecastAdjectives, right after a past "be" that follows its dated
// subject in reported speech, forecast it: "said a cut in June was
// possible".
var forecastAdjectives = setOf("possible", "probable", "conceivable")

// forecastPredicates, after a past "be" in reported speech, forecast
// what is to come: "said showers were likely over the weekend".
var forecastPredicates = setOf("likely", "unlikely", "expected")

// winterIntoWords join a winter's year to the next one it runs into
// ("the winter of 2018 to 2019", "the winter of 1962 into 1963").
var winterIntoWords = setOf("to", "into")

// hemisphereWords name the half of the globe a recurring season is told
// of: "each southern spring", "every northern winter".
var hemisphereWords = setOf("southern", "northern", "austral", "boreal")

// fiscalStartVerbs say when a fiscal year begins, so that it ends the
// month before: "the fiscal year began on Oct. 1", "starts in July".
var fiscalStartVerbs = setOf("began", "begins", "begin", "beginning", "started", "starts", "start", "starting")

// cueWords give the tense of a clause with no verb group.
var cueWords = map[string]tense{"next": tenseFuture, "coming": tenseFuture, "upcoming": tenseFuture,
	"tomorrow": tenseFuture, "tonight": tenseFuture, "ago": tensePast, "yesterday": tensePast,
	"last": tensePast, "earlier": tensePast, "previous": tensePast}

// calledOffWords say a plan was dropped: "was due to lift off on Thursday,
// but engineers postponed it".
var calledOffWords = setOf("postponed", "delayed", "cancelled", "canceled", "scrapped", "scrubbed", "aborted",
	"suspended", "halted", "abandoned", "shelved", "rescheduled", "extended")

// midwayStops are the calledOffWords that can stop or stretch an event
// under way, not only put off one still to come (calledOffPerfectAfter).
var midwayStops = setOf("extended", "suspended", "halted", "abandoned")

// calledOffVerbs, with one of calledOffParticles after them, say so too:
// "was due to start in May but was held back", "pushed back", "put off",
// "called off".
var (
	calledOffVerbs     = setOf("held", "pushed", "put", "called")
	calledOffParticles = setOf("back", "off")
)

// dateHintSkips are the words dateHint looks past to find the word that
// governs a date.
var dateHintSkips = setOf("on", "in", "the", "early", "late", "mid", "middle", "end", "of", "beginning", "start",
	"week", "weekend") // "moved to the week of September 25"

// startWords open a phrase that dates when something begins: "starting
// Monday", "beginning in June", "commencing 1 July".
var startWords = setOf("starting", "beginning", "commencing")

// weekBoundWords name the day a week begins or ends on, after "the week"
// ("the week commencing 7 October", "the week ending March 31").
var weekBoundWords = setOf("beginning", "starting", "commencing", "ending")

// governingWords point a date they govern ahead or back: "by Friday",
// "until March", "effective Jan. 1"; "since March", "the quarter ended
// Sept. 30".
var governingWords = map[string]tense{"by": tenseFuture, "until": tenseFuture, "till": tenseFuture,
	"effective": tenseFuture, "payable": tenseFuture, "starting": tenseFuture, "record": tenseFuture, "ended": tensePast, "since": tensePast,
	"ahead": tenseFuture, "recently": tensePast} // "ahead of Sunday's vote", "most recently in May"

// refusalVerbs and speechInfinitives: "declined to comment on Monday",
// "refused to say": a refusal to speak is dated, not an act ahead.
var (
	refusalVerbs      = forms("decline", "refuse")
	speechInfinitives = setOf("say", "comment", "confirm", "disclose", "elaborate", "specify", "discuss",
		"speculate", "identify", "name", "reveal", "answer", "release", "provide", "give")
)

// stillToComeWords before "to come" make it the idiom of what lies ahead of
// the speaker: "more to come", "worse to come", "the best is yet to come".
var stillToComeWords = setOf("more", "worse", "yet", "still", "plenty", "further")

// deadlineWords are the governingWords that set a deadline.
var deadlineWords = setOf("by", "until", "till")

// midnightEnds before "midnight" make it the end of the evening told of,
// not the start of the next day: "shortly before midnight", "until
// midnight", "by midnight".
var midnightEnds = setOf("before", "by", "until", "till", "to")

// ordinalDayLeads are the prepositions before a day of the month written
// as an ordinal alone: "on the 26th", "by the 3rd", "from the 1st".
var ordinalDayLeads = setOf("on", "by", "until", "till", "from", "since", "before")

// durationVerbs are past verbs of a state that runs on, whose "until" is
// the end it reached: "lasted until Monday", "remained closed until".
var durationVerbs = setOf("lasted", "remained", "stayed", "continued", "persisted", "raged", "ran", "went",
	"held", "waited", "lingered", "dragged", "took", "kept")

// holdingVerbs, with an object and a particle, hold someone in a state
// until its end: "kept her out until the autumn" (lastedUntil).
var holdingVerbs = setOf("kept", "held", "left")

// lastingParticles stand between a durationVerbs verb and its "until":
// "dragged on until March", "went on until late".
var lastingParticles = setOf("on")

// runUpWords lead the time before an event: "in the run-up to Sunday's
// vote", "the lead-up to the summit".
var runUpWords = setOf("run", "lead", "build")

// nounGoverners are governingWords that are nouns too: they govern a date
// right after them ("holders of record Dec. 15") or after "of" ("of record
// on Dec. 15"), not one a preposition away or after an article ("rose to a
// record in the first quarter").
var nounGoverners = setOf("record")

// setFor are the predicates after which "for" names a scheduled date;
// priorWords before them say the schedule has been overtaken
// ("originally planned for October").
var (
	setFor     = setOf("set", "scheduled", "slated", "planned", "due", "expected")
	priorWords = setOf("originally", "initially", "first", "previously", "once", "earlier")
)

// toGovernors point a date after "to": "postponed to March" ahead, "back
// to the April 2 level" back.
var toGovernors = map[string]tense{"extended": tenseFuture, "postponed": tenseFuture, "delayed": tenseFuture,
	"moved": tenseFuture, "pushed": tenseFuture, "deferred": tenseFuture, "rescheduled": tenseFuture,
	"adjourned": tenseFuture, "slipped": tenseFuture, "slips": tenseFuture, "slid": tenseFuture,
	"back": tensePast, "return": tensePast, "returned": tensePast,
	"returning": tensePast, "revert": tensePast, "reverted": tensePast, "restore": tensePast,
	"restored": tensePast}

// movedFrom point a date after "from" back: "postponed from October".
var movedFrom = setOf("postponed", "delayed", "moved", "pushed", "rescheduled", "brought", "put", "set")

// figureVerbs report figures, whose "for" and a month name the period
// they cover: "will be reported for October", "posted a loss for June".
var figureVerbs = forms("report", "post", "publish")

// statisticNouns before "for" and a month name the figures of that month,
// which come out after it: "inflation figures for December".
var statisticNouns = setOf("figures", "data", "statistics", "numbers", "readings", "surveys", "survey", "estimates")

// seriesNouns name the measures a statistics office publishes month by
// month, and publishVerbs the verbs that put them out
// (publishedSeriesBefore): "will publish retail sales for April".
var (
	seriesNouns  = setOf("sales", "output", "production", "inflation", "prices", "orders", "starts", "spending", "exports", "imports", "unemployment", "payrolls", "approvals")
	publishVerbs = forms("publish", "release", "issue")
)

// reportNouns name a company's report on a closed period: "results for
// the three months to July", "earnings for the year to March".
var reportNouns = setOf("results", "earnings", "accounts", "sales", "revenue", "profits")

// reportPeriods are the period nouns a report's "to" and a month close:
// "the three months to July", "the year to March", "the 12 months to".
var reportPeriods = setOf("months", "month", "year", "weeks", "quarter", "half")

// countWords after "a" make the plural after them a subject: "a few
// leaders meet", "a dozen firms report".
var countWords = setOf("few", "dozen", "hundred", "thousand", "million", "score", "couple", "handful", "lot", "number")

// spanJoiners join a bare month to the month that closes its span or
// pair: "between March and June 2020", "from May to July 2019".
var spanJoiners = setOf("and", "or", "to", "until", "till", "through", "into")

// intentNouns name a plan whose "to"-infinitive lies ahead of it:
// "announced plans to close", "a decision to shut", "a bid to reopen".
var intentNouns = setOf("plan", "plans", "decision", "bid", "proposal", "proposals", "intention", "pledge",
	"promise", "attempt", "offer")

// warningNouns name a notice of weather or danger to come, whose "for",
// "from" or "until" date lies ahead of its issuing: "issued a flood
// warning for Saturday night", "a red flag warning from 11 a.m. Saturday".
var warningNouns = setOf("warning", "warnings", "alert", "alerts", "watch", "advisory", "advisories")

// warningLinks join a warning noun to the time it covers (warningNouns).
var warningLinks = setOf("for", "from", "until", "till", "through")

// slotVerbs book something for a day named after "for" when their object
// stands between: "set sentencing for July 8", "called a snap election
// for June 8". The day lies ahead of the booking.
var slotVerbs = setOf("set", "sets", "scheduled", "schedules", "fixed", "fixes", "booked", "books", "called", "calls")

// dateSetVerbs pick the date right after them for what is to come, when
// "as" and what it is follow: "has fixed Friday as the record date".
var dateSetVerbs = setOf("set", "fixed", "fixes", "sets", "named", "names", "chose", "chosen", "picked", "designated",
	"proposed", "announced", "confirmed", "earmarked", "pencilled", "penciled")

// outOfVerbs take a candidate or a team out of an event before "out of"
// ("pulled out of Sunday's runoff", "bowed out of"), and withdrawVerbs
// before "from" ("withdrew from Sunday's final"): the event is near the
// withdrawal, not long gone. "Pushed back from Tuesday" is a move, no
// withdrawal.
var (
	outOfVerbs = setOf("pull", "pulls", "pulled", "pulling", "drop", "drops", "dropped", "dropping", "bow", "bows",
		"bowed", "bowing", "back", "backs", "backed", "backing")
	withdrawVerbs = setOf("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing")
)

// dayRoleNouns end the role a day is picked for after "as" with no
// article: "set April 26 as polling day", "fixed May 3 as deadline".
var dayRoleNouns = setOf("day", "date", "deadline")

// designateVerbs make the day right after them what the noun phrase after
// it says: "declared Tuesday a day of national mourning", "made Friday a
// holiday".
var designateVerbs = setOf("declared", "declares", "declare", "proclaimed", "proclaims", "made", "makes")

// priceNouns after "closing" and before a date name a price that day
// fixed: "the closing price on Friday".
var priceNouns = setOf("price", "prices", "level", "levels")

// sessionEdgeWords before "the close" make it the end of a trading
// session, an hour a report is timed by, not a price: "due after the
// close on Wednesday", "reports before the close on Friday".
var sessionEdgeWords = setOf("after", "before")

// comparedFrom before "from" make what follows a comparison's base, a
// figure already known: "up from its April forecast", "down from 2.4% in
// March".
var comparedFrom = setOf("up", "down")

// startUpVerbs take "up" as a particle that starts something or speeds it
// ("demand should pick up from October", "will ramp up from May"): the
// "from" after them gives when it starts, no comparison's base.
var startUpVerbs = forms("pick", "speed", "ramp", "step", "gear", "start", "heat", "warm", "scale", "build")

// figureUnits, with amountWords, may stand between a figure and the date
// that dates it: "down from 2.4 per cent in March".
var figureUnits = setOf("per", "cent", "pc")

// approximators hedge a figure: "up about 12 percent", "down nearly 3%".
var approximators = setOf("about", "around", "roughly", "nearly", "almost", "some", "by", "just", "over", "more", "than")

// levelWords after a date make it a reference point already past: "the
// April 2 level", "the March 2020 low".
var levelWords = setOf("level", "levels", "low", "lows", "high", "highs", "peak", "close", "baseline")

// closingMeasures after "closing" make it a market's level: "Friday's
// closing price"; "closing" before other nouns ends an event ("Sunday's
// closing set").
var closingMeasures = setOf("level", "levels", "price", "prices", "high", "low", "rate", "figure", "value", "bell")

// lexFlag marks what a word is to verb-group analysis.
type lexFlag uint16

const (
	lPredicate  lexFlag = 1 << iota // due, likely, poised
	lPast                           // an irregular past or a reporting verb
	lPresent                        // a schedule verb's -s form
	lBase                           // a schedule verb's base form
	lNotVerb                        // an -ed or -ing word that is no verb
	lEedPast                        // a past tense ending in -eed
	lForward                        // a form of a forward-pointing verb
	lDeterminer                     // the, its, another
)

// lexEntry is a word's verb-group class (for auxiliaries and adverbs)
// and flags.
type lexEntry struct {
	class vclass
	flags lexFlag
}

func (e lexEntry) has(f lexFlag) bool { return e.flags&f != 0 }

// verbLex merges the verb-group word lists, so that classifying a word
// costs one lookup.
var verbLex = func() map[string]lexEntry {
	m := map[string]lexEntry{}
	add := func(words map[string]bool, f lexFlag) {
		for w := range words {
			e := m[w]
			e.flags |= f
			m[w] = e
		}
	}
	add(predicates, lPredicate)
	add(irregularPast, lPast)
	add(shortPasts, lPast)
	for w := range reportingVerbs {
		// "officials say", "she tells": the present reports are no past.
		switch {
		case w == "say":
			add(setOf(w), lBase)
		case presentReporting[w]:
			add(setOf(w), lPresent)
		default:
			add(setOf(w), lPast)
		}
	}
	add(presentVerbs, lPresent)
	add(baseVerbs, lBase)
	add(notPastEd, lNotVerb)
	add(notIng, lNotVerb)
	add(eedPast, lEedPast)
	add(infinitiveForward, lForward)
	add(objectForward, lForward)
	add(determiners, lDeterminer)
	for w := range groupAdverbs {
		e := m[w]
		e.class = vAdv
		m[w] = e
	}
	for w, c := range auxWords {
		e := m[w]
		e.class = c
		m[w] = e
	}
	return m
}()

// forms returns the set of a regular verb's forms: base, -s, -ed, -ing,
// with the spelling changes of "plan", "hope" and "try", and the
// irregular forms of the stems that have them.
func forms(stems ...string) map[string]bool {
	m := map[string]bool{}
	for _, v := range stems {
		m[v], m[thirdPerson(v)] = true, true
		switch {
		case hasSuffix(v, "e"):
			m[v+"d"], m[v[:len(v)-1]+"ing"] = true, true
		case hasSuffix(v, "y") && !isVowel(v[len(v)-2]):
			m[v[:len(v)-1]+"ied"], m[v+"ing"] = true, true
		case doubles(v):
			d := v + v[len(v)-1:]
			m[d+"ed"], m[d+"ing"] = true, true
		default:
			m[v+"ed"], m[v+"ing"] = true, true
		}
		for _, irr := range irregularForms[v] {
			m[irr] = true
		}
	}
	return m
}

// irregularForms are the past forms of the stems forms is given that do
// not follow the rules.
var irregularForms = map[string][]string{"tell": {"told"}, "seek": {"sought"}, "choose": {"chose", "chosen"},
	"forecast": {"forecast"}, "set": {"set"}, "slide": {"slid"}}

// thirdPerson returns the -s form of a verb: "meets", "reaches", "flies".
func thirdPerson(v string) string {
	switch {
	case hasSuffix(v, "s") || hasSuffix(v, "x") || hasSuffix(v, "z") || hasSuffix(v, "ch") || hasSuffix(v, "sh") ||
		hasSuffix(v, "o"):
		return v + "es"
	case hasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// doubles reports whether a verb doubles its last consonant before -ed:
// "plan", "vet" (a short stem ending consonant-vowel-consonant).
func doubles(v string) bool {
	n := len(v)
	return n <= 4 && n >= 3 && !isVowel(v[n-1]) && isVowel(v[n-2]) && !isVowel(v[n-3]) && v[n-1] != 'w' &&
		v[n-1] != 'y' && v[n-1] != 'x'
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// triggers are the words an expression can start with. Tag tries its rules
// only at numbers and these words, which keeps it fast on ordinary prose.
var triggers = func() map[string]bool {
	m := setOf("the", "a", "an", "last", "next", "this", "past", "coming", "previous", "following", "preceding",
		"prior", "upcoming", "current", "present", "midweek",
		"every", "each", "per", "yesterday", "today", "tomorrow", "nxt", "earlier",
		"later", "recent", "these", "fiscal", "financial", "very", "year", "that", "several", "few", "many", "numerous", "some",
		"once", "twice", "nineteen", "eighteen", "latest", "most", "two", "future",
		"near", "foreseeable", "distant", "immediate", "same", "couple", "year-earlier", "overnight", "short", "long",
		"full", "entire", "whole", "comparable", "corresponding", "time", "trading", "best", "worst", "biggest",
		"q", "h", // "Q4", "H1": typed quarters and halves
		"fy",                            // "FY27": a fiscal year code
		"election", "polling", "voting", // "election night" (voteDayWords)
		"eve") // "the eve of the vote", after the lead-in "the"
	for _, words := range []map[string]int{monthWords, weekdayWords, cardinals, ordinalWords, deicticDays, weekdayAbbrevs,
		decadeWords, clockWords} {
		for w := range words {
			m[w] = true
		}
	}
	for w := range tonightWords {
		m[w] = true
	}
	for w := range holidayStarts {
		m[w] = true
	}

	for w := range unitWords {
		m[w] = true
	}
	for w := range moreWords {
		if w != "more" && w != "further" {
			m[w] = true // "an additional year"; "more" is too common to stop at
		}
	}
	for _, words := range []map[string]string{seasonWords, dayParts, setAdverbs, refWords, positionWords, positionNouns} {
		for w := range words {
			m[w] = true
		}
	}
	return m
}()

// leadIns are trigger words that start an expression only when a trigger
// word, number or mark follows: "the" in "the third quarter", not in "the
// president".
var leadIns = setOf("the", "a", "an", "that", "this", "these", "some", "many", "few", "several", "numerous",
	"most", "new", "end", "beginning", "start", "close", "middle", "each", "every", "per", "early", "late", "mid",
	"past", "coming", "previous", "following", "preceding", "prior", "upcoming", "current", "present", "latest", "fiscal",
	"financial", "very", "near", "foreseeable", "distant", "immediate", "same", "couple", "earlier", "later", "recent", "short", "long",
	"full", "entire", "whole", "comparable", "corresponding", "time")

// Word roles for the quick test in matchAt, merged from triggers and
// leadIns so that each word costs one map lookup.
const (
	roleTrigger uint8 = 1 << iota
	roleLeadIn
)

var wordRoles = func() map[string]uint8 {
	m := make(map[string]uint8, len(triggers))
	for w := range triggers {
		m[w] |= roleTrigger
	}
	for w := range leadIns {
		m[w] |= roleLeadIn
	}
	return m
}()

// moreWords may stand between a count and its unit: "two more weeks", "an
// additional year", "three extra days".
var moreWords = setOf("more", "additional", "extra", "further")

// futureNounFollowers may follow "future" as a noun ("his future is
// uncertain", "the boy's future away from Cuba"); any other word after
// it makes "future" an adjective ("future earnings").
var futureNounFollowers = setOf("is", "was", "looks", "look", "lies", "lie", "remains", "remain", "will", "would",
	"may", "might", "could", "can", "depends", "depend", "hangs", "rests", "seems", "and", "or", "but", "away", "in",
	"at", "with", "as", "on", "here", "there", "now", "dont", "don't", "doesn't")

// temperatureWords near a two-digit decade make it degrees, not years:
// "highs in the 50s", "temperatures in the 20s", "a warmup to the 50s".
var temperatureWords = setOf("high", "highs", "low", "lows", "temperature", "temperatures", "temps", "degrees",
	"warmup", "warm-up", "thermometer", "thermometers", "mercury", "readings")

// degreeUnits after a two-digit decade make it degrees: "the 40s
// Fahrenheit".
var degreeUnits = setOf("degrees", "fahrenheit", "celsius")

// levelPrepositions put a temperature at a level: "highs in the 50s",
// "fell into the 30s", "a warmup to the 50s".
var levelPrepositions = setOf("in", "into", "to", "from", "near", "around", "above", "below", "toward", "towards")

// possessives before a decade make it an age: "in his 30s", "in their
// forties".
var possessives = setOf("his", "her", "their", "my", "your", "our", "its")

// vehicleMakes are the makers whose name after a year makes the year the
// vehicle's model year ("a 1987 Chevrolet Cavalier"); see modelYear.
var vehicleMakes = setOf("chevrolet", "chevy", "ford", "toyota", "honda", "nissan", "dodge", "bmw", "mercedes",
	"volkswagen", "vw", "buick", "cadillac", "pontiac", "chrysler", "jeep", "hyundai", "kia", "subaru", "mazda",
	"volvo", "audi", "porsche", "tesla", "lexus", "oldsmobile", "plymouth", "mitsubishi", "gmc", "ferrari",
	"jaguar", "peugeot", "renault", "fiat", "vauxhall", "opel", "citroen", "skoda", "saab", "datsun")

// modelYearLeads are the articles before a model year: "a 1964 Ford
// Mustang", "the 2015 Toyota Camry".
var modelYearLeads = setOf("a", "an", "the")

// makerCompanyWords after a maker's name make it the company, not a
// vehicle: "the 2016 Ford Motor results".
var makerCompanyWords = setOf("motor", "motors", "company", "co", "corp", "corporation", "group", "foundation")

// vehicleNouns after a maker's name say a vehicle: "a 2010 Ford pickup".
var vehicleNouns = setOf("car", "cars", "truck", "pickup", "sedan", "saloon", "van", "minivan", "suv", "coupe",
	"convertible", "wagon", "hatchback", "motorcycle", "bus", "jeep", "estate")

// countLeads start a counted span with or without "the": "past 20 years",
// "the next three months"; theCountLeads only after "the": "the first nine
// months".
var (
	countLeads    = setOf("past", "last", "next", "coming")
	theCountLeads = setOf("first", "previous", "final", "latest", "following", "preceding")
)

// seasonNorms before "for a" and a season make it a yardstick, any such
// season: "the average for a spring", "mild for a winter", "dry even for
// a summer".
var seasonNorms = setOf("average", "normal", "typical", "usual", "unusual", "mild", "warm", "cold", "wet", "dry", "hot")

// deadlineLinks after "the last day" make it a deadline, not yesterday:
// "the last day for bills to pass", "the last day to register".
var deadlineLinks = setOf("for", "to")

// anaphorOffsets move the date mentioned last: "the next day" +1, "the
// previous week" -1, "the same day" 0.
var anaphorOffsets = map[string]int{"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}

// samePeriodWords make "the comparable quarter" a year back without "a year
// ago"; samePeriodNouns are the periods "the same …" can name.
var (
	samePeriodWords = setOf("comparable", "corresponding", "year-ago", "year-earlier")
	samePeriodNouns = setOf("period", "quarter", "month", "time", "week")
)

// wholeWords make "the year" a reporting year: "the full year", "the
// entire year".
var wholeWords = setOf("full", "entire", "whole")

// financialYearNouns after a split year make it a financial year, April
// to March: "the 2024/25 accounts", "the 2025-26 budget".
var financialYearNouns = setOf("accounts", "budget", "budgets")

// monthPeriodNouns name the period a month or a run of months closes,
// whose year may follow: "the October-December quarter of 2025".
var monthPeriodNouns = setOf("quarter", "period")

// calendarWords before "year" in "the end of the calendar year" say the
// year is the calendar's, which the mod rule reads as "the year".
var calendarWords = setOf("calendar")

// futureAdjectives with "future" or "term" refer to the future: "the near
// future", "the long term".
var futureAdjectives = setOf("near", "short", "long", "foreseeable", "distant", "immediate")

// twoSpellings are the words posts write after a "2" that stands for
// "to": "2moro", "2nite", with their offset in days from the publication
// date, or tonight. "2day" is left out: it is as often a two-day span.
var twoSpellings = map[string]int{"moro": 1, "morow": 1, "morrow": 1, "mrw": 1, "mro": 1,
	"nite": tonight, "nyt": tonight, "night": tonight}

// tonight in twoSpellings marks the night of the publication date.
const tonight = 99

// weekendSpellings are "weekend" as news and posts write it.
var weekendSpellings = setOf("weekend", "wknd", "wkend")

// weekendAdjectives make a bare "weekend" a particular one: "long
// weekend", "great weekend", "worked all weekend", "no polls over the
// final weekend" (of the campaign the story is on).
var weekendAdjectives = setOf("all", "long", "holiday", "bank", "great", "good", "busy", "lovely", "nice", "whole",
	"entire", "best", "quiet", "rainy", "sunny", "fun", "relaxing", "festive", "wet", "dry", "stormy", "cold", "hot",
	"warm", "violent", "deadly", "bloody", "chaotic", "tense", "turbulent", "lazy", "crazy", "amazing", "perfect", "final",
	"closing", "big", "bumper", "hectic", "packed")

// weekendPreparing, before "for a busy weekend", get ready for the
// weekend ahead: "Fans are preparing for a big weekend of football".
var weekendPreparing = setOf("preparing", "prepare", "prepared", "bracing", "brace", "braced", "ready", "gearing", "set")

// weekendForecasts before "a wet weekend", "a busy weekend" tell of the
// weekend ahead: "Forecasters expect a wet weekend".
var weekendForecasts = setOf("expect", "expects", "expected", "expecting", "forecast", "forecasts", "predict",
	"predicts", "predicted", "promises", "promised")

// weekendOwners before a bare "weekend" make it someone's, the one just had
// or about to be: "Enjoy your weekend", "How was your weekend?".
var weekendOwners = setOf("my", "your", "our", "his", "her", "their")

// exclaimWords open an exclamation about one weekend in particular: "What
// a weekend!", "Such a lazy weekend".
var exclaimWords = setOf("what", "such")

// weekendPrepositions before a bare "weekend" date it: "plans for weekend",
// "over weekend".
var weekendPrepositions = setOf("over", "during", "for", "on", "until", "till", "by", "at")

// lowerMonthNames are the full month names that are months even in lower
// case with nothing beside them ("hurry up november"): no other English
// word is spelt so. "may", "march" and "august" are left out, being a
// verb, a verb and an adjective too.
var lowerMonthNames = setOf("january", "february", "april", "june", "july", "september", "october",
	"november", "december")

// monthPrepositions before a lower-case or undotted month name make it a
// month: "in november", "until Sept".
var monthPrepositions = setOf("in", "until", "till", "since", "by", "through", "from", "during", "before",
	"after", "of", "for", "early", "late", "mid", "next", "last", "this")

// imperativeVerbs, opening a sentence with no subject, invite to a plan:
// "Join us Friday", "Tune in Saturday", "Vote on Sunday!", "Have a great
// weekend!". Only verbs that posts and notices use this way, as a
// sentence-initial noun ("Vote counting began") must not read as one; a
// finite verb later in the clause rules the reading out.
var imperativeVerbs = setOf("join", "come", "tune", "watch", "catch", "vote", "visit", "see", "grab", "book",
	"save", "register", "remember", "celebrate", "enjoy", "have", "bring", "meet", "attend", "check", "follow",
	"support", "mark", "call", "email", "sign", "reserve", "hurry", "stop", "swing", "head", "ask")

// plannedMoves open a post whose writer, left out as the subject, tells a
// plan in the present when moveObjects follows: "Start my new job on
// Monday", "Fly home Sunday", "Leave for Rome on Friday". A noun reading
// ("Start of the season") has no such word after it.
var (
	plannedMoves = setOf("start", "begin", "leave", "fly", "move", "head")
	moveObjects  = setOf("my", "our", "home", "back", "for", "to", "out", "off")
)

// outcomeTimeWords before a date that modifies an outcome noun make the
// outcome the time of the verb's act, not its object: "will be released
// with Thursday's decision", "will resign before Friday's vote", where
// "would appeal Monday's verdict" acts on what has happened.
var outcomeTimeWords = setOf("with", "alongside", "after", "before", "at", "until", "ahead")

// outcomeNouns name what an event left behind rather than an event still
// to come: "would appeal Monday's verdict", "will challenge Tuesday's
// ruling", "bank rally offsets Tuesday's slide". A date that modifies one
// names something that has happened, whatever the tense of the verb that
// takes it as object.
var outcomeNouns = setOf("ruling", "rulings", "verdict", "verdicts", "decision", "decisions", "judgment",
	"judgement", "attack", "attacks", "bombing", "bombings", "shooting", "killing", "killings", "crash",
	"quake", "earthquake", "explosion", "blast", "raid", "arrest", "arrests", "remarks", "comments",
	"statement", "announcement", "outburst", "defeat", "loss", "win", "victory", "sell-off", "selloff",
	"collapse", "plunge", "rout", "incident", "accident", "slide", "slump", "drop", "surge", "tumble",
	"agreement", "accord")

// groundworkNouns name what a later outcome is built on: "the findings
// would be the basis of Wednesday's accord".
var groundworkNouns = setOf("basis", "foundation", "foundations", "groundwork", "blueprint", "framework", "template")

// outcomePrepositions open a phrase that rests on what an event left
// behind, fronted before the clause: "Under Saturday's agreement",
// "After Monday's verdict"; not "before" or "ahead of", which look to it.
var outcomePrepositions = setOf("under", "after", "following", "since", "despite")

// relativeWords open a relative clause whose verb follows its plural
// antecedent: "firms that report on Thursday", "leaders who meet".
var relativeWords = setOf("that", "who", "which")

// weekendHaving before "a great weekend", "a long weekend" make it a
// particular weekend, the one had or wished for: "had a great weekend",
// "have a long weekend", "after a long weekend".
var weekendHaving = setOf("have", "had", "has", "having", "got", "enjoy", "enjoyed", "enjoying", "after",
	"aft", "wish", "wishing")

// negations inside a verb group, with the "t" of "couldn't" as the
// tokenizer leaves it.
var negations = setOf("not", "never", "t")

// unreached are the participles of a failed call: "could not be reached
// for comment", "could not be contacted".
var unreached = setOf("reached", "contacted", "located")

// particles after a verb make another verb of it: "set off a mystery",
// "set up a fund" look ahead no more than any past act.
var particles = setOf("off", "up", "out", "about", "down", "back", "aside")

// contrastStarters open a clause whose verb is not the one a date
// before them takes: "… and Tuesday in Scotland, but no figures were
// given".
var contrastStarters = setOf("but", "whereas", "although")

// presentAsPast are the irregular verbs whose past is spelled as their
// present ("beat", "cut", "hit"), read as a present after the subject of
// a condition (conditionWords).
var presentAsPast = setOf("beat", "cut", "put", "hit", "set", "let", "cost", "hurt", "quit", "shut", "spread")

// linkingVerbs take a participle as an adjective, which is no verb of
// their group: "the bridge stays closed from Monday".
var linkingVerbs = setOf("stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining")

// adjectiveVerbs take a participle as an adjective ("remain shut", "seem
// set", "get paid", "look tired"), so that a base form before a past form
// may still be the verb: "both schools remain shut from Monday".
var adjectiveVerbs = func() map[string]bool {
	m := setOf("seem", "look", "appear", "get", "become", "feel", "keep", "grow", "prove", "go", "sit", "lie", "stand")
	for w := range linkingVerbs {
		m[w] = true
	}
	return m
}()

// timetableVerbs give the start or end of something in the present, as a
// timetable does, in a headline too: "Black Friday sale ends Monday".
var timetableVerbs = setOf("begins", "starts", "opens", "ends", "closes", "expires", "resumes", "reopens", "kicks",
	"lapses", "finishes", "concludes", "runs")

// thankWords thank for what has been done before "for" and an -ing form:
// "Thanks for coming out on Sunday".
var thankWords = setOf("thanks", "thx", "grateful", "thankful")

// recoveryWords before "from" and a date make it an event that is over:
// "still recovering from Saturday night", "reeling from Tuesday's loss".
var recoveryWords = setOf("recover", "recovers", "recovered", "recovering", "reeling", "reel", "reeled",
	"recuperating", "healing")

// verbOnlyPresents are -s forms that are no plural noun, so that a verb
// spelled alike in the past and the present just before one is a noun,
// its subject, not a past verb taking it as object: "the tax cut takes
// effect in April", "the rate cut comes into force".
var verbOnlyPresents = setOf("takes", "comes", "goes", "begins", "expires", "continues", "arrives", "resumes",
	"becomes", "remains", "stays", "applies", "means", "lapses", "reopens", "concludes")

// IrregularPast reports whether word, in lower case, is an irregular past
// form that is no present too ("took", "saw", not "cut"): a period just
// before one is its clause's subject ("that summer took three weeks"),
// not a noun's modifier.
func IrregularPast(word string) bool { return irregularPast[word] && !presentAsPast[word] }

// conditionWords open a condition or a time clause, whose present tense
// speaks of what is still to happen: "if they beat the hosts on Sunday".
var conditionWords = setOf("if", "unless", "once", "when", "until")

// dateLeads open the phrase of a date after a verb: "close on Friday",
// "end in May", "run until Sunday".
var dateLeads = setOf("on", "in", "at", "until", "till", "through", "by", "next", "this")

// conditionOpeners open a condition, whose simple past before a clause
// that reads ahead is a hypothetical to come (frontedCondition).
var conditionOpeners = setOf("if", "unless")

// backshiftWords open a time clause or a condition whose simple past, under
// a clause that reads ahead, tells of what is still to come (backshifted).
var backshiftWords = setOf("once", "when", "until", "till", "before", "after", "if", "unless")

// contractWords after a month make it a futures contract's delivery
// month, which is traded before it comes: "the December contract",
// "for January delivery".
var contractWords = setOf("delivery", "contract", "contracts", "futures")

// phraseForward in a noun phrase that ends in a date point it ahead:
// "until the next session in the fall", "a possible meeting over the
// weekend", "the planned visit on Friday".
var phraseForward = setOf("until", "till", "possible", "planned", "proposed", "upcoming", "forthcoming",
	"prospective", "potential", "scheduled")

// ingAuxiliaries are the -ing forms that carry a participle as a verb
// ("having finished", "getting married", "staying closed"), not as an
// adjective, and join it into one verb group. Another -ing word before a
// past is a noun, the past's subject: "Spending rose in December".
var ingAuxiliaries = setOf("having", "getting", "being", "becoming", "keeping", "seeming", "feeling", "looking",
	"staying", "remaining", "going", "growing", "proving")

// periodNouns are the figures a month or season after "for" or "of"
// measures: "the figures for October are due", "sales of September".
var periodNouns = setOf("figures", "data", "numbers", "statistics", "sales", "results", "earnings", "output",
	"exports", "imports", "inflation", "prices", "forecast", "forecasts", "report", "reports", "index", "reading",
	"readings", "survey", "total", "totals", "estimate", "estimates", "profit", "profits", "revenue", "revenues")

func init() {
	// Posts greet a month in lower case ("hello december", "bye
	// october"): after a greeting, as after "in", the name is a month.
	for _, w := range []string{"happy", "hello", "hi", "bye", "goodbye", "welcome"} {
		monthPrepositions[w] = true
	}
}

// whInfinitives before "to" make the word after it a verb, whatever it is:
// "how to watch", "what to expect", "things to know", "where to see".
var whInfinitives = setOf("how", "what", "where", "when", "whether", "things", "ways")

// asideWords open a clause whose day is background to the sentence's
// news ("after a rating cut on Tuesday night"), which a bare clock time
// later on does not take as its day.
var asideWords = setOf("after", "since", "which")

// spanNouns are the nouns of a stretch of time that "from" bounds ("the
// night from Saturday to Sunday", "the period from May to July"): what
// follows them is when the clause happened, not a state its verb set going.
var spanNouns = setOf("night", "period")

// creditNames open a photo credit in brackets after a caption's sentence
// ("... on Monday evening. (Getty Images)", "(AP Photo/name)"); see
// creditAfter.
var creditNames = setOf("photo", "getty", "handout", "ap", "reuters", "afp", "file")

// newYearLeads are the prepositions before which a headline's bare "new
// year", its "the" left out, is the year as "the new year" is ("delays
// vote into new year", "talks to resume in new year").
var newYearLeads = setOf("into", "in", "from", "until", "till", "after", "before", "by")

// titleNouns name a work whose title may follow in quotation marks: the
// talk show "Midnight Hour", the album "Sunday Morning" (quotedTitle).
var titleNouns = setOf("show", "programme", "program", "series", "film", "movie", "album", "single", "song",
	"novel", "book", "play", "musical", "podcast", "documentary")

// releaseWords say, after a present "be", that a thing is released to the
// public from a date: "is out on Friday", "is available from Monday", "is
// on sale from", "is in cinemas from" (releaseBetween).
var releaseWords = setOf("out", "available", "sale", "cinemas", "theaters", "theatres", "stores", "shops",
	"bookshops", "bookstores", "worldwide", "nationwide")

// sceneLeads are the prepositions that may stand before the date a
// sentence opens with and keep it the sentence's scene (noteScene): "In
// June, ...", "By December, governments were worried".
var sceneLeads = setOf("in", "by", "during", "throughout")

// weekdayPractices are the nouns a weekday before them makes a practice of
// any such day ("Sunday working", "Sunday trading"), when one of
// weekdayPracticeLeads stands before the weekday; after "on" the weekday
// may date the sentence ("On Sunday trading was light").
var (
	weekdayPractices     = setOf("working", "trading", "opening", "shopping", "closing")
	weekdayPracticeLeads = setOf("for", "of", "against", "about", "allow", "allows", "allowed", "ban", "banned", "bans")
)

// comparisonLeads are the words before a count back ("a year earlier")
// that make it the point of a comparison (see comparison).
var comparisonLeads = []string{"of", "than", "from", "against", "with", "over"}

// splitYearNames are the years a split year ("2024-25") names when it runs
// from April to March, as Britain's public and tax years do.
var splitYearNames = []string{"financial year", "tax year"}

// reportingYearNames are the split years whose quarters a text counts in:
// a financial year may be a company's, a tax year never is.
var reportingYearNames = []string{"financial year"}

// pluralHeads head a relative clause as a plural subject without a noun:
// "those who miss the deadline face fines".
var pluralHeads = setOf("those", "many", "others", "few")

// followingWords put a date before the state of the clause: "is steadying
// after a difficult summer".
var followingWords = setOf("after", "following")

// indefiniteArticles tell of a period by what it was like: "a difficult
// summer".
var indefiniteArticles = setOf("a", "an")

// inTheUnits are the units of "earlier in the day", "later in the week",
// "later in the month", "earlier in the year": the period the story is in.
var inTheUnits = map[string]Precision{"day": PrecisionDay, "week": PrecisionWeek, "month": PrecisionMonth, "year": PrecisionYear}

// bylinePosts are the posts a "From our ..." byline names the writer by
// ("From our own correspondent", "From our staff reporter"); see isByline.
var bylinePosts = setOf("correspondent", "correspondents", "reporter", "reporters", "staff", "editor")

// reportDeterminers open the object of a reporting verb that reportWeekday
// reads past: "told this paper on Thursday", "told the BBC on Friday".
var reportDeterminers = setOf("the", "this", "a", "an", "his", "her", "their", "our", "its")

// mediaLabels are the labels of a page's audio or video player.
var mediaLabels = setOf("listen", "watch", "play", "duration", "runtime")

// noticeStates are the past participles a notice's row sets for its day,
// a state and not a deed: "Canal Street bridge: closed on Saturday",
// "Southern trains: most services cancelled until 8pm, reduced timetable
// on Thursday".
var noticeStates = setOf("closed", "shut", "cancelled", "canceled", "suspended", "delayed", "diverted", "postponed",
	"reduced", "restricted", "disrupted", "affected", "limited", "planned", "scheduled", "expected", "booked",
	"reserved", "blocked", "banned", "replaced", "revised", "extended", "withdrawn")

// shareBarWords are the words of a copied page's share bar, the row of
// buttons that passes the story on ("Share on Facebook | Share on X |
// Copy link", "Share   Tweet   Email", "Comments (14)"); shareActions are
// the ones that make a line such a bar rather than a word or two of text.
var shareBarWords = setOf("share", "shares", "tweet", "email", "e-mail", "print", "copy", "link", "save",
	"facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "pinterest", "messenger", "telegram", "bluesky",
	"like", "comments", "comment", "on", "via", "this", "article", "page", "story", "live", "blog")

// shareActions are the share bar's own verbs; see shareBarWords.
var shareActions = setOf("share", "tweet")
