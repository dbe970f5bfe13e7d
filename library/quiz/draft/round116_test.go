package draft

import (
	"strings"
	"testing"
)

// drainageRules is a made-up city's regulation shaped like round 115's
// Hải Phòng decision: a dyke corridor set twice at one width in one
// article, and a transitional article whose deadline is the second
// sentence of its paragraph.
const drainageRules = "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI ĐÔNG\nSố: 77/2026/QĐ-UBND\nQUY ĐỊNH\nQuản lý hành lang bảo vệ đê và hệ thống thoát nước\n" +
	"Chương I\nQUY ĐỊNH CHUNG\n" +
	"Điều 1. Phạm vi điều chỉnh\nQuy định này quy định hành lang bảo vệ đê cấp IV, cấp V và việc quản lý hệ thống thoát nước trên địa bàn thành phố.\n" +
	"Điều 2. Hành lang bảo vệ đê\n" +
	"1. Các tuyến đê không kết hợp đường giao thông: hành lang bảo vệ đê được tính từ chân đê trở ra 05 mét về phía sông và phía đồng.\n" +
	"2. Các tuyến đê kết hợp đường giao thông: hành lang bảo vệ đê được xác định theo hành lang an toàn đường bộ nhưng không được nhỏ hơn 5 m tính từ chân đê trở ra.\n" +
	"Điều 3. Trách nhiệm quản lý\n" +
	"Ủy ban nhân dân cấp xã kiểm tra hệ thống thoát nước ít nhất 02 lần mỗi năm trước mùa mưa bão.\n" +
	"Chương II\nTỔ CHỨC THỰC HIỆN\n" +
	"Điều 4. Quy định chuyển tiếp\n" +
	"Đối với hệ thống thoát nước đang giao Sở Xây dựng quản lý trước thời điểm phân cấp cho Ủy ban nhân dân các xã thì Sở Xây dựng tiếp tục quản lý đến khi hoàn tất thủ tục bàn giao cho cấp xã. Thời gian bàn giao về cấp xã hoàn thành trước ngày 01/01/2028.\n"

func drainageDrafts() []Draft {
	return Drafts(Source{Title: "Quyết định số 77/2026/QĐ-UBND", Kind: "Quyết định", Number: "77/2026/QĐ-UBND", IssuedOn: "2026-11-20", Pages: []string{drainageRules}})
}

// Round 115: a transitional article's deadline was cited as (Điều 27 “Đối
// với hệ thống thoát nước … quản lý…”), the task's first words as the
// article's title, and the quote said not what was to be handed over by
// then.
func TestArticleDeadlineQuotesItsTask(t *testing.T) {
	for _, d := range drainageDrafts() {
		if answerOf(d.Question) != "01/01/2028" {
			continue
		}
		s := d.Question.Stem
		if !strings.Contains(s, "(Điều 4 “Quy định chuyển tiếp”)") {
			t.Errorf("the article not named by its title: %q", s)
		}
		if !strings.Contains(s, "“Đối với hệ thống thoát nước đang giao Sở Xây dựng quản lý") || !strings.Contains(s, "bàn giao cho cấp xã. Thời gian bàn giao về cấp xã hoàn thành trước ngày ……”") {
			t.Errorf("the quote lacks the task its deadline is of: %q", s)
		}
		if !strings.Contains(d.Question.Explanation, "trước ngày 01/01/2028”") {
			t.Errorf("explanation: %q", d.Question.Explanation)
		}
		return
	}
	t.Error("the transitional deadline not asked")
}

// Round 115: "05 mét" (khoản 1 Điều 2) and "5 m" (khoản 2 Điều 2) were
// asked both: each gave the other away.
func TestOneArticleOneAnswerOnce(t *testing.T) {
	n := 0
	for _, d := range drainageDrafts() {
		if strings.Contains(d.Question.Stem, "Điều 2 ") && strings.TrimLeft(answerOf(d.Question), "0") == "5" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the corridor's width asked %d times, want once", n)
	}
}
