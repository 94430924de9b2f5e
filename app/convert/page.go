package convert

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/export"
)

// Page is what an exported image shows around the timeline, as chosen in
// the Export Image dialog or on the command line of "dateline export":
// the same Page gives the same file from either.
type Page struct {
	// Title and Subtitle head the page; empty ones are described from
	// the articles (the article's title or their number; the events and
	// days covered).
	Title, Subtitle string
	// Legend names the article of each colour; Footer lists the sources
	// and the export Date.
	Legend, Footer bool
	Date           time.Time
	// From and To bound the time shown; zero ones leave it to the data.
	From, To time.Time
	// Group and MaxActors split the events into lanes (see Lanes).
	Group     Grouping
	MaxActors int
}

// Describe returns the items to draw for r and opt completed with the
// page: title, subtitle, legend, footer, time range and lanes. opt keeps
// the format's own settings (size, scale, theme, PDF page).
func (p Page) Describe(r extract.Result, opt export.Options) ([]timeline.Item, export.Options) {
	lane, names := Lanes(r, p.Group, p.MaxActors)
	opt.Lanes = names
	opt.From, opt.To = p.From, p.To
	opt.Title, opt.Subtitle = p.Title, p.Subtitle
	if opt.Title == "" {
		opt.Title = pageTitle(r.Articles)
	}
	if opt.Subtitle == "" && len(r.Events) > 0 {
		opt.Subtitle = Coverage(r.Events, p.From, p.To)
	}
	opt.Legend, opt.Sources, opt.Date = nil, nil, time.Time{}
	if p.Legend {
		for i, a := range r.Articles {
			opt.Legend = append(opt.Legend, export.LegendEntry{Label: articleName(a), Palette: i})
		}
	}
	if p.Footer {
		opt.Sources, opt.Date = Sources(r.Articles), p.Date
	}
	return Items(r, lane), opt
}

// pageTitle is the default title: the article's own when there is one.
func pageTitle(articles []*data.Article) string {
	if len(articles) == 1 && articles[0].Title != "" {
		return articles[0].Title
	}
	return fmt.Sprintf("Timeline of %d articles", len(articles))
}

// articleName is the legend's name of a: its title, else its file name.
func articleName(a *data.Article) string {
	if a.Title != "" {
		return a.Title
	}
	return filepath.Base(a.Source)
}

// Sources names where the articles came from: each outlet once with its
// number of articles, then the files of articles that name no outlet.
func Sources(articles []*data.Article) []string {
	count := map[string]int{}
	var outlets, files []string
	for _, a := range articles {
		if a.Outlet == "" {
			files = append(files, filepath.Base(a.Source))
			continue
		}
		if count[a.Outlet] == 0 {
			outlets = append(outlets, a.Outlet)
		}
		count[a.Outlet]++
	}
	out := make([]string, 0, len(outlets)+len(files))
	for _, o := range outlets {
		if n := count[o]; n > 1 {
			o = fmt.Sprintf("%s (%d articles)", o, n)
		}
		out = append(out, o)
	}
	return append(out, files...)
}

// InRange reports whether e's span meets [from, to); zero bounds are open.
func InRange(e data.Event, from, to time.Time) bool {
	return (from.IsZero() || e.Span.End.After(from)) && (to.IsZero() || e.Span.Start.Before(to))
}

// Coverage says how many events a page shows and over which days: all
// events over their whole range, or those meeting [from, to) when either
// is set.
func Coverage(events []data.Event, from, to time.Time) string {
	var first, last time.Time
	n := 0
	for _, e := range events {
		if !InRange(e, from, to) {
			continue
		}
		if n == 0 || e.Span.Start.Before(first) {
			first = e.Span.Start
		}
		if d := e.Span.LastDay(); n == 0 || d.After(last) {
			last = d
		}
		n++
	}
	const day = "2 January 2006"
	if from.IsZero() && to.IsZero() {
		return fmt.Sprintf("%d dated events, %s to %s", n, first.Format(day), last.Format(day))
	}
	if !from.IsZero() {
		first = from
	}
	if !to.IsZero() {
		last = to.AddDate(0, 0, -1)
	}
	return fmt.Sprintf("%d of %d dated events, %s to %s", n, len(events), first.Format(day), last.Format(day))
}
