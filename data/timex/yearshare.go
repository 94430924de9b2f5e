package timex

import (
	"strings"
	"time"
)

// shareWrittenYear gives a day and month written without a year the year
// written with a later day of the same month in the same sentence, as a
// wire writes a year once for a run of days: "scrubbed on December 8 and
// December 10, 2009", "twice, on December 8 and December 10, ... before
// it lifted off on December 12, 2009", written in 2015, are 2009's, not
// the last December's. Only a run that goes forward in time counts (the
// later day is not before the earlier), with no other written year
// between; a weekday written with the day must still fit. xs are the
// expressions of one sentence, in order; Explain's notes follow.
func (tg *tagger) shareWrittenYear(xs []Timex) {
	for i := len(xs) - 1; i >= 0; i-- {
		y, ok := writtenDay(xs[i])
		if !ok {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if _, ok := writtenDay(xs[j]); ok || writesYear(xs[j].Text) {
				break // another year written: the run ends there
			}
			d, ok := bareDay(xs[j])
			if !ok || d.Month() != y.Month() || d.Day() > y.Day() || d.Year() == y.Year() {
				continue
			}
			moved := time.Date(y.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
			if wd, named := weekdayOf(xs[j].Text); named && moved.Weekday() != wd {
				continue
			}
			xs[j].Value = vDay(moved)
			tg.explainSharedYear(xs[j], xs[i])
		}
	}
}

// explainSharedYear lets Explain's account of x carry the value it now
// has, the year taken from the later day y.
func (tg *tagger) explainSharedYear(x, y Timex) {
	if tg.ex == nil {
		return
	}
	for k := range tg.ex.out {
		if e := &tg.ex.out[k]; e.Start == x.Start && e.End == x.End {
			e.Value = x.Value
			e.Notes = append(e.Notes, "year written with the later "+y.Text+" in its sentence")
		}
	}
}

// writtenDay returns the day of a day-and-month expression whose year is
// written out ("December 12, 2009", "10 December 2009").
func writtenDay(x Timex) (time.Time, bool) {
	if !dayMonthRule(x.Rule) || !writesYear(x.Text) {
		return time.Time{}, false
	}
	return dayValue(x.Value)
}

// bareDay returns the day of a day-and-month expression written without
// a year, the year the tagger chose for it.
func bareDay(x Timex) (time.Time, bool) {
	if !dayMonthRule(x.Rule) || writesYear(x.Text) {
		return time.Time{}, false
	}
	return dayValue(x.Value)
}

// dayMonthRule reports whether rule reads a day and a month.
func dayMonthRule(rule string) bool { return rule == "month-day" || rule == "day-month" }

// dayValue parses a value of day precision.
func dayValue(v string) (time.Time, bool) {
	s, err := ParseValue(v)
	if err != nil || s.Precision != PrecisionDay {
		return time.Time{}, false
	}
	return s.Start, true
}

// weekdayOf returns the weekday named at the start of text ("Tuesday,
// December 8"), if any.
func weekdayOf(text string) (time.Weekday, bool) {
	w, _, _ := strings.Cut(strings.ToLower(text), " ")
	d, ok := weekdayWords[strings.Trim(w, ",.")]
	return time.Weekday(d), ok
}
