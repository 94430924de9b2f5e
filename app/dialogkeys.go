package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Fyne's dialogs take no keys of their own: Enter does not confirm and
// Esc does not cancel unless a button has the focus. dialogKey gives every
// dialog of the window both, from the window's key handler, which gets the
// keys no focused widget took.

// dismissLabels are the texts of buttons that leave a dialog without
// doing anything: what Esc presses. Buttons that discard work ("Don't
// Save", "Discard") are not among them, so Esc can never lose anything.
var dismissLabels = map[string]bool{"Cancel": true, "Close": true, "Later": true, "OK": true, "No": true}

// dialogKey presses, in the dialog on top of the window, the button that
// Enter or Esc stands for, and reports whether it did. Enter presses the
// dialog's default button (its one high-importance button, or the only
// button of a message such as "Close"); Esc the first dismissing button.
func (u *UI) dialogKey(ev *fyne.KeyEvent) bool { return dialogKey(u.win.Canvas(), ev) }

// dialogKey is UI.dialogKey for the dialog on top of canvas c.
func dialogKey(c fyne.Canvas, ev *fyne.KeyEvent) bool {
	pop, ok := c.Overlays().Top().(*widget.PopUp)
	if !ok || !pop.Visible() {
		return false
	}
	buttons := appendButtons(nil, pop.Content)
	var b *widget.Button
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b = defaultButton(buttons)
	case fyne.KeyEscape:
		for _, c := range buttons {
			if dismissLabels[c.Text] && !c.Disabled() {
				b = c
				break
			}
		}
	}
	if b == nil {
		return false
	}
	b.Tapped(&fyne.PointEvent{})
	return true
}

// defaultButton returns the button Enter presses among buttons, or nil.
func defaultButton(buttons []*widget.Button) *widget.Button {
	var high *widget.Button
	for _, b := range buttons {
		if b.Importance != widget.HighImportance || b.Disabled() {
			continue
		}
		if high != nil {
			return nil // two defaults: Enter would be a guess
		}
		high = b
	}
	if high == nil && len(buttons) == 1 && dismissLabels[buttons[0].Text] {
		return buttons[0]
	}
	return high
}

// appendButtons appends the buttons in o's tree of containers, in order.
// Widgets other than buttons are not opened: their parts are their own.
func appendButtons(out []*widget.Button, o fyne.CanvasObject) []*widget.Button {
	switch v := o.(type) {
	case *widget.Button:
		if v.Visible() {
			out = append(out, v)
		}
	case *fyne.Container:
		if v.Visible() {
			for _, c := range v.Objects {
				out = appendButtons(out, c)
			}
		}
	}
	return out
}

// dialogEntry is the text entry of a dialog. Fyne's entry keeps Esc, and
// Enter when it is one line without OnSubmitted, so with the cursor in a
// field neither reached the dialog's buttons; dialogEntry hands them on
// to dialogKey first.
type dialogEntry struct {
	widget.Entry
}

// newDialogEntry returns a one-line dialogEntry.
func newDialogEntry() *dialogEntry {
	e := &dialogEntry{Entry: widget.Entry{Wrapping: fyne.TextWrap(fyne.TextTruncateClip)}}
	e.ExtendBaseWidget(e)
	return e
}

// newDialogMultiLineEntry returns a dialogEntry of several lines, where
// Enter starts a new line and only Esc goes to the dialog.
func newDialogMultiLineEntry() *dialogEntry {
	e := newDialogEntry()
	e.MultiLine = true
	return e
}

// TypedKey hands Esc, and Enter on one line, to the dialog the entry is
// in, and every other key to the entry.
func (e *dialogEntry) TypedKey(ev *fyne.KeyEvent) {
	enter := (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && !e.MultiLine && e.OnSubmitted == nil
	if ev.Name == fyne.KeyEscape || enter {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil && dialogKey(c, ev) {
			return
		}
	}
	e.Entry.TypedKey(ev)
}
