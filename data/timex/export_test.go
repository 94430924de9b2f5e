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

// SetBlockSize makes the tagger read texts in blocks of size bytes (at most
// max without a paragraph break) until the returned func restores the
// defaults; for the tests that check blocks change nothing.
func SetBlockSize(size, max int) (restore func()) {
	oldSize, oldMax := blockSize, maxBlock
	blockSize, maxBlock = size, max
	return func() { blockSize, maxBlock = oldSize, oldMax }
}

// SetRuleIndex turns the index of word rules by trigger and the rules'
// gates at numbers on or off until the returned func restores them; for
// the tests that check they change nothing.
func SetRuleIndex(on bool) (restore func()) {
	old := indexRules
	indexRules = on
	return func() { indexRules = old }
}
