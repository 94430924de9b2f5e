package cli_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/dateline/dateline/app/cli"
)

const plainArticle = "Kazakhstan holds nuclear vote\n\nVoters in Kazakhstan backed plans for the country's first nuclear power plant on Sunday, the election commission said.\n"

// run calls the extract command and returns its exit status and streams.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := cli.Extract(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func write(t *testing.T, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtract_JSONFields(t *testing.T) {
	code, out, errOut := run(t, "../../data/sample/2024-11-27-putin-astana-visit.md")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var events []map[string]any
	if err := json.Unmarshal([]byte(out), &events); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	if len(events) < 4 {
		t.Fatalf("only %d events", len(events))
	}
	for _, e := range events {
		for _, key := range []string{"title", "value", "start", "end", "expr", "text", "source", "published", "precision"} {
			if _, ok := e[key]; !ok {
				t.Errorf("event lacks %q: %v", key, e)
			}
		}
		if e["published"] != "2024-11-27" {
			t.Errorf("published = %v, want the front matter's 2024-11-27", e["published"])
		}
		if !strings.HasSuffix(e["source"].(string), "putin-astana-visit.md") {
			t.Errorf("source = %v", e["source"])
		}
	}
	byValue := map[string]map[string]any{}
	for _, e := range events {
		byValue[e["value"].(string)] = e
	}
	week, ok := byValue["2024-W47"]
	if !ok {
		t.Fatalf("no 2024-W47 event in %v", events)
	}
	if week["start"] != "2024-11-18" || week["end"] != "2024-11-24" || week["expr"] != "last week" {
		t.Errorf("week event = %v", week)
	}
}

func TestExtract_Published(t *testing.T) {
	txt := write(t, "vote.txt", []byte(plainArticle))

	code, out, errOut := run(t, txt)
	if code != 1 || !strings.Contains(errOut, "vote.txt") || !strings.Contains(errOut, "no publication date") {
		t.Errorf("undated article: exit %d, stderr %q; want exit 1 naming the file", code, errOut)
	}
	if strings.Contains(out, "value") {
		t.Errorf("undated article printed events: %s", out)
	}

	code, out, errOut = run(t, "--published", "2024-10-08", txt)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	// Sunday before Tuesday 8 October 2024 is 6 October (calendar).
	if !strings.Contains(out, `"value": "2024-10-06"`) || !strings.Contains(out, `"published": "2024-10-08"`) {
		t.Errorf("want Sunday resolved to 2024-10-06:\n%s", out)
	}

	if code, _, _ := run(t, "--published", "8 Oct", txt); code != 2 {
		t.Errorf("bad --published: exit %d, want 2", code)
	}
}

func TestExtract_BadInput(t *testing.T) {
	good := write(t, "good.txt", []byte(plainArticle))
	bad := map[string]string{
		"binary.txt": "not text",
		"empty.txt":  "empty",
		"latin1.txt": "UTF-8",
		"gone.txt":   "gone.txt",
	}
	binary := write(t, "binary.txt", []byte("\x00\x01\x02PK\x03\x04\x00\x00\x00binary"))
	empty := write(t, "empty.txt", []byte("  \n\n"))
	latin1 := write(t, "latin1.txt", []byte("Caf\xe9 opened on Monday in Almaty.\n"))
	gone := filepath.Join(t.TempDir(), "gone.txt")

	code, out, errOut := run(t, "--published", "2024-10-08", binary, good, empty, latin1, gone)
	if code != 0 {
		t.Errorf("exit %d with one good file, want 0", code)
	}
	if !strings.Contains(out, "2024-10-06") {
		t.Errorf("the good file's event is missing:\n%s", out)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != len(bad) {
		t.Errorf("want one error line per bad file, got:\n%s", errOut)
	}
	for name, want := range bad {
		found := false
		for _, l := range lines {
			if strings.Contains(l, name) && strings.Contains(l, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no error naming %s with %q in:\n%s", name, want, errOut)
		}
	}

	if code, _, _ := run(t, binary, empty); code != 1 {
		t.Errorf("nothing usable: exit %d, want 1", code)
	}
}

func TestExtract_CSV(t *testing.T) {
	code, out, errOut := run(t, "--format", "csv", "../../data/sample/2024-11-27-putin-astana-visit.md")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "title,value,mod,start,end,precision") {
		t.Errorf("header = %q", lines[0])
	}
	if !strings.Contains(out, "2024-W47,,2024-11-18,2024-11-24,week") {
		t.Errorf("no week row in:\n%s", out)
	}
	if code, _, _ := run(t, "--format", "xml", "x.md"); code != 2 {
		t.Errorf("unknown format: exit %d, want 2", code)
	}
}

func TestExtract_Timex(t *testing.T) {
	path := "../../data/sample/2024-11-27-putin-astana-visit.md"
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "--timex", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var timexes []struct {
		Start, End              int
		Text, Type, Value, Rule string
	}
	if err := json.Unmarshal([]byte(out), &timexes); err != nil {
		t.Fatal(err)
	}
	if len(timexes) < 4 {
		t.Fatalf("only %d expressions", len(timexes))
	}
	for _, x := range timexes {
		if x.Start < 0 || x.End > len(file) || string(file[x.Start:x.End]) != x.Text {
			t.Errorf("%q at [%d,%d) does not match the file", x.Text, x.Start, x.End)
		}
		if x.Type == "" || x.Value == "" || x.Rule == "" {
			t.Errorf("expression %q lacks type, value or rule", x.Text)
		}
	}
}

func TestExtract_Help(t *testing.T) {
	code, out, _ := run(t, "--help")
	if code != 0 || !strings.Contains(out, "--published") || !strings.Contains(out, "TIMEX3") ||
		!strings.Contains(out, "--explain") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t); code != 2 {
		t.Errorf("no files: exit %d, want 2", code)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestExtract_Explain compares --explain on a short article of our own with
// testdata/explain.golden (go test -update rewrites it), then checks on the
// sample article that every block is complete and its offsets match the
// file.
func TestExtract_Explain(t *testing.T) {
	code, out, errOut := run(t, "--explain", "testdata/explain.md")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden := "testdata/explain.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("--explain output differs from %s:\ngot:\n%s\nwant:\n%s", golden, out, want)
	}

	path := "../../data/sample/2024-11-27-putin-astana-visit.md"
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, _ := run(t, "--explain", "--timex", path); code != 2 {
		t.Errorf("--explain with --timex: exit %d, want 2", code)
	}
	code, out, errOut = run(t, "--explain", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	blocks := strings.Split(out, "\n\n")[1:]
	if len(blocks) < 4 {
		t.Fatalf("only %d blocks:\n%s", len(blocks), out)
	}
	for _, b := range blocks {
		checkBlock(t, file, b)
	}
}

// checkBlock checks one --explain block: a quoted expression whose offsets
// give that text in the file, then every field in order.
func checkBlock(t *testing.T, file []byte, block string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(block, "\n"), "\n")
	var text string
	var start, end int
	if _, err := fmt.Sscanf(lines[0], "%q [%d,%d)", &text, &start, &end); err != nil {
		t.Errorf("block head %q: %v", lines[0], err)
		return
	}
	if start < 0 || end > len(file) || start >= end || string(file[start:end]) != text {
		t.Errorf("%q at [%d,%d) does not match the file", text, start, end)
	}
	fields := []string{"value", "rule", "anchor", "verb", "tense", "notes"}
	if len(lines) < 1+len(fields) {
		t.Errorf("block %q has %d lines, want at least %d", text, len(lines), 1+len(fields))
		return
	}
	for i, f := range fields {
		if got := strings.Fields(lines[1+i]); len(got) < 2 || got[0] != f {
			t.Errorf("block %q line %d = %q, want field %s with a value", text, i+1, lines[1+i], f)
		}
	}
}
