package draft

import (
	"strings"
	"testing"
)

// Round 69's judge edited nine blanks of a portal page on a resolution
// for their part: the targets of "Mục tiêu" were labelled "Quan điểm chỉ
// đạo" (the heading quoted under the page's question before), and a task
// after the next question "Tầm nhìn đến năm 2045". A page on a year's plan
// said no year; another act quoted as "Mục tiêu … được nêu tại Mục II
// Nghị quyết 68-NQ/TW năm 2025 như sau:" was credited to the page. The
// pages are made up.
func TestRound69PartsEndAtThePageQuestion(t *testing.T) {
	title := "Theo Nghị quyết số 91-NQ/TW, quan điểm chỉ đạo về du lịch cộng đồng là gì?"
	page := title + "\n" +
		"Quan điểm chỉ đạo được nêu tại Mục I Nghị quyết 91-NQ/TW năm 2026 như sau:\n" +
		"I- QUAN ĐIỂM CHỈ ĐẠO\n" +
		"1. Phát triển du lịch cộng đồng là nhiệm vụ quan trọng, là động lực để giảm nghèo bền vững.\n" +
		"Mục tiêu của Nghị quyết 91-NQ/TW là gì?\n" +
		"Mục tiêu được quy định tại Mục II Nghị quyết 91-NQ/TW năm 2026, cụ thể như sau:\n" +
		"(1) Đến năm 2030\n" +
		"- Du lịch cộng đồng đóng góp khoảng 4% GDP du lịch.\n" +
		"- Có ít nhất 120 làng du lịch cộng đồng đạt chuẩn.\n" +
		"(2) Tầm nhìn đến năm 2045\n" +
		"Du lịch cộng đồng đóng góp khoảng 9% GDP du lịch.\n" +
		"Đầu tư cho du lịch cộng đồng theo Nghị quyết 91 ra sao?\n" +
		"Đầu tư cho du lịch cộng đồng được quy định tại tiểu mục 3 Mục III Nghị quyết 91-NQ/TW năm 2026, cụ thể như sau:\n" +
		"- Ban hành Chương trình phát triển du lịch cộng đồng giai đoạn 2026 - 2030.\n" +
		"Bố trí ít nhất 12% ngân sách du lịch hằng năm cho hạ tầng làng du lịch cộng đồng.\n"
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s, key := d.Question.Stem, answerOf(d.Question)
		if strings.Contains(s, "Quan điểm chỉ đạo") && (key == "4%" || key == "120") {
			t.Errorf("a target labelled by the viewpoints: %q", s)
		}
		if key == "12%" && strings.Contains(s, "Tầm nhìn") {
			t.Errorf("a task labelled by the vision before the page's question: %q", s)
		}
	}
}

func TestRound69YearPlanAndQuotedGoals(t *testing.T) {
	title := "15 chỉ tiêu phát triển kinh tế - xã hội 2027 được Quốc hội thông qua tại Nghị quyết 301 ra sao?"
	page := title + "\n" +
		"Ngày 12/11/2026, Quốc hội đã thông qua Nghị quyết 301/2026/QH15 về Kế hoạch phát triển kinh tế - xã hội năm 2027.\n" +
		"Căn cứ tại Điều 2 Nghị quyết 301/2026/QH15 nêu rõ các chỉ tiêu phát triển kinh tế - xã hội 2027 được Quốc hội thông qua, cụ thể:\n" +
		"(1) Tốc độ tăng tổng sản phẩm trong nước (GDP) phấn đấu từ 9% trở lên.\n" +
		"(2) Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân khoảng 4%.\n" +
		"(3) Tỷ lệ tham gia bảo hiểm y tế đạt 96%.\n" +
		"Nghị quyết 68 đề ra mục tiêu gì đến năm 2030?\n" +
		"Mục tiêu đến năm 2030 được nêu tại Mục II Nghị quyết 68-NQ/TW năm 2025 như sau:\n" +
		"- Phấn đấu có 2 triệu doanh nghiệp hoạt động trong nền kinh tế.\n" +
		"- Có ít nhất 20 doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu.\n"
	dated, quoted := 0, 0
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s, key := d.Question.Stem, answerOf(d.Question)
		switch key {
		case "9%", "4%", "96%":
			if strings.Contains(s, "Năm 2027") {
				dated++
			}
		case "2", "20":
			quoted++
			if !strings.HasPrefix(s, "Theo Nghị quyết số 68-NQ/TW năm 2025") {
				t.Errorf("another resolution's goal asked as %q", s)
			}
		}
	}
	if dated < 2 || quoted == 0 {
		t.Errorf("%d targets dated by the plan's year; %d goals of the quoted resolution asked", dated, quoted)
	}
}

// An encyclopedia page's references ("^"Bản sao đã lưu trữ". Bản gốc lưu
// trữ ngày 8 tháng 8 năm 2014. Truy cập ngày 17 tháng 7 năm 2014.") and
// its "Xem thêm" links are no text: round 70 asked five of their dates as
// a regulation's. A lead ending with its reference mark ("… có nhiệm
// vụ:[5]") is a lead. The page is made up.
func TestRound70EncyclopediaBackMatter(t *testing.T) {
	title := "Ban Chỉ đạo Trung ương về phát triển du lịch cộng đồng"
	page := title + "\n" +
		"Tại Điều 5 của Quy định số 480-QĐ/TW ngày 12/10/2026 quy định Ban Chỉ đạo có nhiệm vụ:[5]\n" +
		"- Tham mưu cho Bộ Chính trị về chủ trương phát triển du lịch cộng đồng.\n" +
		"- Chỉ đạo, đôn đốc các cấp ủy thực hiện chủ trương phát triển du lịch cộng đồng.\n" +
		"- Định kỳ 6 tháng báo cáo Bộ Chính trị về kết quả phát triển du lịch cộng đồng.\n" +
		"^Điều 8 Quy định 480-QĐ/TW^\"Bản sao đã lưu trữ\". Bản gốc lưu trữ ngày 8 tháng 8 năm 2026. Truy cập ngày 17 tháng 7 năm 2026.\n" +
		"Xem thêm\n" +
		"Quy định số 163-QĐ/TW Lưu trữ ngày 1 tháng 2 năm 2020 tại Wayback Machine\n" +
		"Trong năm 2025 Ban Chỉ đạo đã họp 12 phiên.\n"
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s := d.Question.Stem
		if strings.Contains(s, "lưu trữ") || strings.Contains(s, "Truy cập") || strings.Contains(s, "phiên") || strings.Contains(s, "Lưu trữ") {
			t.Errorf("back matter asked: %q", s)
		}
		if strings.Contains(s, "bài “") && strings.Contains(d.Question.Explanation, "Tham mưu cho Bộ Chính trị") {
			t.Errorf("the regulation's duties asked as the page's: %q", s)
		}
	}
	if got := trailingRefs("… quy định Ban Chỉ đạo có nhiệm vụ:[5][12]"); got != "… quy định Ban Chỉ đạo có nhiệm vụ:" {
		t.Errorf("trailing marks: %q", got)
	}
}

// sentences splits where the text's sentences end, glued or not, and
// nowhere else.
func TestRound70Sentences(t *testing.T) {
	text := "Quy mô kinh tế số đạt 30% GDP.Tỉ lệ dịch vụ công đạt 80%.Giao dịch tăng. Tại TP.Hồ Chí Minh… Đặc biệt, năm 2025.Năm sau A.B tăng."
	var got []string
	for _, s := range sentences(text) {
		got = append(got, text[s[0]:s[1]])
	}
	want := []string{"Quy mô kinh tế số đạt 30% GDP.", "Tỉ lệ dịch vụ công đạt 80%.", "Giao dịch tăng.", "Tại TP.Hồ Chí Minh…", "Đặc biệt, năm 2025.", "Năm sau A.B tăng."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("split %q", got)
	}
}

// A lead that quotes a law's clause and ends at its name ("Theo khoản 3
// Điều 76 Luật … 2015:") quotes it: round 71's judge found its rule asked
// under the article quoted before (Điều 57), the page's own reckoning "(tức
// ngày 18/03/2026)" left in the blank, and the lead itself as the part's
// name. The page is made up.
func TestRound71QuotedClauseLead(t *testing.T) {
	title := "Mốc thời gian bầu cử đại biểu Hội đồng nhân dân năm 2031"
	page := title + "\n" +
		"Những việc cần làm trước ngày bầu cử ra sao?\n" +
		"Theo khoản 7 Điều 57 Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015 (có cụm từ bị thay thế bởi điểm k khoản 23 Điều 1 Luật sửa đổi 2025):\n" +
		"- Ủy ban bầu cử công bố danh sách chậm nhất 20 ngày trước ngày bầu cử.\n" +
		"Theo khoản 3 Điều 76 Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015:\n" +
		"Tổ bầu cử gửi biên bản kết quả kiểm phiếu đến Ban bầu cử chậm nhất sau 03 ngày sau ngày bầu cử (tức ngày 19/03/2031).\n"
	found := false
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s := d.Question.Stem
		if answerOf(d.Question) != "03" {
			continue
		}
		found = true
		if !strings.HasPrefix(s, "Theo Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015 (Điều 76), ") || strings.Contains(s, "tức ngày") {
			t.Errorf("the clause asked as %q", s)
		}
	}
	if !found {
		t.Error("the clause's deadline not asked")
	}
}

// A headline in capitals naming a Party act ("TOÀN VĂN: KẾT LUẬN
// 155-KL/TW CỦA BỘ CHÍNH TRỊ …") names the act, not the page; a
// contest's question ("Câu 6: … nhân tố nào …?") is no text to blank
// (round 72). The page is made up.
func TestRound72CapitalsHeadlineAndContest(t *testing.T) {
	title := "TOÀN VĂN: KẾT LUẬN 412-KL/TW CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG"
	if got := docRef(Source{Title: title}); got != "Kết luận số 412-KL/TW" {
		t.Errorf("named %q", got)
	}
	page := "Đáp án cuộc thi tuần 1\n" +
		"Câu 6: Trong Nghị quyết 88, nhân tố nào được xác định là trung tâm, là chủ thể, nguồn lực, động lực chính của phát triển du lịch cộng đồng?\n" +
		"Người dân và doanh nghiệp\n" +
		"Phát triển du lịch cộng đồng là đột phá quan trọng, là động lực chính để giảm nghèo bền vững.\n"
	for _, d := range Drafts(Source{Title: "Đáp án cuộc thi tuần 1", Pages: []string{page}}) {
		if strings.Contains(d.Question.Stem, "Câu 6") {
			t.Errorf("a contest's question blanked: %q", d.Question.Stem)
		}
	}
}

// A blank in a task's second clause names the body the sentence opens
// with: "3. Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo …; phối hợp với
// Đảng đoàn Quốc hội … hoàn thành trong năm 2025." (round 73: the stem
// said not who).
func TestRound73ClauseSubjectFromItsSentence(t *testing.T) {
	if got := clauseSubject("3. Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động triển khai thực hiện Nghị quyết; ", "phối hợp với Đảng đoàn Quốc hội thể chế hoá đầy đủ các chủ trương"); got != "Ban cán sự đảng Chính phủ" {
		t.Errorf("subject %q", got)
	}
	if got := clauseSubject("Nhiều địa phương còn lúng túng; ", "phối hợp chưa chặt chẽ"); got != "" {
		t.Errorf("subject %q of a sentence with no body", got)
	}
}

// An encyclopedia page's rolls ("Đại tá Trần Minh Trọng: Phó Chính ủy …",
// "Nguyễn Văn A - Ủy viên Trung ương") are no points: once the edit links
// that hid its headings went (round 74), they were asked as "cơ quan nào
// được giao nhiệm vụ" and gave tasks their odd ones out.
func TestRound74RollsAreNoLists(t *testing.T) {
	for _, roll := range [][]string{
		{"Đại tá Trần Minh Trọng: Phó Chính ủy Quân khu", "Thiếu tướng Nguyễn Văn Bình: Phó Tư lệnh", "Đại tá Lê Văn Cường: Tham mưu trưởng"},
		{"Trần Văn Rón - Ủy viên Trung ương Đảng", "Nguyễn Văn Hùng - Phó Chủ nhiệm", "Lê Thị Mai - Ủy viên chuyên trách"},
	} {
		if !fields(roll) {
			t.Errorf("a roll read as points: %q", roll)
		}
	}
	if got := trailingRefs("[sửa | sửa mã nguồn]Ban Thường trực có những nhiệm vụ:"); got != "Ban Thường trực có những nhiệm vụ:" {
		t.Errorf("edit link kept: %q", got)
	}
	if fields([]string{"Tham mưu cho Bộ Chính trị về chủ trương lớn", "Phó Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo kiểm tra", "Chủ trì, phối hợp với các ban, bộ, ngành"}) {
		t.Error("a body's tasks read as a roll")
	}
}
