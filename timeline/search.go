package timeline

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Search finds the items whose text holds every word of a query, case and
// accents aside ("kiev" finds "Kiev", "tokaev" finds "Tokaev", "peña"
// finds "Pena"). The texts are folded once, when the Search is built, into
// one buffer in the Index's time order, so a word is found by one scan of
// that buffer and the matches come out in time order without sorting.
//
// A query that extends the one before (a keystroke more) is only checked
// against the items that matched before, since an item holding the longer
// words holds the shorter ones too.
type Search struct {
	buf   string  // folded texts in time order, each followed by sep
	start []int32 // sorted position -> offset of its text in buf
	id    []int32 // sorted position -> item index
	rank  []int32 // item index -> sorted position

	last     []string // the words of the last query
	lastHits []int32  // its matches, as sorted positions
	words    []string // scratch for the query's words
	hits     []int32  // scratch for the matches
}

// sep ends each text in the buffer; folding never produces it, so no word
// match crosses two items.
const sep = '\x00'

// NewSearch builds a Search over the items of idx; text returns the text
// to search for item i (its title, sentence, source and tags, say).
func NewSearch(idx *Index, text func(item int) string) *Search {
	n := len(idx.id)
	s := &Search{start: make([]int32, n+1), id: slices.Clone(idx.id), rank: slices.Clone(idx.rank)}
	var b []byte
	for pos, id := range idx.id {
		s.start[pos] = int32(len(b))
		b = appendFold(b, text(int(id)))
		b = append(b, sep)
	}
	s.start[n] = int32(len(b))
	s.buf = string(b)
	return s
}

// fold lowercases and drops combining marks after decomposing, so "É"
// and "e" compare equal; sep and other controls become spaces.
var fold = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), runes.Map(func(r rune) rune {
	if unicode.IsControl(r) {
		return ' '
	}
	return unicode.ToLower(r)
}), norm.NFC)

// Fold is the form texts and queries are compared in: lower case, without
// accents, control characters as spaces.
func Fold(s string) string { return string(appendFold(nil, s)) }

// appendFold appends the folded s to dst: ASCII by a table, Latin letters
// by another, anything else through the full transform.
func appendFold(dst []byte, s string) []byte {
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			dst = append(dst, asciiFold[s[i]])
		}
		return dst
	}
	if out, ok := foldLatin(s); ok {
		return append(dst, out...)
	}
	out, _, err := transform.String(fold, s)
	if err != nil { // the text lowered is better than none
		return append(dst, strings.ToLower(s)...)
	}
	return append(dst, out...)
}

// isASCII reports whether s is ASCII, which folds byte by byte: most news
// text, and every query typed in English.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiFold maps each ASCII byte to its folded form: upper case lowered,
// controls as spaces.
var asciiFold = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c < ' ' || c == 0x7f:
			t[c] = ' '
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// latinEnd bounds the runes latin folds from a table: Latin-1 and the
// Latin Extended blocks, the accents of European names.
const latinEnd = 0x250

// latin holds the folded form of each rune below latinEnd, worked out
// once with the full transform, so that most accented text folds a rune
// at a time instead of through the transform's buffers.
var latin = func() (t [latinEnd]string) {
	for r := range rune(latinEnd) {
		t[r], _, _ = transform.String(fold, string(r))
	}
	return t
}()

// foldLatin is Fold for text whose runes all lie below latinEnd; ok is
// false for any other text.
func foldLatin(s string) (out string, ok bool) {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= latinEnd || r == utf8.RuneError {
			return "", false
		}
		b.WriteString(latin[r])
	}
	return b.String(), true
}

// Len returns the number of items searched.
func (s *Search) Len() int { return len(s.id) }

// Find returns the items whose text holds every word of query, in time
// order, appended to dst[:0]. An empty query matches nothing. The result
// is valid until dst is reused.
func (s *Search) Find(dst []int, query string) []int {
	s.words = appendWords(s.words[:0], Fold(query))
	dst = dst[:0]
	if len(s.words) == 0 {
		s.last, s.lastHits = s.last[:0], s.lastHits[:0]
		return dst
	}
	if s.refines(s.words) {
		s.hits = s.filter(s.hits[:0], s.lastHits, s.words)
	} else {
		s.hits = s.scan(s.hits[:0], s.words)
	}
	s.last = append(s.last[:0], s.words...)
	s.hits, s.lastHits = s.lastHits, s.hits // keep the matches for the next keystroke
	for _, pos := range s.lastHits {
		dst = append(dst, int(s.id[pos]))
	}
	return dst
}

// appendWords splits q at white space.
func appendWords(dst []string, q string) []string {
	return append(dst, strings.Fields(q)...)
}

// refines reports whether every item matching words also matched the
// last query: each of the last query's words is a part of one of words.
func (s *Search) refines(words []string) bool {
	if len(s.last) == 0 {
		return false
	}
	for _, old := range s.last {
		if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, old) }) {
			return false
		}
	}
	return true
}

// scan finds the first word by scanning the whole buffer, then keeps the
// items that hold the other words too.
func (s *Search) scan(dst []int32, words []string) []int32 {
	w := longest(words)
	for off := 0; ; {
		i := strings.Index(s.buf[off:], w)
		if i < 0 {
			break
		}
		pos := s.posAt(off + i)
		if s.holds(pos, words) {
			dst = append(dst, pos)
		}
		off = int(s.start[pos+1]) // on to the next item
	}
	return dst
}

// longest returns the longest word, the rarest as a rule, to scan for.
func longest(words []string) string {
	w := words[0]
	for _, x := range words[1:] {
		if len(x) > len(w) {
			w = x
		}
	}
	return w
}

// filter keeps the positions of from whose items hold every word.
func (s *Search) filter(dst, from []int32, words []string) []int32 {
	for _, pos := range from {
		if s.holds(pos, words) {
			dst = append(dst, pos)
		}
	}
	return dst
}

// holds reports whether the text at sorted position pos holds every word.
func (s *Search) holds(pos int32, words []string) bool {
	text := s.buf[s.start[pos]:s.start[pos+1]]
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// posAt returns the sorted position whose text holds buffer offset off.
func (s *Search) posAt(off int) int32 {
	return int32(sort.Search(len(s.id), func(p int) bool { return int(s.start[p+1]) > off }))
}

// Step returns the position in hits (a Find result) of the match dir
// steps from item in time order (1 next, -1 previous), going round at the
// ends; item need not be a match, and -1 starts before the first (or,
// going back, after the last). It returns -1 when hits is empty.
func (s *Search) Step(hits []int, item, dir int) int {
	n := len(hits)
	switch {
	case n == 0:
		return -1
	case item < 0 || item >= len(s.rank):
		if dir < 0 {
			return n - 1
		}
		return 0
	}
	r := s.rank[item]
	if dir < 0 {
		i := sort.Search(n, func(k int) bool { return s.rank[hits[k]] >= r }) - 1
		return (i + n) % n
	}
	return sort.Search(n, func(k int) bool { return s.rank[hits[k]] > r }) % n
}
