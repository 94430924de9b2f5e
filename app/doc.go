// Package app is Dateline's desktop user interface: the main window, its
// menus and shortcuts, the detail pane, and the dialogs that report loading
// progress and errors. It wires the data packages (the model, its file
// formats and event extraction) to package timeline (the view). It is
// handed a fyne.App and never creates one, so its tests run on Fyne's test
// driver.
//
// Above the timeline, the search bar (find.go) fades what a query does
// not match; the legend and View ▸ Filters (filter.go) set the project's
// view filter, which decides the events shown and exported; and the merge
// view (mergeview.go, mergekeep.go) draws each happening that package
// merge finds once, lists its sources in the detail pane and keeps the
// analyst's joins in the project.
package app
