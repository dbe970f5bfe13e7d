package viet

import (
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is.
type TokenKind int

// Token kinds.
const (
	Syllable  TokenKind = iota // a run of letters: "Nghị", "quyết"
	Number                     // 2025, 96,4%, 1.126, 12/3/2025
	DocNumber                  // a document number: 15-NQ/QU, 42/CV-UB, 41-TTr/BTG
)

// Token is a piece of text with its byte offsets in the original string.
type Token struct {
	Text       string
	Start, End int
	Kind       TokenKind
}

// Tokenize splits text into syllables, numbers and document numbers,
// dropping spaces and punctuation. Offsets are bytes into text.
func Tokenize(text string) []Token {
	var out []Token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			out = append(out, Token{text[i:j], i, j, Syllable})
			i = j
		case '0' <= r && r <= '9':
			j, kind := scanNumber(text, i)
			out = append(out, Token{text[i:j], i, j, kind})
			i = j
		default:
			i += n
		}
	}
	return out
}

// isWordRune: letters, combining marks, and digits of other scripts (ASCII
// digits start numbers).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || (r >= 0x80 && unicode.IsDigit(r))
}

// scanNumber reads a number starting at i: digits with inner "," or "."
// (96,4; 1.126) and an optional "%"; or digits joined to letters by "-" and
// "/" (a document number: 15-NQ/QU), or to digits only (a date: 12/3/2025).
func scanNumber(text string, i int) (int, TokenKind) {
	digits := func(j int) int {
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		return j
	}
	j := digits(i)
	for j+1 < len(text) && (text[j] == ',' || text[j] == '.') && text[j+1] >= '0' && text[j+1] <= '9' {
		j = digits(j + 1)
	}
	if j < len(text) && text[j] == '%' {
		return j + 1, Number
	}
	// Parts joined by - or /: each part letters and digits.
	end, letters, parts := j, false, 0
	for end+1 < len(text) && (text[end] == '-' || text[end] == '/') {
		k := end + 1
		for k < len(text) {
			r, n := utf8.DecodeRuneInString(text[k:])
			if unicode.IsLetter(r) {
				letters = true
			} else if !unicode.IsDigit(r) {
				break
			}
			k += n
		}
		if k == end+1 {
			break
		}
		end, parts = k, parts+1
	}
	switch {
	case parts > 0 && letters:
		return end, DocNumber
	case parts > 0:
		return end, Number
	}
	// Letters glued to digits ("2025a", "3km") stay with the number.
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return j, Number
}

// HasMarks reports whether s carries any Vietnamese diacritic (a tone, a
// shape mark such as ư or â, or đ): whether a query was typed with marks.
func HasMarks(s string) bool {
	for _, r := range s {
		if r >= 0x80 && unicode.IsLetter(r) && FoldRune(r) < 0x80 && FoldRune(r) != unicode.ToLower(r) {
			return true
		}
		if unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}
