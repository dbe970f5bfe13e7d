package draft

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"

	"sotay/internal/viet"
	"sotay/library/quiz"
)

// Points counted in words: an article or a speech gives its solutions,
// tasks or lessons as "Một là, …. Hai là, …", and cadres learn them so —
// how many there are, and which comes where. A single such list has no
// other list of its kind in the text to take wrong options from, so it
// is asked by its count and by the place of one point among the others.

// enumUnits are what such a list counts, as its lead names them.
var enumUnits = []string{"giải pháp", "nhiệm vụ", "nguyên nhân", "bài học", "biểu hiện", "yêu cầu", "mục tiêu", "quan điểm", "định hướng", "đột phá", "kinh nghiệm", "nguyên tắc", "phương hướng", "nội dung"}

// enumPlaces name a point's place as the text counts it.
var enumPlaces = []string{"", "thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ tám", "thứ chín", "thứ mười"}

// enumLists asks, of each list counted in words whose lead names what it
// counts, how many points it has and which point stands at one place.
func (g *drafter) enumLists(all []dlist) {
	for _, l := range all {
		if len(l.lines) == 0 || l.lines[0].item != "enum" || len(l.labels) < 3 || len(l.labels) > len(enumPlaces)-1 {
			continue
		}
		unit, named := colonUnit(l.first.text)
		if !named {
			unit = unitIn(l.name)
		}
		if unit == "" {
			continue // "Một là, …" under words that do not say what they count
		}
		ref := g.refOf(l.first)
		n := len(l.labels)
		h := fnv.New32a()
		h.Write([]byte(l.name))
		low := countLow(n, h.Sum32())
		q := quiz.Question{Type: quiz.Single, Stem: fmt.Sprintf("Theo %s, mục “%s” nêu bao nhiêu %s?", ref, l.name, unit)}
		for v := low; v < low+4; v++ {
			q.Options = append(q.Options, quiz.Option{Text: strconv.Itoa(v), Correct: v == n})
		}
		q.Explanation, q.Passage, q.Difficulty = listExplanation(ref, l), g.passage(l.first, l.first.text), 2
		g.viewCount(unit, l)
		g.put(DraftCount, q)

		// ("Một là, tăng cường …": the point's words in an option begin
		// a sentence)
		labels := make([]string, len(l.labels))
		for k, lab := range l.labels {
			labels[k] = viet.UpperFirst(lab)
		}
		// one point by its place, the list's others as the options: not
		// the first (the one most read), the second or the last
		at := 1 + int(h.Sum32()%2)
		if at == 2 && n > 3 {
			at = n - 1
		}
		var wrong []string
		for k, lab := range labels {
			if k != at {
				wrong = append(wrong, lab)
			}
		}
		wrong = distinctFrom(labels[at], wrong, 3)
		if len(wrong) < 3 {
			continue
		}
		p := choice(fmt.Sprintf("Theo %s, trong mục “%s”, %s %s là nội dung nào?", ref, l.name, unit, enumPlaces[at+1]), labels[at], wrong)
		p.Explanation, p.Passage, p.Difficulty = listExplanation(ref, l), g.passage(l.lines[at], l.lines[at].text), 2
		g.add(DraftList, p)
	}
}

// unitIn is the first of the enumUnits that words s name, "" if none.
func unitIn(s string) string {
	f := " " + viet.Fold(s) + " "
	for _, u := range enumUnits {
		if strings.Contains(f, " "+viet.Fold(u)+" ") {
			return u
		}
	}
	return ""
}

// colonUnit reads what a lead-in that ends on a colon says its points are:
// "… với các khía cạnh:" names them (as no unit: "khía cạnh" is none of
// the enumUnits, and the part's "mục tiêu" is not what they are; round
// 100), "… các giải pháp sau:" names "giải pháp"; named is false when the
// lead says nothing of the kind.
func colonUnit(lead string) (unit string, named bool) {
	lead = strings.TrimSpace(lead)
	if !strings.HasSuffix(lead, ":") {
		return "", false
	}
	w := strings.Fields(strings.TrimSuffix(lead, ":"))
	for len(w) > 0 && (w[len(w)-1] == "sau" || w[len(w)-1] == "đây" || w[len(w)-1] == "như") {
		w = w[:len(w)-1]
	}
	for k := len(w) - 1; k >= 0 && k >= len(w)-4; k-- {
		if w[k] == "các" || w[k] == "những" {
			return unitIn(strings.Join(w[k+1:], " ")), true
		}
	}
	return "", false
}
