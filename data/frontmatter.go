package data

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// frontMatter holds the fields Dateline reads from a Markdown file's YAML
// front matter. Other keys are ignored.
type frontMatter struct {
	Title  string
	Date   string
	Source string
	// Tags come from "tags: [a, b]", "tags: a, b" or a "- a" block list.
	Tags []string
}

// splitFrontMatter finds a front matter block at the very start of src: a
// line "---", flat "key: value" lines, and a closing "---" (or "...")
// line. It returns the block between the delimiters and the offset of the
// body after the closing line; ok is false when src has no complete block,
// in which case all of src is body.
func splitFrontMatter(src string) (block string, body int, ok bool) {
	first, i := nextLine(src, 0)
	if strings.TrimRight(first, " \t") != "---" {
		return "", 0, false
	}
	start := i
	for i < len(src) {
		line, next := nextLine(src, i)
		if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
			return src[start:i], next, true
		}
		i = next
	}
	return "", 0, false
}

// nextLine returns the line of s starting at i, without its "\n" or
// "\r\n", and the offset where the next line starts.
func nextLine(s string, i int) (line string, next int) {
	j := strings.IndexByte(s[i:], '\n')
	if j < 0 {
		return s[i:], len(s)
	}
	return strings.TrimSuffix(s[i:i+j], "\r"), i + j + 1
}

// parseFrontMatter reads the flat subset of YAML that article front matter
// uses: one "key: value" per line, values plain, 'single' or "double"
// quoted, and "# comments". Keys are case-insensitive; nested or list
// lines and unknown keys are skipped rather than rejected, so odd front
// matter never costs the article.
func parseFrontMatter(block string) frontMatter {
	var fm frontMatter
	lastKey := ""
	for i := 0; i < len(block); {
		var line string
		line, i = nextLine(block, i)
		if item, ok := strings.CutPrefix(strings.TrimLeft(line, " \t"), "- "); ok && lastKey == "tags" {
			fm.Tags = appendTags(fm.Tags, yamlScalar(item))
			continue
		}
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		lastKey = strings.ToLower(strings.TrimSpace(key))
		if lastKey == "tags" || lastKey == "keywords" {
			lastKey = "tags"
			fm.Tags = appendTags(fm.Tags, strings.Trim(strings.TrimSpace(value), "[]"))
			continue
		}
		value = yamlScalar(value)
		switch lastKey {
		case "title", "headline":
			fm.Title = value
		case "date", "published", "pubdate", "publishdate":
			fm.Date = value
		case "source", "outlet", "publisher":
			fm.Source = value
		}
	}
	return fm
}

// maxTags bounds the tags kept from one article, so hostile front matter
// with millions of commas costs linear time and little memory.
const maxTags = 64

// appendTags adds the comma-separated tags of list to tags, unquoted and
// without blanks or repeats, up to maxTags.
func appendTags(tags []string, list string) []string {
	for len(list) > 0 && len(tags) < maxTags {
		var t string
		t, list, _ = strings.Cut(list, ",")
		if t = yamlScalar(t); t != "" && !slices.Contains(tags, t) {
			tags = append(tags, t)
		}
	}
	return tags
}

// yamlScalar returns the value of a one-line YAML scalar: unquoted with any
// trailing comment removed, or the contents of a quoted string. Block
// scalar indicators (| and >) give "", as their text is on later lines.
func yamlScalar(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case len(s) >= 2 && s[0] == '"' && strings.LastIndexByte(s, '"') > 0:
		q := s[:strings.LastIndexByte(s, '"')+1]
		if u, err := strconv.Unquote(q); err == nil {
			// An escape such as \xff can make invalid UTF-8.
			return strings.ToValidUTF8(u, string(utf8.RuneError))
		}
		return q[1 : len(q)-1]
	case len(s) >= 2 && s[0] == '\'' && strings.LastIndexByte(s, '\'') > 0:
		q := s[1:strings.LastIndexByte(s, '\'')]
		return strings.ReplaceAll(q, "''", "'")
	case s == "|" || s == ">" || strings.HasPrefix(s, "|-") || strings.HasPrefix(s, ">-"):
		return ""
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// dateLayouts are the date forms accepted in metadata, tried in order.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 06 15:04:05 -0700",
	time.RFC850,
	time.ANSIC,
}

// parseDate reads a date given in metadata: ISO 8601, RFC 3339, RFC 1123
// as feeds use, or written out ("November 27, 2024", "27 Nov 2024"). The
// result is UTC midnight of the calendar date as written, whatever its
// time zone, because the date the article carries is the date it meant.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return midnightUTC(t), true
		}
	}
	if loc := writtenDate.FindStringSubmatchIndex(s); loc != nil && loc[0] == 0 {
		return dateFromMatch(s, loc)
	}
	return time.Time{}, false
}

// midnightUTC returns UTC midnight of t's calendar date in t's own zone.
func midnightUTC(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
