package extract

import (
	"strings"
	"testing"
)

// TestWindow checks that a title reads at most titleWindow bytes either
// side of its expression, cut at spaces, which keeps a title's cost the
// same in a megabyte sentence as in a short one and an article full of
// dates linear (BenchmarkTitle_Megabyte measures it).
func TestWindow(t *testing.T) {
	unit := "Talks resumed on 3 May, and the envoy, who arrived after the vote, said that the plan, which failed, "
	for _, n := range []int{1, 8, 10000} {
		s := strings.Repeat(unit, n)
		start := strings.Index(s[len(s)/2:], "3 May") + len(s)/2
		if start < len(s)/2 {
			start = strings.Index(s, "3 May")
		}
		end := start + len("3 May")
		w, ws, we := window(s, start, end)
		if w[ws:we] != "3 May" {
			t.Errorf("%d bytes: window moved the expression to %q", len(s), w[ws:we])
		}
		if len(w) > 2*titleWindow+end-start {
			t.Errorf("%d bytes: window kept %d bytes, want at most %d", len(s), len(w), 2*titleWindow+end-start)
		}
		if len(s) <= 2*titleWindow+end-start && w != s {
			t.Errorf("%d bytes: a short sentence was cut to %q", len(s), w)
		}
		from := start - ws
		if s[from:from+len(w)] != w || from > 0 && s[from-1] != ' ' || from+len(w) < len(s) && s[from+len(w)] != ' ' {
			t.Errorf("%d bytes: window %q is not a run of whole words around the expression", len(s), w)
		}
	}
}
