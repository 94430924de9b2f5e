package extract_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
)

// TestEvents checks which dates become events: one per sentence and day,
// no durations, and an error for an undated article. Dates checked
// against the calendar: Friday 22 November 2024 is the publication day.
func TestEvents(t *testing.T) {
	type testCase struct {
		text   string
		values []string
	}
	cases := []testCase{
		{"Russia fired the missile on Thursday, Putin said in an address on Thursday evening.", []string{"2024-11-21"}},
		{"Polls closed on Sunday evening and results came on Monday.", []string{"2024-11-17TEV", "2024-11-18"}},
		{"The three-year conflict goes on. It began in February 2022.", []string{"2022-02"}},
		{"Talks were held in September. Talks were held in September.", []string{"2024-09", "2024-09"}},
	}
	published := time.Date(2024, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		a := &data.Article{Title: "t", Source: "t.txt", Text: c.text, Published: published}
		events, err := extract.Events(a)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range events {
			got = append(got, e.Value)
		}
		if len(got) != len(c.values) {
			t.Errorf("%q: events %v, want %v", c.text, got, c.values)
			continue
		}
		for i := range got {
			if got[i] != c.values[i] {
				t.Errorf("%q: events %v, want %v", c.text, got, c.values)
				break
			}
		}
	}
	if _, err := extract.Events(&data.Article{Source: "x.txt", Text: "On Monday."}); !errors.Is(err, data.ErrNoDate) {
		t.Errorf("undated article: error %v, want ErrNoDate", err)
	}
}

// TestEvents_PublicationLines checks that the dates saying when an
// article appeared are not events: bylines, "Published"/"Updated" lines,
// lines that are only a date, news datelines, and page furniture
// (copyright notices, photo credits, links to other stories). The body's own dates
// still are. Published Wednesday 27 November 2024; Thursday is the 28th.
func TestEvents_PublicationLines(t *testing.T) {
	type testCase struct {
		name   string
		text   string
		values []string
	}
	cases := []testCase{
		{"byline", "Putin in Astana\nBy Staff reporter · 27 November 2024\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"published with time", "Putin in Astana\nPublished 27 November 2024, 10:14\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"updated numeric", "Putin in Astana\nUpdated: 27.11.2024\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"date-only line", "Putin in Astana\n\nWednesday, 27 November 2024\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"yearless dateline", "ASTANA, Nov 27 (Reuters) – Leaders will meet on Thursday.", []string{"2024-11-28"}},
		{"dateline with region", "ALMATY, Kazakhstan, Nov 27 (AP) - Leaders will meet on Thursday.", []string{"2024-11-28"}},
		{"full dateline", "MOSCOW, Nov. 27, 2024 — Leaders will meet on Thursday.", []string{"2024-11-28"}},
		{"dateline after markup", "**ASTANA, Nov 27 (AP) —** Leaders will meet on Thursday.", []string{"2024-11-28"}},
		{"expression alone on a line", "Putin in Astana\n\n11/27/24\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"a timetable's day heading is an event", "Trials\n\nSaturday 30 November\n12.00 Men's 60m heats\n15.40 Women's 60m final\n\nThe squad is named on Monday.",
			[]string{"2024-11-30", "2024-12-02"}},
		{"a fixture list's day heading and its kick-off times are one event", "Fixtures\n\nSaturday 30 November\nRovers v City (3pm)\nAthletic v United (5.30pm)\n\nSunday 1 December\nWanderers v Town (2pm)",
			[]string{"2024-11-30", "2024-12-01"}},
		{"a round-up's day headings over prose are events, the first sentence's same day one with its heading",
			"Round-up\n\nMonday\n\nDockworkers at the port walked out on Monday morning over pay.\n\nTuesday\n\nThe council said the winter market would open on December 8.",
			[]string{"2024-11-25", "2024-11-26", "2024-12-08"}},
		{"a section line names no event", "News | The week in brief\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"a headline with a bar is no section line", "Summit news\nLeaders gather in Astana this week | Live\n\nThe summit opens on Thursday.", []string{"2024-W48", "2024-11-28"}},
		{"a section path further down names no event either", "Summit news\nNews | The week in brief\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"one day heading alone dates the page", "Putin in Astana\n\nTuesday\n\nThe summit opens on Thursday and runs for two days.", []string{"2024-11-28"}},
		{"days over live entry stamps head no prose", "Strike live\n\nTuesday\n\n9.40am\nDrivers walked out.\n\nMonday\n\n5.00pm\nTalks failed.",
			[]string{"2024-11-27T09:40", "2024-11-27T17:00"}},
		{"weekday and day alone on a line", "Putin in Astana\n\nTuesday, 26 November\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"date in a sentence stays", "Putin in Astana\nThe treaty was signed on 27 November 2024 in Astana.", []string{"2024-11-27"}},
		{"headline date stays", "Summit set for 28 November 2024 in Astana\n\nText.", []string{"2024-11-28"}},
		{"site stamp with zone", "Putin in Astana\nNov 27, 2024, 10:31 AM ET\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"site stamp then label", "Putin in Astana\nNovember 27, 2024 10:31 AM GMT+0 Updated 2 hours ago\n\nThe summit opens on Thursday.",
			[]string{"2024-11-28"}},
		{"stamp with a credit after slashes", "Putin in Astana\nNovember 27, 2024 / 10:15 AM / City News\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"writer's name before a dash and the date", "Putin in Astana\nAnn Lee - Nov 27, 2024\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"desk credit before a labelled date", "Putin in Astana\nStaff Reporter | Published: November 27, 2024 10:15:00 IST\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"copyright notice", "The summit opens on Thursday.\n\n© 2024 Guardian News & Media Limited. All rights reserved.", []string{"2024-11-28"}},
		{"rights reserved", "The summit opens on Thursday.\n\nCopyright 2024 The Associated Press. All rights reserved.", []string{"2024-11-28"}},
		{"quote stamp under a ticker", "Oil edges up\nBrent 73.10 +0.4%\nMarket data as of 3:59 PM GMT\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"quote stamp with a date", "Oil edges up\nQuotes as of Nov 27, 2024 4:00 PM ET\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"data as of in a sentence stays", "Oil edges up\n\nData as of November show output fell, and the summit opens on Thursday.", []string{"2024-11", "2024-11-28"}},
		{"photo credit", "The summit opens on Thursday.\nPhotograph: Pavel Ivanov/AP, 26 November 2024", []string{"2024-11-28"}},
		{"section link heading with a colon", "The summit opens on Thursday.\n\nMore in World:\n- Ministers meet in Baku (12 November 2024)\n- Talks resume in Geneva (3 October 2024)",
			[]string{"2024-11-28"}},
		{"related story", "The summit opens on Thursday.\n\nRead more: Russia and Kazakhstan sign energy deal (12 November 2024)", []string{"2024-11-28"}},
		{"editor's note", "The summit opens on Thursday.\n\nEditor's note: This story was updated on Nov. 28 to correct a name.",
			[]string{"2024-11-28"}},
		{"first published", "The summit opens on Friday.\nThis story was first published on Nov. 26.", []string{"2024-11-29"}},
		{"a correction restates the story", "The summit opens on Friday.\n\nThis story has been corrected to show that the summit closes on Dec. 2.",
			[]string{"2024-11-29", "2024-12-02"}},
		{"a correction's own day dates the page", "The summit opens on Friday.\n\nThis story was corrected on Nov. 28 to fix a name.",
			[]string{"2024-11-29"}},
		{"print edition", "The summit opens on Thursday.\n\nA version of this article appears in print on Nov. 28, 2024, Section A, Page 6.",
			[]string{"2024-11-28"}},
		{"also read", "The summit opens on Friday.\nALSO READ | Talks in Astana end on Nov. 20", []string{"2024-11-29"}},
		{"live entry stamp alone on its line", "Storm live\n\n9:40 a.m.\nThe ferry to the islands will sail again on Thursday.",
			[]string{"2024-11-27T09:40", "2024-11-28"}},
		{"time under a date line", "Putin in Astana\nNovember 27, 2024\n10:31 a.m.\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"caption after a photo lead stays", "Photo: Rescuers search the rubble of the market on Tuesday. (AP: Jo Bell)\n\nThe summit opens on Thursday.",
			[]string{"2024-11-26", "2024-11-28"}},
		{"photo credit with a date", "The summit opens on Thursday.\n\nPhoto: Jo Bell/AP, 26 November 2024", []string{"2024-11-28"}},
		{"caption sentence stays", "Rescuers search the rubble on Tuesday.\n\nThe summit opens on Thursday.", []string{"2024-11-26", "2024-11-28"}},
		{"live entry stamp alone on its line stays", "Summit live\n\n14.05 GMT\nLeaders will meet again on Thursday.",
			[]string{"2024-11-27T14:05", "2024-11-28"}},
		{"a stamp and its entry's first sentence are one event", "Strike live\n\n12.40 GMT\nCommuters this morning said trains were full. Drivers will walk out again on Thursday.",
			[]string{"2024-11-27T12:40", "2024-11-28"}},
		{"a stamp set apart by a blank line and its entry's first sentence are one event", "Strike live\n\n5.40pm\n\nThat's all from us today. Drivers will walk out again on Thursday.",
			[]string{"2024-11-27T17:40", "2024-11-28"}},
		{"the entry's later sentences are their own", "Strike live\n\n10.02 GMT\nGood news. Trains are running today.",
			[]string{"2024-11-27T10:02", "2024-11-27"}},
		{"page last updated", "Floods spread\nPage last updated at 16:02 GMT, Wednesday, 27 November 2024\n\nThe summit opens on Thursday.",
			[]string{"2024-11-28"}},
		{"print edition", "The summit opens on Thursday.\n\nThis article appeared in the Herald on Wednesday 27 November 2024 on p11.",
			[]string{"2024-11-28"}},
		{"teaser with a label of its own", "The summit opens on Thursday.\n\nMore on energy: Russia and Kazakhstan sign gas deal (12 November)",
			[]string{"2024-11-28"}},
		{"fixture line's day stays", "Fixtures\nSaturday: Athletic v County (3pm)\nFinal: Athletic v Rovers (Dec. 7)", []string{"2024-11-30", "2024-12-07"}},
		{"link after a bar", "The summit opens on Thursday.\n\nALSO READ | Leaders gather in Astana (Nov 26, 2024)", []string{"2024-11-28"}},
		{"link list under a heading", "The summit opens on Thursday.\n\nSEE ALSO\nLeaders gather in Astana\n26 Nov 24 | World\nTalks stall in June\n",
			[]string{"2024-11-28"}},
		{"key events list", "Summit live\n\nKey events\n1h ago Leaders say talks could end next week\n\nThe summit opens on Thursday.",
			[]string{"2024-11-28"}},
		{"key event label over a link", "Summit live\n\nKey event\nTalks will not resume before Friday, envoy says\n\nThe summit opens on Thursday.",
			[]string{"2024-11-28"}},
		// Near-miss: the label over an entry's own stamp leaves the entry its events.
		{"key event label over an entry stamp", "Summit live\n\nKey event\n12:45pm\nThe summit opens on Thursday.",
			[]string{"2024-11-27T12:45", "2024-11-28"}},
		{"read next list", "The summit opens on Thursday.\n\nRead next:\nLeaders gather in Astana (Nov. 26, 2024)\n", []string{"2024-11-28"}},
		{"a wire release's earlier releases", "The summit opens on Thursday.\n\nAlso from this source\nAgency Reports Fourth Quarter Results (Aug 04, 2024)\n", []string{"2024-11-28"}},
		{"you might also like", "The summit opens on Thursday.\n\nYou might also like\nTalks stall in June (June 3, 2024)\n", []string{"2024-11-28"}},
		{"section link heading", "The summit opens on Thursday.\n\nMORE WORLD NEWS\nTalks stall in Baku (November 20, 2024)\n", []string{"2024-11-28"}},
		{"most popular list, numbered", "The summit opens on Thursday.\n\nMost Popular\n1. What the talks mean\n2. Stars cancel year-end shows\n", []string{"2024-11-28"}},
		{"related coverage heading", "The summit opens on Thursday.\n\nRelated coverage\nTalks stall in Baku (Nov. 20, 2024)\n", []string{"2024-11-28"}},
		{"related content heading over a link with no date in brackets", "The summit opens on Thursday.\n\nRelated content\nRegional energy outlook 2024\n", []string{"2024-11-28"}},
		{"a sentence is no section heading", "The summit opens on Thursday.\nMore talks follow\non June 3, 2025.", []string{"2024-11-28", "2025-06-03"}},
		{"update note", "The summit opens on Thursday.\n\nUpdate November 27th, 11:40am ET: Added details about the agenda.", []string{"2024-11-28"}},
		{"an update that tells news is an entry", "Update 3 p.m.: Police say the road will reopen on Friday.", []string{"2024-11-27T15:00", "2024-11-29"}},
		{"newsletter promotion", "The summit opens on Thursday.\n\nNewsletter: get the week's news every Friday", []string{"2024-11-28"}},
		{"tags line", "The summit opens on Thursday.\n\nTags: Summit 2024, Astana, Energy", []string{"2024-11-28"}},
		{"link list set off by blank lines, each link over its date line", "The summit opens on Thursday.\n\nRelated stories\n\nPresident calls snap election for January\n5 Oct 2024\n\nTalks stall in June\n28 Jun 2024\n",
			[]string{"2024-11-28"}},
		{"link list set off by a blank line, each link with its date after a dash", "The summit opens on Thursday.\n\nRelated\n\nTalks stall in Baku — November 20, 2024\nLeaders gather in Astana — Nov. 26, 2024\n",
			[]string{"2024-11-28"}},
		{"a sentence with a dash before its date is no link", "Related stories\n\nThe summit opens on Thursday — the ministers leave on Friday, November 29.",
			[]string{"2024-11-28", "2024-11-29"}},
		{"a short line over a blank line is no link without its date line", "Related stories\n\nTalks stall in June\n\nThe summit opens on Thursday.",
			[]string{"2024-06", "2024-11-28"}},
		{"after the list, sentences count again", "SEE ALSO\nLeaders gather (26 Nov)\n\nThe summit opens on Thursday.", []string{"2024-11-28"}},
		{"agency dateline with a capitalised place", "Astana, Nov 27 (PTI) Leaders on Wednesday said they would meet on Friday.",
			[]string{"2024-11-27", "2024-11-29"}},
		{"capitalised place without an agency is a sentence", "Astana, Nov 27 - the day of the summit - was cold.", []string{"2024-11-27"}},
	}
	published := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string { return e.Value })
		if strings.Join(got, " ") != strings.Join(c.values, " ") {
			t.Errorf("%s: events %v, want %v", c.name, got, c.values)
		}
	}
}

// eventStrings returns what show makes of each event extract.Events finds
// in text, published on published.
func eventStrings(t *testing.T, text string, published time.Time, show func(data.Event) string) []string {
	t.Helper()
	events, err := extract.Events(&data.Article{Source: "t.txt", Text: text, Published: published})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range events {
		got = append(got, show(e))
	}
	return got
}

// TestEvents_CountedFrom checks that a count before or after a date
// moves the event to the day it gives ("two days before Thanksgiving"),
// unless the date names another event the clause is measured from ("a
// month after the October election") or the count is a stretch from
// the date ("four times in 12 days after tomorrow"). Published Wednesday
// 13 November 2024.
func TestEvents_CountedFrom(t *testing.T) {
	cases := []struct {
		text string
		want []string // value=expression of each event
	}{
		{"The Senate will vote two days before Thanksgiving.", []string{"2024-11-26=two days before Thanksgiving"}},
		{"Shops reopen a week after Christmas.", []string{"2025-01-01=a week after Christmas"}},
		{"Troops left three years after 2014.", []string{"2017=three years after 2014"}},
		{"Talks will resume on Wednesday, a month after the October election.",
			[]string{"2024-11-13=Wednesday", "2024-10=October"}},
		{"The bridge reopened two days after March.", []string{"2024-03=March"}},
		// A count after "in" or "within" is a stretch from the date.
		{"We play four times in 12 days after tomorrow.", []string{"2024-11-14=tomorrow"}},
		{"Shops must refund buyers within a week after Christmas.", []string{"2024-12-25=Christmas"}},
		{"Sales fell in the first three months of this year.", []string{"2024-Q1=the first three months of this year"}},
		{"Costs rose in the last six months of 2022.", []string{"2022-H2=the last six months of 2022"}},
		{"Revenue for the first nine months of 2023 was flat.", []string{"2023=2023"}},
		{"Nobody was hired in the first three months of the merger.", nil},
	}
	published := time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string { return e.Value + "=" + e.Expr })
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q: events %q, want %q", c.text, got, c.want)
		}
	}
}

// TestEvents_PartOfMonth checks that a count of weeks or days from the
// start or the end of a month ("the last two weeks of April") covers those
// days only, where the tagger reads a duration and the month; a count as
// long as the month, or of something else, leaves the month whole. Days
// checked against the calendar (April has 30 days, May 31). Published
// Wednesday 13 November 2024.
func TestEvents_PartOfMonth(t *testing.T) {
	cases := []struct {
		text string
		want []string // expression=first..last day
	}{
		{"Traffic came back in the last two weeks of April.", []string{"the last two weeks of April=2024-04-17..2024-04-30"}},
		{"Orders held up through the first ten days of October.", []string{"the first ten days of October=2024-10-01..2024-10-10"}},
		{"Sales slowed over the first six weeks of May.", []string{"May=2024-05-01..2024-05-31"}},
		{"Nobody was hired in the first two weeks of the merger.", nil},
	}
	published := time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string {
			return e.Expr + "=" + e.Span.Start.Format(time.DateOnly) + ".." + e.Span.LastDay().Format(time.DateOnly)
		})
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q: events %q, want %q", c.text, got, c.want)
		}
	}
}

// TestEvents_FiscalYear checks that a fiscal year named by its number
// ("fiscal 2013", "FY27") covers the twelve months to the month the text
// says the company's year ends in, or, with a split financial year named,
// April to March; a text that says neither keeps the calendar year.
// Published Wednesday 13 November 2024.
func TestEvents_FiscalYear(t *testing.T) {
	cases := []struct {
		text string
		want []string // expression=first..last day
	}{
		{"Its fiscal year ends in September. Revenue for fiscal 2023 rose.", []string{"fiscal 2023=2022-10-01..2023-09-30"}},
		{"The group kept its target for the 2024-25 financial year and plans two kilns by the end of FY27.",
			[]string{"the 2024-25=2024-04-01..2025-03-31", "the end of FY27=2026-04-01..2027-03-31"}},
		{"Revenue for fiscal 2023 rose.", []string{"fiscal 2023=2023-01-01..2023-12-31"}},
		{"Profit for the 2024 financial year, which ended on June 30, doubled.",
			[]string{"the 2024 financial year=2023-07-01..2024-06-30", "June 30=2024-06-30..2024-06-30"}},
		// A relative clause that gives the year's first or last day places
		// its twelve months; the day is no event of its own.
		{"The county filled a hole in its budget for the fiscal year that began July 1.",
			[]string{"the fiscal year=2024-07-01..2025-06-30"}},
		{"Revenue rose 47% in the fiscal year that ended on June 30, and it lost less than the year before.",
			[]string{"the fiscal year=2023-07-01..2024-06-30", "the year before=2022-07-01..2023-06-30"}},
		{"Sales fell in the financial year which ended Jan. 2.", []string{"the financial year=2023-01-01..2023-12-31"}},
		{"Profit doubled in the year that ended on June 30.", []string{"June 30=2024-06-30..2024-06-30"}},
		{"Its fiscal year ends in September. Sales slipped in the 2023 fiscal year.", []string{"the 2023 fiscal year=2022-10-01..2023-09-30"}},
		{"Its fiscal year ends in September. Sales in the 2023 season fell.", []string{"2023=2023-01-01..2023-12-31"}},
		// A split year before "year" is the company's financial year
		// when the text says where that ends.
		{"The steelmaker, whose financial year ends in March, expects gains from the 2008-09 year.",
			[]string{"the 2008-09=2008-04-01..2009-03-31"}},
		// A year to a month between quarters moves the company's
		// quarters on from the calendar's: August to October is the
		// third quarter of a year to January (our sentences, session 12).
		{"The chain's fiscal year ends on the Saturday nearest January 31. Sales rose in its fiscal third quarter.",
			[]string{"fiscal third quarter=2024-08-01..2024-10-31"}},
		{"The grocer's fiscal year ends in May. Sales rose in the fiscal first quarter.",
			[]string{"the fiscal first quarter=2024-06-01..2024-08-31"}},
		// The day a fiscal quarter ends on says which quarter, and is no
		// event of its own, when it falls within a week of the quarter's
		// last day as the company counts it: May 3 closes February to
		// April.
		{"The chain's fiscal year ends on the Saturday nearest January 31. Profit fell in the first quarter ended May 3.",
			[]string{"the first quarter=2024-02-01..2024-04-30"}},
		// A quarter named by its last month is the calendar's.
		{"The chain's fiscal year ends on the Saturday nearest January 31. Sales fell in the September quarter.",
			[]string{"the September quarter=2024-07-01..2024-09-30"}},
		// A text that counts a quarter by its calendar year counts its
		// bare quarters so too.
		{"The baker's fiscal year ends in May. The deal closes in the first quarter, and a plant opens in the fourth quarter of 2025.",
			[]string{"the first quarter=2025-01-01..2025-03-31", "the fourth quarter of 2025=2025-10-01..2025-12-31"}},
	}
	published := time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		got := eventStrings(t, c.text, published, func(e data.Event) string {
			return e.Expr + "=" + e.Span.Start.Format(time.DateOnly) + ".." + e.Span.LastDay().Format(time.DateOnly)
		})
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q: events %q, want %q", c.text, got, c.want)
		}
	}
}
