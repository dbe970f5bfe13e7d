package draft

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"sotay/internal/vanban"
)

// The plenum: a Central Committee's resolution is known by the plenum that
// passed it ("Nghị quyết Trung ương 5 khóa XII"), and cadres are asked so.
// The text names it in its heading ("NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM BAN
// CHẤP HÀNH TRUNG ƯƠNG KHÓA XII") or in a news agency's lead to the full
// text; the wrong options are the plenums before and after it and the
// same plenum of the term before.

// plenumRE finds the plenum a resolution's heading names.
var plenumRE = regexp.MustCompile(`(?i)nghị quyết hội nghị (lần thứ (\p{L}+(?: \p{L}+)?)|(?:trung ương |tư )?(\d{1,2})) ban chấp hành trung ương(?: đảng)? (?:khóa|khoá) ([ivxl]+)\b`)

// ordinals are the plenums' numbers in words ("lần thứ tư").
var ordinals = map[string]int{"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
	"mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15, "mười sáu": 16, "mười bảy": 17, "mười tám": 18}

// toRoman writes a term's number (1–39).
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= p.v; n -= p.v {
			b.WriteString(p.s)
		}
	}
	return b.String()
}

// plenum asks at which plenum the resolution was passed. It says whether
// it did: the question names the Central Committee, so the issuer is not
// asked beside it.
func (g *drafter) plenum(ref string) bool {
	if g.src.Kind != "Nghị quyết" || !strings.HasSuffix(g.src.Number, "-NQ/TW") {
		return false
	}
	for i, l := range g.lines {
		if l.body && i > 6 {
			break // (the heading or the lead, not a plenum the text cites)
		}
		m := plenumRE.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		n := ordinals[strings.ToLower(m[2])]
		if m[3] != "" {
			n, _ = strconv.Atoi(m[3])
		}
		term := vanban.RomanValue(strings.ToUpper(m[4]))
		if n < 1 || term < 2 || term > 39 {
			return false
		}
		wrong := plenumNeighbours(n, term, true)
		answer := plenumName(n, term)
		g.ownPlenum = answer
		q := choice(fmt.Sprintf("%s là nghị quyết của hội nghị nào?", ref), answer, wrong)
		q.Explanation = fmt.Sprintf("%s là Nghị quyết %s (Hội nghị lần thứ %s Ban Chấp hành Trung ương Đảng khóa %s).", ref, answer, ordinalWord(n, m[2]), toRoman(term))
		q.Passage, q.Difficulty = g.passage(l, m[0]), 1
		g.add(DraftMeta, q)
		return true
	}
	return false
}

// ordinalWord is the plenum's number in words, as the text wrote it when
// it did.
func ordinalWord(n int, written string) string {
	if written != "" {
		return strings.ToLower(written)
	}
	for w, v := range ordinals {
		if v == n && w != "bốn" {
			return w
		}
	}
	return strconv.Itoa(n)
}

// plenumName is how an option names a plenum: "Hội nghị Trung ương 5
// khóa XII".
func plenumName(n, term int) string {
	return fmt.Sprintf("Hội nghị Trung ương %d khóa %s", n, toRoman(term))
}

// plenumNeighbours are three wrong options for plenum n of a term: the
// plenums before and after it, the same one of the term before (unless
// termBefore is false), then those two away; none that is in skip.
func plenumNeighbours(n, term int, termBefore bool, skip ...string) []string {
	near := []string{plenumName(n-1, term), plenumName(n+1, term)}
	if termBefore {
		near = append(near, plenumName(n, term-1))
	}
	near = append(near, plenumName(n+2, term), plenumName(n-2, term))
	var out []string
	for k, w := range near {
		if k == 0 && n < 2 || k == len(near)-1 && n < 3 || slices.Contains(skip, w) || len(out) == 3 {
			continue // (no plenum before the first)
		}
		out = append(out, w)
	}
	return out
}
