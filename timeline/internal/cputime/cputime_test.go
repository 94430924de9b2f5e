package cputime_test

import (
	"runtime"
	"testing"

	"github.com/dateline/dateline/timeline/internal/cputime"
)

func TestUsed(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" {
		t.Skip("not measured here")
	}
	before := cputime.Used()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if after := cputime.Used(); after <= before || x == 0 {
		t.Errorf("CPU time went from %v to %v across a busy loop", before, after)
	}
}
