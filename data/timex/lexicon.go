package timex

// The lexicon: every word the rules look up, written for this package.

// monthWords maps month names and their news abbreviations to 1–12.
var monthWords = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// monthAbbrevOnly marks the abbreviations, which need a following number or
// full stop before they count as months.
var monthAbbrevOnly = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// weekdayWords maps weekday names to time.Weekday numbers (Sunday = 0).
var weekdayWords = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	"sundays": 0, "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6,
}

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
	"month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter, "year": uYear, "years": uYear,
	"decade": uDecade, "decades": uDecade, "century": uCentury, "centuries": uCentury, "yr": uYear, "yrs": uYear,
	"millennium": uMillennium, "fortnight": uWeek, "hrs": uHour, "mins": uMinute, "min": uMinute,
	"night": uDay, "nights": uDay,
}

// durationCode is the TIMEX3 duration designator of each unit.
var durationCode = [...]string{uSecond: "S", uMinute: "M", uHour: "H", uDay: "D", uWeekend: "WE", uWeek: "W",
	uMonth: "M", uQuarter: "Q", uHalf: "H", uSeason: "M", uYear: "Y", uDecade: "DE", uCentury: "CE", uMillennium: "ML"}

// seasonWords maps seasons to their TIMEX3 codes.
var seasonWords = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// dayParts maps parts of the day to their TIMEX3 codes.
var dayParts = map[string]string{
	"morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF", "evening": "EV", "evenings": "EV",
	"night": "NI", "nights": "NI", "overnight": "NI", "midday": "MI", "daytime": "DT", "dawn": "MO",
	"dusk": "EV", "nighttime": "NI",
}

// setAdverbs maps frequency adverbs to their SET values.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "biannually": "P6M", "semiannually": "P6M",
}

// refWords are single words for the present, past and future.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF",
}

// futureCues and pastCues decide the tense of a clause for resolving
// weekdays and month names.
var futureCues = setOf("will", "would", "should", "next", "scheduled", "plans", "plan", "planned", "planning",
	"expires", "begins", "opens", "resumes", "starts",
	"expects", "upcoming", "coming", "tomorrow", "intends", "due", "going", "hopes", "aims", "wo", "set", "shall",
	"won't", "ll", "must")

var pastCues = setOf("said", "was", "were", "had", "did", "ago", "last", "yesterday", "told", "went", "came",
	"took", "made", "met", "gave", "began", "fell", "rose", "won", "lost", "left", "sent", "saw", "became", "got",
	"found", "held", "spoke", "wrote", "ran", "struck", "paid", "sold", "bought", "led", "brought", "put",
	"hit", "earlier", "since", "been", "knew", "thought", "meant", "kept", "felt", "chose", "flew",
	"fled", "broke", "stood", "shot", "swept", "taken", "seen", "given", "spent", "shrank", "grew", "sank",
	"slid", "drew", "threw", "withdrew", "sought", "fought", "caught", "taught", "built", "dealt", "hung", "sprang",
	"rang", "shook", "woke", "froze", "stole", "rode", "drove", "arose", "hid", "bit", "lit", "sped", "forgot",
	"forgave", "ate", "sat", "understood", "blew", "laid", "heard", "wore", "tore", "swore", "beat", "overtook")

// notPastEd are words ending in -ed that are not past-tense verbs.
var notPastEd = setOf("need", "red", "bed", "seed", "feed", "speed", "united", "hundred", "indeed", "shed",
	"based", "scheduled", "expected", "planned", "proposed", "related", "limited", "detailed", "sacred",
	"naked", "wicked", "used", "bred", "fed", "led", "wed", "weed", "breed", "greed", "deed", "creed")

// triggers are the words an expression can start with. Tag tries its rules
// only at numbers and these words, which keeps it fast on ordinary prose.
var triggers = func() map[string]bool {
	m := setOf("the", "a", "an", "last", "next", "this", "past", "coming", "previous", "following", "preceding",
		"upcoming", "current", "present", "early", "late", "mid", "middle", "end", "beginning", "start", "close",
		"every", "each", "per", "yesterday", "today", "tomorrow", "tonight", "noon", "midday", "midnight", "earlier",
		"later", "recent", "these", "fiscal", "year", "that", "several", "few", "many", "numerous", "some",
		"christmas", "halloween", "new", "thanksgiving", "once", "twice", "nineteen", "eighteen", "latest", "most", "two", "future",
		"near", "foreseeable", "distant", "immediate", "same", "couple", "year-earlier", "overnight", "short", "long",
		"full", "entire", "whole", "comparable", "corresponding", "time")
	for _, words := range []map[string]int{monthWords, weekdayWords, cardinals, ordinalWords} {
		for w := range words {
			m[w] = true
		}
	}
	for w := range unitWords {
		m[w] = true
	}
	for _, words := range []map[string]string{seasonWords, dayParts, setAdverbs, refWords} {
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
	"past", "coming", "previous", "following", "preceding", "upcoming", "current", "present", "latest", "fiscal",
	"near", "foreseeable", "distant", "immediate", "same", "couple", "earlier", "later", "recent", "short", "long",
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
