package timex

import (
	"strings"
	"testing"
	"time"
)

// TestLexAt checks what the rules rely on when they read a word's entry
// instead of a map: for every token of a text holding every word with an
// entry (in small letters and in capitals, between marks, numbers and
// other words), lexAt(i) answers as the lexicon's maps answer for
// word(i), inside the sentence and outside it.
func TestLexAt(t *testing.T) {
	type lookup struct {
		name string
		got  func(e *wordEntry) any
		want func(w string) any
	}
	lookups := []lookup{
		{"auxWords", func(e *wordEntry) any { return [2]any{e.aux, e.has(inAux)} },
			func(w string) any { c, ok := auxWords[w]; return [2]any{c, ok} }},
		{"unitWords", func(e *wordEntry) any { return [2]any{e.unit, e.has(inUnitWords)} },
			func(w string) any { u, ok := unitWords[w]; return [2]any{u, ok} }},
		{"verbLex determiners", func(e *wordEntry) any { return e.has(inDeterminers) },
			func(w string) any { return verbLex[w].has(lDeterminer) }},
	}
	for _, s := range entrySets {
		lookups = append(lookups, lookup{"set", func(e *wordEntry) any { return e.has(s.set) },
			func(w string) any { return s.words[w] }})
	}
	for _, v := range []struct {
		m   map[string]int
		get func(e *wordEntry) int8
		set wordSet
	}{{cardinals, func(e *wordEntry) int8 { return e.cardinal }, inCardinals},
		{monthWords, func(e *wordEntry) int8 { return e.month }, inMonths},
		{weekdayWords, func(e *wordEntry) int8 { return e.weekday }, inWeekdays},
		{weekdayAbbrevs, func(e *wordEntry) int8 { return e.abbrev }, inAbbrevs},
		{deicticDays, func(e *wordEntry) int8 { return e.deictic }, inDeicticDays},
		{ordinalWords, func(e *wordEntry) int8 { return e.ordinal }, inOrdinals},
		{relOffsets, func(e *wordEntry) int8 { return e.offset }, inRelOffsets},
		{decadeWords, func(e *wordEntry) int8 { return e.decade }, inDecadeWords}} {
		lookups = append(lookups, lookup{"value", func(e *wordEntry) any { return [2]any{int(v.get(e)), e.has(v.set)} },
			func(w string) any { n, ok := v.m[w]; return [2]any{n, ok} }})
	}
	var b strings.Builder
	for _, w := range entryWords() {
		b.WriteString(w + " " + strings.ToUpper(w) + ", 12 zebra-" + w + " ")
	}
	text := b.String()
	tg := newTagger(text, time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC))
	tg.load(0, len(text))
	for _, span := range [][2]int{{0, len(tg.toks)}, {len(tg.toks) / 3, len(tg.toks) / 2}} {
		tg.from, tg.to = span[0], span[1]
		for i := -1; i <= len(tg.toks); i++ {
			for _, l := range lookups {
				if got, want := l.got(tg.lexAt(i)), l.want(tg.word(i)); got != want {
					t.Fatalf("%s at token %d (%q) of [%d, %d): entry gives %v, map %v", l.name, i, tg.word(i),
						tg.from, tg.to, got, want)
				}
			}
		}
	}
}
