package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/fetch"
	"github.com/dateline/dateline/data/project"
	"github.com/dateline/dateline/data/source"
	"github.com/dateline/dateline/data/timex"
)

// Articles come from more than files: File ▸ Open URL… fetches links,
// Edit ▸ Paste as Article (and Ctrl+V when no entry has the focus) takes
// the clipboard's text or links, File ▸ Open Folder… reads a folder at
// any depth, and links dropped on the window are fetched. All of them go
// through package source off the UI thread, behind a progress dialog
// whose Cancel stops even a fetch under way; items that fail are listed
// by name with their problem, and the rest are added.

// lastFolderKey is the preference holding the folder the Open dialogs
// last used, where they start next time.
const lastFolderKey = "lastFolder"

// newLoader returns the loader every source goes through.
func newLoader() *source.Loader { return &source.Loader{Fetcher: fetch.New()} }

// openURLDialog is File ▸ Open URL…: one link or several, one per line.
func (u *UI) openURLDialog() dialog.Dialog {
	entry := newDialogMultiLineEntry()
	entry.SetPlaceHolder("https://news.example/story\none link per line")
	entry.SetMinRowsVisible(4)
	problem := widget.NewLabel("")
	problem.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(widget.NewLabel("Fetch web pages or feeds (http and https):"), entry, problem)
	d := dialog.NewCustomConfirm("Open URL", "Open", "Cancel", content, func(ok bool) {
		if !ok {
			return
		}
		links, bad := splitLinks(entry.Text)
		if len(bad) > 0 {
			u.showErrors(bad)
		}
		if len(links) > 0 {
			u.loadSources(links)
		}
	}, u.win)
	d.Resize(fyne.NewSize(min(560, u.win.Canvas().Size().Width*0.9), d.MinSize().Height))
	d.Show()
	u.win.Canvas().Focus(entry)
	return d
}

// splitLinks returns the links among the non-empty lines of text, and an
// error naming each line that is not an http or https link.
func splitLinks(text string) (links []string, bad []error) {
	for _, line := range strings.Split(text, "\n") {
		switch line = strings.TrimSpace(line); {
		case line == "":
		case source.IsURL(line):
			links = append(links, line)
		default:
			bad = append(bad, &fetch.Error{URL: line, Err: fetch.ErrScheme})
		}
	}
	return links, bad
}

// pastedLinks returns the lines of text when every non-empty one is an
// http or https link, and nil otherwise: text with a link in it is text.
func pastedLinks(text string) []string {
	links, bad := splitLinks(text)
	if len(bad) > 0 {
		return nil
	}
	return links
}

// pasteArticle is Edit ▸ Paste as Article and Ctrl+V on the window:
// links on the clipboard are fetched, and text becomes an article once
// its title and publication date are confirmed.
func (u *UI) pasteArticle() {
	text := u.app.Clipboard().Content()
	if links := pastedLinks(text); len(links) > 0 {
		u.loadSources(links)
		return
	}
	u.pasteDialog(text)
}

// pasteDialog asks for the title and publication date of pasted text,
// suggesting its first line and the date it states (else today); the
// text can still be pasted or edited there. Add makes it an article of
// the project, an undoable change.
func (u *UI) pasteDialog(text string) dialog.Dialog {
	body := newDialogMultiLineEntry()
	body.SetText(text)
	body.SetPlaceHolder("Paste or type the article's text here")
	body.Wrapping = fyne.TextWrapWord
	body.SetMinRowsVisible(8)
	title := newDialogEntry()
	title.SetText(pastedTitle(text))
	titleEdited := false
	title.OnChanged = func(string) { titleEdited = true }
	date := newDateField(suggestedPasteDate(text, time.Now()))
	body.OnChanged = func(s string) {
		if !titleEdited {
			title.SetText(pastedTitle(s))
			titleEdited = false
		}
	}
	form := widget.NewForm(widget.NewFormItem("Title", title), widget.NewFormItem("Published", date.entry),
		widget.NewFormItem("", date.reading))
	content := container.NewBorder(nil, form, nil, nil, body)
	d := dialog.NewCustomConfirm("Paste as Article", "Add", "Cancel", content, func(ok bool) {
		if !ok || strings.TrimSpace(body.Text) == "" {
			return
		}
		a := &data.Article{Title: strings.TrimSpace(title.Text), Text: body.Text,
			Source: "Pasted " + time.Now().Format("2 January 2006 15:04")}
		if read, ok := date.read(); ok {
			a.Published = read.Span.Start
		}
		u.addArticles([]*data.Article{a}, nil)
	}, u.win)
	win := u.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(640, win.Width*0.9), min(520, win.Height*0.9)))
	d.Show()
	return d
}

// pastedTitle is the first non-empty line of pasted text, cut to a title's
// length.
func pastedTitle(text string) string {
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			if r := []rune(line); len(r) > 100 {
				return strings.TrimSpace(string(r[:100])) + "…"
			}
			return line
		}
	}
	return ""
}

// suggestedPasteDate is the publication date pasted text states at its
// top, or else today: text copied from an email or a page is usually
// the day's news.
func suggestedPasteDate(text string, now time.Time) string {
	if t, ok := timex.FindPublished(text); ok {
		return t.Format("2 January 2006")
	}
	return now.Format("2 January 2006")
}

// dateField is an entry for a publication date with its reading in words
// below it, as the undated-article prompt has.
type dateField struct {
	entry   *dialogEntry
	reading *widget.Label
}

func newDateField(initial string) *dateField {
	f := &dateField{entry: newDialogEntry(), reading: widget.NewLabel("")}
	f.entry.OnChanged = func(string) { f.read() }
	f.entry.SetText(initial)
	f.read()
	return f
}

// read reads the entry as a date, showing the reading or the problem.
func (f *dateField) read() (project.DateReading, bool) {
	r, err := project.ReadDate(f.entry.Text, time.Time{})
	if err != nil {
		f.reading.SetText(dateProblem(err))
		return r, false
	}
	f.reading.SetText("→ " + r.Words)
	return r, true
}

// openFolderDialog is File ▸ Open Folder…: every article inside the
// folder, at any depth, is added. It starts in the folder last used.
func (u *UI) openFolderDialog() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		switch {
		case err != nil:
			dialog.ShowError(err, u.win)
		case dir != nil:
			u.rememberFolder(dir.Path())
			u.loadSources([]string{dir.Path()})
		}
	}, u.win)
	u.startInLastFolder(d)
	d.Show()
}

// startInLastFolder points a file dialog at the folder last used, when
// it still exists.
func (u *UI) startInLastFolder(d *dialog.FileDialog) {
	dir := u.app.Preferences().String(lastFolderKey)
	if dir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

// rememberFolder keeps path (a folder, or a file's folder) as where the
// Open dialogs start next time.
func (u *UI) rememberFolder(path string) {
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		path = filepath.Dir(path)
	}
	u.app.Preferences().SetString(lastFolderKey, path)
}

// loaded is what reading a set of sources gave.
type loaded struct {
	articles []*data.Article
	errs     []error
	skipped  []source.Skip
	folders  bool // some of the sources were folders
}

// readSources expands specs (files, folders, links) and reads them,
// reporting progress; see package source.
func readSources(ctx context.Context, specs []string, progress func(int, int)) loaded {
	var l loaded
	for _, s := range specs {
		if fi, err := os.Stat(s); err == nil && fi.IsDir() {
			l.folders = true
		}
	}
	var items []string
	items, l.skipped, l.errs = source.Expand(ctx, specs)
	articles, errs := newLoader().Load(ctx, items, progress)
	l.articles, l.errs = articles, append(l.errs, errs...)
	return l
}

// loadSources reads specs in the background and adds their articles to
// the project. Feeds that carry only summaries offer to fetch the full
// stories first; folders end with a summary of what was read and skipped.
// The channel returned (also kept in u.pending) is closed once the
// articles are added or the offer is shown.
func (u *UI) loadSources(specs []string) <-chan struct{} {
	var l loaded
	what := strings.Join(specs[:min(len(specs), 3)], "\n")
	if len(specs) > 3 {
		what += fmt.Sprintf("\n… and %d more", len(specs)-3)
	}
	u.pending = u.background("Reading articles…", what, func(ctx context.Context, progress func(int, int)) {
		l = readSources(ctx, specs, progress)
	}, func(cancelled bool) {
		if !cancelled || len(l.articles) > 0 {
			u.offerFull(l, u.addLoaded)
		}
	})
	return u.pending
}

// addLoaded adds what was read to the project, listing the failures; for
// folders, one dialog gives the count, what was skipped and the failures.
func (u *UI) addLoaded(l loaded) {
	if !l.folders {
		u.addArticles(l.articles, l.errs)
		return
	}
	u.addArticles(l.articles, nil)
	u.showLoadSummary(l)
}

// showLoadSummary tells how many articles a folder gave, what was skipped
// and why, and which files could not be used and why.
func (u *UI) showLoadSummary(l loaded) dialog.Dialog {
	lines := []string{fmt.Sprintf("%d articles read.", len(l.articles))}
	if len(l.skipped) > 0 {
		lines = append(lines, "", fmt.Sprintf("Skipped %d:", len(l.skipped)))
		for _, s := range source.Summary(l.skipped) {
			lines = append(lines, "• "+s)
		}
	}
	if len(l.errs) > 0 {
		lines = append(lines, "", errorsTitle(l.errs)+":")
		for _, err := range l.errs {
			lines = append(lines, "• "+err.Error())
		}
	}
	list := widget.NewLabel(strings.Join(lines, "\n"))
	list.Wrapping = fyne.TextWrapWord
	box := container.NewVScroll(list)
	win := u.win.Canvas().Size()
	box.SetMinSize(fyne.NewSize(min(640, win.Width*0.8), min(list.MinSize().Height, win.Height*0.5)))
	d := dialog.NewCustom("Folder read", "Close", box, u.win)
	d.Show()
	return d
}

// offerFull asks, when feed items among l's articles carry only
// summaries, whether to fetch their full stories, then passes l on to
// then: with the stories in place of the summaries that could be
// fetched, or as it was.
func (u *UI) offerFull(l loaded, then func(loaded)) {
	summaries := source.Summaries(l.articles)
	if len(summaries) == 0 {
		then(l)
		return
	}
	msg := fmt.Sprintf("%d feed items carry only a summary. Fetch the %d full articles from their links?", len(summaries), len(summaries))
	d := dialog.NewConfirm("Fetch full articles?", msg, func(ok bool) {
		if !ok {
			then(l)
			return
		}
		var full []*data.Article
		var errs []error
		u.pending = u.background("Fetching full articles…", fmt.Sprintf("%d links", len(summaries)), func(ctx context.Context, progress func(int, int)) {
			full, errs = newLoader().Full(ctx, summaries, progress)
		}, func(bool) {
			then(replaceSummaries(l, summaries, full, errs))
		})
	}, u.win)
	d.Show()
}

// replaceSummaries puts each full story in place of its summary in l,
// keeping the summaries whose story could not be fetched.
func replaceSummaries(l loaded, summaries, full []*data.Article, errs []error) loaded {
	byPtr := make(map[*data.Article]*data.Article, len(summaries))
	for i, s := range summaries {
		if i < len(full) && full[i] != nil {
			byPtr[s] = full[i]
		}
	}
	out := make([]*data.Article, len(l.articles))
	for i, a := range l.articles {
		out[i] = a
		if f, ok := byPtr[a]; ok {
			out[i] = f
		}
	}
	l.articles, l.errs = out, append(l.errs, errs...)
	return l
}

// dropped opens what was dropped on the window: links (which drivers
// deliver as URIs of their own scheme, or as file URIs of a path that is
// a link) and folders through package source, anything else as Open
// does.
func (u *UI) dropped(uris []fyne.URI) {
	var specs []string
	var rest []fyne.URI
	for _, uri := range uris {
		if link, ok := droppedLink(uri); ok {
			specs = append(specs, link)
			continue
		}
		if fi, err := os.Stat(uri.Path()); err == nil && fi.IsDir() && uri.Scheme() == "file" {
			specs = append(specs, uri.Path())
			continue
		}
		rest = append(rest, uri)
	}
	if len(rest) > 0 {
		u.openURIs(rest)
	}
	if len(specs) > 0 {
		u.loadSources(specs)
	}
}

// droppedLink returns the web link a dropped URI stands for, if any. GLFW
// hands a dropped text/uri-list over as paths, which Fyne makes absolute
// file URIs of, so "https://x/a" dropped from a browser arrives as the
// path "/current/folder/https:/x/a".
func droppedLink(uri fyne.URI) (string, bool) {
	if s := uri.Scheme(); s == "http" || s == "https" {
		return uri.String(), true
	}
	p := uri.Path()
	for _, scheme := range []string{"https:/", "http:/"} {
		if i := strings.Index(p, "/"+scheme); i >= 0 {
			link := scheme + "/" + strings.TrimPrefix(p[i+1+len(scheme):], "/")
			if source.IsURL(link) {
				return link, true
			}
		}
	}
	return "", false
}

// withPaste adds Edit ▸ Paste as Article to the Edit menu. Its Ctrl+V is
// shown as a custom shortcut, which the driver never sends (it sends
// Ctrl+V as Paste), so that Ctrl+V in an entry still pastes there; the
// canvas's Paste shortcut does the rest.
func (u *UI) withPaste(edit *fyne.Menu) *fyne.Menu {
	paste := fyne.NewMenuItem("Paste as Article", u.pasteArticle)
	paste.Shortcut = ctrl(fyne.KeyV)
	edit.Items = append(edit.Items, fyne.NewMenuItemSeparator(), paste)
	return edit
}
