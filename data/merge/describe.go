package merge

import (
	"fmt"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/timex"
)

// Describe says what a disagreement is about, naming each side's date
// and sources: "Sources disagree: 19 Nov 2024 (Daily A) vs 20 Nov 2024
// (Daily B)".
func (r Result) Describe(d Disagreement) string {
	a, b := r.Groups[d.A], r.Groups[d.B]
	return fmt.Sprintf("Sources disagree: %s (%s) vs %s (%s)", SpanLabel(a.Event.Span), sources(a), SpanLabel(b.Event.Span), sources(b))
}

// sources names a group's sources, joined by commas.
func sources(g Group) string {
	s := ""
	for i, e := range g.Reports {
		if i > 0 {
			s += ", "
		}
		s += SourceName(e.Article)
	}
	return s
}

// SourceName is how a report's source is named to the user: the outlet
// when the article names one, else its title, else its file or URL.
func SourceName(a *data.Article) string {
	switch {
	case a == nil:
		return "unknown source"
	case a.Outlet != "":
		return a.Outlet
	case a.Title != "":
		return a.Title
	}
	return a.Source
}

// SpanLabel writes a span as briefly as its precision allows: "19 Nov
// 2024", "week of 18 Nov 2024", "November 2024", "2024".
func SpanLabel(s timex.Span) string {
	switch {
	case s.Precision.IsPoint():
		return s.Start.Format("2 Jan 2006")
	case s.Precision == timex.PrecisionWeek:
		return "week of " + s.Start.Format("2 Jan 2006")
	case s.Precision == timex.PrecisionMonth:
		return s.Start.Format("January 2006")
	case s.Precision == timex.PrecisionYear:
		return s.Start.Format("2006")
	}
	return s.Start.Format("2 Jan 2006") + "–" + s.LastDay().Format("2 Jan 2006")
}
