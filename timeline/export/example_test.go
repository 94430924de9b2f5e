package export_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/export"
)

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
