package timex

// debugTense, when set by a test, receives every tense decision.
var debugTense func(group string, t tense, reason string)

// noteTense records a tense decision for explanations; the explain
// branch replaces this.
func (tg *tagger) noteTense(group string, t tense, reason string) {
	if debugTense != nil {
		debugTense(group, t, reason)
	}
}
