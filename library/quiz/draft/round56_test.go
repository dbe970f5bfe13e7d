package draft

import (
	"strings"
	"testing"

	"sotay/internal/vanban"
)

// A news report's sub-heading, glued on the page to the sentence under
// it ("… đặc biệt khó khăn Một điểm mới …"), is the reporter's sum of
// that paragraph: it is not asked, the provision under it is (round 55's
// judge dropped the sub-heading's blank as broken text and a duplicate).
// The text is made up.
func TestNewsSubheadingNotAsked(t *testing.T) {
	text := "Thông tư mới về thu tiền sử dụng đất\n" +
		"Bộ Tài chính vừa ban hành Thông tư số 333/2026/TT-BTC sửa đổi, bổ sung một số điều về thu tiền sử dụng đất.\n" +
		"Thông tư có hiệu lực thi hành từ ngày 10/2/2027. Ảnh minh họa. Nguồn: internet. Giảm 40% cho dự án ở nơi đặc biệt khó khăn Một điểm mới đáng quan tâm của Thông tư là bổ sung quy định về việc giảm tiền sử dụng đất. Cụ thể: Giảm 40% tiền sử dụng đất đối với dự án thuộc địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn; giảm 20% tiền sử dụng đất đối với dự án thuộc địa bàn có điều kiện kinh tế - xã hội khó khăn.\n"
	m := vanban.ReadMeta(text)
	src := Source{Title: m.Title, Kind: m.Kind, Number: m.Number, Issuer: m.Issuer, Pages: []string{vanban.Unflatten(text)}}
	provision := false
	for _, d := range Drafts(src) {
		s := d.Question.Stem
		if strings.Contains(s, "cho dự án ở nơi") || strings.Contains(s, "Một điểm mới") {
			t.Errorf("the sub-heading asked: %s", s)
		}
		if strings.Contains(s, "tiền sử dụng đất đối với dự án") {
			provision = true
		}
	}
	if !provision {
		t.Errorf("the provision under the sub-heading was not asked")
	}
}

// Round 56 (54 news articles of 2017): a term in a news article is given
// away by the article's own year ("Đại hội Đảng bộ tỉnh lần thứ XV nhiệm
// kỳ ……", written in 2017); the years since a directive began are
// trivia; "cơ quan nào rà soát, kiểm tra, chủ động xử lý?" says no what.
// A body's task that says what it is about is still asked. The text is
// made up.
func TestRound56(t *testing.T) {
	text := "Thủ tướng làm việc với tỉnh về thu hút đầu tư\n" +
		"Chiều 12/7, Thủ tướng Chính phủ đã có buổi làm việc với lãnh đạo tỉnh về tình hình kinh tế - xã hội.\n" +
		"Sau hai năm triển khai Chỉ thị, các cấp ủy, chính quyền địa phương đã nhận thức rõ rệt hơn về vai trò, vị trí của tín dụng chính sách xã hội trong việc thực hiện mục tiêu giảm nghèo, giải quyết việc làm, xây dựng nông thôn mới, đảm bảo an sinh xã hội trên địa bàn. " +
		"Thủ tướng lưu ý tỉnh quán triệt và thực hiện có hiệu quả Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV nhiệm kỳ 2015-2020, phấn đấu trở thành tỉnh dịch vụ, công nghiệp hiện đại. " +
		"Về vấn đề môi trường, Thủ tướng đề nghị Bộ Tài nguyên và Môi trường tiếp tục rà soát, kiểm tra, chủ động xử lý. " +
		"Thủ tướng đề nghị Bộ Kế hoạch và Đầu tư chủ trì xây dựng cơ chế thu hút đầu tư vào các khu kinh tế ven biển của tỉnh. " +
		"Thủ tướng yêu cầu Bộ Tài chính chủ trì bố trí vốn cho các công trình giao thông kết nối vùng trong năm 2018. " +
		"Thủ tướng đề nghị Bộ Giao thông vận tải phối hợp với tỉnh hoàn thành tuyến cao tốc ven biển trước năm 2020. " +
		"Thủ tướng giao Bộ Công Thương nghiên cứu, đề xuất cơ chế phát triển điện gió ngoài khơi.\n"
	m := vanban.ReadMeta(text)
	src := Source{Title: m.Title, Kind: m.Kind, Number: m.Number, Issuer: m.Issuer, Pages: []string{text}}
	bodies := 0
	for _, d := range Drafts(src) {
		s := d.Question.Stem
		if strings.Contains(s, "nhiệm kỳ ……") || answerOf(d.Question) == "2015-2020" {
			t.Errorf("a term a news article's year gives away: %s", s)
		}
		if strings.Contains(s, "Sau …… năm") {
			t.Errorf("the years gone by asked: %s", s)
		}
		if strings.Contains(s, "chủ động xử lý?") {
			t.Errorf("a task with no what: %s", s)
		}
		if strings.Contains(s, "cơ quan nào") {
			bodies++
		}
	}
	if bodies == 0 {
		t.Errorf("no body asked by its task")
	}
}
