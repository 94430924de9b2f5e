// Package fetch downloads one web page or feed for Dateline to read, within
// limits an analyst's desktop can trust: http and https only (file:, ftp:,
// javascript: and the rest are refused before any connection), a connect
// timeout, a time limit on the whole request, a bounded number of
// redirects, a size cap and a check that the content is HTML, an XML feed
// or text.
//
// Data flows one way: Fetcher.Get takes a URL and a context and returns a
// Page (the final URL, the media type, the body and the time it was
// fetched), reporting progress as bytes arrive. What the bytes mean is
// for package format to say; this package never parses them, and it never
// imports Fyne.
package fetch
