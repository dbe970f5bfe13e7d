package quiz_test

import (
	"reflect"
	"strings"
	"testing"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// The editor's answer lines read back into the same question, for every
// type that has them.
func TestAnswerLinesRoundTrip(t *testing.T) {
	qs := []*quiz.Question{
		{Type: quiz.Short, Stem: "Cơ quan ban hành?", Blanks: [][]string{{"Quận ủy Tây Giang", "Quận ủy"}}},
		{Type: quiz.Short, Stem: "Cơ quan ban hành?", Options: []quiz.Option{{Text: "Quận ủy Tây Giang", Fraction: 1, Feedback: "Đúng."},
			{Text: "Quận ủy", Fraction: 0.5, Feedback: "Cần nêu rõ tên quận."}, {Text: "*", Feedback: "Xem phần mở đầu."}}},
		{Type: quiz.Numerical, Stem: "Tỷ lệ?", Options: []quiz.Option{{Text: "80", Fraction: 1}, {Text: "80", Tolerance: 5, Fraction: 0.5, Feedback: "Gần đúng"}, {Text: "*", Feedback: "Sai"}}},
		{Type: quiz.Numerical, Stem: "Số đơn vị?", Options: []quiz.Option{{Text: "3.5", Tolerance: 0.25, Correct: true}}},
		{Type: quiz.Matching, Stem: "Ghép.", Options: []quiz.Option{{Text: "Văn bản đi", Match: "100% ký số"}, {Text: "Thủ tục", Match: "95% trực tuyến"}, {Match: "50% máy mới"}}},
		{Type: quiz.Cloze, Stem: "Sơ kết {1}, tổng kết {2}.", Blanks: [][]string{{"2027"}, {"2030", "năm 2030"}}},
	}
	for _, q := range qs {
		q.Normalize()
		if err := q.Validate(); err != nil {
			t.Fatalf("%s: %v", q.Type, err)
		}
		text := quiz.AnswerLines(q)
		back := &quiz.Question{Type: q.Type, Stem: q.Stem}
		if err := quiz.SetAnswerLines(back, text); err != nil {
			t.Fatalf("%s %q: %v", q.Type, text, err)
		}
		back.Normalize()
		if !reflect.DeepEqual(back.Options, q.Options) || !reflect.DeepEqual(back.Blanks, q.Blanks) {
			t.Errorf("%s: %q read back as %+v %q, want %+v %q", q.Type, text, back.Options, back.Blanks, q.Options, q.Blanks)
		}
	}
	bad := &quiz.Question{Type: quiz.Numerical}
	if err := quiz.SetAnswerLines(bad, "80\nnhiều"); err == nil || !strings.HasPrefix(err.Error(), "dòng đáp án 2: “nhiều”") {
		t.Errorf("a word for a number: %v", err)
	}
	// "3,5 ± 0,1" as Vietnamese write it; "75..85" a range.
	n := &quiz.Question{Type: quiz.Numerical}
	if err := quiz.SetAnswerLines(n, "3,5 ± 0,1\n75..85 (50%)"); err != nil || n.Options[0].Text != "3.5" || n.Options[0].Tolerance != 0.1 ||
		n.Options[1].Text != "80" || n.Options[1].Tolerance != 5 || n.Options[1].Fraction != 0.5 {
		t.Errorf("Vietnamese decimals, range: %v %+v", err, n.Options)
	}
}

// Trainers write percentages with their sign: "80% ± 5%" is 80 ± 5.
func TestNumbersWithPercentSign(t *testing.T) {
	n := &quiz.Question{Type: quiz.Numerical}
	if err := quiz.SetAnswerLines(n, "80% ± 5%"); err != nil || n.Options[0].Text != "80" || n.Options[0].Tolerance != 5 {
		t.Errorf("editor: %v %+v", err, n.Options)
	}
	items := formats.ParseVNText("Câu 1: Tỷ lệ hồ sơ nộp trực tuyến?\nĐáp số: 80% ± 5%\n")
	if len(items) != 1 || items[0].Err != nil || items[0].Q.Options[0].Tolerance != 5 {
		t.Errorf("vn-text: %+v", items)
	}
}
