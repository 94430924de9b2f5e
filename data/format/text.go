package format

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// maxTitleRunes caps a title taken from a text's first line, which may be
// a whole paragraph when the file has no headline.
const maxTitleRunes = 120

// parsePlain reads a plain-text article: the whole file is the text, its
// first non-empty line the title, and a date it states at the top the
// publication date. Markdown saved as .txt is common, so a file that opens
// with front matter naming a title or date is read as Markdown instead.
// Front matter that never closes is read as text, with a warning.
func parsePlain(src string) (*data.Article, error) {
	if block, _, ok := splitFrontMatter(src); ok {
		if fm := parseFrontMatter(block); fm.Title != "" || fm.Date != "" {
			return parseMarkdown(src)
		}
	}
	a := &data.Article{Title: firstLineTitle(src), Text: src}
	a.Published, _ = timex.FindPublished(src)
	return a, unclosedFrontMatter(src)
}

// parseMarkdown reads a Markdown article with optional YAML front matter.
// The text is the raw body after the front matter, so that offsets still
// point into the file; the title and date come from the front matter, or
// else from the first heading and a date stated at the top of the body.
// Front matter that never closes is read as body, and the article comes
// with a warning saying so.
func parseMarkdown(src string) (*data.Article, error) {
	a := &data.Article{}
	year := 0
	block, body, ok := splitFrontMatter(src)
	if ok {
		fm := parseFrontMatter(block)
		a.Title, a.Outlet, a.Tags = cleanTitle(fm.Title), fm.Source, fm.Tags
		a.Published, _ = parseDate(fm.Date)
		if a.Published.IsZero() && fm.Date != "" {
			a.Published, _ = timex.FirstDate(fm.Date)
		}
		year = leadingYear(fm.Date)
		a.Offset = body
	}
	a.Text = src[a.Offset:]
	if strings.TrimSpace(a.Text) == "" {
		return nil, fmt.Errorf("%w (no text after the front matter)", data.ErrEmpty)
	}
	if a.Title == "" {
		a.Title = markdownTitle(a.Text)
	}
	if a.Published.IsZero() {
		// A front matter date of only a year ("date: 2024") still dates a
		// wire dateline such as "ASTANA, Nov 27 (AP) —".
		a.Published, _ = timex.FindDateline(a.Text, year)
	}
	if !ok {
		return a, unclosedFrontMatter(src)
	}
	return a, nil
}

// leadingYear returns the year a metadata date opens with ("2024",
// "2024-11"), or 0.
func leadingYear(date string) int {
	date = strings.TrimSpace(date)
	if len(date) < 4 || (len(date) > 4 && date[4] >= '0' && date[4] <= '9') {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil || y < 1000 {
		return 0
	}
	return y
}

// datelineDate dates an article that states no full publication date
// from a wire dateline without a year ("WASHINGTON, June 12 (Reuters) -")
// in the given year. A dateline day after notAfter, when that is not zero,
// is taken from the year before: a file is not saved before the article in
// it was written. It reports whether it set a.Published.
func datelineDate(a *data.Article, year int, notAfter time.Time) bool {
	if !a.Published.IsZero() || year == 0 {
		return false
	}
	d, ok := timex.FindDateline(a.Text, year)
	if !ok {
		return false
	}
	if !notAfter.IsZero() && d.After(notAfter) {
		d = d.AddDate(-1, 0, 0)
	}
	a.Published = d
	return true
}

// markdownTitle returns the first level-one heading of a Markdown body,
// or else its first non-empty line.
func markdownTitle(body string) string {
	for i := 0; i < len(body); {
		var line string
		line, i = nextLine(body, i)
		if strings.HasPrefix(line, "# ") {
			return cleanTitle(strings.Trim(line, "# \t"))
		}
	}
	return firstLineTitle(body)
}

// firstLineTitle returns the headline of s as a title: its first
// non-empty line, passing over a copied page's furniture above it (a
// navigation menu of three or more short lines, a section path, a date or
// byline line), or else its first non-empty line.
func firstLineTitle(s string) string {
	first, short, run := "", "", 0
	for i, n := 0, 0; i < len(s) && n < maxHeadLines; {
		var line string
		line, i = nextLine(s, i)
		t := strings.Trim(line, "#*_=>- \t\u00a0")
		if t == "" {
			continue
		}
		if n++; first == "" {
			first = t
		}
		if timex.IsMenuLine(t) {
			if run++; run == 1 {
				short = t
			}
			continue
		}
		if run > 0 && run < timex.MenuRun {
			return cleanTitle(short) // a short headline, or a section's name over one
		}
		run = 0
		if !sectionPath(t) && !timex.IsPublicationLine(t) {
			return cleanTitle(t)
		}
	}
	if run > 0 && run < timex.MenuRun {
		return cleanTitle(short)
	}
	return cleanTitle(first)
}

// maxHeadLines is how many non-empty lines firstLineTitle reads for a
// headline before it settles for the first.
const maxHeadLines = 48

// sectionPath reports whether line is a page's section path: short names
// between bars, slashes or arrows ("World | Europe", "NATIONAL /
// POLITICS", "Home › News › Politics").
func sectionPath(line string) bool {
	parts := strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("|/›»>·", r) })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if w := strings.Fields(p); len(w) == 0 || len(w) > 3 || !plainWords(w) {
			return false
		}
	}
	return true
}

// plainWords reports whether every word is made of letters, hyphens,
// apostrophes and ampersands only.
func plainWords(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '&' {
				return false
			}
		}
	}
	return true
}

// cleanTitle collapses white space in a title and cuts it at a word
// boundary to at most maxTitleRunes runes, marking the cut with "…".
func cleanTitle(s string) string {
	return cutTitle(collapsedPrefix(s, maxTitleRunes+1))
}

// cutTitle cuts a collapsed title s at a word boundary to at most
// maxTitleRunes runes, marking the cut with "…".
func cutTitle(s string) string {
	if utf8.RuneCountInString(s) <= maxTitleRunes {
		return s
	}
	cut, end, n := 0, len(s), 0
	for i := range s {
		if n == maxTitleRunes-1 {
			end = i
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		cut = end
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + "…"
}

// collapsedPrefix returns the first limit runes of s with its white space
// collapsed, as strings.Join(strings.Fields(s), " ") would give them. It
// reads no further than those runes (a first line may be a whole article)
// and returns part of s itself while s needs no change there.
func collapsedPrefix(s string, limit int) string {
	var b []byte
	copying := false // else s[:end] is the collapsed text so far
	end, n := 0, 0
	owed := false // a space goes before the next word
	for i := 0; i < len(s) && n < limit; {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if !copying && (r != ' ' || owed || end == 0) {
				copying = true
				b = append(make([]byte, 0, min(len(s), limit*utf8.UTFMax)), s[:end]...)
			}
			owed = n > 0
			i += w
			continue
		}
		if owed {
			owed = false
			n++
			if copying {
				b = append(b, ' ')
			} else {
				end++ // the one space s has here
			}
			if n == limit {
				break
			}
		}
		if copying {
			b = append(b, s[i:i+w]...)
		}
		n++
		i += w
		end = i
	}
	if !copying {
		return s[:end]
	}
	return string(b)
}
