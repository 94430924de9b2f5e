package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline/dateline/app/cli"
)

// Sizes that would draw nothing, or draw for minutes, are usage errors
// naming the flag, found before any article is read.
func TestExport_BadSizes(t *testing.T) {
	article := write(t, "a.txt", []byte(plainArticle))
	type sizeCase struct {
		flag, value string
	}
	for _, tc := range []sizeCase{
		{"--width", "NaN"}, {"--width", "+Inf"}, {"--width", "-Inf"}, {"--width", "-1"},
		{"--width", "0"}, {"--width", "1e9"}, {"--width", "twelve"},
		{"--height", "NaN"}, {"--height", "Inf"}, {"--height", "-5"}, {"--height", "0"}, {"--height", "1e12"},
		{"--scale", "NaN"}, {"--scale", "+Inf"}, {"--scale", "-2"}, {"--scale", "0"}, {"--scale", "1000"},
	} {
		t.Run(tc.flag+"="+tc.value, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "x.svg")
			code, _, errOut := runExport(t, "-o", out, tc.flag, tc.value, "--published", "2024-11-27", article)
			if code != 2 || !strings.Contains(errOut, tc.flag[1:]) || !strings.Contains(errOut, tc.value) {
				t.Errorf("exit %d, stderr %q; want exit 2 naming %s and %q", code, errOut, tc.flag, tc.value)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a file was written")
			}
		})
	}
}

// Flags may follow the files, for both subcommands (they share parse);
// "--" ends the flags, so what follows is a file even if it starts with a
// dash.
func TestFlagsAnywhere(t *testing.T) {
	article := write(t, "a.txt", []byte(plainArticle))
	dir := t.TempDir()
	type anywhereCase struct {
		name string
		run  func(args []string, stdout, stderr *bytes.Buffer) int
		args []string
		code int
		// want is in stdout or stderr.
		want string
	}
	extract := func(args []string, o, e *bytes.Buffer) int { return cli.Extract(args, o, e) }
	export := func(args []string, o, e *bytes.Buffer) int { return cli.Export(args, o, e) }
	for _, tc := range []anywhereCase{
		{"extract csv after file", extract, []string{article, "--published", "2024-11-27", "--format", "csv"}, 0, "title,value,"},
		{"extract flag between files", extract, []string{article, "--format=csv", article, "--published", "2024-11-27"}, 0, "title,value,"},
		{"extract bad flag after file", extract, []string{article, "--formt", "csv"}, 2, "-formt"},
		{"extract -- ends flags", extract, []string{"--published", "2024-11-27", "--", article, "--format"}, 0, `import "--format"`},
		{"export title value --", export, []string{article, "--published", "2024-11-27", "--title", "--", "-o", filepath.Join(dir, "t.svg")}, 0, ""},
		{"export -o after files", export, []string{article, "-o", filepath.Join(dir, "x.svg"), "--published", "2024-11-27"}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := tc.run(tc.args, &out, &errOut)
			got := out.String() + errOut.String()
			if code != tc.code || !strings.Contains(got, tc.want) {
				t.Errorf("exit %d, output %q, stderr %q; want exit %d with %q", code, out.String(), errOut.String(), tc.code, tc.want)
			}
		})
	}
	for _, name := range []string{"x.svg", "t.svg"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("-o after the files: %v", err)
		}
	}
}

// A missing output folder is named as the user gave it, for images and
// data alike; the temporary file never shows.
func TestExport_MissingFolder(t *testing.T) {
	article := write(t, "a.txt", []byte(plainArticle))
	for _, name := range []string{"x.png", "x.svg", "x.ics", "x.json"} {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "no such folder", name)
			code, _, errOut := runExport(t, "-o", out, "--published", "2024-11-27", article)
			if code != 1 || !strings.Contains(errOut, `"`+out+`"`) || strings.Contains(errOut, ".tmp") {
				t.Errorf("exit %d, stderr %q; want exit 1 naming %q and no temporary file", code, errOut, out)
			}
		})
	}
}
