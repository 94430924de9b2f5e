package format_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/format"
)

// TestReadArticle_Published checks that every reader dates an article by
// the one finder in package timex: plain text, Markdown without a front
// matter date, and HTML without date metadata. Dates checked against a
// calendar.
func TestReadArticle_Published(t *testing.T) {
	type testCase struct {
		name, file, src, want string
	}
	cases := []testCase{
		{"text updated", "a.txt", "Headline\nUpdated: 27.11.2024\n\nVoters went to the polls on Sunday.", "2024-11-27"},
		{"text byline", "a.txt", "Headline\nBy Staff reporter · 27 November 2024\n\nText.", "2024-11-27"},
		{"markdown body", "a.md", "# Headline\n\nPublished Nov. 27, 2024\n\nText.", "2024-11-27"},
		{"markdown year only", "a.md", "---\ntitle: T\ndate: 2024\n---\nASTANA, Nov 27 (AP) — Putin arrived on Wednesday.", "2024-11-27"},
		{"markdown month", "a.md", "---\ntitle: T\ndate: 2024-11\n---\nASTANA, Nov 27 (AP) — Putin arrived.", "2024-11-27"},
		{"html text", "a.html", "<html><body><article><p>ASTANA, Nov. 27, 2024 (Reuters) – Putin arrived.</p></article></body></html>", "2024-11-27"},
		{"yearless without hint", "a.txt", "ASTANA, Nov 27 (AP) — Putin arrived.", ""},
	}
	for _, c := range cases {
		a, err := format.ReadArticle(c.file, strings.NewReader(c.src))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := dayOrNone(a.Published); got != c.want {
			t.Errorf("%s: Published = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestLoad_YearlessDateline checks that a wire dateline without a year
// takes its year from the year LoadArticles is given (--published's), or
// else from the file's modification time (the year before when the day
// would come after it).
func TestLoad_YearlessDateline(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wire.txt")
	text := "WASHINGTON, June 12 (Reuters) - The Senate passed the bill on Tuesday.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	as, err := format.LoadArticles(context.Background(), path, 2023)
	if len(as) != 1 || dayOrNone(as[0].Published) != "2023-06-12" {
		t.Fatalf("in year 2023: articles %v, error %v", as, err)
	}
	type testCase struct {
		modified time.Time
		want     string
	}
	for _, c := range []testCase{
		{time.Date(2024, 7, 1, 9, 0, 0, 0, time.UTC), "2024-06-12"},
		{time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), "2024-06-12"}, // June 12 had not come yet in 2025
	} {
		if err := os.Chtimes(path, c.modified, c.modified); err != nil {
			t.Fatal(err)
		}
		a, err := format.LoadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := dayOrNone(a.Published); got != c.want {
			t.Errorf("modified %s: Published = %q, want %q", c.modified.Format(time.DateOnly), got, c.want)
		}
	}
}

func dayOrNone(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
