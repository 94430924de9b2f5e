// Package posixlocale gives Fyne a locale it can parse when the
// environment names the POSIX locale ("C", "POSIX", "C.UTF-8"), as minimal
// systems and CI do. Fyne reads the locale while its packages initialise
// and logs an error for those names at every start, CLI runs included.
//
// Import it for its side effect, first: Go initialises packages in import
// path order once their own imports are ready, and this one needs only
// os, so its init runs before Fyne's language package reads the locale.
package posixlocale

import (
	"os"
	"strings"
)

// fallback is the locale used in place of the POSIX one: the same English
// messages, in a form Fyne parses.
const fallback = "en_US.UTF-8"

func init() {
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(key)
		if v == "" {
			continue
		}
		if IsPOSIX(v) {
			os.Setenv(key, fallback)
		}
		return // the first one set is the one that counts
	}
}

// IsPOSIX reports whether a locale name is the POSIX locale.
func IsPOSIX(name string) bool {
	return name == "C" || name == "POSIX" || strings.HasPrefix(name, "C.")
}
