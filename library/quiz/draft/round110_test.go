package draft

import (
	"strings"
	"testing"
)

// Round 110: a guidance and a conclusion hard-wrapped as a PDF wraps them
// gave blanks that opened broken pieces — "…… đã được cấp có thẩm quyền
// phê duyệt …" (its line began with a term after "nhiệm kỳ 2025-2030,"),
// "Hệ số quy hoạch từ …… -" (a range broken at its dash), "XIII và nghị
// quyết …" (after "lần thứ"). Such lines go on with the sentence before.
func TestWrappedAtNumbersJoined(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"quản lý nhiệm kỳ 2025-2030,\n2026-2031 đã được cấp có thẩm quyền phê duyệt", "quản lý nhiệm kỳ 2025-2030, 2026-2031 đã được cấp có thẩm quyền phê duyệt"},
		{"- Hệ số quy hoạch từ 1,0 -\n1,5 lần so với số lượng cấp ủy", "- Hệ số quy hoạch từ 1,0 - 1,5 lần so với số lượng cấp ủy"},
		{"các mục tiêu của Nghị quyết Đại hội Đảng toàn quốc lần thứ\nXIII và nghị quyết đại hội đảng bộ các tỉnh", "các mục tiêu của Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và nghị quyết đại hội đảng bộ các tỉnh"},
		{"khởi công cao tốc Thành phố Hồ Chí Minh -\nTrung Lương - Mỹ Thuận vào ngày 19/12/2025", "khởi công cao tốc Thành phố Hồ Chí Minh - Trung Lương - Mỹ Thuận vào ngày 19/12/2025"},
		{"chức vụ có cơ cấu cấp ủy cấp tỉnh nhiệm kỳ\n2025-2030 theo đề án nhân sự cấp ủy", "chức vụ có cơ cấu cấp ủy cấp tỉnh nhiệm kỳ 2025-2030 theo đề án nhân sự cấp ủy"},
		// a point of its own, a page's number, a sentence's end stay apart
		{"Nhiệm vụ gồm:\n2. Tổ chức thực hiện", "Nhiệm vụ gồm:\n2. Tổ chức thực hiện"},
		{"hoàn thành trong năm\n12", "hoàn thành trong năm\n12"},
		{"Các nội dung sau -\n- Điểm thứ nhất", "Các nội dung sau -\n- Điểm thứ nhất"},
		{"đã hoàn thành.\n2025 là năm bản lề", "đã hoàn thành.\n2025 là năm bản lề"},
	} {
		if got := joinWrapped(c.in); got != c.want {
			t.Errorf("joinWrapped(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A worked example labelled in a converter's stars, "*Ví dụ: *Đảng bộ
// tỉnh A …", and its sentence's last piece on a line of its own are no
// rules (round 110 asked the example's "tối đa là 14 người").
func TestStarredExampleNoRule(t *testing.T) {
	page := "6.1. Hệ số quy hoạch\n" +
		"- Hệ số quy hoạch từ 1,0 - 1,5 lần so với số lượng cấp ủy theo quy định.\n" +
		"*Ví dụ: *Đảng bộ tỉnh A được xác định số lượng ủy viên ban chấp hành là 50 đồng chí; số lượng ủy viên ủy ban kiểm tra là 09 đồng chí. Số lượng quy hoạch tối đa sẽ là: *(i) *Ủy viên ban chấp hành tối đa là 75 người; *(ii)\n" +
		"*Ủy viên ủy ban kiểm tra tối đa là 14 người.\n" +
		"6.2. Một chức danh lãnh đạo, quản lý quy hoạch không quá 03 cán bộ.\n"
	for _, d := range Drafts(Source{Title: "Hướng dẫn về công tác quy hoạch cán bộ", Kind: "Hướng dẫn", Number: "46-HD/BTCTW", Pages: []string{page}}) {
		switch answerOf(d.Question) {
		case "14", "09", "75", "50":
			t.Errorf("an example's figure asked: %q", d.Question.Stem)
		}
	}
}

// An example's last line without a stop does not swallow the next
// article's heading: "Ví dụ: … 60 triệu đồng)" / "**Điều 8. Điều kiện
// không phải đền bù …**" still opens Điều 8.
func TestExampleBeforeAnArticle(t *testing.T) {
	page := "Điều 7. Chi phí đền bù\n" +
		"1. Chi phí đền bù gồm học phí và các khoản chi khác.\n" +
		"Ví dụ: Anh A được cử đi đào tạo 02 năm, chi phí hết 60 triệu đồng (anh A phải đền bù 30 triệu đồng)\n" +
		"Điều 8. Điều kiện được giảm chi phí đền bù\n" +
		"1. Trường hợp công chức là nữ thì mỗi năm công tác được giảm 30% chi phí đền bù.\n"
	for _, d := range Drafts(Source{Title: "Nghị định về đào tạo, bồi dưỡng công chức", Kind: "Nghị định", Number: "172/2026/NĐ-CP", Pages: []string{page}}) {
		if s := d.Question.Stem; answerOf(d.Question) == "30%" && (strings.Contains(s, "Điều 7") || !strings.Contains(s, "Điều kiện được giảm chi phí đền bù")) {
			t.Errorf("named %q", d.Question.Stem)
		}
	}
}
