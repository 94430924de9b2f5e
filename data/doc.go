// Package data holds Dateline's articles and the events found in them.
//
// Data flows one way: ReadArticle turns a file (plain text, Markdown with
// front matter, HTML) into an Article, and ReadArticles and ReadFeed also
// read RSS and Atom feeds, an Article per item; Load does this for files
// on disk and collects one error per file that fails; Extract runs the temporal tagger of
// package timex over its text and makes an Event of every sentence and
// calendar date an analyst would plot, resolved against the publication
// date; the timeline and the app only read events. The package never
// imports Fyne and never touches the screen.
package data
