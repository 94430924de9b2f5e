package export_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/export"
)

// Draw a Scene on a canvas of one's own, measuring labels with the
// canvas's font so that they never overlap.
func ExampleDraw() {
	c, err := export.NewSVG(400, 120)
	if err != nil {
		panic(err)
	}
	opt := export.Options{TextSize: 12}
	label := export.TextStyle{Size: opt.TextSize}
	items := []timeline.Item{
		{Start: day(2024, 11, 21), End: day(2024, 11, 22), Label: "Oreshnik hits Dnipro"},
		{Start: day(2024, 11, 1), End: day(2024, 12, 1), Label: "In November", Span: true},
	}
	idx := timeline.NewIndex(items, func(s string) float32 { return c.MeasureText(s, label) })
	var l timeline.Layout
	sc := l.Build(idx, timeline.Fit(day(2024, 10, 25), day(2024, 12, 5), 400, 0),
		timeline.Metrics{Width: 400, Height: 120, TextSize: 12, RowHeight: 24}, -1, nil)
	export.Draw(c, sc, opt)
	var buf bytes.Buffer
	if err := c.Encode(&buf); err != nil {
		panic(err)
	}
	svg := buf.String()
	fmt.Println(strings.Contains(svg, ">Oreshnik hits Dnipro</text>"), strings.Count(svg, "<circle"))
	// Output: true 1
}

// Render a page of items as SVG; WriteFile does the same to a file, with
// the format taken from its extension.
func ExampleRender() {
	items := []timeline.Item{
		{Start: day(2024, 11, 21), End: day(2024, 11, 22), Label: "Oreshnik hits Dnipro"},
		{Start: day(2024, 11, 27), End: day(2024, 11, 28), Label: "Putin in Astana", Color: 1},
	}
	opt := export.Options{
		Width: 800, Height: 300,
		Title:  "Late November 2024",
		Legend: []export.LegendEntry{{Label: "oreshnik.md", Palette: 0}, {Label: "astana.md", Palette: 1}},
	}
	var buf bytes.Buffer
	if err := export.Render(context.Background(), &buf, export.SVG, items, opt); err != nil {
		panic(err)
	}
	first, _, _ := strings.Cut(buf.String(), "\n")
	fmt.Println(first)
	fmt.Println(strings.Contains(buf.String(), ">Putin in Astana</text>"))
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// true
}
