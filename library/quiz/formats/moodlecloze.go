package formats

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"sotay/library/quiz"
)

// Moodle's cloze (multianswer) questions: their blanks read into Sổ tay's
// fill-in questions.

var mxClozeRE = regexp.MustCompile(`\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}`)

// mxCloze reads Moodle's embedded answers into our cloze blanks. A
// SHORTANSWER (SA, MW) blank keeps its full-credit answers; a choice or
// number blank (Sổ tay's cloze has only typed blanks) becomes a typed blank
// of its right answers. *converted collects the kinds converted, *partial
// the answers worth part of a blank's credit, which are left out: the
// caller notes both. What Moodle refuses (a choice of fewer than two, a
// number that is not one, an unknown kind) is the Fault returned.
func mxCloze(q *quiz.Question, converted, partial *[]string) *quiz.Fault {
	q.Type = quiz.Cloze
	n := 0
	var problem *quiz.Fault
	q.Stem = mxClozeRE.ReplaceAllStringFunc(q.Stem, func(m string) string {
		p := mxClozeRE.FindStringSubmatch(m)
		kind := p[2]
		numeric := false
		switch {
		case slices.Contains([]string{"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"}, kind):
		case strings.HasPrefix(kind, "MULTICHOICE") || strings.HasPrefix(kind, "MULTIRESPONSE") ||
			slices.Contains([]string{"MC", "MCV", "MCH", "MCS", "MCVS", "MCHS", "MR", "MRH", "MRS", "MRHS"}, kind):
			if !slices.Contains(*converted, kind) {
				*converted = append(*converted, kind)
			}
		case kind == "NUMERICAL" || kind == "NM":
			numeric = true
			if !slices.Contains(*converted, kind) {
				*converted = append(*converted, kind)
			}
		default:
			if problem == nil {
				problem = quiz.NewFault("xml_cloze_kind", "Kind", kind)
			}
			return m
		}
		var accepted []string
		answers := splitClozeAnswers(p[3])
		if choice := slices.Contains(*converted, kind) && !numeric; choice && len(answers) < 2 && problem == nil {
			problem = quiz.NewFault("xml_cloze_few_choices", "N", n+1) // as Moodle refuses it
		}
		for _, a := range answers {
			a = strings.TrimSpace(a)
			text := a
			for i := 0; i < len(a); i++ {
				if a[i] == '\\' {
					i++
					continue
				}
				if a[i] == '#' {
					text = a[:i]
					break
				}
			}
			text = strings.TrimSpace(text)
			switch {
			case strings.HasPrefix(text, "="):
				text = text[1:]
			case strings.HasPrefix(text, "%100%"):
				text = text[5:]
			default:
				if w, _, ok := giftWeight(text); ok && w == 0 || text == "*" || !ok {
					continue // a wrong answer with its feedback: nothing to accept
				}
				if !slices.Contains(*converted, kind) {
					// Partial credit per blank is not held: the answer is
					// left out, and the note names it.
					_, rest, _ := giftWeight(text)
					*partial = append(*partial, quiz.Tidy(clozeUnescape(rest)))
				}
				continue
			}
			if numeric {
				// "1930:0" — the tolerance goes; the number is typed.
				text, _, _ = strings.Cut(text, ":")
				if _, ok := quiz.ParseNumber(text); !ok && problem == nil {
					problem = quiz.NewFault("answer_not_number", "Text", text)
				}
			}
			if t := quiz.Tidy(clozeUnescape(text)); t != "" {
				accepted = append(accepted, t)
			}
		}
		n++
		q.Blanks = append(q.Blanks, accepted)
		return "{" + strconv.Itoa(n) + "}"
	})
	if n == 0 && problem == nil {
		problem = quiz.NewFault("xml_cloze_none")
	}
	return problem
}

func splitClozeAnswers(s string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			b.WriteByte(s[i])
			b.WriteByte(s[i+1])
			i++
		case s[i] == '~':
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteByte(s[i])
		}
	}
	return append(out, b.String())
}

func clozeUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
