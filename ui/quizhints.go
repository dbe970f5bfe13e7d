package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library/quiz"
)

// What the runner tells a cadre about answering each type.

// focusFirst puts the cursor in the first answer box, if the question has
// one. The first question is drawn before the runner is on screen, where
// focus does not take: the review screen asks again once it is.
func (r *quizRunner) focusFirst() {
	if len(r.entries) > 0 {
		r.shell.win.Canvas().Focus(r.entries[0])
	} else {
		r.shell.win.Canvas().Unfocus()
	}
}

// typeHint tells the user how to answer; in an exam Enter goes to the next
// question (the answer is kept as it is chosen, and can change until the
// exam is submitted).
func typeHint(q *quiz.Question, exam bool) string {
	keys := map[string]any{"N": len(q.Options), "L": string(rune('A' + max(len(q.Options), 1) - 1))}
	switch q.Type {
	case quiz.Description:
		return ""
	case quiz.Essay:
		return lang.X("quiz.hint.essay", "Viết câu trả lời vào ô dưới; người chấm sẽ cho điểm. Xong thì bấm nút dưới cùng.")
	case quiz.Matching:
		return lang.X("quiz.hint.matching", "Chọn vế ghép đúng cho từng dòng.")
	case quiz.Numerical:
		if exam {
			return lang.X("quiz.hint.exam_number", "Gõ một số (3,5 hay 3.5 đều được); Enter sang câu sau. Đổi được đến khi nộp bài.")
		}
		return lang.X("quiz.hint.number", "Gõ một số (3,5 hay 3.5 đều được), rồi nhấn Enter.")
	}
	if exam {
		switch q.Type {
		case quiz.Multi:
			return lang.X("quiz.hint.exam_multi", "Chọn tất cả các phương án đúng (bấm vào phương án, hoặc phím 1–{{.N}} hay A–{{.L}}); Enter sang câu sau. Đổi được đến khi nộp bài.", keys)
		case quiz.Single, quiz.TrueFalse:
			return lang.X("quiz.hint.exam_single", "Chọn một phương án (bấm vào phương án, hoặc phím 1–{{.N}} hay A–{{.L}}); Enter sang câu sau. Đổi được đến khi nộp bài.", keys)
		}
		return lang.X("quiz.hint.exam_text", "Gõ câu trả lời; Enter sang câu sau. Đổi được đến khi nộp bài.")
	}
	switch q.Type {
	case quiz.Multi:
		return lang.X("quiz.hint.multi", "Chọn tất cả các phương án đúng (bấm vào phương án, hoặc phím 1–{{.N}} hay A–{{.L}}), rồi nhấn Enter.", keys)
	case quiz.Single, quiz.TrueFalse:
		return lang.X("quiz.hint.single", "Chọn một phương án (bấm vào phương án, hoặc phím 1–{{.N}} hay A–{{.L}}), rồi nhấn Enter để trả lời.", keys)
	case quiz.Cloze:
		return lang.X("quiz.hint.cloze", "Điền vào chỗ trống, rồi nhấn Enter.")
	}
	return lang.X("quiz.hint.short", "Gõ câu trả lời, rồi nhấn Enter.")
}

func bigText(text string, bold bool) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
