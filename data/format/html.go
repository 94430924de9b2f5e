package format

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// skippedElements hold no article text: code, styling, site navigation,
// page furniture and forms.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Svg: true, atom.Math: true, atom.Iframe: true,
	atom.Select: true, atom.Object: true, atom.Head: true, atom.Dialog: true,
}

// paragraphElements are the elements whose text becomes one paragraph of
// the article: paragraphs, headings, list items and the like.
var paragraphElements = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true,
	atom.Pre: true, atom.Figcaption: true, atom.Dt: true, atom.Dd: true,
}

// blockElements break the text in pages that have no paragraph elements.
var blockElements = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Hr: true,
	atom.Body: true, atom.Figure: true, atom.Address: true,
}

// publishedMeta names the meta tags that carry a publication date, in
// order of trust.
var publishedMeta = []string{
	"article:published_time", "datepublished", "og:published_time",
	"date", "pubdate", "publishdate", "publish-date", "dc.date",
	"dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date",
	"parsely-pub-date",
}

// jsonLDPublished finds a datePublished in JSON-LD structured data.
var jsonLDPublished = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{1,64})"`)

// htmlMeta is what an HTML page says about itself outside its body text.
type htmlMeta struct {
	meta     map[string]string // meta tags by lower-case property or name
	title    string            // the <title>
	h1       string            // the first <h1>
	timeAttr string            // the first <time datetime>
	jsonLD   string            // datePublished from JSON-LD
}

// parseHTML reads an HTML article: the title from og:title, the first h1
// or the page title; the date from meta tags, JSON-LD or a <time>
// element; and the text of the paragraphs, headings and list items of the
// article body, one paragraph per block, separated by blank lines. The
// text is derived, so Offset is -1.
func parseHTML(src string) (*data.Article, error) {
	var m htmlMeta
	var text string
	if tooDeep(src) {
		m, text = flatHTML(src)
	} else {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return nil, fmt.Errorf("parse html: %w", err)
		}
		m, text = readHTMLMeta(doc), bodyText(articleRoot(doc))
	}
	a := &data.Article{
		Title:  cleanTitle(firstNonEmpty(m.meta["og:title"], m.meta["twitter:title"], m.h1, m.title)),
		Outlet: strings.TrimSpace(m.meta["og:site_name"]),
		Text:   text,
		Offset: -1,
	}
	if a.Text == "" {
		return nil, fmt.Errorf("%w (no article text in the HTML)", data.ErrEmpty)
	}
	if a.Title == "" {
		a.Title = firstLineTitle(a.Text)
	}
	a.Published = htmlPublished(m, a.Text)
	return a, nil
}

// readHTMLMeta collects the page's meta tags, titles and first <time>.
func readHTMLMeta(doc *html.Node) htmlMeta {
	m := htmlMeta{meta: map[string]string{}}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			addMeta(m.meta, n.Attr)
		case atom.Title:
			if m.title == "" {
				m.title = nodeText(n)
			}
		case atom.H1:
			if m.h1 == "" {
				m.h1 = nodeText(n)
			}
		case atom.Time:
			if m.timeAttr == "" {
				m.timeAttr = attr(n, "datetime")
			}
		case atom.Script:
			if m.jsonLD == "" && strings.Contains(attr(n, "type"), "ld+json") {
				if sm := jsonLDPublished.FindStringSubmatch(nodeText(n)); sm != nil {
					m.jsonLD = sm[1]
				}
			}
			return false
		}
		return true
	}, func(*html.Node) {})
	return m
}

// htmlPublished picks the publication date from the page's metadata, most
// trusted first, and else from a date stated at the top of the text.
func htmlPublished(m htmlMeta, text string) time.Time {
	candidates := make([]string, 0, len(publishedMeta)+2)
	for _, key := range publishedMeta {
		candidates = append(candidates, m.meta[key])
	}
	candidates = append(candidates, m.jsonLD, m.timeAttr)
	for _, c := range candidates {
		if t, ok := parseDate(c); ok && c != "" {
			return t
		}
	}
	t, _ := timex.FindPublished(text)
	return t
}

// articleRoot returns the element that holds the article: the outermost
// <article> with the most paragraph text, else <main>, else the whole
// document.
func articleRoot(doc *html.Node) *html.Node {
	var best, main *html.Node
	bestLen := 0
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if skippedElements[n.DataAtom] {
			return false
		}
		switch n.DataAtom {
		case atom.Article:
			if l := paragraphTextLen(n); l > bestLen {
				best, bestLen = n, l
			}
			// Nested articles (comments, related stories) are part of
			// this one; not measuring them again keeps this linear.
			return false
		case atom.Main:
			if main == nil {
				main = n
			}
		}
		return true
	}, func(*html.Node) {})
	switch {
	case best != nil:
		return best
	case main != nil:
		return main
	}
	return doc
}

// paragraphTextLen counts the bytes of text inside <p> elements under n.
func paragraphTextLen(n *html.Node) int {
	total, depth := 0, 0
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.ElementNode && skippedElements[c.DataAtom]:
			return false
		case c.Type == html.ElementNode && c.DataAtom == atom.P:
			depth++
		case c.Type == html.TextNode && depth > 0:
			total += len(strings.TrimSpace(c.Data))
		}
		return true
	}, func(c *html.Node) {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			depth--
		}
	})
	return total
}

// bodyText returns the text of the paragraphs, headings and list items
// under root, one paragraph per element, separated by blank lines. A page
// without such elements keeps all its visible text, broken at blocks.
func bodyText(root *html.Node) string {
	all := paragraphTextLen(root) == 0
	var paras []string
	var cur strings.Builder
	depth := 0 // how many paragraph elements enclose the walk
	flush := func() {
		if p := collapseSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	isBreak := func(n *html.Node) bool {
		return n.Type == html.ElementNode && (paragraphElements[n.DataAtom] || blockElements[n.DataAtom])
	}
	walk(root, func(n *html.Node) bool {
		switch {
		case n.Type == html.ElementNode && skippedElements[n.DataAtom]:
			return false
		case n.Type == html.TextNode && (all || depth > 0):
			cur.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br && (all || depth > 0):
			cur.WriteString(lineBreak)
			return false
		}
		if isBreak(n) {
			flush()
		}
		if n.Type == html.ElementNode && paragraphElements[n.DataAtom] {
			depth++
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && paragraphElements[n.DataAtom] {
			depth--
		}
		if isBreak(n) {
			flush()
		}
	})
	flush()
	return strings.Join(paras, "\n\n")
}

// lineBreak stands for a <br> inside a paragraph until white space is
// collapsed; it is the Unicode line separator, which text rarely holds.
const lineBreak = "\u2028"

// collapseSpace collapses each run of white space in s to one space,
// keeping the line breaks marked with lineBreak as newlines.
func collapseSpace(s string) string {
	lines := strings.Split(s, lineBreak)
	kept := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// nodeText returns the text under n with white space collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return true
	}, func(*html.Node) {})
	return strings.Join(strings.Fields(b.String()), " ")
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// firstNonEmpty returns the first of ss that is not blank, trimmed.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// walk visits the tree under root in document order. enter reports
// whether to visit a node's children; leave is called once they are done
// (or skipped). It loops instead of recursing, because markup nested a
// million deep must not exhaust the stack.
func walk(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	n := root
	for {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			leave(n)
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}
