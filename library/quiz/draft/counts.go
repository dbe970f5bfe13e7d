package draft

import (
	"hash/fnv"
	"regexp"
	"strconv"
	"strings"

	"sotay/library/quiz"
)

// Helpers of the count and list questions: four counts in a row, and
// which lists stand inside another.

// countChoice asks a count n among four counts in a row, the answer in
// any place (by the name's hash: round 102's judge found it never first,
// so a trainee who never picks A gained), none below two.
func countChoice(stem, name string, n int) quiz.Question {
	h := fnv.New32a()
	h.Write([]byte(name))
	low := countLow(n, h.Sum32())
	q := quiz.Question{Type: quiz.Single, Stem: stem}
	for v := low; v < low+4; v++ {
		q.Options = append(q.Options, quiz.Option{Text: strconv.Itoa(v), Correct: v == n})
	}
	return q
}

// countLow is the least of four counts in a row around n, by a hash: n
// stands first, second, third or fourth alike (unless that goes below
// two).
func countLow(n int, h uint32) int { return max(n-int(h%4), 2) }

// inside says whether list o stands between list l's first and last
// points: the bullets of l's own items, whatever leads them (round 103:
// an encyclopedia page's "Nhiệm vụ và quyền hạn" asked with three bullets
// of its own items as the odd ones out, four right answers).
func inside(o, l dlist) bool {
	if len(o.lines) == 0 || len(l.lines) < 2 {
		return false
	}
	first, last := l.lines[0], l.lines[len(l.lines)-1]
	after := func(a, b dline) bool { return a.page > b.page || a.page == b.page && a.start > b.start }
	return after(o.lines[0], first) && after(last, o.lines[0])
}

// quoteOwnerRE is whose tasks a page's lead quoting an act says they are.
var quoteOwnerRE = regexp.MustCompile(`(?:nhiệm vụ|quyền hạn|chức năng)[^:]{0,40}? của ((?:\p{Lu}|cơ quan |đơn vị |tổ chức )[^:]{2,80}?)(?: như sau| sau đây| cụ thể)?:$`)

// quoteOwner is the body whose tasks the act a page quotes for line l
// gives, by the quoting lead, "" if it names none.
func (g *drafter) quoteOwner(l dline) string {
	at := g.partOf(l)
	if at == nil {
		return ""
	}
	for _, x := range g.lines {
		if x.page == at.page && x.start == at.start {
			if m := quoteOwnerRE.FindStringSubmatch(x.text); m != nil {
				return m[1]
			}
			return ""
		}
	}
	return ""
}

// siteLeadRE opens a page's own words that cite the act whose points
// follow: "Căn cứ Điều 22 Nghị định 258/2025/NĐ-CP quy định về … như
// sau", "Theo quy định tại Điều 5 Luật Giá 2023, …".
var siteLeadRE = regexp.MustCompile(`^(?:Căn cứ|Theo quy định tại|Theo quy định của|Tại) `)

// countOpening opens a count's explanation up to its number: the lead
// quoted, or, where the lead is the page's own words citing the act,
// only the act (round 105: "Theo Nghị định 258/2025/NĐ-CP: “Căn cứ Điều
// 22 Nghị định 258/2025/NĐ-CP quy định …”" quoted the site as the
// decree).
func countOpening(ref, lead string) string {
	lead = strings.TrimSuffix(stripItem(strings.TrimSpace(lead)), ":")
	if siteLeadRE.MatchString(lead) || citedArticleRE.MatchString(lead) {
		return "Theo " + ref + ", có "
	}
	return "Theo " + ref + ": “" + lead + "”, và nêu "
}

// headed says whether every label opens with the unit's first two words.
func headed(labels []string, unit string) bool {
	head := foldedWords(unit)
	if len(head) < 2 || len(labels) == 0 {
		return false
	}
	for _, lab := range labels {
		if w := foldedWords(lab); len(w) < 2 || w[0] != head[0] || w[1] != head[1] {
			return false
		}
	}
	return true
}

// groupHeads says whether the n points after line at each open with the
// unit's own noun: "1. Nhiệm vụ cơ quan tham mưu … cho Bộ Quốc phòng",
// "2. Nhiệm vụ cơ quan tham mưu … quân khu" are groups of tasks by who
// does them, not tasks (round 105 counted three).
func (g *drafter) groupHeads(at, n int, unit string) bool {
	var points []string
	for _, l := range g.lines[at+1:] {
		if len(points) == n {
			break
		}
		if l.item == g.lines[at+1].item {
			points = append(points, stripItem(l.text))
		}
	}
	return len(points) == n && headed(points, unit)
}

// trimLeadTail is a list's name without the words its lead ends on
// before its points: "Nguyên tắc thực hiện hợp đồng xây dựng gồm",
// "… phòng không nhân dân như" (a page's "như như sau"; round 105: "có
// bao nhiêu nguyên tắc ký kết hợp đồng xây dựng gồm?").
func trimLeadTail(s string) string {
	for {
		t := s
		for _, end := range []string{" bao gồm", " gồm có", " gồm", " như sau", " như", " sau đây", " cụ thể là", " cụ thể", " là", " theo", " sau"} {
			if words(t) > 2 {
				t = strings.TrimSuffix(t, end)
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}
