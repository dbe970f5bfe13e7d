package quiz

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The editor writes the answers of short-answer, numerical and matching
// questions as lines of text, one answer or pair a line:
//
//	short answer   Quận ủy Tây Giang | Quận ủy          (full credit, alternatives)
//	               Quận ủy (50%) # Cần nêu rõ tên quận   (partial credit, feedback)
//	numerical      80 ± 5 (50%) # Gần đúng               ("80:5" and "75..85" too; "*" is any other number)
//	matching       Văn bản đi -> 100% ký số              ("-> 50% cấp máy mới" is an extra answer)
//
// AnswerLines writes a question's answers so; SetAnswerLines reads them
// back into the question.

var (
	lineWeightRE = regexp.MustCompile(`\(\s*(-?[0-9]+(?:[.,][0-9]+)?)\s*%\s*\)\s*$`)
	lineNumberRE = regexp.MustCompile(`^(\*|-?[0-9]+(?:[.,][0-9]+)?(?:[eE][-+]?[0-9]+)?)\s*(?:(?:±|\+-|\+/-|:)\s*([0-9]+(?:[.,][0-9]+)?)|\s*\.\.\s*(-?[0-9]+(?:[.,][0-9]+)?(?:[eE][-+]?[0-9]+)?))?$`)
)

// AnswerLines is the editor's text of q's answers (short answer,
// numerical, matching, cloze); "" for the other types.
func AnswerLines(q *Question) string {
	var lines []string
	weighted := func(text string, credit float64, fb string) string {
		if credit < 1-1e-9 {
			text += " (" + Percent(credit) + "%)"
		}
		if fb != "" {
			text += " # " + fb
		}
		return text
	}
	switch q.Type {
	case Cloze:
		for _, b := range q.Blanks {
			lines = append(lines, strings.Join(b, " | "))
		}
	case Short:
		if len(q.Options) == 0 {
			if len(q.Blanks) > 0 {
				lines = append(lines, strings.Join(q.Blanks[0], " | "))
			}
			break
		}
		for i, o := range q.Options {
			lines = append(lines, weighted(o.Text, q.ShortCredit(i), o.Feedback))
		}
	case Numerical:
		credits := q.Credits()
		for i, o := range q.Options {
			t := o.Text
			if o.Tolerance != 0 {
				t += " ± " + FormatNumber(o.Tolerance)
			}
			lines = append(lines, weighted(t, credits[i], o.Feedback))
		}
	case Matching:
		for _, o := range q.Options {
			lines = append(lines, strings.TrimSpace(o.Text+" -> "+o.Match))
		}
	}
	return strings.Join(lines, "\n")
}

// SetAnswerLines reads the editor's answer lines into q (its Blanks and
// Options for these types); the error names the line that is wrong.
func SetAnswerLines(q *Question, text string) error {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	// split "text (50%) # feedback"
	parts := func(l string) (string, float64, bool, string, error) {
		body, fb, _ := strings.Cut(l, "#")
		body = strings.TrimSpace(body)
		credit, weighted := 1.0, false
		if m := lineWeightRE.FindStringSubmatch(body); m != nil {
			w, ok := ParseNumber(m[1])
			if !ok {
				return "", 0, false, "", NewFault("weight_not_number", "Text", m[1])
			}
			credit, weighted = w/100, true
			body = strings.TrimSpace(body[:len(body)-len(m[0])])
		}
		return body, credit, weighted, strings.TrimSpace(fb), nil
	}
	switch q.Type {
	case Cloze:
		q.Blanks = nil
		for _, l := range lines {
			q.Blanks = append(q.Blanks, strings.Split(l, "|"))
		}
	case Short:
		q.Blanks, q.Options = nil, nil
		plain := len(lines) <= 1
		for _, l := range lines {
			if lineWeightRE.MatchString(strings.SplitN(l, "#", 2)[0]) || strings.Contains(l, "#") {
				plain = false
			}
		}
		if plain {
			if len(lines) == 1 {
				q.Blanks = [][]string{strings.Split(lines[0], "|")}
			}
			return nil
		}
		for n, l := range lines {
			body, credit, _, fb, err := parts(l)
			if err != nil {
				return NewFault("answer_line_weight", "N", n+1, "Text", err.(*Fault).Args["Text"])
			}
			for _, a := range strings.Split(body, "|") {
				q.Options = append(q.Options, Option{Text: strings.TrimSpace(a), Fraction: credit, Feedback: fb})
			}
		}
	case Numerical:
		q.Options = nil
		for n, l := range lines {
			body, credit, _, fb, err := parts(l)
			if err != nil {
				return NewFault("answer_line_weight", "N", n+1, "Text", err.(*Fault).Args["Text"])
			}
			m := lineNumberRE.FindStringSubmatch(strings.TrimSpace(strings.ReplaceAll(body, "%", "")))
			if m == nil {
				return NewFault("answer_line_number", "N", n+1, "Text", body)
			}
			o := Option{Text: m[1], Fraction: credit, Feedback: fb}
			if m[1] == "*" && !strings.Contains(l, "%") {
				o.Fraction = 0 // any other number: no credit unless said
			}
			switch {
			case m[2] != "":
				tol, ok := ParseNumber(m[2])
				if !ok {
					return NewFault("answer_line_tolerance", "N", n+1, "Text", m[2])
				}
				o.Tolerance = tol
			case m[3] != "":
				lo, ok1 := ParseNumber(m[1])
				hi, ok2 := ParseNumber(m[3])
				if !ok1 || !ok2 {
					return NewFault("answer_line_range", "N", n+1, "Text", body)
				}
				o.Text, o.Tolerance = FormatNumber((lo+hi)/2), RoundNumber(hi-(lo+hi)/2)
			}
			if f, ok := ParseNumber(o.Text); ok {
				o.Text = FormatNumber(f)
			}
			q.Options = append(q.Options, o)
		}
	case Matching:
		q.Options = nil
		for n, l := range lines {
			left, right, ok := CutPair(l)
			if !ok {
				return NewFault("answer_line_pair", "N", n+1)
			}
			q.Options = append(q.Options, Option{Text: left, Match: right})
		}
	}
	return nil
}

// ShortCredit is the credit of shortAnswers(q)[i].
func (q *Question) ShortCredit(i int) float64 {
	if len(q.Options) == 0 {
		return 1
	}
	return q.Credits()[i]
}

// FormatNumber writes a number in its shortest form (3.1415, 1822).
func FormatNumber(f float64) string { return strconv.FormatFloat(RoundNumber(f), 'f', -1, 64) }

// RoundNumber drops the binary noise of a range's midpoint (3.1415000000000002).
func RoundNumber(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 12, 64), 64)
	return v
}

// CutPair cuts "trái -> phải" (also "=>" and "→").
func CutPair(s string) (string, string, bool) {
	for _, sep := range []string{"->", "=>", "→"} {
		if l, r, ok := strings.Cut(s, sep); ok {
			return strings.TrimSpace(l), strings.TrimSpace(r), true
		}
	}
	return "", "", false
}

// MatchChoices are a matching question's answers to choose from, each once,
// in dictionary order (which gives nothing away).
func MatchChoices(q *Question) []string {
	var out []string
	for _, o := range q.Options {
		if !slices.Contains(out, o.Match) {
			out = append(out, o.Match)
		}
	}
	SortTags(out)
	return out
}
