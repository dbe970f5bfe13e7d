// Package viet holds what Sổ tay knows about Vietnamese text: Unicode
// normalisation, folding for diacritic-insensitive matching, and sorting in
// Vietnamese alphabetical order.
package viet

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
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

// foldTable maps every precomposed Latin letter (U+00C0–U+1EFF) to its
// folded form; built once from the Unicode decompositions.
var foldTable = func() map[rune]rune {
	t := make(map[rune]rune, 512)
	for r := rune(0xC0); r <= 0x24F; r++ {
		addFold(t, r)
	}
	for r := rune(0x1E00); r <= 0x1EFF; r++ {
		addFold(t, r)
	}
	t['đ'], t['Đ'] = 'd', 'd'
	return t
}()

func addFold(t map[rune]rune, r rune) {
	d := norm.NFD.String(string(r))
	base, _ := utf8.DecodeRuneInString(d)
	if base < 0x80 && unicode.IsLetter(base) {
		t[r] = unicode.ToLower(base)
	} else if lr := unicode.ToLower(r); lr != r {
		t[r] = lr
	}
}

// FoldRune folds one rune: lower case, tones and vowel marks removed, đ → d.
func FoldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if f, ok := foldTable[r]; ok {
		return f
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
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(FoldRune(r))
	}
	return b.String()
}

var (
	collatorPool = sync.Pool{New: func() any {
		return collate.New(language.Vietnamese, collate.IgnoreCase)
	}}
)

// SortKey returns a byte key that orders strings in Vietnamese alphabetical
// order (a ă â b c d đ e ê …, tones after letters), ignoring case. Compare
// keys with bytes.Compare; computing keys once is much cheaper than
// collating pairs during a sort.
func SortKey(s string) []byte {
	c := collatorPool.Get().(*collate.Collator)
	defer collatorPool.Put(c)
	var buf collate.Buffer
	k := c.KeyFromString(&buf, s)
	out := make([]byte, len(k))
	copy(out, k)
	return out
}
