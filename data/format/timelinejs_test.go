package format_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/timex"
)

// event builds an event of the TIMEX3 value v in a fixed article.
func event(t *testing.T, title, v, mod string) data.Event {
	t.Helper()
	span, err := timex.ParseValue(v)
	if err != nil {
		t.Fatalf("ParseValue(%q): %v", v, err)
	}
	return data.Event{
		Title: title, Value: v, Mod: mod, Span: span,
		Expr: "in " + v, ExprStart: 10, ExprEnd: 10 + len(v),
		Sentence: "Leaders met, again; \"talks\" went on \\ as " + title + ".",
		Article: &data.Article{
			Title: "Summit & after", Source: "https://news.example/summit", Outlet: "Example News",
			Published: time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC),
		},
		Confidence: 0.8,
	}
}

func TestWriteTimelineJS_Precision(t *testing.T) {
	// Calendar facts checked by hand: 2024-W47 is Monday 18 to Sunday 24
	// November; Q4 is October to December; the 2020s run 2020-2029.
	type testCase struct {
		value      string
		start, end string // JSON of start_date and end_date ("" for none)
	}
	for _, tc := range []testCase{
		{"2024", `{"year":2024}`, ""},
		{"2024-09", `{"year":2024,"month":9}`, ""},
		{"2024-11-27", `{"year":2024,"month":11,"day":27}`, ""},
		{"2024-W47", `{"year":2024,"month":11,"day":18}`, `{"year":2024,"month":11,"day":24}`},
		{"2024-Q4", `{"year":2024,"month":10}`, `{"year":2024,"month":12}`},
		{"202", `{"year":2020}`, `{"year":2029}`},
		{"2024-11-27T00:00", `{"year":2024,"month":11,"day":27,"hour":0,"minute":0}`, ""},
		{"2024-11-27T11", `{"year":2024,"month":11,"day":27,"hour":11}`, ""},
	} {
		var buf bytes.Buffer
		if err := format.WriteTimelineJS(&buf, "", []data.Event{event(t, "x", tc.value, "")}); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Title  any `json:"title"`
			Events []struct {
				Start json.RawMessage `json:"start_date"`
				End   json.RawMessage `json:"end_date"`
			} `json:"events"`
		}
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatalf("%s: %v\n%s", tc.value, err, buf.String())
		}
		if doc.Title != nil {
			t.Errorf("%s: title slide without a title", tc.value)
		}
		compact := func(m json.RawMessage) string {
			if m == nil {
				return ""
			}
			var b bytes.Buffer
			_ = json.Compact(&b, m)
			return b.String()
		}
		ev := doc.Events[0]
		if got := compact(ev.Start); got != tc.start {
			t.Errorf("%s: start_date %s, want %s", tc.value, got, tc.start)
		}
		if got := compact(ev.End); got != tc.end {
			t.Errorf("%s: end_date %s, want %s", tc.value, got, tc.end)
		}
	}
}

func TestWriteTimelineJS_Document(t *testing.T) {
	e := event(t, "Talks <resumed>", "2024-11-27", "")
	var buf bytes.Buffer
	if err := format.WriteTimelineJS(&buf, "Briefing", []data.Event{e, e}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Title struct {
			Text struct{ Headline string } `json:"text"`
		} `json:"title"`
		Events []struct {
			Text struct {
				Headline string `json:"headline"`
				Text     string `json:"text"`
			} `json:"text"`
			Group    string `json:"group"`
			UniqueID string `json:"unique_id"`
		} `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title.Text.Headline != "Briefing" || len(doc.Events) != 2 {
		t.Fatalf("title %q, %d events", doc.Title.Text.Headline, len(doc.Events))
	}
	ev := doc.Events[0]
	if ev.Text.Headline != "Talks &lt;resumed&gt;" {
		t.Errorf("headline %q: want HTML-escaped", ev.Text.Headline)
	}
	if !strings.Contains(ev.Text.Text, "Summit &amp; after, Example News, 27 November 2024") {
		t.Errorf("text %q lacks the source", ev.Text.Text)
	}
	if ev.Group != "Summit &amp; after" || ev.UniqueID == "" || ev.UniqueID != doc.Events[1].UniqueID {
		t.Errorf("group %q, ids %q %q: want the article (HTML-escaped: TimelineJS sets it with innerHTML) and one stable id per event", ev.Group, ev.UniqueID, doc.Events[1].UniqueID)
	}
	if !strings.Contains(buf.String(), `"<p>Leaders met`) {
		t.Errorf("HTML in text is escaped for JSON; want it readable:\n%s", buf.String())
	}
}

func TestEventID(t *testing.T) {
	e := event(t, "Vote", "2024-10-06", "")
	moved := e
	a := *e.Article
	a.Source = "/elsewhere/summit"
	moved.Article = &a
	if format.EventID(e) != format.EventID(moved) {
		t.Error("the id changed with the file's directory")
	}
	other := event(t, "Vote", "2024-10-07", "")
	if format.EventID(e) == format.EventID(other) {
		t.Error("two dates of one article share an id")
	}
}
