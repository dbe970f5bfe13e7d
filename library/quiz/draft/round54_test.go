package draft

import (
	"strings"
	"testing"
)

// Round 54 (news articles of 2017 and legal sites' pages of 2025): a
// decision signed with no recipients ("T/M ỦY BAN NHÂN DÂN CHỦ TỊCH …")
// had the legal site's own notices after it asked as its text (a phone
// line's count, "Trận 4 này", "250 nhân sự"); an effective date that is
// the signing day, which every stem names, was asked; and a count whose
// units are named after it one by one, parted by semicolons, was asked.
// The texts are made up.
func TestRound54(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 2638/QĐ-UBND\nBắc Nam, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề cơ cấu tổ chức của Sở Nội vụ\n" +
		"Điều 1. Sở Nội vụ có 03 đơn vị sự nghiệp công lập: Trung tâm Lưu trữ lịch sử tỉnh; Trung tâm Dịch vụ việc làm; Trung tâm Điều dưỡng người có công và Bảo trợ xã hội.\n" +
		"Điều 2. Sở Nội vụ có 07 phòng chuyên môn, nghiệp vụ và tổ chức tương đương.\n" +
		"Điều 3. Quyết định này có hiệu lực kể từ ngày 18/11/2025.\n" +
		"T/M ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Bình\n" +
		"- Hiện tại có đủ người dùng cùng lúc, nên khi người thứ vào thì bạn bị Đăng xuất.\n" +
		"Trận 4 này, với chỉ đạo quyết liệt của Chính phủ, chắc chắn chúng ta lại thắng.\n" +
		"Là sản phẩm online, nên 250 nhân sự chúng tôi vừa làm việc tại trụ sở, vừa làm việc từ xa.\n"
	src := Source{Title: "Quyết định về cơ cấu tổ chức của Sở Nội vụ", Kind: "Quyết định", Number: "2638/QĐ-UBND", IssuedOn: "2025-11-18", Pages: []string{text}}
	for _, l := range newDrafter(src).lines {
		notice := strings.Contains(l.text, "Trận 4") || strings.Contains(l.text, "nhân sự")
		if strings.HasPrefix(l.text, "Điều 2.") && !l.body || notice && l.body {
			t.Errorf("body %v: %q", l.body, l.text)
		}
	}
	for _, d := range Drafts(src) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case a == "4" || a == "250" || strings.Contains(s, "nhân sự"):
			t.Errorf("the site's notice asked: %s", s)
		case a == "18/11/2025":
			t.Errorf("the signing day asked as the effective date: %s", s)
		case a == "03":
			t.Errorf("a count its names spell out asked: %s", s)
		}
	}
}
