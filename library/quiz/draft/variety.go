package draft

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"sotay/internal/viet"
)

// varied drops drafts that repeat others: the same answer from the same
// passage, or a third blank with the same set of options ("six percentage
// blanks in a row with the same four options").
func varied(ds []Draft) []Draft {
	seen := map[string]bool{}
	sets := map[string]int{}
	quotes := map[string][]string{} // a blank's quoted words by its answer
	var shown [][2]string           // the blanks kept: quoted words, answer
	var out []Draft
	for _, d := range ds {
		q := d.Question
		right, where := "", ""
		var opts []string
		for _, o := range q.Options {
			opts = append(opts, o.Text)
			if o.Correct {
				right = o.Text
			}
		}
		if q.Passage != nil {
			where = fmt.Sprintf("%d:%d", q.Passage.Page, q.Passage.Start)
		}
		key := right + "\x00" + where
		if where != "" && seen[key] {
			continue
		}
		if at := articleOfStem(q.Stem); at != "" && (d.Kind == DraftQuantity || d.Kind == DraftPercent) {
			// "… trở ra 05 mét …" (khoản 1 Điều 2) and "… không được nhỏ
			// hơn 5m …" (khoản 2 Điều 2): one article's two blanks with
			// one answer give each other away (round 115)
			same := "\x02" + at + "\x00" + strings.TrimLeft(right, "0") + "\x00" + unitAfterBlank(q.Stem)
			if seen[same] {
				continue
			}
			// (and two blanks of one unit an article: its six headcounts,
			// "Tòa án quân sự trung ương có Thẩm phán ……", are a quota
			// table in prose, round 120's judge dropped them all)
			per := "\x04" + at + "\x00" + unitAfterBlank(q.Stem)
			if d.Kind == DraftQuantity && sets[per] >= 2 {
				continue
			}
			sets[per]++
			seen[same] = true
		}
		t := rowTemplate(q.Stem)
		if d.Kind != DraftList && strings.Contains(q.Stem, "……") && sets["\x01"+t] > 0 {
			continue // "Xếp lương vào bậc 2, hệ số lương ……" after "… bậc 1 …": one row of a table is enough (round 92)
		}
		if q := quoteOfStem(q.Stem); q != "" && d.Kind != DraftList {
			// one fact twice in other words: "… nhiệm kỳ 2026 - 2031 …" of
			// the title and "… nhiệm kỳ 2026-2031 …" of Điều 2, "TCVN ISO
			// ……" of two procedures (round 117: four such pairs)
			a := sameAnswerKey(right) + "\x00" + unitAfterBlank(q)
			dup := false
			for _, p := range quotes[a] {
				if quoteOverlap(p, q) >= 0.5 {
					dup = true
				}
			}
			if dup {
				continue
			}
			quotes[a] = append(quotes[a], q)
		}
		if shows(shown, quoteOfStem(q.Stem), right) {
			continue
		}
		if d.Kind == DraftQuantity && timeLimitRE.MatchString(quoteOfStem(q.Stem)) {
			// two time limits a document: "Trong thời hạn …… ngày kể từ
			// …" of each step of a licence are a procedure's table in
			// prose (round 121's judge dropped four of a resolution's
			// five; earlier judges called such runs niche)
			if sets["\x05"] >= 2 {
				continue
			}
			sets["\x05"]++
		}
		if strings.Contains(q.Stem, "cơ quan nào") {
			// one body asked once: three drafts whose key is Sở Công
			// Thương among the same departments give each other away
			// (round 119)
			if seen["\x03"+right] {
				continue
			}
			seen["\x03"+right] = true
		}
		sort.Strings(opts)
		set := strings.Join(opts, "\x00")
		if d.Kind != DraftList && sets[set+"\x00"+right] >= 1 {
			continue // the same answer among the same options again
		}
		if d.Kind != DraftList && sets[set] >= 2 {
			continue
		}
		if qs := quoteOfStem(q.Stem); qs != "" {
			shown = append(shown, [2]string{qs, right})
		}
		seen[key] = true
		sets[set]++
		sets[set+"\x00"+right]++
		if strings.Contains(q.Stem, "……") {
			sets["\x01"+t]++ // (a row dropped for another reason leaves its table's place to the next)
		}
		out = append(out, d)
	}
	return out
}

// template is a stem with its figures made one: "bậc 1" and "bậc 2" of a
// table's rows read alike.
func template(stem string) string {
	return digitsRE.ReplaceAllString(stem, "9")
}

// rowTemplate is a stem as one row of a table reads: its figures made
// one, and its rank ("Đô thị loại I", "loại II") and its point ("điểm b",
// "điểm c" of one article) too (round 132: four rates of one note, two
// dropped as clones).
func rowTemplate(stem string) string {
	stem = stemPointRE.ReplaceAllString(stem, "điểm x")
	return template(rankRE.ReplaceAllString(stem, "$1 9"))
}

var (
	stemPointRE = regexp.MustCompile(`điểm [a-zđ]\b`)
	rankRE      = regexp.MustCompile(`(loại|hạng|bậc|cấp|nhóm|vùng|khu vực) (?:[IVX]{1,4}\b|đặc biệt)`)
)

var digitsRE = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// stemArticleRE finds the article a blank's stem cites: "Theo Quyết định
// số 103/2025/QĐ-UBND … (khoản 1 Điều 2 “…”), điền vào chỗ trống".
var stemArticleRE = regexp.MustCompile(`^Theo (.+?) \((?:(?:điểm [a-zđ] )?khoản \d+ )?(Điều \d+[a-zđ]?)\b[^)]*\), điền vào chỗ trống`)

// articleOfStem is the document and article a blank's stem cites, "" when
// it cites none.
func articleOfStem(stem string) string {
	if m := stemArticleRE.FindStringSubmatch(stem); m != nil {
		return m[1] + "\x00" + m[2]
	}
	return ""
}

// unitAfterBlank is the folded word after a stem's blank, its unit: "m"
// and "mét" one ("05 mét", "5m" of round 115), "lần" and "năm" two.
func unitAfterBlank(stem string) string {
	_, after, ok := strings.Cut(stem, "……")
	if !ok {
		return ""
	}
	w := strings.Fields(strings.Trim(after, "”"))
	if len(w) == 0 {
		return ""
	}
	u := viet.Fold(strings.Trim(w[0], ",.;:()”"))
	if short, ok := unitShort[u]; ok {
		u = short
	}
	return u
}

var unitShort = map[string]string{"met": "m", "kilomet": "km", "hecta": "ha", "tan": "tấn"}

// quoteOfStem is the quoted words of a blank's stem, "" for no blank.
func quoteOfStem(stem string) string {
	_, q, ok := strings.Cut(stem, "điền vào chỗ trống: “")
	if !ok {
		return ""
	}
	return q
}

// sameAnswerKey is an answer as one whatever its spacing and leading
// zeros: "2026 - 2031" and "2026-2031", "08" and "8".
func sameAnswerKey(a string) string {
	a = strings.NewReplacer(" ", "", "–", "-").Replace(a)
	return strings.TrimLeft(a, "0")
}

// quoteOverlap is the share of the smaller quote's words the other holds.
func quoteOverlap(a, b string) float64 {
	wa, wb := wordSet(a), wordSet(b)
	common, _ := overlap(wa, wb)
	if least := min(len(wa), len(wb)); least > 0 {
		return float64(common) / float64(least)
	}
	return 0
}

// shows says whether a blank and one kept before it quote one sentence,
// each showing the other's answer: "Kiên quyết cắt bỏ cơ chế “……”, …
// bảo đảm không quá 3.000 dự án" and "… cơ chế “xin - cho”, … không quá
// …… dự án" (round 121's judge: each gives the other away).
func shows(kept [][2]string, quote, right string) bool {
	if quote == "" || len([]rune(right)) < 2 {
		return false
	}
	for _, k := range kept {
		if len([]rune(k[1])) >= 2 && quoteOverlap(k[0], quote) >= 0.5 && (strings.Contains(quote, k[1]) || strings.Contains(k[0], right)) {
			return true
		}
	}
	return false
}

// timeLimitRE is a blank that is a time limit: "Trong thời hạn …… ngày
// làm việc kể từ …", "…… ngày kể từ ngày nhận được …".
var timeLimitRE = regexp.MustCompile(`(?i:thời hạn) (?:không quá |tối đa )?…… (?:ngày|tháng)|…… ngày (?:làm việc )?kể từ`)
