package draft

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"slices"
	"strings"
)

// Roles: what a resolution says a thing is, in the words of the Party's
// viewpoints — "Phát triển khoa học, công nghệ … là đột phá quan trọng
// hàng đầu", "thể chế là điều kiện tiên quyết", "doanh nghiệp nhà nước là
// lực lượng nòng cốt" — asked as a blank among the other such words.
// Round 17's judge found no draft asked a viewpoint's substance.

// rolePhrases are the words a viewpoint gives a thing, longest first.
var rolePhrases = []string{"đột phá quan trọng hàng đầu", "quốc sách hàng đầu", "nhiệm vụ trọng tâm", "nhiệm vụ then chốt",
	"nhiệm vụ chiến lược", "nhiệm vụ hàng đầu", "nhiệm vụ cấp bách", "khâu đột phá", "điều kiện tiên quyết", "yếu tố quyết định",
	"động lực chính", "động lực quan trọng", "lực lượng nòng cốt", "lực lượng quan trọng", "nguồn lực quan trọng",
	"yêu cầu khách quan", "bộ phận quan trọng", "nền tảng", "then chốt", "trung tâm", "chủ thể"}

var roleRE = regexp.MustCompile(`(?:^|[,;:] |\s)((?:\p{Lu}|\p{Ll})[^.;:]{12,160}?) (?:là|đang là|giữ vai trò là) (` + strings.Join(rolePhrases, "|") + `)(?:[,;.)]|$| của| để| trong| cho| và)`)

// roles proposes a blank on the role a viewpoint gives a thing.
func (g *drafter) roles() {
	used := map[string]bool{}
	for _, l := range g.lines {
		if !l.body || l.heading {
			continue
		}
		text := stripItem(l.text)
		for _, sp := range sentences(text) {
			sent := stripItem(strings.TrimSpace(text[sp[0]:sp[1]])) // ("1- Phát triển …" of a viewpoint)
			if !strings.Contains(sent, " là ") || !slices.ContainsFunc(rolePhrases, func(p string) bool { return strings.Contains(sent, "là "+p) }) {
				continue // (the pattern is slow: only where a role stands)
			}
			m := roleRE.FindStringSubmatchIndex(sent)
			if m == nil {
				continue
			}
			subject, answer := sent[m[2]:m[3]], sent[m[4]:m[5]]
			if words(subject) < 3 || words(sent[:m[4]]) > 40 || used[answer] || strings.HasPrefix(sent, "Tuy nhiên") {
				continue // (an assessment's "Tuy nhiên, vai trò … là … còn hạn chế" is no viewpoint)
			}
			// wrong answers: the other roles, those the document gives
			// other things first, never one this sentence also gives
			// ("là đột phá …, là động lực chính") nor one inside another
			var near, rest []string
			for _, p := range rolePhrases {
				if p == answer || strings.Contains(sent, p) || strings.Contains(p, answer) || strings.Contains(answer, p) {
					continue
				}
				if strings.Contains(g.bodyText(), " là "+p) {
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
			if len(wrong) < 3 {
				continue
			}
			used[answer] = true
			after := strings.TrimRight(sent[m[5]:], ". ")
			if w := strings.Fields(after); len(w) > 18 {
				after = clauseCut(w, 18) + " …" // the sentence's first clauses after the blank
				if !strings.HasPrefix(after, ",") {
					after = " " + after
				}
			}
			excerpt := sent[:m[4]] + "……" + after
			q := choice(fmt.Sprintf("Theo %s, điền vào chỗ trống: %s", g.ref, quoted(strings.TrimRight(excerpt, ". "), false)), answer, wrong)
			q.Explanation = explainQuote(g.ref, sent)
			q.Passage, q.Difficulty = g.passage(l, sent), 2
			g.add(DraftRole, q)
		}
	}
}

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
