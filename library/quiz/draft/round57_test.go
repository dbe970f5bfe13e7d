package draft

import (
	"strings"
	"testing"

	"sotay/internal/viet"
)

// Round 57 (45 news articles of 2017): a discipline the headline names
// was asked under that headline; one article's growth target was asked
// twice, once in a minister's words and once in a deputy's; a role whose
// next words repeat the answer ("… là …… của then chốt") or an option
// ("Hải Phòng hiện là ……, động lực phát triển" beside "động lực quan
// trọng") gives itself away. The texts are made up.
func TestRound57(t *testing.T) {
	news := func(title, body string) []Draft {
		text := title + "\nNgày 12/6, tại Hà Nội, các đại biểu đã thảo luận về tình hình kinh tế - xã hội.\n" + body + "\n"
		return Drafts(Source{Title: title, Pages: []string{text}})
	}
	for _, d := range news("Vì sao ông Nguyễn Văn Bình bị cảnh cáo?",
		"Trong ngày làm việc thứ ba của Hội nghị, trên 90% ủy viên Trung ương đã bỏ phiếu thi hành kỷ luật đồng chí Nguyễn Văn Bình bằng hình thức cảnh cáo và cho thôi giữ chức Ủy viên Bộ Chính trị.") {
		if answerOf(d.Question) == "cảnh cáo" {
			t.Errorf("a discipline the headline names: %s", d.Question.Stem)
		}
	}
	growth := 0
	for _, d := range news("Quốc hội thảo luận về tình hình kinh tế - xã hội",
		"Bộ trưởng cho biết Chính phủ kiên định mục tiêu phấn đấu tăng trưởng kinh tế năm 2017 đạt 6,7%. "+
			"Đại biểu Nguyễn Văn An cho rằng cần phát huy tối đa mọi nguồn lực để phấn đấu đạt mục tiêu tăng trưởng 6,7% đã đề ra.") {
		if answerOf(d.Question) == "6,7%" {
			growth++
		}
	}
	if growth > 1 {
		t.Errorf("one article's target asked %d times", growth)
	}
	roles := append(news("Tổng Bí thư làm việc với tỉnh",
		"Tổng Bí thư căn dặn, để thực hiện tốt nhiệm vụ phát triển kinh tế - xã hội, cần thường xuyên chăm lo công tác xây dựng Đảng, xây dựng hệ thống chính trị, trong đó công tác cán bộ, đào tạo bồi dưỡng cán bộ là nhiệm vụ then chốt của then chốt."),
		news("Quốc hội cho thành phố cảng cơ chế đặc thù", "Tờ trình nêu rõ, thành phố cảng hiện là trung tâm, động lực phát triển kinh tế của cả vùng duyên hải.")...)
	for _, d := range roles {
		q := d.Question
		if answerOf(q) == "nhiệm vụ then chốt" {
			t.Errorf("the answer repeats the words after its blank: %s", q.Stem)
		}
		if strings.Contains(q.Stem, "……, động lực") {
			for _, o := range q.Options {
				if !o.Correct && strings.Contains(viet.Fold(o.Text), "dong luc") {
					t.Errorf("an option %q repeats the words after the blank: %s", o.Text, q.Stem)
				}
			}
		}
	}
}
