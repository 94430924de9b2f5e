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
