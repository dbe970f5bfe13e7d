package draft

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"sotay/internal/viet"
)

// What makes a list question fair, as trainers judging drafts found: no
// right option picked by the question's words, no premise for an answer,
// no odd one out wrong by its year alone, no two drafts with the same odd
// ones out.

// overlaps counts the options of a that b holds.
func overlaps(a, b []string) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}

// namesAlone reports whether the right option shares two words in a row
// with the list's name ("Hoàn thiện thể chế về sở hữu" / "… quyền sở hữu
// tài sản …") that no wrong option has, or lacks two that every wrong
// option has: it can be picked by them.
func namesAlone(right string, wrong []string, name string, common map[string]int) bool {
	w := foldedWords(strings.TrimSuffix(name, "…"))
	for i := 0; i+2 <= len(w); i++ {
		pair := w[i] + " " + w[i+1]
		if stopword[w[i]] || stopword[w[i+1]] || common[pair] >= 3 && namesBody(name) {
			// "của các"; or a body's name most points say ("Ban Thường vụ
			// Quận ủy" of the "Văn phòng Quận ủy"). A subject most points
			// say is still a clue when the wrong options lack it: "lao
			// động" of "Thông tin về lao động và xã hội" (round 21)
			continue
		}
		if !hasPair(right, pair) {
			continue
		}
		alone := true
		for _, o := range wrong {
			if hasPair(o, pair) {
				alone = false
			}
		}
		if alone {
			return true
		}
	}
	return lacksNamePair(right, wrong, name, common)
}

// hasPair reports whether s has the two folded words of pair in a row.
func hasPair(s, pair string) bool {
	return strings.Contains(" "+strings.Join(foldedWords(s), " ")+" ", " "+pair+" ")
}

// lacksNamePair reports whether every wrong option shares a pair of the
// list's name's words the right one lacks (three "thị trường" and the one
// about the Party): the right one is picked by their absence.
func lacksNamePair(right string, wrong []string, name string, common map[string]int) bool {
	w := foldedWords(strings.TrimSuffix(name, "…"))
	for i := 0; i+2 <= len(w); i++ {
		pair := w[i] + " " + w[i+1]
		if stopword[w[i]] || stopword[w[i+1]] || common[pair] >= 3 || hasPair(right, pair) {
			continue
		}
		all := true
		for _, o := range wrong {
			all = all && hasPair(o, pair)
		}
		if all {
			return true
		}
	}
	return false
}

// leadsPoints reports a list's item that leads points of its own ("-
// Nhóm các nền tảng số …" over its "+ Triển khai …"): a heading, no
// point to ask or to offer (round 20).
func leadsPoints(l dlist, i int) bool {
	return i+1 < len(l.lines) && !strings.HasPrefix(l.lines[i].text, "+") && strings.HasPrefix(l.lines[i+1].text, "+")
}

// premise reports an item whose shown words are only its premise ("Căn
// cứ vào chủ trương của Đảng … trong từng thời kỳ …", "Trên cơ sở giá trị
// vốn … đã được xác định đầy đủ …"): what is to be done is cut off.
func premise(label string) bool {
	for _, p := range []string{"Căn cứ", "Trên cơ sở", "Đối với", "Để ", "Với ", "Trong ", "Cùng với", "Sau khi", "Khi "} {
		if strings.HasPrefix(label, p) {
			return true
		}
	}
	return false
}

// otherYear reports an odd one out naming a year its list's name does not
// ("giai đoạn 2017 - 2020" for "Mục tiêu đến năm 2030"): wrong by its
// year alone.
func otherYear(label, name string) bool {
	ny := yearsIn.FindAllString(name, -1)
	if len(ny) == 0 {
		return false
	}
	for _, y := range yearsIn.FindAllString(label, -1) {
		if !slices.Contains(ny, y) {
			return true
		}
	}
	return false
}

// stopword are folded words a shared pair of which says nothing.
var stopword = map[string]bool{"va": true, "cua": true, "cac": true, "voi": true, "ve": true, "trong": true, "cho": true,
	"la": true, "co": true, "nhung": true, "de": true, "theo": true, "tu": true, "den": true, "mot": true}

var yearsIn = regexp.MustCompile(`\b(19|20)\d\d\b`)

// repeatedItems is the items that are no option: lead-ins to points of
// their own, and items that stand, nearly word for word, in two lists or
// more: "Thực hiện một số nội dung khác liên quan đến … thuộc
// chức năng" under every committee is the answer to none (round 14).
func repeatedItems(all []dlist) map[string]bool {
	out := map[string]bool{}
	for i, l := range all {
		for k, lab := range l.labels {
			if t := strings.TrimSpace(l.lines[k].text); strings.HasSuffix(t, ":") || strings.HasSuffix(strings.TrimRight(t, ":. "), "như sau") {
				// a lead-in to points of its own ("Việc giải mật … được
				// quy định như sau:") says nothing as an option (round 15)
				out[lab] = true
				continue
			}
			for j, o := range all {
				if j != i && o.name != l.name && alikeSet(l.sets[k], o.sets) {
					out[lab] = true
					break
				}
			}
		}
	}
	return out
}

// alikeSet reports whether the words a share seven in ten of their
// union with one of labels.
func alikeSet(a map[string]bool, labels []map[string]bool) bool {
	for _, b := range labels {
		if common, union := overlap(a, b); union > 0 && common*10 >= union*7 {
			return true
		}
	}
	return false
}

// ubiquitous keeps the word pairs that stand in a fifth of all items or
// more (and in three at least): "doanh nghiệp nhà nước" in a resolution
// on state enterprises is no clue, but "bảo quản" or "tài chính" in a few
// items is one (rounds 14 and 15: "the only option with 'hủy'" for the
// article on destroying records).
func ubiquitous(all []dlist, pairs map[string]int) map[string]int {
	n := 0
	for _, l := range all {
		n += len(l.labels)
	}
	out := map[string]int{}
	for p, c := range pairs {
		if c >= 3 && c*5 >= n {
			out[p] = c
		}
	}
	return out
}

// sharingName puts first the candidates sharing a pair of words with a
// list's name (neither a small word), keeping their order otherwise.
func sharingName(cands []string, name string) []string {
	w := foldedWords(strings.TrimSuffix(name, "…"))
	shares := func(s string) bool {
		f := " " + strings.Join(foldedWords(s), " ") + " "
		for i := 0; i+2 <= len(w); i++ {
			if !stopword[w[i]] && !stopword[w[i+1]] && strings.Contains(f, " "+w[i]+" "+w[i+1]+" ") {
				return true
			}
		}
		return false
	}
	var first, rest []string
	for _, c := range cands {
		if shares(c) {
			first = append(first, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(first, rest...)
}

// formOf is what an option's form says before its content: whether it
// defines a term ("Danh mục dùng chung là …"), forbids or breaks a rule
// ("Không …", "Vi phạm …"), states a responsibility ("… có trách nhiệm
// …"), and its first two words.
type form struct {
	defines, negates, duty bool
	cut                    bool // ends "…": a long item cut
	right                  bool // a right: "Được …" (round 18)
	quoted                 bool // a title in quotation marks: "“Tư tưởng Hồ Chí Minh”"
	knows                  bool // a standard of knowledge or skill: "Hiểu biết …", "Có kỹ năng …"
	who                    bool // a member, a person or an award: "Chủ tịch Ủy ban …", "Năm 2020 được tặng Huân chương …"
	lead                   string
}

// whoRE opens a line that names a member, a person or an honour, folded:
// among a body's tasks any of them is plainly no task, and a task among
// them plainly the key (round 106: "Người đứng đầu … của tổ chức chính
// trị", "Bác sĩ Trần Văn Đào, Đại tá", "Năm 2020 được Nhà nước tặng Huân
// chương …" beside the tasks of a front's presidium or a hospital).
var whoRE = regexp.MustCompile(`^(?:(?:pho )?chu tich|(?:pho )?bi thu|uy vien|(?:pho )?truong ban|(?:pho )?giam doc|thanh vien|nguoi dung dau|(?:mot so |cac )?chuyen gia|bac si|dai ta|thuong vu|nam (?:19|20)\d\d|huan chuong|bang khen|giai thuong)\b`)

// knowsRE opens a post's standard of knowledge or skill, folded: among
// a post's tasks it gives itself away ("Hiểu biết về …" among "Xây dựng
// kế hoạch …", round 103), and a task among standards does too.
var knowsRE = regexp.MustCompile(`^(?:hieu biet|hieu ro|nam (?:vung|duoc|chac|ro)|co (?:ky nang|kha nang|trinh do|nang luc|kien thuc|hieu biet|bang|chung chi)|su dung (?:thanh thao|duoc)|thanh thao|biet (?:su dung|van dung))\b`)

// definesRE is a definition's form: a term of a few words, then "là" (or
// a quoted term and a colon).
var definesRE = regexp.MustCompile(`^(?:["“][^"”]{2,80}["”]\s*:|[^,;:()]{2,80}?\s(?:là|được hiểu là)\s)`)

// negatesRE is the form of a prohibition or a breach.
var negatesRE = regexp.MustCompile(`^(?:Không |Nghiêm cấm|Cấm |Vi phạm|Cản trở|Phá hoại|Làm sai lệch|Lợi dụng|Cố ý|Che giấu|Gian lận)`)

// dutyFormRE is a responsibility stated as what the option is about, in
// its first words ("Cơ quan, tổ chức khai thác dữ liệu có trách nhiệm
// …"); not "dám chịu trách nhiệm" at the end of a cadre's qualities.
var dutyFormRE = regexp.MustCompile(`^(?:\S+ ){0,8}(?:co|chiu) trach nhiem`)

func formOf(s string) form {
	f := form{defines: definesRE.MatchString(s) && words(s[:strings.Index(s+" là ", " là ")]) <= 10 || strings.HasPrefix(s, "Là "),
		negates: negatesRE.MatchString(s), duty: dutyFormRE.MatchString(viet.Fold(s)), cut: strings.HasSuffix(s, "…"), right: strings.HasPrefix(s, "Được "), quoted: strings.Contains(s, "“") || strings.HasPrefix(s, "\""), knows: knowsRE.MatchString(viet.Fold(s)), who: whoRE.MatchString(viet.Fold(s))}
	if w := foldedWords(s); len(w) >= 2 {
		f.lead = w[0] + " " + w[1]
	}
	return f
}

// formAlone reports whether the right option stands apart by its form
// alone: the only definition among points, the only breach among duties,
// the only one not opening "Phối hợp với …" as the three wrong ones do
// (round 16: a regulation's article questions and a province's tasks
// were answered by form, not by knowing the text).
func formAlone(right string, wrong []string) bool {
	if len(wrong) == 0 {
		return false
	}
	r := formOf(right)
	var ws []form
	for _, w := range wrong {
		ws = append(ws, formOf(w))
		if ws[len(ws)-1].who != r.who {
			return true // (one such line among the others is enough)
		}
	}
	alone := func(get func(form) bool) bool {
		for _, w := range ws {
			if get(w) == get(r) {
				return false
			}
		}
		return true
	}
	if alone(func(f form) bool { return f.defines }) || alone(func(f form) bool { return f.negates }) || alone(func(f form) bool { return f.duty }) ||
		alone(func(f form) bool { return f.cut }) || alone(func(f form) bool { return f.right }) ||
		alone(func(f form) bool { return f.quoted }) || alone(func(f form) bool { return f.knows }) {
		return true // (round 17: the only option cut with "…", or the only one whole)
	}
	// the only short heading among sentences, or the only sentence among
	// headings: half the words of the shortest, twice the longest
	short, long := words(wrong[0]), words(wrong[0])
	for _, w := range wrong[1:] {
		short, long = min(short, words(w)), max(long, words(w))
	}
	if n := words(right); 2*n <= short || n >= 2*long {
		return true
	}
	lead := ws[0].lead
	for _, w := range ws[1:] {
		if w.lead != lead {
			return false
		}
	}
	return lead != "" && r.lead != lead
}

// sameForm puts first the candidates of the right option's form, and
// among them takes first words in turn, so that three wrong options do not
// all open "Chương trình …" beside a right one that does not.
func sameForm(cands []string, right string) []string {
	r := formOf(right)
	var first, rest []string
	for _, c := range cands {
		if f := formOf(c); f.defines == r.defines && f.negates == r.negates && f.duty == r.duty && f.cut == r.cut && f.right == r.right && f.quoted == r.quoted {
			first = append(first, c)
		} else {
			rest = append(rest, c)
		}
	}
	var leads []string
	byLead := map[string][]string{}
	for _, c := range first {
		l := formOf(c).lead
		if _, ok := byLead[l]; !ok {
			leads = append(leads, l)
		}
		byLead[l] = append(byLead[l], c)
	}
	var out []string
	for n := 0; len(out) < len(first); n++ {
		for _, l := range leads {
			if n < len(byLead[l]) {
				out = append(out, byLead[l][n])
			}
		}
	}
	return append(out, rest...)
}

// collective says whether a list's name is many bodies at once ("Các bộ,
// cơ quan, địa phương", "Các sở, ban, ngành"): what it asks of them, it
// asks of each.
func collective(name string) bool {
	f := " " + strings.Join(foldedWords(name), " ") + " "
	if !strings.HasPrefix(f, " cac ") {
		return false
	}
	for _, w := range []string{" bo ", " so ", " co quan ", " nganh ", " dia phuong ", " don vi ", " cap "} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// namesItsBody reports an odd one out that names the body whose tasks
// the list gives ("Phối hợp với Bộ Lao động - Thương binh và Xã hội …"
// for the Ministry's own tasks): plainly not its own (round 15).
func namesItsBody(label, name string) bool {
	return namesBody(name) && words(name) >= 2 && strings.Contains(viet.Fold(label), viet.Fold(strings.TrimRight(name, ":")))
}

// vacuousWords say what a lead-in does, not what its points are about.
var vacuousWords = map[string]bool{"tap": true, "trung": true, "trien": true, "khai": true, "thuc": true, "hien": true, "tot": true,
	"cac": true, "noi": true, "dung": true, "sau": true, "day": true, "nhu": true, "mot": true, "so": true,
	"can": true, "nhung": true, "va": true, "cu": true, "the": true, "la": true, "gom": true, "bao": true,
	"doi": true, "voi": true, "phai": true, "tiep": true, "tuc": true, "lam": true}

// vacuous reports a list's name that says nothing of its points: "Tập
// trung triển khai tốt các nội dung sau" (round 17) is no name to ask by.
func vacuous(name string) bool {
	for _, w := range foldedWords(name) {
		if !vacuousWords[strings.Trim(w, ".,;:()")] {
			return false
		}
	}
	return true
}

// topicOf scores how near an option is to a list's subject: the words it
// shares with the list's points and name, counting only the words that
// say what a point is about (in an eighth of the document's points at
// most, not "triển khai", "hiệu quả", "tổ chức").
func topicOf(all []dlist) func(c string, l dlist) int {
	df, n := map[string]int{}, 0
	for _, l := range all {
		for _, set := range l.sets {
			n++
			for w := range set {
				df[w]++
			}
		}
	}
	content := func(w string) bool { return len(w) > 2 && !stopword[w] && df[w]*8 <= max(n, 16) }
	lists := map[string]map[string]bool{} // each list's content words, once
	return func(c string, l dlist) int {
		key := l.section + "\x00" + l.name + "\x00" + l.first.text
		words, ok := lists[key]
		if !ok {
			words = map[string]bool{}
			for _, set := range append(l.sets, wordSet(l.name)) {
				for w := range set {
					if content(w) {
						words[w] = true
					}
				}
			}
			lists[key] = words
		}
		k := 0
		for w := range wordSet(c) {
			if words[w] {
				k++
			}
		}
		return k
	}
}

// onTopic puts first the odd ones out nearest the list's subject:
// "Tổ chức đợt thi đua chào mừng Đại hội XIV" among the points on natural
// disasters was no question (round 18).
func onTopic(cands []string, l dlist, topic func(string, dlist) int) []string {
	score := map[string]int{}
	for _, c := range cands {
		score[c] = topic(c, l)
	}
	out := append([]string(nil), cands...)
	sort.SliceStable(out, func(i, j int) bool { return score[out[i]] > score[out[j]] })
	return out
}

// evenCuts cuts the wrong options as the right one is cut, where that is
// all that sets it apart: a long goal cut with "…" among whole ones
// (Nghị quyết 12-NQ/TW's goals for 2030 among those for 2020). Each is
// cut at a clause's end, three words short at least; if one cannot be,
// the options stay as they are.
func evenCuts(right string, wrong []string) []string {
	if !formOf(right).cut {
		return wrong
	}
	out := make([]string, len(wrong))
	for i, o := range wrong {
		if formOf(o).cut {
			out[i] = o
			continue
		}
		w := strings.Fields(strings.TrimRight(o, ".;"))
		if len(w) < 16 {
			return wrong
		}
		c := clauseCutPast(w, len(w)-3, 10)
		if words(c) >= len(w) {
			return wrong
		}
		out[i] = c + " …"
	}
	return out
}
