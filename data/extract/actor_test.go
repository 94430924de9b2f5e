package extract_test

import (
	"testing"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
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
