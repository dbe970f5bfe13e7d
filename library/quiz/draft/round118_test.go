package draft

import (
	"strings"
	"testing"
)

// Round 117's faults, on a made-up resolution shaped like its pages: a
// preamble in a page's italics, one term in the title and in Điều 2, a
// standard's number in two procedures, counts of procedures published.
const electionFunds = "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC NAM\nSố: 82/2026/NQ-HĐND\nBắc Nam, ngày 27 tháng 11 năm 2026\nNGHỊ QUYẾT\nQUY ĐỊNH MỨC CHI PHỤC VỤ BẦU CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CÁC CẤP\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC NAM\n" +
	"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n" +
	"*Căn cứ Luật Nhập cảnh, xuất cảnh, quá cảnh, cư\n" +
	"trú của người nước ngoài tại Việt Nam ngày 16 tháng 6 năm 2014; Luật sửa đổi, bổ\n" +
	"sung một số điều của Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước\n" +
	"ngoài tại Việt Nam ngày 25 tháng 11 năm 2019;\n" +
	"Hội đồng nhân dân ban hành Nghị quyết quy định mức chi phục vụ bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2031 - 2036 của tỉnh Bắc Nam.\n" +
	"Điều 1. Phạm vi điều chỉnh\n" +
	"Nghị quyết quy định nội dung chi, mức chi, thời\n" +
	"gian hỗ trợ kinh phí phục vụ bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ\n" +
	"2031-2036 của tỉnh Bắc Nam.\n" +
	"Điều 2. Công bố kèm theo\n" +
	"Nghị quyết này Danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực\n" +
	"chứng thực thuộc thẩm quyền giải quyết của ngành Tư pháp tỉnh Bắc Nam, cụ thể:\n" +
	"- Danh mục thủ tục hành chính\n" +
	"áp dụng chung: 05 TTHC.\n" +
	"- Danh mục thủ tục hành chính\n" +
	"cấp xã: 07 TTHC.\n" +
	"Điều 3. Thủ tục được ủy quyền\n" +
	"1. Cấp Giấy xác nhận đủ điều\n" +
	"kiện tư vấn Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001\n" +
	"đối với cơ quan, tổ chức thuộc hệ thống hành chính nhà nước cho tổ chức tư vấn.\n" +
	"2. Cấp lại Giấy xác nhận đủ điều\n" +
	"kiện tư vấn Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001\n" +
	"đối với cơ quan, tổ chức thuộc hệ thống hành chính nhà nước cho chuyên gia tư vấn.\n" +
	"Điều 4. Mức chi\nMức chi bồi dưỡng cho thành viên Tổ bầu cử là 150.000 đồng/người/ngày.\n"

func electionDrafts() []Draft {
	return Drafts(Source{Title: "Nghị quyết số 82/2026/NQ-HĐND", Kind: "Nghị quyết", Number: "82/2026/NQ-HĐND", IssuedOn: "2026-11-27", Pages: []string{electionFunds}})
}

func TestRound117Faults(t *testing.T) {
	terms, iso := 0, 0
	for _, d := range electionDrafts() {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case strings.Contains(s, "Căn cứ Luật"):
			t.Errorf("a preamble's law date asked: %q", s) // (its line opened with a page's italic star)
		case strings.Contains(s, "TTHC"):
			t.Errorf("a count of procedures published asked: %q", s)
		case sameAnswerKey(a) == "2031-2036":
			terms++
		case a == "9001":
			iso++
		}
	}
	if terms > 1 || iso > 1 {
		t.Errorf("one fact asked twice in other words: the term %d times, the standard %d times", terms, iso)
	}
}

// A directive's tasks listed body by body are asked by owners.go ("…
// được giao nhiệm vụ: “…”?"); the remits' pass must not ask one again
// in other words (the whole dataset had 41 such pairs on 17 pages).
func TestOneTaskAskedOnce(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nSố: 21/KH-UBND\nKẾ HOẠCH\nPhát triển kinh tế số và xã hội số\n" +
		"Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nhiệm vụ sau:\n" +
		"1. Sở Khoa học và Công nghệ\n" +
		"a) Chủ trì tham mưu Ủy ban nhân dân tỉnh điều chỉnh, cập nhật các chỉ tiêu phát triển kinh tế số của tỉnh.\n" +
		"b) Nâng cấp Kho dữ liệu điện tử của tổ chức, cá nhân phục vụ việc tái sử dụng giấy tờ đã số hóa.\n" +
		"c) Chủ trì nghiên cứu triển khai tích hợp IoT vào một số hạ tầng quan trọng của tỉnh.\n" +
		"2. Sở Tài chính\n" +
		"a) Nghiên cứu lồng ghép chỉ tiêu phát triển kinh tế số vào các quy hoạch, kế hoạch, dự án đầu tư của tỉnh.\n" +
		"b) Đề xuất cơ chế khuyến khích doanh nghiệp đầu tư vào hạ tầng số, đổi mới sáng tạo.\n" +
		"c) Chủ trì tổng hợp, tham mưu bố trí kinh phí chi thường xuyên hằng năm để triển khai hiệu quả Kế hoạch.\n" +
		"3. Sở Nội vụ\n" +
		"a) Chủ trì đưa kết quả chuyển đổi số vào tiêu chí đánh giá, xếp loại cán bộ, công chức cuối năm.\n" +
		"b) Kịp thời khen thưởng cán bộ, công chức có sáng kiến chuyển đổi số mang lại hiệu quả thiết thực.\n" +
		"c) Tham mưu sắp xếp vị trí việc làm chuyên trách công nghệ thông tin tại các cơ quan của tỉnh.\n" +
		"4. Sở Công Thương\n" +
		"a) Tăng cường quản lý, thanh tra, kiểm tra về thương mại điện tử, bảo vệ người tiêu dùng trên môi trường số.\n" +
		"b) Hỗ trợ doanh nghiệp nhỏ và vừa đưa sản phẩm lên các sàn thương mại điện tử uy tín.\n" +
		"c) Chủ trì xây dựng bản đồ số các cụm công nghiệp, làng nghề trên địa bàn tỉnh.\n" +
		"5. Văn phòng UBND tỉnh\n" +
		"a) Theo dõi, đôn đốc, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện Kế hoạch này hằng quý.\n" +
		"b) Công khai kết quả đánh giá mức độ chuyển đổi số của các cơ quan trên Cổng thông tin điện tử tỉnh.\n" +
		"c) Vận hành Hệ thống quản lý văn bản và điều hành của tỉnh bảo đảm thông suốt, an toàn.\n"
	seen := map[string]int{}
	for _, d := range Drafts(Source{Title: "Kế hoạch số 21/KH-UBND", Kind: "Kế hoạch", Number: "21/KH-UBND", Pages: []string{text}}) {
		for _, ln := range strings.Split(text, "\n") {
			if len(ln) > 3 && ln[1] == ')' {
				head := strings.Join(strings.Fields(ln[3:])[:6], " ")
				if strings.Contains(strings.ToLower(d.Question.Stem), strings.ToLower(head)) {
					seen[head]++
				}
			}
		}
	}
	for head, n := range seen {
		if n > 1 {
			t.Errorf("%q asked %d times", head, n)
		}
	}
	if len(seen) == 0 {
		t.Error("no task asked who does it")
	}
}
