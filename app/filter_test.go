package app

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data/project"
)

// legendEntries returns the legend's entries in article order.
func legendEntries(t *testing.T, u *UI) []*legendEntry {
	t.Helper()
	var out []*legendEntry
	for _, o := range u.legend.Objects {
		if e, ok := o.(*legendEntry); ok {
			out = append(out, e)
		}
	}
	if len(out) != len(u.result.Articles) {
		t.Fatalf("legend has %d entries for %d articles", len(out), len(u.result.Articles))
	}
	return out
}

// TestFilter_Legend clicks a legend entry to hide its source, clicks it
// again to bring it back, and Ctrl-clicks one to show it alone; the status
// line and the export follow.
func TestFilter_Legend(t *testing.T) {
	u := newTestUI(t)
	total := len(u.Events())
	first := u.result.Articles[0]
	fromFirst := 0
	for _, e := range u.Events() {
		if e.Article == first {
			fromFirst++
		}
	}
	if fromFirst == 0 || fromFirst == total {
		t.Fatalf("the first article has %d of %d events; the test wants some but not all", fromFirst, total)
	}

	test.Tap(legendEntries(t, u)[0])
	if got := len(u.Events()); got != total-fromFirst {
		t.Errorf("after hiding %q: %d events, want %d", first.Title, got, total-fromFirst)
	}
	for _, e := range u.Events() {
		if e.Article == first {
			t.Fatalf("an event of hidden %q is still shown", first.Title)
		}
	}
	if want := fmt.Sprintf("Showing %d of %d events", total-fromFirst, total); !strings.HasPrefix(u.status.Text, want) {
		t.Errorf("status = %q, want %q", u.status.Text, want)
	}
	if items, _ := u.imagePage(imageSettings{wholeRange: true, width: 800, height: 600, scale: 1}, time.Now()); len(items) != len(u.merges.res.Groups) {
		t.Errorf("export takes %d items, want the %d happenings shown", len(items), len(u.merges.res.Groups))
	}
	if !u.unsaved() {
		t.Error("a filter change leaves the project unsaved")
	}

	test.Tap(legendEntries(t, u)[0]) // shown again
	if got := len(u.Events()); got != total {
		t.Errorf("after showing %q again: %d events, want %d", first.Title, got, total)
	}

	e := legendEntries(t, u)[0]
	e.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShortcutDefault})
	test.Tap(e)
	if got := len(u.Events()); got != fromFirst {
		t.Errorf("after Ctrl-click on %q: %d events, want its %d", first.Title, got, fromFirst)
	}
	e = legendEntries(t, u)[0]
	e.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShortcutDefault})
	test.Tap(e)
	if got := len(u.Events()); got != total {
		t.Errorf("a second Ctrl-click shows %d events, want all %d", got, total)
	}
	if u.proj.View.Filter.Active() {
		t.Errorf("filter %+v still on", u.proj.View.Filter)
	}
}

func TestReadRange(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2024, m, d, 0, 0, 0, 0, time.UTC) }
	type rangeCase struct {
		from, to string
		want     *project.Range
		err      bool
	}
	for _, c := range []rangeCase{
		{"", "", nil, false},
		{"2024-11-01", "", &project.Range{From: day(11, 1)}, false},
		{"", "2024-11-30", &project.Range{To: day(12, 1)}, false}, // Until keeps its whole day
		{"2024-11-18", "2024-11-24", &project.Range{From: day(11, 18), To: day(11, 25)}, false},
		{"18 Nov", "", nil, true},
		{"", "soon", nil, true},
	} {
		got, err := readRange(c.from, c.to)
		if (err != nil) != c.err {
			t.Errorf("readRange(%q, %q) error %v, want error %v", c.from, c.to, err, c.err)
			continue
		}
		if (got == nil) != (c.want == nil) || got != nil && (!got.From.Equal(c.want.From) || !got.To.Equal(c.want.To)) {
			t.Errorf("readRange(%q, %q) = %+v, want %+v", c.from, c.to, got, c.want)
		}
		if got != nil && c.to != "" && untilText(got.To) != c.to {
			t.Errorf("untilText gives %q back for %q", untilText(got.To), c.to)
		}
	}
}

// TestFilter_Precision keeps only day-precise events through readFilter,
// as the Filters dialog does with only "day" ticked.
func TestFilter_Precision(t *testing.T) {
	u := newTestUI(t)
	shown := make([]bool, len(u.result.Articles))
	for i := range shown {
		shown[i] = true
	}
	f, err := u.readFilter(u.proj.View.Filter, filterForm{shown: shown, classes: []string{project.ClassDay}})
	if err != nil {
		t.Fatal(err)
	}
	u.setFilter(f)
	if len(u.Events()) == 0 {
		t.Fatal("no day-precise events in the briefing")
	}
	for _, e := range u.Events() {
		if !e.Span.Precision.IsPoint() {
			t.Errorf("%q (%s) shown with only days kept", e.Title, e.Value)
		}
	}
}

// filterControls returns the Filters dialog's tag and precision check
// groups, its confidence slider and its Apply button.
func filterControls(t *testing.T, top fyne.CanvasObject) (tags *widget.CheckGroup, conf *widget.Slider, apply *widget.Button) {
	t.Helper()
	var groups []*widget.CheckGroup
	walk(top, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.CheckGroup:
			groups = append(groups, w)
		case *widget.Slider:
			conf = w
		case *widget.Button:
			if w.Text == "Apply" {
				apply = w
			}
		}
	})
	if len(groups) != 2 || conf == nil || apply == nil {
		t.Fatalf("Filters dialog: %d check groups, slider %v, Apply %v; want tags and precision, a slider and Apply", len(groups), conf != nil, apply != nil)
	}
	return groups[0], conf, apply
}

// TestFilter_TagAndConfidence ticks a tag and raises the least confidence
// in View ▸ Filters: only events with that tag (their own or their
// article's) and that confidence stay, on the timeline, in the status
// line and in the export; the dialog opens again as it was left, and the
// filter is saved with the project.
func TestFilter_TagAndConfidence(t *testing.T) {
	u := newTestUI(t)
	total := len(u.Events())
	d := u.filterDialog()
	tags, conf, apply := filterControls(t, u.win.Canvas().Overlays().Top())
	if want := []string{"diplomacy", "energy", "security", "trade", "war"}; !slices.Equal(tags.Options, want) {
		t.Fatalf("tags offered %v, want the briefing's %v", tags.Options, want)
	}
	tags.SetSelected([]string{"energy"})
	conf.SetValue(0.5)
	test.Tap(apply)
	d.Hide()
	want := 0
	for _, e := range u.proj.Events() {
		if slices.Contains(e.Article.Tags, "energy") && e.Confidence >= 0.5 {
			want++
		}
	}
	if want == 0 || want == total {
		t.Fatalf("%d of %d events are energy at 50 %%; the test wants some but not all", want, total)
	}
	if got := len(u.Events()); got != want {
		t.Errorf("after the filter: %d events, want %d", got, want)
	}
	for _, e := range u.Events() {
		if !slices.Contains(e.Article.Tags, "energy") || e.Confidence < 0.5 {
			t.Errorf("%q (tags %v, confidence %.2f) shown", e.Title, e.Article.Tags, e.Confidence)
		}
	}
	if prefix := fmt.Sprintf("Showing %d of %d events", want, total); !strings.HasPrefix(u.status.Text, prefix) {
		t.Errorf("status = %q, want %q", u.status.Text, prefix)
	}
	if items, _ := u.imagePage(imageSettings{wholeRange: true, width: 800, height: 600, scale: 1}, time.Now()); len(items) != len(u.merges.res.Groups) {
		t.Errorf("export takes %d items, want the %d happenings shown", len(items), len(u.merges.res.Groups))
	}

	d = u.filterDialog()
	tags, conf, _ = filterControls(t, u.win.Canvas().Overlays().Top())
	if !slices.Equal(tags.Selected, []string{"energy"}) || conf.Value != 0.5 {
		t.Errorf("the dialog opens again with tags %v, confidence %v", tags.Selected, conf.Value)
	}
	d.Hide()

	var b bytes.Buffer
	u.storeView()
	if err := u.proj.Save(&b); err != nil {
		t.Fatal(err)
	}
	p, err := project.Load(&b, "filtered.dateline")
	if err != nil {
		t.Fatal(err)
	}
	u.setProject(p, "", "filtered")
	if got := len(u.Events()); got != want {
		t.Errorf("after reloading: %d events, want the filtered %d", got, want)
	}
}
