package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"sotay/internal/officeconv"
	"sotay/library/quiz"
)

// A trainer imports a Word bank whose options are pictures: the editor
// shows them and saving an edit keeps them; the self-check shows the
// pictures where the file had them (canvas images, not empty options).
func TestPictureQuestions(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 3)
	e := s.review.editor
	e.bank = quiz.Bank{} // into a bank of its own, named after the file
	e.importFile("../library/quiz/testdata/cau-hoi-co-hinh.docx", "")
	want := 4
	if officeconv.Program() == "" {
		want = 3 // the WMF drawing needs LibreOffice: reported, not imported
	}
	deadline := time.Now().Add(60 * time.Second)
	for e.bank.Name != "cau-hoi-co-hinh" || len(e.qs) != want {
		if time.Now().After(deadline) {
			t.Fatalf("bank %q with %d questions", e.bank.Name, len(e.qs))
		}
		time.Sleep(20 * time.Millisecond)
		pump()
	}
	if findLabel(s.win.Canvas().Overlays().Top(), "Đã nhập") == nil {
		t.Fatal("no import summary")
	}
	s.win.Canvas().Overlays().Top().Hide()
	var q *quiz.Question
	for _, x := range e.qs {
		if x.Stem == "Ô nào có nền đỏ và khung trắng?" {
			q = x
		}
	}
	if q == nil || len(q.Images) != 2 {
		t.Fatalf("picture question not imported: %+v", q)
	}

	// Edit it: the stem changes, the picture options stay.
	e.edit(q)
	pump()
	form := s.win.Canvas().Overlays().Top()
	if n := len(images(form)); n != 2 {
		t.Fatalf("the editor shows %d pictures, want the 2 options", n)
	}
	findEntry(form, q.Stem).SetText("Ô nào nền đỏ, khung trắng?")
	tapIn(t, s, form, "Lưu")
	saved, err := s.lib.Quiz().Question(t.Context(), q.ID)
	if err != nil || saved.Stem != "Ô nào nền đỏ, khung trắng?" || len(saved.Options) != 2 || len(saved.Images) != 2 ||
		saved.Images[0].Part != 1 || saved.Images[1].Part != 2 || !saved.Options[0].Correct {
		t.Fatalf("edit lost the pictures: %+v %v", saved, err)
	}

	// Self-check on the bank: each question shows its pictures.
	s.review.startAttempt(quiz.Selection{BankIDs: []int64{e.bank.ID}}, quiz.AttemptOptions{Mode: quiz.SelfCheck, Title: "Có hình"})
	pump()
	r := s.review.runner
	if r == nil || len(r.attempt.Items) != want {
		t.Fatal("the self-check did not start")
	}
	for i, it := range r.attempt.Items {
		if n := len(images(r.body)); n != len(it.Q.Images) {
			t.Errorf("question %d (%q) shows %d pictures, want %d", i+1, it.Q.Stem, n, len(it.Q.Images))
		}
		if i < len(r.attempt.Items)-1 {
			r.move(1)
			pump()
		}
	}
}

// images are the visible pictures under o.
func images(o fyne.CanvasObject) []*canvas.Image {
	var out []*canvas.Image
	findObject(o, func(c fyne.CanvasObject) bool {
		if img, ok := c.(*canvas.Image); ok && img.Resource != nil && strings.HasPrefix(img.Resource.Name(), "hinh-") {
			out = append(out, img)
		}
		return false
	})
	return out
}

// A question file goes into a new bank named after it unless the trainer
// chooses the bank on screen (it once went into the sample bank unasked).
func TestImportAsksWhichBank(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 3)
	e := s.review.editor
	before := len(e.qs)
	e.askTarget("../library/quiz/testdata/cau-hoi-co-hinh.docx")
	pump()
	form := s.win.Canvas().Overlays().Top()
	radio, _ := findObject(form, func(o fyne.CanvasObject) bool { _, ok := o.(*widget.RadioGroup); return ok }).(*widget.RadioGroup)
	if radio == nil || radio.Selected != "Ngân hàng mới “cau-hoi-co-hinh”" {
		t.Fatal("not asked which bank, a new one by default")
	}
	tapButton(t, form, "Mở")
	deadline := time.Now().Add(60 * time.Second)
	for e.bank.Name != "cau-hoi-co-hinh" {
		if time.Now().After(deadline) {
			t.Fatalf("bank %q", e.bank.Name)
		}
		time.Sleep(20 * time.Millisecond)
		pump()
	}
	sample, _ := s.lib.Quiz().FindBank(t.Context(), "Câu hỏi mẫu")
	if sample.Questions != before {
		t.Errorf("the sample bank changed: %d questions, was %d", sample.Questions, before)
	}
}
