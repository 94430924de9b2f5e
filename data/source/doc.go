// Package source turns what an analyst points Dateline at into articles:
// files, folders (read recursively) and http(s) URLs, in any mix.
//
// Data flows one way. Expand turns the list into items, walking folders
// and noting what it skips and why (hidden files, files of other kinds,
// links to folders); Loader.Load reads each item (files through package
// format's guarded reader, URLs through package fetch and then format)
// and keeps going past the items that fail, so one bad link never costs
// the rest. For feeds that carry only summaries, Summaries finds the
// items worth fetching in full and Loader.Full fetches them. The package
// never imports Fyne: the app and the command line share it.
package source
