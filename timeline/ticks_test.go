package timeline_test

import (
	"fmt"
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
		style timeline.TickStyle
		t     time.Time
		want  string
	}
	// Weekdays and ISO weeks checked against the calendar: 4 Nov 2024 is
	// the Monday of week 45.
	cases := []labelCase{
		{timeline.Minute, timeline.TickShort, at(2024, 11, 4, 9, 5), "09:05"},
		{timeline.Minute, timeline.TickLong, at(2024, 11, 4, 9, 5), "09:05"},
		{timeline.Hour, timeline.TickMajor, at(2024, 11, 4, 9, 0), "Mon 4 Nov 2024, 09:00"},
		{timeline.Day, timeline.TickShort, at(2024, 11, 4, 0, 0), "4"},
		{timeline.Day, timeline.TickLong, at(2024, 11, 4, 0, 0), "Mon 4"},
		{timeline.Day, timeline.TickMajor, at(2024, 11, 4, 0, 0), "Mon 4 Nov 2024"},
		{timeline.Week, timeline.TickShort, at(2024, 11, 4, 0, 0), "4 Nov"},
		{timeline.Week, timeline.TickLong, at(2024, 11, 4, 0, 0), "W45, 4 Nov"},
		{timeline.Week, timeline.TickLong, at(2020, 12, 28, 0, 0), "W53, 28 Dec"},
		{timeline.Month, timeline.TickShort, at(2024, 11, 1, 0, 0), "Nov"},
		{timeline.Month, timeline.TickLong, at(2024, 11, 1, 0, 0), "November"},
		{timeline.Month, timeline.TickMajor, at(2024, 11, 1, 0, 0), "November 2024"},
		{timeline.Quarter, timeline.TickShort, at(2024, 10, 1, 0, 0), "Q4"},
		{timeline.Year, timeline.TickShort, at(2024, 1, 1, 0, 0), "2024"},
		{timeline.Year, timeline.TickMajor, at(2024, 1, 1, 0, 0), "2024"},
		{timeline.Decade, timeline.TickMajor, at(2020, 1, 1, 0, 0), "2020s"},
		{timeline.Century, timeline.TickMajor, at(1900, 1, 1, 0, 0), "1900s"},
		{timeline.Year, timeline.TickShort, at(-43, 1, 1, 0, 0), "44 BC"},
	}
	for _, c := range cases {
		if got := timeline.TickLabel(c.rung, c.style, c.t); got != c.want {
			t.Errorf("TickLabel(%v, %v, %v) = %q, want %q", c.rung, c.style, c.t, got, c.want)
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

// tickTimes returns the instants of the minor ticks with lines in scene.
func tickTimes(sc timeline.Scale, scene *timeline.Scene) []time.Time {
	var ts []time.Time
	for _, tk := range scene.Ticks {
		if !tk.Major && !tk.NoLine {
			// Round to the minute: ticks are never finer.
			ts = append(ts, sc.Time(tk.X).Round(time.Minute))
		}
	}
	return ts
}

// TestLayout_WeekTicks checks week ticks across the turn of 2020/2021
// (ISO week 53): every tick is a Monday at midnight, seven days apart.
func TestLayout_WeekTicks(t *testing.T) {
	var l timeline.Layout
	sc := timeline.Fit(date(2020, 11, 20), date(2021, 2, 10), 1000, 0)
	scene := l.Build(timeline.NewIndex(nil, measure), sc, timeline.Metrics{Width: 1000, Height: 200}, -1, nil)
	if scene.Rung != timeline.Week {
		t.Fatalf("rung %v, want week", scene.Rung)
	}
	ts := tickTimes(sc, scene)
	want := []string{"2020-11-23", "2020-11-30", "2020-12-07", "2020-12-14", "2020-12-21", "2020-12-28", "2021-01-04"}
	for i, w := range want {
		if i >= len(ts) || ts[i].Format(time.DateOnly) != w {
			t.Fatalf("week ticks %v, want to start %v", ts, want)
		}
	}
	for _, tt := range ts {
		if tt.Weekday() != time.Monday || tt.Hour() != 0 {
			t.Errorf("week tick on %v", tt)
		}
	}
}

// TestLayout_LeapYearTicks checks day ticks over February in leap and
// common years, and month ticks landing on the 1st whatever the month's
// length.
func TestLayout_LeapYearTicks(t *testing.T) {
	type leapCase struct {
		year int
		days int // ticks from 1 Feb to 1 Mar, exclusive
	}
	for _, c := range []leapCase{{2024, 29}, {2023, 28}, {2000, 29}, {1900, 28}} {
		var l timeline.Layout
		sc := timeline.Fit(date(c.year, 2, 1), date(c.year, 3, 1), 1500, 0)
		scene := l.Build(timeline.NewIndex(nil, measure), sc, timeline.Metrics{Width: 1500, Height: 200}, -1, nil)
		if scene.Rung != timeline.Day {
			t.Fatalf("%d: rung %v, want day", c.year, scene.Rung)
		}
		n := 0
		for _, tt := range tickTimes(sc, scene) {
			if tt.Before(date(c.year, 3, 1)) {
				n++
			}
			if tt.Hour() != 0 || tt.Minute() != 0 {
				t.Errorf("%d: day tick at %v", c.year, tt)
			}
		}
		if n != c.days {
			t.Errorf("%d: %d day ticks in February, want %d", c.year, n, c.days)
		}
	}
	var l timeline.Layout
	sc := timeline.Fit(date(2023, 12, 15), date(2025, 1, 15), 1500, 0)
	scene := l.Build(timeline.NewIndex(nil, measure), sc, timeline.Metrics{Width: 1500, Height: 200}, -1, nil)
	for _, tt := range tickTimes(sc, scene) {
		if tt.Day() != 1 || tt.Hour() != 0 {
			t.Errorf("month tick at %v", tt)
		}
	}
}

// TestLayout_TicksInZone lays out hours over Berlin's spring DST change:
// the ticks follow the local wall clock (no 02:00), in order, and the
// labels read local time.
func TestLayout_TicksInZone(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip(err)
	}
	var l timeline.Layout
	sc := timeline.Fit(time.Date(2024, 3, 30, 22, 0, 0, 0, berlin), time.Date(2024, 3, 31, 6, 30, 0, 0, berlin), 1000, 0)
	sc.Location = berlin
	scene := l.Build(timeline.NewIndex(nil, measure), sc, timeline.Metrics{Width: 1000, Height: 200}, -1, nil)
	var labels []string
	prev := float32(-1)
	for _, tk := range scene.Ticks {
		if tk.Major || tk.NoLine {
			continue
		}
		if tk.X <= prev {
			t.Errorf("tick at %v after %v", tk.X, prev)
		}
		prev = tk.X
		labels = append(labels, tk.Label)
	}
	got := fmt.Sprint(labels)
	if scene.Rung != timeline.Hour || got != "[22:00 23:00 00:00 01:00 03:00 04:00 05:00 06:00]" {
		t.Errorf("%v ticks %v", scene.Rung, got)
	}
	checkTicks(t, sc, scene)
}

// TestLayout_LongTicks checks that long minor labels are used when asked
// for and there is room, and short ones otherwise.
func TestLayout_LongTicks(t *testing.T) {
	type longCase struct {
		days float64 // across 1000 px
		want string  // a minor label expected
	}
	for _, c := range []longCase{{10, "Tue 19"}, {30, "19"}, {365, "December"}, {800, "Dec"}} {
		l := timeline.Layout{LongTicks: true}
		sc := timeline.Scale{Origin: date(2024, 11, 15), SecondsPerPixel: c.days * 86400 / 1000}
		scene := l.Build(timeline.NewIndex(nil, measure), sc, timeline.Metrics{Width: 1000, Height: 200}, -1, nil)
		found := false
		for _, tk := range scene.Ticks {
			found = found || (!tk.Major && tk.Label == c.want)
		}
		if !found {
			t.Errorf("%g days: no minor label %q", c.days, c.want)
		}
		checkScene(t, scene)
	}
}

// labelCase is one view whose axis labels are checked against the rule
// that a label belongs to the stretch it names: labels that must be drawn
// and labels that must not.
type labelCase struct {
	name    string
	idx     *timeline.Index
	sc      timeline.Scale
	width   float32
	want    []string // drawn somewhere on the axis
	notWant []string // drawn nowhere
}

// TestLayout_LabelsOwnTheirStretch checks the axis labels of the built-in
// briefing fitted with empty time compressed (as `0` shows it, margins 6 %
// of the width, breaks placed on 88 % of it as the view does) and of plain
// linear views. A context label at a segment's left edge ("1998") is drawn
// only over something it dates; a minor label ("31 Dec") only when its
// period ends before the next break, under its own major period, and with
// no major line through it. The years of the lone events stay.
// Which labels fall where was worked out from the briefing's dates and the
// 7-pixel-a-letter measure.
func TestLayout_LabelsOwnTheirStretch(t *testing.T) {
	briefing := timeline.NewIndex(days(newsStarts...), measure)
	fitAll := func(width float32) timeline.Scale {
		start, end := briefing.Bounds()
		b := timeline.PlaceBreaks(briefing, start, end, width*0.88, 14)
		return timeline.FitBreaks(start, end, width, width*0.06, b)
	}
	empty := timeline.NewIndex(nil, measure)
	cases := []labelCase{
		{name: "fit all 1024", idx: briefing, sc: fitAll(1024), width: 1024,
			want: []string{"1999", "2002", "2019", "2024", "September", "November"}, notWant: []string{"1998"}},
		{name: "fit all 1440", idx: briefing, sc: fitAll(1440), width: 1440,
			want: []string{"1999", "2002", "2019", "2024", "December"}, notWant: []string{"1998"}},
		// At 2560 px the rung is weeks: the week of Monday 31 December
		// 2001 (and 2018) begins just after a break, before the 2002 (2019)
		// event, and is cut off by the next break.
		{name: "fit all 2560", idx: briefing, sc: fitAll(2560), width: 2560,
			want: []string{"1999", "2002", "2019", "February 2022", "7 Feb", "1 Jan", "November 2024", "25 Nov"}, notWant: []string{"31 Dec"}},
		// At 2000 px (with this measure; beside the detail pane on a
		// 2560-pixel screen in the app's font) weeks are 52 px wide. The
		// margin before the 1999 event (December 1998 and its weeks) and
		// the weeks from the pads before the 2002, 2019 and February 2022
		// events (31 Dec, 31 Jan) belong to no event's period and are not
		// labelled.
		{name: "fit all 2000", idx: briefing, sc: fitAll(2000), width: 2000,
			want:    []string{"1999", "2002", "2019", "February 2022", "7 Feb", "January 2024", "8 Jan", "August 2024", "2 Dec"},
			notWant: []string{"December 1998", "1998", "21 Dec", "28 Dec", "31 Dec", "31 Jan"}},
		// A linear view of nothing but weeks still names the month at its
		// left edge: the week labels are what it dates.
		{name: "empty weeks, linear", idx: empty, sc: timeline.Fit(date(2024, 11, 6), date(2025, 1, 20), 1000, 0), width: 1000,
			want: []string{"November 2024", "W46, 11 Nov", "December 2024", "January 2025"}},
		// The week of Monday 30 September 2024 has October's line through
		// its label: October's own label names that boundary.
		{name: "week across a month line", idx: empty, sc: timeline.Fit(date(2024, 9, 1), date(2024, 11, 1), 1000, 0), width: 1000,
			want: []string{"W39, 23 Sep", "W41, 7 Oct", "October 2024"}, notWant: []string{"W40, 30 Sep"}},
		// At the view's right edge a week runs on out of view and keeps
		// its label: panning brings in the rest.
		{name: "week at the right edge", idx: empty, sc: timeline.Fit(date(2024, 10, 1), date(2024, 12, 8), 1000, 0), width: 1000,
			want: []string{"W49, 2 Dec"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := timeline.Layout{LongTicks: true}
			scene := l.Build(c.idx, c.sc, timeline.Metrics{Width: c.width, Height: 400, TextSize: 14}, -1, nil)
			checkScene(t, scene)
			drawn := map[string]bool{}
			for _, tk := range scene.Ticks {
				drawn[tk.Label] = true
			}
			for _, w := range c.want {
				if !drawn[w] {
					t.Errorf("no %q label; labels %v", w, labelsOf(scene))
				}
			}
			for _, w := range c.notWant {
				if drawn[w] {
					t.Errorf("%q is drawn; labels %v", w, labelsOf(scene))
				}
			}
			checkMinorPeriods(t, c.sc, scene)
			checkNoLineThrough(t, scene)
		})
	}
}

// labelsOf lists the drawn tick labels of scene, left to right per tier.
func labelsOf(scene *timeline.Scene) []string {
	var out []string
	for _, tk := range scene.Ticks {
		if tk.Label != "" {
			out = append(out, tk.Label)
		}
	}
	return out
}

// checkMinorPeriods checks that every labelled minor tick's period ends
// before the first break mark after it.
func checkMinorPeriods(t *testing.T, sc timeline.Scale, scene *timeline.Scene) {
	t.Helper()
	for _, tk := range scene.Ticks {
		if tk.Major || tk.Label == "" {
			continue
		}
		at := scene.Rung.Floor(sc.Time(tk.X+0.5), sc.Loc())
		next := sc.X(scene.Rung.Next(at, sc.Loc()))
		for _, b := range scene.Breaks {
			if b.X0 > tk.X {
				if next > b.X0+0.5 {
					t.Errorf("minor label %q at %.0f: its period ends at %.0f, past the break at %.0f", tk.Label, tk.X, next, b.X0)
				}
				break
			}
		}
	}
}

// checkNoLineThrough checks that no major tick's line runs through a
// drawn minor label.
func checkNoLineThrough(t *testing.T, scene *timeline.Scene) {
	t.Helper()
	for _, tk := range scene.Ticks {
		if tk.Major || tk.Label == "" {
			continue
		}
		for _, mj := range scene.Ticks {
			if mj.Major && !mj.NoLine && mj.X > tk.LabelX && mj.X < tk.LabelX+tk.LabelW {
				t.Errorf("the line of %q at %.0f runs through the label %q at %.0f–%.0f", mj.Label, mj.X, tk.Label, tk.LabelX, tk.LabelX+tk.LabelW)
			}
		}
	}
}
