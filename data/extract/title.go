package extract

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// glanceWords is how many words a title reads at a glance. A longer title
// drops the speaker opening it, and a speaker joined to reported words
// longer than this gives the reported words alone: the words that show
// first in a narrow label should be the news.
const glanceWords = 10

// maxTitleWords and maxTitleBytes are a safety cap, not a style. A title is
// the clause that holds the date, as long as it needs: the view and the
// exports shorten it to the room they have (timeline.Ellipsize) and the
// exports list it whole when they do. Only a clause that runs past the cap
// (a list or a table the sentence splitter could not break) is cut.
const (
	maxTitleWords = 30
	maxTitleBytes = 200
)

// minCutWords is the fewest words a cut title keeps.
const minCutWords = 4

// titleWindow bounds, in bytes either side of the date expression, how much
// of a sentence Title reads. A title is a dozen words; a "sentence" of
// 100 KB is a table or a list the splitter could not break, and reading
// only a window keeps one title cheap and a whole article linear.
const titleWindow = 400

// Title shortens a sentence to a timeline label taken from the clause that
// holds the date expression at sentence[exprStart:exprEnd]: "after Russia's
// full-scale invasion of Ukraine in February 2022" gives "Russia's
// full-scale invasion of Ukraine". The expression itself, the preposition
// that governs it and attribution ("…, Ushakov said") are dropped. When
// that clause says too little ("In September, …", "…, founded in 2002,
// …", "…, the ministry said on Monday") the sentence's main clause is
// used instead. Title reads at most a fixed window around the expression,
// in one pass.
func Title(sentence string, exprStart, exprEnd int) string {
	var t titler
	return t.title(sentence, exprStart, exprEnd)
}

// titler makes titles as Title does, keeping its clause buffers from one
// title to the next: Events makes an article's titles with one.
type titler struct{ c clauses }

func (tr *titler) title(sentence string, exprStart, exprEnd int) string {
	if exprStart < 0 || exprEnd > len(sentence) || exprStart > exprEnd {
		exprStart, exprEnd = 0, 0
	}
	sentence, exprStart, exprEnd = window(sentence, exprStart, exprEnd)
	c := &tr.c
	scanClauses(c, sentence, exprStart, exprEnd)
	t := c.render(c.title())
	if t == "" { // nothing but the date and a word or two: "Atlanta, 1996."
		t = c.render([]string{sentence})
	}
	return capitalise(shorten(withoutSpeaker(t)))
}

// maxSpeakerWords bounds the speaker withoutSpeaker drops.
const maxSpeakerWords = 8

// withoutSpeaker drops the speaker opening a title too long to show
// whole: "Company officials also said that any gain from the sale …" gives
// "Any gain from the sale …". A short title keeps its speaker, and so does
// one whose opening words are news ("The mayor opened the bridge and said
// …"). It walks the title's first words by offset, as most titles are
// longer than a glance now and a title costs no allocation here.
func withoutSpeaker(s string) string {
	if wordCount(s, glanceWords+3) <= glanceWords+2 {
		return s
	}
	at := 0 // where word n starts; render leaves single spaces
	for n := 0; n < maxSpeakerWords; n++ {
		w, rest, ok := strings.Cut(s[at:], " ")
		if !ok {
			return s
		}
		r := lexRole(w)
		if r&roleCoordinator != 0 {
			return s // "… opened the bridge and said …" is news, not a speaker
		}
		if r&roleReporting == 0 || n == 0 {
			at += len(w) + 1
			continue
		}
		next, _, _ := strings.Cut(rest, " ")
		if lexRole(next)&rolePreposition != 0 {
			return s
		}
		from := at + len(w) + 1
		if strings.EqualFold(next, "that") {
			from = min(len(s), from+len(next)+1)
		}
		if wordCount(s[from:], 4) >= 4 {
			return s[from:]
		}
		return s
	}
	return s
}

// window cuts a long sentence to titleWindow bytes either side of the
// expression, at spaces, and moves the offsets with it.
func window(s string, start, end int) (string, int, int) {
	if len(s) <= 2*titleWindow+end-start {
		return s, start, end
	}
	from, to := max(0, start-titleWindow), min(len(s), end+titleWindow)
	if from > 0 {
		if i := strings.IndexByte(s[from:start], ' '); i >= 0 {
			from += i + 1
		} else {
			from = start
		}
	}
	if to < len(s) {
		if i := strings.LastIndexByte(s[end:to], ' '); i >= 0 {
			to = end + i
		} else {
			to = end
		}
	}
	return s[from:to], start - from, end - from
}

// title picks the words of the label as pieces of text.
func (c *clauses) title() []string {
	k := c.exprSeg()
	if k < 0 {
		return c.mainClause(-1)
	}
	if c.segs[k].lead == leadRelative {
		if p := c.relative(k); p != nil {
			return append(p, c.objectClauses(k)...)
		}
	}
	body := c.residual(k)
	if p, ok := c.withComplement(k, body); ok {
		return p
	}
	if p, ok := c.listItem(k); ok {
		return p
	}
	if p, ok := c.coordinatedSubject(k, body); ok {
		return append(p, c.objectClauses(k)...)
	}
	asides := k >= 2 && c.asidesBetween(1, k)
	if asides {
		// "The minister, who took office in March, resigned on Monday":
		// the clause after the subject's aside is the subject's.
		if p := c.withSubject(k, body, asides); len(p) > len(body) && c.count(p, 2) >= 2 {
			return append(p, c.objectClauses(k)...)
		}
	}
	if c.saysTooLittle(k, body) {
		if k > 0 && c.openingAdverbial(k) { // "said that at the close of business Thursday, 5.7 million shares …"
			if p := c.span(c.bodyStart(k+1), c.segs[k+1].to); c.count(p, 2) >= 2 {
				return append(p, c.objectClauses(k+1)...)
			}
		}
		return c.mainClause(k)
	}
	if k > 0 && c.segs[k].lead == leadComma && !c.hasVerb(k) {
		return c.without(c.bodyStart(0), c.segs[k].to) // a list: "toured Chile, Peru and Bolivia in 2019"
	}
	return append(c.withSubject(k, body, asides), c.objectClauses(k)...)
}

// maxAsideSubject bounds the subject withSubject borrows past asides on
// it: a noun phrase that a name or a relative clause follows is complete.
const maxAsideSubject = 5

// asidesBetween reports whether segments [from, to) are all asides on
// the subject before them: relative clauses (", who took office in
// March", ", founded in 2002"), parentheses and appositions without a
// verb (", Joe Marsh").
func (c *clauses) asidesBetween(from, to int) bool {
	for j := from; j < to; j++ {
		switch c.segs[j].lead {
		case leadRelative, leadParen:
		case leadComma:
			if !c.apposition(j) && !c.reducedRelative(j) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// reducedRelative reports whether segment j, after a comma, opens with a
// past participle and so tells about the noun before it (", founded in
// 2002,", ", elected last year,").
func (c *clauses) reducedRelative(j int) bool {
	first := c.firstWord(j)
	return first >= 0 && c.toks[first].role&roleFunction == 0 && strings.HasSuffix(c.word(first), "ed")
}

// apposition reports whether segment j is a noun phrase set beside the
// one before it (", Joe Marsh,", ", the company's chief executive,"): it
// opens with a determiner or a capital and holds no word the lexicon
// knows as a verb, nor an -ed or -ing form.
func (c *clauses) apposition(j int) bool {
	first := c.firstWord(j)
	if first < 0 || c.toks[first].role&roleDeterminer == 0 && !c.capitalised(first) || c.coordinated(j) {
		return false
	}
	return c.verbless(j)
}

// verbless reports whether segment j holds no word the lexicon knows as a
// verb, nor an -ed or -ing form: a noun phrase.
func (c *clauses) verbless(j int) bool {
	for m := c.bodyStart(j); m < c.segs[j].to; m++ {
		if c.toks[m].kind != tokWord {
			continue
		}
		w := c.word(m)
		if c.toks[m].role&roleVerb != 0 || c.toks[m].role&roleFunction == 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return false
		}
	}
	return true
}

// coordinated reports whether segment j opens with a coordinator after its
// comma (", and the city's metro"): a new clause's subject, no apposition.
func (c *clauses) coordinated(j int) bool {
	first := c.firstWordIn(c.segs[j].from, c.segs[j].to)
	return first >= 0 && c.toks[first].role&roleCoordinator != 0
}

// coordinatedSubject puts before a clause with no subject the subject a
// coordinated clause opened before asides on it: "…, and the city's
// metro, which was used as a shelter overnight, reopened at 6 a.m. on
// Tuesday" gives "The city's metro reopened", not the sentence's first
// clause.
func (c *clauses) coordinatedSubject(k int, body []string) ([]string, bool) {
	if k < 3 || c.segs[k].lead != leadComma || len(body) == 0 {
		return nil, false
	}
	if first := c.firstWord(k); first < 0 || !c.mayBeVerb(first) && !strings.HasSuffix(c.word(first), "ed") {
		return nil, false
	}
	j := k
	for j > 2 && c.asidesBetween(j-1, j) {
		j--
	}
	s := j - 1
	if j == k || c.segs[s].lead != leadComma || !c.coordinated(s) || !c.verbless(s) {
		return nil, false
	}
	subj := c.span(c.bodyStart(s), c.segs[s].to)
	if n := c.count(subj, maxAsideSubject+1); n == 0 || n > maxAsideSubject {
		return nil, false
	}
	return append(subj, body...), true
}

// saysTooLittle reports whether segment k, whose words without the date
// are body, cannot title the date alone: a word or less, only a speaker
// ("…, the ministry said on Monday"), a short parenthesis, an addition to
// the clause before it, or an opening phrase ("In September, …").
func (c *clauses) saysTooLittle(k int, body []string) bool {
	return c.count(body, 2) < 2 || (k > 0 && c.attribution(body)) ||
		(c.segs[k].lead == leadParen && c.count(body, 4) < 4) || c.fragment(k) || c.openingAdverbial(k)
}

// fragment reports whether segment k, after a comma, only adds to the
// clause before it: a prepositional phrase (", from $93.3 million a year
// earlier"), an alternative (", or 39 cents a share") or an inclusion
// (", including 254,200 bought from Sept. 14").
func (c *clauses) fragment(k int) bool {
	s := c.segs[k]
	if k == 0 || s.lead != leadComma {
		return false
	}
	for j := s.from; j < s.to; j++ {
		t := c.toks[j]
		switch {
		case t.kind == tokPunct:
			continue
		case t.kind != tokWord:
			return false
		case strings.EqualFold(c.word(j), "or"):
			return true
		}
		return t.role&(roleFragment|rolePreposition) != 0 && t.role&roleSubordinator == 0
	}
	return false
}

// hasVerb reports whether segment k holds a word that can be a verb or a
// participle; one without is a list item or an appositive.
func (c *clauses) hasVerb(k int) bool {
	for j := c.bodyStart(k); j < c.segs[k].to; j++ {
		if c.toks[j].kind != tokWord {
			continue
		}
		w := c.word(j)
		if c.mayBeVerb(j) || (c.toks[j].role&roleFunction == 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))) {
			return true
		}
	}
	return false
}

// relative titles a relative clause with its antecedent in front: "the
// treaty, which collapsed in 2019" gives "The treaty collapsed",
// "Putin, whose visit began on Wednesday" gives "Putin's visit began".
// It returns nil when no short antecedent is found.
func (c *clauses) relative(k int) []string {
	if k == 0 {
		return nil
	}
	body := c.residual(k)
	who := c.firstWordIn(c.segs[k].from, c.segs[k].to)
	person := who >= 0 && strings.HasPrefix(strings.ToLower(c.word(who)), "who")
	ante := c.antecedent(k-1, person)
	if ante == nil || c.count(body, 1) == 0 {
		return nil
	}
	if w := c.firstWordIn(c.segs[k].from, c.segs[k].to); w >= 0 && strings.EqualFold(c.word(w), "whose") {
		ante = append(ante, possessiveEnding(ante[len(ante)-1]))
	} else if k == 1 && who == c.segs[k].from && c.verbless(0) {
		// "Anyone who was in the area on Sunday should call": no
		// comma sets the relative off the sentence's subject, whose
		// verb runs on in the segment, so the relative word stays.
		ante = append(ante, c.word(who))
	}
	return append(ante, body...)
}

// possessiveEnding returns the ending that makes the noun phrase ending
// in piece possessive: a bare apostrophe after a plural in lower case
// ("growers' season"), else "'s" ("Putin's visit", "the bloc's summit",
// "Paris's mayor").
func possessiveEnding(piece string) string {
	f := strings.Fields(piece)
	if len(f) == 0 {
		return "'s"
	}
	w := f[len(f)-1]
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w == strings.ToLower(w) {
		return "'"
	}
	return "'s"
}

// antecedent returns the noun phrase that ends segment i, which a relative
// pronoun after it refers to: the whole segment when it is short ("Putin"),
// else a trailing run of capitalised words ("German Chancellor Olaf
// Scholz") or the phrase from the last determiner ("the Intermediate-Range
// Nuclear Forces Treaty between Washington and Moscow"). A person ("who")
// is looked for as a name first, a thing ("which", "that") as a phrase.
func (c *clauses) antecedent(i int, person bool) []string {
	s := c.segs[i]
	from := c.bodyStart(i)
	if c.wordsIn(from, s.to) == 0 {
		return nil
	}
	if c.wordsIn(from, s.to) <= 3 {
		return c.span(from, s.to)
	}
	caps := s.to
	for caps > from && s.to-caps < maxNameWords && c.toks[caps-1].kind == tokWord && c.capitalised(caps-1) {
		caps--
	}
	// A name after "and" is one of two ("between Washington and Moscow"):
	// the phrase is the antecedent, not the name.
	coordinated := caps > from && c.toks[caps-1].role&roleListJoin != 0
	det := -1
	for j := s.to - 1; j > from && det < 0; j-- {
		if c.toks[j].role&roleDeterminer != 0 && c.wordsIn(j, s.to) <= 9 {
			det = j
		}
	}
	switch {
	case (person || det < 0 || !coordinated) && caps < s.to:
		return c.span(caps, s.to)
	case det >= 0:
		return c.span(det, s.to)
	}
	return nil
}

// maxNameWords bounds the run of capitalised words taken as a name.
const maxNameWords = 5

// withComplement joins a short clause to the "that" clause after it:
// "Putin warned in September that allowing Ukraine…" gives "Putin warned
// allowing Ukraine…", "The Kremlin said on Tuesday that the talks would…"
// gives "The Kremlin said the talks would…". When the join is too long and
// the clause only names a speaker, the reported words are the title; a
// quote or a colon always gives the reported words alone.
func (c *clauses) withComplement(k int, body []string) ([]string, bool) {
	if k+1 >= len(c.segs) || c.count(body, 5) > 4 {
		return nil, false
	}
	next := c.segs[k+1]
	content := c.span(c.bodyStart(k+1), next.to)
	if c.count(content, 2) < 2 {
		return nil, false
	}
	object := c.objectClauses(k + 1)
	switch next.lead {
	case leadThat:
		if !c.attribution(body) {
			return append(append(append([]string{}, body...), c.span(c.firstWordIn(next.from, next.to), next.to)...), object...), true
		}
		if joined := append(append(append([]string{}, body...), content...), object...); c.count(joined, glanceWords+1) <= glanceWords {
			return joined, true
		}
		return append(content, object...), true
	case leadColon, leadQuote:
		if c.attribution(body) {
			return content, true
		}
	}
	return nil, false
}

// withSubject puts the sentence's subject before a clause that has none:
// "The bloc, founded by …, took in new members in January" gives "The bloc
// took in new members". Only a short opening noun phrase is borrowed, and
// only before a word that can be a verb.
func (c *clauses) withSubject(k int, body []string, asides bool) []string {
	if k == 0 || c.segs[k].lead != leadComma || len(body) == 0 {
		return body
	}
	first := c.firstWord(k)
	if first < 0 || !(c.mayBeVerb(first) || k >= 2 && strings.HasSuffix(c.word(first), "ed")) {
		return body // right after the subject, "founded in 2002" is an aside
	}
	subj := c.span(c.bodyStart(0), c.segs[0].to)
	maxWords := 3
	if asides {
		maxWords = maxAsideSubject // "The company's chief executive, Ann Lee, resigned"
	}
	if n := c.count(subj, maxWords+1); n == 0 || n > maxWords || !c.nounPhrase(0) {
		return body
	}
	return append(subj, body...)
}

// maxObjectClauses bounds how many clauses objectClauses chains.
const maxObjectClauses = 2

// objectClauses returns the clauses after segment j that its last verb
// needs as its object: "… would mean | that NATO countries were at war
// with Russia", "… to the polls to decide | whether the country should
// build a plant". The scanner splits before "that" and "whether" without
// knowing that a verb governs them; a title that stopped there would dangle
// on "would mean". It returns nil when segment j ends otherwise.
func (c *clauses) objectClauses(j int) []string {
	to := j
	for to+1 < len(c.segs) && to-j < maxObjectClauses && c.needsObject(to) && c.opensComplement(to+1) {
		to++
	}
	if to == j {
		return nil
	}
	return c.without(c.firstWordIn(c.segs[j+1].from, c.segs[j+1].to), c.segs[to].to)
}

// needsObject reports whether segment j ends on a verb that needs the
// clause after it, the date expression aside: a verb of saying ("… and
// said | that Russia could not be defeated", "… said Sunday | that …") or a lower-case word right after a modal, an auxiliary or
// "to", with "not" between them or not ("would mean", "to decide", "does
// not know").
func (c *clauses) needsObject(j int) bool {
	s := c.segs[j]
	last := s.to - 1
	if last > s.from && c.toks[last].kind == tokExpr {
		last-- // "said Sunday | that …"
	}
	if last-1 < s.from || c.toks[last].kind != tokWord || c.toks[last].role&roleFunction != 0 || c.capitalised(last) {
		return false
	}
	if c.toks[last].role&(roleReporting|roleStance) != 0 {
		return j+1 < len(c.segs) && c.segs[j+1].lead == leadThat
	}
	prev := last - 1
	if prev > s.from && c.toks[prev].kind == tokWord && (strings.EqualFold(c.word(prev), "not") || strings.EqualFold(c.word(prev), "never")) {
		prev--
	}
	return c.toks[prev].kind == tokWord && c.toks[prev].role&(roleAuxiliary|roleToParticle) != 0
}

// opensComplement reports whether segment j opens with "that", "whether"
// or "if", which can start a verb's object.
func (c *clauses) opensComplement(j int) bool {
	s := c.segs[j]
	first := s.from
	for first < s.to && c.toks[first].kind == tokPunct {
		first++
	}
	return first == s.from && first < s.to && c.toks[first].kind == tokWord && c.toks[first].role&roleComplement != 0
}

// nounPhrase reports whether segment i, opening the sentence, can be a
// bare subject: it opens with a determiner or a capitalised word that is
// no pronoun and no function word ("The bloc", "Armenia"), not "We
// consider".
func (c *clauses) nounPhrase(i int) bool {
	first := c.firstWord(i)
	if c.segs[i].lead != leadStart || first < 0 || c.mayBeVerb(first) {
		return false
	}
	r := c.toks[first].role
	return r&roleDeterminer != 0 || c.capitalised(first) && r&roleFunction == 0
}

// reportedSubjectEnds reports whether segment i ends with a reporting verb
// and a short noun phrase, the subject of the reported clause whose verb
// comes after an aside: "Police said the attack | , just after 10pm on
// Sunday, | was not random".
func (c *clauses) reportedSubjectEnds(i int) bool {
	s := c.segs[i]
	r := -1
	for j := s.from; j < s.to; j++ {
		if c.toks[j].kind == tokWord && c.toks[j].role&roleReporting != 0 {
			r = j
		}
	}
	if r < 0 {
		return false
	}
	first := c.firstWordIn(r+1, s.to)
	if first < 0 || c.mayBeVerb(first) || c.toks[first].role&roleDeterminer == 0 && !c.capitalised(first) {
		return false
	}
	n := c.count(c.span(first, s.to), maxAsideSubject+1)
	return n >= 1 && n <= 3
}

// mainClause returns the title the sentence's main clause gives, leaving
// out segment skip (the clause holding the date when it said too little):
// the first clause that opens the sentence or follows a comma, with a
// short subject joined to a verb phrase after an aside ("The alliance,
// founded in 2002, was created…" gives "The alliance was created…").
func (c *clauses) mainClause(skip int) []string {
	for i, s := range c.segs {
		if i == skip || s.lead == leadSubordinate || s.lead == leadRelative || s.lead == leadThat || s.lead == leadParen {
			continue
		}
		body := c.span(c.bodyStart(i), s.to)
		n := c.count(body, 4)
		if n == 0 || (n < 2 && i < len(c.segs)-1) || c.openingAdverbial(i) || c.appositive(i) {
			continue // nothing, an opening phrase, or an appositive ("Phnom Penh, Cambodia's capital, …")
		}
		if p, ok := c.withComplement(i, body); ok {
			return p
		}
		if n <= 3 && c.nounPhrase(i) || c.reportedSubjectEnds(i) {
			if j := c.nextVerbPhrase(i+1, skip); j >= 0 {
				return append(append(body, c.span(c.bodyStart(j), c.segs[j].to)...), c.objectClauses(j)...)
			}
		}
		return append(body, c.objectClauses(i)...)
	}
	return nil
}

// maxAsides is how many asides nextVerbPhrase steps over between a
// subject and its verb ("The company, which is 61%-owned by …, had …").
const maxAsides = 3

// openingAdverbial reports whether segment i is a prepositional phrase
// opening the sentence or reported words before a comma: "In the third
// quarter, …", "At a news conference, …", "said that at the close of
// business Thursday, …".
func (c *clauses) openingAdverbial(i int) bool {
	if i+1 >= len(c.segs) || c.segs[i+1].lead != leadComma || c.segs[i].lead == leadComma || c.segs[i].lead == leadParen {
		return false
	}
	first := c.firstWord(i)
	return first >= 0 && c.toks[first].role&rolePreposition != 0 && c.toks[first].role&roleSubordinator == 0 &&
		c.wordsIn(c.segs[i].from, c.segs[i].to) <= 8
}

// appositive reports whether segment i is a short aside between commas
// that names what precedes it ("Phnom Penh, Cambodia's capital, …"): at
// most three words, no verb of saying or auxiliary, a comma after it.
func (c *clauses) appositive(i int) bool {
	s := c.segs[i]
	if i == 0 || s.lead != leadComma || i+1 >= len(c.segs) || c.segs[i+1].lead != leadComma || c.wordsIn(s.from, s.to) > 3 {
		return false
	}
	for j := s.from; j < s.to; j++ {
		if c.toks[j].role&(roleReporting|roleStance|roleVerb) != 0 {
			return false
		}
	}
	return true
}

// nextVerbPhrase returns the first segment from i on, past skip and up to
// maxAsides parentheses and relative or subordinate clauses, when it opens
// with a word that can be a verb; else -1.
func (c *clauses) nextVerbPhrase(i, skip int) int {
	asides := 0
	for ; i < len(c.segs) && asides <= maxAsides; i++ {
		s := c.segs[i]
		if i == skip || c.wordsIn(s.from, s.to) == 0 {
			continue
		}
		if s.lead == leadParen || s.lead == leadRelative || s.lead == leadSubordinate {
			asides++
			continue
		}
		if s.lead == leadComma && c.mayBeVerb(c.firstWord(i)) {
			return i
		}
		return -1
	}
	return -1
}

// listItem titles a date in a list: "Putin visited Astana on Wednesday,
// Minsk on Thursday and Bishkek on Friday" gives "Putin visited Minsk" for
// Thursday. The item is the part of the clause between coordinators that
// holds the date; when it is only a name or a prepositional phrase, dated
// as the first item is, it replaces the matching words of the list's first
// clause.
func (c *clauses) listItem(k int) ([]string, bool) {
	s := c.segs[k]
	from, to := c.bodyStart(k), s.to
	for j := c.expr - 1; j >= from; j-- {
		if c.toks[j].role&roleListJoin != 0 {
			from = j + 1
			break
		}
	}
	for j := c.expr + 1; j < to; j++ {
		if c.toks[j].role&roleListJoin != 0 {
			to = j
			break
		}
	}
	whole := from == c.bodyStart(k) && to == s.to
	if whole && (k == 0 || s.lead != leadComma) {
		return nil, false
	}
	item := c.without(from, to)
	first := c.firstWordIn(from, to)
	if first < 0 || c.count(item, 4) > 3 || (!c.capitalised(first) && c.toks[first].role&rolePreposition == 0) {
		return nil, false
	}
	tmplSeg := k
	if k > 0 {
		tmplSeg = 0
	}
	tmplFrom := c.bodyStart(tmplSeg)
	tmplTo := c.segs[tmplSeg].to
	if tmplSeg == k {
		tmplTo = from - 1
	}
	prep := c.expr - 1
	if prep < from || c.toks[prep].role&roleAttached == 0 {
		return nil, false
	}
	for j := tmplFrom + 1; j < tmplTo; j++ {
		if c.toks[j].kind == tokWord && c.sameKind(j, first) && c.hasWord(j+1, tmplTo, c.word(prep)) {
			return append(c.span(tmplFrom, j), item...), true
		}
	}
	return nil, false
}

// hasWord reports whether tokens [from, to) hold the word w, in any case:
// a list's first item dated as the others are ("Vienna on Friday, Prague
// on Saturday"), not a pair sharing one date ("Kursk and Bryansk on
// Tuesday").
func (c *clauses) hasWord(from, to int, w string) bool {
	for j := from; j < to; j++ {
		if c.toks[j].kind == tokWord && strings.EqualFold(c.word(j), w) {
			return true
		}
	}
	return false
}

// sameKind reports whether two words can stand in for each other in a
// list: the same preposition, or both capitalised names.
func (c *clauses) sameKind(a, b int) bool {
	if c.toks[b].role&rolePreposition != 0 {
		return strings.EqualFold(c.word(a), c.word(b))
	}
	return c.capitalised(a) && c.capitalised(b)
}

// residual returns segment k's words without its opening connective and
// without the date expression and what hangs off it; see without.
func (c *clauses) residual(k int) []string {
	return c.without(c.bodyStart(k), c.segs[k].to)
}

// without returns the tokens [from, to) as text pieces, dropping the date
// expression with the preposition that governs it ("in September") or the
// possessive after it ("Thursday's summit" becomes "the summit" after a
// preposition, "summit" otherwise). An expression that is the clause's
// subject ("Tuesday was the 1,000th day") stays.
func (c *clauses) without(from, to int) []string {
	e := c.expr
	if e < from || e >= to {
		return c.span(from, to)
	}
	before, after := e, e+1
	var the []string
	switch {
	case after < to && c.toks[after].kind == tokPossessive:
		after++
		if before > from && c.toks[before-1].role&rolePreposition != 0 {
			the = []string{"the"}
		}
	case before == from && after < to && c.toks[after].role&roleVerb != 0:
		return c.span(from, to)
	case before > from && c.toks[before-1].role&roleDeterminer != 0:
		return c.span(from, to) // a noun: "for its fourth quarter ended Sept. 30"
	default:
		before -= c.hedgeBefore(from, before) // "until at least Friday"
		dropped := 0
		for ; dropped < 2 && before > from && c.toks[before-1].role&roleAttached != 0; dropped++ {
			before--
		}
		if dropped > 0 && before > from && c.toks[before-1].kind == tokWord && prepositionAdverbs[strings.ToLower(c.word(before-1))] {
			before-- // "shortly after midnight", "well into the night"
		}
	}
	out := c.span(from, before)
	out = append(out, the...)
	return append(out, c.span(after, to)...)
}

// hedgeBefore returns how many word tokens right before token e, none
// before from, make a date hedge ("at least", "no later than"), or 0.
func (c *clauses) hedgeBefore(from, e int) int {
	for _, h := range hedgeWords {
		if n := len(h); e-n >= from && c.wordsAre(e-n, h) {
			return n
		}
	}
	return 0
}

// wordsAre reports whether the tokens from j on are the words ws, in any
// case.
func (c *clauses) wordsAre(j int, ws []string) bool {
	for i, w := range ws {
		if c.toks[j+i].kind != tokWord || !strings.EqualFold(c.word(j+i), w) {
			return false
		}
	}
	return true
}

// attribution reports whether pieces only say who said something: a few
// words with a reporting verb that opens them ("according to reports",
// "said Ushakov") or that nothing but a prepositional phrase follows ("the
// Central Election Commission said", "Putin said in an address").
func (c *clauses) attribution(pieces []string) bool {
	if c.count(pieces, 9) > 8 {
		return false
	}
	words := strings.Fields(strings.Join(pieces, " "))
	for i, w := range words {
		if lexRole(strings.Trim(w, ",.;:"))&roleReporting == 0 {
			continue
		}
		if i == 0 && len(words) <= 4 || i == len(words)-1 || i > 0 && lexRole(words[i+1])&rolePreposition != 0 {
			return true
		}
	}
	return false
}

// render joins pieces into one line: single spaces, none before a comma,
// and no punctuation or dangling words at either end.
func (c *clauses) render(pieces []string) string {
	var b strings.Builder
	n := 0
	for _, p := range pieces {
		n += len(p) + 1
	}
	b.Grow(n) // at most the pieces and a space each: one allocation
	for _, p := range pieces {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 && p != "'" && !strings.HasPrefix(p, "'s") && !strings.ContainsRune(",;:.!?)", rune(p[0])) {
			b.WriteByte(' ')
		}
		writeFields(&b, p)
	}
	return trimEnds(b.String())
}

// singleSpaced reports whether p is its own strings.Fields joined by
// spaces: ASCII bytes that are not white space, with single spaces
// between them and none at either end. It looks at each byte with two
// comparisons, where writeFields asks unicode.IsSpace.
func singleSpaced(p string) bool {
	if p == "" || p[0] == ' ' || p[len(p)-1] == ' ' {
		return p == ""
	}
	for i := 1; i < len(p); i++ {
		if c := p[i]; (c <= ' ' || c >= utf8.RuneSelf) && (c != ' ' || p[i-1] == ' ') {
			return false
		}
	}
	return p[0] > ' ' && p[0] < utf8.RuneSelf
}

// writeFields writes strings.Join(strings.Fields(p), " ") to b without
// making the slice of fields, a run of words one space apart at a time.
func writeFields(b *strings.Builder, p string) {
	if singleSpaced(p) {
		b.WriteString(p) // most pieces: words of ASCII one space apart, as flatten leaves them
		return
	}
	run, end := -1, 0 // p[run:end] is words one space apart, not yet written
	wrote := false
	for i := 0; i < len(p); {
		r, w := rune(p[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(p[i:])
		}
		switch {
		case !unicode.IsSpace(r):
			if run < 0 {
				run = i
			}
			end = i + w
		case run >= 0 && !(r == ' ' && end == i && i+1 < len(p) && !unicode.IsSpace(rune(p[i+1])) && p[i+1] < utf8.RuneSelf):
			if wrote {
				b.WriteByte(' ')
			}
			b.WriteString(p[run:end])
			run, wrote = -1, true
		}
		i += w
	}
	if run >= 0 {
		if wrote {
			b.WriteByte(' ')
		}
		b.WriteString(p[run:end])
	}
}

// trimEnds drops punctuation, quotes and leading adverbs ("Also",
// "Meanwhile") at the start and punctuation and dangling words ("in",
// "the", "and") at the end of a title.
func trimEnds(s string) string {
	const punct = " ,;:.!?\"“”‘’'—–-()[]"
	s = strings.Trim(s, punct)
	for {
		w, rest, ok := strings.Cut(s, " ")
		if !ok || lexRole(strings.TrimRight(w, ","))&roleOpeningAdverb == 0 || wordCount(rest, 2) < 2 {
			break
		}
		s = strings.TrimLeft(rest, punct)
	}
	for {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 || lexRole(s[i+1:])&roleDangling == 0 || wordCount(s[:i], 2) < 2 {
			break
		}
		s = strings.TrimRight(s[:i], punct)
	}
	return unquoteOpen(s)
}

// unquoteOpen drops a quotation mark the title opens and does not close,
// as a clause cut at a comma inside a quote leaves it: `would take
// "weeks` gives "would take weeks".
func unquoteOpen(s string) string {
	if strings.Count(s, `"`)%2 == 1 {
		i := strings.LastIndexByte(s, '"')
		s = s[:i] + s[i+1:]
	}
	if strings.Count(s, "“") > strings.Count(s, "”") {
		i := strings.LastIndex(s, "“")
		s = s[:i] + s[i+len("“"):]
	}
	return s
}

// shorten keeps a title within the safety cap of maxTitleWords words and
// maxTitleBytes bytes. A clause that runs past it is cut at its last clause
// break within the cap (after a comma, or before "and", "which", "after"
// …) that keeps at least minCutWords words; else after the last content
// word within the cap, with an ellipsis. A cut never leaves the title on
// "the", "of", "to", a modal or an auxiliary, nor on the verb one of them
// governs ("… would mean").
func shorten(s string) string {
	if len(s) <= maxTitleBytes && wordCount(s, maxTitleWords+1) <= maxTitleWords {
		return s
	}
	brk, word := -1, -1
	n, prev := 0, ""
	for i := 0; i < len(s); {
		end := strings.IndexByte(s[i:], ' ')
		if end < 0 {
			end = len(s)
		} else {
			end += i
		}
		if end > maxTitleBytes || n == maxTitleWords {
			break
		}
		w := s[i:end]
		n++
		if n >= minCutWords {
			if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
				brk = end
			} else if next, _, _ := strings.Cut(s[min(end+1, len(s)):], " "); weakBreak(w, next) {
				brk = end
			}
			if contentWord(prev, w) {
				word = end
			}
		}
		prev, i = w, end+1
	}
	switch {
	case brk >= 0:
		return trimEnds(s[:brk])
	case word >= 0:
		return trimEnds(s[:word]) + "…"
	}
	return trimEnds(s[:min(len(s), maxTitleBytes)]) + "…"
}

// contentWord reports whether a cut title may end on w, which follows
// prev: not on a function word, a modal or an auxiliary ("the", "of",
// "would"), nor on "not" or a verb right after a modal or "to" ("would
// mean", "to decide"), which needs what follows.
func contentWord(prev, w string) bool {
	w = strings.TrimRight(w, ",;:")
	if lexRole(w)&(roleDangling|roleAuxiliary) != 0 || strings.EqualFold(w, "not") {
		return false
	}
	p := lexRole(strings.TrimRight(prev, ",;:"))
	return p&(roleAuxiliary|roleToParticle) == 0 || strings.ContainsAny(prev, ",;:")
}

// weakBreak reports whether a long title may be cut between words prev
// and w: before "and", "as" or "which", though not inside "500 and 5,500"
// or "American and British".
func weakBreak(prev, w string) bool {
	r := lexRole(w)
	switch {
	case r&roleWeakBreak == 0:
		return false
	case r&roleListJoin == 0:
		return true
	}
	p, _ := utf8.DecodeRuneInString(prev)
	return !unicode.IsDigit(p) && !unicode.IsUpper(p)
}

// wordCount counts the words of s, runs of bytes other than the spaces,
// tabs, line feeds and carriage returns between them, up to most: it
// returns most for a string with more, as every caller only compares the
// count with a small number, and stops reading there. Titles count their
// words at every step of their making, so it reads eight bytes at a time,
// without allocating: a word starts at a byte that is not a space where
// the byte before it is one.
func wordCount(s string, most int) int {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	n := 0
	before := uint64(0) // high when the byte before the eight is in a word
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := le64(s[i:])
		space := zeroBytes(x^' '*ones) | zeroBytes(x^'\t'*ones) | zeroBytes(x^'\n'*ones) | zeroBytes(x^'\r'*ones)
		in := high &^ space
		if n += bits.OnesCount64(in &^ (in<<8 | before)); n >= most {
			return most
		}
		before = in >> 56
	}
	return min(most, n+wordCountBytes(s[i:], before != 0))
}

// wordCountBytes is wordCount a byte at a time, for the last bytes of a
// string; in says whether the byte before s is in a word.
func wordCountBytes(s string, in bool) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i] // most bytes are above ' ', and one comparison says so
		space := c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// zeroBytes returns 0x80 in each byte of x that is 0, and 0 in the
// others: adding 0x7f to a byte's low seven bits sets its top bit unless
// they are all 0, without carrying into the next byte.
func zeroBytes(x uint64) uint64 {
	const low = 0x7f7f7f7f7f7f7f7f
	return ^((x&low + low) | x) &^ low
}

// le64 reads the first eight bytes of s as a little-endian number.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
