package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
	"sotay/library/quiz"
)

// planOfSamples makes a plan over two sample documents with its quiz on a
// sample bank, begun `ago` days before today, a week per document.
func planOfSamples(t *testing.T, s *Shell, ago int) library.StudyPlan {
	t.Helper()
	ctx := context.Background()
	banks, _ := s.lib.Quiz().Banks(ctx)
	var docs []int64
	for _, d := range s.cat.docs[:2] {
		docs = append(docs, d.ID)
	}
	p, err := s.lib.MakePlan(ctx, library.PlanSpec{Title: "Học thử đợt 1", Documents: docs, Start: time.Now().AddDate(0, 0, -ago),
		DaysEach: 7, BankID: banks[0].ID, QuizDays: 7, Questions: 3, PassPercent: 50})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The plan shows in Ôn tập → Hôm nay: this week's document marked, a
// late one said, and the closing quiz, which starts once it is open.
func TestStudyPlanInReview(t *testing.T) {
	s := newTestShell(t, "")
	// the second week, begun last Monday: the first document's week is
	// over whatever today's weekday (a start 8 days ago left it ending
	// this Monday from Wednesday on, so "this week" counted two), and the
	// quiz opens next Monday
	p := planOfSamples(t, s, (int(time.Now().Weekday())+6)%7+7)
	openReview(t, s)
	today := s.review.today
	waitFor(t, func() bool { pump(); return findLabel(today, "Kế hoạch: Học thử đợt 1") != nil })
	if findLabel(today, "→ 2. ") == nil || findLabel(today, "quá hạn") == nil || findLabel(today, "Tuần này cần đọc 1 văn bản") == nil {
		t.Error("this week's reading or the late document is not shown")
	}
	quizBtn := findLabel(today, "Làm bài kiểm tra").(*widget.Button)
	if !quizBtn.Disabled() {
		t.Error("the quiz can be taken before it opens")
	}
	// Reading the late document to the end makes it done.
	if err := s.lib.SetReadingPosition(context.Background(), p.Steps[0].DocumentID, 10, 100); err != nil {
		t.Fatal(err)
	}
	s.review.refresh()
	waitFor(t, func() bool { pump(); return findLabel(today, "Đã xong 50%") != nil })

	planOfSamples(t, s, 14) // a second plan, its quiz open today
	s.review.refresh()
	waitFor(t, func() bool {
		pump()
		n := 0
		findObject(today, func(o fyne.CanvasObject) bool {
			if b, ok := o.(*widget.Button); ok && b.Text == "Làm bài kiểm tra" && !b.Disabled() {
				n++
			}
			return false
		})
		return n == 1
	})
	var open *widget.Button
	findObject(today, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == "Làm bài kiểm tra" && !b.Disabled() {
			open = b
			return true
		}
		return false
	})
	open.OnTapped()
	waitFor(t, func() bool { pump(); return s.review.runner != nil })
	// three questions (a drawn question's description text comes with it
	// and is no question)
	a := s.review.runner.attempt
	asked := 0
	for _, it := range a.Items {
		if it.Q != nil && it.Q.Type != quiz.Description {
			asked++
		}
	}
	if a.Mode != quiz.Exam || asked != 3 || !strings.Contains(a.Title, "Học thử đợt 1") {
		t.Errorf("the closing quiz: %v %d questions %q", a.Mode, asked, a.Title)
	}
}

// entryHinted is the entry under o whose placeholder is hint.
func entryHinted(o fyne.CanvasObject, hint string) *widget.Entry {
	e, _ := findObject(o, func(o fyne.CanvasObject) bool {
		e, ok := o.(*widget.Entry)
		return ok && e.PlaceHolder == hint
	}).(*widget.Entry)
	return e
}

// A learner sends results (Nộp kết quả: a file through the save dialog);
// the trainer takes in a folder of them with a damaged one, sees the
// table and saves it as a spreadsheet.
func TestSendAndReceiveResults(t *testing.T) {
	ctx := context.Background()
	s := newTestShell(t, "")
	s.app.Preferences().SetString(prefPackKey, "khoá")
	p := planOfSamples(t, s, 14)
	openReview(t, s)
	st := s.lib.Quiz()
	ids, _ := st.Draw(ctx, quiz.Selection{BankIDs: []int64{p.Quiz.BankID}, Count: 3}, nil)
	a, err := st.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: s.review.profile.ID, Mode: quiz.Exam, BankID: p.Quiz.BankID}, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	st.Answer(ctx, a.ID, 0, quiz.Response{Choices: []int{0}})
	if _, err := st.Finish(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	s.review.refresh()
	today := s.review.today
	waitFor(t, func() bool { pump(); return findLabel(today, "Nộp kết quả…") != nil })
	tapButton(t, today, "Nộp kết quả…")
	var form fyne.CanvasObject
	waitFor(t, func() bool {
		pump()
		form = s.win.Canvas().Overlays().Top()
		return form != nil && entryHinted(form, "VD: Chi bộ Khu phố 3") != nil
	})
	entryHinted(form, "VD: Chi bộ Khu phố 3").SetText("Chi bộ Khu phố 3")
	entryHinted(form, "Họ và tên").SetText("Nguyễn Văn An")
	tapButton(t, form, "Lưu tệp kết quả…")
	inbox := t.TempDir()
	waitFor(t, func() bool { pump(); return s.files != nil && s.files.mode == chooseSave })
	c := s.files
	c.show(inbox)
	pump()
	c.confirm()
	var files []string
	waitFor(t, func() bool {
		pump()
		files, _ = filepath.Glob(filepath.Join(inbox, "*.sotaykq"))
		top := s.win.Canvas().Overlays().Top()
		return len(files) == 1 && top != nil && findLabel(top, "Đã ghi kết quả") != nil
	})
	if s.app.Preferences().String(prefBranch) != "Chi bộ Khu phố 3" {
		t.Error("the chi bộ is not remembered")
	}
	s.win.Canvas().Overlays().Top().Hide()
	os.WriteFile(filepath.Join(inbox, "hong.sotaykq"), []byte("{}"), 0o644)

	// The trainer (here the same library) takes the folder in.
	s.receiveResults([]string{inbox})
	waitFor(t, func() bool {
		pump()
		top := s.win.Canvas().Overlays().Top()
		return top != nil && findLabel(top, "Đã nhận 1 tệp kết quả mới; 0 tệp đã có hoặc cũ hơn, giữ bản đang có; 1 tệp không nhận được.") != nil
	})
	top := s.win.Canvas().Overlays().Top()
	if findLabel(top, "hong.sotaykq: không nhận") == nil || findLabel(top, "mới") == nil {
		t.Error("the report does not name each file")
	}
	top.Hide()
	pump()
	v := s.results
	if v == nil {
		t.Fatal("the table is not open")
	}
	waitFor(t, func() bool {
		pump()
		return len(v.rowsP) == 1 && v.rowsP[0][4] == "Chi bộ Khu phố 3" && v.rowsP[0][0] == "Nguyễn Văn An"
	})
	if v.rowsP[0][5] != "đã xác minh" || len(v.rowsQ) != 1 {
		t.Errorf("the table: %q %q", v.rowsP, v.rowsQ)
	}
	if findLabel(v.people, "Chi bộ Khu phố 3") == nil {
		t.Error("the table does not show its cells")
	}
	v.exportXLSX()
	waitFor(t, func() bool { pump(); return s.files != nil && s.files != c })
	s.files.show(inbox)
	pump()
	s.files.confirm()
	waitFor(t, func() bool {
		pump()
		m, _ := filepath.Glob(filepath.Join(inbox, "*.xlsx"))
		return len(m) == 1
	})
}

// Xuất gói học tập from the library: a plan chosen, signed with the
// unit's key, saved through the save dialog; the file is a pack that
// verifies and carries the plan.
func TestExportStudyPack(t *testing.T) {
	s := newTestShell(t, "")
	s.app.Preferences().SetString(prefPackKey, "khoá")
	planOfSamples(t, s, 0)
	tapButton(t, s.library.CanvasObject(), "Xuất gói học tập…")
	var form fyne.CanvasObject
	waitFor(t, func() bool {
		pump()
		form = s.win.Canvas().Overlays().Top()
		return form != nil && entryHinted(form, "VD: Ban Tuyên giáo Quận ủy") != nil
	})
	entryHinted(form, "VD: Ban Tuyên giáo Quận ủy").SetText("Ban Tuyên giáo Quận ủy")
	tapButton(t, form, "Xuất gói…")
	waitFor(t, func() bool { pump(); return s.files != nil && s.files.mode == chooseSave })
	dir := t.TempDir()
	s.files.show(dir)
	pump()
	if s.files.name.Text != "Học thử đợt 1.sotay" {
		t.Errorf("suggested %q", s.files.name.Text)
	}
	s.files.confirm()
	var done fyne.CanvasObject
	waitFor(t, func() bool {
		pump()
		done = s.win.Canvas().Overlays().Top()
		return done != nil && findLabel(done, "Gói kèm kế hoạch") != nil
	})
	p, err := library.ReadPackFile(filepath.Join(dir, "Học thử đợt 1.sotay"), "khoá")
	if err != nil || !p.Verified || p.Manifest.Plan == nil || p.Manifest.Unit != "Ban Tuyên giáo Quận ủy" || len(p.Manifest.Banks) == 0 {
		t.Fatalf("%v %+v", err, p)
	}
	if s.app.Preferences().String(prefPackUnit) != "Ban Tuyên giáo Quận ủy" {
		t.Error("the unit is not remembered")
	}
}
