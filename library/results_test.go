package library

import (
	"bytes"
	"context"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// takeQuiz has a learner take the plan's closing quiz, answering the
// questions right as right says (by position).
func takeQuiz(t *testing.T, lib *Library, profile int64, bank int64, right func(i int) bool) {
	t.Helper()
	ctx := context.Background()
	s := lib.Quiz()
	ids, err := s.Draw(ctx, quiz.Selection{BankIDs: []int64{bank}}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: profile, Mode: quiz.Exam, Title: "Kiểm tra cuối đợt", BankID: bank}, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, it := range a.Items {
		choice := 0
		for k, o := range it.Q.Options {
			if o.Correct == right(i) {
				choice = k
			}
		}
		if _, err := s.Answer(ctx, a.ID, i, quiz.Response{Choices: []int{choice}}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Finish(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
}

// Three learners take the pack's closing quiz and send their results; the
// trainer's table has a line per person and per question; a file sent
// twice is kept once, a newer one replaces the older, a tampered one is
// marked unverified, and files that are not results are refused by name.
func TestResultsBackToTheTrainer(t *testing.T) {
	ctx := context.Background()
	trainer, plan := trainerLibrary(t)
	bank := plan.Quiz.BankID
	q2 := &quiz.Question{BankID: bank, Type: quiz.TrueFalse, Stem: "Các chi bộ báo cáo kết quả hằng tháng.", Options: quiz.TrueFalseOptions(false)}
	if err := trainer.Quiz().SaveQuestion(ctx, q2); err != nil {
		t.Fatal(err)
	}
	var pack bytes.Buffer
	if _, err := trainer.ExportPack(ctx, &pack, PackOptions{Plan: plan.ID, Key: "k"}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	learners := []struct {
		name, branch string
		right        func(int) bool
	}{
		{"Nguyễn Văn An", "Chi bộ 1", func(int) bool { return true }},
		{"Trần Thị Bình", "Chi bộ 1", func(i int) bool { return i == 0 }},
		{"Lê Văn Cường", "Chi bộ 2", func(int) bool { return false }},
	}
	for _, l := range learners {
		lib := openTemp(t)
		p, err := ReadPack(pack.Bytes(), "k")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := lib.ImportPack(ctx, p); err != nil {
			t.Fatal(err)
		}
		prof, err := lib.Quiz().CreateProfile(ctx, l.name)
		if err != nil {
			t.Fatal(err)
		}
		plans, _ := lib.Plans(ctx)
		takeQuiz(t, lib, prof.ID, plans[0].Quiz.BankID, l.right)
		var out bytes.Buffer
		sub, err := lib.ExportResults(ctx, &out, ResultsOptions{ProfileID: prof.ID, Branch: l.branch, Plan: plans[0].ID, Key: "k"})
		if err != nil || len(sub.Attempts) != 1 || len(sub.Attempts[0].Items) != 2 {
			t.Fatalf("%v %+v", err, sub)
		}
		if strings.Contains(out.String(), "nền tảng số và lưu biên bản") {
			t.Error("the results file carries the document's text")
		}
		if err := os.WriteFile(filepath.Join(dir, quiz.ResultsFileName(l.name)), out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A tampered file (a score raised, the signature kept), and files
	// that are not results at all.
	an, _ := os.ReadFile(filepath.Join(dir, quiz.ResultsFileName("Nguyễn Văn An")))
	forged := strings.Replace(string(an), `"Nguyễn Văn An"`, `"Phạm Văn Dũng"`, 1)
	os.WriteFile(filepath.Join(dir, "ket-qua-gia.sotaykq"), []byte(forged), 0o644)
	os.WriteFile(filepath.Join(dir, "hong.sotaykq"), []byte("PK\x03\x04 không phải kết quả"), 0o644)
	os.WriteFile(filepath.Join(dir, "diem-am.sotaykq"), []byte(`{"sotay_results":1,"payload":{"person":"X","attempts":[{"mode":"exam","score":-5,"max_score":2,"items":[]}]}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "moi-hon.sotaykq"), []byte(`{"sotay_results":9,"payload":{"person":"X"}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "ghi-chu.txt"), []byte("không phải tệp kết quả"), 0o644)

	got, err := trainer.ReceiveResults(ctx, []string{dir}, "k")
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, r := range got {
		status[filepath.Base(r.Name)] = r.Status
		if r.Status == "refused" && Code(r.Err) != "bad_results" && Code(r.Err) != "too_large" {
			t.Errorf("%s refused without a code: %v", r.Name, r.Err)
		}
		if r.Person == "Phạm Văn Dũng" && r.Verified {
			t.Error("the tampered file was verified")
		}
		if r.Person == "Nguyễn Văn An" && !r.Verified {
			t.Error("a true file was not verified")
		}
	}
	if len(got) != 7 || status["hong.sotaykq"] != "refused" || status["ket-qua-gia.sotaykq"] != "refused" || status["diem-am.sotaykq"] != "refused" || status["moi-hon.sotaykq"] != "refused" ||
		status[quiz.ResultsFileName("Lê Văn Cường")] != "added" {
		t.Fatalf("%v", status)
	}
	table, err := trainer.Quiz().Results(ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(table.People) != 3 || len(table.Questions) != 2 {
		t.Fatalf("%d people, %d questions", len(table.People), len(table.Questions))
	}
	best := map[string]float64{}
	for _, p := range table.People {
		best[p.Person] = p.Best
	}
	if best["Nguyễn Văn An"] != 100 || best["Lê Văn Cường"] != 0 || math.Abs(best["Trần Thị Bình"]-50) > 1e-9 {
		t.Errorf("best scores: %v", best)
	}
	for _, q := range table.Questions {
		if q.Bank != "Câu hỏi Nghị quyết 15" || q.Answers != 3 || len(q.Options) != 2 {
			t.Errorf("question %q: %+v", q.Stem, q)
		}
	}
	var sheet bytes.Buffer
	if err := formats.WriteResultsXLSX(&sheet, table); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&sheet)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := x.GetRows("Theo người học")
	qrows, _ := x.GetRows("Theo câu hỏi")
	if len(rows) != 4 || rows[0][0] != "Họ và tên" || len(qrows) != 3 || !strings.Contains(qrows[1][6], "Đúng") {
		t.Errorf("the spreadsheet: %q %q", rows, qrows)
	}
	// The same file again is kept once; a later one of the same person
	// replaces the earlier.
	again, _ := trainer.ReceiveResults(ctx, []string{filepath.Join(dir, quiz.ResultsFileName("Lê Văn Cường"))}, "k")
	if len(again) != 1 || again[0].Status != "same" {
		t.Errorf("the same file again: %+v", again)
	}
	// An's file made again later (signed): it replaces the first; the
	// first again is older and stays out; an unsigned one never replaces
	// a verified one.
	first, err := quiz.ReadSubmission(an, "k")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, sub quiz.Submission, key string) string {
		var b bytes.Buffer
		if err := quiz.WriteSubmission(&b, sub, key); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), name)
		os.WriteFile(p, b.Bytes(), 0o644)
		return p
	}
	later := first.Submission
	later.MadeAt = later.MadeAt.Add(time.Hour)
	later.Attempts = append([]quiz.SubmittedAttempt(nil), later.Attempts...)
	later.Attempts[0].Title = "Kiểm tra cuối đợt (lần 2)"
	for _, c := range []struct{ file, key, want string }{
		{write("an-lan-2.sotaykq", later, "k"), "k", "replaced"},
		{filepath.Join(dir, quiz.ResultsFileName("Nguyễn Văn An")), "k", "older"},
		{write("an-khong-ky.sotaykq", func() quiz.Submission { s := later; s.MadeAt = s.MadeAt.Add(time.Hour); return s }(), ""), "k", "kept"},
	} {
		re, _ := trainer.ReceiveResults(ctx, []string{c.file}, c.key)
		if len(re) != 1 || re[0].Status != c.want {
			t.Errorf("%s: %+v, want %s", filepath.Base(c.file), re, c.want)
		}
	}
	if table, _ := trainer.Quiz().Results(ctx, "", ""); len(table.People) != 3 {
		t.Errorf("%d people after the later files", len(table.People))
	}
}

// A learner who kept the profile "Cá nhân" writes a full name on the
// file, or gets no file: two such learners would be one line.
func TestResultsNeedAName(t *testing.T) {
	ctx := context.Background()
	lib := openTemp(t)
	prof, _ := lib.Quiz().Profiles(ctx)
	var b bytes.Buffer
	if _, err := lib.ExportResults(ctx, &b, ResultsOptions{ProfileID: prof[0].ID}); Code(err) != "bad_results" {
		t.Errorf("results of “Cá nhân”: %v", err)
	}
	sub, err := lib.ExportResults(ctx, &b, ResultsOptions{ProfileID: prof[0].ID, Person: "Nguyễn Văn An"})
	if err != nil || sub.Person != "Nguyễn Văn An" {
		t.Errorf("%v %+v", err, sub)
	}
}
