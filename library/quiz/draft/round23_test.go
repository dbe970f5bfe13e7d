package draft

import (
	"strings"
	"testing"
)

// A conclusion's deadline by its month, in brackets closing a long task
// ("… (hoàn thành trong tháng 11/2025)"), is asked with the task's first
// clause; a period in brackets inside a sentence is not (round 23's Kết
// luận 212-KL/TW gave nothing).
func TestMonthDeadlineInBrackets(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 212-KL/TW\nKẾT LUẬN\nvề tiêu chuẩn của đơn vị hành chính\n" +
		"Tại phiên họp ngày 14/11/2025, Bộ Chính trị, Ban Bí thư đã nghe báo cáo và kết luận như sau:\n" +
		"1. Giao Đảng uỷ Quốc hội lãnh đạo, chỉ đạo ban hành Nghị quyết về tiêu chuẩn của đơn vị hành chính và phân loại đô thị thống nhất, đồng bộ của hệ thống pháp luật để phát triển đô thị phù hợp với chính quyền địa phương 2 cấp và xu thế chung của khu vực và thế giới (hoàn thành trong tháng 11/2025).\n" +
		"2. Tiếp tục đẩy mạnh các phong trào thi đua yêu nước sâu rộng, thực hiện thắng lợi Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và nghị quyết đại hội đảng bộ các cấp nhiệm kỳ (2021 - 2025), thiết thực chào mừng Đại hội lần thứ XIV của Đảng.\n"
	found := false
	for _, d := range Drafts(Source{Title: "Kết luận số 212-KL/TW", Kind: "Kết luận", Number: "212-KL/TW", Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "(……)") {
			t.Errorf("a period in brackets inside a sentence asked: %q", s)
		}
		if answerOf(d.Question) == "11/2025" {
			found = true
			if !strings.Contains(s, "Giao Đảng ủy Quốc hội lãnh đạo, chỉ đạo ban hành Nghị quyết") || !strings.HasSuffix(s, "(hoàn thành trong tháng ……)”") {
				t.Errorf("the deadline without its task: %q", s)
			}
		}
	}
	if !found {
		t.Error("the month's deadline not asked")
	}
}
