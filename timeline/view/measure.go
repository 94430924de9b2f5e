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
	// ascii holds the advances of ASCII runes as float32 bits, unmeasured
	// until the first measure; measure reads it without the lock, which a
	// million labels would otherwise take a million times as they are
	// indexed.
	ascii [128]atomic.Uint32
	other map[rune]float32
}

// unmeasured marks an ASCII rune not measured yet: a NaN, which no
// advance is.
const unmeasured = math.MaxUint32

// measure returns the width of s at w's size.
func (w *runeWidths) measure(s string) float32 {
	var total float32
	for i := 0; i < len(s); i++ {
		// ASCII already measured is one table read, no call and no lock:
		// a million labels are indexed in a blink.
		bits := uint32(unmeasured)
		if c := s[i]; c < utf8.RuneSelf {
			bits = w.ascii[c].Load()
		}
		if bits == unmeasured {
			total = w.measureFrom(s, i, total)
			break
		}
		total += math.Float32frombits(bits)
	}
	return total*1.03 + 1
}

// measureFrom adds the advances of s[i:] to total, measuring the runes not
// measured yet.
func (w *runeWidths) measureFrom(s string, i int, total float32) float32 {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		total += w.advance(r)
		i += n
	}
	return total
}

func (w *runeWidths) reset(size float32, style fyne.TextStyle) {
	w.size, w.style = size, style
	for i := range w.ascii {
		w.ascii[i].Store(unmeasured)
	}
	w.other = map[rune]float32{}
}

func (w *runeWidths) advance(r rune) float32 {
	if r < 128 {
		if bits := w.ascii[r].Load(); bits != unmeasured {
			return math.Float32frombits(bits)
		}
	} else if a, ok := w.other[r]; ok {
		return a
	}
	a := fyne.MeasureText(string(r), w.size, w.style).Width
	if r < 128 {
		w.ascii[r].Store(math.Float32bits(a))
	} else {
		w.other[r] = a
	}
	return a
}
