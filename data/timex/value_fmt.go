package timex

import (
	"strconv"
	"time"
)

// Formatting of TIMEX3 values and calendar arithmetic on them. Values are
// built with strconv rather than fmt because Tag runs over whole archives.

// pad writes n with at least width digits, zero-padded.
func pad(n, width int) string {
	var buf [20]byte
	return string(appendPad(buf[:0], n, width))
}

// appendPad appends n with at least width digits; values are built in a
// stack buffer and turned into a string once.
func appendPad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	for len(digits)-i < width && i > 0 {
		i--
		digits[i] = '0'
	}
	return append(b, digits[i:]...)
}

// validYear bounds the years the tagger writes, so that every value it
// produces has the four digits ParseValue expects.
func validYear(y int) bool { return y >= 1000 && y <= 9999 }

// yearDash starts a value with a four-digit year and sep: "2024-".
func yearDash(buf []byte, y int, sep string) []byte {
	return append(appendPad(buf, y, 4), sep...)
}

func vYear(y int) string { return pad(y, 4) }

func vMonth(y, m int) string {
	var buf [16]byte
	return string(appendPad(yearDash(buf[:0], y, "-"), m, 2))
}

func vDay(t time.Time) string {
	var buf [16]byte
	b := appendPad(yearDash(buf[:0], t.Year(), "-"), int(t.Month()), 2)
	return string(appendPad(append(b, '-'), t.Day(), 2))
}

func vQuarter(y, q int) string {
	var buf [16]byte
	return string(appendPad(yearDash(buf[:0], y, "-Q"), q, 1))
}

func vHalf(y, h int) string {
	var buf [16]byte
	return string(appendPad(yearDash(buf[:0], y, "-H"), h, 1))
}

func vSeason(y int, s string) string {
	var buf [16]byte
	return string(yearDash(buf[:0], y, "-"+s))
}

func vWeek(t time.Time) string {
	y, w := t.ISOWeek()
	var buf [16]byte
	return string(appendPad(yearDash(buf[:0], y, "-W"), w, 2))
}

// quarterOf returns the value of the quarter that holds t.
func quarterOf(t time.Time) string { return vQuarter(t.Year(), (int(t.Month())-1)/3+1) }

// spanValue writes a span of a day, week, month, quarter or year back
// as its value ("2024-11-27", "2024-W48", "2024-11", "2024-Q4", "2024"),
// or "" for other precisions.
func spanValue(s Span) string {
	t := s.Start
	switch s.Precision {
	case PrecisionDay:
		return vDay(t)
	case PrecisionWeek:
		return vWeek(t)
	case PrecisionMonth:
		return vMonth(t.Year(), int(t.Month()))
	case PrecisionQuarter:
		return quarterOf(t)
	case PrecisionYear:
		return vYear(t.Year())
	}
	return ""
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d is a real calendar day in a year the
// tagger computes with.
func validDay(y, m, d int) bool {
	return validYear(y) && calendarDay(y, m, d)
}

// calendarDay reports whether y-m-d is a day of the (proleptic Gregorian)
// calendar in the four-digit years 0001–9999.
func calendarDay(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, time.Month(m))
}

// shift returns the value n units away from base, written at the precision
// of the unit: shift(2024-11-27, week, -1) is 2024-W47.
func shift(base time.Time, u unit, n int) (string, bool) {
	y, m := base.Year(), int(base.Month())
	var v string
	switch u {
	case uDay:
		t := base.AddDate(0, 0, n)
		y, v = t.Year(), vDay(t)
	case uWeek:
		t := base.AddDate(0, 0, 7*n)
		y, _ = t.ISOWeek()
		v = vWeek(t)
	case uWeekend:
		t := base.AddDate(0, 0, 7*n)
		y, _ = t.ISOWeek()
		v = vWeek(t) + "-WE"
	case uMonth:
		t := date(y, m, 1).AddDate(0, n, 0)
		y, v = t.Year(), vMonth(t.Year(), int(t.Month()))
	case uQuarter:
		q := y*4 + (m-1)/3 + n
		y = floorDiv(q, 4)
		v = vQuarter(y, q-4*y+1)
	case uHalf:
		h := y*2 + (m-1)/6 + n
		y = floorDiv(h, 2)
		v = vHalf(y, h-2*y+1)
	case uYear:
		y += n
		v = vYear(y)
	case uDecade:
		y = (floorDiv(y, 10) + n) * 10
		v = pad(y/10, 3)
	case uCentury:
		y = (floorDiv(y, 100) + n) * 100
		v = pad(y/100, 2)
	default:
		return "", false
	}
	return v, validYear(y)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// durationValue writes n units as a TIMEX3 duration: P3Y, PT2H, PXM for
// an unknown count (n < 0).
func durationValue(n int, u unit) string {
	count := "X"
	if n >= 0 {
		count = strconv.Itoa(n)
	}
	switch u {
	case uSecond, uMinute, uHour:
		return "PT" + count + durationCode[u]
	case uDecade:
		if n >= 0 {
			return "P" + strconv.Itoa(10*n) + "Y"
		}
		return "P" + count + "DE"
	case uCentury:
		if n >= 0 {
			return "P" + strconv.Itoa(100*n) + "Y"
		}
		return "P" + count + "CE"
	case uQuarter:
		if n >= 0 {
			return "P" + strconv.Itoa(3*n) + "M"
		}
		return "P" + count + "Q"
	case uWeekend:
		return "P" + count + "WE"
	}
	return "P" + count + durationCode[u]
}

// Offset returns the value of the date value moved by the duration
// duration (a whole number of days, weeks, months or years: "P2D",
// "P1W", "P3M", "P1Y"), back when before is set: "two days before
// Thanksgiving" is Offset("2024-11-28", "P2D", true), "2024-11-26". The
// result keeps the date's precision, and ok is false when the duration
// is finer than the date ("two days after March") or either value is
// not one Offset reads.
func Offset(value, duration string, before bool) (string, bool) {
	s, err := ParseValue(value)
	if err != nil || len(duration) < 3 || duration[0] != 'P' {
		return "", false
	}
	n, err := strconv.Atoi(duration[1 : len(duration)-1])
	if err != nil || n <= 0 || n > 1000 {
		return "", false
	}
	if before {
		n = -n
	}
	var unitPrecision Precision
	days, months := 0, 0
	switch duration[len(duration)-1] {
	case 'D':
		days, unitPrecision = n, PrecisionDay
	case 'W':
		days, unitPrecision = 7*n, PrecisionWeek
	case 'M':
		months, unitPrecision = n, PrecisionMonth
	case 'Y':
		months, unitPrecision = 12*n, PrecisionYear
	default:
		return "", false
	}
	if s.Precision < unitPrecision || s.Precision > PrecisionDay {
		return "", false
	}
	t := s.Start.AddDate(0, months, days)
	if s.Precision == PrecisionDay {
		return vDay(t), validYear(t.Year())
	}
	v := spanValue(Span{Start: t, Precision: s.Precision})
	return v, v != "" && validYear(t.Year())
}
