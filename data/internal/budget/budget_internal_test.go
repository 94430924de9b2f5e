package budget

import (
	"strings"
	"testing"
)

// recorder is a testing.TB that notes a failure instead of stopping.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

// TestGrown checks that a linear scan passes the budget and a quadratic
// one (every byte compared with every other) fails it once grown, though
// it is quick on the input as given.
func TestGrown(t *testing.T) {
	type budgetCase struct {
		name string
		work func(string)
		fail bool
	}
	linear := func(s string) { strings.Count(s, "x") }
	quadratic := func(s string) {
		n := 0
		for i := range len(s) {
			for j := range len(s) {
				if s[i] == s[j] {
					n++
				}
			}
		}
		_ = n
	}
	for _, c := range []budgetCase{{"linear", linear, false}, {"quadratic", quadratic, true}} {
		if c.fail && slowdown > 1 {
			continue // the race detector slows this loop far less than the budget allows
		}
		r := &recorder{TB: t}
		Time(r, c.name, func() { c.work("x<div>") })
		if r.failed {
			t.Errorf("%s: over budget on a 6-byte input", c.name)
		}
		// The short run takes microseconds, which a busy machine can
		// stretch enough to hide the quadratic growth once: three tries.
		for try := 0; try < 3 && !r.failed; try++ {
			grown(r, c.name, "x<div>", c.work, 256, 16<<10)
		}
		if r.failed != c.fail {
			t.Errorf("%s: failed %v grown, want %v", c.name, r.failed, c.fail)
		}
	}
}
