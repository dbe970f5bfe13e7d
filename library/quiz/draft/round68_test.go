package draft

import (
	"strings"
	"testing"
)

// What round 68's judge found, on a page of our own in the legal portal's
// form: a regulation's steps unasked, its principles (numbered, each with
// its paragraph) uncounted, a guide numbered "…-HD/BTCTW" taken for the
// page, the page's own lead quoted as the act's words, an act the
// regulation replaces asked for its issuer.
func TestRound68ProcedurePage(t *testing.T) {
	title := "Các bước đánh giá chất lượng hội viên năm 2026 theo Quy định 412"
	page := title + "\n" +
		"Các bước đánh giá chất lượng hội viên năm 2026 theo Quy định 412\n" +
		"Tại khoản 1 Điều 9 Quy định 412-QĐ/TW năm 2026 quy định các bước đánh giá chất lượng hội viên như sau:\n" +
		"Bước 1: Hội viên tự nhận xét, tự chấm điểm.\n" +
		"Từng hội viên căn cứ tiêu chí để tự chấm điểm theo từng nhóm tiêu chí.\n" +
		"Bước 2: Chi hội góp ý và đề xuất mức xếp loại.\n" +
		"Chi hội tổ chức họp, góp ý và đề xuất mức xếp loại cho từng hội viên.\n" +
		"Bước 3: Ban chấp hành quyết định mức xếp loại.\n" +
		"Ban chấp hành xem xét và quyết định mức xếp loại chính thức.\n" +
		"Nguyên tắc đánh giá hội viên ra sao?\n" +
		"Căn cứ tại Điều 3 Quy định 412-QĐ/TW năm 2026 quy định nguyên tắc đánh giá hội viên như sau:\n" +
		"1. Bảo đảm công khai, dân chủ, khách quan trong đánh giá.\n" +
		"Việc đánh giá được thực hiện định kỳ hằng năm.\n" +
		"2. Lấy kết quả hoạt động làm thước đo chủ yếu.\n" +
		"3. Gắn đánh giá với khen thưởng và bồi dưỡng hội viên.\n" +
		"4. Đề cao trách nhiệm của người đứng đầu chi hội.\n" +
		"Hồ sơ kiểm điểm gửi trước bao lâu?\n" +
		"Theo Mục 2 Hướng dẫn 51-HD/BTCTW năm 2026 quy định như sau:\n" +
		"Dự thảo báo cáo kiểm điểm gửi trước cho các thành viên dự hội nghị ít nhất 05 ngày làm việc.\n" +
		"Quy định này thay thế Quy định số 208-QĐ/TW, ngày 02/3/2024 của Bộ Chính trị về đánh giá chất lượng hội viên.\n"
	var steps, principles, guide bool
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s := d.Question.Stem
		switch {
		case strings.Contains(s, "thứ tự"):
			steps = true
			if !strings.HasPrefix(s, "Theo Quy định số 412-QĐ/TW năm 2026 (Điều 9), các bước đánh giá chất lượng hội viên được thực hiện theo thứ tự nào?") {
				t.Errorf("steps asked as %q", s)
			}
			if want := "Hội viên tự nhận xét, tự chấm điểm → Chi hội góp ý và đề xuất mức xếp loại → Ban chấp hành quyết định mức xếp loại"; answerOf(d.Question) != want || len(d.Question.Options) != 4 {
				t.Errorf("steps' key %q among %d options", answerOf(d.Question), len(d.Question.Options))
			}
		case strings.Contains(s, "nguyên tắc"):
			principles = true
			if s != "Theo Điều 3 Quy định số 412-QĐ/TW năm 2026, có bao nhiêu nguyên tắc đánh giá hội viên?" || answerOf(d.Question) != "4" {
				t.Errorf("principles asked as %q, key %q", s, answerOf(d.Question))
			}
		case answerOf(d.Question) == "05":
			guide = true
			if !strings.HasPrefix(s, "Theo Hướng dẫn số 51-HD/BTCTW năm 2026") {
				t.Errorf("the guide's rule asked as %q", s)
			}
		}
		if strings.Contains(s, "208-QĐ/TW") {
			t.Errorf("a replaced act asked: %q", s)
		}
	}
	if !steps || !principles || !guide {
		t.Errorf("asked: steps %v, principles %v, the guide's rule %v", steps, principles, guide)
	}
}

// A lead that dates the targets under it ("Theo đó, mục tiêu … đến năm
// 2030 được quy định tại tiểu mục 1 Mục II … như sau:") names their part
// by the year; sentences a page glues ("… 30% GDP.Tỉ lệ …") are two; a
// page's lead that counts an act's points is asked as a question, not
// quoted. Round 68's judge asked for the year on five blanks and found
// two stems run into the next sentence. The page is made up.
func TestRound68DatedTargets(t *testing.T) {
	title := "Nghị quyết 88-NQ/TW đặt mục tiêu về du lịch cộng đồng đến năm 2030 ra sao?"
	page := title + "\n" +
		"Theo đó, mục tiêu về du lịch cộng đồng đến năm 2030 được quy định tại tiểu mục 1 Mục II Nghị quyết 88-NQ/TW năm 2026 như sau:\n" +
		"(1) Du lịch cộng đồng đóng góp khoảng 4% GDP du lịch.Tỉ lệ hộ làm du lịch cộng đồng có thu nhập ổn định đạt trên 70%.\n" +
		"(2) Có ít nhất 120 làng du lịch cộng đồng đạt chuẩn.\n" +
		"(3) Tỉ lệ lao động du lịch cộng đồng được đào tạo đạt 60%.\n" +
		"Căn cứ Mục 3 Nghị quyết 88-NQ/TW năm 2026 quy định 3 nhiệm vụ, giải pháp như sau:\n" +
		"1. Hoàn thiện cơ chế, chính sách phát triển du lịch cộng đồng.\n" +
		"2. Đào tạo nguồn nhân lực du lịch tại chỗ.\n" +
		"3. Đẩy mạnh quảng bá sản phẩm du lịch cộng đồng.\n"
	dated, count := 0, false
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s := d.Question.Stem
		if strings.Contains(s, "GDP du lịch.Tỉ") || strings.Contains(s, "…….Tỉ") {
			t.Errorf("two sentences in one blank: %q", s)
		}
		if strings.Contains(s, "điền vào chỗ trống") && strings.Contains(s, "(mục “Đến năm 2030”)") {
			dated++
		}
		if strings.Contains(s, "Căn cứ Mục 3") {
			t.Errorf("the page's lead quoted as the act's: %q", s)
		}
		if s == "Theo Nghị quyết số 88-NQ/TW (Mục 3), có bao nhiêu nhiệm vụ, giải pháp?" && answerOf(d.Question) == "3" {
			count = true
		}
	}
	if dated < 3 || !count {
		t.Errorf("%d targets dated, the count asked: %v", dated, count)
	}
}

// A lead is cut at its last sentence's stop, not inside a figure: "…
// mức lương cơ sở 2.340.000 đồng/tháng …" named a list "000 đồng/tháng
// hiện nay dùng để làm căn cứ" (round 69).
func TestRound68LeadNameNotCutInAFigure(t *testing.T) {
	if got := leadName("Căn cứ tại khoản 1 Điều 3 Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở 2.340.000 đồng/tháng hiện nay dùng để làm căn cứ:"); strings.HasPrefix(got, "000") {
		t.Errorf("named %q", got)
	}
	if got := leadName("Ngân sách đã bố trí đủ. Các nhiệm vụ trọng tâm năm 2026 gồm:"); got != "Các nhiệm vụ trọng tâm năm 2026" { // (without its "gồm" since round 105)
		t.Errorf("named %q", got)
	}
}
