package safefile

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxNameRunes bounds a suggested file name (before its extension): long
// titles make names Windows' Explorer cannot show, and paths over 260
// characters that old programs cannot open.
const MaxNameRunes = 80

// Name makes s (a bank's or a document's title) a file name valid on
// Windows and Linux, keeping ext (".docx"): the characters Windows refuses
// (/ \ : * ? " < > | and control characters) become "-", runs of them
// and of spaces one, the end is trimmed of dots and spaces, long names are
// cut at a word, and the names Windows reserves (CON, NUL, COM1…) get a
// "_" in front. An empty result is "sotay".
func Name(s, ext string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case strings.ContainsRune(`/\:*?"<>|`, r) || unicode.IsControl(r):
			if !dash {
				b.WriteString(" - ")
			}
			dash = true
		default:
			b.WriteRune(r)
			dash = false
		}
	}
	name := strings.Join(strings.Fields(strings.ReplaceAll(b.String(), " - -", " -")), " ")
	name = strings.Trim(name, " .-")
	if utf8.RuneCountInString(name) > MaxNameRunes {
		r := []rune(name)[:MaxNameRunes]
		cut := string(r)
		if i := strings.LastIndexByte(cut, ' '); i > MaxNameRunes/2 {
			cut = cut[:i]
		}
		name = strings.Trim(cut, " .-")
	}
	if name == "" {
		name = "sotay"
	}
	base := strings.ToUpper(name)
	if i := strings.IndexByte(base, '.'); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		name = "_" + name
	}
	return name + ext
}
