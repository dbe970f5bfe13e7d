package ui

import (
	"fmt"
	"sotay/library/quiz"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Answering in a self-check and an exam.

// During an exam, choosing another place stays on the exam and asks
// whether to submit; the exam's clock still runs on its screen.
func TestExamStaysOnItsScreen(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 2)
	tapButton(t, s.review.CanvasObject(), "Bắt đầu thi")
	pump()
	if s.review.runner == nil {
		t.Fatal("no exam")
	}
	s.tabs.SelectIndex(0)
	pump()
	if s.tabs.Selected().Content != s.places[s.review.CanvasObject()] {
		t.Fatal("the exam's screen was left")
	}
	top := s.win.Canvas().Overlays().Top()
	if top == nil || findLabel(top, "Bài thi chưa nộp") == nil {
		t.Fatal("leaving the exam asked nothing")
	}
	tapButton(t, top, "Ở lại làm bài")
	pump()
	if s.review.runner == nil || s.review.runner.attempt.Finished() {
		t.Fatal("staying ended the exam")
	}
}

// A wrong choice is marked ✗ after grading, beside the right one's ✓.
func TestWrongChoiceIsMarked(t *testing.T) {
	s := newTestShell(t, "")
	r := selfCheckAt(t, s, quiz.Single)
	it := r.attempt.Items[r.pos]
	wrong := 0
	for d, orig := range it.Order {
		if !it.Q.Options[orig].Correct {
			wrong = d
		}
	}
	r.choose(wrong)
	r.enter()
	pump()
	if !strings.HasPrefix(r.optTexts[wrong].Text, "✗ ") {
		t.Errorf("the wrong choice reads %q, want it marked ✗", r.optTexts[wrong].Text)
	}
}

// In a multiple-answer question a right option left out is told apart
// from a right option chosen (both were only "✓").
func TestMissedRightOptionIsMarked(t *testing.T) {
	s := newTestShell(t, "")
	r := selfCheckAt(t, s, quiz.Multi)
	it := r.attempt.Items[r.pos]
	if it.Q.Type != quiz.Multi {
		t.Skip("the sample bank has no multiple-answer question")
	}
	var right []int
	for d, orig := range it.Order {
		if it.Q.Options[orig].Correct {
			right = append(right, d)
		}
	}
	if len(right) < 2 {
		t.Fatal("a multiple-answer question with fewer than two right options")
	}
	r.choose(right[0])
	r.enter()
	pump()
	if got := r.optTexts[right[0]].Text; !strings.HasPrefix(got, "✓ ") || strings.Contains(got, "chưa chọn") {
		t.Errorf("the right option chosen reads %q", got)
	}
	if got := r.optTexts[right[1]].Text; !strings.Contains(got, "chưa chọn") {
		t.Errorf("the right option left out reads %q, want it told apart", got)
	}
}

// In an exam a choice counts as answered at once (question 10 of 10 once
// read 9/10 after choosing), and leaving with Nộp bài submits without a
// second question.
func TestExamChoiceCountsAndLeavingSubmitsOnce(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 2)
	tapButton(t, s.review.CanvasObject(), "Bắt đầu thi")
	pump()
	r := s.review.runner
	for i := 0; i < 40 && len(r.optBtns) == 0; i++ {
		r.move(1)
		pump()
	}
	before := r.attempt.Answered()
	r.choose(0)
	pump()
	if r.attempt.Answered() != before+1 || !strings.Contains(r.answeredLabel.Text, fmt.Sprintf("%d/", before+1)) {
		t.Errorf("after choosing: %d answered, label %q", r.attempt.Answered(), r.answeredLabel.Text)
	}
	s.tabs.SelectIndex(0)
	pump()
	tapButton(t, s.win.Canvas().Overlays().Top(), "Nộp bài")
	pump()
	if top := s.win.Canvas().Overlays().Top(); top != nil && findLabel(top, "Nộp bài bây giờ") != nil {
		t.Fatal("Nộp bài asked a second time")
	}
	waitFor(t, func() bool { pump(); return r.attempt.Finished() })
}

// Enter with nothing chosen says what to do; a graded question scrolls its
// verdict into sight and the next question starts at its top.
func TestSelfCheckFeedbackInSight(t *testing.T) {
	s := newTestShell(t, "")
	s.app.Preferences().SetFloat(prefTextSize, 25)
	s.app.Settings().SetTheme(s.theme())
	s.win.Resize(fyne.NewSize(1024, 600))
	openReviewTab(t, s, 1)
	s.review.startAttempt(quiz.Selection{}, quiz.AttemptOptions{Mode: quiz.SelfCheck, Title: "Thử"})
	pump()
	r := s.review.runner
	for i := 0; i < 40 && r.attempt.Items[r.pos].Q.Type != quiz.Single; i++ {
		r.move(1)
		pump()
	}
	r.enter()
	if top := s.win.Canvas().Overlays().Top(); top == nil || findLabel(top, "Hãy chọn một phương án") == nil {
		t.Fatal("Enter with nothing chosen said nothing")
	}
	s.win.Canvas().Overlays().Top().Hide()
	r.choose(0)
	r.enter()
	pump()
	verdict := findObject(r.body, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && (l.Text == "✓ Đúng" || l.Text == "✗ Chưa đúng")
	})
	if verdict == nil {
		t.Fatal("no verdict")
	}
	y := fyne.CurrentApp().Driver().AbsolutePositionForObject(verdict).Y
	top := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.scroller).Y
	if y < top || y > top+r.scroller.Size().Height-10 {
		t.Errorf("the verdict at y=%v is out of the view %v–%v", y, top, top+r.scroller.Size().Height)
	}
	r.enter()
	pump()
	if r.scroller.Offset.Y != 0 {
		t.Errorf("the next question opened scrolled to %v", r.scroller.Offset.Y)
	}
}

// selfCheckAt starts a self-check on the sample bank and moves to its
// first question of type ty (or the last question, if none).
func selfCheckAt(t *testing.T, s *Shell, ty quiz.Type) *quizRunner {
	t.Helper()
	openReviewTab(t, s, 1)
	s.review.startAttempt(quiz.Selection{}, quiz.AttemptOptions{Mode: quiz.SelfCheck, Title: "Thử"})
	pump()
	r := s.review.runner
	if r == nil {
		t.Fatal("no self-check")
	}
	for i := 0; i < len(r.attempt.Items)-1 && r.attempt.Items[r.pos].Q.Type != ty; i++ {
		r.move(1)
		pump()
	}
	return r
}
