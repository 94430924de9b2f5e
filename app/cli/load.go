package cli

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/fetch"
	"github.com/dateline/dateline/data/source"
)

// loadArticles reads the articles args name (files, folders read recursively,
// and http(s) URLs) and extracts their events. published dates the
// articles that state no date, and gives year-less datelines in files
// their year. What folders held besides articles is summed up on stderr;
// items that fail are in the result's Errors, and the rest are loaded.
func loadArticles(args []string, published time.Time, stderr io.Writer) extract.Result {
	ctx := context.Background()
	items, skipped, errs := source.Expand(ctx, args)
	for _, line := range source.Summary(skipped) {
		fmt.Fprintln(stderr, "skipped", line)
	}
	year := 0
	if !published.IsZero() {
		year = published.Year()
	}
	l := source.Loader{Fetcher: fetch.New(), Year: year}
	articles, readErrs := l.Load(ctx, items, nil)
	for _, a := range articles {
		if a.Published.IsZero() {
			a.Published = published
		}
	}
	r := extract.Add(articles)
	r.Errors = append(append(errs, readErrs...), r.Errors...)
	return r
}
