package format

import (
	"bytes"
	"testing"
	"time"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// TestWriteJSON_Streams checks that the streamed array is byte for byte
// what marshalling it whole gives, for none, one and several events.
func TestWriteJSON_Streams(t *testing.T) {
	a := &data.Article{Title: "A \"quoted\" <title>", Source: "a.md", Published: time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)}
	var events []data.Event
	for i, v := range []string{"2024-11-28", "2024-W47", "2024-09"} {
		span, err := timex.ParseValue(v)
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, data.Event{Title: "Leaders meet & talk", Value: v, Span: span, Expr: v,
			ExprStart: i, ExprEnd: i + 1, Sentence: "Line\nbreak \u2028 here", Article: a, Confidence: 0.5})
	}
	for n := 0; n <= len(events); n++ {
		records := make([]Record, n)
		for i := range records {
			records[i] = NewRecord(events[i])
		}
		want, err := json.MarshalIndent(records, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := WriteJSON(&got, events[:n]); err != nil {
			t.Fatal(err)
		}
		if w := string(want) + "\n"; got.String() != w {
			t.Errorf("%d events:\n%s\nwant\n%s", n, got.String(), w)
		}
	}
}

// BenchmarkEventWriter_Encode encodes the events of two articles as the
// extract command's spool does, one at a time: news sentences, a title
// and the article's fields, which each of its events repeats.
func BenchmarkEventWriter_Encode(b *testing.B) {
	var events []data.Event
	for k, title := range []string{"Markets slide as the central bank holds rates", "Storm closes schools"} {
		a := &data.Article{Title: title, Source: "wire/" + title + ".txt", Published: time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)}
		for i, v := range []string{"2024-11-26", "2024-W47", "2024-09", "2024-Q3"} {
			span, err := timex.ParseValue(v)
			if err != nil {
				b.Fatal(err)
			}
			events = append(events, data.Event{Title: "The central bank held its main rate", Value: v, Span: span,
				Expr: "on Tuesday", ExprStart: 100 * i, ExprEnd: 100*i + 10, Article: a, Confidence: 0.8,
				Sentence: "The central bank held its main rate at 4.5% on Tuesday, the \"third\" pause in a row, officials said."})
		}
		events[len(events)-1].Title += string(rune('A' + k))
	}
	ew := NewEventWriter(nil, JSON)
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range events {
			if _, err := ew.Encode(e); err != nil {
				b.Fatal(err)
			}
		}
	}
}
