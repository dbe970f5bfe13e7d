package draft

import (
	"slices"
	"strings"
	"testing"
)

// A rule's period in words after "trong thời hạn" ("phải niêm yết trong
// thời hạn một năm kể từ ngày phát hành cổ phiếu lần đầu") is asked like
// "trong vòng hai năm": Nghị quyết 12-NQ/TW gave 11 drafts and never
// asked it. The resolution is made up.
func TestPeriodInWordsAfterTimeLimit(t *testing.T) {
	text := "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XIV\nvề hợp tác xã kiểu mới\n" +
		"I- NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n" +
		"1- Đẩy mạnh cổ phần hóa\n" +
		"- Các hợp tác xã chuyển đổi phải đăng ký lại trong thời hạn sáu tháng kể từ ngày được phê duyệt phương án chuyển đổi.\n" +
		"- Tổ chức tổng kết mô hình hợp tác xã kiểu mới trước khi nhân rộng, tránh hình thức, chạy theo số lượng.\n"
	var got []string
	for _, d := range Drafts(Source{Title: "Nghị quyết số 31-NQ/TW ngày 5/5/2026", Pages: []string{text}}) {
		got = append(got, answerOf(d.Question))
	}
	if !slices.Contains(got, "sáu") {
		t.Errorf("the period in words is not asked; answers %q", got)
	}
}

// A document the library knows by its letterhead is named by kind,
// number and date, as one named in its text is ("Theo Nghị quyết số
// 11-NQ/TW ngày 3/6/2017"); the question on its date does not give it.
func TestNamedWithItsDate(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 31-NQ/TW\nHà Nội, ngày 5 tháng 5 năm 2026\nNGHỊ QUYẾT\nvề hợp tác xã kiểu mới\n" +
		"I- MỤC TIÊU\n" +
		"- Đến năm 2030, có ít nhất 45% hợp tác xã ứng dụng công nghệ số trong quản trị.\n" +
		"- Đến năm 2030, 100% cán bộ quản lý hợp tác xã được bồi dưỡng kiến thức quản trị hiện đại.\n"
	src := Source{Title: "Nghị quyết số 31-NQ/TW về hợp tác xã kiểu mới", Kind: "Nghị quyết", Number: "31-NQ/TW", IssuedOn: "2026-05-05", Issuer: "Ban Chấp hành Trung ương", Pages: []string{text}}
	ds := Drafts(src)
	if len(ds) == 0 {
		t.Fatal("no drafts")
	}
	for _, d := range ds {
		s := d.Question.Stem
		if strings.Contains(s, "ban hành ngày nào") {
			if strings.Contains(s, "5/5/2026") {
				t.Errorf("the date question gives its answer: %q", s)
			}
			continue
		}
		if strings.HasPrefix(s, "Cơ quan nào ban hành") {
			continue // (its issuer: the name alone)
		}
		if strings.Contains(s, "Nghị quyết số 31-NQ/TW") && !strings.Contains(s, "Nghị quyết số 31-NQ/TW ngày 5/5/2026") {
			t.Errorf("named without its date: %q", s)
		}
	}
}
