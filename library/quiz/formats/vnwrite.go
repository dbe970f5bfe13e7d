package formats

import (
	"io"
	"sotay/library/quiz"
	"strings"
)

// Writing the Vietnamese text.

// WriteVNText writes questions in the Vietnamese text format, numbered from
// 1, each followed by its answer line and the lines ParseVNText reads back
// (explanation, tags, difficulty, quote, fold).
func WriteVNText(w io.Writer, qs []*quiz.Question) error {
	bw := &errWriter{w: w}
	for i, q := range qs {
		stem := q.Stem
		if q.Type == quiz.Cloze {
			stem = quiz.BlankRE.ReplaceAllString(stem, "_____")
		}
		bw.printf("Câu %d: %s\n", i+1, stem)
		if q.Type == quiz.Single || q.Type == quiz.Multi || q.Type == quiz.TrueFalse {
			for k, o := range q.Options {
				bw.printf("%c. %s\n", 'A'+k, o.Text)
			}
		}
		for _, l := range vnAnswerLines(q) {
			bw.printf("%s\n", l)
		}
		writeVNExtras(bw, q)
		bw.printf("\n")
	}
	return bw.err
}

// vnAnswerLines are the lines that give a question's answer in the
// Vietnamese text: "Đáp án: B", "Đáp số: 3 ± 2", "Ghép: … -> …",
// "Loại: tự luận".
func vnAnswerLines(q *quiz.Question) []string {
	switch q.Type {
	case quiz.Single, quiz.Multi, quiz.TrueFalse:
		l := "Đáp án: " + lettersOf(q.Correct())
		if q.Type == quiz.Multi && len(q.Correct()) == 1 {
			l += "\nLoại: nhiều đáp án"
		}
		return strings.Split(l, "\n")
	case quiz.Cloze, quiz.Short:
		var parts []string
		for _, b := range q.Blanks {
			parts = append(parts, strings.Join(b, " | "))
		}
		return []string{"Đáp án: " + strings.Join(parts, "; ")}
	case quiz.Numerical:
		var out []string
		for _, o := range q.Options {
			l := "Đáp số: " + o.Text
			if o.Tolerance != 0 {
				l += " ± " + quiz.FormatNumber(o.Tolerance)
			}
			out = append(out, l)
		}
		return out
	case quiz.Matching:
		var out []string
		for _, o := range q.Options {
			if o.Text == "" {
				out = append(out, "Ghép thêm: "+o.Match)
			} else {
				out = append(out, "Ghép: "+o.Text+" -> "+o.Match)
			}
		}
		return out
	case quiz.Essay:
		return []string{"Loại: tự luận"}
	case quiz.Description:
		return []string{"Loại: đoạn mô tả"}
	}
	return nil
}

func writeVNExtras(bw *errWriter, q *quiz.Question) {
	if q.Explanation != "" {
		bw.printf("Giải thích: %s\n", q.Explanation)
	}
	if len(q.Tags) > 0 {
		bw.printf("Chủ đề: %s\n", strings.Join(q.Tags, "; "))
	}
	if d := quiz.DifficultyName(q.Difficulty); d != "" {
		bw.printf("Mức độ: %s\n", d)
	}
	if q.Fold {
		bw.printf("Chấp nhận không dấu: có\n")
	}
	if q.Passage != nil && q.Passage.Quote != "" {
		bw.printf("Trích dẫn: “%s”\n", q.Passage.Quote)
	}
}
