package ui

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sotay/assets"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
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

// openReviewTab opens the Ôn tập place on its tab i.
func openReviewTab(t *testing.T, s *Shell, i int) {
	t.Helper()
	openReview(t, s)
	s.review.tabs.SelectIndex(i)
	pump()
}

// A cadre takes a self-check with the keyboard: B answers, the verdict,
// the right answer and the source passage appear, Enter goes on.
func TestSelfCheckWithKeyboard(t *testing.T) {
	s := newTestShell(t, "")
	openReview(t, s)
	// 45 samples, less the essay and the description (never reviewed alone)
	if findLabel(s.review.CanvasObject(), "Chưa học: 43 câu") == nil {
		t.Fatal("today's tab does not count the 43 sample questions to learn")
	}
	s.review.tabs.SelectIndex(1)
	pump()
	tapButton(t, s.review.CanvasObject(), "Bắt đầu tự kiểm tra")
	pump()
	r := s.review.runner
	if r == nil || r.attempt.Asked() != 10 {
		t.Fatal("the self-check did not start with 10 questions")
	}
	for i := 0; i < 3; i++ {
		it := r.attempt.Items[r.pos]
		if it.Q.Type == quiz.Description {
			r.enter() // read, and passed
			pump()
			i--
			continue
		}
		want := "✗ Chưa đúng"
		right := "Đáp án đúng:"
		switch it.Q.Type {
		case quiz.Single, quiz.TrueFalse:
			k := 0
			for d, orig := range it.Order {
				if it.Q.Options[orig].Correct {
					k = d
				}
			}
			// A slip first (another option), put right before Enter: a
			// choice is only an answer once confirmed.
			s.win.Canvas().OnTypedRune()(rune('1' + (k+1)%len(it.Order)))
			if r.answered {
				t.Fatal("a key answered at once, with no chance to put a slip right")
			}
			test.Tap(r.optTexts[k]) // the option's text chooses it, not only its letter
			r.enter()
			want = "✓ Đúng"
		case quiz.Multi:
			for d, orig := range it.Order {
				if it.Q.Options[orig].Correct {
					s.win.Canvas().OnTypedRune()(rune('a' + d))
				}
			}
			r.enter()
			want = "✓ Đúng"
		case quiz.Matching:
			for _, m := range r.matches {
				m.sel.SetSelectedIndex(0)
			}
			r.enter()
			want = ""
		case quiz.Essay:
			test.Type(r.entries[0], "Một bài viết")
			r.enter()
			want, right = "✎", "Giải thích"
		default:
			test.Type(r.entries[0], "sai hoàn toàn")
			r.enter()
		}
		pump()
		if findLabel(r.CanvasObject(), want) == nil || findLabel(r.CanvasObject(), right) == nil {
			t.Fatalf("question %d (%s): no %q with the right answer", i+1, it.Q.Type, want)
		}
		if it.Q.Type == quiz.Single || it.Q.Type == quiz.TrueFalse {
			// the right option is marked with a sign, not only a colour
			marked := 0
			for _, l := range r.optTexts {
				if strings.HasPrefix(l.Text, "✓ ") {
					marked++
				}
			}
			if marked != 1 {
				t.Fatalf("question %d: %d options marked ✓ after grading", i+1, marked)
			}
		}
		if it.Q.Passage != nil && findLabel(r.CanvasObject(), "Xem trong văn bản") == nil {
			t.Fatalf("question %d: no way to see the passage", i+1)
		}
		r.enter()
	}
	if r.attempt.Answered() != 3 || r.answered {
		t.Fatalf("Enter after the feedback should move on; at %d", r.pos)
	}
	tapButton(t, r.CanvasObject(), "Dừng")
	pump()
	// Questions are left: it asks first, and scores the three answered.
	ask := s.win.Canvas().Overlays().Top()
	if ask == nil || findLabel(ask, "Đã trả lời 3/10 câu") == nil {
		t.Fatal("stopping with questions left did not ask")
	}
	tapButton(t, ask, "Dừng")
	pump()
	if !r.attempt.Finished() || findLabel(r.CanvasObject(), "Kết quả:") == nil {
		t.Fatal("stopping does not show the result")
	}
	// An essay answered in a self-check waits for no one: it counts for
	// neither the score nor review.
	essays := 0
	for _, it := range r.attempt.Items {
		if it.Response != nil && it.Q.Type == quiz.Essay {
			essays++
		}
	}
	if r.attempt.MaxScore != float64(3-essays) {
		t.Errorf("a self-check stopped after 3 answers (%d essays) is scored out of %v", essays, r.attempt.MaxScore)
	}
	sum, err := s.lib.Quiz().Summary(context.Background(), s.review.profile.ID)
	if err != nil || sum.Learned != 3-essays {
		t.Errorf("three answers should be scheduled for review: %+v %v", sum, err)
	}
}

// An exam shows no verdict until submitted, then reviews every answer.
func TestExamSubmitAndReview(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 2)
	tapButton(t, s.review.CanvasObject(), "Bắt đầu thi")
	pump()
	r := s.review.runner
	if r == nil || r.attempt.Mode != quiz.Exam || r.attempt.Asked() != 20 || r.attempt.TimeLimit == 0 {
		t.Fatal("the exam did not start with 20 timed questions")
	}
	for i := 0; i < 2; i++ {
		switch {
		case r.attempt.Items[r.pos].Q.Type == quiz.Description:
			r.enter()
			pump()
			i--
			continue
		case len(r.optBtns) > 0:
			test.Tap(r.optBtns[0])
		case len(r.matches) > 0:
			r.matches[0].sel.SetSelectedIndex(0)
		default:
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
	openReviewTab(t, s, 3)
	e := s.review.editor
	if len(e.qs) != 45 {
		t.Fatalf("editor lists %d questions, want the 45 samples", len(e.qs))
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

// A trainer reading the resolution asks for draft questions, unticks two,
// edits one, and saves the rest into a new bank named after the document.
func TestDraftQuestionsFromTheReader(t *testing.T) {
	s := newTestShell(t, "")
	openReview(t, s)
	s.tabs.SelectIndex(0)
	pump()
	tapText(t, s, "Nghị quyết số 15-NQ/QU")
	moreAction(t, s.library.reader, "Soạn câu hỏi")
	v := s.review.drafts
	if v == nil || s.tabs.SelectedIndex() != 2 {
		t.Fatal("Soạn câu hỏi did not open the drafts in Ôn tập")
	}
	n := len(v.drafts)
	if n < 12 || findLabel(v.CanvasObject(), "câu nháp · đã chọn") == nil {
		t.Fatalf("%d drafts", n)
	}
	// Untick the first two rows as a trainer clicking their boxes.
	for i := 0; i < 2; i++ {
		v.list.ScrollTo(i)
		pump()
		row := findObject(v.list, func(o fyne.CanvasObject) bool {
			l, ok := o.(*widget.Label)
			return ok && strings.HasPrefix(l.Text, fmt.Sprintf("%d. ", i+1))
		})
		if row == nil {
			t.Fatalf("row %d not shown", i+1)
		}
		// the row says what it asks before its kind: cut at the largest
		// text, the question stays readable
		if want := fmt.Sprintf("%d. %s", i+1, v.drafts[i].Ask); !strings.HasPrefix(row.(*widget.Label).Text, want) {
			t.Errorf("row %q, want it to open %q", row.(*widget.Label).Text, want)
		}
		check := findObject(v.list, func(o fyne.CanvasObject) bool {
			c, ok := o.(*widget.Check)
			return ok && c.Checked && fyne.CurrentApp().Driver().AbsolutePositionForObject(c).Y == fyne.CurrentApp().Driver().AbsolutePositionForObject(row).Y
		})
		if check == nil {
			t.Fatalf("no ticked box on row %d", i+1)
		}
		test.Tap(check.(*widget.Check))
	}
	if findLabel(v.CanvasObject(), fmt.Sprintf("Lưu %d câu đã chọn", n-2)) == nil {
		t.Fatalf("save button does not count %d ticked", n-2)
	}
	// Preview and edit the third: the answer is shown, the edit is kept.
	v.list.Select(2)
	pump()
	if !strings.Contains(v.preview.Text, "✓") {
		t.Fatalf("preview shows no right answer: %q", v.preview.Text)
	}
	tapIn(t, s, v.CanvasObject(), "Sửa câu này")
	form := s.win.Canvas().Overlays().Top()
	stem := findEntry(form, v.drafts[2].Question.Stem)
	if stem == nil {
		t.Fatal("the editor does not hold the draft's stem")
	}
	stem.SetText("Câu đã sửa: " + stem.Text)
	tapIn(t, s, form, "Lưu")
	if !strings.HasPrefix(v.drafts[2].Question.Stem, "Câu đã sửa: ") || v.drafts[2].Question.Passage == nil {
		t.Fatalf("edit not kept with its passage: %+v", v.drafts[2].Question)
	}
	tapIn(t, s, v.CanvasObject(), "câu đã chọn")
	if s.review.drafts != nil {
		t.Fatal("saving should return to the banks")
	}
	banks, err := s.lib.Quiz().Banks(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var got *quiz.Bank
	for i, b := range banks {
		if strings.HasPrefix(b.Name, "Câu hỏi: Nghị quyết số 15-NQ/QU") {
			got = &banks[i]
		}
	}
	if got == nil || got.Questions != n-2 || got.DocumentID != s.library.reader.docID {
		t.Fatalf("banks after saving: %+v (the bank should belong to document %d)", banks, s.library.reader.docID)
	}
	if s.review.tabs.SelectedIndex() != 3 || s.review.editor.bank.ID != got.ID || len(s.review.editor.qs) != n-2 {
		t.Errorf("the editor should show the new bank with its %d questions", n-2)
	}
	qs, _ := s.lib.Quiz().SearchQuestions(t.Context(), "Câu đã sửa", got.ID)
	if len(qs) != 1 || qs[0].Passage == nil {
		t.Errorf("the edited draft was not saved with its passage: %v", qs)
	}
}

// A trainer prints the sample bank with In đề…: the print form asks for the
// title, variants and number of questions, and the PDF written holds the
// variants and the key.
func TestPrintFromTheBankEditor(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 3)
	e := s.review.editor
	tapIn(t, s, e.CanvasObject(), "In đề…")
	printForm := s.win.Canvas().Overlays().Top()
	formLabel := findObject(printForm, func(o fyne.CanvasObject) bool {
		t, ok := o.(*canvas.Text)
		return ok && t.Text == "Số mã đề"
	})
	if formLabel == nil || findEntry(printForm, "101") == nil {
		t.Fatal("the print form did not open")
	}
	findEntry(printForm, "Đề kiểm tra").SetText("Đề kiểm tra chi bộ")
	tapIn(t, s, printForm, "Đồng ý")
	if s.win.Canvas().Overlays().Top() == printForm {
		t.Fatal("no file dialog after the print form")
	}
	s.win.Canvas().Overlays().Top().Hide()
	// The file dialog cannot be driven here: write where it would have.
	path := filepath.Join(t.TempDir(), "de.pdf")
	wc, err := storage.Writer(storage.NewFileURI(path))
	write, done := e.print(formats.PrintOptions{Title: "Đề kiểm tra chi bộ", Variants: 2, FirstCode: 201, Seed: 1,
		Count: 10, Regular: assets.SerifRegular, Bold: assets.SerifBold})
	s.saveTo(wc, err, write, done)
	pump()
	info := s.win.Canvas().Overlays().Top()
	if info == nil || findLabel(info, "Đã in 10 câu, mã đề 201, 202") == nil {
		t.Fatal("no report of the printed test")
	}
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
}

// A cadre who has just read the Hướng dẫn checks themselves on that
// document only.
func TestSelfCheckOnOneDocument(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 1)
	docSel := findSelect(s.review.self, "Mọi văn bản")
	if docSel == nil {
		t.Fatal("no document choice in the self-check form")
	}
	want := -1
	for i, o := range docSel.Options {
		if strings.HasPrefix(o, "Hướng dẫn số 08-HD/BTCQU") {
			want = i
		}
	}
	if want < 0 {
		t.Fatalf("the Hướng dẫn is not offered: %q", docSel.Options)
	}
	docSel.SetSelectedIndex(want)
	tapButton(t, s.review.CanvasObject(), "Bắt đầu tự kiểm tra")
	pump()
	r := s.review.runner
	if r == nil || len(r.attempt.Items) == 0 {
		t.Fatal("the self-check did not start")
	}
	for _, it := range r.attempt.Items {
		if it.Q.Passage == nil || !strings.HasPrefix(it.Q.Passage.DocumentTitle, "Hướng dẫn số 08-HD/BTCQU") {
			t.Errorf("question %q is not about the Hướng dẫn", it.Q.Stem)
		}
	}
}

// A trainer puts two documents into a collection from the reader's
// Sửa thông tin form; a cadre's self-check on that collection draws only
// questions about them.
func TestCollectionFromTheReaderToTheSelfCheck(t *testing.T) {
	s := newTestShell(t, "")
	for _, title := range []string{"Thông báo số 27-TB/QU", "Công văn số 112-CV/HU"} {
		s.tabs.SelectIndex(0)
		pump()
		if s.library.reader.visible() {
			s.library.closeReader()
			pump()
		}
		tapText(t, s, title)
		moreAction(t, s.library.reader, "Sửa thông tin")
		form := s.win.Canvas().Overlays().Top()
		entry := findObject(form, func(o fyne.CanvasObject) bool {
			e, ok := o.(*widget.Entry)
			return ok && strings.HasPrefix(e.PlaceHolder, "tên bộ sưu tập") || ok && strings.HasPrefix(e.PlaceHolder, "hiện có")
		})
		if entry == nil {
			t.Fatal("no collections field in the form")
		}
		entry.(*widget.Entry).SetText("Văn bản của Quận ủy")
		tapIn(t, s, form, "Lưu")
	}
	colls, _ := s.lib.Collections(t.Context())
	if len(colls) != 1 || colls[0].Documents != 2 {
		t.Fatalf("collections %+v", colls)
	}
	openReviewTab(t, s, 1)
	collSel := findSelect(s.review.self, "Mọi bộ sưu tập")
	if collSel == nil || len(collSel.Options) != 2 {
		t.Fatal("no collection choice in the self-check form")
	}
	collSel.SetSelectedIndex(1)
	tapButton(t, s.review.CanvasObject(), "Bắt đầu tự kiểm tra")
	pump()
	r := s.review.runner
	if r == nil || len(r.attempt.Items) == 0 {
		t.Fatal("the self-check did not start")
	}
	for _, it := range r.attempt.Items {
		title := ""
		if it.Q.Passage != nil {
			title = it.Q.Passage.DocumentTitle
		}
		if !strings.HasPrefix(title, "Thông báo số 27") && !strings.HasPrefix(title, "Công văn số 112") {
			t.Errorf("question %q (from %q) is not about the collection", it.Q.Stem, title)
		}
	}
}

// findSelect returns the select under o whose first choice is first.
func findSelect(o fyne.CanvasObject, first string) *widget.Select {
	sel, _ := findObject(o, func(o fyne.CanvasObject) bool {
		sel, ok := o.(*widget.Select)
		return ok && len(sel.Options) > 0 && sel.Options[0] == first
	}).(*widget.Select)
	return sel
}

// With no questions at all, Ôn tập says how to get some, and starting a
// self-check says there are none yet and offers the two ways — not the
// editor's "Câu hỏi chưa đúng nên chưa lưu".
func TestNoQuestionsYet(t *testing.T) {
	s := newTestShell(t, "")
	openReview(t, s)
	ctx := t.Context()
	banks, _ := s.lib.Quiz().Banks(ctx)
	for _, b := range banks {
		if err := s.lib.Quiz().DeleteBank(ctx, b.ID); err != nil {
			t.Fatal(err)
		}
	}
	s.review.refresh()
	pump()
	if findLabel(s.review.CanvasObject(), "Chưa có câu hỏi nào") == nil || findLabel(s.review.CanvasObject(), "Nhập tệp câu hỏi") == nil {
		t.Fatal("Ôn tập does not say how to get questions")
	}
	s.review.startAttempt(quiz.Selection{}, quiz.AttemptOptions{Mode: quiz.SelfCheck, Title: "Tự kiểm tra"})
	pump()
	top := s.win.Canvas().Overlays().Top()
	if top == nil || findLabel(top, "Chưa có câu hỏi nào") == nil || findLabel(top, "Soạn câu hỏi từ văn bản") == nil || findLabel(top, "chưa lưu") != nil {
		t.Fatal("starting with no questions does not say so with the ways to get them")
	}
}
