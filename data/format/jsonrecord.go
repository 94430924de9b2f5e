package format

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// appendRecord appends r to b laid out byte for byte as
// json.MarshalIndent(r, "  ", "  ") lays it out, without reflection: the
// extract command encodes every event it finds, and goccy/go-json's
// reflect path cost more than the rest of the spool. It reports false,
// appending nothing, for a confidence JSON cannot hold (NaN, ±Inf), which
// the caller leaves to the library to reject.
//
// The source, article and published fields are the same for all the
// events of an article, and the confidence is one of a few values: with a
// non-nil cache they are encoded once and copied for the records after
// that repeat them.
func appendRecord(b []byte, r *Record, cache *recordCache) ([]byte, bool) {
	if math.IsNaN(r.Confidence) || math.IsInf(r.Confidence, 0) {
		return b, false
	}
	b = appendField(b, "{\n    \"title\": ", r.Title)
	b = appendField(b, ",\n    \"value\": ", r.Value)
	if r.Mod != "" {
		b = appendField(b, ",\n    \"mod\": ", r.Mod)
	}
	b = appendField(b, ",\n    \"start\": ", r.Start)
	b = appendField(b, ",\n    \"end\": ", r.End)
	b = appendField(b, ",\n    \"precision\": ", r.Precision)
	b = appendField(b, ",\n    \"expr\": ", r.Expr)
	b = strconv.AppendInt(append(b, ",\n    \"expr_start\": "...), int64(r.ExprStart), 10)
	b = strconv.AppendInt(append(b, ",\n    \"expr_end\": "...), int64(r.ExprEnd), 10)
	b = appendField(b, ",\n    \"text\": ", r.Text)
	b = cache.appendArticle(b, r)
	b = cache.appendConfidence(append(b, ",\n    \"confidence\": "...), r.Confidence)
	return append(b, "\n  }"...), true
}

// recordCache holds the encoded source, article and published fields of
// the article whose events are being encoded, and the last confidence
// encoded, whose shortest decimal strconv works out at some cost.
type recordCache struct {
	source, title, published string
	article                  []byte
	confidence               uint64 // bits of the float
	number                   []byte
	// at is where the last record's article fields start in it.
	at int
}

// appendArticle appends the source, article and published fields of r,
// encoding them only when they are not the ones cached, or always for a
// nil cache. Comparing the cached strings costs little: an article's
// events share its source and title strings, which compare equal at
// their first byte.
func (f *recordCache) appendArticle(b []byte, r *Record) []byte {
	if f == nil {
		return appendArticleFields(b, r)
	}
	if f.article == nil || r.Source != f.source || r.ArticleTitle != f.title || r.Published != f.published {
		f.source, f.title, f.published = r.Source, r.ArticleTitle, r.Published
		f.article = appendArticleFields(f.article[:0], r)
	}
	f.at = len(b)
	return append(b, f.article...)
}

// appendConfidence appends v as appendFloat does, from the cache when v
// is the confidence encoded last (bit for bit: 0 and -0 differ).
func (f *recordCache) appendConfidence(b []byte, v float64) []byte {
	if f == nil {
		return appendFloat(b, v)
	}
	if bits := math.Float64bits(v); f.number == nil || bits != f.confidence {
		f.confidence, f.number = bits, appendFloat(f.number[:0], v)
	}
	return append(b, f.number...)
}

// appendArticleFields appends the source, article and published fields of r.
func appendArticleFields(b []byte, r *Record) []byte {
	b = appendField(b, ",\n    \"source\": ", r.Source)
	b = appendField(b, ",\n    \"article\": ", r.ArticleTitle)
	return appendField(b, ",\n    \"published\": ", r.Published)
}

// appendField appends a field's lead (separator, name and colon) and its
// string value.
func appendField(b []byte, lead, s string) []byte {
	return appendString(append(b, lead...), s)
}

// appendFloat writes a number as goccy/go-json does: the shortest decimal
// that reads back the same, in exponent form only below 1e-6 or from 1e21.
func appendFloat(b []byte, v float64) []byte {
	format := byte('f')
	if abs := math.Abs(v); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	return strconv.AppendFloat(b, v, format, -1, 64)
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a quoted JSON string escaped as goccy/go-json
// escapes it by default: quote, backslash, \n, \r and \t by their short
// escapes; other control bytes, <, > and & as \u00XX; U+2028 and U+2029 as
// \u2028 and \u2029; each byte of invalid UTF-8 as \ufffd.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	from := 0 // s[from:i] is still to copy
	for i := 0; i < len(s); {
		for i+8 <= len(s) && plainWord(le64(s[i:])) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if !escapeASCII[c] {
				i++
				continue
			}
			b = append(b, s[from:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			from = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch {
		case r == utf8.RuneError && size == 1:
			esc = `\ufffd`
		case r == '\u2028':
			esc = `\u2028`
		case r == '\u2029':
			esc = `\u2029`
		default:
			i += size
			continue
		}
		b = append(append(b, s[from:i]...), esc...)
		i += size
		from = i
	}
	return append(append(b, s[from:]...), '"')
}

// plainWord reports whether none of the eight bytes of x (as le64 reads
// them) needs a second look from appendString: no control byte, quote,
// backslash, <, > or &, and none from 0x80 up. Each test sets a byte's top
// bit when the byte is one of those; a borrow from a lower byte can set a
// higher one's too, which only sends clean bytes to the byte-wise loop.
// It is small enough to be inlined into appendString's loop, which skips
// most of a string eight bytes at a time.
func plainWord(x uint64) bool {
	const ones = 0x0101010101010101
	mask := x | (x - 0x20*ones) |
		((x ^ '"'*ones) - ones) | ((x ^ '\\'*ones) - ones) |
		((x ^ '<'*ones) - ones) | ((x ^ '>'*ones) - ones) | ((x ^ '&'*ones) - ones)
	return mask&(0x80*ones) == 0
}

// le64 reads the first eight bytes of s as a little-endian number, in
// one load.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// escapeASCII marks the ASCII bytes appendString escapes.
var escapeASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = true
	}
	return t
}()
