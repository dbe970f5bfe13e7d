package draft

import (
	"strings"
	"testing"
)

// Round 49's drops, none asked again: a central act cited in the
// preamble, an award's quota ("Xét tối đa …… tập thể và 4 cá nhân"), a
// count its span gives ("gồm …… cấp, từ cấp I đến cấp V"), the hours of
// a watch ("…… giờ trong ngày từ 10 giờ đến 20 giờ"); the day the text was
// signed is no wrong option for "chậm nhất ……"; "nòng cốt" is not asked
// among "chủ lực". Made up.
func TestRound49NotAsked(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 213/2025/QĐ-UBND\nBắc Nam, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nQuy định cấp dự báo cháy rừng\n" +
		"Căn cứ Quyết định số 23-QĐ/TW ngày 30 tháng 7 năm 2021 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của hệ thống chính trị;\n" +
		"QUYẾT ĐỊNH:\n" +
		"Điều 2. Cấp dự báo cháy rừng\n" +
		"1. Cấp dự báo cháy rừng trên địa bàn tỉnh gồm 5 cấp, từ cấp I đến cấp V, theo mức độ nguy hiểm tăng dần.\n" +
		"2. Ở cấp III, lực lượng canh phòng trực 10/24 giờ trong ngày từ 10 giờ đến 20 giờ tại các chòi canh.\n" +
		"3. Xét tặng Bằng khen: mỗi huyện xét tối đa 2 tập thể và 4 cá nhân có thành tích xuất sắc trong phòng cháy rừng.\n" +
		"4. Lực lượng quân đội, công an tiếp tục giữ vai trò nòng cốt trong việc chữa cháy rừng tại chỗ cho các địa phương.\n" +
		"5. Hạt Kiểm lâm gửi báo cáo về Sở Nông nghiệp và Môi trường chậm nhất ngày 05/12/2025 để tổng hợp trình Ủy ban nhân dân tỉnh.\n" +
		"6. Các địa phương thực hiện việc rà soát phương án chữa cháy rừng xong trước ngày 18/11/2025 đối với vùng trọng điểm.\n"
	for _, d := range Drafts(Source{Title: "Quyết định quy định cấp dự báo cháy rừng", Kind: "Quyết định", Number: "213/2025/QĐ-UBND", IssuedOn: "2025-11-18", Pages: []string{text}}) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case strings.Contains(s, "23-QĐ/TW"), a == "5" && strings.Contains(s, "cấp V"), a == "10/24", a == "2" && strings.Contains(s, "tập thể"):
			t.Errorf("asked %q: %s", a, s)
		}
		for _, o := range d.Question.Options {
			if a == "05/12/2025" && o.Text == "18/11/2025" {
				t.Errorf("the signing day offered for a deadline: %s", s)
			}
			if a == "nòng cốt" && o.Text == "chủ lực" {
				t.Errorf("a synonym offered: %s", s)
			}
		}
	}
}

// A title in capitals is written with the capitals the body gives its
// words in quotes: "QUY CHẾ XÉT TẶNG DANH HIỆU “CÔNG DÂN THỦ ĐÔ ƯU TÚ”"
// names "danh hiệu “Công dân Thủ đô ưu tú”" (round 49). Made up.
func TestIssuedTitleKeepsQuotedCapitals(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 71/2025/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế xét tặng danh hiệu\n" +
		"Điều 1. Ban hành kèm theo Quyết định này Quy chế xét tặng danh hiệu “Công dân Thủ đô ưu tú”.\n" +
		"QUY CHẾ\nXÉT TẶNG DANH HIỆU “CÔNG DÂN THỦ ĐÔ ƯU TÚ”\n(Ban hành kèm theo Quyết định số 71/2025/QĐ-UBND của Ủy ban nhân dân Thành phố)\n" +
		"Điều 5. Quy trình xét tặng\n" +
		"1. Mỗi cá nhân chỉ được tặng danh hiệu “Công dân Thủ đô ưu tú” một lần, công dân có nhiều đóng góp cho Thủ đô được ưu tiên.\n" +
		"2. Trong thời hạn 07 ngày làm việc kể từ ngày nhận hồ sơ, Hội đồng xét tặng họp xem xét danh sách đề nghị tặng danh hiệu.\n"
	found := false
	for _, d := range Drafts(Source{Title: "Quyết định về việc ban hành Quy chế xét tặng danh hiệu", Kind: "Quyết định", Number: "71/2025/QĐ-UBND", Pages: []string{text}}) {
		if strings.Contains(d.Question.Stem, "Quy chế xét tặng") {
			found = true
			if !strings.Contains(d.Question.Stem, "“Công dân Thủ đô ưu tú”") {
				t.Errorf("the title's capitals: %s", d.Question.Stem)
			}
		}
	}
	if !found {
		t.Skip("no draft named by the regulation")
	}
}
