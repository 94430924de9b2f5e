package app

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/project"
	"github.com/dateline/dateline/data/timex"
)

// syntheticWords make up the titles of synthetic events.
var syntheticWords = []string{"talks", "summit", "strike", "vote", "visit", "sanctions", "treaty",
	"ceasefire", "pipeline", "election", "protest", "deal", "tariffs", "drill", "report", "budget"}

// syntheticPrecisions is the mix of precisions in a synthetic corpus: days
// mostly, as in news, with some weeks, months and years.
var syntheticPrecisions = []timex.Precision{
	timex.PrecisionDay, timex.PrecisionDay, timex.PrecisionDay, timex.PrecisionDay, timex.PrecisionDay,
	timex.PrecisionDay, timex.PrecisionWeek, timex.PrecisionMonth, timex.PrecisionMonth, timex.PrecisionYear,
}

// Synthetic makes a corpus of n made-up events over 30 years from 50
// articles, for trying the view at scale (dateline --synthetic N). The same
// seed gives the same corpus.
//
// Its cost is part of the first frame at a million events, so it draws
// small specs, sorts those, and builds each event once in its final place,
// in as many parts at once as there are processors; the values and spans
// of each day, week, month and year are made once and shared, and the
// sentences are cut from large blocks of text rather than allocated one
// by one.
func Synthetic(n int, seed uint64) extract.Result {
	rng := newSyntheticRand(seed, seed^0x9e3779b97f4a7c15)
	first := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	const days = 30 * 365
	r := extract.Result{Articles: make([]*data.Article, 50)}
	for i := range r.Articles {
		r.Articles[i] = &data.Article{Title: fmt.Sprintf("Synthetic article %d", i+1), Source: "synthetic",
			Published: first.AddDate(0, 0, rng.intN(days))}
	}
	dates := newSyntheticDates(first, days)
	drawn := make([]syntheticSpec, n)
	for i := range drawn {
		day, prec := rng.intN(days), rng.intN(len(syntheticPrecisions))
		w1, w2 := rng.intN(len(syntheticWords)), rng.intN(len(syntheticWords))
		drawn[i] = syntheticSpec{entry: dates.entry(day, prec), words: uint8(w1*len(syntheticWords) + w2),
			article: uint8(rng.intN(len(r.Articles))), seq: int32(i)}
	}
	specs := dates.sorted(drawn)
	r.Events = make([]data.Event, n)
	starts := syntheticStarts()
	parts := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := p*n/parts, (p+1)*n/parts
		wg.Go(func() { dates.events(r.Events[lo:hi], specs[lo:hi], starts, r.Articles) })
	}
	wg.Wait()
	return r
}

// events makes the events of specs into out, which is as long and
// zeroed; starts are syntheticStarts.
func (t syntheticDates) events(out []data.Event, specs []syntheticSpec, starts []string, articles []*data.Article) {
	var text syntheticText
	for i, sp := range specs {
		v := t.dated[sp.entry]
		sentence := text.sentence(starts[sp.words], int(sp.seq)+1)
		// Field by field into the zeroed slice, rather than a whole
		// 176-byte event built and then copied in.
		e := &out[i]
		e.Title, e.Sentence = sentence[:len(sentence)-1], sentence
		e.Value, e.Expr, e.Span = v.value, v.value, v.span
		e.Article, e.Confidence = articles[sp.article], 1
	}
}

// syntheticText cuts sentences from blocks of text: one allocation per
// block rather than one per sentence saves a million of them, and the
// garbage collector then has 24 blocks to mark instead of a million
// strings.
type syntheticText struct {
	block strings.Builder
	num   [20]byte
}

// syntheticBlock is the size of a block of sentences.
const syntheticBlock = 1 << 20

// sentence returns start followed by seq and a full stop: "talks vote
// 12.".
func (t *syntheticText) sentence(start string, seq int) string {
	num := strconv.AppendInt(t.num[:0], int64(seq), 10)
	size := len(start) + len(num) + 1
	if t.block.Cap()-t.block.Len() < size {
		// Sentences already cut keep the old block alive, unchanged.
		t.block = strings.Builder{}
		t.block.Grow(max(syntheticBlock, size))
	}
	at := t.block.Len()
	t.block.WriteString(start)
	t.block.Write(num)
	t.block.WriteByte('.')
	return t.block.String()[at:]
}

// syntheticStarts returns the starts of synthetic sentences, two words and
// a space each ("talks vote "), at w1*len(syntheticWords)+w2: one string
// to copy per sentence rather than four pieces.
func syntheticStarts() []string {
	starts := make([]string, 0, len(syntheticWords)*len(syntheticWords))
	for _, w1 := range syntheticWords {
		for _, w2 := range syntheticWords {
			starts = append(starts, w1+" "+w2+" ")
		}
	}
	return starts
}

// syntheticSpec is one event before it is made: 8 bytes to sort instead
// of a 176-byte event.
type syntheticSpec struct {
	entry   uint16 // into syntheticDates
	words   uint8  // into syntheticStarts
	article uint8
	seq     int32
}

// syntheticRand draws numbers as rand.New(rand.NewPCG(seed1, seed2)).IntN
// does, the same numbers, but calls the PCG directly rather than through
// rand.Source: a million events draw five million numbers, and the calls
// through the interface were a tenth of the corpus's making.
type syntheticRand struct {
	src *rand.PCG
	std *rand.Rand // on the same src; draws on 32-bit platforms, where IntN reduces otherwise
}

func newSyntheticRand(seed1, seed2 uint64) syntheticRand {
	src := rand.NewPCG(seed1, seed2)
	return syntheticRand{src: src, std: rand.New(src)}
}

// intN returns a number in [0,n), n > 0, as rand.Rand.IntN on 64-bit
// platforms: Lemire's multiply-and-reject, masking for powers of two.
func (r syntheticRand) intN(n int) int {
	if math.MaxUint == math.MaxUint32 {
		return r.std.IntN(n)
	}
	m := uint64(n)
	if m&(m-1) == 0 {
		return int(r.src.Uint64() & (m - 1))
	}
	hi, lo := bits.Mul64(r.src.Uint64(), m)
	if lo < m {
		thresh := -m % m
		for lo < thresh {
			hi, lo = bits.Mul64(r.src.Uint64(), m)
		}
	}
	return int(hi)
}

// syntheticDated is a date's value and span.
type syntheticDated struct {
	value string
	span  timex.Span
}

// syntheticKinds are the distinct precisions of syntheticPrecisions.
var syntheticKinds = []timex.Precision{timex.PrecisionDay, timex.PrecisionWeek, timex.PrecisionMonth, timex.PrecisionYear}

// syntheticDates holds every day's value and span at each of
// syntheticKinds (entry day*len(syntheticKinds)+kind), and each entry's
// rank in SortEvents order. Days of one week, month or year share the
// value and span.
type syntheticDates struct {
	dated []syntheticDated
	rank  []int32
	kind  []int32 // syntheticPrecisions index -> syntheticKinds index
}

func newSyntheticDates(first time.Time, days int) syntheticDates {
	nk := len(syntheticKinds)
	if days*nk > math.MaxUint16+1 {
		panic("synthetic dates: too many days for a spec's entry")
	}
	t := syntheticDates{dated: make([]syntheticDated, days*nk), rank: make([]int32, days*nk)}
	for _, p := range syntheticPrecisions {
		t.kind = append(t.kind, int32(slices.Index(syntheticKinds, p)))
	}
	// A day inside the previous day's week, month or year shares its
	// entry, so only the distinct dates (about 13,000 of 44,000 entries)
	// are formatted, parsed and sorted.
	var distinct []int32
	for d := range days {
		day := first.AddDate(0, 0, d)
		for k, prec := range syntheticKinds {
			e := d*nk + k
			if d > 0 && day.Before(t.dated[e-nk].span.End) {
				t.dated[e], t.rank[e] = t.dated[e-nk], -1 // ranked below
				continue
			}
			v := &t.dated[e]
			v.value = syntheticValue(day, prec)
			v.span, _ = timex.ParseValue(v.value)
			distinct = append(distinct, int32(e))
		}
	}
	slices.SortFunc(distinct, func(a, b int32) int {
		sa, sb := t.dated[a].span, t.dated[b].span
		if c := sa.Start.Compare(sb.Start); c != 0 {
			return c
		}
		return sa.End.Compare(sb.End)
	})
	for i, e := range distinct {
		t.rank[e] = int32(i)
	}
	// Entries that share a date share its rank, so their events keep the
	// order they were drawn in, as SortEvents keeps reading order.
	for e := nk; e < len(t.rank); e++ {
		if t.rank[e] < 0 {
			t.rank[e] = t.rank[e-nk]
		}
	}
	return t
}

// entry returns the entry of day at syntheticPrecisions[prec].
func (t syntheticDates) entry(day, prec int) uint16 {
	return uint16(int32(day*len(syntheticKinds)) + t.kind[prec])
}

// sorted returns specs in SortEvents order by a counting sort on the
// dates' ranks, which is stable and takes linear time.
func (t syntheticDates) sorted(specs []syntheticSpec) []syntheticSpec {
	start := make([]int32, len(t.rank)+1)
	for _, sp := range specs {
		start[t.rank[sp.entry]+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	out := make([]syntheticSpec, len(specs))
	for _, sp := range specs {
		r := t.rank[sp.entry]
		out[start[r]] = sp
		start[r]++
	}
	return out
}

// syntheticValue is the TIMEX3 value of day at precision p.
func syntheticValue(day time.Time, p timex.Precision) string {
	switch p {
	case timex.PrecisionYear:
		return day.Format("2006")
	case timex.PrecisionMonth:
		return day.Format("2006-01")
	case timex.PrecisionWeek:
		y, w := day.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	return day.Format("2006-01-02")
}

// PendingSynthetic is a synthetic corpus being made in the background,
// from MakeSynthetic until a window shows it (UI.ShowSynthetic).
type PendingSynthetic struct {
	n    int
	made chan extract.Result
	gc   *collector // paused until shown
}

// MakeSynthetic starts making a synthetic corpus of n events (Synthetic
// with seed 1) in the background, and holds garbage collection back until
// a window has shown it: the events all stay. At start-up main calls it
// before it builds the window, whose 0.1 s of widgets and fonts (at a
// million events a tenth of the first frame) then run beside the making on
// the other processor. Pass the result to ShowSynthetic, once.
func MakeSynthetic(n int) *PendingSynthetic {
	p := &PendingSynthetic{n: n, made: make(chan extract.Result, 1), gc: &processGC}
	p.gc.pause()
	go func() { p.made <- Synthetic(n, 1) }()
	return p
}

// LoadSynthetic shows a synthetic corpus of n events, made off the UI
// thread (see ShowSynthetic).
func (u *UI) LoadSynthetic(n int) <-chan struct{} { return u.ShowSynthetic(MakeSynthetic(n)) }

// ShowSynthetic shows the corpus p once it is made, and meanwhile the
// window opens; the returned channel is closed once the events are shown,
// or dropped because another project was opened first.
func (u *UI) ShowSynthetic(p *PendingSynthetic) <-chan struct{} {
	// Made-up events stand for no article text, so they are shown
	// outside the project and cannot be edited.
	proj := project.New()
	u.setProject(proj, "", fmt.Sprintf("%d synthetic events", p.n))
	u.ids = nil
	shown := make(chan struct{})
	go func() {
		r := <-p.made
		fyne.Do(func() {
			defer close(shown)
			defer p.gc.resumeAfterFrame()
			if u.proj == proj {
				u.setResult(r)
			}
		})
	}()
	return shown
}
