package extract

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
)

// OtherActor names the group of events whose sentence names none of the
// corpus's main actors.
const OtherActor = "Other"

// Actors assigns each event the main actor its sentence names, or
// OtherActor: the first person it names that is among the corpus's most
// often named actors (at most max of them), else the first such body; a
// sentence that names no person or body has its places as actors. People are named by surname ("Putin"), bodies by
// the acronym the corpus uses for them ("CSTO" for "Collective Security
// Treaty Organization"). It returns one actor per event and the actors in
// order of frequency, OtherActor last when used.
func Actors(events []data.Event, max int) (perEvent []string, names []string) {
	named := EventEntities(events)
	aliases := AcronymAliases(named)
	actors := make([][]string, len(events))
	count := map[string]int{}
	for i := range events {
		actors[i] = actorNames(named[i], aliases)
		seen := map[string]bool{}
		for _, w := range actors[i] {
			if !seen[w] {
				count[w]++
				seen[w] = true
			}
		}
	}
	for w, n := range count {
		names = append(names, w)
		if n < 2 {
			delete(count, w)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return a < b
	})
	names = names[:min(max, len(count))]
	top := map[string]bool{}
	for _, n := range names {
		top[n] = true
	}
	perEvent = make([]string, len(events))
	other := false
	for i := range events {
		perEvent[i] = OtherActor
		for _, w := range actors[i] {
			if top[w] {
				perEvent[i] = w
				break
			}
		}
		other = other || perEvent[i] == OtherActor
	}
	if other {
		names = append(names, OtherActor)
	}
	return perEvent, names
}

// EventEntities returns the names in each event's sentence, recognised
// article by article so that a name one sentence makes plain ("President
// Kassym-Jomart Tokayev") is known in the others ("Tokayev said").
// Events that share a sentence share its names.
func EventEntities(events []data.Event) [][]Entity {
	// Within an article a sentence is known by where it starts and its
	// length; events made by hand, with no article, by their text.
	type key struct {
		a             *data.Article
		start, length int
		text          string
	}
	keyOf := func(e data.Event) key {
		if e.Article == nil {
			return key{text: e.Sentence}
		}
		return key{e.Article, e.SentenceStart, len(e.Sentence), ""}
	}
	at := map[key]int{}
	byArticle := map[*data.Article][]string{}
	var order []*data.Article
	for _, e := range events {
		k := keyOf(e)
		if _, ok := at[k]; ok {
			continue
		}
		if _, ok := byArticle[e.Article]; !ok {
			order = append(order, e.Article)
		}
		at[k] = len(byArticle[e.Article])
		byArticle[e.Article] = append(byArticle[e.Article], e.Sentence)
	}
	found := make(map[*data.Article][][]Entity, len(order))
	for i, names := range documentsEntities(order, byArticle) {
		found[order[i]] = names
	}
	out := make([][]Entity, len(events))
	for i, e := range events {
		out[i] = found[e.Article][at[keyOf(e)]]
	}
	return out
}

// actorNames returns the canonical names of an event's people, then its
// bodies, each group in sentence order; a sentence that names neither
// gives its places, which then act as states ("Ukraine struck …").
func actorNames(names []Entity, aliases map[string]string) []string {
	var out []string
	for _, kind := range [...]EntityKind{Person, Organization} {
		for _, e := range names {
			if e.Kind == kind {
				out = append(out, CanonicalName(e, aliases))
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, e := range names {
		if e.Kind == Place {
			out = append(out, e.Text)
		}
	}
	return out
}

// CanonicalName returns the name an entity is grouped under: a person's
// surname, or the acronym aliases gives a body's full name, or the name.
func CanonicalName(e Entity, aliases map[string]string) string {
	if e.Kind == Person {
		if i := strings.LastIndexByte(e.Text, ' '); i >= 0 {
			return e.Text[i+1:]
		}
		return e.Text
	}
	if a, ok := aliases[e.Text]; ok {
		return a
	}
	return e.Text
}

// AcronymAliases maps the full names of bodies to the acronyms the same
// events use for them: "Collective Security Treaty Organization" → "CSTO"
// when "CSTO" is named too and its letters are the name's initials.
func AcronymAliases(named [][]Entity) map[string]string {
	acronyms := map[string]bool{}
	for _, names := range named {
		for _, e := range names {
			if e.Kind == Organization && isAcronym(e.Text) {
				acronyms[e.Text] = true
			}
		}
	}
	aliases := map[string]string{}
	for _, names := range named {
		for _, e := range names {
			if e.Kind == Organization && !isAcronym(e.Text) {
				if a := initials(e.Text); len(a) > 1 && acronyms[a] {
					aliases[e.Text] = a
				}
			}
		}
	}
	return aliases
}

// initials returns the first letters of a name's capitalised words:
// "European Central Bank" → "ECB"; "Bank of England" → "BE".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// documentsEntities runs DocumentEntities over each article's sentences,
// the articles shared out among the CPUs.
func documentsEntities(order []*data.Article, sentences map[*data.Article][]string) [][][]Entity {
	out := make([][][]Entity, len(order))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(order)/64))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(order); i += workers {
				out[i] = DocumentEntities(sentences[order[i]])
			}
		}()
	}
	wg.Wait()
	return out
}
