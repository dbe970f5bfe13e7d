package quiz

import (
	"math"
	"regexp"
	"strings"
	"unicode"

	"sotay/internal/viet"
)

// Response is what a user answered: chosen option indexes (in the
// question's own order, not the shuffled one) or typed texts: one per
// blank, the number of a numerical question, the essay, or for matching
// the answer chosen for each option (by the option's index).
type Response struct {
	Choices []int    `json:"choices,omitempty"`
	Texts   []string `json:"texts,omitempty"`
	// Mark is a trainer's mark of an essay, 0 to 1; nil until marked.
	Mark *float64 `json:"mark,omitempty"`
}

// Empty reports whether nothing was answered.
func (r Response) Empty() bool {
	if len(r.Choices) > 0 {
		return false
	}
	for _, t := range r.Texts {
		if strings.TrimSpace(t) != "" {
			return false
		}
	}
	return true
}

// Result is a graded response.
type Result struct {
	// Score is the credit, 0 to 1 (partial for weighted answers, multiple
	// choice, cloze and matching).
	Score float64
	// Correct is true only for full credit.
	Correct bool
	// Blanks says, for cloze and short answer, which blanks were right;
	// for matching, which options were matched right.
	Blanks []bool
	// Feedback is the feedback of the answer a typed response matched
	// (short answer, numerical).
	Feedback string
	// Manual is true for an essay no trainer has marked yet.
	Manual bool
}

// Scored reports whether a question type counts towards a score: a
// description asks nothing.
func Scored(t Type) bool { return t != Description }

// Reviewable reports whether a question type can be reviewed on its own by
// spaced repetition: not essays (a trainer marks them) or descriptions.
func Reviewable(t Type) bool { return t != Essay && t != Description }

// Grade marks r against q as Moodle grades it. A choice earns its
// option's credit (a weighted option worth 50 % gives half); multiple
// choice earns the sum of the chosen options' credits, kept within 0 and
// 1 (unweighted: the share of correct options chosen less the share of
// wrong ones); a short or numerical answer earns the credit of the first
// answer it matches; cloze and matching earn the share of blanks or pairs
// right. An essay waits for a trainer's Mark.
func Grade(q *Question, r Response) Result {
	switch q.Type {
	case Single, TrueFalse:
		if len(r.Choices) != 1 || r.Choices[0] < 0 || r.Choices[0] >= len(q.Options) {
			return Result{}
		}
		return scored(q.Credits()[r.Choices[0]])
	case Multi:
		credits := q.Credits()
		sum := 0.0
		seen := map[int]bool{}
		for _, c := range r.Choices {
			if c < 0 || c >= len(q.Options) || seen[c] {
				continue
			}
			seen[c] = true
			sum += credits[c]
		}
		return scored(sum)
	case Short:
		if len(q.Options) == 0 {
			return gradeBlanks(q, r)
		}
		typed := ""
		if len(r.Texts) > 0 {
			typed = r.Texts[0]
		}
		credits := q.Credits()
		for i, o := range q.Options {
			if matchesAnswer(o.Text, typed, q.Fold) {
				res := scored(credits[i])
				res.Feedback = o.Feedback
				res.Blanks = []bool{res.Correct}
				return res
			}
		}
		return Result{Blanks: []bool{false}}
	case Cloze:
		return gradeBlanks(q, r)
	case Numerical:
		if len(r.Texts) == 0 {
			return Result{}
		}
		v, ok := ParseNumber(r.Texts[0])
		if !ok {
			return Result{}
		}
		credits := q.Credits()
		for i, o := range q.Options {
			want, isNum := ParseNumber(o.Text)
			if o.Text == "*" || isNum && math.Abs(v-want) <= o.Tolerance+1e-9*math.Max(1, math.Abs(want)) {
				res := scored(credits[i])
				res.Feedback = o.Feedback
				return res
			}
		}
		return Result{}
	case Matching:
		res := Result{Blanks: make([]bool, len(q.Options))}
		n, right := 0, 0
		for i, o := range q.Options {
			if o.Text == "" {
				continue
			}
			n++
			if i < len(r.Texts) && Tidy(r.Texts[i]) != "" && Tidy(r.Texts[i]) == o.Match {
				res.Blanks[i] = true
				right++
			}
		}
		if n > 0 {
			res.Score = float64(right) / float64(n)
		}
		res.Correct = n > 0 && right == n
		return res
	case Essay:
		if r.Mark == nil {
			return Result{Manual: true}
		}
		return scored(*r.Mark)
	}
	return Result{}
}

// scored is a credit kept within 0 and 1; within a millionth of 1 is
// full credit (three answers at 33.33333 %).
func scored(f float64) Result {
	if f >= 1-1e-6 {
		return Result{Score: 1, Correct: true}
	}
	return Result{Score: max(f, 0)}
}

func gradeBlanks(q *Question, r Response) Result {
	res := Result{Blanks: make([]bool, len(q.Blanks))}
	n := 0
	for i, accepted := range q.Blanks {
		if i < len(r.Texts) && Accepts(accepted, r.Texts[i], q.Fold) {
			res.Blanks[i] = true
			n++
		}
	}
	if len(q.Blanks) > 0 {
		res.Score = float64(n) / float64(len(q.Blanks))
	}
	res.Correct = len(q.Blanks) > 0 && n == len(q.Blanks)
	return res
}

// matchesAnswer compares a typed answer with a short answer's accepted
// text as Accepts does; "*" in the answer stands for any run of
// characters, as in Moodle ("*" alone accepts anything typed).
func matchesAnswer(answer, typed string, fold bool) bool {
	if !strings.Contains(answer, "*") {
		return Accepts([]string{answer}, typed, fold)
	}
	t := answerKey(typed, fold)
	if t == "" {
		return false
	}
	parts := strings.Split(answer, "*")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(answerKey(p, fold))
	}
	re, err := regexp.Compile("^" + strings.Join(parts, ".*") + "$")
	return err == nil && re.MatchString(t)
}

// Accepts reports whether typed matches one of the accepted answers. Case,
// spacing, surrounding punctuation and old/new tone placement (hoà/hòa)
// never matter; with fold, diacritics and đ do not either.
func Accepts(accepted []string, typed string, fold bool) bool {
	t := answerKey(typed, fold)
	if t == "" {
		return false
	}
	for _, a := range accepted {
		if answerKey(a, fold) == t {
			return true
		}
	}
	return false
}

// answerKey is the form typed answers are compared in.
func answerKey(s string, fold bool) string {
	s = strings.Join(strings.Fields(viet.NFC(s)), " ")
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	if fold {
		return viet.Fold(s)
	}
	var b strings.Builder
	for i, w := range strings.Fields(strings.ToLower(s)) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(viet.ToneKey(w))
	}
	return b.String()
}
