package extract

import (
	"context"
	"fmt"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
)

// Result is what Load made of a set of files: the articles that could be
// read and dated, their events in time order, and one error per file that
// failed.
type Result struct {
	Articles []*data.Article
	Events   []data.Event
	Errors   []error
}

// Load reads the articles at paths (a feed gives several) and extracts
// their events. published, when not zero, dates the articles that state no
// publication date of their own; an article with a wire dateline without
// a year ("ASTANA, Nov 27 (AP) —") takes its day from the dateline and its
// year from published. A file that fails is reported in Result.Errors and the rest
// are still loaded. progress, if not nil, is called after each file.
// Load stops early, returning what it has, when ctx is cancelled, even in
// the middle of reading a file (which is then left out). A file read with
// a warning (data.ErrWarning) gives both its articles and the warning.
func Load(ctx context.Context, paths []string, published time.Time, progress func(done, total int)) Result {
	var r Result
	for i, p := range paths {
		if err := ctx.Err(); err != nil {
			r.Errors = append(r.Errors, fmt.Errorf("data: load: %w", err))
			break
		}
		year := 0
		if !published.IsZero() {
			year = published.Year()
		}
		articles, err := format.LoadArticles(ctx, p, year)
		if err != nil && ctx.Err() != nil {
			// Cut short by the caller: the file is not at fault.
			r.Errors = append(r.Errors, fmt.Errorf("data: load: %w", ctx.Err()))
			break
		}
		if err != nil {
			r.Errors = append(r.Errors, err)
		}
		for _, a := range articles {
			if err := r.add(a, published); err != nil {
				r.Errors = append(r.Errors, err)
			}
		}
		if progress != nil {
			progress(i+1, len(paths))
		}
	}
	data.SortEvents(r.Events)
	return r
}

// Add extracts the events of articles already read, such as the built-in
// briefing, into a Result.
func Add(articles []*data.Article) Result {
	var r Result
	for _, a := range articles {
		if err := r.add(a, time.Time{}); err != nil {
			r.Errors = append(r.Errors, err)
		}
	}
	data.SortEvents(r.Events)
	return r
}

func (r *Result) add(a *data.Article, published time.Time) error {
	if a.Published.IsZero() {
		a.Published = published
	}
	events, err := Events(a)
	if err != nil {
		return err
	}
	r.Articles = append(r.Articles, a)
	r.Events = append(r.Events, events...)
	return nil
}
