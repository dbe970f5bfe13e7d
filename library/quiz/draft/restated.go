package draft

import "strings"

// Restatements: a plan says a target more than once (in its purpose, its
// targets and its tasks) and in parallel clauses of one sentence; each is
// asked once (round 21).

// restated reports whether a fact asked already says f again: the same
// answer among much the same words around the blank ("có ít nhất 50% đơn
// vị hành chính cấp xã … không ma túy" in the purpose, the targets and the
// tasks of one plan), or a clause of the same sentence about the same
// thing ("số vụ phạm tội về ma túy … tăng trên 03%; số vụ phạm tội về ma
// túy có tổ chức … tăng trên 03%"): one target to a trainer (round 21).
func restated(f fact, asked []fact) bool {
	near := func(g fact) map[string]bool {
		before := foldedWords(g.clause[:g.at])
		after := foldedWords(g.clause[g.at+len(g.answer):])
		return factWords(append(before[max(0, len(before)-6):], after[:min(12, len(after))]...))
	}
	// the first words of what a clause's figure is about, past its frame
	// ("Hàng năm, số vụ phạm tội về …")
	subject := func(g fact) string {
		w := foldedWords(g.clause[:g.at])
		for len(w) > 0 && (frameWords[w[0]] || strings.ContainsAny(w[0], "0123456789")) {
			w = w[1:]
		}
		return strings.Join(w[:min(5, len(w))], " ")
	}
	for _, g := range asked {
		sameSentence := g.line.page == f.line.page && g.line.start == f.line.start && g.sent == f.sent && g.kind == f.kind
		if s := subject(f); sameSentence && words(s) == 5 && s == subject(g) {
			return true
		}
		if g.kind != f.kind || g.value != f.value || g.answer != f.answer && strings.TrimLeft(g.answer, "0") != strings.TrimLeft(f.answer, "0") {
			continue
		}
		if jaccard(near(f), near(g)) >= 30 && qualifier(f) == qualifier(g) {
			// ("dưới 50% rác thải … chôn lấp" and "trên 50% các bãi chôn
			// lấp …" are two targets)
			return true
		}
	}
	return false
}

// qualifier is the bound a figure is given: "trên", "dưới", "ít nhất" …,
// or "".
func qualifier(f fact) string {
	w := foldedWords(f.clause[:f.at])
	if len(w) > 0 {
		switch q := w[len(w)-1]; q {
		case "tren", "duoi", "nhat", "thieu", "khoang", "hon", "da":
			return q
		}
	}
	return ""
}

// frameWords are the words a target's clause may open with: "Hàng năm",
// "Phấn đấu đến năm … đạt".
var frameWords = map[string]bool{"den": true, "nam": true, "dat": true, "khoang": true, "tren": true, "duoi": true, "it": true, "nhat": true,
	"tang": true, "giam": true, "phan": true, "dau": true, "toi": true, "thieu": true, "hang": true, "va": true, "cac": true, "co": true}

// factWords is a set of folded words, without quotes.
func factWords(ws []string) map[string]bool {
	set := map[string]bool{}
	for _, w := range ws {
		if w = strings.Trim(w, "“”\"()…."); w != "" {
			set[w] = true
		}
	}
	return set
}

// jaccard is the percentage of two sets' words they share.
func jaccard(a, b map[string]bool) int {
	if both, union := overlap(a, b); union > 0 {
		return both * 100 / union
	}
	return 0
}
