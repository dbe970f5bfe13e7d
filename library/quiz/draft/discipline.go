package draft

import (
	"fmt"
	"regexp"
	"strings"

	"sotay/internal/viet"
)

// Discipline: a plenum's communiqué or a control commission's notice
// records who was disciplined and by which form ("Ban Chấp hành Trung
// ương Đảng đã quyết định kỷ luật đồng chí … bằng hình thức cảnh cáo và
// cho thôi giữ chức Ủy viên Bộ Chính trị"), and cadres are asked the
// form. The options are the forms the Party's Statute gives a member
// (khiển trách, cảnh cáo, cách chức, khai trừ), or those the law gives an
// official when the text is not the Party's.

// disciplineRE finds a form of discipline said by its name, at a
// clause's end or before what goes with it.
var disciplineRE = regexp.MustCompile(`kỷ luật [^.;:]{3,120}? bằng hình thức (khiển trách|cảnh cáo|cách chức|khai trừ(?: ra khỏi Đảng)?|buộc thôi việc|giải tán)(?:$|[,.;(]| và | đối với)`)

// partyForms and stateForms are the forms a member and an official can be
// given, mildest first.
var (
	partyForms = []string{"khiển trách", "cảnh cáo", "cách chức", "khai trừ ra khỏi Đảng"}
	stateForms = []string{"khiển trách", "cảnh cáo", "cách chức", "buộc thôi việc"}
	orgForms   = []string{"khiển trách", "cảnh cáo", "giải tán"}
)

// partyBodyRE and personRE say whom a sentence disciplines: a Party
// organisation ("Ban Thường vụ Đảng ủy Tập đoàn …") or a member.
var (
	partyBodyRE = regexp.MustCompile(`Ban Thường vụ|Ban [Cc]án sự|Đảng đoàn|[Đđ]ảng ủy|[Cc]hi bộ|[Đđ]ảng bộ|tổ chức đảng|[Tt]ỉnh ủy|[Tt]hành ủy|Ban Chấp hành`)
	personRE    = regexp.MustCompile(`đồng chí|(?:^|\s)(?:ông|bà|anh|chị) \p{Lu}|đảng viên|[Bb]í thư|[Cc]hủ tịch|[Gg]iám đốc`)
)

// partyTextRE says a text is the Party's: its bodies, members, comrades.
var partyTextRE = regexp.MustCompile(`Ủy ban Kiểm tra|Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|đảng viên|[Tt]ỉnh ủy|[Tt]hành ủy|[Đđ]ảng ủy|đồng chí|khai trừ`)

// disciplines asks the form of discipline the text records, twice at
// most, each sentence once.
func (g *drafter) disciplines() {
	asked := 0
	for _, l := range g.lines {
		if !l.body || l.heading || asked == 2 {
			continue
		}
		if !strings.Contains(l.text, "bằng hình thức") {
			continue // (the pattern is slow: only where a form is named)
		}
		text := stripItem(l.text)
		for _, sp := range sentences(text) {
			sent := strings.TrimRight(strings.TrimSpace(text[sp[0]:sp[1]]), " .")
			m := disciplineRE.FindStringSubmatchIndex(sent)
			if m == nil || asked == 2 {
				continue
			}
			form := sent[m[2]:m[3]]
			forms := stateForms
			if partyTextRE.MatchString(sent) || partyTextRE.MatchString(g.bodyText()) {
				forms = partyForms
				if whom := sent[m[0]:m[2]]; partyBodyRE.MatchString(whom) && !personRE.MatchString(whom) {
					// a Party organisation is given khiển trách, cảnh cáo or
					// giải tán: "cách chức" and "khai trừ" are a member's,
					// struck at once by a cadre who knows the Statute
					// (round 52)
					forms = orgForms
				}
			}
			answer, known := form, false
			var wrong []string
			for _, f := range forms {
				if strings.HasPrefix(f, form) || strings.HasPrefix(form, f) {
					known = true
				} else {
					wrong = append(wrong, f)
				}
			}
			if !known {
				continue // (a state form in a Party text: "buộc thôi việc" of a member)
			}
			if strings.Contains(viet.Fold(g.src.Title+" "+g.ref), viet.Fold(form)) {
				continue // "Theo bài “Vì sao ông … bị cảnh cáo …”": the headline says it (round 57)
			}
			excerpt := sent[:m[2]] + "……" + sent[m[3]:]
			if w := strings.Fields(sent[:m[2]]); len(w) > 35 {
				// a long sentence: from its clause that disciplines
				i := strings.LastIndex(sent[:m[0]], ", ")
				if i < 0 || words(sent[i+2:m[2]]) > 35 {
					continue
				}
				excerpt = "… " + sent[i+2:m[2]] + "……" + sent[m[3]:]
			}
			if words(excerpt) > 50 {
				continue
			}
			q := choice(fmt.Sprintf("Theo %s, điền vào chỗ trống: “%s”", g.refOf(l), excerpt), answer, wrong)
			q.Explanation = explainQuote(g.refOf(l), sent)
			q.Passage, q.Difficulty = g.passage(l, sent), 1
			g.add(DraftMeta, q)
			asked++
		}
	}
}
