package draft

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A body's structure and the sentence that sorts it. A ministry's or a
// department's decree lists its units ("Về cơ cấu tổ chức, Bộ Xây dựng
// có 23 tổ chức, gồm: 1. Văn phòng; … 23. Học viện …") and then says
// which are which: "Các tổ chức quy định từ 1 đến 19 nêu trên là tổ chức
// giúp Bộ trưởng thực hiện chức năng quản lý nhà nước; các tổ chức quy
// định từ 20 đến 23 nêu trên là đơn vị sự nghiệp công lập …". That one
// list holds its own odd ones out: which unit is of the smaller kind is
// asked with units of the other kinds as the wrong options, the text's
// own sorting as the key. (A single list of units had no question, as it
// had no other list to take wrong options from: the list survey.)

// unitGroupRE is one clause of that sentence: the units from one point
// to another (or at one or two points) and what they are.
var unitGroupRE = regexp.MustCompile(`^(?:[Tt]ại Điều này, )?(?:[Cc]ác )?(tổ chức|đơn vị)(?: quy định)?(?: tại)? (?:từ (?:khoản |điểm )?(\d{1,2}|[a-zđ]) đến (?:khoản |điểm )?(\d{1,2}|[a-zđ])|(?:khoản |điểm )?(\d{1,2}|[a-zđ])(?: và (?:khoản |điểm )?(\d{1,2}|[a-zđ]))?)\b([^;]*?) là (\S.+)$`)

// unitPointRE is a unit's point in the list: "1. Văn phòng;", "20.Trung
// tâm Công nghệ thông tin;" (a stop with no space after it), "13-Tạp chí
// Nghiên cứu Dân tộc và Tôn giáo.", "a) Ban
// Thực hiện chính sách bảo hiểm xã hội;".
var unitPointRE = regexp.MustCompile(`^(?:(\d{1,2})\s?[.)\-–]\s*|([a-zđ])\)\s+)(\p{Lu}.*?)[;.,]*$`)

// structureOwnerRE names whose units a list's lead gives: "Về cơ cấu tổ
// chức, Bộ Xây dựng có 23 tổ chức, gồm", "Cơ cấu tổ chức của Bộ Tư pháp
// gồm".
var structureOwnerRE = regexp.MustCompile(`(?:[Cc]ơ cấu tổ chức(?: của)?,? )((?:Bộ|Ngân hàng|Viện|Đài|Thông tấn xã|Ủy ban|Văn phòng|Thanh tra|Sở|Bảo hiểm xã hội|Kiểm toán) [^:;()]{2,60}?)(?: có \d{1,2} (?:tổ chức|đơn vị)| gồm| bao gồm|:|$)`)

// titleOwnerRE is whose structure a decree's title says it sets.
var titleOwnerRE = regexp.MustCompile(`cơ cấu tổ chức của ((?:Bộ|Ngân hàng|Viện|Đài|Thông tấn xã|Ủy ban|Văn phòng|Thanh tra|Sở|Bảo hiểm xã hội|Kiểm toán|Cục|Tổng cục) [^,;:()]+?)\s*$`)

// ownerTailRE ends a body's name in a lead that goes on to say what
// became of it.
var ownerTailRE = regexp.MustCompile(` (?:giảm|tăng|sau|từ|còn|được|gồm|có|là|theo)\b`)

// reportedDecreeRE is a decree or decision a news page reports, by its
// number: "Chính phủ vừa ban hành Nghị định 25/2025/NĐ-CP quy định …".
var reportedDecreeRE = regexp.MustCompile(`(?:Nghị định|Quyết định)(?: số)? \d{1,4}/\d{4}/(?:NĐ-CP|QĐ-[\p{Lu}Đ]+)`)

type unitGroup struct {
	what  string   // "đơn vị sự nghiệp công lập phục vụ chức năng quản lý nhà nước của bộ"
	from  string   // the first point's label, as the text gives it: "20", "m"
	to    string   // the last
	units []string // the units' names
	line  dline    // the line that sorts them
}

// structures asks, of each sorted structure, which unit is of each kind
// that holds fewer units than the others together.
func (g *drafter) structures() {
	done := map[int]bool{} // the lines of a sorting already read
	for i, l := range g.lines {
		if done[i] || !l.body || !strings.Contains(l.text, " là ") || !strings.Contains(l.text, " đến ") && !strings.Contains(l.text, " tại ") {
			continue
		}
		// the sorting: this line's clauses and the next lines' while they
		// sort too ("Các đơn vị quy định từ khoản 1 đến khoản 4 nêu trên
		// là …" / "Các đơn vị quy định từ khoản 5 …")
		var clauses []dline
		for j := i; j < len(g.lines) && j < i+4; j++ {
			n := len(clauses)
			for _, c := range sortClauses(g.lines[j].text) {
				if unitGroupRE.MatchString(c) {
					cl := g.lines[j]
					cl.text = c
					clauses = append(clauses, cl)
				}
			}
			if len(clauses) == n {
				break
			}
			done[j] = true
		}
		if len(clauses) == 0 {
			continue
		}
		points, order, owner := g.unitPoints(i)
		if owner == "" {
			// "Nghị định … quy định chức năng, nhiệm vụ, quyền hạn và cơ
			// cấu tổ chức của Đài Tiếng nói Việt Nam": a stem that does
			// not say whose units they are asks of no one (round 101)
			if m := titleOwnerRE.FindStringSubmatch(g.src.Title); m != nil && words(m[1]) <= 10 {
				owner = m[1]
			}
		}
		if owner == "" {
			continue
		}
		groups := unitGroups(clauses, points, order)
		if len(groups) < 2 {
			continue
		}
		g.askGroups(groups, owner, clauses[0])
	}
}

// sortClauses cuts a sentence at its semicolons and stops.
func sortClauses(s string) []string {
	var out []string
	for _, c := range strings.Split(s, ";") {
		for _, d := range strings.Split(c, ". ") {
			if d = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(d), ".")); d != "" {
				out = append(out, d)
			}
		}
	}
	return out
}

// unitPoints reads the list of units above line i: each point's name by
// its label, the labels in order, and whose units they are.
func (g *drafter) unitPoints(i int) (map[string]string, []string, string) {
	points := map[string]string{}
	var order []string
	owner := ""
	for k := i - 1; k >= 0 && k >= i-80; k-- {
		t := strings.TrimSpace(g.lines[k].text)
		m := unitPointRE.FindStringSubmatch(t)
		if m == nil {
			if len(order) > 0 {
				if o := structureOwnerRE.FindStringSubmatch(t); o != nil {
					owner = strings.TrimSpace(o[1])
					if c := ownerTailRE.FindStringIndex(owner); c != nil {
						owner = owner[:c[0]] // "Bộ Giáo dục và Đào tạo giảm từ 23 xuống còn 18 đơn vị"
					}
					if words(owner) > 10 {
						owner = ""
					}
				}
				break
			}
			continue // (a line between the list and its sorting)
		}
		label := m[1] + m[2]
		if _, ok := points[label]; ok {
			break // another list's point of the same label
		}
		points[label] = strings.TrimSpace(m[3])
		order = append([]string{label}, order...)
	}
	return points, order, owner
}

// unitGroups reads each clause's units off the list; nil if a clause
// names a point the list does not have, or two clauses share a unit
// ("… từ điểm k đến điểm o khoản này có tư cách pháp nhân" over two
// kinds).
func unitGroups(clauses []dline, points map[string]string, order []string) []unitGroup {
	at := map[string]int{}
	for k, label := range order {
		at[label] = k
	}
	var groups []unitGroup
	used := map[string]bool{}
	for _, c := range clauses {
		m := unitGroupRE.FindStringSubmatch(c.text)
		from, to := m[2], m[3]
		if from == "" {
			from, to = m[4], m[4]
			if m[5] != "" {
				to = m[5]
			}
		}
		a, ok1 := at[from]
		b, ok2 := at[to]
		if !ok1 || !ok2 || b < a || strings.Contains(m[6], "Quyết định") || strings.Contains(m[6], "Nghị định") {
			return nil // not this list's points (or another act's)
		}
		gr := unitGroup{what: groupWhat(m[7]), from: from, to: to, line: c}
		whole := gr.what != "" && (numberRange(from, to) < 0 || numberRange(from, to) == b-a)
		for k := a; k <= b; k++ {
			u := points[order[k]]
			if used[u] {
				return nil
			}
			used[u] = true
			if words(u) > 14 || strings.ContainsAny(u, ":") {
				whole = false // (a unit's name and what it holds: no option)
			}
			gr.units = append(gr.units, u)
		}
		if whole {
			// (a kind whose points the list does not give one by one, "15-
			// Viện …; 16- Viện …" on one line, is left out: its units are
			// neither asked nor wrong options)
			groups = append(groups, gr)
		}
	}
	return groups
}

// numberRange is how many points lie after the first up to the last of
// two numbered labels, -1 for letters.
func numberRange(from, to string) int {
	a, err1 := strconv.Atoi(from)
	b, err2 := strconv.Atoi(to)
	if err1 != nil || err2 != nil {
		return -1
	}
	return b - a
}

// groupWhat is what a clause says its units are, as a stem ends: "các
// đơn vị sự nghiệp công lập, phục vụ …" → "đơn vị sự nghiệp công lập,
// phục vụ …"; "" if it says nothing a question can end on.
func groupWhat(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "các "), "những ")
	if words(s) < 2 || words(s) > 24 || strings.ContainsAny(s, "“”\"") {
		return ""
	}
	return s
}

// askGroups asks of each kind that holds fewer units than the others
// together which unit is of it.
func (g *drafter) askGroups(groups []unitGroup, owner string, first dline) {
	total := 0
	for _, gr := range groups {
		total += len(gr.units)
	}
	ref := g.refOf(first)
	if strings.HasPrefix(ref, "bài ") {
		// a news page's report of a structure is the decree's: named by
		// it when the page gives its number above the list, else not asked
		ref = ""
		for _, l := range g.lines {
			if l.page > first.page || l.page == first.page && l.start >= first.start {
				break
			}
			if m := reportedDecreeRE.FindAllString(l.text, -1); m != nil && ref == "" {
				ref = m[0]
			}
		}
		if ref == "" {
			return
		}
	}
	noun := strings.ToLower(unitGroupRE.FindStringSubmatch(first.text)[1])
	for k, gr := range groups {
		if 2*len(gr.units) > total || total-len(gr.units) < 3 || strings.HasSuffix(gr.what, " khác") {
			// ("đơn vị sự nghiệp công lập khác": other than what the
			// stem does not say, round 101)
			continue
		}
		h := fnv.New32a()
		h.Write([]byte(gr.what + strings.Join(gr.units, "|")))
		// the key and at least two wrong units of one kind by their
		// names — "Ban Văn nghệ" among "Ban Tổ chức cán bộ", "Ban Kế
		// hoạch - Tài chính": a newspaper or an academy among "Vụ …" and
		// "Cục …" is a public service unit by its name alone (round 101
		// dropped 17 of 23 so)
		var key string
		var picked []string
		for n := range gr.units {
			cand := gr.units[(int(h.Sum32())+n)%len(gr.units)]
			var like []string
			for j, other := range groups {
				for _, u := range other.units {
					if j != k && unitHead(u) == unitHead(cand) {
						like = append(like, u)
					}
				}
			}
			if len(like) >= 2 {
				key, picked = cand, like
				break
			}
		}
		if key == "" {
			continue
		}
		// the like units spread over the others, then any other
		off := int(h.Sum32() / 7 % uint32(len(picked)))
		var spread []string
		for s := range min(3, len(picked)) {
			spread = append(spread, picked[(off+s*len(picked)/min(3, len(picked)))%len(picked)])
		}
		for j, other := range groups {
			for _, u := range other.units {
				if j != k && len(spread) < 3 && !slices.Contains(spread, u) {
					spread = append(spread, u)
				}
			}
		}
		picked = distinctFrom(key, spread, 3)
		if len(picked) < 3 {
			continue
		}
		stem := fmt.Sprintf("Theo %s, trong cơ cấu tổ chức của %s, %s nào sau đây là %s?", ref, owner, noun, gr.what)
		q := choice(stem, key, picked)
		if len(gr.units) == 1 {
			q.Explanation = fmt.Sprintf("Theo %s, %s là %s.", ref, gr.units[0], gr.what)
		} else {
			q.Explanation = fmt.Sprintf("Theo %s, các %s quy định từ %s đến %s (%s) là %s.", ref, noun, gr.from, gr.to, strings.Join(gr.units, "; "), gr.what)
		}
		// (the whole sorting the key's kind stands in: the points' numbers
		// and what each run is)
		whole := g.lineText(gr.line)
		q.Passage, q.Difficulty = g.passage(gr.line, whole), 2
		g.add(DraftList, q)
	}
}

// unitHeads are the kinds of unit a name opens with, the longest first.
var unitHeads = []string{"Nhà xuất bản", "Tạp chí", "Học viện", "Trung tâm", "Văn phòng", "Thanh tra", "Tổng cục", "Viện", "Trường", "Báo", "Ban", "Cục", "Vụ", "Phòng", "Chi cục", "Đài", "Bệnh viện", "Quỹ"}

// unitHead is the kind a unit's name opens with, its first word if none
// of the unitHeads.
func unitHead(u string) string {
	for _, h := range unitHeads {
		if strings.HasPrefix(u, h+" ") {
			return h
		}
	}
	return strings.SplitN(u, " ", 2)[0]
}
