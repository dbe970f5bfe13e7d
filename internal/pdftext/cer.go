package pdftext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// CER is the character error rate of got against truth, compared as the
// fixtures' README says: NFC, every run of white space one space, edit
// distance over the truth's length. Used by tests and scripts/pdfcer.
func CER(truth, got string) float64 {
	t, g := []rune(squash(truth)), []rune(squash(got))
	if len(t) == 0 {
		if len(g) == 0 {
			return 0
		}
		return 1
	}
	prev := make([]int32, len(g)+1)
	cur := make([]int32, len(g)+1)
	for j := range prev {
		prev[j] = int32(j)
	}
	for i := 1; i <= len(t); i++ {
		cur[0] = int32(i)
		for j := 1; j <= len(g); j++ {
			c := prev[j-1]
			if t[i-1] != g[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(g)]) / float64(len(t))
}

func squash(s string) string {
	return strings.Join(strings.FieldsFunc(norm.NFC.String(s), unicode.IsSpace), " ")
}
