package timex_test

import (
	"fmt"
	"time"

	"github.com/dateline/dateline/data/timex"
)

func ExampleTag() {
	dct := time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC) // a Wednesday
	text := "Ushakov said Tuesday that Putin will visit Astana on Wednesday, after last week's strikes."
	for _, x := range timex.Tag(text, dct) {
		fmt.Printf("%s\t%s\t%s\n", x.Text, x.Type, x.Value)
	}
	// Output:
	// Tuesday	DATE	2024-11-26
	// Wednesday	DATE	2024-11-27
	// last week	DATE	2024-W47
}

func ExampleSentences() {
	text := "The U.S. envoy met Gov. Smith at 9 a.m. Tuesday. Talks ended."
	for _, s := range timex.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// The U.S. envoy met Gov. Smith at 9 a.m. Tuesday.
	// Talks ended.
}

func ExampleFindPublished() {
	t, ok := timex.FindPublished("ASTANA, Nov. 27, 2024 (Reuters) - Putin arrived.")
	fmt.Println(t.Format("2006-01-02"), ok)
	// Output: 2024-11-27 true
}
