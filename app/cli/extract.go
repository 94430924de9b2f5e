package cli

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/fetch"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/project"
	"github.com/dateline/dateline/data/source"
	"github.com/dateline/dateline/data/timex"
)

const extractUsage = `Usage: dateline extract [--published YYYY-MM-DD] [--format json|csv|text] [--merge] [--timex | --explain] FILE|FOLDER|URL...

Prints the dated events found in the articles, without opening a window.

Each FILE is an article: plain text (.txt), Markdown with YAML front matter
(.md: title, date, source), HTML (.html) or an RSS or Atom feed (one article
per item). A FOLDER gives every article file inside it, at any depth
(hidden files and other kinds of file are skipped, and counted on stderr).
A URL (http or https only) is fetched: a web page's main text, or a feed's
items; at most 5 redirects, 10 MB and 30 seconds each. A Dateline project
(.dateline) gives the events as the analyst left them: corrected, added by
hand, without those hidden, deleted or filtered out. Relative dates ("last week",
"on Wednesday", "in September") are resolved against the article's
publication date: from its front matter or HTML metadata, a dateline or
"Published" line in the text, or else --published. A wire dateline without a
year ("ASTANA, Nov 27 (AP) -") gives the day, and the year comes from
--published or else the file's modification time. An article with no
publication date is an error.

Output (JSON) is an array of events, each with:
  title       the clause that holds the date, as long as it needs
  value       TimeML TIMEX3 value, keeping precision: 2024, 2024-09,
              2024-W47, 2024-Q4, 2024-11-27, 2024-11-27T11:00
  mod         TIMEX3 modifier (APPROX, START, ...) when there is one
  start, end  first and last calendar day the value covers (YYYY-MM-DD)
  precision   year, quarter, month, week, day, hour, ...
  expr        the date expression as written (expr_start, expr_end: byte
              offsets in the article text)
  text        the whole sentence it came from
  source      the file name; article: its title; published: its date
  confidence  0 to 1

With --merge, events that report the same happening are printed once,
with all their sources: JSON objects with the merged event's fields (its
date is the finest the sources agree on), "sources" (each report, fields
as above), "suggest" (positions of events that may be the same happening)
and "disagreements" (sources that give it different dates); or, with
--format text, one block per happening. A file given twice adds nothing.

With --timex, prints every temporal expression instead (dates, times,
durations, sets) as JSON objects with start and end (byte offsets into the
file, end exclusive), text, type, value, mod and rule (the name of the
tagger rule that read it).

With --explain, prints as plain text how every temporal expression was
read, one block per expression: the expression and its byte offsets, value
and type, the rule that read it, the anchor it was resolved against (the
publication date or a previous mention), the verb group and tense decision
that chose between past and future, and notes (other readings, unknown
digits).

Exit status: 0 when at least one file was processed, 1 when none could be,
2 for a usage error. Problems with single files are reported on stderr.

Flags:
`

// Extract runs "dateline extract" with args (after the subcommand name) and
// returns the process exit status.
func Extract(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("extract", extractUsage, stderr)
	published := fs.String("published", "", "publication `date` (YYYY-MM-DD) for articles that state none")
	outFormat := fs.String("format", "json", "output `format`: json or csv, or text with --merge")
	timexMode := fs.Bool("timex", false, "print every temporal expression instead of events")
	explainMode := fs.Bool("explain", false, "print how every temporal expression was read (rule, anchor, tense)")
	mergeMode := fs.Bool("merge", false, "print each happening once with all its sources")
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	var pub time.Time
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			fmt.Fprintf(stderr, "dateline extract: --published %q: want a date as YYYY-MM-DD\n", *published)
			return 2
		}
		pub = t
	}
	if *outFormat != "json" && *outFormat != "csv" && (*outFormat != "text" || !*mergeMode) {
		fmt.Fprintf(stderr, "dateline extract: --format %q: want json or csv (or text, with --merge)\n", *outFormat)
		return 2
	}
	if *mergeMode && (*outFormat == "csv" || *timexMode || *explainMode) {
		fmt.Fprintln(stderr, "dateline extract: --merge prints json or text, not csv, --timex or --explain")
		return 2
	}
	if *timexMode && *explainMode {
		fmt.Fprintln(stderr, "dateline extract: give --timex or --explain, not both")
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "dateline extract: no files given (see dateline extract --help)")
		return 2
	}
	if *mergeMode {
		return extractMerged(stdout, stderr, fs.Args(), pub, *outFormat == "text")
	}
	write := writeEvents(format.Layout(*outFormat), spoolMem)
	switch {
	case *explainMode:
		write = writeExplanations
	case *timexMode:
		write = writeTimexes
	}
	n, errs, err := write(stdout, stderr, fs.Args(), pub)
	for _, e := range errs {
		fmt.Fprintln(stderr, describe(e))
	}
	if err != nil {
		fmt.Fprintln(stderr, "dateline extract:", err)
		return 1
	}
	if n == 0 {
		return 1
	}
	return 0
}

// writer writes what the extract command prints for the files, article by
// article, and returns how many articles it used, the errors of files and
// articles that could not be used, and a write error that stopped it.
// Nothing is written when no article can be used. What folders held
// besides articles is summed up on stderr.
type writer func(w, stderr io.Writer, files []string, published time.Time) (int, []error, error)

// reader reads the files for a writer, in order: files, folders and URLs
// one item at a time (source.Expand, source.Loader), each dated article
// handed to use as it is read, and project files (.dateline) whole,
// their events as the analyst left them handed to curated or, when
// curated is nil, their articles to use. It returns how many articles
// (and curated events) there were and the errors of the items; a write
// error from use or curated stops the reading and is returned apart.
// What folders held besides articles is summed up on stderr.
func reader(files []string, published time.Time, stderr io.Writer, use func(*data.Article) error, curated func([]data.Event) error) (int, []error, error) {
	ctx := context.Background()
	n := 0
	var errs []error
	var werr error
	year := 0
	if !published.IsZero() {
		year = published.Year()
	}
	l := source.Loader{Fetcher: fetch.New(), Year: year}
	for i := 0; i < len(files) && werr == nil; {
		if isProject(files[i]) {
			var used int
			used, werr = readProject(files[i], use, curated, &errs)
			n += used
			i++
			continue
		}
		j := i + 1 // a run of article files
		for j < len(files) && !isProject(files[j]) {
			j++
		}
		items, skipped, expandErrs := source.Expand(ctx, files[i:j])
		for _, line := range source.Summary(skipped) {
			fmt.Fprintln(stderr, "skipped", line)
		}
		errs = append(errs, expandErrs...)
		for _, item := range items {
			articles, readErrs := l.Load(ctx, []string{item}, nil)
			errs = append(errs, readErrs...)
			for _, a := range articles {
				if err := extract.Date(a, published); err != nil {
					errs = append(errs, err)
				} else if werr = use(a); werr != nil {
					return n, nil, werr
				} else {
					n++
				}
			}
		}
		i = j
	}
	if werr != nil {
		return n, nil, werr
	}
	return n, errs, nil
}

// extractMerged prints each happening once with all its sources (--merge),
// which needs every event at once.
func extractMerged(stdout, stderr io.Writer, files []string, published time.Time, text bool) int {
	r := load(files, published, stderr)
	for _, err := range r.Errors {
		fmt.Fprintln(stderr, describe(err))
	}
	if len(r.Articles) == 0 && len(r.Events) == 0 {
		return 1
	}
	if err := writeMerged(stdout, r.Events, text); err != nil {
		fmt.Fprintln(stderr, "dateline extract:", err)
		return 1
	}
	return 0
}

// readProject hands the project file at path to a reader's use or curated
// and returns how many articles and events it gave; a file that cannot be
// read is added to errs.
func readProject(path string, use func(*data.Article) error, curated func([]data.Event) error, errs *[]error) (int, error) {
	p, err := project.LoadFile(path)
	if err != nil {
		*errs = append(*errs, err)
		return 0, nil
	}
	articles := p.Articles()
	if curated != nil {
		events := p.Visible()
		return len(articles) + len(events), curated(events)
	}
	for i, a := range articles {
		if err := use(a.Article); err != nil {
			return i, err
		}
	}
	return len(articles), nil
}

// writeEvents returns the writer of events in layout l: every article's
// events are encoded into a spool as it is read, and written out sorted
// at the end.
func writeEvents(l format.Layout, limit int) writer {
	return func(w, stderr io.Writer, files []string, published time.Time) (int, []error, error) {
		s := newSpool(l, limit)
		defer s.close()
		n, errs, err := reader(files, published, stderr, func(a *data.Article) error {
			var err error
			perr := extract.EventsByPiece(a, func(events []data.Event) {
				if err == nil {
					err = s.add(events)
				}
			})
			return cmp.Or(perr, err)
		}, s.add)
		if err == nil && n > 0 {
			err = s.writeTo(format.NewEventWriter(w, l))
		}
		return n, errs, err
	}
}

// describe adds to an error the hint a command-line user needs to fix it.
func describe(err error) string {
	if errors.Is(err, data.ErrNoDate) {
		return err.Error() + " (give --published YYYY-MM-DD)"
	}
	return err.Error()
}

// timexRecord is one temporal expression as printed by --timex.
type timexRecord struct {
	Source string `json:"source"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`
	Value  string `json:"value"`
	Mod    string `json:"mod,omitempty"`
	Rule   string `json:"rule"`
}

// writeTimexes prints every expression of the articles with offsets into
// their files, tagging each article once as it is read; for articles
// whose text was derived (HTML) the offsets are into the derived text.
func writeTimexes(w, stderr io.Writer, files []string, published time.Time) (int, []error, error) {
	var out *format.JSONArray
	n, errs, err := reader(files, published, stderr, func(a *data.Article) error {
		if out == nil {
			out = format.NewJSONArray(w)
		}
		return pieces(a, func(text string, base int) error {
			for _, t := range timex.Tag(text, a.Published) {
				err := out.Add(timexRecord{
					Source: a.Source, Start: base + t.Start, End: base + t.End,
					Text: t.Text, Type: string(t.Type), Value: t.Value, Mod: t.Mod, Rule: t.Rule,
				})
				if err != nil {
					return err
				}
			}
			return nil
		})
	}, nil)
	if err == nil && out != nil {
		err = out.Close()
	}
	return n, errs, err
}

// pieces calls tag with each piece of a's text as extract.Events tags it
// (a long text a piece at a time) and the offset in the file where the
// piece starts.
func pieces(a *data.Article, tag func(text string, base int) error) error {
	for from := 0; from < len(a.Text); {
		to := extract.PieceEnd(a.Text, from)
		if err := tag(a.Text[from:to], max(a.Offset, 0)+from); err != nil {
			return err
		}
		from = to
	}
	return nil
}

// writeExplanations prints, for every article as it is read, one block per
// expression saying how the tagger read it; offsets are as in
// writeTimexes.
func writeExplanations(w, stderr io.Writer, files []string, published time.Time) (int, []error, error) {
	bw := bufio.NewWriter(w)
	blocks := 0
	n, errs, err := reader(files, published, stderr, func(a *data.Article) error {
		if blocks++; blocks > 1 {
			bw.WriteString("\n")
		}
		fmt.Fprintf(bw, "== %s (published %s)\n", a.Source, a.Published.Format("2006-01-02"))
		return pieces(a, func(text string, base int) error {
			for _, e := range timex.Explain(text, a.Published) {
				writeExplanation(bw, e, base)
			}
			_, err := bw.WriteString("") // the first write error, if any
			return err
		})
	}, nil)
	if err == nil {
		err = bw.Flush()
	}
	return n, errs, err
}

// writeExplanation prints one expression's block.
func writeExplanation(w io.Writer, e timex.Explanation, base int) {
	fmt.Fprintf(w, "\n%q [%d,%d)\n", e.Text, base+e.Start, base+e.End)
	value := e.Value + " (" + string(e.Type)
	if e.Mod != "" {
		value += ", mod " + e.Mod
	}
	field(w, "value", value+")")
	field(w, "rule", fmt.Sprintf("%s, at %q", e.Rule, e.Trigger))
	field(w, "anchor", e.Anchor)
	field(w, "verb", orDash(e.VerbGroup))
	tense := "-"
	if e.Tense != "" {
		tense = e.Tense + " (" + e.TenseReason + ")"
	}
	field(w, "tense", tense)
	if len(e.Notes) == 0 {
		field(w, "notes", "-")
	}
	for i, note := range e.Notes {
		name := ""
		if i == 0 {
			name = "notes"
		}
		field(w, name, note)
	}
}

func field(w io.Writer, name, value string) {
	fmt.Fprintf(w, "  %-7s %s\n", name, value)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
