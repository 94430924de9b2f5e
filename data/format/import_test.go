package format_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
	"github.com/dateline/dateline/data/internal/budget"
)

// update rewrites the golden files under testdata instead of comparing.
var update = flag.Bool("update", false, "rewrite golden files in testdata")

// readCase is one article file and what ReadArticle should make of it.
type readCase struct {
	name      string
	in        string
	title     string
	published string // YYYY-MM-DD, or "" for none
	outlet    string
	text      string // the expected text, or a prefix of it ending in "…"
	offset    int
	warning   string // the warning that comes with the article, or ""
}

// readCases cover each format. Dates were checked against a calendar.
var readCases = []readCase{
	{
		name:      "putin.md",
		in:        "---\ntitle: \"Putin arrives in Astana\"\ndate: 2024-11-27\nsource: Dateline sample desk\n---\nASTANA — Putin arrives on Wednesday.\n",
		title:     "Putin arrives in Astana",
		published: "2024-11-27",
		outlet:    "Dateline sample desk",
		text:      "ASTANA — Putin arrives on Wednesday.\n",
		offset:    87,
	},
	{
		name:      "rfc3339.markdown",
		in:        "---\ntitle: 'It''s late in New York'\ndate: 2024-11-27T23:30:00-05:00\n---\nBody.",
		title:     "It's late in New York",
		published: "2024-11-27", // the calendar date as written, not UTC's 28th
		text:      "Body.",
		offset:    72,
	},
	{
		name:      "written-date.md",
		in:        "---\ntitle: Summit # a comment\ndate: \"November 28, 2024\"\noutlet: Wire\nauthor:\n  - someone\n---\nText.",
		title:     "Summit",
		published: "2024-11-28",
		outlet:    "Wire",
		text:      "Text.",
		offset:    93,
	},
	{
		name:   "heading.md",
		in:     "Some intro line\n\n# The real headline\n\nBody text.\n",
		title:  "The real headline",
		text:   "Some intro line\n\n# The real headline\n\nBody text.\n",
		offset: 0,
	},
	{
		name:      "crlf.md",
		in:        "---\r\ntitle: Windows\r\ndate: 2024-10-07\r\n---\r\nLine one.\r\n",
		title:     "Windows",
		published: "2024-10-07",
		text:      "Line one.\r\n",
		offset:    44,
	},
	{
		name:   "unclosed.md",
		in:     "---\ntitle: never closed\nBody.",
		title:  "title: never closed",
		text:   "---\ntitle: never closed\nBody.",
		offset: 0,
		// Issue 10: this was read silently as body.
		warning: `data: import "unclosed.md": warning: line 1: front matter opened with "---" never closes; read as text`,
	},
	{
		name:      "unclosed.txt",
		in:        "---\ntitle: Never closes\ndate: 2024-03-04\n\nThe vote was on 5 May 2023.\n",
		title:     "title: Never closes",
		published: "2024-03-04",
		text:      "---\ntitle: Never closes\ndate: 2024-03-04\n\nThe vote was on 5 May 2023.\n",
		warning:   `data: import "unclosed.txt": warning: line 1: front matter opened with "---" never closes; read as text`,
	},
	{
		name:  "rule.txt",
		in:    "---\nA rule, not front matter: no warning.\n",
		title: "A rule, not front matter: no warning.",
		text:  "---\nA rule, not front matter: no warning.\n",
	},
	{
		name:      "bom.md",
		in:        "\ufeff---\ntitle: With BOM\ndate: 2024-10-04\n---\nBody.",
		title:     "With BOM",
		published: "2024-10-04",
		text:      "Body.",
		offset:    3 + 41,
	},
	{
		name:      "notes.txt",
		in:        "\n  Kazakhstan votes on nuclear power  \nPublished: 6 October 2024\n\nVoters went to the polls on Sunday.",
		title:     "Kazakhstan votes on nuclear power",
		published: "2024-10-06",
		text:      "\n  Kazakhstan votes on nuclear power  \nPublished: 6 October 2024\n\nVoters went to the polls on Sunday.",
		offset:    0,
	},
	{
		name:      "saved-as.txt",
		in:        "---\ntitle: Markdown saved as text\ndate: 2024-10-15\n---\nBody.",
		title:     "Markdown saved as text",
		published: "2024-10-15",
		text:      "Body.",
		offset:    55,
	},
	{
		name:   "rule.txt",
		in:     "---\nnot: front matter we know\n---\nBody.",
		title:  "not: front matter we know",
		text:   "---\nnot: front matter we know\n---\nBody.",
		offset: 0,
	},
	{
		name:      "wire.txt",
		in:        "ASTANA, Nov. 27, 2024 (Reuters) – Putin arrived on Wednesday.",
		title:     "ASTANA, Nov. 27, 2024 (Reuters) – Putin arrived on Wednesday.",
		published: "2024-11-27",
		text:      "ASTANA, Nov. 27, 2024 (Reuters) – Putin arrived on Wednesday.",
	},
	{
		name:      "copied page under a menu",
		in:        "Skip to main content\nSign in\nHome\nNews\nWorld\nWorld | Africa\nKenya passes finance bill\nBy Ann Lee\nPublished 26 June 2024\nLawmakers voted on Tuesday.\n",
		title:     "Kenya passes finance bill",
		published: "2024-06-26",
		text:      "Skip to main content\nSign in\nHome\nNews\nWorld\nWorld | Africa\nKenya passes finance bill\nBy Ann Lee\nPublished 26 June 2024\nLawmakers voted on Tuesday.\n",
	},
	{
		name:      "short headline over a byline",
		in:        "Storm hits coast\nBy Ann Lee\nPublished 26 June 2024\nGales came on Tuesday.\n",
		title:     "Storm hits coast",
		published: "2024-06-26",
		text:      "Storm hits coast\nBy Ann Lee\nPublished 26 June 2024\nGales came on Tuesday.\n",
	},
	{
		name:      "first-line-date",
		in:        "Wednesday, 27 November 2024\nPutin in Astana\n",
		title:     "Putin in Astana", // the date line over the headline is furniture
		published: "2024-11-27",
		text:      "Wednesday, 27 November 2024\nPutin in Astana\n",
	},
	{
		name:  "undated.txt",
		in:    "A title\nThe war began on 24 February 2022, years ago.\n",
		title: "A title",
		text:  "A title\nThe war began on 24 February 2022, years ago.\n",
	},
	{
		name:      "page.html",
		in:        "<html><head><title>Summit</title><meta name=\"date\" content=\"2024-11-28\"></head><body><p>Leaders met.</p><p>On &amp; on.</p></body></html>",
		title:     "Summit",
		published: "2024-11-28",
		text:      "Leaders met.\n\nOn & on.",
		offset:    -1,
	},
	{
		name:   "sniffed.txt",
		in:     "  <!DOCTYPE html><h1>Sniffed</h1><p>Body.</p>",
		title:  "Sniffed",
		text:   "Sniffed\n\nBody.",
		offset: -1,
	},
	{
		name:   "https://example.com/news/story.htm?id=3#top",
		in:     "<h1>From a URL</h1><p>Body.</p>",
		title:  "From a URL",
		text:   "From a URL\n\nBody.",
		offset: -1,
	},
	{
		name:      "utf16.txt",
		in:        utf16LE("Title\nPublished 27 November 2024\nBody — text."),
		title:     "Title",
		published: "2024-11-27",
		text:      "Title\nPublished 27 November 2024\nBody — text.",
		offset:    -1,
	},
	{
		name:  "long.txt",
		in:    strings.Repeat("word ", 40) + "\nBody.",
		title: strings.TrimSpace(strings.Repeat("word ", 23)) + "…",
		text:  strings.Repeat("word ", 40) + "\nBody.",
	},
}

// utf16LE encodes s as UTF-16, little-endian, with a byte-order mark.
func utf16LE(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		if r > 0xFFFF {
			panic("test helper handles the BMP only")
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func TestReadArticle(t *testing.T) {
	for _, tc := range readCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := format.ReadArticle(tc.name, strings.NewReader(tc.in))
			switch {
			case tc.warning == "" && err != nil:
				t.Fatal(err)
			case tc.warning != "" && (err == nil || err.Error() != tc.warning || !errors.Is(err, data.ErrWarning)):
				t.Errorf("error %v, want warning %q", err, tc.warning)
			}
			if a == nil {
				t.Fatal("no article")
			}
			if a.Title != tc.title {
				t.Errorf("Title = %q, want %q", a.Title, tc.title)
			}
			if got := dateString(a.Published); got != tc.published {
				t.Errorf("Published = %q, want %q", got, tc.published)
			}
			if a.Outlet != tc.outlet {
				t.Errorf("Outlet = %q, want %q", a.Outlet, tc.outlet)
			}
			if a.Source != tc.name {
				t.Errorf("Source = %q, want %q", a.Source, tc.name)
			}
			if a.Text != tc.text {
				t.Errorf("Text = %q, want %q", a.Text, tc.text)
			}
			if a.Offset != tc.offset {
				t.Errorf("Offset = %d, want %d", a.Offset, tc.offset)
			}
			checkArticle(t, []byte(tc.in), a)
		})
	}
}

// dateString formats a publication date, "" when unknown.
func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// checkArticle asserts what must hold of every article read from file:
// valid UTF-8, a publication date at UTC midnight, and an Offset that
// points at Text inside the file.
func checkArticle(t *testing.T, file []byte, a *data.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Outlet) {
		t.Fatalf("invalid UTF-8 in article %+v", a)
	}
	if p := a.Published; !p.IsZero() && (p.Location() != time.UTC || !p.Equal(p.Truncate(24*time.Hour))) {
		t.Fatalf("Published = %v, want UTC midnight", p)
	}
	if a.Offset < -1 || a.Offset > len(file) {
		t.Fatalf("Offset %d out of range [-1, %d]", a.Offset, len(file))
	}
	if a.Offset >= 0 {
		end := a.Offset + len(a.Text)
		if end > len(file) || string(file[a.Offset:end]) != a.Text {
			t.Fatalf("file[%d:%d] is not Text", a.Offset, end)
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		t.Fatalf("empty Text")
	}
}

// errorCase is an article file that cannot be read, and how ReadArticle
// should say so.
type errorCase struct {
	label string
	name  string
	in    func() *bytesReader
	err   error  // the sentinel errors.Is must find
	msg   string // the whole message
}

// bytesReader adapts a byte slice or a failing reader for the table.
type bytesReader = bytes.Reader

func TestReadArticle_errors(t *testing.T) {
	from := func(s string) func() *bytesReader { return func() *bytesReader { return bytes.NewReader([]byte(s)) } }
	cases := []errorCase{
		{"empty", "empty.txt", from(""), data.ErrEmpty, `data: import "empty.txt": empty`},
		{"white space", "blank.md", from(" \n\t\r\n\u00a0 "), data.ErrEmpty, `data: import "blank.md": empty (only white space)`},
		{"bom only", "bom.txt", from("\ufeff"), data.ErrEmpty, `data: import "bom.txt": empty (only white space)`},
		{"NUL bytes", "notes.bin", from("PK\x03\x04\x00\x00rest"), data.ErrNotText, `data: import "notes.bin": not text (binary data)`},
		{"control characters", "ctl.txt", from("a\x01\x02\x03\x04b\x05\x06c"), data.ErrNotText, `data: import "ctl.txt": not text (binary data)`},
		{"latin-1", "latin1.txt", from("Caf\xe9 au lait"), data.ErrInvalidUTF8, `data: import "latin1.txt": not valid UTF-8 at byte 3`},
		{"truncated rune after BOM", "cut.md", from("\ufeffab\xe2\x80"), data.ErrInvalidUTF8, `data: import "cut.md": not valid UTF-8 at byte 5`},
		{"front matter only", "meta.md", from("---\ntitle: T\n---\n \n"), data.ErrEmpty, `data: import "meta.md": empty (no text after the front matter)`},
		{"html without text", "empty.html", from("<html><head><title>T</title></head><body><script>x()</script></body></html>"), data.ErrEmpty, `data: import "empty.html": empty (no article text in the HTML)`},
	}
	for _, tc := range cases {
		t.Run(tc.label, func(t *testing.T) {
			a, err := format.ReadArticle(tc.name, tc.in())
			checkError(t, a, err, tc.err, tc.msg)
		})
	}
}

// checkError asserts that err is an *ImportError wrapping want with the
// message msg, and that no article came with it.
func checkError(t *testing.T, a *data.Article, err, want error, msg string) {
	t.Helper()
	if a != nil || err == nil {
		t.Fatalf("got article %+v, err %v; want error %q", a, err, msg)
	}
	var ie *data.ImportError
	if !errors.As(err, &ie) {
		t.Errorf("error %T is not an *ImportError", err)
	}
	if want != nil && !errors.Is(err, want) {
		t.Errorf("errors.Is(%v, %v) = false", err, want)
	}
	if msg != "" && err.Error() != msg {
		t.Errorf("message %q, want %q", err.Error(), msg)
	}
}

// endless is a reader of endless text, to feed more than MaxArticleSize
// without building it in memory first.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadArticle_tooLarge(t *testing.T) {
	a, err := format.ReadArticle("huge.txt", endless{})
	checkError(t, a, err, data.ErrTooLarge, `data: import "huge.txt": too large (over 64 MB)`)
}

func TestReadArticle_readError(t *testing.T) {
	cause := errors.New("connection reset")
	a, err := format.ReadArticle("remote.txt", iotest.ErrReader(cause))
	checkError(t, a, err, cause, `data: import "remote.txt": read: connection reset`)
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.md")
	in := "---\ntitle: On disk\ndate: 2024-11-20\n---\nUkraine fired missiles on Tuesday.\n"
	if err := os.WriteFile(path, []byte(in), 0o600); err != nil {
		t.Fatal(err)
	}
	a, err := format.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "On disk" || a.Source != path || dateString(a.Published) != "2024-11-20" {
		t.Errorf("got %+v", a)
	}
	checkArticle(t, []byte(in), a)
}

func TestLoadFile_errors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	a, err := format.LoadFile(missing)
	checkError(t, a, err, fs.ErrNotExist, "")
	if !strings.HasPrefix(err.Error(), fmt.Sprintf("data: import %q: ", missing)) {
		t.Errorf("message %q does not name the file", err)
	}
	a, err = format.LoadFile(dir)
	checkError(t, a, err, nil, "")

	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: the size check must not need to read it.
	if err := f.Truncate(format.MaxArticleSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	a, err = format.LoadFile(big)
	checkError(t, a, err, data.ErrTooLarge, "")
}

// TestReadArticle_html compares what ReadArticle extracts from the HTML
// fixtures in testdata/html with their golden files; -update rewrites
// them.
func TestReadArticle_html(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			in, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a, err := format.ReadArticle(filepath.Base(file), bytes.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, in, a)
			got := fmt.Sprintf("title: %s\noutlet: %s\npublished: %s\noffset: %d\n---\n%s\n",
				a.Title, a.Outlet, dateString(a.Published), a.Offset, a.Text)
			compareGolden(t, file, got)
		})
	}
}

// fuzzNames are the file names the fuzzer picks from, one per format.
var fuzzNames = []string{"a.md", "a.txt", "a.html", "a", "https://x.test/a.htm?q=1"}

// FuzzReadArticle feeds ReadArticle arbitrary files under each format's
// name. It must never panic; an error must be an *ImportError; an article
// must satisfy checkArticle; and it must keep within the work budget, also
// with the input repeated to 32 KB.
func FuzzReadArticle(f *testing.F) {
	for _, tc := range readCases {
		f.Add(uint8(0), []byte(tc.in))
		f.Add(uint8(2), []byte(tc.in))
	}
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, file := range fixtures {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(uint8(2), b)
		}
	}
	f.Add(uint8(1), []byte("\xff\xfeT\x00i\x00"))
	f.Add(uint8(1), []byte("\xfe\xff\x00T\x00"))
	f.Fuzz(func(t *testing.T, kind uint8, in []byte) {
		name := fuzzNames[int(kind)%len(fuzzNames)]
		var a *data.Article
		var err error
		budget.Time(t, "ReadArticle", func() { a, err = format.ReadArticle(name, bytes.NewReader(in)) })
		budget.Grown(t, "ReadArticle", in, func(in []byte) { format.ReadArticle(name, bytes.NewReader(in)) })
		if err != nil {
			var ie *data.ImportError
			if !errors.As(err, &ie) || ie.Name != name {
				t.Fatalf("error %v is not an *ImportError naming %q", err, name)
			}
			if (a != nil) != errors.Is(err, data.ErrWarning) {
				t.Fatalf("article %v with error %v: only a warning comes with an article", a != nil, err)
			}
			if a == nil {
				return
			}
		}
		checkArticle(t, in, a)
	})
}

// TestReadArticle_deepHTML checks that markup nested far deeper than any
// real page still yields its text, and quickly: the tree builder would
// take minutes over these 200,000 levels, so the tokenizer reads them.
func TestReadArticle_deepHTML(t *testing.T) {
	in := "<title>Deep</title><meta name=date content=2024-11-21>" +
		strings.Repeat("<div>", 200000) + "<p>Russia fired a missile on Thursday.<p>More<br>text"
	a, err := format.ReadArticle("deep.html", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "Russia fired a missile on Thursday.\n\nMore\ntext"
	if a.Title != "Deep" || a.Text != want || dateString(a.Published) != "2024-11-21" {
		t.Errorf("got title %q, text %q, published %s; want Deep, %q, 2024-11-21", a.Title, a.Text, dateString(a.Published), want)
	}
}

func ExampleReadArticle() {
	const file = "---\ntitle: Putin arrives in Astana\ndate: 2024-11-27\nsource: Dateline sample desk\n---\nASTANA — Putin arrives on Wednesday.\n"
	a, err := format.ReadArticle("astana.md", strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.Published.Format(time.DateOnly), "|", a.Outlet)
	fmt.Printf("%q at byte %d\n", a.Text, a.Offset)

	_, err = format.ReadArticle("notes.bin", strings.NewReader("PK\x03\x04\x00\x00"))
	fmt.Println(err, errors.Is(err, data.ErrNotText))
	// Output:
	// Putin arrives in Astana | 2024-11-27 | Dateline sample desk
	// "ASTANA — Putin arrives on Wednesday.\n" at byte 85
	// data: import "notes.bin": not text (binary data) true
}

func BenchmarkReadArticle(b *testing.B) {
	for _, name := range []string{"news-article.html", "no-paragraphs.html"} {
		in, err := os.ReadFile(filepath.Join("testdata", "html", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, err := format.ReadArticle(name, bytes.NewReader(in)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	md := []byte("---\ntitle: T\ndate: 2024-11-27\n---\n" + strings.Repeat("Putin arrives in Astana on Wednesday for a state visit. ", 100))
	b.Run("markdown", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(md)))
		for b.Loop() {
			if _, err := format.ReadArticle("a.md", bytes.NewReader(md)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
