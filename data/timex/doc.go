// Package timex finds temporal expressions in English news text and
// normalises them to TimeML TIMEX3 values.
//
// Text flows one way: Sentences splits an article into sentences, Tag finds
// the expressions in it and resolves relative ones ("last week", "on
// Wednesday") against the publication date, and ParseValue turns a value such
// as 2024-W47 into the calendar Span it covers, keeping its precision. The
// package knows nothing of articles, events or drawing.
package timex
