package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// news25Cases are classes found in the errors of tune-291..300, in
// sentences of our own. 30 December 2025 is a Tuesday, 2 January 2010 a
// Saturday, 31 October 2008 a Friday, 8 June 2016 a Wednesday, 10 February
// 2014 a Monday, 19 January 2024 a Friday,
// 15 January 2022 a Saturday.
var news25Cases = []tagCase{
	// A cricket score's "dec" (declared) after a number no day can be
	// is no December; a day range or a single day before it still is.
	{"Rovers 301 & 214-7 dec beat Vale by 90 runs.", dec30, "7 dec", "", "", ""},
	{"Vale 188 and 262-8 dec (Ahmed 4-51)", dec30, "8 dec", "", "", ""},
	{"gigs on 14-15 dec!!", dec30, "15 dec", timex.Date, "2025-12-15", ""},
	// A capitalised short weekday before a date opens it, as a fixture
	// list writes it, and is no verb "sat" in the past; alone it still is.
	{"Sat Jan 16: Pelham United v Ashgrove Rovers (3pm)", jan2, "Sat Jan 16", timex.Date, "2010-01-16", ""},
	{"Wed 3 Feb: Harlow v Rovers", jan2, "Wed 3 Feb", timex.Date, "2010-02-03", ""},
	{"Sat down, the keeper said.", jan2, "Sat", "", "", ""},
	// Nor is it the past verb for a kick-off time on the line before.
	{"Tuesday: Kelby Town v Ashgrove Rovers (7.45pm)\nSat Jan 9: Ashgrove Rovers v Stenmouth (3pm)", jan2, "7.45pm", timex.Time, "2010-01-05T19:45", ""},
	// A recurring season may name its hemisphere, and a span of months
	// set off after it says when it falls each year: all one set. A
	// season or month outside such a set keeps its date.
	{"The ozone hole forms each southern spring, from August to October, when sunlight returns.", oct31, "each southern spring, from August to October", timex.Set, "XXXX-SP", ""},
	{"Each northern winter the ice grows.", oct31, "Each northern winter", timex.Set, "XXXX-WI", ""},
	{"The southern spring was mild.", oct31, "spring", timex.Date, "2008-SP", ""},
	{"The hole formed each spring, and in August it grew.", oct31, "August", timex.Date, "2008-08", ""},
	// "overnight from Thursday 18 into Friday 19 November 2021": the
	// night the written morning ends, one expression; "from" before the
	// first weekday as "on" is; a place after "from" is no night's.
	{"The dam released its water overnight from Thursday 18 into Friday 19 November 2021.", oct31, "overnight from Thursday 18 into Friday 19 November 2021", timex.Time, "2021-11-18TNI", ""},
	{"It rained overnight from Sunday into Monday.", oct31, "overnight from Sunday into Monday", timex.Time, "2008-10-26TNI", ""},
	{"The train ran overnight from London to Paris.", oct31, "overnight", timex.Time, "2008-10-30TNI", ""},
	// A weekday dating the attribution that ends a sentence after the
	// day it tells of is no day for a clock time in the next sentence;
	// with no other day in its sentence, the report's day is the story's.
	{"The probe is scheduled to lift off on Thursday, the agency said on Wednesday. The rocket is due to leave at 21:14 GMT.", jun8, "21:14 GMT", timex.Time, "2016-06-09T21:14", ""},
	{"The probe lifted off, the agency said on Monday. The rocket left its pad at 21:14 GMT.", jun8, "21:14 GMT", timex.Time, "2016-06-06T21:14", ""},
	// A split financial year runs to the month the text says the year
	// ends, or the one before it begins; else April to March.
	{"The council must adopt its budget for the 2024/25 financial year, which begins on 1 July.", jun8, "the 2024", timex.Date, "2024-07", ""},
	{"The council must adopt its budget for the 2024/25 financial year.", jun8, "the 2024", timex.Date, "2024-04", ""},
	// The heading over a list says whether the days heading its entries
	// are to come ("Fixtures") or gone ("Results"); a timeline's day
	// without one is the nearest.
	{"Fixtures (all times GMT)\nFriday: Sables v Lorient-Mer (1930)\nSaturday: Rennac v Brioude (1600)", feb10, "Friday", timex.Date, "2014-02-14", ""},
	{"Fixtures (all times GMT)\nFriday: Sables v Lorient-Mer (1930)\nSaturday: Rennac v Brioude (1600)", feb10, "Saturday", timex.Date, "2014-02-15", ""},
	{"Results\nSaturday: Rennac 2 Brioude 1", feb12, "Saturday", timex.Date, "2014-02-08", ""},
	{"Timeline\nFriday - Talks open in Vienna", feb10, "Friday", timex.Date, "2014-02-07", ""},
	// A clock time's zone may be Indian, Japanese, Australian …: the day
	// after it is still the clock time's own.
	{"The company will hold an investor call at 6.30 pm IST on Monday, 22 January.", jan19, "6.30 pm IST on Monday, 22 January", timex.Time, "2024-01-22T18:30", ""},
	{"Trading resumes at 9am AEST on Monday.", jan19, "9am AEST on Monday", timex.Time, "2024-01-22T09:00", ""},
	// "the days before the raid" is a stretch of days with no end, no
	// day before the one named last as "the day before" is; "before"
	// and its object stay outside, a TimeML signal (s14-f).
	{"The raid came on Thursday. Police watched the car in the days before the raid.", jan15, "the days", timex.Duration, "PXD", ""},
	{"Somebody will have seen that Audi in the days before the raid on Thursday.", jan15, "the days", timex.Duration, "PXD", ""},
	{"the gig on 6 dec was amazing", dec30, "6 dec", timex.Date, "2025-12-06", ""},
}

var (
	dec30 = time.Date(2025, 12, 30, 0, 0, 0, 0, time.UTC)
	jan2  = time.Date(2010, 1, 2, 0, 0, 0, 0, time.UTC)
	oct31 = time.Date(2008, 10, 31, 0, 0, 0, 0, time.UTC)
	jun8  = time.Date(2016, 6, 8, 0, 0, 0, 0, time.UTC)
	feb10 = time.Date(2014, 2, 10, 0, 0, 0, 0, time.UTC)
	feb12 = time.Date(2014, 2, 12, 0, 0, 0, 0, time.UTC)
	jan19 = time.Date(2024, 1, 19, 0, 0, 0, 0, time.UTC)
	jan15 = time.Date(2022, 1, 15, 0, 0, 0, 0, time.UTC)
)

func TestTag_News25(t *testing.T) {
	checkTagCases(t, news25Cases)
}

// TestNumberedFiscalYearEnd checks that a text saying when its fiscal
// year begins dates the end of a numbered fiscal year the month before,
// that other words after "fiscal year" still give nothing, and that the
// beginning does not shift bare quarters (FiscalYearEnd).
func TestNumberedFiscalYearEnd(t *testing.T) {
	for _, c := range []struct {
		text           string
		want, wantBare int
	}{
		{"The agency asks for more in fiscal 2009. The fiscal year began on Oct. 1.", 9, 0},
		{"The council's financial year starts in April.", 3, 0},
		{"Its fiscal year begins in January.", 12, 0},
		{"The fiscal year began badly for the chain.", 0, 0},
		// A day number may come before the month, as British and
		// Australian papers write it.
		{"Profit for the financial year, which ended on 30 June, rose.", 6, 6},
		{"The budget for the 2024/25 financial year, which begins on 1 July, is due.", 6, 3},
		{"The retailer's fiscal year ends on the last Saturday of May.", 5, 5},
		// "late" before the month of the end, "next" before that of the
		// beginning (our sentences, session 12).
		{"The toolmaker, whose fiscal year ends in late September, kept its outlook.", 9, 9},
		{"It expects gains in its 2013 fiscal year, which begins next October.", 9, 0},
		{"The chain's fiscal year ends on the Saturday nearest January 31.", 1, 1},
		{"Its fiscal year ends on the Monday after Easter.", 0, 0},
	} {
		if got := timex.NumberedFiscalYearEnd(c.text); got != c.want {
			t.Errorf("NumberedFiscalYearEnd(%q) = %d, want %d", c.text, got, c.want)
		}
		if got := timex.FiscalYearEnd(c.text); got != c.wantBare {
			t.Errorf("FiscalYearEnd(%q) = %d, want %d", c.text, got, c.wantBare)
		}
	}
}
