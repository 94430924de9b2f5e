package timex_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/internal/budget"
	"github.com/dateline/dateline/data/timex"
)

// FuzzTag checks properties, not outputs: no panic, offsets inside the
// text on rune boundaries, sorted and non-overlapping, Text matching the
// offsets, and values that ParseValue accepts or that have the shape of a
// duration, set, reference or X-value. A range end or qualifier follows an
// expression and names calendar time, as the one before it does.
func FuzzTag(f *testing.F) {
	for _, c := range slices.Concat(tagCases, recallCases, quarterCases, valueClassCases) {
		f.Add(c.text, c.dct.Unix())
	}
	for _, c := range joinCases {
		f.Add(c.text, c.dct.Unix())
	}
	f.Add(benchText, dct27.Unix())
	f.Add("\xff\xfe Nov. 27, 2024 \xc3", int64(0))
	f.Add(strings.Repeat("the 1990s ", 50), int64(-62135596800))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		dct := time.Unix(unix, 0).UTC()
		if unix == 0 {
			dct = time.Time{}
		}
		checkTagged(t, text, timex.Tag(text, dct))
		budget.Grown(t, "Tag", text, func(s string) { timex.Tag(s, dct) })
	})
}

// checkTagged checks the properties FuzzTag asserts of Tag's output.
func checkTagged(t *testing.T, text string, got []timex.Timex) {
	t.Helper()
	bounds := runeBounds(text)
	end := 0
	for k, x := range got {
		if (x.RangeEnd || x.Qualifies) && (k == 0 || !calendar(got[k-1]) || !calendar(x)) {
			t.Fatalf("Tag(%q): %q joins no calendar expression before it", text, x.Text)
		}
		if x.Start < end || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("Tag(%q): bad offsets %d–%d after %d", text, x.Start, x.End, end)
		}
		if !bounds[x.Start] || !bounds[x.End] {
			t.Fatalf("Tag(%q): %d–%d not on rune boundaries", text, x.Start, x.End)
		}
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("Tag(%q): Text %q does not match offsets", text, x.Text)
		}
		if err := checkValue(x); err != "" {
			t.Fatalf("Tag(%q): %q: %s", text, x.Text, err)
		}
		end = x.End
	}
}

// calendar reports whether x names a stretch of the calendar.
func calendar(x timex.Timex) bool {
	_, err := x.Span()
	return err == nil && (x.Type == timex.Date || x.Type == timex.Time)
}

// runeBounds marks the offsets where a rune starts, as ranging over the
// string decodes them (an invalid byte counts as a rune of its own), and
// the end of the text.
func runeBounds(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := range text {
		b[i] = true
	}
	b[len(text)] = true
	return b
}

// checkValue reports what is wrong with a value, or "".
func checkValue(x timex.Timex) string {
	switch x.Type {
	case timex.Date, timex.Time, timex.Duration, timex.Set:
	default:
		return "unknown type " + string(x.Type)
	}
	_, err := timex.ParseValue(x.Value)
	if err == nil {
		if x.Type == timex.Duration {
			return "duration with calendar value " + x.Value
		}
		return ""
	}
	if !errors.Is(err, timex.ErrNotCalendar) {
		return "malformed value " + x.Value + ": " + err.Error()
	}
	v := x.Value
	switch {
	case strings.HasSuffix(v, "_REF"):
		if v != "PAST_REF" && v != "PRESENT_REF" && v != "FUTURE_REF" {
			return "unknown reference " + v
		}
	case strings.HasPrefix(v, "P"):
		if len(v) < 3 || strings.Trim(v[1:], "0123456789XTYMWDHSEQLC.") != "" {
			return "malformed duration " + v
		}
	case strings.HasPrefix(v, "XXXX") || strings.HasPrefix(v, "TXX"):
	case len(v) > 4 && strings.Trim(v[:4], "0123456789") == "" && strings.Trim(v[4:], "-X") == "":
		// A year with unknown month and day: "1998-XX-XX", a day of
		// 1998 fixed by an event the tagger cannot date.
	default:
		return "value " + v + " is neither calendar nor X-value"
	}
	return ""
}

// FuzzSentences checks that sentences are ordered, non-empty, inside the
// text and on rune boundaries.
func FuzzSentences(f *testing.F) {
	for _, c := range tagCases {
		f.Add(c.text)
	}
	f.Add(benchText)
	f.Add("Mr. Smith met Gov. Jones at 9 a.m. The U.S. said \"no.\" Then\n\nHeadline\nBody.")
	f.Add("\xff. \xfe? A")
	f.Fuzz(func(t *testing.T, text string) {
		budget.Grown(t, "Sentences", text, func(s string) { timex.Sentences(s) })
		end := 0
		bounds := runeBounds(text)
		for _, s := range timex.Sentences(text) {
			if s.Start < end || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("Sentences(%q): bad range %d–%d after %d", text, s.Start, s.End, end)
			}
			if !bounds[s.Start] || !bounds[s.End] {
				t.Fatalf("Sentences(%q): %d–%d not on rune boundaries", text, s.Start, s.End)
			}
			end = s.End
		}
	})
}

// TestTag_HugeLine checks that long texts without paragraph breaks run in
// time linear in their length: ten times the text may take at most 40
// times as long (best of three runs each, so that a busy machine does not
// fail it), where a quadratic scan would take a hundred times. The second
// unit is a run of "!" sentences, where looking back for an
// abbreviation's full stop once scanned to the start of the text.
func TestTag_HugeLine(t *testing.T) {
	for _, unit := range []string{
		"the past 12 months, and 1990 and Sept. 12 and the the the 3 4 5 ",
		"They won on Friday! Fans cheered! ",
		"$third quarter0$",                         // one sentence of many quarters: cues counted once
		"ThursdAY0OCt0A0",                          // no spaces: a hashtag is looked for a few tokens back only
		"City v United Saturday 3pm ",              // a verbless line is told so once, not per listed day
		"new album drops Friday ",                  // an unknown -s word before a day looks at a short sentence only
		"Shops open Friday, Saturday and Sunday. ", // a present verb asks whether a credit follows on its line: a few tokens, not the line
	} {
		small := strings.Repeat(unit, 1000)
		big := strings.Repeat(unit, 10000)
		t1, t2 := budget.BestOf3(func() { timex.Tag(small, dct27) }), budget.BestOf3(func() { timex.Tag(big, dct27) })
		if t2 > 40*t1+200*time.Millisecond {
			t.Errorf("Tag on 10× %q took %v against %v: not linear", unit, t2, t1)
		}
	}
}

// FuzzFindPublished checks that FindPublished never panics and returns
// only UTC midnights with four-digit years.
func FuzzFindPublished(f *testing.F) {
	f.Add("ASTANA, Nov. 27, 2024 (Reuters) - Putin arrived.")
	f.Add("Headline\nPublished 27 November 2024\n\nBody text.")
	f.Add("\xff\n\n\n2024-11-27\n")
	f.Fuzz(func(t *testing.T, text string) {
		budget.Grown(t, "FindPublished", text, func(s string) { timex.FindPublished(s) })
		d, ok := timex.FindPublished(text)
		if !ok {
			return
		}
		if d.Year() < 1000 || d.Year() > 9999 || d.Location() != time.UTC || d.Hour() != 0 {
			t.Fatalf("FindPublished(%q) = %v", text, d)
		}
	})
}
