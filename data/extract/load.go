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
	r.Errors = Read(ctx, paths, published, progress, func(a *data.Article) error {
		err := EventsByPiece(a, func(events []data.Event) {
			if r.Events == nil {
				r.Events = events // one large article is not copied
			} else {
				r.Events = append(r.Events, events...)
			}
		})
		if err == nil {
			r.Articles = append(r.Articles, a)
		}
		return err
	})
	data.SortEvents(r.Events)
	return r
}

// Read reads the articles at paths as Load does and hands each one that is
// dated (by itself or by published) to use, file by file, without
// extracting events: for callers that write as they go (dateline extract),
// with EventsByPiece, or tag the text themselves (--timex). Nothing but
// the file being read is held. An article with no date, an error use returns and a
// file that fails are reported in the errors returned.
func Read(ctx context.Context, paths []string, published time.Time, progress func(done, total int),
	use func(*data.Article) error) []error {
	var errs []error
	year := 0
	if !published.IsZero() {
		year = published.Year()
	}
	for i, p := range paths {
		if err := ctx.Err(); err != nil {
			errs = append(errs, fmt.Errorf("data: load: %w", err))
			break
		}
		articles, err := format.LoadArticles(ctx, p, year)
		if err != nil && ctx.Err() != nil {
			// Cut short by the caller: the file is not at fault.
			errs = append(errs, fmt.Errorf("data: load: %w", ctx.Err()))
			break
		}
		if err != nil {
			errs = append(errs, err)
		}
		for _, a := range articles {
			if err := Date(a, published); err != nil {
				errs = append(errs, err)
			} else if err := use(a); err != nil {
				errs = append(errs, err)
			}
		}
		if progress != nil {
			progress(i+1, len(paths))
		}
	}
	return errs
}

// Date gives an undated article the date published and fails with
// data.ErrNoDate, naming the article, when it still has none: what Load
// does before extracting, for callers that read articles themselves.
func Date(a *data.Article, published time.Time) error {
	if a.Published.IsZero() {
		a.Published = published
	}
	if a.Published.IsZero() {
		return noDate(a)
	}
	return nil
}

// noDate is the error for an article that has no publication date to
// resolve its relative dates against.
func noDate(a *data.Article) error {
	return fmt.Errorf("data: extract %q: %w", a.Source, data.ErrNoDate)
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
	if err := Date(a, published); err != nil {
		return err
	}
	events, err := Events(a)
	if err != nil {
		return err
	}
	r.Articles = append(r.Articles, a)
	r.Events = append(r.Events, events...)
	return nil
}
