package app

import (
	"math"
	"runtime/debug"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// TestCollector_PauseNests checks that pauses nest, that a pause turns
// GOGC off under a soft memory limit, and that the last resume puts back
// the settings as they were, a GOMEMLIMIT lower than the pause's included.
func TestCollector_PauseNests(t *testing.T) {
	type pauseCase struct {
		name           string
		percent        int
		limit          int64
		wantPauseLimit func(int64) bool
	}
	cases := []pauseCase{
		{"no memory limit", 77, math.MaxInt64, func(l int64) bool { return l < math.MaxInt64 }},
		{"a lower GOMEMLIMIT stays", 100, 64 << 20, func(l int64) bool { return l == 64<<20 }},
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	for _, c := range cases {
		debug.SetGCPercent(c.percent)
		debug.SetMemoryLimit(c.limit)
		var gc collector
		gc.pause()
		gc.pause()
		if p := debug.SetGCPercent(-1); p != -1 {
			t.Errorf("%s: GOGC %d while paused, want off", c.name, p)
		}
		if l := debug.SetMemoryLimit(-1); !c.wantPauseLimit(l) {
			t.Errorf("%s: memory limit %d while paused", c.name, l)
		}
		gc.resume()
		if p := debug.SetGCPercent(-1); p != -1 {
			t.Errorf("%s: GOGC %d after the inner resume, want still off", c.name, p)
		}
		gc.resume()
		if p := debug.SetGCPercent(c.percent); p != c.percent {
			t.Errorf("%s: GOGC %d after the last resume, want %d", c.name, p, c.percent)
		}
		if l := debug.SetMemoryLimit(-1); l != c.limit {
			t.Errorf("%s: memory limit %d after the last resume, want %d", c.name, l, c.limit)
		}
	}
}

// TestCollector_ResumeAfterFrame checks that resumeAfterFrame keeps the
// pause on when it returns and ends it a few frames later.
func TestCollector_ResumeAfterFrame(t *testing.T) {
	test.NewTempApp(t)
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	var gc collector
	gc.pause()
	gc.resumeAfterFrame()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Fatalf("GOGC %d straight after resumeAfterFrame, want still off", p)
	}
	deadline := time.Now().Add(2 * time.Second)
	for debug.SetGCPercent(-1) == -1 {
		if time.Now().After(deadline) {
			t.Fatal("GOGC still off two seconds after resumeAfterFrame")
		}
		time.Sleep(frameWait)
	}
}
