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
		case "120%", "80%":
			// the law's, asked as the law's (round 66: a law's article a
			// page quotes is worth asking, by its name)
			if !strings.HasPrefix(d.Question.Stem, "Theo Luật Ngân sách nhà nước năm 2025 (Điều 7)") {
				t.Errorf("a law's figure asked as another's: %q", d.Question.Stem)
			}
		case "1.500", "ngày 26 tháng 10 năm 2026":
			t.Errorf("another document's figure asked: %q", d.Question.Stem)
		}
	}
}

// An amending decree quotes the points it puts in ("\"2. Đối với Thôn đội
// trưởng: …", "\"Điều 8. …"): they are points and articles, so a figure
// is named by the amending clause and what it amends (round 111), not by
// the decree's first point,
// and no stem ends with the quote's close (round 28's Nghị định
// 16/2025/NĐ-CP). The decree is made up.
func TestAmendingDecreeQuotes(t *testing.T) {
	text := "CHÍNH PHỦ\nSố: 99/2026/NĐ-CP\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định về dân quân tự vệ\n" +
		"Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 72/2020/NĐ-CP như sau:\n" +
		"1. Phụ cấp chức vụ chỉ huy của dân quân tự vệ\n" +
		"Sửa đổi, bổ sung khoản 1 Điều 7 như sau:\n" +
		"\"a) Đại đội trưởng dân quân tự vệ cơ động: 450.000 đồng;\n" +
		"b) Trung đội trưởng dân quân tự vệ cơ động: 380.000 đồng;\n" +
		"c) Tiểu đội trưởng, Thuyền trưởng, Khẩu đội trưởng: 234.000 đồng\".\n" +
		"2. Sửa đổi, bổ sung khoản 2 Điều 8 như sau:\n" +
		"\"2. Đối với Thôn đội trưởng: Mức hưởng phụ cấp hằng tháng do Hội đồng nhân dân cấp tỉnh quyết định nhưng không thấp hơn 1.170.000 đồng\".\n"
	found := false
	defer func() {
		if !found {
			t.Error("the company commander's allowance not asked")
		}
	}()
	for _, d := range Drafts(Source{Title: "Nghị định số 99/2026/NĐ-CP", Kind: "Nghị định", Number: "99/2026/NĐ-CP", Pages: []string{text}}) {
		s := d.Question.Stem
		if answerOf(d.Question) == "450.000" {
			found = true
			if !strings.Contains(s, "(khoản 1 Điều 1, sửa đổi khoản 1 Điều 7)") {
				t.Errorf("not named by the part it puts in: %q", s)
			}
		}
		if strings.Contains(s, "\"”") || strings.Contains(s, "“\"") {
			t.Errorf("a quote's mark left in a stem: %q", s)
		}
		if answerOf(d.Question) == "1.170.000" && (strings.Contains(s, "Phụ cấp chức vụ chỉ huy") || !strings.Contains(s, "(khoản 2 Điều 1, sửa đổi khoản 2 Điều 8)")) {
			t.Errorf("not named by the part it puts in: %q", s)
		}
	}
}

// A count the figures after it add up to is not asked: "…… đơn vị hành
// chính cấp xã, gồm 85 xã, 14 phường và 03 đặc khu" (round 29).
func TestCountItsPartsAddUpTo(t *testing.T) {
	if !sumFollows(" đơn vị hành chính cấp xã, gồm 85 xã, 14 phường và 03 đặc khu", 102) {
		t.Error("85 + 14 + 3 not seen as 102")
	}
	if sumFollows(" đơn vị hành chính cấp xã, gồm 85 xã và 14 phường", 102) {
		t.Error("a sum that is not the count")
	}
}

// Round 29: a decree's issuer is not asked (every Nghị định is the
// Government's, and "…/NQ-CP", "…/QĐ-TTg" name theirs); a figure beside
// its other ("…… hoặc 07") or its equal in brackets ("01 tuần (……)") is
// not asked.
func TestGivenAwayBesideItsOther(t *testing.T) {
	text := "CHÍNH PHỦ\nSố: 98/2026/NĐ-CP\nHà Nội, ngày 30 tháng 6 năm 2026\nNGHỊ ĐỊNH\nQuy định về bồi dưỡng công chức\n" +
		"Điều 1. Thời gian bồi dưỡng\n" +
		"1. Mỗi năm công chức tham gia bồi dưỡng tối thiểu 01 tuần (40 tiết) theo kế hoạch của cơ quan sử dụng công chức.\n" +
		"2. Hội đồng đánh giá có 05 hoặc 07 thành viên do người đứng đầu cơ quan quyết định thành lập theo quy định.\n" +
		"3. Chương trình bồi dưỡng lãnh đạo cấp phòng có thời gian tối thiểu 04 tuần, cấp vụ có thời gian tối thiểu 06 tuần.\n"
	for _, d := range Drafts(Source{Title: "Nghị định số 98/2026/NĐ-CP", Kind: "Nghị định", Number: "98/2026/NĐ-CP", Issuer: "Chính phủ", IssuedOn: "2026-06-30", Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.HasPrefix(s, "Cơ quan nào ban hành") {
			t.Errorf("a decree's issuer asked: %q", s)
		}
		if strings.Contains(s, "(……)") || strings.Contains(s, "…… hoặc 07") || strings.Contains(s, "05 hoặc ……") {
			t.Errorf("a figure its other gives away: %q", s)
		}
	}
}
