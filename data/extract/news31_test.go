package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

// TestNews31TeaserLists checks that a link heading set off by a blank line
// from a run of teasers, each closed by its date in brackets, makes a list
// whose dates are no events, with near-misses: a paragraph under the
// heading, or a teaser below a paragraph, keeps its dates.
func TestNews31TeaserLists(t *testing.T) {
	easterFriday := time.Date(2015, 4, 3, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text string
		published  time.Time
		values     []string
	}{
		{"related stories, blank line, three teasers",
			"The line reopens on Tuesday.\n\nRelated stories\n\nWhat the closures mean (12 March 2015)\nRecord year at the airport in 2014 (20 January 2015)\nLorry fire closes motorway (26 May 2014)",
			easterFriday, []string{"2015-04-07"}},
		{"more from a section, blank line, two teasers",
			"The lights stay up until Nov. 19.\n\nMore from Local News\n\nDisplays cancelled as storm hits (4 November 2023)\nRecord crowd for switch-on (23 October 2023)",
			time.Date(2023, 11, 7, 0, 0, 0, 0, time.UTC), []string{"2023-11-19"}},
		// A paragraph between the heading and the teaser: no list.
		{"a paragraph under the heading",
			"Read more\n\nThe depot closed in 2014 and reopened on Tuesday.\nA new depot opens in May (the council said)",
			easterFriday, []string{"2014", "2015-03-31", "2015-05"}},
	}
	for _, c := range cases {
		got := eventStrings(t, c.text, c.published, func(e data.Event) string { return e.Value })
		if strings.Join(got, " ") != strings.Join(c.values, " ") {
			t.Errorf("%s: events %v, want %v", c.name, got, c.values)
		}
	}
}
