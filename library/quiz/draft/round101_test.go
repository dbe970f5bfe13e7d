package draft

import (
	"strings"
	"testing"
)

// A notice's points counted in words, hard-wrapped as a PDF breaks them:
// a line that stops on "thay vì" or "thành một" goes on in the next even
// when it opens with a capital ("Chương trình …"), so the third point
// does not end the run and the fourth is not lost (round 100 asked "bao
// nhiêu" with 3 for four points). The lead calls them "các khía cạnh",
// which is no unit the drafter counts: the part's "mục tiêu" is not what
// they are. The words are ours.
func TestPointsCountedInWordsOverWrappedLines(t *testing.T) {
	head := "THÔNG BÁO\nKết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh về hợp nhất các chương trình\n" +
		"Sau khi nghe báo cáo của các sở, Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n" +
		"I. VỀ VIỆC HỢP NHẤT CÁC CHƯƠNG TRÌNH\n" +
		"1. Việc hợp nhất các chương trình có ý nghĩa quan trọng để thực hiện mục tiêu giảm nghèo bền vững; việc tích hợp thành một\n" +
		"Chương trình giúp tập trung hơn vào vùng khó khăn trong thời gian tới với các "
	points := "Thứ nhất, vùng nghèo hiện nay chủ yếu là vùng núi cao, cần được tập trung đầu tư;\n" +
		"Thứ hai, việc xây dựng nông thôn mới cần tập trung cho các xã còn khó khăn;\n" +
		"Thứ ba, các chương trình tích hợp lại sẽ tăng cường đầu tư cho vùng khó khăn; thay vì\n" +
		"Chương trình phát triển vùng núi chỉ thực hiện đến năm 2030 thì nay kéo dài đến năm 2035;\n" +
		"Thứ tư, cơ quan nào làm tốt nhất thì được giao chủ trì để chính sách sớm đi vào cuộc sống;\n" +
		"2. Giao Sở Tài chính chủ trì tổng hợp kinh phí, báo cáo trước ngày 15 tháng 12 năm 2025.\n"
	joined := joinWrapped(points)
	if strings.Count(joined, "\n") != 5 || len([]rune(joined)) != len([]rune(points)) {
		t.Errorf("joinWrapped = %q", joined)
	}
	src := func(lead string) Source {
		return Source{Title: "Thông báo số 63/TB-UBND", Kind: "Thông báo", Number: "63/TB-UBND", Pages: []string{head + lead + "\n" + points}}
	}
	for _, d := range Drafts(src("khía cạnh:")) {
		if strings.Contains(d.Question.Stem, "bao nhiêu") && strings.Contains(d.Question.Stem, "mục tiêu") {
			t.Errorf("points the lead calls “khía cạnh” counted as goals: %q = %s", d.Question.Stem, answerOf(d.Question))
		}
	}
	n := 0
	for _, d := range Drafts(src("giải pháp sau:")) {
		if s := d.Question.Stem; strings.Contains(s, "bao nhiêu giải pháp") {
			n++
			if a := answerOf(d.Question); a != "4" {
				t.Errorf("%q = %s, want 4", s, a)
			}
		}
	}
	if n == 0 {
		t.Error("the four solutions not counted")
	}
}
