// Package budget gives the fuzz tests of package data and below a work
// budget (issue 10): every parser there is linear, so any fuzz input, and
// the same input repeated to GrownSize bytes, is read well within Limit;
// a parser that is quadratic somewhere is not, and the fuzzer fails
// instead of CI growing slow. Only tests import it.
package budget

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// Limit is the most one run may take (ten times more under the race
// detector, which slows code down about that much).
const Limit = 100 * time.Millisecond

// GrownSize is how long Grown makes an input: long enough that quadratic
// work (a billion steps) cannot hide under Limit, short enough that linear
// work takes a millisecond or so.
const GrownSize = 32 << 10

// Time runs run and fails t when it takes over Limit twice running (once
// could be the machine, busy elsewhere).
func Time(t testing.TB, what string, run func()) {
	t.Helper()
	for try := 0; ; try++ {
		start := time.Now()
		run()
		d := time.Since(start)
		if d <= Limit*slowdown {
			return
		}
		if try == 1 {
			t.Fatalf("%s took %v, over the %v budget", what, d, Limit*slowdown)
			return
		}
	}
}

// Grown runs run on in repeated to at least GrownSize bytes within Limit,
// as Time does: work that grows faster than the input shows at that size.
// An empty input is left alone.
func Grown[T ~string | ~[]byte](t testing.TB, what string, in T, run func(T)) {
	t.Helper()
	if len(in) == 0 || len(in) >= GrownSize {
		return
	}
	big := T(strings.Repeat(string(in), (GrownSize+len(in)-1)/len(in)))
	Time(t, what+" grown to "+strconv.Itoa(len(big))+" bytes", func() { run(big) })
}
