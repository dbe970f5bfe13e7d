package draft

import (
	"strings"
	"testing"
)

// Round 19's faults (Kết luận 155-KL/TW, Quyết định 2597/QĐ-TTg, Kế hoạch
// 310/KH-UBND of Hà Nội, 624/KH-UBND of Hà Tĩnh, 174/KH-UBND of Thành phố
// Hồ Chí Minh as a judge found them), in a plan written here in their form.
func TestRound19Plan(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 625/KH-UBND\nHà Tĩnh, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH\nThực hiện Chương trình nâng cao chất lượng giáo dục mầm non\n" +
		"Thực hiện Quyết định số 1132/QĐ-TTg ngày 24 tháng 11 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án phát triển giáo dục mầm non đến năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau.\n" +
		"I. MỤC TIÊU\nTầm nhìn đến năm 2035\n" +
		"- Phấn đấu đến năm 2030 có 20% cơ sở giáo dục mầm non ngoài công lập đạt chuẩn chất lượng tối thiểu của Bộ Giáo dục và Đào tạo.\n" +
		"- Tỷ suất chết mẹ giảm xuống dưới 4/100.000 trẻ sinh ra sống trên địa bàn toàn tỉnh vào năm 2030.\n" +
		"II. NHIỆM VỤ, GIẢI PHÁP\n1. Nhóm giải pháp về huy động nguồn lực:\n" +
		"- Huy động nguồn lực từ các chương trình, dự án, tổ chức phi Chính phủ để hỗ trợ trẻ em ở khu công nghiệp.\n" +
		"- Huy động sự phối hợp, tham gia từ các chương trình, dự án, các tổ chức phi Chính phủ cho trẻ em ở khu công nghiệp.\n" +
		"- Bố trí ngân sách địa phương hỗ trợ giáo viên mầm non ở các cơ sở giáo dục ngoài công lập của tỉnh.\n" +
		"- Ưu tiên quỹ đất xây dựng trường mầm non trong các dự án khu đô thị mới trên địa bàn tỉnh.\n" +
		"2. Nhóm giải pháp về truyền thông:\n" +
		"- Tuyên truyền về vai trò của giáo dục mầm non đối với sự phát triển toàn diện của trẻ em.\n" +
		"- Phổ biến kiến thức nuôi dạy trẻ cho cha mẹ là công nhân ở khu công nghiệp.\n" +
		"- Biểu dương các tập thể, cá nhân có nhiều đóng góp cho giáo dục mầm non của tỉnh.\n"
	src := Source{Title: "Kế hoạch số 625/KH-UBND", Kind: "Kế hoạch", Number: "625/KH-UBND", Issuer: "Ủy ban nhân dân tỉnh Hà Tĩnh", IssuedOn: "2025-11-19", Pages: []string{text}}
	lists := map[string]int{}
	for _, d := range Drafts(src) {
		q := d.Question
		for _, bad := range []string{"có số hiệu nào", "Tầm nhìn đến năm ……", "đến năm ……, Ủy ban", "…….000", "…… trẻ"} {
			if strings.Contains(q.Stem, bad) {
				t.Errorf("asked: %q", q.Stem)
			}
		}
		if strings.Contains(q.Stem, "có …… cơ sở") || strings.Contains(q.Stem, "có ……") {
			for _, o := range q.Options {
				if v := atoi(strings.TrimSuffix(o.Text, "%")); strings.HasSuffix(o.Text, "%") && v%5 != 0 {
					t.Errorf("a round answer among figures that are not: %v", q.Options)
				}
			}
		}
		huy := 0
		for _, o := range q.Options {
			if strings.HasPrefix(o.Text, "Huy động") {
				huy++
			}
		}
		if huy > 1 {
			t.Errorf("two options nearly the same: %q", q.Stem)
		}
		if i := strings.Index(q.Stem, "“Nhóm giải pháp"); i >= 0 {
			lists[q.Stem[i:]]++
		}
	}
	for l, n := range lists {
		if n > 1 {
			t.Errorf("a short list asked %d times: %s", n, l)
		}
	}
}

// A conclusion's tasks given with "Giao …": who is given them is asked,
// never the body a task names by its remit (round 19, Kết luận 155-KL/TW
// gave no draft but its issuer).
func TestRound19Conclusion(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 156-KL/TW\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ\nvề một số nhiệm vụ trọng tâm\nTại phiên họp, Bộ Chính trị, Ban Bí thư kết luận như sau:\n" +
		"1. Giao Ban Tuyên giáo và Dân vận Trung ương chủ trì xây dựng kế hoạch tổ chức tốt công tác thông tin, tạo đồng thuận trong xã hội về sắp xếp bộ máy.\n" +
		"2. Giao Ủy ban Kiểm tra Trung ương chủ trì, phối hợp với Đảng ủy Chính phủ hướng dẫn ủy ban kiểm tra các cấp rà soát việc quản lý tài sản công khi sắp xếp.\n" +
		"3. Giao Đảng ủy Quốc hội chủ trì, phối hợp với Đảng ủy Chính phủ lãnh đạo việc tổng hợp ý kiến nhân dân về sửa đổi, bổ sung Hiến pháp năm 2013.\n" +
		"4. Giao Ban Tổ chức Trung ương chủ trì theo dõi, đôn đốc các địa phương hoàn thành việc sắp xếp đơn vị hành chính trước ngày 30/6/2025.\n" +
		"5. Giao Văn phòng Trung ương Đảng chủ trì hướng dẫn việc quản lý, lưu trữ hồ sơ, tài liệu của các tổ chức đảng khi hợp nhất.\n"
	src := Source{Title: "Kết luận số 156-KL/TW", Kind: "Kết luận", Number: "156-KL/TW", Issuer: "Bộ Chính trị, Ban Bí thư", Pages: []string{text}}
	asked := 0
	for _, d := range Drafts(src) {
		q := d.Question
		if strings.HasPrefix(q.Stem, "Cơ quan nào ban hành") {
			t.Errorf("the issuer by its comma: %q", q.Stem)
		}
		if strings.Contains(q.Stem, "cơ quan nào") {
			asked++
			if strings.Contains(q.Stem, "ủy ban kiểm tra các cấp") {
				t.Errorf("a task that names its body's remit: %q", q.Stem)
			}
		}
	}
	if asked < 2 {
		t.Errorf("%d questions on who is given a task, want 2 at least", asked)
	}
}

// Round 20's faults (Nghị quyết 71-NQ/TW, Quyết định 2629/QĐ-TTg): a count
// of groups that the part's numbered points do not give, percentages
// written "02%" beside "2%", targets of two periods without their period.
func TestRound20Counts(t *testing.T) {
	text := "THỦ TƯỚNG CHÍNH PHỦ\nSố: 2630/QĐ-TTg\nQUYẾT ĐỊNH\nPhê duyệt Chương trình phát triển Chính phủ số\nĐiều 1. Phê duyệt Chương trình với các nội dung sau:\n" +
		"I. MỤC TIÊU\n1. Mục tiêu cụ thể\na) Giai đoạn 2025 - 2027:\n- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80% trên tổng số thủ tục hành chính.\n- Chi cho chuyển đổi số đạt tối thiểu 03% tổng chi ngân sách hằng năm của các bộ, ngành.\n" +
		"b) Giai đoạn 2028 - 2030:\n- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 95% trên tổng số thủ tục hành chính.\n- Chi cho chuyển đổi số đạt tối thiểu 05% tổng chi ngân sách hằng năm của các bộ, ngành.\n" +
		"II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Hoàn thiện thể chế số:\n- Rà soát các văn bản quy phạm pháp luật.\n- Ban hành quy định về dữ liệu mở.\n- Hướng dẫn định danh điện tử.\n" +
		"2. Phát triển hạ tầng số.\n3. Phát triển nền tảng số.\n4. Phát triển dữ liệu số.\n5. Bảo đảm an toàn thông tin.\n"
	for _, d := range Drafts(Source{Title: "Quyết định số 2630/QĐ-TTg", Kind: "Quyết định", Number: "2630/QĐ-TTg", Issuer: "Thủ tướng Chính phủ", Pages: []string{text}}) {
		q := d.Question
		if strings.Contains(q.Stem, "bao nhiêu nhóm nhiệm vụ") && answerOf(q) != "5" {
			t.Errorf("%q: answer %q, the part has 5 numbered groups", q.Stem, answerOf(q))
		}
		zero := 0
		for _, o := range q.Options {
			if strings.HasPrefix(o.Text, "0") {
				zero++
			}
		}
		if zero > 0 && zero < len(q.Options) {
			t.Errorf("options written with and without a leading zero: %v", q.Options)
		}
		if low := strings.ToLower(q.Stem); strings.Contains(q.Stem, "toàn trình đạt ……") && !strings.Contains(low, "giai đoạn 2025 - 2027") && !strings.Contains(low, "giai đoạn 2028 - 2030") {
			t.Errorf("a target without its period: %q", q.Stem)
		}
	}
}

// A conclusion's deadlines written "ngày 09/3/2025" are asked, with wrong
// dates written as the answer is and never impossible (round 20,
// Kết luận 127-KL/TW gave nothing).
func TestRound20SlashDeadlines(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 128-KL/TW\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề sắp xếp tổ chức bộ máy\nBộ Chính trị kết luận như sau:\n" +
		"1. Đảng ủy Chính phủ báo cáo Bộ Chính trị về chủ trương sắp xếp đơn vị hành chính chậm nhất ngày 09/3/2025.\n" +
		"2. Đảng ủy Quốc hội hoàn thành việc sửa đổi, bổ sung một số điều của Hiến pháp chậm nhất ngày 30/6/2025.\n" +
		"3. Ban Tổ chức Trung ương tổng hợp ý kiến các tỉnh ủy, thành ủy, trình Bộ Chính trị trước ngày 07/4/2025.\n" +
		"4. Tại phiên họp ngày 28/02/2025, Bộ Chính trị đã nghe báo cáo của Ban Tổ chức Trung ương.\n"
	asked := 0
	for _, d := range Drafts(Source{Title: "Kết luận số 128-KL/TW", Kind: "Kết luận", Number: "128-KL/TW", Issuer: "Bộ Chính trị", IssuedOn: "2025-02-28", Pages: []string{text}}) {
		q := d.Question
		if !strings.Contains(q.Stem, "ngày ……") {
			continue
		}
		asked++
		if strings.Contains(q.Stem, "Tại phiên họp") {
			t.Errorf("a meeting's date asked as a deadline: %q", q.Stem)
		}
		for _, o := range q.Options {
			p := strings.Split(o.Text, "/")
			if len(p) != 3 || atoi(p[1]) < 1 || atoi(p[1]) > 12 || atoi(p[0]) < 1 || atoi(p[0]) > 31 || len(p[1]) != len(strings.Split(answerOf(q), "/")[1]) && atoi(p[1]) < 10 {
				t.Errorf("%q: option %q", q.Stem, o.Text)
			}
		}
	}
	if asked < 2 {
		t.Errorf("%d deadlines asked, want 2 at least", asked)
	}
}
