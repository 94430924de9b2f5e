package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// dct1101 is Wednesday 1 November 1989, in the fourth quarter, so that
// the quarter an earnings report covers (the third) is not the dct's.
var dct1101 = time.Date(1989, 11, 1, 0, 0, 0, 0, time.UTC)

// valueClassCases are value classes found in the tuning halves of the
// corpora, each in sentences of our own; the values follow the TimeML
// guidelines and TimeBank's practice.
var valueClassCases = []tagCase{
	// "The 1988 period" while a quarter is in focus is that quarter in
	// 1988; the comparisons after it stay on that quarter.
	{"The brewer said third-quarter profit rose 8%. In the 1989 period, its taxes were lower.", dct1101,
		"the 1989 period", timex.Date, "1989-Q3", ""},
	{"The brewer said third-quarter profit rose 8%. In the 1989 period, taxes were lower than a year ago.", dct1101,
		"a year ago", timex.Date, "1988-Q3", ""},
	{"Third-quarter sales slipped. Margins in the 1988 period were wider. Costs in the year-earlier period included a charge.", dct1101,
		"year-earlier period", timex.Date, "1988-Q3", ""},
	// After a stretch of months the period is that stretch: the year.
	{"Third-quarter sales slipped. For the first nine months, net was $12 million, against a loss in the 1988 period.", dct1101,
		"the 1988 period", timex.Date, "1988", ""},
	// With no quarter in focus the year stands alone.
	{"Sales in the 1988 period were a record.", dct1101, "the 1988 period", timex.Date, "1988", ""},
	// A quarter named with the year of the report is the quarter
	// reported on, so "the same period a year earlier" is that quarter a
	// year back (dates checked: 16 October 2009 is in Q4, Q3 just ended).
	{"The bank lost $2 billion in the third quarter of this year. In the same period a year earlier it gained.",
		time.Date(2009, 10, 16, 0, 0, 0, 0, time.UTC), "the same period a year earlier", timex.Date, "2008-Q3", ""},
	{"The bank lost $2 billion in the third quarter of 2009. In the same period a year earlier it gained.",
		time.Date(2009, 10, 16, 0, 0, 0, 0, time.UTC), "the same period a year earlier", timex.Date, "2008-Q3", ""},
	// A quarter of another year stays a comparison.
	{"Sales rose in the third quarter. They had fallen in the first quarter of 2001. The quarter ended Sept. 30.",
		time.Date(2009, 10, 16, 0, 0, 0, 0, time.UTC), "The quarter", timex.Date, "2009-Q3", ""},
	// "The years" after "over" or before "ahead" is a stretch of unknown
	// length; "the years of" something names no stretch of its own.
	{"The mill has changed hands many times over the years.", dct27, "the years", timex.Duration, "PXY", ""},
	{"Ties have cooled through the decades.", dct27, "the decades", timex.Duration, "PXDE", ""},
	{"Lenders expect more defaults in the months ahead.", dct27, "the months ahead", timex.Duration, "PXM", ""},
	// The British "financial year" is the fiscal year, written as the
	// year, as TimeBank writes "the current fiscal year"; "the very" end
	// or beginning is the end or the beginning.
	{"Sales rose in the financial year.", dct27, "the financial year", timex.Date, "2024", ""},
	{"Cuts come by the end of the financial year.", dct27, "the end of the financial year", timex.Date, "2024", "END"},
	{"Hiring froze at the end of the fiscal year.", dct27, "the end of the fiscal year", timex.Date, "2024", "END"},
	{"Sales will rise next financial year.", dct27, "next financial year", timex.Date, "2025", ""},
	{"The very beginning of the financial year was slow.", dct27, "The very beginning of the financial year", timex.Date, "2024", "START"},
	{"The strike ended at the very end of 2023.", dct27, "the very end of 2023", timex.Date, "2023", "END"},
	// A quoted time that is not a programme's title stays a time.
	{"The envoy's \"48 hours\" deadline passed.", dct27, "48 hours", timex.Duration, "PT48H", ""},
	{"The memo's \"25 November 2024\" deadline was missed.", dct27, "25 November 2024", timex.Date, "2024-11-25", ""},
	// "March" after a preposition or before a noun stays a date: the
	// month, or before "quarter" the quarter it closes.
	{"Talks were held in March for the first time.", dct27, "March", timex.Date, "2024-03", ""},
	{"The March figures were weak.", dct27, "March", timex.Date, "2024-03", ""},
	{"Sales in the March quarter rose.", dct27, "the March quarter", timex.Date, "2024-Q1", ""},
	// "Early", "late" and "mid" before a part of the day: that part of
	// the day the story is on, with the modifier.
	{"By mid afternoon the shelling had stopped.", dct27, "mid afternoon", timex.Time, "2024-11-27TAF", "MID"},
	{"Shares slid in mid-morning trading.", dct27, "mid-morning", timex.Time, "2024-11-27TMO", "MID"},
	{"The rain eased in the late afternoon.", dct27, "the late afternoon", timex.Time, "2024-11-27TAF", "END"},
	{"Early evening crowds filled the square.", dct27, "Early evening", timex.Time, "2024-11-27TEV", "START"},
	{"The envoy landed on 19 November 2024. Talks began in the early morning.", dct27, "the early morning",
		timex.Time, "2024-11-19TMO", "START"},
	// The day is the one the story is on even with a year named since
	// (Saturday 30 November 2024: Friday is the 29th).
	{"The museum reopened on Friday after a rebuild begun in 2021. Visitors queued from early morning.",
		time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC), "early morning", timex.Time, "2024-11-29TMO", "START"},
	// The opening or closing stretch of something, of unknown length.
	{"Hundreds were taken prisoner in the first hours of the offensive.", dct27, "the first hours", timex.Duration, "PTXH", ""},
	{"Fewer patients are saved in the early years.", dct27, "the early years", timex.Duration, "PXY", ""},
	{"In the final weeks of the campaign the polls tightened.", dct27, "the final weeks", timex.Duration, "PXW", ""},
	// ... but "the early hours of Thursday" are Thursday's.
	{"Police made the arrest in the early hours of Tuesday morning.", dct27, "Tuesday morning", timex.Time, "2024-11-26TMO", ""},
	// A bare "the year" is the year under way where a report counts in
	// it; in a history, the year the story has reached.
	{"Shares hit a high for the year of $42 in June.", dct1101, "the year", timex.Date, "1989", ""},
	{"Revenue rose through the first nine months of the year.", dct1101, "the year", timex.Date, "1989", ""},
	{"Sales should stay flat for the rest of the year.", dct1101, "the year", timex.Date, "1989", ""},
	{"The army landed in 1915. It pushed north in 1916. For the rest of the year the lines held.", dct27,
		"the year", timex.Date, "1916", ""},
	// "Future" as a noun is a time to come; as an adjective it is not
	// tagged (TimeBank leaves "future earnings" alone).
	{"A judge will now decide the girl's future.", dct27, "future", timex.Date, "FUTURE_REF", ""},
	{"Their future is far from certain.", dct27, "future", timex.Date, "FUTURE_REF", ""},
	{"In future, visitors must book ahead.", dct27, "future", timex.Date, "FUTURE_REF", ""},
}

func TestTag_ValueClasses(t *testing.T) {
	checkTagCases(t, valueClassCases)
}

// untaggedCases hold a phrase that must not be tagged as any kind of
// expression (checkTagCases only rules out dates).
var untaggedCases = []struct{ text, phrase string }{
	{"Over the years of drought the lake shrank.", "years"},
	{"The years passed slowly.", "years"},
	{"Output rose in the third quarter. The quarter-to-quarter gain was the best in years.", "The quarter"},
	{"Output rose in the third quarter. The quarter-over-quarter gain was small.", "The quarter"},
	{"He worked late mornings for years.", "mornings"},
	{"Police made the arrest in the early hours of Tuesday morning.", "hours"},
	{"She was named player of the year.", "year"},
	{"It was the year of his death.", "year"},
	{"The year was hard for farmers.", "year"},
	// A march, the protest, is no month.
	{"Police watched the crowd at the annual March for Life.", "March"},
	{"She joined a March on Washington in 1963.", "March"},
	{"Thousands joined the Women's March against the cuts.", "March"},
	// A holiday's name before a kind of thing is no day.
	{"The city's Christmas market will stay shut until Monday.", "Christmas"},
	{"Shops sold out of Easter eggs.", "Easter"},
	// An age band is no decade.
	{"Covid vaccine: over-80s can book jabs from Monday", "80s"},
	{"Clinics for the over-50s open next week.", "50s"},
	// A month that is also a first name, before a surname.
	{"Country singer June Carver will release her album in January.", "June"},
	{"June Carver to release first album in six years", "June"},
	{"April Reyes, a spokeswoman for the mill, said it would reopen.", "April"},
	{"The playwright August Wilson grew up in Pittsburgh.", "August"},
	// Programme titles quoted after a broadcaster's possessive.
	{"The minister said on the network's \"This Week\" that talks would go on.", "Week"},
	{"He told the channel's ''60 Minutes'' that he would stay.", "Minutes"},
	{"She told the broadcaster's “Today” programme she would run.", "Today"},
	{"Future earnings may fall.", "uture"},
	{"The financial crisis hit lenders.", "financial"},
	{"The very idea is odd.", "very"},
	{"His future wife smiled.", "uture"},
	{"The firm set money aside for future repairs.", "uture"},
	{"The company's future earning power is in doubt.", "uture"},
	// A weekday counted within something else is not the nearest one.
	{"Heavy rain on the final Saturday turned the car park into mud.", "Saturday"},
	{"Crowds were biggest on the opening Sunday of the fair.", "Sunday"},
	{"The second Tuesday brought better news.", "Tuesday"},
}

func TestTag_Untagged(t *testing.T) {
	for _, c := range untaggedCases {
		for _, x := range timex.Tag(c.text, dct27) {
			if contains(x.Text, c.phrase) {
				t.Errorf("Tag(%q) tagged %q as %s %s, want nothing", c.text, x.Text, x.Type, x.Value)
			}
		}
	}
}
