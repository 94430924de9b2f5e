package timex

import (
	"fmt"
	"maps"
	"slices"
)

// A word's entry: what the tagger asks of a word, found once per token.
// tokenize looks every word up in wordIndex, one probe of a small table,
// and writes the index of its entry into the token; the rules then read
// the word's classes and values from the entry (tagger.lexAt) instead of
// looking the word up again in each of the lexicon's maps, which in a
// rule's inner checks ("is the word before a preposition?") cost more
// than the rest of the check.

// wordEntry is what the tagger knows of a word or trigger mark: its roles
// and the word rules that declare it (wordRoles, wordRulesAt), for
// matchAt; its cue kind (cueKinds), for sportsClause; and, for the lists
// entrySets and the value maps below name, its membership and values, as
// the maps themselves would answer for the word.
type wordEntry struct {
	role  uint8
	rules *ruleList
	cue   uint8
	sets  wordSet
	aux   vclass // auxWords; in aux when present
	unit  unit   // unitWords
	// cardinal, month (monthWords), weekday, abbrev (weekdayAbbrevs),
	// deictic (deicticDays) and decade (decadeWords) are the maps'
	// values; sets says whether the word is in a map whose value may
	// be 0.
	cardinal, month, weekday, abbrev, deictic, decade int8
	// ordinal (ordinalWords) and offset (relOffsets) likewise.
	ordinal, offset int8
}

// has reports whether the word is in all the sets of s.
func (e *wordEntry) has(s wordSet) bool { return e.sets&s == s }

// hasAny reports whether the word is in any of the sets of s.
func (e *wordEntry) hasAny(s wordSet) bool { return e.sets&s != 0 }

// wordSet is a set of the lexicon's word lists, one bit each.
type wordSet uint64

// The lists an entry answers for, and the presence bits of value maps.
const (
	inPrepositions wordSet = 1 << iota
	inPossessives
	inIsPronouns
	inMoreWords
	inStreakWords
	inAgeWords
	inVagueCounts
	inCountLeads
	inTheCountLeads
	inOrdinalSuffixes
	inYearPrepositions
	inWeekendSpellings
	inAmWords
	inPmWords
	inLowerMonthNames
	inMonthAbbrevOnly
	inRelativeWords
	inDeterminers // determiners: verbLex's lDeterminer
	inLatestWords
	inMonthPrepositions
	inTonightWords
	inAux         // auxWords
	inCardinals   // cardinals
	inMonths      // monthWords
	inWeekdays    // weekdayWords
	inAbbrevs     // weekdayAbbrevs
	inDeicticDays // deicticDays
	inDecadeWords // decadeWords
	inOrdinals    // ordinalWords
	inRelOffsets  // relOffsets
	inUnitWords   // unitWords
	inAsideWords
	inClauseStarters
	inTitleAbbrevs
	numWordSets = iota
)

// entrySets are the word lists behind the set bits of an entry.
var entrySets = []struct {
	set   wordSet
	words map[string]bool
}{
	{inPrepositions, prepositions}, {inPossessives, possessives}, {inIsPronouns, isPronouns},
	{inMoreWords, moreWords}, {inStreakWords, streakWords}, {inAgeWords, ageWords}, {inVagueCounts, vagueCounts},
	{inCountLeads, countLeads}, {inTheCountLeads, theCountLeads}, {inOrdinalSuffixes, ordinalSuffixes},
	{inYearPrepositions, yearPrepositions}, {inWeekendSpellings, weekendSpellings}, {inAmWords, amWords},
	{inPmWords, pmWords}, {inLowerMonthNames, lowerMonthNames}, {inMonthAbbrevOnly, monthAbbrevOnly},
	{inRelativeWords, relativeWords}, {inDeterminers, determiners}, {inLatestWords, latestWords},
	{inMonthPrepositions, monthPrepositions}, {inTonightWords, tonightWords},
	{inAsideWords, asideWords}, {inClauseStarters, clauseStarters}, {inTitleAbbrevs, titleAbbrevs},
}

// entryWords returns every word and mark that has an entry of its own.
func entryWords() []string {
	words := append(slices.Collect(maps.Keys(wordRoles)), "'", "’")
	words = append(words, slices.Collect(maps.Keys(cueKinds))...)
	for _, s := range entrySets {
		words = append(words, slices.Collect(maps.Keys(s.words))...)
	}
	for _, m := range []map[string]int{cardinals, monthWords, weekdayWords, weekdayAbbrevs, deicticDays, decadeWords, ordinalWords,
		relOffsets} {
		words = append(words, slices.Collect(maps.Keys(m))...)
	}
	words = append(words, slices.Collect(maps.Keys(auxWords))...)
	words = append(words, slices.Collect(maps.Keys(unitWords))...)
	return slices.Compact(slices.Sorted(slices.Values(words)))
}

// entryOf makes the entry of w from the lexicon's maps.
func entryOf(w string) wordEntry {
	e := wordEntry{role: wordRoles[w], rules: wordRulesAt[w], cue: cueKinds[w]}
	for _, s := range entrySets {
		if s.words[w] {
			e.sets |= s.set
		}
	}
	var ok bool
	if e.aux, ok = auxWords[w]; ok {
		e.sets |= inAux
	}
	if e.unit, ok = unitWords[w]; ok {
		e.sets |= inUnitWords
	}
	for _, v := range []struct {
		m   map[string]int
		to  *int8
		set wordSet
	}{{cardinals, &e.cardinal, inCardinals}, {monthWords, &e.month, inMonths}, {weekdayWords, &e.weekday, inWeekdays},
		{weekdayAbbrevs, &e.abbrev, inAbbrevs}, {deicticDays, &e.deictic, inDeicticDays},
		{decadeWords, &e.decade, inDecadeWords}, {ordinalWords, &e.ordinal, inOrdinals},
		{relOffsets, &e.offset, inRelOffsets}} {
		if n, ok := v.m[w]; ok {
			if int(int8(n)) != n {
				panic(fmt.Sprintf("timex: entry of %q: value %d does not fit", w, n))
			}
			*v.to, e.sets = int8(n), e.sets|v.set
		}
	}
	return e
}

// indexWordEntries makes wordEntries and wordIndex: each distinct entry
// once, entry 0 that of every other word.
func indexWordEntries() ([]wordEntry, *wordTable) {
	entries := []wordEntry{{}}
	at := map[wordEntry]int{{}: 0}
	index := map[string]uint16{}
	for _, w := range entryWords() {
		e := entryOf(w)
		k, ok := at[e]
		if !ok {
			k = len(entries)
			at[e] = k
			entries = append(entries, e)
		}
		if k > maxEntries {
			panic("timex: too many word entries for token.val")
		}
		if k > 0 {
			index[w] = uint16(k)
		}
	}
	return entries, newWordTable(index)
}

// relOffsetAt is relOffset of word(i), read from its entry.
func (tg *tagger) relOffsetAt(i int) (int, bool) {
	e := tg.lexAt(i)
	return int(e.offset), e.has(inRelOffsets)
}

// ordinalAt is ordinalWords[word(i)] and whether word(i) is in it, read
// from its entry.
func (tg *tagger) ordinalAt(i int) (int, bool) {
	e := tg.lexAt(i)
	return int(e.ordinal), e.has(inOrdinals)
}

// maxEntries is the most entries token.val can index.
const maxEntries = 1<<16 - 1

// lexAt returns the entry of token i when it is a word of the current
// sentence, the word word(i) gives, and the empty entry otherwise, as the
// lexicon's maps answer for the "" word(i) gives then.
func (tg *tagger) lexAt(i int) *wordEntry {
	if i < tg.from || i >= tg.to || tg.toks[i].kind != kWord {
		return &wordEntries[0]
	}
	return &wordEntries[tg.toks[i].val] // a word's lex
}
