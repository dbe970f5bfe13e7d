package viet

import (
	"strings"
	"unicode"
)

// onsets and finals of Vietnamese syllables (lower case, without marks
// except đ), for telling a decoded word from an accidental one.
var (
	onsets = map[string]bool{"": true, "b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true,
		"gh": true, "gi": true, "h": true, "k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true,
		"ngh": true, "nh": true, "p": true, "ph": true, "qu": true, "r": true, "s": true, "t": true, "th": true,
		"tr": true, "v": true, "x": true}
	finals = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true,
		"p": true, "t": true}
)

// ValidSyllable reports whether s (one word, any case and marks) has the
// shape of a Vietnamese syllable: a known onset, one to three vowels, and
// a known final consonant.
func ValidSyllable(s string) bool {
	rs := []rune(strings.ToLower(s))
	if len(rs) == 0 {
		return false
	}
	i := 0
	for i < len(rs) && !isVowel(rs[i]) {
		i++
	}
	onset := string(rs[:i])
	if (onset == "q" || onset == "g") && i < len(rs) {
		onset += string(FoldRune(rs[i])) // qu-, gi-
		i++
	}
	if !onsets[onset] && !(onset == "gi" || onset == "qu") {
		return false
	}
	j := i
	for j < len(rs) && isVowel(rs[j]) {
		j++
	}
	vowels := j - i
	if vowels > 3 || (vowels == 0 && onset != "gi") {
		return false
	}
	final := string(rs[j:])
	return finals[final]
}

var telexTones = map[byte]Tone{'s': Sac, 'f': Huyen, 'r': Hoi, 'x': Nga, 'j': Nang}

// decodeTelexWord turns one word typed in Telex ("quyeets", "ddaij",
// "truwowngf") into Vietnamese ("quyết", "đại", "trường"). ok is false if
// the word has no Telex keys or does not decode to a syllable.
func decodeTelexWord(w string) (string, bool) {
	lower := strings.ToLower(w)
	if lower == "" || strings.IndexFunc(lower, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return w, false
	}
	// The tone key may come last ("hoatj") or anywhere after the first
	// vowel, as Unikey accepts ("hoajt", "quyeset"): no Vietnamese
	// syllable has s, f, r, x or j after its vowel, so one there is a tone.
	tone := Ngang
	if first := strings.IndexAny(lower, "aeiouy"); first >= 0 {
		for i := len(lower) - 1; i > first; i-- {
			if t, ok := telexTones[lower[i]]; ok {
				tone = t
				lower = lower[:i] + lower[i+1:]
				break
			}
		}
	}
	lower = shapeKeyLast(lower)
	repl := strings.NewReplacer("dd", "đ", "uow", "ươ", "uwow", "ươ", "uwo", "ươ", "uww", "uw",
		"aa", "â", "aw", "ă", "ee", "ê", "oo", "ô", "ow", "ơ", "uw", "ư")
	base := repl.Replace(lower)
	if strings.HasPrefix(base, "w") {
		base = "ư" + base[1:]
	}
	if base == lower && tone == Ngang {
		return w, false
	}
	if strings.ContainsRune(base, 'w') || !ValidSyllable(base) {
		return w, false
	}
	return matchCase(w, PlaceTone(base, tone)), true
}

// shapeKeyLast moves a shape key typed after the final consonant back to
// the vowel it shapes, as Unikey and EVKey accept: "matw" → "mawt" (mặt
// with its tone), "tranaf" → "traanf", "dongd" → "ddong".
func shapeKeyLast(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == 'w' && strings.ContainsRune("eiy", rune(w[n-2])) {
		// "thoiw": the horn goes on the vowel that takes one (thơi)
		if i := strings.LastIndexAny(w[:n-1], "aou"); i >= 0 {
			return w[:i+1] + "w" + w[i+1:n-1]
		}
	}
	if n < 3 || !strings.ContainsRune("bcdghklmnpqrstvx", rune(w[n-2])) {
		return w
	}
	body, key := w[:n-1], w[n-1]
	switch key {
	case 'w':
		if i := strings.LastIndexAny(body, "aou"); i >= 0 {
			return body[:i+1] + "w" + body[i+1:]
		}
	case 'a', 'e', 'o':
		if i := strings.LastIndexByte(body, key); i >= 0 && (i+1 >= len(body) || body[i+1] != key) {
			return body[:i+1] + string(key) + body[i+1:]
		}
	case 'd':
		if body[0] == 'd' && body[1] != 'd' {
			return "d" + body
		}
	}
	return w
}

var vniShapes = map[byte]map[rune]rune{
	'6': {'a': 'â', 'e': 'ê', 'o': 'ô'},
	'7': {'o': 'ơ', 'u': 'ư'},
	'8': {'a': 'ă'},
	'9': {'d': 'đ'},
}

// decodeVNIWord turns one word typed in VNI ("nghi5", "quye6t1", "d9a5i")
// into Vietnamese. ok is false if it has no VNI digits or decodes badly.
func decodeVNIWord(w string) (string, bool) {
	lower := strings.ToLower(w)
	if !strings.ContainsAny(lower, "123456789") || !strings.ContainsAny(lower, "aeiouyd") {
		return w, false
	}
	var rs []rune
	tone := Ngang
	for _, r := range lower {
		switch {
		case r >= '1' && r <= '5':
			tone = Tone(r - '0')
		case r >= '6' && r <= '9':
			shapes := vniShapes[byte(r)]
			applied := false
			for i := len(rs) - 1; i >= 0; i-- {
				if to, ok := shapes[rs[i]]; ok {
					rs[i] = to
					applied = true
					if r != '7' || i == 0 || rs[i-1] != 'u' {
						break
					}
				} else if r == '7' && applied && rs[i] == 'u' {
					rs[i] = 'ư' // "uo7" is ươ
					break
				}
			}
			if !applied {
				return w, false
			}
		case r >= 'a' && r <= 'z':
			rs = append(rs, r)
		default:
			return w, false
		}
	}
	base := string(rs)
	if !ValidSyllable(base) {
		return w, false
	}
	return matchCase(w, PlaceTone(base, tone)), true
}

// matchCase gives decoded the capital first letter of typed, if it had one.
func matchCase(typed, decoded string) string {
	if typed == "" || !unicode.IsUpper([]rune(typed)[0]) {
		return decoded
	}
	rs := []rune(decoded)
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// operators are the search syntax's words ("OR", and "NEAR" as SQLite
// spells it), which are not Telex: "OR" would become "Ỏ", "NEAR" "Nẻa".
var operators = map[string]bool{"OR": true, "AND": true, "NOT": true, "NEAR": true}

// DecodeTyped reads a query typed without a Vietnamese keyboard driver:
// Telex ("nghij quyeets" → "nghị quyết", "ddaij hooij" → "đại hội") or VNI
// ("nghi5 quye6t1" → "nghị quyết"). Words that do not decode to a
// Vietnamese syllable are left as typed, and so are the operators OR, AND,
// NOT and NEAR in capitals. ok reports whether anything
// changed; the caller decides whether the decoded query finds more.
func DecodeTyped(query string) (string, bool) {
	if HasMarks(query) {
		return query, false
	}
	changed := false
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := query[start:end]
		if operators[w] {
			// left as typed
		} else if d, ok := decodeVNIWord(w); ok {
			w, changed = d, true
		} else if d, ok := decodeTelexWord(w); ok {
			w, changed = d, true
		}
		b.WriteString(w)
		start = -1
	}
	for i, r := range query {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(query))
	return b.String(), changed
}
