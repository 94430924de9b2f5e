package app

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
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
// small specs, sorts those, and builds each event once in its final place;
// a day's value and span at each precision are made once and shared.
func Synthetic(n int, seed uint64) extract.Result {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	first := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	const days = 30 * 365
	r := extract.Result{Articles: make([]*data.Article, 50)}
	for i := range r.Articles {
		r.Articles[i] = &data.Article{Title: fmt.Sprintf("Synthetic article %d", i+1), Source: "synthetic",
			Published: first.AddDate(0, 0, rng.IntN(days))}
	}
	dates := newSyntheticDates(first, days)
	drawn := make([]syntheticSpec, n)
	for i := range drawn {
		d := syntheticDate{day: int32(rng.IntN(days)), prec: uint8(rng.IntN(len(syntheticPrecisions)))}
		drawn[i] = syntheticSpec{date: d, words: [2]uint8{uint8(rng.IntN(len(syntheticWords))),
			uint8(rng.IntN(len(syntheticWords)))}, article: uint8(rng.IntN(len(r.Articles))), seq: int32(i)}
	}
	specs := dates.sorted(drawn)
	r.Events = make([]data.Event, n)
	var buf []byte
	for i, sp := range specs {
		v := dates.at(sp.date)
		buf = append(append(append(buf[:0], syntheticWords[sp.words[0]]...), ' '), syntheticWords[sp.words[1]]...)
		buf = append(strconv.AppendInt(append(buf, ' '), int64(sp.seq)+1, 10), '.')
		sentence := string(buf)
		r.Events[i] = data.Event{Title: sentence[:len(sentence)-1], Value: v.value, Span: v.span, Expr: v.value,
			Sentence: sentence, Article: r.Articles[sp.article], Confidence: 1}
	}
	return r
}

// syntheticDate is a day of the synthetic range at one of
// syntheticPrecisions.
type syntheticDate struct {
	day  int32
	prec uint8
}

// syntheticSpec is one event before it is made: 12 bytes to sort instead
// of a 200-byte event.
type syntheticSpec struct {
	date    syntheticDate
	words   [2]uint8
	article uint8
	seq     int32
}

// syntheticDated is a date's value and span.
type syntheticDated struct {
	value string
	span  timex.Span
}

// syntheticDates holds every day's value and span at each precision
// (entry day*len(syntheticPrecisions)+precision), and each entry's rank in
// SortEvents order.
type syntheticDates struct {
	dated []syntheticDated
	rank  []int32
}

func newSyntheticDates(first time.Time, days int) syntheticDates {
	np := len(syntheticPrecisions)
	t := syntheticDates{dated: make([]syntheticDated, days*np), rank: make([]int32, days*np)}
	for d := range days {
		day := first.AddDate(0, 0, d)
		for p, prec := range syntheticPrecisions {
			v := &t.dated[d*np+p]
			v.value = syntheticValue(day, prec)
			v.span, _ = timex.ParseValue(v.value)
		}
	}
	order := make([]int32, len(t.dated))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		sa, sb := t.dated[a].span, t.dated[b].span
		if c := sa.Start.Compare(sb.Start); c != 0 {
			return c
		}
		return sa.End.Compare(sb.End)
	})
	// Entries with the same span share a rank, so their events keep the
	// order they were drawn in, as SortEvents keeps reading order.
	for i, e := range order {
		if i > 0 && t.dated[e].span == t.dated[order[i-1]].span {
			t.rank[e] = t.rank[order[i-1]]
		} else {
			t.rank[e] = int32(i)
		}
	}
	return t
}

func (t syntheticDates) entry(d syntheticDate) int {
	return int(d.day)*len(syntheticPrecisions) + int(d.prec)
}

func (t syntheticDates) at(d syntheticDate) syntheticDated { return t.dated[t.entry(d)] }

// sorted returns specs in SortEvents order by a counting sort on the
// dates' ranks, which is stable and takes linear time.
func (t syntheticDates) sorted(specs []syntheticSpec) []syntheticSpec {
	start := make([]int32, len(t.rank)+1)
	for _, sp := range specs {
		start[t.rank[t.entry(sp.date)]+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	out := make([]syntheticSpec, len(specs))
	for _, sp := range specs {
		r := t.rank[t.entry(sp.date)]
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

// LoadSynthetic shows a synthetic corpus of n events. The events are made
// off the UI thread, so at start-up the window opens meanwhile (they are
// a third of the first frame's CPU at a million); the returned channel is
// closed once they are shown, or dropped because another project was
// opened first.
func (u *UI) LoadSynthetic(n int) <-chan struct{} {
	// Made-up events stand for no article text, so they are shown
	// outside the project and cannot be edited.
	p := project.New()
	u.setProject(p, "", fmt.Sprintf("%d synthetic events", n))
	u.ids = nil
	shown := make(chan struct{})
	go func() {
		r := Synthetic(n, 1)
		fyne.Do(func() {
			defer close(shown)
			if u.proj == p {
				u.setResult(r)
			}
		})
	}()
	return shown
}
