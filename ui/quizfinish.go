package ui

// Ending an attempt: stopping a self-check, submitting an exam.

import (
	"context"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"sotay/library/quiz"
)

// finishSelf stops a self-check, asking first while questions are left:
// the result counts the questions answered.
func (r *quizRunner) finishSelf() {
	left := r.attempt.Asked() - r.attempt.Answered()
	if left == 0 || r.attempt.Finished() {
		r.submit(false)
		return
	}
	d := dialog.NewConfirm(lang.X("quiz.stop_title", "Dừng ở đây?"),
		lang.X("quiz.stop_confirm", "Đã trả lời {{.A}}/{{.N}} câu. Dừng bây giờ thì kết quả tính trên các câu đã trả lời.",
			map[string]any{"A": r.attempt.Answered(), "N": r.attempt.Asked()}),
		func(ok bool) {
			if ok {
				r.submit(false)
			}
		}, r.shell.win)
	d.SetConfirmText(lang.X("quiz.stop", "Dừng"))
	d.SetDismissText(lang.X("quiz.go_on", "Làm tiếp"))
	r.shell.showDialog(d)
}

// submit finishes the attempt and shows the results.
func (r *quizRunner) submit(timeUp bool) {
	if r.attempt.Finished() {
		return
	}
	r.stopClock()
	id, store := r.attempt.ID, r.store
	async(func() (*quiz.Attempt, error) {
		return store.Finish(context.Background(), id)
	}, func(a *quiz.Attempt, err error) {
		if err != nil {
			r.shell.showError(err, "")
			return
		}
		r.attempt = a
		r.showResults()
		if timeUp {
			r.shell.showInfo(dialog.NewInformation(lang.X("quiz.time_up", "Hết giờ"),
				lang.X("quiz.time_up_text", "Đã hết thời gian làm bài; bài đã được nộp tự động."), r.shell.win))
		}
	})
}

func (r *quizRunner) confirmSubmit() {
	r.save(func() {
		left := r.attempt.Asked() - r.attempt.Answered()
		msg := lang.X("quiz.submit_confirm", "Nộp bài bây giờ? Sau khi nộp không sửa được câu trả lời.")
		if left > 0 {
			msg = lang.X("quiz.submit_confirm_left", "Còn {{.N}} câu chưa trả lời. Vẫn nộp bài?", map[string]any{"N": left})
		}
		d := dialog.NewConfirm(lang.X("quiz.submit", "Nộp bài"), msg, func(ok bool) {
			if ok {
				r.submit(false)
			}
		}, r.shell.win)
		r.shell.showDialog(d)
	})
}
