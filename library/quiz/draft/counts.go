package draft

import (
	"hash/fnv"
	"regexp"
	"strconv"

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
	var at *issuedPart
	for i, p := range g.parts {
		if l.page > p.page || l.page == p.page && l.start >= p.start {
			at = &g.parts[i]
		}
	}
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
