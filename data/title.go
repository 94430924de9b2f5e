package data

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleWords is how many words a title may keep before it is cut.
const maxTitleWords = 10

var (
	// dateline matches a news dateline opening a sentence: "ASTANA —",
	// "MOSCOW, Nov 27 (Reuters) -".
	dateline = regexp.MustCompile(`^\p{Lu}[\p{Lu} .,'’-]+(?:,[^—–]{0,40}?)?\s+[—–-]+\s+`)
	// trailingSaid matches attribution at the end: ", Ushakov said Tuesday.",
	// ", according to the Kremlin.", ", the ministry said in a statement."
	trailingSaid = regexp.MustCompile(`(?i),\s*(?:according to [^,]+|(?:said|says|told|added|noted)\b[^,]*|[^,]{1,60}?\b(?:said|says|told|added|noted|announced|reported|wrote)\b[^,]*)[.!?"”’]*\s*$`)
	// leadingSaid matches attribution at the start: "Ushakov said that …",
	// "The Kremlin said on Tuesday …".
	leadingSaid = regexp.MustCompile(`^[^,;"“]{1,60}?\b(?:said|says|announced|confirmed|told reporters)\b(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+(?:that\s+)?`)
	// attachedWords are the words that hang off a date expression and go
	// with it when it is removed: "in September", "last week's".
	attachedBefore = regexp.MustCompile(`(?i)(?:\b(?:in|on|at|by|during|since|until|from|of|for|earlier|later|late|early)\s+)?$`)
	possessive     = regexp.MustCompile(`^['’]s\b`)
	clauseBreak    = regexp.MustCompile(`\s*(?:[,;:]\s|[—–(]|\s(?:which|who|after|as|while|where|when|because|amid|but)\s)`)
	spaceBefore    = regexp.MustCompile(`\s+([,;:.!?])`)
	spaces         = regexp.MustCompile(`\s+`)
	// leadingPhrase matches an opening adverbial that is not the news:
	// "At a news conference after the summit, ", "Also, ".
	leadingPhrase = regexp.MustCompile(`^(?:(?:At|In|On|After|During|Before|Since|Following|Amid|Despite|Speaking)\b[^,]{0,60}|Also|Meanwhile|However|Separately),\s+`)
)

// Title shortens a sentence to a timeline label: the date expression at
// sentence[exprStart:exprEnd] and attribution ("…, Ushakov said") are
// removed, and the main clause is kept in a few words.
func Title(sentence string, exprStart, exprEnd int) string {
	if exprStart < 0 || exprEnd > len(sentence) || exprStart > exprEnd {
		exprStart, exprEnd = 0, 0
	}
	sentence, exprStart, exprEnd = withoutAside(sentence, exprStart, exprEnd)
	s := sentence
	if !subject(sentence[:exprStart], sentence[exprEnd:]) {
		s = withoutExpr(sentence[:exprStart], sentence[exprEnd:])
	}
	s = spaces.ReplaceAllString(s, " ")
	s = spaceBefore.ReplaceAllString(s, "$1")
	s = strings.Trim(s, " \"“”‘’'")
	s = dateline.ReplaceAllString(s, "")
	if t := trailingSaid.ReplaceAllString(s, ""); wordCount(t) >= 3 {
		s = t
	}
	if t := leadingSaid.ReplaceAllString(s, ""); wordCount(t) >= 3 {
		s = t
	}
	s = strings.Trim(s, " ,;:.!?\"“”‘’'—–-")
	if t := leadingPhrase.ReplaceAllString(s, ""); wordCount(t) >= 3 {
		s = t
	}
	return capitalise(shorten(s))
}

// maxAsideWords bounds the comma-enclosed aside that withoutAside drops.
const maxAsideWords = 5

// withoutAside drops a short aside that holds the date expression and
// nothing else worth a label — "The alliance, founded in 2002, was
// created…" — returning the sentence and the expression's new (empty)
// place in it. Longer clauses are kept for withoutExpr to trim.
func withoutAside(sentence string, start, end int) (string, int, int) {
	open := strings.LastIndexByte(sentence[:start], ',')
	closing := strings.IndexByte(sentence[end:], ',')
	if open <= 0 || closing < 0 {
		return sentence, start, end
	}
	closing += end
	if wordCount(sentence[open+1:closing]) > maxAsideWords {
		return sentence, start, end
	}
	return sentence[:open] + sentence[closing+1:], open, open
}

// withoutExpr joins the text around a date expression, dropping what hangs
// off it: a preposition before it ("in September"), a possessive after it
// ("Thursday's summit") and a comma when it opened the sentence.
func withoutExpr(before, after string) string {
	if loc := possessive.FindStringIndex(after); loc != nil {
		after = after[loc[1]:]
	} else {
		before = attachedBefore.ReplaceAllString(before, "")
	}
	before = strings.TrimSpace(before)
	if before == "" {
		after = strings.TrimLeft(after, " ,")
	}
	return before + " " + strings.TrimSpace(after)
}

// subject reports whether the date expression is the sentence's subject,
// as in "Tuesday was the 1,000th day of the war", where dropping it would
// leave no sentence: it opens the sentence and no comma or possessive
// follows it.
func subject(before, after string) bool {
	if strings.TrimSpace(before) != "" || possessive.MatchString(after) {
		return false
	}
	rest := strings.TrimLeft(after, " ")
	return rest != "" && rest[0] != ',' && !strings.HasPrefix(after, ",")
}

// shorten keeps the first clause when it is long enough to say something,
// else the first maxTitleWords words with an ellipsis.
func shorten(s string) string {
	words := strings.Fields(s)
	if len(words) <= maxTitleWords {
		return s
	}
	for _, loc := range clauseBreak.FindAllStringIndex(s, -1) {
		if n := wordCount(s[:loc[0]]); n >= 4 && n <= maxTitleWords+2 {
			return trimDangling(s[:loc[0]])
		}
	}
	return strings.Join(words[:maxTitleWords], " ") + "…"
}

// danglingWords cannot end a title: a clause cut before "which" in
// "a doctrine under which" would end on "under".
var danglingWords = map[string]bool{"under": true, "in": true, "of": true, "to": true, "for": true,
	"with": true, "by": true, "on": true, "at": true, "from": true, "the": true, "a": true, "an": true,
	"and": true, "or": true, "that": true}

// trimDangling drops trailing words that would leave a title hanging.
func trimDangling(s string) string {
	words := strings.Fields(s)
	for len(words) > 3 && danglingWords[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

func wordCount(s string) int { return len(strings.Fields(s)) }

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
