package vanban

import "testing"

// A subject in capitals whose first word a conversion broke off its line
// ("BAN" / "HÀNH QUY CHẾ …") is read whole (round 123: "Quyết định số
// 3999/QĐ-BTC" was listed without its subject). Made up.
func TestReadMetaSubjectWordBrokenOff(t *testing.T) {
	m := ReadMeta("BỘ TÀI CHÍNH\nSố: 3999/QĐ-BTC\nHà Nội, ngày 28 tháng 11 năm 2026\nQUYẾT ĐỊNH\nBAN\nHÀNH QUY CHẾ CÔNG TÁC LƯU TRỮ CỦA BỘ TÀI CHÍNH\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Luật Lưu trữ;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế công tác lưu trữ của Bộ Tài chính.\n")
	if want := "Quyết định số 3999/QĐ-BTC ban hành Quy chế công tác lưu trữ của Bộ Tài chính"; m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// A subject in sentence case that opens with its act and a comma,
// "Sửa đổi, bổ sung một số điều …", is read (round 125: the resolution
// amending the Constitution was listed as "NGHỊ QUYẾT"). Made up.
func TestReadMetaSubjectOpensWithActAndComma(t *testing.T) {
	m := ReadMeta("NGHỊ QUYẾT\nSửa đổi, bổ sung một số điều của Luật Bắc Nam\nQUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1\n")
	if want := "Nghị quyết sửa đổi, bổ sung một số điều của Luật Bắc Nam"; m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}
