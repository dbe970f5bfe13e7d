package draft

import (
	"fmt"
	"regexp"
	"strings"

	"sotay/internal/viet"
)

// Responsibilities and counts of points: "Ban Tuyên giáo Trung ương chủ
// trì, phối hợp với Ban Kinh tế Trung ương tổ chức việc học tập …" asks
// who leads the task; a part of numbered points asks how many it has.

// dutyRE finds who leads a task in a sentence: the subject (a body's
// name, capitalised), "chủ trì", the partners, the task.
var dutyRE = regexp.MustCompile(`^(\p{Lu}[\p{L} ,-]{3,80}?) (?:chủ trì|có trách nhiệm chủ trì|được giao chủ trì),? phối hợp (?:với )?([^.;]{3,160}?) (tổ chức|xây dựng|nghiên cứu|hướng dẫn|theo dõi|kiểm tra|chỉ đạo|triển khai|tham mưu|rà soát|đề xuất|sơ kết|tổng kết)([^.;]{3,160})`)

type duty struct {
	who, partners, task string
	line                dline
}

// duties proposes "who leads …" for each task whose leader the text names,
// the other leaders of the document as wrong answers.
func (g *drafter) duties() {
	var all []duty
	for _, l := range g.lines {
		if !l.body || l.heading {
			continue
		}
		for _, s := range sentences(stripItem(l.text)) {
			text := strings.TrimSpace(stripItem(l.text)[s[0]:s[1]])
			m := dutyRE.FindStringSubmatch(text)
			if m == nil {
				continue
			}
			who := strings.TrimSpace(m[1])
			if words(who) > 10 || strings.Contains(who, ",") {
				continue // a list of bodies, not one leader
			}
			all = append(all, duty{who: who, partners: strings.TrimSpace(m[2]), task: m[3] + strings.TrimRight(m[4], " ,"), line: l})
		}
	}
	for i, d := range all {
		var wrong []string
		for k := 1; k < len(all); k++ {
			o := all[(i+k)%len(all)]
			if viet.Fold(o.who) != viet.Fold(d.who) && !strings.Contains(viet.Fold(d.partners), viet.Fold(o.who)) {
				wrong = append(wrong, o.who)
			}
		}
		wrong = distinctFrom(d.who, wrong, 3)
		if len(wrong) < 3 {
			continue
		}
		q := choice(fmt.Sprintf("Theo %s, cơ quan nào chủ trì, phối hợp với %s %s?", g.ref, d.partners, d.task), d.who, wrong)
		q.Explanation = explainQuote(g.ref, d.who+" chủ trì, phối hợp với "+d.partners+" "+d.task)
		q.Passage = g.passage(d.line, d.who)
		q.Difficulty = 2
		g.add(DraftList, q)
	}
}
