package app

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data/project"
	"github.com/dateline/dateline/data/safefile"
)

// While there are unsaved changes the window writes the project, every
// so often, to a recovery file in the app's storage; saving or choosing
// Don't Save removes it. After a crash the next start finds it and offers
// to restore it. The writes and the removal run in order on one worker
// goroutine, so a late write can never bring back a file just removed.

// AutosaveInterval is how often unsaved work is written for recovery.
const AutosaveInterval = 30 * time.Second

// recoveryName is the recovery file's name in the app's storage.
const recoveryName = "recovery" + project.Ext

// sourceSuffix names the file beside the recovery file that holds the
// path of the project file the work belongs to, so that restored work
// saves back to it. It is written before the recovery file and removed
// with it.
const sourceSuffix = ".source"

// StartAutosave writes unsaved work to the recovery file in the app's
// storage every interval, until the window closes.
func (u *UI) StartAutosave(interval time.Duration) {
	u.startRecovery(filepath.Join(u.app.Storage().RootURI().Path(), recoveryName))
	stop := make(chan struct{})
	u.win.SetOnClosed(func() { close(stop) })
	go func() {
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				fyne.Do(func() { u.autosave() })
			}
		}
	}()
}

// startRecovery starts the worker that writes and removes the recovery
// file at path.
func (u *UI) startRecovery(path string) {
	u.recoveryPath = path
	u.recovery = make(chan func(), 4)
	go func() {
		for job := range u.recovery {
			job()
		}
	}()
}

// autosave writes the project to the recovery file when it has changes
// not yet written there; the returned channel is closed once written
// (nil when nothing was to be written). A failure is shown in the status
// line: the work itself is still in the window.
func (u *UI) autosave() <-chan struct{} {
	if u.recovery == nil || !u.unsaved() || u.changes == u.autosaved {
		return nil
	}
	u.storeView()
	var buf bytes.Buffer
	if err := u.hist.Save(&buf); err != nil { // with the history: Undo works after a restore
		u.status.SetText("Autosave failed: " + err.Error())
		return nil
	}
	u.autosaved = u.changes
	done := make(chan struct{})
	path, source := u.recoveryPath, u.path
	u.recovery <- func() {
		defer close(done)
		err := writeSource(path+sourceSuffix, source)
		if err == nil {
			err = safefile.Write(path, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err })
		}
		if err != nil {
			fyne.Do(func() { u.status.SetText("Autosave failed: " + err.Error()) })
		}
	}
	return done
}

// writeSource records at path the project file the recovered work belongs
// to, or removes the record for work that has no file yet.
func writeSource(path, source string) error {
	if source == "" {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	}
	return safefile.Write(path, func(w io.Writer) error { _, err := io.WriteString(w, source); return err })
}

// readSource is the project file the recovered work at path belongs to,
// "" when it had none.
func readSource(path string) string {
	b, err := os.ReadFile(path + sourceSuffix)
	if err != nil {
		return ""
	}
	return string(b)
}

// dropRecovery removes the recovery file, after any write still queued,
// once the work it holds is saved or discarded; it waits for the removal,
// as the app may be about to quit.
func (u *UI) dropRecovery() {
	if u.recovery == nil {
		return
	}
	done := make(chan struct{})
	path := u.recoveryPath
	u.recovery <- func() {
		defer close(done)
		os.Remove(path)
		os.Remove(path + sourceSuffix)
	}
	<-done
	u.autosaved = 0
}

// OfferRecovery asks, once loaded is closed (nil: at once), whether to
// restore the work a crash left in the recovery file.
func (u *UI) OfferRecovery(loaded <-chan struct{}) {
	if loaded == nil {
		u.offerRecovery()
		return
	}
	go func() {
		<-loaded
		fyne.Do(func() { u.offerRecovery() })
	}()
}

// offerRecovery shows the question when there is a recovery file.
func (u *UI) offerRecovery() dialog.Dialog {
	if u.recoveryPath == "" {
		return nil
	}
	fi, err := os.Stat(u.recoveryPath)
	if errors.Is(err, fs.ErrNotExist) || err != nil {
		return nil
	}
	what := "unsaved work"
	if source := readSource(u.recoveryPath); source != "" {
		what = "unsaved work on “" + strings.TrimSuffix(filepath.Base(source), project.Ext) + "”"
	}
	msg := widget.NewLabel("Dateline closed with " + what + ", last kept " +
		fi.ModTime().Format("Monday 2 January 15:04") + ".\nRestore it?")
	d := dialog.NewCustomWithoutButtons("Restore unsaved work", msg, u.win)
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton("Discard", func() { d.Hide(); u.dropRecovery() }),
		&widget.Button{Text: "Restore", Importance: widget.HighImportance, OnTapped: func() { d.Hide(); u.restoreRecovery() }},
	})
	d.Show()
	return d
}

// restoreRecovery opens the recovery file with unsaved changes: as the
// project file it was autosaved from, so Save writes back there, or as
// an untitled project, saved somewhere of the user's choosing.
func (u *UI) restoreRecovery() <-chan struct{} {
	var p *project.Project
	var err error
	path := u.recoveryPath
	source := readSource(path)
	return u.background("Restoring…", "", func(_ context.Context, _ func(int, int)) {
		p, err = project.LoadFile(path)
	}, func(bool) {
		if err != nil {
			dialog.ShowError(projectError(err), u.win)
			return
		}
		u.setProject(p, source, "Recovered work")
		u.viewChanged = true // not in the user's file yet
		u.updateTitle()
	})
}
