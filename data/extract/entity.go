package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// EntityKind says what a name names.
type EntityKind uint8

// The kinds of names Entities tells apart.
const (
	// OtherName is a name that is no person, body or place: a weapon
	// ("Oreshnik"), a treaty, a name the rules cannot place.
	OtherName EntityKind = iota
	Person
	Organization
	Place
)

var entityKindNames = [...]string{"MISC", "PER", "ORG", "LOC"}

// String returns the kind's tag as annotated: PER, ORG, LOC or MISC.
func (k EntityKind) String() string {
	if int(k) >= len(entityKindNames) {
		return "MISC"
	}
	return entityKindNames[k]
}

// Entity is a name found in a sentence.
type Entity struct {
	// Text is the name as written, without titles before it ("Vladimir
	// Putin" of "President Vladimir Putin") or a possessive after it.
	Text string
	Kind EntityKind
	// Start and End are Text's byte offsets in the sentence.
	Start, End int
}

// token is a word or a punctuation mark of a sentence, at [start, end).
type token struct {
	text       string
	start, end int32
	word       bool
	possessive bool // the word ended in 's, which start..end leaves out
}

// appendTokens appends to out the tokens of a sentence: words (letters
// and digits, with inner hyphens, apostrophes and dotted abbreviations)
// and single punctuation marks, skipping spaces.
func appendTokens(out []token, s string) []token {
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := nameWordEnd(s, i)
			j = abbreviationDot(s, i, j)
			t := token{text: s[i:j], start: int32(i), end: int32(j), word: true}
			if k := possessiveAt(t.text); k > 0 {
				t.text, t.end, t.possessive = t.text[:k], int32(i+k), true
			}
			out = append(out, t)
			i = j
		default:
			out = append(out, token{text: s[i : i+n], start: int32(i), end: int32(i + n)})
			i += n
		}
	}
	return out
}

// nameWordEnd returns the end of the word starting at i: letters and digits,
// joined by single hyphens, apostrophes or dots that have a letter or digit
// after them ("Kassym-Jomart", "Russia's", "U.S").
func nameWordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i += n
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '.' {
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if i+n < len(s) && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// abbreviationDot returns the end of the word s[i:j] with the dot after
// it when the dot belongs to the word: an initial before another name
// word ("John F. Kennedy", "J. D. Vance") or a company's abbreviation
// ("Alphabet Inc.", "Microsoft Corp.") or a person's ("Marcos Jr.").
func abbreviationDot(s string, i, j int) int {
	if j >= len(s) || s[j] != '.' {
		return j
	}
	if corporateAbbreviations[s[i:j]] || nameSuffixes[s[i:j]] {
		return j + 1
	}
	if j-i == 1 && s[i] >= 'A' && s[i] <= 'Z' && j+2 < len(s) && s[j+1] == ' ' && s[j+2] >= 'A' && s[j+2] <= 'Z' {
		return j + 1
	}
	return j
}

// isInitial reports whether w is an initial: a capital and a dot.
func isInitial(w string) bool { return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.' }

// possessiveAt returns where a trailing "'s" starts in w, or 0.
func possessiveAt(w string) int {
	for _, suffix := range [...]string{"'s", "’s"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix) {
			return len(w) - len(suffix)
		}
	}
	return 0
}

// adjectiveTails end hyphenated words that describe rather than name:
// "Moscow-led", "US-made".
var adjectiveTails = words(`led|made|backed|based|born|owned|run|style|era|range|funded|linked|controlled|held|
allied|built|designed|supplied|brokered|friendly|bound|wide|speaking|language|American|French|British`)

// isNameWord reports whether t can be part of a name: a capitalised word
// that is no closed-class word and no hyphenated adjective.
func isNameWord(t token) bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	if !unicode.IsUpper(r) && !particlePrefixed(t.text) || notNames[t.text] {
		return false
	}
	if k := strings.LastIndexByte(t.text, '-'); k > 0 && adjectiveTails[t.text[k+1:]] {
		return false
	}
	return true
}

// particlePrefixed reports whether w is a capitalised name after a
// particle and a hyphen: "al-Maliki", "el-Sisi".
func particlePrefixed(w string) bool {
	head, tail, ok := strings.Cut(w, "-")
	if !ok || !particles[head] || tail == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tail)
	return unicode.IsUpper(r)
}

// span is a run of name words, tokens [from, to), before classification.
type span struct {
	from, to int
	kind     EntityKind
	titled   bool // a title stood before it: "President …"
	initial  bool // it opens the sentence and may be an ordinary word
	decided  bool // a lexicon or cue fixed its kind, memory may not change it
	// coordinated is the kind of the decided name joined to this one by
	// "and" or "or" ("Deutsche Telekom AG and Orange"), OtherName if none.
	coordinated EntityKind
}

// Entities returns the names of one sentence, in order.
func Entities(sentence string) []Entity {
	return DocumentEntities([]string{sentence})[0]
}

// DocumentEntities returns the names of each sentence of one document. A
// name whose kind one sentence makes plain carries that kind to the
// others: "Tokayev" alone is a person once "President Kassym-Jomart
// Tokayev" was seen, and an ordinary word that opens a sentence is a name
// only when the document names it elsewhere.
func DocumentEntities(sentences []string) [][]Entity {
	// The first pass keeps each name's key and offsets, so that one token
	// buffer serves every sentence; the second settles the undecided.
	type name struct {
		key        string
		start, end int
		sp         span
	}
	names := make([][]name, len(sentences))
	memory := map[string]EntityKind{}
	var buf []token
	for i, s := range sentences {
		buf = appendTokens(buf[:0], s)
		for _, sp := range nameSpans(buf) {
			ts := buf[sp.from:sp.to]
			if sp.decided {
				remember(memory, ts, sp.kind)
			}
			names[i] = append(names[i], name{joinText(ts), int(ts[0].start), int(ts[len(ts)-1].end), sp})
		}
	}
	out := make([][]Entity, len(sentences))
	for i, s := range sentences {
		for _, n := range names[i] {
			kind := n.sp.kind
			if !n.sp.decided {
				k, ok := memory[n.key]
				if at := strings.LastIndexByte(n.key, ' '); !ok && at > 0 && memory[n.key[at+1:]] == Person {
					// A surname the document makes a person's makes the
					// full name one: "Andrii Sybiha" … "Sybiha asked".
					k, ok = Person, true
				}
				if !ok && n.sp.initial {
					continue
				}
				kind = k
			}
			out[i] = append(out[i], Entity{Text: s[n.start:n.end], Kind: kind, Start: n.start, End: n.end})
		}
	}
	return out
}

// remember records a decided name's kind under its whole text and, for a
// person, under the surname too.
func remember(memory map[string]EntityKind, ts []token, k EntityKind) {
	if k == OtherName {
		return
	}
	memory[joinText(ts)] = k
	if k == Person && len(ts) > 1 {
		// Either part may stand alone later: "Tokayev", "de Gaulle", and
		// "Xi" of "Xi Jinping", whose family name comes first.
		for i, t := range ts {
			if !particles[t.text] {
				memory[t.text] = Person
			}
			memory[joinText(ts[i:])] = Person
		}
	}
}

// joinText returns the words of ts joined by single spaces, which is how
// memory keys names.
func joinText(ts []token) string {
	if len(ts) == 1 {
		return ts[0].text
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// nameSpans finds the runs of name words in a sentence, strips the titles
// and demonyms before them and classifies each.
func nameSpans(ts []token) []span {
	var out []span
	start := nameDatelineEnd(ts)
	for i := start; i < len(ts); {
		if !isNameWord(ts[i]) && !particleBefore(ts, i) && !articlePlace(ts, i) {
			i++
			continue
		}
		j := runEnd(ts, i, bodyCue(ts, i, i))
		if placeBeforeTitle(ts, i, j) {
			// "Moscow Mayor Sergei Sobyanin": the place is a name of
			// its own; the next run starts at the title, which strip
			// takes off the person's name.
			j = i + 1
		}
		sp := strip(ts, span{from: i, to: j})
		if sp.from < sp.to {
			sp.initial = sp.from == firstWord(ts, start)
			if n := len(out); n > 0 && out[n-1].decided && out[n-1].to+1 == sp.from && listJoined(ts, sp) {
				sp.coordinated = out[n-1].kind
			}
			classify(ts, &sp)
			if n := len(out); n > 0 && joinedBack(ts, out[n-1], sp) {
				out[n-1].kind, out[n-1].decided = sp.kind, true
			}
			out = append(out, sp)
		}
		i = j
	}
	return out
}

// placeBeforeTitle reports whether the run ts[i:j] opens with a place
// and a title before a further word, and names no body: "Moscow Mayor
// Sergei Sobyanin", not "Ghana Health Service" (whose "Health" may be a
// title's word).
func placeBeforeTitle(ts []token, i, j int) bool {
	return j-i > 2 && places[ts[i].text] && isTitle(ts[i+1].text) && !hasOrgWord(ts[i:j]) && !placeEnds[ts[j-1].text]
}

// listJoined reports whether the word before the span joins it to the
// name before it in a list: "and" or "or", or a comma when the list goes
// on after the span ("Thomas Bach, Sebastian Coe and Kirsty Coventry").
func listJoined(ts []token, sp span) bool {
	sep := ts[sp.from-1].text
	if coordinators[sep] {
		return true
	}
	return sep == "," && sp.to < len(ts) && (ts[sp.to].text == "," || coordinators[ts[sp.to].text])
}

// articlePlace reports whether ts[i] is the "The" of a place's name:
// "The Hague".
func articlePlace(ts []token, i int) bool {
	return ts[i].text == "The" && i+1 < len(ts) && afterThe[ts[i+1].text]
}

// afterThe holds the words that follow "The" in places' names ("Hague"
// of "The Hague"), so that articlePlace builds no string per "The".
var afterThe = func() map[string]bool {
	set := map[string]bool{}
	for p := range places {
		if rest, ok := strings.CutPrefix(p, "The "); ok {
			set[rest] = true
		}
	}
	return set
}()

// joinedBack reports whether an undecided one-word name before "and" or
// "or" takes the kind of the decided name sp after it: "Bradesco and Itau
// Unibanco". It takes spans by value so that nameSpans' slice can stay
// off the heap until it returns.
func joinedBack(ts []token, prev, sp span) bool {
	return sp.decided && sp.kind != OtherName && !prev.decided && prev.to-prev.from == 1 &&
		prev.to+1 == sp.from && coordinators[ts[prev.to].text]
}

// nameDatelineEnd returns the first token after a news dateline ("ASTANA —"):
// capital-letter words followed by a dash.
func nameDatelineEnd(ts []token) int {
	for i, t := range ts {
		if !t.word {
			if i > 0 && (t.text == "—" || t.text == "–" || t.text == "-") {
				return i + 1
			}
			if t.text != "," && t.text != "(" && t.text != ")" {
				return 0
			}
			continue
		}
		if strings.ToUpper(t.text) != t.text {
			return 0
		}
	}
	return 0
}

// firstWord returns the index of the first word at or after from, past
// opening quotes and brackets.
func firstWord(ts []token, from int) int {
	for i := from; i < len(ts); i++ {
		if ts[i].word {
			return i
		}
	}
	return len(ts)
}

// maxEntityWords bounds a name run: the longest names of bodies
// ("Organization for Security and Co-operation in Europe") have seven.
const maxEntityWords = 10

// runEnd returns the end of the name run starting at i: following name
// words, and a joining word ("of", "for") when the word before it ends a
// body's or place's name ("Bank of England", "Gulf of Aden"). A
// possessive ends the run. joined says a body's name is being read
// ("her party, Action and Solidarity"), so that "and" may join too. A run
// stops at maxEntityWords: remember keys a person under every tail of the
// name, so an unbounded run of capitals ("leader B leader B …" for 200 KB)
// made the work cubic in the run.
func runEnd(ts []token, i int, joined bool) int {
	j := i + 1
	for j < len(ts) && j-i < maxEntityWords && (!ts[j-1].possessive || possessiveInName(ts, j)) {
		switch {
		case isNameWord(ts[j]):
			j++
		case familyAfterTitle(ts, j):
			j++
		case j+1 < len(ts) && (ts[j].text == "'" || ts[j].text == "’") && innerPossessives[ts[j-1].text] && orgEnds[ts[j+1].text]:
			j += 2 // "Workers' Party"
		case particleBefore(ts, j):
			j += particlesAt(ts, j) + 1
		case j+1 < len(ts) && isNameWord(ts[j+1]) && joins(ts[j-1].text, ts[j].text, joined):
			j += 2
			joined = true
		case j+2 < len(ts) && ts[j+1].text == "the" && isNameWord(ts[j+2]) && joins(ts[j-1].text, ts[j].text, joined):
			j += 3 // "Council of the European Union"
			joined = true
		default:
			return j
		}
	}
	return j
}

// familyAfterTitle reports whether ts[j] is a capitalised closed-class
// word that stands as a family name between a title and a name word:
// "He" of "Vice Premier He Lifeng".
func familyAfterTitle(ts []token, j int) bool {
	if j == 0 || j+1 >= len(ts) || !ts[j].word || !isTitle(ts[j-1].text) || !isNameWord(ts[j+1]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ts[j].text)
	return unicode.IsUpper(r)
}

// possessiveInName reports whether the possessive ts[j-1] stands inside
// a body's name rather than ending a name: "People's" of "People's
// Party", before a word bodies' names end in.
func possessiveInName(ts []token, j int) bool {
	return innerPossessives[ts[j-1].text] && isNameWord(ts[j]) && orgEnds[ts[j].text]
}

// particleBefore reports whether ts[i] starts a run of surname
// particles with a name word after it: "de" of "de Gaulle", "de la" of
// "Lucia de la Vega".
func particleBefore(ts []token, i int) bool {
	k := i + particlesAt(ts, i)
	return k > i && k < len(ts) && isNameWord(ts[k])
}

// particlesAt counts the surname particles from ts[i] on.
func particlesAt(ts []token, i int) int {
	n := 0
	for i+n < len(ts) && particles[ts[i+n].text] {
		n++
	}
	return n
}

// hasParticle reports whether a particle stands inside a name: only
// people's names hold one ("Hamad bin Jassim", "Lucia de la Vega").
func hasParticle(name []token) bool {
	for _, t := range name[1:] {
		if particles[t.text] {
			return true
		}
	}
	return false
}

// joins reports whether the word join may carry a name on after the name
// word before it: "of" after a word that names bodies or places ("Bank of
// England", "Gulf of Aden"), and "and", "in" or "of" once a name has
// been joined so ("Organization for Security and Co-operation in Europe",
// "Royal Society for the Protection of Birds").
func joins(before, join string, joined bool) bool {
	if joined && (join == "and" || join == "in" || join == "of") {
		return true
	}
	return nameJoins[join] && (orgEnds[before] || placeStarts[before] || placeEnds[before])
}

// strip drops the titles and demonyms that open a run ("Russian President
// Vladimir Putin" → "Vladimir Putin"), unless the run ends a body's or
// place's name ("European Central Bank", "Caspian Sea").
func strip(ts []token, sp span) span {
	last := ts[sp.to-1].text
	if sp.to-sp.from > 1 && (hasOrgWord(ts[sp.from:sp.to]) || placeEnds[last] || places[last] || organisations[joinText(ts[sp.from:sp.to])]) {
		return sp
	}
	for sp.from < sp.to {
		w := ts[sp.from].text
		switch {
		case isTitle(w):
			sp.titled = true
		case demonyms[w] || demonyms[strings.TrimSuffix(w, "s")] || isDemonymCompound(w):
		default:
			return sp
		}
		sp.from++
	}
	return sp
}

// isTitle reports whether w is a title, abbreviated ("Gen.") or
// hyphenated ("Secretary-General", "Vice-President").
func isTitle(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if titles[w] {
		return true
	}
	head, _, ok := strings.Cut(w, "-")
	return ok && titles[head]
}

// isDemonymCompound reports whether w joins demonyms with hyphens
// ("Anglo-French").
func isDemonymCompound(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if !demonyms[part] {
			return false
		}
	}
	return true
}

// classify decides a span's kind from lexicons, the shape of its words
// and the words around it, strongest evidence first. A span none of them
// decides stays OtherName for the document's memory to settle.
func classify(ts []token, sp *span) {
	name := ts[sp.from:sp.to]
	text := joinText(name)
	first, last := name[0].text, name[len(name)-1].text
	multi := len(name) > 1
	kind, ok := OtherName, true
	switch {
	case places[text] || acronymPlaces[text]:
		kind = Place
	case organisations[text] || isAcronym(text), multi && organisations[first], !multi && bodyShaped(first):
		kind = Organization // "Samsung Electronics", "FirstRand", "Vingroup"
	case multi && (hasOrgWord(name) || orgStarts[first] && !miscEnds[last] || acronymLed(name)), employerBefore(ts, sp.from):
		kind = Organization // "SK Hynix", "World Athletics", "who runs Nissan"
	case multi && (placeEnds[last] || placeStarts[first]):
		kind = Place
	case multi && organisations[last]:
		kind = Organization // "State Duma"
	case multi && miscEnds[last] || thingFollows(ts, sp.to):
		kind = OtherName
	case sp.titled, multi && (hasInitial(name) || hasParticle(name)), personPossessive(ts, sp.to):
		kind = Person // "Senator J. D. Vance", "Franklin D. Roosevelt"
	case sp.coordinated != OtherName && !multi:
		kind = sp.coordinated // "Deutsche Telekom AG and Orange"
	case multi && places[last]:
		kind = Place // "Central Asia", "South Korea"
	case multi && (givenNames[first] || personSuffixes[strings.TrimSuffix(last, ".")]):
		kind = Person // "Joe Biden", "Dorival Junior"
	case multi && places[first] && !hasTitle(name):
		kind = Organization // "Pakistan Tehreek-e-Insaf", "Ghana Health Service"
	case multi && strings.Contains(first, "-"), multi && hasSyllableHyphen(last):
		kind = Person // "Kassym-Jomart Tokayev", "Lee Jae-myung"
	case roleBefore(ts, sp.from), roleAfter(ts, sp.to):
		kind = Person
	case bodyCue(ts, sp.from, sp.to), itsAfter(ts, sp.from, sp.to) && !commonOpener(sp, name), sp.to < len(ts) && bodyOwned[ts[sp.to].text]:
		kind = Organization // "Jaxa said its own lander"
	case placeCue(ts, sp.from, sp.to):
		kind = Place
	case sp.coordinated != OtherName:
		kind = sp.coordinated // "Sebastian Coe and Kirsty Coventry"
	case sayVerbAfter(ts, sp.to) && !commonOpener(sp, name):
		kind = Person // but not "Officials said"
	default:
		ok = false
	}
	sp.kind, sp.decided = kind, ok
}

// bodyShaped reports whether one word has the shape of a company's name:
// a capital inside it after small letters ("FirstRand", "BlackRock"; not
// "McDonald", "DeSantis", "LeBron"), or an ending that companies' names
// take ("Vingroup", "Ukrenergo", "Safaricom").
func bodyShaped(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return !namePrefixes[w[:i]]
		}
	}
	for _, end := range bodyEndings {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// commonOpener reports whether the name may be a plural common noun
// that opens the sentence: "Officials said", "Analysts expect its".
func commonOpener(sp *span, name []token) bool {
	return sp.initial && len(name) == 1 && strings.HasSuffix(name[0].text, "s")
}

// acronymLed reports whether a name of two words starts with an acronym
// that is no place's and holds no title: "SK Hynix", "AC Milan"; not "UN
// Secretary-General", "G7 Summit", or a person's run-together initials
// before two names ("KP Sharma Oli").
func acronymLed(name []token) bool {
	return len(name) == 2 && isAcronym(name[0].text) && !acronymPlaces[name[0].text] && !hasTitle(name) && !miscEnds[name[1].text]
}

// hasTitle reports whether a word of the name is a title.
func hasTitle(name []token) bool {
	for _, t := range name {
		if isTitle(t.text) {
			return true
		}
	}
	return false
}

// itsReach is how many words after a name itsAfter looks for "its".
const itsReach = 4

// itsAfter reports whether "its" follows a name that stands as a subject
// (after no preposition) within a few words of one clause, which makes
// the name a body's: "Xiaomi began selling its first car"; a person's
// would take "his" or "her". "the old town of Turkistan to its list" is
// no subject's.
func itsAfter(ts []token, from, to int) bool {
	if from > 0 && ts[from-1].word && !subjectOpeners[ts[from-1].text] {
		return false
	}
	for k := to; k < len(ts) && k < to+itsReach && ts[k].word; k++ {
		switch ts[k].text {
		case "its":
			return true
		case "his", "her", "he", "she", "their", "who":
			return false
		}
	}
	return false
}

// acronymPlaces are the places known by capital letters.
var acronymPlaces = words(`US|USA|UK|UAE|DRC`)

// miscEnds end the names of things that are no body, person or place.
var miscEnds = words(`Treaty|Agreement|Accord|Accords|Convention|Protocol|Act|Plan|Summit|Games|Cup|War|Doctrine|
Award|Prize|Day|Week|Festival|Olympics|Index|Prize|Strategy|Initiative|Deal|Declaration`)

// thingNouns after a name make it a thing's: "Storm Shadow missiles".
var thingNouns = words(`missile|missiles|rocket|rockets|drone|drones|system|systems|jet|jets|tank|tanks|vaccine|
app|phone|car|cars|model|engine|satellite|launcher|launchers|shells|weapon|weapons|cruise|ballistic|aircraft`)

// isAcronym reports whether w is two to six capital letters (digits
// allowed after the first): "CSTO", "ECB", "G7".
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// thingFollows reports whether the word after a name says it names a
// thing ("Oreshnik missile").
func thingFollows(ts []token, to int) bool {
	return to < len(ts) && thingNouns[ts[to].text]
}

// hasOrgWord reports whether a word of the name is one that bodies' names
// end in: "Ministry of Defence", "Bank of England".
func hasOrgWord(name []token) bool {
	for _, t := range name {
		if orgEnds[strings.TrimSuffix(t.text, ".")] {
			return true
		}
	}
	return false
}

// hasSyllableHyphen reports whether w joins syllables with a hyphen and
// a small letter, as romanised Korean and Chinese given names do
// ("Jae-myung", "Ching-te"); places and bodies joined by hyphens take a
// capital after it ("Guinea-Bissau").
func hasSyllableHyphen(w string) bool {
	_, tail, ok := strings.Cut(w, "-")
	return ok && tail != "" && tail[0] >= 'a' && tail[0] <= 'z'
}

// personPossessive reports whether the name is a possessive before a
// word for a person's staff or kin: "Kadyrov's office", "Aliyev's aide".
func personPossessive(ts []token, to int) bool {
	return to < len(ts) && ts[to-1].possessive && personOwned[ts[to].text]
}

// hasInitial reports whether a name holds an initial before another of
// its words: only people's names do ("George W. Bush").
func hasInitial(name []token) bool {
	for _, t := range name[:len(name)-1] {
		if isInitial(t.text) {
			return true
		}
	}
	return false
}

// roleAfter reports whether an apposition after the name gives a
// person's role: "Nabih Berri, the speaker of parliament", "Jordan
// Bardella, its leader".
func roleAfter(ts []token, to int) bool {
	if to+2 >= len(ts) || ts[to].text != "," || !determiners[ts[to+1].text] {
		return false
	}
	for k := to + 2; k < len(ts) && k <= to+1+roleReach && ts[k].word; k++ {
		if roleNouns[ts[k].text] {
			return true
		}
	}
	return false
}

// roleReach is how many words before a name roleBefore looks for a role
// noun in an apposition ("the governor of the region, Ana Ruiz").
const roleReach = 5

// roleBefore reports whether a role noun stands just before the name, or
// a few words before a comma before it: "press secretary, Berik Uali",
// "the governor of the region, Ana Ruiz".
func roleBefore(ts []token, from int) bool {
	i := from - 1
	if i >= 0 && roleNouns[ts[i].text] {
		return true
	}
	if i < 0 || ts[i].text != "," {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-roleReach && ts[k].word; k-- {
		if roleNouns[ts[k].text] {
			return true
		}
	}
	return false
}

// employerBefore reports whether the name follows "<people> at" or
// "<people> for", which names where they work ("analysts at Morgan
// Stanley", "lawyers for ClientEarth"), "<followers> of" ("fans of
// Real Madrid"), or a verb of running or joining ("who runs Nissan").
func employerBefore(ts []token, from int) bool {
	if from < 2 {
		return false
	}
	before, noun := ts[from-1].text, strings.ToLower(ts[from-2].text)
	return (before == "at" || before == "for") && staffNouns[noun] || before == "of" && followerNouns[noun] || employerVerbs[before]
}

// bodyCue reports whether a body noun stands just after the name or just
// before it, or before a comma before it: "the Freedom Front party", "the
// carmaker Renault", "its rival, Unity".
func bodyCue(ts []token, from, to int) bool {
	if to < len(ts) && bodyNouns[ts[to].text] {
		return true
	}
	i := from - 1
	if i >= 1 && ts[i].text == "," {
		i--
	}
	return i >= 0 && bodyNouns[ts[i].text]
}

// placeCue reports whether the words around a name say it is a place:
// "the Bryansk region", "the city of Dnipro", "at Semipalatinsk".
func placeCue(ts []token, from, to int) bool {
	if to < len(ts) && placeNouns[ts[to].text] {
		return true
	}
	if from >= 2 && ts[from-1].text == "of" && placeNouns[ts[from-2].text] {
		return true
	}
	return from >= 1 && to-from == 1 && placePrepositions[ts[from-1].text]
}

// sayVerbAfter reports whether a verb of saying, or of what people do
// in the news (meet, visit), follows the name, or a ", who" clause: "Uali
// said", "Zhao Leji visited", "Scholz, who".
func sayVerbAfter(ts []token, to int) bool {
	if to < len(ts) && (sayVerbs[ts[to].text] || personVerbs[ts[to].text]) {
		return true
	}
	return to+1 < len(ts) && ts[to].text == "," && ts[to+1].text == "who"
}
