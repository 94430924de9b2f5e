package data

import (
	"sort"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// Article is one news article as imported: its metadata and plain body text.
type Article struct {
	// Title is the headline, from front matter, an HTML title or the first line.
	Title string
	// Source names where the article came from: its file name or URL.
	Source string
	// Outlet is the publisher named in the article's metadata, if any.
	Outlet string
	// Author is the byline from the article's metadata, if any.
	Author string
	// Fetched is when the article was fetched from its URL; zero for
	// articles read from files or pasted.
	Fetched time.Time
	// Tags are the article's topics from its metadata, for grouping.
	Tags []string
	// Published is the publication date at UTC midnight; zero when unknown.
	Published time.Time
	// Text is the plain body text that dates are found in.
	Text string
	// Offset is the byte offset of Text within the original file, or -1
	// when Text was derived (from HTML, say) and offsets do not map back.
	Offset int
}

// Event is one dated happening an analyst would plot: a sentence of an
// article together with one calendar date found in it.
type Event struct {
	// Title is a short label: the sentence's main clause in a few words.
	Title string
	// Value is the TIMEX3 value of the date, keeping its precision.
	Value string
	// Mod is the TIMEX3 modifier (APPROX, START, …) or "".
	Mod string
	// Span is the calendar span Value covers.
	Span timex.Span
	// Expr is the date expression as written; ExprStart and ExprEnd are its
	// byte offsets in Article.Text.
	Expr               string
	ExprStart, ExprEnd int
	// Sentence is the whole sentence the date came from, starting at byte
	// SentenceStart of Article.Text.
	Sentence      string
	SentenceStart int
	// Article is the article the event was found in.
	Article *Article
	// Confidence is how sure the extractor is of the date, from 0 to 1.
	Confidence float64
}

// SortEvents orders events by start of span, then by article and position,
// so equal dates keep their reading order.
func SortEvents(events []Event) {
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		if !a.Span.Start.Equal(b.Span.Start) {
			return a.Span.Start.Before(b.Span.Start)
		}
		return a.Span.End.Before(b.Span.End)
	})
}
