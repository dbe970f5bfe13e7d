package draft

// Wrong options that do not cue: not a key of a draft beside it, a
// report's period among the usual periods; and a count the text tells
// again, which any other stem would give away (rounds 47–48).

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
)

// offKeys is the wrong options that are none of keys.
func offKeys(wrong, keys []string) []string {
	var out []string
	for _, w := range wrong {
		if !slices.Contains(keys, w) {
			out = append(out, w)
		}
	}
	return out
}

// retold says whether a small count is told again with its thing
// elsewhere in the text: "tại …… công trình dự án" where the notice
// speaks throughout of "02 công trình dự án" (round 47: another draft's
// stem gave it away).
func (g *drafter) retold(f fact) bool {
	if f.kind != DraftQuantity && f.kind != DraftCount || f.value >= 100 || f.value != float64(int(f.value)) || timeUnits[f.unit] {
		return false // (a rule's term, "trong thời hạn 05 năm", is the rule however often told)
	}
	next := strings.Fields(f.clause[f.at+len(f.answer):])
	if len(next) < 2 {
		return false
	}
	if g.text == nil {
		t := strings.Join(g.src.Pages, "\n")
		g.text = &t
	}
	return strings.Count(*g.text, f.answer+" "+next[0]+" "+next[1]) >= 2
}

// frameYear says whether a year is the text's own, told throughout (a
// news report of 2017 on "mục tiêu … trong năm 2017"): asking it tests
// nothing (round 51's judge). A year that ends a period ("đến năm 2020")
// is its target, however often told.
func (g *drafter) frameYear(f fact) bool {
	if f.shape != "year" || f.value < 1900 || untilRE.MatchString(f.clause[:f.at]) {
		return false
	}
	if g.text == nil {
		t := strings.Join(g.src.Pages, "\n")
		g.text = &t
	}
	return strings.Count(*g.text, f.answer) >= 4
}

// untilRE ends the words before a target year.
var untilRE = regexp.MustCompile(`(?i)(?:đến|tới|trước|sau|vào|chậm nhất|định hướng đến|tầm nhìn đến|giai đoạn) (?:năm )?$`)

// periodRE ends the words before a reporting period: "định kỳ 06 tháng".
var periodRE = regexp.MustCompile(`(?i)định kỳ\s*$|(?:mỗi|hằng|hàng)\s*$`)

// periodAfterRE follows a period's figure: "06 tháng/lần", "6 tháng một
// lần".
var periodAfterRE = regexp.MustCompile(`^\s*tháng\s*(?:/\s*lần|một lần|1 lần)`)

// monthPeriod says whether a figure is a report's period in months.
func monthPeriod(f fact) bool {
	return strings.HasPrefix(f.unit, "thang") && (periodRE.MatchString(f.clause[:f.at]) || periodAfterRE.MatchString(f.clause[f.at+len(f.answer):]))
}

// periodWrongs are the usual periods other than a period's own, written
// as it is: "01", "03", "12" for "06 tháng/lần".
func periodWrongs(f fact) []string {
	var out []string
	for _, v := range []int{1, 3, 6, 12} {
		if float64(v) != f.value {
			out = append(out, fmt.Sprintf("%0*d", len(f.answer), v))
		}
	}
	return out
}

// figureDifficulty rates a blank on a figure by its nearest wrong
// option: within a tenth of the answer it is hard (3: "96,4%" among
// "95,8%"), half of it or more away easy (1: "05" among "10", "15"), else
// middling. Dates and words stay middling. (Judges of rounds 47–49 found
// every blank marked "Vừa".)
func figureDifficulty(f fact, wrong []string) int {
	if f.kind == DraftTime || f.shape == "word" || f.value <= 0 {
		return 2
	}
	near := -1.0
	for _, w := range wrong {
		if v, ok := optionValue(w); ok {
			if gap := math.Abs(v-f.value) / f.value; near < 0 || gap < near {
				near = gap
			}
		}
	}
	switch {
	case near < 0:
		return 2
	case near <= 0.1:
		return 3
	case near >= 0.5:
		return 1
	}
	return 2
}
