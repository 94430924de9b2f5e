package export_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/sample"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/export"
)

// sampleItems returns the built-in briefing's events as the app and the
// command line export them, grouped by g.
func sampleItems(t *testing.T, g convert.Grouping) ([]timeline.Item, []string, export.Options) {
	t.Helper()
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	r := extract.Add(articles)
	page := convert.Page{Legend: true, Footer: true, Group: g, MaxActors: 6}
	items, opt := page.Describe(r, export.Options{})
	titles := make([]string, len(r.Events))
	for i, e := range r.Events {
		titles[i] = e.Title
	}
	return items, titles, opt
}

// svgText returns the text of every text element of an SVG, one string
// per element.
func svgText(t *testing.T, svg []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var out []string
	in := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			in = v.Name.Local == "text"
			if in {
				out = append(out, "")
			}
		case xml.CharData:
			if in {
				out[len(out)-1] += string(v)
			}
		case xml.EndElement:
			in = false
		}
	}
}

// spaces folds runs of white space into one space.
var spaces = regexp.MustCompile(`\s+`)

// badge matches a cluster badge's text, "+12".
var badge = regexp.MustCompile(`^\+\d+$`)

// checkTitles checks that text holds every title whole, white space
// folded (the list wraps long titles over lines).
func checkTitles(t *testing.T, what, text string, titles []string) {
	t.Helper()
	text = spaces.ReplaceAllString(text, " ")
	missing := 0
	for _, title := range titles {
		if !strings.Contains(text, spaces.ReplaceAllString(title, " ")) {
			t.Errorf("%s lacks the title %q", what, title)
			missing++
		}
	}
	if missing > 0 {
		t.Logf("%s text:\n%s", what, text)
	}
}

// TestRender_HidesNothing exports the whole range of the built-in
// briefing, in one lane and grouped by source, to SVG, PNG and PDF: the
// SVG's text and the PDF's (read with pdftotext when installed) hold every
// event's title whole, and no page shows a "+N" badge.
func TestRender_HidesNothing(t *testing.T) {
	for _, g := range []convert.Grouping{convert.GroupNone, convert.GroupSource} {
		items, titles, opt := sampleItems(t, g)
		t.Run(string(g)+"/svg", func(t *testing.T) {
			texts := svgText(t, render(t, export.SVG, items, opt))
			for _, s := range texts {
				if badge.MatchString(s) {
					t.Errorf("SVG shows the badge %q", s)
				}
			}
			checkTitles(t, "SVG", strings.Join(texts, " "), titles)
		})
		t.Run(string(g)+"/png", func(t *testing.T) {
			img := decodePNG(t, render(t, export.PNG, items, opt))
			if b := img.Bounds(); b.Dx() != 1920 || b.Dy() < 1080 {
				t.Errorf("PNG is %d × %d, want 1920 wide and at least 1080 high", b.Dx(), b.Dy())
			}
		})
		t.Run(string(g)+"/pdf", func(t *testing.T) {
			pdf := render(t, export.PDF, items, opt)
			if _, err := exec.LookPath("pdftotext"); err != nil {
				t.Skip("pdftotext not installed (poppler-utils)")
			}
			cmd := exec.Command("pdftotext", "-raw", "-", "-")
			cmd.Stdin = bytes.NewReader(pdf)
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			for _, line := range strings.Fields(string(out)) {
				if badge.MatchString(line) {
					t.Errorf("PDF shows the badge %q", line)
				}
			}
			checkTitles(t, "PDF", string(out), titles)
		})
	}
}

// TestRender_PDFPages exports more rows than a page holds and more events
// than one lane has rows for (timeline.MaxRows): the timeline runs on
// over numbered pages, and the event list, in time order, holds every
// title.
func TestRender_PDFPages(t *testing.T) {
	var items []timeline.Item
	var titles []string
	for i := range 300 {
		title := fmt.Sprintf("Event number %d of a crowded day, told at some length", i)
		items = append(items, timeline.Item{Start: day(2024, 11, 21).Add(time.Duration(i) * time.Minute), Label: title})
		titles = append(titles, title)
	}
	opt := export.Options{Title: "Crowded", From: day(2024, 11, 20), To: day(2024, 11, 23)}
	pdf := render(t, export.PDF, items, opt)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (poppler-utils)")
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(out)
	if !strings.Contains(text, "page 2 of") {
		t.Error("no page 2: the rows did not continue")
	}
	checkTitles(t, "PDF", text, titles)
	// The list's numbers come in order, page after page.
	last := 0
	for _, m := range regexp.MustCompile(`(?m)^(\d+)\. 21 Nov 2024`).FindAllStringSubmatch(text, -1) {
		n, _ := strconv.Atoi(m[1])
		if n != last+1 {
			t.Fatalf("list entry %d follows %d", n, last)
		}
		last = n
	}
	if last != len(items) {
		t.Errorf("list ends at %d of %d", last, len(items))
	}
}
