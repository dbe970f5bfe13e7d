package draft

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// Responsibilities: "Ban Tuyên giáo Trung ương chủ trì, phối hợp với Ban
// Kinh tế Trung ương tổ chức việc học tập …", "Đảng đoàn Quốc hội lãnh
// đạo bổ sung …" ask who does the task, the document's other bodies as
// wrong answers.

// dutyRE finds who does a task in a sentence: the subject (one body,
// capitalised: "Ban Kinh tế Trung ương", "Đảng đoàn Quốc hội"), the verb
// that makes it responsible, the task.
var dutyRE = regexp.MustCompile(`^(\p{Lu}[\p{L}& \x{a0}-]{3,80}?) (` + dutyVerbs + `)([ ,][^.;]{10,400})`)

// dutyAskRE finds a task a text says someone was asked or given: "Phó
// Thủ tướng yêu cầu Bộ NN&PTNT đẩy nhanh tiến độ xây dựng …".
var dutyAskRE = regexp.MustCompile(`(?:[Yy]êu cầu|[Gg]iao cho|[Gg]iao|[Đđ]ề nghị) (\p{Lu}[\p{L}& \x{a0}-]{3,80}?) (` + dutyVerbs + `)([ ,][^.;]{10,240})`)

const dutyVerbs = `chủ trì|có trách nhiệm|chịu trách nhiệm|lãnh đạo|chỉ đạo|tổ chức|xây dựng|nghiên cứu|hướng dẫn|theo dõi|kiểm tra|tham mưu|rà soát|phối hợp|khẩn trương|sớm|chủ động|đẩy nhanh|sửa đổi|ban hành|hoàn thiện|triển khai|điều hành|cân đối|tập trung`

// boilerplate is the closing duties of every resolution: studying it,
// following it up, putting it into the law-making programme.
var boilerplate = regexp.MustCompile(`(?i)học tập, quán triệt|quán triệt và tuyên truyền|theo dõi, kiểm tra, đôn đốc|theo dõi, đôn đốc|chương trình xây dựng luật|xây dựng chương trình, kế hoạch (?:hành động|giám sát)`)

// namedBodyRE finds bodies a task names by their whole name.
var namedBodyRE = regexp.MustCompile(`Ban (?:Tổ chức|Tuyên giáo|Kinh tế|Dân vận|Nội chính|Đối ngoại|Tuyên giáo và Dân vận|Chính sách, chiến lược) Trung ương|Văn phòng Trung ương Đảng|Ủy ban Kiểm tra Trung ương|Bộ Chính trị|Ban Bí thư|Ủy ban Thường vụ Quốc hội|Đảng đoàn Quốc hội|Ban cán sự đảng Chính phủ|` +
	// the Party's bodies since 2025 (round 22)
	`Đảng ủy (?:Chính phủ|Quốc hội|Mặt trận Tổ quốc, các đoàn thể Trung ương|Mặt trận Tổ quốc|Công an Trung ương|Quân sự Trung ương|các cơ quan Đảng Trung ương)`)

// leadBodyRE is a line that gives a body its tasks: "4.1. Giao Đảng ủy
// Chính phủ:".
var leadBodyRE = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|[a-zđ]\)\s+|[-–+]\s+)?(?:Giao |Đề nghị |Yêu cầu )?(` + namedBodyRE.String() + `)(?:[\s,.;:]|$)`)

type duty struct {
	who, task string // "Ban Kinh tế Trung ương", "chủ trì, phối hợp với … nghiên cứu …"
	line      dline
	lead      bool   // a lead-in to points: not asked
	said      string // the task as said, when the stem cuts it
}

// duties proposes "who leads …" for each task whose leader the text names,
// the other leaders of the document as wrong answers.
func (g *drafter) duties() {
	// A regulation's articles give one duty to several bodies and levels
	// ("Thường trực Hội đồng nhân dân cấp xã", "… cấp tỉnh", the
	// deputies' groups): "which body" has several answers, or its wrong
	// ones are absurd. Judges kept 5 of 22 such drafts over rounds 17–32
	// (round 32's joint resolution on meeting voters: 10 of 11 dropped);
	// only the Party's central bodies are asked there (the Statute's
	// "Ban Bí thư lãnh đạo công việc hằng ngày của Đảng" was kept).
	articles := g.articleCount() >= 5
	news := g.isNews()
	var all []duty
	for _, l := range g.lines {
		if !l.body || l.heading {
			continue
		}
		var parts []string
		for _, sp := range sentences(stripItem(l.text)) {
			// each clause of a sentence may give its own task: "Bộ Công
			// Thương …; Bộ Tài chính …"
			for _, c := range strings.Split(stripItem(l.text)[sp[0]:sp[1]], "; ") {
				parts = append(parts, strings.TrimSpace(c))
			}
		}
		for _, text := range parts {
			text = nameWords.Replace(text)
			var m []string
			for _, p := range []struct {
				re  *regexp.Regexp
				may bool
			}{{dutyRE, mayDuty(text)}, {dutyAskRE, mayDutyAsk(text)}} {
				var c []string
				if p.may {
					c = p.re.FindStringSubmatch(text)
				}
				if c != nil && !strings.HasSuffix(text, c[0]) {
					// cut by the pattern's length, not at the clause's end:
					// back to a whole word ("… chăm só" of "chăm sóc sức
					// khoẻ", round 48)
					if next, _ := utf8.DecodeRuneInString(text[strings.Index(text, c[0])+len(c[0]):]); unicode.IsLetter(next) || unicode.IsDigit(next) {
						if i := strings.LastIndex(c[3], ", "); i > 0 && words(c[3][:i]) >= 8 {
							c[3] = c[3][:i] + " …" // (at a clause's comma when one is)
						} else if i := strings.LastIndex(c[3], " "); i > 0 {
							c[3] = c[3][:i] + " …"
						}
					}
				}
				// one body by its name, not a list of them ("Mặt trận …
				// và các tổ chức …") nor who asked it ("Thủ tướng yêu cầu …")
				// — nor a request a notice answers: "Về đề nghị Chính phủ
				// chỉ đạo Bộ Tài chính …: giao Bộ Tài chính …" (round 41)
				if c != nil && oneBody(strings.TrimSpace(c[1])) && !strings.HasPrefix(text, "Về đề nghị") && !strings.HasPrefix(text, "Về kiến nghị") {
					m = c
					break
				}
			}
			if m == nil {
				continue
			}
			who := strings.ReplaceAll(strings.TrimSpace(m[1]), "\u00a0", " ")
			m[3] = strings.ReplaceAll(m[3], "\u00a0", " ")
			for _, adv := range []string{" tiếp tục", " khẩn trương", " chủ động", " trực tiếp", " thường xuyên"} {
				who = strings.TrimSuffix(who, adv) // "Giao Ban Tổ chức Trung ương tiếp tục chủ trì" (round 22)
			}
			task := strings.ReplaceAll(strings.TrimRight(m[2]+m[3], " ,"), ": ", " ") // "chỉ đạo các tổ chức tín dụng: khẩn trương …"
			// "Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan liên
			// quan:": the task is in the points after it (round 16); its
			// body is still a wrong answer for others
			lead := strings.HasSuffix(strings.TrimSpace(text), ":") || strings.HasSuffix(task, ":")
			if (words(task) < 8 || vagueTask(task)) && !lead {
				continue // "tập trung, chuẩn bị đầy đủ": no task out of its sentence; "rà soát, kiểm tra, chủ động xử lý": no what (round 56)
			}
			if w := strings.Fields(task); len(w) > 70 {
				// (cut where most of the task is said: "ban hành Hướng dẫn
				// việc rà soát, bổ sung …" said not what, round 25; at 45
				// words a cut "… báo cáo Bộ Chính trị …?" dropped what, or
				// for whom, in four of round 42's five)
				task = clauseCutPast(w, 70, 45) + " …"
			}
			all = append(all, duty{who: who, task: task, line: l, lead: lead})
		}
	}
	// the bodies the tasks name besides their leaders ("phối hợp với Văn
	// phòng Trung ương Đảng", "báo cáo Bộ Chính trị"): wrong answers too
	var named []string
	for _, d := range all {
		named = append(named, namedBodyRE.FindAllString(d.task, -1)...)
	}
	for _, l := range g.lines {
		// and those a line gives tasks to: "4.1. Giao Đảng ủy Chính phủ:"
		// over its points (round 22)
		if m := leadBodyRE.FindStringSubmatch(l.text); l.body && m != nil {
			named = append(named, m[1])
		}
	}
	answered := map[string]int{}
	for i, d := range all {
		if remitIn(d.task, d.who) && !remitIn(g.src.Title+" "+g.titleBlock(), d.who) {
			// its remit said late in the task: the task up to it ("Mặt
			// trận … vận động Nhân dân thực hiện Nghị quyết, phát huy vai
			// trò giám sát, phản biện xã hội …", round 30)
			if cut := beforeRemit(d.task, d.who); cut != "" {
				d.said, d.task = d.task, cut
			}
		}
		if articles && !partyCentral[d.who] || ministryRemit(d.task, d.who) {
			continue
		}
		if committeeName(d.line) || news && strings.Contains(viet.Fold(g.src.Title), viet.Fold(d.who)) {
			continue // a committee's name, no task given it; a body a page is headlined by, its answer given (round 65)
		}
		if news && localBodyRE.MatchString(d.who) {
			continue // a city's departments in a news report: which got which of its 84 tasks (round 58 dropped five of five)
		}
		if issuesIt(d.task, d.who) {
			continue // "cơ quan nào ban hành Nghị định …": only the Government does (round 30)
		}
		if sharedTask(d, all) {
			continue // "chịu trách nhiệm tự đánh giá, xếp loại chất lượng đảng bộ mình": every level's, in the same words (round 77: two right answers)
		}
		if boilerplate.MatchString(d.task) || d.lead || remitIn(d.task, d.who) && !remitIn(g.src.Title+" "+g.titleBlock(), d.who) {
			// (nor a task that says its body's remit in the body's words:
			// "hướng dẫn ủy ban kiểm tra các cấp" of the Ủy ban Kiểm tra
			// Trung ương, round 19) — unless the document is about it: "kinh
			// tế" in a resolution on the economy says nothing of the Ban
			// Kinh tế Trung ương
			continue // what every resolution's last part says: no question of this one (its body a wrong answer still)
		}
		var wrong []string
		for k := 1; k < len(all); k++ {
			o := all[(i+k)%len(all)]
			if viet.Fold(o.who) != viet.Fold(d.who) && !strings.Contains(viet.Fold(d.task), viet.Fold(o.who)) && !oneOfLevel(o.who, d.who) && !under(o.who, d.task) {
				wrong = append(wrong, o.who)
			}
		}
		wrong = g.nearBodies(d, all, wrong)
		for _, b := range named {
			// (nor the Politburo among ministries: "Bộ Chính trị" for a
			// task the Ministry of Agriculture leads, round 42)
			if viet.Fold(b) != viet.Fold(d.who) && !strings.Contains(viet.Fold(d.task), viet.Fold(b)) && !oneOfLevel(b, d.who) && !under(b, d.task) && !(partyCentral[b] && stateBody(d.who)) {
				wrong = append(wrong, b)
			}
		}
		if centralDesk[d.who] {
			// a central advisory body's task in a text naming few others
			// ("Văn phòng Trung ương Đảng chịu trách nhiệm đầu tư, phát
			// triển … các ứng dụng", round 35): the other desks
			for _, b := range centralDesks {
				if b != d.who && !strings.Contains(viet.Fold(d.task), viet.Fold(b)) {
					wrong = append(wrong, b)
				}
			}
		}
		wrong = distinctFrom(d.who, wrong, 3)
		set := append([]string{d.who}, wrong...)
		sort.Strings(set)
		if len(wrong) < 3 || answered[viet.Fold(d.who)] >= 2 || answered[strings.Join(set, "\x00")] >= 3 || namesItsField(d.who, d.task) {
			// (a body the answer of two questions already: a third in a
			// row reads as the same question, round 25; nor the same four
			// bodies a fourth time, round 41's five in a row)
			continue
		}
		answered[viet.Fold(d.who)]++
		answered[strings.Join(set, "\x00")]++
		q := choice(fmt.Sprintf("Theo %s, %s %s?", g.refOf(d.line), whoAsks(d.who), d.task), d.who, wrong)
		said := d.task
		if d.said != "" {
			said = d.said
		}
		q.Explanation = explainQuote(g.refOf(d.line), d.who+" "+said)
		// the passage is the duty's sentence, not the body's name alone
		// (round 41: a reviewer could not check the key from it)
		q.Passage = g.passage(d.line, sentenceWith(d.line.text, d.who))
		q.Difficulty = 2
		g.add(DraftList, q)
	}
}

// nameWords joins the words of the names that hold a duty's verb ("Ủy
// ban kiểm tra các cấp", "Ban tổ chức"): "Ủy ban" alone is no answer
// (the Điều lệ Đảng, round 25).
var nameWords = strings.NewReplacer("ban kiểm tra", "ban\u00a0kiểm\u00a0tra", "Ban kiểm tra", "Ban\u00a0kiểm\u00a0tra",
	"Ban tổ chức", "Ban\u00a0tổ\u00a0chức", "Ban chỉ đạo", "Ban\u00a0chỉ\u00a0đạo", "ban chỉ đạo", "ban\u00a0chỉ\u00a0đạo")

// oneBody says whether a duty's subject is one body by its name: not a
// list of them, nor a name with a verb run into it ("Chính phủ giải"
// trình, "Ủy ban Thường vụ Quốc hội nhất trí").
func oneBody(who string) bool {
	if words(who) > 12 || !namesBody(who) || strings.HasSuffix(who, " các") || strings.HasSuffix(who, " và") || strings.HasSuffix(who, " những") {
		return false
	}
	if w := strings.Fields(who); nameEnds[w[len(w)-1]] {
		return false // "Ban thường vụ cấp ủy cấp trên trực tiếp của" (round 25)
	}
	for _, w := range strings.Fields(who) {
		if notInName[w] {
			return false
		}
	}
	return !strings.Contains(who, " nhất trí") && !strings.Contains(who, " đồng ý") && !strings.Contains(who, " đề nghị")
}

// nameEnds are words no body's name ends on.
var nameEnds = map[string]bool{"của": true, "với": true, "cho": true, "trong": true, "theo": true, "để": true, "đối": true, "là": true,
	"có": true, "được": true, "từ": true, "tại": true, "ở": true, "trực": true}

// notInName are words no body's name holds.
var notInName = map[string]bool{"giải": true, "đã": true, "sẽ": true, "được": true, "cũng": true, "vẫn": true, "đang": true,
	"phải": true, "cần": true, "nên": true, "thì": true, "là": true, "có": true, "không": true, "chưa": true, "cho": true,
	"yêu": true, "cầu": true, "giao": true, "quy": true, // ("Chính phủ quy định tiêu chí lựa chọn" tổ chức …, round 31)
	"do": true} // ("Sở KH&ĐT thành lập tổ công tác do Giám đốc sở" chủ trì …, round 58)

// issuesIt says whether a task names an act only its body issues: a
// Nghị định the Government's, a law the National Assembly's.
func issuesIt(task, who string) bool {
	t, w := viet.Fold(task), viet.Fold(who)
	return w == "chinh phu" && strings.Contains(t, "nghi dinh") || w == "quoc hoi" && strings.Contains(t, "ban hanh luat")
}

// beforeRemit is a task cut at the last clause before its body's remit,
// "" if too little of it is left.
func beforeRemit(task, who string) string {
	t := strings.TrimSuffix(task, " …")
	for {
		i := strings.LastIndex(t, ", ")
		if i < 0 {
			return ""
		}
		t = t[:i]
		if words(t) < 8 {
			return ""
		}
		if !remitIn(t, who) {
			if words(afterPartner(t)) < 8 || verbEndRE.MatchString(t) {
				// (nor one cut right after its verb: "… các tỉnh ủy, thành
				// ủy lãnh đạo …" says not what, round 63)
				return "" // "chủ trì, phối hợp với Bộ Giáo dục và Đào tạo …": no task left (round 35)
			}
			return t + " …"
		}
	}
}

// verbEndRE ends a task at its verb, before what it is done to.
var verbEndRE = regexp.MustCompile(`(?:lãnh đạo|chỉ đạo|triển khai|thực hiện|tổ chức|phối hợp|tham mưu|hướng dẫn|nghiên cứu|xây dựng|đề xuất|rà soát)$`)

// partnerRE opens a task with whom its body works with: "chủ trì, phối
// hợp với các địa phương và các cơ quan có liên quan", "… với Bộ Nội vụ
// đánh giá …" (to the verb that says what they do).
var partnerRE = regexp.MustCompile(`^(?:chủ trì,?\s+)?phối hợp với .*?(?:liên quan\s|\s(?:đánh giá|xây dựng|tổ chức|tiến hành|rà soát|nghiên cứu|hướng dẫn|triển khai|ban hành|cân đối|theo dõi|tham mưu|đề xuất|bố trí|sửa đổi|hoàn thiện|kiểm tra|thực hiện|tuyên truyền)\s)`)

// afterPartner is a task without its partners: "" when it names only
// them ("chủ trì, phối hợp với Bộ Giáo dục và Đào tạo").
func afterPartner(t string) string {
	if p := partnerRE.FindString(t); p != "" {
		return t[len(p):]
	}
	if strings.HasPrefix(t, "phối hợp với ") || strings.HasPrefix(t, "chủ trì, phối hợp với ") {
		return ""
	}
	return t
}

// oneOfLevel says whether one body is one of a level the other names:
// "Ủy ban nhân dân thành phố Hải Phòng" is an "Ủy ban nhân dân cấp tỉnh",
// so it is no wrong answer for it (round 30).
func oneOfLevel(a, b string) bool {
	fa, fb := viet.Fold(a)+" ", viet.Fold(b)+" "
	if strings.HasPrefix(fa, fb) || strings.HasPrefix(fb, fa) {
		return true // "Ủy ban nhân dân Thành phố" (both cities) and "… Thành phố Hồ Chí Minh" (round 31)
	}
	if strings.Contains(fa, " cap ") == strings.Contains(fb, " cap ") {
		return false // two levels ("cấp tỉnh", "cấp xã"), or two places: each other's wrong answers
	}
	head := func(f string) string {
		w := strings.Fields(f)
		for i, x := range w {
			if x == "cap" || x == "cac" || x == "tinh" || x == "thanh" || x == "xa" || x == "phuong" || x == "huyen" {
				return strings.Join(w[:i], " ")
			}
		}
		return f
	}
	ha, hb := head(fa), head(fb)
	return ha != "" && ha == hb && len(strings.Fields(ha)) >= 2
}

// articleCount is how many article headings ("Điều 5.", "Điều 5") the
// body has.
func (g *drafter) articleCount() int {
	n := 0
	for _, l := range g.lines {
		if l.heading && articleRE.MatchString(l.text) {
			n++
		}
	}
	return n
}

// centralDesks are the Party's central advisory bodies whose names were
// the same before and after the 2025 merger of the Ban Tuyên giáo and the
// Ban Dân vận: each other's wrong answers.
var centralDesks = []string{"Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương", "Ban Nội chính Trung ương", "Ban Đối ngoại Trung ương", "Ủy ban Kiểm tra Trung ương"}

var centralDesk = map[string]bool{}

func init() {
	for _, b := range centralDesks {
		centralDesk[b] = true
	}
}

// under says whether a body is one of those the task directs: a ministry
// (or its Party committee) does not direct "các bộ, ngành" (round 35:
// "Đảng ủy Chính phủ lãnh đạo, chỉ đạo các bộ, ngành …" among three
// ministries' committees).
func under(body, task string) bool {
	b, t := viet.Fold(body), viet.Fold(task)
	return strings.Contains(t, "chi dao cac bo, nganh") && (strings.HasPrefix(b, "bo ") || strings.HasPrefix(b, "dang uy bo "))
}

// partyCentral are the Party's central bodies.
var partyCentral = map[string]bool{"Ban Chấp hành Trung ương": true, "Bộ Chính trị": true, "Ban Bí thư": true, "Ủy ban Kiểm tra Trung ương": true}

// stateBody says whether a body is the State's: a ministry, a people's
// committee, a department.
func stateBody(s string) bool {
	return !partyCentral[s] && (strings.HasPrefix(s, "Bộ ") || strings.HasPrefix(s, "Ủy ban nhân dân") || strings.HasPrefix(s, "UBND") || strings.HasPrefix(s, "Sở "))
}

// nearBodies orders the wrong bodies of a duty by how near their own
// tasks are to it — a word of its field in common ("xuất khẩu" of a
// ministry of trade beside the ministry of agriculture's "sản phẩm xuất
// khẩu tôm, cá tra") — nearest first, so that the topic alone does not
// give the answer away (round 51's judge: "lãi suất" could only be the
// State Bank's among the others offered). A body given a like task
// (half its field's words, four or more) may be right too: offered last.
func (g *drafter) nearBodies(d duty, all []duty, wrong []string) []string {
	title := map[string]bool{}
	for _, w := range foldedWords(g.src.Title + " " + g.titleBlock()) {
		title[w] = true
	}
	words := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range foldedWords(s) {
			if len(w) > 2 && !stopword[w] && !title[w] && !dutyWords[w] {
				out[w] = true
			}
		}
		return out
	}
	mine := words(d.task)
	score := map[string]int{}
	for _, o := range all {
		f := viet.Fold(o.who)
		n := 0
		for w := range words(o.task) {
			if mine[w] {
				n++
			}
		}
		if n >= 4 && 2*n >= len(mine) && f != viet.Fold(d.who) {
			n = -100 // a like task: its body may be right too, offered last
		}
		if v, ok := score[f]; !ok || n < v {
			score[f] = n
		}
	}
	out := slices.Clone(wrong)
	sort.SliceStable(out, func(a, b int) bool { return score[viet.Fold(out[a])] > score[viet.Fold(out[b])] })
	return out
}

// dutyWords are the words every task says: no field's.
var dutyWords = map[string]bool{"chu": true, "tri": true, "phoi": true, "hop": true, "trien": true, "khai": true, "thuc": true, "hien": true, "xay": true, "dung": true,
	"to": true, "chuc": true, "huong": true, "dan": true, "kiem": true, "tra": true, "theo": true, "doi": true, "bao": true, "cao": true, "nghien": true, "cuu": true,
	"co": true, "quan": true, "lien": true, "don": true, "vi": true, "dia": true, "phuong": true, "nganh": true, "tinh": true, "thanh": true, "pho": true, "nhiem": true, "vu": true,
	"giai": true, "phap": true, "tang": true, "cuong": true, "day": true, "manh": true, "nang": true, "khan": true, "truong": true, "kip": true, "thoi": true, "de": true, "xuat": true}

// taskVerbs are the words a task is done by, none of what it is about.
var taskVerbs = strings.Split(dutyVerbs+"|xử lý|thực hiện|tiếp tục|quyết liệt|nghiêm túc|kịp thời|đôn đốc|giám sát|báo cáo|đánh giá|tổng kết|hiệu quả|có|và", "|")

// vagueTask says whether a task names nothing it is done to or for: its
// verbs alone ("rà soát, kiểm tra, chủ động xử lý").
func vagueTask(task string) bool {
	w := strings.FieldsFunc(strings.ToLower(task), func(c rune) bool { return c == ' ' || c == ',' || c == '.' || c == '…' || c == ';' })
	rest := 0
next:
	for i := 0; i < len(w); {
		for _, v := range taskVerbs {
			vw := strings.Fields(v)
			if i+len(vw) <= len(w) && slices.Equal(w[i:i+len(vw)], vw) {
				i += len(vw)
				continue next
			}
		}
		rest++
		i++
	}
	return rest < 3
}

// localBodyRE is a province's or a district's own body: its department,
// its office, its people's committee.
var localBodyRE = regexp.MustCompile(`^(?:Sở|Phòng|Chi cục|Ban quản lý|UBND (?:quận|huyện|thị xã|xã|phường)|Ủy ban nhân dân (?:quận|huyện|thị xã|xã|phường)) `)

// sharedTask says whether another body is given d's task in its words,
// but for small ones ("của"): a level's word ("cấp tỉnh", "cấp xã") tells
// two tasks apart.
func sharedTask(d duty, all []duty) bool {
	mine := wordSet(d.task)
	for _, o := range all {
		if viet.Fold(o.who) == viet.Fold(d.who) {
			continue
		}
		theirs := wordSet(o.task)
		same := true
		for _, pair := range [][2]map[string]bool{{mine, theirs}, {theirs, mine}} {
			for w := range pair[0] {
				if !pair[1][w] && !stopword[w] {
					same = false
				}
			}
		}
		if same {
			return true
		}
	}
	return false
}
