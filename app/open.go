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
		u.openURIs([]fyne.URI{rc.URI()})
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{project.Ext, ".txt", ".md", ".markdown", ".html", ".htm", ".rss", ".atom", ".xml"}))
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
// together.
func (u *UI) addURIs(uris []fyne.URI) <-chan struct{} {
	var added []*data.Article
	var errs []error
	return u.background("Reading articles…", "", func(ctx context.Context, progress func(int, int)) {
		added, errs = readURIs(ctx, uris, progress)
	}, func(cancelled bool) {
		if !cancelled {
			u.addArticles(added, errs)
		}
	})
}

// readURIs reads the articles at uris until ctx is cancelled, reporting
// progress after each; the files that fail are returned with the rest.
func readURIs(ctx context.Context, uris []fyne.URI, progress func(int, int)) ([]*data.Article, []error) {
	var added []*data.Article
	var errs []error
	for i, uri := range uris {
		if ctx.Err() != nil {
			break
		}
		as, err := readURI(uri)
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
// opening them and knows the file's date.
func readURI(uri fyne.URI) ([]*data.Article, error) {
	if uri.Scheme() == "file" {
		return format.LoadArticles(uri.Path(), 0)
	}
	rc, err := storage.Reader(uri)
	if err != nil {
		return nil, &data.ImportError{Name: uri.Name(), Err: err}
	}
	defer rc.Close()
	as, err := format.ReadArticles(uri.Name(), rc)
	for _, a := range as {
		if a.Source == uri.Name() {
			a.Source = uri.Path()
		}
	}
	return as, err
}
