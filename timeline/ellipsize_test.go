package timeline_test

import (
	"testing"

	"github.com/dateline/dateline/timeline"
)

func TestEllipsize(t *testing.T) {
	measure := func(s string) float32 { return 10 * float32(len([]rune(s))) } // 10 px a letter
	type testCase struct {
		s    string
		w    float32
		want string
	}
	cases := []testCase{
		{"Putin", 50, "Putin"},
		{"Putin arrives", 60, "Putin…"},
		{"Émigrés", 40, "Émi…"},
		{"Putin", 15, ""},
		{"", 0, ""},
	}
	for _, c := range cases {
		if got := timeline.Ellipsize(c.s, c.w, measure); got != c.want {
			t.Errorf("Ellipsize(%q, %v) = %q, want %q", c.s, c.w, got, c.want)
		}
	}
}
