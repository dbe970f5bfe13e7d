package draft

import (
	"fmt"
	"hash/fnv"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// Groups: a part whose points each lead a list of their own ("III-
// NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU" with "1- Đẩy mạnh cơ cấu lại …" … "5-
// Đổi mới phương thức …") is learnt by where each task stands. A task is
// asked the other way round from "which belongs": "nội dung “…” thuộc ý
// nào?", with the part's points as the options — all of one form, each a
// point the trainee has read. Only a task that is plainly its own point's
// (its words are that point's and no other's) is asked: "Tăng cường công
// tác chỉ đạo, kiểm tra, giám sát …" could stand under any of them.

// groupKinds are the kinds of list whose points are asked this way; an
// assessment's or the closing duties' are not.
var groupKinds = map[string]bool{"task": true, "goal": true, "viewpoint": true}

// groups proposes, for sibling lists of one part (four at least), which
// of them a task stands under; not one the lists' own questions
// answered.
func (g *drafter) groups(all []dlist, parents []int, boiler map[string]bool) {
	type part struct {
		idx  []int
		seen map[string]bool
		dup  bool // two points of one name: "thuộc ý nào" would have two answers
	}
	var parts []*part
	byKey := map[string]*part{}
	for i, l := range all {
		if l.section == "" || l.article != "" || parents[i] >= 0 && bodyList(all[parents[i]]) || !groupKinds[listKind(l)] || !substantive(l) || duties(l) || bodyList(l) ||
			len(l.labels) < 2 || words(l.name) > 40 || crossRefRE.MatchString(l.name) {
			continue
		}
		key := l.section + "\x00" + listKind(l)
		p := byKey[key]
		if p == nil {
			p = &part{seen: map[string]bool{}}
			byKey[key] = p
			parts = append(parts, p)
		}
		if p.seen[l.name] {
			p.dup = true
		}
		p.seen[l.name] = true
		p.idx = append(p.idx, i)
	}
	for _, p := range parts {
		p.idx = untwinned(all, p.idx)
		if len(p.idx) < 4 || p.dup || !oneForm(all, p.idx) {
			continue
		}
		// the word pairs of each point's items and name, and in how many
		// points each pair stands: a pair every point uses ("doanh nghiệp
		// nhà nước") tells nothing
		bags := make([]map[string]int, len(p.idx))
		names := make([]map[string]bool, len(p.idx))
		spread := map[string]int{}
		for n, i := range p.idx {
			bags[n] = map[string]int{}
			names[n] = pairSet(all[i].name)
			for _, ln := range all[i].lines {
				for w := range pairSet(ln.text) {
					bags[n][w]++
				}
			}
			for w := range names[n] {
				bags[n][w]++
			}
			for w := range bags[n] {
				spread[w]++
			}
		}
		// affinity of an item's pairs to point n: each pair weighed by how
		// rare it is among the points, by the share of the point's other
		// items that use it, twice when the point's name does
		affinity := func(item map[string]bool, n int, self bool) float64 {
			l := all[p.idx[n]]
			others := len(l.lines)
			if self {
				others--
			}
			s := 0.0
			for w := range item {
				c := bags[n][w]
				if self {
					c-- // (the item's own use)
				}
				if c <= 0 {
					continue
				}
				idf := math.Log(float64(len(p.idx)) / float64(spread[w]))
				s += idf * float64(c) / float64(max(others, 1))
				if names[n][w] {
					s += 2 * idf
				}
			}
			return s
		}
		asked := 0
		for n, i := range p.idx {
			if asked == 5 {
				break // (a sixth reads as the same question again)
			}
			l := all[i]
			best, bestGap, wrong := -1, 0.0, []string(nil)
			for c, lab := range l.labels {
				if premise(lab) || leadsPoints(l, c) || boiler[lab] || g.answered[optionKey(lab)] {
					continue
				}
				item := pairSet(l.lines[c].text)
				own, other := affinity(item, n, true), 0.0
				for m := range p.idx {
					if m != n {
						other = max(other, affinity(item, m, false))
					}
				}
				// plainly its own: well above the nearest other point
				if own < 1 || own < 2*other || own-other <= bestGap {
					continue
				}
				// the wrong options: three other points, from one the
				// item's hash picks on, so that each question leaves out
				// another
				var w []string
				h := fnv.New32a()
				h.Write([]byte(lab))
				start := int(h.Sum32() % uint32(len(p.idx)))
				for k := 0; len(w) < 3 && k < len(p.idx); k++ {
					if m := (start + k) % len(p.idx); m != n {
						w = append(w, all[p.idx[m]].name)
					}
				}
				if sharesAlone(lab, l.name, w) {
					continue // its point's own words: the answer read off the stem
				}
				best, bestGap, wrong = c, own-other, w
			}
			if best < 0 {
				continue
			}
			ref := g.refOf(l.first)
			stem := fmt.Sprintf("Theo %s, trong mục “%s”, nội dung “%s” thuộc ý nào sau đây?", ref, l.section, l.labels[best])
			q := choice(stem, l.name, wrong)
			q.Explanation = fmt.Sprintf("Theo %s, trong mục “%s”, nội dung “%s” thuộc ý “%s”.", ref, l.section, l.labels[best], l.name)
			q.Passage, q.Difficulty = g.passage(l.lines[best], l.lines[best].text), 2
			g.add(DraftList, q)
			asked++
		}
	}
}

// sharesAlone says whether an item shares words with its point's name
// that none of the other points shown has — two pairs of them, a phrase
// ("Phát huy vai trò của nhân dân … trong giám sát" under "… phát huy vai
// trò của nhân dân"): the answer is read off the stem. One word pair
// ("thành phần" of "các thành phần kinh tế") is a hint a reader of the
// resolution still has to place.
func sharesAlone(item, name string, others []string) bool {
	w := foldedWords(strings.TrimSuffix(name, "…"))
	if iw := foldedWords(item); len(w) <= 3 && len(iw) > len(w) && slices.Equal(iw[:len(w)], w) {
		// a point of a word or two that the item opens with: "Hợp tác
		// giữa cơ quan nhà nước và doanh nghiệp …" under "Hợp tác"
		// (round 121)
		return true
	}
	alone := map[string]bool{}
	for i := 0; i+1 < len(w); i++ {
		pair := w[i] + " " + w[i+1]
		if stopword[w[i]] || stopword[w[i+1]] || !hasPair(item, pair) {
			continue
		}
		if !slices.ContainsFunc(others, func(o string) bool { return hasPair(o, pair) }) {
			alone[pair] = true
		}
	}
	if head, _, ok := strings.Cut(name, ","); ok {
		// or its name's first phrase: "đo lường" of "Đo lường, giám sát
		// triển khai" (round 121)
		if hw := foldedWords(head); len(hw) == 2 && !stopword[hw[0]] && !stopword[hw[1]] && hasPair(item, hw[0]+" "+hw[1]) &&
			!slices.ContainsFunc(others, func(o string) bool { return hasPair(o, hw[0]+" "+hw[1]) }) {
			return true
		}
	}
	// (a short point's one pair is half its name: "kinh phí" of "Bảo
	// đảm kinh phí", "đo lường" of "Đo lường, giám sát triển khai";
	// round 121's judge dropped both as read off the stem)
	return len(alone) >= 2 || len(alone) == 1 && len(w) <= 4
}

// untwinned drops the points whose names are near one another's
// ("Chuyển đổi số trong … kết cấu hạ tầng đô thị" and "… giao thông"):
// a task of one would be as true of the other.
func untwinned(all []dlist, idx []int) []int {
	twin := make([]bool, len(idx))
	for a := range idx {
		for b := a + 1; b < len(idx); b++ {
			common, union := overlap(wordSet(all[idx[a]].name), wordSet(all[idx[b]].name))
			if union > 0 && float64(common) >= 0.6*float64(union) {
				twin[a], twin[b] = true, true
			}
		}
	}
	var out []int
	for k, i := range idx {
		if !twin[k] {
			out = append(out, i)
		}
	}
	return out
}

// genericHeadRE is a point named by its kind only ("Nhiệm vụ", "Giải
// pháp"): a task stands as well under either.
var genericHeadRE = regexp.MustCompile(`^(?:nhiem vu|giai phap|muc tieu|noi dung|yeu cau|chi tieu|quan diem|dinh huong)(?: (?:cu the|chu yeu|chung|tong quat|trong tam))?$`)

// labelledRE is a point's name that begins with its label: "Mục tiêu 5.
// Trong lĩnh vực giáo dục, đào tạo".
var labelledRE = regexp.MustCompile(`^\pL+(?: \pL+)? \d+[.:]`)

// oneForm says whether the points' names are of one form, so that none is
// picked by its form: none named by its kind only, all labelled or none,
// none a body's name ("Tổ đảng ở Thường trực Ủy ban Pháp luật" beside a
// task).
func oneForm(all []dlist, idx []int) bool {
	labelled := 0
	for _, i := range idx {
		name := all[i].name
		if genericHeadRE.MatchString(strings.TrimSpace(viet.Fold(strings.TrimRight(name, ".:")))) || namesBody(name) || capitalised(name) {
			return false
		}
		if labelledRE.MatchString(name) {
			labelled++
		}
	}
	return labelled == 0 || labelled == len(idx)
}

// capitalised says whether two words in five of a name or more begin
// with a capital: a body's name, not a task.
func capitalised(name string) bool {
	f := strings.Fields(name)
	n := 0
	for _, w := range f[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			n++
		}
	}
	return len(f) > 1 && 5*n >= 2*(len(f)-1)
}

// pairSet is the folded word pairs of a text: "cổ phần hóa, thoái vốn"
// → "co phan", "phan hoa", "hoa thoai", "thoai von".
func pairSet(s string) map[string]bool {
	w := foldedWords(s)
	m := map[string]bool{}
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "" && w[i+1] != "" {
			m[w[i]+" "+w[i+1]] = true
		}
	}
	return m
}
