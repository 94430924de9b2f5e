package app

import (
	"math"
	"runtime"
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

// TestHeapPercent checks the GOGC bound gives a heap: GOGC itself while
// the heap is small, an eighth of a large one, never above the base and
// off staying off.
func TestHeapPercent(t *testing.T) {
	cases := []struct {
		name string
		live uint64
		base int
		want int
	}{
		{"small heap keeps GOGC", 16 << 20, 100, 100},
		{"headroom of 32 MiB at 64 MiB", 64 << 20, 100, 50},
		{"a million events' heap", 265 << 20, 100, 12},
		{"huge heap: an eighth", 4 << 30, 100, 12},
		{"lower base stays", 128 << 20, 10, 10},
		{"off stays off", 1 << 30, -1, -1},
		{"nothing live yet", 0, 100, 100},
	}
	for _, c := range cases {
		if got := heapPercent(c.live, c.base); got != c.want {
			t.Errorf("%s: heapPercent(%d, %d) = %d, want %d", c.name, c.live, c.base, got, c.want)
		}
	}
}

// TestCollector_Bound checks that once bound has started, a collection
// with a large heap live lowers GOGC to heapPercent's, and that a pause
// still holds GOGC off and puts the bound back.
func TestCollector_Bound(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	gc := &processGC // the one that bounds in this test binary too
	gc.bound()
	gc.mu.Lock()
	debug.SetGCPercent(gc.set) // as if no test had set GOGC since
	gc.mu.Unlock()
	keep := make([]byte, 256<<20) // live across the collections below
	for i := range keep {
		keep[i] = byte(i)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC()
		time.Sleep(10 * time.Millisecond) // the cleanup runs on its own goroutine
		if p := gcPercent(); p < 100 && p >= 10 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("GOGC %d with 256 MiB live, want about 12", gcPercent())
		}
	}
	gc.pause()
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	if p := gcPercent(); p != -1 {
		t.Errorf("GOGC %d while paused, want off", p)
	}
	gc.resume()
	if p := gcPercent(); p == -1 || p == 100 {
		t.Errorf("GOGC %d after the pause, want the bound put back", p)
	}
	runtime.KeepAlive(keep)
}

// TestGCPercent checks gcPercent reads GOGC as set, off included.
func TestGCPercent(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, p := range []int{100, 37, 0, -1} {
		debug.SetGCPercent(p)
		if got := gcPercent(); got != p {
			t.Errorf("gcPercent() = %d after SetGCPercent(%d)", got, p)
		}
	}
}
