package draft

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"slices"
	"strings"

	"sotay/internal/viet"
)

// Roles: what a resolution says a thing is, in the words of the Party's
// viewpoints — "Phát triển khoa học, công nghệ … là đột phá quan trọng
// hàng đầu", "thể chế là điều kiện tiên quyết", "doanh nghiệp nhà nước là
// lực lượng nòng cốt" — asked as a blank among the other such words.
// Round 17's judge found no draft asked a viewpoint's substance.

// rolePhrases are the words a viewpoint gives a thing ("… là một nhiệm
// vụ chiến lược, là khâu đột phá quan trọng"), longest first.
var rolePhrases = []string{"lực lượng vật chất quan trọng", "đột phá quan trọng hàng đầu", "nhiệm vụ chính trị trọng tâm", "khâu đột phá quan trọng", "quốc sách hàng đầu",
	"nhiệm vụ trọng tâm", "nhiệm vụ then chốt", "nhiệm vụ chiến lược", "nhiệm vụ hàng đầu", "nhiệm vụ cấp bách", "khâu đột phá",
	"điều kiện tiên quyết", "yếu tố quyết định", "động lực chính", "động lực quan trọng", "lực lượng nòng cốt", "lực lượng quan trọng",
	"nguồn lực quan trọng", "yêu cầu khách quan", "bộ phận quan trọng", "nền tảng", "then chốt", "trung tâm", "chủ thể"}

// rolePlaces are the places a thing holds ("kinh tế nhà nước giữ vai trò
// chủ đạo"): asked among each other, never among the roles above, which
// do not follow "giữ vai trò" (round 20's judge: wrong answers that do
// not fit the sentence give the answer away).
var rolePlaces = []string{"chủ đạo", "quyết định", "then chốt", "nòng cốt", "trung tâm", "định hướng", "dẫn dắt", "chủ lực"}

// roleSynonyms are places that say one thing of a force: "giữ vai trò
// nòng cốt" reads as well with "chủ lực" (round 49: two defensible
// answers).
var roleSynonyms = map[string]string{"nòng cốt": "chủ lực", "chủ lực": "nòng cốt"}

var roleRE = regexp.MustCompile(`(?:^|[,;:] |\s)((?:\p{Lu}|\p{Ll})[^.;:]{12,160}?) (?:(?:là|đang là|giữ vai trò là|trở thành|thực sự trở thành|thật sự trở thành) (?:một )?(` + strings.Join(rolePhrases, "|") +
	`)|(?:giữ|đóng) vai trò (` + strings.Join(rolePlaces, "|") + `))(?:[,;.)]|$| của| để| trong| cho| và| cùng)`)

// doctrineRE is what a news page's sentence credits a role to: an act or
// the Party's words. A reporter's or a speaker's own ("trong đó yếu tố
// con người đóng vai trò ……", "động lực … để thúc đẩy") is rhetoric,
// where another word reads as well (round 104 dropped both such drafts).
var doctrineRE = regexp.MustCompile(`Nghị quyết|Cương lĩnh|Hiến pháp|Điều lệ|Văn kiện|Đại hội|Chỉ thị|Kết luận|Luật |Đảng (?:ta )?(?:xác định|khẳng định|chủ trương)|[Qq]uan điểm của Đảng`)

// roles proposes a blank on the role a viewpoint gives a thing.
func (g *drafter) roles() {
	news := g.isNews()
	used := map[string]bool{}
	for _, l := range g.lines {
		if !l.body || l.heading {
			continue
		}
		text := stripItem(l.text)
		for _, sp := range sentences(text) {
			sent := stripItem(strings.TrimSpace(text[sp[0]:sp[1]])) // ("1- Phát triển …" of a viewpoint)
			if !strings.Contains(sent, " vai trò ") && (!strings.Contains(sent, " là ") && !strings.Contains(sent, " trở thành ") || !slices.ContainsFunc(rolePhrases, func(p string) bool { return strings.Contains(sent, " "+p) })) {
				continue // (the pattern is slow: only where a role stands)
			}
			m := roleRE.FindStringSubmatchIndex(sent)
			if m == nil || news && (narrativeRE.MatchString(sent) || strings.Contains(sent, " phải ") || g.newsLine(l) && !doctrineRE.MatchString(sent)) {
				// a news report's speaker ("… phải đóng vai trò chủ đạo"
				// reads as well with "then chốt", round 37); its stated
				// doctrine is still asked
				continue
			}
			phrases, lead, at := rolePhrases, " là ", 4
			if m[4] < 0 {
				phrases, lead, at = rolePlaces, " vai trò ", 6
			}
			subject, answer := sent[m[2]:m[3]], sent[m[at]:m[at+1]]
			// a long sentence is quoted from the clause that gives the
			// role: "… nhiều thành phần kinh tế, trong đó kinh tế nhà nước
			// giữ vai trò chủ đạo"
			from := 0
			if words(sent[:m[at]]) > 25 {
				if c := roleClauseRE.FindAllStringIndex(sent[:m[at]], -1); c != nil && words(sent[c[len(c)-1][0]:m[at]]) >= 5 {
					from = c[len(c)-1][0] + 2
				}
			}
			next := nextWords(sent[m[at+1]:])
			if repeatsNext(answer, next) {
				continue // "công tác cán bộ là …… của then chốt": only "nhiệm vụ then chốt" reads (round 57)
			}
			if words(subject) < 3 || words(sent[from:m[at]]) > 40 || used[answer] || strings.HasPrefix(sent, "Tuy nhiên") || unsaid(sent[:m[at]]) {
				continue // (an assessment's "Tuy nhiên, vai trò … là … còn hạn chế" is no viewpoint)
			}
			// wrong answers: the other roles, those the document gives
			// other things first, never one this sentence also gives
			// ("là đột phá …, là động lực chính") nor one inside another
			var near, rest []string
			for _, p := range phrases {
				if p == answer || strings.Contains(sent, p) || repeatsNext(p, next) || strings.Contains(p, answer) || strings.Contains(answer, p) || wordsWithin(answer, p) || wordsWithin(p, answer) || roleSynonyms[answer] == p ||
					slices.ContainsFunc(append(near, rest...), func(q string) bool { return strings.Contains(q, p) || strings.Contains(p, q) }) {
					continue // (nor two wrong answers one inside the other: "khâu đột phá", "khâu đột phá quan trọng")
				}
				if h := roleHead(p); (h != roleHead(answer) || h != "nhiệm vụ") && (saysWords(sent, h) || slices.ContainsFunc(append(near, rest...), func(q string) bool { return roleHead(q) == h })) {
					// (nor a role whose head the sentence gives, "… là chủ
					// thể, là động lực" beside "động lực chính", nor two
					// wrong answers of one head, "động lực chính" and "động
					// lực quan trọng": rounds 62 and 66, each rules out the
					// other); but a task's head is the form its options
					// share, "nhiệm vụ chiến lược" among "nhiệm vụ trọng
					// tâm" and "nhiệm vụ then chốt" (round 85: "trung tâm",
					// "chủ thể" made no sense there). A force's is not: a
					// "lực lượng quan trọng" is every "lực lượng nòng cốt".
					continue
				}
				if g.saysOf(subject, p) {
					continue // (nor a role the text gives the same thing elsewhere: "vai trò của doanh nghiệp nhà nước là lực lượng nòng cốt")
				}
				if strings.Contains(g.bodyText(), lead+p) {
					near = append(near, p)
				} else {
					rest = append(rest, p)
				}
			}
			h := fnv.New32a()
			h.Write([]byte(sent))
			if len(rest) > 0 {
				r := int(h.Sum32() % uint32(len(rest)))
				rest = append(rest[r:], rest[:r]...)
			}
			wrong := distinctFrom(answer, append(near, rest...), 3)
			// a force among forces: "Doanh nghiệp nhà nước là một ……" is
			// no task ("nhiệm vụ chiến lược"), and a task no force; such
			// options give the answer away (round 20)
			var like []string
			for _, p := range append(near, rest...) {
				if roleClass(p) == roleClass(answer) {
					like = append(like, p)
				}
			}
			if a := distinctFrom(answer, like, 3); len(a) == 3 {
				wrong = a
			}
			if len(wrong) < 3 {
				continue
			}
			used[answer] = true
			after := strings.TrimRight(sent[m[at+1]:], ". ")
			if w := strings.Fields(after); len(w) > 18 {
				after = clauseCut(w, 18) + " …" // the sentence's first clauses after the blank
				if !strings.HasPrefix(after, ",") {
					after = " " + after
				}
			}
			excerpt := sent[from:m[at]] + "……" + after
			if from > 0 {
				excerpt = "… " + excerpt
			}
			q := choice(fmt.Sprintf("Theo %s, điền vào chỗ trống: %s", g.refOf(l), quoted(strings.TrimRight(excerpt, ". "), false)), answer, wrong)
			q.Explanation = explainQuote(g.refOf(l), sent)
			q.Passage, q.Difficulty = g.passage(l, sent), 2
			g.add(DraftRole, q)
		}
	}
}

// roleClauseRE finds where a clause that gives a role begins inside a
// long sentence.
var roleClauseRE = regexp.MustCompile(`[,;] (?:trong đó|xác định|coi|khẳng định|nhấn mạnh|bảo đảm) `)

// unsaidRE finds what keeps a role from being the document's word: a
// shortcoming ("chưa coi đây là một nhiệm vụ trọng tâm", "chưa thực sự
// đóng vai trò là quốc sách hàng đầu") or a thing the sentence does not
// name ("xác định đây là nhiệm vụ chính trị trọng tâm").
var unsaidRE = regexp.MustCompile(`(?:(?:^|\s)(?:chưa|không|chẳng) [^,;]*|(?:^|\s)(?:đây|đó|này)) (?:là|là một|đóng vai trò|giữ vai trò|đóng vai trò là) $`)

func unsaid(before string) bool { return unsaidRE.MatchString(before) }

// bodyText is the body's lines, folded to one string once.
func (g *drafter) bodyText() string {
	if g.body == "" {
		var b strings.Builder
		for _, l := range g.lines {
			if l.body {
				b.WriteString(" " + l.text)
			}
		}
		g.body = b.String()
	}
	return g.body
}

// wordsWithin says whether every word of a is in b: "nhiệm vụ trọng tâm"
// in "nhiệm vụ chính trị trọng tâm", a wrong option that says the answer
// with one word more (round 30).
func wordsWithin(a, b string) bool {
	bw := strings.Fields(b)
	for _, w := range strings.Fields(a) {
		if !slices.Contains(bw, w) {
			return false
		}
	}
	return true
}

// saysOf says whether the body gives a thing a role elsewhere: the
// subject's last three words, "là" and the role.
func (g *drafter) saysOf(subject, role string) bool {
	w := strings.Fields(subject)
	if len(w) > 3 {
		w = w[len(w)-3:]
	}
	if g.foldedBody == "" {
		g.foldedBody = viet.Fold(g.bodyText())
	}
	body := g.foldedBody
	r := viet.Fold(role)
	if g.rolesSaid == nil {
		g.rolesSaid = map[string]bool{}
	}
	said, ok := g.rolesSaid[r]
	if !ok {
		said = strings.Contains(body, r)
		g.rolesSaid[r] = said
	}
	if !said {
		return false // (a role the text never gives: no need to look for its subject)
	}
	head := viet.Fold(strings.Join(w, " "))
	return strings.Contains(body, head+" la "+r) || strings.Contains(body, head+" la mot "+r)
}

// roleClass is the kind of role a phrase gives: a task ("nhiệm vụ …",
// "khâu đột phá", "quốc sách hàng đầu"), a force or part ("lực lượng …",
// "động lực …", "chủ thể", "trung tâm", "bộ phận quan trọng"), or a
// ground ("điều kiện tiên quyết", "nền tảng", "then chốt").
func roleClass(r string) int {
	switch {
	case strings.HasPrefix(r, "nhiệm vụ") || strings.Contains(r, "đột phá") || strings.HasPrefix(r, "quốc sách"):
		return 1
	case strings.HasPrefix(r, "lực lượng") || strings.HasPrefix(r, "động lực") || strings.HasPrefix(r, "nguồn lực") || r == "chủ thể" || r == "trung tâm" || r == "bộ phận quan trọng":
		return 2
	}
	return 3
}

// nextWords are the first words after a blank, past a comma and a
// linking word: "động lực" of "……, động lực phát triển", "then chốt" of
// "…… của then chốt".
func nextWords(after string) []string {
	w := strings.FieldsFunc(viet.Fold(strings.TrimLeft(after, " ,;")), func(r rune) bool { return r == ' ' || r == '.' || r == ',' || r == ';' || r == ')' })
	for len(w) > 0 && (w[0] == "cua" || w[0] == "va" || w[0] == "la") {
		w = w[1:]
	}
	return w[:min(len(w), 2)]
}

// repeatsNext says whether an option holds the two words after its blank:
// "Hải Phòng hiện là ……, động lực phát triển" would read "động lực quan
// trọng, động lực" (round 57).
func repeatsNext(option string, next []string) bool {
	return len(next) == 2 && strings.Contains(" "+viet.Fold(option)+" ", " "+next[0]+" "+next[1]+" ")
}

// roleHead is a role's first two words: "động lực" of "động lực chính".
func roleHead(p string) string {
	if w := strings.Fields(p); len(w) > 2 {
		return w[0] + " " + w[1]
	}
	return p
}

// saysWords says whether s has w as whole words.
func saysWords(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, after := j == 0 || s[j-1] == ' ', j+len(w) == len(s) || strings.ContainsRune(" ,;.:", rune(s[j+len(w)]))
		if before && after {
			return true
		}
		i = j + len(w)
	}
}
