// Package extract finds the dated events of articles: the sentences an
// analyst would plot, each with one calendar date, a short title and the
// actors it names.
//
// Data flows one way. Load reads files through package format (a feed gives
// several articles), dates the ones that state no publication date of their
// own, and runs Events over each; Add does the same for articles already
// read, such as the built-in briefing. Events runs the temporal tagger of
// package timex over an article's text, drops durations, sets and the
// dates that only say when the article appeared, resolves the rest against
// the publication date and titles each event from its sentence's main
// clause (Title). Entities and DocumentEntities find the people, bodies
// and places a sentence names with word lists, titles ("President …"),
// role and place cues ("press secretary, …", "the city of …") and a
// memory of the names a document has already made plain; Actors groups
// events by them (people by surname, bodies by acronym).
// The Result of Load and Add holds the articles, their events in time order
// and one error per file that failed. Read and EventsByPiece are Load for
// callers that write as they go (dateline extract): one article at a time,
// and a long one's events one piece of its text at a time.
package extract
