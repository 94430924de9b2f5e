package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/merge"
	"github.com/dateline/dateline/data/timex"
	"github.com/dateline/dateline/timeline/export"
)

const exportUsage = `Usage: dateline export -o OUT.png|.svg|.pdf|.json|.ics [flags] FILE|FOLDER|URL...

Draws the timeline of the articles' events to an image or PDF, without
opening a window, or writes the events for other tools. Images are laid
out and drawn like the window's timeline, with a title, a legend of the
sources (one colour each) and a footer.

The format comes from the extension of OUT:
  .png   a raster image of --width × --height pixels, times --scale
  .svg   a vector image of --width × --height pixels, with real text
  .pdf   one vector page (--page a4, letter or slide), with real text
  .json  a TimelineJS 3 document (timeline.knightlab.com)
  .ics   an iCalendar file: one all-day event per date, over its span

Each FILE, FOLDER or URL is read as for "dateline extract": plain text
(.txt), Markdown with YAML front matter (.md), HTML (.html) or a feed; the
article files of a folder, at any depth; a web page or feed fetched over
http or https. Articles stating no publication date take --published. A
Dateline project (.dateline) gives its events as the analyst left them:
corrected, without those hidden, deleted or filtered out.

Reports of one happening in several articles are drawn once, labelled
with their number of sources (" · 3 sources"), as the window draws them
with View ▸ Merge Reports on; --merge=false draws every report.

--from and --to take a year (2024), a month (2024-09) or a day
(2024-09-17); --to includes the whole period it names. Without them the
view fits every event.

Flags may come before or after the files; "--" ends them, so that a
file may be named like a flag.

Exit status: 0 when the file was written, 1 when no article could be read
or the export failed (an existing OUT is then left untouched), 2 for a
usage error. Problems with single files are reported on stderr.

Flags:
`

// maxActorLanes bounds the lanes of --group actor, as in the app.
const maxActorLanes = 6

// Export runs "dateline export" with args (after the subcommand name) and
// returns the process exit status.
func Export(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", exportUsage, stderr)
	out := fs.String("o", "", "output `file`: .png, .svg or .pdf")
	width := floatFlag(fs, "width", 1920, export.MaxSize, "image width in `pixels` (PNG, SVG)")
	height := floatFlag(fs, "height", 1080, export.MaxSize, "image height in `pixels` (PNG, SVG)")
	scale := floatFlag(fs, "scale", 1, export.MaxScale, "PNG pixel `factor`: 1, 2 or 4 for sharper images (at most 8K)")
	pageSize := fs.String("page", "a4", "PDF page `size`: a4, letter or slide (all landscape)")
	from := fs.String("from", "", "first `date` shown (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "last `date` shown (YYYY, YYYY-MM or YYYY-MM-DD)")
	title := fs.String("title", "", "page `title` (default: the article's title, or the number of articles)")
	subtitle := fs.String("subtitle", "", "page `subtitle` (default: events and dates covered)")
	themeName := fs.String("theme", "light", "colour `theme`: light or dark")
	transparent := fs.Bool("transparent", false, "leave a PNG's background transparent")
	linear := fs.Bool("linear", false, "draw the whole range on a plain axis, without compressing long empty stretches into breaks")
	group := fs.String("group", "none", "lanes `by`: none, source (one per article), actor or tag (the article's first tag)")
	published := fs.String("published", "", "publication `date` (YYYY-MM-DD) for articles that state none")
	legend := fs.Bool("legend", true, "name the article of each colour below the timeline")
	footer := fs.Bool("footer", true, "list the sources and the export date at the bottom")
	merged := fs.Bool("merge", true, "draw the reports of one happening once, with their number of sources")
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "dateline export: "+format+"\n", a...)
		return 2
	}
	if *out == "" {
		return usageErr("no output file given: use -o OUT.png, OUT.svg or OUT.pdf")
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if _, err := export.FormatFromPath(*out); err != nil && ext != ".json" && ext != ".ics" {
		return usageErr("-o %q: want a .png, .svg, .pdf, .json or .ics file", *out)
	}
	opt := export.Options{
		Width: float32(*width), Height: float32(*height), Scale: float32(*scale), Transparent: *transparent,
		Linear: *linear,
	}
	page := convert.Page{Title: *title, Subtitle: *subtitle, Legend: *legend, Footer: *footer, Date: time.Now(), MaxActors: maxActorLanes}
	var err error
	if opt.Theme, err = export.ParseTheme(*themeName); err != nil {
		return usageErr("--theme %q: want light or dark", *themeName)
	}
	if opt.Page, err = export.ParsePage(*pageSize); err != nil {
		return usageErr("--page %q: want a4, letter or slide", *pageSize)
	}
	if page.Group, err = convert.ParseGrouping(*group); err != nil {
		return usageErr("--group %q: want none, source, actor or tag", *group)
	}
	if f, err := export.FormatFromPath(*out); err == nil {
		if err := opt.Check(f); err != nil {
			return usageErr("--width %g --height %g --scale %g: %v", *width, *height, *scale, err)
		}
	}
	if *from != "" {
		s, err := timex.ParseValue(*from)
		if err != nil || s.Start.IsZero() {
			return usageErr("--from %q: want YYYY, YYYY-MM or YYYY-MM-DD", *from)
		}
		page.From = s.Start
	}
	if *to != "" {
		s, err := timex.ParseValue(*to)
		if err != nil || s.End.IsZero() {
			return usageErr("--to %q: want YYYY, YYYY-MM or YYYY-MM-DD", *to)
		}
		page.To = s.End
	}
	var pub time.Time
	if *published != "" {
		if pub, err = time.Parse("2006-01-02", *published); err != nil {
			return usageErr("--published %q: want a date as YYYY-MM-DD", *published)
		}
	}
	if fs.NArg() == 0 {
		return usageErr("no files given (see dateline export --help)")
	}

	r := load(fs.Args(), pub, stderr)
	for _, err := range r.Errors {
		fmt.Fprintln(stderr, describe(err))
	}
	if len(r.Articles) == 0 && len(r.Events) == 0 {
		return 1
	}
	items, opt := page.Describe(r, opt)
	events := r.Events
	if *merged {
		res := merge.Merge(r.Events, merge.DefaultOptions)
		items, events = convert.MergedItems(items, res), convert.Drawn(events, res)
	}
	switch ext {
	case ".json", ".ics":
		err = writeData(*out, ext, events, opt, stderr)
	default:
		err = export.WriteFile(context.Background(), *out, items, opt)
	}
	switch {
	case errors.Is(err, export.ErrTooLong):
		fmt.Fprintln(stderr, "dateline export:", err, "(narrow it with --from and --to)")
		return 1
	case err != nil:
		fmt.Fprintln(stderr, "dateline export:", err)
		return 1
	}
	return 0
}

// writeData writes the events within opt's range as TimelineJS (.json)
// or iCalendar (.ics), titled like the page and stamped now; it tells
// stderr of the events iCalendar cannot hold.
func writeData(path, ext string, events []data.Event, opt export.Options, stderr io.Writer) error {
	stamp := time.Now()
	var shown []data.Event
	for _, e := range events {
		if convert.InRange(e, opt.From, opt.To) {
			shown = append(shown, e)
		}
	}
	if note := format.ICalendarNote(shown); note != "" && ext == ".ics" {
		fmt.Fprintf(stderr, "dateline export: %s: %s\n", path, note)
	}
	return export.WriteAtomic(path, func(w io.Writer) error {
		if ext == ".ics" {
			return format.WriteICalendar(w, opt.Title, shown, stamp)
		}
		return format.WriteTimelineJS(w, opt.Title, shown)
	})
}
