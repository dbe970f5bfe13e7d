package draft

import (
	"strings"
	"testing"
	"unicode/utf8"

	"sotay/internal/vanban"
)

// Round 55 (news reports of documents just issued, 2017): a fee
// schedule's tiers were five blanks in the same words; an excerpt cut by
// its length ended inside a word ("… bán vốn là: Công ty T …"). The
// texts are made up.
func TestRound55(t *testing.T) {
	text := "BỘ TÀI CHÍNH\nSố: 335/2026/TT-BTC\nTHÔNG TƯ\nQuy định mức thu phí đấu giá tài sản\n" +
		"Điều 1. Mức thu phí đấu giá tài sản như sau:\n" +
		"- Mức thu với giá trị tài sản bán được từ 50 triệu đồng đến 1 tỷ đồng là 2,5 triệu đồng cộng với 1,5% giá trị tài sản bán được quá 50 triệu đồng.\n" +
		"- Mức thu với giá trị tài sản bán được từ trên 1 tỷ đồng đến 10 tỷ đồng là 16,75 triệu đồng cộng với 0,2% giá trị tài sản bán được vượt 1 tỷ đồng.\n" +
		"- Mức thu với giá trị tài sản bán được từ trên 10 tỷ đồng đến 20 tỷ đồng là 34,75 triệu đồng cộng với 0,15% giá trị tài sản bán được vượt 10 tỷ đồng.\n" +
		"- Mức thu với giá trị tài sản bán được từ trên 20 tỷ đồng là 49,75 triệu đồng cộng với 0,1% giá trị tài sản bán được vượt 20 tỷ đồng.\n" +
		"Điều 2. Theo phương án sắp xếp doanh nghiệp của Tổng công ty Đầu tư và kinh doanh vốn nhà nước đến năm 2030, trong giai đoạn tới Tổng công ty có 26 doanh nghiệp thực hiện cổ phần hóa và bán vốn là: Công ty Trách nhiệm hữu hạn một thành viên Khai thác và Chế biến Đá An Giang; Công ty Trách nhiệm hữu hạn một thành viên Xổ số kiến thiết Bắc Nam.\n"
	tiers := 0
	for _, d := range Drafts(Source{Title: "Thông tư quy định mức thu phí đấu giá tài sản", Kind: "Thông tư", Number: "335/2026/TT-BTC", Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "giá trị tài sản bán được") {
			tiers++
		}
		if strings.Contains(s, "Công ty T …") || strings.Contains(s, "là: Công ty") {
			t.Errorf("an excerpt cut inside a word or into its list: %s", s)
		}
	}
	if tiers > 1 {
		t.Errorf("%d tiers asked, want one", tiers)
	}
}

// A report named by the document it reports does not credit the
// document with a speaker's words: "Thứ trưởng … phân tích, Luật Hộ tịch
// dự kiến chậm nhất đến ngày 1/1/2020 …" is no provision of the
// resolution (round 55). The resolution's own deadline still is asked.
func TestReportSpeakerNotTheDocument(t *testing.T) {
	text := "Bộ Tư pháp phản hồi về nghị quyết đơn giản hóa thủ tục\n" +
		"Chính phủ vừa ban hành Nghị quyết số 58/NQ-CP về việc đơn giản hóa thủ tục hành chính liên quan đến quản lý dân cư.\n" +
		"Theo Nghị quyết, Bộ Tư pháp phải hoàn thành việc sửa đổi các văn bản trước ngày 31/12/2017.\n" +
		"Tuy nhiên, Thứ trưởng Nguyễn Văn Bình phân tích, Luật Hộ tịch dự kiến chậm nhất đến ngày 1/1/2020 sẽ hoàn thành cơ sở dữ liệu điện tử.\n"
	m := vanban.ReadMeta(text)
	if m.Number != "58/NQ-CP" {
		t.Fatalf("read %+v", m)
	}
	deadline := false
	for _, d := range Drafts(Source{Title: m.Title, Kind: m.Kind, Number: m.Number, Issuer: m.Issuer, Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "phân tích") {
			t.Errorf("a speaker's words credited to the resolution: %s", s)
		}
		if answerOf(d.Question) == "31/12/2017" {
			deadline = true
		}
	}
	if !deadline {
		t.Error("the resolution's deadline not asked")
	}
}

// A report's "Cụ thể:" is no part of the rule, an excerpt cut by its
// length after it ends on a whole letter (it ended inside "thiểu"), and
// the sentence's second figure is not asked when its excerpt shows the
// first's answer (round 55).
func TestCutAfterAReportsLead(t *testing.T) {
	text := "BỘ TÀI CHÍNH\nSố: 332/2026/TT-BTC\nTHÔNG TƯ\nSửa đổi quy định về tiền sử dụng đất\n" +
		"Điều 1. Một điểm mới là bổ sung quy định về việc giảm tiền sử dụng đất.\n" +
		"Cụ thể: Giảm 50% tiền sử dụng đất đối với dự án thuộc địa bàn kinh tế xã hội đặc biệt khó khăn hoặc dự án đầu tư có quy mô vốn từ 6.000 tỷ đồng trở lên, thực hiện giải ngân tối thiểu 6.000 tỷ đồng trong thời hạn 03 năm kể từ ngày được cấp giấy chứng nhận đầu tư, hoặc dự án sử dụng thường xuyên từ 500 lao động trở lên.\n"
	fifty := false
	for _, d := range Drafts(Source{Title: "Thông tư sửa đổi quy định về tiền sử dụng đất", Kind: "Thông tư", Number: "332/2026/TT-BTC", Pages: []string{text}}) {
		s := d.Question.Stem
		if !utf8.ValidString(s) || strings.Contains(s, "Cụ thể:") {
			t.Errorf("stem %q", s)
		}
		if strings.Contains(s, "Giảm 50%") {
			t.Errorf("the first figure shown in the second's excerpt: %s", s)
		}
		if answerOf(d.Question) == "50%" {
			fifty = true
		}
	}
	if !fifty {
		t.Error("the reduction not asked")
	}
}
