package viet

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Legacy Vietnamese encodings, from before Unicode: documents typed with
// .VnTime fonts (TCVN3, also called ABC) or VNI-Times fonts (VNI-Windows)
// keep those bytes when they are saved as text or printed to PDF, and
// arrive here as Latin-1 characters: "Céng hoµ" (TCVN3) or "Coäng hoøa"
// (VNI) for "Cộng hoà". Windows-1258 text files use combining tone marks.

// Encoding names a legacy encoding.
type Encoding string

// The encodings DetectLegacy recognises.
const (
	Unicode Encoding = ""
	TCVN3   Encoding = "tcvn3"
	VNI     Encoding = "vni"
	CP1258  Encoding = "cp1258"
)

// tcvn3 maps the TCVN3 (ABC) bytes above 0x7F, as Latin-1 runes, to
// Unicode. Capitals with a tone have no code of their own: .VnTimeH fonts
// draw the small letter's code as a capital (see ConvertTCVN3).
var tcvn3 = map[rune]rune{
	0xA1: 'Ă', 0xA2: 'Â', 0xA3: 'Ê', 0xA4: 'Ô', 0xA5: 'Ơ', 0xA6: 'Ư', 0xA7: 'Đ',
	0xA8: 'ă', 0xA9: 'â', 0xAA: 'ê', 0xAB: 'ô', 0xAC: 'ơ', 0xAD: 'ư', 0xAE: 'đ',
	0xB5: 'à', 0xB6: 'ả', 0xB7: 'ã', 0xB8: 'á', 0xB9: 'ạ',
	0xBB: 'ằ', 0xBC: 'ẳ', 0xBD: 'ẵ', 0xBE: 'ắ', 0xC6: 'ặ',
	0xC7: 'ầ', 0xC8: 'ẩ', 0xC9: 'ẫ', 0xCA: 'ấ', 0xCB: 'ậ',
	0xCC: 'è', 0xCE: 'ẻ', 0xCF: 'ẽ', 0xD0: 'é', 0xD1: 'ẹ',
	0xD2: 'ề', 0xD3: 'ể', 0xD4: 'ễ', 0xD5: 'ế', 0xD6: 'ệ',
	0xD7: 'ì', 0xD8: 'ỉ', 0xDC: 'ĩ', 0xDD: 'í', 0xDE: 'ị',
	0xDF: 'ò', 0xE1: 'ỏ', 0xE2: 'õ', 0xE3: 'ó', 0xE4: 'ọ',
	0xE5: 'ồ', 0xE6: 'ổ', 0xE7: 'ỗ', 0xE8: 'ố', 0xE9: 'ộ',
	0xEA: 'ờ', 0xEB: 'ở', 0xEC: 'ỡ', 0xED: 'ớ', 0xEE: 'ợ',
	0xEF: 'ù', 0xF1: 'ủ', 0xF2: 'ũ', 0xF3: 'ú', 0xF4: 'ụ',
	0xF5: 'ừ', 0xF6: 'ử', 0xF7: 'ữ', 0xF8: 'ứ', 0xF9: 'ự',
	0xFA: 'ỳ', 0xFB: 'ỷ', 0xFC: 'ỹ', 0xFD: 'ý', 0xFE: 'ỵ',
}

// vniMark is what a VNI mark byte (as a Latin-1 rune, small form; the
// capital form is 0x20 lower) adds to the letter before it: a shape
// (^ circumflex, ( breve) and a tone.
type vniMark struct {
	shape rune // 0, '^' or '('
	tone  Tone
}

var vniMarks = map[rune]vniMark{
	0xEE: {0, Nang}, // after y: "yî" is ỵ; alone, î is the one-byte ỵ
	0xF9: {0, Sac}, 0xF8: {0, Huyen}, 0xFB: {0, Hoi}, 0xF5: {0, Nga}, 0xEF: {0, Nang},
	0xE2: {'^', Ngang}, 0xE1: {'^', Sac}, 0xE0: {'^', Huyen}, 0xE5: {'^', Hoi}, 0xE3: {'^', Nga}, 0xE4: {'^', Nang},
	0xEA: {'(', Ngang}, 0xE9: {'(', Sac}, 0xE8: {'(', Huyen}, 0xFA: {'(', Hoi}, 0xFC: {'(', Nga}, 0xEB: {'(', Nang},
}

// vniLetters are VNI's one-byte letters (small forms; capitals 0x20 lower).
var vniLetters = map[rune]rune{
	0xF4: 'ơ', 0xF6: 'ư', 0xF1: 'đ',
	0xEC: 'ì', 0xED: 'í', 0xE6: 'ỉ', 0xF3: 'ĩ', 0xF2: 'ị', 0xEE: 'ỵ',
}

// ConvertVNI turns VNI-Windows text read as Latin-1 into Unicode NFC:
// two-byte sequences (a letter and its mark byte) first, then the one-byte
// letters.
func ConvertVNI(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		base, isLetter := vniLetter(r)
		if !isLetter {
			base = r
		}
		yMark := i+1 < len(rs) && (rs[i+1] == 0xEE || rs[i+1] == 0xCE)
		if i+1 < len(rs) && isVNIBase(base) && (!yMark || unicode.ToLower(base) == 'y') {
			if m, ok := vniMarkOf(rs[i+1]); ok {
				if out, ok := applyVNIMark(base, m); ok {
					b.WriteRune(out)
					i++
					continue
				}
			}
		}
		b.WriteRune(base)
	}
	return NFC(b.String())
}

func vniLetter(r rune) (rune, bool) {
	if l, ok := vniLetters[r]; ok {
		return l, true
	}
	if l, ok := vniLetters[r+0x20]; ok && r >= 0xC0 && r < 0xE0 {
		return unicode.ToUpper(l), true
	}
	return r, false
}

func vniMarkOf(r rune) (vniMark, bool) {
	if m, ok := vniMarks[r]; ok {
		return m, true
	}
	if r >= 0xC0 && r < 0xE0 {
		m, ok := vniMarks[r+0x20]
		return m, ok
	}
	return vniMark{}, false
}

// isVNIBase reports letters a VNI mark byte may follow.
func isVNIBase(r rune) bool {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ơ', 'ư':
		return true
	}
	return false
}

// applyVNIMark puts mark m on base, if that makes a Vietnamese letter.
func applyVNIMark(base rune, m vniMark) (rune, bool) {
	upper := unicode.IsUpper(base)
	lower := unicode.ToLower(base)
	switch m.shape {
	case '^':
		switch lower {
		case 'a':
			lower = 'â'
		case 'e':
			lower = 'ê'
		case 'o':
			lower = 'ô'
		default:
			return 0, false
		}
	case '(':
		if lower != 'a' {
			return 0, false
		}
		lower = 'ă'
	}
	out := withTone(lower, m.tone)
	if out == lower && m.tone != Ngang {
		return 0, false
	}
	if upper {
		out = unicode.ToUpper(out)
	}
	return out, true
}

// ConvertTCVN3 turns TCVN3 (ABC) text read as Latin-1 into Unicode NFC.
// Toned capitals, which TCVN3 writes with the small letter's code, are
// restored from their word: a word whose other letters are capitals, or
// a line written in capitals, gets capitals.
func ConvertTCVN3(s string) string {
	var out strings.Builder
	out.Grow(len(s) + len(s)/4)
	for line := range strings.SplitAfterSeq(s, "\n") {
		capsLine := mostlyCapitals(line)
		rs := []rune(line)
		conv := make([]rune, len(rs))
		from := make([]bool, len(rs)) // converted from a shared small code
		for i, r := range rs {
			conv[i] = r
			if u, ok := tcvn3[r]; ok {
				conv[i] = u
				from[i] = unicode.IsLower(u)
			}
		}
		// Word by word: a converted small letter among capitals is a capital.
		for i := 0; i < len(conv); {
			if !unicode.IsLetter(conv[i]) {
				i++
				continue
			}
			j := i
			upper, lower := 0, 0
			for j < len(conv) && unicode.IsLetter(conv[j]) {
				if !from[j] {
					if unicode.IsUpper(conv[j]) {
						upper++
					} else {
						lower++
					}
				}
				j++
			}
			// Capitals when the word's own letters are all capitals (two or
			// more), or when it has too few to tell and the line is in
			// capitals: "NGHÞ" → NGHỊ, but "Céng" → Cộng, "Cã" → Có.
			caps := lower == 0 && (upper >= 2 || capsLine)
			if caps {
				for k := i; k < j; k++ {
					if from[k] {
						conv[k] = unicode.ToUpper(conv[k])
					}
				}
			}
			i = j
		}
		out.WriteString(string(conv))
	}
	return NFC(out.String())
}

// ConvertTCVN3Font converts text drawn in a TCVN3 font, where the font
// settles the case: a .VnTime code is the letter it names, and a capitals
// font (.VnTimeH) shows every letter as a capital.
func ConvertTCVN3Font(s string, capitals bool) string {
	rs := []rune(s)
	for i, r := range rs {
		if u, ok := tcvn3[r]; ok {
			rs[i] = u
		}
	}
	out := string(rs)
	if capitals {
		out = strings.ToUpper(out)
	}
	return NFC(out)
}

// mostlyCapitals reports a line whose ASCII letters are mostly capitals.
func mostlyCapitals(line string) bool {
	upper, lower := 0, 0
	for _, r := range line {
		switch {
		case 'A' <= r && r <= 'Z':
			upper++
		case 'a' <= r && r <= 'z':
			lower++
		}
	}
	return upper >= 2 && upper > 2*lower
}

// DecodeCP1258 decodes Windows-1258 bytes (base letters plus combining
// tone marks) to Unicode NFC.
func DecodeCP1258(data []byte) string {
	s, err := charmap.Windows1258.NewDecoder().String(string(data))
	if err != nil {
		return ""
	}
	return NFC(s)
}

// Latin1 reads bytes one rune per byte, as a legacy font's codes come out
// of a file or a PDF without a Unicode map.
func Latin1(data []byte) string {
	rs := make([]rune, len(data))
	for i, c := range data {
		rs[i] = rune(c)
	}
	return string(rs)
}

// DetectLegacy decides whether text (Unicode, possibly holding legacy
// codes read as Latin-1) is TCVN3 or VNI, and returns it converted. Text
// holding any Vietnamese letter outside Latin-1 (ơ, ư, đ, ộ, …) is Unicode
// and is returned as it is; so is text whose conversion would not make
// clearly more of its words Vietnamese syllables.
func DetectLegacy(text string) (Encoding, string) {
	high := 0
	for _, r := range text {
		if r >= 0x100 && isVietnameseLetter(r) {
			return Unicode, text
		}
		if r >= 0x80 && r <= 0xFF {
			high++
		}
	}
	if high == 0 {
		return Unicode, text
	}
	base := syllableScore(text)
	best, bestText, bestScore := Unicode, text, base
	for _, c := range []struct {
		enc  Encoding
		conv func(string) string
	}{{VNI, ConvertVNI}, {TCVN3, ConvertTCVN3}} {
		t := c.conv(text)
		if sc := syllableScore(t); sc.valid > bestScore.valid {
			best, bestText, bestScore = c.enc, t, sc
		}
	}
	// Convert only when it clearly helps: more words become syllables, and
	// most words are syllables afterwards; and the words the conversion
	// changes (those holding a byte above 0x7F) are enough, and nearly all
	// become syllables — Latin-1 text (French "à", "ça", German "für")
	// does not.
	if best == Unicode || bestScore.valid-base.valid < max(2, base.words/20) || bestScore.ratio() < 0.6 {
		return Unicode, text
	}
	if high, hits := LegacyEvidence(text, best); high < minLegacyWords || hits*10 < high*8 {
		return Unicode, text
	}
	return best, bestText
}

// minLegacyWords is how many words holding legacy bytes text must have
// before DetectLegacy converts it without a font that names the encoding.
const minLegacyWords = 3

// LegacyEvidence reads raw (legacy bytes as Latin-1 runes) word by word:
// high counts the words of two letters or more holding a character from
// U+0080 to U+00FF, hits
// how many of those become Vietnamese syllables when converted from enc.
func LegacyEvidence(raw string, enc Encoding) (high, hits int) {
	conv := ConvertTCVN3
	if enc == VNI {
		conv = ConvertVNI
	}
	for _, w := range strings.Fields(raw) {
		w = strings.Trim(w, ".,;:!?\"'()[]{}-–—/…")
		isHigh := false
		for _, r := range w {
			if r >= 0x80 && r <= 0xFF {
				isHigh = true
				break
			}
		}
		if !isHigh || utf8.RuneCountInString(w) < 2 {
			continue // a lone letter ("à", "ô") is a syllable in any reading
		}
		high++
		c := strings.Trim(conv(w), ".,;:!?\"'()[]{}-–—/…")
		if c != "" && strictSyllable(c) {
			hits++
		}
	}
	return high, hits
}

// DecodeLegacyBytes decodes bytes that are not UTF-8 as Windows-1258,
// TCVN3 or VNI, whichever gives the most Vietnamese, and says which.
func DecodeLegacyBytes(data []byte) (Encoding, string) {
	best, bestText := CP1258, DecodeCP1258(data)
	bestScore := syllableScore(bestText)
	if enc, t := DetectLegacy(Latin1(data)); enc != Unicode {
		if sc := syllableScore(t); sc.valid > bestScore.valid {
			best, bestText = enc, t
		}
	}
	return best, bestText
}

// score counts a text's words: how many are syllables (valid), how many
// of those carry marks, and a weight that counts marked syllables fully
// and unmarked ones half (they say less about the encoding).
type score struct{ words, syllables, marked, valid int }

func (s score) ratio() float64 { return float64(s.syllables) / float64(max(s.words, 1)) }

// syllableScore counts the words of text and how many are Vietnamese
// syllables that carry marks (the ones a wrong encoding spoils).
func syllableScore(text string) score {
	var s score
	for _, w := range SplitWords(text) {
		if !utf8.ValidString(w) || len(w) > 30 {
			continue
		}
		letters := true
		for _, r := range w {
			if !unicode.IsLetter(r) {
				letters = false
				break
			}
		}
		if !letters {
			continue
		}
		s.words++
		if strictSyllable(w) {
			s.syllables++
			if HasMarks(w) {
				s.marked++
			}
		}
	}
	s.valid = s.marked + (s.syllables-s.marked)/2
	return s
}

// isVietnameseLetter reports letters only Vietnamese text has above
// Latin-1: ă ơ ư đ and the Latin Extended Additional block.
func isVietnameseLetter(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'ơ', 'Ơ', 'ư', 'Ư', 'đ', 'Đ', 'ĩ', 'Ĩ', 'ũ', 'Ũ':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}

// nuclei are the vowel groups of Vietnamese syllables, without tones.
var nuclei = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iêu iu oa oă oai oao oay
		oe oeo oi ôi ơi oo ua uâ uây uê ui uô uôi uơ uy uya uyê uyu ưa ưi ươ ươi ươu ưu yê yêu`) {
		m[n] = true
	}
	return m
}()

// strictSyllable reports whether w is spelt as a Vietnamese syllable:
// Vietnamese letters only, one tone at most, a known onset, vowel group
// and final. Stricter than ValidSyllable, which accepts any vowel marks:
// it tells converted legacy text ("NHÂN") from unconverted ("NHAÂN").
func strictSyllable(w string) bool {
	var b strings.Builder
	tones := 0
	for _, r := range strings.ToLower(w) {
		base, t := splitTone(r)
		if t != Ngang {
			tones++
		}
		switch {
		case base >= 'a' && base <= 'z':
		case base == 'ă' || base == 'â' || base == 'đ' || base == 'ê' || base == 'ô' || base == 'ơ' || base == 'ư':
		default:
			return false
		}
		b.WriteRune(base)
	}
	if tones > 1 {
		return false
	}
	rs := []rune(b.String())
	i := 0
	for i < len(rs) && !isVowel(rs[i]) {
		i++
	}
	onset := string(rs[:i])
	if (onset == "q" || onset == "g") && i < len(rs) && (rs[i] == 'u' || onset == "g" && rs[i] == 'i') && i+1 < len(rs) && isVowel(rs[i+1]) {
		onset += string(rs[i])
		i++
	}
	if !onsets[onset] && onset != "gi" && onset != "qu" && onset != "đ" {
		return false
	}
	j := i
	for j < len(rs) && isVowel(rs[j]) {
		j++
	}
	if j == i {
		return onset == "gi" && j == len(rs) // "gì" is gi + tone
	}
	return nuclei[string(rs[i:j])] && finals[string(rs[j:])]
}

// LooksVietnamese reports text most of whose words are Vietnamese
// syllables, as a legacy decoding should give.
func LooksVietnamese(text string) bool {
	sc := syllableScore(text)
	return sc.words > 0 && sc.ratio() >= 0.5
}

// LegacyFont recognises the old Vietnamese font families by name, as PDFs
// and Word files name them: .VnTime, .VnArialH, VnTimes… (TCVN3; a name
// ending in H is a capitals font) and VNI-Times, VNI-Helve… (VNI). Style
// suffixes (",Bold", "-Italic", " Bold") are ignored.
func LegacyFont(name string) (enc Encoding, capitals bool) {
	core := name
	if i := strings.IndexAny(core, ",-"); i > 0 && !strings.HasPrefix(strings.ToUpper(core), "VNI-") {
		core = core[:i]
	}
	core = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(core, " Bold"), " Italic"))
	low := strings.ToLower(core)
	switch {
	case strings.HasPrefix(low, "vni"):
		return VNI, false
	case strings.HasPrefix(low, ".vn"), strings.HasPrefix(low, "vn") && len(core) > 2 && core[2] >= 'A' && core[2] <= 'Z':
		return TCVN3, strings.HasSuffix(core, "H")
	}
	return Unicode, false
}

// Capitals counts the capital letters of s, or returns -1 if it has a
// small letter: a heading written in capitals has Capitals(s) > 0.
func Capitals(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return -1
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}
