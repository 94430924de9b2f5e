package timeline_test

import (
	"testing"
	"time"
	_ "time/tzdata" // DST tests must not depend on the machine's zoneinfo

	"github.com/dateline/dateline/timeline"
)

func at(y int, m time.Month, d, h, mi int) time.Time {
	return time.Date(y, m, d, h, mi, 0, 0, time.UTC)
}

// TestRung_FloorNext covers every rung of the ladder. Expected dates were
// checked against the calendar: 31 Dec 2026 is a Thursday, so its ISO week
// starts Monday 28 Dec; 1 Jan 2021 is a Friday, in ISO week 53 of 2020
// starting Monday 28 Dec 2020; 2024 is a leap year, 1900 is not.
func TestRung_FloorNext(t *testing.T) {
	type stepCase struct {
		rung        timeline.Rung
		t           time.Time
		floor, next time.Time
	}
	cases := []stepCase{
		{timeline.Minute, at(2024, 2, 29, 23, 59).Add(30 * time.Second), at(2024, 2, 29, 23, 59), at(2024, 3, 1, 0, 0)},
		{timeline.FiveMinutes, at(2024, 11, 5, 14, 37), at(2024, 11, 5, 14, 35), at(2024, 11, 5, 14, 40)},
		{timeline.FifteenMinutes, at(2024, 12, 31, 23, 50), at(2024, 12, 31, 23, 45), at(2025, 1, 1, 0, 0)},
		{timeline.Hour, at(2024, 11, 5, 14, 37), at(2024, 11, 5, 14, 0), at(2024, 11, 5, 15, 0)},
		{timeline.SixHours, at(2024, 11, 5, 23, 1), at(2024, 11, 5, 18, 0), at(2024, 11, 6, 0, 0)},
		{timeline.Day, at(2024, 2, 28, 12, 0), at(2024, 2, 28, 0, 0), at(2024, 2, 29, 0, 0)},
		{timeline.Day, at(1900, 2, 28, 12, 0), at(1900, 2, 28, 0, 0), at(1900, 3, 1, 0, 0)},
		{timeline.Week, at(2026, 12, 31, 9, 0), at(2026, 12, 28, 0, 0), at(2027, 1, 4, 0, 0)},
		{timeline.Week, at(2021, 1, 1, 0, 0), at(2020, 12, 28, 0, 0), at(2021, 1, 4, 0, 0)},
		{timeline.Week, at(2024, 11, 4, 0, 0), at(2024, 11, 4, 0, 0), at(2024, 11, 11, 0, 0)},    // a Monday is its own floor
		{timeline.Week, at(2024, 11, 10, 23, 59), at(2024, 11, 4, 0, 0), at(2024, 11, 11, 0, 0)}, // Sunday ends the week
		{timeline.Month, at(2024, 2, 29, 5, 0), at(2024, 2, 1, 0, 0), at(2024, 3, 1, 0, 0)},
		{timeline.Month, at(2024, 1, 31, 5, 0), at(2024, 1, 1, 0, 0), at(2024, 2, 1, 0, 0)},
		{timeline.Quarter, at(2024, 6, 30, 0, 0), at(2024, 4, 1, 0, 0), at(2024, 7, 1, 0, 0)},
		{timeline.Quarter, at(2024, 12, 1, 0, 0), at(2024, 10, 1, 0, 0), at(2025, 1, 1, 0, 0)},
		{timeline.Year, at(2024, 12, 31, 23, 59), at(2024, 1, 1, 0, 0), at(2025, 1, 1, 0, 0)},
		{timeline.FiveYears, at(2024, 3, 1, 0, 0), at(2020, 1, 1, 0, 0), at(2025, 1, 1, 0, 0)},
		{timeline.Decade, at(2029, 12, 31, 0, 0), at(2020, 1, 1, 0, 0), at(2030, 1, 1, 0, 0)},
		{timeline.Century, at(1999, 12, 31, 0, 0), at(1900, 1, 1, 0, 0), at(2000, 1, 1, 0, 0)},
		{timeline.Century, at(-44, 3, 15, 0, 0), at(-100, 1, 1, 0, 0), at(0, 1, 1, 0, 0)},
	}
	for _, c := range cases {
		f := c.rung.Floor(c.t, time.UTC)
		if !f.Equal(c.floor) {
			t.Errorf("%v.Floor(%v) = %v, want %v", c.rung, c.t, f, c.floor)
		}
		if n := c.rung.Next(f, time.UTC); !n.Equal(c.next) {
			t.Errorf("%v.Next(%v) = %v, want %v", c.rung, f, n, c.next)
		}
	}
}

// TestRung_DST steps across Berlin's spring and autumn changes of 2024
// (31 Mar, 27 Oct): day ticks stay on local midnights, hour ticks on whole
// local hours, always increasing.
func TestRung_DST(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip(err)
	}
	for _, day := range []int{31 + 28 + 31 - 1, 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 27 - 2} {
		start := time.Date(2024, 1, day, 0, 0, 0, 0, berlin)
		for _, r := range []timeline.Rung{timeline.FifteenMinutes, timeline.Hour, timeline.SixHours, timeline.Day, timeline.Week} {
			prev := r.Floor(start, berlin)
			for range 600 {
				n := r.Next(prev, berlin)
				if !n.After(prev) {
					t.Fatalf("%v: Next(%v) = %v does not advance", r, prev, n)
				}
				if _, mi, _ := n.Clock(); mi%15 != 0 {
					t.Fatalf("%v: tick %v off the quarter hour", r, n)
				}
				if r >= timeline.Day && (n.Hour() != 0 || n.Minute() != 0) {
					t.Fatalf("%v: tick %v is not at local midnight", r, n)
				}
				if got := r.Floor(n, berlin); !got.Equal(n) {
					t.Fatalf("%v: tick %v is not its own floor (%v)", r, n, got)
				}
				prev = n
			}
		}
	}
}

// TestChooseRung checks that each rung of the ladder is chosen at a zoom
// where its labels just fit, and that one step coarser goes up the ladder.
func TestChooseRung(t *testing.T) {
	var widths [timeline.NumRungs]float32
	for r := range widths {
		widths[r] = 30 + float32(r)
	}
	const gap = 8
	for r := timeline.Minute; r < timeline.NumRungs; r++ {
		spp := r.MinSeconds() / float64(widths[r]+gap)
		if got := timeline.ChooseRung(spp, &widths, gap); got != r {
			t.Errorf("at %g s/px chose %v, want %v", spp, got, r)
		}
		if r == timeline.Century {
			continue
		}
		if got := timeline.ChooseRung(spp*1.01, &widths, gap); got <= r {
			t.Errorf("at %g s/px chose %v, want coarser than %v", spp*1.01, got, r)
		}
	}
	if got := timeline.ChooseRung(timeline.MaxSecondsPerPixel*100, &widths, gap); got != timeline.Century {
		t.Errorf("far out chose %v, want century", got)
	}
}

func TestTickLabel(t *testing.T) {
	type labelCase struct {
		rung  timeline.Rung
		major bool
		t     time.Time
		want  string
	}
	cases := []labelCase{
		{timeline.Minute, false, at(2024, 11, 4, 9, 5), "09:05"},
		{timeline.Hour, true, at(2024, 11, 4, 9, 0), "Mon 4 Nov 2024, 09:00"},
		{timeline.Day, false, at(2024, 11, 4, 0, 0), "4"},
		{timeline.Day, true, at(2024, 11, 4, 0, 0), "Mon 4 Nov 2024"},
		{timeline.Week, false, at(2024, 11, 4, 0, 0), "4 Nov"},
		{timeline.Month, false, at(2024, 11, 1, 0, 0), "Nov"},
		{timeline.Month, true, at(2024, 11, 1, 0, 0), "November 2024"},
		{timeline.Quarter, false, at(2024, 10, 1, 0, 0), "Q4"},
		{timeline.Year, false, at(2024, 1, 1, 0, 0), "2024"},
		{timeline.Decade, true, at(2020, 1, 1, 0, 0), "2020s"},
		{timeline.Century, true, at(1900, 1, 1, 0, 0), "1900s"},
		{timeline.Year, false, at(-43, 1, 1, 0, 0), "44 BC"},
	}
	for _, c := range cases {
		if got := timeline.TickLabel(c.rung, c.major, c.t); got != c.want {
			t.Errorf("TickLabel(%v, %v, %v) = %q, want %q", c.rung, c.major, c.t, got, c.want)
		}
	}
}

func TestRung_Major(t *testing.T) {
	for r := timeline.Minute; r < timeline.NumRungs; r++ {
		m := r.Major()
		if r == timeline.Century {
			if m != timeline.NoRung {
				t.Errorf("century has major %v", m)
			}
			continue
		}
		if m <= r {
			t.Errorf("%v.Major() = %v, want coarser", r, m)
		}
	}
}
