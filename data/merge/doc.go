// Package merge finds the events that report the same happening and makes
// each happening one event with several sources.
//
// Data flows one way. Merge takes the events of package extract, drops
// exact repeats (the same file opened twice), turns each report into a
// TF-IDF vector of its content words and names (package extract's
// entities, with acronyms standing for the bodies they abbreviate) and
// compares only reports that share a word that is not too common and
// whose dates overlap or lie close (buckets by word, swept in date order). Pairs above
// Options.Auto whose dates nest are merged, strongest first, never putting
// two reports of one article in one happening; the happening's date is the
// finest the reports agree on (a day inside a reported week). Weaker pairs
// become Suggestions, and similar reports whose dates do not overlap
// become Disagreements. The Result keeps, for every group, each report
// with its article, sentence and date expression, so a detail pane can
// list the sources; Result.Join and Result.Split merge and split by hand,
// returning a new Result so that the old one is the undo.
package merge
