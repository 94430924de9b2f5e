package merge

import "testing"

// TestContentWord checks how words as written are counted: lower case,
// plural and tense endings off, a word that ends in -us or -is whole,
// synonyms as their group's first word, function words not at all.
func TestContentWord(t *testing.T) {
	type wordCase struct {
		word, want string
		ok         bool
	}
	for _, c := range []wordCase{
		{"Missiles", "missil", true},
		{"fired", "wildfir", true},   // "fire" is in the wildfire group
		{"Belarus", "belarus", true}, // not "belaru"
		{"crisis", "crisis", true},
		{"visits", "visit", true},
		{"arrives", "visit", true}, // "arrives in Astana for a visit" and "whose visit began"
		{"trip", "visit", true},
		{"quake", "earthquak", true},
		{"Finnish", "finland", true},
		{"the", "", false},
		{"Wednesday", "", false},
	} {
		got, ok := contentWord(c.word)
		if got != c.want || ok != c.ok {
			t.Errorf("contentWord(%q) = %q, %v; want %q, %v", c.word, got, ok, c.want, c.ok)
		}
	}
}
