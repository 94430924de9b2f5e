package format

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

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
		Start:      formatDate(e.Span.Start),
		End:        formatDate(e.Span.LastDay()),
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
			r.Published = formatDate(a.Published)
		}
	}
	return r
}

// formatDate is t.Format(dateLayout), written out by hand for the years
// 0 to 9999: every exported event formats three dates, and the layout's
// parsing cost more than the rest of the record.
func formatDate(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(dateLayout)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// WriteJSON writes events as an indented JSON array of Records.
func WriteJSON(w io.Writer, events []data.Event) error {
	return writeAll(NewEventWriter(w, JSON), events)
}

// WriteCSV writes events as CSV with a header row, one row per event.
func WriteCSV(w io.Writer, events []data.Event) error {
	return writeAll(NewEventWriter(w, CSV), events)
}

func writeAll(ew *EventWriter, events []data.Event) error {
	for _, e := range events {
		if err := ew.Write(e); err != nil {
			return err
		}
	}
	return ew.Close()
}

// Layout is an event export that can be written one event at a time.
type Layout string

// The layouts EventWriter writes.
const (
	JSON Layout = "json"
	CSV  Layout = "csv"
)

// EventWriter writes events one at a time, byte for byte what WriteJSON or
// WriteCSV give for them all, so an export never holds its text twice.
// Encode and WriteEncoded split the work for a caller that encodes events
// as they are found and writes them later in another order (the extract
// command sorts them from a spool).
type EventWriter struct {
	layout Layout
	w      *bufio.Writer
	json   JSONArray
	// enc holds the last JSON record Encode made, and cache the article
	// fields and the confidence it encoded last.
	enc   []byte
	cache recordCache
	// csv encodes rows into row.
	csv *csv.Writer
	row bytes.Buffer
}

// NewEventWriter returns a writer of events to w in layout l.
func NewEventWriter(w io.Writer, l Layout) *EventWriter {
	ew := &EventWriter{layout: l, w: bufio.NewWriterSize(w, 64<<10)}
	ew.json.w = ew.w
	ew.csv = csv.NewWriter(&ew.row)
	if l == CSV {
		// The header cannot fail to encode, and w sees it at the first
		// flush.
		h, _ := ew.csvRow(csvHeader)
		ew.w.Write(h)
	}
	return ew
}

// Write writes one event.
func (ew *EventWriter) Write(e data.Event) error {
	b, err := ew.Encode(e)
	if err != nil {
		return err
	}
	return ew.WriteEncoded(b)
}

// Encode returns e as WriteEncoded takes it. The bytes are valid until the
// next call.
func (ew *EventWriter) Encode(e data.Event) ([]byte, error) {
	b, _, _, err := ew.EncodeShared(e)
	return b, err
}

// EncodeShared is Encode that also says which bytes of the record,
// [from, to), hold the article's fields (source, article, published):
// the same bytes for every event of the article, which a caller keeping
// many records (the extract command's spool) need keep only once for a
// run of them. from == to where the record has none to tell apart (CSV
// rows, and JSON records the library encodes).
func (ew *EventWriter) EncodeShared(e data.Event) (b []byte, from, to int, err error) {
	r := NewRecord(e)
	if ew.layout == JSON {
		var ok bool
		if ew.enc, ok = appendRecord(ew.enc[:0], &r, &ew.cache); ok {
			return ew.enc, ew.cache.at, ew.cache.at + len(ew.cache.article), nil
		}
		b, err := json.MarshalIndent(r, "  ", "  ")
		if err != nil {
			return nil, 0, 0, fmt.Errorf("data: write json: %w", err)
		}
		return b, 0, 0, nil
	}
	b, err = ew.csvRow([]string{csvCell(r.Title), r.Value, r.Mod, r.Start, r.End, r.Precision, csvCell(r.Expr),
		strconv.Itoa(r.ExprStart), strconv.Itoa(r.ExprEnd), csvCell(r.Text), csvCell(r.Source),
		csvCell(r.ArticleTitle), r.Published, strconv.FormatFloat(r.Confidence, 'f', 2, 64)})
	return b, 0, 0, err
}

// csvRow encodes one CSV row, line end included.
func (ew *EventWriter) csvRow(cells []string) ([]byte, error) {
	ew.row.Reset()
	ew.csv.Write(cells)
	ew.csv.Flush()
	if err := ew.csv.Error(); err != nil {
		return nil, fmt.Errorf("data: write csv: %w", err)
	}
	return ew.row.Bytes(), nil
}

// WriteEncoded writes an event that Encode of a writer of the same layout
// returned.
func (ew *EventWriter) WriteEncoded(b []byte) error {
	var err error
	if ew.layout == JSON {
		err = ew.json.AddEncoded(b)
	} else {
		_, err = ew.w.Write(b)
	}
	if err != nil {
		return fmt.Errorf("data: write %s: %w", ew.layout, err)
	}
	return nil
}

// Close ends the output (the array's closing bracket) and flushes it.
func (ew *EventWriter) Close() error {
	var err error
	if ew.layout == JSON {
		err = ew.json.Close()
	} else {
		err = ew.w.Flush()
	}
	if err != nil {
		return fmt.Errorf("data: write %s: %w", ew.layout, err)
	}
	return nil
}

// JSONArray writes a JSON array one element at a time, laid out as
// json.MarshalIndent(whole, "", "  ") lays out the whole array.
type JSONArray struct {
	w *bufio.Writer
	n int
}

// NewJSONArray returns an array writer to w.
func NewJSONArray(w io.Writer) *JSONArray {
	return &JSONArray{w: bufio.NewWriterSize(w, 64<<10)}
}

// Add writes v as the next element.
func (a *JSONArray) Add(v any) error {
	b, err := json.MarshalIndent(v, "  ", "  ")
	if err != nil {
		return err
	}
	return a.AddEncoded(b)
}

// AddEncoded writes the next element, already marshalled with
// json.MarshalIndent(v, "  ", "  ").
func (a *JSONArray) AddEncoded(b []byte) error {
	sep := ",\n  "
	if a.n == 0 {
		sep = "[\n  "
	}
	a.n++
	a.w.WriteString(sep)
	_, err := a.w.Write(b)
	return err
}

// Close writes the closing bracket, or the empty array, and flushes.
func (a *JSONArray) Close() error {
	end := "\n]\n"
	if a.n == 0 {
		end = "[]\n"
	}
	a.w.WriteString(end)
	return a.w.Flush()
}

// csvHeader names the CSV columns, in Record order.
var csvHeader = []string{"title", "value", "mod", "start", "end", "precision", "expr",
	"expr_start", "expr_end", "text", "source", "article", "published", "confidence"}

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
