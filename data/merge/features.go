package merge

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// feature is one weighted dimension of a report's vector: a content word
// or a name.
type feature struct {
	id int32
	w  float32
}

// vector is a sparse, L2-normalised TF-IDF vector sorted by feature id.
type vector []feature

// cosine returns the cosine similarity of two normalised vectors.
func cosine(a, b vector) float64 {
	var dot float32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			dot += a[i].w * b[j].w
			i++
			j++
		}
	}
	return float64(dot)
}

// titleWeight is how many times a word of the event's title counts: the
// title is the clause the date belongs to, so its words say more about
// the happening than the rest of the sentence.
const titleWeight = 2

// nameWeight is how many times a name counts. Counting names more did not
// separate the gold pairs better (tried 1–3 with title weights 1–3).
// Counting a name only as a name, not also as its words, lowered recall on
// both halves of pairs.txt. Counting the title's names as title words, and
// reading the past of irregular verbs as their present ("began" as
// "begin"), raised recall on pairs.txt but made wrong automatic merges on
// SemEval-2015 (below its floor), so neither is done.
const nameWeight = 1

// vectors builds the TF-IDF vector of every event: the stemmed content
// words of its sentence (without the date expression) and title, and the
// canonical names of its entities. Each report counts as a document. It
// also returns each feature's document frequency, indexed by id.
func vectors(events []data.Event) ([]vector, []int32) {
	names := extract.EventEntities(events)
	aliases := extract.AcronymAliases(names)
	vocab := map[string]int32{} // features by name
	words := map[string]int32{} // features by the word as written, -1 for stop words
	var df []int32
	counts := make([]vector, len(events)) // raw counts before weighing
	var scratch, arena vector
	weight := float32(1)
	idOf := func(name string) int32 {
		id, ok := vocab[name]
		if !ok {
			id = int32(len(vocab))
			vocab[name] = id
			df = append(df, 0)
		}
		return id
	}
	// add counts a word as written, reading it (lower case, stop word,
	// stem, synonym) only the first time it is seen.
	add := func(w string) {
		id, ok := words[w]
		if !ok {
			id = -1
			if c, ok := contentWord(w); ok {
				id = idOf(c)
			}
			words[w] = id
		}
		if id >= 0 {
			scratch = append(scratch, feature{id, weight})
		}
	}
	for i, e := range events {
		scratch = scratch[:0]
		weight = 1
		before, after := aroundExpr(e)
		forContentWords(before, add)
		forContentWords(after, add)
		weight = titleWeight - 1
		forContentWords(e.Title, add)
		weight = nameWeight
		for _, n := range names[i] {
			if n.Kind != extract.OtherName || len(n.Text) > 2 {
				scratch = append(scratch, feature{idOf("@" + extract.CanonicalName(n, aliases)), weight})
			}
		}
		if cap(arena)-len(arena) < len(scratch) {
			arena = make(vector, 0, max(1<<16, len(scratch)))
		}
		at := len(arena)
		arena = summed(scratch, arena)
		counts[i] = arena[at:len(arena):len(arena)]
		for _, f := range counts[i] {
			df[f.id]++
		}
	}
	for _, c := range counts {
		weigh(c, df, len(events))
	}
	return counts, df
}

// summed appends to out the features of v sorted by id, the counts of
// one id added up. Vectors share arenas so that 100,000 reports do not
// make 100,000 allocations.
func summed(v, out vector) vector {
	slices.SortFunc(v, func(a, b feature) int { return cmp.Compare(a.id, b.id) })
	start := len(out)
	for _, f := range v {
		if n := len(out); n > start && out[n-1].id == f.id {
			out[n-1].w += f.w
			continue
		}
		out = append(out, f)
	}
	return out
}

// weigh turns raw counts into a normalised TF-IDF vector, in place:
// sublinear term frequency times smoothed inverse document frequency.
func weigh(v vector, df []int32, docs int) {
	var norm float64
	for k, f := range v {
		w := (1 + math.Log(float64(f.w))) * math.Log(1+float64(docs)/float64(df[f.id]))
		v[k].w = float32(w)
		norm += w * w
	}
	norm = math.Sqrt(norm)
	for k := range v {
		v[k].w = float32(float64(v[k].w) / norm)
	}
}

// aroundExpr returns the event's sentence before and after its date
// expression: the date is compared as a span, not as words.
func aroundExpr(e data.Event) (before, after string) {
	at := e.ExprStart - e.SentenceStart
	end := at + len(e.Expr)
	if at < 0 || end > len(e.Sentence) || e.Expr == "" {
		return e.Sentence, ""
	}
	return e.Sentence[:at], e.Sentence[end:]
}

// contentWord returns the feature a word as written counts as: lower
// case, stemmed, as its synonym group's; function words, weekdays and
// months are none.
func contentWord(w string) (string, bool) {
	w = lower(strings.TrimRight(w, "-'’"))
	if stopWords[w] || len(w) < 2 && (w == "" || !isDigit(w[0])) {
		return "", false
	}
	return canonicalWord(stem(w)), true
}

// forContentWords calls f with each word of s as written: letters and
// digits with inner hyphens and apostrophes, and commas inside numbers.
func forContentWords(s string, f func(string)) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' && r != ',' {
				break
			}
			if r == ',' && (j+1 >= len(s) || s[j+1] < '0' || s[j+1] > '9') {
				break // a comma only inside a number: "1,000th"
			}
			j += n
		}
		f(s[i:j])
		i = j
	}
}

// lower is strings.ToLower that does not copy a word with no capital.
func lower(w string) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// stem strips the common English endings so that "missiles", "fired"
// and "firing" meet "missile" and "fire".
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return w // "Belarus", "crisis": no plural to strip
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
	}
	return strings.TrimSuffix(w, "e")
}

// stopWords are the words that say nothing about which happening a
// sentence reports.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but nor of in on at by for to from with without into onto
over under after before since until during about against between through as than then that this these those
it its he she they them their his her him we us our you your i me my is are was were be been being am has have
had do does did will would shall should can could may might must not no yes so also too very more most much
many some any all each every both either neither other another such only just even still yet there here when
where while which who whom whose what why how if though although because whether said says say told according
one two three first last next new year years month months week weeks day days today yesterday tomorrow time
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december morning evening night afternoon earlier later ago now mr mrs ms
per cent percent de la le`) {
		m[w] = true
	}
	return m
}()
