package draft

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strings"

	"sotay/internal/viet"
)

// Parallel targets: a directive sets one figure for each of its fields in
// the same words — "Khu vực nông nghiệp tăng trưởng 3,05%", "Khu vực công
// nghiệp và xây dựng tăng trưởng 7,91%", "Khu vực dịch vụ tăng trưởng
// 7,19%" — and five blanks in a row on them read as one question asked
// five times (the "no run of near-identical blanks"). The run is
// asked once the other way round: which field is set at one figure, the
// run's other fields the wrong options; and one of its figures as a
// blank. Round 51's judge asked to match the sectors to their targets.

// parallel is a fact's place in such a run: its subject and the words
// after it, up to the figure.
type parallel struct {
	subject, verb string
}

// parallelOf splits the words before a fact's figure into its subject and
// the two words that tell the figure ("tăng trưởng", "đạt khoảng"), or
// says it cannot.
func parallelOf(f fact) (parallel, bool) {
	if f.mid || f.kind != DraftPercent && f.kind != DraftQuantity {
		return parallel{}, false
	}
	w := strings.Fields(f.clause[:f.at])
	if len(w) < 4 || len(w) > 12 {
		return parallel{}, false
	}
	cut := len(w) - 2
	if compoundTail[viet.Fold(w[cut])] && len(w) >= 5 {
		cut-- // "Đập cấp III | tối thiểu là 50 m", not "… III tối | thiểu là"
	}
	subject := strings.Join(w[:cut], " ")
	for _, lead := range []string{"Cụ thể là ", "Cụ thể, ", "Trong đó, ", "trong đó "} {
		subject = strings.TrimPrefix(subject, lead)
	}
	for _, tail := range []string{" của", " và", " với", " cho", " về", " các", " những"} {
		// "Tổng nhu cầu huy động của | NSNN là": the option is the field,
		// not the field and the word that ties it (round 93: only the key
		// ended in "của")
		subject = strings.TrimSuffix(subject, tail)
	}
	if words(subject) < 2 || strings.ContainsAny(subject, ",;:()") {
		return parallel{}, false
	}
	return parallel{subject: viet.UpperFirst(subject), verb: strings.Join(w[cut:], " ")}, true
}

// compoundTail is the second word of a two-word measure ("tối thiểu", "tối
// đa", "ít nhất", "không quá"): the verb is cut before its first.
var compoundTail = map[string]bool{"thieu": true, "da": true, "nhat": true, "qua": true}

// parallelTargets asks each run of three or more parallel figures once by
// its field, and returns the facts of the runs not to be asked as blanks:
// all but the first of each run.
func (g *drafter) parallelTargets(all []fact) map[int]bool {
	type member struct {
		i int
		p parallel
	}
	runs := map[string][]member{}
	var order []string
	for i, f := range all {
		p, ok := parallelOf(f)
		if !ok {
			continue
		}
		k := fmt.Sprintf("%s\x00%s\x00%s\x00%s", f.kind, f.unit, f.ctx, p.verb)
		if runs[k] == nil {
			order = append(order, k)
		}
		runs[k] = append(runs[k], member{i, p})
	}
	skip := map[int]bool{}
	for _, k := range order {
		run := runs[k]
		subjects := map[string]bool{}
		for _, m := range run {
			subjects[viet.Fold(m.p.subject)] = true
		}
		if len(run) < 3 || len(subjects) < len(run) {
			continue // (one subject twice: two periods' targets, not a run of fields)
		}
		for _, m := range run[1:] {
			skip[m.i] = true
		}
		// (asked on a figure that ends its clause cleanly: not "7,34%
		// (trong đó, ngành … 13%" with its bracket left open)
		var clean []member
		for _, m := range run {
			if rest := all[m.i].clause[all[m.i].at+len(all[m.i].answer):]; !strings.ContainsAny(rest, "()") {
				clean = append(clean, m)
			}
		}
		if len(clean) == 0 {
			continue
		}
		h := fnv.New32a()
		h.Write([]byte(k))
		at := clean[int(h.Sum32()%uint32(len(clean)))]
		f := all[at.i]
		var wrong []string
		for _, m := range run {
			if m.i != at.i {
				wrong = append(wrong, m.p.subject)
			}
		}
		wrong = distinctFrom(at.p.subject, wrong, 3)
		if len(wrong) < 2 {
			continue
		}
		excerpt := "…… " + at.p.verb + " " + f.clause[f.at:]
		q := choice(fmt.Sprintf("Theo %s%s, điền vào chỗ trống: “%s”", g.refOf(f.line), whereOf(f), strings.TrimRight(excerpt, " .;,")), at.p.subject, wrong)
		q.Explanation = explainQuote(g.refOf(f.line), strings.TrimRight(f.clause, " .;"))
		q.Passage, q.Difficulty = g.passage(f.line, f.clause), 2
		g.add(DraftList, q)
	}
	return skip
}

// tierRun says whether a figure's excerpt is another tier of one already
// asked: the same words but its figures, which read as the same question
// again (a fee schedule's five tiers, round 55). Excerpts of two figures
// or more only: a schedule's tier gives its bounds.
func tierRun(f fact, asked []fact) bool {
	if frameRun(f, asked) {
		return true
	}
	mine := tierWords(f.clause)
	if len(mine) < 6 || len(numberTokenRE.FindAllString(f.clause, -1)) < 3 {
		return false
	}
	for _, a := range asked {
		if a.kind != f.kind || a.ctx != f.ctx {
			continue
		}
		theirs := tierWords(a.clause)
		both := 0
		for w := range mine {
			if theirs[w] {
				both++
			}
		}
		if 4*both >= 3*max(len(mine), len(theirs)) {
			return true
		}
	}
	return false
}

// tierWords are an excerpt's folded words, its figures left out.
func tierWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range foldedWords(numberTokenRE.ReplaceAllString(s, " ")) {
		if w = strings.Trim(w, ".,;:()…"); w != "" {
			out[w] = true
		}
	}
	return out
}

// numberTokenRE finds a figure in words: "16,75", "1.000", "20".
var numberTokenRE = regexp.MustCompile(`\d[\d.,]*`)

// sameSentence says whether a figure's excerpt shows the answer of a
// figure of its sentence asked already: two blanks of one sentence, each
// excerpt cut its own way, give each other away.
func sameSentence(f fact, asked []fact) bool {
	for _, a := range asked {
		if lineKey(a) == lineKey(f) && a.sent == f.sent && a.answer != f.answer && strings.Contains(f.clause, a.answer) {
			return true
		}
	}
	return false
}

// frameRun says whether two figures asked already stand in the same
// frame as this one: the same words before the blank and the same five
// after it, a table's rows in prose ("Mức phụ cấp …… áp dụng đối với
// nhà giáo đang trực tiếp giảng dạy trong …", round 77: six in a row, each
// the same question with its options shifted; "…… năm đối với tội phạm
// …", four limitation periods).
func frameRun(f fact, asked []fact) bool {
	before, after := frameOf(f)
	if after == "" {
		return false
	}
	n := 0
	for _, a := range asked {
		if a.kind != f.kind || a.ctx != f.ctx && yearRE.MatchString(a.ctx) && yearRE.MatchString(f.ctx) {
			continue // (a target of 2035 and of 2045 in one frame: each its period's)
		}
		if b, c := frameOf(a); b == before && c == after {
			n++
		}
	}
	return n >= 2
}

// frameOf is a figure's frame: the folded words of its clause before it,
// and the first five after it ("" when fewer).
func frameOf(f fact) (string, string) {
	before := strings.Join(foldedWords(f.clause[:f.at]), " ")
	after := foldedWords(f.clause[f.at+len(f.answer):])
	if len(after) < 5 {
		return before, ""
	}
	return before, strings.Join(after[:5], " ")
}
