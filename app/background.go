package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// background runs work off the UI thread behind a progress dialog whose
// Cancel cancels work's context, then calls done on the UI thread with
// whether it was cancelled. work reports progress as done of total steps.
// The returned channel is closed after done has run.
func (u *UI) background(title, what string, work func(ctx context.Context, progress func(done, total int)), done func(cancelled bool)) <-chan struct{} {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	box := container.NewVBox(bar, widget.NewButton("Cancel", cancel))
	if what != "" {
		box.Objects = append([]fyne.CanvasObject{widget.NewLabel(what)}, box.Objects...)
	}
	progress := dialog.NewCustomWithoutButtons(title, box, u.win)
	progress.Show()
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		work(ctx, func(n, total int) {
			fyne.Do(func() { bar.SetValue(float64(n) / float64(max(total, 1))) })
		})
		cancelled := ctx.Err() != nil
		cancel()
		fyne.DoAndWait(func() {
			progress.Hide()
			done(cancelled)
		})
	}()
	return finished
}
