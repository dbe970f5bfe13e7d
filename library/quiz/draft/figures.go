package draft

// Reading a figure and the words around it.

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"sotay/internal/viet"
)

func wordValue(w string) int {
	if w == "tư" {
		return 4
	}
	for i, n := range numberWords {
		if n == w && i > 0 {
			return i
		}
	}
	return 0
}

func countNoun(folded string) string {
	for _, n := range countNouns {
		if f := viet.Fold(n); strings.HasPrefix(folded, f) && (len(folded) == len(f) || !isLetterByte(folded[len(f)])) {
			return f
		}
	}
	return ""
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// parseNumber reads a Vietnamese number: 6.800 (thousands), 71,5 (decimal).
func parseNumber(s string) (float64, bool) {
	if groups := strings.Split(strings.SplitN(s, ",", 2)[0], "."); len(groups) > 1 {
		for _, g := range groups[1:] {
			if len(g) != 3 {
				// "2.001189", an administrative procedure's code in an
				// annex, is no number (round 40 asked 21 of them);
				// thousands are grouped by three: "1.013.258"
				return 0, false
			}
		}
	}
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Replace(s, ",", ".", 1)
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil && !strings.Contains(s, ",")
}

// prevWord is the folded word before the end of s.
func prevWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(viet.Fold(f[len(f)-1]), ".,;:()“”\"")
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], ".,;:()“”\"")
}

// joinLabel makes one line of a label and the first sentence of the
// paragraph it names: "Mục tiêu cụ thể đến năm 2020: Phấn đấu …". Its
// offsets span both, on one page.
func (g *drafter) joinLabel(label, next dline) (dline, bool) {
	if label.page != next.page {
		return dline{}, false
	}
	sp := sentences(next.text)
	if len(sp) == 0 {
		return dline{}, false
	}
	first := strings.TrimSpace(next.text[sp[0][0]:sp[0][1]])
	j := label
	j.text = label.text + ": " + first
	j.end = next.start + utf8.RuneCountInString(first)
	j.heading, j.sub = false, false
	return j, true
}

// refListRE ends a list of clause or article numbers: "các Khoản 2, 3,
// 4", "Điều 8, Điều 9" is a reference, not a figure.
var refListRE = regexp.MustCompile(`(?i)(?:(khoản|điều|điểm|mục|chương)\s+[\d, ]*(\d|và|,)\s*(và\s+)?|tại\s+\d+(?:,\s*\d+)*,?\s*(?:và\s+)?)$`) // ("quy định tại 1, 2 và 3", round 35)

// preambleRE is how a preamble's lines open: the documents it cites are
// not what the text says ("Xét Tờ trình số 333/TTr-TANDTC ngày 06/5/2017").
var preambleRE = regexp.MustCompile(`^[*_]*(Căn cứ|Xét|Sau khi xem xét|Theo đề nghị)\s`) // (a page's italic star before it: "*Căn cứ Luật …", round 117)

// slashDateRE is a date written with slashes after "ngày".
var monthRE = regexp.MustCompile(`tháng (\d{1,2})/(\d{4})\b`)

var slashDateRE = regexp.MustCompile(`ngày (\d{1,2})/(\d{1,2})/(\d{4})\b`)

// yearlyRE is a deadline that comes back each year: "trước ngày 25/12
// hàng năm", "trước ngày 15/12 hằng năm".
var yearlyRE = regexp.MustCompile(`(?i)trước ngày (\d{1,2})/(\d{1,2}) (?:hàng|hằng|mỗi) năm\b`)

// targetNumberRE is a target's number in a list of targets: "(9) ".
var targetNumberRE = regexp.MustCompile(`^\(\d{1,2}\)\s*`)

// footnoteRE is a footnote's mark in a text from the web: "[1]".
var footnoteRE = regexp.MustCompile(`\[\d{1,2}\]`)
