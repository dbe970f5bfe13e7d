package draft

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// Definitions: a regulation's "Giải thích từ ngữ" ("Danh mục dùng chung
// là các bảng mã …") asks what a term means, the other terms' meanings as
// wrong answers. Asked as members of a list, a definition was the only
// option of its form (round 16).

// definitionRE reads "1. Chủ sở hữu dữ liệu là …" and "2. "Chủ quản dữ
// liệu": Là …".
var definitionRE = regexp.MustCompile(`^["“]?([^"”:;()]{2,80}?)["”]?(?:\s*:\s*[Ll]à|\s+(?:là|được hiểu là))\s+(.+)$`)

type definition struct {
	term, meaning string
	line          dline
	article       string
}

// definitions proposes "what does the term mean" for the terms a
// definition list explains, four terms at least.
func (g *drafter) definitions(all []dlist) {
	var defs []definition
	for _, l := range all {
		if listKind(l) != "definition" {
			continue
		}
		for _, ln := range l.lines {
			text := stripItem(ln.text)
			if sp := sentences(text); len(sp) > 0 {
				text = text[sp[0][0]:sp[0][1]]
			}
			m := definitionRE.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(text), ".;"))
			if m == nil {
				continue
			}
			term := strings.TrimSpace(m[1])
			r, _ := utf8.DecodeRuneInString(term)
			if !unicode.IsUpper(r) || words(term) > 10 || words(m[2]) < 5 || strings.HasSuffix(strings.TrimSpace(m[2]), ":") {
				continue // (nor a lead to points: "Doanh nghiệp … các hoạt động sau:", round 27)
			}
			meaning := viet.UpperFirst(m[2])
			if w := strings.Fields(meaning); len(w) > 30 {
				meaning = clauseCut(w, 30) + " …"
			}
			defs = append(defs, definition{term: term, meaning: meaning, line: ln, article: l.article})
		}
	}
	if len(defs) < 4 {
		return
	}
	for i, d := range defs {
		var cands []string
		for k := 1; k < len(defs); k++ {
			cands = append(cands, defs[(i+k)%len(defs)].meaning)
		}
		// meanings of the same kind first: an asset among assets, an
		// activity ("Việc …") among activities, not among persons (round
		// 27: "Cá nhân …", "Doanh nghiệp …" beside "Việc nhận lưu trữ …")
		genus := firstWord(d.meaning)
		sameKind := func(cs []string) []string {
			sort.SliceStable(cs, func(a, b int) bool {
				return firstWord(cs[a]) == genus && firstWord(cs[b]) != genus
			})
			return cs
		}
		cands = sameKind(cands)
		wrong := distinctFrom(d.meaning, sameKind(alike(cands, []string{d.meaning})), 3)
		if len(wrong) < 3 {
			wrong = distinctFrom(d.meaning, cands, 3)
		}
		same := 0
		for _, w := range wrong {
			if firstWord(w) == genus {
				same++
			}
		}
		if len(wrong) < 3 || namesAlone(d.meaning, wrong, d.term, nil) || same < 1 {
			// (nor a person among activities: "Người lao động là công dân
			// …" beside "Việc làm là hoạt động …" is a matching game, round
			// 39 dropped all three)
			continue // the meaning alone repeats the term's words
		}
		where := ""
		if d.article != "" {
			where = " (" + d.article + ")"
		}
		q := choice(fmt.Sprintf("Theo %s%s, “%s” được hiểu là gì?", g.refOf(d.line), where, d.term), d.meaning, wrong)
		q.Explanation = fmt.Sprintf("Theo %s, “%s” là %s.", g.refOf(d.line), d.term, lowerFirst(strings.TrimSuffix(d.meaning, " …")))
		q.Passage, q.Difficulty = g.passage(d.line, d.line.text), 2
		g.add(DraftDefinition, q)
	}
}

// lowerFirst writes a meaning as the rest of a sentence: "là các bảng mã …".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || words(s) < 2 || viet.Capitals(strings.Fields(s)[0]) > 1 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
