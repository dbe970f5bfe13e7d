package draft

import (
	"fmt"
	"regexp"
	"slices"
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
			if words(meaning) > 45 {
				// (round 104: definitions cut with "…" read as other
				// meanings, "… do người đứng đầu cơ quan quản lý ngành …")
				continue
			}
			defs = append(defs, definition{term: term, meaning: meaning, line: ln, article: l.article})
		}
	}
	if len(defs) < 4 {
		return
	}
	asked := 0
	for i, d := range defs {
		var cands []string
		for k := 1; k < len(defs); k++ {
			if m := defs[(i+k)%len(defs)].meaning; !strings.Contains(viet.Fold(m), viet.Fold(d.term)) {
				// (not "Bản sao … của bản sao y" for "Bản sao y": a meaning
				// that names the term is no meaning of it, round 104)
				cands = append(cands, m)
			}
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
		cands = siblingsFirst(sameKind(cands), defs, d.term)
		wrong := distinctFrom(d.meaning, siblingsFirst(sameKind(alike(cands, []string{d.meaning})), defs, d.term), 3)
		if len(wrong) < 3 {
			wrong = distinctFrom(d.meaning, cands, 3)
		}
		same := 0
		for _, w := range wrong {
			if firstWord(w) == genus {
				same++
			}
		}
		if len(wrong) < 3 || namesAlone(d.meaning, wrong, d.term, nil) || termWordAlone(d.meaning, wrong, d.term) || same < 1 {
			// (nor a person among activities: "Người lao động là công dân
			// …" beside "Việc làm là hoạt động …" is a matching game, round
			// 39 dropped all three)
			continue // the meaning alone repeats the term's words
		}
		where := ""
		if d.article != "" {
			where = " (" + d.article + ")"
		}
		if asked == maxDefinitions {
			return
		}
		asked++
		q := choice(fmt.Sprintf("Theo %s%s, “%s” được hiểu là gì?", g.refOf(d.line), where, d.term), d.meaning, wrong)
		q.Explanation = fmt.Sprintf("Theo %s, “%s” là %s.", g.refOf(d.line), d.term, lowerFirst(strings.TrimSuffix(d.meaning, " …")))
		q.Passage, q.Difficulty = g.passage(d.line, d.line.text), 2
		g.add(DraftDefinition, q)
	}
}

// maxDefinitions is how many terms a document's definitions are asked
// of: a test of definitions alone is a glossary (round 104: nine of a
// decree's eleven drafts).
const maxDefinitions = 5

// siblingsFirst puts first the meanings of the terms that share the most
// words with term: "Bản sao lục", "Bản trích sao" for "Bản sao y", the
// traps a cadre falls in (round 104's judge asked for "bản gốc" among
// the wrong meanings of "bản chính").
func siblingsFirst(cands []string, defs []definition, term string) []string {
	own := map[string]bool{}
	for _, w := range foldedWords(term) {
		own[w] = true
	}
	score := map[string]int{}
	for _, d := range defs {
		n := 0
		for _, w := range foldedWords(d.term) {
			if own[w] && !stopword[w] {
				n++
			}
		}
		score[d.meaning] = n
	}
	sort.SliceStable(cands, func(a, b int) bool { return score[cands[a]] > score[cands[b]] })
	return cands
}

// termWordAlone reports whether the right meaning says a word of its term
// no wrong meaning says: "Bản thảo văn bản" is the one "soạn thảo", "Văn
// bản đến" the one "gửi đến" (round 104).
func termWordAlone(right string, wrong []string, term string) bool {
	in := func(s, w string) bool { return slices.Contains(foldedWords(s), w) }
	for _, w := range foldedWords(term) {
		if len(w) < 2 || stopword[w] || !in(right, w) {
			continue
		}
		alone := true
		for _, o := range wrong {
			if in(o, w) {
				alone = false
			}
		}
		if alone {
			return true
		}
	}
	return false
}

// lowerFirst writes a meaning as the rest of a sentence: "là các bảng mã …".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || words(s) < 2 || viet.Capitals(strings.Fields(s)[0]) > 1 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
