package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

// TestEvents_KindOfDay checks that a bare weekday or "weekend" after "for"
// before a noun of work or service is no date, and that a day part or a
// possessive after it, or no noun, keeps the date. Published Monday 5
// September 2011.
func TestEvents_KindOfDay(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The board will agree how surgeries are paid for weekend clinics.", nil},
		{"The union dropped its demand for Sunday working.", nil},
		{"The council issued a warning for Friday night.", []string{"Friday night"}},
		{"Tickets for Sunday's final sold out.", []string{"Sunday"}},
		{"The talks were put off for Thursday.", []string{"Thursday"}},
	}
	published := time.Date(2011, 9, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string { return e.Expr })
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q: events %q, want %q", c.text, got, c.want)
		}
	}
}
