package format

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	yaml "go.yaml.in/yaml/v3"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
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

// unclosedFrontMatter returns a warning wrapping data.ErrWarning when src
// opens like front matter, a "---" line followed by a "key: value" line,
// but has no closing line, so that the block is read as text; else nil.
func unclosedFrontMatter(src string) error {
	first, i := nextLine(src, 0)
	if strings.TrimRight(first, " \t") != "---" {
		return nil
	}
	if _, _, ok := splitFrontMatter(src); ok {
		return nil
	}
	second, _ := nextLine(src, i)
	key, _, ok := strings.Cut(second, ":")
	if !ok || key == "" || strings.ContainsAny(key, " \t") {
		return nil
	}
	return fmt.Errorf(`%w: line 1: front matter opened with "---" never closes; read as text`, data.ErrWarning)
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

// maxYAML bounds the front matter handed to the YAML decoder; a longer
// block is read line by line.
const maxYAML = 64 << 10

// parseFrontMatter reads an article's front matter as YAML, so block
// scalars ("title: >") and lists of any shape work. Keys are
// case-insensitive, with the usual aliases (headline, published,
// outlet, keywords); unknown keys are ignored. Front matter that is not
// valid YAML — news titles often hold an unquoted ": " — is read by the
// flat "key: value" reader instead, so odd front matter never costs the
// article.
func parseFrontMatter(block string) frontMatter {
	if len(block) <= maxYAML {
		if fm, ok := parseYAMLFrontMatter(block); ok {
			return fm
		}
	}
	return parseFlatFrontMatter(block)
}

// parseYAMLFrontMatter decodes block as a YAML mapping; ok is false when it
// is not one.
func parseYAMLFrontMatter(block string) (frontMatter, bool) {
	var fields map[string]any
	if err := yaml.Unmarshal([]byte(block), &fields); err != nil || fields == nil {
		return frontMatter{}, false
	}
	var fm frontMatter
	for key, v := range fields {
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title", "headline":
			fm.Title = yamlText(v)
		case "date", "published", "pubdate", "publishdate":
			fm.Date = yamlText(v)
		case "source", "outlet", "publisher":
			fm.Source = yamlText(v)
		case "tags", "keywords":
			fm.Tags = yamlTags(fm.Tags, v)
		}
	}
	return fm, true
}

// yamlText renders a decoded YAML scalar as the text it was written as:
// a date as YYYY-MM-DD (or RFC 3339 when it has a time), numbers as
// written; mappings and lists give "".
func yamlText(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(strings.ToValidUTF8(v, string(utf8.RuneError)))
	case time.Time:
		if v.Equal(midnightUTC(v)) {
			return v.Format("2006-01-02")
		}
		return v.Format(time.RFC3339)
	case int, int64, uint64, float64, bool:
		return fmt.Sprint(v)
	}
	return ""
}

// yamlTags adds the tags of a YAML value, a list or a comma-separated
// string, to tags.
func yamlTags(tags []string, v any) []string {
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			if len(tags) == maxTags {
				break
			}
			if t := yamlText(item); t != "" && !slices.Contains(tags, t) {
				tags = append(tags, t)
			}
		}
		return tags
	default:
		return appendTags(tags, yamlText(v))
	}
}

// parseFlatFrontMatter reads the flat subset of YAML that article front
// matter uses: one "key: value" per line, values plain, 'single' or
// "double" quoted, and "# comments". Nested lines and unknown keys are
// skipped rather than rejected.
func parseFlatFrontMatter(block string) frontMatter {
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
	return timex.ParseDate(s)
}

// midnightUTC returns UTC midnight of t's calendar date in t's own zone.
func midnightUTC(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
