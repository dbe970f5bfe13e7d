package draft

import (
	"strings"
	"testing"
)

// Round 47's drops, none asked again: a notice's opening account of the
// visit ("… triển khai chính quyền 2 cấp"), a road's number ("Quốc lộ
// 12"), a bracket restating an ordinal year ("Năm thứ nhất (12 tháng đầu
// …)"), a count the text tells again ("tại 02 công trình dự án" where it
// speaks throughout of "02 công trình dự án"). Still asked: the
// notice's deadline. The notice is made up.
func TestRound47FiguresNotAsked(t *testing.T) {
	text := "VĂN PHÒNG CHÍNH PHỦ\nSố: 648/TB-VPCP\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Bắc Nam\n" +
		"Ngày 20 tháng 11 năm 2025, Phó Thủ tướng chủ trì buổi làm việc với lãnh đạo tỉnh Bắc Nam về giải ngân vốn đầu tư công và triển khai chính quyền 2 cấp, với sự tham gia của 15 sở, ngành.\n" +
		"I. ĐÁNH GIÁ CHUNG\n" +
		"Phó Thủ tướng đánh giá cao kết quả thực tế tại 02 công trình dự án bệnh viện đã có chuyển biến rõ rệt.\n" +
		"II. NHIỆM VỤ TRONG THỜI GIAN TỚI\n" +
		"1. Bộ Y tế chỉ đạo chủ đầu tư tập trung thực hiện các hạng mục của 02 công trình dự án bệnh viện, hoàn thành việc xây dựng trước ngày 30 tháng 11 năm 2026.\n" +
		"2. Về dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu: tỉnh phối hợp với Bộ Xây dựng lập báo cáo nghiên cứu tiền khả thi.\n" +
		"3. Năm thứ nhất (12 tháng đầu kể từ khi được công nhận) cấp kinh phí chi thường xuyên theo định mức.\n"
	asked := map[string]string{}
	for _, d := range Drafts(Source{Title: "Thông báo kết luận của Phó Thủ tướng", Kind: "Thông báo", Number: "648/TB-VPCP", IssuedOn: "2025-11-27", Pages: []string{text}}) {
		asked[answerOf(d.Question)] = d.Question.Stem
	}
	for _, a := range []string{"2", "15", "02", "12"} {
		if s, ok := asked[a]; ok {
			t.Errorf("asked %q: %s", a, s)
		}
	}
	if _, ok := asked["ngày 30 tháng 11 năm 2026"]; !ok {
		t.Errorf("the deadline not asked: %v", asked)
	}
}

// A draft's wrong options are not the key of a draft of its part beside
// it ("hệ số 2,34" among the options for "1,86", and back, cued each
// other); the signing day is no wrong option for "có hiệu lực … kể từ
// ngày ký ban hành và áp dụng từ ……". Made up (round 47).
func TestRound47OptionsNotCueing(t *testing.T) {
	text := "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NAM\nSố: 51/2025/NQ-HĐND\nNGHỊ QUYẾT\nVề chế độ cho nhân viên thú y cấp xã\n" +
		"Điều 2. Chế độ phụ cấp\n" +
		"a) Người tốt nghiệp đại học được hưởng mức phụ cấp theo hệ số 2,34 so với mức lương cơ sở.\n" +
		"b) Người tốt nghiệp cao đẳng, trung cấp được hưởng mức phụ cấp theo hệ số 1,86 so với mức lương cơ sở.\n" +
		"Điều 3. Hiệu lực thi hành\n" +
		"Nghị quyết có hiệu lực thi hành kể từ ngày ký ban hành và áp dụng từ ngày 01 tháng 01 năm 2026.\n" +
		"Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Nam khóa XVI, kỳ họp thứ 28 thông qua ngày 26 tháng 11 năm 2025.\n"
	opts := map[string][]string{}
	for _, d := range Drafts(Source{Title: "Nghị quyết về chế độ cho nhân viên thú y cấp xã", Kind: "Nghị quyết", Number: "51/2025/NQ-HĐND", IssuedOn: "2025-11-26", Pages: []string{text}}) {
		for _, o := range d.Question.Options {
			opts[answerOf(d.Question)] = append(opts[answerOf(d.Question)], o.Text)
		}
	}
	a, b := strings.Join(opts["2,34"], "|"), strings.Join(opts["1,86"], "|")
	if a == "" || b == "" || strings.Contains(a, "1,86") && strings.Contains(b, "2,34") {
		t.Errorf("the coefficients cue each other: %q, %q", a, b)
	}
	if strings.Contains(strings.Join(opts["ngày 01 tháng 01 năm 2026"], "|"), "ngày 26 tháng 11 năm 2025") {
		t.Errorf("the signing day offered: %v", opts["ngày 01 tháng 01 năm 2026"])
	}
}
