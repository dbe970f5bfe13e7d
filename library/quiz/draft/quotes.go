package draft

// Options and quotations: the wrong options a draft keeps, and its
// quoted stem and explanation.

import (
	"fmt"
	"strings"
	"unicode"

	"sotay/internal/viet"
)

// distinctFrom keeps the candidates whose folded text differs from the
// answer and from each other, at most n of them.
func distinctFrom(answer string, cands []string, n int) []string {
	// (a sentence is the same option with another figure: "95% người dân
	// … hài lòng" and "99% người dân … hài lòng", round 20)
	key := func(s string) string {
		k := viet.Fold(tidy(s))
		if wordsOfText(k) >= 4 { // (not a date: "ngày 10 tháng 12 năm 2003")
			k = strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return -1
				}
				return r
			}, k)
		}
		return k
	}
	seen := map[string]bool{key(answer): true}
	var out []string
	for _, c := range cands {
		k := key(c)
		if c == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c)
		if len(out) == n {
			break
		}
	}
	return out
}

// wordsOfText counts a folded text's words with a letter, the words of a
// date aside.
func wordsOfText(folded string) int {
	n := 0
	for _, w := range strings.Fields(folded) {
		if strings.ContainsFunc(w, unicode.IsLetter) && w != "ngay" && w != "thang" && w != "nam" {
			n++
		}
	}
	return n
}

// quoted shows an excerpt inside quotation marks, with an ellipsis when it
// does not begin a sentence.
func quoted(s string, midSentence bool) string {
	s = strings.TrimRight(tidy(s), ";,:")
	if midSentence {
		s = "… " + s
	}
	return "“" + s + "”"
}

func explainQuote(ref, quote string) string {
	return fmt.Sprintf("%s: “%s”.", ref, strings.TrimRight(tidy(quote), ".;:,"))
}
