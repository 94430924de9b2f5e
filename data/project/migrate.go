package project

import (
	"fmt"

	json "github.com/goccy/go-json"
)

// record0 is one event of format version 0: the app's JSON event export,
// an array of these. It is a copy of the export's layout when version 1
// began, frozen here so that old files stay readable whatever the export
// becomes.
type record0 struct {
	Title        string `json:"title"`
	Value        string `json:"value"`
	Mod          string `json:"mod"`
	Expr         string `json:"expr"`
	ExprStart    int    `json:"expr_start"`
	ExprEnd      int    `json:"expr_end"`
	Text         string `json:"text"`
	Source       string `json:"source"`
	ArticleTitle string `json:"article"`
	Published    string `json:"published"`
}

// migrate0 reads an event export as a project of manual events, one per
// record: the export holds no article text to derive events from.
func migrate0(b []byte) (*Project, error) {
	var records []record0
	if err := json.Unmarshal(b, &records); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	p := New()
	for i, r := range records {
		if _, err := parseDate(r.Published); err != nil {
			return nil, fmt.Errorf("%w: event %d: published %q: not a date", ErrCorrupt, i+1, r.Published)
		}
		m := &Manual{ID: EventID{Manual: i + 1},
			Origin:   &Origin{Source: r.Source, Title: r.ArticleTitle, Published: r.Published},
			Sentence: r.Text, Expr: r.Expr, ExprStart: r.ExprStart, ExprEnd: r.ExprEnd,
			Fields: Fields{Title: r.Title, Value: r.Value, Mod: r.Mod}}
		if err := p.addManual(m); err != nil {
			return nil, fmt.Errorf("%w: event %d: %v", ErrCorrupt, i+1, err)
		}
	}
	return p, nil
}
