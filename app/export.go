package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/export"
)

// imageSettings are the choices of File ▸ Export Image.
type imageSettings struct {
	format          export.Format
	wholeRange      bool
	width, height   float32
	scale           float32
	page            export.Page
	title, subtitle string
	legend, footer  bool
	dark            bool
	transparent     bool
}

// imagePage turns settings into the items and export options for the
// events shown, through the same page description as "dateline export":
// the current view's time range unless the whole range is wanted, the
// lanes in use, a legend of the articles and a footer naming the sources.
// The items are what the window draws: the events the filters keep, and
// with Merge Reports on one item per happening, labelled with its sources.
func (u *UI) imagePage(s imageSettings, now time.Time) ([]timeline.Item, export.Options) {
	opt := export.Options{
		Width: s.width, Height: s.height, Scale: s.scale, Page: s.page,
		Transparent: s.transparent && s.format == export.PNG,
	}
	if s.dark {
		opt.Theme = export.Dark
	}
	page := convert.Page{
		Title: s.title, Subtitle: s.subtitle, Legend: s.legend, Footer: s.footer, Date: now,
		Group: u.groupBy, MaxActors: maxActorLanes,
	}
	if !s.wholeRange {
		sc, w := u.timeline.Scale(), u.timeline.Size().Width
		page.From, page.To = sc.Time(0), sc.Time(w)
	}
	items, opt := page.Describe(u.result, opt)
	return convert.MergedItems(items, u.merges.res), opt
}

// exportImageDialog asks how to export the timeline as an image, then
// where, then writes it off the UI thread.
func (u *UI) exportImageDialog() {
	format := widget.NewSelect([]string{"PNG", "SVG", "PDF"}, nil)
	span := widget.NewRadioGroup([]string{"Current view", "Whole range"}, nil)
	span.Horizontal = true
	span.SetSelected("Current view")
	width, height := newDialogEntry(), newDialogEntry()
	width.SetText("1920")
	height.SetText("1080")
	scale := widget.NewSelect([]string{"1×", "2×", "4×"}, nil)
	scale.SetSelected("1×")
	page := widget.NewSelect([]string{"A4 landscape", "Letter landscape", "16:9 slide"}, nil)
	page.SetSelected("A4 landscape")
	title, subtitle := newDialogEntry(), newDialogEntry()
	title.SetText(strings.TrimPrefix(u.win.Title(), "Dateline — "))
	subtitle.SetPlaceHolder("Events and days shown")
	legend, footer := widget.NewCheck("Legend", nil), widget.NewCheck("Footer with sources and date", nil)
	legend.SetChecked(len(u.result.Articles) > 1)
	footer.SetChecked(true)
	dark := widget.NewCheck("Dark theme", nil)
	transparent := widget.NewCheck("Transparent background", nil)
	target := newSaveTarget(u.win, "dateline-timeline.png")
	format.OnChanged = func(f string) {
		target.setExtension(strings.ToLower(f))
		pngOnly := f == "PNG"
		setEnabled(pngOnly, scale, transparent)
		setEnabled(f != "PDF", width, height)
		setEnabled(f == "PDF", page)
	}
	format.SetSelected("PNG")

	form := []*widget.FormItem{
		widget.NewFormItem("Format", format),
		widget.NewFormItem("Range", span),
		widget.NewFormItem("Size (px)", container.NewGridWithColumns(3, width, height, scale)),
		widget.NewFormItem("PDF page", page),
		widget.NewFormItem("Title", title),
		widget.NewFormItem("Subtitle", subtitle),
		widget.NewFormItem("", container.NewVBox(legend, footer, dark, transparent)),
		widget.NewFormItem("Save to", target.content),
	}
	d := dialog.NewForm("Export Image", "Export", "Cancel", form, func(ok bool) {
		if !ok {
			return
		}
		s, err := readImageSettings(format.Selected, span.Selected, width.Text, height.Text, scale.Selected, page.Selected)
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		s.title, s.subtitle = title.Text, subtitle.Text
		s.legend, s.footer, s.dark, s.transparent = legend.Checked, footer.Checked, dark.Checked, transparent.Checked
		items, opt := u.imagePage(s, time.Now())
		u.confirmOverwrite(target.path(), func(path string) {
			u.runExport("Exporting image…", path, func(ctx context.Context, progress func(int, int)) error {
				opt.Progress = progress
				return export.WriteFile(ctx, path, items, opt)
			})
		})
	}, u.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// readImageSettings parses the dialog's text fields.
func readImageSettings(format, span, width, height, scale, page string) (imageSettings, error) {
	s := imageSettings{wholeRange: span == "Whole range"}
	var err error
	if s.format, err = export.FormatFromPath("x." + strings.ToLower(format)); err != nil {
		return s, err
	}
	w, errW := strconv.Atoi(strings.TrimSpace(width))
	h, errH := strconv.Atoi(strings.TrimSpace(height))
	if errW != nil || errH != nil || w < 64 || h < 64 || w > 7680 || h > 7680 {
		return s, fmt.Errorf("image size %s × %s: want whole pixels from 64 to 7680", width, height)
	}
	s.width, s.height = float32(w), float32(h)
	s.scale = map[string]float32{"2×": 2, "4×": 4}[scale]
	if s.scale == 0 {
		s.scale = 1
	}
	s.page = map[string]export.Page{"Letter landscape": export.Letter, "16:9 slide": export.Slide}[page]
	return s, nil
}

// dataFormats are the data exports: name, extension and writer.
// perHappening formats are read as a timeline or a calendar, so with
// Merge Reports on they take one event per happening, as the window draws
// them; CSV and JSON are data and keep every report with its source.
var dataFormats = []struct {
	name, ext    string
	perHappening bool
	write        func(w io.Writer, title string, events []data.Event) error
}{
	{"CSV", "csv", false, func(w io.Writer, _ string, ev []data.Event) error { return format.WriteCSV(w, ev) }},
	{"JSON (Dateline events)", "json", false, func(w io.Writer, _ string, ev []data.Event) error { return format.WriteJSON(w, ev) }},
	{"TimelineJS JSON", "timeline.json", true, format.WriteTimelineJS},
	{"iCalendar", "ics", true, func(w io.Writer, title string, ev []data.Event) error {
		return format.WriteICalendar(w, title, ev, time.Now().UTC())
	}},
}

// exportDataDialog writes the events as CSV, JSON, TimelineJS or iCalendar.
func (u *UI) exportDataDialog() {
	names := make([]string, len(dataFormats))
	for i, f := range dataFormats {
		names[i] = f.name
	}
	format := widget.NewSelect(names, nil)
	target := newSaveTarget(u.win, "dateline-events.csv")
	format.OnChanged = func(name string) { target.setExtension(dataFormats[indexOf(names, name)].ext) }
	format.SetSelected(names[0])
	form := []*widget.FormItem{widget.NewFormItem("Format", format), widget.NewFormItem("Save to", target.content)}
	d := dialog.NewForm("Export Events", "Export", "Cancel", form, func(ok bool) {
		if !ok {
			return
		}
		f := dataFormats[indexOf(names, format.Selected)]
		events := u.dataEvents(f.perHappening)
		title := strings.TrimPrefix(u.win.Title(), "Dateline — ")
		u.confirmOverwrite(target.path(), func(path string) { u.exportEvents(f.ext, path, title, events) })
	}, u.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// dataEvents are the events a data export writes: those the filters
// keep, and for a format read per happening, one event per happening as
// the window draws them.
func (u *UI) dataEvents(perHappening bool) []data.Event {
	if perHappening {
		return convert.Drawn(u.result.Events, u.merges.res)
	}
	return u.result.Events
}

// exportEvents writes events to path in the data format of extension ext
// in the background; the status line says when iCalendar had to leave
// events out for their years.
func (u *UI) exportEvents(ext, path, title string, events []data.Event) <-chan struct{} {
	names := make([]string, len(dataFormats))
	for i, f := range dataFormats {
		names[i] = f.ext
	}
	f := dataFormats[indexOf(names, ext)]
	note := ""
	if n := format.ICalendarNote(events); n != "" && ext == "ics" {
		note = " (" + n + ")"
	}
	return u.runExportNote("Exporting events…", path, note, func(ctx context.Context, _ func(int, int)) error {
		return export.WriteAtomic(path, func(w io.Writer) error { return f.write(w, title, events) })
	})
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}

// confirmOverwrite calls then(path) at once when nothing is at path, and
// after asking when a file would be replaced.
func (u *UI) confirmOverwrite(path string, then func(path string)) {
	if _, err := os.Stat(path); err != nil {
		then(path)
		return
	}
	dialog.ShowConfirm("Replace file?", fmt.Sprintf("%s already exists. Replace it?", filepath.Base(path)),
		func(ok bool) {
			if ok {
				then(path)
			}
		}, u.win)
}

// runExport runs write in the background (see background); the outcome
// is reported in a dialog or the status bar. Writes go through a
// temporary file, so a failed or cancelled export leaves no partial file
// behind. The returned channel is closed once the outcome is shown.
func (u *UI) runExport(title, path string, write func(ctx context.Context, progress func(done, total int)) error) <-chan struct{} {
	return u.runExportNote(title, path, "", write)
}

// runExportNote is runExport with note added to the status line after a
// successful export.
func (u *UI) runExportNote(title, path, note string, write func(ctx context.Context, progress func(done, total int)) error) <-chan struct{} {
	var err error
	return u.background(title, filepath.Base(path), func(ctx context.Context, progress func(done, total int)) {
		err = write(ctx, progress)
	}, func(cancelled bool) {
		switch {
		case cancelled:
			u.status.SetText("Export cancelled; nothing was written.")
		case err != nil:
			dialog.ShowError(err, u.win)
		default:
			u.status.SetText("Exported " + path + note)
		}
	})
}

// saveTarget picks where an export goes: a folder, chosen with a folder
// dialog, and a file name. Fyne's save dialog would create the file
// before the export runs; choosing the folder instead lets the export
// write atomically.
type saveTarget struct {
	folder  string
	name    *dialogEntry
	shown   *widget.Label
	content fyne.CanvasObject
}

func newSaveTarget(win fyne.Window, name string) *saveTarget {
	t := &saveTarget{folder: defaultFolder(), name: newDialogEntry(), shown: widget.NewLabel("")}
	t.name.SetText(name)
	t.shown.Truncation = fyne.TextTruncateEllipsis
	t.shown.SetText(t.folder)
	choose := widget.NewButton("Folder…", func() {
		dialog.ShowFolderOpen(func(l fyne.ListableURI, err error) {
			if err != nil || l == nil {
				return
			}
			t.folder = l.Path()
			t.shown.SetText(t.folder)
		}, win)
	})
	t.content = container.NewVBox(t.name, container.NewBorder(nil, nil, nil, choose, t.shown))
	return t
}

// setExtension replaces the file name's extension with ext.
func (t *saveTarget) setExtension(ext string) {
	base := t.name.Text
	for _, f := range []string{".timeline.json", ".png", ".svg", ".pdf", ".csv", ".json", ".ics"} {
		base = strings.TrimSuffix(base, f)
	}
	t.name.SetText(base + "." + ext)
}

func (t *saveTarget) path() string { return filepath.Join(t.folder, t.name.Text) }

// defaultFolder is where exports go unless the user picks another folder:
// the Documents folder when there is one, else home, else here.
func defaultFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if docs := filepath.Join(home, "Documents"); isDir(docs) {
		return docs
	}
	return home
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// setEnabled enables or disables widgets together.
func setEnabled(on bool, ws ...fyne.Disableable) {
	for _, w := range ws {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}
