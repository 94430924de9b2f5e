package view

import (
	"sync"
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
	mu    sync.Mutex
	size  float32
	style fyne.TextStyle
	ascii [128]float32
	other map[rune]float32
}

// measure returns the width of s at w's size.
func (w *runeWidths) measure(s string) float32 {
	w.mu.Lock()
	defer w.mu.Unlock()
	var total float32
	for i := 0; i < len(s); {
		// ASCII already measured is one table read, no call: a million
		// labels are indexed in a blink.
		if c := s[i]; c < utf8.RuneSelf && w.ascii[c] >= 0 {
			total += w.ascii[c]
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		total += w.advance(r)
		i += n
	}
	return total*1.03 + 1
}

func (w *runeWidths) reset(size float32, style fyne.TextStyle) {
	w.size, w.style = size, style
	for i := range w.ascii {
		w.ascii[i] = -1
	}
	w.other = map[rune]float32{}
}

func (w *runeWidths) advance(r rune) float32 {
	if r < 128 && w.ascii[r] >= 0 {
		return w.ascii[r]
	}
	if a, ok := w.other[r]; ok {
		return a
	}
	a := fyne.MeasureText(string(r), w.size, w.style).Width
	if r < 128 {
		w.ascii[r] = a
	} else {
		w.other[r] = a
	}
	return a
}
