package format_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
)

// TestWriteTimelineJS_EscapesGroup checks that every field TimelineJS sets
// as HTML is escaped: a group label holding a script tag must not run in
// the viewer.
func TestWriteTimelineJS_EscapesGroup(t *testing.T) {
	e := event(t, "<b>bold</b> title", "2024-11-27", "")
	e.Article.Title = `<script>alert("x")</script> & more`
	var b bytes.Buffer
	if err := format.WriteTimelineJS(&b, "<img src=x onerror=alert(1)>", []data.Event{e}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Title  struct{ Text struct{ Headline string } }
		Events []struct {
			Group string
			Text  struct{ Headline, Text string }
		}
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	fields := []string{doc.Title.Text.Headline, doc.Events[0].Group, doc.Events[0].Text.Headline, doc.Events[0].Text.Text}
	for _, f := range fields {
		if strings.Contains(f, "<script") || strings.Contains(f, "<img") || strings.Contains(f, "<b>") {
			t.Errorf("unescaped HTML in a TimelineJS field: %q", f)
		}
	}
	if got, want := doc.Events[0].Group, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more"; got != want {
		t.Errorf("group = %q, want %q", got, want)
	}
}

// TestWriteCSV_Neutralises checks that cells a spreadsheet would run as a
// formula get a leading apostrophe and that control bytes are dropped.
func TestWriteCSV_Neutralises(t *testing.T) {
	tests := []struct {
		name, title, want string
	}{
		{"equals", `=HYPERLINK("http://evil.example","click")`, `'=HYPERLINK("http://evil.example","click")`},
		{"plus", "+1+2", "'+1+2"},
		{"minus", "-2+3", "'-2+3"},
		{"at", "@SUM(A1)", "'@SUM(A1)"},
		{"tab", "\t=1", "'\t=1"},
		{"escape bytes", "Talks\x1b[31m resume", "Talks[31m resume"},
		{"newline kept", "two\nlines", "two\nlines"},
		{"plain", "Leaders meet", "Leaders meet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := event(t, tt.title, "2024-11-27", "")
			e.Article.Source = "=cmd|' /C calc'!A0"
			var b bytes.Buffer
			if err := format.WriteCSV(&b, []data.Event{e}); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if got := rows[1][0]; got != tt.want {
				t.Errorf("title cell = %q, want %q", got, tt.want)
			}
			if got := rows[1][10]; !strings.HasPrefix(got, "'=") {
				t.Errorf("source cell = %q, want it neutralised", got)
			}
		})
	}
}
