package app

import (
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data/source"
)

// Fyne's file dialog picks one file at a time. File ▸ Open Files… lists
// the article files of one folder, the folder last used to start with,
// each with a check box, so several are opened at once; Folder… changes
// the folder.

// filePicker is the state of the Open Files dialog.
type filePicker struct {
	u      *UI
	dir    string
	folder *widget.Label
	all    *widget.Check
	checks *fyne.Container // one *widget.Check per file, named by file
	open   *widget.Button
}

// openFilesDialog is File ▸ Open Files…; it returns the picker shown.
func (u *UI) openFilesDialog() *filePicker {
	p := &filePicker{u: u, folder: widget.NewLabel(""), checks: container.NewVBox()}
	p.folder.Truncation = fyne.TextTruncateEllipsis
	p.all = widget.NewCheck("All", p.checkAll)
	var d dialog.Dialog
	p.open = widget.NewButton("Open", func() {
		d.Hide()
		u.rememberFolder(p.dir)
		u.loadSources(p.picked())
	})
	p.open.Importance = widget.HighImportance
	choose := widget.NewButton("Folder…", func() { p.chooseFolder() })
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	list := container.NewVScroll(p.checks)
	list.SetMinSize(fyne.NewSize(420, 260))
	top := container.NewBorder(nil, nil, nil, choose, p.folder)
	content := container.NewBorder(container.NewVBox(top, p.all), container.NewCenter(container.NewHBox(cancel, p.open)), nil, nil, list)
	d = dialog.NewCustomWithoutButtons("Open Files", content, u.win)
	dir := u.app.Preferences().String(lastFolderKey)
	if dir == "" {
		dir, _ = os.UserHomeDir()
	}
	p.show(dir)
	d.Show()
	return p
}

// show lists the article files of dir.
func (p *filePicker) show(dir string) {
	p.dir = dir
	p.folder.SetText(dir)
	p.checks.RemoveAll()
	entries, err := os.ReadDir(dir)
	if err != nil {
		p.checks.Add(widget.NewLabel(err.Error())) // names the folder
	}
	for _, e := range entries {
		if e.Type().IsRegular() && e.Name()[0] != '.' && source.IsArticleFile(e.Name()) {
			p.checks.Add(widget.NewCheck(e.Name(), func(bool) { p.update() }))
		}
	}
	if len(p.checks.Objects) == 0 && err == nil {
		p.checks.Add(widget.NewLabel("No articles in this folder (text, Markdown, HTML or feeds)."))
	}
	p.all.SetChecked(false)
	p.update()
}

// files returns the check boxes of the files listed.
func (p *filePicker) files() []*widget.Check {
	var out []*widget.Check
	for _, o := range p.checks.Objects {
		if c, ok := o.(*widget.Check); ok {
			out = append(out, c)
		}
	}
	return out
}

// picked returns the paths of the files checked.
func (p *filePicker) picked() []string {
	var out []string
	for _, c := range p.files() {
		if c.Checked {
			out = append(out, filepath.Join(p.dir, c.Text))
		}
	}
	return out
}

// checkAll checks or clears every file.
func (p *filePicker) checkAll(on bool) {
	for _, c := range p.files() {
		c.SetChecked(on)
	}
}

// update names the count on the Open button, disabled with none checked.
func (p *filePicker) update() {
	n := len(p.picked())
	p.open.SetText(fmt.Sprintf("Open %d", n))
	if n == 0 {
		p.open.SetText("Open")
		p.open.Disable()
		return
	}
	p.open.Enable()
}

// chooseFolder asks for another folder to list.
func (p *filePicker) chooseFolder() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		switch {
		case err != nil:
			dialog.ShowError(err, p.u.win)
		case dir != nil:
			p.show(dir.Path())
		}
	}, p.u.win)
	p.u.startInLastFolder(d)
	d.Show()
}
