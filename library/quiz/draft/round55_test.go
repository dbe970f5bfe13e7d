package draft

import (
	"strings"
	"testing"
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
