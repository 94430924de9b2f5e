package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"math"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/fetch"
	"github.com/dateline/dateline/data/project"
	"github.com/dateline/dateline/data/sample"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/view"
)

// UI is Dateline's main window: the timeline of the loaded articles' events
// beside a detail pane (below it on narrow windows) that shows where the
// selected event's date came from.
type UI struct {
	app      fyne.App
	win      fyne.Window
	timeline *view.Timeline
	detail   *detail
	status   *widget.Label
	legend   *fyne.Container
	split    *container.Split
	pane     *panePlacer
	find     *finder
	merges   *mergeView
	total    int // events the view's filters could show, for the status line

	result extract.Result
	// The project the window works on and its undo history; ids are the
	// identities of result.Events, index for index.
	proj               *project.Project
	hist               *project.History
	ids                []project.EventID
	path, name         string
	changes            int // counts changes, so a save knows whether it is current
	undoItem, redoItem *fyne.MenuItem
	recentItem         *fyne.MenuItem
	asked              map[string]bool // undated articles whose date was asked for
	viewChanged        bool            // scenes or grouping changed since the last save
	// The recovery file and the worker that writes it (nil until
	// StartAutosave); autosaved is the change count last written there.
	recoveryPath string
	recovery     chan func()
	autosaved    int
	groupBy      convert.Grouping
	// shortcuts are the window's, by name, for the timeline to hand on.
	shortcuts map[string]func(fyne.Shortcut)
	groups    map[convert.Grouping]*fyne.MenuItem
	scenes    sceneList
	marked    marks      // last given to the timeline, see setMarks
	gc        *collector // processGC
	// pending is closed when the last reading of sources started from a
	// dialog or the clipboard has finished (see loadSources), for tests.
	pending <-chan struct{}
}

// groupingNames label the groupings in View ▸ Group By.
var groupingNames = map[convert.Grouping]string{
	convert.GroupNone: "None", convert.GroupSource: "Source", convert.GroupActor: "Actor", convert.GroupTag: "Tag",
}

// maxActorLanes bounds the lanes of the actor grouping; the rest share
// one "Other" lane.
const maxActorLanes = 6

// New builds the main window on a, empty until Load or LoadSample fills it.
func New(a fyne.App) *UI {
	u := &UI{
		app:      a,
		win:      a.NewWindow("Dateline"),
		timeline: view.New(),
		detail:   newDetail(a),
		status:   widget.NewLabel(""),
		legend:   container.NewHBox(),
		groupBy:  convert.GroupNone,
		gc:       &processGC,
	}
	u.gc.bound()
	u.proj = project.New()
	u.hist = project.NewHistory(u.proj)
	u.detail.edits = u
	u.find = newFinder(u)
	u.merges = newMergeView(u)
	u.scenes.changed = u.markView
	u.timeline.OnSelected = u.showEvent
	u.timeline.OnActivated = u.showEvent // Enter, as a click, shows the event
	u.timeline.OnHover = u.hoverEvent
	u.timeline.OnUnhandledKey = func(ev *fyne.KeyEvent) { u.handleKey(ev) }
	u.timeline.OnUnhandledShortcut = u.windowShortcut
	u.win.SetContent(u.layout())
	u.win.SetMainMenu(u.menu())
	u.updateRecent()
	u.addShortcuts()
	u.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if !u.dialogKey(ev) {
			u.handleKey(ev)
		}
	})
	// The timeline takes the keys from the start: End, + and 0 work
	// without a click first.
	u.win.Canvas().Focus(u.timeline)
	u.win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { u.dropped(uris) })
	u.win.SetCloseIntercept(u.closeWindow)
	u.win.SetOnClosed(u.pane.remember)
	u.win.Resize(fyne.NewSize(1200, 800))
	return u
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// Timeline returns the timeline widget, for tests and scripting.
func (u *UI) Timeline() *view.Timeline { return u.timeline }

// Events returns the events on the timeline, in time order.
func (u *UI) Events() []data.Event { return u.result.Events }

func (u *UI) layout() fyne.CanvasObject {
	toolbar := widget.NewToolbar(
		widget.NewToolbarAction(theme.FolderOpenIcon(), u.openDialog),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ZoomInIcon(), u.timeline.ZoomIn),
		widget.NewToolbarAction(theme.ZoomOutIcon(), u.timeline.ZoomOut),
		widget.NewToolbarAction(theme.ZoomFitIcon(), u.timeline.Fit),
	)
	bottom := container.NewVBox(view.NewOverview(u.timeline), container.NewHScroll(u.legend))
	view := container.NewBorder(u.find.bar, bottom, nil, nil, u.timeline)
	u.split = container.NewVSplit(view, u.detail.content)
	u.split.Offset = splitOffset(convert.GroupNone)
	u.pane = newPanePlacer(u.split, u.app.Preferences())
	return container.NewBorder(toolbar, u.status, nil, nil, container.New(u.pane, u.split))
}

func (u *UI) menu() *fyne.MainMenu {
	newItem := fyne.NewMenuItem("New", u.newFile)
	newItem.Shortcut = ctrl(fyne.KeyN)
	open := fyne.NewMenuItem("Open…", u.openDialog)
	open.Shortcut = ctrl(fyne.KeyO)
	openURL := fyne.NewMenuItem("Open URL…", func() { u.openURLDialog() })
	openURL.Shortcut = ctrl(fyne.KeyL)
	openFiles := fyne.NewMenuItem("Open Files…", func() { u.openFilesDialog() })
	openFolder := fyne.NewMenuItem("Open Folder…", u.openFolderDialog)
	openFolder.Shortcut = ctrlShift(fyne.KeyO)
	u.recentItem = fyne.NewMenuItem("Open Recent", nil)
	// Our own Quit, so it asks about unsaved work as closing does.
	quit := fyne.NewMenuItem("Quit", u.closeWindow)
	quit.IsQuit = true
	save := fyne.NewMenuItem("Save", func() { u.save(nil) })
	save.Shortcut = ctrl(fyne.KeyS)
	saveAs := fyne.NewMenuItem("Save As…", func() { u.saveAsDialog(nil) })
	saveAs.Shortcut = ctrlShift(fyne.KeyS)
	sampleItem := fyne.NewMenuItem("Built-in Briefing", u.LoadSample)
	exportImage := fyne.NewMenuItem("Export Image…", u.exportImageDialog)
	exportImage.Shortcut = ctrl(fyne.KeyE)
	exportData := fyne.NewMenuItem("Export Events…", u.exportDataDialog)
	fit := fyne.NewMenuItem("Fit All", u.timeline.Fit)
	fit.Shortcut = ctrl(fyne.Key0)
	zoomIn := fyne.NewMenuItem("Zoom In", u.timeline.ZoomIn)
	zoomIn.Shortcut = ctrl(fyne.KeyEqual)
	zoomOut := fyne.NewMenuItem("Zoom Out", u.timeline.ZoomOut)
	zoomOut.Shortcut = ctrl(fyne.KeyMinus)
	fitSel := fyne.NewMenuItem("Fit Selection", u.fitSelection)
	compress := fyne.NewMenuItem("Compress Empty Time", nil)
	compress.Checked = u.timeline.Compress()
	compress.Action = func() {
		u.timeline.SetCompress(!u.timeline.Compress())
		compress.Checked = u.timeline.Compress()
		u.win.MainMenu().Refresh()
	}
	group := fyne.NewMenuItem("Group By", nil)
	group.ChildMenu = fyne.NewMenu("")
	u.groups = map[convert.Grouping]*fyne.MenuItem{}
	for _, g := range []convert.Grouping{convert.GroupNone, convert.GroupSource, convert.GroupActor, convert.GroupTag} {
		item := fyne.NewMenuItem(groupingNames[g], func() { u.setGrouping(g) })
		item.Checked = g == u.groupBy
		u.groups[g] = item
		group.ChildMenu.Items = append(group.ChildMenu.Items, item)
	}
	view := []*fyne.MenuItem{zoomIn, zoomOut, fit, fitSel, compress, fyne.NewMenuItemSeparator(), group,
		fyne.NewMenuItemSeparator(), u.presentMenuItem()}
	view = append(view, u.sceneMenuItems(&u.scenes)...)
	view = append(view, u.find.menuItems()...)
	view = append(view, u.filterMenuItem())
	view = append(view, u.merges.menuItems()...)
	return fyne.NewMainMenu(
		fyne.NewMenu("File", newItem, open, openFiles, openURL, openFolder, u.recentItem, save, saveAs, fyne.NewMenuItemSeparator(), sampleItem,
			fyne.NewMenuItemSeparator(), exportImage, exportData, fyne.NewMenuItemSeparator(), quit),
		u.withPaste(u.editMenu()),
		fyne.NewMenu("View", view...),
	)
}

// ctrl is key with the platform's shortcut modifier: Ctrl, or Cmd on
// macOS. Fyne matches shortcuts by name, so menus, the canvas and the key
// events the driver sends must all use desktop.CustomShortcut.
func ctrl(key fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// addShortcut adds a shortcut to the window, noting it for windowShortcut.
func (u *UI) addShortcut(s fyne.Shortcut, run func(fyne.Shortcut)) {
	if u.shortcuts == nil {
		u.shortcuts = map[string]func(fyne.Shortcut){}
	}
	u.shortcuts[s.ShortcutName()] = run
	u.win.Canvas().AddShortcut(s, run)
}

// windowShortcut runs the window's own shortcut s, given to the timeline
// while it had the focus.
func (u *UI) windowShortcut(s fyne.Shortcut) {
	if run := u.shortcuts[s.ShortcutName()]; run != nil {
		run(s)
	}
}

func (u *UI) addShortcuts() {
	u.addShortcut(ctrl(fyne.KeyN), func(fyne.Shortcut) { u.newFile() })
	u.addShortcut(ctrl(fyne.KeyO), func(fyne.Shortcut) { u.openDialog() })
	u.addShortcut(ctrl(fyne.KeyL), func(fyne.Shortcut) { u.openURLDialog() })
	u.addShortcut(ctrlShift(fyne.KeyO), func(fyne.Shortcut) { u.openFolderDialog() })
	// The driver sends Ctrl+V as Paste; the canvas gets it when no entry
	// has the focus (the timeline hands it on: windowShortcut).
	u.addShortcut(&fyne.ShortcutPaste{}, func(fyne.Shortcut) { u.pasteArticle() })
	u.addShortcut(ctrl(fyne.KeyS), func(fyne.Shortcut) { u.save(nil) })
	u.addShortcut(ctrlShift(fyne.KeyS), func(fyne.Shortcut) { u.saveAsDialog(nil) })
	u.addShortcut(ctrl(fyne.KeyZ), func(fyne.Shortcut) { u.undo() })
	u.addShortcut(ctrlShift(fyne.KeyZ), func(fyne.Shortcut) { u.redo() })
	u.addShortcut(ctrl(fyne.KeyY), func(fyne.Shortcut) { u.redo() }) // Windows' Redo
	// The desktop driver sends Ctrl+Z and Ctrl+Y as Undo and Redo, which
	// an entry with the focus keeps for its own text.
	u.addShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.undo() })
	u.addShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { u.redo() })
	u.addShortcut(ctrl(fyne.KeyE), func(fyne.Shortcut) { u.exportImageDialog() })
	u.addShortcut(ctrl(fyne.Key0), func(fyne.Shortcut) { u.timeline.Fit() })
	u.addShortcut(ctrl(fyne.KeyEqual), func(fyne.Shortcut) { u.timeline.ZoomIn() })
	u.addShortcut(ctrl(fyne.KeyMinus), func(fyne.Shortcut) { u.timeline.ZoomOut() })
	u.addShortcut(ctrl(fyne.KeyF), func(fyne.Shortcut) { u.find.open() })
}

// LoadSample shows the built-in briefing: the events of the sample
// articles embedded in the binary.
func (u *UI) LoadSample() {
	articles, err := sample.Articles()
	p, errs := newProject(articles)
	u.setProject(p, "", "Built-in briefing")
	if err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		u.showErrors(errs)
	}
}

// Load opens the files, folders and links at paths as a new project, off
// the UI thread with a progress dialog that can cancel: one .dateline
// file opens that project, anything else is read as articles (a folder's
// at any depth, a link's fetched). Items that fail are listed in one
// error dialog and the rest are shown; articles without a publication
// date ask for one.
func (u *UI) Load(paths []string) <-chan struct{} {
	if len(paths) == 1 && strings.EqualFold(filepath.Ext(paths[0]), project.Ext) {
		return u.loadProject(paths[0])
	}
	var l loaded
	return u.background("Reading articles…", "", func(ctx context.Context, progress func(int, int)) {
		l = readSources(ctx, paths, progress)
	}, func(bool) {
		p, dups := newProject(l.articles)
		u.setProject(p, "", titleFor(paths))
		errs := append(l.errs, dups...)
		if l.folders {
			// The summary lists the failures with what was skipped.
			l.errs, errs = errs, nil
			u.showLoadSummary(l)
		}
		if len(errs) > 0 {
			u.showErrors(errs)
		}
		u.askDates()
	})
}

func titleFor(paths []string) string {
	if len(paths) == 1 {
		return paths[0]
	}
	return fmt.Sprintf("%d articles", len(paths))
}

// setResult puts a loaded result on the timeline, framing it all, and
// reports its errors. Saved scenes point at events by index, so a new set
// of events drops them.
func (u *UI) setResult(r extract.Result) {
	u.gc.pause() // the items, index and frame built here stay
	defer u.gc.resumeAfterFrame()
	u.result = r
	u.scenes.scenes = nil // not clear(): new events are no change to save
	lanes, names := convert.Lanes(r, u.groupBy, maxActorLanes)
	u.timeline.Anchors = u.timeline.Anchors[:0]
	for _, a := range r.Articles {
		if !a.Published.IsZero() {
			u.timeline.Anchors = append(u.timeline.Anchors, a.Published)
		}
	}
	u.merges.force = false // a new corpus: its size decides again
	items := u.merges.items(r.Events, convert.NewEventItems(r, lanes))
	// Every setter of the timeline lays its frame out again (100 ms at a
	// million events), so lanes and marks go first, while it still holds
	// the old items, and the items last; eventsChanged then finds the
	// marks unchanged unless a search is on.
	u.timeline.Highlight = time.Time{}
	u.timeline.SetLanes(names)
	u.setMarks()
	u.timeline.SetItemsOf(items)
	u.updateLegend()
	u.detail.clear()
	u.eventsChanged()
	u.status.SetText(u.summary())
	if len(r.Errors) > 0 {
		u.showErrors(r.Errors)
	}
}

// showErrors lists, in one dialog, every file that could not be used:
// the count in the title, the list in a scrolling box that keeps the
// dialog inside the window however many files failed.
func (u *UI) showErrors(errs []error) dialog.Dialog {
	lines := make([]string, len(errs))
	for i, err := range errs {
		lines[i] = "• " + err.Error()
		if errors.Is(err, data.ErrNoDate) {
			lines[i] += " — add a date to its front matter"
		}
	}
	title := errorsTitle(errs)
	list := widget.NewLabel(strings.Join(lines, "\n"))
	list.Wrapping = fyne.TextWrapWord
	box := container.NewVScroll(list)
	win := u.win.Canvas().Size()
	// The box takes what its text needs, up to most of the window; the
	// dialog's title, note and button take the rest.
	w := min(640, win.Width*0.8)
	box.SetMinSize(fyne.NewSize(w, min(list.MinSize().Height, win.Height*0.5)))
	content := container.NewBorder(widget.NewLabel("Everything else is shown."), nil, nil, nil, box)
	d := dialog.NewCustom(title, "Close", content, u.win)
	d.Show()
	return d
}

// errorsTitle counts the files that could not be used apart from the
// links that could not be fetched and from the warnings about files that
// were read anyway (a feed cut short, front matter that never closes).
func errorsTitle(errs []error) string {
	warnings, links := 0, 0
	for _, err := range errs {
		var fe *fetch.Error
		switch {
		case errors.Is(err, data.ErrWarning):
			warnings++
		case errors.As(err, &fe):
			links++
		}
	}
	var parts []string
	for _, c := range []struct {
		n         int
		one, many string
	}{
		{len(errs) - warnings - links, "file could not be used", "files could not be used"},
		{links, "link could not be fetched", "links could not be fetched"},
		{warnings, "warning", "warnings"},
	} {
		switch c.n {
		case 0:
		case 1:
			parts = append(parts, "1 "+c.one)
		default:
			parts = append(parts, fmt.Sprintf("%d %s", c.n, c.many))
		}
	}
	return strings.Join(parts, ", ")
}

// showEvent fills the detail pane with event i and marks its article's
// publication date on the timeline.
func (u *UI) showEvent(i int) {
	if i < 0 || i >= len(u.result.Events) {
		u.detail.clear()
		u.timeline.Highlight = time.Time{}
		u.timeline.Refresh()
		return
	}
	e := u.result.Events[i]
	u.detail.show(e)
	u.merges.show(i)
	if len(u.ids) == len(u.result.Events) {
		u.detail.edit(u.ids[i])
	}
	u.timeline.Highlight = time.Time{}
	if e.Article != nil { // an event added by hand may stand for no article
		u.timeline.Highlight = e.Article.Published
	}
	u.timeline.Refresh()
}

// summary is the status line when the pointer is on no event.
func (u *UI) summary() string {
	if u.proj.View.Filter.Active() {
		return filterSummary(len(u.result.Events), u.total) + u.merges.note()
	}
	return fmt.Sprintf("%d events from %d articles", len(u.result.Events), len(u.result.Articles)) + u.merges.note()
}

// hoverEvent shows the whole title and date of the event under the
// pointer in the status line, as timeline labels may be cut short.
func (u *UI) hoverEvent(i int) {
	if i < 0 || i >= len(u.result.Events) {
		u.status.SetText(u.summary())
		return
	}
	e := u.result.Events[i]
	line := dateWords(e) + " — " + e.Title
	if e.Article != nil {
		line += " (" + e.Article.Title + ")"
	}
	u.status.SetText(line)
}

// fitSelection zooms to the selected event, or fits everything when
// nothing is selected.
func (u *UI) fitSelection() {
	if i := u.timeline.Selected(); i >= 0 {
		u.timeline.SetScale(u.timeline.ScaleAround(i))
		return
	}
	u.timeline.Fit()
}

// splitOffset is the share of the window's height the timeline gets: more
// when it is split into lanes, so each lane keeps rows for its events.
func splitOffset(g convert.Grouping) float64 {
	if g == convert.GroupNone {
		return 0.62
	}
	return 0.76
}

// markView records a change the project file keeps but the history does
// not: scenes, grouping.
func (u *UI) markView() {
	u.viewChanged = true
	u.changes++
	u.updateTitle()
}

// setGrouping splits the events into lanes by g, keeping the view.
func (u *UI) setGrouping(g convert.Grouping) {
	if g != u.groupBy {
		defer u.markView()
	}
	u.groupBy = g
	u.pane.setBelow(splitOffset(g))
	for name, item := range u.groups {
		item.Checked = name == g
	}
	u.win.MainMenu().Refresh()
	u.updateResult(u.result)
}

// updateResult shows r in place of the events on the timeline, keeping
// the view, as after an edit or a change of grouping.
func (u *UI) updateResult(r extract.Result) {
	u.result = r
	lanes, names := convert.Lanes(r, u.groupBy, maxActorLanes)
	u.timeline.UpdateItemsOf(u.merges.items(r.Events, convert.NewEventItems(r, lanes)))
	u.timeline.SetLanes(names)
	u.updateLegend()
	u.eventsChanged()
	u.status.SetText(u.summary())
}

// updateLegend shows which colour stands for which article.
func (u *UI) updateLegend() {
	u.legend.RemoveAll()
	if len(u.result.Articles) < 2 {
		return
	}
	for i, a := range u.result.Articles {
		u.addLegendEntry(i, a)
	}
}

// legendSwatch is the colour and shape that mark the events of palette
// index i, as the timeline draws them: a dot, or past the palette's
// colours a square or diamond.
func legendSwatch(i int, size float32) fyne.CanvasObject {
	col := timeline.PaletteColor(i)
	var o fyne.CanvasObject
	switch timeline.PaletteShape(i) {
	case timeline.ShapeSquare:
		o = canvas.NewRectangle(col)
	case timeline.ShapeDiamond:
		o = canvas.NewRasterWithPixels(func(x, y, w, h int) color.Color {
			dx, dy := math.Abs(float64(2*x-w+1)/float64(w)), math.Abs(float64(2*y-h+1)/float64(h))
			if dx+dy <= 1 {
				return col
			}
			return color.Transparent
		})
	default:
		o = canvas.NewCircle(col)
	}
	o.Resize(fyne.NewSquareSize(size))
	return o
}
