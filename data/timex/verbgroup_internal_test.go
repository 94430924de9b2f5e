package timex

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestGoverningTense_Debug prints the reading of DATELINE_TENSE_DEBUG
// ("YYYY-MM-DD|sentence"); it runs only when that is set.
func TestGoverningTense_Debug(t *testing.T) {
	in := os.Getenv("DATELINE_TENSE_DEBUG")
	if in == "" {
		t.Skip("DATELINE_TENSE_DEBUG not set")
	}
	d, text, _ := strings.Cut(in, "|")
	dct, _ := time.Parse("2006-01-02", d)
	debugTense = func(g string, tn tense, why string) { t.Logf("  group %q tense %d: %s", g, tn, why) }
	defer func() { debugTense = nil }()
	for _, x := range Tag(text, dct) {
		t.Logf("%q %s %s", x.Text, x.Value, x.Type)
	}
}
