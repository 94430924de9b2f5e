package timex

import (
	"strings"
	"unicode/utf8"
)

// The tagger reads a long text a block at a time. A block ends at a
// paragraph break (a blank line), which always ends a sentence, so
// tagging block by block finds what tagging the whole text at once would;
// only a paragraph longer than maxBlock is cut elsewhere, at what looks
// like a sentence end or else at a space.

// blockSize is the size a block grows to before it looks for a paragraph
// break; maxBlock is the most it grows to without one.
var (
	blockSize = 64 << 10
	maxBlock  = 1 << 20
)

// nextBlock returns the end of the block of text that starts at base.
func nextBlock(text string, base int) int {
	if len(text)-base <= blockSize {
		return len(text)
	}
	limit := min(len(text), base+maxBlock)
	if end, ok := paragraphBreak(text, base+blockSize, limit); ok {
		return end
	}
	if limit == len(text) {
		return limit
	}
	// A paragraph longer than maxBlock: cut it where a sentence seems to
	// end, else at its last space, so that no word is cut.
	window := text[base+blockSize : limit]
	if k := sentenceCut(window); k > 0 {
		return base + blockSize + k
	}
	if k := strings.LastIndexAny(window, " \t\n\r"); k >= 0 {
		return base + blockSize + k + 1
	}
	for limit > base+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// paragraphBreak finds the first blank line in text[from:limit] and
// returns the offset just after its first newline: the whitespace on
// either side of the cut holds no token, and the gap the tokens before and
// after it leave still holds two newlines.
func paragraphBreak(text string, from, limit int) (int, bool) {
	for k := from; k < limit; {
		n := strings.IndexByte(text[k:limit], '\n')
		if n < 0 {
			return 0, false
		}
		k += n + 1
		for m := k; m < len(text); m++ {
			c := text[m]
			if c == '\n' {
				return k, true
			}
			if c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v' {
				break
			}
		}
	}
	return 0, false
}

// sentenceCut returns the offset after the last ". " in s that is followed
// by a capital letter (a likely sentence end, not "Sept. 12"), or 0.
func sentenceCut(s string) int {
	for end := len(s); end > 0; {
		k := strings.LastIndex(s[:end], ". ")
		if k < 0 {
			return 0
		}
		if c := s[min(k+2, len(s)-1)]; k+2 < len(s) && c >= 'A' && c <= 'Z' {
			return k + 2
		}
		end = k
	}
	return 0
}
