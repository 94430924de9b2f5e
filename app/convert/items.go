package convert

import (
	"fmt"
	"strings"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/extract"
	"github.com/dateline/dateline/timeline"
)

// Items converts the events of r to timeline items, one per event in the
// same order, so an item's index is its event's index. An item's Color is
// the position of its event's article in r.Articles, so each source keeps
// one colour and a legend lists r.Articles in order. lane gives each
// event's lane (see Lanes); nil puts every item in lane 0.
func Items(r extract.Result, lane []int) []timeline.Item {
	src := NewEventItems(r, lane)
	out := make([]timeline.Item, src.Len())
	for i := range out {
		out[i] = src.Item(i)
	}
	return out
}

// EventItems is the events of a result as timeline items (as Items makes
// them), each made when asked for: the timeline indexes them without a
// slice of them all, 88 MB at a million events.
type EventItems struct {
	events []data.Event
	lane   []int
	at     map[*data.Article]int // article -> colour
	note   map[int]string        // item -> what its label adds (LabelGroups)
}

// NewEventItems returns the events of r as items, lane giving each
// event's lane as for Items. It keeps r.Events and lane, which must not
// change while it is in use.
func NewEventItems(r extract.Result, lane []int) *EventItems {
	at := make(map[*data.Article]int, len(r.Articles))
	for i, a := range r.Articles {
		at[a] = i
	}
	return &EventItems{events: r.Events, lane: lane, at: at}
}

// Len returns the number of events.
func (s *EventItems) Len() int { return len(s.events) }

// Item returns event i as an item.
func (s *EventItems) Item(i int) timeline.Item {
	e := &s.events[i]
	it := timeline.Item{
		Start:  e.Span.Start,
		End:    e.Span.End,
		Label:  e.Title,
		Span:   !e.Span.Precision.IsPoint(),
		Approx: e.Mod == "APPROX" || strings.HasSuffix(e.Value, "_REF"),
		Color:  s.at[e.Article],
	}
	if i < len(s.lane) {
		it.Lane = s.lane[i]
	}
	if note, ok := s.note[i]; ok {
		it.Label += note
	}
	return it
}

// Grouping is a way of splitting the events into lanes.
type Grouping string

// Groupings, as the app's View menu offers them.
const (
	GroupNone   Grouping = "none"
	GroupSource Grouping = "source"
	GroupActor  Grouping = "actor"
	GroupTag    Grouping = "tag"
)

// Untagged names the lane of events whose article has no tags.
const Untagged = "Untagged"

// ParseGrouping returns the Grouping named s ("none", "source" or
// "actor", in any case).
func ParseGrouping(s string) (Grouping, error) {
	switch g := Grouping(strings.ToLower(s)); g {
	case GroupNone, GroupSource, GroupActor, GroupTag:
		return g, nil
	case "":
		return GroupNone, nil
	}
	return GroupNone, fmt.Errorf("convert: grouping %q: want none, source, actor or tag", s)
}

// Lanes returns each event's lane under g and the lanes' names: one lane
// per article (named by its title) for GroupSource, one per main actor
// for GroupActor (at most maxActors, the rest sharing the last), one per
// article tag for GroupTag (an article's first tag places its events),
// and a single unnamed lane for GroupNone: nil lane and names, which
// Items takes as lane 0 for every event (and saves 8 MB at a million).
func Lanes(r extract.Result, g Grouping, maxActors int) (lane []int, names []string) {
	if g == GroupNone {
		return nil, nil
	}
	lane = make([]int, len(r.Events))
	switch g {
	case GroupSource:
		names = make([]string, len(r.Articles))
		at := make(map[*data.Article]int, len(r.Articles))
		for i, a := range r.Articles {
			names[i] = a.Title
			at[a] = i
		}
		for i, e := range r.Events {
			lane[i] = at[e.Article]
		}
	case GroupActor:
		actors, actorNames := extract.Actors(r.Events, maxActors)
		at := make(map[string]int, len(actorNames))
		for i, n := range actorNames {
			at[n] = i
		}
		for i, a := range actors {
			lane[i] = at[a]
		}
		names = actorNames
	case GroupTag:
		names = tagLanes(r, lane)
	}
	return lane, names
}

// tagLanes puts each event in the lane of its article's first tag, lanes
// in order of first appearance, with Untagged last when used.
func tagLanes(r extract.Result, lane []int) (names []string) {
	at := map[string]int{}
	untagged := false
	for _, a := range r.Articles {
		if len(a.Tags) == 0 {
			untagged = true
		} else if _, ok := at[a.Tags[0]]; !ok {
			at[a.Tags[0]] = len(names)
			names = append(names, a.Tags[0])
		}
	}
	if untagged {
		at[Untagged] = len(names)
		names = append(names, Untagged)
	}
	for i, e := range r.Events {
		tag := Untagged
		if e.Article != nil && len(e.Article.Tags) > 0 {
			tag = e.Article.Tags[0]
		}
		lane[i] = at[tag]
	}
	return names
}
