package library

import (
	"context"
	"testing"

	"sotay/library/quiz"
)

// A question from another PC names its passage by quote alone: the library
// finds it through the full-text index, also when the quote runs across a
// line break of the text (its first words as written are on no line).
func TestQuoteFoundAnywhere(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	addDoc(t, lib, "Tin khác", "Hội nghị bàn về công tác cán bộ năm 2026.")
	id := addDoc(t, lib, "Báo cáo chi bộ",
		"Trong buổi sinh hoạt, một đảng viên bày tỏ quan điểm:\nChuyển đổi số phải bắt đầu từ chính chi bộ.")
	bank, err := lib.Quiz().CreateBank(ctx, "Trích", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, quote := range []string{
		"Chuyển đổi số phải bắt đầu từ chính chi bộ",   // on one line
		"bày tỏ quan điểm: Chuyển đổi số phải bắt đầu", // across the line break, within its first five words
	} {
		rep, err := lib.Quiz().Import(ctx, bank, []quiz.Item{{Line: 1, Q: &quiz.Question{Type: quiz.TrueFalse,
			Stem: "Đúng hay sai: " + quote, Options: quiz.TrueFalseOptions(true), Passage: &quiz.Passage{Quote: quote}}}})
		if err != nil || rep.Count(quiz.Imported) != 1 {
			t.Fatalf("%q: %v %+v", quote, err, rep.Rows)
		}
		q, err := lib.Quiz().Question(ctx, rep.Rows[0].ID)
		if err != nil || q.Passage == nil || q.Passage.DocumentID != id || q.Passage.DocumentTitle != "Báo cáo chi bộ" {
			t.Errorf("%q: passage %+v %v", quote, q.Passage, err)
		}
	}
}
