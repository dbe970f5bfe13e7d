package draft

import (
	"strings"
	"testing"
)

// A conclusion's deadline by its month, in brackets closing a long task
// ("… (hoàn thành trong tháng 11/2025)"), is asked with the task's first
// clause; a period in brackets inside a sentence is not (round 23's Kết
// luận 212-KL/TW gave nothing).
func TestMonthDeadlineInBrackets(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 212-KL/TW\nKẾT LUẬN\nvề tiêu chuẩn của đơn vị hành chính\n" +
		"Tại phiên họp ngày 14/11/2025, Bộ Chính trị, Ban Bí thư đã nghe báo cáo và kết luận như sau:\n" +
		"1. Giao Đảng uỷ Quốc hội lãnh đạo, chỉ đạo ban hành Nghị quyết về tiêu chuẩn của đơn vị hành chính và phân loại đô thị thống nhất, đồng bộ của hệ thống pháp luật để phát triển đô thị phù hợp với chính quyền địa phương 2 cấp và xu thế chung của khu vực và thế giới (hoàn thành trong tháng 11/2025).\n" +
		"2. Tiếp tục đẩy mạnh các phong trào thi đua yêu nước sâu rộng, thực hiện thắng lợi Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và nghị quyết đại hội đảng bộ các cấp nhiệm kỳ (2021 - 2025), thiết thực chào mừng Đại hội lần thứ XIV của Đảng.\n"
	found := false
	for _, d := range Drafts(Source{Title: "Kết luận số 212-KL/TW", Kind: "Kết luận", Number: "212-KL/TW", Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "(……)") {
			t.Errorf("a period in brackets inside a sentence asked: %q", s)
		}
		if answerOf(d.Question) == "11/2025" {
			found = true
			if !strings.Contains(s, "Giao Đảng ủy Quốc hội lãnh đạo, chỉ đạo ban hành Nghị quyết") || !strings.HasSuffix(s, "(hoàn thành trong tháng ……)”") {
				t.Errorf("the deadline without its task: %q", s)
			}
		}
	}
	if !found {
		t.Error("the month's deadline not asked")
	}
}

// A decision's rate cuts are asked by the rate they go to, without its
// monthly equivalent beside the blank, among rates a cut could go to
// (round 23's Quyết định 2553/QĐ-TTg gave nothing).
func TestRateCuts(t *testing.T) {
	text := "THỦ TƯỚNG CHÍNH PHỦ\nSố: 2553/QĐ-TTg\nQUYẾT ĐỊNH\nVề việc điều chỉnh giảm lãi suất cho vay\n" +
		"Điều 1. Điều chỉnh giảm lãi suất cho vay đối với một số chương trình tín dụng chính sách tại Ngân hàng Chính sách xã hội như sau:\n" +
		"1. Lãi suất cho vay hộ nghèo, cho vay học sinh, sinh viên, điều chỉnh giảm từ 6,6%/năm (0,55%/tháng) xuống 6,24%/năm (0,52%/tháng).\n" +
		"2. Lãi suất cho vay thực hiện cấp nước sạch và vệ sinh môi trường nông thôn, điều chỉnh giảm từ 9,0%/năm (0,75%/tháng) xuống 8,4%/năm (0,70%/tháng).\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Quyết định số 2553/QĐ-TTg", Kind: "Quyết định", Number: "2553/QĐ-TTg", Pages: []string{text}}) {
		s := d.Question.Stem
		if !strings.Contains(s, "xuống ……") {
			continue
		}
		n++
		if strings.Contains(s, "0,52%") || strings.Contains(s, "0,70%") {
			t.Errorf("the monthly rate gives the answer: %q", s)
		}
		var below, above int
		for _, o := range d.Question.Options {
			if v, ok := parseNumber(strings.TrimSuffix(o.Text, "%")); ok && !o.Correct {
				if v < parseFloat(answerOf(d.Question)) {
					below++
				} else {
					above++
				}
				if strings.Contains(s, "từ 6,6%") && v >= 6.6 || strings.Contains(s, "từ 9,0%") && v >= 9.0 {
					t.Errorf("%q offers %v, no cut", s, o.Text)
				}
			}
		}
		if below == 0 || above == 0 {
			t.Errorf("%q: the answer is the nearest or the last of its options", s)
		}
	}
	if n != 2 {
		t.Errorf("%d rate cuts asked, want 2", n)
	}
}

func parseFloat(s string) float64 {
	v, _ := parseNumber(strings.TrimSuffix(s, "%"))
	return v
}

// A plan's tasks set out field by field ("- Nội dung: …", "- Cơ quan chủ
// trì: …", "- Thời gian thực hiện: …") are no list to ask (round 23: a
// "KHÔNG thuộc" answered "Thời gian thực hiện: Quý IV năm 2025 …").
func TestTaskFieldsAreNoList(t *testing.T) {
	if !fields([]string{"Nội dung: rà soát các văn bản quy phạm pháp luật", "Cơ quan chủ trì: Sở Khoa học và Công nghệ", "Thời gian thực hiện: Quý IV năm 2025"}) {
		t.Error("a task's fields taken for a list")
	}
	if fields([]string{"Rà soát các văn bản quy phạm pháp luật", "Tổ chức tuyên truyền Luật", "Kiểm tra việc thi hành Luật"}) {
		t.Error("a list of tasks taken for fields")
	}
}

// A month's deadline is not offered months before the document was
// signed ("10/2025" for a conclusion of 18/11/2025).
func TestMonthDeadlineNotBeforeSigning(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 212-KL/TW\nKẾT LUẬN\nvề tiêu chuẩn của đơn vị hành chính\n" +
		"Tại phiên họp ngày 14/11/2025, Bộ Chính trị, Ban Bí thư đã nghe báo cáo và kết luận như sau:\n" +
		"1. Giao Đảng uỷ Quốc hội lãnh đạo, chỉ đạo ban hành Nghị quyết về tiêu chuẩn của đơn vị hành chính (hoàn thành trong tháng 11/2025).\n"
	found := false
	for _, d := range Drafts(Source{Title: "Kết luận số 212-KL/TW", Kind: "Kết luận", Number: "212-KL/TW", IssuedOn: "2025-11-18", Pages: []string{text}}) {
		if answerOf(d.Question) != "11/2025" {
			continue
		}
		found = true
		for _, o := range d.Question.Options {
			if o.Text == "10/2025" || o.Text == "09/2025" {
				t.Errorf("a deadline before the document was signed: %q", o.Text)
			}
		}
	}
	if !found {
		t.Error("the deadline not asked")
	}
}

// "tư" is no count: "hoàn thiện thủ tục đầu tư Chương trình" is no blank
// "đầu …… Chương trình" with "ba", "tư", "năm" (round 24).
func TestTuIsNoCount(t *testing.T) {
	for _, f := range clauseFacts("Khẩn trương hoàn thiện thủ tục đầu tư Chương trình mục tiêu quốc gia trong quý I năm 2025") {
		if f.kind == DraftCount {
			t.Errorf("a count read in %q", f.answer)
		}
	}
}
