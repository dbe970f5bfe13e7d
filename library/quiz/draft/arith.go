package draft

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Figures whose answer is a sum or a division away from the rest of
// their clause.

// restRE finds a share in a clause.
var restRE = regexp.MustCompile(`(\d{1,3}(?:,\d{1,2})?)\s?%`)

// complemented says whether a share's clause gives the rest of a hundred
// beside it, so the answer is a subtraction away.
func complemented(f fact) bool {
	if f.kind != DraftPercent || f.value <= 0 || f.value >= 100 {
		return false
	}
	rest := f.clause[:f.at] + " " + f.clause[f.at+len(f.answer):]
	if !strings.Contains(rest, "%") {
		return false
	}
	for _, m := range restRE.FindAllStringSubmatchIndex(rest, -1) {
		v, err := strconv.ParseFloat(strings.Replace(rest[m[2]:m[3]], ",", ".", 1), 64)
		if err != nil || math.Abs(v+f.value-100) >= 0.05 {
			continue
		}
		// the rest as the rest: "gần 18% số dân còn lại", "25% không cảm
		// nhận được" — not "tối thiểu 70% cho giáo viên, tối thiểu 30%
		// cho nhân viên", two rules that add up by chance
		after := strings.Fields(rest[m[1]:min(len(rest), m[1]+40)])
		near := " " + strings.Join(after[:min(len(after), 4)], " ") + " "
		if strings.Contains(near, " còn lại ") || len(after) > 0 && (after[0] == "không" || after[0] == "chưa") || strings.HasSuffix(strings.TrimSpace(rest[:m[0]]), "còn") {
			return true
		}
	}
	return false
}

// countRE finds a count and the word it counts: "22 thủ tục".
var countRE = regexp.MustCompile(`(?:^|\s)(\d{1,3}(?:\.\d{3})*) (\p{L}+)`)

// ratioOf says whether a share is one count of its clause over another
// of the same thing, so the answer is a division away.
func ratioOf(f fact) bool {
	if f.kind != DraftPercent || f.value <= 0 || f.value >= 100 {
		return false
	}
	// (only a share given as a result: "(đạt ……)", "chiếm ……"; the
	// pattern is slow over a resolution's every figure)
	if before := strings.TrimSpace(f.clause[:f.at]); !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, "đạt") && !strings.HasSuffix(before, "chiếm") && !strings.HasSuffix(before, "bằng") {
		return false
	}
	rest := f.clause[:f.at] + " " + f.clause[f.at+len(f.answer):]
	type count struct {
		n    float64
		noun string
	}
	var cs []count
	for _, m := range countRE.FindAllStringSubmatch(rest, -1) {
		if n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ".", ""), 64); err == nil && n > 0 {
			cs = append(cs, count{n, m[2]})
		}
	}
	for _, a := range cs {
		for _, b := range cs {
			if a.noun == b.noun && a.n < b.n && math.Abs(100*a.n/b.n-f.value) < 0.6 {
				return true
			}
		}
	}
	return false
}
