// Package timex finds temporal expressions in English news text and
// normalises them to TimeML TIMEX3 values.
//
// Text flows one way: Sentences splits an article into sentences, Tag finds
// the expressions in it and resolves relative ones ("last week", "on
// Wednesday") against the publication date, and ParseValue turns a value such
// as 2024-W47 into the calendar Span it covers, keeping its precision. The
// package knows nothing of articles, events or drawing.
//
// Inside Tag a hand-written tokenizer cuts the text into words, numbers and
// marks; sentence bounds keep every rule inside one sentence. At each number
// or lexicon word a fixed list of small rules (explicit dates, weekdays,
// relative and anaphoric expressions, fiscal quarters, durations, sets,
// clock times) reads the tokens ahead, and the longest reading wins. Rules
// resolve as they match: weekdays and bare months by the tense of their
// clause, "a day later" by the date mentioned last, "a year ago" in
// financial news by the quarter the article reports. Everything is built at
// init, no regular expression runs, and the work is linear in the text.
// A long text is read a block of about 64 KB at a time, cut at paragraph
// breaks, so that Tag's working memory is bounded by the block and the
// expressions it returns, not by the text.
//
// FindPublished reads a dateline, byline, "Published" or "Updated" line or
// a date line under the headline for texts whose publication date is not
// otherwise known; FindDateline also reads a wire dateline without a year
// in a year known from elsewhere. IsPublicationLine and DatelineHeader
// recognise the same lines so that their dates are not taken for events.
package timex
