package timex_test

import (
	"reflect"
	"testing"

	"github.com/dateline/dateline/data/timex"
)

// TestSentences: the expected splits were written by hand for each text.
func TestSentences(t *testing.T) {
	type testCase struct {
		name string
		text string
		want []string
	}
	cases := []testCase{
		{"a.m.", "They met at 9 a.m. Tuesday in Astana. Talks ended.", []string{"They met at 9 a.m. Tuesday in Astana.", "Talks ended."}},
		{"a.m. at end", "They met at 9 a.m. The talks ended.", []string{"They met at 9 a.m.", "The talks ended."}},
		{"a.m. before a noun", "It made landfall at 4 a.m. Schools will stay shut.", []string{"It made landfall at 4 a.m.", "Schools will stay shut."}},
		{"a.m. before a zone", "The polls open at 7 a.m. EST and close late.", []string{"The polls open at 7 a.m. EST and close late."}},
		{"p.m. before a place's time", "It starts at 2 p.m. Moscow time on Friday.", []string{"It starts at 2 p.m. Moscow time on Friday."}},
		{"p.m. before a month", "It ends at 5 p.m. Nov. 6, officials said.", []string{"It ends at 5 p.m. Nov. 6, officials said."}},
		{"U.S.", "The U.S. Army left. It returned.", []string{"The U.S. Army left.", "It returned."}},
		{"titles", "Gov. Jeff Landry of La. said so. Sen. Smith agreed.", []string{"Gov. Jeff Landry of La. said so.", "Sen. Smith agreed."}},
		{"month abbreviation", "It began Sept. 12, 2024. It ended.", []string{"It began Sept. 12, 2024.", "It ended."}},
		{"month abbreviation at end", "Camps run in July and Aug. The fees rise.", []string{"Camps run in July and Aug.", "The fees rise."}},
		{"decade at end", "Programs were cut in the 1990s. Critics said so.", []string{"Programs were cut in the 1990s.", "Critics said so."}},
		{"short decade at end", "He was born in the 60s. He moved.", []string{"He was born in the 60s.", "He moved."}},
		{"initial", "It was signed by John F. Kennedy.", []string{"It was signed by John F. Kennedy."}},
		{"closing quote", `"We will go." Then he left.`, []string{`"We will go."`, "Then he left."}},
		{"closing quotes before a blank line", "He called it a ``setback.''\n\n``We go on,'' he said.", []string{"He called it a ``setback.''", "``We go on,'' he said."}},
		{"question", "Will it end? Nobody knows!", []string{"Will it end?", "Nobody knows!"}},
		{"headline", "Putin to visit Astana\nMOSCOW (Reuters) - Putin will fly on Wednesday.", []string{"Putin to visit Astana", "MOSCOW (Reuters) - Putin will fly on Wednesday."}},
		{"blank line", "First paragraph without stop\n\nSecond one.", []string{"First paragraph without stop", "Second one."}},
		{"wrapped line", "The minister, who arrived late on\nTuesday, said nothing.", []string{"The minister, who arrived late on\nTuesday, said nothing."}},
		{"initials", "George W. Bush spoke. Then Dick Cheney did.", []string{"George W. Bush spoke.", "Then Dick Cheney did."}},
		{"decimal", "The economy shrank 0.9 percent. It grew.", []string{"The economy shrank 0.9 percent.", "It grew."}},
		{"day entries", "Coming up:\nFriday: Town v Rangers (8pm)\nSunday - County v Albion, 2pm", []string{"Coming up:", "Friday: Town v Rangers (8pm)", "Sunday - County v Albion, 2pm"}},
		{"label entries", "Travel latest\nM25: delays after a crash at about 1pm\nGatwick: runway reopened at 3.15pm",
			[]string{"Travel latest", "M25: delays after a crash at about 1pm", "Gatwick: runway reopened at 3.15pm"}},
		{"a wrapped line is no label entry", "The council said the roads would close at\nNoon: officers will patrol.",
			[]string{"The council said the roads would close at\nNoon: officers will patrol."}},
		{"weekday range in a line", "The shops open on\nMonday-Friday from 9am.", []string{"The shops open on\nMonday-Friday from 9am."}},
		{"bullet items", "Key points\n- Ferries halted until Sunday evening\n- Monday's exams moved\n* Roads reopen", []string{"Key points", "- Ferries halted until Sunday evening", "- Monday's exams moved", "* Roads reopen"}},
		{"dash inside a wrapped line", "The count, which officials had promised would be quick, was\n- as in 2019 - slow.", []string{"The count, which officials had promised would be quick, was\n- as in 2019 - slow."}},
		{"empty", "  \n ", nil},
	}
	for _, c := range cases {
		var got []string
		for _, s := range timex.Sentences(c.text) {
			got = append(got, c.text[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Sentences(%q) = %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// TestSentences_WrappedShortLine keeps a short unpunctuated line inside a
// hard-wrapped paragraph in its sentence, while a headline above a blank
// line still stands alone.
func TestSentences_WrappedShortLine(t *testing.T) {
	text := "Summit opens in Astana\n\nThe leaders met on Thursday.\n\nArmenia froze its role in the Collective Security Treaty\nOrganization in February, citing the war.\nIt left the\nbloc.\n"
	var got []string
	for _, s := range timex.Sentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Summit opens in Astana", "The leaders met on Thursday.",
		"Armenia froze its role in the Collective Security Treaty\nOrganization in February, citing the war.", "It left the\nbloc."}
	if len(got) != len(want) {
		t.Fatalf("sentences %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
}
