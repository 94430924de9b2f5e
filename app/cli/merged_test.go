package cli_test

import (
	"path/filepath"
	"strings"
	"testing"

	json "github.com/goccy/go-json"
)

// mergedEvent is the part of a --merge record the tests read.
type mergedEvent struct {
	Title   string `json:"title"`
	Value   string `json:"value"`
	Sources []struct {
		Value  string `json:"value"`
		Source string `json:"source"`
		Expr   string `json:"expr"`
		Text   string `json:"text"`
	} `json:"sources"`
}

// TestExtract_Merge checks that the two ATACMS reports of the briefing
// print as one event with both sources, dated the day both give (the
// 20 and 21 November 2024 articles' "Tuesday": 19 November).
func TestExtract_Merge(t *testing.T) {
	atacms := "../../data/sample/2024-11-20-atacms-bryansk.md"
	storm := "../../data/sample/2024-11-21-storm-shadow-kursk.md"
	code, out, errOut := run(t, "--merge", atacms, storm)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var events []mergedEvent
	if err := json.Unmarshal([]byte(out), &events); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	var found *mergedEvent
	for i, e := range events {
		if strings.Contains(e.Title, "ATACMS") {
			found = &events[i]
			break
		}
	}
	if found == nil || found.Value != "2024-11-19" || len(found.Sources) != 2 {
		t.Fatalf("ATACMS event = %+v, want 2024-11-19 with two sources", found)
	}
	files := map[string]bool{}
	for _, s := range found.Sources {
		files[filepath.Base(s.Source)] = true
		if !strings.Contains(s.Text, s.Expr) {
			t.Errorf("source sentence %q lacks its expression %q", s.Text, s.Expr)
		}
	}
	if !files[filepath.Base(atacms)] || !files[filepath.Base(storm)] {
		t.Errorf("sources %v, want both files", files)
	}
}

// TestExtract_MergeSameFileTwice checks that a file given twice prints
// what it prints once.
func TestExtract_MergeSameFileTwice(t *testing.T) {
	f := "../../data/sample/2024-11-27-putin-astana-visit.md"
	_, once, _ := run(t, "--merge", f)
	code, twice, errOut := run(t, "--merge", f, f)
	if code != 0 || once != twice {
		t.Errorf("twice (exit %d, %s) differs from once:\n%s\nvs\n%s", code, errOut, twice, once)
	}
}

// TestExtract_MergeText checks the text layout: a numbered block per
// happening, one line per source.
func TestExtract_MergeText(t *testing.T) {
	code, out, errOut := run(t, "--merge", "--format", "text",
		"../../data/sample/2024-11-27-putin-astana-visit.md", "../../data/sample/2024-11-29-csto-summit-without-armenia.md")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	for _, want := range []string{
		"28 Nov 2024  Putin will stay in Astana for the CSTO summit  (2 sources)",
		`   - "CSTO leaders meet in Astana without Armenia" (2024-11-29-csto-summit-without-armenia.md), published 2024-11-29: "Thursday" in`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestExtract_MergeUsage checks the flag combinations --merge refuses.
func TestExtract_MergeUsage(t *testing.T) {
	f := "../../data/sample/2024-11-27-putin-astana-visit.md"
	type testCase struct{ args []string }
	for _, c := range []testCase{
		{[]string{"--merge", "--format", "csv", f}},
		{[]string{"--merge", "--timex", f}},
		{[]string{"--format", "text", f}},
	} {
		if code, _, errOut := run(t, c.args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", c.args, code, errOut)
		}
	}
}
