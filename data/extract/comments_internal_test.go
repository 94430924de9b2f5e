package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

// TestCommentsStart checks where a page's reader comments are cut: under
// the story, at their heading's line, and never at a count beside the
// byline or a sentence that speaks of comments.
func TestCommentsStart(t *testing.T) {
	story := "The council approved three new bus lanes on Thursday.\nResidents can comment on the plans until February 20.\n"
	cases := []struct {
		name, text string
		cut        string // the text from the cut on, "" for none
	}{
		{"heading with a count", story + "Comments (3)\nJaneB\nThe bus was late last week.\n", "Comments (3)\nJaneB\nThe bus was late last week.\n"},
		{"count first", story + "12 Comments\nMark\nReady by July?\n", "12 Comments\nMark\nReady by July?\n"},
		{"leave a reply", story + "\nLeave a Reply:\nYour email will not be published.\n", "Leave a Reply:\nYour email will not be published.\n"},
		{"colon and count", story + "Comments: 4\nMark\n", "Comments: 4\nMark\n"},
		{"counter beside the byline", "Bus lanes approved\nBy Tom Reed\n12 comments\n" + story, ""},
		{"a sentence about comments", story + "Comments from residents will be read in March.\n", ""},
		{"no comments", story, ""},
		{"a heading with more words", story + "Comments on the plan so far\nMany were in favour.\n", ""},
	}
	for _, c := range cases {
		got := c.text[commentsStart(c.text):]
		if got != c.cut {
			t.Errorf("%s: cut at %q, want %q", c.name, got, c.cut)
		}
	}
}

// TestEvents_ReaderComments checks that a reader's dates under the
// comments heading make no events, while the story's stay.
func TestEvents_ReaderComments(t *testing.T) {
	text := "Council approves new bus lanes\nPublished 25 January 2026\n\n" +
		"The council approved three new bus lanes on Thursday. Work starts in March.\n\n" +
		"Residents can comment on the plans until February 20.\n\nComments (2)\nJaneB\n" +
		"The 42 bus was late every day last week.\nMark_T\nWill it be ready for the festival in July?\n"
	a := &data.Article{Text: text, Published: time.Date(2026, 1, 25, 0, 0, 0, 0, time.UTC)}
	events, err := Events(a)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range events {
		got = append(got, e.Expr)
	}
	sort.Strings(got)
	if want := "February 20,March,Thursday"; strings.Join(got, ",") != want {
		t.Errorf("events %q, want the story's only: %s", got, want)
	}
}
