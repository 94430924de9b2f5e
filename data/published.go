package data

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// monthPattern matches an English month name or its abbreviation.
const monthPattern = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

// datePattern matches a full calendar date as news copy writes it:
// 2024-11-27, November 27, 2024, Nov. 27 2024, 27 November 2024.
// Submatches: 1-3 ISO year, month, day; 4-6 month, day, year; 7-9 day,
// month, year.
const datePattern = `(?i)\b(?:(\d{4})-(\d{2})-(\d{2})|` +
	monthPattern + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|` +
	`(\d{1,2})(?:st|nd|rd|th)?\s+` + monthPattern + `\.?,?\s+(\d{4}))\b`

// weekdayPattern matches an optional weekday before a date: "Wednesday, ".
const weekdayPattern = `(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`

var (
	// writtenDate finds a date anywhere in a string.
	writtenDate = regexp.MustCompile(datePattern)
	// publishedLabel matches a line that states the publication date:
	// "Published: 27 November 2024", "Posted on Nov 27, 2024".
	publishedLabel = regexp.MustCompile(`(?i)^(?:first\s+)?(?:published|posted|dated|date|pubdate)(?:\s+(?:on|at))?\s*:?\s*` + weekdayPattern + datePattern)
	// dateOnlyLine matches a line that is nothing but a date, perhaps with
	// a weekday before it and a time after it.
	dateOnlyLine = regexp.MustCompile(`(?i)^` + weekdayPattern + datePattern + `(?:[\s,T|·–—-]+[\d:.apmAPMUTCGMTZ+ -]{0,24})?$`)
	// newsDateline matches an agency dateline opening the body:
	// "ASTANA, Nov. 27, 2024 (Reuters) –", "Moscow, 27 November 2024 —".
	newsDateline = regexp.MustCompile(`^\p{Lu}[\p{L} .'’,-]{1,60}?,\s*` + weekdayPattern + datePattern + `\s*(?:\([^)]{1,40}\)\s*)?(?:[-–—:]|$)`)
)

// publishedScanLines is how many non-empty lines at the top of a text are
// searched for a publication date; a date stated further down is about
// something else.
const publishedScanLines = 12

// findPublished looks for the publication date a text states at its top:
// a line such as "Published 27 November 2024", a first line that is just a
// date, or a news dateline such as "ASTANA, Nov. 27, 2024 (Reuters) –".
// Only the first few lines count, so dates of events in the body are not
// mistaken for it.
func findPublished(text string) (time.Time, bool) {
	n := 0
	for i := 0; i < len(text) && n < publishedScanLines; {
		var line string
		line, i = nextLine(text, i)
		line = strings.Trim(line, "#*_> \t\u00a0")
		if line == "" {
			continue
		}
		n++
		if t, ok := publishedOnLine(line, n <= 3); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// publishedOnLine returns the publication date line states. Bare dates and
// datelines count only near the top, where top says the line is.
func publishedOnLine(line string, top bool) (time.Time, bool) {
	if len(line) > 300 {
		line = line[:300]
	}
	if loc := publishedLabel.FindStringIndex(line); loc != nil {
		return firstDate(line)
	}
	if top && (dateOnlyLine.MatchString(line) || newsDateline.MatchString(line)) {
		return firstDate(line)
	}
	return time.Time{}, false
}

// firstDate returns the first valid calendar date written in s.
func firstDate(s string) (time.Time, bool) {
	for _, loc := range writtenDate.FindAllStringSubmatchIndex(s, 4) {
		if t, ok := dateFromMatch(s, loc); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateFromMatch builds the date that a writtenDate match at loc spells,
// rejecting impossible ones such as 31 November.
func dateFromMatch(s string, loc []int) (time.Time, bool) {
	group := func(i int) string {
		if loc[2*i] < 0 {
			return ""
		}
		return s[loc[2*i]:loc[2*i+1]]
	}
	var y, d int
	var m time.Month
	switch {
	case group(1) != "":
		y, m, d = atoi(group(1)), time.Month(atoi(group(2))), atoi(group(3))
	case group(4) != "":
		y, m, d = atoi(group(6)), monthOf(group(4)), atoi(group(5))
	default:
		y, m, d = atoi(group(9)), monthOf(group(8)), atoi(group(7))
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if y < 1 || m < 1 || m > 12 || t.Day() != d || t.Month() != m {
		return time.Time{}, false
	}
	return t, true
}

// monthOf returns the month a name or abbreviation matched by monthPattern
// stands for.
func monthOf(name string) time.Month {
	name = strings.ToLower(name)
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), name[:3]) {
			return m
		}
	}
	return 0
}

// atoi converts digits the patterns have already checked; 0 on failure.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
