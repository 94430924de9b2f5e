package export_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/export"
)

// Far years: every range the timeline can show (a year per pixel at
// most) is drawn with all its events; a longer one is refused with
// ErrTooLong instead of drawing a window in its middle with no event.
func TestRender_FarYears(t *testing.T) {
	type farCase struct {
		name     string
		years    []int
		from, to time.Time
		tooLong  bool
	}
	for _, tc := range []farCase{
		{name: "2024 and 3500", years: []int{2024, 3500}},
		{name: "year 1 and 1500", years: []int{1, 1500}},
		{name: "9000 to 9999", years: []int{9000, 9999}},
		// A 1920-pixel page fits 1,647 years with the margins.
		{name: "2024 and 4500", years: []int{2024, 4500}, tooLong: true},
		{name: "year 1 and 9999", years: []int{1, 9999}, tooLong: true},
		{name: "4500 in a range", years: []int{2024, 4500}, from: day(3000, 1, 1), to: day(4600, 1, 1)},
		{name: "range too long", years: []int{2024}, from: day(1000, 1, 1), to: day(4000, 1, 1), tooLong: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var items []timeline.Item
			for _, y := range tc.years {
				items = append(items, timeline.Item{Start: day(y, 6, 1), End: day(y, 6, 2), Label: "Event of " + time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006")})
			}
			opt := export.Options{From: tc.from, To: tc.to}
			var buf bytes.Buffer
			err := export.Render(context.Background(), &buf, export.SVG, items, opt)
			if tc.tooLong {
				if !errors.Is(err, export.ErrTooLong) {
					t.Fatalf("err %v, want ErrTooLong", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range items {
				if (tc.from.IsZero() || !it.Start.Before(tc.from)) && !strings.Contains(buf.String(), ">"+it.Label+"<") {
					t.Errorf("SVG lacks %q", it.Label)
				}
			}
		})
	}
}

// TestRender_WholeRangeCompressed draws a story of two months with
// background events years before it. The whole-range export compresses
// the empty years into breaks: each background year is named on the axis
// and the story spreads over most of the page; Linear draws the plain
// axis, where the story is squeezed against the right edge.
func TestRender_WholeRangeCompressed(t *testing.T) {
	var items []timeline.Item
	for _, y := range []int{1999, 2002, 2019} {
		items = append(items, timeline.Item{Start: day(y, 1, 1), End: day(y+1, 1, 1), Span: true, Label: fmt.Sprintf("Background %d", y)})
	}
	for d := 1; d <= 60; d += 3 {
		items = append(items, timeline.Item{Start: day(2024, 10, d), End: day(2024, 10, d+1), Label: fmt.Sprintf("Story day %d", d)})
	}
	spread := map[bool]float64{}
	for _, linear := range []bool{false, true} {
		var buf bytes.Buffer
		if err := export.Render(context.Background(), &buf, export.SVG, items, export.Options{Linear: linear}); err != nil {
			t.Fatal(err)
		}
		svg := buf.String()
		spread[linear] = labelX(t, svg, "Story day 58") - labelX(t, svg, "Story day 1")
		if linear {
			continue
		}
		for _, y := range []string{"1999", "2002", "2019"} {
			if !strings.Contains(svg, ">"+y+"<") {
				t.Errorf("compressed: %s not named on the axis", y)
			}
		}
	}
	// 1920 pixels wide: the story takes most of it compressed, a few
	// dozen pixels of 26 years linear.
	if spread[false] < 1000 || spread[true] > 100 {
		t.Errorf("the story's labels spread %v px compressed, %v px linear", spread[false], spread[true])
	}
}

// labelX returns the x of the SVG text element holding exactly text.
func labelX(t *testing.T, svg, text string) float64 {
	t.Helper()
	m := regexp.MustCompile(`<text x="([0-9.]+)"[^>]*>` + regexp.QuoteMeta(text) + `<`).FindStringSubmatch(svg)
	if m == nil {
		t.Fatalf("no label %q in the SVG", text)
	}
	x, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		t.Fatal(err)
	}
	return x
}
