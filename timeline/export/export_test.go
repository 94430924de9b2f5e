package export_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/export"
	"github.com/dateline/dateline/timeline/internal/cputime"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// day returns midnight UTC of the date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// briefingItems is a small hand-made corpus with every kind of mark: day
// points, month and week spans, uncertain items of both kinds, and items
// from three sources.
func briefingItems() []timeline.Item {
	return []timeline.Item{
		{Start: day(2024, 9, 17), End: day(2024, 9, 18), Label: "Tokayev urges talks", Color: 0},
		{Start: day(2024, 9, 1), End: day(2024, 10, 1), Label: "In September", Span: true, Color: 0},
		{Start: day(2024, 10, 6), End: day(2024, 10, 7), Label: "Referendum on nuclear power", Color: 1},
		{Start: day(2024, 10, 7), End: day(2024, 10, 8), Label: "Results announced", Color: 1, Approx: true},
		{Start: day(2024, 10, 21), End: day(2024, 10, 28), Label: "Farm import curbs", Span: true, Color: 2},
		{Start: day(2024, 11, 1), End: day(2024, 12, 1), Label: "Around November", Span: true, Approx: true, Color: 2},
		{Start: day(2024, 11, 19), End: day(2024, 11, 20), Label: "ATACMS strike on Bryansk", Color: 0},
		{Start: day(2024, 11, 21), End: day(2024, 11, 22), Label: "Oreshnik hits Dnipro", Color: 1},
		{Start: day(2024, 11, 27), End: day(2024, 11, 28), Label: "Putin in Astana", Color: 2},
	}
}

// briefingOptions fixes everything that would vary between runs.
func briefingOptions() export.Options {
	return export.Options{
		Width: 640, Height: 360,
		Title:    "Central Asia briefing",
		Subtitle: "Autumn 2024 & what came before",
		Legend: []export.LegendEntry{
			{Label: "tokayev-urges-talks.md", Palette: 0},
			{Label: "nuclear-vote.md", Palette: 1},
			{Label: "putin-astana-visit.md", Palette: 2},
		},
		Sources: []string{"Dateline sample desk (3 articles)"},
		Date:    day(2024, 12, 1),
	}
}

func render(t testing.TB, f export.Format, items []timeline.Item, opt export.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Render(context.Background(), &buf, f, items, opt); err != nil {
		t.Fatalf("Render %s: %v", f, err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte, same func(want, got []byte) error) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if err := same(want, got); err != nil {
		failed := filepath.Join("testdata", "failed", name)
		_ = os.MkdirAll(filepath.Dir(failed), 0o755)
		_ = os.WriteFile(failed, got, 0o644)
		t.Errorf("%s differs from the golden file: %v (got written to %s)", name, err, failed)
	}
}

// TestRender_SVGStructure checks what any SVG viewer relies on, whatever
// the golden file says.
func TestRender_SVGStructure(t *testing.T) {
	svg := string(render(t, export.SVG, briefingItems(), briefingOptions()))
	for _, want := range []string{
		`font-family="'Liberation Sans', Arimo, Arial, Helvetica, sans-serif"`,
		`>Central Asia briefing</text>`,
		`>Autumn 2024 &amp; what came before</text>`,
		`<linearGradient id="fade0"`,
		`fill="url(#fade0)"`,
		`>Referendum on nuclear power</text>`,
		"</svg>\n",
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	// As wide as asked; as high or higher, to hold every event.
	m := regexp.MustCompile(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="640" height="([\d.]+)" viewBox="0 0 640 ([\d.]+)">`).FindStringSubmatch(svg)
	if m == nil {
		t.Fatal("SVG has no svg element of the width asked")
	}
	if h, err := strconv.ParseFloat(m[1], 64); m[1] != m[2] || err != nil || h < 360 {
		t.Errorf("SVG header %v, want 640 wide and at least 360 high", m)
	}
	// Markers: today in the error colour, the highlight in the primary.
	opt := briefingOptions()
	opt.Now, opt.Highlight = day(2024, 11, 20), day(2024, 10, 7)
	marked := string(render(t, export.SVG, briefingItems(), opt))
	for _, col := range []string{"#f44336", "#296ff6"} {
		if !regexp.MustCompile(`<line [^>]*stroke="` + col + `" stroke-width="2"/>`).MatchString(marked) {
			t.Errorf("no marker line in %s", col)
		}
	}
	// Uncertain day: a hollow dot.
	if !regexp.MustCompile(`<circle [^>]*fill="none"[^>]*stroke=`).MatchString(svg) {
		t.Error("SVG has no hollow circle for the uncertain day")
	}
	if n := strings.Count(svg, "<text"); n != strings.Count(svg, "</text>") {
		t.Errorf("unbalanced text elements: %d opened, %d closed", n, strings.Count(svg, "</text>"))
	}
	// librsvg, when installed, must draw it at its size.
	if _, err := exec.LookPath("rsvg-convert"); err == nil {
		cmd := exec.Command("rsvg-convert", "--format", "png")
		cmd.Stdin = strings.NewReader(svg)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("rsvg-convert: %v", err)
		}
		if b := decodePNG(t, out).Bounds(); b.Dx() != 640 || b.Dy() != 360 {
			t.Errorf("rsvg-convert drew %v, want 640 × 360", b)
		}
	}
	// Well-formed XML, so strict tools (Inkscape) open it.
	dec := xml.NewDecoder(strings.NewReader(svg))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
}

func decodePNG(t testing.TB, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode png: %v", err)
	}
	return img
}

// samePixels accepts images of equal size whose channels differ by at most
// a few levels, so a platform's floating-point rounding does not fail it.
func samePixels(want, got []byte) error {
	a, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		return err
	}
	b, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		return err
	}
	if a.Bounds() != b.Bounds() {
		return fmt.Errorf("size %v, want %v", b.Bounds(), a.Bounds())
	}
	bad := 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if diff(r1, r2) > 4<<8 || diff(g1, g2) > 4<<8 || diff(b1, b2) > 4<<8 || diff(a1, a2) > 4<<8 {
				bad++
			}
		}
	}
	if bad > r.Dx()*r.Dy()/1000 {
		return fmt.Errorf("%d pixels differ", bad)
	}
	return nil
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func TestRender_PNG(t *testing.T) {
	for _, tc := range []struct {
		name  string
		opt   func(*export.Options)
		w, h  int
		clear bool
	}{
		{"light", func(*export.Options) {}, 640, 360, false},
		{"dark 2x", func(o *export.Options) { o.Theme, o.Scale = export.Dark, 2 }, 1280, 720, false},
		{"transparent", func(o *export.Options) { o.Transparent = true }, 640, 360, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := briefingOptions()
			tc.opt(&opt)
			img := decodePNG(t, render(t, export.PNG, briefingItems(), opt))
			// Cut labels add the event list: taller, never narrower.
			if b := img.Bounds(); b.Dx() != tc.w || b.Dy() < tc.h {
				t.Fatalf("size %d × %d, want %d × %d or taller", b.Dx(), b.Dy(), tc.w, tc.h)
			}
			colours := map[[4]uint32]bool{}
			for y := 0; y < tc.h; y += 3 {
				for x := 0; x < tc.w; x += 3 {
					r, g, b, a := img.At(x, y).RGBA()
					colours[[4]uint32{r, g, b, a}] = true
				}
			}
			if len(colours) < 20 {
				t.Errorf("only %d colours: the image looks blank", len(colours))
			}
			_, _, _, a := img.At(0, 0).RGBA()
			if clear := a == 0; clear != tc.clear {
				t.Errorf("corner alpha %d: transparent = %v, want %v", a, clear, tc.clear)
			}
		})
	}
}

func TestRender_PDF(t *testing.T) {
	for _, tc := range []struct {
		page export.Page
		box  string
	}{
		{export.A4, "[0 0 841.89 595.28]"},
		{export.Letter, "[0 0 792.00 612.00]"},
		{export.Slide, "[0 0 960.00 540.00]"},
	} {
		opt := briefingOptions()
		opt.Page = tc.page
		pdf := render(t, export.PDF, briefingItems(), opt)
		if !bytes.HasPrefix(pdf, []byte("%PDF-1.")) {
			t.Errorf("page %d: does not start with %%PDF-1.", tc.page)
		}
		if !bytes.HasSuffix(bytes.TrimSpace(pdf), []byte("%%EOF")) {
			t.Errorf("page %d: does not end with %%%%EOF", tc.page)
		}
		box := regexp.MustCompile(`/MediaBox \[[^\]]*\]`).Find(pdf)
		if got := strings.TrimPrefix(string(box), "/MediaBox "); !sameBox(got, tc.box) {
			t.Errorf("page %d: MediaBox %s, want %s", tc.page, got, tc.box)
		}
		if !bytes.Contains(pdf, []byte("/FontFile2")) {
			t.Errorf("page %d: no embedded TrueType font", tc.page)
		}
	}
	// With poppler-utils installed (CI), the text must read back as text.
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = bytes.NewReader(render(t, export.PDF, briefingItems(), briefingOptions()))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	for _, want := range []string{"Central Asia briefing", "Referendum on nuclear power", "Exported 1 December 2024 with Dateline"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("pdftotext output lacks %q:\n%s", want, out)
		}
	}
}

// sameBox compares MediaBox arrays numerically.
func sameBox(a, b string) bool {
	var x [4]float64
	var y [4]float64
	if _, err := fmt.Sscanf(a, "[%g %g %g %g]", &x[0], &x[1], &x[2], &x[3]); err != nil {
		return false
	}
	if _, err := fmt.Sscanf(b, "[%g %g %g %g]", &y[0], &y[1], &y[2], &y[3]); err != nil {
		return false
	}
	for i := range x {
		if d := x[i] - y[i]; d > 0.01 || d < -0.01 {
			return false
		}
	}
	return true
}

func TestRender_Errors(t *testing.T) {
	var buf bytes.Buffer
	err := export.Render(context.Background(), &buf, export.PNG, nil, export.Options{})
	if !errors.Is(err, export.ErrNothing) {
		t.Errorf("no items: err = %v, want ErrNothing", err)
	}
	err = export.Render(context.Background(), &buf, export.PNG, briefingItems(), export.Options{Width: 7680, Height: 4320, Scale: 2})
	if err == nil || !strings.Contains(err.Error(), "8K") {
		t.Errorf("16K image: err = %v, want a size error", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = export.Render(ctx, &buf, export.SVG, briefingItems(), export.Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
	opt := briefingOptions()
	opt.From, opt.To = day(2024, 12, 1), day(2024, 11, 1)
	if err := export.Render(context.Background(), &buf, export.SVG, briefingItems(), opt); err == nil {
		t.Error("reversed range: no error")
	}
}

func TestRender_Progress(t *testing.T) {
	var steps []int
	opt := briefingOptions()
	opt.Progress = func(done, total int) {
		if total != 4 {
			t.Errorf("total = %d, want 4", total)
		}
		steps = append(steps, done)
	}
	render(t, export.PNG, briefingItems(), opt)
	if fmt.Sprint(steps) != "[1 2 3 4]" {
		t.Errorf("progress steps %v, want [1 2 3 4]", steps)
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.png", "a.SVG", "a.pdf"} {
		path := filepath.Join(dir, name)
		if err := export.WriteFile(context.Background(), path, briefingItems(), briefingOptions()); err != nil {
			t.Fatalf("WriteFile %s: %v", name, err)
		}
		if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
			t.Errorf("%s: stat %v, err %v", name, fi, err)
		}
	}
	// A failed export leaves the existing file alone and no temporary.
	path := filepath.Join(dir, "a.png")
	before, _ := os.ReadFile(path)
	err := export.WriteFile(context.Background(), path, nil, export.Options{})
	if !errors.Is(err, export.ErrNothing) || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v, want ErrNothing naming %s", err, path)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("failed export changed the existing file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("directory holds %d files, want 3 (no temporaries left)", len(entries))
	}
	if err := export.WriteFile(context.Background(), filepath.Join(dir, "a.gif"), briefingItems(), export.Options{}); err == nil {
		t.Error(".gif: no error")
	}
	if err := export.WriteFile(context.Background(), filepath.Join(dir, "missing", "a.png"), briefingItems(), export.Options{}); err == nil {
		t.Error("missing directory: no error")
	}
}

func TestFormatFromPath(t *testing.T) {
	for path, want := range map[string]export.Format{"x.png": export.PNG, "dir/x.Svg": export.SVG, "x.PDF": export.PDF} {
		if got, err := export.FormatFromPath(path); err != nil || got != want {
			t.Errorf("FormatFromPath(%q) = %v, %v; want %v", path, got, err, want)
		}
	}
}

// syntheticItems makes n items over ten years from a fixed seed: mostly
// day points, a fifth month or week spans, some uncertain, eight sources.
func syntheticItems(n int) []timeline.Item {
	rng := rand.New(rand.NewPCG(1, 2))
	start := day(2015, 1, 1)
	words := strings.Fields("talks summit strike vote sanctions visit treaty missile election ceasefire pipeline referendum")
	items := make([]timeline.Item, n)
	for i := range items {
		t := start.Add(time.Duration(rng.Int64N(int64(10 * 365 * 24 * time.Hour)))).Truncate(24 * time.Hour)
		it := timeline.Item{
			Start: t, End: t.AddDate(0, 0, 1),
			Label:  fmt.Sprintf("%s %s %d", words[rng.IntN(len(words))], words[rng.IntN(len(words))], i),
			Approx: rng.IntN(10) == 0,
			Color:  rng.IntN(8),
		}
		switch rng.IntN(10) {
		case 0:
			it.Span, it.Start = true, time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
			it.End = it.Start.AddDate(0, 1, 0)
		case 1:
			it.Span, it.End = true, t.AddDate(0, 0, 7)
		}
		items[i] = it
	}
	return items
}

func benchmarkRender(b *testing.B, f export.Format, opt export.Options) {
	items := syntheticItems(10000)
	b.ReportAllocs()
	cpu0 := cputime.Used()
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := export.Render(context.Background(), &buf, f, items, opt); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	// CPU time per export, all threads: wall time alone misleads when other
	// work shares the machine.
	b.ReportMetric(float64(cputime.Used()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(size), "bytes")
}

func BenchmarkRender_PNG4K(b *testing.B) {
	benchmarkRender(b, export.PNG, export.Options{Width: 3840, Height: 2160, Title: "Benchmark"})
}

func BenchmarkRender_SVG4K(b *testing.B) {
	benchmarkRender(b, export.SVG, export.Options{Width: 3840, Height: 2160, Title: "Benchmark"})
}

func BenchmarkRender_PDFA4(b *testing.B) {
	benchmarkRender(b, export.PDF, export.Options{Title: "Benchmark"})
}

func BenchmarkRender_PDFSlideDense(b *testing.B) {
	benchmarkRender(b, export.PDF, export.Options{Page: export.Slide, TextSize: 3, Title: "Benchmark"})
}
