package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

// TestNews29LinkLists checks the link-list headings news29 found, with a
// near-miss: the dates of the links under them are no events.
func TestNews29LinkLists(t *testing.T) {
	cases := []struct {
		name, text string
		values     []string
	}{
		{"related news heading, links dated after a dash", "Related News\nExport ban extended to October - Apr 29, 2008\nRiots spread to a third city - Apr 18, 2008\n\nThe summit opens on Thursday.",
			[]string{"2008-05-08"}},
		// A sentence that opens with the words is no heading.
		{"related news in a sentence", "Related news came on Tuesday, when the summit opened.\n\nThe talks end on Thursday.",
			[]string{"2008-05-06", "2008-05-08"}},
	}
	published := time.Date(2008, 5, 7, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string { return e.Value })
		if strings.Join(got, " ") != strings.Join(c.values, " ") {
			t.Errorf("%s: events %v, want %v", c.name, got, c.values)
		}
	}
}

// TestNews29ReferencePeriods checks that the span of years a norm was
// measured over makes no event, and that a span of years that is a
// happening's still does.
func TestNews29ReferencePeriods(t *testing.T) {
	cases := []struct {
		name, text string
		values     []string
	}{
		{"climate norm", "Last year was 1.8C above the 1991-2020 norm.", []string{"2025"}},
		{"rainfall average", "Rain in 2019 was 20 percent above the 1981-2010 average.", []string{"2019"}},
		// Not a norm: the years the treaty ran.
		{"a span of years that happened", "The treaty ran from 1991-2020 and then lapsed.", []string{"1991"}},
	}
	published := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string { return e.Value })
		if strings.Join(got, " ") != strings.Join(c.values, " ") {
			t.Errorf("%s: events %v, want %v", c.name, got, c.values)
		}
	}
}
