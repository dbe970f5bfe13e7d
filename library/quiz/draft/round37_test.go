package draft

import (
	"strings"
	"testing"
)

// Round 37: a page quoting a decree's articles names each by its number
// and title, not as "mục “Điều 61c. …”"; points another act's article
// receives ("… đã bổ sung điểm c và điểm d vào sau điểm b khoản 1 Điều 6
// Nghị định 115/2024/NĐ-CP …:") are not the article above's; "Việc bổ
// sung …… điểm này" counts the decree's own parts. The page is made up.
func TestPageArticles(t *testing.T) {
	page := "Toàn văn Nghị định 300/2025/NĐ-CP sửa đổi quy định về đấu thầu ra sao?\n" +
		"Điều 61c. Quy trình giải quyết kiến nghị\n" +
		"1. Nhà đầu tư gửi đơn kiến nghị đến bên mời thầu trong thời hạn 12 ngày kể từ ngày kết quả lựa chọn nhà đầu tư được đăng tải.\n" +
		"2. Bên mời thầu có văn bản giải quyết kiến nghị gửi đến nhà đầu tư trong thời hạn 08 ngày làm việc kể từ ngày nhận được đơn.\n" +
		"Ngoài ra, Nghị định số 300/2025/NĐ-CP cũng đã bổ sung điểm c và điểm d vào sau điểm b khoản 1 Điều 6 Nghị định 115/2024/NĐ-CP về đối tượng được hưởng ưu đãi như sau:\n" +
		"c) Nhà đầu tư là doanh nghiệp khởi nghiệp sáng tạo được hưởng mức ưu đãi 4% khi đánh giá hồ sơ dự thầu;\n" +
		"d) Nhà đầu tư nước ngoài có cam kết chuyển giao công nghệ cho đối tác trong nước được hưởng mức ưu đãi 3% khi đánh giá hồ sơ dự thầu.\n" +
		"Việc bổ sung 2 điểm này nhằm khuyến khích hệ sinh thái khởi nghiệp và đổi mới sáng tạo phát triển mạnh mẽ hơn.\n"
	seen := map[string]string{}
	for _, d := range Drafts(Source{Title: "Toàn văn Nghị định 300/2025/NĐ-CP sửa đổi quy định về đấu thầu ra sao?", Pages: []string{page}}) {
		seen[answerOf(d.Question)] = d.Question.Stem
	}
	if s := seen["12"]; !strings.Contains(s, "(khoản 1 Điều 61c") || strings.Contains(s, "mục “Điều") {
		t.Errorf("the article named %q", s)
	}
	if s, ok := seen["3%"]; !ok || strings.Contains(s, "61c") {
		t.Errorf("another act's point named %q (asked %v)", s, ok)
	}
	if s, ok := seen["2"]; ok {
		t.Errorf("the decree's own points counted: %q", s)
	}
}

// A news report of a speech is not asked a role's word ("phải đóng vai
// trò ……"): it is the speaker's, and the other roles read as well (round
// 37). The text is made up.
func TestNoRolesInNews(t *testing.T) {
	text := "Ngành thanh tra cần tập trung vào các vấn đề bức xúc của người dân\n" +
		"Phát biểu tại hội nghị sơ kết, Phó Thủ tướng nhấn mạnh ngành thanh tra phải đóng vai trò chủ đạo trong phòng, chống tham nhũng ở các bộ, ngành.\n"
	for _, d := range Drafts(Source{Title: "Ngành thanh tra cần tập trung vào các vấn đề bức xúc của người dân", Pages: []string{text}}) {
		t.Errorf("asked %q", d.Question.Stem)
	}
}
