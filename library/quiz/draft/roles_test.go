package draft

import (
	"strings"
	"testing"
)

// The viewpoints of a resolution as the 8,110-word Nghị quyết 11-NQ/TW
// words them: "là một nhiệm vụ chiến lược, là khâu đột phá quan trọng",
// "kinh tế nhà nước giữ vai trò chủ đạo" deep in a long sentence; a
// shortcoming ("chưa thực sự đóng vai trò là quốc sách hàng đầu", with the
// no-break spaces of a web page) and a pronoun ("xác định đây là nhiệm vụ
// chính trị trọng tâm") are not viewpoints.
func TestRolesPlacesAndShortcomings(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 11-NQ/TW\nNGHỊ QUYẾT\nvề hoàn thiện thể chế kinh tế thị trường\n" +
		"I - TÌNH HÌNH\n" +
		"Khoa học, công nghệ và đổi mới sáng tạo chưa\u00a0thực sự\u00a0đóng vai trò là quốc sách hàng đầu, đột phá chiến lược của đất nước trong giai đoạn vừa qua.\n" +
		"Các bộ, ngành, địa phương xác định đây là nhiệm vụ chính trị trọng tâm, vừa cấp bách trước mắt, vừa lâu dài.\n" +
		"II - QUAN ĐIỂM CHỈ ĐẠO\n" +
		"1- Xây dựng và hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa là một nhiệm vụ chiến lược, là khâu đột phá quan trọng, tạo động lực để phát triển nhanh và bền vững.\n" +
		"2- Nền kinh tế thị trường định hướng xã hội chủ nghĩa Việt Nam có quan hệ sản xuất tiến bộ phù hợp với trình độ phát triển của lực lượng sản xuất, có nhiều hình thức sở hữu, nhiều thành phần kinh tế, trong đó kinh tế nhà nước giữ vai trò chủ đạo, kinh tế tư nhân là một động lực quan trọng của nền kinh tế.\n" +
		"3- Doanh nghiệp là lực lượng quan trọng trong phát triển và ứng dụng khoa học - công nghệ, là trung tâm của hệ thống đổi mới sáng tạo quốc gia.\n" +
		"4- Thể chế là điều kiện tiên quyết, cần hoàn thiện và đi trước một bước.\n"
	got := map[string]string{}
	for _, d := range Drafts(Source{Title: "Nghị quyết số 11-NQ/TW", Kind: "Nghị quyết", Number: "11-NQ/TW", Issuer: "Ban Chấp hành Trung ương", Pages: []string{text}}) {
		if d.Kind != DraftRole {
			continue
		}
		q := d.Question
		got[answerOf(q)] = q.Stem
		var wrong []string
		for _, o := range q.Options {
			if !o.Correct {
				wrong = append(wrong, o.Text)
			}
		}
		for _, a := range wrong {
			for _, b := range wrong {
				if a != b && strings.Contains(a, b) {
					t.Errorf("%q: wrong answers one inside the other: %q, %q", q.Stem, a, b)
				}
			}
		}
		if answerOf(q) == "chủ đạo" {
			if words(q.Stem) > 60 || !strings.Contains(q.Stem, "kinh tế nhà nước giữ vai trò ……") {
				t.Errorf("the place of the state sector: %q", q.Stem)
			}
			for _, w := range wrong {
				if strings.Contains(w, "nhiệm vụ") || strings.Contains(w, "quốc sách") {
					t.Errorf("%q does not follow 'giữ vai trò' (options %v)", w, wrong)
				}
			}
		}
	}
	for _, want := range []string{"nhiệm vụ chiến lược", "chủ đạo"} {
		if got[want] == "" {
			t.Errorf("the role %q not asked (asked %v)", want, got)
		}
	}
	for _, not := range []string{"quốc sách hàng đầu", "nhiệm vụ chính trị trọng tâm"} {
		if s := got[not]; s != "" {
			t.Errorf("a shortcoming or a pronoun asked as a viewpoint: %q", s)
		}
	}
}
