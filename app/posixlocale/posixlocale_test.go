package posixlocale_test

import (
	"testing"

	"github.com/dateline/dateline/app/posixlocale"
)

func TestIsPOSIX(t *testing.T) {
	for name, want := range map[string]bool{"C": true, "POSIX": true, "C.UTF-8": true, "C.utf8": true,
		"en_US.UTF-8": false, "de_DE": false, "": false, "Ca_ES": false} {
		if got := posixlocale.IsPOSIX(name); got != want {
			t.Errorf("IsPOSIX(%q) = %v, want %v", name, got, want)
		}
	}
}
