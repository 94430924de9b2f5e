package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// dct14Mar2025 is Friday 14 March 2025 (checked against the calendar),
// the day a live page of our own began; it ran past midnight into the
// Saturday.
var dct14Mar2025 = time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)

// pastMidnightPage is a live page, newest entry on top, whose two top
// entries were written after midnight.
const pastMidnightPage = "Floods live\n\n" +
	"01.10 GMT\nThe river peaked an hour ago. Roads stay shut until noon.\n\n" +
	"00.20 GMT\nCrews are still pumping out the station.\n\n" +
	"23.40 GMT\nThe last train left at 11pm. Trains resume tomorrow.\n\n" +
	"21.05 GMT\nThe council opened a rest centre.\n\n" +
	"18.30 GMT\nWelcome to our coverage of the floods.\n"

// TestTag_LivePagePastMidnight checks that the entries of a live page
// stamped after midnight, above an entry of the late evening, are of the
// day after the page's, with the clock times and deictic days in them,
// while the entries below stay on the page's day.
func TestTag_LivePagePastMidnight(t *testing.T) {
	checkTagCases(t, []tagCase{
		{pastMidnightPage, dct14Mar2025, "01.10 GMT", timex.Time, "2025-03-15T01:10", ""},
		{pastMidnightPage, dct14Mar2025, "an hour ago", timex.Date, "2025-03-15", ""},
		{pastMidnightPage, dct14Mar2025, "noon", timex.Time, "2025-03-15T12:00", ""},
		{pastMidnightPage, dct14Mar2025, "00.20 GMT", timex.Time, "2025-03-15T00:20", ""},
		{pastMidnightPage, dct14Mar2025, "23.40 GMT", timex.Time, "2025-03-14T23:40", ""},
		{pastMidnightPage, dct14Mar2025, "11pm", timex.Time, "2025-03-14T23:00", ""},
		{pastMidnightPage, dct14Mar2025, "tomorrow", timex.Date, "2025-03-15", ""},
		{pastMidnightPage, dct14Mar2025, "18.30 GMT", timex.Time, "2025-03-14T18:30", ""},
		// Near-miss: stamps that run oldest first are a day's programme,
		// all of the page's day.
		{"Results live\n\n09.00 GMT\nPolls open.\n\n14.30 GMT\nTurnout is high.\n\n22.00 GMT\nPolls close.\n\n08.15 GMT\nA pinned note.\n",
			dct14Mar2025, "08.15 GMT", timex.Time, "2025-03-14T08:15", ""},
		// Near-miss: an entry pinned out of order, a morning's above an
		// afternoon's, leaves most of a day between: no midnight.
		{"Talks live\n\n16.40 GMT\nTalks resume.\n\n09.10 GMT\nA summary of the day.\n\n15.55 GMT\nDelegates arrive.\n\n12.20 GMT\nThe venue opens.\n",
			dct14Mar2025, "16.40 GMT", timex.Time, "2025-03-14T16:40", ""},
		// 12-hour stamps with a.m. and p.m., as American pages write them.
		{"Storm live\n\n12:20 a.m. ET\nPower is out.\n\n11:05 p.m. ET\nLandfall.\n\n9:15 p.m. ET\nAirports close.\n",
			dct14Mar2025, "12:20 a.m. ET", timex.Time, "2025-03-15T00:20", ""},
	})
}
