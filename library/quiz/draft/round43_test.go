package draft

import (
	"fmt"
	"strings"
	"testing"
)

// A part's amounts are asked three at most: round 43's judge dropped 19
// of the 21 per-product export targets of one plan's table ("Tổng sản
// phẩm Xoài tham gia xuất khẩu …… tấn"); its shares are asked up to ten.
// The plan is made up.
func TestAmountsOfOnePartAskedThreeAtMost(t *testing.T) {
	var b strings.Builder
	b.WriteString("ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 2954/KH-UBND\nKẾ HOẠCH\nXuất khẩu nông sản đến năm 2030\nI. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030\n")
	for i, p := range []string{"Xoài", "Nhãn", "Chuối", "Chè", "Cà phê", "Sắn", "Mận", "Bơ"} {
		fmt.Fprintf(&b, "- Tổng sản phẩm %s tham gia xuất khẩu phấn đấu đạt %d.%03d tấn, giá trị xuất khẩu đạt %d triệu USD vào năm 2030.\n", p, 10+7*i, 500, 40+9*i)
	}
	b.WriteString("II. MỤC TIÊU\n")
	for i, p := range []string{"hợp tác xã có mã số vùng trồng", "doanh nghiệp có chứng nhận VietGAP", "sản phẩm có chỉ dẫn địa lý", "vùng trồng có truy xuất nguồn gốc"} {
		fmt.Fprintf(&b, "- Phấn đấu đến năm 2030 có %d%% %s trên địa bàn tỉnh.\n", 30+11*i, p)
	}
	amounts, shares := 0, 0
	for _, d := range Drafts(Source{Title: "Kế hoạch xuất khẩu nông sản đến năm 2030", Kind: "Kế hoạch", Number: "2954/KH-UBND", Pages: []string{b.String()}}) {
		a := answerOf(d.Question)
		switch {
		case strings.HasSuffix(a, "%"):
			shares++
		case strings.Contains(d.Question.Stem, "tấn") || strings.Contains(d.Question.Stem, "triệu USD"):
			amounts++
		}
	}
	if amounts > 3 || shares < 3 {
		t.Errorf("%d amounts of one part asked (3 at most), %d shares", amounts, shares)
	}
}

// A figure's one word in brackets ("02 (hai) ngày làm việc") is left out
// of its blank's stem: "…… (hai)" gave the answer away (round 44).
func TestOneWordInBracketsNotInStem(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC NAM\nSố: 125/2025/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Quy trình rà soát đối tượng hỗ trợ nhà ở\n" +
		"Điều 4. Quy trình rà soát\n" +
		"Bước 1. Trong thời gian 02 (hai) ngày làm việc, Ủy ban nhân dân cấp xã tiếp nhận, xem xét, kiểm tra hồ sơ và giao Phòng Văn hóa - Xã hội chủ trì thẩm định.\n" +
		"Bước 2. Trong thời hạn 03 (ba) ngày làm việc sau khi nhận kết quả thẩm định, Ủy ban nhân dân cấp xã ban hành quyết định phê duyệt danh sách hộ được hỗ trợ.\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Quyết định ban hành Quy trình rà soát đối tượng hỗ trợ nhà ở", Kind: "Quyết định", Number: "125/2025/QĐ-UBND", Pages: []string{text}}) {
		if s := d.Question.Stem; strings.Contains(s, "……") {
			n++
			if strings.Contains(s, "…… (") {
				t.Errorf("the figure's word left in: %q", s)
			}
		}
	}
	if n == 0 {
		t.Error("no time limit asked")
	}
}

// A legal site's page whose question headline opens with a document's
// kind ("Hướng dẫn hộ kinh doanh … (dự kiến)?") is a page, named "bài
// “…”", not a Hướng dẫn of that title (round 44).
func TestQuestionHeadlineIsAPage(t *testing.T) {
	page := "Hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử, kê khai thuế từ 01/01/2026 chi tiết (dự kiến)?\n" +
		"Theo dự thảo, hộ kinh doanh có doanh thu từ 01 tỷ đồng trở lên phải sử dụng hóa đơn điện tử có mã của cơ quan thuế. Hộ kinh doanh nộp thuế gồm:\n" +
		"- Hộ kinh doanh có doanh thu trên mức doanh thu không chịu thuế.\n- Hộ kinh doanh hoạt động thương mại điện tử trên các sàn.\n- Hộ kinh doanh cho thuê tài sản có doanh thu trên mức quy định.\n" +
		"Theo dự thảo, hộ kinh doanh phấn đấu đến năm 2027 có 100% sử dụng hóa đơn điện tử.\n"
	for _, d := range Drafts(Source{Title: "Hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử, kê khai thuế từ 01/01/2026 chi tiết (dự kiến)?", Pages: []string{page}}) {
		if s := d.Question.Stem; !strings.HasPrefix(s, "Theo bài “Hướng dẫn hộ kinh doanh") {
			t.Errorf("named as a document: %q", s)
		}
	}
}

// One sentence's two blanks with one answer are not both asked:
// "Phấn đấu mỗi năm phát triển từ …… bộ dữ liệu mở …, có tối thiểu ……
// kịch bản …", both 05 (round 44).
func TestOneAnswerOfASentenceOnce(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 144/KH-UBND\nKẾ HOẠCH\nPhát triển kinh tế số đến năm 2030\nI. MỤC TIÊU\n" +
		"- Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao phục vụ phát triển kinh tế số và xã hội số; công bố trên Cổng Dữ liệu mở tỉnh Bắc Nam và Cổng Dữ liệu mở quốc gia; có tối thiểu 05 kịch bản ứng dụng dữ liệu cấp tỉnh, ngành và địa phương. Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu mở được công bố.\n" +
		"- Phấn đấu đến năm 2030 có 80% doanh nghiệp nhỏ và vừa sử dụng nền tảng số trong sản xuất, kinh doanh.\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Kế hoạch phát triển kinh tế số đến năm 2030", Kind: "Kế hoạch", Number: "144/KH-UBND", Pages: []string{text}}) {
		if answerOf(d.Question) == "05" {
			n++
		}
	}
	if n > 1 {
		t.Errorf("%d blanks of one sentence answer 05", n)
	}
}

// A title in capitals run into a page's one line, and a table's row of one
// place ("Tuyên Quang: …… Triệu đồng"), are not asked.
func TestCapitalsAndRowsOfAPageNotAsked(t *testing.T) {
	text := "Quyết định số 2639/QĐ-TTg ngày 03/12/2025 của Thủ tướng Chính phủ QUYẾT ĐỊNH VỀ VIỆC BỔ SUNG CÓ MỤC TIÊU TỪ NGÂN SÁCH TRUNG ƯƠNG CHO NGÂN SÁCH CÁC ĐỊA PHƯƠNG NĂM 2025\n" +
		"Điều 1. Bổ sung có mục tiêu 2.615 tỷ đồng từ ngân sách trung ương năm 2025 cho 27 địa phương để bảo đảm cơ sở vật chất phục vụ sắp xếp tổ chức bộ máy.\n" +
		"Tuyên Quang: 120.500 Triệu đồng\nCao Bằng: 98.700 Triệu đồng\nLạng Sơn: 101.300 Triệu đồng\nLào Cai: 87.900 Triệu đồng\n"
	for _, d := range Drafts(Source{Title: "Quyết định số 2639/QĐ-TTg", Kind: "Quyết định", Number: "2639/QĐ-TTg", IssuedOn: "2025-12-03", Pages: []string{text}}) {
		if s := d.Question.Stem; strings.Contains(s, "Triệu đồng”") || strings.Contains(s, "VỀ VIỆC BỔ SUNG") {
			t.Errorf("asked: %q", s)
		}
	}
}

// The whole of a thing ("trực ban 24/24", "34/34 địa phương") and a
// motto's number ("phương châm “4 tại chỗ”") are not asked (round 45).
func TestWholesAndMottosNotAsked(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 0129/KH-UBND\nKẾ HOẠCH\nHỗ trợ nhu yếu phẩm khẩn cấp cho nhân dân bị ảnh hưởng bởi lũ\n" +
		"I. NHIỆM VỤ\n" +
		"- UBND xã, phường thực hiện trực ban phòng chống thiên tai 24/24, duy trì thông tin liên lạc thông suốt với cơ quan chỉ huy của tỉnh để điều phối lực lượng.\n" +
		"- Việc cứu trợ và cấp phát nhu yếu phẩm được thực hiện theo phương châm “4 tại chỗ”; nước rút đến đâu khắc phục hậu quả đến đó.\n" +
		"- Bảo đảm 100% người dân vùng ngập được hỗ trợ lương thực, nước uống trong vòng 24 giờ đầu kể từ khi bị cô lập.\n"
	for _, d := range Drafts(Source{Title: "Kế hoạch hỗ trợ nhu yếu phẩm khẩn cấp", Kind: "Kế hoạch", Number: "0129/KH-UBND", Pages: []string{text}}) {
		if a := answerOf(d.Question); a == "24/24" || a == "4" {
			t.Errorf("asked %q: %q", a, d.Question.Stem)
		}
	}
}
