package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
)

// Format is an export file format.
type Format int

// Formats.
const (
	PNG Format = iota
	SVG
	PDF
)

// String returns the format's usual file extension without the dot.
func (f Format) String() string {
	switch f {
	case SVG:
		return "svg"
	case PDF:
		return "pdf"
	}
	return "png"
}

// FormatFromPath returns the format named by path's extension (.png, .svg
// or .pdf, in any case).
func FormatFromPath(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".png":
		return PNG, nil
	case ".svg":
		return SVG, nil
	case ".pdf":
		return PDF, nil
	}
	return PNG, fmt.Errorf("export %q: unknown format: want .png, .svg or .pdf", path)
}

// Page is a PDF page size.
type Page int

// Page sizes, all landscape.
const (
	A4 Page = iota
	Letter
	Slide // 16:9, 13.333 × 7.5 inches like presentation slides
)

// Size returns the page's width and height in points.
func (p Page) Size() (w, h float32) {
	switch p {
	case Letter:
		return 792, 612
	case Slide:
		return 960, 540
	}
	return 841.89, 595.28
}

// textSize is the page's default label size in points: 8 on paper, 18
// on a slide, to be read across a room.
func (p Page) textSize() float32 {
	if p == Slide {
		return SlideTextSize
	}
	return 8
}

// SlideTextSize is the least label size on a 16:9 slide, in points.
const SlideTextSize = 18

// ParsePage returns the Page named s: "a4", "letter" or "slide".
func ParsePage(s string) (Page, error) {
	switch strings.ToLower(s) {
	case "a4", "":
		return A4, nil
	case "letter":
		return Letter, nil
	case "slide", "16:9":
		return Slide, nil
	}
	return A4, fmt.Errorf("export: page %q: want a4, letter or slide", s)
}

// LegendEntry is one line of the legend: a palette colour and what it
// stands for, usually a source article.
type LegendEntry struct {
	Label string
	// Palette is the Item.Color the entry explains.
	Palette int
}

// Options control an export. The zero value is a light 1920 × 1080 image
// of every item, or an A4 landscape page for PDF.
type Options struct {
	// Width and Height are the size of a PNG or SVG in pixels (default
	// 1920 × 1080). PDF pages take their size from Page.
	Width, Height float32
	// Scale multiplies a PNG's pixels (1, 2 or 4 for high-density
	// screens and print); the layout stays that of Width × Height. The
	// image may be at most 8K (7680 × 4320, either way round).
	Scale float32
	// Page is the PDF page size (default A4 landscape).
	Page Page
	// TextSize is the size of labels, in pixels (points for PDF); default
	// 12 for images, 8 for PDF pages and 18 (SlideTextSize) for slides.
	TextSize float32
	// Title and Subtitle head the page; empty ones take no room.
	Title, Subtitle string
	// Legend explains the item colours, below the timeline.
	Legend []LegendEntry
	// Sources are listed in the footer, with Date (when not zero) as the
	// export date.
	Sources []string
	Date    time.Time
	// Theme is the colour theme; Light by default.
	Theme Theme
	// Transparent leaves a PNG's background transparent.
	Transparent bool
	// From and To bound the time shown; when both are zero the view fits
	// all items with a margin, as the app's Fit All does, long empty
	// stretches compressed into axis breaks unless Linear is set.
	From, To time.Time
	// Linear draws a whole-range export on a linear axis, without breaks.
	Linear bool
	// Now and Highlight, when not zero, draw the "today" marker and the
	// highlight marker (such as the selected article's publication date)
	// as on screen.
	Now, Highlight time.Time
	// Lanes names the lanes items are grouped into (Item.Lane indexes
	// it); nil draws one unnamed lane.
	Lanes []string
	// Progress, if not nil, is called on the caller's goroutine as the
	// export finishes each of its steps (measure, layout, draw, encode).
	Progress func(done, total int)
}

// maxPixels bound a PNG to 8K in either orientation.
const (
	maxLong  = 7680
	maxShort = 4320
)

// withDefaults fills the zero fields of opt for format f.
func (opt Options) withDefaults(defaults Options) Options {
	def := func(v *float32, d float32) {
		if !(*v > 0) {
			*v = d
		}
	}
	def(&opt.Width, defaults.Width)
	def(&opt.Height, defaults.Height)
	def(&opt.Scale, 1)
	def(&opt.TextSize, defaults.TextSize)
	def(&opt.Width, 1920)
	def(&opt.Height, 1080)
	def(&opt.TextSize, 12)
	return opt
}

// forFormat returns opt with the defaults and page size of format f.
func (opt Options) forFormat(f Format) Options {
	if f == PDF {
		w, h := opt.Page.Size()
		opt.Width, opt.Height, opt.Scale = w, h, 1
		return opt.withDefaults(Options{TextSize: opt.Page.textSize()})
	}
	if f == SVG {
		opt.Scale = 1
	}
	return opt.withDefaults(Options{})
}

// ErrNothing is returned when there is nothing to draw: no items and no
// time range.
var ErrNothing = errors.New("nothing to draw")

// Render draws items as a timeline page in format f and writes it to w:
// title band, the timeline laid out like the screen's, legend and footer.
// It stops with ctx's error when ctx is cancelled.
func Render(ctx context.Context, w io.Writer, f Format, items []timeline.Item, opt Options) error {
	if err := render(ctx, w, f, items, opt); err != nil {
		return fmt.Errorf("export %s: %w", f, err)
	}
	return nil
}

// encoder is a Canvas that can write itself out.
type encoder interface {
	draw.Canvas
	Encode(w io.Writer) error
}

// render is Render without the error prefix.
func render(ctx context.Context, w io.Writer, f Format, items []timeline.Item, opt Options) error {
	opt = opt.forFormat(f)
	if err := checkSize(f, opt); err != nil {
		return err
	}
	const steps = 4
	progress := func(done int) {
		if opt.Progress != nil {
			opt.Progress(done, steps)
		}
	}
	c, err := newCanvas(f, opt)
	if err != nil {
		return err
	}
	label := draw.TextStyle{Size: opt.TextSize}
	idx := timeline.NewIndex(items, func(s string) float32 { return c.MeasureText(s, label) })
	progress(1)
	if err := ctx.Err(); err != nil {
		return err
	}
	if p, ok := c.(*PDFCanvas); ok {
		progress(2)
		if err := drawPDF(ctx, p, idx, opt); err != nil {
			return err
		}
	} else {
		// Every row on the page: a taller image when the rows need it.
		h, err := tallImage(c, f, idx, opt)
		if err != nil {
			return err
		}
		if h > opt.Height {
			opt.Height = h
			if c, err = newCanvas(f, opt); err != nil {
				return err
			}
		}
		progress(2)
		if err := drawImage(ctx, c, f, idx, opt); err != nil {
			return err
		}
	}
	progress(3)
	if err := c.Encode(w); err != nil {
		return err
	}
	progress(4)
	return nil
}

// Size limits of the options, in pixels (or points) and pixel factor: far
// beyond any screen or print, small enough that a mistyped size fails
// at once rather than after minutes of drawing.
const (
	MaxSize  = 100000
	MaxScale = 8
)

// Check reports whether opt's sizes can be exported in format f: finite,
// positive and within MaxSize and MaxScale, and at most 8K pixels for
// PNG. Zero sizes take their defaults.
func (opt Options) Check(f Format) error {
	return checkSize(f, opt.forFormat(f))
}

// checkSize rejects sizes a format cannot take; opt has its defaults.
func checkSize(f Format, opt Options) error {
	for _, v := range []struct {
		name     string
		val, max float32
	}{
		{"width", opt.Width, MaxSize}, {"height", opt.Height, MaxSize},
		{"scale", opt.Scale, MaxScale}, {"text size", opt.TextSize, MaxSize},
	} {
		if !(v.val > 0 && v.val <= v.max) { // NaN fails too
			return fmt.Errorf("%s %g: want a number above 0 and at most %g", v.name, v.val, v.max)
		}
	}
	if f != PNG {
		return nil
	}
	w, h := opt.Width*opt.Scale, opt.Height*opt.Scale
	long, short := max(w, h), min(w, h)
	if long > maxLong || short > maxShort {
		return fmt.Errorf("%.0f × %.0f pixels: larger than 8K (%d × %d)", w, h, maxLong, maxShort)
	}
	if w < 1 || h < 1 {
		return fmt.Errorf("%.0f × %.0f pixels: too small", w, h)
	}
	return nil
}

// ErrTooLong is returned when the time range to draw is longer than the
// timeline can show across the page: at most a year per pixel.
var ErrTooLong = errors.New("time range too long to draw")

// yearSeconds is the mean Gregorian year.
const yearSeconds = 365.2425 * 86400

// view returns the Scale showing opt's time range, or all items fitted
// with a margin, across width. A range longer than the coarsest zoom can
// show (a year per pixel) is refused with ErrTooLong rather than drawn
// as a window in its middle that may hold no event at all.
func view(idx *timeline.Index, opt Options, width float32) (timeline.Scale, error) {
	from, to := opt.From, opt.To
	margin := float32(0)
	if from.IsZero() && to.IsZero() {
		if idx.Len() == 0 {
			return timeline.Scale{}, ErrNothing
		}
		from, to = idx.Bounds()
		margin = width * 0.06
	} else {
		bs, be := idx.Bounds()
		if from.IsZero() {
			from = bs
		}
		if to.IsZero() {
			to = be
		}
		if !to.After(from) {
			return timeline.Scale{}, fmt.Errorf("time range %s to %s: end not after start",
				from.Format(time.DateOnly), to.Format(time.DateOnly))
		}
	}
	inner := float64(width - 2*margin)
	span := float64(to.Unix() - from.Unix())
	if opt.From.IsZero() && opt.To.IsZero() && !opt.Linear {
		sc := timeline.FitCompressed(idx, from, to, width, margin, opt.TextSize)
		if sc.X(to)-sc.X(from) <= float32(inner)+1 {
			return sc, nil
		}
		// Even compressed, the range is longer than the coarsest zoom
		// can show: refused below as a linear one would be.
	}
	if span > inner*timeline.MaxSecondsPerPixel {
		return timeline.Scale{}, fmt.Errorf("%w: %s to %s is %s years; a %s-pixel timeline shows at most %s",
			ErrTooLong, from.Format(time.DateOnly), to.Format(time.DateOnly), thousands(int(span/yearSeconds+0.5)),
			thousands(int(inner)), thousands(int(inner*timeline.MaxSecondsPerPixel/yearSeconds)))
	}
	return timeline.Fit(from, to, width, margin), nil
}

// WriteFile renders items to the file at path, in the format its
// extension names, through WriteAtomic: path is never left truncated, and
// on failure it is untouched.
func WriteFile(ctx context.Context, path string, items []timeline.Item, opt Options) error {
	f, err := FormatFromPath(path)
	if err != nil {
		return err
	}
	return WriteAtomic(path, func(w io.Writer) error { return render(ctx, w, f, items, opt) })
}
