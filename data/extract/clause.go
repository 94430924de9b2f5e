package extract

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token of a sentence is, for the clause scanner.
type tokKind uint8

const (
	tokWord       tokKind = iota
	tokPunct              // punctuation that may end a clause
	tokExpr               // the date expression, one opaque token
	tokPossessive         // "'s" right after the expression
)

// lead says what opened a clause segment, which decides how a title uses it.
type lead uint8

const (
	leadStart       lead = iota // the sentence's first segment
	leadComma                   // a comma, semicolon, dash or closing parenthesis
	leadColon                   // a colon: reported words follow
	leadQuote                   // a quotation mark
	leadParen                   // an opening parenthesis: an aside
	leadSubordinate             // after, before, when, since, …
	leadRelative                // who, which, whose, whom
	leadThat                    // "that" after a reporting verb: reported words
)

// tok is one word or punctuation mark of a sentence, as byte offsets.
type tok struct {
	start, end int
	kind       tokKind
	role       wordRole
}

// seg is a clause segment: tokens [from, to) and what opened it.
type seg struct {
	from, to int
	lead     lead
}

// clauses is a sentence cut into clause segments around a date expression.
type clauses struct {
	text string
	toks []tok
	segs []seg
	// expr is the token index of the date expression, -1 when empty.
	expr int
}

// scanClauses cuts text into clause segments in one pass: a segment ends at
// a comma, semicolon, colon, dash, parenthesis or quotation mark, and
// before a subordinator ("after", "when"), a relative pronoun ("which",
// "who"), a "that" after a reporting verb, "but", and an "and" or "or" that
// a subject pronoun follows. A thousands separator ("5,500") is no break,
// nor is anything inside the expression text[exprStart:exprEnd]. A news
// dateline opening the text ("ASTANA —") is skipped.
// The tokens and segments go into c's buffers, which a titler keeps from
// one title to the next.
func scanClauses(c *clauses, text string, exprStart, exprEnd int) {
	*c = clauses{text: text, expr: -1, toks: slices.Grow(c.toks[:0], len(text)/5+4), segs: slices.Grow(c.segs[:0], len(text)/40+2)}
	sc := clauseScanner{c: c, exprStart: exprStart}
	i := datelineEnd(text)
	if exprEnd > exprStart && exprStart < i {
		i = 0
	}
	for i < len(text) {
		if i == exprStart && exprEnd > exprStart {
			sc.add(tok{start: exprStart, end: exprEnd, kind: tokExpr})
			i = exprEnd
			if n := possessiveLen(text[i:]); n > 0 {
				sc.add(tok{start: i, end: i + n, kind: tokPossessive})
				i += n
			}
			continue
		}
		b := text[i]
		if b == ' ' {
			i++ // most bytes between words: no rune to decode, no case to try
			continue
		}
		r, n := rune(b), 1
		if b >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isASCIILetter(b) || b >= '0' && b <= '9' || b >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			end := wordEnd(text, i, exprStart, exprEnd)
			sc.word(i, end)
			i = end
			continue
		case r == '-' && strings.HasPrefix(text[i:], "--"), (r == '-' || r == '_') && spaced(text, i, i+1),
			r == '—', r == '–', r == ',', r == ';', r == ')', r == ']':
			sc.boundary(i, i+n, leadComma)
		case r == ':':
			sc.boundary(i, i+n, leadColon)
		case r == '(', r == '[':
			sc.boundary(i, i+n, leadParen)
		case r == '"', r == '“', r == '”', r == '«', r == '»':
			// A quotation mark leads reported words only at a clause's
			// edge; inside one it marks a word ("profits were "squeezed"").
			if sc.c.wordsIn(sc.cur.from, len(sc.c.toks)) == 0 {
				sc.boundary(i, i+n, leadQuote)
			}
		}
		i += n
	}
	sc.close()
}

// clauseScanner carries the state of scanClauses between tokens.
type clauseScanner struct {
	c *clauses
	// cur is the open segment; reporting says it holds a reporting verb,
	// so that a "that" after it opens reported words, not a relative.
	cur       seg
	reporting bool
	// exprStart is where the date expression starts.
	exprStart int
}

func (sc *clauseScanner) add(t tok) {
	if t.kind == tokExpr {
		sc.c.expr = len(sc.c.toks)
	}
	sc.c.toks = append(sc.c.toks, t)
}

// boundary adds a punctuation token that opens a new segment.
func (sc *clauseScanner) boundary(start, end int, l lead) {
	sc.split(len(sc.c.toks), l)
	sc.add(tok{start: start, end: end, kind: tokPunct})
}

// split ends the open segment before token at and opens one led by l. An
// open segment with no words yet takes the new lead instead, so ", after"
// is one subordinate segment.
func (sc *clauseScanner) split(at int, l lead) {
	if sc.c.wordsIn(sc.cur.from, at) == 0 && sc.cur.from < at {
		if l != leadComma || sc.cur.lead == leadStart {
			sc.cur.lead = max(sc.cur.lead, l)
		}
		return
	}
	if at > sc.cur.from {
		sc.cur.to = at
		sc.c.segs = append(sc.c.segs, sc.cur)
	}
	sc.cur = seg{from: at, lead: l}
	sc.reporting = false
}

// word adds the word text[start:end] and splits before it when it opens a
// clause.
func (sc *clauseScanner) word(start, end int) {
	role := lexRole(sc.c.text[start:end])
	at := len(sc.c.toks)
	prev := sc.prevWord()
	switch {
	case role&roleRelative != 0:
		if prev >= 0 && sc.c.toks[prev].role&rolePreposition != 0 && prev >= sc.cur.from {
			sc.split(prev, leadSubordinate) // "a doctrine under which …"
		} else {
			sc.split(at, leadRelative)
		}
	case role&roleThat != 0:
		switch {
		case prev >= 0 && sc.c.toks[prev].role&rolePreposition != 0:
		case !sc.reporting && sc.nextIsTimeNoun(end): // "work began that autumn": a determiner
		case sc.reporting, prev >= 0 && strings.HasSuffix(sc.c.word(prev), "ed"):
			sc.split(at, leadThat) // "said that", "showed that"
		default:
			sc.split(at, leadRelative)
		}
	case role&roleSubordinator != 0 && !sc.beforeExpr(end):
		sc.split(at, leadSubordinate) // not "until Nov. 9", a preposition
	case role&roleCoordinator != 0 && strings.EqualFold(sc.c.text[start:end], "but"):
		sc.split(at, leadComma)
	case role&roleListJoin != 0 && sc.nextIsPronoun(end):
		sc.split(at, leadComma)
	}
	if role&(roleReporting|roleStance) != 0 {
		sc.reporting = true
	}
	sc.add(tok{start: start, end: end, kind: tokWord, role: role})
}

// beforeExpr reports whether only spaces, perhaps around a hedge ("at
// least", "no later than"), stand between byte i and the date expression:
// "until at least Friday" is a preposition's phrase, as "until Friday" is.
func (sc *clauseScanner) beforeExpr(i int) bool {
	if sc.exprStart <= i {
		return false
	}
	gap := strings.TrimSpace(sc.c.text[i:sc.exprStart])
	return gap == "" || dateHedges[strings.ToLower(strings.Join(strings.Fields(gap), " "))]
}

// prepositionAdverbs narrow the preposition before a date and go with it
// when a title leaves the date out: "shortly after midnight", "just
// before noon", "well into the night", "soon after dawn".
var prepositionAdverbs = map[string]bool{"shortly": true, "just": true, "soon": true, "right": true,
	"well": true, "long": true, "sometime": true, "only": true}

// dateHedges may stand between a preposition and the date it governs.
var dateHedges = map[string]bool{"at least": true, "no later than": true, "no earlier than": true,
	"as late as": true, "as early as": true, "about": true, "around": true, "roughly": true}

// hedgeWords are the dateHedges split into words, longest first, so that
// hedgeBefore matches "no later than" before a shorter hedge inside it.
var hedgeWords = func() [][]string {
	var out [][]string
	for h := range dateHedges {
		out = append(out, strings.Fields(h))
	}
	slices.SortFunc(out, func(a, b []string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return slices.Compare(a, b)
	})
	return out
}()

// prevWord returns the index of the last token when it is a word, else -1.
func (sc *clauseScanner) prevWord() int {
	n := len(sc.c.toks) - 1
	if n < 0 || sc.c.toks[n].kind != tokWord {
		return -1
	}
	return n
}

// nextIsPronoun reports whether the word after byte i is a subject pronoun.
func (sc *clauseScanner) nextIsPronoun(i int) bool {
	rest := strings.TrimLeft(sc.c.text[i:], " ")
	j := 0
	for j < len(rest) && j < 8 && isASCIILetter(rest[j]) {
		j++
	}
	return j > 0 && lexRole(rest[:j])&rolePronoun != 0
}

// nextIsTimeNoun reports whether the word after byte i names a stretch of
// time ("that autumn", "that year", "that evening"), after which "that"
// is a determiner, not the start of a clause.
func (sc *clauseScanner) nextIsTimeNoun(i int) bool {
	rest := strings.TrimLeft(sc.c.text[i:], " ")
	j := 0
	for j < len(rest) && j < 10 && isASCIILetter(rest[j]) {
		j++
	}
	return timeNouns[strings.ToLower(rest[:j])]
}

// timeNouns are the nouns "that" can point back to a time with.
var timeNouns = words(`day|night|morning|afternoon|evening|week|weekend|month|year|season|spring|summer|autumn|fall|
winter|time|decade|century|quarter`)

func (sc *clauseScanner) close() {
	sc.split(len(sc.c.toks), leadComma)
}

// wordEnd returns where the word starting at i ends: letters and digits,
// joined by an apostrophe, hyphen, period, slash or ampersand, or by a
// comma between digits ("5,500"). A word never runs into the expression.
func wordEnd(text string, i, exprStart, exprEnd int) int {
	return wordEndBytes(text, alnumRun(text, i, exprStart, exprEnd), exprStart, exprEnd)
}

// alnumRun skips the ASCII letters and digits from i on, eight bytes at a
// time and short of the expression, for wordEnd, which goes on from where
// it stops a byte at a time.
func alnumRun(text string, i, exprStart, exprEnd int) int {
	for i+8 <= len(text) && !(exprEnd > exprStart && i <= exprStart && exprStart < i+8) {
		other := asciiAlnums(le64(text[i:])) ^ 0x8080808080808080
		if other != 0 {
			return i + bits.TrailingZeros64(other)/8
		}
		i += 8
	}
	return i
}

// wordEndBytes is wordEnd a byte or a rune at a time from j.
func wordEndBytes(text string, j, exprStart, exprEnd int) int {
	for j < len(text) {
		if j == exprStart && exprEnd > exprStart {
			return j
		}
		c := text[j]
		if isASCIILetter(c) || c >= '0' && c <= '9' {
			j++ // what unicode.IsLetter and IsDigit say of ASCII, quicker
			continue
		}
		if c < utf8.RuneSelf && !wordJoiner(rune(c)) {
			return j // a space or a mark that ends a word: most words end so
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += n
			continue
		}
		if !wordJoiner(r) || j+n >= len(text) || (j+n == exprStart && exprEnd > exprStart) {
			return j
		}
		next, _ := utf8.DecodeRuneInString(text[j+n:])
		if r == ',' {
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			if !unicode.IsDigit(prev) || !unicode.IsDigit(next) {
				return j
			}
		}
		if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			return j
		}
		j += n
	}
	return j
}

// wordJoiner reports whether r can join two parts of a word: an
// apostrophe, hyphen, period, slash, ampersand or comma. A switch, as
// every space between words asks.
func wordJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', '/', '&', ',':
		return true
	}
	return false
}

// possessiveLen returns the length of a possessive "'s" or "’s" at the
// start of s, or 0.
func possessiveLen(s string) int {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(s, p) {
			if len(s) == len(p) || !isASCIILetter(s[len(p)]) {
				return len(p)
			}
		}
	}
	return 0
}

// spaced reports whether text[i:j] stands between spaces, as a dash does.
func spaced(text string, i, j int) bool {
	return i > 0 && text[i-1] == ' ' && j < len(text) && text[j] == ' '
}

// datelineEnd returns where the text after a news dateline opening s
// starts ("ASTANA — …", "MOSCOW, Nov 27 (Reuters) - …"), or 0. A dateline
// is a capitalised place name in capitals, up to a spaced dash close by.
func datelineEnd(s string) int {
	j := 0
	for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] == ' ' && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z') {
		j++
	}
	if j < 2 || (j < len(s) && isASCIILetter(s[j])) {
		return 0
	}
	const reach = 48
	for k := j; k < len(s) && k < j+reach; k++ {
		if s[k] == '-' || strings.HasPrefix(s[k:], "—") || strings.HasPrefix(s[k:], "–") {
			if k == 0 || s[k-1] != ' ' {
				return 0
			}
			_, n := utf8.DecodeRuneInString(s[k:])
			for k+n < len(s) && (s[k+n] == '-' || s[k+n] == ' ') {
				n++
			}
			return k + n
		}
	}
	return 0
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// asciiAlnums returns 0x80 in each of the eight bytes of x that is an
// ASCII letter or digit and 0 in the others: a byte of seven bits is in a
// range when adding 0x80 less the range's first byte sets its top bit and
// adding 0x80 less the byte after its last does not; no sum carries into
// the next byte.
func asciiAlnums(x uint64) uint64 {
	const ones = 0x0101010101010101
	low := x & (0x7f * ones)
	folded := low | 0x20*ones // a capital as its small letter
	letter := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones)
	digit := (low + (0x80-'0')*ones) &^ (low + (0x80-'9'-1)*ones)
	return (letter | digit) &^ x & (0x80 * ones)
}

// exprSeg returns the index of the segment holding the expression, or -1.
func (c *clauses) exprSeg() int {
	if c.expr < 0 {
		return -1
	}
	for i, s := range c.segs {
		if s.from <= c.expr && c.expr < s.to {
			return i
		}
	}
	return -1
}

// bodyStart returns the first token of segment i past its punctuation and
// the connective that opened it ("after", "which", "under which", ", and").
func (c *clauses) bodyStart(i int) int {
	s := c.segs[i]
	j := s.from
	for j < s.to && c.toks[j].kind == tokPunct {
		j++
	}
	skip := s.lead == leadSubordinate || s.lead == leadRelative || s.lead == leadThat
	for j < s.to && c.toks[j].kind == tokWord {
		r := c.toks[j].role
		if skip && r&(roleSubordinator|roleRelative|roleThat|rolePreposition) != 0 {
			j++
			if r&(roleSubordinator|roleRelative|roleThat) != 0 {
				skip = false
				if r&roleSubordinator != 0 && j < s.to && strings.EqualFold(c.word(j), "of") {
					j++ // "because of"
				}
			}
			continue
		}
		if r&roleCoordinator != 0 {
			j++
			continue
		}
		break
	}
	return j
}

// span returns tokens [from, to) as one piece of text.
func (c *clauses) span(from, to int) []string {
	if from >= to {
		return nil
	}
	start, end := c.toks[from].start, c.toks[to-1].end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(c.text[:start])
		if !strings.ContainsRune("$#£€¥+", r) {
			break
		}
		start -= n // "$85.7", "£3"
	}
	for end < len(c.text) && (to == len(c.toks) || end < c.toks[to].start) && c.text[end] == '%' {
		end++ // "40%"
	}
	if to < len(c.toks) && end+1 < len(c.text) && c.text[end] == '.' && c.text[end+1] == ' ' {
		end++ // "Corp. expects"
	}
	return []string{c.text[start:end]}
}

// count returns how many words pieces hold, or most when they hold more:
// every caller compares the count with a small number, and a long clause
// need not be read to its end to say it has more than two words.
func (c *clauses) count(pieces []string, most int) int {
	n := 0
	for _, p := range pieces {
		if n += wordCount(trimPunct(p), most-n); n >= most {
			return most
		}
	}
	return n
}

// countTrim is the punctuation count trims from the ends of a piece
// before counting its words.
const countTrim = " ,;:—–-()\"“”"

// trimPunct is strings.Trim(p, countTrim), looking at an ASCII end byte
// without decoding it: the cut set holds dashes and curly quotes, which
// would send strings.Trim down its slow path for every piece.
func trimPunct(p string) string {
	for len(p) > 0 {
		if b := p[0]; b < utf8.RuneSelf {
			if !asciiTrim[b] {
				break
			}
			p = p[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(p)
		if !strings.ContainsRune(countTrim, r) {
			break
		}
		p = p[n:]
	}
	for len(p) > 0 {
		if b := p[len(p)-1]; b < utf8.RuneSelf {
			if !asciiTrim[b] {
				break
			}
			p = p[:len(p)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(p)
		if !strings.ContainsRune(countTrim, r) {
			break
		}
		p = p[:len(p)-n]
	}
	return p
}

// asciiTrim marks the ASCII bytes of countTrim.
var asciiTrim = func() (set [utf8.RuneSelf]bool) {
	for _, r := range countTrim {
		if r < utf8.RuneSelf {
			set[r] = true
		}
	}
	return set
}()

// wordsIn counts the word and expression tokens in [from, to).
func (c *clauses) wordsIn(from, to int) int {
	n := 0
	for j := from; j < to; j++ {
		if c.toks[j].kind == tokWord || c.toks[j].kind == tokExpr {
			n++
		}
	}
	return n
}

// firstWord returns segment i's first word past its connective, or -1.
func (c *clauses) firstWord(i int) int {
	return c.firstWordIn(c.bodyStart(i), c.segs[i].to)
}

// firstWordIn returns the first word token in [from, to), or -1.
func (c *clauses) firstWordIn(from, to int) int {
	for j := from; j < to; j++ {
		if c.toks[j].kind == tokWord {
			return j
		}
	}
	return -1
}

func (c *clauses) word(j int) string { return c.text[c.toks[j].start:c.toks[j].end] }

// capitalised reports whether word j starts with a capital letter.
func (c *clauses) capitalised(j int) bool {
	r, _ := utf8.DecodeRuneInString(c.word(j))
	return unicode.IsUpper(r)
}

// mayBeVerb reports whether word j can open a verb phrase: an auxiliary
// ("was", "will"), or a lower-case word that is no function word and no
// participle ("founded", "citing" are as often adjectives as verbs).
func (c *clauses) mayBeVerb(j int) bool {
	if j < 0 {
		return false
	}
	t := c.toks[j]
	if t.role&roleVerb != 0 {
		return true
	}
	w := c.word(j)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && t.role&roleFunction == 0 &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}
