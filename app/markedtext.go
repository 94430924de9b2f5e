package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

var _ fyne.Widget = (*markedText)(nil)

// markedText is a word-wrapped sentence with one stretch stressed in bold
// and the primary colour: a sentence with its date expression, in the detail pane and the presentation card. It
// stands in for widget.RichText, whose wrapping in Fyne 2.7.1 sets a
// stressed stretch that starts in the last pixels of a line one letter
// per line, and measures new segments with the app's theme rather than
// a ThemeOverride's.
type markedText struct {
	widget.BaseWidget
	app        fyne.App // for the theme variant
	text       string
	start, end int // the stressed bytes of text; empty when start >= end
}

func newMarkedText(a fyne.App) *markedText {
	m := &markedText{app: a}
	m.ExtendBaseWidget(m)
	return m
}

// set shows text with text[start:end] stressed; an empty or out-of-range
// stretch stresses nothing.
func (m *markedText) set(text string, start, end int) {
	if start < 0 || end > len(text) || start >= end {
		start, end = 0, 0
	}
	m.text, m.start, m.end = text, start, end
	m.Refresh()
}

// CreateRenderer is called by Fyne to draw the text.
func (m *markedText) CreateRenderer() fyne.WidgetRenderer {
	m.ExtendBaseWidget(m)
	return &markedRenderer{m: m}
}

// markedPiece is a run of one style within a word.
type markedPiece struct {
	text     string
	stressed bool
	width    float32
}

// markedRenderer breaks the text into lines at spaces and draws each run
// of one style as a canvas.Text, recycling them between layouts.
type markedRenderer struct {
	m       *markedText
	texts   []*canvas.Text
	objects []fyne.CanvasObject
	// minW and minH remember the height last measured for a width, as
	// containers ask for MinSize far more often than the text changes.
	minW, minH float32
}

// metrics returns the text size, line height and spacing, and the inner
// padding, all from the widget's theme so a ThemeOverride applies.
func (r *markedRenderer) metrics() (size, lineH, spacing, pad float32) {
	th := r.m.Theme()
	size = th.Size(theme.SizeNameText)
	lineH = fyne.MeasureText("M", size, fyne.TextStyle{Bold: true}).Height
	return size, lineH, th.Size(theme.SizeNameLineSpacing), th.Size(theme.SizeNameInnerPadding)
}

// words splits the text at spaces into words, each a list of pieces of
// one style; a word's trailing space stays with its last piece. A stress
// that starts or ends inside a word splits it into pieces but never
// allows a line break there ("Monday." stays together).
func (r *markedRenderer) words(size float32) [][]markedPiece {
	m := r.m
	var words [][]markedPiece
	var word []markedPiece
	add := func(from, to int) {
		if from >= to {
			return
		}
		stressed := from >= m.start && to <= m.end && m.start < m.end
		style := fyne.TextStyle{Bold: stressed}
		t := m.text[from:to]
		word = append(word, markedPiece{t, stressed, fyne.MeasureText(t, size, style).Width})
	}
	from := 0
	for i := 0; i <= len(m.text); i++ {
		atSpace := i < len(m.text) && m.text[i] == ' '
		atEnd := i == len(m.text)
		if i == m.start || i == m.end {
			add(from, i)
			from = i
		}
		if atSpace || atEnd {
			to := i
			if atSpace {
				to = i + 1 // the space ends the word
			}
			add(from, to)
			from = to
			if len(word) > 0 {
				words = append(words, word)
				word = nil
			}
		}
	}
	return words
}

// lay places the words in lines no wider than width and returns the
// height they need; with draw it also positions canvas objects.
func (r *markedRenderer) lay(width float32, draw bool) float32 {
	size, lineH, spacing, pad := r.metrics()
	avail := width - 2*pad
	x, y := float32(0), float32(0)
	used := 0
	th := r.m.Theme()
	variant := r.m.app.Settings().ThemeVariant()
	for _, w := range r.words(size) {
		ww := float32(0)
		for _, p := range w {
			ww += p.width
		}
		// The trailing space may hang past the edge.
		trail := fyne.MeasureText(" ", size, fyne.TextStyle{Bold: w[len(w)-1].stressed}).Width
		if !strings.HasSuffix(w[len(w)-1].text, " ") {
			trail = 0
		}
		if x > 0 && x+ww-trail > avail {
			x, y = 0, y+lineH+spacing
		}
		for _, p := range w {
			if draw {
				if used == len(r.texts) {
					r.texts = append(r.texts, canvas.NewText("", color.Black))
				}
				t := r.texts[used]
				t.Text, t.TextSize, t.TextStyle = p.text, size, fyne.TextStyle{Bold: p.stressed}
				t.Color = th.Color(theme.ColorNameForeground, variant)
				if p.stressed {
					t.Color = th.Color(theme.ColorNamePrimary, variant)
				}
				t.Move(fyne.NewPos(pad+x, pad+y))
				t.Resize(fyne.NewSize(p.width, lineH))
				used++
			}
			x += p.width
		}
	}
	if draw {
		r.objects = r.objects[:0]
		for _, t := range r.texts[:used] {
			r.objects = append(r.objects, t)
		}
	}
	return y + lineH + 2*pad
}

func (r *markedRenderer) Layout(size fyne.Size) {
	r.minW, r.minH = size.Width, r.lay(size.Width, true)
}

// MinSize is the height of the text wrapped at the current width; like a
// wrapping Label it asks for little width.
func (r *markedRenderer) MinSize() fyne.Size {
	_, lineH, _, pad := r.metrics()
	w := r.m.Size().Width
	if w <= 0 {
		return fyne.NewSize(lineH+2*pad, lineH+2*pad)
	}
	if w != r.minW {
		r.minW, r.minH = w, r.lay(w, false)
	}
	return fyne.NewSize(lineH+2*pad, r.minH)
}

// Refresh re-reads the text and the theme.
func (r *markedRenderer) Refresh() {
	r.Layout(r.m.Size())
	canvas.Refresh(r.m)
}

func (r *markedRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *markedRenderer) Destroy() {}
