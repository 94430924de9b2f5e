package format_test

import (
	"bytes"
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/internal/budget"
	"github.com/dateline/dateline/data/sample"
)

func TestReadEventsJSON_RoundTrip(t *testing.T) {
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	events := extract.Add(articles).Events
	if len(events) == 0 {
		t.Fatal("the briefing has no events")
	}
	var buf bytes.Buffer
	if err := format.WriteJSON(&buf, events); err != nil {
		t.Fatal(err)
	}
	got, err := format.ReadEventsJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(events) {
		t.Fatalf("read %d records, wrote %d", len(got), len(events))
	}
	for i, e := range events {
		if want := format.NewRecord(e); got[i] != want {
			t.Errorf("record %d:\n got %+v\nwant %+v", i, got[i], want)
		}
	}
}

func TestReadEventsJSON_Errors(t *testing.T) {
	for _, in := range []string{"", "{}", "null", `[{"title": 3}]`, "[1,"} {
		if _, err := format.ReadEventsJSON(strings.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), "data: read json") {
			t.Errorf("ReadEventsJSON(%q): err = %v, want a data: read json error", in, err)
		}
	}
	got, err := format.ReadEventsJSON(strings.NewReader("[]"))
	if err != nil || len(got) != 0 {
		t.Errorf("empty array: %v, %v", got, err)
	}
}

// FuzzReadEventsJSON checks that any input either fails cleanly or reads
// records that write back and read again unchanged, within the work
// budget, also with the input repeated to 32 KB.
func FuzzReadEventsJSON(f *testing.F) {
	f.Add(`[]`)
	f.Add(`[{"title":"Vote","value":"2024-10-06","start":"2024-10-06","end":"2024-10-06","precision":"day","expr":"on Sunday","expr_start":3,"expr_end":12,"text":"On Sunday, voters…","source":"a.md","article":"A","published":"2024-10-07","confidence":0.95}]`)
	f.Add(`[{"title": 3}]`)
	f.Add(`null`)
	f.Fuzz(func(t *testing.T, in string) {
		var records []format.Record
		var err error
		budget.Time(t, "ReadEventsJSON", func() { records, err = format.ReadEventsJSON(strings.NewReader(in)) })
		budget.Grown(t, "ReadEventsJSON", in, func(in string) { format.ReadEventsJSON(strings.NewReader(in)) })
		if err != nil {
			return
		}
		b, err := json.Marshal(records)
		if err != nil {
			t.Fatalf("records read from %q do not marshal: %v", in, err)
		}
		again, err := format.ReadEventsJSON(bytes.NewReader(b))
		if err != nil || len(again) != len(records) {
			t.Fatalf("re-read of %s: %v, %d records, want %d", b, err, len(again), len(records))
		}
		for i := range records {
			if again[i] != records[i] {
				t.Fatalf("record %d changed: %+v, want %+v", i, again[i], records[i])
			}
		}
	})
}
