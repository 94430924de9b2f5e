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
	// A copied page's reader comments close the story: they are read no
	// further than their heading.
	body := a.Text[:commentsStart(a.Text)]
	for from := 0; from < len(body); {
		to := PieceEnd(body, from)
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
	lines  lineCheck
	// entriesBegun is whether a live entry's stamp, a clock time alone on
	// its line, has been read: a dated clock line after it stamps an
	// entry, where before it the line dates the page.
	entriesBegun bool
	// fiscalEnd is the month the article's fiscal year ends in
	// (timex.FiscalYearEnd), read at its first fiscal year: 0 not yet
	// read, -1 none.
	fiscalEnd int
	// quarterLag is the months the article's fiscal quarters fall after
	// the calendar's (timex.FiscalQuarterLag): 0 not yet read, -1 none.
	quarterLag int
	// calendarQuarters is whether the article writes a quarter with its
	// calendar year (timex.WritesCalendarPart), read with quarterLag.
	calendarQuarters bool
	// halfLag is the months the article's fiscal halves fall after the
	// calendar's (fiscalHalfSpan): 0 not yet read, -1 none;
	// calendarHalves is whether the article writes a half or quarter with
	// its calendar year, read with it.
	halfLag        int
	calendarHalves bool
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
	// dropped tells that the expression before made no event: the end
	// of a range it opens makes none either ("whose business year runs
	// from April to March": the whole range is the year's edge).
	dropped := false
	lists := listSpans(a.Text, txs)
	for k, tx := range txs {
		span, err := tx.Span()
		if err != nil || (tx.Type != timex.Date && tx.Type != timex.Time) || x.lines.aboutPublication(a.Text, tx) && !headsTimetable(a.Text, txs, k) && !headsSection(a.Text, txs, k) && !x.laterEntryStamp(a.Text) && !headsDayList(a.Text, txs, k, span) ||
			tx.Type == timex.Date && linkTeaser(a.Text, tx, span, a.Published) || accountingYear(tx.Text) && !boundsYearAt(a.Text, txs, k) || accountingBoundary(a.Text, tx.Start) && !namedAccountingYear(a.Text, tx) || timeOfSet(a.Text, txs, k) || referencePeriod(a.Text, tx) ||
			trailingStretch(a.Text, tx) || comparisonSpan(a.Text, tx) || kindOfDay(a.Text, tx) || rankingFrame(a.Text, tx) || logReference(a.Text, tx) ||
			tx.RangeEnd && dropped {
			last, dropped = -1, true
			continue
		}
		dropped = false
		if bareClock(tx) && x.lines.alone(a.Text, tx) {
			x.entriesBegun = true
		}
		if (tx.RangeEnd || tx.Qualifies) && last >= 0 {
			// A list's title already leaves out all of it.
			inList := lists[k][0] < tx.Start
			events[last] = joined(&x.titles, events[last], lastTx, tx, span, !inList)
			continue
		}
		last = -1
		if k+1 < len(txs) && (restated(a.Text, tx, txs[k+1]) || holidayNamesDay(a.Text, tx, txs[k+1]) || yearOwnsDate(a.Text, tx, txs[k+1])) || k > 0 && (namesHoliday(a.Text, txs[k-1], tx) ||
			endsPeriod(a.Text, txs[k-1], spanMade(events, txs[k-1]), tx) || boundsYear(a.Text, txs[k-1], tx) || otherZone(a.Text, txs[k-1], tx)) {
			continue
		}
		if k > 0 {
			if moved, ok := offsetBy(a.Text, txs[k-1], tx); ok {
				tx = moved // "two days before Thanksgiving": the day the count gives
				span, _ = tx.Span()
			} else if part, ok := partOfYear(a.Text, txs[k-1], tx, span); ok {
				tx = part // "the first three months of 2024": its first quarter
				span, _ = tx.Span()
			} else if part, days, ok := partOfMonth(a.Text, txs[k-1], tx, span); ok {
				tx, span = part, days // "the last two weeks of April": April 17 to 30
			}
		}
		if night, ok := nightOf(a.Text, tx, span); ok {
			tx = night // "on the night of March 14": that night, into the 15th
			span, _ = tx.Span()
		}
		if week, ok := weekBeside(a.Text, tx, span); ok {
			tx = week // "in the week before Christmas": the calendar week before its week
			span, _ = tx.Span()
		}
		if year, ok := boundedYearAt(a.Text, txs, k); ok {
			span = year // "the fiscal year that began July 1": July to June
		} else if span.Precision == timex.PrecisionYear && numberedFiscalYear(tx.Text) {
			span = x.fiscalSpan(a.Text, span) // "fiscal 2013" of a year to September
		}
		if span.Precision == timex.PrecisionQuarter && !strings.ContainsAny(tx.Text, "0123456789") && tx.Rule != monthRule {
			span = x.fiscalQuarterSpan(a.Text, tx.Text, span) // "its fiscal third quarter" of a year to January: August to October
		}
		if span.Precision == timex.PrecisionHalf && !strings.ContainsAny(tx.Text, "0123456789") {
			span = x.fiscalHalfSpan(a.Text, tx.Text, span) // "the second half" of a year to March: October to March
		}
		if n := len(events); n > 0 && span.Precision == timex.PrecisionYear {
			if fy, ok := accountingYearBack(tx.Text, events[n-1].Span, span); ok {
				span = fy // "in the 2004-05 financial year, up from 29 the year before": 2003-04
			} else if fy, ok := accountingYearBack(tx.Text, stretchYear(a.Text, events[n-1]), span); ok {
				span = fy // "in the 52 weeks to February 26, down from £67m in the previous year": March 2009 to February 2010
			}
		}
		if n := len(events); n > 1 && span.Precision == timex.PrecisionMonth {
			if pair, ok := pairYearBack(a.Text, tx, events[n-2], events[n-1], span); ok {
				span = pair // "sales in November and December, up from a year earlier": both months of 2013
			}
		}
		if span.Precision == timex.PrecisionMonth && yearTo(a.Text, tx.Start) {
			span.Start = span.Start.AddDate(0, -11, 0) // "the year to March 2026": April 2025 to March 2026
		} else if span.Precision == timex.PrecisionDay && yearEndedOn(a.Text, tx.Start) {
			span = yearToDay(span) // "the year ended March 31": April to March
		}
		if span.Precision >= timex.PrecisionMonth && namedAccountingYear(a.Text, tx) {
			span = accountingYearTo(span) // "the fiscal year ending March 2029": April 2028 to March 2029
		}
		for si < len(sentences)-1 && sentences[si].End <= tx.Start {
			si++
		}
		whole := sentenceAround(a.Text, sentences, si, tx)
		if !runsInto(tx.Text) && !opensDaysRange(txs, k, span) && duplicate(a.Text, events, whole.Start, tx, span) ||
			streakOfNamedDay(txs, k, span, whole) {
			continue
		}
		s := clip(a.Text, whole, tx)
		if s.Start != sentenceAt || len(sentence) != s.End-s.Start {
			sentence, sentenceAt = flatten(a.Text[s.Start:s.End]), s.Start
		}
		list := lists[k]
		list[0] = min(list[0], tx.Start) // a count moved it: "two days before Thanksgiving"
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
	x.events = dropRestated(a.Text, dropModifiers(a.Text, events))
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
		for j+1 < len(txs) && listGap(text[txs[j].End:txs[j+1].Start]) && !introducesEvent(txs[j+1]) {
			j++
		}
		for k := i; k <= j; k++ {
			spans[k] = [2]int{txs[i].Start, txs[j].End}
		}
		i = j + 1
	}
	return spans
}

// introducesEvent reports whether tx is a count that dates the event
// after it ("on Thursday, a day after it reported record revenue"): no
// item of a list, but a date of its own clause.
func introducesEvent(tx timex.Timex) bool {
	return strings.HasSuffix(tx.Text, " after")
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
	rest := strings.TrimFunc(gap, listMark)
	return rest == "" || rest == "and" || rest == "or"
}

// listMark reports whether r is a space, comma or "&", which join the
// items of a list around its "and" or "or". (A mark inside the gap
// leaves more than the word: "a,nd" is no list.)
func listMark(r rune) bool { return r == ',' || r == '&' || unicode.IsSpace(r) }

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
func (lc *lineCheck) aboutPublication(text string, tx timex.Timex) bool {
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
	lc.read(text, start, end)
	if lc.header > 0 && tx.Start-start < lc.lead+lc.header {
		return true
	}
	return whole && (lc.datesPage(text) ||
		!hasLetter(text[start:tx.Start]) && !hasLetter(text[tx.End:end]) && !(bareClock(tx) && !underDateLine(text, start)))
}

// headsTimetable reports whether txs[k] is a date alone on its line, with
// no year, that heads the rows of a timetable or fixture list on the line
// below ("Saturday February 20" and then "12.00 Men's 60m heats" or
// "Ravensworth v Dunmore (3pm)"): the rows' day, an event, where a date
// line dates the page. A stamp alone on the next line is a live entry's.
func headsTimetable(text string, txs []timex.Timex, k int) bool {
	tx := txs[k]
	if hasYear(tx.Text) {
		return false
	}
	start := lineStartBefore(text, tx.Start)
	nl := strings.IndexByte(text[tx.End:], '\n')
	if nl < 0 || strings.TrimSpace(text[start:tx.End+nl]) != tx.Text {
		return false
	}
	rowStart := tx.End + nl + 1
	row := text[rowStart:]
	if i := strings.IndexByte(row, '\n'); i >= 0 {
		row = row[:i]
	}
	if !hasLetter(row) {
		return false
	}
	timed := k+1 < len(txs) && txs[k+1].Type == timex.Time && txs[k+1].End <= rowStart+len(row)
	return timed || opensWithClock(row)
}

// headsDayList reports whether txs[k] is a week alone on its line that
// heads a list of days ("The week ahead" or "Next week" over "Monday:
// second reading ..."): the box's heading names the week its entries are
// days of, an event, where a lone date elsewhere dates the page. The
// first entry opens the next line with text and starts with the next
// date, a day followed by a colon or a dash.
func headsDayList(text string, txs []timex.Timex, k int, span timex.Span) bool {
	if span.Precision != timex.PrecisionWeek || span.Start.Weekday() != time.Monday || k+1 >= len(txs) {
		return false // not a calendar week, or nothing after it
	}
	nl := strings.IndexByte(text[txs[k].End:], '\n')
	if nl < 0 {
		return false
	}
	rest := text[txs[k].End+nl:]
	entry := strings.TrimLeft(rest, "\n\r \t*•-")
	next := txs[k+1]
	if next.Start != len(text)-len(entry) || !weekdayNames[strings.ToLower(strings.Fields(next.Text)[0])] {
		return false
	}
	after := strings.TrimLeft(text[next.End:], " ")
	return strings.HasPrefix(after, ":") || strings.HasPrefix(after, "- ") || strings.HasPrefix(after, "– ")
}

// hasYear reports whether s holds a run of four digits.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// headsSection reports whether txs[k] is a weekday alone on its line that
// heads a paragraph of prose, one of a run of such day headings: a
// round-up's "Monday" and then what happened that day ("Dockworkers
// walked out ..."), with "Tuesday" further down. The heading dates the
// stories under it, an event, where a lone day elsewhere dates the page;
// the first sentence's mention of the same day is then the same event
// (lineAbove). A day over a live entry's time stamp heads no prose.
func headsSection(text string, txs []timex.Timex, k int) bool {
	if !dayHeading(text, txs[k]) || !proseBelow(text, txs[k].End) {
		return false
	}
	for j := max(0, k-sectionReach); j < min(len(txs), k+sectionReach+1); j++ {
		if j != k && dayHeading(text, txs[j]) {
			return true
		}
	}
	return false
}

// sectionReach is how many dates away headsSection looks for the other
// day headings of a run: a section of a round-up holds a handful.
const sectionReach = 40

// dayHeading reports whether tx is a weekday's name and the whole of its
// line.
func dayHeading(text string, tx timex.Timex) bool {
	if !weekdayNames[strings.ToLower(tx.Text)] || !opensLine(text, tx.Start) {
		return false
	}
	nl := strings.IndexByte(text[tx.End:], '\n')
	return nl >= 0 && strings.TrimSpace(text[tx.End:tx.End+nl]) == ""
}

// proseLineWords is the fewest words a line under a heading needs to be
// taken as prose rather than a stamp, a label or a list's entry.
const proseLineWords = 6

// proseBelow reports whether the first line with text after offset i,
// past the end of i's own line, is prose: a sentence of some words that
// ends in a stop.
func proseBelow(text string, i int) bool {
	for {
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			return false
		}
		i += nl + 1
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text) - i
		}
		line := strings.TrimSpace(text[i : i+end])
		if line == "" {
			continue
		}
		return len(strings.Fields(line)) >= proseLineWords && strings.ContainsAny(line[len(line)-1:], ".!?\"")
	}
}

// opensWithClock reports whether line opens with a 24-hour clock time and
// a space, as a timetable's row does: "15.40 Women's 60m hurdles final".
func opensWithClock(line string) bool {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	for _, h := range []int{1, 2} {
		if len(line) > h+3 && digits(line[:h]) && (line[h] == '.' || line[h] == ':') && digits(line[h+1:h+3]) && line[h+3] == ' ' {
			return true
		}
	}
	return false
}

// lineCheck holds what aboutPublication reads off the line around a
// date that the date itself does not change, for the line it read last:
// a paragraph's dates all stand in one line, and its checks (dateline,
// publication line, furniture, list of links) read the whole line.
type lineCheck struct {
	start, end int  // the line, text[start:end]; end 0: none yet
	lead       int  // bytes of list and quote marks opening it
	header     int  // timex.DatelineHeader after the lead
	page       int8 // datesPage: 0 not yet known, 1 yes, -1 no
}

// read makes text[start:end] the line checked, unless it is already.
func (lc *lineCheck) read(text string, start, end int) {
	if lc.end != 0 && lc.start == start && lc.end == end {
		return
	}
	line := text[start:end]
	lead := len(line) - len(strings.TrimLeft(line, "#*_> \t\u00a0"))
	*lc = lineCheck{start: start, end: end, lead: lead, header: timex.DatelineHeader(line[lead:])}
}

// datesPage reports whether the line checked is a publication line, page
// furniture or a line of a list of links, whose dates are all the page's.
func (lc *lineCheck) datesPage(text string) bool {
	if lc.page == 0 {
		line := text[lc.start:lc.end]
		lc.page = -1
		if timex.IsPublicationLine(line) || furnitureLine(line[lc.lead:]) || linkList(text, lc.start) {
			lc.page = 1
		}
	}
	return lc.page > 0
}

// laterEntryStamp reports whether the line aboutPublication last read is a
// written date and a clock time alone ("Thu 7 May 2026 23.40 BST") under
// which a live page, its entries already begun with bare clock stamps,
// sets an entry of an earlier day: an event of that day, as a bare
// stamp is one of the page's day.
func (x *extraction) laterEntryStamp(text string) bool {
	return x.entriesBegun && timex.DatedClockLine(text[x.lines.start:x.lines.end])
}

// alone reports whether tx is all the line aboutPublication last read
// holds, but for marks and spaces.
func (lc *lineCheck) alone(text string, tx timex.Timex) bool {
	return lc.start <= tx.Start && tx.End <= lc.end && !hasLetter(text[lc.start:tx.Start]) && !hasLetter(text[tx.End:lc.end])
}

// bareClock reports whether tx is a clock time and nothing more ("14.05
// GMT", "9:40am"): alone on its line it stamps the live-blog entry below
// it, an event of the day the blog is on, where a line that is only a day
// ("Tuesday, December 3, 1991") dates the page.
func bareClock(tx timex.Timex) bool {
	words := strings.Fields(tx.Text)
	if tx.Type != timex.Time || len(words) == 0 || words[0][0] < '0' || words[0][0] > '9' {
		return false
	}
	for _, w := range words[1:] {
		if !clockMarks[strings.ToLower(w)] && (len(w) > 4 || strings.ToUpper(w) != w) {
			return false // a day or a month: "10:00 Friday"
		}
	}
	return true
}

// clockMarks are the words a clock time is written with besides a zone.
var clockMarks = map[string]bool{"am": true, "pm": true, "a.m.": true, "p.m.": true, "a.m": true, "p.m": true}

// underDateLine reports whether the line starting at lineStart comes
// right under a line that dates the page ("November 27, 2024" and then
// "10:31 a.m."): a time there is the page's, not a live entry's stamp.
func underDateLine(text string, lineStart int) bool {
	if lineStart < 2 {
		return false
	}
	end := lineStart - 1 // the line feed that ends the line above
	return timex.IsPublicationLine(text[lineStartBefore(text, end):end])
}

// lineStartBefore returns where the line that ends at end starts, looking
// back publicationLineMax bytes at most.
func lineStartBefore(text string, end int) int {
	from := max(0, end-publicationLineMax)
	return from + lastLineFeed(text[from:end]) + 1
}

// lastLineFeed is strings.LastIndexByte(s, '\n'), which reads a byte at
// a time: strings.IndexByte, many at a time, hops from one line feed to
// the next, and the lines of the few hundred bytes asked about are few.
func lastLineFeed(s string) int {
	last := -1
	for {
		i := strings.IndexByte(s[last+1:], '\n')
		if i < 0 {
			return last
		}
		last += i + 1
	}
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
	if !hasLineBreakOrTab(s) {
		return s // most sentences: no need to decode every rune
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// spanLeads are the words before a count that make it a stretch of time
// rather than a shift: "in 12 days after", "within a week after".
var spanLeads = map[string]bool{"in": true, "within": true, "for": true, "over": true, "during": true}

// offsetBy returns tx moved by the count that comes right before it with
// "before" or "after" between: in "two days before Thanksgiving" and "a
// week after Christmas" the event is on the day the count gives, which
// the tagger reads as two expressions (a duration and a date), as TimeML
// tags them. The result spans both.
func offsetBy(text string, count, tx timex.Timex) (timex.Timex, bool) {
	if count.Type != timex.Duration || count.End >= tx.Start {
		return tx, false
	}
	gap := text[count.End:tx.Start]
	before := gap == " before "
	if !before && gap != " after " || attributive(text, tx.Start, tx.End) {
		// "a month after the December election": the count ties the
		// clause's own date to another event, which the date names.
		return tx, false
	}
	if spanLeads[strings.ToLower(wordBefore(text, count.Start))] {
		// "four times in 12 days after tomorrow", "within a week
		// after Christmas": the count is a stretch that starts at the
		// date, which stays the event.
		return tx, false
	}
	v, ok := timex.Offset(tx.Value, count.Value, before)
	if !ok {
		return tx, false
	}
	tx.Value, tx.Text, tx.Start = v, text[count.Start:tx.End], count.Start
	return tx, true
}

// nightLead is what names the night of the day written after it.
const nightLead = "the night of "

// nightOf returns the day tx as the night named for it when "the night
// of" stands just before it ("landfall on the night of March 14"): that
// night, which runs into the next day, is the event, as with "Saturday
// night". The tagger tags the day alone there, as TimeML does.
func nightOf(text string, tx timex.Timex, span timex.Span) (timex.Timex, bool) {
	start := tx.Start - len(nightLead)
	if span.Precision != timex.PrecisionDay || start < 0 || !strings.EqualFold(text[start:tx.Start], nightLead) {
		return tx, false
	}
	tx.Value, tx.Text, tx.Start = tx.Value+"TNI", text[start:tx.End], start
	return tx, true
}

// weekLeads name the calendar week before or after the one of the day
// written after them, with the step in weeks.
var weekLeads = []struct {
	lead string
	step int
}{{"the week before ", -1}, {"the week after ", 1}}

// weekBeside returns the day tx as the calendar week, Monday to Sunday,
// before or after the one it falls in when "the week before" or "the week
// after" stands just before it ("climbed in the week before Christmas"):
// that week is the event, not the day, which is all the tagger tags there,
// as it leaves a week fixed by another date alone.
func weekBeside(text string, tx timex.Timex, span timex.Span) (timex.Timex, bool) {
	if span.Precision != timex.PrecisionDay {
		return tx, false
	}
	for _, w := range weekLeads {
		start := tx.Start - len(w.lead)
		if start < 0 || !strings.EqualFold(text[start:tx.Start], w.lead) {
			continue
		}
		y, wk := span.Start.AddDate(0, 0, 7*w.step).ISOWeek()
		tx.Value, tx.Text, tx.Start = strconv.Itoa(y)+"-W"+twoDigits(wk), text[start:tx.End], start
		return tx, true
	}
	return tx, false
}

// twoDigits writes n, from 0 to 99, with a leading zero.
func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

// fiscalSpan returns the fiscal year that the calendar year span names
// ("fiscal 2013", "FY27") when the article says its fiscal year ends in a
// month other than December: the twelve months to the end of that month
// of the year, or of the year after for a fiscal year named by its start
// (timex.FiscalYearNamedByStart). A text that does not say keeps the
// calendar year, as the house golds do.
func (x *extraction) fiscalSpan(text string, span timex.Span) timex.Span {
	if x.fiscalEnd == 0 {
		x.fiscalEnd = -1
		if m := timex.NumberedFiscalYearEnd(text); m > 0 && m < 12 {
			x.fiscalEnd = m
		}
	}
	if x.fiscalEnd < 0 {
		return span
	}
	year := span.Start.Year()
	if x.fiscalEnd == 3 && timex.FiscalYearNamedByStart(text) {
		year++ // a Japanese "fiscal 2019" begins in April 2019
	}
	end := time.Date(year, time.Month(x.fiscalEnd+1), 1, 0, 0, 0, 0, time.UTC)
	span.Start, span.End = end.AddDate(-1, 0, 0), end
	return span
}

// fiscalQuarterSpan moves the quarter span on by the months a company's
// quarters lag the calendar's when the article says its fiscal year ends
// in a month that ends no calendar quarter (timex.FiscalQuarterLag): a
// retailer's year to January has its third quarter from August to
// October. A quarter that writes its year ("the fourth quarter of 2021")
// is the calendar's and is not passed here; nor is a bare one in a text
// that writes such quarters, unless it says "fiscal" (as the tagger
// reads it, timex.WritesCalendarPart). expr is the quarter as written.
func (x *extraction) fiscalQuarterSpan(text, expr string, span timex.Span) timex.Span {
	if x.quarterLag == 0 {
		x.quarterLag = -1
		if lag := timex.FiscalQuarterLag(timex.FiscalYearEnd(text)); lag > 0 {
			x.quarterLag = lag
		}
		x.calendarQuarters = timex.WritesCalendarPart(text)
	}
	if x.quarterLag < 0 || x.calendarQuarters && !strings.Contains(strings.ToLower(expr), "fiscal") {
		return span
	}
	span.Start, span.End = span.Start.AddDate(0, x.quarterLag, 0), span.End.AddDate(0, x.quarterLag, 0)
	return span
}

// fiscalHalfSpan moves the half span on by the months a company's halves
// lag the calendar's when the article says its year ends in January to
// May (timex.StatedFiscalYearEnd): a year to March has its second half
// from October to March, the calendar's July to December moved on three
// months, the first half of which the tagger picked by tense as it does a
// calendar half. A year to June has the calendar's halves, which the
// tagger gives; a year to a later month counts its first half from the
// calendar's second and is left alone. As for quarters, a text that
// writes a half with its calendar year counts its bare halves in calendar
// years, unless it says "fiscal". expr is the half as written.
func (x *extraction) fiscalHalfSpan(text, expr string, span timex.Span) timex.Span {
	if x.halfLag == 0 {
		x.halfLag = -1
		if m := timex.StatedFiscalYearEnd(text); m >= 1 && m <= 5 {
			x.halfLag = m
		}
		x.calendarHalves = timex.WritesCalendarPart(text)
	}
	if x.halfLag < 0 || x.calendarHalves && !strings.Contains(strings.ToLower(expr), "fiscal") {
		return span
	}
	span.Start, span.End = span.Start.AddDate(0, x.halfLag, 0), span.End.AddDate(0, x.halfLag, 0)
	return span
}

// boundedYear reads an accounting year that writes no number and the
// restrictive relative clause after it that gives its first or last day:
// "the fiscal year that began July 1", "the financial year which ended on
// March 31", "the new tax year that began on April 6". It returns the
// year the clause places: from the first day (a British tax year runs
// from April 6 to April 5), or the twelve months to the last day's month,
// where a year of 52 or 53 weeks that ends in a month's first week
// ("ended Jan. 2") is the year to the month before. The day only says which year, as "the quarter ended June 30"
// does, and is no event of its own (boundsYear). A clause set off by a
// comma adds a day to a year named already ("fiscal 2024, which ended on
// June 30"), and the day stays an event, as a quarter's does.
func boundedYear(text string, year, day timex.Timex) (timex.Span, bool) {
	lower := strings.ToLower(year.Text)
	if !slices.ContainsFunc(accountingYears, func(y string) bool { return strings.HasSuffix(lower, y) }) ||
		strings.ContainsAny(lower, "0123456789") || year.End >= day.Start {
		return timex.Span{}, false
	}
	gap := strings.TrimSuffix(strings.TrimSuffix(text[year.End:day.Start], " "), " on")
	pronoun, verb, ok := strings.Cut(strings.TrimPrefix(gap, " "), " ")
	if !ok || pronoun != "that" && pronoun != "which" || !yearStartVerbs[verb] && !yearEndVerbs[verb] {
		return timex.Span{}, false
	}
	d, err := day.Span()
	if err != nil || d.Precision != timex.PrecisionDay {
		return timex.Span{}, false
	}
	if !yearEndVerbs[verb] {
		// "the tax year that began on April 6": from that day, to the
		// day before it a year on
		first := d.Start.Truncate(24 * time.Hour)
		return timex.Span{Start: first, End: first.AddDate(1, 0, 0), Precision: timex.PrecisionYear}, true
	}
	first := time.Date(d.Start.Year(), d.Start.Month(), 1, 0, 0, 0, 0, time.UTC)
	if d.Start.Day() <= 7 {
		first = first.AddDate(0, -1, 0) // "ended Jan. 2": the year to December
	}
	first = first.AddDate(0, -11, 0)
	return timex.Span{Start: first, End: first.AddDate(1, 0, 0), Precision: timex.PrecisionYear}, true
}

// boundsYear reports whether day is the first or last day that a relative
// clause gives the accounting year just before it (boundedYear).
func boundsYear(text string, year, day timex.Timex) bool {
	_, ok := boundedYear(text, year, day)
	return ok
}

// boundedYearAt is boundedYear for txs[k] and the expression after it.
func boundedYearAt(text string, txs []timex.Timex, k int) (timex.Span, bool) {
	if k+1 >= len(txs) {
		return timex.Span{}, false
	}
	return boundedYear(text, txs[k], txs[k+1])
}

// boundsYearAt reports whether a relative clause after txs[k], an
// accounting year, gives its first or last day, so that the text says
// which months it is.
func boundsYearAt(text string, txs []timex.Timex, k int) bool {
	_, ok := boundedYearAt(text, txs, k)
	return ok
}

// yearStartVerbs and yearEndVerbs tell, in a relative clause after an
// accounting year, that the day after them is its first or its last.
var (
	yearStartVerbs = map[string]bool{"began": true, "begins": true, "started": true, "starts": true, "opened": true}
	yearEndVerbs   = map[string]bool{"ended": true, "ends": true, "closed": true, "closes": true, "finished": true}
)

// monthRule is the rule that reads a quarter named by its last month ("the
// December quarter"): a calendar quarter, which no fiscal year moves.
const monthRule = "month-day"

// numberedFiscalYear reports whether expr names a fiscal year by its
// number: "fiscal 2013", "the end of FY27", "fiscal year 2024", or with
// the number first, "the 2019 financial year", "its 2024 fiscal year".
func numberedFiscalYear(expr string) bool {
	for _, key := range []string{"FY", "fiscal ", "Fiscal ", "fiscal year ", "Fiscal year "} {
		if i := strings.Index(expr, key); i >= 0 && i+len(key) < len(expr) && expr[i+len(key)] >= '0' && expr[i+len(key)] <= '9' {
			return true
		}
	}
	return strings.HasSuffix(expr, " fiscal year") || strings.HasSuffix(expr, " financial year")
}

// partOfYear returns tx narrowed to the stretch that the count right
// before it with "of" between takes from its start or its end: "the first
// three months of this year" is the year's first quarter and "the last
// six months of 2022" its second half, where the tagger reads a duration
// and a year, as TimeML tags them. Only stretches a quarter or a half
// fits are taken, so that the event's value stays one calendar value.
func partOfYear(text string, count, tx timex.Timex, span timex.Span) (timex.Timex, bool) {
	if count.Type != timex.Duration || count.End >= tx.Start || text[count.End:tx.Start] != " of " ||
		span.Precision != timex.PrecisionYear {
		return tx, false
	}
	last, ok := countEdge(count.Text)
	if !ok {
		return tx, false
	}
	part := "Q1"
	switch {
	case count.Value == "P3M" && last:
		part = "Q4"
	case count.Value == "P6M" && last:
		part = "H2"
	case count.Value == "P6M":
		part = "H1"
	case count.Value != "P3M":
		return tx, false
	}
	v := strconv.Itoa(span.Start.Year()) + "-" + part
	tx.Value, tx.Text, tx.Start = v, text[count.Start:tx.End], count.Start
	return tx, true
}

// countEdge reads the word that opens a count of the start or end of a
// period: "the first three months", "the last two weeks", "the final ten
// days". It reports whether the count is taken from the end, and whether
// it opens with such a word at all.
func countEdge(count string) (last, ok bool) {
	lead, _, _ := strings.Cut(strings.TrimPrefix(strings.ToLower(count), "the "), " ")
	last = lead == "last" || lead == "final"
	return last, last || lead == "first"
}

// partOfMonth returns tx and its span narrowed to the days that the count
// of weeks or days right before it, with "of" between, takes from the
// start or the end of a month: "the last two weeks of April" is April 17
// to 30 and "the first ten days of March" March 1 to 10, where the tagger
// reads a duration and a month, as TimeML tags them. The value stays the
// month's, with TimeML's START or END modifier; the span says which days,
// as a fiscal year's span says which months.
func partOfMonth(text string, count, tx timex.Timex, span timex.Span) (timex.Timex, timex.Span, bool) {
	if count.Type != timex.Duration || count.End >= tx.Start || text[count.End:tx.Start] != " of " ||
		span.Precision != timex.PrecisionMonth {
		return tx, span, false
	}
	last, ok := countEdge(count.Text)
	days := countDays(count.Value)
	if !ok || days == 0 || !span.Start.AddDate(0, 0, days).Before(span.End) {
		return tx, span, false // "the first six weeks of May" is no part of it
	}
	if last {
		tx.Mod, span.Start = "END", span.End.AddDate(0, 0, -days)
	} else {
		tx.Mod, span.End = "START", span.Start.AddDate(0, 0, days)
	}
	tx.Text, tx.Start = text[count.Start:tx.End], count.Start
	return tx, span, true
}

// countDays returns the days of a duration value counted in weeks or days
// ("P2W" is 14, "P10D" 10), or 0 for any other.
func countDays(value string) int {
	if len(value) < 3 || value[0] != 'P' {
		return 0
	}
	n, err := strconv.Atoi(value[1 : len(value)-1])
	if err != nil || n <= 0 {
		return 0
	}
	switch value[len(value)-1] {
	case 'W':
		return 7 * n
	case 'D':
		return n
	}
	return 0
}

// hasLineBreakOrTab reports whether s holds a line feed, carriage return
// or tab, as strings.ContainsAny(s, "\n\r\t") does, but eight bytes at a
// time: every event's sentence asks, and few hold one. Eight bytes with
// none below '\r'+1 need no second look (the test sets a byte's top bit
// when it is below, as zeroBytes does for 0).
func hasLineBreakOrTab(s string) bool {
	const ones = 0x0101010101010101
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := le64(s[i:])
		if (x-('\r'+1)*ones)&^x&(0x80*ones) != 0 && lineBreakOrTab(s[i:i+8]) {
			return true
		}
	}
	return lineBreakOrTab(s[i:])
}

// lineBreakOrTab is hasLineBreakOrTab a byte at a time.
func lineBreakOrTab(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= '\r' && (c == '\n' || c == '\r' || c == '\t') {
			return true
		}
	}
	return false
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

// yearOwnsDate reports whether tx, a year with a possessive, only says
// which year the date next in its noun phrase falls in: "over last year's
// Easter weekend", "since last year's low in June". The finer date is
// the event; the year, which it lies in, is no second one. At most
// yearPhraseWords words and no punctuation stand between.
func yearOwnsDate(text string, tx, next timex.Timex) bool {
	gap := text[tx.End:next.Start]
	rest, ok := strings.CutPrefix(gap, "'s ")
	if !ok {
		rest, ok = strings.CutPrefix(gap, "’s ")
	}
	if !ok && (strings.HasSuffix(tx.Text, "'s") || strings.HasSuffix(tx.Text, "’s")) {
		rest, ok = strings.CutPrefix(gap, " ") // the tagger kept the possessive: "last year's"
	}
	if !ok || len(strings.Fields(rest)) > yearPhraseWords || strings.ContainsAny(rest, ",;:.!?()\"\n") {
		return false
	}
	y, err := tx.Span()
	if err != nil || y.Precision != timex.PrecisionYear || next.Type != timex.Date && next.Type != timex.Time {
		return false
	}
	s, err := next.Span()
	return err == nil && s.Precision > timex.PrecisionYear && !s.Start.Before(y.Start) && !s.LastDay().After(y.LastDay())
}

// yearPhraseWords bounds the words between a possessive year and the date
// of its noun phrase: "'s low in June".
const yearPhraseWords = 3

// otherZone reports whether the clock time tx, in brackets right after
// the clock time before it, gives the same moment in another zone: "at
// 4:17 a.m. local time (1517 GMT on Monday)". The first is the event; the
// second may fall on another day across the date line.
func otherZone(text string, prev, tx timex.Timex) bool {
	return prev.Type == timex.Time && tx.Type == timex.Time && strings.TrimSpace(text[prev.End:tx.Start]) == "("
}

// namesHoliday reports whether tx, right after the day before, only names
// that day's holiday in an apposition: "on Monday, the June bank holiday",
// "until Monday, Oct. 13, the Thanksgiving holiday". The day is the event;
// the holiday, whose own date may be another country's (Canada's
// Thanksgiving is in October) or a month ("June"), restates it.
func namesHoliday(text string, day, tx timex.Timex) bool {
	if gap := text[day.End:tx.Start]; !strings.EqualFold(gap, ", the ") && gap != ", " {
		return false
	}
	next := nextWord(text, tx.End)
	if strings.EqualFold(next, "bank") {
		next = nextWord(text, tx.End+len(" bank"))
	}
	if !strings.EqualFold(next, "holiday") && !strings.EqualFold(next, "holidays") {
		return false
	}
	s, err := day.Span()
	return err == nil && day.Type != timex.Set && s.Precision.IsPoint()
}

// holidayNamesDay reports whether tx is a holiday that names an event of
// the phrase whose day next writes out: "the Easter Monday game at Harbour
// City on April 22", "the Boxing Day fixture on December 26". The written
// day is the event; the holiday before the noun only says which one. The
// month a movable holiday fell in restates it the same way: "since the
// Lunar New Year holiday in late January".
func holidayNamesDay(text string, tx, next timex.Timex) bool {
	if tx.Rule != "holiday" || next.Type != timex.Date || tx.Start < 4 || !strings.EqualFold(text[tx.Start-4:tx.Start], "the ") {
		return false
	}
	gap := text[tx.End:next.Start]
	if len(gap) > holidayPhraseMax || strings.ContainsAny(gap, ",;:.!?()\n") {
		return false
	}
	s, err := next.Span()
	if err != nil {
		return false
	}
	if s.Precision == timex.PrecisionMonth {
		h, err := tx.Span()
		return err == nil && h.Precision == timex.PrecisionDay && !h.Start.Before(s.Start) && !h.Start.After(s.LastDay())
	}
	return s.Precision == timex.PrecisionDay
}

// holidayPhraseMax bounds, in bytes, the phrase between a holiday before
// its noun and the day it is on: " game at Harbour City on ".
const holidayPhraseMax = 40

// endsPeriod reports whether tx is the last day of the period just
// before it, or a day of its last week, or its last month, which it only
// bounds: "the quarter ended 31 December 2023", "the quarter ended Dec.
// 28", "the quarter ending Dec. 31", "the half to June 30", "the quarter
// to December". The period is the
// event; its last day, written to say which period, is no second one. p
// is the period's span as its event has it, a fiscal quarter's months
// where the company's year is off the calendar's ("the first quarter
// ended May 3" of a year to January ends in April, not March).
func endsPeriod(text string, period timex.Timex, p timex.Span, tx timex.Timex) bool {
	if gap := text[period.End:tx.Start]; len(gap) > len(" ending on ") || !periodEndWords[strings.TrimSpace(gap)] {
		return false
	}
	if p.Start.IsZero() || p.Precision.IsPoint() {
		return false
	}
	d, err := tx.Span()
	if err == nil && d.Precision == timex.PrecisionMonth {
		// "the quarter to December", "the half ending in June": the
		// period's last month, named to say which period
		last := p.LastDay()
		return d.Start.Year() == last.Year() && d.Start.Month() == last.Month()
	}
	if err != nil || d.Precision != timex.PrecisionDay {
		return false
	}
	// A company whose quarters end on a Saturday writes "the quarter
	// ended Dec. 28", or "ended May 3" for February to April: a day
	// within a week of the period's last still bounds it.
	gap := p.LastDay().Sub(d.Start)
	return gap < 7*24*time.Hour && gap > -7*24*time.Hour
}

// spanMade returns the span the extraction gave tx, the expression read
// last, when it made the last of events (a fiscal quarter moved off the
// calendar's), else the span of its value, or a zero span if it has none.
func spanMade(events []data.Event, tx timex.Timex) timex.Span {
	if n := len(events); n > 0 && events[n-1].ExprEnd == tx.End {
		return events[n-1].Span
	}
	s, _ := tx.Span()
	return s
}

// periodEndWords join a period to the day it ends on: "the quarter ended
// 31 December", "the half to June 30".
var periodEndWords = map[string]bool{"ended": true, "ending": true, "ended on": true, "ending on": true, "to": true,
	"through": true, "ended in": true, "ending in": true}

// nextWord returns the word that starts one space after i, or "".
func nextWord(text string, i int) string {
	if i+1 >= len(text) || text[i] != ' ' {
		return ""
	}
	return wordAt(text, i+1)
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

// opensDaysRange reports whether txs[k], whose span is span, opens a range
// that ends on a later day ("lifted from 6am on Friday until Tuesday
// morning"): the range is an event of its own, not a second mention of a
// Friday named before it in the sentence, and dropping its start would
// leave its end alone. A range within the day ("on Friday, from 9am to
// 5pm") is still the day's one event.
func opensDaysRange(txs []timex.Timex, k int, span timex.Span) bool {
	if k+1 >= len(txs) || !txs[k+1].RangeEnd {
		return false
	}
	end, err := txs[k+1].Span()
	return err == nil && end.Start.Truncate(24*time.Hour).After(span.Start.Truncate(24*time.Hour))
}

// duplicate reports whether the sentence at sentenceStart already gave an
// event for span: the same value, or the same day at day precision or
// finer ("on Thursday, … said in an address on Thursday evening" is one
// event to plot, not two). Two dates that each open a line are entries of
// a list or schedule, not one sentence's mentions, however the lines are
// joined ("Saturday 12 March, 3pm: Rovers v City" and the next line,
// "Saturday 12 March, 5.30pm: Athletic v United").
func duplicate(text string, events []data.Event, sentenceStart int, tx timex.Timex, span timex.Span) bool {
	entry := opensLine(text, tx.Start)
	i := len(events) - 1
	for ; i >= 0 && events[i].SentenceStart == sentenceStart; i-- {
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
	// A week heading a list of days (headsDayList) is no stamp of its first day.
	return i >= 0 && lineAbove(text, events[i], sentenceStart) && span.Precision.IsPoint() && events[i].Span.Precision.IsPoint() &&
		events[i].Span.Start.Truncate(24*time.Hour).Equal(span.Start.Truncate(24*time.Hour))
}

// lineAbove reports whether e is a date that is its whole line, just above
// the sentence at sentenceStart: a live entry's time stamp ("12.40 GMT"
// and then "Commuters at the station this morning said ..."), whose first
// sentence is the same event, as "19:30 GMT - Turnout reached 58 percent
// at 6 p.m." is when the stamp opens the sentence's line; or a timetable's
// day heading (headsTimetable), whose first row's time is the same event.
// A blank line may stand between, as pages that set the stamp apart print
// it ("5.40pm", a blank line, "That's all from us today."). A day alone on
// its line is otherwise the page's date, no event.
func lineAbove(text string, e data.Event, sentenceStart int) bool {
	if e.ExprEnd > sentenceStart || !opensLine(text, e.ExprStart) {
		return false
	}
	gap := text[e.ExprEnd:sentenceStart]
	n := strings.Count(gap, "\n")
	return (n == 1 || n == 2) && strings.TrimSpace(gap) == ""
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
