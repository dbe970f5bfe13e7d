// Package viet holds what Sổ tay knows about Vietnamese text: Unicode
// normalisation, folding for diacritic-insensitive matching, and sorting in
// Vietnamese alphabetical order.
package viet

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode Normalization Form C (precomposed), the form all
// text is stored in. Text that is already NFC is returned without copying.
func NFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// tableSize bounds the runes looked up in tables: Latin, Greek, Cyrillic
// and the Latin Extended Additional block where Vietnamese letters live.
const tableSize = 0x1F00

// foldTable maps every rune below tableSize to its folded form; built once
// from the Unicode decompositions.
var foldTable = func() *[tableSize]rune {
	var t [tableSize]rune
	for r := rune(0); r < tableSize; r++ {
		t[r] = unicode.ToLower(r)
		if r < 0xC0 {
			continue
		}
		base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r)))
		if base < 0x80 && unicode.IsLetter(base) {
			t[r] = unicode.ToLower(base)
		}
	}
	t['đ'], t['Đ'] = 'd', 'd'
	return &t
}()

// FoldRune folds one rune: lower case, tones and vowel marks removed, đ → d.
func FoldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r < tableSize {
		return foldTable[r]
	}
	return unicode.ToLower(r)
}

// Fold returns s lower-cased with tones and vowel marks removed and đ/Đ
// turned into d, so that "Nghị quyết Đại hội" becomes "nghi quyet dai hoi".
// It maps one rune to one rune, so rune offsets in the result are rune
// offsets in s. Fold the NFC form of a text: a combining mark left over in
// NFD text is kept as it is.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || ('A' <= s[i] && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 0x80 {
			b = append(b, byte(FoldRune(r)))
			continue
		}
		b = utf8.AppendRune(b, FoldRune(r))
	}
	return string(b)
}

// AppendFold appends Fold(s) to dst, for callers folding many texts into
// one reused buffer.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, FoldRune(r))
		i += n
	}
	return dst
}
