package draft

import (
	"strings"
	"testing"
)

// Round 60–61 (news articles of 2017 the corpus had left): a headline
// that opens with a kind ("Kết luận thanh tra ngân sách tỉnh …: Hàng
// loạt sai phạm …") named the article as the conclusion, so its
// inspection figures were asked as the conclusion's rules; an article on
// a forged ministry letter had the letter's deadline asked; a share one
// count over another of the same sentence ("chỉ có 22 thủ tục … (đạt
// ……) … 130 thủ tục") is a division away. The texts are made up.
func TestRound61(t *testing.T) {
	news := func(title, lead, body string) []Draft {
		return Drafts(Source{Title: title, Pages: []string{title + "\n" + lead + "\n" + body + "\n"}})
	}
	for _, d := range news("Kết luận thanh tra ngân sách tỉnh Hòa Bình: Hàng loạt sai phạm trong quản lý thu, chi",
		"Bộ Tài chính vừa ban hành kết luận thanh tra, chỉ rõ hàng loạt sai phạm của UBND tỉnh trong quản lý thu, chi ngân sách.",
		"Tại thời điểm thanh tra tháng 12/2026, trên địa bàn tỉnh có 35 trường hợp đơn giá thuê đất đã hết thời gian ổn định nhưng chưa được điều chỉnh. "+
			"Trong năm 2025, dự toán chi từ nguồn dự phòng ngân sách tỉnh vượt 12% so với quy định tối đa.") {
		if strings.HasPrefix(d.Question.Stem, "Theo Kết luận thanh tra") {
			t.Errorf("a headline named as the document: %s", d.Question.Stem)
		}
	}
	if ds := news("Giả mạo văn bản Bộ Tài chính nhằm trục lợi bán đấu giá xe ô tô",
		"Ngày 2/6, đại diện Bộ Tài chính cho biết vừa qua có 2 văn bản giả mạo được cho là của Bộ Tài chính lan truyền trong giới kinh doanh.",
		"Văn bản giả yêu cầu các đơn vị hoàn thành việc bán đấu giá xe ô tô chậm nhất ngày 30/6/2027 và nộp tối thiểu 20% giá trị vào tài khoản tạm giữ."); len(ds) > 0 {
		t.Errorf("%d drafts from an article on a forged document: %s", len(ds), ds[0].Question.Stem)
	}
	for _, d := range news("Phó Thủ tướng: Đẩy nhanh Cơ chế một cửa quốc gia",
		"Ngày 12/6, Phó Thủ tướng đã chủ trì cuộc họp về Cơ chế một cửa quốc gia.",
		"Trước việc chỉ có 22 thủ tục hành chính đưa vào Cơ chế một cửa quốc gia từ đầu năm tới nay (đạt 17%), Phó Thủ tướng yêu cầu các bộ, ngành hoàn thành kế hoạch đưa 130 thủ tục vào Cơ chế một cửa quốc gia trong năm nay.") {
		if answerOf(d.Question) == "17%" {
			t.Errorf("a share that is one count over another: %s", d.Question.Stem)
		}
	}
}
