package draft

import (
	"slices"
	"strings"
	"testing"
)

// Round 33: a cited decree's date ("Nghị định 35/2021/NĐ-CP ……"), the
// document's own outline ("gồm …… chương"), a table's row ("... ... ……",
// "≥ …… Bộ Tài chính") are no blanks; points under a lead that names
// clauses of another article ("Chi phí quy định tại các khoản 6, 7, 8 và
// 9 Điều 5 … gồm:") are not its members (a wrong key). The page is made
// up.
func TestPageTrivia(t *testing.T) {
	page := "Toàn văn Nghị định 250/2025/NĐ-CP hướng dẫn Luật Đầu tư theo phương thức đối tác công tư ra sao?\n" +
		"Ngày 20/9/2025, Chính phủ ban hành Nghị định 250/2025/NĐ-CP. Nghị định gồm 8 chương, 81 điều quy định chi tiết Luật Đầu tư theo phương thức đối tác công tư.\n" +
		"Nghị định 250/2025/NĐ-CP nêu rõ hiệu lực thi hành như sau:\n" +
		"- Kể từ ngày Nghị định 250/2025/NĐ-CP có hiệu lực thi hành, Nghị định 35/2021/NĐ-CP ngày 29 tháng 3 năm 2021 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Đầu tư theo phương thức đối tác công tư hết hiệu lực thi hành.\n" +
		"- Bãi bỏ Nghị định 71/2025/NĐ-CP ngày 28 tháng 3 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định quy định về đấu thầu.\n" +
		"STT Chỉ tiêu Đơn vị Mục tiêu Cơ quan chủ trì\n" +
		"... ... ... ... ... 37 Chỉ số đổi mới sáng tạo Thứ bậc ≤ 30 Bộ Khoa học và Công nghệ\n" +
		"Tổ chức, doanh nghiệp ≥ 5 Bộ Tài chính\n" +
		"(10) Chi phí quy định tại các khoản 6, 7, 8 và 9 Điều 5 Nghị định 250/2025/NĐ-CP được tính vào tổng mức đầu tư của dự án, gồm:\n" +
		"- Chủ tịch Hội đồng quyết định mức khoán chi cho các thành viên Hội đồng giải quyết kiến nghị.\n" +
		"- Chi phí thẩm tra được đơn vị chuẩn bị dự án thanh toán theo quy định của pháp luật.\n" +
		"- Định mức chi phí thẩm tra áp dụng theo quy định của pháp luật chuyên ngành.\n" +
		"- Nhà đầu tư được hoàn trả 50% chi phí nếu rút kiến nghị trước khi Hội đồng họp.\n"
	for _, d := range Drafts(Source{Title: "Toàn văn Nghị định 250/2025/NĐ-CP hướng dẫn Luật Đầu tư theo phương thức đối tác công tư ra sao?", Pages: []string{page}}) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case strings.Contains(a, "tháng 3 năm 2021") || strings.Contains(a, "tháng 3 năm 2025"):
			t.Errorf("a cited decree's date asked: %q", s)
		case a == "8":
			t.Errorf("its chapters counted: %q", s)
		case a == "30" || a == "5" || a == "37":
			t.Errorf("a table's row asked: %q", s)
		case strings.Contains(s, "khoản 6, 7, 8 và 9"):
			t.Errorf("another article's clauses asked as a list: %q", s)
		}
	}
}

// A page headlined with its document in brackets ("… tại Cần Thơ (Kế
// hoạch 177/KH-UBND)") is named by it, and its deadlines are asked, "chậm
// nhất là 10 ngày" too (round 33: the plan gave nothing). The page is
// made up.
func TestPlanNamedInBrackets(t *testing.T) {
	page := "Kế hoạch kê khai tài sản thu nhập năm 2025 tại Hậu Giang (Kế hoạch 188/KH-UBND)\n" +
		"Ngày 25/11/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch 188/KH-UBND về kê khai tài sản, thu nhập năm 2025.\n" +
		"Việc thực hiện kê khai tài sản thực hiện như sau:\n" +
		"- Kê khai lần đầu: Việc kê khai phải hoàn thành chậm nhất là 10 ngày trước ngày dự kiến bầu, phê chuẩn, bổ nhiệm vào vị trí công tác.\n" +
		"- Kê khai hằng năm: Người có nghĩa vụ kê khai phải hoàn thành việc kê khai trước ngày 31 tháng 12 năm 2025.\n"
	src := Source{Title: "Kế hoạch kê khai tài sản thu nhập năm 2025 tại Hậu Giang (Kế hoạch 188/KH-UBND)", Pages: []string{page}}
	if got := docRef(src); !strings.HasPrefix(got, "Kế hoạch số 188/KH-UBND") {
		t.Errorf("named %q", got)
	}
	asked := false
	for _, d := range Drafts(src) {
		if answerOf(d.Question) == "10" {
			asked = true
		}
	}
	if !asked {
		t.Error("the ten days not asked")
	}
}

// A news text's rules are asked, its amounts are not: "không quá 4 phó
// giám đốc" is a rule a cadre studies, "500 đại biểu dự" the day's
// detail (round 34: a news text on the press agencies' regulation gave
// nothing). The text is made up.
func TestNewsRulesAsked(t *testing.T) {
	text := "Ban Bí thư quy định tổ chức bộ máy cơ quan báo, đài cấp tỉnh\n" +
		"Hội nghị triển khai quy định có 500 đại biểu dự tại hội trường của tỉnh ủy.\n" +
		"Theo quy định, lãnh đạo cơ quan báo và phát thanh, truyền hình gồm giám đốc và không quá 4 phó giám đốc do ban thường vụ tỉnh ủy quyết định.\n" +
		"Cơ quan báo và phát thanh, truyền hình tỉnh có không quá 6 đơn vị cấp phòng, riêng thành phố lớn có không quá 7 phòng.\n"
	var got []string
	for _, d := range Drafts(Source{Title: "Ban Bí thư quy định tổ chức bộ máy cơ quan báo, đài cấp tỉnh", Pages: []string{text}}) {
		got = append(got, answerOf(d.Question))
	}
	if !slices.Contains(got, "4") {
		t.Errorf("the rule's bound not asked: %q", got)
	}
	if slices.Contains(got, "500") {
		t.Errorf("the day's amount asked: %q", got)
	}
}
