package cli

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/merge"
)

// mergedRecord is one happening as printed by --merge: the merged event's
// fields, then every source that reports it.
type mergedRecord struct {
	format.Record
	// Sources are the reports of the happening, the one whose date the
	// merged event keeps first.
	Sources []format.Record `json:"sources"`
	// Suggest lists the positions (0-based, in this output) of the other
	// happenings that may be this one: offered, not merged.
	Suggest []int `json:"suggest,omitempty"`
	// Disagreements say which sources give a date for this happening that
	// another group of sources contradicts.
	Disagreements []string `json:"disagreements,omitempty"`
}

// mergedRecords turns a merge result into records, in time order.
func mergedRecords(r merge.Result) []mergedRecord {
	out := make([]mergedRecord, len(r.Groups))
	for i, g := range r.Groups {
		out[i].Record = format.NewRecord(g.Event)
		out[i].Sources = make([]format.Record, len(g.Reports))
		for k, e := range g.Reports {
			out[i].Sources[k] = format.NewRecord(e)
		}
	}
	for _, s := range r.Suggestions {
		out[s.A].Suggest = append(out[s.A].Suggest, s.B)
		out[s.B].Suggest = append(out[s.B].Suggest, s.A)
	}
	for _, d := range r.Disagreements {
		text := r.Describe(d)
		out[d.A].Disagreements = append(out[d.A].Disagreements, text)
		out[d.B].Disagreements = append(out[d.B].Disagreements, text)
	}
	return out
}

// writeMerged prints the events merged, as JSON or text.
func writeMerged(w io.Writer, events []data.Event, asText bool) error {
	r := merge.Merge(events, merge.DefaultOptions)
	if asText {
		return writeMergedText(w, r)
	}
	b, err := json.MarshalIndent(mergedRecords(r), "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeMergedText prints one block per happening: its date and title,
// then each source with its date expression and sentence; then the
// suggestions and disagreements.
func writeMergedText(w io.Writer, r merge.Result) error {
	bw := bufio.NewWriter(w)
	for i, g := range r.Groups {
		fmt.Fprintf(bw, "%d. %s  %s", i+1, merge.SpanLabel(g.Event.Span), g.Event.Title)
		if n := len(g.Reports); n > 1 {
			fmt.Fprintf(bw, "  (%d sources)", n)
		}
		bw.WriteString("\n")
		for _, e := range g.Reports {
			fmt.Fprintf(bw, "   - %s, %s: %q in %q\n", articleName(e.Article), published(e.Article),
				strings.ReplaceAll(e.Expr, "\n", " "), e.Sentence)
		}
	}
	for _, s := range r.Suggestions {
		fmt.Fprintf(bw, "Maybe one happening: %d and %d (similarity %.2f)\n", s.A+1, s.B+1, s.Score)
	}
	for _, d := range r.Disagreements {
		fmt.Fprintf(bw, "%s (%d and %d)\n", r.Describe(d), d.A+1, d.B+1)
	}
	if r.Repeats > 0 {
		fmt.Fprintf(bw, "%d repeated reports left out (a file given twice)\n", r.Repeats)
	}
	return bw.Flush()
}

// articleName names a report's article by its title and file, so that
// two articles of one outlet are told apart.
func articleName(a *data.Article) string {
	if a == nil {
		return "unknown source"
	}
	if a.Title == "" {
		return a.Source
	}
	return fmt.Sprintf("%q (%s)", a.Title, filepath.Base(a.Source))
}

// published returns an article's publication date as text.
func published(a *data.Article) string {
	if a == nil || a.Published.IsZero() {
		return "undated"
	}
	return "published " + a.Published.Format("2006-01-02")
}
