package format_test

import (
	"bytes"
	"encoding/csv"
	"html"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/internal/budget"
	"github.com/dateline/dateline/data/timex"
)

// inBudget runs write into a fresh buffer and returns what it wrote; it
// fails the fuzzer when write takes over the work budget (budget.Time):
// exporters are linear, so anything slower is a bug worth a failure, not
// a slow CI.
func inBudget(t *testing.T, what string, write func(w *bytes.Buffer) error) *bytes.Buffer {
	t.Helper()
	var b bytes.Buffer
	budget.Time(t, what, func() {
		b.Reset()
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
	})
	return &b
}

// fuzzPrecisions are the precisions a fuzzed event may take.
var fuzzPrecisions = []timex.Precision{
	timex.PrecisionCentury, timex.PrecisionDecade, timex.PrecisionYear, timex.PrecisionQuarter,
	timex.PrecisionMonth, timex.PrecisionWeek, timex.PrecisionDay, timex.PrecisionPartOfDay,
	timex.PrecisionHour, timex.PrecisionMinute,
}

// fuzzEvents builds two events from fuzzed text and dates: one as given,
// one with the fields swapped round, so that every text field meets every
// kind of input. Dates run from year -2000 to 12000.
func fuzzEvents(title, sentence, article, source string, startDay int32, days uint16, prec uint8) []data.Event {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(startDay%(5000*366)))
	end := start.AddDate(0, 0, int(days)+1)
	p := fuzzPrecisions[int(prec)%len(fuzzPrecisions)]
	if p >= timex.PrecisionHour {
		end = start.Add(time.Hour)
	}
	mk := func(title, sentence, article, source string) data.Event {
		return data.Event{
			Title: title, Value: "2024", Span: timex.Span{Start: start, End: end, Precision: p},
			Expr: title, ExprStart: 0, ExprEnd: len(title), Sentence: sentence, Confidence: 0.5,
			Article: &data.Article{Title: article, Source: source, Outlet: title,
				Published: time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)},
		}
	}
	return []data.Event{mk(title, sentence, article, source), mk(source, article, sentence, title)}
}

// fuzzSeeds are hostile strings for every exporter: formulas, markup,
// control bytes, iCalendar and CSV delimiters, long lines, bad UTF-8.
var fuzzSeeds = []string{
	"Leaders meet", `=HYPERLINK("http://evil.example","x")`, "+1", "-1", "@SUM(A1)", "\t=1", "\r=1",
	"<script>alert(1)</script>", `"quoted", and; semi\colon`, "Talks\x1b[31m resume\x00\x7f",
	"two\nlines\r\nand CR\r", strings.Repeat("é", 100), "\xff\xfe bad", "https://news.example/a", "",
}

// seedEvents adds fuzzSeeds to f in every field position.
func seedEvents(f *testing.F) {
	for i, s := range fuzzSeeds {
		next := fuzzSeeds[(i+1)%len(fuzzSeeds)]
		f.Add(s, next, s, next, int32(i*400-3000), uint16(i), uint8(i))
	}
	f.Add("Far", "Year 9999", "a", "b", int32(2914000), uint16(365), uint8(2))
	f.Add("Old", "Year 1", "a", "b", int32(-739000), uint16(0), uint8(6))
}

// FuzzWriteCSV checks that the CSV parses back into the header and one
// row per event, and that no text cell can start a formula or carry a
// control byte, while keeping the text otherwise.
func FuzzWriteCSV(f *testing.F) {
	seedEvents(f)
	f.Fuzz(func(t *testing.T, title, sentence, article, source string, startDay int32, days uint16, prec uint8) {
		events := fuzzEvents(title, sentence, article, source, startDay, days, prec)
		b := inBudget(t, "WriteCSV", func(w *bytes.Buffer) error { return format.WriteCSV(w, events) })
		rows, err := csv.NewReader(b).ReadAll()
		if err != nil {
			t.Fatalf("CSV does not parse: %v\n%q", err, b.String())
		}
		if len(rows) != 1+len(events) {
			t.Fatalf("%d rows for %d events", len(rows), len(events))
		}
		for _, row := range rows[1:] {
			// title, expr, text, source, article: the text cells.
			for _, col := range []int{0, 6, 9, 10, 11} {
				cell := row[col]
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("column %d starts a formula: %q", col, cell)
				}
				for _, r := range cell {
					if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
						t.Errorf("column %d holds control byte %q: %q", col, r, cell)
					}
				}
			}
		}
		if got, want := strings.TrimPrefix(rows[1][0], "'"), strings.TrimPrefix(printable(title), "'"); got != want {
			t.Errorf("title cell %q, want %q", got, want)
		}
	})
}

// printable is s without the control characters exports drop: all but
// newline and tab.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// FuzzWriteICalendar checks that the calendar is CRLF lines of at most 75
// octets with no bare CR or LF, that every date has a four-digit year, and
// that each writable event is one VEVENT whose SUMMARY unescapes to its
// title.
func FuzzWriteICalendar(f *testing.F) {
	seedEvents(f)
	f.Fuzz(func(t *testing.T, title, sentence, article, source string, startDay int32, days uint16, prec uint8) {
		events := fuzzEvents(title, sentence, article, source, startDay, days, prec)
		stamp := time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)
		b := inBudget(t, "WriteICalendar", func(w *bytes.Buffer) error { return format.WriteICalendar(w, title, events, stamp) })
		ics := b.String()
		if !strings.HasSuffix(ics, "END:VCALENDAR\r\n") {
			t.Fatalf("calendar does not end with END:VCALENDAR:\n%q", ics)
		}
		lines := strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n")
		for _, line := range lines {
			if len(line) > 75 || strings.ContainsAny(line, "\r\n") || !utf8.ValidString(line) {
				t.Errorf("bad content line %q", line)
			}
		}
		unfolded := strings.Split(strings.ReplaceAll(strings.TrimSuffix(ics, "\r\n"), "\r\n ", ""), "\r\n")
		var summaries []string
		for _, line := range unfolded {
			name, value, ok := strings.Cut(line, ":")
			if !ok || name == "" {
				t.Errorf("line %q has no property name", line)
			}
			if strings.HasPrefix(line, "DT") && !icalDate.MatchString(line) {
				t.Errorf("%q: not a four-digit-year date", line)
			}
			if name == "SUMMARY" {
				summaries = append(summaries, unescapeICal(t, value))
			}
		}
		want := 0
		for _, e := range events {
			if format.ICalendarWritable(e) {
				want++
			}
		}
		if len(summaries) != want || strings.Count(ics, "BEGIN:VEVENT") != want {
			t.Fatalf("%d SUMMARY lines, want %d writable events", len(summaries), want)
		}
		if want == len(events) && utf8.ValidString(title) && summaries[0] != strings.ReplaceAll(printable(title), "\t", "") {
			t.Errorf("SUMMARY reads %q, want %q", summaries[0], title)
		}
	})
}

// unescapeICal reads an iCalendar TEXT value, failing t on an unescaped
// delimiter or an unknown escape.
func unescapeICal(t *testing.T, v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '\\' && i+1 < len(v):
			i++
			switch v[i] {
			case 'n':
				b.WriteByte('\n')
			case '\\', ';', ',':
				b.WriteByte(v[i])
			default:
				t.Errorf("unknown escape \\%c in %q", v[i], v)
			}
		case c == '\\' || c == ';' || c == ',':
			t.Errorf("unescaped %q in TEXT %q", c, v)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// FuzzWriteTimelineJS checks that the document parses, that nothing
// TimelineJS renders as HTML (headlines, text, group) holds markup but our
// own paragraph tags, and that headlines unescape to the titles.
func FuzzWriteTimelineJS(f *testing.F) {
	seedEvents(f)
	f.Fuzz(func(t *testing.T, title, sentence, article, source string, startDay int32, days uint16, prec uint8) {
		events := fuzzEvents(title, sentence, article, source, startDay, days, prec)
		b := inBudget(t, "WriteTimelineJS", func(w *bytes.Buffer) error { return format.WriteTimelineJS(w, title, events) })
		var doc struct {
			Title struct {
				Text struct{ Headline, Text string }
			}
			Events []struct {
				Group     string
				StartDate struct{ Year int } `json:"start_date"`
				Text      struct{ Headline, Text string }
			}
		}
		if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
			t.Fatalf("JSON does not parse: %v\n%s", err, b.String())
		}
		if len(doc.Events) != len(events) {
			t.Fatalf("%d slides for %d events", len(doc.Events), len(events))
		}
		fields := []string{doc.Title.Text.Headline}
		for _, s := range doc.Events {
			body := s.Text.Text
			for _, tag := range []string{"<p><small>", "</small></p>", "<p>", "</p>"} {
				body = strings.ReplaceAll(body, tag, "")
			}
			fields = append(fields, s.Group, s.Text.Headline, body)
		}
		for _, v := range fields {
			if strings.ContainsAny(v, `<>"`) {
				t.Errorf("unescaped markup in %q", v)
			}
		}
		if utf8.ValidString(title) && html.UnescapeString(doc.Events[0].Text.Headline) != title {
			t.Errorf("headline %q does not read %q", doc.Events[0].Text.Headline, title)
		}
	})
}
