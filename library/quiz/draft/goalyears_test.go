package draft

import (
	"slices"
	"strings"
	"testing"
)

// Goals set by year are asked "được đặt ra đến năm nào?", the years in
// order among the options; not a goal that names a year, nor one like a
// goal of the other year. Nghị quyết 12-NQ/TW's goals to 2020 and to 2030
// were asked only as which belongs to one of them. The text is made up.
func TestGoalAskedByItsYear(t *testing.T) {
	text := "NGHỊ QUYẾT\nvề phát triển thư viện số\n" +
		"I- MỤC TIÊU\n" +
		"Mục tiêu đến năm 2025\n" +
		"- Hoàn thành số hóa toàn bộ tài liệu quý hiếm của thư viện cấp tỉnh.\n" +
		"- Chậm nhất đến năm 2024, kết nối mạng thư viện các huyện với thư viện tỉnh.\n" +
		"- Mỗi xã có ít nhất một điểm đọc sách cộng đồng hoạt động thường xuyên.\n" +
		"Mục tiêu đến năm 2030\n" +
		"- Thư viện số phục vụ người đọc trên thiết bị di động ở mọi xã, phường.\n" +
		"- Hình thành kho học liệu mở dùng chung cho các trường phổ thông trong tỉnh.\n" +
		"- Mỗi xã có ít nhất hai điểm đọc sách cộng đồng hoạt động thường xuyên.\n" +
		"II- NHIỆM VỤ\n" +
		"- Đầu tư hạ tầng số cho thư viện.\n- Đào tạo người làm thư viện.\n- Khuyến khích đọc sách trong trường học.\n"
	var asked []string
	for _, d := range Drafts(Source{Title: "Nghị quyết về phát triển thư viện số", Kind: "Nghị quyết", Number: "05-NQ/TU", IssuedOn: "2021-04-02", Pages: []string{text}}) {
		if !strings.Contains(d.Question.Stem, "được đặt ra đến năm nào") {
			continue
		}
		var opts []string
		for _, o := range d.Question.Options {
			opts = append(opts, o.Text)
		}
		if !slices.IsSorted(opts) || len(opts) != 4 || !slices.Contains(opts, "2025") || !slices.Contains(opts, "2030") || slices.Contains(opts, "2020") {
			t.Errorf("options %v", opts)
		}
		a := answerOf(d.Question)
		switch {
		case strings.Contains(d.Question.Stem, "Chậm nhất") || strings.Contains(d.Question.Stem, "điểm đọc sách"):
			t.Errorf("asked a goal that names a year or is like another year's: %s", d.Question.Stem)
		case strings.Contains(d.Question.Stem, "tài liệu quý hiếm") && a != "2025", strings.Contains(d.Question.Stem, "di động") && a != "2030", strings.Contains(d.Question.Stem, "học liệu") && a != "2030":
			t.Errorf("wrong key %s: %s", a, d.Question.Stem)
		}
		asked = append(asked, a)
	}
	if len(asked) == 0 {
		t.Errorf("no goal asked by its year")
	}
}
