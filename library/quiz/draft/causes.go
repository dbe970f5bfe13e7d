package draft

import (
	"fmt"
	"regexp"
	"strings"
)

// Causes: a resolution's assessment ends by weighing the causes of its
// shortcomings — "Những hạn chế, yếu kém nêu trên có nguyên nhân khách
// quan và chủ quan, nhưng chủ yếu là do nguyên nhân chủ quan" — and which
// weighs more is what cadres are asked of it. The options are the four
// ways such a sentence can weigh them.

// causeRE finds a sentence's weighing: what it weighs the causes of, the
// words that weigh, and which cause is the main one.
var causeRE = regexp.MustCompile(`^((?:Những|Các) (?:hạn chế|tồn tại|yếu kém|khuyết điểm|bất cập)[^.;:]{0,120}?) (?:có|do|xuất phát từ) (?:cả |nhiều )?(?:các )?(?:nguyên nhân|yếu tố) (?:khách quan và chủ quan|chủ quan và khách quan),? (?:nhưng|trong đó) (?:chủ yếu (?:là )?(?:do )?(?:các )?nguyên nhân (chủ quan|khách quan)|nguyên nhân (chủ quan|khách quan) là chủ yếu)`)

// causeOptions are the four weighings, the main cause's first.
func causeOptions(main string) (string, []string) {
	other := "khách quan"
	if main == "khách quan" {
		other = "chủ quan"
	}
	return "Có cả nguyên nhân khách quan và chủ quan, nhưng chủ yếu là nguyên nhân " + main, []string{
		"Có cả nguyên nhân khách quan và chủ quan, nhưng chủ yếu là nguyên nhân " + other,
		"Có cả nguyên nhân khách quan và chủ quan, với mức độ như nhau",
		"Chỉ do nguyên nhân " + other,
	}
}

// causes asks the main cause of the shortcomings an assessment weighs,
// once a document.
func (g *drafter) causes() {
	for _, l := range g.lines {
		if !l.body || l.heading {
			continue
		}
		text := stripItem(l.text)
		for _, sp := range sentences(text) {
			sent := strings.TrimSpace(text[sp[0]:sp[1]])
			m := causeRE.FindStringSubmatch(sent)
			if m == nil {
				continue
			}
			main := m[2] + m[3]
			what := strings.TrimSpace(strings.Replace(m[1], " nêu trên", "", 1))
			what = strings.ToLower(what[:1]) + what[1:]
			answer, wrong := causeOptions(main)
			q := choice(fmt.Sprintf("Theo %s, %s có nguyên nhân như thế nào?", g.refOf(l), what), answer, wrong)
			q.Explanation = explainQuote(g.refOf(l), strings.TrimRight(m[0], " ,:"))
			q.Passage, q.Difficulty = g.passage(l, m[0]), 1
			g.add(DraftRole, q)
			return
		}
	}
}
