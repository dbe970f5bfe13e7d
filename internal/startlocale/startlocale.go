// Package startlocale, imported for its side effect by the GUI's main,
// keeps Fyne quiet about locales it cannot parse. Fyne reads the locale
// from LC_ALL, LC_MESSAGES, LANG and LANGUAGE while its packages are being
// initialised and logs an error for values such as "C.UTF-8". When the
// locale cannot be parsed, this package sets LANGUAGE=vi before that
// happens (Go initialises packages in import-path order when it may, and
// "sotay/…" comes before "text/template", which Fyne's lang package needs).
package startlocale

import (
	"os"
	"runtime"
	"strings"

	"golang.org/x/text/language"
)

func init() { Fix() }

// Fix sets LANGUAGE=vi if the locale environment holds a value that is not a
// valid language tag, and reports whether it did.
func Fix() bool {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return false // the locale comes from the OS, not the environment
	}
	loc := ""
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = os.Getenv(v); loc != "" {
			break
		}
	}
	if loc == "C" || loc == "POSIX" {
		return false
	}
	if l := os.Getenv("LANGUAGE"); l != "" {
		loc = l
	}
	for _, part := range strings.Split(loc, ":") {
		if part == "" {
			continue
		}
		tag, _, _ := strings.Cut(part, ".")
		tag = strings.ReplaceAll(tag, "_", "-")
		if _, err := language.Parse(tag); err != nil {
			os.Setenv("LANGUAGE", "vi")
			return true
		}
	}
	return false
}
