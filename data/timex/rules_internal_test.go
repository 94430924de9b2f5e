package timex

import (
	"strings"
	"testing"
	"time"
)

// TestRules_Examples runs every rule's examples: each must be found with
// its value, and won by the rule that lists it, starting at one of the
// rule's declared triggers. A rule without examples fails.
func TestRules_Examples(t *testing.T) {
	for _, r := range ruleRegistry {
		t.Run(r.name, func(t *testing.T) {
			if len(r.examples) == 0 {
				t.Fatalf("rule %s has no examples", r.name)
			}
			for _, ex := range r.examples {
				dct, err := time.Parse("2006-01-02", ex.dct)
				if err != nil {
					t.Fatalf("example %q: dct %q: %v", ex.text, ex.dct, err)
				}
				checkExample(t, r, ex, Explain(ex.text, dct))
			}
		})
	}
}

func checkExample(t *testing.T, r namedRule, ex ruleExample, got []Explanation) {
	t.Helper()
	for _, e := range got {
		if e.Text != ex.expr {
			continue
		}
		if e.Value != ex.value || e.Rule != r.name {
			t.Errorf("%q: %q = %s by rule %q, want %s by %q", ex.text, ex.expr, e.Value, e.Rule, ex.value, r.name)
		}
		if !r.startsAt(strings.ToLower(e.Trigger)) {
			t.Errorf("%q: rule %s started at %q, which is not among its triggers %q", ex.text, r.name, e.Trigger,
				r.triggers)
		}
		return
	}
	var found []string
	for _, e := range got {
		found = append(found, e.Text+"="+e.Value+" ("+e.Rule+")")
	}
	t.Errorf("%q: %q not found; got %q", ex.text, ex.expr, found)
}

// startsAt reports whether w, a token in lower case, is one of the rule's
// declared triggers.
func (r namedRule) startsAt(w string) bool {
	for _, tr := range r.triggers {
		switch in := triggerClasses[tr]; {
		case tr == numberTrigger:
			if w != "" && strings.Trim(w, "0123456789") == "" {
				return true
			}
		case in != nil:
			if in(w) {
				return true
			}
		case tr == w:
			return true
		}
	}
	return false
}

// TestRules_Triggers checks that every trigger a rule declares is one that
// matchAt stops at: a word of the lexicon's triggers, a mark, a number, or
// a class whose every word is a trigger. A missing word would make matchAt
// skip the rule without a sound.
func TestRules_Triggers(t *testing.T) {
	classWords := map[string]func(func(string)){
		"<month>":     keys(monthWords),
		"<weekday>":   keys(weekdayWords),
		"<wdabbrev>":  keys(weekdayAbbrevs),
		"<cardinal>":  keys(cardinals),
		"<ordinal>":   keys(ordinalWords),
		"<unit>":      keys(unitWords),
		"<season>":    keys(seasonWords),
		"<daypart>":   keys(dayParts),
		"<setadverb>": keys(setAdverbs),
		"<ref>":       keys(refWords),
		"<holiday>":   keys(holidayStarts),
		"<position>":  keys(positionWords, positionNouns),
		"<clock>":     keys(clockWords),
	}
	if len(classWords) != len(triggerClasses) {
		t.Fatalf("the test knows %d trigger classes, the registry %d", len(classWords), len(triggerClasses))
	}
	for _, r := range ruleRegistry {
		if len(r.triggers) == 0 {
			t.Errorf("rule %s declares no triggers", r.name)
		}
		for _, tr := range r.triggers {
			switch each := classWords[tr]; {
			case tr == numberTrigger:
			case strings.HasPrefix(tr, "<"):
				if each == nil || triggerClasses[tr] == nil {
					t.Errorf("rule %s: unknown trigger class %s", r.name, tr)
					continue
				}
				each(func(w string) {
					if wordRoles[w]&roleTrigger == 0 {
						t.Errorf("rule %s: %s word %q is not in triggers", r.name, tr, w)
					}
				})
			case wordRoles[tr]&roleTrigger == 0 && !triggerMark(tr):
				t.Errorf("rule %s: trigger %q is not in the lexicon's triggers", r.name, tr)
			}
		}
	}
}

// keys returns a function that calls f with every key of m.
func keys[V any](ms ...map[string]V) func(func(string)) {
	return func(f func(string)) {
		for _, m := range ms {
			for k := range m {
				f(k)
			}
		}
	}
}

// TestRules_Names checks that names are unique and every rule is tried
// somewhere.
func TestRules_Names(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range ruleRegistry {
		if r.name == "" || r.fn == nil {
			t.Errorf("registry entry %+v lacks a name or function", r)
		}
		if seen[r.name] {
			t.Errorf("rule name %q is used twice", r.name)
		}
		seen[r.name] = true
	}
	tried := map[string]bool{}
	for _, list := range []ruleList{numberRules, wordRules} {
		for _, n := range list.names {
			tried[n] = true
		}
	}
	if len(tried) != len(seen) {
		t.Errorf("matchAt tries %d of the %d rules", len(tried), len(seen))
	}
}
