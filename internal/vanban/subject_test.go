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
