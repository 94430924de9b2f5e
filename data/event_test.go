package data_test

import (
	"errors"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

// TestExtract checks which dates become events: one per sentence and day,
// no durations, and an error for an undated article. Dates checked
// against the calendar: Friday 22 November 2024 is the publication day.
func TestExtract(t *testing.T) {
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
		events, err := data.Extract(a)
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
	if _, err := data.Extract(&data.Article{Source: "x.txt", Text: "On Monday."}); !errors.Is(err, data.ErrNoDate) {
		t.Errorf("undated article: error %v, want ErrNoDate", err)
	}
}
