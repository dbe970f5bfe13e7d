package quiz

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Checking a question before it is saved.

// Validate says what is wrong with a question, as a *Fault (a code the
// interface translates; its Error is Vietnamese), or nil.
func (q *Question) Validate() error {
	if strings.TrimSpace(q.Stem) == "" && len(q.ImagesOf(0)) == 0 {
		return NewFault("no_stem")
	}
	if n := utf8.RuneCountInString(q.Stem); n > MaxStemLen {
		return NewFault("stem_too_long", "N", n, "Max", MaxStemLen)
	}
	if len(q.Options) > MaxOptions {
		return NewFault("too_many_options", "N", len(q.Options), "Max", MaxOptions)
	}
	for i, o := range q.Options {
		if n := utf8.RuneCountInString(o.Text); n > MaxOptionLen {
			return NewFault("option_too_long", "Letter", string(rune('A'+i)), "N", n, "Max", MaxOptionLen)
		}
	}
	switch q.Type {
	case Single, TrueFalse:
		n := len(q.Correct())
		if len(q.Options) < 2 {
			return NewFault("too_few_options")
		}
		if n == 0 {
			if q.Weighted() {
				return NewFault("no_full_credit_option")
			}
			return NewFault("no_right_answer")
		}
		// Moodle allows several options at 100 % ({=Một =Hai ~Ba}): any
		// of them is right. Đúng/Sai has one.
		if n > 1 && q.Type == TrueFalse {
			return NewFault("single_many_right", "N", n)
		}
	case Multi:
		if len(q.Options) < 2 {
			return NewFault("too_few_options")
		}
		if len(q.Correct()) == 0 {
			return NewFault("no_right_answer")
		}
		if q.Weighted() {
			sum := 0.0
			for _, o := range q.Options {
				sum += max(o.Fraction, 0)
			}
			if math.Abs(sum-1) > 0.005 {
				return NewFault("weights_not_100", "Sum", Percent(sum))
			}
		}
	case Cloze:
		n := BlankCount(q.Stem)
		if n == 0 {
			return NewFault("cloze_no_blank")
		}
		if len(q.Blanks) != n {
			return NewFault("cloze_blank_count", "N", n, "Answers", len(q.Blanks))
		}
		for i, b := range q.Blanks {
			if len(nonEmpty(b)) == 0 {
				return NewFault("blank_no_answer", "N", i+1)
			}
		}
	case Short:
		if len(q.Blanks) != 1 || len(nonEmpty(q.Blanks[0])) == 0 {
			return NewFault("short_no_answer")
		}
	case Numerical:
		if len(q.Options) == 0 {
			return NewFault("numerical_no_answer")
		}
		full := false
		for i, o := range q.Options {
			if _, ok := ParseNumber(o.Text); !ok && o.Text != "*" {
				return NewFault("not_a_number", "N", i+1, "Text", o.Text)
			}
			if o.Tolerance < 0 || math.IsNaN(o.Tolerance) || math.IsInf(o.Tolerance, 0) {
				return NewFault("bad_tolerance", "N", i+1)
			}
			full = full || o.Correct
		}
		if !full {
			return NewFault("no_full_credit_answer")
		}
	case Matching:
		pairs := 0
		for i, o := range q.Options {
			if strings.TrimSpace(o.Match) == "" {
				return NewFault("pair_no_match", "N", i+1)
			}
			if strings.TrimSpace(o.Text) != "" {
				pairs++
			}
		}
		if pairs < 2 {
			return NewFault("matching_too_few")
		}
		return q.validateImages()
	case Essay, Description:
		if len(q.Options) > 0 || len(q.Blanks) > 0 {
			return NewFault("no_answers_allowed", "Type", string(q.Type))
		}
	default:
		return NewFault("unknown_type", "Type", string(q.Type))
	}
	if q.Type != Single && q.Type != Multi && q.Type != TrueFalse && q.Type != Short && q.Type != Numerical && q.Weighted() {
		return NewFault("weights_not_allowed")
	}
	for _, o := range q.Options {
		if o.Fraction < -1-1e-9 || o.Fraction > 1+1e-9 || math.IsNaN(o.Fraction) {
			return NewFault("weight_out_of_range", "W", Percent(o.Fraction))
		}
	}
	for i, o := range q.Options {
		if strings.TrimSpace(o.Text) == "" && len(q.ImagesOf(i+1)) == 0 {
			return NewFault("option_empty", "Letter", string(rune('A'+i)))
		}
	}
	return q.validateImages()
}

func (q *Question) validateImages() error {
	for _, im := range q.Images {
		if k := ImageKind(im.Data); k != "png" && k != "jpeg" {
			return NewFault("picture_kind")
		}
		if im.Part < 0 || im.Part > len(q.Options) {
			return NewFault("picture_no_option")
		}
	}
	return nil
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
