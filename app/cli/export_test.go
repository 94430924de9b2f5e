package cli_test

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/app/cli"
)

// runExport calls the export command and returns its exit status and
// streams.
func runExport(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := cli.Export(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func samples(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../data/sample/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	return files
}

func TestExport_Formats(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		args  []string
		check func(t *testing.T, b []byte)
	}{
		{"b.png", []string{"--width", "800", "--height", "450", "--scale", "2"}, func(t *testing.T, b []byte) {
			cfg, err := png.DecodeConfig(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			// Taller than asked when the rows or the event list need it.
			if cfg.Width != 1600 || cfg.Height < 900 {
				t.Errorf("PNG is %d × %d, want 1600 × 900 or taller (800 × 450 at scale 2)", cfg.Width, cfg.Height)
			}
		}},
		{"b.svg", []string{"--title", "Briefing <test>", "--theme", "dark", "--from", "2024-09", "--to", "2024-11"}, func(t *testing.T, b []byte) {
			s := string(b)
			// --to 2024-11 includes all of November.
			if !regexp.MustCompile(`>\d+ of \d+ dated events, 1 September 2024 to 30 November 2024</text>`).MatchString(s) {
				t.Error("SVG lacks the subtitle of the range shown")
			}
			if !regexp.MustCompile(`width="1920" height="(1080|1[0-9]{3}(\.[0-9]+)?|[2-9][0-9]{3}(\.[0-9]+)?)"`).MatchString(s) {
				t.Error("SVG is not 1920 wide and at least 1080 high")
			}
			for _, want := range []string{">Briefing &lt;test&gt;</text>", `fill="#171718"`, "Sources: Dateline sample desk"} {
				if !strings.Contains(s, want) {
					t.Errorf("SVG lacks %q", want)
				}
			}
		}},
		{"b.pdf", []string{"--page", "letter", "--from", "2024-09", "--to", "2024-11"}, func(t *testing.T, b []byte) {
			if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.Contains(b, []byte("/MediaBox [0 0 792.00 612.00]")) {
				t.Errorf("not a Letter landscape PDF: %.200q", b)
			}
			// In CI poppler-utils is installed: let it render the page.
			if _, err := exec.LookPath("pdftoppm"); err != nil {
				t.Log("pdftoppm not installed; PDF not rendered")
				return
			}
			out := filepath.Join(t.TempDir(), "page")
			cmd := exec.Command("pdftoppm", "-png", "-r", "30", "-", out)
			cmd.Stdin = bytes.NewReader(b)
			if msg, err := cmd.CombinedOutput(); err != nil || len(bytes.TrimSpace(msg)) > 0 {
				t.Errorf("pdftoppm: %v %s", err, msg)
			}
			if _, err := os.Stat(out + "-1.png"); err != nil {
				t.Errorf("pdftoppm wrote no page: %v", err)
			}
		}},
		{"b.json", []string{"--title", "Briefing", "--from", "2024-11"}, func(t *testing.T, b []byte) {
			var doc struct {
				Title struct {
					Text struct{ Headline string } `json:"text"`
				} `json:"title"`
				Events []struct {
					Start struct{ Year, Month, Day int } `json:"start_date"`
				} `json:"events"`
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Title.Text.Headline != "Briefing" || len(doc.Events) == 0 {
				t.Fatalf("title %q, %d events", doc.Title.Text.Headline, len(doc.Events))
			}
			// Days before November are out of range; coarser dates may
			// start earlier and still reach into it.
			for _, e := range doc.Events {
				if e.Start.Day != 0 && (e.Start.Year < 2024 || (e.Start.Year == 2024 && e.Start.Month < 11)) {
					t.Errorf("event of %d-%02d-%02d is before --from 2024-11", e.Start.Year, e.Start.Month, e.Start.Day)
				}
			}
		}},
		{"b.ics", nil, func(t *testing.T, b []byte) {
			s := string(b)
			if !strings.HasPrefix(s, "BEGIN:VCALENDAR\r\n") || strings.Count(s, "BEGIN:VEVENT") < 10 {
				t.Errorf("not a calendar of the briefing:\n%.300s", s)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			args := append([]string{"-o", path}, tc.args...)
			code, _, errOut := runExport(t, append(args, samples(t)...)...)
			if code != 0 {
				t.Fatalf("exit %d, stderr %s", code, errOut)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, b)
		})
	}
}

func TestExport_Usage(t *testing.T) {
	article := write(t, "a.txt", []byte(plainArticle))
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no output", []string{article}, 2, "no output file"},
		{"bad extension", []string{"-o", "x.gif", article}, 2, `"x.gif"`},
		{"bad theme", []string{"-o", "x.png", "--theme", "blue", article}, 2, "--theme"},
		{"bad page", []string{"-o", "x.pdf", "--page", "a3", article}, 2, "--page"},
		{"bad group", []string{"-o", "x.pdf", "--group", "topic", article}, 2, "--group"},
		{"bad from", []string{"-o", "x.png", "--from", "autumn", article}, 2, "--from"},
		{"no files", []string{"-o", "x.png"}, 2, "no files"},
		// Sizes are checked before any file is read: a usage error.
		{"too large", []string{"-o", filepath.Join(t.TempDir(), "x.png"), "--width", "7680", "--height", "4320", "--scale", "2", "--published", "2024-11-27", article}, 2, "8K"},
		{"undated", []string{"-o", filepath.Join(t.TempDir(), "x.png"), article}, 1, "--published"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runExport(t, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errOut, tc.code, tc.want)
			}
		})
	}
}

// --group source gives each article a lane headed by its title, as the
// app's View ▸ Group by Source does.
func TestExport_GroupBySource(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lanes.svg")
	files := samples(t)[:2]
	code, _, errOut := runExport(t, append([]string{"-o", path, "--group", "source"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Lane headers are bold text at the lane's left edge (x = pad + 4).
	headers := regexp.MustCompile(`<text x="28" [^>]*font-weight="bold"[^>]*>([^<]+)</text>`).FindAllStringSubmatch(string(b), -1)
	if len(headers) != 2 {
		t.Fatalf("%d lane headers, want one per article: %v", len(headers), headers)
	}
}

func TestExport_Help(t *testing.T) {
	code, out, _ := runExport(t, "--help")
	if code != 0 || !strings.Contains(out, "Usage: dateline export") || !strings.Contains(out, "-scale") {
		t.Errorf("exit %d, help:\n%s", code, out)
	}
}

// A failed export must not clobber an existing file.
func TestExport_KeepsFileOnFailure(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keep.png")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, _ := runExport(t, "-o", path, "--from", "2024-12", "--to", "2024-01", samples(t)[0])
	if code != 1 {
		t.Errorf("exit %d, want 1 for a reversed range", code)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("file now holds %q", b)
	}
}

// The whole range of the briefing is drawn with its empty years compressed,
// so 1999, 2002 and 2019 are each named on the axis beside November 2024;
// --linear draws the plain axis, whose year ticks cannot name the month.
// Every report is drawn (--merge=false), so the axis sees the 37 events
// the ticks were checked against.
func TestExport_CompressedAndLinear(t *testing.T) {
	for _, linear := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "whole.svg")
		args := []string{"-o", path, "--merge=false"}
		if linear {
			args = append(args, "--linear")
		}
		code, _, errOut := runExport(t, append(args, samples(t)...)...)
		if code != 0 {
			t.Fatalf("exit %d, stderr %s", code, errOut)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		years := 0
		for _, y := range []string{">1999<", ">2002<", ">2019<"} {
			if strings.Contains(s, y) {
				years++
			}
		}
		// Only a compressed axis names November next to those years.
		named := years == 3 && strings.Contains(s, ">November 2024<")
		if named == linear {
			t.Errorf("linear %v: 1999, 2002, 2019 and November 2024 all named: %v", linear, named)
		}
	}
}
