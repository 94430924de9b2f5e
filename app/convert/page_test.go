package convert_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/timeline/export"
)

// TestPage_Describe checks the page the export dialog and "dateline
// export" share: defaults described from the articles, what the switches
// leave out, and the format's own options kept.
func TestPage_Describe(t *testing.T) {
	now := time.Date(2024, 12, 2, 9, 0, 0, 0, time.UTC)
	type pageCase struct {
		name            string
		page            convert.Page
		title, subtitle string
		legend, sources int
		dated, twoLanes bool
	}
	cases := []pageCase{
		{"defaults", convert.Page{Legend: true, Footer: true, Date: now},
			"Timeline of 2 articles", "3 dated events, 1 September 2024 to 21 November 2024", 2, 2, true, false},
		{"given titles, no legend nor footer", convert.Page{Title: "T", Subtitle: "S", Date: now}, "T", "S", 0, 0, false, false},
		{"a range and lanes by source", convert.Page{From: time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC), Group: convert.GroupSource, Footer: true, Date: now},
			"Timeline of 2 articles", "2 of 3 dated events, 1 November 2024 to", 0, 2, true, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			items, opt := c.page.Describe(result(), export.Options{Width: 800, Theme: export.Dark})
			if len(items) != 3 || opt.Width != 800 || opt.Theme != export.Dark {
				t.Errorf("%d items, width %v, theme %v: want 3 items and the given options", len(items), opt.Width, opt.Theme)
			}
			if opt.Title != c.title || !strings.HasPrefix(opt.Subtitle, c.subtitle) {
				t.Errorf("title %q, subtitle %q; want %q, %q…", opt.Title, opt.Subtitle, c.title, c.subtitle)
			}
			if len(opt.Legend) != c.legend || len(opt.Sources) != c.sources || opt.Date.IsZero() == c.dated {
				t.Errorf("legend %v, sources %v, date %v", opt.Legend, opt.Sources, opt.Date)
			}
			if (len(opt.Lanes) == 2) != c.twoLanes || !opt.From.Equal(c.page.From) {
				t.Errorf("lanes %v, from %v", opt.Lanes, opt.From)
			}
		})
	}
}

func TestSources(t *testing.T) {
	articles := []*data.Article{
		{Source: "dir/a.md", Outlet: "Desk"}, {Source: "b.md", Outlet: "Desk"}, {Source: "notes/c.txt"}, {Source: "d.md", Outlet: "Wire"},
	}
	if got := strings.Join(convert.Sources(articles), "; "); got != "Desk (2 articles); Wire; c.txt" {
		t.Errorf("Sources = %q", got)
	}
}
