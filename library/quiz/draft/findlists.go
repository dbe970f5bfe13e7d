package draft

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// Finding a document's lists: runs of items of one class under a heading
// or a lead-in, named by it.

// dlist is a list of the document: its name (from the heading or lead-in
// line) and the short labels of its items.
type dlist struct {
	name string
	// section is the part a list of points under a numbered paragraph
	// stands in; its name is then the paragraph's first words.
	section string
	parent  string // that paragraph's label
	article string // "Điều 3" when the list is an article's clauses
	// point is the numbered point a list under a sub-heading stands in:
	// the lists of one point are too near to be each other's odd ones out
	point  string
	labels []string
	sets   []map[string]bool // the folded words of each label
	lines  []dline           // the line of each label
	first  dline             // the lead-in line
}

// findLists collects the runs of three or more items of one class that
// follow a heading or a line ending with a colon. Body lines between
// label-only items ("Bước 1. Phần mở đầu" then its text) stay in the run.
func (g *drafter) findLists() []dlist {
	var out []dlist
	section := "" // the heading the lines stand under
	point := ""   // the numbered point
	article := "" // the article the lines stand in
	for i := 0; i < len(g.lines); i++ {
		l := g.lines[i]
		if l.heading && !l.sub {
			article = ""
			if m := articleRE.FindStringSubmatch(l.text); m != nil {
				article = m[1]
			}
		}
		article = quotedArticle(l, article)
		if l.heading && l.body && !l.sub {
			section, point = g.name(l.text), ""
		}
		if l.item == "num" {
			point = l.text
		}
		if l.item == "" || i == 0 || !l.body || l.item == "num" && itemNumber(l.text) > 1 && !g.lines[i-1].sub || l.item == "alpha" && !strings.HasPrefix(l.text, "a)") && !g.lines[i-1].sub ||
			l.item == "enum" && !strings.HasPrefix(l.text, "Một là") && !strings.HasPrefix(l.text, "Thứ nhất") {
			continue // (a numbered list starts at 1, a lettered one at a), or after its heading)
		}
		intro := g.lines[i-1]
		var name string
		pointed := false
		switch {
		case intro.heading || strings.HasSuffix(intro.text, ":"):
			name = g.name(intro.text)
			if name == "" && intro.sub {
				name = shortName(intro.text) // a long sub-heading, cut
			}
			if name == "" && strings.HasSuffix(intro.text, ":") {
				name = leadName(intro.text)
			}
			if name == "" && intro.item != "" && intro.item != l.item && !intro.heading && (section != "" || ownerOf(intro.text) != "") {
				// a long point that leads its own points ("1. Việc hợp
				// nhất … với các khía cạnh:" / "Thứ nhất, …"): named by
				// its first words, as below
				name = shortName(firstSentence(intro.text))
			}
			if name == "" && i >= 2 && g.lines[i-2].item == "num" && !intro.heading && intro.item == "" {
				// (not when the lead is a point itself: "6. Không áp dụng …
				// đối với các trường hợp sau đây:" is no part of "5. …",
				// round 65's wrong key)
				// "7 - Một số nhiệm vụ cần tập trung …" / "Giai đoạn
				// từ nay đến năm 2020, cần … sau:": named by the point,
				// in the part it stands in
				name, pointed = shortName(firstSentence(g.lines[i-2].text)), true
			}
		case intro.item != l.item && !intro.heading && words(stripItem(intro.text)) <= 8 && !strings.ContainsAny(stripItem(intro.text), ".;?:"):
			// a short label over its points, no colon: "(1) Mục đích",
			// "(2) Yêu cầu" (round 26)
			name = g.name(intro.text)
		case intro.item != "" && intro.item != l.item && (section != "" || ownerOf(intro.text) != ""):
			// (or under a body, "2. Sở Nội vụ", in a directive with no part
			// headings: round 17)
			// Points under a numbered paragraph (text from the web,
			// "1 - Qua hơn 30 năm … . - Nhận thức …"): named by the
			// paragraph's first words, in the part they stand in.
			name = shortName(firstSentence(intro.text))
		}
		if name == "" || notContent(name) || vacuous(name) {
			continue
		}
		list := dlist{name: name, first: intro}
		if article != "" {
			// the clauses of an article, under its lead ("Điều 3" / "Dự
			// án được áp dụng các cơ chế … sau đây:" / "1. …"): round 30
			// asked which of the article's clauses belong to one clause
			list.article = article
		}
		if m := articleRE.FindStringSubmatch(intro.text); m != nil && intro.heading {
			list.article = m[1]
			if viet.Fold(strings.TrimRight(name, ". ")) == viet.Fold(m[1]) {
				// an article with no title ("Điều 10." of the Điều lệ
				// Đảng): asking which clause it holds tests its number,
				// not its content (round 25 dropped all 17)
				continue
			}
		}
		if intro.item != "" && intro.item != l.item && !intro.heading {
			list.section, list.parent = section, itemLabel(intro.text)
		}
		if intro.sub || pointed {
			list.section, list.point = section, point // "Hoàn thiện thể chế về sở hữu" in "Nhiệm vụ và giải pháp"
		}
		j := i
		next := itemNumber(l.text)
		parent := l // the last point of the list's own mark
		for ; j < len(g.lines); j++ {
			m := g.lines[j]
			if m.item == l.item {
				if l.item == "dash" && dashMark(m.text) != dashMark(l.text) {
					// "- Cửa sông lạch Trường: Lấy mẫu 04 vị trí gồm:" over
					// its "+" points: a "-" point after them is the outer
					// list again, and the "+" points under a "-" list are
					// its points' own (round 24)
					if intro.item == "dash" && dashMark(intro.text) == dashMark(m.text) || !strings.ContainsRune("-–", dashMark(l.text)) {
						break
					}
					if strings.Contains(parent.text, ":") {
						continue
					}
					// (but "- Bộ Công Thương" or "- Nhóm các nền tảng …"
					// over its "+" tasks only names who does them or
					// their group: the tasks are the list's, rounds 18
					// and 21)
				} else if l.item == "dash" {
					parent = m
				}
				if n := itemNumber(m.text); next > 0 && n > 0 && n != next {
					break // another list's numbering
				}
				next++
				if j+1 < len(g.lines) && g.lines[j+1].item == "dash" && l.item != "dash" && words(itemLabel(m.text)) <= 6 {
					continue // "b) Chủ trì, phối hợp" over its dash points: a lead, no task (round 21)
				}
				if lab := itemLabel(m.text); lab != "" && !strings.HasSuffix(lab, "?") {
					list.labels = append(list.labels, lab)
					list.lines = append(list.lines, m)
				}
				continue
			}
			prev := g.lines[j-1]
			if m.item == "" && !m.heading && prev.item == l.item && words(stripItem(prev.text)) <= 10 {
				continue // the text of a label-only item
			}
			if l.item == "num" && (m.item != "" && m.item != "num" && !m.heading || m.sub && !intro.sub) {
				continue // the points under a numbered paragraph
			}
			if l.item == "alpha" && m.item == "dash" {
				continue // and under a lettered one: "a) Tham mưu … quyết định:" / "- Phương án …" (round 21)
			}
			break
		}
		if len(list.labels) >= 3 && !fields(list.labels) {
			for _, lab := range list.labels {
				list.sets = append(list.sets, wordSet(lab))
			}
			out = append(out, list)
		}
		if l.item == "num" || l.item == "alpha" {
			// the points under its paragraphs make lists of their own
			continue
		}
		i = j - 1
	}
	return out
}

// dashMark is the mark a dash point opens with: '-' (or '–'), '+', '•'.
func dashMark(s string) rune {
	if strings.HasPrefix(s, "++") {
		return '⧺' // a level under "+ …": a page's "++ Con thương binh …"
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r == '–' {
		return '-'
	}
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// bodyList reports a list named by the body its points are given to:
// "Sở Tài chính", "Ủy ban nhân dân xã, phường".
func bodyList(l dlist) bool {
	n := strings.TrimPrefix(strings.TrimPrefix(l.name, "Giao "), "Đề nghị ")
	return ownerOf(l.name) != "" || words(n) <= 12 && namesBody(n) && !strings.ContainsAny(n, ":;")
}

// notContent says whether a list is apparatus rather than content:
// discussion questions, references, appendices.
func notContent(name string) bool {
	f := viet.Fold(name)
	// (and a regulation's closing articles: when it takes effect, what
	// happens to what came before it)
	for _, p := range []string{"cau hoi", "tai lieu tham khao", "phu luc", "noi nhan", "quy dinh chuyen tiep", "dieu khoan chuyen tiep", "hieu luc thi hanh", "dieu khoan thi hanh"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// itemLabel is what an option shows of an item: its first sentence,
// whole up to 30 words, else cut where a clause ends (never "… quy định
// trong Hiến …"), without its marker or a trailing
// parenthesis ("Phần mở đầu (khoảng 10 phút)" → "Phần mở đầu").
func itemLabel(s string) string {
	s = pointSentence(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			s = s[:i]
		}
	}
	w := strings.Fields(s)
	// (a task's lead, "Chủ trì, phối hợp với các sở, ngành, địa phương có
	// liên quan", every task of a plan says: its words are not counted, or
	// the cut leaves the lead and not the task, round 41)
	if n := 40 + words(coordLeadRE.FindString(s)); len(w) > n {
		// (cut options were round 19's commonest edit: whole up to 40)
		s = clauseCut(w, n) + " …"
	}
	if len(w) < 2 {
		return ""
	}
	return s
}

// pointSentence is an item's first sentence without its marker, a note
// glued to it or its closing mark.
func pointSentence(s string) string {
	if s = stripItem(s); mayGluedNote(s) {
		s = gluedNoteRE.ReplaceAllString(s, "$1$2")
	}
	if sp := sentences(s); len(sp) > 0 {
		s = s[sp[0][0]:sp[0][1]]
	}
	return strings.TrimRight(strings.TrimSpace(s), ".;:,")
}

// coordLeadRE is the lead of a task given to a body with others:
// "Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan ".
var coordLeadRE = regexp.MustCompile(`^(?:Chủ trì,? (?:và )?)?[Pp]hối hợp (?:chặt chẽ )?với [^;:.]{3,80}?(?:có liên quan|liên quan) `)

// firstSentence is an item's first sentence, whole, without its marker.
func firstSentence(s string) string {
	s = stripItem(s)
	if sp := sentences(s); len(sp) > 0 {
		s = s[sp[0][0]:sp[0][1]]
	}
	return strings.TrimRight(strings.TrimSpace(s), ".;:,")
}

// fieldRE opens a field of a task set out in a plan: "Cơ quan chủ trì: Sở
// Khoa học và Công nghệ", "Thời gian thực hiện: Quý IV năm 2025".
var fieldRE = regexp.MustCompile(`^(?:Nội dung|Cơ quan (?:chủ trì|phối hợp|thực hiện)|Đơn vị (?:chủ trì|phối hợp|thực hiện)|Thời gian(?: thực hiện| hoàn thành)?|Thời hạn(?: ban hành| hoàn thành| thực hiện)?|Kinh phí(?: thực hiện)?|Sản phẩm|Kết quả|Hình thức|Phạm vi)\s*:`)

// fields reports a list whose points are mostly a task's fields: no
// points to ask (round 23: "KHÔNG thuộc" answered "Thời gian thực hiện: Quý
// IV năm 2025 …").
// A list of people by their ranks and posts ("Đại tá Trần Minh Trọng: Phó
// Chính ủy Quân khu 5", "Trần Văn Rón - Ủy viên Trung ương") is no points
// either: an encyclopedia's rolls, read once its headings were (round 74),
// nor of names alone ("Võ Văn Kiệt" offered as not a task of the
// Secretariat, a congress page's roll read as its tasks).
func fields(labels []string) bool {
	n := 0
	for _, l := range labels {
		if fieldRE.MatchString(l) || memberRE.MatchString(l) || personName(l) {
			n++
		}
	}
	return 2*n >= len(labels)
}

// memberRE is a roll's line: a person by rank, degree or post.
var memberRE = regexp.MustCompile(`(?:^|[\s:(,])(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Giáo sư|Phó Giáo sư|GS\.|PGS\.|TS\.|ThS\.?|Tiến sĩ|Thạc sĩ)\s|\s[-–]\s(?:Ủy viên|Phó|Trưởng|Chủ nhiệm|nguyên|Bí thư|Chủ tịch)|^(?:Phó |Ủy viên|Trưởng |Chủ nhiệm|Đảng ủy viên)[^:]{0,50}:\s*\p{Lu}`)

// surnames are the family names most Vietnamese bear.
var surnames = map[string]bool{"Nguyễn": true, "Trần": true, "Lê": true, "Phạm": true, "Hoàng": true, "Huỳnh": true, "Phan": true, "Vũ": true, "Võ": true, "Đặng": true, "Bùi": true, "Đỗ": true, "Hồ": true, "Ngô": true, "Dương": true, "Lý": true, "Tôn": true, "Trương": true, "Đinh": true, "Mai": true, "Cao": true, "Lâm": true, "Đào": true, "Đoàn": true, "Hà": true, "Lương": true, "Tạ": true, "Chu": true, "Trịnh": true, "Đàm": true, "Nông": true, "Triệu": true, "Tô": true, "Vương": true, "Quách": true, "Y": true}

// personName says whether a label is a person's name alone: two to five
// capitalised words, a family name first.
func personName(s string) bool {
	w := strings.Fields(strings.Trim(s, " .;,"))
	if len(w) < 2 || len(w) > 5 || !surnames[w[0]] {
		return false
	}
	for _, x := range w {
		if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
