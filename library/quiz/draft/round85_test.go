package draft

import (
	"strings"
	"testing"
)

// Round 85's faults, on made-up pages in the shape of an encyclopedia's
// page on a board and on a youth union's central committee.

// A member's rights beside the body's powers, a board's powers beside
// its duties: no membership question takes one's points as the other's
// odd ones out (the judge dropped all six).
func TestRound85SiblingDutiesApart(t *testing.T) {
	page := "Ban Chấp hành Trung ương Hội mẫu\n" +
		"Ban Chấp hành Trung ương Hội có nhiệm vụ và quyền hạn sau:\n" +
		"- Quyết định quy chế hoạt động và chương trình làm việc của Ban Chấp hành trong nhiệm kỳ;\n" +
		"- Bầu Ban Thường vụ, Chủ tịch và các Phó Chủ tịch Trung ương Hội;\n" +
		"- Xem xét, cho ý kiến các báo cáo định kỳ của Ban Thường vụ Trung ương Hội;\n" +
		"- Xem xét thí điểm một số chủ trương mới xuất phát từ thực tiễn công tác Hội;\n" +
		"Ủy viên Trung ương Hội có nhiệm vụ và quyền hạn sau:\n" +
		"- Tham dự đầy đủ các kỳ họp của Ban Chấp hành Trung ương Hội;\n" +
		"- Có quyền ứng cử, đề cử vào Ban Thường vụ Trung ương Hội;\n" +
		"- Tham gia các tiểu ban, tổ công tác do Ban Chấp hành lập ra;\n" +
		"- Định kỳ hằng năm kiểm điểm việc thực hiện trách nhiệm được giao;\n"
	for _, d := range Drafts(Source{Title: "Ban Chấp hành Trung ương Hội mẫu", Pages: []string{page}}) {
		if d.Kind == DraftList && strings.Contains(d.Question.Stem, "nội dung nào sau đây") {
			t.Errorf("one list's duties asked among the other's: %q", d.Question.Stem)
		}
	}
}

// The posts a board cares for are names: a task among them is the odd
// one out by its form.
func TestRound85PostsNotAmongTasks(t *testing.T) {
	page := "Ban Chăm sóc sức khỏe mẫu\n" +
		"Nhiệm vụ\n" +
		"- Theo dõi sát tình hình sức khỏe của cán bộ được giao quản lý theo quy định;\n" +
		"- Tổ chức khám, kiểm tra sức khỏe định kỳ cho cán bộ thuộc diện quản lý;\n" +
		"- Bảo đảm bí mật thông tin về sức khỏe, hồ sơ bệnh lý của cán bộ;\n" +
		"- Phối hợp với các bệnh viện tổ chức điều trị cho cán bộ khi có chỉ định;\n" +
		"Các chức danh thuộc diện được chăm sóc\n" +
		"- Các Bộ trưởng, Thứ trưởng, Thủ trưởng cơ quan ngang Bộ trực thuộc Chính phủ;\n" +
		"- Phó Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" +
		"- Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" +
		"- Các Đại tướng, Thượng tướng Lực lượng Vũ trang nhân dân Việt Nam;\n" +
		"- Các Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam;\n"
	for _, d := range Drafts(Source{Title: "Ban Chăm sóc sức khỏe mẫu", Pages: []string{page}}) {
		if d.Kind != DraftList {
			continue
		}
		posts := 0
		for _, o := range d.Question.Options {
			if postRE.MatchString(o.Text) {
				posts++
			}
		}
		if posts > 0 && posts < len(d.Question.Options) {
			t.Errorf("posts and tasks in one question: %q", d.Question.Stem)
		}
	}
}

// "… là một nhiệm vụ chiến lược" is asked among tasks, not among forces
// ("trung tâm", "chủ thể" made no sense in its blank).
func TestRound85TaskRoleAmongTasks(t *testing.T) {
	page := "Nghị quyết mẫu về thể chế\n" +
		"1. Quan điểm chỉ đạo\n" +
		"Xây dựng và hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa là một nhiệm vụ chiến lược, là khâu đột phá quan trọng, tạo động lực để phát triển nhanh và bền vững.\n" +
		"Phát triển nguồn nhân lực chất lượng cao là yếu tố quyết định sự thành công của công cuộc đổi mới.\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Nghị quyết mẫu về thể chế", Kind: "Nghị quyết", Number: "99-NQ/TW", Pages: []string{page}}) {
		if answerOf(d.Question) != "nhiệm vụ chiến lược" {
			continue
		}
		n++
		for _, o := range d.Question.Options {
			if roleClass(o.Text) != 1 {
				t.Errorf("%q among tasks", o.Text)
			}
		}
	}
	if n == 0 {
		t.Error("the task's role not asked")
	}
}

// A budget's lines to the billion are no lesson (round 86: three such
// lines of a budget resolution were dropped).
func TestRound86BudgetLinesNotAsked(t *testing.T) {
	page := "Nghị quyết mẫu về dự toán ngân sách\n" +
		"Điều 1. Dự toán ngân sách\n" +
		"1. Tổng số thu ngân sách trung ương là 1.225.356 tỷ đồng.\n" +
		"2. Dự toán 238.421 tỷ đồng để bổ sung cân đối ngân sách địa phương.\n"
	asked := map[string]bool{}
	for _, d := range Drafts(Source{Title: "Nghị quyết mẫu về dự toán ngân sách", Kind: "Nghị quyết", Number: "98/2025/QH15", Pages: []string{page}}) {
		asked[answerOf(d.Question)] = true
	}
	if asked["1.225.356"] || asked["238.421"] {
		t.Errorf("a budget's line asked: %v", asked)
	}
}
