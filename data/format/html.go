package format

import (
	"fmt"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dateline/dateline/data"
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

// parseHTML reads an HTML article: its title, author, outlet and
// publication date from the page's metadata (see pagemeta.go), and its
// main text (see mainText), one paragraph per block, separated by blank
// lines. The text is derived, so Offset is -1.
func parseHTML(src string) (*data.Article, error) {
	var m htmlMeta
	var text, page string
	if tooDeep(src) {
		m, text = flatHTML(src)
		page = text
	} else {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return nil, fmt.Errorf("parse html: %w", err)
		}
		m = readHTMLMeta(doc)
		// The rule's text keeps the header a "Published" line is in, for
		// pages that state their date nowhere else.
		page = bodyText(articleRoot(doc))
		text = mainText(doc)
	}
	a := &data.Article{
		Title:  htmlTitle(m),
		Author: htmlAuthor(m),
		Outlet: htmlOutlet(m),
		Text:   text,
		Offset: -1,
	}
	if a.Text == "" {
		return nil, fmt.Errorf("%w (no article text in the HTML)", data.ErrEmpty)
	}
	if a.Title == "" {
		a.Title = firstLineTitle(a.Text)
	}
	a.Published = htmlPublished(m, a.Text, page)
	return a, nil
}

// mainText returns the main text of doc: readability's, unless it keeps
// less than half of what the rule of articleRoot finds. Readability
// scores blocks by their text, commas and link density, and drops the
// rails, banners and boxes that the rule keeps when a page is div soup;
// but on a short page (under its threshold of 500 characters) it relaxes
// its cleaning and can still strip the list items and headings of the
// story, which the rule keeps. Furniture that either would read as prose
// (a newsletter box, a byline with a date, a promo) is pruned first. doc
// is changed.
func mainText(doc *html.Node) string {
	pruneFurniture(doc)
	rule := bodyText(articleRoot(doc))
	if text := readabilityText(doc); 2*len(text) >= len(rule) {
		return text
	}
	return rule
}

// readabilityText returns the text of the article readability finds in
// doc, which it rewrites, or "".
func readabilityText(doc *html.Node) string {
	p := readability.NewParser()
	article, err := p.ParseAndMutate(doc, nil)
	if err != nil || article.Node == nil {
		return ""
	}
	return bodyText(article.Node)
}

// pruneFurniture removes from doc the elements that are page furniture
// by their class or id (see isPageFurniture), unless one holds half the
// page's paragraph text or more: a story container that happens to be
// called "story-body related-links" is the story.
func pruneFurniture(doc *html.Node) {
	total := paragraphTextLen(doc)
	var doomed []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && isPageFurniture(n) && 2*paragraphTextLen(n) < total {
			doomed = append(doomed, n)
			return false
		}
		return true
	}, func(*html.Node) {})
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
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
