package quiz

import (
	"strings"
	"unicode"

	"sotay/internal/viet"
)

// Response is what a user answered: chosen option indexes (in the
// question's own order, not the shuffled one) or typed texts, one per blank.
type Response struct {
	Choices []int    `json:"choices,omitempty"`
	Texts   []string `json:"texts,omitempty"`
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
	// Score is the credit, 0 to 1 (partial for multiple choice and cloze).
	Score float64
	// Correct is true only for full credit.
	Correct bool
	// Blanks says, for cloze and short answer, which blanks were right.
	Blanks []bool
}

// Grade marks r against q. Multiple choice earns, like Moodle, the share of
// correct options chosen less the share of wrong options chosen (never
// below 0); cloze earns the share of blanks filled right.
func Grade(q *Question, r Response) Result {
	switch q.Type {
	case Single, TrueFalse:
		ok := len(r.Choices) == 1 && r.Choices[0] >= 0 && r.Choices[0] < len(q.Options) && q.Options[r.Choices[0]].Correct
		return result(ok)
	case Multi:
		nRight, nWrong := 0, 0
		for _, o := range q.Options {
			if o.Correct {
				nRight++
			} else {
				nWrong++
			}
		}
		right, wrong := 0, 0
		seen := map[int]bool{}
		for _, c := range r.Choices {
			if c < 0 || c >= len(q.Options) || seen[c] {
				continue
			}
			seen[c] = true
			if q.Options[c].Correct {
				right++
			} else {
				wrong++
			}
		}
		score := float64(right) / float64(max(nRight, 1))
		if nWrong > 0 {
			score -= float64(wrong) / float64(nWrong)
		}
		score = max(score, 0)
		res := Result{Score: score, Correct: right == nRight && wrong == 0}
		if res.Correct {
			res.Score = 1
		}
		return res
	case Cloze, Short:
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
	return Result{}
}

func result(ok bool) Result {
	if ok {
		return Result{Score: 1, Correct: true}
	}
	return Result{}
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
