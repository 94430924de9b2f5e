package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"time"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
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
	r := load(fs.Args(), pub, stderr)
	for _, err := range r.Errors {
		fmt.Fprintln(stderr, describe(err))
	}
	if len(r.Articles) == 0 && len(r.Events) == 0 {
		return 1
	}
	var err error
	switch {
	case *explainMode:
		err = writeExplanations(stdout, r.Articles)
	case *timexMode:
		err = writeTimexes(stdout, r.Articles)
	case *mergeMode:
		err = writeMerged(stdout, r.Events, *outFormat == "text")
	case *outFormat == "csv":
		err = format.WriteCSV(stdout, r.Events)
	default:
		err = format.WriteJSON(stdout, r.Events)
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
	Rule   string `json:"rule"`
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
				Text: t.Text, Type: string(t.Type), Value: t.Value, Mod: t.Mod, Rule: t.Rule,
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

// writeExplanations prints, for every article, one block per expression
// saying how the tagger read it; offsets are as in writeTimexes.
func writeExplanations(w io.Writer, articles []*data.Article) error {
	bw := bufio.NewWriter(w)
	for n, a := range articles {
		if n > 0 {
			bw.WriteString("\n")
		}
		fmt.Fprintf(bw, "== %s (published %s)\n", a.Source, a.Published.Format("2006-01-02"))
		base := max(a.Offset, 0)
		for _, e := range timex.Explain(a.Text, a.Published) {
			writeExplanation(bw, e, base)
		}
	}
	return bw.Flush()
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
