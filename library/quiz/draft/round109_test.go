package draft

import (
	"strings"
	"testing"
)

// Round 109 judged every draft of five documents. A telegram's deadlines
// were named by a legal site's notice ("mục “Các nội dung được sửa đổi,
// hướng dẫn”"), its footnotes after the signature asked as its words
// ("Bộ Chính trị phân công …… đồng chí"), a task said the ministry's own
// field ("chỉ đạo Quân khu 5, … các đơn vị quân đội" for Defence, "Sổ sức
// khỏe điện tử" for Health), and "cơ quan nào" asked over four ministers.
// The words are ours, in the shape of the telegram and the notice.

const telegramPage = "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n" +
	"Click vào phần bôi vàng để xem chi tiết.\n" +
	"THỦ TƯỚNG CHÍNH PHỦ\n" +
	"Số: 227/CĐ-TTg\n" +
	"Hà Nội, ngày 23 tháng 11 năm 2026\n" +
	"CÔNG ĐIỆN\n" +
	"Về tập trung khắc phục hậu quả mưa lũ\n" +
	"THỦ TƯỚNG CHÍNH PHỦ điện:\n" +
	"1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh bị ảnh hưởng huy động lực lượng hỗ trợ Nhân dân sửa chữa nhà cửa, hoàn thành trước ngày 30/11/2026.\n" +
	"2. Bộ trưởng Bộ Quốc phòng chỉ đạo Quân khu 5, Quân khu 7 và các đơn vị quân đội đóng trên địa bàn hỗ trợ vận chuyển lương thực, thực phẩm cho Nhân dân.\n" +
	"3. Bộ trưởng Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam khôi phục hệ thống cung cấp điện tại các xã bị chia cắt.\n" +
	"4. Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo các doanh nghiệp viễn thông khôi phục thông tin liên lạc tại các xã bị chia cắt.\n" +
	"5. Bộ trưởng Bộ Y tế chỉ đạo các cơ sở khám chữa bệnh bảo đảm thuốc men cho Nhân dân vùng lũ.\n" +
	"Nơi nhận:\n" +
	"- Như trên;\n" +
	"- Lưu: VT, NN.\n" +
	"THỦ TƯỚNG\n" +
	"Nguyễn Văn An\n" +
	"[1]\n" +
	"Bộ Chính trị phân công 4 đồng chí Ủy viên Bộ Chính trị trực tiếp đi kiểm tra tình hình lũ lụt, thăm hỏi, động viên Nhân dân các tỉnh.\n" +
	"[2]\n" +
	"Theo thống kê của Bộ Nông nghiệp và Môi trường, đợt mưa lũ đã làm trên 80.000 ha lúa, hoa màu bị thiệt hại. Ước tính thiệt hại 9.035 tỷ đồng.\n"

func TestTelegramNoticesFootnotesAndPosts(t *testing.T) {
	ds := Drafts(Source{Title: "Công điện số 227/CĐ-TTg", Kind: "Công điện", Number: "227/CĐ-TTg", Issuer: "Thủ tướng Chính phủ", IssuedOn: "2026-11-23", Pages: []string{telegramPage}})
	asked := false
	for _, d := range ds {
		s, a := d.Question.Stem, answerOf(d.Question)
		if strings.Contains(s, "sửa đổi, hướng dẫn") {
			t.Errorf("named by the site's notice: %q", s)
		}
		switch a {
		case "4", "80.000", "9.035":
			t.Errorf("a footnote asked: %q", s)
		case "Bộ trưởng Bộ Quốc phòng":
			t.Errorf("the task names its ministry's field: %q", s)
		}
		if strings.HasPrefix(a, "Bộ trưởng") {
			asked = true
			if strings.Contains(s, "cơ quan nào") {
				t.Errorf("a minister asked as a body: %q", s)
			}
		}
	}
	if !asked {
		t.Error("no minister's task asked")
	}
}

func TestFieldWordsGiveTheBodyAway(t *testing.T) {
	for _, c := range []struct {
		who, task string
		want      bool
	}{
		{"Bộ Y tế", "xây dựng Kế hoạch triển khai Sổ sức khỏe điện tử và bệnh án điện tử", true},
		{"Bộ Giáo dục và Đào tạo", "số hóa dữ liệu văn bằng, chứng chỉ trong năm 2026", true},
		{"Bộ trưởng Bộ Quốc phòng", "chỉ đạo Quân khu 5, các đơn vị quân đội hỗ trợ Nhân dân", true},
		{"Bộ Khoa học và Công nghệ", "chỉ đạo các doanh nghiệp viễn thông khôi phục thông tin liên lạc", false},
		{"Bộ Nội vụ", "hướng dẫn xác định danh tính hài cốt liệt sĩ", false},
		{"Sở Tài chính", "tham mưu bố trí ngân sách thực hiện Kế hoạch", true},
		{"Ban Tuyên giáo Trung ương", "hướng dẫn công tác giáo dục chính trị", false},
	} {
		if got := namesItsField(c.who, c.task); got != c.want {
			t.Errorf("namesItsField(%q, %q) = %v", c.who, c.task, got)
		}
	}
}

// A blank's explanation says where its words stand, as its stem does
// (round 109: "Explanations only repeat the quoted sentence").
func TestExplanationSaysWhere(t *testing.T) {
	page := "Điều 31. Trách nhiệm nộp lưu hồ sơ\n" +
		"3. Trách nhiệm của đơn vị và cá nhân\n" +
		"d) Thời hạn giữ lại hồ sơ của đơn vị, cá nhân không quá 02 năm kể từ ngày đến hạn nộp lưu.\n"
	for _, d := range Drafts(Source{Title: "Nghị định về công tác văn thư", Kind: "Nghị định", Number: "31/2026/NĐ-CP", Pages: []string{page}}) {
		if answerOf(d.Question) == "02" {
			if !strings.HasPrefix(d.Question.Explanation, "Nghị định số 31/2026/NĐ-CP (điểm d khoản 3 Điều 31, phần “Trách nhiệm của đơn vị và cá nhân”): “") {
				t.Errorf("explanation %q", d.Question.Explanation)
			}
			return
		}
	}
	t.Error("the limit not asked")
}
