package timex_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// agendaCase is a box of dated lines under a heading: the expression
// expr (its first occurrence in text) must come out as want. Texts are our
// own; the values were checked against the calendar.
type agendaCase struct {
	name, dct, text, expr, want string
}

var agendaCases = []agendaCase{
	// 2019-03-22 is a Friday: the nearest Tuesday is the one gone, but a
	// box headed by the week ahead lists the coming week's days.
	{"week ahead, first line", "2019-03-22", "The week ahead\n\nTuesday: the bill's third reading.\nThursday: a debate on hospices.\n", "Tuesday", "2019-03-26"},
	{"week ahead, later line", "2019-03-22", "The week ahead\n\nTuesday: the bill's third reading.\nThursday: a debate on hospices.\n", "Thursday", "2019-03-28"},
	{"week ahead heading", "2019-03-22", "The week ahead\n\nTuesday: the bill's third reading.\n", "The week ahead", "2019-W13"},
	// 2016-09-15 is a Thursday: after this week's box, a "Next week"
	// heading starts a new list, whose Monday is not the one after the
	// last day of the box above.
	{"next week after this week", "2016-09-15", "What's on this week\n\nFriday: concert at the hall.\nSunday: boat parade.\n\nNext week\n\nMonday: open evening.\n", "Monday", "2016-09-19"},
	{"this week's box", "2016-09-15", "What's on this week\n\nMonday: quiz night.\nFriday: concert at the hall.\n", "Monday", "2016-09-12"},
	// 2005-11-21 is a Monday: the nearest Monday is the day itself, but
	// the box recalls last week.
	{"last week's timeline", "2005-11-21", "Last week\n\nMonday: the recall begins.\nWednesday: the inquiry opens.\n", "Monday", "2005-11-14"},
	// A heading that is a sentence of prose leads no list.
	{"prose over a line", "2019-03-22", "Ministers said the week ahead would be busy for the whole House and its committees.\nTuesday: the bill's third reading.\n", "Tuesday", "2019-03-19"},
	// Each line of a key dates box is a sentence of its own: the past
	// participle of the line above does not date the next line's day.
	{"key dates", "2012-06-26", "Key dates\n\nJuly 2 — ballots mailed\nJuly 16 — last day to register\n", "July 16", "2012-07-16"},
	// The week ahead from a Tuesday is the rest of its own week.
	{"week ahead on a Tuesday", "2024-11-26", "Markets face a busy week ahead.", "week ahead", "2024-W48"},
	{"column label", "2025-01-12", "Week ahead: Dollar faces a test", "Week ahead", "(none)"},
}

func TestTag_AgendaUnderHeading(t *testing.T) {
	for _, c := range agendaCases {
		dct, err := time.Parse(time.DateOnly, c.dct)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		at := strings.Index(c.text, c.expr)
		got := "(none)"
		for _, x := range timex.Tag(c.text, dct) {
			if x.Start <= at && at < x.End {
				got = x.Value
				break
			}
		}
		if got != c.want {
			t.Errorf("%s: %q in %q (dct %s) = %s, want %s", c.name, c.expr, c.text, c.dct, got, c.want)
		}
	}
}
