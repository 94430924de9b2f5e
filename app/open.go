package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/project"
)

// openDialog asks for a project, which replaces the current one, or an
// article file, which is added to it.
func (u *UI) openDialog() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if rc == nil {
			return // cancelled
		}
		rc.Close()
		u.rememberFolder(rc.URI().Path())
		u.openURIs([]fyne.URI{rc.URI()})
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{project.Ext, ".txt", ".md", ".markdown", ".html", ".htm", ".rss", ".atom", ".xml"}))
	u.startInLastFolder(d)
	d.Show()
}

// openURIs opens a project file among uris, or else adds the articles.
func (u *UI) openURIs(uris []fyne.URI) {
	for _, uri := range uris {
		if isProject(uri) && uri.Scheme() == "file" {
			u.openProject(uri.Path())
			return
		}
	}
	u.addURIs(uris)
}

// addURIs reads articles from uris off the UI thread and adds them to the
// project, each an undoable change; the files that fail are reported
// together. Cancel stops the file being read within one chunk; the files
// read before it are added.
func (u *UI) addURIs(uris []fyne.URI) <-chan struct{} {
	var added []*data.Article
	var errs []error
	return u.background("Reading articles…", "", func(ctx context.Context, progress func(int, int)) {
		added, errs = readURIs(ctx, uris, progress)
	}, func(cancelled bool) {
		if !cancelled || len(added) > 0 {
			u.addArticles(added, errs)
		}
	})
}

// readURIs reads the articles at uris until ctx is cancelled, reporting
// progress after each; the files that fail are returned with the rest.
// The file being read when ctx is cancelled is left out, not reported.
func readURIs(ctx context.Context, uris []fyne.URI, progress func(int, int)) ([]*data.Article, []error) {
	var added []*data.Article
	var errs []error
	for i, uri := range uris {
		as, err := readURI(ctx, uri)
		if ctx.Err() != nil {
			break // the file cut short is not at fault
		}
		if err != nil {
			errs = append(errs, err)
		}
		added = append(added, as...)
		progress(i+1, len(uris))
	}
	return added, errs
}

// readURI reads the article, or a feed's articles, at uri. Local files go
// through format.LoadArticles, which refuses FIFOs and devices before
// opening them and knows the file's date. Reading stops when ctx ends.
func readURI(ctx context.Context, uri fyne.URI) ([]*data.Article, error) {
	if uri.Scheme() == "file" {
		return format.LoadArticles(ctx, uri.Path(), 0)
	}
	rc, err := storage.Reader(uri)
	if err != nil {
		return nil, &data.ImportError{Name: uri.Name(), Err: err}
	}
	defer rc.Close()
	as, err := format.ReadArticlesContext(ctx, uri.Name(), rc)
	for _, a := range as {
		if a.Source == uri.Name() {
			a.Source = uri.Path()
		}
	}
	return as, err
}
