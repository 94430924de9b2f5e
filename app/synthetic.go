package app

import (
	"fmt"
	"math/rand/v2"
	"time"

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
func Synthetic(n int, seed uint64) extract.Result {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	first := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	days := 30 * 365
	r := extract.Result{Articles: make([]*data.Article, 50)}
	for i := range r.Articles {
		r.Articles[i] = &data.Article{Title: fmt.Sprintf("Synthetic article %d", i+1), Source: "synthetic",
			Published: first.AddDate(0, 0, rng.IntN(days))}
	}
	r.Events = make([]data.Event, n)
	for i := range r.Events {
		day := first.AddDate(0, 0, rng.IntN(days))
		value := syntheticValue(day, syntheticPrecisions[rng.IntN(len(syntheticPrecisions))])
		span, _ := timex.ParseValue(value)
		title := fmt.Sprintf("%s %s %d", syntheticWords[rng.IntN(len(syntheticWords))],
			syntheticWords[rng.IntN(len(syntheticWords))], i+1)
		r.Events[i] = data.Event{Title: title, Value: value, Span: span, Expr: value,
			Sentence: title + ".", Article: r.Articles[rng.IntN(len(r.Articles))], Confidence: 1}
	}
	data.SortEvents(r.Events)
	return r
}

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

// LoadSynthetic shows a synthetic corpus of n events.
func (u *UI) LoadSynthetic(n int) {
	// Made-up events stand for no article text, so they are shown
	// outside the project and cannot be edited.
	u.setProject(project.New(), "", fmt.Sprintf("%d synthetic events", n))
	u.ids = nil
	u.setResult(Synthetic(n, 1))
}
