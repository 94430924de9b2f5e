package format

import (
	"context"
	"io"
	"time"

	"github.com/dateline/dateline/data"
)

// ReadFetched reads the articles of a page or feed fetched from url:
// mediaType (the server's Content-Type without parameters) picks the
// format before the URL's extension does, since a web page's URL seldom
// ends in .html. An article whose text is the page's is stamped with
// fetched; a feed's items are not, as their text came from the feed, not
// from their own links (their Source, when they have one). An article that
// states no full date but opens with a wire dateline without a year is
// dated in the year it was fetched. Errors are as ReadArticlesContext
// gives them, naming url.
func ReadFetched(ctx context.Context, url, mediaType string, r io.Reader, fetched time.Time) ([]*data.Article, error) {
	src, base, err := readTextContext(ctx, url, r)
	if err != nil {
		return nil, err
	}
	feed, k := mediaKind(mediaType, url, src)
	if feed {
		as, err := feedFrom(url, src)
		for _, a := range as {
			datelineDate(a, fetched.Year(), fetched)
		}
		return as, err
	}
	a, err := articleOfKind(url, src, base, k)
	if a == nil {
		return nil, err
	}
	a.Fetched = fetched
	datelineDate(a, fetched.Year(), fetched)
	return []*data.Article{a}, err
}

// mediaKind says whether content of mediaType is a feed, and else which
// article format it is; types that say little (XML, plain text) leave it
// to the URL and the content.
func mediaKind(mediaType, url, src string) (feed bool, k kind) {
	switch mediaType {
	case "text/html", "application/xhtml+xml":
		return false, kindHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml":
		return true, kindHTML
	case "text/markdown", "text/x-markdown":
		return false, kindMarkdown
	case "application/xml", "text/xml":
		if looksLikeHTML(src) {
			return false, kindHTML
		}
		return true, kindHTML
	}
	return isFeed(url, src), kindOf(url, src)
}
