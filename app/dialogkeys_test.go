package app

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// typeKey delivers key as the desktop driver does: to the focused widget,
// else to the window's key handler.
func typeKey(c fyne.Canvas, key fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: key}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// typeRune delivers r as the desktop driver does.
func typeRune(c fyne.Canvas, r rune) {
	if f := c.Focused(); f != nil {
		f.TypedRune(r)
		return
	}
	if h := c.OnTypedRune(); h != nil {
		h(r)
	}
}

// TestUI_DialogKeys opens the window's dialogs and presses Enter or Esc:
// Enter takes the default button, Esc the one that leaves without doing
// anything, and neither presses a button that discards work.
func TestUI_DialogKeys(t *testing.T) {
	type dialogCase struct {
		name string
		// open shows the dialog; *ran is set when its action runs.
		open       func(u *UI, ran *bool)
		key        fyne.KeyName
		ran, open2 bool // the action ran; the dialog is still open
	}
	replace := func(u *UI, ran *bool) {
		path := filepath.Join(t.TempDir(), "out.png")
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		u.confirmOverwrite(path, func(string) { *ran = true })
	}
	unsaved := func(u *UI, ran *bool) {
		u.markView()
		u.confirmDiscard(func() { *ran = true })
	}
	restore := func(u *UI, ran *bool) {
		d := dialog.NewCustomWithoutButtons("Restore unsaved work", widget.NewLabel("Restore it?"), u.win)
		d.SetButtons([]fyne.CanvasObject{
			widget.NewButton("Discard", func() { d.Hide() }),
			&widget.Button{Text: "Restore", Importance: widget.HighImportance, OnTapped: func() { d.Hide(); *ran = true }},
		})
		d.Show()
	}
	errorList := func(u *UI, _ *bool) { u.showErrors([]error{errors.New("a.md: no publication date")}) }
	for _, c := range []dialogCase{
		{"error list, Enter closes", errorList, fyne.KeyReturn, false, false},
		{"error list, Esc closes", errorList, fyne.KeyEscape, false, false},
		{"replace file, Enter replaces", replace, fyne.KeyReturn, true, false},
		{"replace file, Esc keeps the file", replace, fyne.KeyEscape, false, false},
		{"unsaved changes, Esc cancels", unsaved, fyne.KeyEscape, false, false},
		{"restore, Enter restores", restore, fyne.KeyEnter, true, false},
		{"restore, Esc discards nothing", restore, fyne.KeyEscape, false, true},
		{"export image, Esc cancels", func(u *UI, _ *bool) { u.exportImageDialog() }, fyne.KeyEscape, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			u := newTestUI(t)
			ran := false
			c.open(u, &ran)
			if u.win.Canvas().Overlays().Top() == nil {
				t.Fatal("no dialog shown")
			}
			typeKey(u.win.Canvas(), c.key)
			if ran != c.ran {
				t.Errorf("action ran %v, want %v", ran, c.ran)
			}
			if open := u.win.Canvas().Overlays().Top() != nil; open != c.open2 {
				t.Errorf("dialog open %v, want %v", open, c.open2)
			}
		})
	}
}

// TestUI_FocusAtLaunch checks that the timeline has the keyboard focus
// as soon as the window opens: End selects the last event, + zooms in
// and 0 fits everything again, with no click first.
func TestUI_FocusAtLaunch(t *testing.T) {
	u := newTestUI(t)
	c := u.win.Canvas()
	tl := u.Timeline()
	if c.Focused() != tl {
		t.Fatalf("focused %T, want the timeline", c.Focused())
	}
	typeKey(c, fyne.KeyEnd)
	if want := tl.Index().Last(); tl.Selected() != want {
		t.Errorf("End selected %d, want the last event %d", tl.Selected(), want)
	}
	tl.Fit()
	fitted := tl.Scale()
	typeRune(c, '+')
	if tl.Scale().SecondsPerPixel >= fitted.SecondsPerPixel {
		t.Errorf("+ left the zoom at %g s/px, fitted %g", tl.Scale().SecondsPerPixel, fitted.SecondsPerPixel)
	}
	typeRune(c, '0')
	if got := tl.Scale(); got.SecondsPerPixel != fitted.SecondsPerPixel || !got.Origin.Equal(fitted.Origin) {
		t.Errorf("0 gave %v, want the fitted view %v", got, fitted)
	}
}

// asEntry returns the text entry o is, a plain or a dialog entry.
func asEntry(o any) (*widget.Entry, bool) {
	switch e := o.(type) {
	case *widget.Entry:
		return e, true
	case *dialogEntry:
		return &e.Entry, true
	}
	return nil, false
}

// TestUI_DialogKeysInEntry presses Esc and Enter with the cursor in a
// dialog's field: the Save Scene dialog focuses its name entry, which
// must hand both keys to the dialog as the window does.
func TestUI_DialogKeysInEntry(t *testing.T) {
	type entryCase struct {
		key    fyne.KeyName
		scenes int // scenes saved after the key
	}
	for _, c := range []entryCase{{fyne.KeyEscape, 0}, {fyne.KeyReturn, 1}} {
		u := newTestUI(t)
		u.timeline.Select(0)
		u.saveScene(&u.scenes)
		c0 := u.win.Canvas()
		if _, ok := c0.Focused().(*dialogEntry); !ok {
			t.Fatalf("focus on %T, want the dialog's name entry", c0.Focused())
		}
		typeKey(c0, c.key)
		if pop, ok := c0.Overlays().Top().(*widget.PopUp); ok && pop.Visible() {
			t.Errorf("%s in the name entry left the dialog open", c.key)
		}
		if n := len(u.scenes.scenes); n != c.scenes {
			t.Errorf("%s in the name entry: %d scenes saved, want %d", c.key, n, c.scenes)
		}
	}
}
