package formats_test

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"sotay/internal/viet"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
	"sotay/library/quiz/quiztest"
)

func TestVietnameseTextBank(t *testing.T) {
	f, items := quiztest.ParseFile(t, "../testdata/de-thi.txt")
	if f != formats.VNText {
		t.Fatalf("format %s", f)
	}
	good, problems := quiztest.Split(items)
	types := []quiz.Type{}
	for _, q := range good {
		types = append(types, q.Type)
	}
	want := []quiz.Type{quiz.Single, quiz.Single, quiz.Multi, quiz.TrueFalse, quiz.Cloze, quiz.Cloze, quiz.Single}
	if !reflect.DeepEqual(types, want) {
		t.Fatalf("types %v, want %v (problems %q)", types, want, problems)
	}
	q1 := good[0]
	if c := q1.Correct(); !reflect.DeepEqual(c, []int{2}) || q1.Explanation != "Điểm a khoản 2 Điều 3 của Nghị quyết." ||
		q1.Difficulty != 1 || !reflect.DeepEqual(q1.Tags, []string{"chỉ tiêu", "chuyển đổi số"}) || q1.Passage == nil {
		t.Errorf("câu 1 read as %+v", q1)
	}
	if c := good[1].Correct(); !reflect.DeepEqual(c, []int{1}) || good[1].Options[0].Text != "Chủ tịch Ủy ban nhân dân quận" {
		t.Errorf("câu 2 (a) options, * mark): %+v", good[1].Options)
	}
	if good[3].Options[0].Text != "Đúng" || !good[3].Options[0].Correct {
		t.Errorf("câu 4 Đúng/Sai: %+v", good[3].Options)
	}
	if c5 := good[4]; c5.Stem != "Các chi bộ, đảng bộ trực thuộc hoàn thành chương trình hành động trước ngày {1}" ||
		!reflect.DeepEqual(c5.Blanks, [][]string{{"30 tháng 5 năm 2025", "30/5/2025"}}) || !c5.Fold {
		t.Errorf("câu 5 cloze: %q %v fold %v", c5.Stem, c5.Blanks, c5.Fold)
	}
	if c6 := good[5]; c6.Stem != "Nhiệm kỳ của Ban Chấp hành Đảng bộ quận khóa III là {1} – {2}" || !reflect.DeepEqual(c6.Blanks, [][]string{{"2025"}, {"2030"}}) {
		t.Errorf("câu 6 two blanks: %q %v", c6.Stem, c6.Blanks)
	}
	c7 := good[6]
	if len(c7.Options) != 4 || c7.Options[3].Text != "Năm 2030" || !c7.Options[1].Correct {
		t.Errorf("câu 7 inline options + answer table: %+v", c7.Options)
	}
	wantProblems := []string{"(câu 8): chưa có đáp án đúng", "(câu 9): câu hỏi yêu cầu chọn một đáp án nhưng có 2", "(câu 10): dòng đáp án ghi A nhưng phương án được đánh dấu * là B"}
	if len(problems) != len(wantProblems) {
		t.Fatalf("problems %q", problems)
	}
	for i, p := range problems {
		if !strings.Contains(p, wantProblems[i]) || !strings.HasPrefix(p, "dòng ") {
			t.Errorf("problem %q, want %q", p, wantProblems[i])
		}
	}
}

func TestAikenBank(t *testing.T) {
	f, items := quiztest.ParseFile(t, "../testdata/aiken.txt")
	if f != formats.Aiken {
		t.Fatalf("format %s", f)
	}
	good, problems := quiztest.Split(items)
	if len(good) != 2 || !good[1].Options[1].Correct || good[1].Options[0].Text != "10/12" {
		t.Errorf("good %+v", good)
	}
	// as Moodle: the missing ANSWER is reported where the next question starts
	if len(problems) != 2 || !strings.Contains(problems[0], "dòng 17: câu hỏi ở dòng 13 chưa có dòng “ANSWER") ||
		!strings.Contains(problems[1], "dòng 17: đáp án D không có") {
		t.Errorf("problems %q", problems)
	}
}

// tcvn3 encodes Unicode Vietnamese as TCVN3 (ABC) bytes, the inverse of
// the converter, to make the old-encoding files trainers still receive.
func tcvn3(t *testing.T, s string) []byte {
	t.Helper()
	table := map[string]byte{}
	for b := 0x80; b <= 0xff; b++ {
		u := viet.ConvertTCVN3(string(rune(b)))
		if u != string(rune(b)) {
			table[u] = byte(b)
		}
	}
	var out []byte
	for _, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		b, ok := table[string(r)]
		if !ok {
			t.Fatalf("no TCVN3 byte for %q", r)
		}
		out = append(out, b)
	}
	return out
}

func TestTCVN3TextBank(t *testing.T) {
	text := "Câu 1: Nghị quyết 15-NQ/QU do cơ quan nào ban hành?\nA. Quận ủy Tây Giang\nB. ủy ban nhân dân quận\nĐáp án: A\n"
	_, items, err := formats.Parse("cau-hoi.txt", tcvn3(t, text))
	if err != nil {
		t.Fatal(err)
	}
	good, problems := quiztest.Split(items)
	if len(good) != 1 || len(problems) != 0 || good[0].Stem != "Nghị quyết 15-NQ/QU do cơ quan nào ban hành?" || good[0].Options[0].Text != "Quận ủy Tây Giang" {
		t.Errorf("TCVN3 bank read as %+v %q", good, problems)
	}
}

// bankQuestions is one question of every type, as a bank holds them.
func bankQuestions(t *testing.T) []*quiz.Question {
	t.Helper()
	_, items := quiztest.ParseFile(t, "../testdata/de-thi.txt")
	good, _ := quiztest.Split(items)
	for i, q := range good {
		q.ID = int64(i + 1)
	}
	good = append(good, &quiz.Question{ID: 99, Type: quiz.Short, Stem: "Ai ký Nghị quyết 15-NQ/QU?", Blanks: [][]string{{"Nguyễn Văn Khải"}}, Fold: true, Name: "Người ký"})
	return good
}

func sameQuestions(t *testing.T, what string, got, want []*quiz.Question) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d questions, want %d", what, len(got), len(want))
	}
	for i := range want {
		g, w := *got[i], *want[i]
		g.ID, w.ID = 0, 0
		if w.Passage != nil && g.Passage != nil && g.Passage.Quote == w.Passage.Quote {
			g.Passage = w.Passage
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: question %d: %s", what, i+1, diffFields(g, w))
		}
	}
}

func TestExportImportEveryFormat(t *testing.T) {
	qs := bankQuestions(t)
	for _, f := range []formats.Format{formats.VNText, formats.DOCX, formats.CSV, formats.XLSX} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			skipped, err := formats.Export(&buf, f, "Nghị quyết 15", qs)
			if err != nil || len(skipped.Skipped) > 0 {
				t.Fatalf("export: %v, skipped %v", err, skipped)
			}
			got, items, err := formats.Parse("bank"+f.Extension(), buf.Bytes())
			if err != nil || got != f {
				t.Fatalf("parse: %s %v", got, err)
			}
			back, problems := quiztest.Split(items)
			if len(problems) > 0 {
				t.Fatalf("problems reading our own %s: %q", f, problems)
			}
			want := qs
			if f == formats.VNText || f == formats.DOCX {
				// These formats have no place for a question's name.
				want = nil
				for _, q := range qs {
					c := q.Clone()
					c.Name = ""
					want = append(want, c)
				}
			}
			sameQuestions(t, string(f), back, want)
		})
	}
	var buf bytes.Buffer
	skipped, err := formats.Export(&buf, formats.Aiken, "", qs)
	if err != nil || len(skipped.Skipped) != 4 {
		t.Errorf("aiken skips multi, cloze and short answer: %v %v", skipped, err)
	}
}

func TestBadSpreadsheets(t *testing.T) {
	build := func(rows [][]any, edit func(f *excelize.File)) []byte {
		f := excelize.NewFile()
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			f.SetSheetRow("Sheet1", cell, &r)
		}
		if edit != nil {
			edit(f)
		}
		var buf bytes.Buffer
		if _, err := f.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	tests := []struct {
		name     string
		data     []byte
		good     int
		problems []string
	}{
		{"missing answer column", build([][]any{{"Câu hỏi", "A", "B"}, {"Hỏi?", "x", "y"}}, nil), 0,
			[]string{"dòng 1: thiếu cột “Đáp án”"}},
		{"renamed columns", build([][]any{{"Question text", "Answer"}, {"Hỏi?", "A"}}, nil), 0,
			[]string{"dòng 1: không tìm thấy dòng tiêu đề có cột “Câu hỏi” (các cột đang có: “Question text”, “Answer”)"}},
		{"title row, aliases, no correct answer", build([][]any{
			{"ĐỀ THI TÌM HIỂU NGHỊ QUYẾT"},
			{"Nội dung câu hỏi", "Phương án A", "Phương án B", "Đáp án đúng"},
			{"Hỏi một?", "x", "y", "B"},
			{"Hỏi hai?", "x", "y", ""},
		}, nil), 1, []string{"dòng 4: chưa có đáp án đúng"}},
		{"merged cells over rows", build([][]any{
			{"Câu hỏi", "A", "B", "Đáp án"},
			{"Hỏi một?", "x", "y", "A"},
			{"Hỏi hai?", "x", "y", "B"},
			{"", "z", "w", "A"},
		}, func(f *excelize.File) { f.MergeCell("Sheet1", "A3", "A4") }), 2,
			[]string{"dòng 3: ô gộp A3:A4 trải trên nhiều dòng"}},
		{"formula without a cached value", build([][]any{
			{"Câu hỏi", "A", "B", "Đáp án"},
			{"Hỏi một?", "x", "y", "A"},
			{"Hỏi hai?", "x", "y", nil},
		}, func(f *excelize.File) { f.SetCellFormula("Sheet1", "D3", `=IF(1=1,"A","B")`) }), 1,
			[]string{"dòng 3: ô D3 chứa công thức nhưng chưa có giá trị"}},
		{"docx that is not a docx", []byte("<html>not word</html>"), 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name := "bank.xlsx"
			if tc.problems == nil {
				name = "bank.docx"
			}
			_, items, err := formats.Parse(name, tc.data)
			if tc.problems == nil {
				if err == nil || !strings.Contains(err.Error(), "không phải tài liệu Word") {
					t.Fatalf("want a refusal naming Word, got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			good, problems := quiztest.Split(items)
			if len(good) != tc.good || len(problems) != len(tc.problems) {
				t.Fatalf("good %d, problems %q", len(good), problems)
			}
			for i, p := range problems {
				if !strings.HasPrefix(p, tc.problems[i]) {
					t.Errorf("problem %q, want it to start %q", p, tc.problems[i])
				}
			}
		})
	}
}

// diffFields names the fields of two structs that differ.
func diffFields(a, b any) string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	out := ""
	for i := 0; i < va.NumField(); i++ {
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			out += fmt.Sprintf("%s: %#v vs %#v\n", va.Type().Field(i).Name, va.Field(i).Interface(), vb.Field(i).Interface())
		}
	}
	return out
}

// lo-de-word.docx was made by LibreOffice from lo-de-word.html
// (soffice --headless --convert-to docx lo-de-word.html): answers marked
// bold, underlined and red, as trainers mark them in Word.
func TestWordBankMarkedByFormatting(t *testing.T) {
	f, items := quiztest.ParseFile(t, "../testdata/lo-de-word.docx")
	if f != formats.DOCX {
		t.Fatalf("format %s", f)
	}
	good, problems := quiztest.Split(items)
	if len(good) != 3 {
		t.Fatalf("good %d, problems %q", len(good), problems)
	}
	want := [][]int{{1}, {1}, {0, 1}}
	for i, q := range good {
		if c := q.Correct(); !reflect.DeepEqual(c, want[i]) {
			t.Errorf("câu %d correct %v, want %v", i+1, c, want[i])
		}
	}
	if good[2].Type != quiz.Multi || good[0].Options[1].Text != "Mỗi tháng một lần" {
		t.Errorf("câu 3 %s, câu 1 option B %q", good[2].Type, good[0].Options[1].Text)
	}
	if len(problems) != 1 || !strings.Contains(problems[0], "(câu 4): chưa có đáp án đúng") {
		t.Errorf("problems %q", problems)
	}
}
