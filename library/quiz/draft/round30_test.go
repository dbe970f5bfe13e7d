package draft

import (
	"slices"
	"testing"
)

// A rule's period in words after "trong thời hạn" ("phải niêm yết trong
// thời hạn một năm kể từ ngày phát hành cổ phiếu lần đầu") is asked like
// "trong vòng hai năm": Nghị quyết 12-NQ/TW gave 11 drafts and never
// asked it. The resolution is made up.
func TestPeriodInWordsAfterTimeLimit(t *testing.T) {
	text := "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XIV\nvề hợp tác xã kiểu mới\n" +
		"I- NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n" +
		"1- Đẩy mạnh cổ phần hóa\n" +
		"- Các hợp tác xã chuyển đổi phải đăng ký lại trong thời hạn sáu tháng kể từ ngày được phê duyệt phương án chuyển đổi.\n" +
		"- Tổ chức tổng kết mô hình hợp tác xã kiểu mới trước khi nhân rộng, tránh hình thức, chạy theo số lượng.\n"
	var got []string
	for _, d := range Drafts(Source{Title: "Nghị quyết số 31-NQ/TW ngày 5/5/2026", Pages: []string{text}}) {
		got = append(got, answerOf(d.Question))
	}
	if !slices.Contains(got, "sáu") {
		t.Errorf("the period in words is not asked; answers %q", got)
	}
}
