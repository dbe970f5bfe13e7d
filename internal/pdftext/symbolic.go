package pdftext

import "strings"

// The built-in encodings of the two symbolic standard fonts, Symbol and
// ZapfDingbats (ISO 32000 Annex D), as the characters their glyphs are.
// Unicode's Dingbats block follows ZapfDingbats' code order, so most of
// that table is arithmetic; Symbol's is listed.

// standardSymbolic fills table for a font named Symbol or ZapfDingbats
// (any style suffix), and reports whether it did.
func standardSymbolic(table *[256]string, name string) bool {
	base, _, _ := strings.Cut(name, ",")
	base, _, _ = strings.Cut(base, "-")
	switch base {
	case "Symbol", "SymbolMT":
		for c := range 256 {
			table[c] = ""
		}
		for c := 0x20; c < 0x7F; c++ {
			table[c] = string(rune(c)) // the ASCII punctuation and digits
		}
		for i, r := range []rune(symbolLetters) {
			table[0x41+i] = strings.Trim(string(r), "·")
		}
		for c, r := range symbolOther {
			table[c] = string(r)
		}
		for i, r := range []rune(symbolHigh) {
			if r != '·' {
				table[0xA0+i] = string(r)
			}
		}
		return true
	case "ZapfDingbats", "ZapfDingbatsITC", "Dingbats":
		for c := range 256 {
			table[c] = ""
		}
		table[0x20] = " "
		for c := 0x21; c <= 0x7E; c++ {
			table[c] = string(rune(0x2700 + c - 0x20))
		}
		// where Unicode had the character before the Dingbats block
		for c, r := range map[int]rune{0x25: '☎', 0x2A: '☛', 0x2B: '☞', 0x48: '★', 0x6C: '●', 0x6E: '■', 0x73: '▲', 0x74: '▼', 0x75: '◆', 0x77: '◗'} {
			table[c] = string(r)
		}
		for c := 0x80; c <= 0x8D; c++ {
			table[c] = string(rune(0x2768 + c - 0x80)) // ornamental brackets
		}
		for c := 0xA1; c <= 0xA7; c++ {
			table[c] = string(rune(0x2761 + c - 0xA1))
		}
		for c, r := range map[int]rune{0xA8: '♣', 0xA9: '♦', 0xAA: '♥', 0xAB: '♠'} {
			table[c] = string(r)
		}
		for c := 0xAC; c <= 0xB5; c++ {
			table[c] = string(rune(0x2460 + c - 0xAC)) // ① … ⑩
		}
		for c := 0xB6; c <= 0xD4; c++ {
			table[c] = string(rune(0x2776 + c - 0xB6)) // ❶ … ➔
		}
		table[0xD5], table[0xD6], table[0xD7] = "→", "↔", "↕"
		for c := 0xD8; c <= 0xEF; c++ {
			table[c] = string(rune(0x2798 + c - 0xD8))
		}
		for c := 0xF1; c <= 0xFE; c++ {
			table[c] = string(rune(0x27B1 + c - 0xF1))
		}
		return true
	}
	return false
}

// symbolLetters are Symbol's codes 0x41–0x7E ("·": the radical's
// extension piece, no character).
const symbolLetters = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_·αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"

var symbolOther = map[int]rune{0x22: '∀', 0x24: '∃', 0x27: '∋', 0x2A: '∗', 0x2D: '−', 0x40: '≅'}

// symbolHigh are Symbol's codes 0xA0–0xFE ("·": a piece of a large
// bracket or integral, which stands for no character).
const symbolHigh = "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…··↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑···········〉∫⌠·⌡·········"
