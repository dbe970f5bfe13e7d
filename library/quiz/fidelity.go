package quiz

import (
	"fmt"
	"regexp"
	"slices"
	"sotay/internal/viet"
	"strings"
)

// Skipped is a question an export left out, and why, in Vietnamese.
type Skipped struct {
	ID  int64
	Why string
}

// ExportReport says what an export wrote and what it could not.
type ExportReport struct {
	Written int
	// Skipped are questions the format cannot hold so that they read back
	// the same (a type it lacks, weights it cannot say, pictures).
	Skipped []Skipped
	// Lost counts, for each thing the format has no place for ("phản hồi
	// của từng phương án"), the questions written without it.
	Lost map[string]int
}

// Lost things, as ExportReport.Lost names them.
const (
	LostExplanation = "giải thích"
	LostFeedback    = "phản hồi của từng phương án"
	LostTags        = "chủ đề"
	LostName        = "tên câu hỏi"
	LostIDNumber    = "mã câu hỏi (ID number)"
	LostLevel       = "mức độ"
	LostPassage     = "liên kết tới đoạn văn bản"
	LostFold        = "chấp nhận trả lời không dấu"
	LostLineBreaks  = "xuống dòng trong đề"
	LostTrueFalse   = "loại Đúng/Sai (thành Một đáp án)"
)

// Holds says why format f cannot hold q so that it reads back as the
// same question (same type, text, options, answers and credit), or "".
func Holds(f Format, q *Question) string {
	if len(q.Images) > 0 && f != DOCX && f != MoodleXML {
		return "định dạng này không giữ hình (chỉ Word và Moodle XML giữ)"
	}
	switch f {
	case MoodleXML:
		return ""
	case GIFT:
		switch {
		case q.Type == Cloze:
			return "GIFT không có câu điền khuyết nhiều chỗ trống; hãy xuất Moodle XML"
		case q.Type == Matching && slices.ContainsFunc(q.Options, func(o Option) bool { return strings.Contains(o.Text, "->") }):
			return "vế trái của cặp ghép có “->”, GIFT không viết được"
		case slices.ContainsFunc(q.Tags, func(t string) bool { return strings.Contains(t, "]") }) || strings.Contains(q.IDNumber, "]"):
			return "chủ đề hay mã câu hỏi có dấu “]”, GIFT không viết được"
		case q.Type == Short && (strings.Contains(q.Explanation, "->") ||
			slices.ContainsFunc(shortAnswers(q), func(o Option) bool { return strings.Contains(o.Text+o.Feedback, "->") })):
			return "đáp án có “->”: GIFT (và Moodle) sẽ đọc thành câu ghép đôi"
		}
		return ""
	case Aiken:
		switch {
		case q.Type != Single && q.Type != TrueFalse:
			return fmt.Sprintf("Aiken chỉ có câu một đáp án, không có câu %s", strings.ToLower(TypeName(q.Type)))
		case q.Weighted():
			return "Aiken không ghi được tỉ lệ điểm từng phương án"
		case q.Type == Single && len(q.Correct()) != 1:
			return "Aiken chỉ ghi được một đáp án đúng"
		}
		for _, o := range q.Options {
			if strings.Contains(o.Text, "\n") {
				return "phương án nhiều dòng, Aiken không viết được"
			}
		}
		return ""
	case CSV, XLSX, VNText, DOCX:
		switch q.Type {
		case Single, Multi, TrueFalse, Cloze:
		case Short:
			if len(q.Options) > 0 {
				return "định dạng này không ghi được tỉ lệ điểm hay phản hồi từng đáp án của câu trả lời ngắn; hãy xuất GIFT hoặc Moodle XML"
			}
		case Numerical:
			if f == CSV || f == XLSX {
				return "bảng tính không có câu dạng số; hãy xuất vn-text, GIFT hoặc Moodle XML"
			}
			if len(q.Options) != 1 || q.Options[0].Feedback != "" || q.Options[0].Text == "*" {
				return "định dạng này chỉ ghi được một đáp số; hãy xuất GIFT hoặc Moodle XML"
			}
		case Matching, Essay, Description:
			if f == CSV || f == XLSX {
				return fmt.Sprintf("bảng tính không có câu %s; hãy xuất vn-text, GIFT hoặc Moodle XML", strings.ToLower(TypeName(q.Type)))
			}
		default:
			return "loại câu hỏi không rõ"
		}
		if q.Weighted() && q.Type != Numerical {
			return "định dạng này không ghi được tỉ lệ điểm từng phương án; hãy xuất GIFT hoặc Moodle XML"
		}
		if len(q.Options) > MaxOptions {
			return fmt.Sprintf("câu có %d phương án, nhiều hơn %d", len(q.Options), MaxOptions)
		}
		return vnTextHolds(f, q)
	}
	return "định dạng không rõ"
}

// vnTextHolds is what the Vietnamese text and the sheets cannot say: their
// marks inside the text (a "*" that marks the right option, a line that
// starts a question, an option or an answer line, "…" that makes a blank,
// "|" and ";" that part answers).
func vnTextHolds(f Format, q *Question) string {
	if q.Type == Single || q.Type == Multi {
		for _, o := range q.Options {
			if strings.HasPrefix(o.Text, "*") || strings.HasSuffix(o.Text, "*") {
				return "phương án bắt đầu hay kết thúc bằng dấu “*”, dấu đánh dấu đáp án đúng của định dạng này"
			}
		}
	}
	if q.Type != Cloze && BlankCount(q.Stem) > 0 {
		return "đề có “{1}”, là chỗ trống của câu điền khuyết trong định dạng này"
	}
	if q.Type == Matching {
		for _, o := range q.Options {
			if _, _, ok := cutPair(o.Text); ok {
				return "vế trái của cặp ghép có “->”, “=>” hay “→”, là dấu ghép của định dạng này"
			}
		}
	}
	if q.Type == Short || q.Type == Cloze {
		for _, b := range q.Blanks {
			for _, a := range b {
				if strings.ContainsAny(a, "|;") || strings.Contains(" "+viet.Fold(a)+" ", " hoac ") {
					return "đáp án có “|”, “;” hay chữ “hoặc”, là dấu ngăn các đáp án của định dạng này"
				}
			}
		}
		blanks := vnBlankRE.FindAllString(q.Stem, -1)
		if q.Type == Short && len(blanks) > 0 || q.Type == Cloze && len(blanks) > 0 {
			return "đề có “…”, “...” hay “___”, là dấu chỗ trống của định dạng này"
		}
	}
	if f == CSV || f == XLSX {
		return ""
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
			return "có chữ “Câu …:” giữa dòng, định dạng này đọc là câu hỏi mới"
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
			return fmt.Sprintf("dòng “%s” giống dòng mở câu hỏi, phương án hay đáp án của định dạng này", clip(l, 40))
		}
	}
	if first := strings.SplitN(q.Stem, "\n", 2)[0]; vnStructural(first) || vnInlineRE.MatchString(first) {
		return fmt.Sprintf("đề “%s” có chữ giống phương án hay đáp án của định dạng này", clip(first, 40))
	}
	return ""
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
func Kept(f Format, q *Question) *Question {
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
		if k.Type == TrueFalse {
			k.Type = Single
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
		if k.Type == Description {
			k.Explanation = "" // GIFT writes no general feedback for a description
		}
	}
	return k
}

// losses names what Kept(f, q) dropped of q.
func losses(f Format, q *Question) []string {
	k := Kept(f, q)
	var out []string
	add := func(cond bool, what string) {
		if cond {
			out = append(out, what)
		}
	}
	add(k.Explanation != q.Explanation, LostExplanation)
	add(k.Name != q.Name, LostName)
	add(k.IDNumber != q.IDNumber, LostIDNumber)
	add(!slices.Equal(k.Tags, q.Tags), LostTags)
	add(k.Difficulty != q.Difficulty, LostLevel)
	add(k.Fold != q.Fold, LostFold)
	add((k.Passage == nil) != (q.Passage == nil), LostPassage)
	add(k.Stem != q.Stem, LostLineBreaks)
	add(k.Type != q.Type, LostTrueFalse)
	fb := false
	for i := range q.Options {
		if i < len(k.Options) && k.Options[i].Feedback != q.Options[i].Feedback {
			fb = true
		}
	}
	add(fb, LostFeedback)
	return out
}

// LostSummary is a report's losses as one Vietnamese sentence, or "".
func (r ExportReport) LostSummary() string {
	if len(r.Lost) == 0 {
		return ""
	}
	var parts []string
	for what, n := range r.Lost {
		parts = append(parts, fmt.Sprintf("%s (%d câu)", what, n))
	}
	slices.Sort(parts)
	return "Định dạng này không có chỗ cho: " + strings.Join(parts, "; ") + "."
}

// SkipGroup is the questions skipped for one reason.
type SkipGroup struct {
	Why string
	IDs []int64
}

// SkippedByReason groups the skipped questions by reason, in the order
// the reasons first came.
func (r ExportReport) SkippedByReason() []SkipGroup {
	var out []SkipGroup
	at := map[string]int{}
	for _, s := range r.Skipped {
		i, ok := at[s.Why]
		if !ok {
			i = len(out)
			at[s.Why] = i
			out = append(out, SkipGroup{Why: s.Why})
		}
		out[i].IDs = append(out[i].IDs, s.ID)
	}
	return out
}
