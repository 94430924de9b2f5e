package timex

// RuleStartsAt reports whether the registry rule named rule declares word
// (in lower case) as a trigger; for the black-box tests.
func RuleStartsAt(rule, word string) bool {
	for _, r := range ruleRegistry {
		if r.name == rule {
			return r.startsAt(word)
		}
	}
	return false
}
