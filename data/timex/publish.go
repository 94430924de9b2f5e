package timex

import (
	"strings"
	"time"
	"unicode/utf8"
)

// How far into an article a publication date is looked for, in non-empty
// lines: a labelled line ("Published 27 November 2024") or a byline with a
// date anywhere in the first labelledLines; a news dateline in the first
// datelineLines, as is a line that is only a date when it stands under a
// byline or a label (perhaps with the writer's desk between) or just over
// a byline; a line that is only a date, or a short line holding
// one, in the first bareLines. A date stated further down is about
// something else.
const (
	labelledLines = 12
	datelineLines = 6
	bareLines     = 3
)

// maxPublishedLine is how much of a line is read; a publication line is
// short, and the bound keeps a megabyte-long first line cheap.
const maxPublishedLine = 300

// shortLine is the length under which a line near the top holding a full
// date is taken as a date line under the headline ("March 1, 2008").
const shortLine = 60

// FindPublished finds the publication date an article states about itself
// near its top: a labelled line ("Published 27 November 2024", "Updated:
// 27.11.2024", "Posted on Nov. 27, 2024 at 10:00"), a byline with a date
// ("By Staff reporter · 27 November 2024"), a line that is only a date
// ("Wednesday, 27 November 2024, 10:14", "2024-11-27"), a short line with a
// date under the headline, or a news dateline with a full date ("ASTANA,
// Nov. 27, 2024 (Reuters) –"). Dates are ISO (2024-11-27), day-first
// numeric (27.11.2024) or written out (27 November 2024, Nov. 27, 2024).
// A dateline without a year ("ASTANA, Nov 27 (AP) —") is not accepted,
// since the year would be a guess; see FindDateline. The result is UTC
// midnight. It reads each of the first lines once, so it is linear in
// their length.
func FindPublished(text string) (time.Time, bool) {
	return FindDateline(text, 0)
}

// FindDateline is FindPublished that also reads a wire dateline without a
// year ("WASHINGTON, June 12 (Reuters) -", "ASTANA, Nov 27 (AP) —") when
// year, known from elsewhere (front matter, a date given by the user, a
// file's modification time), is not 0: the day comes from the dateline and
// the year from the hint. A full date the text states wins over the hint.
//
// A labelled line's numeric date that reads both ways ("Published:
// 08/06/2016") is settled by a yearless dateline among the first lines
// ("KOUROU, June 8 (AFP) -"): the reading whose month and day the
// dateline names, in the stamp's year.
func FindDateline(text string, year int) (time.Time, bool) {
	n := 0
	var yearless time.Time
	var either, wire written // a stamp's two-way date, a dateline's month and day
	var above time.Time      // the line above was only a date, with no byline over it
	byline := false          // a byline or a publication label stands above
	var header time.Time     // the first line that is only a date, among the first datelineLines
	bareLabel := false       // the line above is a publication label and nothing more
	prose := false           // a sentence of the story stands above: the header has ended
	menu, run := 0, 0        // menu lines passed over, in all and in the run just read
	var updated time.Time    // the date of an "Updated" line, kept while a "Published" line may follow
	updatedAt := 0
	for i := 0; i < len(text) && n < labelledLines; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		line := trimMarks(text[i : i+j])
		i += j + 1
		if line == "" {
			continue
		}
		if menu < maxMenuLines && shareBar(line) {
			menu++ // nor does its share bar, however many buttons it names
			continue
		}
		if menu < maxMenuLines && menuLine(line) {
			menu++ // a copied page's navigation does not push its date line down
			run++
			continue
		}
		if run < minMenuRun {
			n += run // a section line or two ("Music") are the header's own
		}
		run = 0
		n++
		if len(line) > maxPublishedLine {
			line = line[:maxPublishedLine]
		}
		line = unglueStamp(line)
		if !updated.IsZero() && n > updatedAt+updateReach {
			return updated, true
		}
		if d, ok := publishedOnLine(line, n, byline, !prose); ok {
			switch {
			case updated.IsZero() && (revisionLine(line) || liveTopStamp(line, text[min(i, len(text)):])):
				updated, updatedAt = d, n // a "First published" line may follow
			case updated.IsZero() || firstPublished(line):
				return d, true
			}
		}
		if d, ok := dateOnly(line); ok && bareLabel {
			return d, true // "Published" on a line of its own, then "25 January 2026"
		}
		if isByline(line) && !above.IsZero() {
			return above, true // the date line over a byline ("Monday, May 2, 2011\nBy A. Writer")
		}
		above = dateAbove(line, n)
		rest, labelled := afterLabel(line)
		bareLabel = labelled && strings.Trim(rest, " :") == ""
		prose = prose || proseLine(line)
		if labelled && either.year == 0 {
			either = eitherWay(rest)
		}
		if n <= datelineLines && wire.month == 0 {
			wire, _ = datelineMonthDay(line)
		}
		if d, ok := settleEitherWay(either, wire); ok {
			return d, true
		}
		// A byline's next lines may name the writer's desk ("By Ann Lee\nSports
		// staff\nMarch 4, 2019"): the date under them is still the page's.
		byline = byline || isByline(line) || labelled
		if year != 0 && n <= datelineLines && yearless.IsZero() {
			yearless, _ = yearlessDateline(line, year)
		}
		if n <= datelineLines && header.IsZero() {
			header, _ = dateOnly(line)
		}
	}
	if !updated.IsZero() {
		return updated, true
	}
	if yearless.IsZero() {
		// Last, a line that is only a date among the header's lines, below a
		// section line, a headline, a standfirst or an agency's credit
		// ("KYODO\nJUL 4, 2019"): nothing else dates the page, and a page
		// without a date loses every event.
		return header, !header.IsZero()
	}
	return yearless, true
}

// publishedOnLine returns the publication date that line, the n-th
// non-empty line of the text, states. A line that is only a date is read
// further down when it stands under a byline or a publication label, as
// copied pages set it under a section line, a headline and "By Staff" or
// "Updated 14 minutes ago".
func publishedOnLine(line string, n int, underByline, header bool) (time.Time, bool) {
	if !hasYearDigits(line) {
		if isByline(line) {
			return bylineShortYear(line) // "Story by Ann Lee • 11/27/24"
		}
		if n <= datelineLines || isLabelled(line) {
			return shortYearStamp(line) // "28/06/16, 7:15 AM CET", "Last updated: 13/08/22 7:48pm"
		}
		return time.Time{}, false // every other date it accepts writes out its year
	}
	if rest, ok := afterLabel(line); ok {
		return FirstDate(rest)
	}
	if isByline(line) {
		return FirstDate(line)
	}
	if d, ok := barredStamp(line); ok {
		return d, true
	}
	if n <= datelineLines {
		if d, ok := fullDateline(line); ok {
			return d, true
		}
		if underByline {
			if d, ok := dateOnly(line); ok {
				return d, true
			}
		}
	}
	if (n <= datelineLines || header) && stampedLine(line) {
		// A line that is only a date and its minute is the page's
		// stamp anywhere in the header, also below a menu, a section
		// path, a headline, a standfirst and a bare author's name
		// ("Aoife Brennan\nFriday 23 February 2018 07:45 PM"): an
		// event's date has no minute on a line of its own. Below a
		// sentence of the story it is an entry's or a caption's.
		if d, ok := dateOnly(line); ok {
			return d, true
		}
	}
	if n > bareLines {
		return time.Time{}, false
	}
	if d, ok := dateOnly(line); ok {
		return d, true
	}
	if len(line) < shortLine {
		return ungovernedDate(line)
	}
	return time.Time{}, false
}

// shortYearStamp returns the date of a page's stamp line that writes the
// year in two digits, a numeric date and then its clock time, perhaps after
// a publication label: "28/06/16, 7:15 AM CET", "Last updated 6/28/16,
// 11:40 AM CET", "Last updated: 13/08/22 7:48pm", as some news sites stamp
// a page. Without a label the minute is required, since a bare "28/06/16"
// may be a code or a score; after one ("Updated 08.06.22") the date may
// stand alone. A date that reads both ways ("05/06/16") is refused, as
// parseNumericFirst refuses "05/06/2016", unless dots write it day-first.
// Two digits name a year of this century.
func shortYearStamp(line string) (time.Time, bool) {
	rest, labelled := afterLabel(line)
	if labelled {
		line = strings.TrimLeft(rest, " :")
		if w, end := pubWordAt(line, 0); w == "on" {
			line = line[end:]
		}
	}
	i := pubSkipSpaces(line, 0)
	d, ok := shortNumericDate(line, i)
	if !ok || !labelled && !stampedLine(line[d.end:]) || !timeOnly(line[d.end:]) {
		return time.Time{}, false
	}
	return d.time()
}

// bylineShortYear returns the date with a two-digit year that a byline
// sets after a separator, as its last field: "Story by Ann Lee • 11/27/24".
func bylineShortYear(line string) (time.Time, bool) {
	fields := strings.Split(stampSeparator.Replace(line), "|")
	if len(fields) < 2 {
		return time.Time{}, false
	}
	last := strings.TrimSpace(fields[len(fields)-1])
	d, ok := shortNumericDate(last, 0)
	if !ok || !timeOnly(last[d.end:]) {
		return time.Time{}, false
	}
	return d.time()
}

// shortNumericDate reads a day, a month and a two-digit year joined by
// slashes, full stops or hyphens at s[i:], day-first unless the second
// number cannot be a month ("6/28/16").
func shortNumericDate(s string, i int) (written, bool) {
	first, j := pubNumber(s, i, 2)
	if j == i || j+1 >= len(s) || (s[j] != '/' && s[j] != '.' && s[j] != '-') {
		return written{}, false
	}
	second, k := pubNumber(s, j+1, 2)
	if k == j+1 || k+1 >= len(s) || s[k] != s[j] {
		return written{}, false
	}
	y, end := pubNumber(s, k+1, 3)
	if end-(k+1) != 2 {
		return written{}, false
	}
	day, month := first, second
	switch {
	case second > 12:
		day, month = second, first
	case s[j] == '.':
		// 08.06.22 is day-first, as dotted dates are written
	case first <= 12 && first != second:
		return written{}, false // 05/06/16 could be either
	}
	return written{year: 2000 + y, month: month, day: day, end: end}, true
}

// proseLine reports whether line reads as a sentence of the story, words
// ended as a sentence ends (endsSentence), as no headline, menu or byline is.
func proseLine(line string) bool {
	return endsSentence(line) && strings.Contains(line, " ")
}

// dateAbove returns the date of line, the n-th non-empty line, when it is
// only a date high enough in the header to date the page if a byline
// follows it, as pages set the date line between the headline and "By A.
// Writer".
func dateAbove(line string, n int) time.Time {
	if n > datelineLines || !hasYearDigits(line) {
		return time.Time{}
	}
	d, _ := dateOnly(line)
	return d
}

// publishedLabels are the words that open a line stating the publication
// date, after an optional "first" or "last". Health and agency pages
// stamp their text "Last reviewed" (or "Page last reviewed") as others
// stamp it "Last updated": the date the page's text was last checked.
var publishedLabels = []string{"published", "posted", "updated", "dated", "date", "pubdate", "modified", "reviewed"}

// isLabelled reports whether line opens with a publication label, dated
// or not ("Updated 14 minutes ago").
func isLabelled(line string) bool {
	_, ok := afterLabel(line)
	return ok
}

// afterLabel returns what follows a publication label opening line
// ("Published on", "Updated:", "First published:", "Page last updated
// at"), and whether there is one.
func afterLabel(line string) (string, bool) {
	w, end := labelAt(line)
	for _, l := range publishedLabels {
		if strings.EqualFold(w, l) {
			return line[end:], true
		}
	}
	if strings.EqualFold(w, "issued") || strings.EqualFold(w, "started") {
		return issuedDate(line[end:])
	}
	return "", false
}

// issuedDate returns what follows "Issued" or "Started" when it is only a
// full date, perhaps with a weekday and a time ("Issued Thursday 18
// January 2024", "Issued: 18.01.2024 06:00", "Started: Wednesday, November
// 3, 2010 8:05 AM ET"), as weather warnings and press releases date
// themselves and live pages say when they opened. Unlike the other
// labels, these also open sentences ("Issued on Monday, the report ...",
// "Started in 2010, the fund ..."), so the date must be all the line.
func issuedDate(rest string) (string, bool) {
	i := pubSkipSpaces(rest, 0)
	if w, end := pubWordAt(rest, i); w == "at" {
		i = pubSkipSpaces(rest, end) // "Issued at: 10:00 (UTC) on Sun 25 Jan 2026"
	}
	if i < len(rest) && rest[i] == ':' {
		i = pubSkipSpaces(rest, i+1)
	}
	i = clockBefore(rest, i)
	d, ok := parseWritten(rest, i)
	if !ok || !d.full() || !timeOnly(rest[d.end:]) {
		return "", false
	}
	return rest, true
}

// clockBefore returns where the date begins in rest[i:] when a clock time
// comes first, with its zone and "on" ("10:00 (UTC) on Sun 25 Jan 2026",
// "06:00 GMT on 18 January 2024"), as weather services stamp warnings;
// otherwise i.
func clockBefore(rest string, i int) int {
	h, j := pubNumber(rest, i, 2)
	if j == i || h > 24 || j+2 >= len(rest) || rest[j] != ':' && rest[j] != '.' {
		return i
	}
	if _, k := pubNumber(rest, j+1, 2); k != j+3 {
		return i
	}
	for k := j + 3; k < len(rest) && k < j+maxClockTail; {
		w, end := pubWordAt(rest, k)
		if w == "on" {
			return pubSkipSpaces(rest, end)
		}
		if w == "" {
			end = k + 1 // "(", ")", a space
		}
		k = end
	}
	return i
}

// maxClockTail bounds what clockBefore reads between a clock time and
// "on": its zone, perhaps in brackets, and "am" or "pm".
const maxClockTail = 16

// hasYearDigits reports whether s holds a run of exactly four digits, as
// every full date parseWritten reads does (2024-11-27, 27.11.2024, Nov.
// 27, 2024). Most lines of an article have none, and this scan is much
// cheaper than trying to read a date at each of their words.
func hasYearDigits(s string) bool {
	for i := 0; i < len(s); {
		if !pubDigit(s[i]) {
			i++ // a line is mostly letters: one comparison each
			continue
		}
		j := i + 1
		for j < len(s) && pubDigit(s[j]) {
			j++
		}
		if j-i == 4 {
			return true
		}
		i = j
	}
	return false
}

// revisionLine reports whether line is labelled as a revision of the page
// ("Updated: 17 Aug 2021", "Last modified on …", "Last reviewed: 5 March
// 2015"): its date is the
// publication date only when no "Published" line follows within
// updateReach lines, as pages that set the update first often do
// ("Updated: 17 Aug 2021, 09:10 AM IST" over "First Published: 11 Aug
// 2021, 06:45 PM IST").
func revisionLine(line string) bool {
	w := labelWord(line)
	return strings.EqualFold(w, "updated") || strings.EqualFold(w, "modified") || strings.EqualFold(w, "reviewed")
}

// liveTopStamp reports whether line, a date stamped with its minute and
// no label, stands right over a "First published" line, the first line
// of rest that holds anything: a live page sets the time of its last
// entry on top ("Sun 10 Feb 2019 01.20 GMT") and the time it began
// under it, and the page is dated by the day it began, as an "Updated"
// line gives way to a "First published" one, so that a page that ran
// past midnight is not dated by the morning after.
func liveTopStamp(line, rest string) bool {
	if _, labelled := afterLabel(line); labelled || !stampedLine(line) {
		return false
	}
	rest = strings.TrimLeft(rest, " \t\r\n")
	if end := strings.IndexByte(rest, '\n'); end >= 0 {
		rest = rest[:end]
	}
	return firstPublished(trimMarks(rest))
}

// firstPublished reports whether line is labelled with the page's first
// appearance: "Published", "First published", "Posted", a live page's
// "Started".
func firstPublished(line string) bool {
	w := labelWord(line)
	return strings.EqualFold(w, "published") || strings.EqualFold(w, "posted") || strings.EqualFold(w, "started")
}

// labelWord returns the publication label opening line ("updated" of
// "Page last updated"), or "" when line opens with none.
func labelWord(line string) string {
	if _, ok := afterLabel(line); !ok {
		return ""
	}
	w, _ := labelAt(line)
	return w
}

// labelAt returns the word a publication label would be at the start of
// line, past "Page", "Story" or "Article" and then "First" or "Last"
// ("Page last updated at 16:02 GMT"), and the offset after it.
func labelAt(line string) (string, int) {
	w, end := pubWordAt(line, 0)
	if strings.EqualFold(w, "page") || strings.EqualFold(w, "story") || strings.EqualFold(w, "article") {
		w, end = pubWordAt(line, pubSkipSpaces(line, end))
	}
	if strings.EqualFold(w, "first") || strings.EqualFold(w, "last") {
		w, end = pubWordAt(line, pubSkipSpaces(line, end))
	}
	return w, end
}

// updateReach is how many lines under an "Updated" line FindDateline
// reads for the "Published" line some pages set below it.
const updateReach = 3

// menuLine reports whether line is an item of a copied page's
// navigation or its furniture ("Skip to main content", "Sign in",
// "Middle East", "Share"): at most three words of letters, with no
// digits or punctuation, that is no publication label or byline. Such
// lines are not counted among the first lines that may date a page.
func menuLine(line string) bool {
	if line == "Skip to main content" || line == "Skip to content" {
		return true // the first item of many a copied page, four words long
	}
	if len(line) > maxMenuItem || isLabelled(line) || isByline(line) {
		return false
	}
	words := 0
	for _, w := range strings.Fields(line) {
		for k := 0; k < len(w); k++ {
			if !pubLetter(w[k]) && w[k] != '-' && w[k] != '\'' {
				return false
			}
		}
		words++
	}
	return words > 0 && words <= 3
}

// shareBar reports whether line is a copied page's share bar ("Share on
// Facebook   Share on Twitter   Email", "Share | Tweet | Email",
// "Comments (14)" beside them): every word is a share button's and one is
// "Share" or "Tweet". Pages set the bar between the byline and the date
// stamp, so it is furniture, not one of the first lines that may date the
// page; a bar of six buttons is too long for menuLine.
func shareBar(line string) bool {
	if len(line) > maxPublishedLine {
		return false
	}
	action := false
	for _, w := range strings.FieldsFunc(line, shareBarSeparator) {
		w = strings.ToLower(w)
		if !shareBarWords[w] {
			return false
		}
		action = action || shareActions[w]
	}
	return action
}

// shareBarSeparator reports whether r parts a share bar's buttons or
// belongs to a count beside one ("Comments (14)"), not to a word.
func shareBarSeparator(r rune) bool {
	return r == ' ' || r == '\t' || r == '|' || r == '\u00b7' || r == ':' || r == '(' || r == ')' || r >= '0' && r <= '9' || r == '\u00a0'
}

// IsMenuLine reports whether line, trimmed, is an item of a copied page's
// navigation or furniture ("Skip to main content", "Sign in", "Middle
// East"): at most three plain words, no publication label or byline. A
// run of MenuRun or more such lines is a menu, not a short headline.
func IsMenuLine(line string) bool {
	return menuLine(trimMarks(line))
}

// MenuRun is the fewest menu lines in a row that make a navigation menu
// rather than a short headline or a section's name.
const MenuRun = minMenuRun

// maxMenuItem is the longest menu line menuLine takes, and maxMenuLines
// the most FindDateline passes over, which bounds the lines it reads. A
// run of at least minMenuRun such lines is a navigation menu and is not
// counted among the first lines; a shorter one is.
const (
	maxMenuItem  = 28
	maxMenuLines = 64
	minMenuRun   = 3
)

// unglueStamp puts back the space a browser's copy drops between the
// parts of a page's date stamp, which pages set in elements of their own:
// "November 27, 20245:10 AM GMT+0Updated 2 hours ago" (the year, the
// time, the label), "Published On 27 Nov 202427 Nov 2024" (the date
// twice, once hidden). A year of a written date ("27, 2024", "Nov 2024")
// is parted from a clock time, a day and a month, or a capitalised word
// glued to it; any other line is returned as it is.
func unglueStamp(line string) string {
	for i := 2; i+4 < len(line); i++ {
		if line[i-1] != ' ' || (line[i-2] != ',' && !pubLetter(line[i-2])) || !yearDigits(line[i:]) {
			continue
		}
		if j := i + 4; pubDigit(line[j]) && gluedDateOrTime(line[j:]) ||
			line[j] >= 'A' && line[j] <= 'Z' && j+1 < len(line) && line[j+1] >= 'a' && line[j+1] <= 'z' {
			return line[:j] + " " + unglueStamp(line[j:])
		}
	}
	return line
}

// yearDigits reports whether s opens with a year of the last two
// centuries, as page stamps write them.
func yearDigits(s string) bool {
	return len(s) >= 4 && (s[:2] == "19" || s[:2] == "20") && pubDigit(s[2]) && pubDigit(s[3])
}

// gluedDateOrTime reports whether s, what follows a year in a stamp with
// no space, is a clock time ("5:10 AM") or a day and month ("27 Nov
// 2024"): one or two digits, then a colon and a digit, or a space and a
// month.
func gluedDateOrTime(s string) bool {
	n := 0
	for n < len(s) && n < 3 && pubDigit(s[n]) {
		n++
	}
	if n == 0 || n > 2 || n+1 >= len(s) {
		return false
	}
	if s[n] == ':' {
		return pubDigit(s[n+1])
	}
	m, _ := pubMonthAt(s, n+1)
	return s[n] == ' ' && m != 0
}

// lineMarks is what is trimmed from both ends of a line before it is read
// for a publication date: Markdown marks, spaces and no-break spaces.
const lineMarks = "#*_> \t\r\u00a0"

// trimMarks is strings.Trim(line, lineMarks) without its slow path for a
// cut set holding a rune that is not ASCII: the only such rune is the
// no-break space, matched by its bytes.
func trimMarks(line string) string {
	const nbsp = "\u00a0"
	for len(line) > 0 {
		if b := line[0]; b < utf8.RuneSelf && markByte[b] {
			line = line[1:]
		} else if strings.HasPrefix(line, nbsp) {
			line = line[len(nbsp):]
		} else {
			break
		}
	}
	for len(line) > 0 {
		if b := line[len(line)-1]; b < utf8.RuneSelf && markByte[b] {
			line = line[:len(line)-1]
		} else if strings.HasSuffix(line, nbsp) {
			line = line[:len(line)-len(nbsp)]
		} else {
			break
		}
	}
	return line
}

// markByte marks the ASCII bytes of lineMarks.
var markByte = func() (set [utf8.RuneSelf]bool) {
	for _, r := range lineMarks {
		if r < utf8.RuneSelf {
			set[r] = true
		}
	}
	return set
}()

// bylineVerbs open a byline that names how the writer made the story:
// "Written by", "Reported by", "Words by".
var bylineVerbs = map[string]bool{"Written": true, "Reported": true, "Words": true, "Story": true, "Text": true}

// isByline reports whether line is a byline: "By Staff reporter · 27
// November 2024", "By A. Writer | Nov 27, 2024", or the older British
// newspaper's "From our Paris correspondent, 3 May 1998", which names
// the writer's post where others name the writer.
func isByline(line string) bool {
	if len(line) >= 160 {
		return false
	}
	if strings.HasPrefix(line, "By ") {
		return true
	}
	if w, _ := pubWordAt(line, 0); bylineVerbs[w] && strings.HasPrefix(line[len(w):], " by ") {
		return true // "Written by Ann Lee on 27 November 2024"
	}
	desk, ok := strings.CutPrefix(line, "From our ")
	if !ok {
		return false // "From our point of view, ..." opens a sentence
	}
	desk, _, _ = strings.Cut(desk, ",")
	for _, w := range strings.Fields(strings.ToLower(desk)) {
		if bylinePosts[w] {
			return true
		}
	}
	return false
}

// dateOnly returns the date of a line that is nothing but a date, perhaps
// with a weekday before it and a time after it: "2024-10-07",
// "**Monday, October 7, 2024, 09:30 UTC**", "27.11.2024 10:14". A
// publication label after a bar or a semicolon is the page's furniture
// and may follow, as may one after the time and any separator ("26 May
// 2023 · Updated 11:05"), the stamps IsPublicationLine also accepts.
func dateOnly(line string) (time.Time, bool) {
	line = dropLabelTail(line)
	d, ok := parseWritten(line, 0)
	if !ok || !d.full() {
		return time.Time{}, false
	}
	if rest := line[d.end:]; !timeOnly(rest) && !labelAfterTime(rest) && !readingTime(rest) {
		return time.Time{}, false
	}
	return d.time()
}

// barredStamp returns the date of a stamp line whose fields stand between
// bars or spaced separators: a date with its time, and beside it only a
// clock time, credits, "Name: value" pairs, a labelled date or a
// writer's or agency's name ("Source: Xinhua| 2023-03-08 14:22:05|Editor:
// huaxia", "Mehmet Yilmaz |20.09.2022 - Update : 20.09.2022", "November
// 27, 2024 / 10:15 AM / CBS News", "Ann Lee - Nov 27, 2024", "Staff
// Reporter | Published: November 27, 2024 10:15 IST"), as pages print
// the line under their headline.
func barredStamp(line string) (time.Time, bool) {
	if spacedSeparator(line) {
		line = stampSeparator.Replace(line) // only now: most lines have none, and Replace copies
	}
	if bars := strings.Count(line, "|"); bars == 0 || bars > maxStampFields-1 {
		return time.Time{}, false
	}
	var date time.Time
	credited := false // a stamp names who or what besides its date and time
	for field := range strings.SplitSeq(line, "|") {
		field = strings.TrimSpace(field)
		d, ok := dateOnly(field)
		if rest, labelled := afterLabel(field); labelled && !ok {
			d, ok = dateOnly(strings.TrimLeft(rest, " :"))
		}
		switch {
		case ok && date.IsZero():
			date = d
		case field == "" || strings.ContainsAny(field, "0123456789") && timeOnly(field) || readingTime(field):
		case creditField(field):
			credited = true
		default:
			return time.Time{}, false
		}
	}
	return date, credited && !date.IsZero()
}

// spacedSeparator reports whether line holds one of the spaced marks
// stampSeparator turns into bars.
func spacedSeparator(line string) bool {
	for i := 1; i+1 < len(line); i++ {
		if line[i-1] != ' ' {
			continue
		}
		for _, sep := range []string{"/ ", "- ", "– ", "— ", "· ", "• "} {
			if strings.HasPrefix(line[i:], sep) {
				return true
			}
		}
	}
	return false
}

// stampSeparator turns the spaced marks a stamp line sets between its
// fields into bars. Only spaced marks part fields: "2024-11-27" and
// "27/11/2024" keep theirs.
var stampSeparator = strings.NewReplacer(" / ", "|", " - ", "|", " – ", "|", " — ", "|", " · ", "|", " • ", "|")

// maxStampFields bounds the fields barredStamp reads in a line.
const maxStampFields = 5

// creditField reports whether field, one part of a barred stamp line, is
// a credit: "Source: Xinhua", "Editor: huaxia" (a label of one or two
// words and a colon), or a writer's or agency's name of up to four
// capitalised words.
func creditField(field string) bool {
	if label, _, ok := strings.Cut(field, ":"); ok {
		label = strings.TrimSpace(label)
		return label != "" && label[0] >= 'A' && label[0] <= 'Z' && len(strings.Fields(label)) <= 2
	}
	words := strings.Fields(field)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !capitalWord(w) {
			return false
		}
	}
	return len(words) > 0
}

// dropSectionHead cuts from line a section name before a bar, as pages
// set their section or a live blog's "Live" beside the date: "Live |
// Sunday 25 September 2022", "Business news | 3 May 2019". The head is a
// few capitalised words with no digits, so a headline's date stays.
func dropSectionHead(line string) string {
	head, tail, ok := strings.Cut(line, " | ")
	if !ok || len(head) > maxSectionHead || head == "" || head[0] < 'A' || head[0] > 'Z' ||
		strings.ContainsAny(head, "0123456789") || len(strings.Fields(head)) > 3 {
		return line
	}
	return tail
}

// maxSectionHead is the longest section name dropSectionHead cuts.
const maxSectionHead = 24

// dropLabelTail cuts from line a publication label that follows its date
// after a bar or a semicolon, as pages print the time of posting beside
// the date of the issue: "Jan 28, 2015 7:48 PM EST | Published 2 hours
// ago", "Sunday, March 5, 2006; Posted 8:15 AM".
func dropLabelTail(line string) string {
	for _, sep := range []string{" | ", "; "} {
		if head, tail, ok := strings.Cut(line, sep); ok && isLabelled(strings.TrimLeft(tail, " ")) {
			return head
		}
	}
	return line
}

// stampedLine reports whether line holds a clock time, two digits after a
// colon ("12 June 2024 | 14:35"), or after a full stop when a time zone
// follows ("Mon 15 Jan 2024 14.32 GMT", as British papers write the
// time): a line that is only a date stamped with its minute is a page's
// publication stamp, also under a byline without "By" (a bare author
// name), since the date of an event has no minute. The zone is required
// after a full stop, which otherwise writes decimals.
func stampedLine(line string) bool {
	for i := 1; i+2 < len(line); i++ {
		if !pubDigit(line[i-1]) || !pubDigit(line[i+1]) || !pubDigit(line[i+2]) {
			continue
		}
		if line[i] == ':' || line[i] == '.' && zoneAfter(line[i+3:]) {
			return true
		}
	}
	return false
}

// zoneAfter reports whether rest opens with a space and a time zone
// written in two to four capitals ("GMT", "BST", "ET", "CEST") that ends
// there or at a space or sign.
func zoneAfter(rest string) bool {
	if len(rest) < 3 || rest[0] != ' ' {
		return false
	}
	j := 1
	for j < len(rest) && j <= 5 && rest[j] >= 'A' && rest[j] <= 'Z' {
		j++
	}
	if j < 3 || j > 5 {
		return false
	}
	return j == len(rest) || rest[j] == ' ' || rest[j] == '+' || rest[j] == '-'
}

// fullDateline returns the date of a news dateline with a full date:
// "ASTANA, Nov. 27, 2024 (Reuters) –", "Moscow, Kazakhstan, 22 November
// 2024 — …", or any line where a full date is followed by an agency in
// parentheses or a dash.
func fullDateline(line string) (time.Time, bool) {
	for i := 0; i < len(line); i++ {
		if !pubWordStart(line, i) {
			continue
		}
		d, ok := parseWritten(line, i)
		if !ok || !d.full() {
			continue
		}
		if datelineEnds(line[d.end:]) {
			return d.time()
		}
		i = d.end - 1
	}
	return time.Time{}, false
}

// yearlessDateline returns the date of a wire dateline whose date has no
// year, in the given year: "WASHINGTON, June 12 (Reuters) -". The place
// must open the line, in capitals, and a comma must follow it.
func yearlessDateline(line string, year int) (time.Time, bool) {
	d, ok := datelineMonthDay(line)
	if !ok {
		return time.Time{}, false
	}
	d.year = year
	return d.time()
}

// datelineMonthDay reads the month and day of a wire dateline without a
// year, as yearlessDateline accepts it; the year is left 0.
func datelineMonthDay(line string) (written, bool) {
	at, ok := datelinePlace(line)
	if !ok {
		return written{}, false
	}
	d, ok := parseWritten(line, at)
	if !ok || d.year != 0 || !datelineEnds(line[d.end:]) {
		return written{}, false
	}
	return d, true
}

// eitherWay returns the first numeric date in s that reads both day-first
// and month-first ("08/06/2016"), as parseNumericFirst refuses it, read
// day-first; its year is 0 when there is none.
func eitherWay(s string) written {
	for i := 0; i < len(s); i++ {
		if !pubWordStart(s, i) || !pubDigit(s[i]) {
			continue
		}
		a, j := pubNumber(s, i, 3)
		if j-i > 2 || j >= len(s) || s[j] != '/' {
			continue
		}
		b, k := pubNumber(s, j+1, 3)
		if k-(j+1) < 1 || k-(j+1) > 2 || k >= len(s) || s[k] != '/' {
			continue
		}
		y, end := pubNumber(s, k+1, 5)
		if end-(k+1) != 4 || a < 1 || a > 12 || b < 1 || b > 12 {
			continue
		}
		return written{year: y, month: b, day: a, end: end}
	}
	return written{}
}

// settleEitherWay returns the reading of a two-way stamp date that a
// dateline's month and day confirm, day-first or month-first.
func settleEitherWay(either, wire written) (time.Time, bool) {
	if either.year == 0 || wire.month == 0 {
		return time.Time{}, false
	}
	switch {
	case wire.month == either.month && wire.day == either.day:
	case wire.month == either.day && wire.day == either.month:
	default:
		return time.Time{}, false
	}
	wire.year = either.year
	return wire.time()
}

// datelinePlace reads the place that opens a wire dateline and returns
// where the date after it starts: a place in capitals and a comma
// ("WASHINGTON, June 12"), perhaps with the country or region it lies in
// after a second comma, as wires write a place abroad ("KOUROU, French
// Guiana, Nov 20", "SYDNEY, Nova Scotia, Jan 3").
func datelinePlace(line string) (int, bool) {
	comma := strings.IndexByte(line, ',')
	if comma < 2 || comma > 60 || !placeName(line[:comma]) {
		return 0, false
	}
	at := pubSkipSpaces(line, comma+1)
	if next := strings.IndexByte(line[at:], ','); next > 0 && regionName(line[at:at+next]) {
		if _, ok := parseWritten(line, at); !ok {
			at = pubSkipSpaces(line, at+next+1)
		}
	}
	return at, true
}

// titledPlace reads a place in capitalised words and a comma opening a
// line ("Bengaluru, Aug 22 (PTI)", "New Delhi, Jan 3 (IANS)"), as Indian
// agencies write their datelines, and returns where the date after it
// starts. Such a place reads like the start of a sentence, so the caller
// also wants an agency after the date (see agencyAfter).
func titledPlace(line string) (int, bool) {
	comma := strings.IndexByte(line, ',')
	if comma < 2 || comma > 40 || !regionName(line[:comma]) {
		return 0, false
	}
	return pubSkipSpaces(line, comma+1), true
}

// maxAgency bounds the agency's name in a dateline's parentheses.
const maxAgency = 12

// agencyAfter reports whether rest, what follows a dateline's date, opens
// with a news agency in parentheses: "(PTI)", "(IANS)".
func agencyAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ,")
	shut := strings.IndexByte(rest, ')')
	return strings.HasPrefix(rest, "(") && shut > 1 && shut <= maxAgency && regionName(rest[1:shut])
}

// regionName reports whether s can be the country or region after a
// dateline's place: one to three capitalised words ("French Guiana",
// "Nova Scotia", "Kazakhstan").
func regionName(s string) bool {
	words := 0
	for rest := strings.TrimLeft(s, " \t"); rest != ""; words++ {
		w := rest
		if end := strings.IndexAny(rest, " \t"); end >= 0 {
			w = rest[:end]
		}
		if words == 3 || !capitalWord(w) {
			return false
		}
		rest = strings.TrimLeft(rest[len(w):], " \t")
	}
	return words > 0
}

// capitalWord reports whether w is one word of a place's name: a capital,
// then letters, dots and hyphens ("Guiana", "St.", "Nur-Sultan").
func capitalWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; !pubLetter(c) && c < 0x80 && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// placeName reports whether s can be a dateline's place: capitals, spaces
// and the punctuation of names ("ST. PETERSBURG", "NUR-SULTAN").
func placeName(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '.' || c == '-' || c == '\'':
		default:
			return false
		}
	}
	return letters >= 2
}

// datelineEnds reports whether the rest of a line after a date reads like
// the end of a news dateline: "(Reuters)", "(Reuters) -", "--", "—", ":".
// slashAgency returns the length of the agency's name set between
// slashes after a dateline's date, with the full stops around it ("
// /TASS/.", ". /TASS/. "), as some state agencies write their datelines,
// or 0 when rest does not open with one.
func slashAgency(rest string) int {
	i := 0
	if strings.HasPrefix(rest, ".") {
		i++
	}
	i = pubSkipSpaces(rest, i)
	if i >= len(rest) || rest[i] != '/' {
		return 0
	}
	shut := strings.IndexByte(rest[i+1:], '/')
	if shut < 2 || shut > maxAgency || !regionName(rest[i+1:i+1+shut]) {
		return 0
	}
	end := i + shut + 2
	if strings.HasPrefix(rest[end:], ".") {
		end++
	}
	return end
}

func datelineEnds(rest string) bool {
	rest = strings.TrimLeft(rest, " ,")
	if slashAgency(rest) > 0 {
		return true // "MOSCOW, June 14. /TASS/. The president said"
	}
	if strings.HasPrefix(rest, "(") {
		shut := strings.IndexByte(rest, ')')
		if shut < 0 || shut > 40 {
			return false
		}
		rest = strings.TrimLeft(rest[shut+1:], " ")
		if rest == "" || rest[0] >= 'A' && rest[0] <= 'Z' {
			return true // "(PTI) The Indian space agency said"
		}
	}
	for _, p := range []string{"-", "–", "—", "/", ":"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// ungovernedDate returns the first full date in line that no preposition
// governs: "Headline\nMarch 01 , 2008" dates the text, "Talks resume on
// 3 May 2024" does not.
func ungovernedDate(line string) (time.Time, bool) {
	for i := 0; i < len(line); i++ {
		if !pubWordStart(line, i) {
			continue
		}
		d, ok := parseWritten(line, i)
		if !ok || !d.full() {
			continue
		}
		if governed(line[:i]) {
			return time.Time{}, false
		}
		return d.time()
	}
	return time.Time{}, false
}

// pubGoverning are prepositions that make a date part of a statement
// rather than the date of the text.
var pubGoverning = map[string]bool{"in": true, "on": true, "since": true, "by": true, "from": true,
	"until": true, "of": true, "before": true, "after": true, "to": true, "for": true, "at": true,
	"during": true, "till": true}

// governed reports whether before ends with a governing preposition.
func governed(before string) bool {
	before = strings.TrimRight(before, " ")
	i := len(before)
	for i > 0 && pubLetter(before[i-1]) {
		i--
	}
	return pubGoverning[strings.ToLower(before[i:])]
}

// FirstDate returns the first full calendar date written in s: ISO
// (2024-11-27), day-first numeric (27.11.2024) or written out ("27
// November 2024", "Wed, Nov. 27th, 2024"), at UTC midnight. Impossible
// days such as 31 November are skipped.
func FirstDate(s string) (time.Time, bool) {
	for i := 0; i < len(s); i++ {
		if !pubWordStart(s, i) {
			continue
		}
		if d, ok := parseWritten(s, i); ok && d.full() {
			if t, ok := d.time(); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// ParseDate reads a full calendar date at the start of s, after an
// optional weekday, as FirstDate writes them; what follows the date is
// ignored ("27 Nov 2024 10:00 GMT").
func ParseDate(s string) (time.Time, bool) {
	d, ok := parseWritten(s, pubSkipSpaces(s, 0))
	if !ok || !d.full() {
		return time.Time{}, false
	}
	return d.time()
}

// written is a date as parseWritten read it; year is 0 when none was
// written ("June 12"). end is the offset just past it.
type written struct {
	year, month, day int
	end              int
}

func (d written) full() bool { return d.year != 0 }

// time returns the date at UTC midnight, if it exists and has a
// four-digit year.
func (d written) time() (time.Time, bool) {
	if d.year < 1000 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1 {
		return time.Time{}, false
	}
	t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
	if t.Day() != d.day {
		return time.Time{}, false
	}
	return t, true
}

// parseWritten reads a date at s[i:], after an optional weekday: ISO
// "2024-11-27" or "2024/11/27", day-first "27.11.2024", "27/11/2024" when
// the day cannot be a month, "27 November 2024", "27th Nov, 2024",
// "November 27, 2024", "Nov. 27 2024", or a month and day without a year
// ("June 12"). It reads a bounded number of bytes.
func parseWritten(s string, i int) (written, bool) {
	i = pubWeekday(s, i)
	if i >= len(s) {
		return written{}, false
	}
	if pubDigit(s[i]) {
		return parseNumericFirst(s, i)
	}
	m, j := pubMonthAt(s, i)
	if m == 0 {
		return written{}, false
	}
	j = pubSkipSpaces(s, j)
	day, k := pubNumber(s, j, 2)
	if k == j || day > 31 {
		return written{}, false
	}
	k = pubOrdinal(s, k)
	if k < len(s) && pubLetter(s[k]) {
		return written{}, false
	}
	d := written{month: m, day: day, end: k}
	if y, end, ok := yearAfter(s, k); ok {
		d.year, d.end = y, end
	}
	return d, true
}

// parseNumericFirst reads a date that opens with digits: ISO, day-first
// numeric, or a day before a month name.
func parseNumericFirst(s string, i int) (written, bool) {
	n, j := pubNumber(s, i, 4)
	switch {
	case j-i == 4 && j < len(s) && (s[j] == '-' || s[j] == '/' || s[j] == '.'):
		m, k := pubNumber(s, j+1, 2)
		if k == j+1 || k >= len(s) || s[k] != s[j] {
			return written{}, false
		}
		d, end := pubNumber(s, k+1, 2)
		if end == k+1 || (end < len(s) && pubDigit(s[end])) {
			return written{}, false
		}
		return written{year: n, month: m, day: d, end: end}, true
	case j-i <= 2 && j < len(s) && (s[j] == '.' || s[j] == '/' || s[j] == '-') && j+1 < len(s) && pubDigit(s[j+1]):
		m, k := pubNumber(s, j+1, 2)
		if k >= len(s) || s[k] != s[j] {
			return written{}, false
		}
		y, end := pubNumber(s, k+1, 4)
		if end-(k+1) != 4 || (end < len(s) && pubDigit(s[end])) {
			return written{}, false
		}
		day := n
		if s[j] != '.' && m > 12 { // 11/27/2024 is month-first
			day, m = m, n
		} else if s[j] != '.' && n <= 12 && n != m {
			return written{}, false // 05/06/2024 and 05-06-2024 could be either; 12/12/2023 is one day
		}
		return written{year: y, month: m, day: day, end: end}, true
	case j-i <= 2:
		k := pubOrdinal(s, j)
		if k < len(s) && s[k] == '.' {
			k++
		}
		m, l := pubMonthAt(s, pubSkipSpaces(s, k))
		if m == 0 || l == pubSkipSpaces(s, k) || (k == j && pubSkipSpaces(s, k) == k) {
			return written{}, false
		}
		d := written{month: m, day: n, end: l}
		if y, end, ok := yearAfter(s, l); ok {
			d.year, d.end = y, end
		}
		return d, true // with no year, as "November 27" ("PARIS, 24 September (AFP) -")
	}
	return written{}, false
}

// yearAfter reads a four-digit year after a day or month, past commas and
// spaces ("27, 2024", "November 2024", "01 , 2008").
func yearAfter(s string, i int) (int, int, bool) {
	j := i
	for j < len(s) && j < i+4 && (s[j] == ' ' || s[j] == ',' || s[j] == '.') {
		j++
	}
	if j == i {
		return 0, i, false
	}
	y, end := pubNumber(s, j, 4)
	if end-j != 4 || (end < len(s) && (pubDigit(s[end]) || pubLetter(s[end]))) {
		return 0, i, false
	}
	return y, end, true
}

// pubMonths are the months in order, each read in full or by its first
// three letters; "Sept" is also read.
var pubMonths = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// pubMonthAt reads a month name or abbreviation at s[i:], with an optional
// period, and returns its number (0 when there is none) and its end.
func pubMonthAt(s string, i int) (int, int) {
	w, end := pubWordAt(s, i)
	if len(w) < 3 {
		return 0, i
	}
	first := w[0] | 0x20 // lower case: w is ASCII letters
	for k, name := range pubMonths {
		if name[0] != first {
			continue // most words start with no month's letter
		}
		if strings.EqualFold(w, name) || len(w) == 3 && strings.EqualFold(w, name[:3]) ||
			k == 8 && strings.EqualFold(w, "sept") {
			if end < len(s) && s[end] == '.' {
				end++
			}
			return k + 1, end
		}
	}
	return 0, i
}

// pubWeekdays are the days of the week, read in full or shortened to
// three or four letters ("Wed", "Tues", "Thurs").
var pubWeekdays = [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// pubWeekday returns where a date starts after an optional weekday and
// its punctuation at s[i:] ("Wednesday, ", "Wed. ").
func pubWeekday(s string, i int) int {
	w, end := pubWordAt(s, i)
	if len(w) < 3 || len(w) > len("wednesday") {
		return i
	}
	first := w[0] | 0x20 // lower case: w is ASCII letters
	for _, name := range pubWeekdays {
		if name[0] != first {
			continue
		}
		if len(w) <= 4 && strings.EqualFold(w, name[:len(w)]) || strings.EqualFold(w, name) {
			for end < len(s) && (s[end] == '.' || s[end] == ',' || s[end] == ' ') {
				end++
			}
			return end
		}
	}
	return i
}

// pubOrdinal steps over "st", "nd", "rd" or "th" after a day number.
func pubOrdinal(s string, i int) int {
	if i+2 <= len(s) {
		// |0x20 lower-cases a letter and turns no other byte into one.
		switch string([]byte{s[i] | 0x20, s[i+1] | 0x20}) {
		case "st", "nd", "rd", "th":
			if i+2 == len(s) || !pubLetter(s[i+2]) {
				return i + 2
			}
		}
	}
	return i
}

// pubWordAt returns the run of ASCII letters at s[i:] and its end.
func pubWordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) && pubLetter(s[j]) {
		j++
	}
	return s[i:j], j
}

// pubNumber reads up to max digits at s[i:] and returns their value and end.
func pubNumber(s string, i, max int) (int, int) {
	n, j := 0, i
	for j < len(s) && j < i+max && pubDigit(s[j]) {
		n = n*10 + int(s[j]-'0')
		j++
	}
	return n, j
}

func pubSkipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// pubWordStart reports whether a word or number starts at s[i].
func pubWordStart(s string, i int) bool {
	return (pubLetter(s[i]) || pubDigit(s[i])) && (i == 0 || !pubLetter(s[i-1]) && !pubDigit(s[i-1]))
}

func pubDigit(b byte) bool  { return b >= '0' && b <= '9' }
func pubLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// IsPublicationLine reports whether line states when its article was
// published or updated rather than telling of an event: a labelled line
// ("Published 27 November 2024, 10:14", "Updated: 27.11.2024"), a byline
// with a date ("By Staff reporter · 27 November 2024") or a line that is
// only a date, perhaps with a weekday and a time ("Wednesday, Nov 27").
func IsPublicationLine(line string) bool {
	line = trimMarks(line)
	if line == "" || len(line) > maxPublishedLine {
		return false
	}
	line = unglueStamp(line)
	if _, ok := afterLabel(line); ok {
		return true
	}
	if isByline(line) || lineOfDateline(line) {
		return true
	}
	if _, ok := barredStamp(line); ok {
		return true
	}
	if _, ok := shortYearStamp(line); ok {
		return true
	}
	line = dropSectionHead(dropLabelTail(line)) // "Sunday, March 5, 2006; Posted 8:15 AM", "Live | Sunday 25 September 2022"
	d, ok := parseWritten(line, 0)
	return ok && (timeOnly(line[d.end:]) || labelAfterTime(line[d.end:]) || readingTime(line[d.end:]))
}

// lineOfDateline reports whether line is a dateline set on a line of its
// own, a place and the date with nothing after it but perhaps a time
// ("WELLINGTON, Wednesday 15 May 2013", "CAPE TOWN, January 2 2004",
// "Nairobi, Kenya, Monday, March 3, 2025"), as papers print it above the
// first paragraph instead of opening it: the date is the day of the
// issue, no event.
func lineOfDateline(line string) bool {
	if at, ok := datelinePlace(line); ok {
		d, ok := parseWritten(line, at)
		return ok && timeOnly(line[d.end:])
	}
	// A place in capitalised words reads like a sentence's start, so
	// it needs the year: "Nairobi, Kenya, Monday, March 3, 2025".
	at, ok := titledPlace(line)
	if !ok {
		return false
	}
	if next := strings.IndexByte(line[at:], ','); next > 0 && regionName(line[at:at+next]) {
		at = pubSkipSpaces(line, at+next+1) // the country after the city
	}
	d, ok := parseWritten(line, at)
	return ok && d.full() && timeOnly(line[d.end:])
}

// DatedClockLine reports whether line is only a written date and a clock
// time, "Thu 7 May 2026 23.40 BST", "7 May 2026 22:01": a publication line
// at the head of a page, but over a live page's entry, once its entries
// have begun, the stamp of an entry from an earlier day than the page's.
func DatedClockLine(line string) bool {
	line = trimMarks(line)
	if line == "" || len(line) > maxPublishedLine {
		return false
	}
	d, ok := parseWritten(line, 0)
	return ok && strings.ContainsAny(line[d.end:], "0123456789") && timeOnly(line[d.end:])
}

// readingTime reports whether rest, what follows a date opening a line,
// is the story's reading time, as pages set it beside their date: "7
// November 2023 · 6 min read", "Jan 3, 2010 | 4 minute read".
func readingTime(rest string) bool {
	rest = strings.TrimLeft(rest, " ,|·•–—-")
	n := 0
	for n < len(rest) && pubDigit(rest[n]) {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	unit, ok := strings.CutSuffix(strings.TrimSpace(rest[n:]), " read")
	return ok && readingUnits[strings.ToLower(strings.TrimSpace(unit))]
}

// readingUnits name the minutes of a reading time.
var readingUnits = map[string]bool{"min": true, "mins": true, "minute": true, "minutes": true}

// dropAt returns rest, what follows a date, without the "at" that some
// American papers set before the clock time of a stamp ("March 2, 2023
// at 9:14 a.m. EST"); rest is returned as it is unless a number follows.
func dropAt(rest string) string {
	if r, ok := strings.CutPrefix(strings.TrimLeft(rest, " ,"), "at "); ok && r != "" && pubDigit(r[0]) {
		return r
	}
	return rest
}

// stampSeparators set a page's date, its time and its label apart:
// "March 2, 2023 | Updated …", "January 13, 2017 / 11:52 AM / Updated 2
// hours ago", as wire pages print it.
const stampSeparators = " ,|·•–—-/"

// stampChars are what a clock time in a stamp is written with, besides
// the separators: digits, its marks and zones ("10:31 AM GMT+0").
const stampChars = stampSeparators + ":.0123456789apmAPMUTCGZ+*_"

// labelAfterTime reports whether rest, what follows a date opening a line,
// is a time and then a publication label: "November 27, 2024 10:31 AM
// GMT+0 Updated 2 hours ago", "March 2, 2023 at 9:14 a.m. EST | Updated
// March 2, 2023 at 1:40 p.m. EST", as news sites stamp their stories.
func labelAfterTime(rest string) bool {
	rest = dropAt(rest)
	i := strings.IndexFunc(rest, func(r rune) bool {
		return !strings.ContainsRune(stampChars, r)
	})
	if i < 0 || i > 24 {
		return false
	}
	// The time's zone may run on in capitals ("GMT", "EST", "ET").
	j := i
	for j < len(rest) && rest[j] >= 'A' && rest[j] <= 'Z' {
		j++
	}
	if j < len(rest) && rest[j] != ' ' {
		j = i
	}
	label := strings.TrimLeft(rest[j:], stampSeparators)
	_, ok := afterLabel(label)
	return ok || updateStamp(label)
}

// updateStamp reports whether s is "Update" and a date, as some agencies
// stamp a story's revision after its date ("20.09.2022 - Update :
// 20.09.2022"). Alone, "Update" is no label: "Update 3 p.m.: Police say
// the road will reopen" opens a live entry.
func updateStamp(s string) bool {
	rest, ok := strings.CutPrefix(s, "Update")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " :")
	d, ok := parseWritten(rest, 0)
	return ok && d.full() && timeOnly(rest[d.end:])
}

// DatelineHeader returns the length of the news dateline that opens line
// ("ASTANA, Nov 27 (Reuters) – ", "MOSCOW, Nov. 27, 2024 — "), up to the
// text it introduces, or 0 when there is none. The date of a dateline is
// the publication date, not an event.
func DatelineHeader(line string) int {
	at, ok := datelinePlace(line)
	titled := false
	if !ok {
		at, ok = titledPlace(line)
		titled = true
	}
	if !ok {
		return placelessDateline(line)
	}
	d, ok := parseWritten(line, at)
	if !ok && !titled {
		if n := agencyFirstDateline(line, at); n > 0 {
			return n
		}
		return weekdayDateline(line, at)
	}
	if !ok || !datelineEnds(line[d.end:]) || titled && !agencyAfter(line[d.end:]) {
		return 0
	}
	end := d.end
	if shut := strings.IndexByte(line[end:], ')'); shut >= 0 && shut < 48 && strings.Contains(line[end:end+shut], "(") {
		end += shut + 1
	}
	end += slashAgency(line[end:])
	rest := strings.TrimLeft(line[end:], " ,-–—:/")
	return len(line) - len(rest)
}

// agencyFirstDateline returns the length of a dateline whose place,
// ending at at, and perhaps its state or country, are followed by the
// agency's name in brackets and then the full date and a dash
// ("SISTERS, Ore. (AP) Aug. 13, 2008 - "), as some pages print wire
// copy, or 0.
func agencyFirstDateline(line string, at int) int {
	open := strings.IndexByte(line[at:], '(')
	if open < 0 || open > maxDatelineRegion || open > 0 && !regionName(strings.TrimSpace(line[at:at+open])) || !agencyAfter(line[at+open:]) {
		return 0
	}
	from := pubSkipSpaces(line, at+strings.IndexByte(line[at:], ')')+1)
	d, ok := parseWritten(line, from)
	if !ok || !d.full() || !datelineEnds(line[d.end:]) || strings.HasPrefix(strings.TrimLeft(line[d.end:], " ,"), "(") {
		return 0
	}
	rest := strings.TrimLeft(line[d.end:], " ,-–—:/")
	return len(line) - len(rest)
}

// maxDatelineRegion bounds the state or country between a dateline's
// place and its agency ("Ore. ", "French Guiana ").
const maxDatelineRegion = 24

// weekdayDateline returns the length of a dateline whose place, ending
// at at, is followed by a weekday's full name alone and a dash
// ("KELLING, Tuesday – ") or the end of the line ("CARROW, Sunday"), as
// papers date a story filed in the week of the issue, or 0. The weekday is the day of filing, not an event.
func weekdayDateline(line string, at int) int {
	w, _ := pubWordAt(line, at)
	lw := strings.ToLower(w)
	if _, ok := weekdayWords[lw]; !ok || strings.HasSuffix(lw, "s") || w[0] < 'A' || w[0] > 'Z' {
		return 0 // "Tuesdays" is a habit, no day of filing
	}
	end := at + len(w)
	if strings.TrimSpace(line[end:]) == "" {
		// "CARROW, Sunday" on a line of its own, over the story's first
		// paragraph, as long reads set their dateline apart.
		return len(line)
	}
	if !datelineEnds(line[end:]) {
		return 0
	}
	rest := strings.TrimLeft(line[end:], " ,-–—:/")
	return len(line) - len(rest)
}

// placelessDateline returns the length of a dateline with no place, a
// date and the agency's name in brackets and then a dash ("Jan 12
// (Reuters) - "), as wires open stories filed from no one city, or 0.
func placelessDateline(line string) int {
	d, ok := parseWritten(line, 0)
	if !ok || !agencyAfter(line[d.end:]) {
		return 0
	}
	end := d.end + strings.IndexByte(line[d.end:], ')') + 1
	rest := strings.TrimLeft(line[end:], " ")
	if !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "—") {
		return 0
	}
	rest = strings.TrimLeft(rest, " -–—")
	return len(line) - len(rest)
}

// timeOnly reports whether rest, what follows a date on a line, holds at
// most a time, punctuation and a zone ("10:14", ", 09:30 UTC", "| 10.14
// am", ", 10:31 AM ET"). The time may follow "at", as some American
// papers stamp a page ("March 2, 2023 at 9:14 a.m. EST").
func timeOnly(rest string) bool {
	rest = dropAt(strings.TrimRight(rest, " "))
	if n := len(rest) - len(strings.TrimRight(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")); n >= 2 && n <= 5 &&
		n < len(rest) && rest[len(rest)-n-1] == ' ' {
		rest = rest[:len(rest)-n] // the zone: "ET", "CEST", "AEDT"
	}
	return len(rest) <= 24 && strings.Trim(rest, stampChars) == ""
}

// endsSentence reports whether line ends as a sentence does, with a full
// stop, a question mark or an exclamation mark: the header's headline,
// standfirst and labels do not, so a line after one is the story's.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, " \"'”’")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "?") || strings.HasSuffix(line, "!")
}
