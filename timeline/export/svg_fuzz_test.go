package export_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/export"
)

// fuzzBudget is the most one fuzz input may take: a page of a few items
// draws in milliseconds, so anything slower is a bug.
const fuzzBudget = 100 * time.Millisecond

// FuzzRenderSVG draws a page of fuzzed titles, labels, dates and sizes
// and checks that the SVG is well-formed XML whose text holds no markup
// of its own, within the work budget.
func FuzzRenderSVG(f *testing.F) {
	for i, s := range []string{
		"Leaders meet", "<script>alert(1)</script>", `"q" & 'a' ]]> <!-- x -->`, "\x00\x1b[31m\x7f\uFFFE",
		"\xff\xfe bad", strings.Repeat("wide ", 400), "", "RTL \u202e txet",
	} {
		f.Add(s, s+" label", int32(i*1000-4000), uint16(i*30), uint16(640+i*100), uint16(360+i*50))
	}
	f.Fuzz(func(t *testing.T, title, label string, startDay int32, days uint16, w, h uint16) {
		t0 := day(2024, 1, 1).AddDate(0, 0, int(startDay%(3000*366)))
		items := []timeline.Item{
			{Start: t0, End: t0.AddDate(0, 0, int(days)+1), Label: label, Span: days > 0},
			{Start: t0.AddDate(0, 0, 3), End: t0.AddDate(0, 0, 4), Label: title, Approx: true, Color: 1},
		}
		opt := export.Options{
			Width: float32(w%4000) + 1, Height: float32(h%4000) + 1, Title: title, Subtitle: label,
			Legend:  []export.LegendEntry{{Label: label}, {Label: title, Palette: 1}},
			Sources: []string{label, title}, Date: day(2024, 12, 1), Lanes: []string{label, title},
		}
		var b bytes.Buffer
		var err error
		// Over budget twice running fails; once could be a busy machine.
		for try := 0; ; try++ {
			b.Reset()
			start := time.Now()
			err = export.Render(context.Background(), &b, export.SVG, items, opt)
			d := time.Since(start)
			if d <= fuzzBudget {
				break
			}
			if try == 1 {
				t.Fatalf("Render took %v, over the %v budget", d, fuzzBudget)
			}
		}
		if errors.Is(err, export.ErrTooLong) {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&b)
		inText := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("SVG is not well-formed XML: %v", err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				if inText {
					t.Fatalf("<%s> inside a <text>: text became markup", tok.Name.Local)
				}
				inText = tok.Name.Local == "text"
			case xml.EndElement:
				inText = false
			case xml.Directive, xml.Comment:
				t.Fatalf("text became %T %q", tok, tok)
			}
		}
	})
}
