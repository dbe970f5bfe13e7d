package formats

import (
	"regexp"
	"slices"
	"sotay/internal/viet"
	"sotay/library/quiz"
	"strings"
)

// Skipped is a question an export left out, and why.
type Skipped struct {
	ID  int64
	Why *quiz.Fault
}

// ExportReport says what an export wrote and what it could not.
type ExportReport struct {
	Written int
	// Skipped are questions the format cannot hold so that they read back
	// the same (a type it lacks, weights it cannot say, pictures).
	Skipped []Skipped
	// Lost counts, for each thing the format has no place for (LostFeedback,
	// …), the questions written without it.
	Lost map[string]int
}

// Holds says why format f cannot hold q so that it reads back as the
// same question (same type, text, options, answers and credit), or nil.
func Holds(f Format, q *quiz.Question) *quiz.Fault {
	if len(q.Images) > 0 && f != DOCX && f != MoodleXML {
		return quiz.NewFault("x_pictures")
	}
	switch f {
	case MoodleXML:
		return nil
	case GIFT:
		switch {
		case q.Type == quiz.Cloze:
			return quiz.NewFault("x_gift_cloze")
		case q.Type == quiz.Matching && slices.ContainsFunc(q.Options, func(o quiz.Option) bool { return strings.Contains(o.Text, "->") }):
			return quiz.NewFault("x_gift_pair_arrow")
		case slices.ContainsFunc(q.Tags, func(t string) bool { return strings.Contains(t, "]") }) || strings.Contains(q.IDNumber, "]"):
			return quiz.NewFault("x_gift_bracket")
		case q.Type == quiz.Short && (strings.Contains(q.Explanation, "->") ||
			slices.ContainsFunc(shortAnswers(q), func(o quiz.Option) bool { return strings.Contains(o.Text+o.Feedback, "->") })):
			return quiz.NewFault("x_gift_answer_arrow")
		}
		return nil
	case Aiken:
		switch {
		case q.Type != quiz.Single && q.Type != quiz.TrueFalse:
			return quiz.NewFault("x_aiken_type", "Type", string(q.Type))
		case q.Weighted():
			return quiz.NewFault("x_aiken_weights")
		case q.Type == quiz.Single && len(q.Correct()) != 1:
			return quiz.NewFault("x_aiken_one_right")
		}
		for _, o := range q.Options {
			if strings.Contains(o.Text, "\n") {
				return quiz.NewFault("x_aiken_multiline")
			}
		}
		return nil
	case CSV, XLSX, VNText, DOCX:
		switch q.Type {
		case quiz.Single, quiz.Multi, quiz.TrueFalse, quiz.Cloze:
		case quiz.Short:
			if len(q.Options) > 0 {
				return quiz.NewFault("x_short_answers")
			}
		case quiz.Numerical:
			if f == CSV || f == XLSX {
				return quiz.NewFault("x_sheet_type", "Type", string(q.Type))
			}
			if len(q.Options) != 1 || q.Options[0].Feedback != "" || q.Options[0].Text == "*" {
				return quiz.NewFault("x_one_number")
			}
		case quiz.Matching, quiz.Essay, quiz.Description:
			if f == CSV || f == XLSX {
				return quiz.NewFault("x_sheet_type", "Type", string(q.Type))
			}
		default:
			return quiz.NewFault("unknown_type", "Type", string(q.Type))
		}
		if q.Weighted() && q.Type != quiz.Numerical {
			return quiz.NewFault("x_weights")
		}
		if len(q.Options) > quiz.MaxOptions {
			return quiz.NewFault("too_many_options", "N", len(q.Options), "Max", quiz.MaxOptions)
		}
		return vnTextHolds(f, q)
	}
	return quiz.NewFault("x_unknown_format", "Format", string(f))
}

// vnTextHolds is what the Vietnamese text and the sheets cannot say: their
// marks inside the text (a "*" that marks the right option, a line that
// starts a question, an option or an answer line, "…" that makes a blank,
// "|" and ";" that part answers).
func vnTextHolds(f Format, q *quiz.Question) *quiz.Fault {
	if q.Type == quiz.Single || q.Type == quiz.Multi {
		for _, o := range q.Options {
			if strings.HasPrefix(o.Text, "*") || strings.HasSuffix(o.Text, "*") {
				return quiz.NewFault("x_vn_star")
			}
		}
	}
	if q.Type != quiz.Cloze && quiz.BlankCount(q.Stem) > 0 {
		return quiz.NewFault("x_vn_cloze_mark")
	}
	if q.Type == quiz.Matching {
		for _, o := range q.Options {
			if _, _, ok := quiz.CutPair(o.Text); ok {
				return quiz.NewFault("x_vn_pair_arrow")
			}
		}
	}
	if q.Type == quiz.Short || q.Type == quiz.Cloze {
		for _, b := range q.Blanks {
			for _, a := range b {
				if strings.ContainsAny(a, "|;") || strings.Contains(" "+viet.Fold(a)+" ", " hoac ") {
					return quiz.NewFault("x_vn_answer_sep")
				}
			}
		}
		blanks := vnBlankRE.FindAllString(q.Stem, -1)
		if q.Type == quiz.Short && len(blanks) > 0 || q.Type == quiz.Cloze && len(blanks) > 0 {
			return quiz.NewFault("x_vn_blank_mark")
		}
	}
	if f == CSV || f == XLSX {
		return nil
	}
	all := []string{q.Stem, q.Explanation, strings.Join(q.Tags, " ")}
	for _, o := range q.Options {
		all = append(all, o.Text, o.Match)
	}
	for _, b := range q.Blanks {
		all = append(all, b...)
	}
	for _, t := range all {
		if anyLabelRE.MatchString(t) {
			return quiz.NewFault("x_vn_label_inline")
		}
	}
	var texts []string
	texts = append(texts, strings.Split(q.Stem, "\n")...)
	texts = append(texts, strings.Split(q.Explanation, "\n")...)
	for _, o := range q.Options {
		texts = append(texts, o.Text, o.Match)
	}
	for i, l := range texts {
		l = strings.TrimSpace(l)
		if i == 0 {
			continue // the stem's first line follows "Câu N:"
		}
		if vnStructural(l) {
			return quiz.NewFault("x_vn_structural_line", "Text", quiz.Clip(l, 40))
		}
	}
	if first := strings.SplitN(q.Stem, "\n", 2)[0]; vnStructural(first) || inlineOptions(first) {
		return quiz.NewFault("x_vn_stem_structural", "Text", quiz.Clip(first, 40))
	}
	return nil
}

// anyLabelRE is "Câu 3:" anywhere: joined into an answer or key line it
// starts a question.
var anyLabelRE = regexp.MustCompile(`(?i)câu(?:\s+hỏi)?\s*\d{1,4}\s*[:.]`)

// vnStructural reports a line the Vietnamese text reads as structure.
func vnStructural(l string) bool {
	return vnQuestionRE.MatchString(l) || vnOptionRE.MatchString(l) || vnKeyRE.MatchString(l) || vnBareKeyRE.MatchString(l) ||
		vnTableRE.MatchString(l) || vnListRE.MatchString(l) || vnArrowRE.MatchString(l) || vnGroupRE.MatchString(l) ||
		vnTableHeadRE.MatchString(l) || strings.HasPrefix(strings.ToLower(l), "[<") || cutArrowOK(l)
}

func cutArrowOK(l string) bool { _, ok := cutArrow(l); return ok }

// Kept is q as format f keeps it: what Holds allows, less what the format
// has no place for (see ExportReport.Lost). The result is a copy.
func Kept(f Format, q *quiz.Question) *quiz.Question {
	k := q.Copy()
	k.ID, k.BankID = 0, 0
	if k.Passage != nil {
		// Document ids and offsets travel only in our own comments and
		// columns; a passage is found again by its quote.
		p := *k.Passage
		p.DocumentTitle = ""
		k.Passage = &p
	}
	dropFeedback := func() {
		for i := range k.Options {
			k.Options[i].Feedback = ""
		}
	}
	switch f {
	case Aiken:
		k.Explanation, k.Tags, k.Name, k.IDNumber, k.Difficulty, k.Passage, k.Fold = "", nil, "", "", 0, nil, false
		dropFeedback()
		k.Stem = oneLine(k.Stem)
		if k.Type == quiz.TrueFalse {
			k.Type = quiz.Single
		}
	case CSV, XLSX, VNText, DOCX:
		dropFeedback()
		k.IDNumber = ""
		if f == VNText || f == DOCX {
			k.Name = ""
			// A question's lines run on: a line break in a Word file or a
			// text is most often the width of the page.
			k.Stem = strings.Join(strings.Fields(k.Stem), " ")
		}
		// Tags are parted by "," and ";"; answers lose the quotes and
		// brackets around them (answers compare without them anyway).
		var tags []string
		for _, t := range k.Tags {
			tags = append(tags, strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ';' })...)
		}
		k.Tags = tags
		for i, b := range k.Blanks {
			var kept []string
			for _, a := range b {
				if a = strings.Trim(strings.TrimSpace(a), `"“”()`); a != "" {
					kept = append(kept, a)
				}
			}
			k.Blanks[i] = kept
		}
	case GIFT:
		if k.Type == quiz.Description {
			k.Explanation = "" // GIFT writes no general feedback for a description
		}
	}
	return k
}

// losses names what Kept(f, q) dropped of q.
func losses(f Format, q *quiz.Question) []string {
	k := Kept(f, q)
	var out []string
	add := func(cond bool, what string) {
		if cond {
			out = append(out, what)
		}
	}
	add(k.Explanation != q.Explanation, quiz.LostExplanation)
	add(k.Name != q.Name, quiz.LostName)
	add(k.IDNumber != q.IDNumber, quiz.LostIDNumber)
	add(!slices.Equal(k.Tags, q.Tags), quiz.LostTags)
	add(k.Difficulty != q.Difficulty, quiz.LostLevel)
	add(k.Fold != q.Fold, quiz.LostFold)
	add((k.Passage == nil) != (q.Passage == nil), quiz.LostPassage)
	add(k.Stem != q.Stem, quiz.LostLineBreaks)
	add(k.Type != q.Type, quiz.LostTrueFalse)
	fb := false
	for i := range q.Options {
		if i < len(k.Options) && k.Options[i].Feedback != q.Options[i].Feedback {
			fb = true
		}
	}
	add(fb, quiz.LostFeedback)
	return out
}

// LostSummary is a report's losses as one Vietnamese sentence, or "".
func (r ExportReport) LostSummary() string {
	return r.LostSummaryIn(quiz.Vietnamese)
}

// LostSummaryIn is LostSummary in the language of t (a translation
// lookup: key and template data to sentence).
func (r ExportReport) LostSummaryIn(t func(key string, data any) string) string {
	if len(r.Lost) == 0 {
		return ""
	}
	var parts []string
	for what, n := range r.Lost {
		parts = append(parts, t("quiz.lost.item", map[string]any{"What": t("quiz.lost."+what, nil), "N": n}))
	}
	slices.Sort(parts)
	return t("quiz.lost.summary", map[string]any{"List": strings.Join(parts, "; ")})
}

// SkipGroup is the questions skipped for one reason.
type SkipGroup struct {
	Why *quiz.Fault
	IDs []int64
}

// SkippedByReason groups the skipped questions by reason, in the order
// the reasons first came.
func (r ExportReport) SkippedByReason() []SkipGroup {
	var out []SkipGroup
	at := map[string]int{}
	for _, s := range r.Skipped {
		i, ok := at[s.Why.Error()]
		if !ok {
			i = len(out)
			at[s.Why.Error()] = i
			out = append(out, SkipGroup{Why: s.Why})
		}
		out[i].IDs = append(out[i].IDs, s.ID)
	}
	return out
}

// inlineOptions reports a line the Vietnamese text would cut into a stem
// and options written on it ("Câu hỏi? A. x B. y"); "các điểm a) đến e)"
// is not.
func inlineOptions(line string) bool {
	_, opts := cutInlineOptions(line, false)
	return opts != ""
}
