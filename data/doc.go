// Package data is Dateline's model: the Article as imported, the Event
// found in it, and the errors that callers branch on.
//
// The model is the one thing every other package shares, so it holds no
// behaviour beyond ordering events (SortEvents). Data flows through it one
// way: package format reads files into Articles and writes Events out,
// package extract turns Articles into Events with the temporal tagger of
// package timex, and the timeline and the app only read both. Nothing here
// reads a file, runs the tagger or imports Fyne.
package data
