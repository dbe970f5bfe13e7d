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
			if !strings.HasPrefix(s, "Theo Quy chế thi nâng ngạch viên chức ban hành kèm theo Thông tư số 31/2025/TT-BNV (Điều 9") {
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
