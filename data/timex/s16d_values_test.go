package timex_test

import (
	"testing"

	"github.com/dateline/dateline/data/timex"
)

// s16dCases are the values of branch s16-d's rules, in text of our own;
// the publication day is a Friday, 10 August 2007.
var s16dCases = []tagCase{
	// "today's" before a noun of the present age is the present, no day.
	{"The minister said the ruling was a warning for today's youth.", fri10Aug2007, "today", timex.Date, "PRESENT_REF", ""},
	{"The hall was small by today's standards.", fri10Aug2007, "today", timex.Date, "PRESENT_REF", ""},
	{"The estate sold for $2 million, about $30 million in today's money.", fri10Aug2007, "today", timex.Date, "PRESENT_REF", ""},
	// Before any other noun it is the day of writing.
	{"Today's vote was delayed by an hour.", fri10Aug2007, "Today", timex.Date, "2007-08-10", ""},
	{"Shares fell in today's session.", fri10Aug2007, "today", timex.Date, "2007-08-10", ""},
	{"Fans queued for today's youth team fixture.", fri10Aug2007, "today", timex.Date, "2007-08-10", ""},
	{"Tickets for today's World Cup qualifier sold out.", fri10Aug2007, "today", timex.Date, "2007-08-10", ""},
	// A year between an article or a possessive and a carmaker's model
	// or vehicle is the vehicle's model year, no time.
	{"Police said the suspect's 1987 Chevrolet Cavalier was found last month.", fri10Aug2007, "1987", "", "", ""},
	{"The driver of a 2015 Toyota Camry was hurt.", fri10Aug2007, "2015", "", "", ""},
	{"Her 2010 Ford pickup was stolen.", fri10Aug2007, "2010", "", "", ""},
	// A maker after a year elsewhere leaves the year a date.
	{"In 2005 Toyota sold more cars than anyone.", fri10Aug2007, "2005", timex.Date, "2005", ""},
	{"The 2006 Ford report was never published.", fri10Aug2007, "2006", timex.Date, "2006", ""},
	{"The 2006 Ford Motor results beat forecasts.", fri10Aug2007, "2006", timex.Date, "2006", ""},
}

// TestTag_S16d checks the values of s16dCases.
func TestTag_S16d(t *testing.T) {
	checkTagCases(t, s16dCases)
}
