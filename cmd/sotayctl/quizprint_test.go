package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sotay/internal/pdftext"
	"sotay/library"
	"sotay/library/quiz"
)

// A trainer prints the bank as three variants of five questions and gets
// a real A4 PDF that reads back with the codes and the key.
func TestQuizPrint(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	if code, _, errOut := ctl(t, "--db", db, "quiz", "import", "--bank", "Nghị quyết 15", filepath.Join(quizTestdata, "de-thi.txt")); code > 1 {
		t.Fatalf("import: %s", errOut)
	}
	out := filepath.Join(dir, "đề.pdf")
	code, stdout, errOut := ctl(t, "--db", db, "quiz", "print", "nghi quyet 15", "--variants", "3", "--count", "5",
		"--minutes", "15", "--title", "Đề kiểm tra chi bộ", "--seed", "42", "--json", "-o", out)
	if code != 0 {
		t.Fatalf("print: exit %d %s", code, errOut)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep["questions"].(float64) != 5 || len(rep["codes"].([]any)) != 3 || rep["pages"].(float64) < 4 {
		t.Errorf("report %v", rep)
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(data), "%PDF-") {
		t.Fatalf("not a PDF: %v", err)
	}
	res, err := pdftext.Extract(context.Background(), data, pdftext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(strings.Join(res.Pages, " ")), " ")
	for _, want := range []string{"ĐỀ KIỂM TRA CHI BỘ", "Mã đề 101", "Mã đề 102", "Mã đề 103", "Câu 5.", "ĐÁP ÁN", "Thời gian làm bài: 15 phút"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "Câu 6.") {
		t.Error("--count 5 printed more")
	}
	// The same seed prints the same test.
	again := filepath.Join(dir, "lại.pdf")
	ctl(t, "--db", db, "quiz", "print", "nghi quyet 15", "--variants", "3", "--count", "5", "--minutes", "15",
		"--title", "Đề kiểm tra chi bộ", "--seed", "42", "-o", again)
	res2, _ := pdftext.Extract(context.Background(), mustRead(t, again), pdftext.Options{})
	if strings.Join(res2.Pages, "") != strings.Join(res.Pages, "") {
		t.Error("the same seed printed another test")
	}
	if code, _, _ := ctl(t, "--db", db, "quiz", "print", "không có", "-o", out); code != 1 {
		t.Errorf("unknown bank: exit %d", code)
	}
	if code, _, _ := ctl(t, "--db", db, "quiz", "print", "1", "--variants", "99", "-o", out); code != 2 {
		t.Errorf("--variants 99: exit %d", code)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// After four cadres took a three-question exam, quiz stats reports each
// question's facility, discrimination and the options nobody picked.
func TestQuizStats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	ctx := context.Background()
	lib, err := library.Open(ctx, db, library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := lib.Quiz()
	bank, err := s.CreateBank(ctx, "Thống kê", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, stem := range []string{"Câu dễ?", "Câu vừa?", "Câu khó?"} {
		q := &quiz.Question{BankID: bank.ID, Type: quiz.Single, Stem: stem,
			Options: []quiz.Option{{Text: "đúng", Correct: true}, {Text: "sai một"}, {Text: "sai hai"}}}
		if err := s.SaveQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, q.ID)
	}
	for p, picks := range [][]int{{0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {1, 1, 1}} {
		prof, err := s.CreateProfile(ctx, string(rune('A'+p)))
		if err != nil {
			t.Fatal(err)
		}
		a, err := s.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: prof.ID, Mode: quiz.Exam}, ids, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range picks {
			if _, err := s.Answer(ctx, a.ID, i, quiz.Response{Choices: []int{c}}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.Finish(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	lib.Close()

	code, out, _ := ctl(t, "--db", db, "quiz", "stats", "--json", "thong ke")
	rows := jsonLines(t, out)
	if code != 0 || len(rows) != 3 {
		t.Fatalf("exit %d, %d rows", code, len(rows))
	}
	want := []float64{0.75, 0.5, 0.25}
	for i, r := range rows {
		if r["attempts"].(float64) != 4 || r["facility"].(float64) != want[i] {
			t.Errorf("row %d: %v", i, r)
		}
	}
	if u := rows[0]["unpicked"].([]any); len(u) != 1 || u[0] != "C" {
		t.Errorf("nobody picked C of the easy question: %v", rows[0]["unpicked"])
	}
	if rows[1]["discrimination"] == nil || rows[1]["discrimination"].(float64) <= 0 {
		t.Errorf("the middle question should discriminate: %v", rows[1]["discrimination"])
	}
	code, out, _ = ctl(t, "--db", db, "quiz", "stats", "thong ke")
	if code != 0 || !strings.Contains(out, "Độ dễ") || !strings.Contains(out, "75%") {
		t.Errorf("text stats: %q", out)
	}
}
