package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence's byte range in a text: Start inclusive, End
// exclusive.
type Sentence struct{ Start, End int }

// Sentences splits text into sentences. It knows the abbreviations of news
// prose (a.m., U.S., Gov., La., Sept.), keeps closing quotes with their
// sentence, and treats blank lines and short unpunctuated lines (headlines,
// datelines) as sentence ends.
func Sentences(text string) []Sentence {
	if len(text) > maxText {
		text = text[:maxText]
	}
	lower := foldASCII(text)
	toks, _ := tokenize(lower, nil)
	bounds := sentenceBounds(text, lower, toks, true, nil)
	return appendSentences(make([]Sentence, 0, len(bounds)), toks, bounds, 0)
}

// appendSentences appends the byte ranges of the sentences bounds, token
// index ranges into toks, to out, with base added to every offset.
func appendSentences(out []Sentence, toks []token, bounds [][2]int, base int) []Sentence {
	for _, b := range bounds {
		out = append(out, Sentence{base + int(toks[b[0]].start), base + int(toks[b[1]-1].end)})
	}
	return out
}

// sentenceBounds returns the sentences as token index ranges [from, to).
// opensText says whether text is the start of the whole text or a block
// of it that follows a paragraph break (see nextBlock), so that a block's
// first line is read as the whole text's would be.
func sentenceBounds(text, lower string, toks []token, opensText bool, buf [][2]int) [][2]int {
	out := buf[:0]
	from := 0
	lineStart, lineWords := 0, 0
	for k := 0; k < len(toks); k++ {
		run := wordRun(lower, toks, k) // most tokens, which no case below breaks after
		lineWords += run - k
		if k = run; toks[k].kind == kWord {
			lineWords++
		}
		if k+1 == len(toks) {
			break
		}
		newlines := int(toks[k+1].newlines)
		brk := false
		switch {
		case newlines >= 2:
			brk = true
		case toks[k].kind == kPunct && isTerminal(toks[k].in(lower)) && !decimalPoint(toks, k):
			term := k
			k = closers(lower, toks, k)
			if k+1 < len(toks) {
				newlines = int(toks[k+1].newlines)
			}
			// A blank line after the closing quotes ends the sentence
			// whatever opens the next ("setback.''\n\n``We").
			brk = k+1 < len(toks) && (newlines >= 2 || startsSentence(text, toks[k+1]) && !abbrevBefore(lower, toks, term))
		case toks[k].kind == kWord && lower[toks[k].end-1] == '.': // a dotted abbreviation
			brk = k+1 < len(toks) && isUpperStart(text[toks[k+1].start:]) &&
				(opensClause(toks[k+1].in(lower)) || clockSuffix(toks[k].in(lower)) && !clockGoesOn(text, lower, toks, k+1))
		}
		if !brk && newlines == 1 && headlineShaped(toks, lineStart, lineWords, opensText) &&
			lineIsHeadline(lower, toks, lineStart, k) &&
			k+1 < len(toks) && startsSentence(text, toks[k+1]) {
			brk = true
		}
		if !brk && newlines == 1 && (dayEntryAt(text, lower, toks, k+1) || bulletAt(text, lower, toks, k+1) ||
			labelEntryAt(text, lower, toks, k+1) && !lineContinues[toks[k].in(lower)]) {
			brk = true
		}
		if newlines > 0 || brk {
			lineStart, lineWords = k+1, 0
		}
		if brk && k+1 < len(toks) {
			out = append(out, [2]int{from, k + 1})
			from = k + 1
		}
	}
	if from < len(toks) {
		out = append(out, [2]int{from, len(toks)})
	}
	return out
}

// dayEntryAt reports whether the line starting at token k is an entry
// headed by a weekday, in full or short, perhaps with its day of the
// month ("Saturday: City v Rovers (3pm)", "Monday - talks resume", "Tue:
// debate", "Sat 11: Vale v Oldbury"), or by a month and its day ("July 16
// — last day to register", "16 September – summit"), as in fixture lists, listings, key dates and
// timelines: each line is a sentence of its own, whatever the line before
// ends with.
func dayEntryAt(text, lower string, toks []token, k int) bool {
	if m, ok := dayFirstHead(lower, toks, k); ok {
		return entrySeparator(lower, toks, m+1) // "16 September – summit in Bratislava", "28-29 June – summit"
	}
	if k+1 >= len(toks) || toks[k].kind != kWord || !isUpperStart(text[toks[k].start:]) {
		return false
	}
	w := toks[k].in(lower)
	month := monthWords[strings.TrimSuffix(w, ".")] > 0
	if !isWeekdayName(w) && !month {
		return false
	}
	if month && toks[k+1].in(lower) == "." && k+2 < len(toks) {
		k++ // "Nov. 6 — general election"
	}
	if toks[k+1].kind == kNum && toks[k+1].end-toks[k+1].start <= 2 && k+2 < len(toks) {
		k++ // "Sat 11:", "July 16 —"
	} else if month {
		return false // a month heads an entry with its day: "July 16 — last day to register"
	}
	return entrySeparator(lower, toks, k+1)
}

// entrySeparator reports whether token k, after an entry's date, is the
// colon or the spaced dash that sets the entry's text apart.
func entrySeparator(lower string, toks []token, k int) bool {
	switch toks[k].in(lower) {
	case ":":
		return true
	case "-", "–", "—":
		return toks[k].space // not "Monday-Friday"
	}
	return false
}

// dayFirstHead returns the month token of a day-first date opening the
// line at k, a day of one or two digits, or two joined by a hyphen, and
// then a month ("16 September", "28-29 June"), as British and European
// pages head key dates and timelines.
func dayFirstHead(lower string, toks []token, k int) (int, bool) {
	short := func(m int) bool { return m < len(toks) && toks[m].kind == kNum && toks[m].end-toks[m].start <= 2 }
	if !short(k) {
		return 0, false
	}
	m := k + 1
	if m+1 < len(toks) && toks[m].in(lower) == "-" && !toks[m].space && short(m+1) {
		m += 2
	}
	if m+1 >= len(toks) || toks[m].kind != kWord || monthWords[toks[m].in(lower)] == 0 {
		return 0, false
	}
	return m, true
}

// labelEntryAt reports whether the line starting at token k is an entry
// headed by a short label and a colon ("Gatwick: runway reopened at
// 3.15pm", "M25: delays between junctions 5 and 8"), as a travel or
// results round-up sets its rows with no bullets: each row is a sentence
// of its own, as a weekday's entry is (dayEntryAt). A colon inside a
// clock time ("10:30") is no label's.
func labelEntryAt(text, lower string, toks []token, k int) bool {
	if k >= len(toks) || toks[k].kind != kWord || !isUpperStart(text[toks[k].start:]) {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+labelEntryWords; m++ {
		if toks[m].newlines > 0 {
			return false
		}
		if toks[m].kind == kPunct {
			return toks[m].in(lower) == ":" && m+1 < len(toks) && toks[m+1].space && toks[m+1].newlines == 0
		}
	}
	return false
}

// labelEntryWords is the most words a row's label holds before its colon.
const labelEntryWords = 3

// wordRun returns the first token from k on that a sentence could end
// after: the last token, or one that is not a word, ends in a full stop
// or has a line break after it. The words before it, a sentence's most
// tokens, need no more than that look, which this loop gives them
// without the rest of sentenceBounds' loop.
func wordRun(lower string, toks []token, k int) int {
	for k+1 < len(toks) && toks[k].kind == kWord && toks[k+1].newlines == 0 && lower[toks[k].end-1] != '.' {
		k++
	}
	return k
}

// bulletAt reports whether the line starting at token k is a list item
// headed by a bullet ("- Schools shut on Monday", "* Trains resume"): key
// points and summaries often end their lines with no full stop, and each
// item is a sentence of its own, so that a day ending one item and a day
// opening the next are not read as a range. The item opens as a sentence
// does; a wrapped line that starts with a dash goes on in lower case.
func bulletAt(text, lower string, toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].kind != kPunct || !toks[k+1].space || !startsSentence(text, toks[k+1]) {
		return false
	}
	switch toks[k].in(lower) {
	case "-", "–", "—", "*", "•":
		return true
	}
	return false
}

// decimalPoint reports whether the mark at k sits inside a number, as in
// 0.9 or 1.5.
func decimalPoint(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].kind == kNum && toks[k+1].kind == kNum &&
		!toks[k].space && !toks[k+1].space
}

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

// closers moves k past quotes and brackets that close the sentence ending
// at k, so that they stay with it.
func closers(lower string, toks []token, k int) int {
	for k+1 < len(toks) && !toks[k+1].space {
		switch toks[k+1].in(lower) {
		case "\"", "'", ")", "]", "”", "’", "»":
			k++
			continue
		}
		break
	}
	return k
}

// startsSentence reports whether a token can open a sentence: a capital,
// a digit or an opening quote.
func startsSentence(text string, t token) bool {
	switch t.kind {
	case kNum:
		return true
	case kWord:
		return isUpperStart(text[t.start:])
	}
	switch t.in(text) {
	case "\"", "“", "‘", "'", "(", "[", "«", "-", "—":
		return true
	}
	return false
}

// abbrevBefore reports whether the terminal at k is a full stop that
// belongs to an abbreviation that rarely ends a sentence. It looks at k
// and the word before only: searching back for a full stop made a long
// run of "!" sentences quadratic.
func abbrevBefore(lower string, toks []token, k int) bool {
	if k == 0 || toks[k].in(lower) != "." || toks[k-1].end != toks[k].start || toks[k-1].kind != kWord {
		return false
	}
	w := toks[k-1].in(lower)
	if len(w) == 1 && k+1 < len(toks) && !(k >= 2 && toks[k-2].kind == kNum && toks[k-2].end == toks[k-1].start) {
		return true // an initial, as in "George W. Bush"; not the "s" of "the 1990s."
	}
	return tokenEntry(toks[k-1]).has(inTitleAbbrevs) || monthAbbrevBeforeNumber(toks, k)
}

// monthAbbrevBeforeNumber reports whether the full stop at k ends a month
// abbreviation before a day or year ("Sept. 12"); before a capital word
// ("in Aug. The firm ...") it ends the sentence.
func monthAbbrevBeforeNumber(toks []token, k int) bool {
	return tokenEntry(toks[k-1]).has(inMonths) && k+1 < len(toks) && toks[k+1].kind == kNum
}

// titleAbbrevs are abbreviations that are followed by a name or number and
// so do not end a sentence.
var titleAbbrevs = setOf("mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "cmdr",
	"adm", "sgt", "maj", "st", "rev", "hon", "pres", "supt", "insp", "det", "no", "nos", "vol", "fig", "ft", "mt",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
	"mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
	"wash", "wis", "wyo", "vs", "v", "approx", "est", "jr", "sr")

// opensClause lists words that, capitalised after an abbreviation such as
// "U.S." or "p.m.", show that a new sentence began.
func opensClause(w string) bool { return clauseOpeners[w] }

var clauseOpeners = setOf("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "this",
	"that", "these", "those", "there", "his", "her", "their", "its", "in", "on", "at", "after", "before", "when",
	"while", "if", "as", "officials", "police", "some", "many", "no", "one", "two")

// clockSuffix reports whether w is the "a.m." or "p.m." of a clock time.
func clockSuffix(w string) bool { return w == "a.m." || w == "p.m." }

// clockGoesOn reports whether the capitalised word at k goes on the clock
// time before it rather than opening a sentence: a day or month ("9 a.m.
// Tuesday", "9 a.m. Nov. 6"), a zone ("9 a.m. EST", "9 a.m. Eastern") or
// a place before "time" ("10 a.m. Moscow time"). "made landfall at about
// 4 a.m. Schools will stay shut" starts a new one.
func clockGoesOn(text, lower string, toks []token, k int) bool {
	w := toks[k].in(lower)
	if _, ok := weekdayWords[w]; ok {
		return true
	}
	if _, ok := monthWords[strings.TrimSuffix(w, ".")]; ok {
		return true
	}
	if clockZones[w] || k+1 < len(toks) && toks[k+1].in(lower) == "time" {
		return true
	}
	word := text[toks[k].start:toks[k].end]
	return len(word) > 1 && strings.ToUpper(word) == word // "EST", "ET", "GMT"
}

// clockZones are the zone words written out after a clock time.
var clockZones = setOf("eastern", "pacific", "central", "mountain", "local", "atlantic")

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// headlineShaped reports whether a line of n words starting at token i
// could be a headline: the text's first line of up to ten words, or a line
// of up to six opening a paragraph. A longer line opening a hard-wrapped
// paragraph ("Armenia froze its participation in the Collective Security
// Treaty" before "Organization in February") is the start of a sentence.
// Token 0 of a block that does not open the text opens a paragraph.
func headlineShaped(toks []token, i, n int, opensText bool) bool {
	switch {
	case i == 0 && opensText:
		return n <= 10
	case i == 0:
		return n <= 6
	}
	return n <= 6 && toks[i].newlines >= 2
}

// lineIsHeadline reports whether the line of tokens [from, k] lacks
// sentence-ending punctuation, as headlines and datelines do.
func lineIsHeadline(lower string, toks []token, from, k int) bool {
	if lineContinues[toks[k].in(lower)] {
		return false
	}
	return from <= k
}

// lineContinues are line endings that show a sentence wrapped onto the
// next line rather than a headline ending there.
var lineContinues = setOf(",", ";", ":", "-", "–", "—", "(", "and", "or", "but", "of", "the", "a", "an", "to",
	"in", "on", "at", "by", "for", "with", "from", "into", "as", "that", "which", "who", "said", "says", "is",
	"are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "his", "her", "their", "its", "this",
	"than", "after", "before", "since", "until", "about", "over", "under", "late", "early", "last", "next")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
