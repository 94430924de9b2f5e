package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline/dateline/data"
)

// OtherActor names the group of events whose sentence names none of the
// corpus's main actors.
const OtherActor = "Other"

// notActors are capitalised words that open sentences or name times and
// titles rather than actors.
var notActors = map[string]bool{
	"A": true, "An": true, "The": true, "In": true, "On": true, "At": true, "By": true, "For": true,
	"It": true, "He": true, "She": true, "They": true, "We": true, "I": true, "His": true, "Her": true,
	"Its": true, "Their": true, "This": true, "That": true, "These": true, "Those": true, "But": true,
	"And": true, "As": true, "After": true, "Before": true, "Since": true, "When": true, "While": true,
	"Last": true, "Next": true, "Earlier": true, "Later": true, "Days": true, "Weeks": true, "Both": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"President": true, "Prime": true, "Minister": true, "Foreign": true, "Mr": true, "Ms": true,
	"US": true, "UK": true, "Russian": true, "Ukrainian": true, "Kazakh": true, "British": true, "American": true,
}

// Actors assigns each event the main actor its sentence names: the first
// capitalised name in it that is among the corpus's most often named
// (at most max of them), or OtherActor. It returns one actor per event and
// the actors in order of frequency, OtherActor last when used.
func Actors(events []data.Event, max int) (perEvent []string, names []string) {
	words := make([][]string, len(events))
	count := map[string]int{}
	for i, e := range events {
		words[i] = properNames(e.Sentence)
		seen := map[string]bool{}
		for _, w := range words[i] {
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
		for _, w := range words[i] {
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

// properNames returns the capitalised words of a sentence that may name actors,
// in order, with possessives cut ("Russia's" → "Russia").
func properNames(sentence string) []string {
	var out []string
	fields := strings.FieldsFunc(sentence, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-'
	})
	for i, f := range fields {
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		f = strings.Trim(f, "'’-")
		r, _ := utf8.DecodeRuneInString(f)
		if len(f) < 2 || !unicode.IsUpper(r) || notActors[f] || i == 0 && strings.ToUpper(f) == f {
			// An all-capital first word is a dateline ("ASTANA —").
			continue
		}
		out = append(out, f)
	}
	return out
}
