package draft

import (
	"fmt"
	"regexp"
	"strings"
)

// stepOrder asks the order of a procedure's steps ("Bước 1: Tự đánh giá,
// xếp loại.", "Bước 2: Thẩm định và đề xuất mức xếp loại.", …): the
// steps in another order are the wrong options, so the list needs no odd
// ones out from elsewhere. A page quoting a regulation's three steps of
// rating party members gave no question on them (round 68); "which step
// comes first" is what a trainer asks of a procedure.
func (g *drafter) stepOrder(l dlist) {
	n := len(l.labels)
	if n < 3 || n > 5 {
		return
	}
	for i, ln := range l.lines {
		// numbered "Bước 1", "Bước 2", … in turn, each short enough to
		// read in a row of four
		if ln.item != "step" || !strings.HasPrefix(ln.text, fmt.Sprintf("Bước %d", i+1)) || words(l.labels[i]) > 12 || strings.Contains(l.labels[i], "→") {
			return
		}
	}
	right := strings.Join(l.labels, " → ")
	for _, d := range g.drafts {
		for _, o := range d.Question.Options {
			if o.Correct && o.Text == right {
				return // (the same steps quoted twice by a page)
			}
		}
	}
	var wrong []string
	for _, p := range misorders(n) {
		s := make([]string, n)
		for i, k := range p {
			s[i] = l.labels[k]
		}
		wrong = append(wrong, strings.Join(s, " → "))
	}
	ref := g.refOf(l.first)
	article := l.article
	if article == "" {
		article = leadArticle(l.first.text)
	}
	if article != "" && !strings.HasPrefix(ref, "bài ") {
		ref += " (" + article + ")"
	}
	q := choice(fmt.Sprintf("Theo %s, %s được thực hiện theo thứ tự nào?", ref, stepsOf(l.name)), right, wrong)
	q.Explanation, q.Passage, q.Difficulty = listExplanation(g.refOf(l.first), l), g.passage(l.first, l.first.text), 2
	g.put(DraftList, q)
}

// misorders are three wrong orders of n steps: the first two swapped, the
// last two swapped, and all reversed (for three steps) or the middle two
// swapped — each a mistake a trainee can make, none the right order.
func misorders(n int) [][]int {
	id := func() []int {
		p := make([]int, n)
		for i := range p {
			p[i] = i
		}
		return p
	}
	a, b, c := id(), id(), id()
	a[0], a[1] = a[1], a[0]
	b[n-2], b[n-1] = b[n-1], b[n-2]
	if n == 3 {
		c[0], c[2] = c[2], c[0]
	} else {
		c[1], c[2] = c[2], c[1]
	}
	return [][]int{a, b, c}
}

// stepsByRE is a lead that counts its steps: "Việc đánh giá … thực hiện
// theo 3 bước".
var stepsByRE = regexp.MustCompile(`^(.+?),? (?:được )?(?:thực hiện|tiến hành|gồm|bao gồm) (?:theo )?(?:\d+|ba|bốn|năm) bước$`)

// stepsOf words what the steps are of: "Chi tiết các bước đánh giá …" is
// "các bước đánh giá …", "Việc đánh giá … thực hiện theo 3 bước" "các bước
// của việc đánh giá …", any other name "các bước của “…”".
func stepsOf(name string) string {
	if i := strings.Index(strings.ToLower(name), "các bước "); i >= 0 {
		return lowerFirst(name[i:])
	}
	if m := stepsByRE.FindStringSubmatch(name); m != nil {
		return "các bước của " + lowerFirst(m[1])
	}
	return "các bước của “" + name + "”"
}
