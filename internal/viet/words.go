package viet

import (
	"unicode"
	"unicode/utf8"
)

// Word is a run of letters and digits in a text, as the search index's
// tokenizer (SQLite's unicode61) splits it: Start and End are byte offsets
// in the text, FStart and FEnd in the folded copy kept by WordScanner.
type Word struct {
	Start, End   int
	FStart, FEnd int
}

// WordScanner splits texts into words and folds them, reusing its buffers
// from one text to the next.
type WordScanner struct {
	Folded []byte // Fold of every word, back to back
	Words  []Word
}

// asciiWord marks the ASCII bytes that belong to words.
var asciiWord = func() (t [128]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	return t
}()

// Scan replaces the scanner's words with those of s.
func (sc *WordScanner) Scan(s string) {
	sc.Folded, sc.Words = sc.Folded[:0], sc.Words[:0]
	in := false
	var w Word
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		n := 1
		word := false
		if c < 0x80 {
			word = asciiWord[c]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.In(r, unicode.Co)
			if word {
				r = FoldRune(r)
			}
		}
		if word {
			if !in {
				in = true
				w = Word{Start: i, FStart: len(sc.Folded)}
			}
			if r < 0x80 {
				sc.Folded = append(sc.Folded, byte(r))
			} else {
				sc.Folded = utf8.AppendRune(sc.Folded, r)
			}
		} else if in {
			in = false
			w.End, w.FEnd = i, len(sc.Folded)
			sc.Words = append(sc.Words, w)
		}
		i += n
	}
	if in {
		w.End, w.FEnd = len(s), len(sc.Folded)
		sc.Words = append(sc.Words, w)
	}
}

// Fold returns the folded form of word i (valid until the next Scan).
func (sc *WordScanner) Fold(i int) []byte {
	w := sc.Words[i]
	return sc.Folded[w.FStart:w.FEnd]
}

// SplitWords returns the words of s as the index splits them, unfolded.
func SplitWords(s string) []string {
	var sc WordScanner
	sc.Scan(s)
	out := make([]string, len(sc.Words))
	for i, w := range sc.Words {
		out[i] = s[w.Start:w.End]
	}
	return out
}

// UpperFirst is s with its first letter in upper case ("đảng" → "Đảng").
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
