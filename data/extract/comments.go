package extract

import (
	"strings"
)

// commentsStart returns where a copied page's reader comments begin in
// text, or len(text) when it has none: the line of a comments heading
// ("Comments (3)", "12 comments", "Leave a reply", "Join the
// conversation") standing alone under at least minProseAbove lines of
// prose. Readers' posts are no part of the story, and their "last week"
// is the reader's. A count line near the top ("12 comments" beside the
// byline) has no story above it, so it cuts nothing.
func commentsStart(text string) int {
	prose := 0
	for i := 0; i < len(text); {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text) - i
		}
		line := strings.TrimSpace(text[i : i+end])
		switch {
		case prose >= minProseAbove && len(line) <= commentHeadingMax && commentsHeading(line):
			return i
		case proseLine(line):
			prose++
		}
		i += end + 1
	}
	return len(text)
}

// minProseAbove is how many lines of prose must stand above a comments
// heading: the story it closes.
const minProseAbove = 2

// commentHeadingMax bounds, in bytes, the lines commentsStart reads as a
// heading, so that only short lines are lowered and compared.
const commentHeadingMax = 40

// commentsHeading reports whether line is the heading of a page's
// comments: one of commentHeadings, perhaps with the count before it or
// in brackets after it ("Comments (3)", "12 Comments", "Comments: 4").
func commentsHeading(line string) bool {
	lower := strings.ToLower(strings.TrimRight(line, " :"))
	lower = strings.TrimLeft(lower, "0123456789 ")
	if open := strings.IndexByte(lower, '('); open > 0 && strings.HasSuffix(lower, ")") && digitsOnly(lower[open+1:len(lower)-1]) {
		lower = strings.TrimSpace(lower[:open])
	}
	if head, count, ok := strings.Cut(lower, ":"); ok && digitsOnly(strings.TrimSpace(count)) {
		lower = head
	}
	for _, h := range commentHeadings {
		if lower == h {
			return true
		}
	}
	return false
}

// commentHeadings are the headings, in lower case, under which pages set
// their readers' comments.
var commentHeadings = []string{"comments", "comment", "reader comments", "readers' comments", "readers’ comments",
	"leave a comment", "leave a reply", "post a comment", "add a comment", "join the conversation",
	"join the discussion", "show comments", "view comments", "most popular comments"}

// digitsOnly reports whether s is one or more ASCII digits.
func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// proseLine reports whether line is a paragraph's: words enough and the
// close of a sentence.
func proseLine(line string) bool {
	return len(line) > 0 && strings.ContainsAny(line[len(line)-1:], ".!?\"”") && strings.Count(line, " ")+1 >= proseLineWords
}
