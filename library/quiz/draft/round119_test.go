package draft

import (
	"testing"
	"time"
)

// Round 119's faults, on a made-up decision shaped like its pages: a
// procedure's address with its house number, a table's cell that gives a
// duration without saying whose, beside a rule that is asked.
const procedureCells = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nSố: 2848/QĐ-UBND\nBắc Nam, ngày 21 tháng 11 năm 2026\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC KHOA HỌC VÀ CÔNG NGHỆ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NAM\n" +
	"Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực khoa học và công nghệ.\n" +
	"Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n" +
	"Thủ tục cấp Giấy chứng nhận hoạt động khoa học và công nghệ\n" +
	"Nơi tiếp nhận hồ sơ: Trung tâm Phục vụ hành chính công tỉnh Bắc Nam\n" +
	"(244 Điện Biên Phủ, Phường Xuân Hòa, tỉnh Bắc Nam)\n" +
	"Thời hạn giải quyết:\n" +
	"10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ\n" +
	"Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được hồ sơ, Sở Khoa học và Công nghệ kiểm tra tính hợp lệ của hồ sơ và thông báo cho tổ chức nếu hồ sơ chưa hợp lệ.\n"

func TestRound119Faults(t *testing.T) {
	asked := false
	for _, d := range Drafts(Source{Title: "Quyết định số 2848/QĐ-UBND", Kind: "Quyết định", Number: "2848/QĐ-UBND", IssuedOn: "2026-11-21", Pages: []string{procedureCells}}) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case a == "244":
			t.Errorf("a house's number asked: %q", s)
		case a == "10":
			t.Errorf("a table cell's duration asked without whose it is: %q", s)
		case a == "05":
			asked = true
		}
	}
	if !asked {
		t.Error("the rule's deadline is not asked")
	}
}

// A customs ruling on one firm's goods is no study text, whatever the
// day (rounds 118 and 119: its product's figures were asked).
func TestCustomsRulingIsNoStudyText(t *testing.T) {
	text := "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\nSố: 37001/TB-CHQ\nHà Nội, ngày 21 tháng 11 năm 2025\nTHÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\n" +
		"Mô tả hàng hóa: đồng hồ thông minh, khối lượng 27g, kích thước màn hình 1,82 inch, chống nước theo chuẩn 5 ATM, gồm cảm biến IMU 9 trục.\n" +
		"Doanh nghiệp phải nộp hồ sơ trong thời hạn không quá 30 ngày kể từ ngày nhận được thông báo.\n"
	for _, src := range []Source{
		{Title: "Thông báo số 37001/TB-CHQ về kết quả xác định trước mã số", Kind: "Thông báo", Pages: []string{text}},
		{Title: "Thông báo số 37001/TB-CHQ", Kind: "Thông báo", Pages: []string{text}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)},
	} {
		if why := Spent(src); why != SpentCase {
			t.Errorf("%q: spent %q", src.Title, why)
		}
		if ds := Drafts(src); len(ds) != 0 {
			t.Errorf("%q: %d drafts, first %q", src.Title, len(ds), ds[0].Question.Stem)
		}
	}
	other := Source{Title: "Thông báo số 12/TB-UBND về kết luận của Chủ tịch", Kind: "Thông báo", Pages: []string{"Chủ tịch kết luận: các sở hoàn thành trước ngày 30 tháng 12 năm 2026.\n"}}
	if why := Spent(other); why != "" {
		t.Errorf("an ordinary notice is spent: %q", why)
	}
}
