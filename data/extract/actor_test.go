package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/data/sample"
)

func TestActors(t *testing.T) {
	sentences := []string{
		"ASTANA — Tokayev called for peace talks.",
		"Putin will arrive in Astana on Wednesday.",
		"In September, Tokayev said Russia could not be defeated.",
		"Putin's visit follows last week's strikes.",
		"Voters backed a nuclear plant on Sunday.",
		"The summit opens on Thursday, Putin said.",
	}
	events := make([]data.Event, len(sentences))
	for i, s := range sentences {
		events[i].Sentence = s
	}
	per, names := extract.Actors(events, 2)
	want := []string{"Tokayev", "Putin", "Tokayev", "Putin", extract.OtherActor, "Putin"}
	for i := range want {
		if per[i] != want[i] {
			t.Errorf("event %d (%q): actor %q, want %q", i, sentences[i], per[i], want[i])
		}
	}
	if len(names) != 3 || names[0] != "Putin" || names[1] != "Tokayev" || names[2] != extract.OtherActor {
		t.Errorf("names = %v, want [Putin Tokayev Other]", names)
	}
}

// TestActors_Briefing checks the lanes Group by Actor makes of the built-in
// briefing (issue 13): named people and bodies, never a common word that
// opens a sentence. The expected lanes were read off the articles by hand.
func TestActors_Briefing(t *testing.T) {
	articles, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	r := extract.Add(articles)
	per, names := extract.Actors(r.Events, 6) // the app's maxActorLanes
	t.Logf("lanes: %v", names)
	for _, want := range []string{"Putin", "Tokayev", "CSTO"} {
		if !slices.Contains(names, want) {
			t.Errorf("no %q lane in %v", want, names)
		}
	}
	for _, bad := range []string{"Category", "Peninsula", "Collective Security Treaty Organization", "Vladimir"} {
		if slices.Contains(names, bad) {
			t.Errorf("lane %q in %v", bad, names)
		}
	}
	for i, e := range r.Events {
		if strings.Contains(e.Sentence, "Putin") && strings.HasPrefix(e.Title, "Putin") && per[i] != "Putin" {
			t.Errorf("%q: actor %q, want Putin", e.Sentence, per[i])
		}
	}
}

// TestActors_Acronym checks that a body named in full in one article and
// by its acronym in another shares one lane.
func TestActors_Acronym(t *testing.T) {
	one := &data.Article{Source: "a"}
	two := &data.Article{Source: "b"}
	events := []data.Event{
		{Sentence: "The European Central Bank kept rates on hold on Thursday.", Article: one},
		{Sentence: "Markets had expected the ECB to cut in June.", Article: two},
		{Sentence: "Voters went to the polls on Sunday.", Article: two},
	}
	per, names := extract.Actors(events, 3)
	if per[0] != "ECB" || per[1] != "ECB" || per[2] != extract.OtherActor {
		t.Errorf("actors %v (lanes %v), want [ECB ECB Other]", per, names)
	}
}
