package draft

import (
	"strings"
	"testing"
)

// Round 36: a circular that issues regulations holds their articles
// under "QUY CHẾ …" / "(Kèm theo Thông tư …)": they are named as the
// regulation's, not the circular's; a clause's number glued to its text
// ("7.Dữ liệu …") is no figure; a count its sentence spells out ("là A,
// B, C và D") is not asked. The text is made up.
func TestIssuedRegulation(t *testing.T) {
	text := "BỘ NỘI VỤ\nSố: 31/2025/TT-BNV\nTHÔNG TƯ\nBan hành Quy chế thi nâng ngạch viên chức\n" +
		"Điều 1. Ban hành kèm theo Thông tư này Quy chế thi nâng ngạch viên chức.\n" +
		"Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 02 năm 2026.\n" +
		"QUY CHẾ THI NÂNG NGẠCH VIÊN CHỨC\n" +
		"(Kèm theo Thông tư số 31/2025/TT-BNV ngày 20 tháng 12 năm 2025 của Bộ trưởng Bộ Nội vụ)\n" +
		"Điều 3. Giải thích từ ngữ\n" +
		"Trong Quy chế này, các từ ngữ dưới đây được hiểu như sau:\n" +
		"6.Phòng thi là phòng được bố trí để thí sinh làm bài thi theo quy định.\n" +
		"7.Túi đề thi là túi đựng đề thi đã được niêm phong theo quy định.\n" +
		"Điều 9. Tổ chức họp Ban coi thi\n" +
		"1. Chậm nhất là 45 phút trước giờ làm bài của từng bài thi, Trưởng ban coi thi họp ban để phân công nhiệm vụ thành viên.\n" +
		"2. Câu hỏi trắc nghiệm có 04 phương án lựa chọn được quy định trước là A, B, C và D.\n"
	named := false
	for _, d := range Drafts(Source{Title: "Thông tư ban hành Quy chế thi nâng ngạch viên chức", Kind: "Thông tư", Number: "31/2025/TT-BNV", Issuer: "Bộ Nội vụ", Pages: []string{text}}) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch a {
		case "45":
			named = true
			if !strings.HasPrefix(s, "Theo Quy chế thi nâng ngạch viên chức ban hành kèm theo Thông tư số 31/2025/TT-BNV (khoản 1 Điều 9") {
				t.Errorf("named %q", s)
			}
		case "6", "7":
			t.Errorf("a clause's number asked: %q", s)
		case "04":
			t.Errorf("a count the sentence spells out: %q", s)
		}
	}
	if !named {
		t.Error("the meeting's deadline not asked")
	}
}

// A page headlined "Chỉ thị 05: …" is named by the number its text gives
// ("05/CT-UBND"); sentences run together ("… cháy, nổ.Đảm bảo …") are
// split; "tối thiểu 01 bình chữa cháy" is asked among the next counts,
// "trên 1 vạn dân" is not; the school year the headline names is no
// blank. The page is made up.
func TestDirectivePage(t *testing.T) {
	page := "Chỉ thị 07: 100% hộ kinh doanh tại Cần Thơ phải có phương tiện chữa cháy năm học 2025 2026 thế nào?\n" +
		"Ngày 20/11/2025, UBND thành phố Cần Thơ đã có Chỉ thị 07/CT-UBND năm 2025 về tăng cường công tác phòng cháy, chữa cháy.\n" +
		"Nhiệm vụ cụ thể\n" +
		"a) Tăng cường kiểm tra an toàn cháy, nổ tại các khu dân cư, chợ và trường học trên địa bàn.Vận động mỗi hộ gia đình trang bị tối thiểu 01 bình chữa cháy và có lối thoát nạn thứ hai theo hướng dẫn.\n" +
		"b) Số cán bộ phòng cháy trên 1 vạn dân đạt khoảng 3,5 người vào cuối năm 2026.\n" +
		"c) Hoàn thành diễn tập phòng cháy tại các trường học trước khai giảng năm học 2025 - 2026 theo kế hoạch của ngành giáo dục.\n"
	src := Source{Title: "Chỉ thị 07: 100% hộ kinh doanh tại Cần Thơ phải có phương tiện chữa cháy năm học 2025 2026 thế nào?", Pages: []string{page}}
	if got := docRef(src); !strings.HasPrefix(got, "Chỉ thị số 07/CT-UBND") {
		t.Errorf("named %q", got)
	}
	asked := false
	for _, d := range Drafts(src) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case a == "01":
			asked = true
			var opts []string
			for _, o := range d.Question.Options {
				opts = append(opts, o.Text)
			}
			if strings.Contains(s, "nổ.") || strings.Join(opts, " ") != "01 02 03 04" {
				t.Errorf("%q %v", s, opts)
			}
		case a == "1" || strings.Contains(a, "2025"):
			t.Errorf("asked %q: %q", a, s)
		}
	}
	if !asked {
		t.Error("the household's extinguisher not asked")
	}
}

// An article's points are not sorted under its groups, whether the
// article stands whole ("Điều 9. …" with "Trình tự …: …; …" inline) or
// a legal site's page quotes it ("Căn cứ Điều 4 Thông tư … quy định …:"
// over "(1) Về …:" groups); a page's "LƯU Ý:" box is no part to name
// (round 36: seven such drafts dropped). The texts are made up.
func TestArticlePointsNotSorted(t *testing.T) {
	page := "Chức năng, nhiệm vụ của Trạm Y tế cấp xã theo Thông tư 50/2025/TT-BYT ra sao?\n" +
		"Căn cứ Điều 4 Thông tư 50/2025/TT-BYT quy định về nhiệm vụ, quyền hạn của Trạm Y tế cấp xã như sau:\n" +
		stationGroups +
		"LƯU Ý:\n" +
		"- Thông tư 50/2025/TT-BYT có hiệu lực kể từ ngày 01 tháng 3 năm 2026.\n"
	for _, d := range Drafts(Source{Title: "Chức năng, nhiệm vụ của Trạm Y tế cấp xã theo Thông tư 50/2025/TT-BYT ra sao?", Pages: []string{page}}) {
		if s := d.Question.Stem; strings.Contains(s, "nội dung nào") || strings.Contains(s, "Lưu ý") {
			t.Errorf("asked %q", s)
		}
	}
	text := "BỘ NỘI VỤ\nSố: 32/2025/TT-BNV\nTHÔNG TƯ\nQuy định về tổ chức hội thi cán bộ\n" +
		"Điều 9. Tổ chức khai mạc\n" +
		"1. Trình tự tổ chức lễ khai mạc: chào cờ; tuyên bố lý do, giới thiệu đại biểu; công bố quyết định thành lập Hội đồng; Chủ tịch Hội đồng khai mạc hội thi; phổ biến nội quy hội thi.\n" +
		"Điều 10. Giám sát hội thi\n" +
		"1. Nội dung giám sát: việc thực hiện quy chế hội thi; việc chấm điểm của giám khảo; việc giải quyết khiếu nại của thí sinh; việc công bố kết quả hội thi.\n"
	for _, d := range Drafts(Source{Title: "Thông tư quy định về tổ chức hội thi cán bộ", Kind: "Thông tư", Number: "32/2025/TT-BNV", Pages: []string{text}}) {
		if s := d.Question.Stem; strings.Contains(s, "nội dung nào") {
			t.Errorf("an article's points sorted: %q", s)
		}
	}
}

// stationGroups are a commune health station's duties in three topics
// (made up), for the tests of points sorted under their groups.
const stationGroups = "(1) Về phòng bệnh:\n" +
	"- Thực hiện tiêm chủng phòng bệnh cho trẻ em trên địa bàn theo quy định của pháp luật;\n" +
	"- Giám sát, phát hiện sớm dịch bệnh truyền nhiễm và báo cáo theo quy định;\n" +
	"- Tuyên truyền, vận động người dân giữ gìn vệ sinh môi trường phòng bệnh;\n" +
	"(2) Về khám bệnh, chữa bệnh:\n" +
	"- Thực hiện sơ cứu, cấp cứu ban đầu các trường hợp tai nạn trên địa bàn;\n" +
	"- Khám sức khỏe định kỳ cho người cao tuổi trên địa bàn theo quy định;\n" +
	"- Quản lý điều trị bệnh mạn tính tại cộng đồng theo hướng dẫn của Bộ Y tế;\n" +
	"(3) Về dân số:\n" +
	"- Tư vấn sức khỏe trước khi kết hôn cho nam, nữ thanh niên;\n" +
	"- Cung cấp dịch vụ kế hoạch hóa gia đình theo quy định của pháp luật;\n" +
	"- Thống kê, báo cáo biến động dân số trên địa bàn hằng tháng;\n"
