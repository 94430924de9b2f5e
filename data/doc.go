// Package data holds Dateline's articles and the events found in them.
//
// Data flows one way: ReadArticle turns a file (plain text, Markdown with
// front matter, HTML) into an Article; Extract runs the temporal tagger of
// package timex over its text and makes an Event of every sentence and
// calendar date an analyst would plot, resolved against the publication
// date; the timeline and the app only read events. The package never
// imports Fyne and never touches the screen.
package data
