package data

import (
	"cmp"
	"slices"
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
	// Title is the clause of the sentence that holds the date, cut only
	// past a safety cap (see extract.Title).
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

// SortEvents orders events by start of span, then by end, so equal spans
// keep their reading order (article, then position). It sorts small keys
// and then moves each event once, rather than moving ~200-byte events at
// every step of the sort (issue 15: a million events).
func SortEvents(events []Event) {
	keys := make([]EventKey, len(events))
	for i := range events {
		keys[i] = KeyOf(events[i], i)
	}
	slices.SortFunc(keys, EventKey.Compare)
	permute(events, keys)
}

// EventKey is what SortEvents orders an event by: its span's start and end
// as instants, then its place in the input, which makes an unstable sort
// of keys give the stable order. Code that streams events out sorted (the
// extract command) sorts keys of its own with it.
type EventKey struct {
	startSec, endSec int64
	startNsec        int32
	endNsec          int32
	// Index is the event's place in reading order.
	Index int
}

// KeyOf returns the sort key of e, the index-th event in reading order.
func KeyOf(e Event, index int) EventKey {
	s, t := e.Span.Start, e.Span.End
	return EventKey{startSec: s.Unix(), endSec: t.Unix(), startNsec: int32(s.Nanosecond()),
		endNsec: int32(t.Nanosecond()), Index: index}
}

// Compare orders keys as SortEvents orders events: -1 when k comes first.
func (k EventKey) Compare(o EventKey) int {
	if c := cmp.Compare(k.startSec, o.startSec); c != 0 {
		return c
	}
	if c := cmp.Compare(k.startNsec, o.startNsec); c != 0 {
		return c
	}
	if c := cmp.Compare(k.endSec, o.endSec); c != 0 {
		return c
	}
	if c := cmp.Compare(k.endNsec, o.endNsec); c != 0 {
		return c
	}
	return cmp.Compare(k.Index, o.Index)
}

// permute puts events in key order in place, following each cycle of the
// permutation so that every event moves once; keys is used up as the
// record of which places are done.
func permute(events []Event, keys []EventKey) {
	for i := range keys {
		if keys[i].Index < 0 {
			continue
		}
		held := events[i]
		j := i
		for {
			src := keys[j].Index
			keys[j].Index = -1
			if src == i {
				events[j] = held
				break
			}
			events[j] = events[src]
			j = src
		}
	}
}
