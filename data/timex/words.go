package timex

import (
	"fmt"
	"time"
)

var ordinals = [...]string{"", "first", "second", "third", "fourth"}

var seasonNames = map[time.Month]string{time.March: "spring", time.June: "summer", time.September: "autumn", time.December: "winter"}

// Words describes the span in English at its own precision: "September
// 2024", "week of 18–24 November 2024", "Wednesday 27 November 2024".
func (s Span) Words() string {
	st := s.Start
	switch s.Precision {
	case PrecisionCentury:
		return fmt.Sprintf("the %s century", ordinal(st.Year()/100+1))
	case PrecisionDecade:
		return fmt.Sprintf("the %ds", st.Year())
	case PrecisionYear:
		return fmt.Sprint(st.Year())
	case PrecisionHalf:
		return fmt.Sprintf("%s half of %d", ordinals[(int(st.Month())-1)/6+1], st.Year())
	case PrecisionSeason:
		return fmt.Sprintf("%s %d", seasonNames[st.Month()], st.Year())
	case PrecisionQuarter:
		return fmt.Sprintf("%s quarter of %d", ordinals[(int(st.Month())-1)/3+1], st.Year())
	case PrecisionMonth:
		return st.Format("January 2006")
	case PrecisionWeek:
		return "week of " + dayRange(st, s.LastDay())
	case PrecisionDay:
		return st.Format("Monday 2 January 2006")
	case PrecisionPartOfDay:
		return st.Format("Monday 2 January 2006") + ", " + partOfDayName(st.Hour(), s.End.Sub(st))
	case PrecisionHour, PrecisionMinute:
		return st.Format("Monday 2 January 2006, 15:04")
	case PrecisionSecond:
		return st.Format("Monday 2 January 2006, 15:04:05")
	}
	return ""
}

// dayRange writes "18–24 November 2024", "28 October – 3 November 2024" or
// "30 December 2024 – 5 January 2025", naming each month and year once.
func dayRange(a, b time.Time) string {
	switch {
	case a.Year() != b.Year():
		return a.Format("2 January 2006") + " – " + b.Format("2 January 2006")
	case a.Month() != b.Month():
		return a.Format("2 January") + " – " + b.Format("2 January 2006")
	}
	return fmt.Sprintf("%d–%s", a.Day(), b.Format("2 January 2006"))
}

func partOfDayName(hour int, length time.Duration) string {
	switch {
	case hour == 6:
		return "morning"
	case hour == 12 && length == time.Hour:
		return "midday"
	case hour == 12:
		return "afternoon"
	case hour == 18:
		return "evening"
	case hour == 20:
		return "night"
	}
	return "daytime"
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}
