// Package budget gives the fuzz tests of package data and below a work
// budget (issue 10): every parser there is linear, so any fuzz input is
// read within Limit, and the same input repeated four times as long takes
// about four times as long; a parser that is quadratic somewhere does not,
// and the fuzzer fails instead of CI growing slow. Only tests import it.
package budget

import (
	"flag"
	"strings"
	"testing"
	"time"
)

// Limit is the most one run may take (ten times more under the race
// detector, which slows code down about that much).
const Limit = 100 * time.Millisecond

// Grown compares an input repeated to grownSmall bytes with the same
// repeated to GrownSize, 64 times as long: linear work takes about 64
// times as long there (up to a few hundred once the longer input falls
// out of the caches, as measured in CI), quadratic work 4,096 times; a
// ratio over maxRatio fails. Only a clear quadratic term fails, never a
// busy machine: subtler growth is left to the linear-time tests of each
// parser (TestTag_HugeLine, TestReadArticles_Linear).
const (
	grownSmall = 1 << 10
	GrownSize  = 64 << 10
	maxRatio   = 1000
)

// minGrown is the least time the grown input must take before Grown
// compares: below it, timer noise and a stray pause decide the ratio.
const minGrown = 2 * time.Millisecond

// Time runs run and fails t when it takes over Limit twice running (once
// could be the machine, busy elsewhere).
func Time(t testing.TB, what string, run func()) {
	t.Helper()
	for try := 0; ; try++ {
		d := timed(run)
		if d <= Limit*slowdown {
			return
		}
		if try == 1 {
			t.Fatalf("%s took %v, over the %v budget", what, d, Limit*slowdown)
			return
		}
	}
}

// Grown checks that run's work grows in proportion to its input. It runs
// in as given within Limit (see Time), then repeated to two lengths
// 64 times apart (see GrownSize), and fails t when the longer takes
// over maxRatio times as long as the shorter, measured once and then
// confirmed as the best of three. A ratio, unlike a fixed limit, neither
// fails a slow but linear path nor passes a quadratic one on a fast
// machine. An empty input, or one already longer than the shorter length,
// is only timed.
//
// The comparison runs only while fuzzing (go test -fuzz): in a plain test
// run, packages are tested side by side on the same cores, and a ratio of
// two timings is not worth a failing build there.
func Grown[T ~string | ~[]byte](t testing.TB, what string, in T, run func(T)) {
	t.Helper()
	Time(t, what, func() { run(in) })
	if fuzzing() {
		grown(t, what, in, run, grownSmall, GrownSize)
	}
}

// fuzzing reports whether the test binary was started with -fuzz.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// grown is Grown between lengths small and big.
func grown[T ~string | ~[]byte](t testing.TB, what string, in T, run func(T), small, big int) {
	t.Helper()
	if len(in) == 0 || len(in) >= small {
		return
	}
	a, b := repeat(in, small), repeat(in, big)
	ta, tb := timed(func() { run(a) }), timed(func() { run(b) })
	for range 2 {
		if tb < minGrown*slowdown || tb <= maxRatio*ta {
			return
		}
		ta, tb = min(ta, timed(func() { run(a) })), min(tb, timed(func() { run(b) }))
	}
	if tb >= minGrown*slowdown && tb > maxRatio*ta {
		t.Fatalf("%s: %d bytes took %v, %d bytes %v: more than linear", what, len(b), tb, len(a), ta)
	}
}

// repeat repeats in to at least n bytes.
func repeat[T ~string | ~[]byte](in T, n int) T {
	return T(strings.Repeat(string(in), (n+len(in)-1)/len(in)))
}

// BestOf3 returns the shortest of three runs of f: the linear-time tests
// compare two sizes by their best runs, so a busy machine does not fail
// them.
func BestOf3(f func()) time.Duration {
	best := timed(f)
	for range 2 {
		best = min(best, timed(f))
	}
	return best
}

// timed returns how long f takes.
func timed(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
