package project

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
)

// EventID names an event for as long as its article's text stays the same:
// a derived event by its article's content hash and its expression's byte
// offsets, a manual event by its serial number.
type EventID struct {
	// Article is the content hash of the event's article; "" for a manual
	// event.
	Article string
	// Start and End are the expression's byte offsets in the article text.
	Start, End int
	// Manual is the serial number of a manual event, from 1; 0 for a
	// derived event.
	Manual int
}

// IsZero reports whether id names no event.
func (id EventID) IsZero() bool { return id == EventID{} }

// String is the identity as the file writes it: "hash@start-end" or
// "manual-n"; "" for the zero identity.
func (id EventID) String() string {
	switch {
	case id.IsZero():
		return ""
	case id.Manual > 0:
		return "manual-" + strconv.Itoa(id.Manual)
	}
	return id.Article + "@" + strconv.Itoa(id.Start) + "-" + strconv.Itoa(id.End)
}

// MarshalText writes String.
func (id EventID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalText reads what String writes.
func (id *EventID) UnmarshalText(b []byte) error {
	got, err := ParseEventID(string(b))
	if err != nil {
		return err
	}
	*id = got
	return nil
}

// ParseEventID reads an identity in the form String writes.
func ParseEventID(s string) (EventID, error) {
	if s == "" {
		return EventID{}, nil
	}
	if n, ok := strings.CutPrefix(s, "manual-"); ok {
		m, err := strconv.Atoi(n)
		if err != nil || m <= 0 {
			return EventID{}, fmt.Errorf("bad manual event id %q", s)
		}
		return EventID{Manual: m}, nil
	}
	hash, offsets, ok := strings.Cut(s, "@")
	from, to, ok2 := strings.Cut(offsets, "-")
	start, err1 := strconv.Atoi(from)
	end, err2 := strconv.Atoi(to)
	if !ok || !ok2 || hash == "" || err1 != nil || err2 != nil || start < 0 || end < start {
		return EventID{}, fmt.Errorf("bad event id %q", s)
	}
	return EventID{Article: hash, Start: start, End: end}, nil
}

// compareIDs orders identities by article, then offsets, then serial, so
// the file lists corrections in a stable order.
func compareIDs(a, b EventID) int {
	return cmp.Or(strings.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End), cmp.Compare(a.Manual, b.Manual))
}
