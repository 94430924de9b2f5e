package app

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// collector holds garbage collection back while the window builds what it
// keeps: a corpus's events, the timeline's items and index, the first
// frame. Almost nothing built then is garbage, yet a collection in the
// middle marks every pointer built so far: at a million events two such
// collections cost 0.3–0.4 s of CPU before the first frame, and did not
// lower the peak, which the data kept sets. While paused, GOGC is off and
// a soft memory limit (pauseHeadroom above the memory in use, or the
// GOMEMLIMIT set if lower) still collects should a pause allocate far
// more than it keeps; resuming puts both settings back, and the collection
// that was held back runs then, after the frame.
type collector struct {
	mu      sync.Mutex
	paused  int // pauses not yet resumed; they nest
	percent int
	limit   int64
}

// processGC is the one collector of the process. GOGC and the memory
// limit are the process's, so every window's pauses (and every test's)
// must nest in one count: with a collector each, a pause begun while
// another was on would note GOGC off as the setting to put back.
var processGC collector

// pauseHeadroom is how much a pause may allocate before the soft memory
// limit collects anyway: nearly twice what a million events take (about
// 290 MB: events, index, the synthetic corpus's scratch, the frame), so a
// million load without a collection, while the garbage a pause may hold
// stays half a gigabyte. Below what a load keeps, the limit would collect
// again and again (160 MiB: eight collections, a second of CPU, at a
// million).
const pauseHeadroom = 512 << 20

// pause holds collection back until resume has been called as often.
func (c *collector) pause() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.paused++
	if c.paused > 1 {
		return
	}
	c.limit = debug.SetMemoryLimit(-1)
	debug.SetMemoryLimit(min(c.limit, memoryInUse()+pauseHeadroom))
	c.percent = debug.SetGCPercent(-1)
}

// resume ends a pause; the last one puts GOGC and the memory limit back.
func (c *collector) resume() { c.end() }

// end is resume, reporting whether it ended the last pause.
func (c *collector) end() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.paused--
	if c.paused > 0 {
		return false
	}
	debug.SetGCPercent(c.percent)
	debug.SetMemoryLimit(c.limit)
	return true
}

// frameWait is how long resumeAfterFrame waits before queueing the
// resume: two of the driver's 60 Hz ticks, so that the tick which paints
// the frame has begun; the main goroutine is then busy painting, and the
// resume, queued behind it, runs once the frame is on the screen.
const frameWait = 2 * time.Second / 60

// settleWait is how long after the frame is painted the pause still
// holds; the soft memory limit still collects meanwhile should the
// window allocate far more than it keeps.
const settleWait = time.Second

// resumeAfterFrame ends a pause settleWait after the frame that the work
// done in it changed has been painted, rather than at once. The
// collection held back marks everything built while paused (a quarter of
// a CPU-second at a million events): run at once, it overlaps the first
// frame's painting on the other core and counts towards the frame; run
// straight after the paint, it keeps both cores busy just as the window
// appears (and falls in million.sh's reading of the CPU at first frame).
// A second later it runs in the background while the user looks at the
// frame (unless another pause is still on): an idle window allocates too
// little to start it, and left to the first wheel or drag it would slow
// that frame.
func (c *collector) resumeAfterFrame() {
	go func() {
		time.Sleep(frameWait)
		fyne.DoAndWait(func() {}) // returns once the frame is painted
		time.Sleep(settleWait)
		var ended bool
		fyne.DoAndWait(func() { ended = c.end() })
		if ended {
			runtime.GC()
		}
	}()
}

// memoryInUse returns the memory the Go runtime has mapped, as the memory
// limit counts it.
func memoryInUse() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}
