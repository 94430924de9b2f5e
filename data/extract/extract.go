package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// Events finds the dated events of an article: one per sentence and
// calendar date, in text order. Durations, sets and vague references such
// as "now" are not events, nor are the dates that say when the article
// itself appeared: bylines, "Published …"/"Updated …" lines, lines that
// are only a date and news datelines ("ASTANA, Nov 27 (Reuters) –"). It
// fails with data.ErrNoDate when the article has no publication date to
// resolve relative dates against.
func Events(a *data.Article) ([]data.Event, error) {
	var events []data.Event
	err := EventsByPiece(a, func(piece []data.Event) {
		if events == nil {
			events = piece
		} else {
			events = append(events, piece...)
		}
	})
	return events, err
}

// EventsByPiece is Events handing the events to emit one piece of the text
// at a time (see PieceEnd; emit is not called for a piece without events),
// so that a caller that writes them out holds one piece's events, not a
// huge article's. No sentence, range or duplicate spans two pieces, so the
// events are the same either way.
func EventsByPiece(a *data.Article, emit func([]data.Event)) error {
	if a.Published.IsZero() {
		return noDate(a)
	}
	var x extraction
	for from := 0; from < len(a.Text); {
		to := PieceEnd(a.Text, from)
		x.piece(a, from, to)
		if len(x.events) > 0 {
			emit(x.events)
		}
		x.events = nil
		from = to
	}
	return nil
}

// extraction is the state of Events: the events of the piece being read
// and the clause buffers their titles are made with.
type extraction struct {
	events []data.Event
	titles titler
}

// piece makes the events of a.Text[from:to], one piece of the text as
// PieceEnd cuts it: the piece is split into sentences and tagged alone,
// so that the tagger's working memory is bounded by the piece, not by
// the article, and the expressions are then read against the whole text.
func (x *extraction) piece(a *data.Article, from, to int) {
	txs, sentences := timex.TagSentences(a.Text[from:to], a.Published)
	for i := range sentences {
		sentences[i].Start += from
		sentences[i].End += from
	}
	for i := range txs {
		txs[i].Start += from
		txs[i].End += from
	}
	// Room for an event per expression at once: growing the slice of a
	// long piece's events step by step copied them several times over.
	events := slices.Grow(x.events, len(txs))
	si := 0
	var sentence string // flattened sentence si, reused by its other dates
	sentenceAt := -1
	last := -1 // the event the expression before made, for ranges
	var lastTx timex.Timex
	lists := listSpans(a.Text, txs)
	for k, tx := range txs {
		span, err := tx.Span()
		if err != nil || (tx.Type != timex.Date && tx.Type != timex.Time) || aboutPublication(a.Text, tx) ||
			accountingYear(tx.Text) || accountingBoundary(a.Text, tx.Start) || timeOfSet(a.Text, txs, k) {
			last = -1
			continue
		}
		if (tx.RangeEnd || tx.Qualifies) && last >= 0 {
			// A list's title already leaves out all of it.
			inList := lists[k][0] < tx.Start
			events[last] = joined(&x.titles, events[last], lastTx, tx, span, !inList)
			continue
		}
		last = -1
		if k+1 < len(txs) && restated(a.Text, tx, txs[k+1]) {
			continue
		}
		for si < len(sentences)-1 && sentences[si].End <= tx.Start {
			si++
		}
		whole := sentenceAround(a.Text, sentences, si, tx)
		if !runsInto(tx.Text) && duplicate(a.Text, events, whole.Start, tx, span) || streakOfNamedDay(txs, k, span, whole) {
			continue
		}
		s := clip(a.Text, whole, tx)
		if s.Start != sentenceAt || len(sentence) != s.End-s.Start {
			sentence, sentenceAt = flatten(a.Text[s.Start:s.End]), s.Start
		}
		list := lists[k]
		events = append(events, data.Event{
			Title:         x.titles.title(sentence, max(list[0], s.Start)-s.Start, min(list[1], s.End)-s.Start),
			Value:         tx.Value,
			Mod:           tx.Mod,
			Span:          span,
			Expr:          tx.Text,
			ExprStart:     tx.Start,
			ExprEnd:       tx.End,
			Sentence:      sentence,
			SentenceStart: s.Start,
			Article:       a,
			Confidence:    confidence(tx, span),
		})
		last, lastTx = len(events)-1, tx
	}
	x.events = dropModifiers(a.Text, events)
}

// maxPiece bounds the piece of a text that Events tags at a time, in
// bytes. News articles are a few kilobytes; a text longer than this (a
// whole archive in one file, a 20 MB line) is tagged a piece at a time,
// which keeps memory a small multiple of the text.
const maxPiece = 1 << 20

// PieceEnd returns where the piece of text starting at from ends, as
// Events cuts a long text for tagging: the whole rest when it is at most
// maxPiece bytes, else after the last blank line within maxPiece bytes,
// else after the last line break, else after the last full stop and
// space, else at the last space, else at maxPiece (on a rune boundary in
// valid UTF-8). Every piece but the last is at least maxPiece/2 bytes.
// Callers that tag a text themselves (dateline extract --timex) cut it the
// same way, so that they read the expressions Events reads.
func PieceEnd(text string, from int) int {
	if len(text)-from <= maxPiece {
		return len(text)
	}
	window := text[from : from+maxPiece]
	half := len(window) / 2 // a cut in the first half would make short pieces
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if i := strings.LastIndex(window, sep); i >= half {
			return from + i + len(sep)
		}
	}
	end := from + maxPiece
	for back := 0; back < utf8.UTFMax-1 && !utf8.RuneStart(text[end]); back++ {
		end-- // invalid UTF-8 may have no rune start at all: a piece is cut anyway
	}
	return end
}

// listSpans returns, for each expression, the byte span of the list it
// belongs to: "Tuesday, Thursday and Saturday next week" for each of its
// days, so that every day is titled by the clause around the whole list
// rather than by the others' leftovers. An expression in no list spans
// itself.
func listSpans(text string, txs []timex.Timex) [][2]int {
	spans := make([][2]int, len(txs))
	for i := 0; i < len(txs); {
		j := i
		for j+1 < len(txs) && listGap(text[txs[j].End:txs[j+1].Start]) {
			j++
		}
		for k := i; k <= j; k++ {
			spans[k] = [2]int{txs[i].Start, txs[j].End}
		}
		i = j + 1
	}
	return spans
}

// maxListGap bounds the text between two listed dates.
const maxListGap = 8

// listGap reports whether the text between two expressions joins them in
// a list: only spaces, commas, "and", "or" and "&" ("Tuesday, Thursday and
// Saturday"), or nothing but a space before a qualifier ("Saturday next
// week").
func listGap(gap string) bool {
	if len(gap) > maxListGap {
		return false
	}
	rest := strings.TrimSpace(strings.NewReplacer(",", " ", "&", " ").Replace(gap))
	return rest == "" || rest == "and" || rest == "or"
}

// joined folds tx into e, the event made from the expression first just
// before it. The second half of a range ("15" of "May 14-15") stretches the
// span to its last day; a qualifier ("last year" of "March of last year")
// leaves the span alone. Either way the expression now covers both, and
// both are rated as the whole, so a year written once counts for both;
// retitle makes the title leave out the whole expression.
func joined(titles *titler, e data.Event, first, tx timex.Timex, span timex.Span, retitle bool) data.Event {
	if tx.RangeEnd && strings.HasSuffix(tx.Value, "TNI") {
		// "open from Thursday evening until Saturday night": the
		// stretch ends on the day whose night it names, not in the small
		// hours after it.
		span.End = span.Start.Truncate(24*time.Hour).AddDate(0, 0, 1)
	}
	if tx.RangeEnd && span.End.After(e.Span.End) {
		e.Span.End = span.End
	}
	e.ExprEnd = tx.End
	e.Expr = e.Article.Text[e.ExprStart:e.ExprEnd]
	if end := e.ExprEnd - e.SentenceStart; retitle && end <= len(e.Sentence) {
		e.Title = titles.title(e.Sentence, e.ExprStart-e.SentenceStart, end)
	}
	first.Text, tx.Text = e.Expr, e.Expr
	e.Confidence = min(confidence(first, e.Span), confidence(tx, e.Span))
	return e
}

// maxSentence bounds the sentence an event keeps, in bytes: a "sentence"
// longer than this (a text with no full stops) is cut to a window around
// the date, so that the events of one huge line do not each copy it all.
const maxSentence = 1200

// clip returns s, or when it is longer than maxSentence the part of it
// within maxSentence/2 bytes of tx, cut at spaces.
func clip(text string, s timex.Sentence, tx timex.Timex) timex.Sentence {
	if s.End-s.Start <= maxSentence {
		return s
	}
	half := (maxSentence - (tx.End - tx.Start)) / 2
	start, end := max(s.Start, tx.Start-half), min(s.End, tx.End+half)
	if start > s.Start {
		if k := strings.IndexByte(text[start:tx.Start], ' '); k >= 0 {
			start += k + 1
		}
	}
	if end < s.End {
		if k := strings.LastIndexByte(text[tx.End:end], ' '); k >= 0 {
			end = tx.End + k
		}
	}
	for start < tx.Start && !utf8.RuneStart(text[start]) {
		start++
	}
	for end > tx.End && end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	return timex.Sentence{Start: start, End: end}
}

// sentenceAround returns the sentence holding tx, or the expression's own
// line when the splitter found no sentence around it.
func sentenceAround(text string, sentences []timex.Sentence, i int, tx timex.Timex) timex.Sentence {
	if i < len(sentences) && sentences[i].Start <= tx.Start && tx.End <= sentences[i].End {
		return sentences[i]
	}
	start := strings.LastIndexByte(text[:tx.Start], '\n') + 1
	end := strings.IndexByte(text[tx.End:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += tx.End
	}
	return timex.Sentence{Start: start, End: end}
}

// publicationLineMax bounds how far aboutPublication looks for the line
// around a date: publication lines are short, and the bound keeps a text
// with megabyte-long lines linear.
const publicationLineMax = 400

// aboutPublication reports whether tx dates the article rather than an
// event: it stands in a byline, a "Published"/"Updated" line, a line of
// page furniture (see furnitureLine) or a line that is only a date, or in
// the news dateline that opens a line.
func aboutPublication(text string, tx timex.Timex) bool {
	from := max(0, tx.Start-publicationLineMax)
	start := from
	if i := lastLineFeed(text[from:tx.Start]); i >= 0 {
		start = from + i + 1
	} else if from > 0 {
		return false // a long line: no publication line, nor a dateline this far in
	}
	to := min(len(text), tx.End+publicationLineMax)
	end, whole := to, to == len(text)
	if i := strings.IndexByte(text[tx.End:to], '\n'); i >= 0 {
		end, whole = tx.End+i, true
	}
	line := text[start:end]
	lead := len(line) - len(strings.TrimLeft(line, "#*_> \t\u00a0"))
	if h := timex.DatelineHeader(line[lead:]); h > 0 && tx.Start-start < lead+h {
		return true
	}
	if whole && tx.Rule == "clock" && stampsEntry(text, start, end) {
		return false
	}
	return whole && (timex.IsPublicationLine(line) || furnitureLine(line[lead:]) ||
		!hasLetter(text[start:tx.Start]) && !hasLetter(text[tx.End:end]))
}

// stampsEntry reports whether the line text[start:end], a clock time
// alone, stamps the entry of a live report written under it ("4:55
// p.m.\nThe warning is extended"): a paragraph opens with it and text
// goes on on the next line. A time under a date line, its blank line
// after it ("May 2, 2024\n10:31 a.m.\n\nThe ..."), dates the article.
func stampsEntry(text string, start, end int) bool {
	opens := start == 0 || strings.HasSuffix(strings.TrimRight(text[:start], " \t\r"), "\n\n") ||
		strings.TrimSpace(text[:start]) == ""
	next := strings.TrimLeft(text[end:], " \t\r")
	return opens && strings.HasPrefix(next, "\n") && len(next) > 1 && next[1] != '\n' && next[1] != '\r'
}

// lastLineFeed is strings.LastIndexByte(s, '\n'), which reads a byte at
// a time: strings.IndexByte, many at a time, finds the first line feed or
// that there is none, and only the rest after it is read backwards.
func lastLineFeed(s string) int {
	first := strings.IndexByte(s, '\n')
	if first < 0 {
		return -1
	}
	return first + strings.LastIndexByte(s[first:], '\n')
}

// hasLetter reports whether s holds a letter: a line whose only words are
// a date expression ("10/26/89", "Tuesday, December 3, 1991") is a date
// line.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// flatten turns the line breaks of hard-wrapped text into spaces, keeping
// every byte offset valid.
func flatten(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s // most sentences: no need to decode every rune
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// restated reports whether the expression next restates tx in an
// apposition that writes the day out: "a week later, on April 13", "the
// next day, Tuesday, 5 March", "on the same day, May 10", "two weeks ago,
// on Sept. 6". The written day is the event; the relative
// one is only its lead-in.
func restated(text string, tx, next timex.Timex) bool {
	gap := text[tx.End:next.Start]
	if gap != ", on " && gap != ", " || next.Type != timex.Date || !relativeLeadIn(tx.Text) ||
		strings.ContainsAny(tx.Text, "0123456789") || !strings.ContainsAny(next.Text, "0123456789") {
		return false
	}
	s, err := next.Span()
	return err == nil && s.Precision.IsPoint()
}

// relativeLeadIn reports whether an expression counts from another date
// ("a week later", "the next day", "two days earlier"), as the lead-in
// of an apposition does.
func relativeLeadIn(expr string) bool {
	for _, w := range strings.Fields(strings.ToLower(expr)) {
		if leadInWords[w] {
			return true
		}
	}
	return false
}

// leadInWords mark an expression that counts from another date.
var leadInWords = map[string]bool{"later": true, "earlier": true, "next": true, "following": true,
	"previous": true, "before": true, "after": true, "same": true, "ago": true}

// duplicate reports whether the sentence at sentenceStart already gave an
// event for span: the same value, or the same day at day precision or
// finer ("on Thursday, … said in an address on Thursday evening" is one
// event to plot, not two). Two dates that each open a line are entries of
// a list or schedule, not one sentence's mentions, however the lines are
// joined ("Saturday 12 March, 3pm: Rovers v City" and the next line,
// "Saturday 12 March, 5.30pm: Athletic v United").
func duplicate(text string, events []data.Event, sentenceStart int, tx timex.Timex, span timex.Span) bool {
	entry := opensLine(text, tx.Start)
	for i := len(events) - 1; i >= 0 && events[i].SentenceStart == sentenceStart; i-- {
		e := events[i]
		if entry && opensLine(text, e.ExprStart) {
			continue
		}
		if e.Value == tx.Value {
			return true
		}
		if e.Span.Precision.IsPoint() && span.Precision.IsPoint() &&
			e.Span.Start.Truncate(24*time.Hour).Equal(span.Start.Truncate(24*time.Hour)) {
			return true
		}
		if strings.EqualFold(tx.Text, "overnight") && e.Span.Precision.IsPoint() &&
			e.Span.Start.Truncate(24*time.Hour).Equal(span.LastDay()) {
			// "said on Wednesday, after partners agreed overnight": the
			// night that names no day leads into the day named.
			return true
		}
	}
	return false
}

// opensLine reports whether only spaces, tabs or list marks ("-", "*")
// stand between the start of the line and offset i.
func opensLine(text string, i int) bool {
	for i > 0 {
		i--
		switch text[i] {
		case '\n':
			return true
		case ' ', '\t', '-', '*':
		default:
			return false
		}
	}
	return true
}

// runsInto reports whether expr names a night by the day it runs into
// ("overnight into Saturday", "overnight Thursday into Friday"): it covers
// two days, so it is no duplicate of an event on the first ("snow on
// Friday afternoon and overnight into Saturday" plots both).
func runsInto(expr string) bool {
	return strings.Contains(expr, " into ")
}

// confidence rates an explicit date ("27 November 2024") above one resolved
// from context ("on Wednesday"), an approximate one lower, and one the text
// itself contradicts ("Monday 27 November 2024", a Wednesday) lowest.
func confidence(tx timex.Timex, span timex.Span) float64 {
	c := 0.8
	if strings.Contains(tx.Text, strconv.Itoa(span.Start.Year())) {
		c = 0.95
	}
	if tx.Mod == "APPROX" || tx.Mod == "BEFORE" || tx.Mod == "AFTER" {
		c -= 0.2
	}
	if tx.Doubt != "" {
		c -= 0.4
	}
	return math.Round(c*100) / 100 // 0.55, not 0.5499999999999999, in exports
}
