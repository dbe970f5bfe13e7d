package draft

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"slices"
	"strings"

	"sotay/internal/vanban"
	"sotay/internal/viet"
)

// OtherList is a body's tasks as another document of the library gives
// them. A page that lists one body's tasks has no second list of their
// kind to take an odd one out from (the judges of every round named such
// pages' lists as missed); another document on another body of the same
// rank has: "Nghiên cứu, tham mưu về công tác tổ chức xây dựng Đảng" of
// the Ban Tổ chức Trung ương is no task of the Ban Dân vận Trung ương.
type OtherList struct {
	Whose string   // the body: "Ban Tổ chức Trung ương Đảng"
	From  string   // the document's title, named in the explanation
	Items []string // its tasks, as options show them
}

// prepare makes a drafter over the text as the drafts read it: its
// structure recovered if it was imported before that was done (offsets do
// not move, so passages stay right); a web page's no-break spaces
// ("chưa\u00a0thực sự") are spaces, one rune for one.
func prepare(src Source) *drafter {
	pages := make([]string, len(src.Pages))
	for i, p := range src.Pages {
		pages[i] = joinWrapped(oldTones(vanban.Unflatten(nbsp.Replace(p))))
	}
	src.Pages = pages
	return newDrafter(src)
}

// BodyTasks is what other documents' drafts may borrow from src: its lists
// of a named body's tasks. It never panics on any text.
func BodyTasks(src Source) []OtherList {
	if titleBody(src.Title) == "" && !slices.ContainsFunc(src.Pages, bodyLeadRE.MatchString) {
		return nil // (most documents: read in a glance)
	}
	g := prepare(src)
	var out []OtherList
	for _, t := range g.bodyTaskLists(g.allLists()) {
		out = append(out, OtherList{Whose: t.whose, From: src.Title, Items: t.l.labels})
	}
	return out
}

// allLists is every list the drafter finds, an article's inline lists
// knowing their article.
func (g *drafter) allLists() []dlist {
	inline := g.inlineLists()
	for i := range inline {
		inline[i].article = g.articleAt(inline[i].first)
	}
	return append(g.findLists(), inline...)
}

// bodyLeadRE is the words of a lead over a body's tasks: "… có chức
// năng và nhiệm vụ sau:".
var bodyLeadRE = regexp.MustCompile(`(?i)\pL có (?:các |những )?(?:chức năng|nhiệm vụ|quyền hạn)`)

// taskList is a list of one named body's tasks.
type taskList struct {
	at    []int // its lists among all (a body's groups of tasks: the groups')
	l     dlist
	whose string
	unit  string // "nhiệm vụ và quyền hạn", as its lead names them
}

// bodyTaskLists picks the lists that give one named body's tasks: under a
// lead "Ủy ban … có chức năng và nhiệm vụ sau:", under "Nhiệm vụ của Ban
// Tuyên giáo Trung ương", or under "Nhiệm vụ" of a page whose title is
// the body ("Ban Dân vận Trung ương Đảng Cộng sản Việt Nam"); a body's
// tasks in groups ("1. Nghiên cứu, tham mưu" over a) to e)) are one list,
// the groups' points. Not a post's (a Chairman's powers are not a
// board's), nor points that name who does them, nor a roster.
func (g *drafter) bodyTaskLists(all []dlist) []taskList {
	parents := parentsOf(all)
	named := map[string]int{}
	for _, l := range all {
		named[l.name]++
	}
	whose, unit := make([]string, len(all)), make([]string, len(all))
	for li, l := range all {
		if named[l.name] > 1 || duties(l) || unitsList(l) != 0 {
			continue
		}
		name := leadMarkRE.ReplaceAllString(l.name, "")
		if subject, verb, u, _ := leadUnit(name); subject != "" && verb == "có" && taskUnitRE.MatchString(viet.Fold(u)) {
			whose[li], unit[li] = subject, u
			if words(subject) < 3 {
				// "Trung ương Hội có nhiệm vụ sau", "Hội đồng có …": the
				// page's title names it in full, or nothing does
				whose[li] = ""
				if b := titleBody(g.src.Title); b != "" && strings.Contains(viet.Fold(b), viet.Fold(subject)) {
					whose[li] = b
				}
			}
		} else if m := tasksOfRE.FindStringSubmatchIndex(viet.Fold(name)); m != nil && titleBodyRE.MatchString(name[m[2]:]) {
			whose[li], unit[li] = name[m[2]:], lowerFirst(strings.TrimSpace(strings.TrimSuffix(name[:m[2]], "của ")))
		} else if taskNameRE.MatchString(viet.Fold(name)) {
			whose[li], unit[li] = titleBody(g.src.Title), lowerFirst(name)
		}
		if w := whose[li]; w != "" && (postRE.MatchString(w) || rankOf(w) == "" || topBodyRE.MatchString(viet.Fold(w))) {
			whose[li] = ""
		}
	}
	var out []taskList
	for li, l := range all {
		if whose[li] == "" || parents[li] >= 0 {
			continue
		}
		t := taskList{at: []int{li}, whose: whose[li], unit: unit[li], l: dlist{name: l.name, first: l.first, article: l.article}}
		heads := map[int]bool{} // its points that lead a group
		for k := range all {
			if parents[k] == li {
				t.at = append(t.at, k)
				for i, ln := range l.lines {
					if ln.start == all[k].first.start && ln.page == all[k].first.page {
						heads[i] = true
					}
				}
			}
		}
		for i := range l.labels {
			if !heads[i] {
				t.l.labels, t.l.sets, t.l.lines = append(t.l.labels, l.labels[i]), append(t.l.sets, l.sets[i]), append(t.l.lines, l.lines[i])
			}
		}
		for _, k := range t.at[1:] {
			o := all[k]
			t.l.labels, t.l.sets, t.l.lines = append(t.l.labels, o.labels...), append(t.l.sets, o.sets...), append(t.l.lines, o.lines...)
		}
		if n := len(t.l.labels); n < 3 || n > 40 || slices.ContainsFunc(t.l.labels, notTask) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// leadMarkRE is a footnote mark before a lead: "[10] - Ban Nội chính …".
var leadMarkRE = regexp.MustCompile(`^(?:\[\d+\]\s*)+[-–]?\s*`)

// tasksOfRE is a list named by whose tasks it holds (folded): "Nhiệm vụ
// của Ban Tuyên giáo Trung ương", "Chức năng, nhiệm vụ của …".
var tasksOfRE = regexp.MustCompile(`^(?:chuc nang|nhiem vu|quyen han)(?:(?:,| va) (?:chuc nang|nhiem vu|quyen han))* cua (.+)$`)

// topBodyRE is a body above every other of its rank (folded): whatever
// the Ban Tổ chức Trung ương does, the Ban Chấp hành Trung ương leads;
// no task of theirs is surely not its own.
var topBodyRE = regexp.MustCompile(`^(?:ban chap hanh trung uong dang|bo chinh tri|ban bi thu|quoc hoi|uy ban thuong vu quoc hoi)\b`)

// notTask is a point that is no task: a sub-heading ("Chức năng"), a
// topic ("Về chế độ, chính sách …"), a few words cut short ("Tổ chức chỉ
// đạo thực hiện").
func notTask(s string) bool {
	return words(s) < 5 || strings.HasPrefix(s, "Về ") || taskNameRE.MatchString(viet.Fold(s))
}

// taskUnitRE is what a lead says a body has (folded): its tasks, powers
// or functions.
var taskUnitRE = regexp.MustCompile(`^(?:cac |nhung )?(?:chuc nang|nhiem vu|quyen han)(?:(?:,| va) (?:chuc nang|nhiem vu|quyen han))*(?: chinh| chu yeu)?$`)

// taskNameRE is a list named only by what it holds (folded): "Nhiệm vụ",
// "Chức năng, nhiệm vụ", "Nhiệm vụ và quyền hạn".
var taskNameRE = regexp.MustCompile(`^(?:chuc nang|nhiem vu|quyen han)(?:(?:,| va) (?:chuc nang|nhiem vu|quyen han))*$`)

// titleBody is a page's title when it names a body ("Ban Dân vận Trung
// ương Đảng Cộng sản Việt Nam" → "Ban Dân vận Trung ương Đảng", "Ủy ban
// Đối ngoại của Quốc hội (Việt Nam)"), "" for a headline.
func titleBody(title string) string {
	t := strings.TrimSpace(parenRE.ReplaceAllString(title, ""))
	t = strings.Replace(t, " Cộng sản Việt Nam", "", 1)
	if t == "" || words(t) > 12 || strings.ContainsAny(t, "?:;,\"“") || !titleBodyRE.MatchString(t) {
		return ""
	}
	return t
}

// punct are the marks that part words.
var punct = strings.NewReplacer(",", " ", ".", " ", ";", " ", ":", " ", "(", " ", ")", " ", "“", " ", "”", " ", "\"", " ")

var (
	parenRE     = regexp.MustCompile(`\s*\([^()]*\)\s*$`)
	titleBodyRE = regexp.MustCompile(`^(?:Ban|Ủy ban|Uỷ ban|Văn phòng|Hội đồng|Đảng ủy|Đảng uỷ|Đảng đoàn|Trung ương|Quốc hội|Mặt trận|Tòa án|Viện kiểm sát) `)
)

// rankOf is the rank of bodies a body is compared with: the National
// Assembly's committees, the mass organisations' central boards, the
// Party's central bodies, the courts and procuracies, the Government's
// agencies; "" for any other (a hospital's tasks are no
// odd ones out for a court's).
func rankOf(whose string) string {
	f := " " + viet.Fold(whose) + " "
	switch {
	case strings.Contains(f, " quoc hoi ") || strings.HasPrefix(f, " hoi dong dan toc "):
		return "quốc hội"
	case massRE.MatchString(f):
		return "đoàn thể"
	case strings.Contains(f, " trung uong "):
		return "trung ương"
	case strings.HasPrefix(f, " toa an ") || strings.HasPrefix(f, " vien kiem sat "):
		return "tư pháp" // a court's tasks beside a procuracy's: judging, prosecuting
	case strings.HasSuffix(f, " chinh phu ") || strings.HasSuffix(f, " nha nuoc "):
		return "chính phủ" // "Ban Tôn giáo Chính phủ", "Ủy ban Chứng khoán Nhà nước"
	}
	return ""
}

var massRE = regexp.MustCompile(` (?:mat tran|cong doan|doan thanh nien|trung uong doan|hoi lien hiep|hoi nong dan|hoi cuu chien binh|trung uong hoi) `)

// genericTaskRE is a task every body of a rank has (folded): "Thực hiện
// những công việc khác do Bộ Chính trị, Ban Bí thư giao".
var genericTaskRE = regexp.MustCompile(`\b(?:nhiem vu|cong viec|viec|quyen han) khac\b`)

// fieldPairs are the pairs of words in a row that name a body's field
// (folded): "dan van" of the Ban Dân vận Trung ương, "xa hoi" of the Ủy
// ban về các vấn đề xã hội của Quốc hội — its name without the words of
// its rank and kind.
func fieldPairs(whose string) []string {
	w := strings.Fields(viet.Fold(punct.Replace(whose)))
	var rest []string // the words, each run of a rank's words one "|"
	for i := 0; i < len(w); {
		n := 0
		for _, p := range rankPhrases {
			if k := len(p); i+k <= len(w) && slices.Equal(w[i:i+k], p) {
				n = k
				break
			}
		}
		if n == 0 {
			rest = append(rest, w[i])
			i++
			continue
		}
		rest = append(rest, "|")
		i += n
	}
	var out []string
	for i := 0; i+1 < len(rest); i++ {
		if rest[i] != "|" && rest[i+1] != "|" && !nameStop[rest[i]] && !nameStop[rest[i+1]] {
			out = append(out, rest[i]+" "+rest[i+1])
		}
	}
	return out
}

// nameStop are the small words of a body's name (folded).
var nameStop = map[string]bool{"va": true, "cua": true, "cac": true, "ve": true, "voi": true, "trong": true, "cho": true}

// rankPhrases are the words of bodies' names that say their rank or kind,
// not their field (folded, longest first).
var rankPhrases = func() [][]string {
	var out [][]string
	for _, p := range []string{"doan thanh nien cong san ho chi minh", "dang cong san viet nam", "mat tran to quoc viet nam", "ban chap hanh", "uy ban thuong vu", "ban chi dao",
		"hoi lien hiep", "mat tran to quoc", "trung uong", "quoc hoi", "uy ban", "van phong", "hoi dong", "viet nam", "van de", "ban", "dang", "doan", "cua", "ve", "cac"} {
		out = append(out, strings.Fields(p))
	}
	return out
}()

// fieldOf says whether an item names the field of a body by two of its
// words in a row ("công tác tổ chức" of the Ban Tổ chức, "dân vận"): a
// task without them may be any body's ("Thẩm định các đề án").
func fieldOf(item string, whose string) bool {
	f := " " + strings.Join(strings.Fields(viet.Fold(punct.Replace(item))), " ") + " "
	for _, p := range fieldPairs(whose) {
		if strings.Contains(f, " "+p+" ") {
			return true
		}
	}
	return false
}

// namesOwn says whether an item (folded, spaced) names the body it is
// the task of ("chương trình làm việc của Ban Chỉ đạo" of the Ban Chỉ đạo
// Cải cách Tư pháp) by a head no point of the list names.
func namesOwn(item, whose string, labels []string) bool {
	w := strings.Fields(viet.Fold(punct.Replace(whose)))
	for n := 2; n <= 3 && n <= len(w); n++ {
		head := " " + strings.Join(w[:n], " ") + " "
		if strings.Contains(item, head) && !slices.ContainsFunc(labels, func(s string) bool {
			return strings.Contains(" "+strings.Join(strings.Fields(viet.Fold(punct.Replace(s))), " ")+" ", head)
		}) {
			return true
		}
	}
	return false
}

// oddOnes are the tasks of other bodies of t's rank that are surely not
// its own: each in its body's field and not in t's, not like any of t's
// points, not every body's task, not naming whose it is; with where each
// stands.
func (g *drafter) oddOnes(t taskList) ([]string, map[string]OtherList) {
	l := t.l
	rank, mine := rankOf(t.whose), viet.Fold(t.whose)
	var cands []string
	from := map[string]OtherList{}
	for _, o := range g.src.Others {
		of := viet.Fold(o.Whose)
		if rankOf(o.Whose) != rank || of == mine || strings.Contains(of, mine) || strings.Contains(mine, of) {
			continue
		}
		for _, it := range o.Items {
			fi := " " + strings.Join(strings.Fields(viet.Fold(punct.Replace(it))), " ") + " "
			if genericTaskRE.MatchString(fi) || notTask(it) || topBodyRE.MatchString(of) || namesBody(it) || premise(it) || !fieldOf(it, o.Whose) || fieldOf(it, t.whose) || resembles(wordSet(it), l.sets) || strings.Contains(fi, " "+mine+" ") {
				continue
			}
			if namesOwn(fi, o.Whose, l.labels) {
				continue
			}
			if _, ok := from[it]; !ok {
				cands = append(cands, it)
				from[it] = o
			}
		}
	}
	return cands, from
}

// borrowed asks, of a body's tasks nothing above asked, "which is NOT its
// task", the odd one out a task of another body of its rank that another
// document of the library gives, in the field that body is named by.
func (g *drafter) borrowed(all []dlist, asked []bool) {
	if len(g.src.Others) == 0 {
		return
	}
	boiler := repeatedItems(all)
	for _, t := range g.bodyTaskLists(all) {
		l := t.l
		if slices.ContainsFunc(t.at, func(k int) bool { return asked[k] }) || g.counted[g.lineOf(l.first)] || l.article != "" {
			continue
		}
		cands, from := g.oddOnes(t)
		var in []string
		h := fnv.New32a()
		h.Write([]byte(l.name + t.whose))
		k := int(h.Sum32() % uint32(len(l.labels)))
		for _, figures := range []bool{false, true} {
			// (points without figures first: a figure, "Nghị quyết
			// 49-NQ/TW", among the options asks for odd ones out with
			// figures too)
			for n := 0; n < len(l.labels) && len(in) < 3; n++ {
				if i := (k + n) % len(l.labels); hasFigure(l.labels[i]) == figures && !premise(l.labels[i]) && !boiler[l.labels[i]] && !leadsPoints(l, i) && !genericTaskRE.MatchString(viet.Fold(l.labels[i])) {
					in = append(in, l.labels[i])
				}
			}
		}
		if len(in) < 3 {
			continue
		}
		odd := ""
		for _, c := range alike(cands, in) {
			if !formAlone(c, in) {
				odd = c
				break
			}
		}
		if odd == "" {
			continue
		}
		ref := g.refOf(l.first)
		stem := fmt.Sprintf("Theo %s, nội dung nào sau đây KHÔNG thuộc %s của %s?", ref, strings.ToLower(t.unit), t.whose)
		q := choice(stem, odd, in)
		o := from[odd]
		q.Explanation = listExplanation(ref, l) + fmt.Sprintf(" “%s” là nhiệm vụ của %s (theo văn bản “%s”).", strings.TrimSuffix(odd, " …"), o.Whose, o.From)
		q.Passage, q.Difficulty = g.passage(l.first, l.first.text), 2
		g.add(DraftList, q)
		for _, k := range t.at {
			asked[k] = true
		}
	}
}
