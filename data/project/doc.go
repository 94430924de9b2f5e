// Package project is the analyst's workbench file: a Dateline project holds
// every article's text and metadata, the analyst's corrections to the
// events found in them, events added by hand, merges, scenes and the view.
//
// Data flows one way. Articles are the source of truth: their events are
// re-derived from the text (through the one function extract) whenever an
// article is added, loaded, re-dated or retitled, and the analyst's work is
// kept apart as Corrections keyed by a stable EventID (the article's
// content hash and the expression's byte offsets) and as Manual events.
// Events lays the corrections over the derived events, so a better tagger
// improves an old project while the corrections stay; a correction whose
// expression no longer exists is shown as an orphaned manual event and is
// never dropped.
//
// Every change is an Edit applied by Project.Apply, which returns the edit
// that undoes it; History keeps those for Undo and Redo. Save and Load read
// and write the JSON file format (see file.go), SaveFile through package
// safefile. The package never imports Fyne.
package project
