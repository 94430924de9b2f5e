package draw_test

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
	"github.com/dateline/dateline/timeline/export"
)

// day returns midnight UTC of the date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Draw a Scene on a canvas, here the SVG one, measuring labels with the
// canvas's font so that they never overlap.
func ExampleDraw() {
	c, err := export.NewSVG(400, 120)
	if err != nil {
		panic(err)
	}
	const ts = 12
	label := draw.TextStyle{Size: ts}
	items := []timeline.Item{
		{Start: day(2024, 11, 21), End: day(2024, 11, 22), Label: "Oreshnik hits Dnipro"},
		{Start: day(2024, 11, 1), End: day(2024, 12, 1), Label: "In November", Span: true},
	}
	idx := timeline.NewIndex(items, func(s string) float32 { return c.MeasureText(s, label) })
	var l timeline.Layout
	sc := l.Build(idx, timeline.Fit(day(2024, 10, 25), day(2024, 12, 5), 400, 0),
		timeline.Metrics{Width: 400, Height: 120, TextSize: ts, RowHeight: 24}, -1, nil)
	draw.Draw(c, sc, export.Light)
	var buf bytes.Buffer
	if err := c.Encode(&buf); err != nil {
		panic(err)
	}
	svg := buf.String()
	fmt.Println(strings.Contains(svg, ">Oreshnik hits Dnipro</text>"), strings.Count(svg, "<circle"))
	// Output: true 1
}
