// Package cli runs Dateline's headless subcommands ("dateline extract",
// "dateline export"): it parses their flags, loads articles through package
// data and writes the results to the streams it is given. It never opens a
// window, so scripts, CI and the tagger's evaluation can use it.
package cli
