package view

import (
	"math"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// MeasureLabel returns the width of an item label at text size, as the
// timeline measures it for layout.
func MeasureLabel(s string, size float32) float32 { return widthsAt(size).measure(s) }

// measurers caches one runeWidths per text size and style. Shaping every
// label with fyne.MeasureText takes about a millisecond, so indexing
// 100,000 events would stall for minutes; summing cached advances takes
// nanoseconds and is a little generous to cover kerning.
var measurers sync.Map // widthsKey → *runeWidths

// widthsKey is a text size and style that runeWidths measure at.
type widthsKey struct {
	size  float32
	style fyne.TextStyle
}

// widthsAt returns the measure of regular text at size, the one labels
// are laid out with.
func widthsAt(size float32) *runeWidths { return widthsIn(size, fyne.TextStyle{}) }

// widthsIn returns the measure of text at size in style: a bold label
// (the selected one) is some 7 % wider than its regular layout width, so
// cutting it by the regular measure would leave it running past its box.
func widthsIn(size float32, style fyne.TextStyle) *runeWidths {
	key := widthsKey{size, style}
	if w, ok := measurers.Load(key); ok {
		return w.(*runeWidths)
	}
	w := &runeWidths{}
	w.reset(size, style)
	actual, _ := measurers.LoadOrStore(key, w)
	return actual.(*runeWidths)
}

// runeWidths measures text as the sum of per-rune advances at one size.
type runeWidths struct {
	mu    sync.Mutex // held to measure a rune for the first time, and for other
	size  float32
	style fyne.TextStyle
	// bytes holds, for each byte, the advance of its ASCII rune in fixed
	// point (see fixedUnit), or unmeasured until the first measure, and
	// always for the bytes of longer runes; measure reads it without the
	// lock, which a million labels would otherwise take a million times
	// as they are indexed.
	bytes [256]atomic.Uint64
	other map[rune]float32
}

// unmeasured marks a byte whose advance is not in the table: a bit no
// advance in fixed point has.
const unmeasured = 1 << 62

// fixedUnit is the step, in 1/fixedUnit of a unit of width, in which
// ASCII advances are kept and summed: integers add in one cycle, with no
// test per byte (an unmeasured byte shows in the bits seen), where a
// float32 sum waits on each add before the next.
const fixedUnit = 4096

// measure returns the width of s at w's size.
func (w *runeWidths) measure(s string) float32 {
	// ASCII already measured is one table read and one add a byte, no
	// call and no lock: a million labels are indexed in a blink.
	var sum, seen uint64
	for i := 0; i < len(s); i++ {
		v := w.bytes[s[i]].Load()
		sum += v
		seen |= v
	}
	if seen >= unmeasured {
		return w.measureFrom(s)*1.03 + 1
	}
	return float32(sum)/fixedUnit*1.03 + 1
}

// measureFrom sums the advances of s, measuring the runes not measured
// yet.
func (w *runeWidths) measureFrom(s string) float32 {
	w.mu.Lock()
	defer w.mu.Unlock()
	var total float32
	for _, r := range s {
		total += w.advance(r)
	}
	return total
}

// toFixed returns advance a in fixedUnit steps.
func toFixed(a float32) uint64 { return uint64(math.Round(float64(a) * fixedUnit)) }

func (w *runeWidths) reset(size float32, style fyne.TextStyle) {
	w.size, w.style = size, style
	for i := range w.bytes {
		w.bytes[i].Store(unmeasured)
	}
	w.other = map[rune]float32{}
}

func (w *runeWidths) advance(r rune) float32 {
	if r < utf8.RuneSelf {
		if fixed := w.bytes[r].Load(); fixed != unmeasured {
			return float32(fixed) / fixedUnit
		}
	} else if a, ok := w.other[r]; ok {
		return a
	}
	a := max(fyne.MeasureText(string(r), w.size, w.style).Width, 0)
	if r >= utf8.RuneSelf {
		w.other[r] = a
		return a
	}
	// The ASCII advance is kept as measure sums it, so that a rune
	// measured here counts the same as one read from the table.
	fixed := toFixed(a)
	w.bytes[r].Store(fixed)
	return float32(fixed) / fixedUnit
}
