package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

const extractUsage = `Usage: dateline extract [--published YYYY-MM-DD] [--format json|csv] [--timex] FILE...

Prints the dated events found in the articles, without opening a window.

Each FILE is an article: plain text (.txt), Markdown with YAML front matter
(.md: title, date, source) or HTML (.html). Relative dates ("last week",
"on Wednesday", "in September") are resolved against the article's
publication date: from its front matter or HTML metadata, a dateline in the
text, or else --published. An article with no publication date is an error.

Output (JSON) is an array of events, each with:
  title       a short label from the sentence's main clause
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

With --timex, prints every temporal expression instead (dates, times,
durations, sets) as JSON objects with start and end (byte offsets into the
file, end exclusive), text, type, value and mod.

Exit status: 0 when at least one file was processed, 1 when none could be,
2 for a usage error. Problems with single files are reported on stderr.

Flags:
`

// Extract runs "dateline extract" with args (after the subcommand name) and
// returns the process exit status.
func Extract(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("extract", extractUsage, stderr)
	published := fs.String("published", "", "publication `date` (YYYY-MM-DD) for articles that state none")
	format := fs.String("format", "json", "output `format`: json or csv")
	timexMode := fs.Bool("timex", false, "print every temporal expression instead of events")
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
	if *format != "json" && *format != "csv" {
		fmt.Fprintf(stderr, "dateline extract: --format %q: want json or csv\n", *format)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "dateline extract: no files given (see dateline extract --help)")
		return 2
	}
	r := data.Load(context.Background(), fs.Args(), pub, nil)
	for _, err := range r.Errors {
		fmt.Fprintln(stderr, describe(err))
	}
	if len(r.Articles) == 0 {
		return 1
	}
	var err error
	switch {
	case *timexMode:
		err = writeTimexes(stdout, r.Articles)
	case *format == "csv":
		err = data.WriteCSV(stdout, r.Events)
	default:
		err = data.WriteJSON(stdout, r.Events)
	}
	if err != nil {
		fmt.Fprintln(stderr, "dateline extract:", err)
		return 1
	}
	return 0
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
}

// writeTimexes prints every expression of the articles with offsets into
// their files; for articles whose text was derived (HTML) the offsets are
// into the derived text.
func writeTimexes(w io.Writer, articles []*data.Article) error {
	records := []timexRecord{}
	for _, a := range articles {
		base := max(a.Offset, 0)
		for _, t := range timex.Tag(a.Text, a.Published) {
			records = append(records, timexRecord{
				Source: a.Source, Start: base + t.Start, End: base + t.End,
				Text: t.Text, Type: string(t.Type), Value: t.Value, Mod: t.Mod,
			})
		}
	}
	b, err := json.MarshalIndent(records, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
