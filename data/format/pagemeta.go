package format

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dateline/dateline/data/timex"
)

// A page says who wrote it, when and where in its metadata more reliably
// than in its text: the byline and the "Published" line are furniture the
// main-text extraction drops, and a related-stories rail has dates of its
// own. So the title, author, outlet and publication date come from the
// metadata first, in order of trust, and only then from the text.

// publishedMeta names the meta tags that carry a publication date, in
// order of trust: the Open Graph article tag first, the generic "date"
// family after JSON-LD and <time> (see htmlPublished).
var publishedMeta = []string{"article:published_time", "og:published_time", "datepublished"}

// laterPublishedMeta are weaker date tags, read after JSON-LD and <time>.
var laterPublishedMeta = []string{
	"date", "pubdate", "publishdate", "publish-date", "dc.date",
	"dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date",
	"parsely-pub-date",
}

// furniture matches a word of the class or id of page furniture whose
// dates are not the article's: related-story rails, promos, newsletter
// boxes, banners, comments.
var furniture = regexp.MustCompile(`(?i)(^|[-_ ])(related|rail|promo|trending|most-?(read|viewed|popular)|recommended?|sidebar|newsletter|cookies?|consent|comments?|teaser|more|outbrain|taboola|footer|banner|breaking|ticker|playlist|video|subscribe|signup|widget|partners?|share|social|ad-slot|ads?)([-_ ]|$)`)

// byline matches a word of the class or id of the lines around a story
// that name its author and date: the article's own, so its <time> is
// read, but not text to find events in.
var byline = regexp.MustCompile(`(?i)(^|[-_ ])(byline|bylines|author|authors|dateline|meta|timestamps?|posted-on|entry-meta|article-meta|disclaimer|kicker|tags?)([-_ ]|$)`)

// ldArticleType matches the schema.org types of a news article.
var ldArticleType = regexp.MustCompile(`^(News|Reportage|Analysis|Opinion|Report|Background|Review|Scholarly|Tech|Satirical|Advertiser)?Article$|^BlogPosting$|^LiveBlogPosting$|^ReportageNewsArticle$`)

// htmlMeta is what an HTML page says about itself outside its body text.
type htmlMeta struct {
	meta    map[string]string // meta tags by lower-case property or name
	title   string            // the <title>
	h1      string            // the first <h1>
	timePub string            // a <time> marked as the publication (pubdate, itemprop)
	time    string            // the first <time datetime> outside furniture
	ld      ldArticle         // the article described by JSON-LD
}

// ldArticle is what JSON-LD structured data says about the article.
type ldArticle struct {
	found                               bool
	published, headline, author, outlet string
}

// readHTMLMeta collects the page's meta tags, titles, <time> elements and
// JSON-LD. A <time> inside furniture (an aside, a related-stories rail)
// dates another story and is not taken.
func readHTMLMeta(doc *html.Node) htmlMeta {
	m := htmlMeta{meta: map[string]string{}}
	inFurniture := 0
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if isFurniture(n) {
			inFurniture++
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
			if inFurniture == 0 {
				m.addTime(n)
			}
		case atom.Script:
			if !m.ld.found && strings.Contains(attr(n, "type"), "ld+json") {
				m.ld = readJSONLD(nodeText(n))
			}
			return false
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && isFurniture(n) {
			inFurniture--
		}
	})
	return m
}

// isFurniture reports whether n is page furniture rather than the
// article: an aside, a navigation bar or footer, or an element whose
// class or id says it is a rail, promo or banner. The page's frame
// (html, body, main, article) never is, whatever its class.
func isFurniture(n *html.Node) bool {
	switch {
	case n.DataAtom == atom.Aside, n.DataAtom == atom.Nav, n.DataAtom == atom.Footer:
		return true
	case frameElement(n):
		return false
	}
	return furniture.MatchString(attr(n, "class") + " " + attr(n, "id"))
}

// frameElement reports whether n is the frame of the page, never
// furniture whatever its class.
func frameElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head:
		return true
	}
	return false
}

// isPageFurniture reports whether n is furniture or a byline: text around
// the story that is not the story.
func isPageFurniture(n *html.Node) bool {
	return isFurniture(n) || (!frameElement(n) && byline.MatchString(attr(n, "class")+" "+attr(n, "id")))
}

// addTime records a <time datetime>: as the publication when it is
// marked so, and as the first date otherwise; an update time is neither.
func (m *htmlMeta) addTime(n *html.Node) {
	dt := attr(n, "datetime")
	prop := strings.ToLower(attr(n, "itemprop") + " " + attr(n, "class"))
	switch {
	case dt == "" || strings.Contains(prop, "modified") || strings.Contains(prop, "updated"):
	case m.timePub == "" && (hasAttr(n, "pubdate") || strings.Contains(prop, "published") || strings.Contains(prop, "pubdate")):
		m.timePub = dt
	case m.time == "":
		m.time = dt
	}
}

// hasAttr reports whether n has the attribute key, with any value.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// htmlPublished picks the publication date from the page's metadata, most
// trusted first, and else from a date stated at the top of texts (the
// main text, then the page around it, where the "Published" line is).
func htmlPublished(m htmlMeta, texts ...string) time.Time {
	candidates := make([]string, 0, len(publishedMeta)+len(laterPublishedMeta)+3)
	for _, key := range publishedMeta {
		candidates = append(candidates, m.meta[key])
	}
	candidates = append(candidates, m.ld.published, m.timePub, m.time)
	for _, key := range laterPublishedMeta {
		candidates = append(candidates, m.meta[key])
	}
	for _, c := range candidates {
		if t, ok := parseDate(c); ok && c != "" {
			return t
		}
	}
	for _, text := range texts {
		if t, ok := timex.FindPublished(text); ok {
			return t
		}
	}
	return time.Time{}
}

// htmlTitle is the page's headline: Open Graph, Twitter, JSON-LD, the
// first <h1>, then the <title> without the site's name after it.
func htmlTitle(m htmlMeta) string {
	return cleanTitle(firstNonEmpty(m.meta["og:title"], m.meta["twitter:title"], m.ld.headline, m.h1, withoutSiteName(m.title)))
}

// titleSeparators part a page's <title> from the site's name after it.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: "}

// withoutSiteName cuts "Headline | Site" to "Headline", when what is left
// has at least three words (so "Q&A | Site" is kept as it is written).
func withoutSiteName(title string) string {
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && len(strings.Fields(title[:i])) >= 3 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// htmlAuthor is the byline from the metadata; an article:author that is a
// link to a profile page names no one.
func htmlAuthor(m htmlMeta) string {
	author := m.meta["article:author"]
	if strings.Contains(author, "://") {
		author = ""
	}
	return firstNonEmpty(m.meta["author"], author, m.ld.author, m.meta["dc.creator"], m.meta["byl"])
}

// htmlOutlet is the publisher: og:site_name, JSON-LD, application-name.
func htmlOutlet(m htmlMeta) string {
	return firstNonEmpty(m.meta["og:site_name"], m.ld.outlet, m.meta["application-name"])
}

// maxLDNodes bounds the JSON-LD values examined, so a huge graph costs
// no more than a page's worth of work.
const maxLDNodes = 10000

// readJSONLD reads the article JSON-LD describes: the first object whose
// @type is a kind of article, looking through arrays and @graph, or else
// the first object with a datePublished.
func readJSONLD(src string) ldArticle {
	src = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(src), "<![CDATA["), "]]>"))
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ldArticle{}
	}
	var article, dated map[string]any
	queue := []any{v}
	for seen := 0; len(queue) > 0 && seen < maxLDNodes && article == nil; seen++ {
		switch x := queue[0].(type) {
		case []any:
			queue = append(queue, x...)
		case map[string]any:
			switch {
			case isLDArticle(x["@type"]):
				article = x
			case dated == nil && ldString(x["datePublished"]) != "":
				dated = x
			}
			if g, ok := x["@graph"]; ok {
				queue = append(queue, g)
			}
		}
		queue = queue[1:]
	}
	if article == nil {
		article = dated
	}
	if article == nil {
		return ldArticle{}
	}
	return ldArticle{
		found:     true,
		published: ldString(article["datePublished"]),
		headline:  firstNonEmpty(ldString(article["headline"]), ldString(article["name"])),
		author:    ldNames(article["author"]),
		outlet:    ldNames(article["publisher"]),
	}
}

// isLDArticle reports whether a JSON-LD @type (a string or an array of
// them) names a kind of article.
func isLDArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return ldArticleType.MatchString(x)
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok && ldArticleType.MatchString(s) {
				return true
			}
		}
	}
	return false
}

// ldString returns a JSON-LD value that is a string, or the first string
// of an array, trimmed; "" otherwise.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			s, _ := x[0].(string)
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// maxLDNames bounds the names read from one JSON-LD author list.
const maxLDNames = 8

// ldNames returns the names of a JSON-LD person or organisation, or of a
// list of them, joined with commas.
func ldNames(v any) string {
	var names []string
	add := func(e any) {
		switch x := e.(type) {
		case string:
			if s := strings.TrimSpace(x); s != "" && !strings.Contains(s, "://") {
				names = append(names, s)
			}
		case map[string]any:
			if s := ldString(x["name"]); s != "" {
				names = append(names, s)
			}
		}
	}
	if list, ok := v.([]any); ok {
		for _, e := range list[:min(len(list), maxLDNames)] {
			add(e)
		}
	} else {
		add(v)
	}
	return strings.Join(names, ", ")
}
