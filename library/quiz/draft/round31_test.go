package draft

import (
	"slices"
	"strings"
	"testing"
)

// A legal site's page on a conclusion, headlined "Tải file Kết luận …"
// or asking about it, is named by the conclusion's number; a deadline
// opening its point ("Trong năm 2026, hoàn thành …") is asked; what the
// page says under its own other questions ("Trình tự … ra sao?", "Có sáp
// nhập … không?") — a draft decree's threshold, a rumour it denies — is
// not the conclusion's (round 31 asked both as Kết luận 212-KL/TW's).
// The page is made up.
func TestConclusionOnALegalPage(t *testing.T) {
	page := "Tải file Kết luận 230-KL/TW về phát triển đô thị thông minh ra sao?\n" +
		"Ngày 10/12/2025, Bộ Chính trị đã ban hành Kết luận 230-KL/TW về phát triển đô thị thông minh.\n" +
		"Nội dung Kết luận 230-KL/TW gồm:\n" +
		"(1) Trong năm 2026, hoàn thành việc sửa đổi, bổ sung quy định pháp luật về đô thị thông minh và dữ liệu đô thị.\n" +
		"(2) Phấn đấu đến năm 2030, có ít nhất 40% đô thị loại I trở lên vận hành trung tâm điều hành thông minh.\n" +
		"Trình tự lấy ý kiến Nhân dân khi điều chỉnh địa giới đô thị ra sao?\n" +
		"Vừa qua, Bộ Tư pháp đã công bố tài liệu thẩm định dự thảo về việc lấy ý kiến Nhân dân.\n" +
		"- Kết quả lấy ý kiến Nhân dân đạt trên 65% tổng số hộ gia đình trên địa bàn thì được xem là đồng thuận.\n" +
		"Có sáp nhập tỉnh lần 3 không?\n" +
		"Trên mạng xã hội lan truyền thông tin đến năm 2027 cả nước chỉ còn 18 tỉnh, thành phố; thông tin này chưa được kiểm chứng.\n"
	src := Source{Title: "Tải file Kết luận 230-KL/TW về phát triển đô thị thông minh ra sao?", Pages: []string{page}}
	if got := docRef(src); !strings.HasPrefix(got, "Kết luận số 230-KL/TW") {
		t.Errorf("named %q", got)
	}
	var got []string
	for _, d := range Drafts(src) {
		got = append(got, answerOf(d.Question))
	}
	if !slices.Contains(got, "2026") {
		t.Errorf("the deadline opening its point not asked: %q", got)
	}
	for _, a := range []string{"65%", "18", "2027"} {
		if slices.Contains(got, a) {
			t.Errorf("the page's own matter asked as the conclusion's: %q in %q", a, got)
		}
	}
}

// Who does a task: a sentence's words are no body ("Chính phủ quy định
// tiêu chí lựa chọn" tổ chức …), and a body is not asked among one its
// name holds ("Ủy ban nhân dân Thành phố", both cities, beside "… Thành
// phố Hồ Chí Minh"); a long title names the resolution whole, with its
// issuer (round 31). The resolution is made up.
func TestBodiesByTheirNames(t *testing.T) {
	text := "NGHỊ QUYẾT\nThí điểm một số cơ chế, chính sách đặc thù, đặc biệt để phát triển hệ thống xe buýt điện tại thành phố Hà Nội, Thành phố Hồ Chí Minh\nQUỐC HỘI\nQUYẾT NGHỊ:\n" +
		"Điều 1. Phạm vi\nNghị quyết này quy định thí điểm một số cơ chế phát triển xe buýt điện tại Thành phố Hà Nội và Thành phố Hồ Chí Minh (sau đây gọi là Thành phố).\n" +
		"Điều 2. Tổ chức thực hiện\n" +
		"1. Ủy ban nhân dân Thành phố tổ chức lập, phê duyệt phương án tuyến xe buýt điện và vị trí trạm sạc trên địa bàn.\n" +
		"2. Chính phủ quy định tiêu chí lựa chọn tổ chức, doanh nghiệp được đặt hàng cung cấp xe buýt điện sản xuất trong nước.\n" +
		"3. Ủy ban nhân dân Thành phố Hồ Chí Minh chủ trì thí điểm làn đường riêng cho xe buýt điện trên các trục hướng tâm.\n" +
		"4. Kiểm toán nhà nước chịu trách nhiệm kiểm toán việc sử dụng vốn ngân sách cho xe buýt điện theo kế hoạch hằng năm.\n" +
		"5. Ủy ban Thường vụ Quốc hội chủ trì giám sát việc thực hiện Nghị quyết này theo chương trình giám sát hằng năm.\n"
	src := Source{Title: "Nghị quyết thí điểm một số cơ chế, chính sách đặc thù, đặc biệt để phát triển hệ thống xe buýt điện tại thành phố Hà Nội, Thành phố Hồ Chí Minh",
		Kind: "Nghị quyết", Issuer: "Quốc hội", Pages: []string{text}}
	ds := Drafts(src)
	if len(ds) == 0 {
		t.Fatal("no drafts")
	}
	for _, d := range ds {
		q := d.Question
		opts := optionTexts(q)
		if !strings.HasPrefix(q.Stem, "Theo Nghị quyết của Quốc hội thí điểm một số cơ chế, chính sách đặc thù, đặc biệt để phát triển hệ thống xe buýt điện tại thành phố Hà Nội, Thành phố Hồ Chí Minh") {
			t.Errorf("named %q", q.Stem)
		}
		if slices.ContainsFunc(opts, func(o string) bool { return strings.Contains(o, "quy định tiêu chí") }) {
			t.Errorf("a sentence's words as a body: %q", opts)
		}
		if a := answerOf(q); strings.HasPrefix(a, "Ủy ban nhân dân Thành phố") && slices.Contains(opts, "Ủy ban nhân dân Thành phố") && slices.Contains(opts, "Ủy ban nhân dân Thành phố Hồ Chí Minh") {
			t.Errorf("a body beside one its name holds: %q", opts)
		}
	}
}

// A deadline by its month on a page dated by its text is not asked among
// months before the document ("10/2025" for a conclusion of 18/11/2025,
// round 31). The page is made up.
func TestMonthDeadlineAfterThePagesDate(t *testing.T) {
	page := "Kết luận 231-KL/TW về tiêu chuẩn đơn vị hành chính ra sao?\n" +
		"Ngày 18/11/2025, Bộ Chính trị đã ban hành Kết luận 231-KL/TW về tiêu chuẩn đơn vị hành chính.\n" +
		"Nội dung Kết luận 231-KL/TW gồm:\n" +
		"(1) Giao Đảng ủy Quốc hội lãnh đạo, chỉ đạo ban hành Nghị quyết về tiêu chuẩn của đơn vị hành chính, hoàn thành trong tháng 11/2025.\n"
	found := false
	for _, d := range Drafts(Source{Title: "Kết luận 231-KL/TW về tiêu chuẩn đơn vị hành chính ra sao?", Pages: []string{page}}) {
		if answerOf(d.Question) != "11/2025" {
			continue
		}
		found = true
		if slices.Contains(optionTexts(d.Question), "10/2025") {
			t.Errorf("a month before the document: %q", optionTexts(d.Question))
		}
	}
	if !found {
		t.Error("the deadline not asked")
	}
}
