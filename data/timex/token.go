package timex

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// kind is the coarse class of a token.
type kind uint8

const (
	kWord  kind = iota + 1 // letters, possibly an abbreviation such as a.m.
	kNum                   // a run of ASCII digits
	kPunct                 // any other single rune
)

// token is one word, number or punctuation mark of the text. The tagger
// works on tokens rather than bytes so that every rule is a short walk over
// a slice, and the whole scan stays linear in the input.
type token struct {
	start, end int32 // byte offsets into the text
	// val is the value of a kNum token (-1 when it is too long) and the
	// lex of any other: the index of a word's or trigger mark's
	// wordEntries (0 for other words), looked up once as the token is
	// cut. No token has both, and sharing the field keeps a token in
	// 16 bytes, which the tokens read ahead for a long text pay for in
	// memory traffic.
	val   int32
	kind  kind
	space bool // whitespace (or the start of the text) precedes it
	// newlines counts the line feeds between the token before and this
	// one, up to 255, so that the sentence splitter need not scan the gaps
	// again.
	newlines uint8
	// trigger says whether an expression can start at the token as far
	// as its lexicon entry tells: a number, a trigger mark or a word
	// with a role (see nextTrigger). It takes the struct's last spare
	// byte.
	trigger bool
}

// lex returns the index of the token's wordEntries: 0 for a number.
func (t *token) lex() int32 {
	if t.kind == kNum {
		return 0
	}
	return t.val
}

// in returns the token's text in s, the text or its lower-cased copy.
func (t token) in(s string) string { return s[t.start:t.end] }

// maxText is the longest text the tagger reads, as offsets are int32.
const maxText = 1<<31 - 1

// maxNumDigits bounds the digits read into token.val; longer numbers are
// never dates and keep num at -1.
const maxNumDigits = 9

// tokenize splits a text into tokens, given lower, the text with its ASCII
// capitals lower-cased (foldASCII): the tokens are the text's, as folding
// changes no byte offset nor what is a letter, and each word is looked up
// in the lexicon as it is, without folding it again. buf is reused. It
// also counts the text's sports and finance cues as countSportsCues
// counts them over the tokens: each word's cue is in the entry it looks
// up anyway, so a long text's cues (sportsClause) cost no second pass.
func tokenize(lower string, buf []token) ([]token, cueCount) {
	toks := buf[:0]
	space := true
	var newlines uint8
	var cues cueCount
	for i := 0; i < len(lower); {
		c := lower[i]
		switch {
		case c == '\n':
			space = true
			if newlines < 255 {
				newlines++
			}
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
			continue
		case c >= '0' && c <= '9':
			j, n := numberAt(lower, i)
			toks = append(toks, token{start: int32(i), end: int32(j), kind: kNum, space: space, val: n, trigger: true})
			if !space && endsScore(lower, toks) {
				cues.sports++
			}
			i = j
		case isLetterByte(c) || c >= utf8.RuneSelf && startsLetter(lower[i:]):
			j := wordEnd(lower, i)
			if j == i+1 {
				j = abbrevEnd(lower, i, j)
			}
			lex := wordIndex.get(lower[i:j])
			trigger := false
			if lex != 0 {
				e := &wordEntries[lex]
				trigger = e.role != 0
				cues.add(e.cue)
			}
			toks = append(toks, token{start: int32(i), end: int32(j), kind: kWord, space: space,
				val: int32(lex), trigger: trigger})
			i = j
		default:
			_, size := utf8.DecodeRuneInString(lower[i:])
			if c < utf8.RuneSelf {
				size = 1
			} else if r, _ := utf8.DecodeRuneInString(lower[i:]); unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
			t := token{start: int32(i), end: int32(i + size), kind: kPunct, space: space}
			if triggerMark(lower[i : i+size]) {
				t.val = int32(wordIndex.get(lower[i : i+size]))
				t.trigger = t.val != 0
			} else if financeMark(lower[i : i+size]) {
				cues.finance++
			}
			toks = append(toks, t)
			i += size
		}
		toks[len(toks)-1].newlines = newlines
		space, newlines = false, 0
	}
	return toks, cues
}

// endsScore reports whether the last of toks, a number written right
// after a dash, ends a score as countSportsCues reads one: a number below
// 200, a dash and another below 200, with no space between ("21-14").
func endsScore(lower string, toks []token) bool {
	n := len(toks)
	if n < 3 {
		return false
	}
	dash, first, last := toks[n-2], toks[n-3], toks[n-1]
	return dash.kind == kPunct && !dash.space && isDash(dash.in(lower)) && first.kind == kNum &&
		first.val < 200 && last.val < 200
}

// numberAt reads the run of ASCII digits at text[i:] and returns its end
// and its value, or -1 for a run longer than maxNumDigits.
func numberAt(text string, i int) (int, int32) {
	j, n := i, 0
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		if j-i < maxNumDigits {
			n = n*10 + int(text[j]-'0')
		}
		j++
	}
	if j-i > maxNumDigits {
		n = -1
	}
	return j, int32(n)
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// wordEnd returns the end of the run of letters starting at i. Words are
// most of a text's bytes, so it looks at eight at a time while they are
// ASCII letters (asciiLetters), and at a rune at a time past them.
func wordEnd(text string, i int) int {
	for i+8 <= len(text) {
		other := asciiLetters(le64(text[i:])) ^ 0x8080808080808080
		if other == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(other) / 8
		if text[i] < utf8.RuneSelf || !startsLetter(text[i:]) {
			return i
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return wordEndBytes(text, i)
}

// wordEndBytes is wordEnd a byte at a time, for the last bytes of a text.
func wordEndBytes(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if isLetterByte(c) {
			i++
			continue
		}
		if c < utf8.RuneSelf || !startsLetter(text[i:]) {
			break
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return i
}

// asciiLetters returns 0x80 in each of the eight bytes of x that is an
// ASCII letter and 0 in the others, by foldWord's sums: a byte with its
// 0x20 bit set is a letter when its low seven bits reach 'a' and do not
// pass 'z', and its own top bit is clear.
func asciiLetters(x uint64) uint64 {
	const ones = 0x0101010101010101
	low := (x | 0x20*ones) & (0x7f * ones)
	return (low + (0x80-'a')*ones) &^ (low + (0x80-'z'-1)*ones) &^ x & (0x80 * ones)
}

// abbrevEnd extends a one-letter word into a dotted abbreviation such as
// "a.m.", "p.m." or "U.S." so that the dots are not read as sentence ends.
func abbrevEnd(text string, i, j int) int {
	if j != i+1 {
		return j
	}
	k := j
	for k+1 < len(text) && text[k] == '.' && isLetterByte(text[k+1]) &&
		(k+2 == len(text) || !isLetterByte(text[k+2])) {
		k += 2
	}
	if k == j {
		return j
	}
	if k < len(text) && text[k] == '.' {
		k++
	}
	return k
}

// foldASCII returns s with ASCII capitals lower-cased; other bytes are kept,
// so byte offsets are the same in both strings.
func foldASCII(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], foldWord(binary.LittleEndian.Uint64(b[i:])))
	}
	for ; i < len(b); i++ {
		if b[i] >= 'A' && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	// b is never written again: the string can share it rather than
	// copy the text a second time.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// foldWord lower-cases the ASCII capitals among eight bytes at once: a
// byte c below 0x80 is a capital when c+(0x80-'A') reaches 0x80 and
// c+(0x80-'Z'-1) does not; its 0x20 bit is then set. The sums are taken
// of the low seven bits, so none carries into the next byte, and bytes
// from 0x80 up are left as they are.
func foldWord(x uint64) uint64 {
	const ones = 0x0101010101010101
	low := x & (0x7f * ones)
	capital := (low + (0x80-'A')*ones) &^ (low + (0x80-'Z'-1)*ones) &^ x & (0x80 * ones)
	return x | capital>>2
}

// wordTable maps a few hundred lower-case words to a number, for the
// lookups the tagger makes at every word of a text: open addressing over
// a table four times the words' number, hashed from the length and the
// first and last four bytes. A slot keeps the hash beside the byte, so
// that a word not in the table, most words of a text, is turned away by
// a small array that stays in cache, without a string comparison; this
// is several times quicker than a Go map for these short keys.
type wordTable struct {
	slots []wordSlot
	keys  []string
	mask  uint32
}

// wordSlot is a slot of a wordTable: its word's hash with the low bit
// set (0 for an empty slot) and the word's number.
type wordSlot struct {
	tag uint32
	val uint16
}

// newWordTable makes the table of words.
func newWordTable(words map[string]uint16) *wordTable {
	size := 16
	for size < 4*len(words) {
		size *= 2
	}
	wt := &wordTable{slots: make([]wordSlot, size), keys: make([]string, size), mask: uint32(size - 1)}
	for w, v := range words {
		hash := wordHash(w)
		h := hash & wt.mask
		for wt.slots[h].tag != 0 {
			h = (h + 1) & wt.mask
		}
		wt.slots[h], wt.keys[h] = wordSlot{tag: hash | 1, val: v}, w
	}
	return wt
}

// get returns the number of w, or 0 when w is not in the table.
func (wt *wordTable) get(w string) uint16 {
	hash := wordHash(w)
	for h := hash & wt.mask; ; h = (h + 1) & wt.mask {
		switch s := wt.slots[h]; s.tag {
		case 0:
			return 0
		case hash | 1:
			if wt.keys[h] == w {
				return s.val
			}
		}
	}
}

// getFold is get for a word in any case: its ASCII capitals match the
// table's small letters.
func (wt *wordTable) getFold(w string) uint16 {
	hash := wordHash(w)
	for h := hash & wt.mask; ; h = (h + 1) & wt.mask {
		switch s := wt.slots[h]; s.tag {
		case 0:
			return 0
		case hash | 1:
			if foldsTo(w, wt.keys[h]) {
				return s.val
			}
		}
	}
}

// foldsTo reports whether w with its ASCII capitals lower-cased is lower.
func foldsTo(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// wordHash hashes w from its length and its first and last four bytes
// (for a shorter word, its first, middle and last), each with its 0x20
// bit set, so that an ASCII capital hashes as its small letter does.
func wordHash(w string) uint32 {
	n := len(w)
	var x uint64
	switch {
	case n >= 4:
		x = uint64(le32(w)) | uint64(le32(w[n-4:]))<<32
	case n > 0:
		x = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	x = (x | 0x2020202020202020 ^ uint64(n)<<59) * 0x9e3779b97f4a7c15
	return uint32(x>>32) ^ uint32(x)
}

// le64 reads the first eight bytes of s as a little-endian number, in
// one load.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
