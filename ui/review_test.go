package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"sotay/library/quiz"
)

// openReview selects the Ôn tập place and waits for its figures.
func openReview(t *testing.T, s *Shell) {
	t.Helper()
	s.tabs.SelectIndex(2)
	pump()
	if s.review.profile.ID == 0 {
		t.Fatal("no profile chosen")
	}
}

// A cadre takes a self-check with the keyboard: B answers, the verdict,
// the right answer and the source passage appear, Enter goes on.
func TestSelfCheckWithKeyboard(t *testing.T) {
	s := newTestShell(t, "")
	openReview(t, s)
	if findLabel(s.review.CanvasObject(), "Chưa học: 41 câu") == nil {
		t.Fatal("today's tab does not count the 41 sample questions")
	}
	s.review.tabs.SelectIndex(1)
	pump()
	tapButton(t, s.review.CanvasObject(), "Bắt đầu tự kiểm tra")
	pump()
	r := s.review.runner
	if r == nil || len(r.attempt.Items) != 10 {
		t.Fatal("the self-check did not start with 10 questions")
	}
	for i := 0; i < 3; i++ {
		it := r.attempt.Items[r.pos]
		want := "✗ Chưa đúng"
		switch it.Q.Type {
		case quiz.Single, quiz.TrueFalse:
			k := 0
			for d, orig := range it.Order {
				if it.Q.Options[orig].Correct {
					k = d
				}
			}
			s.win.Canvas().OnTypedRune()(rune('1' + k))
			want = "✓ Đúng"
		case quiz.Multi:
			for d, orig := range it.Order {
				if it.Q.Options[orig].Correct {
					s.win.Canvas().OnTypedRune()(rune('a' + d))
				}
			}
			r.enter()
			want = "✓ Đúng"
		default:
			test.Type(r.entries[0], "sai hoàn toàn")
			r.enter()
		}
		pump()
		if findLabel(r.CanvasObject(), want) == nil || findLabel(r.CanvasObject(), "Đáp án đúng:") == nil {
			t.Fatalf("question %d (%s): no %q with the right answer", i+1, it.Q.Type, want)
		}
		if it.Q.Passage != nil && findLabel(r.CanvasObject(), "Xem trong văn bản") == nil {
			t.Fatalf("question %d: no way to see the passage", i+1)
		}
		r.enter()
	}
	if r.pos != 3 {
		t.Fatalf("Enter after the feedback should move on; at %d", r.pos)
	}
	tapButton(t, r.CanvasObject(), "Dừng")
	pump()
	if !r.attempt.Finished() || findLabel(r.CanvasObject(), "Kết quả:") == nil {
		t.Fatal("stopping does not show the result")
	}
	sum, err := s.lib.Quiz().Summary(context.Background(), s.review.profile.ID)
	if err != nil || sum.Learned != 3 {
		t.Errorf("three answers should be scheduled for review: %+v %v", sum, err)
	}
}

// An exam shows no verdict until submitted, then reviews every answer.
func TestExamSubmitAndReview(t *testing.T) {
	s := newTestShell(t, "")
	openReview(t, s)
	s.review.tabs.SelectIndex(2)
	pump()
	tapButton(t, s.review.CanvasObject(), "Bắt đầu thi")
	pump()
	r := s.review.runner
	if r == nil || r.attempt.Mode != quiz.Exam || len(r.attempt.Items) != 20 || r.attempt.TimeLimit == 0 {
		t.Fatal("the exam did not start with 20 timed questions")
	}
	for i := 0; i < 2; i++ {
		if len(r.optBtns) > 0 {
			test.Tap(r.optBtns[0])
		} else {
			test.Type(r.entries[0], "x")
		}
		if findLabel(r.CanvasObject(), "Đúng") != nil && findLabel(r.CanvasObject(), "✓") != nil {
			t.Fatal("an exam shows a verdict before submitting")
		}
		r.enter()
		pump()
	}
	r.submit(false)
	pump()
	if !r.attempt.Finished() || r.attempt.Answered() != 2 {
		t.Fatalf("submitted attempt: finished %v answered %d", r.attempt.Finished(), r.attempt.Answered())
	}
	if findLabel(r.CanvasObject(), "CHƯA ĐẠT") == nil || findLabel(r.CanvasObject(), "Bạn trả lời: (chưa trả lời)") == nil {
		t.Fatal("the review does not show the verdict and the unanswered questions")
	}
	tapButton(t, r.CanvasObject(), "Xong")
	pump()
	if s.review.runner != nil {
		t.Fatal("Xong should return to the tabs")
	}
}

// The bank editor lists the sample bank and searches it without diacritics.
func TestBankEditorSearch(t *testing.T) {
	s := newTestShell(t, "")
	openReview(t, s)
	s.review.tabs.SelectIndex(3)
	pump()
	e := s.review.editor
	if len(e.qs) != 41 {
		t.Fatalf("editor lists %d questions, want the 41 samples", len(e.qs))
	}
	test.Type(e.search, "dot pha")
	pump()
	if len(e.qs) == 0 || len(e.qs) > 5 {
		t.Fatalf("search 'dot pha' found %d", len(e.qs))
	}
	for _, q := range e.qs {
		if !strings.Contains(strings.ToLower(q.Stem+q.Explanation), "đột phá") {
			t.Errorf("unexpected hit %q", q.Stem)
		}
	}
	if got := previewText(&quiz.Question{Type: quiz.Single, Stem: "Hỏi?", Options: []quiz.Option{{Text: "a"}, {Text: "b"}}}); !strings.Contains(got, "chưa có đáp án đúng") {
		t.Errorf("preview does not say what is missing: %q", got)
	}
}
