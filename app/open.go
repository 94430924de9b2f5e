package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/format"
)

// openDialog asks for an article file and adds it to the timeline.
func (u *UI) openDialog() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if rc == nil {
			return // cancelled
		}
		u.addURIs([]fyne.URI{rc.URI()})
		rc.Close()
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".md", ".markdown", ".html", ".htm", ".rss", ".atom", ".xml"}))
	d.Show()
}

// addURIs reads articles from uris off the UI thread and adds them to
// those already shown; the files that fail are reported together.
func (u *UI) addURIs(uris []fyne.URI) <-chan struct{} {
	current := u.result.Articles
	var r extract.Result
	return u.background("Reading articles…", "", func(ctx context.Context, progress func(int, int)) {
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
		r = extract.Add(append(append([]*data.Article(nil), current...), added...))
		r.Errors = append(errs, r.Errors...)
	}, func(cancelled bool) {
		if !cancelled {
			u.setResult(r)
		}
	})
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
