package app

import (
	"context"
	"errors"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/dateline/dateline/app/cli"
	"github.com/dateline/dateline/app/convert"
	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/timeline/export"
)

func TestReadImageSettings(t *testing.T) {
	s, err := readImageSettings("PDF", "Whole range", "1920", "1080", "2×", "16:9 slide")
	if err != nil {
		t.Fatal(err)
	}
	if s.format != export.PDF || !s.wholeRange || s.scale != 2 || s.page != export.Slide || s.width != 1920 {
		t.Errorf("settings = %+v", s)
	}
	for _, size := range [][2]string{{"abc", "100"}, {"10", "100"}, {"9000", "100"}, {"800", ""}} {
		if _, err := readImageSettings("PNG", "Current view", size[0], size[1], "1×", ""); err == nil {
			t.Errorf("size %v accepted", size)
		}
	}
}

// TestUI_ImageOptions checks that "current view" exports the view's time
// range and "whole range" leaves it to the exporter, with a legend entry
// and a footer source per article.
func TestUI_ImageOptions(t *testing.T) {
	u := newTestUI(t)
	u.timeline.ZoomAt(300, 4)
	sc, w := u.timeline.Scale(), u.timeline.Size().Width
	now := time.Date(2024, 12, 2, 9, 0, 0, 0, time.UTC)
	_, opt := u.imagePage(imageSettings{format: export.PNG, width: 800, height: 400, scale: 1, legend: true, footer: true}, now)
	if !opt.From.Equal(sc.Time(0)) || !opt.To.Equal(sc.Time(w)) {
		t.Errorf("current view exported %v–%v, want %v–%v", opt.From, opt.To, sc.Time(0), sc.Time(w))
	}
	if len(opt.Legend) != len(u.result.Articles) || len(opt.Sources) == 0 || !opt.Date.Equal(now) || opt.Subtitle == "" {
		t.Errorf("legend %d, sources %v, date %v, subtitle %q for %d articles", len(opt.Legend), opt.Sources, opt.Date, opt.Subtitle, len(u.result.Articles))
	}
	_, whole := u.imagePage(imageSettings{format: export.SVG, wholeRange: true, dark: true, transparent: true}, now)
	if !whole.From.IsZero() || !whole.To.IsZero() || whole.Theme != export.Dark || whole.Transparent {
		t.Errorf("whole range options = %+v", whole)
	}
	u.setGrouping(convert.GroupSource)
	if _, opt := u.imagePage(imageSettings{}, now); len(opt.Lanes) != len(u.result.Articles) {
		t.Errorf("grouped by source, export has %d lanes", len(opt.Lanes))
	}
}

// TestUI_RunExport writes the current view to a PNG through the same path
// as the dialog and checks the file and the status line.
func TestUI_RunExport(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "view.png")
	items, opt := u.imagePage(imageSettings{format: export.PNG, width: 640, height: 360, scale: 1}, time.Now())
	wait(t, u.runExport("Exporting image…", path, func(ctx context.Context, progress func(int, int)) error {
		opt.Progress = progress
		return export.WriteFile(ctx, path, items, opt)
	}))
	if !strings.HasPrefix(u.status.Text, "Exported") {
		t.Errorf("status %q", u.status.Text)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	// Taller than asked when the rows or the event list need it: an
	// export hides no event.
	if err != nil || cfg.Width != 640 || cfg.Height < 360 {
		t.Errorf("exported %dx%d (%v), want 640 wide and at least 360 high", cfg.Width, cfg.Height, err)
	}
}

// TestUI_RunExportFails checks that a failing export leaves no file and
// keeps the status line.
func TestUI_RunExportFails(t *testing.T) {
	u := newTestUI(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.csv")
	before := u.status.Text
	wait(t, u.runExport("Exporting events…", path, func(ctx context.Context, _ func(int, int)) error {
		return export.WriteAtomic(path, func(w io.Writer) error {
			w.Write([]byte("half a file"))
			return errors.New("disk full")
		})
	}))
	if u.Window().Canvas().Overlays().Top() == nil {
		t.Error("no error dialog")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("failed export left %s behind", path)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("failed export left %d files", len(entries))
	}
	if u.status.Text != before {
		t.Errorf("status changed to %q", u.status.Text)
	}
}

// wait waits for background work to report its outcome.
func wait(t *testing.T, finished <-chan struct{}) {
	t.Helper()
	select {
	case <-finished:
	case <-time.After(30 * time.Second):
		t.Fatal("export did not finish")
	}
}

// TestUI_ExportMatchesCLI exports the briefing from the dialog's path and
// with "dateline export" on the same articles and the same choices: one
// page description, so the SVG files are the same.
func TestUI_ExportMatchesCLI(t *testing.T) {
	u := newTestUI(t)
	dir := t.TempDir()
	cliPath, guiPath := filepath.Join(dir, "cli.svg"), filepath.Join(dir, "gui.svg")
	files, err := filepath.Glob(filepath.Join("..", "data", "sample", "*.md"))
	if err != nil || len(files) != len(u.result.Articles) {
		t.Fatalf("sample files %v (%v), want one per article of the briefing", files, err)
	}
	var stderr strings.Builder
	args := append([]string{"-o", cliPath, "--width", "1280", "--height", "720", "--title", "Briefing", "--theme", "dark"}, files...)
	if code := cli.Export(args, io.Discard, &stderr); code != 0 {
		t.Fatalf("dateline export: exit %d: %s", code, stderr.String())
	}
	s := imageSettings{format: export.SVG, wholeRange: true, width: 1280, height: 720, scale: 1,
		title: "Briefing", legend: true, footer: true, dark: true}
	items, opt := u.imagePage(s, time.Now())
	if err := export.WriteFile(context.Background(), guiPath, items, opt); err != nil {
		t.Fatal(err)
	}
	fromCLI, _ := os.ReadFile(cliPath)
	fromGUI, _ := os.ReadFile(guiPath)
	if len(fromCLI) == 0 || string(fromCLI) != string(fromGUI) {
		t.Errorf("the dialog and the CLI wrote different files (%d and %d bytes)", len(fromGUI), len(fromCLI))
	}
}

// An iCalendar export of events outside years 0000-9999 writes the rest
// and says in the status line how many were left out.
func TestUI_ExportEventsICalendarYears(t *testing.T) {
	u := newTestUI(t)
	events := append([]data.Event(nil), u.result.Events[:2]...)
	far := events[1]
	far.Span.Start, far.Span.End = time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(12001, 1, 1, 0, 0, 0, 0, time.UTC)
	events[1] = far
	path := filepath.Join(t.TempDir(), "events.ics")
	wait(t, u.exportEvents("ics", path, "Briefing", events))
	if !strings.Contains(u.status.Text, "1 event left out") {
		t.Errorf("status %q does not say an event was left out", u.status.Text)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "BEGIN:VEVENT"); n != 1 {
		t.Errorf("%d events written, want 1", n)
	}
}

// TestUI_ExportMerged exports the briefing as the window shows it with
// Merge Reports on: one item per happening, each merged one labelled with
// its sources, in the items every image format draws and in the SVG's
// event list; the other reports appear nowhere. TimelineJS and
// iCalendar take one event per happening too, CSV every report. With a
// source hidden or Merge Reports off, the export follows the window.
func TestUI_ExportMerged(t *testing.T) {
	u := newTestUI(t)
	res := u.merges.res
	whole := imageSettings{format: export.SVG, wholeRange: true, width: 1280, height: 720, scale: 1, legend: true, footer: true}
	items, opt := u.imagePage(whole, time.Now())
	if len(items) != len(res.Groups) || len(res.Groups) >= len(u.result.Events) {
		t.Fatalf("export takes %d items for %d happenings of %d events", len(items), len(res.Groups), len(u.result.Events))
	}
	path := filepath.Join(t.TempDir(), "merged.svg")
	if err := export.WriteFile(context.Background(), path, items, opt); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	svg := string(b)
	if n := len(regexp.MustCompile(`>\d+\. `).FindAllString(svg, -1)); n != len(res.Groups) {
		t.Errorf("the SVG's event list has %d entries, want one per happening (%d)", n, len(res.Groups))
	}
	for _, g := range res.Groups {
		if len(g.Reports) < 2 {
			continue
		}
		label := g.Event.Title + convert.GroupNote(len(g.Reports), false)
		n := 0
		for _, it := range items {
			if strings.HasPrefix(it.Label, label) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d items, want 1", label, n)
		}
		for _, e := range g.Reports[1:] {
			if e.Title != g.Event.Title && strings.Contains(svg, ">"+e.Title+"<") {
				t.Errorf("report %q of %q is drawn on its own", e.Title, g.Event.Title)
			}
		}
	}
	if got := len(u.dataEvents(true)); got != len(res.Groups) {
		t.Errorf("TimelineJS and iCalendar take %d events, want %d", got, len(res.Groups))
	}
	if got := len(u.dataEvents(false)); got != len(u.result.Events) {
		t.Errorf("CSV takes %d events, want every report (%d)", got, len(u.result.Events))
	}

	test.Tap(legendEntries(t, u)[0]) // a source hidden: its reports leave their groups
	if items, _ := u.imagePage(whole, time.Now()); len(items) != len(u.merges.res.Groups) || len(items) == 0 {
		t.Errorf("with a source hidden the export takes %d items for %d happenings", len(items), len(u.merges.res.Groups))
	}
	u.merges.item.Action() // Merge Reports off
	if items, _ := u.imagePage(whole, time.Now()); len(items) != len(u.result.Events) {
		t.Errorf("with Merge Reports off the export takes %d items for %d events", len(items), len(u.result.Events))
	}
}
