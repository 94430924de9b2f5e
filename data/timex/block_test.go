package timex_test

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/data/timex"
)

// TestTag_Blocks checks that reading a text a block at a time changes
// nothing: our benchmark text, its paragraphs apart, tags the same with
// blocks that end at every paragraph break as in one block.
func TestTag_Blocks(t *testing.T) {
	text := strings.Repeat(strings.ReplaceAll(benchText, ". ", ".\n\n"), 3)
	checkBlocks(t, []evalDoc{{name: "benchText", text: text, dct: dct27}})
}

// TestTag_BlocksSports checks that the whole text decides whether "the
// second half" is a period of play when its sentence says nothing either
// way, whichever block the deciding words stand in: after the half (read
// ahead), before it, or on both sides.
func TestTag_BlocksSports(t *testing.T) {
	half := "The visitors pulled ahead in the second half.\n\n"
	match := "The team scored twice and led 21-14 at halftime.\n\nThe coach praised the team.\n\n"
	money := "Profits rose 5% on higher sales, and shares gained.\n\n"
	docs := []evalDoc{
		{name: "match after", text: half + match, dct: dct27},
		{name: "match before", text: match + half, dct: dct27},
		{name: "match around", text: match + half + match, dct: dct27},
		{name: "money after", text: half + money + money, dct: dct27},
		{name: "halves in several blocks", text: half + match + half + money + half, dct: dct27},
	}
	checkBlocks(t, docs)
	if got := timex.Tag(half+match, docDCT(docs[0])); len(got) != 0 {
		t.Errorf("match report: tagged %v, want no half of the calendar", got)
	}
	if got := timex.Tag(half+money, docDCT(docs[0])); len(got) != 1 || got[0].Text != "the second half" {
		t.Errorf("company report: tagged %v, want the second half", got)
	}
}

// TestTag_BlocksCorpora is TestTag_Blocks over every corpus document.
func TestTag_BlocksCorpora(t *testing.T) {
	var docs []evalDoc
	for _, set := range evalSets(t) {
		docs = append(docs, set.docs...)
	}
	checkBlocks(t, docs)
}

func checkBlocks(t *testing.T, docs []evalDoc) {
	t.Helper()
	for _, d := range docs {
		restore := timex.SetBlockSize(1<<30, 1<<30)
		whole := timex.Tag(d.text, docDCT(d))
		restore()
		restore = timex.SetBlockSize(1, 1<<30)
		blocks := timex.Tag(d.text, docDCT(d))
		restore()
		if !reflect.DeepEqual(whole, blocks) {
			t.Errorf("%s: tagged in blocks differs:\n whole  %v\n blocks %v", d.name, whole, blocks)
		}
		checkTagSentences(t, d.name, d.text, docDCT(d))
		restore = timex.SetRuleIndex(false)
		all := timex.Tag(d.text, docDCT(d))
		restore()
		if !reflect.DeepEqual(whole, all) {
			t.Errorf("%s: tagged trying every rule at every word differs:\n indexed %v\n all     %v", d.name, whole, all)
		}
	}
}

// checkTagSentences checks that TagSentences returns what Tag and
// Sentences do, in one block and in a block per paragraph.
func checkTagSentences(t *testing.T, name, text string, dct time.Time) {
	t.Helper()
	wantTags, wantSentences := timex.Tag(text, dct), timex.Sentences(text)
	for _, size := range []int{1 << 30, 1} {
		restore := timex.SetBlockSize(size, 1<<30)
		tags, sentences := timex.TagSentences(text, dct)
		restore()
		if !reflect.DeepEqual(tags, wantTags) {
			t.Errorf("%s, blocks of %d: TagSentences tags %v, Tag %v", name, size, tags, wantTags)
		}
		if !slices.Equal(sentences, wantSentences) {
			t.Errorf("%s, blocks of %d: TagSentences sentences %v, Sentences %v", name, size, sentences, wantSentences)
		}
	}
}

// TestTagSentences checks TagSentences against Tag and Sentences on our
// sentence cases and on paragraphs whose first line would be a headline
// if it opened the text (up to ten words) but not inside it (over six).
func TestTagSentences(t *testing.T) {
	type testCase struct{ name, text string }
	cases := []testCase{
		{"bench text", strings.ReplaceAll(benchText, ". ", ".\n\n")},
		{"eight-word paragraph line", "Talks began on Monday.\n\nEight words stand on this line without a stop\nThe ministers met again on Tuesday."},
		{"six-word paragraph line", "Talks began on Monday.\n\nSix words stand on this line\nThe ministers met again on Tuesday."},
		{"eight-word first line", "Eight words stand on this line without a stop\nThe ministers met on Tuesday.\n\nThey left."},
		{"empty", " \n\n "},
	}
	for _, c := range cases {
		checkTagSentences(t, c.name, c.text, dct27)
	}
}

// TestTag_LongParagraph checks a paragraph longer than the largest block
// is cut at a space and every date in it is still found.
func TestTag_LongParagraph(t *testing.T) {
	restore := timex.SetBlockSize(64, 256)
	defer restore()
	text := strings.Repeat("Officials met on 12 March 2024 and again on 3 April 2024 in Rome. ", 40)
	got := timex.Tag(text, dct27)
	if len(got) != 80 {
		t.Fatalf("found %d expressions, want 80", len(got))
	}
	for _, x := range got {
		if x.Value != "2024-03-12" && x.Value != "2024-04-03" {
			t.Errorf("%q at %d: value %s", x.Text, x.Start, x.Value)
		}
		if x.Text != text[x.Start:x.End] {
			t.Errorf("%q: offsets %d-%d do not match", x.Text, x.Start, x.End)
		}
	}
}

// TestTag_TinyBlocks tags mutations of our test sentences (bytes changed
// and inserted, texts doubled and joined: a fixed pseudo-random sequence)
// in blocks of at most 64 bytes, cut wherever a paragraph, a sentence or
// a space allows or else at a rune boundary, and checks what FuzzTag
// checks: offsets inside the text on rune boundaries, sorted, matching
// Text, and well-formed values.
func TestTag_TinyBlocks(t *testing.T) {
	restore := timex.SetBlockSize(16, 64)
	defer restore()
	var seeds []string
	for _, c := range slices.Concat(tagCases, recallCases, quarterCases) {
		seeds = append(seeds, c.text)
	}
	seeds = append(seeds, benchText, "\xff\xfe Nov. 27, 2024 \xc3", strings.Repeat("é\u0301", 70))
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		s := []byte(seeds[r.IntN(len(seeds))])
		for k := r.IntN(6); k > 0; k-- {
			switch p := r.IntN(len(s) + 1); r.IntN(4) {
			case 0:
				s = slices.Insert(s, p, byte(r.IntN(256)))
			case 1:
				if p < len(s) {
					s[p] = byte(r.IntN(256))
				}
			case 2:
				s = append(s, s...)
			default:
				s = append(s, "\n\n"+seeds[r.IntN(len(seeds))]...)
			}
		}
		text := string(s)
		checkTagged(t, text, timex.Tag(text, dct27))
	}
}

// TestTag_NumberGates checks that the rules' atNumber gates turn away no
// number a rule reads: sentences of our own whose expressions start at a
// number, one or more for each gate, tag the same with every rule tried
// at every token (and find something, so the case tests a gate).
func TestTag_NumberGates(t *testing.T) {
	type testCase struct{ gate, text string }
	cases := []testCase{
		{"set", "The ferry sails 3 times a week and 1,000 times a year; the helpline runs 24 hours a day."},
		{"clock", "The polls open at 0800 UTC, close at 430pm and count at 12 noon, 9:30 or 7.30pm."},
		{"stopwatch", "She ran the course in 2:07:35."},
		{"day-after-and", "The fair runs on May 2, 9 and 16, and on November 19 and 21."},
		{"numeric-date", "Filed 2024-11-27, heard 11/27/2024 and closed 27.11.2024."},
		{"day-month", "The envoy arrived on 27 November 2024 and left on 3rd December."},
		{"period-code", "Profit in 3Q24 beat forecasts, and 1H25 was flat."},
		{"fiscal-year", "Profit fell in 1990 fiscal year."},
		{"century", "The fort dates from 18th century times."},
		{"count", "It lasted 3 years, then 1,000 days, 2 1/2 years, 4+ hours, 3 more weeks, a 3-year term and 2 and 3 months."},
		{"year", "Sales rose in 2022, through 1957-58 and in the 70s, after 1990s gains."},
		{"deictic", "See you 2moro, or 2nite at the latest."},
		{"quarter", "Sales fell in 1990's fourth quarter."},
	}
	for _, c := range cases {
		gated := timex.Tag(c.text, dct27)
		restore := timex.SetRuleIndex(false)
		all := timex.Tag(c.text, dct27)
		restore()
		if len(all) == 0 {
			t.Errorf("%s: %q tags nothing", c.gate, c.text)
		}
		if !reflect.DeepEqual(gated, all) {
			t.Errorf("%s: gated %v, every rule %v", c.gate, gated, all)
		}
	}
}
