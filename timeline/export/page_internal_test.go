package export

import (
	"fmt"
	"strings"
	"testing"
)

// However many sources, the legend keeps to its rows and the page, ends
// with a note that counts exactly the entries left out, and leaves the
// timeline most of the page.
func TestNewPage_LegendFolds(t *testing.T) {
	type legendCase struct {
		name   string
		n      int
		label  func(i int) string
		height float32
	}
	long := strings.Repeat("on the long talks over the regional water agreement ", 3)
	for _, tc := range []legendCase{
		{"short names", 10000, func(i int) string { return fmt.Sprintf("src%05d.md", i) }, 1080},
		// Mixed widths: a label wider than the room left after the note
		// used to open a fourth row, and a fifth, down the whole page.
		{"long titles", 10000, func(i int) string { return fmt.Sprintf("Report %d %s", i, long[:20+i%3*60]) }, 1080},
		{"short page", 500, func(i int) string { return fmt.Sprintf("Source %d", i) }, 200},
		{"all fit", 5, func(i int) string { return fmt.Sprintf("Source %d", i) }, 1080},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewSVG(1920, tc.height)
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{Height: tc.height}.forFormat(SVG)
			for i := range tc.n {
				opt.Legend = append(opt.Legend, LegendEntry{Label: tc.label(i), Palette: i})
				opt.Sources = append(opt.Sources, tc.label(i))
			}
			p := newPage(c, opt, 0)
			rows := map[float32]bool{}
			shown := 0
			for _, e := range p.legend {
				rows[e.y] = true
				if e.y+e.h > opt.Height || e.x+c.MeasureText(e.label, p.legendStyle) > opt.Width {
					t.Errorf("%q at (%g, %g) is off the page", e.label, e.x, e.y)
				}
				if e.palette >= 0 {
					shown++
				}
			}
			if len(rows) > maxLegendRows {
				t.Errorf("%d legend rows, want at most %d", len(rows), maxLegendRows)
			}
			last := p.legend[len(p.legend)-1]
			if left := tc.n - shown; left > 0 {
				if want := moreNote(left, "source"); last.label != want || last.palette != -1 {
					t.Errorf("legend ends with %q, want %q", last.label, want)
				}
			} else if last.palette < 0 {
				t.Errorf("legend ends with a note %q though every source is shown", last.label)
			}
			if p.inner.h < opt.Height/3 {
				t.Errorf("timeline is %g high on a %g page", p.inner.h, opt.Height)
			}
			if tc.n > 100 && !strings.Contains(p.footLeft, " more sources") {
				t.Errorf("footer %q does not fold the sources", p.footLeft)
			}
		})
	}
}

func TestMoreNote(t *testing.T) {
	type noteCase struct {
		n    int
		want string
	}
	for _, tc := range []noteCase{
		{1, "and 1 more source"}, {2, "and 2 more sources"}, {999, "and 999 more sources"},
		{9990, "and 9,990 more sources"}, {1234567, "and 1,234,567 more sources"},
	} {
		if got := moreNote(tc.n, "source"); got != tc.want {
			t.Errorf("moreNote(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

// TestForFormat_SlideText checks the default label sizes: 18 pt on a 16:9
// slide, so a room can read it, 8 pt on paper, 12 px in images; a size
// asked for is kept.
func TestForFormat_SlideText(t *testing.T) {
	type sizeCase struct {
		f    Format
		opt  Options
		want float32
	}
	for _, c := range []sizeCase{
		{PDF, Options{Page: Slide}, 18},
		{PDF, Options{Page: A4}, 8},
		{PNG, Options{}, 12},
		{PDF, Options{Page: Slide, TextSize: 24}, 24},
	} {
		if got := c.opt.forFormat(c.f).TextSize; got != c.want {
			t.Errorf("%s page %d: text size %v, want %v", c.f, c.opt.Page, got, c.want)
		}
	}
}
