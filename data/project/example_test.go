package project_test

import (
	"fmt"
	"time"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/project"
)

// The window's round of an edit: read the typed date back in words, apply
// it through the history, offer to undo it by name.
func ExampleHistory() {
	p := project.New()
	h := project.NewHistory(p)
	a := &data.Article{Title: "Talks", Source: "talks.txt", Text: "Talks open on 3 March 2025 in Astana.",
		Published: time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)} // a Saturday
	if err := h.Do(project.AddArticle{Article: a}); err != nil {
		fmt.Println(err)
		return
	}
	e := p.Events()[0]
	r, _ := p.ReadDate(e.ID, "next Thursday")
	fmt.Println(e.Expr, "→", r.Words)
	if err := h.Do(project.ChangeDate{Event: e.ID, Text: "next Thursday"}); err != nil {
		fmt.Println(err)
		return
	}
	got, _ := p.Event(e.ID)
	fmt.Println(got.Value, "corrected:", got.Corrected)
	fmt.Printf("Undo %q\n", h.UndoName())
	h.Undo()
	got, _ = p.Event(e.ID)
	fmt.Println(got.Value, "corrected:", got.Corrected)
	// Output:
	// 3 March 2025 → Thursday 6 February 2025
	// 2025-02-06 corrected: true
	// Undo "Change Date"
	// 2025-03-03 corrected: false
}
