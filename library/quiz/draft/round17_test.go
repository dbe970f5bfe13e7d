package draft

import (
	"strings"
	"testing"
)

// Round 17's faults (Nghị quyết 57-NQ/TW, Hướng dẫn 45-HD/BTCTW, Kế hoạch
// 141/KH-UBND, Quyết định 2623/QĐ-TTg as a judge found them), in texts
// written here in their form.

const resolution57 = "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 58-NQ/TW\nNGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề đột phá phát triển khoa học, công nghệ giai đoạn 2026 - 2030\n" +
	"I- TÌNH HÌNH\nThời gian qua, khoa học, công nghệ đã có bước phát triển, đóng góp quan trọng vào tăng trưởng kinh tế của đất nước.\n" +
	"II- MỤC TIÊU\n1. Đến năm 2030\n" +
	"- Kinh phí chi cho nghiên cứu phát triển đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%.\n" +
	"- Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%; giao dịch không dùng tiền mặt đạt 80%.\n" +
	"- Tối thiểu có 5 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến trên thế giới.\n" +
	"- Thu hút thêm ít nhất 3 tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở, đầu tư nghiên cứu tại Việt Nam.\n" +
	"2. Tầm nhìn đến năm 2045\n" +
	"Việt Nam có quy mô kinh tế số đạt tối thiểu 50% GDP. Tối thiểu có 10 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến trên thế giới. Thu hút thêm ít nhất 5 tổ chức, doanh nghiệp công nghệ hàng đầu thế giới đặt trụ sở, đầu tư nghiên cứu tại Việt Nam.\n" +
	"III- NHIỆM VỤ, GIẢI PHÁP\n1. Nâng cao nhận thức, đổi mới tư duy\n" +
	"Tập trung triển khai tốt các nội dung sau:\n" +
	"- Có cách tiếp cận mở, vận dụng sáng tạo, cho phép thí điểm đối với những vấn đề thực tiễn mới đặt ra.\n" +
	"- Thống nhất, nâng cao hiệu quả quản lý nhà nước về khoa học, công nghệ và chuyển đổi số.\n" +
	"- Thu hút, sử dụng có hiệu quả mọi nguồn lực đầu tư cho phát triển khoa học, công nghệ, đổi mới sáng tạo.\n" +
	"2. Hoàn thiện thể chế\n" +
	"- Ban hành các chiến lược nghiên cứu, ứng dụng khoa học, công nghệ trong khai thác không gian biển, không gian ngầm, không gian vũ trụ.\n" +
	"- Sửa đổi các quy định về đầu tư, đấu thầu để bảo đảm thuận lợi cho hoạt động khoa học, công nghệ.\n" +
	"- Hoàn thiện cơ chế thử nghiệm có kiểm soát đối với công nghệ, sản phẩm, dịch vụ, mô hình kinh doanh mới.\n" +
	"IV- TỔ CHỨC THỰC HIỆN\n1. Đảng đoàn Quốc hội lãnh đạo việc sửa đổi, bổ sung các luật có liên quan đến khoa học, công nghệ trong năm 2025.\n" +
	"2. Ban cán sự đảng Chính phủ chỉ đạo xây dựng chương trình hành động thực hiện Nghị quyết trong quý I năm 2025.\n" +
	"3. Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan tổ chức quán triệt, tuyên truyền Nghị quyết.\n" +
	"T/M BỘ CHÍNH TRỊ\n"

func TestRound17Resolution(t *testing.T) {
	src := Source{Title: "Nghị quyết số 58-NQ/TW", Kind: "Nghị quyết", Number: "58-NQ/TW", Issuer: "Bộ Chính trị", IssuedOn: "2024-12-22", Pages: []string{resolution57}}
	stems := map[string]int{}
	for _, d := range Drafts(src) {
		q := d.Question
		stems[q.Stem]++
		for _, o := range q.Options {
			if strings.HasPrefix(o.Text, "Ban hành") && strings.HasPrefix(q.Stem, "Theo Nghị quyết số 58-NQ/TW, cơ quan nào") {
				t.Errorf("a verb as a body: %q in %q", o.Text, q.Stem)
			}
			if strings.Contains(q.Stem, "nghiên cứu phát triển đạt ……") && (o.Text == "7%" || o.Text == "12%") {
				t.Errorf("a wrong answer no one believes: %q for 2%%", o.Text)
			}
		}
		if strings.Contains(q.Stem, "Tập trung triển khai tốt các nội dung sau") {
			t.Errorf("a lead-in as a list's name: %q", q.Stem)
		}
		if strings.Contains(q.Stem, "đạt trên ……; giao dịch không dùng tiền mặt đạt 80%") {
			t.Errorf("the stem says the answer: %q", q.Stem)
		}
		if strings.Contains(q.Stem, "giai đoạn ……") {
			t.Errorf("the subject line says the answer: %q", q.Stem)
		}
		if strings.Contains(q.Stem, "ít nhất …… tổ chức") || strings.Contains(q.Stem, "có …… doanh nghiệp") {
			if s := strings.ToLower(q.Stem); !strings.Contains(s, "đến năm 2030") && !strings.Contains(s, "đến năm 2045") {
				t.Errorf("a target without the year it is set for: %q", q.Stem)
			}
		}
	}
	for s, n := range stems {
		if n > 1 {
			t.Errorf("%d drafts ask %q", n, s)
		}
	}
}

// Made-up figures of a worked example, an issuer its code names, and a
// long target asked by its first clauses.
func TestRound17GuidanceAndPlan(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\nSố 46-HD/BTCTW\nHƯỚNG DẪN\nmột số nội dung về quy hoạch cán bộ\n" +
		"I. VỀ QUY HOẠCH CÁN BỘ\n1. Một chức danh lãnh đạo, quản lý quy hoạch không quá 4 cán bộ và một cán bộ quy hoạch không quá 3 chức danh.\n" +
		"Ví dụ: Đảng bộ tỉnh A được xác định số lượng ủy viên ban chấp hành là 50 đồng chí; ủy viên ban thường vụ là 15 đồng chí.\n" +
		"Đồng chí Nguyễn Văn X hiện là Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2025-2030, có thể giới thiệu quy hoạch chức danh Bí thư Tỉnh ủy nhiệm kỳ 2030-2035.\n" +
		"2. Trong giai đoạn 2026 - 2030 phấn đấu có ít nhất 10% đội ngũ cán bộ, công chức trong diện quy hoạch từ nguồn thu hút, tuyển dụng, tiếp nhận người có tài năng từ nguồn sinh viên tốt nghiệp xuất sắc, thạc sỹ, tiến sỹ chuyên ngành, chuyên gia, nhà khoa học có trình độ cao về công tác tại các cơ quan tham mưu của cấp ủy trên địa bàn tỉnh.\n"
	src := Source{Title: "Hướng dẫn số 46-HD/BTCTW", Kind: "Hướng dẫn", Number: "46-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Pages: []string{text}}
	long := false
	for _, d := range Drafts(src) {
		q := d.Question
		if strings.Contains(q.Stem, "tỉnh A") || strings.Contains(q.Stem, "Văn X") {
			t.Errorf("a worked example asked: %q", q.Stem)
		}
		if strings.HasPrefix(q.Stem, "Cơ quan nào ban hành") {
			t.Errorf("the issuer its code names asked: %q", q.Stem)
		}
		if strings.Contains(q.Stem, "ít nhất …… đội ngũ") {
			long = true
			if !strings.HasSuffix(q.Stem, " …”") {
				t.Errorf("a long target cut without a mark: %q", q.Stem)
			}
		}
	}
	if !long {
		t.Error("the long target was not asked")
	}
	if !numberNames("46-HD/BTCTW", "Ban Tổ chức") {
		t.Error("the code BTCTW names the Ban Tổ chức")
	}
}

// The right option is never the only one cut with "…", nor the only
// whole one, nor the only short heading among sentences.
func TestFormAloneByCutAndLength(t *testing.T) {
	cases := []struct {
		right string
		wrong []string
		alone bool
	}{
		{"Có chính sách khuyến khích khởi nghiệp về khoa học …", []string{"Thống nhất quản lý nhà nước về khoa học", "Thu hút mọi nguồn lực cho khoa học", "Có cách tiếp cận mở, cho phép thí điểm"}, true},
		{"Phát triển hệ thống trung tâm nghiên cứu quốc gia", []string{"Có chính sách đủ mạnh khuyến khích …", "Phát triển đội ngũ giảng viên …", "Bảo đảm an toàn, an ninh mạng …"}, true},
		{"Bảo vệ dữ liệu cá nhân", []string{"Xây dựng và ban hành các văn bản quy định chi tiết thi hành Luật trong năm 2026", "Tổ chức tuyên truyền, phổ biến nội dung Luật đến cán bộ và nhân dân cả nước", "Rà soát các văn bản quy phạm pháp luật có liên quan để sửa đổi, bổ sung kịp thời"}, true},
		{"Phát triển hệ thống trung tâm nghiên cứu …", []string{"Có chính sách đủ mạnh khuyến khích …", "Phát triển đội ngũ giảng viên …", "Bảo đảm an toàn, an ninh mạng …"}, false},
	}
	for _, c := range cases {
		if got := formAlone(c.right, c.wrong); got != c.alone {
			t.Errorf("formAlone(%q, %q) = %v, want %v", c.right, c.wrong, got, c.alone)
		}
	}
}
