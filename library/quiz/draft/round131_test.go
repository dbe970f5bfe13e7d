package draft

import (
	"strings"
	"testing"
	"time"
)

// A point that leaves some out is no group: "có bao nhiêu nhóm đối
// tượng" over two groups and "3. Không áp dụng đối với …" is not asked
// (round 131's key said 3 for 2). Made up after its decision.
func TestExclusionIsNoGroup(t *testing.T) {
	page := "THỦ TƯỚNG CHÍNH PHỦ\nSố: 928/QĐ-TTg\nQUYẾT ĐỊNH\nQuy định chính sách hỗ trợ người lao động\nQUYẾT ĐỊNH:\n" +
		"Điều 1. Đối tượng được hỗ trợ\n" +
		"1. Người lao động đang tham gia bảo hiểm thất nghiệp tại thời điểm ngày 30 tháng 9 năm 2026, không bao gồm các trường hợp sau:\n" +
		"a) Người lao động đang làm việc tại cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội.\n" +
		"b) Người lao động đang làm việc tại đơn vị sự nghiệp công lập do ngân sách nhà nước bảo đảm chi thường xuyên.\n" +
		"2. Người lao động đã dừng tham gia bảo hiểm thất nghiệp do chấm dứt hợp đồng lao động trong năm 2026.\n" +
		"3. Không áp dụng đối với đối tượng tự nguyện không nhận hỗ trợ.\n" +
		"Điều 2. Mức hỗ trợ\n1. Mức hỗ trợ được tính theo thời gian đã đóng bảo hiểm thất nghiệp.\n"
	src := Source{DocumentID: 1, Title: "Quyết định số 928/QĐ-TTg quy định chính sách hỗ trợ người lao động", Kind: "Quyết định",
		Number: "928/QĐ-TTg", IssuedOn: "2026-10-01", Pages: []string{page}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	for _, d := range Drafts(src) {
		if strings.Contains(d.Question.Stem, "bao nhiêu nhóm đối tượng") {
			t.Errorf("a count with an exclusion for a group: %q (key %s)", d.Question.Stem, answerOf(d.Question))
		}
	}
}

// An act of the COVID-19 years named by the pandemic is spent: round
// 131's judge dropped every draft of a 2021 decision paying support from
// the unemployment fund. One issued after is not.
func TestPandemicActsSpent(t *testing.T) {
	today := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	src := Source{Title: "Quyết định số 28/2021/QĐ-TTg quy định về việc thực hiện chính sách hỗ trợ người lao động bị ảnh hưởng bởi đại dịch COVID-19 từ Quỹ bảo hiểm thất nghiệp",
		Kind: "Quyết định", IssuedOn: "2021-10-01", Today: today}
	if got := Spent(src); got != SpentPeriod {
		t.Errorf("Spent = %q, want %q", got, SpentPeriod)
	}
	src.IssuedOn, src.Title = "2024-05-01", "Quyết định phê duyệt Đề án tổng kết công tác phòng, chống dịch COVID-19"
	if got := Spent(src); got != "" {
		t.Errorf("a later review of the pandemic: Spent = %q", got)
	}
}
