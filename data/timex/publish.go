package timex

import (
	"strings"
	"time"
)

// publishedLines bounds how far into an article FindPublished looks for a
// dateline, in lines.
const publishedLines = 6

// FindPublished finds the publication date an article states about itself:
// a "Published 27 November 2024" line, or a dateline with a full date
// ("ASTANA, Nov. 27, 2024 (Reuters) –") among the first lines. Datelines
// without a year are not accepted, since the year would be a guess.
func FindPublished(text string) (time.Time, bool) {
	lines := 0
	for len(text) > 0 && lines < publishedLines {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if strings.TrimSpace(line) == "" {
			continue
		}
		lines++
		if t, ok := fullDateIn(line); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// datelineAfter reports whether the rest of a line after a date reads like
// the end of a news dateline: "(Reuters) -", "--", "—".
func datelineAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ,")
	for _, p := range []string{"(", "-", "–", "—", "/"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// fullDateIn returns the first day-precision date with a written year in
// a line that looks like a dateline, a "Published" line or a short date
// line under a headline; a date inside body prose does not count.
func fullDateIn(line string) (time.Time, bool) {
	low := strings.ToLower(strings.TrimSpace(line))
	labelled := false
	for _, p := range []string{"published", "posted", "updated", "date:", "dated"} {
		if strings.HasPrefix(low, p) {
			labelled = true
		}
	}
	for _, x := range Tag(line, time.Time{}) {
		if x.Type != Date || !writesYear(x.Text) {
			continue
		}
		s, err := ParseValue(x.Value)
		if err != nil || s.Precision != PrecisionDay {
			continue
		}
		if labelled || len(strings.TrimSpace(line)) < 60 || datelineAfter(line[x.End:]) {
			return s.Start, true
		}
	}
	return time.Time{}, false
}
