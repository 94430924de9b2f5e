package format

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/dateline/dateline/data/internal/budget"
)

// ldCase is a JSON-LD block and what readJSONLD should read from it.
type ldCase struct {
	name, src string
	want      ldArticle
}

func TestReadJSONLD(t *testing.T) {
	cases := []ldCase{
		{"news article", `{"@type":"NewsArticle","headline":"Quay works","datePublished":"2025-03-04","author":{"@type":"Person","name":"A. Writer"},"publisher":{"name":"The Ledger"}}`,
			ldArticle{true, "2025-03-04", "Quay works", "A. Writer", "The Ledger"}},
		{"graph with a web page first", `{"@graph":[{"@type":"WebPage","datePublished":"2019-01-01"},{"@type":["Article","NewsArticle"],"datePublished":"2025-02-12"}]}`,
			ldArticle{found: true, published: "2025-02-12"}},
		{"array of objects", `[{"@type":"WebSite","name":"x"},{"@type":"BlogPosting","datePublished":"2024-05-01","author":["Ann","Bo"]}]`,
			ldArticle{found: true, published: "2024-05-01", author: "Ann, Bo"}},
		{"only a dated object", `{"@type":"Thing","datePublished":"2023-09-09"}`, ldArticle{found: true, published: "2023-09-09"}},
		{"author as a profile link", `{"@type":"Article","author":"https://news.example/staff/7"}`, ldArticle{found: true}},
		{"CDATA markers", "<![CDATA[{\"@type\":\"Article\",\"datePublished\":\"2022-02-02\"}]]>", ldArticle{found: true, published: "2022-02-02"}},
		{"not JSON", `{"@type":"Article",`, ldArticle{}},
		{"no article", `{"@type":"Organization","name":"x"}`, ldArticle{}},
	}
	for _, c := range cases {
		if got := readJSONLD(c.src); got != c.want {
			t.Errorf("%s: readJSONLD = %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestWithoutSiteName(t *testing.T) {
	type titleCase struct{ in, want string }
	for _, c := range []titleCase{
		{"Maritime museum reopens after a rebuild | Arts & Letters", "Maritime museum reopens after a rebuild"},
		{"Ferry fares rise - The Ledger", "Ferry fares rise"},
		{"Q&A | Site", "Q&A | Site"},
		{"Plain headline", "Plain headline"},
	} {
		if got := withoutSiteName(c.in); got != c.want {
			t.Errorf("withoutSiteName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// timeCase is a page and the <time> values readHTMLMeta should keep.
type timeCase struct {
	name, src     string
	timePub, time string
}

func TestReadHTMLMeta_times(t *testing.T) {
	cases := []timeCase{
		{"pubdate wins over an earlier time", `<p><time datetime="2025-01-01">x</time><time pubdate datetime="2025-02-02">y</time></p>`, "2025-02-02", "2025-01-01"},
		{"an update time is neither", `<time class="updated" datetime="2025-03-03">u</time><time datetime="2025-02-02">p</time>`, "", "2025-02-02"},
		{"a rail's time is another story's", `<div class="related-rail"><time datetime="2024-01-01">r</time></div><p><time datetime="2025-02-02">p</time></p>`, "", "2025-02-02"},
		{"an aside's time too", `<aside><time datetime="2024-01-01">r</time></aside>`, "", ""},
		{"a body class never hides the story", `<body class="has-breaking-banner"><time datetime="2025-02-02">p</time></body>`, "", "2025-02-02"},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(c.src))
		if err != nil {
			t.Fatal(err)
		}
		m := readHTMLMeta(doc)
		if m.timePub != c.timePub || m.time != c.time {
			t.Errorf("%s: timePub %q, time %q; want %q, %q", c.name, m.timePub, m.time, c.timePub, c.time)
		}
	}
}

// FuzzReadHTMLMeta feeds the metadata reader arbitrary pages and JSON-LD.
// It must not panic, must finish within budget.Limit (real pages take well under a
// millisecond; a slower input is a slow path a page could be made of), and must give UTF-8
// fields for UTF-8 input.
func FuzzReadHTMLMeta(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, c := range []string{
		`<script type="application/ld+json">{"@graph":[[[[{"@type":"Article","datePublished":"2025-01-01"}]]]]}</script>`,
		`<script type="application/ld+json">[` + strings.Repeat(`{"@graph":[`, 50) + `]</script>`,
		`<meta property="article:published_time" content="2025-13-45"><time pubdate datetime="yesterday">`,
		`<script type="application/ld+json">{"author":[` + strings.Repeat(`{"name":"x"},`, 100) + `{}]}</script>`,
	} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if tooDeep(src) {
			return // read by flatHTML, which keeps no tree
		}
		var title, author, outlet string
		var published time.Time
		parsed := true
		budget.Time(t, fmt.Sprintf("reading the metadata of %d bytes", len(src)), func() {
			doc, err := html.Parse(strings.NewReader(src))
			if err != nil {
				parsed = false
				return
			}
			m := readHTMLMeta(doc)
			published = htmlPublished(m, src)
			title, author, outlet = htmlTitle(m), htmlAuthor(m), htmlOutlet(m)
		})
		if !parsed {
			return
		}
		if !published.IsZero() && (published.Hour() != 0 || published.Location() != time.UTC) {
			t.Errorf("published %v is not a UTC midnight", published)
		}
		if utf8.ValidString(src) {
			for _, s := range []string{title, author, outlet} {
				if !utf8.ValidString(s) {
					t.Errorf("field %q is not UTF-8", s)
				}
			}
		}
	})
}
