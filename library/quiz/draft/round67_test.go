package draft

import (
	"strings"
	"testing"
)

// A legal site's page on one act quotes a law's article under its own
// question: "Căn cứ theo Điều 4 Luật … 2018 quy định nguyên tắc … như
// sau:" over three numbered principles. Round 66's judge named the
// principles missed: the part was set aside as another document's and
// nothing was asked of it. Now it is asked as the law's, with its
// article, and the principles are counted. The page is made up.
func TestRound67QuotedLawPrinciples(t *testing.T) {
	page := "Toàn văn Công điện 55/CĐ-TTg về công tác phòng chống lụt bão năm 2026 ra sao?\n" +
		"Ngày 02/6/2026, Thủ tướng Chính phủ đã ký ban hành Công điện 55/CĐ-TTg năm 2026 về công tác phòng chống lụt bão.\n" +
		"Theo Công điện 55/CĐ-TTg năm 2026, các bộ, ngành và địa phương thực hiện như sau:\n" +
		"(1) Bộ Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến thời tiết, kịp thời thông tin cho các địa phương.\n" +
		"(2) Bộ Quốc phòng chỉ đạo các quân khu sẵn sàng lực lượng, phương tiện cứu hộ.\n" +
		"(3) Ủy ban nhân dân các tỉnh ven biển rà soát phương án sơ tán dân ở vùng trũng thấp.\n" +
		"Phòng chống thiên tai tuân theo nguyên tắc nào?\n" +
		"Căn cứ theo Điều 4 Luật Phòng chống thiên tai 2013 quy định nguyên tắc cơ bản trong phòng chống thiên tai như sau:\n" +
		"(1) Phòng chống thiên tai là trách nhiệm của Nhà nước, tổ chức, cá nhân.\n" +
		"(2) Phòng chống thiên tai được thực hiện theo phương châm bốn tại chỗ.\n" +
		"(3) Chủ động phòng ngừa là chính, kết hợp ứng phó kịp thời và khắc phục khẩn trương.\n" +
		"(4) Bảo đảm tính nhân đạo, công bằng, minh bạch và bình đẳng giới.\n" +
		"Quý khách cần hỏi thêm thông tin có thể đặt câu hỏi tại đây.\n"
	title := "Toàn văn Công điện 55/CĐ-TTg về công tác phòng chống lụt bão năm 2026 ra sao?"
	found := false
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s := d.Question.Stem
		if strings.Contains(s, "nguyên tắc") {
			if !strings.HasPrefix(s, "Theo Điều 4 Luật Phòng chống thiên tai năm 2013, có bao nhiêu nguyên tắc") || answerOf(d.Question) != "4" {
				t.Errorf("the law's principles asked as %q, key %q", s, answerOf(d.Question))
			}
			found = true
		}
		if strings.Contains(s, "Công điện") && strings.Contains(d.Question.Explanation, "phòng ngừa là chính") {
			t.Errorf("the law's words asked as the dispatch's: %q", s)
		}
	}
	if !found {
		t.Error("the law's principles not asked")
	}
}

// A lead that says where its list stands ("Nguyên tắc … được quy định cụ
// thể tại Điều 5 Luật … như sau:") names the list by its first words,
// not by "cụ thể tại Điều 5 …" (round 66).
func TestRound67ListNamedBeforeWhereItStands(t *testing.T) {
	got := leadName("Nguyên tắc quản lý và điều tiết giá của Nhà nước được quy định cụ thể tại Điều 5 Luật Giá 2023 như sau:")
	if got != "Nguyên tắc quản lý và điều tiết giá của Nhà nước" {
		t.Errorf("named %q", got)
	}
	for lead, want := range map[string]string{
		"Căn cứ theo Điều 4 Luật Đặc xá 2018 quy định nguyên tắc thực hiện đặc xá như sau:":                                       "Luật Đặc xá năm 2018",
		"Nguyên tắc cân đối ngân sách nhà nước được quy định tại Điều 7 Luật Ngân sách nhà nước 2025, cụ thể như sau:":            "Luật Ngân sách nhà nước năm 2025",
		"Theo Điều 10 Luật Tổ chức chính quyền địa phương năm 2025 quy định như sau:":                                             "Luật Tổ chức chính quyền địa phương năm 2025",
		"Căn cứ theo khoản 2 Điều 2 Nghị định 177/2024/NĐ-CP quy định như sau:":                                                   "Nghị định 177/2024/NĐ-CP",
		"Tại Điều 9 Điều lệ Đảng quy định như sau:":                                                                               "Điều lệ Đảng",
		"Theo đó, nguyên tắc này đã được Thủ tướng nhấn mạnh tại hội nghị ngày 12/3/2026, trong đó có Luật Đất đai 2024 như sau:": "",
	} {
		if got := quotedAct(dline{text: lead}); got != want {
			t.Errorf("%q: quoted %q, want %q", lead, got, want)
		}
	}
}

// Parallel figures whose verb is a two-word measure ("tối thiểu là")
// were cut inside it: the key read "Bến cấp III tối", the blank "……
// thiểu là 50 m". A lead "… được quy định như sau" names its part by its
// first words only. The decree is made up.
func TestRound67ParallelMeasureAndPartName(t *testing.T) {
	text := "CHÍNH PHỦ\nSố: 41/2026/NĐ-CP\nNGHỊ ĐỊNH\nQuy định về bảo vệ bến thủy nội địa\n" +
		"Điều 6. Phạm vi bảo vệ\n" +
		"1. Vùng bảo vệ được quy định như sau:\n" +
		"a) Bến cấp đặc biệt tối thiểu là 300 m;\n" +
		"b) Bến cấp I tối thiểu là 200 m;\n" +
		"c) Bến cấp II tối thiểu là 100 m;\n" +
		"d) Bến cấp III tối thiểu là 50 m.\n"
	found := false
	for _, d := range Drafts(Source{Title: "Nghị định số 41/2026/NĐ-CP", Kind: "Nghị định", Number: "41/2026/NĐ-CP", Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "được quy định như sau") {
			t.Errorf("part named by its lead's tail: %q", s)
		}
		for _, o := range d.Question.Options {
			if strings.HasSuffix(o.Text, " tối") || strings.Contains(s, "…… thiểu") {
				t.Errorf("a measure cut in two: %q / %q", s, o.Text)
			}
		}
		if strings.Contains(s, "“…… tối thiểu là") {
			found = true
		}
	}
	if !found {
		t.Error("the tiers not asked by their level")
	}
}
