package viet

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tone is one of the six Vietnamese tones. The numbers are VNI's keys.
type Tone int

// The tones, numbered as VNI types them (ngang has no mark).
const (
	Ngang Tone = iota // a
	Sac               // á
	Huyen             // à
	Hoi               // ả
	Nga               // ã
	Nang              // ạ
)

// toneMarks are the combining marks of the tones, indexed by Tone.
var toneMarks = [...]rune{0, 0x301, 0x300, 0x309, 0x303, 0x323}

func toneOfMark(m rune) Tone {
	for t, tm := range toneMarks {
		if t > 0 && tm == m {
			return Tone(t)
		}
	}
	return Ngang
}

// toneTable holds splitTone's answer for every rune below tableSize.
var toneTable = func() *[tableSize]struct {
	base rune
	tone Tone
} {
	var t [tableSize]struct {
		base rune
		tone Tone
	}
	for r := rune(0); r < tableSize; r++ {
		t[r].base, t[r].tone = decomposeTone(r)
	}
	return &t
}()

// splitTone returns r without its tone mark (keeping ă â ê ô ơ ư and case)
// and the tone it carried.
func splitTone(r rune) (rune, Tone) {
	if r < tableSize {
		e := toneTable[r]
		return e.base, e.tone
	}
	return decomposeTone(r)
}

func decomposeTone(r rune) (rune, Tone) {
	if r < 0xC0 {
		return r, Ngang
	}
	d := []rune(norm.NFD.String(string(r)))
	tone := Ngang
	kept := d[:0]
	for _, x := range d {
		if t := toneOfMark(x); t != Ngang {
			tone = t
			continue
		}
		kept = append(kept, x)
	}
	if tone == Ngang {
		return r, Ngang
	}
	base := []rune(norm.NFC.String(string(kept)))
	if len(base) != 1 {
		return r, Ngang
	}
	return base[0], tone
}

// withTone puts tone t on the vowel r (which must carry no tone).
func withTone(r rune, t Tone) rune {
	if t == Ngang {
		return r
	}
	c := []rune(norm.NFC.String(string([]rune{r, toneMarks[t]})))
	if len(c) != 1 {
		return r
	}
	return c[0]
}

// isVowel reports a Vietnamese vowel letter (any case, with or without marks).
func isVowel(r rune) bool {
	switch FoldRune(r) {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return r != 'đ' && r != 'Đ'
	}
	return false
}

// shaped reports a vowel with a shape mark: ă â ê ô ơ ư.
func shaped(r rune) bool {
	b, _ := splitTone(unicode.ToLower(r))
	switch b {
	case 'ă', 'â', 'ê', 'ô', 'ơ', 'ư':
		return true
	}
	return false
}

// StripTone returns a syllable without its tone mark and the tone.
func StripTone(syllable string) (string, Tone) {
	tone := Ngang
	var b strings.Builder
	for _, r := range syllable {
		base, t := splitTone(r)
		if t != Ngang {
			tone = t
		}
		b.WriteRune(base)
	}
	return b.String(), tone
}

// PlaceTone puts tone on the right vowel of a syllable written without a
// tone, in the placement most Party documents use ("hòa", "thúy", "ủy"):
// a vowel with a shape mark takes it (the last one: "ươ" → ơ); otherwise in
// an open syllable of two vowels the first, of three the middle; before a
// final consonant the last vowel. "qu" and "gi" count as consonants.
func PlaceTone(syllable string, tone Tone) string {
	rs := []rune(syllable)
	if tone == Ngang || len(rs) == 0 {
		return syllable
	}
	var vowels []int
	for i, r := range rs {
		if !isVowel(r) {
			if len(vowels) > 0 {
				break // the final consonant
			}
			continue
		}
		if i == 1 && len(rs) > 2 && isVowel(rs[2]) {
			first := unicode.ToLower(rs[0])
			lower := unicode.ToLower(rs[1])
			if (first == 'q' && lower == 'u') || (first == 'g' && lower == 'i') {
				continue // qu-, gi- are onsets
			}
		}
		vowels = append(vowels, i)
	}
	if len(vowels) == 0 {
		return syllable
	}
	last := vowels[len(vowels)-1]
	closed := last+1 < len(rs)
	target := -1
	for j := len(vowels) - 1; j >= 0; j-- {
		if shaped(rs[vowels[j]]) {
			target = vowels[j]
			break
		}
	}
	switch {
	case target >= 0:
	case len(vowels) == 1 || closed:
		target = last
	case len(vowels) == 3:
		target = vowels[1]
	default:
		target = vowels[0]
	}
	rs[target] = withTone(rs[target], tone)
	return string(rs)
}

// ToneKey returns a form of text for comparing marked words whatever the
// tone placement, in ASCII so that the search index tokenizes it fast:
// lower case, shape marks written as VNI digits after their letter (â ê ô
// 6, ơ ư 7, ă 8, đ 9) and each syllable's tone as a digit at its end. So
// "Hoà", "hòa" and "HÒA" all give "hoa2" while "hoa" and "họa" stay apart,
// and "Nghị quyết" gives "nghi5 quye6t1". Letters outside Vietnamese are
// lower-cased and kept.
func ToneKey(text string) string {
	return string(AppendToneKey(make([]byte, 0, len(text)+8), text))
}

// shapeDigit is the VNI digit of a shaped base letter (no tone), 0 if none.
func shapeDigit(r rune) (rune, byte) {
	switch r {
	case 'â':
		return 'a', '6'
	case 'ê':
		return 'e', '6'
	case 'ô':
		return 'o', '6'
	case 'ơ':
		return 'o', '7'
	case 'ư':
		return 'u', '7'
	case 'ă':
		return 'a', '8'
	case 'đ':
		return 'd', '9'
	}
	return r, 0
}

// AppendToneKey appends ToneKey(text) to dst.
func AppendToneKey(dst []byte, text string) []byte {
	tone := Ngang
	inWord := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 {
			i++
			isLetter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			if isLetter {
				dst = append(dst, c|0x20)
				inWord = true
				continue
			}
			if inWord && tone != Ngang {
				dst = append(dst, byte('0'+tone))
			}
			tone, inWord = Ngang, false
			if 'A' <= c && c <= 'Z' {
				c |= 0x20
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if unicode.IsLetter(r) {
			base, t := splitTone(unicode.ToLower(r))
			if t != Ngang {
				tone = t
			}
			base, d := shapeDigit(base)
			dst = utf8.AppendRune(dst, base)
			if d != 0 {
				dst = append(dst, d)
			}
			inWord = true
			continue
		}
		if inWord && tone != Ngang {
			dst = append(dst, byte('0'+tone))
		}
		tone, inWord = Ngang, false
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	if inWord && tone != Ngang {
		dst = append(dst, byte('0'+tone))
	}
	return dst
}
