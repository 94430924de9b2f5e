// Package app is Dateline's desktop user interface: the main window, its
// menus and shortcuts, the detail pane, and the dialogs that report loading
// progress and errors. It wires the data packages (the model, its file
// formats and event extraction) to package timeline (the view). It is
// handed a fyne.App and never creates one, so its tests run on Fyne's test
// driver.
package app
