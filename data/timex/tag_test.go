package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// dct27 is Wednesday 27 November 2024, the publication date of the issue's
// examples.
var dct27 = time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)

// tagCase expects the expression phrase, found in text, to have a type and
// value. An empty value means the phrase must not be tagged as a date.
type tagCase struct {
	text   string
	dct    time.Time
	phrase string
	typ    timex.Type
	value  string
	mod    string
}

// Values were checked against the calendar (2024-11-27 is a Wednesday in
// ISO week 48; 2024-10-08 is a Tuesday) or come from the issue.
var tagCases = []tagCase{
	{"In September, Tokayev called for a peaceful settlement.", dct27, "September", timex.Date, "2024-09", ""},
	{"Russia denounced last week's missile strikes.", dct27, "last week", timex.Date, "2024-W47", ""},
	{"Putin will visit Astana on Wednesday.", dct27, "Wednesday", timex.Date, "2024-11-27", ""},
	{"Leaders will gather for Thursday's CSTO summit.", dct27, "Thursday", timex.Date, "2024-11-28", ""},
	{"Ushakov said Tuesday that talks went well.", dct27, "Tuesday", timex.Date, "2024-11-26", ""},
	{"Russia invaded Ukraine in February 2022.", dct27, "February 2022", timex.Date, "2022-02", ""},
	{"The talks collapsed in February.", dct27, "February", timex.Date, "2024-02", ""},
	{"A decade ago the town had no school.", dct27, "A decade ago", timex.Date, "2014", ""},
	{"Tickets for the Euro 2024 Final sold out.", dct27, "2024", timex.Date, "2024", ""},
	{"The Russell 2000 Index fell.", dct27, "2000", "", "", ""},
	{"Voters backed Sunday's referendum.", time.Date(2024, 10, 8, 0, 0, 0, 0, time.UTC), "Sunday", timex.Date, "2024-10-06", ""},
	// Tense cues far from the date: a strong past verb beyond the usual
	// window, a near past verb against a far "will", "plans" as a noun.
	{"Armenia froze its participation in the Collective Security Treaty Organization in February, accusing the alliance.", dct27, "February", timex.Date, "2024-02", ""},
	{"Kazakhstan will build a nuclear power plant after voters backed the idea in Sunday's referendum.", time.Date(2024, 10, 7, 0, 0, 0, 0, time.UTC), "Sunday", timex.Date, "2024-10-06", ""},
	{"Voters backed plans for the country's first nuclear power plant on Sunday, officials said.", time.Date(2024, 10, 8, 0, 0, 0, 0, time.UTC), "Sunday", timex.Date, "2024-10-06", ""},
	{"The envoy arrived on 27 November 2024.", dct27, "27 November 2024", timex.Date, "2024-11-27", ""},
	{"The envoy arrived on Nov. 27.", dct27, "Nov. 27", timex.Date, "2024-11-27", ""},
	{"The deal was signed Sept. 12, 2024.", dct27, "Sept. 12, 2024", timex.Date, "2024-09-12", ""},
	{"Filed 11/27/2024 in court.", dct27, "11/27/2024", timex.Date, "2024-11-27", ""},
	{"Filed 2024-11-27 in court.", dct27, "2024-11-27", timex.Date, "2024-11-27", ""},
	{"It rained yesterday.", dct27, "yesterday", timex.Date, "2024-11-26", ""},
	{"It rains today.", dct27, "today", timex.Date, "2024-11-27", ""},
	{"It will rain tomorrow.", dct27, "tomorrow", timex.Date, "2024-11-28", ""},
	{"Sales rose in 2022.", dct27, "2022", timex.Date, "2022", ""},
	{"Sales rose earlier this year.", dct27, "earlier this year", timex.Date, "2024", ""},
	{"Profits fell last month.", dct27, "last month", timex.Date, "2024-10", ""},
	{"Profits will rise next year.", dct27, "next year", timex.Date, "2025", ""},
	{"Output fell in the fourth quarter.", dct27, "the fourth quarter", timex.Date, "2024-Q4", ""},
	{"It grew in the 1990s.", dct27, "the 1990s", timex.Date, "199", ""},
	{"Snow fell this winter.", dct27, "this winter", timex.Date, "2024-WI", ""},
	{"They met Tuesday morning.", dct27, "Tuesday morning", timex.Time, "2024-11-26TMO", ""},
	{"They met at 11 a.m. Tuesday.", dct27, "11 a.m. Tuesday", timex.Time, "2024-11-26T11:00", ""},
	{"Troops left two weeks ago.", dct27, "two weeks ago", timex.Date, "2024-W46", ""},
	{"Prices rose in recent years.", dct27, "recent years", timex.Date, "PAST_REF", ""},
	// Days, weeks and months are a stretch up to now, as TimeML writes them.
	{"Prices rose in recent months.", dct27, "recent months", timex.Duration, "PXM", ""},
	{"Talks stalled in recent days.", dct27, "recent days", timex.Duration, "PXD", ""},
	{"He is now in Moscow.", dct27, "now", timex.Date, "PRESENT_REF", ""},
	{"They met every Tuesday.", dct27, "every Tuesday", timex.Set, "XXXX-WXX-2", ""},
	{"Reports are filed annually.", dct27, "annually", timex.Set, "P1Y", ""},
	{"the almost three-year conflict", dct27, "three-year", timex.Duration, "P3Y", "LESS_THAN"},
	{"a two-day visit", dct27, "two-day", timex.Duration, "P2D", ""},
	{"Prices rose over the past 12 months.", dct27, "the past 12 months", timex.Duration, "P12M", ""},
	{"Growth slowed in the year to December 2023.", dct27, "December 2023", timex.Date, "2023-12", ""},
	{"In September 2023 the war began. On September 20 troops moved.", dct27, "September 20", timex.Date, "2023-09-20", ""},
	{"The summit opened on 19 November 2024. A day later it closed.", dct27, "A day later", timex.Date, "2024-11-20", ""},
	{"Prices may rise.", dct27, "may", "", "", ""},
	{"It costs $2024 or 15%.", dct27, "2024", "", "", ""},
	{"Shares rose 2,000 points.", dct27, "2,000", "", "", ""},
	{"Prices rose in early December.", dct27, "early December", timex.Date, "2023-12", "START"},
	// Phase 2: checked against the calendar (dct27 is in ISO week 48, Q4).
	{"Output rose in the third quarter.", dct27, "the third quarter", timex.Date, "2024-Q3", ""},
	{"Output rose in the third quarter. A year earlier it fell.", dct27, "A year earlier", timex.Date, "2023-Q3", ""},
	{"Sales fell in the second half of 2023.", dct27, "the second half of 2023", timex.Date, "2023-H2", ""},
	{"Profit doubled in fiscal 1990.", dct27, "fiscal 1990", timex.Date, "1990", ""},
	{"The mid-1990s were calm.", dct27, "mid-1990s", timex.Date, "199", "MID"},
	{"Talks end in late 2025.", dct27, "late 2025", timex.Date, "2025", "END"},
	{"He arrived the next day.", dct27, "the next day", timex.Date, "2024-11-28", ""},
	{"Shelling continued overnight Wednesday into Thursday.", dct27, "overnight Wednesday into Thursday", timex.Time, "2024-11-27TNI", ""},
	{"Talks were held on 19 and 21 November.", dct27, "19", timex.Date, "2024-11-19", ""},
	{"Talks were held on 19 and 21 November.", dct27, "21 November", timex.Date, "2024-11-21", ""},
	{"The summit is on November 19-21, 2025.", dct27, "November 19", timex.Date, "2025-11-19", ""},
	{"The summit is on November 19-21, 2025.", dct27, "21", timex.Date, "2025-11-21", ""},
	{"Prices doubled in 2021-2022.", dct27, "2022", timex.Date, "2022", ""},
	{"He served for more than three years.", dct27, "more than three years", timex.Duration, "P3Y", "MORE_THAN"},
	{"The war lasted a couple of years.", dct27, "a couple of years", timex.Duration, "P2Y", "APPROX"},
	{"It took 2 1/2 years.", dct27, "2 1/2 years", timex.Duration, "P2Y6M", ""},
	{"Markets closed at 16:08 UTC.", dct27, "16:08 UTC", timex.Time, "2024-11-27T16:08Z", ""},
	{"The race took 3:07:35.", dct27, "3:07:35", timex.Duration, "PT3H7M35S", ""},
	{"Nothing will change in the future.", dct27, "the future", timex.Date, "FUTURE_REF", ""},
	{"Reforms are currently stalled.", dct27, "currently", timex.Date, "PRESENT_REF", ""},
	{"He checks the news every morning.", dct27, "every morning", timex.Set, "XXXX-XX-XXTMO", ""},
	{"Rebels held the town for years.", dct27, "years", timex.Duration, "PXY", ""},
	{"The crisis of the 20th century ended.", dct27, "20th century", timex.Date, "19", ""},
	{"It was signed Saturday, April 25.", time.Date(1998, 4, 28, 0, 0, 0, 0, time.UTC), "Saturday, April 25", timex.Date, "1998-04-25", ""},
	{"The bill will pass on Thanksgiving Day.", dct27, "Thanksgiving Day", timex.Date, "2024-11-28", ""},
	{"The protest ended last weekend.", dct27, "last weekend", timex.Date, "2024-W47-WE", ""},
	{"The talks, held from Friday to Thursday, ended.", dct27, "Thursday", timex.Date, "2024-11-28", ""},
	{"Putin arrived on Tuesday and will stay until Friday.", dct27, "Tuesday", timex.Date, "2024-11-26", ""},
	{"The war has now lasted 1,000 days.", dct27, "1,000 days", timex.Duration, "P1000D", ""},
	{"The economy shrank 0.9 percent between April and June.", time.Date(2008, 11, 18, 0, 0, 0, 0, time.UTC), "April", timex.Date, "2008-04", ""},
	{"Sales rose 43% in February compared to the same period last year.", time.Date(2010, 3, 3, 0, 0, 0, 0, time.UTC), "the same period last year", timex.Date, "2009-02", ""},
	{"The deadline is 31/12/2024.", dct27, "31/12/2024", timex.Date, "2024-12-31", ""},
	{"He is 45 years old.", dct27, "45 years", "", "", ""},
	{"The Dow fell 3% to end the day at 7,114.", dct27, "the day", timex.Date, "2024-11-27", ""},
	{"Markets opened at 0800 UTC.", dct27, "0800 UTC", timex.Time, "2024-11-27T08:00Z", ""},
	{"Shares fell at 10.31 GMT, traders said.", dct27, "10.31 GMT", timex.Time, "2024-11-27T10:31", ""},
	{"The landing is set for 6.04 pm on Friday.", dct27, "6.04 pm on Friday", timex.Time, "2024-11-29T18:04", ""},
	// "that evening" is the evening of the day mentioned last, as "that night" is its night.
	{"The landing is on Friday, and schools will hold assemblies that evening.", dct27, "that evening", timex.Time, "2024-11-29TEV", ""},
	// A clock time ending a listing's line takes no day from the next line.
	{"Saturday: Opening concert, The Quay, 7.30pm\nSunday 19 June: Outdoor cinema", dct27, "7.30pm", timex.Time, "2024-11-30T19:30", ""},
	{"Opening concert, The Quay, 7.30pm\nSunday 1 December: Outdoor cinema", dct27, "Sunday 1 December", timex.Date, "2024-12-01", ""},
	// A stamp alone on its line heads a live entry: the day of writing, after an evening told of.
	{"Rescuers worked through Monday night.\n\n09.15 GMT\nThe search goes on.", dct27, "09.15 GMT", timex.Time, "2024-11-27T09:15", ""},
	{"The index is at its lowest since '82.", dct27, "'82", timex.Date, "1982", ""},
	{"Boxy cars of the 70s vanished.", dct27, "the 70s", timex.Date, "197", ""},
	{"The Russell 2000 Index fell.", dct27, "2000", "", "", ""},
	{"A second A380 is travelling.", dct27, "A second", "", "", ""},
	{"Rates stay put for the time being.", dct27, "the time being", timex.Date, "PRESENT_REF", ""},
	{"Drones struck Kyiv overnight, officials said.", dct27, "overnight", timex.Time, "2024-11-26TNI", ""},
	{"He stayed overnight in Lviv.", dct27, "overnight", "", "", ""},
	{"The assault began shortly after midnight.", dct27, "midnight", timex.Time, "2024-11-27T00:00", ""},
	{"He is expected to meet the president on Thursday.", dct27, "Thursday", timex.Date, "2024-11-28", ""},
	{"Rallies were held the week of March 6.", dct27, "the week of March 6", timex.Date, "2024-W10", ""},
	{"The vote was on 27.11.2024.", dct27, "27.11.2024", timex.Date, "2024-11-27", ""},
	{"Factories boomed in the 1800s.", dct27, "the 1800s", timex.Date, "18", ""},
	{"The board meets twice a year.", dct27, "twice a year", timex.Set, "P1Y", ""},
	{"The clinic is open seven days a week.", dct27, "seven days a week", timex.Set, "P1W", ""},
	{"The helpline runs 24 hours a day.", dct27, "24 hours a day", timex.Set, "P1D", ""},
	{"The duties were suspended for 90 days a week later.", dct27, "90 days", timex.Duration, "P90D", ""},
	{"The rebels took the town more than four decades ago.", dct27, "more than four decades ago", timex.Date, "198", "BEFORE"},
	// Without a publication date nothing is invented.
	{"In September, Tokayev called.", time.Time{}, "September", timex.Date, "XXXX-09", ""},
	{"Putin will visit on Wednesday.", time.Time{}, "Wednesday", timex.Date, "XXXX-WXX-3", ""},
	{"It rained yesterday.", time.Time{}, "yesterday", "", "", ""},
}

func TestTag(t *testing.T) {
	checkTagCases(t, append(tagCases, recallCases...))
}

// checkTagCases tags each case's text and checks the expression it names.
func checkTagCases(t *testing.T, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		got := timex.Tag(c.text, c.dct)
		var found *timex.Timex
		for k := range got {
			if got[k].Text == c.phrase || (c.typ == "" && got[k].Text != "" && contains(c.phrase, got[k].Text)) {
				found = &got[k]
			}
		}
		if c.typ == "" {
			if found != nil && found.Type == timex.Date {
				t.Errorf("Tag(%q) tagged %q as %s %s, want no date", c.text, found.Text, found.Type, found.Value)
			}
			continue
		}
		if found == nil {
			t.Errorf("Tag(%q) = %v, want %q", c.text, got, c.phrase)
			continue
		}
		if found.Type != c.typ || found.Value != c.value || found.Mod != c.mod {
			t.Errorf("Tag(%q) %q = %s %s %s, want %s %s %s", c.text, c.phrase, found.Type, found.Value, found.Mod, c.typ, c.value, c.mod)
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestFindPublished(t *testing.T) {
	type testCase struct {
		text string
		want string // YYYY-MM-DD, or "" for none
	}
	cases := []testCase{
		{"ASTANA, Nov. 27, 2024 (Reuters) - Putin arrived.", "2024-11-27"},
		{"Headline here\nPublished 27 November 2024\n\nBody text.", "2024-11-27"},
		{"ASTANA, Nov 27 (Reuters) - Putin arrived.", ""},
		{"No date at all.", ""},
		{"Headline\nMarch 01 , 2008\nBody.", "2008-03-01"},
		{"On 24 February 2022, Russian troops crossed the border in the largest invasion in Europe since 1945.", ""},
	}
	for _, c := range cases {
		got, ok := timex.FindPublished(c.text)
		if c.want == "" {
			if ok {
				t.Errorf("FindPublished(%q) = %v, want none", c.text, got)
			}
			continue
		}
		if !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("FindPublished(%q) = %v, %v, want %s", c.text, got, ok, c.want)
		}
	}
}
