package timex

import (
	"sort"
	"strings"
)

// Live pages that run past midnight. A live page stamps its entries with
// bare clock times, newest on top, and is dated by the day it began (its
// "First published" line): an entry stamped "00.35 GMT" above one stamped
// "23.50 GMT" was written after midnight, on the day after the page's,
// and so is everything above it.

// liveStamp is the stamp of a live entry, a line that is only a clock
// time: where the clock time starts in the text, its minute of the day,
// and how many midnights the page has passed by that entry.
type liveStamp struct {
	at, minute, days int
}

// maxMidnightGap bounds, in minutes, the time between an entry stamped
// late in the evening and the one above it stamped in the small hours
// that is read as the page passing midnight: a live page is written every
// hour or so, while an entry pinned out of order ("09.00" above "15.30")
// leaves a gap of most of a day.
const maxMidnightGap = 6 * 60

// minutesPerDay is the minutes of a day, for clock times that wrap.
const minutesPerDay = 24 * 60

// liveStampDays returns the stamps of text's live entries when they run
// newest first, as live pages set them (on the way down more stamps fall
// than rise, midnight aside), and the page passed midnight at least once;
// nil otherwise, and every entry is then of the page's day.
func liveStampDays(text string) []liveStamp {
	var stamps []liveStamp
	for i := 0; i < len(text); {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text) - i
		}
		if minute, lead, ok := clockLine(text[i : i+end]); ok {
			stamps = append(stamps, liveStamp{at: i + lead, minute: minute})
		}
		i += end + 1
	}
	falls, rises, midnights := 0, 0, 0
	for k := 1; k < len(stamps); k++ {
		above, below := stamps[k-1].minute, stamps[k].minute
		switch {
		case below < above:
			falls++
		case below > above:
			rises++
			if passedMidnight(above, below) {
				midnights++
			}
		}
	}
	if midnights == 0 || falls <= rises-midnights {
		return nil
	}
	days := 0
	for k := len(stamps) - 1; k >= 0; k-- {
		stamps[k].days = days
		if k > 0 && passedMidnight(stamps[k-1].minute, stamps[k].minute) {
			days++
		}
	}
	return stamps
}

// passedMidnight reports whether an entry stamped at minute above, set
// over one stamped at minute below, was written after the midnight that
// followed it: a later clock time below an earlier one, at most
// maxMidnightGap apart across midnight.
func passedMidnight(above, below int) bool {
	return below > above && above+minutesPerDay-below <= maxMidnightGap
}

// clockLine reads line as a live entry's stamp, a clock time and nothing
// more but "am" or "pm" and a time zone ("01.20 GMT", "3:25pm", "1:45
// a.m. ET", "17:48"), and returns its minute of the day and where the
// clock time starts in line.
func clockLine(line string) (minute, lead int, ok bool) {
	trimmed := trimMarks(line)
	if trimmed == "" || !pubDigit(trimmed[0]) || len(trimmed) > maxClockLine {
		return 0, 0, false
	}
	lead = strings.Index(line, trimmed)
	h, j := pubNumber(trimmed, 0, 2)
	if j == len(trimmed) || trimmed[j] != ':' && trimmed[j] != '.' {
		return 0, 0, false
	}
	m, k := pubNumber(trimmed, j+1, 2)
	if k != j+3 || m > 59 {
		return 0, 0, false
	}
	rest := strings.TrimLeft(trimmed[k:], " ")
	if half, after, ok := clockHalf(rest); ok {
		if h == 0 || h > 12 {
			return 0, 0, false
		}
		h, rest = h%12+half, strings.TrimLeft(after, " ")
	}
	if h > 23 || rest != "" && !zoneWord(rest) {
		return 0, 0, false
	}
	return h*60 + m, lead, true
}

// maxClockLine bounds a stamp line's length: "11.05 p.m. EDT" and marks.
const maxClockLine = 20

// clockHalf reads the "am" or "pm" that opens rest, returning the hours
// it adds and what follows it.
func clockHalf(rest string) (int, string, bool) {
	lower := strings.ToLower(rest)
	for _, half := range []struct {
		mark  string
		hours int
	}{{"a.m.", 0}, {"p.m.", 12}, {"am", 0}, {"pm", 12}} {
		if strings.HasPrefix(lower, half.mark) {
			return half.hours, rest[len(half.mark):], true
		}
	}
	return 0, "", false
}

// zoneWord reports whether s is a time zone written in two to five
// capitals ("ET", "GMT", "AEDT").
func zoneWord(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// stampDays returns how many midnights a live page has passed by the
// entry whose stamp starts at token i: 0 unless the page ran past
// midnight (see liveStampDays), which the first stamp read looks up.
func (tg *tagger) stampDays(i int) int {
	if !tg.liveRead {
		tg.liveStamps, tg.liveRead = liveStampDays(tg.all), true
	}
	at := tg.base + int(tg.toks[i].start)
	k := sort.Search(len(tg.liveStamps), func(k int) bool { return tg.liveStamps[k].at >= at })
	if k == len(tg.liveStamps) || tg.liveStamps[k].at != at {
		return 0
	}
	return tg.liveStamps[k].days
}
