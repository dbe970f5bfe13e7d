package ui

import (
	"io"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// The types Moodle has and Sổ tay now holds, answered as a cadre would:
// a number typed with a decimal comma, pairs chosen from lists, an essay a
// trainer marks, a description read and passed.

func TestNumericalInSelfCheck(t *testing.T) {
	s := newTestShell(t, "")
	r := selfCheckAt(t, s, quiz.Numerical)
	if r.attempt.Items[r.pos].Q.Type != quiz.Numerical || len(r.entries) != 1 {
		t.Fatal("no numerical question with its entry")
	}
	if findLabel(r.CanvasObject(), "Đáp số") == nil {
		t.Error("the entry is not labelled Đáp số")
	}
	test.Type(r.entries[0], "80,0")
	r.enter()
	pump()
	if findLabel(r.CanvasObject(), "✓ Đúng") == nil {
		t.Fatal("80,0 for 80 is not graded right")
	}
}

func TestMatchingInSelfCheck(t *testing.T) {
	s := newTestShell(t, "")
	r := selfCheckAt(t, s, quiz.Matching)
	q := r.attempt.Items[r.pos].Q
	if q.Type != quiz.Matching || len(r.matches) != 3 {
		t.Fatalf("matching question with %d lists, want 3", len(r.matches))
	}
	if n := len(r.matches[0].sel.Options); n != 4 {
		t.Errorf("each list offers %d answers, want 4 (with the extra one)", n)
	}
	// Two right, one wrong: two thirds.
	r.matches[0].sel.SetSelected(q.Options[r.matches[0].option].Match)
	r.matches[1].sel.SetSelected(q.Options[r.matches[1].option].Match)
	r.matches[2].sel.SetSelected(q.Options[r.matches[0].option].Match)
	r.enter()
	pump()
	if findLabel(r.CanvasObject(), "Đúng một phần (67%)") == nil {
		t.Fatal("two of three pairs is not two thirds")
	}
	if !r.matches[0].sel.Disabled() {
		t.Error("the lists stay open after grading")
	}
}

func TestDescriptionIsPassed(t *testing.T) {
	s := newTestShell(t, "")
	r := selfCheckAt(t, s, quiz.Description)
	if r.attempt.Items[r.pos].Q.Type != quiz.Description {
		t.Skip("no description drawn")
	}
	if len(r.optBtns)+len(r.entries)+len(r.matches) != 0 || findLabel(r.CanvasObject(), "Tiếp tục (Enter)") == nil {
		t.Fatal("a description asks for an answer")
	}
	pos := r.pos
	r.enter()
	pump()
	if r.pos != pos+1 {
		t.Fatal("Enter does not pass the description")
	}
}

// An essay in an exam: written, submitted, waiting; the trainer marks it
// 75 % and the score goes up by three quarters of a point.
func TestEssayMarkedByTrainer(t *testing.T) {
	r := examAtEssay(t)
	if len(r.entries) != 1 || !r.entries[0].MultiLine {
		t.Fatal("an essay has no multi-line entry")
	}
	test.Type(r.entries[0], "Sự hài lòng của người dân là thước đo.")
	pos := r.pos
	r.save(func() {})
	pump()
	r.submit(false)
	pump()
	a := r.attempt
	if !a.Finished() || a.Unmarked() != 1 || !a.Items[pos].Result.Manual {
		t.Fatalf("the essay is not waiting for its mark: unmarked %d", a.Unmarked())
	}
	if !hasLabelPrefix(r, "1 câu tự luận chờ chấm") {
		t.Error("the result does not say an essay waits")
	}
	before := a.Score
	row := r.markRow(pos, a.Items[pos])
	e := findEntry(row, "")
	if e == nil {
		t.Fatal("no mark entry")
	}
	e.SetText("75")
	tapButton(t, row, "Chấm")
	pump()
	if got := r.attempt.Score - before; got < 0.749 || got > 0.751 || r.attempt.Unmarked() != 0 {
		t.Fatalf("marking 75%%: score %v → %v, unmarked %d", before, r.attempt.Score, r.attempt.Unmarked())
	}
}

// examAtEssay starts an exam over the sample bank and goes to its essay.
func examAtEssay(t *testing.T) *quizRunner {
	t.Helper()
	s := newTestShell(t, "")
	openReviewTab(t, s, 2)
	s.review.startAttempt(quiz.Selection{}, quiz.AttemptOptions{Mode: quiz.Exam, Title: "Thi thử"})
	pump()
	r := s.review.runner
	if r == nil {
		t.Fatal("no exam")
	}
	for r.attempt.Items[r.pos].Q.Type != quiz.Essay {
		if r.pos == len(r.attempt.Items)-1 {
			t.Fatal("no essay in the exam")
		}
		r.move(1)
		pump()
	}
	return r
}

func hasLabelPrefix(r *quizRunner, prefix string) bool {
	return findObject(r.CanvasObject(), func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.HasPrefix(l.Text, prefix)
	}) != nil
}

// The editor writes a numerical question's answers as lines: a second
// answer worth half, with its feedback, is saved as such.
func TestEditorNumericalAnswers(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 3)
	e := s.review.editor
	var q *quiz.Question
	for _, x := range e.qs {
		if x.Type == quiz.Numerical {
			q = x
		}
	}
	if q == nil {
		t.Fatal("no numerical sample")
	}
	e.edit(q)
	pump()
	form := s.win.Canvas().Overlays().Top()
	answers := findEntry(form, "80")
	if answers == nil {
		t.Fatal("the answers are not shown as “80”")
	}
	answers.SetText("80\n75..85 (50%) # Gần đúng")
	pump()
	if findLabel(form, "Mỗi dòng một đáp số") == nil {
		t.Error("no help for numerical answers")
	}
	tapIn(t, s, form, "Lưu")
	saved, err := s.lib.Quiz().Question(t.Context(), q.ID)
	if err != nil || len(saved.Options) != 2 || saved.Options[1].Fraction != 0.5 || saved.Options[1].Tolerance != 5 || saved.Options[1].Feedback != "Gần đúng" {
		t.Fatalf("saved %+v %v", saved, err)
	}
	// A line that is no number is refused, saying which.
	e.edit(saved)
	pump()
	form = s.win.Canvas().Overlays().Top()
	findEntry(form, "80\n80 ± 5 (50%) # Gần đúng").SetText("tám mươi")
	pump()
	if findLabel(form, "không phải một số") == nil {
		t.Error("the preview does not say the answer is no number")
	}
}

// The results of an exam with an essay fit a 1024-pixel window at the
// largest text: the essay's verdict wraps (it made the page 835 wide).
func TestEssayResultsFitTheWindow(t *testing.T) {
	r := examAtEssay(t)
	r.entries[0].SetText("Bài viết")
	r.save(func() {})
	pump()
	r.submit(false)
	pump()
	for _, o := range r.body.Objects {
		if w := o.MinSize().Width; w > 600 {
			t.Errorf("%T is %v wide", o, w)
		}
	}
}

// A question's fault reaches the screen in the interface's language: the
// library gives a code, the translation file the sentence.
func TestFaultInBothLanguages(t *testing.T) {
	q := &quiz.Question{Type: quiz.Numerical, Stem: "Tỷ lệ?", Options: []quiz.Option{{Text: "tám", Correct: true}}}
	err := q.Validate()
	if got := faultText(err); got != "đáp án 1 (“tám”) không phải là số" {
		t.Errorf("Vietnamese: %q", got)
	}
	setupLanguage("en")
	defer setupLanguage("vi")
	if got := faultText(err); got != "answer 1 (“tám”) is not a number" {
		t.Errorf("English: %q", got)
	}
	if got := errorMessage(err, "").Error(); !strings.Contains(got, "is not a number") {
		t.Errorf("the error dialog does not say what is wrong: %q", got)
	}
	// A whole file's problem, an export's reasons and losses: English too.
	_, _, err = formats.Parse("a.xlsx", []byte("PK\x03\x04 hỏng"))
	if got := errorMessage(err, "a.xlsx").Error(); !strings.Contains(got, "\nThe .xlsx spreadsheet cannot be opened (damaged or protected by a password)") {
		t.Errorf("file fault: %q", got)
	}
	rep, err := formats.Export(io.Discard, formats.Aiken, "B", []*quiz.Question{{ID: 1, Type: quiz.Essay, Stem: "Nêu cảm nghĩ."},
		{ID: 2, Type: quiz.Single, Stem: "?", Explanation: "vì", Options: []quiz.Option{{Text: "a", Correct: true}, {Text: "b"}}}})
	if err != nil || len(rep.Skipped) != 1 {
		t.Fatalf("%v %+v", err, rep)
	}
	if got := faultText(rep.Skipped[0].Why); got != "Aiken has only single-answer questions, no “essay” questions" {
		t.Errorf("skip reason: %q", got)
	}
	if got := rep.LostSummaryIn(translate); got != "This format has no place for: explanation (1 question)." {
		t.Errorf("losses: %q", got)
	}
}

// The first question's answer box has the cursor when the attempt opens
// (focus asked before the runner was on screen did not take).
func TestFirstAnswerBoxFocused(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 1)
	store := s.lib.Quiz()
	bank, err := store.CreateBank(t.Context(), "Một câu", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Import(t.Context(), bank, formats.ParseVNText("Câu 1: Tỷ lệ hồ sơ nộp trực tuyến?\nĐáp số: 80\n")); err != nil {
		t.Fatal(err)
	}
	s.review.startAttempt(quiz.Selection{BankIDs: []int64{bank.ID}}, quiz.AttemptOptions{Mode: quiz.SelfCheck, Title: "Thử"})
	pump()
	r := s.review.runner
	if r == nil || len(r.entries) != 1 {
		t.Fatal("no numerical question")
	}
	if s.win.Canvas().Focused() != r.entries[0] {
		t.Error("the answer box is not focused")
	}
}

// An export that skips questions for many reasons says each one in a
// report that scrolls inside a 1024×600 window (the lines ran past the
// screen's bottom, under the OK button).
func TestExportReportFitsAndScrolls(t *testing.T) {
	s := newTestShell(t, "")
	s.win.Resize(fyne.NewSize(1024, 600))
	openReviewTab(t, s, 3)
	e := s.review.editor
	ctx := t.Context()
	store := s.lib.Quiz()
	bank, err := store.CreateBank(ctx, "Nhiều loại", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []*quiz.Question{
		{Type: quiz.Multi, Stem: "Chọn hai?", Options: []quiz.Option{{Text: "a", Correct: true}, {Text: "b", Correct: true}, {Text: "c"}}},
		{Type: quiz.Short, Stem: "Thủ đô?", Options: []quiz.Option{{Text: "Hà Nội", Correct: true, Feedback: "Đúng"}}},
		{Type: quiz.Numerical, Stem: "Năm?", Options: []quiz.Option{{Text: "1930", Correct: true}}},
		{Type: quiz.Essay, Stem: "Nêu cảm nghĩ."},
		{Type: quiz.Matching, Stem: "Ghép", Options: []quiz.Option{{Text: "a", Match: "1"}, {Text: "b", Match: "2"}}},
		{Type: quiz.Single, Stem: "Một?", Explanation: "vì", Options: []quiz.Option{{Text: "a", Correct: true}, {Text: "b"}}},
	} {
		q.BankID = bank.ID
		if err := store.SaveQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	e.bank = bank
	write, done := e.export(formats.Aiken)
	if err := write(io.Discard); err != nil {
		t.Fatal(err)
	}
	done("/tmp/x.txt")
	pump()
	top := s.win.Canvas().Overlays().Top()
	if top == nil || findLabel(top, "Aiken chỉ có câu một đáp án, không có câu tự luận") == nil {
		t.Fatal("the report does not name the skipped essay")
	}
	if findLabel(top, "– “Nêu cảm nghĩ.”") == nil || findLabel(top, "Đã xuất 1 câu của ngân hàng “Nhiều loại”") == nil {
		t.Error("the report does not name the skipped question or count the written ones")
	}
	if findLabel(top, "Định dạng này không có chỗ cho: giải thích (1 câu).") == nil {
		t.Error("the report does not say the explanation was lost")
	}
	if findObject(top, func(o fyne.CanvasObject) bool { _, ok := o.(*container.Scroll); return ok }) == nil {
		t.Error("the report's text does not scroll")
	}
	if sz := top.MinSize(); sz.Height > 600 || sz.Width > 1024 {
		t.Errorf("the report needs %v, more than the 1024×600 window", sz)
	}
}

// A separate answer key only helps the Vietnamese text and Word banks: the
// report offers "choose the answer key file" for those, not for a Moodle
// XML file whose problem is a type Sổ tay lacks.
func TestAnswerKeyOfferedOnlyWhereItHelps(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 3)
	e := s.review.editor
	for _, c := range []struct {
		file  string
		offer bool
	}{{"moodle-all-types.xml", false}, {"cau-hoi-chua-dap-an.docx", true}} {
		e.bank = quiz.Bank{}
		e.importFile("../library/quiz/testdata/"+c.file, "")
		deadline := time.Now().Add(60 * time.Second)
		var top fyne.CanvasObject
		for top == nil || findLabel(top, "Đã nhập") == nil && findLabel(top, "Không câu nào nhập được") == nil {
			if time.Now().After(deadline) {
				t.Fatalf("%s: no import report", c.file)
			}
			time.Sleep(20 * time.Millisecond)
			pump()
			top = s.win.Canvas().Overlays().Top()
		}
		if findLabel(top, "• dòng") == nil {
			t.Fatalf("%s: no problem reported", c.file)
		}
		if got := findLabel(top, "Chọn tệp đáp án") != nil; got != c.offer {
			t.Errorf("%s: answer-key button shown %v, want %v", c.file, got, c.offer)
		}
		top.Hide()
		pump()
	}
	// The Word bank with no answers brought nothing: no empty bank is left.
	banks, _ := s.lib.Quiz().Banks(t.Context())
	for _, b := range banks {
		if b.Name == "cau-hoi-chua-dap-an" {
			t.Errorf("an empty bank %q was left behind", b.Name)
		}
	}
}
