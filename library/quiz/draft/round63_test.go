package draft

import (
	"strings"
	"testing"
)

// Round 63 (a legal portal's pages on Party acts): a page on several
// resolutions, headlined "Nghị quyết 59 70 71 72 …", was named as the
// first, and the targets under its headings "(2) Nghị quyết 70-NQ/TW năm
// 2025", "(3) …" were asked as that first resolution's, "(mục “Nghị quyết
// 70-NQ/TW năm 2025”)". The text is made up, in the page's shape.
func TestRound63PageOnSeveralActs(t *testing.T) {
	title := "Nghị quyết 81 82 83 về năng lượng, giáo dục và y tế của Bộ Chính trị năm 2026 ra sao?"
	page := title + "\n" +
		"Nghị quyết 81 82 83 của Bộ Chính trị năm 2026 về năng lượng, giáo dục và y tế như sau:\n" +
		"- Nghị quyết 81-NQ/TW của Bộ Chính trị về an ninh năng lượng quốc gia;\n" +
		"- Nghị quyết 82-NQ/TW năm 2026 của Bộ Chính trị về phát triển giáo dục;\n" +
		"- Nghị quyết 83-NQ/TW năm 2026 của Bộ Chính trị về chăm sóc sức khỏe Nhân dân.\n" +
		"Mục tiêu được đặt ra tại các Nghị quyết\n" +
		"(1) Nghị quyết 81-NQ/TW năm 2026\n" +
		"Các cơ sở lọc dầu đáp ứng tối thiểu 70% nhu cầu xăng dầu trong nước; mức dự trữ xăng dầu đạt 90 ngày nhập ròng.\n" +
		"(2) Nghị quyết 82-NQ/TW năm 2026\n" +
		"Tỉ lệ người lao động có trình độ cao đẳng, đại học trở lên đạt 24%.\n" +
		"Phấn đấu ít nhất 8 cơ sở giáo dục đại học thuộc nhóm 200 đại học hàng đầu châu Á.\n" +
		"(3) Nghị quyết 83-NQ/TW năm 2026\n" +
		"Đến năm 2027, tỉ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.\n" +
		"Nghị quyết của Đảng là gì?\n" +
		"Nghị quyết là văn bản ghi lại các quyết định được thông qua ở đại hội, hội nghị cơ quan lãnh đạo của Đảng.\n"
	want := map[string]string{"lọc dầu": "Nghị quyết số 81-NQ/TW năm 2026", "cao đẳng": "Nghị quyết số 82-NQ/TW năm 2026",
		"nhóm 200": "Nghị quyết số 82-NQ/TW năm 2026", "bảo hiểm y tế": "Nghị quyết số 83-NQ/TW năm 2026"}
	found := 0
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s := d.Question.Stem
		if strings.Contains(s, "(mục “Nghị quyết") {
			t.Errorf("an act's heading given as its part: %s", s)
		}
		for k, ref := range want {
			if strings.Contains(s, k) {
				found++
				if !strings.HasPrefix(s, "Theo "+ref+", ") {
					t.Errorf("not asked as %s's: %s", ref, s)
				}
			}
		}
		if strings.HasPrefix(s, "Theo Nghị quyết số 81-NQ/TW,") {
			t.Errorf("the page named as the first of its acts: %s", s)
		}
	}
	if found < 3 {
		t.Errorf("%d drafts from the acts' targets", found)
	}
}
