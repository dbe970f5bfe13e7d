package draft

import (
	"strings"
	"testing"
)

// Round 38: a report of an amending decree ("Chính phủ vừa ban hành
// Nghị định số … sửa đổi, bổ sung …") names it; the old decree's rate
// told as background ("Hiện nay, … theo Nghị định số 90/2024/NĐ-CP …
// 6,6%/năm") is not asked as the new one's; "đơn đề nghị xác nhận" is
// no drafting story. The text is made up.
func TestAmendingDecreeReport(t *testing.T) {
	text := "Chính phủ vừa ban hành Nghị định số 300/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 90/2024/NĐ-CP về phát triển nhà ở xã hội.\n" +
		"Hiện nay, lãi suất cho vay nhà ở xã hội theo Nghị định số 90/2024/NĐ-CP là 6,6%/năm.\n" +
		"Theo Nghị định mới, lãi suất cho vay nhà ở xã hội giảm xuống còn 5,4%/năm.\n" +
		"Trong thời hạn 07 ngày, kể từ ngày nhận được đơn đề nghị xác nhận, cơ quan Công an cấp xã có trách nhiệm xác nhận điều kiện về thu nhập.\n"
	got := map[string]string{}
	for _, d := range reported(text) {
		got[answerOf(d.Question)] = d.Question.Stem
	}
	if s, ok := got["5,4%"]; !ok || !strings.HasPrefix(s, "Theo Nghị định số 300/2025/NĐ-CP") {
		t.Errorf("the new rate: %q (asked %v)", s, ok)
	}
	if s, ok := got["6,6%"]; ok {
		t.Errorf("the old decree's rate asked: %q", s)
	}
	if _, ok := got["07"]; !ok {
		t.Errorf("the deadline not asked: %v", got)
	}
}

// A decree pasted from its scope article ("Nghị định này quy định chi
// tiết thi hành khoản 1 Điều 1, … và Điều 5 của Nghị quyết số …") is
// named by what it details, not by that sentence (round 38).
func TestScopeSentenceName(t *testing.T) {
	title := "Nghị định này quy định chi tiết thi hành khoản 1 Điều 1, khoản 2, khoản 3 Điều 3, khoản 2 Điều 4 và Điều 5 của Nghị quyết số 150/2024/QH15 ngày 30/11/2024 của Quốc hội về thí điểm dự án nhà ở thương mại."
	got := docRef(Source{Title: title, Pages: []string{title + "\n"}})
	if got != "Nghị định quy định chi tiết thi hành Nghị quyết số 150/2024/QH15 ngày 30/11/2024 của Quốc hội về thí điểm dự án nhà ở thương mại" {
		t.Errorf("named %q", got)
	}
}
