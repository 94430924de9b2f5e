package timex_test

import (
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// nov16 is the publication day of the s12-e value cases: 16 November 2005
// is a Wednesday.
var nov16 = time.Date(2005, 11, 16, 0, 0, 0, 0, time.UTC)

// s12eValueCases are recognition classes found in branch s12-e's news
// batch (tune-425..432), each in text of our own.
var s12eValueCases = []tagCase{
	// A timeline box opens each line with its year; the capitalised word
	// ending the line above is no part of a name with it ("Windows 2000
	// Server" still is, on one line).
	{"Career in brief\n1970 Joins the Harbour Trust\n1976 Opens the Dock Road gallery\n", nov16, "1976", timex.Date, "1976", ""},
	{"Key years\n1988 Moves to Leeds Central\n1994 Becomes director\n", nov16, "1994", timex.Date, "1994", ""},
	{"The office still runs Windows 2000 Server on two machines.", nov16, "Windows 2000 Server", "", "", ""},
}

func TestTag_S12eValues(t *testing.T) {
	checkTagCases(t, s12eValueCases)
}
