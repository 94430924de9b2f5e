package project

import (
	"slices"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// The precision classes a filter keeps, from fine to coarse.
const (
	ClassDay   = "day"   // a day or finer
	ClassWeek  = "week"  // a week
	ClassMonth = "month" // a month, quarter, season or half-year
	ClassYear  = "year"  // a year or coarser, or no precision at all
)

// PrecisionClasses are the classes in the order a filter lists them.
var PrecisionClasses = []string{ClassDay, ClassWeek, ClassMonth, ClassYear}

// PrecisionClass names the class of p that Filter.Precisions keeps.
func PrecisionClass(p timex.Precision) string {
	switch {
	case p.IsPoint():
		return ClassDay
	case p == timex.PrecisionWeek:
		return ClassWeek
	case p >= timex.PrecisionHalf:
		return ClassMonth
	}
	return ClassYear
}

// matchView applies the filters the timeline's legend and Filters dialog
// set: sources left out, precision classes, date range.
func (f Filter) matchView(e Event) bool {
	if len(f.Without) > 0 && e.Article != nil && slices.Contains(f.Without, e.Article.Source) {
		return false
	}
	if len(f.Precisions) > 0 && !slices.Contains(f.Precisions, PrecisionClass(e.Span.Precision)) {
		return false
	}
	return f.Range == nil || f.Range.overlaps(e.Span)
}

// Range is a stretch of time a filter keeps the events of; a zero From
// or To leaves that side open.
type Range struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// overlaps reports whether s shares an instant with r.
func (r *Range) overlaps(s timex.Span) bool {
	return (r.From.IsZero() || s.End.After(r.From)) && (r.To.IsZero() || s.Start.Before(r.To))
}

// Active reports whether the filter leaves any event out other than the
// hidden ones, so the status line says how many are shown.
func (f Filter) Active() bool {
	return len(f.Sources) > 0 || len(f.Tags) > 0 || f.MinConfidence > 0 || len(f.Without) > 0 ||
		len(f.Precisions) > 0 || f.Range != nil
}
