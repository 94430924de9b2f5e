package extract

// wordRole is a set of the parts a word can play in a clause, as far as
// titles care.
type wordRole uint32

const (
	roleSubordinator  wordRole = 1 << iota // opens a subordinate clause: "after", "when"
	roleRelative                           // a relative pronoun: "which", "who"
	roleThat                               // "that": reported words or a relative clause
	roleCoordinator                        // "and", "but", "or"
	roleListJoin                           // joins list items: "and", "or"
	rolePreposition                        // "in", "under", "with"
	roleAttached                           // goes with a date when it is removed: "in September", "earlier this week"
	roleDeterminer                         // opens a noun phrase: "the", "its"
	rolePronoun                            // a subject pronoun: "he", "they"
	roleReporting                          // names saying: "said", "according"
	roleStance                             // takes reported words but says more than who spoke: "warned"
	roleVerb                               // an auxiliary or verb that follows a date as subject: "was", "will"
	roleOpeningAdverb                      // opens a sentence but not the news: "Also", "Meanwhile"
	roleWeakBreak                          // a long title may be cut before it: "and", "as"
	roleToParticle                         // "to", which cannot end a title
	roleFragment                           // opens an addition to the clause before: "including"
	roleAuxiliary                          // a modal or auxiliary, which a title cannot end on: "would", "has"
	roleComplement                         // opens a clause a verb needs as its object: "that", "whether"

	// roleFunction marks words that cannot open a verb phrase.
	roleFunction = roleSubordinator | roleRelative | roleThat | roleCoordinator | rolePreposition |
		roleDeterminer | rolePronoun | roleOpeningAdverb
	// roleDangling marks words a title cannot end on.
	roleDangling = roleSubordinator | roleRelative | roleThat | roleCoordinator | rolePreposition |
		roleDeterminer | roleToParticle
)

// titleLexicon is every word the clause scanner knows, with its roles: the
// one word list behind titles.
var titleLexicon = func() map[string]wordRole {
	m := map[string]wordRole{}
	add := func(r wordRole, words ...string) {
		for _, w := range words {
			m[w] |= r
		}
	}
	add(roleSubordinator, "after", "before", "when", "while", "because", "since", "until", "although",
		"though", "whereas", "whether", "if", "once", "unless", "whenever", "where")
	add(roleRelative, "which", "who", "whom", "whose")
	add(roleThat, "that")
	add(roleCoordinator, "and", "but", "or", "yet", "nor")
	add(roleListJoin, "and", "or")
	add(rolePreposition, "in", "on", "at", "by", "during", "since", "until", "from", "of", "for", "with",
		"under", "over", "about", "after", "before", "into", "onto", "through", "throughout", "between",
		"against", "without", "within", "across", "amid", "near", "around", "as", "toward", "towards")
	add(roleAttached, "in", "on", "at", "by", "during", "since", "until", "from", "of", "for", "earlier",
		"later", "late", "early", "through", "throughout", "around", "as", "before", "after", "between")
	add(roleDeterminer, "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "my", "your")
	add(rolePronoun, "he", "she", "it", "they", "we", "i", "you", "there")
	add(roleReporting, "said", "says", "say", "told", "tells", "added", "noted", "announced", "announces",
		"reported", "wrote", "according", "confirmed", "stated", "claimed")
	add(roleStance, "insisted", "warned", "warns", "argued", "explained", "acknowledged", "denied",
		"believes", "believed", "thinks", "thought", "hoped", "feared", "suggested", "predicted",
		"declared", "stressed", "expects", "expected", "found", "finds", "knew", "knows", "mean", "means",
		"meant", "shows", "felt", "feels")
	add(roleVerb, "is", "was", "were", "are", "will", "would", "has", "had", "have", "could", "may",
		"might", "should", "must", "can", "marks", "marked", "saw", "sees", "began", "begins", "ended",
		"ends", "brought", "brings", "fell", "falls")
	add(roleOpeningAdverb, "also", "meanwhile", "however", "separately", "then", "now", "still", "later", "earlier")
	add(roleWeakBreak, "and", "but", "while", "amid", "whether", "because", "after", "before",
		"when", "which", "who", "where", "citing", "despite")
	add(roleToParticle, "to")
	add(roleAuxiliary, "is", "was", "were", "are", "be", "been", "will", "would", "has", "had", "have",
		"could", "may", "might", "should", "must", "can", "shall", "do", "does", "did")
	add(roleComplement, "that", "whether", "if")
	add(roleFragment, "including", "excluding", "compared", "plus", "notably", "especially", "mainly")
	return m
}()

// lexiconTable is titleLexicon as an open-addressing table, which lexRole
// reads with a hash of a word's length and three of its bytes: a title
// looks up every word of a window around each date, and the table answers
// in a fraction of a map's time.
var lexiconTable = func() (t [lexiconSlots]lexiconEntry) {
	for w, r := range titleLexicon {
		if len(w) == 0 || len(w) > maxLexiconWord {
			continue // lexRole finds no such word
		}
		h := lexiconHash(w)
		for t[h].word != "" {
			h = (h + 1) % lexiconSlots
		}
		t[h] = lexiconEntry{w, r}
	}
	return t
}()

// lexiconSlots is the size of lexiconTable, a power of two several times
// the size of the lexicon, so that most probes end at the first slot.
const lexiconSlots = 1024

// maxLexiconWord is the longest word lexRole looks up.
const maxLexiconWord = 16

// lexiconEntry is one slot of lexiconTable; an empty word marks a free one.
type lexiconEntry struct {
	word string
	role wordRole
}

// lexiconHash hashes a word of at least one byte from its length and
// three of its bytes, each with its 0x20 bit set, so that an ASCII capital
// hashes as its small letter does and a word as its lower-case form does,
// without a branch per byte.
func lexiconHash(w string) uint {
	h := uint(len(w))*0x9E37 ^ uint(w[0]|0x20)*0x85EB ^ uint(w[len(w)-1]|0x20)*0xC2B3 ^
		uint(w[len(w)/2]|0x20)*0x27D5
	return (h ^ h>>7) % lexiconSlots
}

func lowerByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// lexRole returns the roles of word w, whatever its case. It compares w
// with the table's words without making a lower-case copy of it.
func lexRole(w string) wordRole {
	if len(w) == 0 || len(w) > maxLexiconWord {
		return 0
	}
	for h := lexiconHash(w); ; h = (h + 1) % lexiconSlots {
		e := &lexiconTable[h]
		if e.word == "" {
			return 0
		}
		if foldsTo(w, e.word) {
			return e.role
		}
	}
}

// foldsTo reports whether w with its ASCII capitals lower-cased is lower.
func foldsTo(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte(w[i]) != lower[i] {
			return false
		}
	}
	return true
}
