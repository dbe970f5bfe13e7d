package draft

import (
	"strings"
	"testing"
)

// Round 64 (a legal portal's pages on Quy định 366-QĐ/TW): a page that
// names no act of its own ("Hướng dẫn xếp loại chất lượng đảng viên năm
// 2025 theo Quy định 366") was named as a guide, and what its lead quotes
// ("Tại Điều 11 Quy định 366-QĐ-TW năm 2025 … như sau:") was credited to
// it, without the rating each condition decides; its scores were held to a
// news report's rules. The text is made up, in the page's shape.
func TestRound64PageQuotingAnAct(t *testing.T) {
	title := "Hướng dẫn xếp loại chất lượng đảng viên năm 2026 theo Quy định 377"
	page := title + "\n" +
		"Tại Điều 11 Quy định 377-QĐ-TW năm 2026 có quy định về xếp loại chất lượng đảng viên như sau:\n" +
		"1. Hoàn thành xuất sắc nhiệm vụ: Là cá nhân có kết quả tổng điểm đánh giá đạt từ 90 điểm trở lên. Đồng thời, phải đáp ứng các điều kiện cụ thể sau:\n" +
		"1.1. Đối với cá nhân không giữ chức vụ lãnh đạo, quản lý: Hoàn thành 100% nhiệm vụ, trong đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu.\n" +
		"1.2. Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước.\n" +
		"2. Không hoàn thành nhiệm vụ: Cá nhân có tổng điểm đánh giá dưới 50 điểm hoặc thuộc một trong các trường hợp sau:\n" +
		"2.1. Có trên 50% số phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong năm.\n" +
		"Đảng viên được xếp loại vào thời điểm nào?\n" +
		"Việc xếp loại được thực hiện vào cuối năm, trước ngày 31/12/2026.\n"
	named, rated := 0, 0
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s := d.Question.Stem
		if strings.HasPrefix(s, "Theo Hướng dẫn xếp loại") {
			t.Errorf("the page named as a guide: %s", s)
		}
		if strings.Contains(s, "vượt mức yêu cầu") || strings.Contains(s, "phiếu tín nhiệm thấp") || strings.Contains(s, "tổng điểm đánh giá") {
			named++
			if !strings.HasPrefix(s, "Theo Quy định số 377-QĐ/TW năm 2026 (khoản ") || !strings.Contains(s, " Điều 11") {
				t.Errorf("not asked as the regulation's: %s", s)
			}
		}
		if strings.Contains(s, "vượt mức yêu cầu") && strings.Contains(s, "“Hoàn thành xuất sắc nhiệm vụ”") || strings.Contains(s, "phiếu tín nhiệm thấp") && strings.Contains(s, "“Không hoàn thành nhiệm vụ”") {
			rated++
		}
	}
	if named < 3 || rated < 1 {
		t.Errorf("%d drafts of the regulation, %d saying the rating they decide", named, rated)
	}
}
