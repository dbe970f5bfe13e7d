package draft

import (
	"strings"
	"testing"
)

// A legal site's page on a resolution quotes other texts under its
// questions: "Nguyên tắc cân đối ngân sách ra sao?" / "… được quy định
// tại Điều 7 Luật Ngân sách nhà nước 2025, cụ thể như sau:", or a
// question naming another decision. Their figures are not the
// resolution's (round 28 asked a law's debt ceilings as Nghị quyết
// 66.5/2025/NQ-CP's). The page is made up.
func TestOtherDocumentsOnAPage(t *testing.T) {
	page := "Toàn văn Nghị quyết 77.1/2026/NQ-CP về sử dụng nguồn dự phòng ngân sách ra sao?\n" +
		"Ngày 05 tháng 3 năm 2026, Chính phủ đã có Nghị quyết 77.1/2026/NQ-CP về sử dụng nguồn dự phòng ngân sách trung ương.\n" +
		"Theo Nghị quyết 77.1/2026/NQ-CP, mục tiêu như sau:\n" +
		"- Phấn đấu giải ngân 95% nguồn dự phòng được giao cho các bộ, ngành trong năm 2026.\n" +
		"- Bảo đảm 100% khoản chi từ dự phòng được công khai trên cổng thông tin điện tử của Bộ Tài chính.\n" +
		"Nguyên tắc cân đối ngân sách nhà nước ra sao?\n" +
		"Nguyên tắc cân đối ngân sách nhà nước được quy định tại Điều 7 Luật Ngân sách nhà nước 2025, cụ thể như sau:\n" +
		"- Đối với các địa phương không nhận bổ sung cân đối, mức dư nợ vay không vượt quá 120% số dự toán thu ngân sách được hưởng.\n" +
		"- Đối với các địa phương nhận bổ sung cân đối, mức dư nợ vay không vượt quá 80% số dự toán thu ngân sách được hưởng.\n" +
		"Lễ khai mạc theo Quyết định 3595/QĐ-BVHTTDL ra sao?\n" +
		"Lễ khai mạc có khoảng 1.500 đại biểu tham dự, tổ chức vào ngày 26 tháng 10 năm 2026 tại Hà Nội.\n"
	src := Source{Title: "Toàn văn Nghị quyết 77.1/2026/NQ-CP về sử dụng nguồn dự phòng ngân sách ra sao?", Pages: []string{page}}
	if got := docRef(src); !strings.HasPrefix(got, "Nghị quyết số 77.1/2026/NQ-CP") {
		t.Errorf("named %q", got)
	}
	for _, d := range Drafts(src) {
		switch answerOf(d.Question) {
		case "120%", "80%", "1.500", "ngày 26 tháng 10 năm 2026":
			t.Errorf("another document's figure asked: %q", d.Question.Stem)
		}
	}
}
