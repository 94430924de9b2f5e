package format

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// feedDoc is the union of the feed formats ReadFeed knows: RSS 2.0
// (<rss><channel><item>), RSS 1.0 (<rdf:RDF><channel/><item>) and Atom
// (<feed><entry>). The root element's name says which one it is.
type feedDoc struct {
	XMLName xml.Name
	Channel struct {
		Title string    `xml:"title"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items   []rssItem   `xml:"item"`
	Title   atomText    `xml:"title"`
	Entries []atomEntry `xml:"entry"`
}

// rssItem is one RSS item.
type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Description string `xml:"description"`
	Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
}

// atomEntry is one Atom entry.
type atomEntry struct {
	Title     atomText   `xml:"title"`
	Links     []atomLink `xml:"link"`
	ID        string     `xml:"id"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Summary   atomText   `xml:"summary"`
	Content   atomText   `xml:"content"`
}

// atomLink is an Atom link; rel "alternate" (or none) is the article.
type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
}

// atomText is an Atom text construct: plain text, escaped HTML, or inline
// XHTML markup, as its type attribute says.
type atomText struct {
	Type  string `xml:"type,attr"`
	Chars string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// ReadFeed reads the items of an RSS or Atom feed from r, one article each:
// the item's title, its date (pubDate, dc:date, published or updated), and
// its content or description with the HTML stripped. An item's Source is
// its link, or name with the item's number; Outlet is the feed's title.
// Items with neither title nor text are skipped. name is the file name or
// URL the feed came from.
//
// Errors are *data.ImportError values, wrapping data.ErrNotFeed,
// data.ErrEmpty when the feed has no items, or the errors ReadArticle
// gives for bad input.
func ReadFeed(name string, r io.Reader) ([]*data.Article, error) {
	src, _, err := readText(name, r)
	if err != nil {
		return nil, err
	}
	return feedFrom(name, src)
}

// feedFrom parses checked text as a feed; errors name the feed.
func feedFrom(name, src string) ([]*data.Article, error) {
	articles, err := parseFeed(name, src)
	if err != nil {
		return nil, &data.ImportError{Name: name, Err: err}
	}
	return articles, nil
}

// parseFeed decodes a feed and turns its items into articles.
func parseFeed(name, src string) ([]*data.Article, error) {
	d := xml.NewDecoder(strings.NewReader(src))
	// The text is already known to be valid UTF-8, so a feed that declares
	// another encoding is either plain ASCII or mislabelled; read it as is.
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var doc feedDoc
	if err := d.Decode(&doc); errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w (no XML element)", data.ErrNotFeed)
	} else if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	var articles []*data.Article
	switch strings.ToLower(doc.XMLName.Local) {
	case "rss", "rdf":
		outlet := cleanTitle(doc.Channel.Title)
		for i, it := range append(doc.Channel.Items, doc.Items...) {
			articles = appendItem(articles, outlet, itemSource(name, i, it.Link, it.GUID),
				it.Title, htmlText(firstNonEmpty(it.Content, it.Description)), it.PubDate, it.DCDate)
		}
	case "feed":
		outlet := cleanTitle(doc.Title.text())
		for i, e := range doc.Entries {
			text := e.Content.text()
			if text == "" {
				text = e.Summary.text()
			}
			articles = appendItem(articles, outlet, itemSource(name, i, e.link(), e.ID),
				e.Title.text(), text, e.Published, e.Updated)
		}
	default:
		return nil, fmt.Errorf("%w (root element <%s>)", data.ErrNotFeed, doc.XMLName.Local)
	}
	if len(articles) == 0 {
		return nil, fmt.Errorf("%w (no items in the feed)", data.ErrEmpty)
	}
	return articles, nil
}

// appendItem adds one feed item as an article, dated by the first of
// dates that parses. An item without text keeps its title as its text, as
// a headline alone may carry a date; one with neither is dropped.
func appendItem(articles []*data.Article, outlet, source, title, text string, dates ...string) []*data.Article {
	title = cleanTitle(htmlText(title))
	if text == "" {
		text = title
	}
	if text == "" {
		return articles
	}
	a := &data.Article{Title: title, Source: source, Outlet: outlet, Text: text, Offset: -1}
	if a.Title == "" {
		a.Title = firstLineTitle(text)
	}
	a.Published = feedDate(dates...)
	return append(articles, a)
}

// feedDate returns the first of dates that parses, or the zero time.
func feedDate(dates ...string) time.Time {
	for _, d := range dates {
		if t, ok := parseDate(d); ok {
			return t
		}
		if t, ok := timex.FirstDate(d); ok {
			return t
		}
	}
	return time.Time{}
}

// itemSource names where a feed item came from: its link, its id when that
// is a URL, or else the feed's name and the item's number.
func itemSource(feed string, i int, link, id string) string {
	link, id = strings.TrimSpace(link), strings.TrimSpace(id)
	switch {
	case link != "":
		return link
	case strings.HasPrefix(id, "http://") || strings.HasPrefix(id, "https://"):
		return id
	}
	return fmt.Sprintf("%s#%d", feed, i+1)
}

// link returns the entry's alternate link.
func (e atomEntry) link() string {
	for _, l := range e.Links {
		if l.Rel == "" || l.Rel == "alternate" {
			return l.Href
		}
	}
	return ""
}

// text returns an Atom text construct as plain text.
func (t atomText) text() string {
	if strings.ToLower(t.Type) == "xhtml" {
		// Inline markup: the element children are the text.
		return htmlText(t.Inner)
	}
	// Escaped HTML has been unescaped by the XML decoder; plain text goes
	// through the same stripper, which leaves text without tags alone.
	return htmlText(t.Chars)
}

// htmlText strips the markup from an HTML fragment, as feeds carry it,
// returning its paragraphs separated by blank lines. Text without markup
// comes back with its white space collapsed.
func htmlText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	doc, err := html.Parse(bytes.NewReader([]byte(s)))
	if err != nil {
		return collapseSpace(s)
	}
	return bodyText(doc)
}
