package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// dct8Jan2023 is Sunday 8 January 2023, the day of the news29 tune
// article on a winter gas crunch.
var dct8Jan2023 = time.Date(2023, 1, 8, 0, 0, 0, 0, time.UTC)

// TestNews29Tag holds the news29 cases that name no calendar date, which
// the direction files cannot write, with near-misses that must keep theirs.
func TestNews29Tag(t *testing.T) {
	checkTagCases(t, []tagCase{
		{"Storage has been drawn down more slowly than in any winter since 2014.", dct8Jan2023, "winter", "", "", ""},
		{"Demand has not been this low in any summer on record.", dct8Jan2023, "summer", "", "", ""},
		// An adjective between the article and the season keeps it.
		{"A warm summer reduced demand for power.", dct8Jan2023, "summer", timex.Date, "2022-SU", ""},
		{"Prices fell back to where they stood before the summer.", dct8Jan2023, "the summer", timex.Date, "2022-SU", ""},
		// "the last day of" an occasion the story names is a day the
		// calendar does not place (no event), not the day before.
		{"The hosts won a record 51st gold on the last day of the Games.", dct8Jan2023, "the last day", timex.Date, "XXXX-XX-XX", ""},
		{"He will travel to Porto on the last day of his visit.", dct8Jan2023, "the last day", timex.Date, "XXXX-XX-XX", ""},
		{"The walkout falls on the last day of the month.", dct8Jan2023, "the last day of the month", timex.Date, "2023-01-31", ""},
		// A weekday that makes a practice of any such day is none.
		{"Talks could resume if the companies drop their demand for Sunday working.", dct8Jan2023, "Sunday", "", "", ""},
		{"Shopkeepers campaigned against Sunday trading.", dct8Jan2023, "Sunday", "", "", ""},
		// Not after such a word: the weekday dates the sentence.
		{"On Sunday trading was light.", dct8Jan2023, "Sunday", timex.Date, "2023-01-08", ""},
	})
}
