package format

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dateline/dateline/data"
	json "github.com/goccy/go-json"
)

// dateLayout is how exports write calendar dates.
const dateLayout = "2006-01-02"

// Record is the exported form of an Event: flat, with dates as text, so it
// reads the same in JSON, CSV and our project files.
type Record struct {
	Title string `json:"title"`
	// Value is the TIMEX3 value, keeping precision: 2024-09, 2024-W47.
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	// Start and End are the first and last calendar day the value covers.
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"`
	// Expr is the date expression as written, at byte offsets
	// [ExprStart, ExprEnd) of the article text.
	Expr      string `json:"expr"`
	ExprStart int    `json:"expr_start"`
	ExprEnd   int    `json:"expr_end"`
	// Text is the whole sentence the date came from.
	Text         string  `json:"text"`
	Source       string  `json:"source"`
	ArticleTitle string  `json:"article"`
	Published    string  `json:"published"`
	Confidence   float64 `json:"confidence"`
}

// NewRecord flattens an event for export.
func NewRecord(e data.Event) Record {
	r := Record{
		Title:      e.Title,
		Value:      e.Value,
		Mod:        e.Mod,
		Start:      e.Span.Start.Format(dateLayout),
		End:        e.Span.LastDay().Format(dateLayout),
		Precision:  e.Span.Precision.String(),
		Expr:       e.Expr,
		ExprStart:  e.ExprStart,
		ExprEnd:    e.ExprEnd,
		Text:       e.Sentence,
		Confidence: e.Confidence,
	}
	if a := e.Article; a != nil {
		r.Source, r.ArticleTitle = a.Source, a.Title
		if !a.Published.IsZero() {
			r.Published = a.Published.Format(dateLayout)
		}
	}
	return r
}

// WriteJSON writes events as an indented JSON array of Records.
func WriteJSON(w io.Writer, events []data.Event) error {
	if err := writeJSON(w, events); err != nil {
		return fmt.Errorf("data: write json: %w", err)
	}
	return nil
}

// writeJSON streams the array one record at a time, laid out as
// json.MarshalIndent lays out the whole, so a large export never holds
// its text twice.
func writeJSON(w io.Writer, events []data.Event) error {
	if len(events) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("[\n")
	for i, e := range events {
		b, err := json.MarshalIndent(NewRecord(e), "  ", "  ")
		if err != nil {
			return err
		}
		bw.WriteString("  ")
		bw.Write(b)
		if i < len(events)-1 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// csvHeader names the CSV columns, in Record order.
var csvHeader = []string{"title", "value", "mod", "start", "end", "precision", "expr",
	"expr_start", "expr_end", "text", "source", "article", "published", "confidence"}

// WriteCSV writes events as CSV with a header row, one row per event.
func WriteCSV(w io.Writer, events []data.Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("data: write csv: %w", err)
	}
	for _, e := range events {
		r := NewRecord(e)
		row := []string{csvCell(r.Title), r.Value, r.Mod, r.Start, r.End, r.Precision, csvCell(r.Expr),
			strconv.Itoa(r.ExprStart), strconv.Itoa(r.ExprEnd), csvCell(r.Text), csvCell(r.Source),
			csvCell(r.ArticleTitle), r.Published, strconv.FormatFloat(r.Confidence, 'f', 2, 64)}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("data: write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("data: write csv: %w", err)
	}
	return nil
}

// csvCell makes a text cell safe to open in a spreadsheet: control
// characters other than newlines and tabs are dropped, and a cell that a
// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
// carriage return) gets a leading apostrophe, which spreadsheets show as
// text and do not display.
func csvCell(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
