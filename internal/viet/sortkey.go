package viet

import (
	"golang.org/x/text/unicode/norm"
)

// The Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t
// u ư v x y, with f j w z placed where Latin puts them.
const alphabet = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z"

// Tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
var toneRank = map[rune]byte{0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5}

// weight is a rune's place in Vietnamese order: a primary weight (letter,
// ignoring tone and case) and a tone. A zero primary means "not in the
// table": such runes sort after every letter, by code point.
type weight struct{ primary, tone byte }

// weights covers ASCII and the precomposed Latin letters Vietnamese uses.
var weights = func() *[tableSize]weight {
	var w [tableSize]weight
	primary := byte(0x40)
	letters := map[string]byte{}
	for _, l := range splitFields(alphabet) {
		letters[l] = primary
		primary++
	}
	punct := byte(0x02)
	for r := rune(0); r < 0x80; r++ {
		switch {
		case r <= ' ':
			w[r] = weight{0x01, 0}
		case '0' <= r && r <= '9':
			w[r] = weight{0x30 + byte(r-'0'), 0}
		case 'a' <= r && r <= 'z':
			w[r] = weight{letters[string(r)], 0}
		case 'A' <= r && r <= 'Z':
			w[r] = weight{letters[string(r+'a'-'A')], 0}
		default: // punctuation, in code-point order, before digits (32 of them)
			w[r] = weight{punct, 0}
			punct++
		}
	}
	addLetter := func(r rune) {
		d := []rune(norm.NFD.String(string(r)))
		base := string(FoldRune(d[0]))
		var tone byte
		for _, m := range d[1:] {
			switch m {
			case 0x306: // breve: ă
				base += "\u0306"
			case 0x302: // circumflex: â ê ô
				base += "\u0302"
			case 0x31b: // horn: ơ ư
				base += "\u031b"
			default:
				if t, ok := toneRank[m]; ok {
					tone = t
				}
			}
		}
		letter := norm.NFC.String(base)
		if p, ok := letters[letter]; ok {
			w[r] = weight{p, tone}
		} else if p, ok := letters[base[:1]]; ok && base[0] < 0x80 {
			w[r] = weight{p, tone} // other accented Latin letters sort with their base
		}
	}
	for r := rune(0xC0); r <= 0x24F; r++ {
		addLetter(r)
	}
	for r := rune(0x1E00); r <= 0x1EFF; r++ {
		addLetter(r)
	}
	for _, r := range "đĐ" {
		w[r] = weight{letters["đ"], 0}
	}
	return &w
}()

func splitFields(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// SortKey returns a byte key that orders strings in Vietnamese dictionary
// order, ignoring case: letters first (a ă â b c d đ e ê …), then tones
// (ngang, huyền, hỏi, ngã, sắc, nặng). Compare keys with bytes.Compare.
// Text should be NFC.
func SortKey(s string) []byte {
	key := make([]byte, 0, len(s)+len(s)/2+1)
	tones := make([]byte, 0, len(s))
	for _, r := range s {
		if r < tableSize && weights[r].primary != 0 {
			w := weights[r]
			key = append(key, w.primary)
			tones = append(tones, w.tone)
			continue
		}
		// Any other rune: after every letter, by code point.
		key = append(key, 0xFF, byte(r>>16), byte(r>>8), byte(r))
		tones = append(tones, 0)
	}
	key = append(key, 0x00)
	return append(key, tones...)
}
