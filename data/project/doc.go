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
// improves an old project while the corrections stay. On load a
// correction whose expression is now read with other bounds moves to the
// overlapping reading; one whose expression no longer exists is shown as an
// orphaned manual event and is never dropped.
//
// Every change is an Edit applied by Project.Apply, which returns the edit
// that undoes it; History keeps those for Undo and Redo. A Project is not
// safe for concurrent use: the window owns it. Save and Load read and write
// the file format, SaveFile through package safefile. The package never
// imports Fyne.
//
// The file (.dateline) is JSON, version 1:
//
//	{
//	  "version": 1,
//	  "articles": [{"hash", "title", "source", "outlet", "tags", "published": "2024-11-27", "offset", "text"}],
//	  "corrections": [{"event": "<hash>@<start>-<end>", "was": {"expr", "value", "mod", "title", "sentence", "sentence_start"},
//	                   "title", "date", "value", "mod", "notes", "tags", "hidden", "deleted"}],
//	  "manual": [{"id": "manual-<n>", "article": "<hash>", "origin": {"source", "title", "published"},
//	              "sentence", "sentence_start", "expr", "expr_start", "expr_end", "title", "date", "value", ...}],
//	  "merges": [["<event id>", "<event id>"]],
//	  "scenes": [{"name", "from", "to", "selected": "<event id>"}],
//	  "view": {"from", "to", "grouping", "filter": {"sources", "tags", "min_confidence", "show_hidden", "without", "precisions", "range": {"from", "to"}}, "theme"},
//	  "history": {"undo": [{"name": "Change Date", "op": "correction", "event", "correction"}, ...], "redo": [...]}
//	}
//
// "history" is written by History.Save only: the undo and redo stacks,
// oldest first, each step the edit that reverses a change, so a reopened
// project (Project.History) can be undone back to the articles as
// extracted. Its ops are correction, manual, article-date, article-title,
// remove-article, restore-article, delete-scene and insert-scene.
//
// No derived event is stored: only what the analyst did. Version 0 is the
// app's JSON event export, an array of events, which Load migrates into
// manual events.
package project
