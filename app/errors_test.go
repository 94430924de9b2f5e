package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data"
)

// However many files fail, the error dialog fits the window, names the
// count in its title and scrolls through the list.
func TestUI_ShowErrorsFitsWindow(t *testing.T) {
	type errorsCase struct {
		n     int
		title string
	}
	for _, tc := range []errorsCase{{1, "1 file could not be used"}, {3, "3 files could not be used"}, {80, "80 files could not be used"}} {
		t.Run(tc.title, func(t *testing.T) {
			test.NewTempApp(t)
			u := New(fyne.CurrentApp())
			win := fyne.NewSize(1024, 700)
			u.win.Resize(win)
			u.win.Show()
			errs := make([]error, tc.n)
			for i := range errs {
				errs[i] = &data.ImportError{Name: fmt.Sprintf("/home/analyst/inbox/a-rather-long-folder-name/report-%03d.html", i), Err: data.ErrNoDate}
			}
			u.showErrors(errs)
			pop, ok := u.win.Canvas().Overlays().Top().(*widget.PopUp)
			if !ok {
				t.Fatalf("no dialog shown: top overlay is %T", u.win.Canvas().Overlays().Top())
			}
			size := pop.Content.MinSize()
			if size.Width > win.Width || size.Height > win.Height {
				t.Errorf("dialog needs %v, more than the %v window", size, win)
			}
			if !hasText(pop.Content, tc.title) {
				t.Errorf("dialog title is not %q", tc.title)
			}
			if scroll := findScroll(pop.Content); scroll == nil {
				t.Error("no scrolling list")
			} else if tc.n == 80 && scroll.Content.MinSize().Height <= scroll.Size().Height {
				t.Errorf("list of %g shown in %g: nothing to scroll", scroll.Content.MinSize().Height, scroll.Size().Height)
			}
		})
	}
}

// walk calls f on o and every object below it.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			walk(child, f)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			walk(child, f)
		}
	}
}

// hasText reports whether a label or text below o reads s.
func hasText(o fyne.CanvasObject, s string) bool {
	found := false
	walk(o, func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			found = found || v.Text == s
		case *canvas.Text:
			found = found || v.Text == s
		}
	})
	return found
}

// findScroll returns the first scroll container below o.
func findScroll(o fyne.CanvasObject) *container.Scroll {
	var found *container.Scroll
	walk(o, func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Scroll); ok && found == nil {
			found = s
		}
	})
	return found
}
