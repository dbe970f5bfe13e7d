package draft

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// Remits: a regulation's or a plan's article on who does what gives each
// body its own clause, the tasks in the points under it ("1. Sở Nội vụ:"
// / "a) Chủ trì, phối hợp với các cơ quan liên quan thẩm định …"; "3. Ủy
// ban nhân dân cấp xã có trách nhiệm:" / "- Quản lý, bảo vệ hành lang
// …"). "Which body does this" is what a cadre of those bodies must know;
// round 115's judge named it among the questions missed in three of nine
// documents, and the tasks' other bodies are plausible wrong answers
// the document itself gives.

// remitHeadRE is a clause that names the body its points are given to:
// the body alone, or with "có trách nhiệm", "Trách nhiệm của …".
var remitHeadRE = regexp.MustCompile(`^(?:Trách nhiệm của |Nhiệm vụ của |Giao |Đề nghị )?((?:Sở|Ủy ban nhân dân|UBND|Công an|Bộ|Ban|Văn phòng|Đài|Báo|Trung tâm|Kho bạc Nhà nước|Thuế|Bảo hiểm xã hội|Liên đoàn|Tỉnh đoàn|Thành đoàn|Hội|Ủy ban Mặt trận|Mặt trận|Cục|Chi cục|Bộ Chỉ huy|Ngân hàng Nhà nước) [^.;:()]{2,80}?)(?: có trách nhiệm| chịu trách nhiệm| có nhiệm vụ| thực hiện)?(?: sau đây| như sau| các nhiệm vụ sau)?\s*:?$`)

// remitRefRE is a task that says its content by another clause's number:
// "thực hiện các nội dung tại khoản 1 Điều 5 Quyết định này".
var remitRefRE = regexp.MustCompile(`(?:khoản|điểm|Điều|mục|Mục|Phụ lục|Biểu) (?:\d|[IVX]+\b|[a-zđ]\))`)

// partnerTaskRE opens a task a body only helps with, or one every body
// has: not its own to be asked.
var partnerTaskRE = regexp.MustCompile(`(?i)^(?:phối hợp|tham gia|thực hiện (?:các|những) nhiệm vụ khác|các nhiệm vụ khác|định kỳ|báo cáo|tổng hợp,? báo cáo|chỉ đạo,? hướng dẫn các đơn vị trực thuộc|căn cứ|chịu trách nhiệm trước)`)

// delegateHeadRE is a clause that hands powers down, the powers in its
// points: "1. UBND tỉnh ủy quyền cho Chủ tịch UBND tỉnh:" / "a) Quyết
// định đánh giá, quy hoạch, bổ nhiệm … đối với Chủ tịch Hội đồng thành
// viên …" (round 115's Bắc Ninh decision: who decides for whom was the
// question its judge missed first).
var delegateHeadRE = regexp.MustCompile(`^(\p{Lu}[^.;:()]{2,60}?) (ủy quyền|phân cấp) cho ((?:Chủ tịch|Phó Chủ tịch|Giám đốc|Thủ trưởng|Sở|Ủy ban nhân dân|UBND) [^.;:()]{2,80}?)(?: thực hiện)?(?: các nội dung| các nhiệm vụ| các thẩm quyền)?(?: sau đây| như sau)?\s*:$`)

type remit struct {
	who, head string // "Sở Nội vụ", "Sở Nội vụ:"
	from      string // "UBND tỉnh ủy quyền cho" of powers handed down
	inline    bool   // the point names its body: "a) Sở Tài chính quyết định …"
	task      string // "Chủ trì, phối hợp … thẩm định …"
	line      dline
	at        string // "điểm a khoản 1 Điều 6", "" in a plan
}

// remits proposes "which body does …" for the tasks a who-does-what part
// gives the bodies it names clause by clause.
func (g *drafter) remits() {
	var all []remit
	article, locus := "", ""
	head, headRank, from, headText := "", 0, "", ""
	for i, l := range g.lines {
		if l.heading && !l.sub {
			article, locus, head = "", "", ""
			if m := articleRE.FindStringSubmatch(l.text); m != nil {
				article = m[1]
			}
		}
		locus = nextLocus(locus, l, article)
		if !l.body || l.heading || l.quoted {
			head = ""
			continue
		}
		rank := itemRank[l.item]
		if l.item != "" && head != "" && rank <= headRank {
			head = "" // the next body's clause, or the part's next point
		}
		if l.item != "" && (l.item == "num" || l.item == "alpha") {
			if m := remitHeadRE.FindStringSubmatch(stripItem(l.text)); m != nil && remitBody(m[1]) {
				head, headRank, from, headText = strings.TrimSpace(m[1]), rank, "", stripItem(l.text)
				continue
			}
			if m := delegateHeadRE.FindStringSubmatch(stripItem(l.text)); m != nil && remitBody(m[3]) {
				head, headRank, from, headText = strings.TrimSpace(m[3]), rank, m[1]+" "+m[2]+" cho", stripItem(l.text)
				continue
			}
		}
		where := strings.TrimSpace(locus + " " + article)
		if article == "" {
			where = ""
		}
		if l.item == "num" || l.item == "alpha" {
			// a point that says who does it: "a) Ủy ban nhân dân tỉnh
			// quyết định phê duyệt phương án xử lý tài sản … từ 500 triệu
			// đồng trở lên", "c) Chủ tịch Ủy ban nhân dân các xã, phường
			// quyết định …" (a decision that hands powers down level by
			// level: each level's are asked)
			if m := inlineRemitRE.FindStringSubmatch(stripItem(l.text)); m != nil && remitBody(m[1]) {
				if task, ok := remitTask(m[2] + " " + m[3]); ok {
					all = append(all, remit{who: strings.TrimSpace(m[1]), inline: true, task: task, line: l, at: where})
					continue
				}
			}
		}
		if head == "" || i == 0 {
			continue
		}
		task := strings.TrimSpace(stripItem(l.text))
		if first, _ := utf8.DecodeRuneInString(task); !unicode.IsUpper(first) || strings.Contains(task, ": ") {
			continue // the head's name broken onto this line ("… của Bộ" / "Văn hóa, …"), or a task that lists its matters
		}
		if strings.HasSuffix(strings.TrimSpace(l.text), ":") {
			continue // (a lead to the points under it says no task)
		}
		if task, ok := remitTask(task); ok {
			all = append(all, remit{who: head, from: from, head: headText, task: task, line: l, at: where})
		}
	}
	// the wrong answers are the document's own bodies: a person's post
	// among posts ("Giám đốc Sở Nội vụ" among "Chủ tịch UBND tỉnh" and
	// the heads of the other departments), a body among bodies
	bodies := map[string]string{} // folded → as written
	for _, r := range all {
		bodies[remitKey(r.who)] = r.who
	}
	posts, made := 0, map[string]bool{} // (made: a post the document does not name, a wrong answer only among posts)
	for _, b := range bodies {
		if isPost(b) {
			posts++
		}
	}
	twin := map[string]bool{} // a people's committee and its chairman: each the other's wrong answer where powers are handed down
	for _, b := range slices.Collect(maps.Values(bodies)) {
		for _, p := range []string{"Ủy ban nhân dân tỉnh", "UBND tỉnh", "Ủy ban nhân dân thành phố", "UBND thành phố"} {
			t := "Chủ tịch " + p
			if b == t {
				t = p
			} else if b != p {
				continue
			}
			if _, ok := bodies[remitKey(t)]; !ok {
				bodies[remitKey(t)], twin[remitKey(t)] = t, true
			}
		}
		switch {
		case strings.HasPrefix(b, "Sở ") && !isPost(b):
			bodies[remitKey("Giám đốc "+b)] = "Giám đốc " + b
			made[remitKey("Giám đốc "+b)] = true
		case posts > 0 && strings.HasPrefix(b, "Chủ tịch UBND tỉnh") || strings.HasPrefix(b, "Chủ tịch Ủy ban nhân dân tỉnh"):
			// a province's powers handed down go to its chairman, a vice
			// chairman or a department's director: the posts a power could
			// plausibly be handed to, when the document names too few
			for _, p := range []string{"Phó " + b, "Giám đốc Sở Tài chính", "Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ"} {
				if _, ok := bodies[remitKey(p)]; !ok {
					bodies[remitKey(p)] = p
					made[remitKey(p)] = true
				}
			}
		}
	}
	var names []string
	for _, b := range bodies {
		names = append(names, b)
	}
	sort.Strings(names)
	type cand struct {
		r     remit
		score int
	}
	var cands []cand
	for _, r := range all {
		if vagueTask(r.task) || boilerplate.MatchString(r.task) || remitRefRE.MatchString(r.task) || partnerTaskRE.MatchString(r.task) {
			continue
		}
		if g.sharedRemit(r, all) || strings.Contains(viet.Fold(r.task), viet.Fold(r.who)) || remitIn(r.task, r.who) || namesItsField(r.who, r.task) {
			continue // another body's task in its words, or the answer said, or its field ("Sở Xây dựng" … "quy hoạch xây dựng")
		}
		if remitIn(g.src.Title+" "+g.titleBlock(), r.who) && strings.Contains(r.task, " này") {
			continue // the lead of a plan on its own field: "… triển khai thực hiện Kế hoạch này" of a farming plan's Sở Nông nghiệp
		}
		score := 0
		if strings.HasPrefix(r.task, "Chủ trì") {
			score += 2 // the lead of a task is one body (a partner one of several)
		}
		if n := words(r.task); n >= 12 && n <= 35 {
			score++
		}
		cands = append(cands, cand{r, score})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	// a plan's tasks listed body by body are asked by owners.go already
	// ("cơ quan nào được giao nhiệm vụ: “…”?"): not again here
	var before []string
	for _, d := range g.drafts {
		before = append(before, viet.Fold(d.Question.Stem))
	}
	asked := map[string]bool{}
	n := 0
	for _, c := range cands {
		r := c.r
		if asked[viet.Fold(r.who)] || n >= 3 || askedBefore(r.task, before) {
			continue
		}
		var wrong []string
		kind := bodyKind(r.who)
		for _, pass := range []bool{true, false} {
			for _, b := range names {
				if isPost(b) != isPost(r.who) && !r.inline || made[remitKey(b)] && r.inline || twin[remitKey(b)] && !r.inline {
					continue
				}
				if !twin[remitKey(b)] && (strings.Contains(remitKey(b), remitKey(r.who)) || strings.Contains(remitKey(r.who), remitKey(b))) || remitKey(b) == remitKey(r.who) || strings.Contains(viet.Fold(r.task), viet.Fold(b)) || (bodyKind(b) == kind) != pass || oneOfLevel(b, r.who) {
					continue
				}
				if memberOf(b, r.who) || memberOf(r.who, b) {
					continue // "Sở Tài chính" is one of "Các Sở, ban, ngành cấp tỉnh": a second right answer
				}
				wrong = append(wrong, b)
			}
		}
		wrong = distinctFrom(r.who, wrong, 3)
		if len(wrong) < 3 || levelsOnly(r.who, wrong) || oddKind(r.who, wrong) {
			continue
		}
		asked[viet.Fold(r.who)] = true
		n++
		where := ""
		if r.at != "" {
			where = " (" + r.at + ")"
		}
		verb := "có trách nhiệm "
		if r.inline || strings.HasPrefix(r.task, "Có trách nhiệm") || strings.HasPrefix(r.task, "Chịu trách nhiệm") || strings.HasPrefix(r.task, "Là ") {
			verb = ""
		}
		who := "cơ quan nào"
		if isPost(r.who) {
			who = "ai"
		}
		for _, o := range wrong {
			if isPost(o) != isPost(r.who) {
				who = "cấp nào" // a power handed down to a body or a post: "Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"
			}
		}
		stem := fmt.Sprintf("Theo %s%s, %s %s%s?", g.refOf(r.line), where, who, verb, lowerFirst(r.task))
		if r.from != "" {
			stem = fmt.Sprintf("Theo %s%s, %s %s %s?", g.refOf(r.line), where, r.from, who, lowerFirst(r.task))
		}
		q := choice(stem, r.who, wrong)
		said := strings.TrimRight(r.head, ": ") + ": " + r.task
		if r.inline {
			said = r.who + " " + r.task
		}
		q.Explanation = explainQuote(g.refOf(r.line)+where, said)
		q.Passage = g.passage(r.line, r.task)
		q.Difficulty = 2
		g.add(DraftList, q)
	}
}

// remitTask is a task as a stem asks it: its first clause, cut past 45
// words; false when it says too little (under eight words).
func remitTask(task string) (string, bool) {
	if j := strings.Index(task, "; "); j > 0 {
		task = task[:j]
	}
	task = strings.TrimRight(firstSentence(task), " .;:")
	w := strings.Fields(task)
	if len(w) < 8 {
		return "", false
	}
	if len(w) > 55 {
		// (past 45 words: "… bao gồm: nhà, đất, xe ô tô, tàu thuyền, tài
		// sản khác có giá trị từ 500 triệu đồng trở lên" says its level's
		// threshold last)
		task = clauseCutPast(w, 55, 30) + " …"
	}
	if i := strings.LastIndex(task, "("); i > 0 && !strings.Contains(task[i:], ")") {
		task = strings.TrimRight(task[:i], " ,") + " …" // not "(trừ tài sản quy định …"
	}
	return task, true
}

// remitKey is a body's name as one body whatever its wording: "Các Sở,
// ban, ngành thuộc tỉnh" and "Các Sở, ban, ngành cấp tỉnh" are one.
func remitKey(b string) string {
	var w []string
	for _, x := range strings.Fields(bodyKey(b)) {
		if x != "thuoc" && x != "truc" {
			w = append(w, x)
		}
	}
	return strings.Join(w, " ")
}

// inlineRemitRE is a point that opens with who does it and what: "Sở Tài
// chính quyết định phê duyệt …", "Chủ tịch Ủy ban nhân dân tỉnh ban hành
// …".
var inlineRemitRE = regexp.MustCompile(`^((?:Các )?(?:Sở|Ủy ban nhân dân|UBND|Chủ tịch|Giám đốc|Thủ trưởng|Công an|Ban|Bộ|Văn phòng|Trung tâm|Kho bạc Nhà nước|Cục|Chi cục|Bộ Chỉ huy|Hội đồng nhân dân|HĐND|Thường trực Hội đồng nhân dân)[ ,][^.;:()]{2,60}?) (quyết định|phê duyệt|ban hành|thẩm định|chịu trách nhiệm|có trách nhiệm|chủ trì) (.{20,})$`)

// isPost says whether a name is a person's post, not a body: "Chủ tịch
// UBND tỉnh", "Giám đốc Sở Nội vụ".
func isPost(who string) bool {
	return postRE.MatchString(who+" ") || strings.HasPrefix(who, "Giám đốc ") || strings.HasPrefix(who, "Phó Giám đốc ")
}

// remitBody says whether a clause's head is one body's name: not a
// sentence, not a list of bodies.
func remitBody(who string) bool {
	w := strings.Fields(who)
	if len(w) > 14 || len(w) <= 2 && isPost(who) || nameEnds[w[len(w)-1]] || multiBodyRE.MatchString(who) || strings.HasPrefix(who, "Ban hành") || strings.Count(nameCommaRE.ReplaceAllString(who, ""), ",") > 0 {
		return false
	}
	for _, x := range w {
		if notInName[x] || taskVerb[x] {
			return false
		}
	}
	return true
}

// taskVerb are verbs that make a head a sentence, not a name: "Ủy ban nhân
// dân tỉnh quyết định …", "Sở Tài chính chủ trì …".
var taskVerb = map[string]bool{"ra": true, "quyết": true, "chủ": true, "hướng": true, "tổ": true, "thực": true, "xây": true, "kiểm": true, "theo": true, "phê": true}

// multiBodyRE finds a second body in a head: "Sở Tài chính, Sở Xây
// dựng", "Công an tỉnh và các cơ quan liên quan".
var multiBodyRE = regexp.MustCompile(`(?:,| và| với) (?:Sở|Ủy ban|UBND|Công an|Ban|Bộ|Văn phòng|Trung tâm|Cục|Chi cục|Ngân hàng|Kho bạc|Thuế|Bảo hiểm|Đài|Báo|Hội|Liên đoàn|Tỉnh đoàn|Mặt trận|Cổng|các)(?:\s|$)`)

// nameCommaRE is a comma inside one body's name: "Sở Văn hóa, Thể thao
// và Du lịch", "Ủy ban nhân dân các xã, phường".
var nameCommaRE = regexp.MustCompile(`[Ss]ở, ban, ngành|Văn hóa, Thể thao|Lao động, Thương binh|xã, phường|tỉnh, thành phố|Phát thanh, Truyền hình|phát thanh, truyền hình`)

// sharedRemit says whether another body's tasks say r's task in most of
// its words: which body does it has two answers.
func (g *drafter) sharedRemit(r remit, all []remit) bool {
	mine := wordSet(r.task)
	named := map[string]bool{} // the words it names its object by: "Kiểm soát viên"
	for i, w := range strings.Fields(r.task) {
		if first, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(first) {
			named[viet.Fold(strings.Trim(w, ",.;:()"))] = true
		}
	}
	for _, o := range all {
		if viet.Fold(o.who) == viet.Fold(r.who) {
			continue
		}
		theirs := wordSet(o.task)
		same, of, other := 0, 0, false
		for w := range mine {
			if stopword[w] {
				continue
			}
			of++
			if theirs[w] {
				same++
			} else if named[w] {
				other = true // one power over another post: "… đối với Kiểm soát viên" and "… đối với Chủ tịch Hội đồng thành viên"
			}
		}
		if of > 0 && same*10 >= of*7 && !other {
			return true
		}
	}
	return false
}

// levelsOnly says whether the options are one body at its levels
// ("Ủy ban nhân dân cấp tỉnh", "… cấp huyện", "… cấp xã"): a task a
// regulation gives every level in turn (judges of rounds 17–32 kept 5 of
// 22 such drafts).
func levelsOnly(who string, wrong []string) bool {
	head := func(s string) string {
		w := foldedWords(s)
		if len(w) > 3 {
			w = w[:3]
		}
		return strings.Join(w, " ")
	}
	for _, o := range wrong {
		if head(o) != head(who) {
			return false
		}
	}
	return true
}

// memberOf says whether body a is one of the bodies b names together:
// "Sở Tài chính" of "Các Sở, ban, ngành cấp tỉnh".
func memberOf(a, b string) bool {
	rest, ok := strings.CutPrefix(b, "Các ")
	if !ok {
		return false
	}
	kind := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' })[0]
	return strings.HasPrefix(viet.Fold(a), viet.Fold(kind)+" ")
}

// oddKind says whether the answer is the one body of its kind among
// wrong answers all of another: "Ủy ban nhân dân cấp xã" among three
// departments (round 116's judge: the key given away by its form).
func oddKind(who string, wrong []string) bool {
	kind := func(s string) string {
		w := foldedWords(strings.TrimPrefix(strings.TrimPrefix(s, "Các "), "Chủ tịch "))
		switch {
		case len(w) == 0:
			return ""
		case w[0] == "ubnd" || len(w) > 2 && w[0] == "uy" && w[1] == "ban" && w[2] == "nhan":
			return "ubnd"
		}
		return w[0]
	}
	k := kind(wrong[0])
	for _, o := range wrong[1:] {
		if kind(o) != k {
			return false
		}
	}
	return kind(who) != k
}

// askedBefore says whether a draft already made quotes a task: its
// first eight words, folded, in a stem.
func askedBefore(task string, stems []string) bool {
	w := strings.Fields(viet.Fold(strings.TrimSuffix(task, " …")))
	if len(w) > 8 {
		w = w[:8]
	}
	head := strings.Join(w, " ")
	for _, s := range stems {
		if strings.Contains(s, head) {
			return true
		}
	}
	return false
}
