package timex

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision is how finely a value pins down time, from a century to a minute.
// Larger is finer.
type Precision int

// Precisions of calendar values, coarsest first.
const (
	PrecisionNone Precision = iota
	PrecisionCentury
	PrecisionDecade
	PrecisionYear
	PrecisionHalf
	PrecisionSeason
	PrecisionQuarter
	PrecisionMonth
	PrecisionWeek
	PrecisionDay
	PrecisionPartOfDay
	PrecisionHour
	PrecisionMinute
	PrecisionSecond
)

var precisionNames = [...]string{"none", "century", "decade", "year", "half", "season", "quarter",
	"month", "week", "day", "partofday", "hour", "minute", "second"}

// String returns the lower-case name of the precision, as used in exports.
func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return "none"
	}
	return precisionNames[p]
}

// IsPoint reports whether the precision is a day or finer, which the
// timeline draws as a point rather than a span.
func (p Precision) IsPoint() bool { return p >= PrecisionDay }

// Span is the stretch of time a TIMEX3 value covers: Start inclusive,
// End exclusive, both in UTC.
type Span struct {
	Start, End time.Time
	Precision  Precision
}

// LastDay returns the last calendar day the span covers, so that a month
// span reads as 1–30 September rather than 1 September – 1 October.
func (s Span) LastDay() time.Time {
	return s.End.Add(-time.Nanosecond).Truncate(24 * time.Hour)
}

// ErrNotCalendar is returned by ParseValue for well-formed values that name
// no calendar span: durations, sets, PRESENT_REF and values with unknown
// digits such as XXXX-09.
var ErrNotCalendar = errors.New("value names no calendar span")

// ValueError reports a malformed TIMEX3 value.
type ValueError struct {
	Value string
}

// Error names the malformed value.
func (e *ValueError) Error() string { return fmt.Sprintf("timex: malformed value %q", e.Value) }

// seasons maps TIMEX3 season codes to their first month (northern
// hemisphere, meteorological seasons) and length in months.
var seasons = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// partsOfDay maps TIMEX3 part-of-day codes to their start and end hours.
var partsOfDay = map[string][2]int{
	"MO": {6, 12}, "MI": {12, 13}, "AF": {12, 18}, "EV": {18, 22}, "NI": {20, 30}, "DT": {9, 17},
}

// ParseValue returns the calendar span of a TIMEX3 value such as 2024,
// 202 (the 2020s), 2024-Q4, 2024-H2, 2024-SU, 2024-09, 2024-W47,
// 2024-W47-WE, 2024-11-27, 2024-11-27TMO, 2024-11-27T11:00 or
// 2024-11-27T11:00Z (UTC).
func ParseValue(v string) (Span, error) {
	if v == "" {
		return Span{}, &ValueError{v}
	}
	if strings.HasPrefix(v, "P") || strings.HasSuffix(v, "_REF") || strings.Contains(v, "X") {
		return Span{}, ErrNotCalendar
	}
	s, err := parseValue(v)
	if err == errMalformed {
		return Span{}, &ValueError{v}
	}
	return s, err
}

// errMalformed stands for a *ValueError inside the parser, which builds
// the real error only when it returns one; Tag parses every value it
// writes, so the common path must not allocate.
var errMalformed = errors.New("malformed")

func parseValue(v string) (Span, error) {
	date, clock, hasClock := strings.Cut(v, "T")
	s, err := parseDate(v, date)
	if err != nil || !hasClock {
		return s, err
	}
	if s.Precision != PrecisionDay {
		return Span{}, errMalformed
	}
	return parseClock(v, s.Start, clock)
}

func parseDate(v, date string) (Span, error) {
	bad := errMalformed
	head, rest, _ := strings.Cut(date, "-")
	n, err := digits(head)
	if err != nil {
		return Span{}, bad
	}
	switch len(head) {
	case 2:
		return years(n*100, 100, PrecisionCentury), nilIf(rest != "", bad)
	case 3:
		return years(n*10, 10, PrecisionDecade), nilIf(rest != "", bad)
	case 4:
	default:
		return Span{}, bad
	}
	year := n
	if rest == "" {
		return years(year, 1, PrecisionYear), nil
	}
	part, day, _ := strings.Cut(rest, "-")
	switch {
	case len(part) == 2 && part[0] == 'Q' && day == "":
		q, err := digits(part[1:])
		if err != nil || q < 1 || q > 4 {
			return Span{}, bad
		}
		return months(year, time.Month(3*q-2), 3, PrecisionQuarter), nil
	case len(part) == 2 && part[0] == 'H' && day == "":
		h, err := digits(part[1:])
		if err != nil || h < 1 || h > 2 {
			return Span{}, bad
		}
		return months(year, time.Month(6*h-5), 6, PrecisionHalf), nil
	case seasons[part] != 0 && day == "":
		return months(year, seasons[part], 3, PrecisionSeason), nil
	case len(part) == 3 && part[0] == 'W':
		return parseWeek(year, part[1:], day, bad)
	case len(part) == 2:
		m, err := digits(part)
		if err != nil || m < 1 || m > 12 {
			return Span{}, bad
		}
		if day == "" {
			return months(year, time.Month(m), 1, PrecisionMonth), nil
		}
		d, err := digits(day)
		if err != nil || len(day) != 2 || d < 1 || d > daysIn(year, time.Month(m)) {
			return Span{}, bad
		}
		start := time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return Span{start, start.AddDate(0, 0, 1), PrecisionDay}, nil
	}
	return Span{}, bad
}

func parseWeek(year int, week, suffix string, bad error) (Span, error) {
	w, err := digits(week)
	if err != nil || w < 1 || w > WeeksInYear(year) {
		return Span{}, bad
	}
	monday := ISOWeekStart(year, w)
	switch suffix {
	case "":
		return Span{monday, monday.AddDate(0, 0, 7), PrecisionWeek}, nil
	case "WE":
		sat := monday.AddDate(0, 0, 5)
		return Span{sat, sat.AddDate(0, 0, 2), PrecisionWeek}, nil
	}
	return Span{}, bad
}

func parseClock(v string, day time.Time, clock string) (Span, error) {
	bad := errMalformed
	if h, ok := partsOfDay[clock]; ok {
		return Span{day.Add(time.Duration(h[0]) * time.Hour), day.Add(time.Duration(h[1]) * time.Hour), PrecisionPartOfDay}, nil
	}
	// A trailing Z marks a time written in UTC, which spans already are.
	clock = strings.TrimSuffix(clock, "Z")
	fields := strings.Split(clock, ":")
	if len(fields) > 3 {
		return Span{}, bad
	}
	limits := [3]int{24, 60, 60}
	units := [3]time.Duration{time.Hour, time.Minute, time.Second}
	t := day
	for i, f := range fields {
		n, err := digits(f)
		if err != nil || len(f) != 2 || n >= limits[i] {
			return Span{}, bad
		}
		t = t.Add(time.Duration(n) * units[i])
	}
	p := PrecisionHour + Precision(len(fields)-1)
	return Span{t, t.Add(units[len(fields)-1]), p}, nil
}

func years(first, n int, p Precision) Span {
	start := time.Date(first, 1, 1, 0, 0, 0, 0, time.UTC)
	return Span{start, start.AddDate(n, 0, 0), p}
}

func months(year int, first time.Month, n int, p Precision) Span {
	start := time.Date(year, first, 1, 0, 0, 0, 0, time.UTC)
	return Span{start, start.AddDate(0, n, 0), p}
}

func digits(s string) (int, error) {
	if s == "" || len(s) > 4 {
		return 0, strconv.ErrSyntax
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, strconv.ErrSyntax
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, nil
}

func nilIf(cond bool, err error) error {
	if cond {
		return err
	}
	return nil
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ISOWeekStart returns the Monday that starts ISO week w of the ISO year.
func ISOWeekStart(year, w int) time.Time {
	// 4 January is always in week 1.
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -offset+7*(w-1))
}

// WeeksInYear returns 52 or 53, the number of ISO weeks in the ISO year.
func WeeksInYear(year int) int {
	_, w := time.Date(year, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	return w
}
