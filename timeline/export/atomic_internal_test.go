package export

import "testing"

func TestIsOurTemp(t *testing.T) {
	type tempCase struct {
		name string
		want bool
	}
	for _, tc := range []tempCase{
		{".x.png.2151943647.tmp", true},
		{".a.b.c.1.tmp", true},
		{".x.png..tmp", false},
		{".x.png.12a.tmp", false},
		{"..1.tmp", false},
		{"x.png.1.tmp", false},
		{".x.png.1.tmpx", false},
		{".1.tmp", false},
		{".tmp", false},
		{"", false},
	} {
		if got := isOurTemp(tc.name); got != tc.want {
			t.Errorf("isOurTemp(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
