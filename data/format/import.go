package format

import (
	"context"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/dateline/dateline/data"
)

// MaxArticleSize is the largest article file ReadArticle accepts, in bytes.
// Real articles are a few kilobytes; anything this big is a mistake, and
// refusing it keeps a stray video file from being read into memory.
const MaxArticleSize = 64 << 20

// sniffLen is how much of a file is examined to tell text from binary data.
const sniffLen = 8 << 10

// kind is an article file format: plain text, Markdown or HTML.
type kind int

const (
	kindText kind = iota
	kindMarkdown
	kindHTML
)

// ReadArticle reads one article from r. name is the file name or URL it
// came from; its extension picks the format: .md and .markdown are Markdown
// with optional YAML front matter, .html and .htm are HTML, and anything
// else is plain text. Content that starts like an HTML document is read as
// HTML whatever its name, and plain text that opens with front matter as
// Markdown. The article's Source is name.
//
// Errors are *data.ImportError values wrapping data.ErrNotText,
// data.ErrEmpty, data.ErrInvalidUTF8, data.ErrTooLarge or the reader's own
// error. An error wrapping data.ErrWarning (front matter that never
// closes) comes with the article, which is good to keep.
func ReadArticle(name string, r io.Reader) (*data.Article, error) {
	src, base, err := readText(name, r)
	if err != nil {
		return nil, err
	}
	return articleFrom(name, src, base)
}

// ReadArticles reads a file that may hold several articles: a feed (named
// .rss, .atom, .rdf or .xml, or opening with an <rss>, <feed> or <rdf:RDF>
// element) gives one article per item, as ReadFeed reads them, and any
// other file the one article ReadArticle reads. Callers that open files of
// any kind can use it for all of them.
func ReadArticles(name string, r io.Reader) ([]*data.Article, error) {
	return ReadArticlesContext(context.Background(), name, r)
}

// ReadArticlesContext is ReadArticles that stops reading when ctx is
// cancelled: the context is checked before each chunk of at most
// readChunk bytes, so Cancel ends even a slow read within one chunk. The
// error then wraps ctx.Err().
func ReadArticlesContext(ctx context.Context, name string, r io.Reader) ([]*data.Article, error) {
	src, base, err := readTextContext(ctx, name, r)
	if err != nil {
		return nil, err
	}
	if isFeed(name, src) {
		return feedFrom(name, src)
	}
	a, err := articleFrom(name, src, base)
	if a == nil {
		return nil, err
	}
	return []*data.Article{a}, err
}

// readText reads all of r and checks that it is text; see decodeText.
// Errors are *data.ImportError values naming name.
func readText(name string, r io.Reader) (src string, base int, err error) {
	return readTextContext(context.Background(), name, r)
}

// readTextContext is the read guard every reader goes through: at most
// MaxArticleSize bytes, read in chunks with ctx checked before each one,
// and then checked to be text. The bytes go straight into the string that
// is returned, sized beforehand when r is a file, so reading costs about
// the size of the input rather than the three times of io.ReadAll and a
// copy.
func readTextContext(ctx context.Context, name string, r io.Reader) (src string, base int, err error) {
	b, err := readInto(make([]byte, 0, sizeHint(r)), io.LimitReader(contextReader{ctx, r}, MaxArticleSize+1))
	if err != nil {
		return "", 0, &data.ImportError{Name: name, Err: fmt.Errorf("read: %w", err)}
	}
	if len(b) > MaxArticleSize {
		return "", 0, &data.ImportError{Name: name, Err: fmt.Errorf("%w (over %d MB)", data.ErrTooLarge, MaxArticleSize>>20)}
	}
	// b is never written again: the string can share it.
	src, base, err = decodeText(unsafe.String(unsafe.SliceData(b), len(b)))
	if err != nil {
		return "", 0, &data.ImportError{Name: name, Err: err}
	}
	return src, base, nil
}

// readInto appends all of r to buf, growing it only when r gives more
// than it holds. io.Copy into a strings.Builder would allocate a 32 KB
// buffer for every file, many times the size of a news article.
func readInto(buf []byte, r io.Reader) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, max(512, cap(buf)))
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// sizeHint returns how many bytes r will probably give: a file's size
// (plus one, to see the end without growing), capped at what readText
// keeps, or 0 when r does not say.
func sizeHint(r io.Reader) int {
	if f, ok := r.(*articleFile); ok {
		return int(min(max(f.size, 0), MaxArticleSize) + 1)
	}
	f, ok := r.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return 0
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return 0
	}
	return int(min(max(fi.Size(), 0), MaxArticleSize) + 1)
}

// readChunk is the most a contextReader reads between two looks at its
// context.
const readChunk = 64 << 10

// contextReader reads from r in chunks of at most readChunk bytes and
// fails with ctx's error once ctx is done.
type contextReader struct {
	ctx context.Context
	r   io.Reader
}

// Read reads up to readChunk bytes, unless the context is done.
func (c contextReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p[:min(len(p), readChunk)])
}

// articleFrom parses checked text as one article, in the format its name
// or content says, and moves its Offset from src into the file, where src
// starts at base (-1 when src was decoded and offsets do not map back).
// An article read with a warning comes with that warning.
func articleFrom(name, src string, base int) (*data.Article, error) {
	return articleOfKind(name, src, base, kindOf(name, src))
}

// articleOfKind is articleFrom for a format already known.
func articleOfKind(name, src string, base int, k kind) (*data.Article, error) {
	a, err := parseArticle(k, src)
	if err != nil {
		err = &data.ImportError{Name: name, Err: err}
	}
	if a == nil {
		return nil, err
	}
	a.Source = name
	if a.Offset >= 0 {
		if base < 0 {
			a.Offset = -1
		} else {
			a.Offset += base
		}
	}
	return a, err
}

// LoadFile opens and reads one article file from disk; see ReadArticle.
// An article that states no full publication date but opens with a wire
// dateline without a year ("ASTANA, Nov 27 (AP) —") is dated from the
// dateline in the year the file was last modified.
func LoadFile(path string) (*data.Article, error) {
	var a *data.Article
	err := openArticleFile(path, func(f io.Reader, modified time.Time) (err error) {
		if a, err = ReadArticle(path, f); a != nil {
			datelineDate(a, modified.Year(), modified)
		}
		return err
	})
	return a, err
}

// LoadArticles opens a file that may hold several articles, such as a
// feed; see ReadArticlesContext, whose ctx it takes. Year-less datelines
// are dated in year when it is not 0 (the year of the --published date,
// say), and otherwise as LoadFile dates them, from the file's modification
// time.
func LoadArticles(ctx context.Context, path string, year int) ([]*data.Article, error) {
	var as []*data.Article
	err := openArticleFile(path, func(f io.Reader, modified time.Time) (err error) {
		as, err = ReadArticlesContext(ctx, path, f)
		for _, a := range as {
			if year != 0 {
				datelineDate(a, year, time.Time{})
			} else {
				datelineDate(a, modified.Year(), modified)
			}
		}
		return err
	})
	return as, err
}

// openArticleFile checks that path is a regular file no larger than an
// article can be, opens it and hands the open file and its modification
// time to read. A FIFO, device or socket is refused without reading it,
// since reading one can block forever (see openRegular).
func openArticleFile(path string, read func(f io.Reader, modified time.Time) error) error {
	f, err := openRegular(path)
	if err != nil {
		return &data.ImportError{Name: path, Err: err}
	}
	defer f.Close()
	return read(f, f.modified)
}

// checkArticleFile refuses what is not a regular file or is too large.
func checkArticleFile(fi os.FileInfo) error {
	return checkArticleMode(fi.IsDir(), fi.Mode().IsRegular(), fi.Size())
}

// checkArticleMode refuses a folder, anything else that is not a regular
// file, or a file of more than MaxArticleSize bytes.
func checkArticleMode(dir, regular bool, size int64) error {
	switch {
	case dir:
		return data.ErrIsFolder
	case !regular:
		return data.ErrNotRegular
	case size > MaxArticleSize:
		return fmt.Errorf("%w (%d MB, over %d MB)", data.ErrTooLarge, size>>20, MaxArticleSize>>20)
	}
	return nil
}

// parseArticle turns checked text into an article of the given format.
// Offsets in the result are relative to src.
func parseArticle(f kind, src string) (*data.Article, error) {
	switch f {
	case kindHTML:
		return parseHTML(src)
	case kindMarkdown:
		return parseMarkdown(src)
	default:
		return parsePlain(src)
	}
}

// kindOf picks the format from name's extension, or from the content
// when it opens like an HTML document.
func kindOf(name string, src string) kind {
	switch extension(name) {
	case ".html", ".htm", ".xhtml":
		return kindHTML
	}
	if looksLikeHTML(src) {
		return kindHTML
	}
	switch extension(name) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return kindMarkdown
	}
	return kindText
}

// isFeed reports whether a file is an RSS or Atom feed, by its name or by
// the root element its first kilobyte opens.
func isFeed(name, src string) bool {
	switch extension(name) {
	case ".rss", ".atom", ".rdf", ".xml":
		return true
	}
	head := src[:min(len(src), 1024)]
	if !strings.HasPrefix(strings.TrimLeft(head, " \t\r\n"), "<") || looksLikeHTML(src) {
		return false
	}
	return strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:RDF")
}

// extension returns the lower-case extension of a file name or of a URL's
// path, ignoring any query or fragment.
func extension(name string) string {
	if i := strings.Index(name, "://"); i >= 0 {
		name = name[i+3:]
		if j := strings.IndexAny(name, "?#"); j >= 0 {
			name = name[:j]
		}
	}
	return strings.ToLower(path.Ext(strings.ReplaceAll(name, `\`, "/")))
}

// looksLikeHTML reports whether src opens with an HTML doctype or tag.
func looksLikeHTML(src string) bool {
	head := strings.TrimLeft(src[:min(len(src), 512)], " \t\r\n")
	head = strings.ToLower(head[:min(len(head), 14)])
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// decodeText checks that b is text and returns it, with base the byte
// offset of src in b, or -1 when the text had to be decoded (from UTF-16)
// and offsets no longer map to the file. Text in UTF-8 is returned as a
// slice of b, not a copy.
func decodeText(b string) (src string, base int, err error) {
	if len(b) == 0 {
		return "", 0, data.ErrEmpty
	}
	base = 0
	switch {
	case strings.HasPrefix(b, "\xEF\xBB\xBF"):
		b, base = b[3:], 3
	case strings.HasPrefix(b, "\xFF\xFE"), strings.HasPrefix(b, "\xFE\xFF"):
		b, base = decodeUTF16(b), -1
	}
	if isBinary(b) {
		return "", 0, fmt.Errorf("%w (binary data)", data.ErrNotText)
	}
	if n := invalidUTF8At(b); n >= 0 {
		return "", 0, fmt.Errorf("%w at byte %d", data.ErrInvalidUTF8, n+max(base, 0))
	}
	if len(strings.TrimSpace(b)) == 0 {
		return "", 0, fmt.Errorf("%w (only white space)", data.ErrEmpty)
	}
	return b, base, nil
}

// decodeUTF16 decodes UTF-16 text that starts with a byte-order mark into
// UTF-8, replacing unpaired surrogates and a dangling odd byte with U+FFFD.
func decodeUTF16(b string) string {
	big := b[0] == 0xFE
	b = b[2:]
	u := make([]uint16, len(b)/2)
	for i := range u {
		if big {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	s := string(utf16.Decode(u))
	if len(b)%2 == 1 {
		s += string(utf8.RuneError)
	}
	return s
}

// isBinary reports whether the start of b looks like binary data: a NUL
// byte, or more than one byte in ten a control character that text does
// not use.
func isBinary(b string) bool {
	head := b[:min(len(b), sniffLen)]
	ctrl := 0
	for i := 0; i < len(head); i++ {
		if i+8 <= len(head) && !controlIn8(head[i:i+8]) {
			i += 7 // text is mostly eight bytes at a time with no control byte
			continue
		}
		switch c := head[i]; {
		case c == 0:
			return true
		case c == '\t', c == '\n', c == '\r', c == '\f', c == 0x1B:
		case c < 0x20, c == 0x7F:
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

// controlIn8 reports whether any of the eight bytes of s is below 0x20 or
// is 0x7F, testing them together in one word.
func controlIn8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	below := (x - ones*0x20) &^ x & highs // a byte below 0x20
	del := x ^ ones*0x7F
	isDel := (del - ones) &^ del & highs // a byte equal to 0x7F
	return below|isDel != 0
}

// invalidUTF8At returns the offset of the first byte of b that is not part
// of valid UTF-8, or -1 when b is valid.
func invalidUTF8At(b string) int {
	if utf8.ValidString(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRuneInString(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
