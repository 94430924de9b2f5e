// Package format reads articles from files and writes events to them: the
// file formats Dateline speaks, in both directions.
//
// Reading flows one way. ReadArticle and ReadArticles take a stream and
// its name, refuse what is too large or not text (sniffing a byte-order
// mark, NUL bytes and invalid UTF-8), then dispatch on the name's
// extension and the first bytes: plain text, Markdown with YAML front
// matter, HTML, or an RSS or Atom feed (ReadFeed), which gives an Article
// per item. Every reader dates the article by the one publication-date
// finder of package timex. LoadFile and LoadArticles do the same for a
// path on disk, and date a wire dateline without a year from the file.
// Errors are *data.ImportError values wrapping the sentinels of package
// data. ReadFetched reads what package fetch brought from a URL, by its
// media type. An HTML page's main text is readability's (after furniture
// such as newsletter boxes and bylines is pruned by class; see html.go),
// and its title, author, outlet and date come from its metadata first
// (pagemeta.go).
//
// Writing takes events already extracted: WriteCSV and WriteJSON write the
// flat Record of each event (and ReadEventsJSON reads that JSON back);
// EventWriter writes the same one event at a time, for callers that stream;
// WriteTimelineJS a TimelineJS 3 document, WriteICalendar an iCalendar
// calendar; EventID gives an event the identifier every export shares.
//
// The package knows nothing of extraction: package extract calls it to
// read, so the arrow points from extract to format and never back.
package format
