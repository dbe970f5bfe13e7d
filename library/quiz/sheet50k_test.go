package quiz_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
	"sotay/library/quiz/quiztest"
)

// A spreadsheet of 50,000 questions with three bad rows deep inside: the
// bad rows are reported by their line, the 49,997 good ones all come in,
// in one transaction, and a second import finds them all there already.
// Under -race the sheet has 10,000 rows (the bad ones stay inside it); make
// unit runs it again at 50,000 without -race.
func TestFiftyThousandRows(t *testing.T) {
	n := 50000
	if raceDetector {
		n = 10000
	}
	mid := n / 2
	f := excelize.NewFile()
	defer f.Close() // the stream writer's temporary file
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	sw.SetRow("A1", []any{"Câu hỏi", "A", "B", "C", "D", "Đáp án", "Chủ đề", "Loại"})
	bad := map[int]string{
		7:     "dòng 7: chưa có đáp án đúng",
		mid:   fmt.Sprintf("dòng %d: cột Loại ghi “Một đáp án” nhưng nội dung là câu nhiều đáp án", mid),
		n - 1: fmt.Sprintf("dòng %d: ô F%d chứa công thức nhưng chưa có giá trị", n-1, n-1),
	}
	for r := 2; r <= n+1; r++ {
		answer := any("B")
		switch r {
		case 7:
			answer = ""
		case mid:
			answer = "A, C"
		case n - 1:
			answer = excelize.Cell{Formula: `IF(1=1,"A","B")`}
		}
		cell, _ := excelize.CoordinatesToCellName(1, r)
		if err := sw.SetRow(cell, []any{fmt.Sprintf("Câu hỏi số %d về nghị quyết?", r), "Một", "Hai", "Ba", "Bốn", answer, "chủ đề " + fmt.Sprint(r%7), "Một đáp án"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	_, items, err := formats.Parse("50000.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	good, problems := quiztest.Split(items)
	if len(good) != n-len(bad) || len(problems) != len(bad) {
		t.Fatalf("%d good, problems %q", len(good), problems)
	}
	for _, p := range problems {
		line := 0
		fmt.Sscanf(p, "dòng %d", &line)
		if want := bad[line]; want == "" || !strings.HasPrefix(p, want) {
			t.Errorf("problem %q, want %q", p, want)
		}
	}
	_, s := openLibrary(t)
	bank := newBank(t, s, "Năm mươi nghìn")
	rep, err := s.Import(context.Background(), bank, items)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count(quiz.Imported) != n-len(bad) || rep.Count(quiz.Problemed) != len(bad) {
		t.Fatalf("imported %d, problems %d", rep.Count(quiz.Imported), rep.Count(quiz.Problemed))
	}
	rep, err = s.Import(context.Background(), bank, items)
	if err != nil || rep.Count(quiz.Duplicate) != n-len(bad) || rep.Count(quiz.Imported) != 0 {
		t.Fatalf("re-import: %v, %d duplicates, %d imported", err, rep.Count(quiz.Duplicate), rep.Count(quiz.Imported))
	}
}

// A 55,000-question bank exported as Word reads back whole: the export is
// within the import's own limits (it was not).
func TestFiftyFiveThousandDOCX(t *testing.T) {
	if raceDetector || testing.Short() {
		t.Skip("55,000 questions: run without -race (make unit)")
	}
	qs := quiztest.SyntheticBank(55000)
	var buf bytes.Buffer
	rep, err := formats.Export(&buf, formats.DOCX, "Năm mươi lăm nghìn câu", qs)
	if err != nil || rep.Written != len(qs) {
		t.Fatalf("export: %v %+v", err, rep)
	}
	_, items, err := formats.Parse("lon.docx", buf.Bytes())
	if err != nil {
		t.Fatalf("%d bytes: %v", buf.Len(), err)
	}
	n := 0
	for _, it := range items {
		if it.Err != nil {
			t.Fatalf("line %d: %v", it.Line, it.Err)
		}
		n++
	}
	if n != len(qs) {
		t.Errorf("%d questions back, want %d", n, len(qs))
	}
}
