package draft

import (
	"strings"
	"testing"
	"time"
)

// Round 120's faults, on a made-up regulation shaped like its pages: a
// form's footnotes by their marks, a short clause said of several
// procedures, the date of an act a clause cites, a one-off task due days
// after the regulation, a regulation's name under 40 words.
const landRules = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nSố: 138/2026/QĐ-UBND\nBắc Nam, ngày 25 tháng 11 năm 2026\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH BẮC NAM\n" +
	"QUY CHẾ\nQuản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Bắc Nam\n" +
	"Điều 9. Nội dung văn bản điện tử\n" +
	"Mã định danh của văn bản điện tử thực hiện theo Quyết định số 395/QĐ- BTTTT ngày 23 tháng 3 năm 2020 của Bộ Thông tin và Truyền thông.\n" +
	"Điều 11.\n" +
	"1. Thời gian thực hiện: Không quá 10 ngày làm việc.\n" +
	"Điều 13.\n" +
	"1. Thời gian thực hiện: Không quá 07 ngày làm việc.\n" +
	"Điều 18. Trách nhiệm của các cơ quan\n" +
	"1. Các sở, ngành ban hành quy định xử lý hồ sơ của cơ quan, đơn vị mình trong thời hạn 60 ngày kể từ ngày Quy chế này được ban hành.\n" +
	"2. Văn phòng đăng ký đất đai chuyển hồ sơ cho cơ quan thuế trong thời hạn không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.\n" +
	"MẪU ĐƠN ĐĂNG KÝ\n" +
	"2 Đối với cụm nhiệm vụ, chuỗi nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo: có thể lựa chọn các loại hình phù hợp với các nhiệm vụ thành phần trong cụm.\n" +
	"9 Từ khoản chi của doanh nghiệp cho nghiên cứu khoa học, phát triển công nghệ và đổi mới sáng tạo.\n"

func TestRound120Faults(t *testing.T) {
	src := Source{Title: "Quyết định số 138/2026/QĐ-UBND ban hành Quy chế quản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Bắc Nam",
		Kind: "Quyết định", Number: "138/2026/QĐ-UBND", IssuedOn: "2026-11-25", Issuer: "Ủy ban nhân dân tỉnh Bắc Nam", Pages: []string{landRules}, Today: time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC)}
	asked := false
	for _, d := range Drafts(src) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case a == "2" || a == "9":
			t.Errorf("a form's footnote mark asked: %q", s)
		case (a == "10" || a == "07") && !strings.Contains(s, "“Thủ tục"):
			t.Errorf("a clause said of two procedures asked by its article's number alone: %q", s)
		case strings.Contains(a, "2020"):
			t.Errorf("a cited act's date asked: %q", s)
		case a == "60":
			t.Errorf("a one-off task due days after the regulation asked months on: %q", s)
		case a == "02":
			asked = true
			if strings.Contains(s, "…") && strings.Index(s, "…") < strings.Index(s, "ban hành kèm theo") {
				t.Errorf("the regulation's name cut: %q", s)
			}
		}
	}
	if !asked {
		t.Error("the rule's time limit not asked")
	}
}

// Two blanks of one unit an article at most: an article's headcounts,
// unit by unit, are a quota table in prose (round 120: six drafts of
// Điều 8, all dropped). Made up.
func TestOneArticlesHeadcountsAskedTwice(t *testing.T) {
	text := "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 67/2026/UBTVQH15\nHà Nội, ngày 06 tháng 02 năm 2026\nNGHỊ QUYẾT\nQUY ĐỊNH SỐ LƯỢNG THẨM PHÁN\n" +
		"Điều 8. Số lượng Thẩm phán\n" +
		"1. Tổng số Thẩm phán của Tòa án nhân dân tỉnh là 1.235 người.\n" +
		"2. Tổng số Thẩm phán của Tòa án nhân dân khu vực là 5.600 người.\n" +
		"3. Tổng số Thẩm phán của Tòa án quân sự trung ương là 15 người.\n" +
		"4. Tổng số Thẩm phán của Tòa án quân sự quân khu là 54 người.\n" +
		"5. Tổng số Thẩm phán của Tòa án quân sự khu vực là 129 người.\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Nghị quyết số 67/2026/UBTVQH15", Kind: "Nghị quyết", Number: "67/2026/UBTVQH15", IssuedOn: "2026-02-06", Pages: []string{text}}) {
		if strings.Contains(d.Question.Stem, "Tổng số Thẩm phán") {
			n++
		}
	}
	if n > 2 {
		t.Errorf("%d headcounts of one article asked", n)
	}
}
