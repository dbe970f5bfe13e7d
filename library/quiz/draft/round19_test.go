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
