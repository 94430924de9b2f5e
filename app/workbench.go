package app

import (
	"bytes"
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/project"
	"github.com/dateline/dateline/data/safefile"
)

// The window works on one project at a time: u.proj with its history
// u.hist. Every change goes through u.do, Undo or Redo, which redraw the
// timeline from the project and update the title and the Edit menu.
// File ▸ Save writes the project to u.path; New and Open over unsaved
// work, and closing the window, ask first.

// untitled names a project that was never saved and has no other name.
const untitled = "Untitled"

// setProject makes p, with the history its file kept, the window's
// project: path is its file ("" when it has none yet), name what the
// title calls it. Its saved grouping and scenes come back with it.
func (u *UI) setProject(p *project.Project, path, name string) {
	u.proj, u.hist, u.path, u.name = p, p.History(), path, name
	u.changes++
	if g, err := convert.ParseGrouping(p.View.Grouping); err == nil && p.View.Grouping != "" {
		u.setGrouping(g)
	}
	u.refresh(true)
	u.scenes.scenes = nil
	for _, ps := range p.Scenes {
		u.scenes.scenes = append(u.scenes.scenes, fromProjectScene(ps, u.ids))
	}
	u.viewChanged = false
	u.updateTitle()
}

// unsaved reports whether the window holds work the file does not: a
// change to the project, or to its scenes or grouping, which need no undo.
func (u *UI) unsaved() bool { return u.hist.Modified() || u.viewChanged }

// storeView puts what the window keeps outside the history, the scenes
// and the grouping, into the project before it is saved.
func (u *UI) storeView() {
	u.proj.Scenes = nil
	for _, sc := range u.scenes.scenes {
		u.proj.Scenes = append(u.proj.Scenes, projectScene(sc))
	}
	u.proj.View.Grouping = string(u.groupBy)
}

// newProject makes a project of articles; those that cannot be added
// (the same text twice) are returned.
func newProject(articles []*data.Article) (*project.Project, []error) {
	p := project.New()
	var errs []error
	for _, a := range articles {
		if _, err := p.Apply(project.AddArticle{Article: a}); err != nil {
			errs = append(errs, err)
		}
	}
	return p, errs
}

// refresh shows the project's visible events on the timeline. fit frames
// them all, as for a newly opened project; otherwise the view stays and
// the selected event stays selected, as after an edit.
func (u *UI) refresh(fit bool) {
	selected, hadSelection := u.selectedID()
	r := extract.Result{}
	for _, a := range u.proj.Articles() {
		r.Articles = append(r.Articles, a.Article)
	}
	u.ids = u.ids[:0]
	u.total = countUnfiltered(u.proj)
	for _, e := range u.proj.Events() {
		if u.proj.View.Filter.Match(e) {
			r.Events = append(r.Events, e.Event)
			u.ids = append(u.ids, e.ID)
		}
	}
	if fit {
		u.setResult(r)
	} else {
		u.updateResult(r)
		u.scenes.reindex(u.ids)
		u.reselect(selected, hadSelection)
	}
	u.updateTitle()
	u.updateEditMenu()
}

// reselect selects the event id again after the events were rebuilt,
// scrolling to where it moved, or clears the detail pane when it is gone
// (hidden or deleted). Select shows the event through OnSelected.
func (u *UI) reselect(id project.EventID, had bool) {
	if had {
		for i, other := range u.ids {
			if other == id {
				u.timeline.Select(u.merges.shown(i)) // a report drawn through its group selects the group
				return
			}
		}
	}
	u.timeline.Select(-1)
}

// selectedID is the identity of the selected event, if any.
func (u *UI) selectedID() (project.EventID, bool) {
	i := u.timeline.Selected()
	if i < 0 || i >= len(u.ids) {
		return project.EventID{}, false
	}
	return u.ids[i], true
}

// do makes the change e through the history and shows the result; an
// edit the project refuses is reported and changes nothing.
func (u *UI) do(e project.Edit) error {
	if err := u.hist.Do(e); err != nil {
		dialog.ShowError(err, u.win)
		return err
	}
	u.changed()
	return nil
}

// undo reverses the latest change.
func (u *UI) undo() { u.step(u.hist.Undo) }

// redo makes the latest undone change again.
func (u *UI) redo() { u.step(u.hist.Redo) }

// step runs an undo or a redo and shows the result.
func (u *UI) step(move func() error) {
	if err := move(); err != nil {
		dialog.ShowError(err, u.win)
	}
	u.changed()
}

// changed redraws after the project changed, keeping the view.
func (u *UI) changed() {
	u.changes++
	u.refresh(false)
}

// projectName is what the title calls the project: its file's name
// without the extension, or the name it was opened with.
func (u *UI) projectName() string {
	if u.path != "" {
		return strings.TrimSuffix(filepath.Base(u.path), project.Ext)
	}
	if u.name != "" {
		return u.name
	}
	return untitled
}

// updateTitle shows the project's name, marked "•" while it has unsaved
// changes.
func (u *UI) updateTitle() {
	title := "Dateline — " + u.projectName()
	if u.unsaved() {
		title += " •"
	}
	u.win.SetTitle(title)
}

// updateEditMenu names the changes Undo and Redo would make, and disables
// them when there is none.
func (u *UI) updateEditMenu() {
	if u.undoItem == nil {
		return
	}
	u.undoItem.Label, u.undoItem.Disabled = menuLabel("Undo", u.hist.UndoName())
	u.redoItem.Label, u.redoItem.Disabled = menuLabel("Redo", u.hist.RedoName())
	if m := u.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// menuLabel is `Undo "Change Date"`, or plain "Undo", disabled, when
// there is nothing to undo.
func menuLabel(verb, name string) (string, bool) {
	if name == "" {
		return verb, true
	}
	return verb + " “" + name + "”", false
}

// editMenu is Edit ▸ Undo, Redo.
func (u *UI) editMenu() *fyne.Menu {
	u.undoItem = fyne.NewMenuItem("Undo", u.undo)
	u.undoItem.Shortcut = ctrl(fyne.KeyZ)
	u.redoItem = fyne.NewMenuItem("Redo", u.redo)
	u.redoItem.Shortcut = ctrlShift(fyne.KeyZ)
	addEvent := fyne.NewMenuItem("Add Event…", func() { u.addEventDialog() })
	fromSentence := fyne.NewMenuItem("Add Event from a Sentence…", func() {
		if a, ok := u.selectedArticle(); ok {
			u.sentenceDialog(a)
		}
	})
	article := fyne.NewMenuItem("Article Title and Date…", func() {
		if a, ok := u.selectedArticle(); ok {
			u.articleDialog(a)
		}
	})
	return fyne.NewMenu("Edit", u.undoItem, u.redoItem, fyne.NewMenuItemSeparator(), addEvent, fromSentence,
		fyne.NewMenuItemSeparator(), article)
}

// ctrlShift is key with the shortcut modifier and Shift.
func ctrlShift(key fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// confirmDiscard runs then when the project has no unsaved changes, or
// after asking Save / Don't Save / Cancel: Save runs then once the save
// has succeeded, Cancel never runs it.
func (u *UI) confirmDiscard(then func()) dialog.Dialog {
	if !u.unsaved() {
		then()
		return nil
	}
	msg := widget.NewLabel("Save the changes to “" + u.projectName() + "” first?\nWithout saving they are lost.")
	d := dialog.NewCustomWithoutButtons("Unsaved changes", msg, u.win)
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton("Cancel", d.Hide),
		widget.NewButton("Don't Save", func() { d.Hide(); u.dropRecovery(); then() }),
		&widget.Button{Text: "Save", Importance: widget.HighImportance, OnTapped: func() { d.Hide(); u.save(then) }},
	})
	d.Show()
	return d
}

// closeWindow is the window's close intercept.
func (u *UI) closeWindow() { u.confirmDiscard(u.win.Close) }

// newFile is File ▸ New: an empty project.
func (u *UI) newFile() {
	u.confirmDiscard(func() { u.setProject(project.New(), "", untitled) })
}

// save is File ▸ Save: to the project's file, or through Save As when it
// has none; then runs after a successful save. The channel is closed
// once a save to the project's file is done (nil for Save As).
func (u *UI) save(then func()) <-chan struct{} {
	if u.path == "" {
		u.saveAsDialog(then)
		return nil
	}
	return u.saveTo(u.path, then)
}

// saveAsDialog is File ▸ Save As: asks where, then saves there.
func (u *UI) saveAsDialog(then func()) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if wc == nil {
			return // cancelled
		}
		// The dialog created the file; safefile replaces it atomically.
		wc.Close()
		path := wc.URI().Path()
		if !strings.HasSuffix(path, project.Ext) {
			path += project.Ext
		}
		u.saveTo(path, then)
	}, u.win)
	d.SetFileName(u.projectName() + project.Ext)
	d.SetFilter(storage.NewExtensionFileFilter([]string{project.Ext}))
	d.Show()
}

// saveTo saves the project to path in the background, then runs then.
// The project is encoded here on the UI thread, which owns it, so an edit
// made while the file is written cannot tear the snapshot; writing,
// fsync and rename run off it. An edit made meanwhile keeps the project
// marked unsaved.
func (u *UI) saveTo(path string, then func()) <-chan struct{} {
	u.storeView()
	var buf bytes.Buffer
	if err := u.hist.Save(&buf); err != nil { // with the history, so a reopened project can undo
		dialog.ShowError(err, u.win)
		return nil
	}
	at := u.changes
	var err error
	return u.background("Saving…", filepath.Base(path), func(context.Context, func(int, int)) {
		err = safefile.Write(path, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err })
	}, func(bool) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		u.path = path
		u.remember(path)
		if u.changes == at {
			u.hist.MarkSaved()
			u.viewChanged = false
			u.dropRecovery()
		}
		u.updateTitle()
		if then != nil {
			then()
		}
	})
}

// openProject opens the project file at path in the background, over the
// current one once its unsaved work is saved or dropped. A newer or
// damaged file is reported by name and changes nothing.
func (u *UI) openProject(path string) {
	u.confirmDiscard(func() { u.loadProject(path) })
}

// loadProject reads the project at path off the UI thread and shows it.
func (u *UI) loadProject(path string) <-chan struct{} {
	var p *project.Project
	var err error
	return u.background("Opening project…", filepath.Base(path), func(context.Context, func(int, int)) {
		p, err = project.LoadFile(path)
	}, func(cancelled bool) {
		switch {
		case cancelled:
		case err != nil:
			dialog.ShowError(projectError(err), u.win)
		default:
			u.setProject(p, path, "")
			u.remember(path)
		}
	})
}

// projectError says in words what is wrong with a project file.
func projectError(err error) error {
	switch {
	case errors.Is(err, project.ErrNewer):
		return errors.New(err.Error() + " — it was saved by a newer Dateline")
	case errors.Is(err, project.ErrCorrupt):
		return errors.New(err.Error() + " — the file is damaged; nothing was changed")
	}
	return err
}

// isProject reports whether uri names a project file rather than an
// article.
func isProject(uri fyne.URI) bool { return strings.EqualFold(uri.Extension(), project.Ext) }

// recentKey is the preference that lists recent projects, newest first.
const recentKey = "recentProjects"

// maxRecent bounds File ▸ Open Recent.
const maxRecent = 8

// remember puts path first in the recent projects and rebuilds the menu.
func (u *UI) remember(path string) {
	list := []string{path}
	for _, p := range u.app.Preferences().StringList(recentKey) {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	u.app.Preferences().SetStringList(recentKey, list)
	u.updateRecent()
}

// updateRecent fills File ▸ Open Recent from the preferences.
func (u *UI) updateRecent() {
	if u.recentItem == nil {
		return
	}
	menu := fyne.NewMenu("")
	for _, path := range u.app.Preferences().StringList(recentKey) {
		item := fyne.NewMenuItem(strings.TrimSuffix(filepath.Base(path), project.Ext)+" — "+filepath.Dir(path),
			func() { u.openProject(path) })
		menu.Items = append(menu.Items, item)
	}
	u.recentItem.ChildMenu = menu
	u.recentItem.Disabled = len(menu.Items) == 0
	if m := u.win.MainMenu(); m != nil {
		m.Refresh()
	}
}
