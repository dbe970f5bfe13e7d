package draft

import (
	"strings"
	"testing"
)

// Round 65 (encyclopedia and portal pages): a list of steering committees
// by name ("Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát")
// was asked as which body carries out which task, and the years in their
// names as targets; a page headlined by a body asked which body does what
// its text says that body does. The text is made up, in the pages' shape.
func TestRound65CommitteeNames(t *testing.T) {
	title := "Ủy ban Kiểm tra Trung ương Đảng Cộng sản Việt Nam"
	page := title + "\n" +
		"Ủy ban Kiểm tra Trung ương là cơ quan kiểm tra của Ban Chấp hành Trung ương Đảng.\n" +
		"Ủy ban Kiểm tra Trung ương chủ trì, phối hợp với Văn phòng Trung ương Đảng tham mưu cho Bộ Chính trị về công tác kiểm tra, giám sát và kỷ luật đảng trong toàn Đảng.\n" +
		"Các ban chỉ đạo mà Ủy ban tham gia:\n" +
		"Ban Chỉ đạo Trung ương triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước\n" +
		"Ban Chỉ đạo quốc gia triển khai thực hiện cam kết của Việt Nam tại Hội nghị lần thứ 26 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu\n" +
		"Ban chỉ đạo quốc gia về phát triển ngành dược Việt Nam giai đoạn đến năm 2030, tầm nhìn đến năm 2045\n" +
		"Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025\n" +
		"Ban Chỉ đạo của Chính phủ triển khai thực hiện Dự án xây dựng công trình đường bộ cao tốc Bắc - Nam phía Đông\n"
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s := d.Question.Stem
		if strings.Contains(s, "xóa nhà tạm") || strings.Contains(s, "biến đổi khí hậu") || strings.Contains(s, "ngành dược") || strings.Contains(s, "mục tiêu quốc gia") || strings.Contains(s, "cao tốc") {
			t.Errorf("a committee's name asked: %s", s)
		}
		if strings.Contains(s, "công tác kiểm tra, giám sát") && answerOf(d.Question) == "Ủy ban Kiểm tra Trung ương" {
			t.Errorf("the body the page is headlined by asked: %s", s)
		}
	}
}
