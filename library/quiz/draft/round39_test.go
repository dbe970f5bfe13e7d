package draft

import (
	"strings"
	"testing"
)

// Round 39: a report of a law is named by the law ("Luật Thuế tài
// nguyên số 70/2025/QH15", not its first sentence nor "Luật số …"); its
// lead "Dưới đây là một số nội dung mới …:" names no part; "…… năm đầu
// … tính từ năm thứ 4" is counted by the stem. The text is made up.
func TestLawReport(t *testing.T) {
	text := "Luật Thuế tài nguyên số 70/2025/QH15 chính thức có hiệu lực từ 01/7/2026 và áp dụng cho kỳ tính thuế năm 2026.\n" +
		"Dưới đây là một số nội dung mới của Luật Thuế tài nguyên:\n" +
		"- Mức thuế suất đối với khoáng sản kim loại không thấp hơn 12%.\n" +
		"- Dự án khai thác mới được miễn thuế 2 năm đầu, tính từ năm thứ 3 được giảm một nửa số thuế phải nộp.\n"
	got := map[string]string{}
	for _, d := range reported(text) {
		got[answerOf(d.Question)] = d.Question.Stem
	}
	s, ok := got["12%"]
	if !ok || !strings.HasPrefix(s, "Theo Luật Thuế tài nguyên số 70/2025/QH15, điền") {
		t.Errorf("the rate: %q (asked %v)", s, ok)
	}
	if s, ok := got["2"]; ok {
		t.Errorf("counted by the stem: %q", s)
	}
}
