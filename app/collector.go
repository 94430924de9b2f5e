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
	// base is the GOGC the process started with, which bound never
	// exceeds, and set the GOGC bound last set; bounding says whether
	// bound has started.
	base, set int
	bounding  bool
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

// minHeadroom is the garbage a heap of any size may gather between
// collections under bound, and heapShare the share of the live heap it
// may gather when that is more.
const (
	minHeadroom = 32 << 20
	heapShare   = 8 // an eighth
)

// heapPercent returns the GOGC that lets a heap of live bytes grow by
// minHeadroom, or a heapShare-th of itself when that is more, before the
// next collection, but never by more than GOGC base allows. Off (-1) as
// base stays off.
func heapPercent(live uint64, base int) int {
	if base < 0 || live == 0 {
		return base
	}
	headroom := max(minHeadroom, live/heapShare)
	return int(min(uint64(base), 100*headroom/live))
}

// bound keeps the garbage a large heap gathers in proportion to what a
// desktop window needs, rather than to the heap: GOGC's 100 % lets a
// million events (265 MB live) gather as much again between collections,
// and the text a few seconds of zooming shapes and rasterises (3 MB a
// frame, most of it Fyne's) took the process from 466 to 630 MiB before
// the first collection after the load; bound, it stays at 489-491 MiB
// (issue 15: VmHWM under Xvfb, README sequence). After every collection
// it sets GOGC to heapPercent of the heap then live; the extra
// collections mark the events concurrently on the other core. Pauses
// are left alone and put back the GOGC bound last set.
func (c *collector) bound() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bounding {
		return
	}
	c.bounding = true
	c.base = c.percent // a pause holds GOGC off and keeps the setting
	if c.paused == 0 {
		c.base = gcPercent()
	}
	c.set = c.base
	c.armBound()
}

// armBound asks for afterCollection to run once the next collection has
// found a fresh sentinel unreachable. The sentinel is 32 bytes of no
// pointers: smaller ones may share a block the tiny allocator keeps alive.
func (c *collector) armBound() {
	runtime.AddCleanup(new([32]byte), func(*collector) { c.afterCollection() }, c)
}

// afterCollection sets GOGC for the heap the last collection left live,
// unless a pause holds GOGC off or something else has set GOGC since
// (a test, say), and arms the next round.
func (c *collector) afterCollection() {
	c.mu.Lock()
	if c.paused == 0 && gcPercent() == c.set {
		c.set = heapPercent(liveHeap(), c.base)
		debug.SetGCPercent(c.set)
	}
	c.mu.Unlock()
	c.armBound()
}

// liveHeap returns the heap the last collection marked live.
func liveHeap() uint64 { return readMetric("/gc/heap/live:bytes") }

// gcPercent returns GOGC as it is now, without setting it; off reads -1.
func gcPercent() int {
	return int(int64(readMetric("/gc/gogc:percent")))
}

// readMetric returns the runtime metric named, or 0 when the runtime
// has no such unsigned metric.
func readMetric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// memoryInUse returns the memory the Go runtime has mapped, as the memory
// limit counts it.
func memoryInUse() int64 { return int64(readMetric("/memory/classes/total:bytes")) }
