package format

import (
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
// gives for bad input. A feed cut short gives the items complete before
// the cut together with an error wrapping data.ErrWarning: keep both.
func ReadFeed(name string, r io.Reader) ([]*data.Article, error) {
	src, _, err := readText(name, r)
	if err != nil {
		return nil, err
	}
	return feedFrom(name, src)
}

// feedFrom parses checked text as a feed; errors name the feed. A
// warning comes with the articles that were read.
func feedFrom(name, src string) ([]*data.Article, error) {
	articles, err := parseFeed(name, src)
	if err != nil {
		return articles, &data.ImportError{Name: name, Err: err}
	}
	return articles, nil
}

// parseFeed decodes a feed item by item and turns the items into
// articles. The decoder streams: only the channel is entered, every other
// element is either decoded as one item or skipped, so a feed cut short
// still gives the items that were complete before the cut, returned with
// an error wrapping data.ErrWarning.
func parseFeed(name, src string) ([]*data.Article, error) {
	d := xml.NewDecoder(strings.NewReader(src))
	// The text is already known to be valid UTF-8, so a feed that declares
	// another encoding is either plain ASCII or mislabelled; read it as is.
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	d.Strict = false
	d.Entity = xml.HTMLEntity
	root, err := rootElement(d)
	if err != nil {
		return nil, err
	}
	f := feedReader{name: name, d: d}
	switch strings.ToLower(root.Name.Local) {
	case "rss", "rdf":
		err = f.read(f.rssElement)
	case "feed":
		err = f.read(f.atomElement)
	default:
		return nil, fmt.Errorf("%w (root element <%s>)", data.ErrNotFeed, root.Name.Local)
	}
	switch {
	case err != nil && len(f.articles) == 0:
		return nil, fmt.Errorf("parse feed: %w", err)
	case err != nil:
		return f.articles, fmt.Errorf("%w: feed cut short (%v); kept the %d complete items before it",
			data.ErrWarning, err, len(f.articles))
	case len(f.articles) == 0:
		return nil, fmt.Errorf("%w (no items in the feed)", data.ErrEmpty)
	}
	return f.articles, nil
}

// rootElement returns the feed's first element.
func rootElement(d *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return xml.StartElement{}, fmt.Errorf("%w (no XML element)", data.ErrNotFeed)
		} else if err != nil {
			return xml.StartElement{}, fmt.Errorf("parse feed: %w", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se, nil
		}
	}
}

// feedReader collects the articles of one feed as its elements stream by.
type feedReader struct {
	name     string
	d        *xml.Decoder
	outlet   string
	items    int // items seen, kept or not, to number the sources
	articles []*data.Article
}

// read hands each element below the root to element, which decodes or
// skips it, until the root closes. An element left open by element (the
// RSS channel) is entered: its children come next.
func (f *feedReader) read(element func(xml.StartElement) error) error {
	for {
		tok, err := f.d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := element(se); err != nil {
				return err
			}
		}
	}
}

// rssElement reads one element of an RSS 2.0 or RSS 1.0 feed: the
// channel is entered, its title names the outlet, and each item becomes
// an article.
func (f *feedReader) rssElement(se xml.StartElement) error {
	switch se.Name.Local {
	case "channel":
		return nil
	case "title":
		var title string
		if err := f.d.DecodeElement(&title, &se); err != nil {
			return err
		}
		if f.outlet == "" {
			f.outlet = cleanTitle(title)
		}
		return nil
	case "item":
		var it rssItem
		if err := f.d.DecodeElement(&it, &se); err != nil {
			return err
		}
		f.add(itemSource(f.name, f.items, it.Link, it.GUID),
			it.Title, htmlText(firstNonEmpty(it.Content, it.Description)), it.PubDate, it.DCDate)
		return nil
	}
	return f.d.Skip()
}

// atomElement reads one element of an Atom feed: its title names the
// outlet and each entry becomes an article.
func (f *feedReader) atomElement(se xml.StartElement) error {
	switch se.Name.Local {
	case "title":
		var title atomText
		if err := f.d.DecodeElement(&title, &se); err != nil {
			return err
		}
		if f.outlet == "" {
			f.outlet = cleanTitle(title.text())
		}
		return nil
	case "entry":
		var e atomEntry
		if err := f.d.DecodeElement(&e, &se); err != nil {
			return err
		}
		text := e.Content.text()
		if text == "" {
			text = e.Summary.text()
		}
		f.add(itemSource(f.name, f.items, e.link(), e.ID), e.Title.text(), text, e.Published, e.Updated)
		return nil
	}
	return f.d.Skip()
}

// add counts one item and keeps it as an article; see appendItem.
func (f *feedReader) add(source, title, text string, dates ...string) {
	f.items++
	f.articles = appendItem(f.articles, f.outlet, source, title, text, dates...)
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
	if tooDeep(s) {
		// The same guard as parseHTML's: markup nested too deeply for the
		// tree builder is read by the tokenizer alone.
		_, text := flatHTML(s)
		return text
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return collapseSpace(s)
	}
	return bodyText(doc)
}
