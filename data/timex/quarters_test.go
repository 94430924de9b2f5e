package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// quarterCases are typed and spelled-out quarters and halves. Values by
// the calendar: a quarter without its year is the latest begun in a past
// clause and the next not yet ended (or the one just ended) in a future
// one; 15 January 2025 falls in 2025-Q1 and 2025-H1, 15 August 2025 in
// 2025-Q3 and 2025-H2, 27 November 2024 in 2024-Q4.
var quarterCases = []tagCase{
	{"Revenue rose 8% in Q4 2024, the company said.", day(2025, 1, 15), "Q4 2024", timex.Date, "2024-Q4", ""},
	{"Revenue rose 8% in Q4 of 2024.", day(2025, 1, 15), "Q4 of 2024", timex.Date, "2024-Q4", ""},
	{"Margins widened in Q4'24.", day(2025, 1, 15), "Q4'24", timex.Date, "2024-Q4", ""},
	{"Sales fell in the fourth quarter of 2024.", day(2025, 1, 15), "the fourth quarter of 2024", timex.Date, "2024-Q4", ""},
	{"Profit in 3Q24 beat forecasts.", day(2025, 1, 15), "3Q24", timex.Date, "2024-Q3", ""},
	{"Profit in 3Q 2024 beat forecasts.", day(2025, 1, 15), "3Q 2024", timex.Date, "2024-Q3", ""},
	{"Sales in H1 2025 were flat.", day(2025, 8, 15), "H1 2025", timex.Date, "2025-H1", ""},
	{"Margins narrowed in 1H25.", day(2025, 8, 15), "1H25", timex.Date, "2025-H1", ""},
	{"Guidance for Q3 FY2025 was cut.", day(2025, 1, 15), "Q3 FY2025", timex.Date, "2025-Q3", ""},
	{"Guidance for Q3 FY25 was cut.", day(2025, 1, 15), "Q3 FY25", timex.Date, "2025-Q3", ""},
	// A bare quarter takes its year from the verb group.
	{"The firm reported a loss in Q1.", day(2025, 8, 15), "Q1", timex.Date, "2025-Q1", ""},
	{"The firm reported a loss in Q4.", day(2025, 2, 12), "Q4", timex.Date, "2024-Q4", ""},
	{"The firm expects a rebound in Q1.", day(2025, 8, 15), "Q1", timex.Date, "2026-Q1", ""},
	{"Deliveries will resume in Q4.", day(2025, 8, 15), "Q4", timex.Date, "2025-Q4", ""},
	{"The chipmaker is expected to report a profit for Q2 next week.", day(2025, 8, 15), "Q2", timex.Date, "2025-Q2", ""},
	{"Shipments should pick up in the first quarter.", dct27, "the first quarter", timex.Date, "2025-Q1", ""},
	{"The chipmaker will report Q4 results on Thursday.", day(2025, 1, 20), "Q4", timex.Date, "2024-Q4", ""},
	{"Revenue in Q2 rose 3% from Q1.", day(2025, 2, 12), "Q2", timex.Date, "2024-Q2", ""},
	{"Shipments picked up in the first half.", dct27, "the first half", timex.Date, "2024-H1", ""},
	{"The new line opens in the second half.", day(2025, 8, 15), "the second half", timex.Date, "2025-H2", ""},
	{"Sales growth slowed in first half.", day(2025, 8, 15), "first half", timex.Date, "2025-H1", ""},
	{"The firm will report first-half results on Tuesday.", day(2025, 8, 15), "first-half", timex.Date, "2025-H1", ""},
	// A fiscal quarter follows the company's year, which the text seldom
	// gives: the first one named is the latest completed (the one just
	// reported), the one under way when the clause looks ahead, or the
	// one its end day falls in; later ones count from the first.
	{"The chipmaker reported record profit for its fiscal fourth quarter on Thursday.", day(2015, 7, 9), "fiscal fourth quarter", timex.Date, "2015-Q2", ""},
	{"The retailer expects fiscal second-quarter sales to fall.", day(2019, 8, 20), "fiscal second-quarter", timex.Date, "2019-Q3", ""},
	{"The airline earned a record in the fiscal first quarter ended Sept. 30.", day(1989, 10, 26), "the fiscal first quarter", timex.Date, "1989-Q3", ""},
	{"Profit rose in its fiscal fourth quarter. It expects weaker orders in the fiscal first quarter.", day(2015, 7, 9), "the fiscal first quarter", timex.Date, "2015-Q3", ""},
	{"Profit rose in its fiscal fourth quarter, after a loss in the fiscal third quarter.", day(2018, 11, 8), "the fiscal third quarter", timex.Date, "2018-Q2", ""},
	{"Profit rose in its fiscal fourth quarter. Net income in the quarter was 412 million.", day(2018, 11, 8), "the quarter", timex.Date, "2018-Q3", ""},
	// Codes that are no quarter or half.
	{"Cases of H1N1 rose.", day(2025, 1, 15), "H1N1", "", "", ""},
	{"The Q45 drone flew.", day(2025, 1, 15), "Q45", "", "", ""},
	{"Use an h1 heading.", day(2025, 1, 15), "h1", "", "", ""},
	{"1h ago: Putin lands in Astana", day(2025, 1, 15), "1h", "", "", ""},
	{"Updated 2h ago", day(2025, 8, 15), "2h", "", "", ""},
	{"She scored 12 points in Q4 as the Lakers won 101-96.", day(2025, 1, 15), "Q4", "", "", ""},
	{"He scored in Q5 of the game.", day(2025, 1, 15), "Q5", "", "", ""},
	// A round of a competition, whether or not its sentence has other cues.
	{"Dunmore face Kelby in the quarter-final in Paris.", day(2019, 3, 14), "the quarter", "", "", ""},
	{"The quarter-finals were sold out, the club said.", day(2019, 3, 14), "The quarter", "", "", ""},
	{"Last year's quarter-final drew a record crowd.", day(2019, 3, 14), "Last year", timex.Date, "2018", ""},
}

func TestTag_Quarters(t *testing.T) { checkTagCases(t, quarterCases) }
