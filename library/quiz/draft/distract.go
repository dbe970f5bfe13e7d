package draft

import (
	"fmt"
	"hash/fnv"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// Wrong answers for a blank: the document's other figures of its kind,
// near in value and written as the answer is, topped up from the answer.

// distractors picks up to three wrong answers for a fact from the
// document's other facts of its kind, nearest in value first; counts,
// years, terms and fractions are topped up from the answer's own figures.
// above reports a figure given as a floor it goes past: "trên 80%",
// "hơn 80%" — a share that cannot be past 100 %.
func above(f fact) bool {
	q := qualifier(f)
	return q == "tren" || q == "hon"
}

func distractors(f fact, all []fact, docYear int) []string {
	if f.shape == "share" {
		// "ít nhất hai phần ba số đảng viên": the shares a rule sets
		var out []string
		for _, s := range shareWords {
			if s != strings.ToLower(f.answer) {
				out = append(out, s)
			}
		}
		return out[:3]
	}
	if steps, ok := ruleSteps[f.unit]; ok && f.shape == "word" && f.kind == DraftCount {
		// "từ mười tám tuổi": ages near it, not the other figures of the
		// statute ("năm", "sáu" tuổi); "mười hai tháng": the periods
		// rules set
		var vals []float64
		for _, v := range steps(f.value) {
			if v != f.value && v > 0 && int(v) < len(numberWords) {
				vals = append(vals, v)
			}
		}
		sort.Slice(vals, func(i, j int) bool { return math.Abs(vals[i]-f.value) < math.Abs(vals[j]-f.value) })
		var out []string
		for _, v := range vals[:min(3, len(vals))] {
			out = append(out, countText(v, "word"))
		}
		if len(out) == 3 {
			return out
		}
	}
	type cand struct {
		text string
		dist float64
	}
	var cands []cand
	for _, o := range all {
		if o.kind != f.kind || o.shape != f.shape && f.kind == DraftTime || o.value == f.value && f.kind != DraftTime {
			continue
		}
		d := math.Abs(o.value - f.value)
		if f.kind == DraftPercent && decimals(o.answer) != decimals(f.answer) {
			continue // "96,4%" among round "95%", "100%" gives itself away
		}
		if f.kind == DraftTime && (f.shape == "date" || f.shape == "sdate" || f.shape == "month") && (d > 1 || docYear > 0 && f.value >= float64(docYear) && o.value < float64(docYear)) {
			continue // "ngày 23 tháng 11 năm 2015" for a deadline of 2025 (round 16)
		}
		if f.kind == DraftTime && (f.shape == "year" || f.shape == "range") && d > 10 {
			continue // 1945 for "đến năm 2030": not a plausible year
		}
		if f.shape == "range" && span(o.answer) != span(f.answer) {
			continue // "2021-2030" is no term of "nhiệm kỳ 2020-2025" (round 87)
		}
		if f.kind == DraftTime && f.shape == "year" && int(f.value)%5 == 0 && int(o.value)%5 != 0 {
			continue // a target year among targets
		}
		switch f.kind {
		case DraftQuantity:
			if f.shape == "fraction" || o.shape == "fraction" {
				continue
			}
			if o.value <= 0 || f.value <= 0 || math.Abs(math.Log(o.value/f.value)) > math.Log(3.5) {
				continue
			}
			if o.unit != f.unit || decimals(o.answer) != decimals(f.answer) {
				continue // "10,6" tỷ USD is no number of years
			}
			d = math.Abs(math.Log(o.value / f.value))
		case DraftCount:
			if o.value != math.Trunc(o.value) {
				continue
			}
			cands = append(cands, cand{countText(o.value, f.shape), d})
			continue
		case DraftPercent:
			if (o.value <= 100) != (f.value <= 100) {
				continue // an index over 100 % among indices over 100 % (round 18)
			}
			if o.value <= 0 || f.value <= 0 || math.Abs(math.Log(o.value/f.value)) > math.Log(1.6) {
				continue // 3,05% among 7,xx%, 10,5% for a quarter's 5,1%
			}
			if above(f) && o.value >= 100 && f.value < 100 || !changed(f, o.value) {
				continue // "Trên ……": not 100 % (round 22); "giảm từ 6,6% xuống ……": below 6,6 %
			}
		}
		cands = append(cands, cand{o.answer, d})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	var texts []string
	for _, c := range cands {
		texts = append(texts, c.text)
	}
	texts = append(texts, derived(f)...)
	unpadded := false // the document writes "31/8/2025", not "31/08/2025"
	for _, o := range all {
		if p := strings.Split(o.answer, "/"); o.shape == "sdate" && len(p) == 3 && (len(p[0]) == 1 || len(p[1]) == 1) {
			unpadded = true
			break
		}
	}
	for i, t := range texts {
		texts[i] = likeAnswer(f, t, unpadded)
	}
	if f.kind == DraftTime && f.shape == "year" && docYear > 0 && int(f.value) >= docYear {
		// "Mục tiêu đến năm ……" in a 2017 resolution: never 2015
		var later []string
		for _, t := range texts {
			// (and a target five years off or more is never the year it
			// was set: 2025 for "đến năm 2030" in a 2025 resolution,
			// round 30)
			if n := atoi(t); n >= docYear && (n > docYear || int(f.value) < docYear+5) {
				later = append(later, t)
			}
		}
		below := slices.ContainsFunc(later, func(t string) bool { return atoi(t) < int(f.value) })
		if y := int(f.value) - 2 - pick(f, 2); !below && y > docYear && int(f.value) >= docYear+5 {
			// (not always the earliest: "2028" below a 2030 target)
			later = append([]string{strconv.Itoa(y)}, later...)
		}
		texts = later
	}
	if viet.Fold(prevWord(f.clause[:f.at])) == "lop" {
		// a school grade: 1 to 12 ("lớp 15" is no grade)
		var grades []string
		for _, t := range texts {
			if n := atoi(t); n >= 1 && n <= 12 {
				grades = append(grades, t)
			}
		}
		for _, d := range []int{-1, -2, -3, 1} {
			if n := int(f.value) + d; n >= 1 && n <= 12 {
				grades = append(grades, strconv.Itoa(n))
			}
		}
		texts = grades
	}
	return distinctFrom(f.answer, texts, 6) // (the caller takes three: placed)
}

// decimals is how many figures a number in s has after its decimal comma.
func decimals(s string) int {
	i := strings.IndexByte(s, ',') // (a dot groups thousands: "100.000")
	if i < 0 {
		return 0
	}
	n := 0
	for _, r := range s[i+1:] {
		if r < '0' || r > '9' {
			break
		}
		n++
	}
	return n
}

// percentText writes v with n decimals the way answer writes its percent:
// decimal comma, "%" with or without a space.
func percentText(v float64, n int, answer string) string {
	t := strings.Replace(strconv.FormatFloat(v, 'f', n, 64), ".", ",", 1)
	if strings.Contains(answer, " %") {
		return t + " %"
	}
	return t + "%"
}

// numberText writes v with n decimals the way answer writes its number:
// decimal comma, thousands with a dot ("5.500").
func numberText(v float64, n int, answer string) string {
	t := strconv.FormatFloat(v, 'f', n, 64)
	whole, frac, _ := strings.Cut(t, ".")
	if strings.Contains(answer, ".") && len(whole) > 3 {
		var b strings.Builder
		for i, r := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteByte('.')
			}
			b.WriteRune(r)
		}
		whole = b.String()
	}
	if n > 0 {
		return whole + "," + frac
	}
	return whole
}

// span is how many years a range runs: 5 for "2020-2025".
func span(r string) int {
	if m := rangeRE.FindStringSubmatch(r); m != nil {
		return atoi(m[2]) - atoi(m[1])
	}
	return -1
}

// rangeSep is how a range answer joins its years: "-", " – ", " - ".
func rangeSep(s string) string {
	if m := rangeRE.FindStringSubmatchIndex(s); m != nil {
		return s[m[3]:m[4]]
	}
	return " – "
}

// likeAnswer writes a wrong answer the way the answer is written: "Ba"
// when the blank opens a sentence, "05" beside "03", a range with the
// answer's dash and spaces. A date whose day and month both have two
// digits is written as the document writes its others: "30/6/2025"
// beside "31/10/2025" where it writes "31/8/2025" (round 87).
func likeAnswer(f fact, t string, unpadded bool) string {
	if f.shape == "sdate" {
		p, q := strings.Split(f.answer, "/"), strings.Split(t, "/")
		if len(p) == 3 && len(q) == 3 {
			// padded as the answer is: "15/4/2026" pads neither part
			// (not "01/1/2026", round 41), "30/11/2025" both
			width := func(a, b string) int {
				if strings.HasPrefix(a, "0") || len(a) == 2 && len(b) == 2 && !unpadded {
					return 2
				}
				return 1
			}
			return fmt.Sprintf("%0*d/%0*d/%s", width(p[0], p[1]), atoi(q[0]), width(p[1], p[0]), atoi(q[1]), q[2])
		}
	}
	if f.shape == "date" {
		// every date written as the answer is: "ngày 01 tháng 01 năm
		// 2027" beside "ngày 1 tháng 2 …" stood out (round 18)
		a, m := fullDateRE.FindStringSubmatch(f.answer), fullDateRE.FindStringSubmatch(t)
		if a != nil && m != nil {
			return fmt.Sprintf("ngày %0*d tháng %0*d năm %s", len(a[1]), atoi(m[1]), len(a[2]), atoi(m[2]), m[3])
		}
	}
	if f.shape == "range" {
		if m := rangeRE.FindStringSubmatch(t); m != nil {
			t = m[1] + rangeSep(f.answer) + m[2]
		}
	}
	if r, _ := utf8.DecodeRuneInString(f.answer); unicode.IsUpper(r) {
		return viet.UpperFirst(t)
	}
	if f.kind == DraftPercent && !strings.ContainsAny(t, ".,") {
		// "03%" beside "2%" and "02%" (round 20): every option written
		// with the answer's leading zero, or none
		if n := atoi(strings.TrimSuffix(strings.TrimSpace(t), "%")); n > 0 && n < 10 {
			if len(f.answer) >= 3 && f.answer[0] == '0' {
				return fmt.Sprintf("%02d%%", n)
			}
			return fmt.Sprintf("%d%%", n)
		}
	}
	if (f.kind == DraftQuantity && f.shape == "" || f.kind == DraftCount && f.shape == "digit") && !strings.Contains(t, ",") && !strings.Contains(f.answer, ",") {
		// "10.251 chỉ tiêu" among "10250" and "1730" stood out by its
		// dot (round 77): thousands grouped as the answer groups them
		if n, ok := integerText(t); ok && n >= 1000 {
			if groupedRE.MatchString(f.answer) {
				return numberText(float64(n), 0, f.answer)
			}
			if _, plain := integerText(f.answer); plain && !strings.Contains(f.answer, ".") {
				return strconv.Itoa(n)
			}
		}
	}
	if (f.kind == DraftQuantity && f.shape == "" || f.kind == DraftCount && f.shape == "digit") && !strings.ContainsAny(t, ".,") {
		// "07 chỉ tiêu" among "2", "5", "13" stood out by its zero (round 18)
		n := atoi(t)
		if len(f.answer) == 2 && f.answer[0] == '0' && n > 0 && n < 10 {
			return fmt.Sprintf("%02d", n)
		}
		if n > 0 {
			return strconv.Itoa(n)
		}
	}
	return t
}

// groupedRE is a whole number with its thousands grouped: "10.251".
var groupedRE = regexp.MustCompile(`^\d{1,3}(?:\.\d{3})+$`)

// integerText reads "10.251" or "10251" as 10251.
func integerText(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if !groupedRE.MatchString(s) {
		for _, r := range s {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
	}
	n, err := strconv.Atoi(strings.ReplaceAll(s, ".", ""))
	return n, err == nil && s != ""
}

// ruleSteps are the values a rule's figure in words is told from, by its
// unit (folded).
var ruleSteps = map[string]func(v float64) []float64{
	"tuoi":  func(v float64) []float64 { return []float64{v - 3, v - 2, v - 1, v + 1, v + 2} },
	"thang": func(float64) []float64 { return []float64{3, 6, 9, 12, 18} },
	"nam":   func(float64) []float64 { return []float64{1, 2, 3, 4, 5, 10} },
	"ngay":  func(float64) []float64 { return []float64{3, 5, 7, 10, 15, 20} },
}

// usualTimes are the periods rules set, by their folded unit.
var usualTimes = map[string][]float64{
	"ngay":  {3, 5, 7, 10, 15, 20, 30, 45, 60, 90},
	"thang": {1, 2, 3, 6, 9, 12, 18, 24, 36},
	"nam":   {1, 2, 3, 5, 10, 15, 20},
	// the ages rules set: "con dưới 18 tuổi" among 16 and 20, not 23
	// (round 38)
	"tuoi": {6, 15, 16, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65},
}

// shareWords are the shares a rule sets in words, smallest first.
var shareWords = []string{"một nửa", "hai phần ba", "ba phần tư", "bốn phần năm"}

func countText(v float64, shape string) string {
	if shape == "word" && v > 0 && int(v) < len(numberWords) && float64(int(v)) == v {
		return numberWords[int(v)]
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// pick is a choice among n made from the fact's own words, so a document
// drafts the same each time but its answers do not always sit in the
// middle of their options.
func pick(f fact, n int) int {
	h := fnv.New32a()
	h.Write([]byte(f.clause))
	return int(h.Sum32() % uint32(n))
}

// spread takes, from steps in order (three below the answer, three above),
// a window of three to four of them starting where pick says: the answer
// is the smallest, the largest or in between.
func spread(f fact, steps []float64) []float64 {
	start := []int{0, 1, 2, 3}[pick(f, 4)]
	out := append([]float64{}, steps[start:min(start+3, len(steps))]...)
	// then the rest, nearest first, should some fall out of range
	for d := 1; d < len(steps); d++ {
		for _, i := range []int{start - d, start + 2 + d} {
			if i >= 0 && i < len(steps) {
				out = append(out, steps[i])
			}
		}
	}
	return out
}

// trailingZeros counts the zeros a whole answer ends with: "13.400" → 2.
func trailingZeros(answer string) int {
	digits := strings.ReplaceAll(answer, ".", "")
	if strings.ContainsAny(digits, ",") {
		return 0
	}
	n := 0
	for i := len(digits) - 1; i > 0 && digits[i] == '0'; i-- {
		n++
	}
	return min(n, len(digits)-1)
}
