package data

import "time"

// Article is one news article as imported: its metadata and plain body text.
type Article struct {
	// Title is the headline, from front matter, an HTML title or the first line.
	Title string
	// Source names where the article came from: its file name or URL.
	Source string
	// Outlet is the publisher named in the article's metadata, if any.
	Outlet string
	// Tags are the article's topics from its metadata, for grouping.
	Tags []string
	// Published is the publication date at UTC midnight; zero when unknown.
	Published time.Time
	// Text is the plain body text that dates are found in.
	Text string
	// Offset is the byte offset of Text within the original file, or -1
	// when Text was derived (from HTML, say) and offsets do not map back.
	Offset int
}
