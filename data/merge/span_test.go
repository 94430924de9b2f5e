package merge_test

import (
	"time"

	"github.com/dateline/dateline/data/timex"
)

// spanOf is the span of one calendar day.
func spanOf(day time.Time) timex.Span {
	return timex.Span{Start: day, End: day.AddDate(0, 0, 1), Precision: timex.PrecisionDay}
}
