package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/fetch"
	"github.com/dateline/dateline/data/format"
)

// articleExts are the file extensions a folder's articles have.
var articleExts = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true, ".mdown": true, ".mkd": true,
	".html": true, ".htm": true, ".xhtml": true, ".rss": true, ".atom": true, ".rdf": true, ".xml": true,
}

// IsArticleFile reports whether a file named name is read as an article:
// its extension is one of a text, Markdown, HTML or feed file.
func IsArticleFile(name string) bool {
	return articleExts[strings.ToLower(filepath.Ext(name))]
}

// MaxFolderFiles bounds the articles taken from the folders of one Expand,
// so pointing at a home folder does not read it all.
const MaxFolderFiles = 5000

// The reasons Expand skips an entry of a folder.
const (
	SkipHidden  = "hidden"
	SkipType    = "not an article file"
	SkipLink    = "link to a folder, not followed"
	SkipProject = "a project file (open it by itself)"
	SkipLimit   = "over the limit of files in one go"
)

// Skip is an entry of a folder that Expand left out.
type Skip struct {
	// Path is the file or folder left out.
	Path string
	// Reason is one of the Skip constants.
	Reason string
}

// IsURL reports whether s is an http or https URL.
func IsURL(s string) bool { return fetch.IsURL(s) }

// isLink reports whether s is a link of any scheme ("ftp://x",
// "javascript:x", "file:///x"), which goes to the fetcher to be refused
// rather than being looked for as a file. A Windows drive letter has a
// one-letter scheme and is a path.
func isLink(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && len(u.Scheme) > 1 && (strings.Contains(s, "://") || u.Opaque != "")
}

// Expand turns files, folders and URLs into the items to read: URLs and
// files as they are, and the article files inside each folder, at any
// depth, in lexical order. It returns what it skipped, and an error for
// each spec or folder it could not look at (naming it); the rest are
// still expanded. It stops when ctx is done.
func Expand(ctx context.Context, specs []string) (items []string, skipped []Skip, errs []error) {
	taken := 0
	for _, spec := range specs {
		if isLink(spec) {
			items = append(items, strings.TrimSpace(spec))
			continue
		}
		fi, err := os.Stat(spec)
		if err != nil || !fi.IsDir() {
			items = append(items, spec) // the reader says what is wrong
			continue
		}
		files, s, e := walk(ctx, spec, MaxFolderFiles-taken)
		taken += len(files)
		items, skipped, errs = append(items, files...), append(skipped, s...), append(errs, e...)
		if ctx.Err() != nil {
			break
		}
	}
	return items, skipped, errs
}

// walk lists the article files under dir, at most limit of them.
func walk(ctx context.Context, dir string, limit int) (files []string, skipped []Skip, errs []error) {
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &data.ImportError{Name: path, Err: unwrapPath(err)})
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if path == dir {
			return nil
		}
		reason := skipReason(path, d)
		if reason == "" && len(files) >= limit {
			reason = SkipLimit
		}
		if reason != "" {
			skipped = append(skipped, Skip{Path: path, Reason: reason})
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil && ctx.Err() == nil {
		errs = append(errs, &data.ImportError{Name: dir, Err: err})
	}
	return files, skipped, errs
}

// skipReason says why a folder entry is not read, or "" when it is.
func skipReason(path string, d fs.DirEntry) string {
	name := d.Name()
	switch {
	case strings.HasPrefix(name, "."):
		return SkipHidden
	case d.IsDir():
		return ""
	case d.Type()&fs.ModeSymlink != 0:
		if fi, err := os.Stat(path); err == nil && fi.IsDir() {
			return SkipLink
		}
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case ext == ".dateline":
		return SkipProject
	case !IsArticleFile(name):
		return SkipType
	}
	return ""
}

// unwrapPath drops the *fs.PathError wrapper, whose path the ImportError
// names already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Summary describes what was skipped in a few lines, one per reason with
// its count and, for files of other kinds, their extensions.
func Summary(skipped []Skip) []string {
	counts := map[string]int{}
	exts := map[string]map[string]int{}
	var reasons []string
	for _, s := range skipped {
		if counts[s.Reason] == 0 {
			reasons = append(reasons, s.Reason)
		}
		counts[s.Reason]++
		if s.Reason == SkipType {
			if exts[s.Reason] == nil {
				exts[s.Reason] = map[string]int{}
			}
			ext := strings.ToLower(filepath.Ext(s.Path))
			if ext == "" {
				ext = "no extension"
			}
			exts[s.Reason][ext]++
		}
	}
	lines := make([]string, 0, len(reasons))
	for _, r := range reasons {
		line := fmt.Sprintf("%d %s", counts[r], r)
		if e := exts[r]; len(e) > 0 {
			keys := make([]string, 0, len(e))
			for k := range e {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			parts := make([]string, len(keys))
			for i, k := range keys {
				parts[i] = fmt.Sprintf("%s ×%d", k, e[k])
			}
			line += " (" + strings.Join(parts, ", ") + ")"
		}
		lines = append(lines, line)
	}
	return lines
}

// Loader reads items: files from disk and URLs over the network.
type Loader struct {
	// Fetcher fetches URLs; nil refuses them.
	Fetcher *fetch.Fetcher
	// Year dates year-less wire datelines of files, as
	// format.LoadArticles takes it (0: the file's modification year).
	Year int
}

// Load reads the articles of items (see Expand), reporting progress as
// done of total steps: each item is steps steps, and a URL's steps follow
// its bytes. An item that fails gives an error naming it and the rest are
// read; an item read with a warning gives both. Load stops when ctx is
// done, leaving out the item it was reading, and returns what it has.
func (l *Loader) Load(ctx context.Context, items []string, progress func(done, total int)) ([]*data.Article, []error) {
	var articles []*data.Article
	var errs []error
	total := len(items) * steps
	for i, item := range items {
		as, err := l.read(ctx, item, func(part float64) {
			if progress != nil {
				progress(i*steps+int(part*steps), total)
			}
		})
		if ctx.Err() != nil {
			break // the item cut short is not at fault
		}
		if err != nil {
			errs = append(errs, err)
		}
		articles = append(articles, as...)
		if progress != nil {
			progress((i+1)*steps, total)
		}
	}
	return articles, errs
}

// steps is how finely one item's progress is reported.
const steps = 100

// read reads one item, reporting the share of it done.
func (l *Loader) read(ctx context.Context, item string, part func(float64)) ([]*data.Article, error) {
	if !isLink(item) {
		return format.LoadArticles(ctx, item, l.Year)
	}
	return l.Fetch(ctx, item, part)
}

// Fetch fetches the page or feed at link and reads its articles, reporting
// the share of the body received (when the server gives its length).
func (l *Loader) Fetch(ctx context.Context, link string, part func(float64)) ([]*data.Article, error) {
	if l.Fetcher == nil {
		return nil, &fetch.Error{URL: link, Err: errors.New("fetching is off")}
	}
	page, err := l.Fetcher.Get(ctx, link, func(read, length int64) {
		if length > 0 && part != nil {
			part(float64(read) / float64(length))
		}
	})
	if err != nil {
		return nil, err
	}
	return format.ReadFetched(ctx, page.URL, page.MediaType, bytes.NewReader(page.Body), page.Fetched)
}

// summaryMax is the longest text a feed item has when it carries only a
// summary: a sentence or two, where a full story runs to thousands.
const summaryMax = 600

// Summaries returns the articles that are feed items carrying only a
// summary and linking to the full story: a web link of their own that
// their text was not fetched from, and a short text.
func Summaries(articles []*data.Article) []*data.Article {
	var out []*data.Article
	for _, a := range articles {
		if IsURL(a.Source) && a.Fetched.IsZero() && len(a.Text) < summaryMax {
			out = append(out, a)
		}
	}
	return out
}

// Full fetches the full story of each summary from its link. full[i] is
// the story of summaries[i], or nil when it failed (with an error naming
// the link in errs). A story whose page states no date keeps the feed's.
// Progress is as Load reports it.
func (l *Loader) Full(ctx context.Context, summaries []*data.Article, progress func(done, total int)) (full []*data.Article, errs []error) {
	links := make([]string, len(summaries))
	for i, s := range summaries {
		links[i] = s.Source
	}
	full = make([]*data.Article, len(summaries))
	total := len(links) * steps
	for i, link := range links {
		as, err := l.Fetch(ctx, link, func(part float64) {
			if progress != nil {
				progress(i*steps+int(part*steps), total)
			}
		})
		if ctx.Err() != nil {
			break
		}
		switch {
		case err != nil:
			errs = append(errs, err)
		case len(as) > 0:
			full[i] = as[0]
			if full[i].Published.IsZero() {
				full[i].Published = summaries[i].Published
			}
		}
		if progress != nil {
			progress((i+1)*steps, total)
		}
	}
	return full, errs
}
