package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// TestChronologyEntries holds chronology boxes of our own wording; the
// values were checked against the calendar (2025-07-14 is a Monday,
// 2021-02-09 a Tuesday).
func TestChronologyEntries(t *testing.T) {
	jul14 := time.Date(2025, 7, 14, 0, 0, 0, 0, time.UTC)
	feb9 := time.Date(2021, 2, 9, 0, 0, 0, 0, time.UTC)
	checkTagCases(t, []tagCase{
		// A day and month heading an entry is the first such day on or
		// after the date heading the entry on the line above.
		{"Key dates\n- August 2022: The auditors quit\n- 2 December: The chain calls in administrators", jul14,
			"2 December", timex.Date, "2022-12-02", ""},
		{"Key dates\n- 6 August 2024: Three former directors are charged\n- 16 July: Their trial opens", jul14,
			"16 July", timex.Date, "2025-07-16", ""},
		// Entries without a year follow each other.
		{"Key dates\n- March 2020: The owner promises repairs\n- 12 January: Inspectors write again\n- 4 February: The rain starts", feb9,
			"4 February", timex.Date, "2021-02-04", ""},
		// Near-miss: without a dated entry above, the day is read from the
		// day of writing, as before.
		{"Key dates\n- 16 July: The trial opens", jul14, "16 July", timex.Date, "2025-07-16", ""},
		// Near-miss: a day in running text after a dated entry is not an
		// entry of its own.
		{"- August 2022: The auditors quit\nThe chain called in administrators on 2 December.", jul14,
			"2 December", timex.Date, "2024-12-02", ""},
		// "The year" or "the month" in an entry's text is the heading's.
		{"Key dates\n- October 2019: Inspectors report cracks\n- March 2020: The owner promises repairs by the end of the year", feb9,
			"the end of the year", timex.Date, "2020", "END"},
		{"Key dates\n- 1974: The board takes over the dam and plans repairs by the end of the month", feb9,
			"the end of the month", timex.Date, "2021-02", "END"},
		// Near-miss: out of an entry, the year of writing.
		{"The owner promised repairs in March 2020.\nThey are due by the end of the year.", feb9,
			"the end of the year", timex.Date, "2021", "END"},
		// A year before 1900 heading an entry, over a later year or a month
		// on the next line, is a year.
		{"Key dates\n- 1897: The dam is finished\n- 1974: The water board takes it over", feb9,
			"1897", timex.Date, "1897", ""},
		{"Key dates\n- 1066: The battle\n- March 1067: The coronation", feb9, "1066", timex.Date, "1066", ""},
		// Near-miss: a count heading a line of figures is no year.
		{"By the numbers\n1500: soldiers sent\n1200: wounded", feb9, "1500", "", "", ""},
	})
}
