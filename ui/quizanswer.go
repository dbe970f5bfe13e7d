package ui

import (
	"context"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library/quiz"
)

// Answering: grading a self-check's answer at once, keeping an exam's.

// answer grades the current item (self-check) and shows the feedback.
func (r *quizRunner) answer() {
	resp := r.response()
	if resp.Empty() {
		// Enter with nothing chosen: say what to do
		r.shell.showInfo(dialog.NewInformation(lang.X("quiz.check", "Trả lời (Enter)"),
			lang.X("quiz.choose_first", "Hãy chọn một phương án (bấm vào phương án, hoặc gõ số hay chữ cái của nó) hoặc điền câu trả lời, rồi nhấn Enter."), r.shell.win))
		return
	}
	r.answered = true
	id, pos, store := r.attempt.ID, r.pos, r.store
	async(func() (quiz.Result, error) {
		return store.Answer(context.Background(), id, pos, resp)
	}, func(res quiz.Result, err error) {
		if err != nil {
			r.answered = false
			r.shell.showError(err, "")
			return
		}
		r.attempt.Items[pos].Response = &resp
		r.attempt.Items[pos].Result = res
		if r.pos == pos {
			r.showFeedback(r.attempt.Items[pos], res) // with the answer just given: its ✗
		}
	})
}

// showFeedback shows whether the answer was right, the right answer, the
// explanation and the source passage.
func (r *quizRunner) showFeedback(it quiz.AttemptItem, res quiz.Result) {
	for _, b := range r.optBtns {
		b.Disable()
	}
	markOptions(it, r.optTexts)
	for _, e := range r.entries {
		e.Disable()
	}
	for _, m := range r.matches {
		m.sel.Disable()
		// each pair marked with a sign as well as a colour
		if m.option < len(res.Blanks) && res.Blanks[m.option] {
			m.left.SetText("✓ " + m.left.Text)
			m.left.Importance = widget.SuccessImportance
		} else {
			m.left.SetText("✗ " + m.left.Text)
			m.left.Importance = widget.DangerImportance
		}
		m.left.Refresh()
	}
	// the nav row is last: replace it by the feedback and "Tiếp"
	r.body.Remove(r.body.Objects[len(r.body.Objects)-1])
	r.body.Add(feedbackBox(r.shell, it, res))
	next := widget.NewButtonWithIcon(lang.X("quiz.continue", "Tiếp tục (Enter)"), theme.NavigateNextIcon(), func() { r.move(1) })
	next.Importance = widget.HighImportance
	r.body.Add(newFlowBox(next, widget.NewButton(lang.X("quiz.stop", "Dừng"), func() { r.finishSelf() })))
	r.shell.win.Canvas().Unfocus()
	// The verdict in sight: the feedback's top a third of the way down
	// (on a small screen it fell below the fold).
	r.body.Refresh()
	fb := r.body.Objects[len(r.body.Objects)-2]
	view := r.scroller.Size().Height
	maxY := r.scroller.Content.MinSize().Height - view
	r.scroller.Offset.Y = max(0, min(fb.Position().Y-view/3, maxY))
	r.scroller.Refresh()
}

// save stores an exam answer (if any) and then runs next.
func (r *quizRunner) save(next func()) {
	resp := r.response()
	pos := r.pos
	if resp.Empty() || r.attempt.Items[pos].Q == nil {
		next()
		return
	}
	id, store := r.attempt.ID, r.store
	async(func() (quiz.Result, error) {
		return store.Answer(context.Background(), id, pos, resp)
	}, func(res quiz.Result, err error) {
		if err != nil {
			r.shell.showError(err, "")
			return
		}
		r.attempt.Items[pos].Response = &resp
		r.attempt.Items[pos].Result = res
		next()
	})
}
