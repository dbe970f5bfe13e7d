package draft

import (
	"slices"
	"strings"
	"testing"
)

// A central act cited with its issuer and subject is asked by its issuer,
// among the four central bodies; not one cited by its number alone, nor
// the document's own number; two at most. The plan is made up.
func TestCitedActAskedByIssuer(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 310/KH-UBND\nKẾ HOẠCH\nPhát triển khoa học, công nghệ năm 2026\n" +
		"I. MỤC ĐÍCH\n" +
		"- Triển khai kịp thời Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.\n" +
		"- Quán triệt Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị.\n" +
		"- Thực hiện Quy định số 69-QĐ/TW, ngày 13/02/2017 của Ban Bí thư về chức năng, nhiệm vụ của đảng ủy cấp trên cơ sở trong doanh nghiệp nhà nước.\n" +
		"- Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp.\n"
	var answers []string
	for _, d := range Drafts(Source{Title: "Kế hoạch phát triển khoa học, công nghệ năm 2026", Kind: "Kế hoạch", Number: "310/KH-UBND", Pages: []string{text}}) {
		s := d.Question.Stem
		if !strings.Contains(s, "của ……") {
			continue
		}
		if strings.Contains(s, "150-KL/TW") {
			t.Errorf("an act by its number alone asked: %s", s)
		}
		var opts []string
		for _, o := range d.Question.Options {
			opts = append(opts, o.Text)
		}
		slices.Sort(opts)
		if want := []string{"Ban Bí thư", "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ủy ban Kiểm tra Trung ương"}; !slices.Equal(opts, want) {
			t.Errorf("options %v", opts)
		}
		answers = append(answers, answerOf(d.Question))
	}
	if !slices.Equal(answers, []string{"Bộ Chính trị", "Ban Bí thư"}) {
		t.Errorf("asked %v; want the first two acts with their subjects", answers)
	}
}

// An act cited with no subject after it is asked when the task it is
// carried out by says its subject ("… công ty nông, lâm nghiệp theo Nghị
// quyết số 30-NQ/TW, ngày 12/3/2014 của Bộ Chính trị khóa XI."), from
// the task's start; not when the task names the issuer itself, nor when
// the sentence runs on. Nghị quyết 12-NQ/TW cites the first: it was not
// asked. The text is made up.
func TestCitedActByItsTask(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 311/KH-UBND\nKẾ HOẠCH\nĐổi mới doanh nghiệp năm 2026\n" +
		"I. NHIỆM VỤ\n" +
		"- Thực hiện quyết liệt việc sắp xếp, đổi mới và nâng cao hiệu quả hoạt động của công ty nông, lâm nghiệp theo Nghị quyết số 30-NQ/TW, ngày 12/3/2014 của Bộ Chính trị khóa XI.\n" +
		"- Cán bộ các chức danh thuộc diện Ban Bí thư quản lý phải đáp ứng tiêu chuẩn lý luận chính trị theo Quy định số 365-QĐ/TW ngày 30/8/2025 của Ban Bí thư.\n" +
		"- Rà soát việc công nhận người có công với cách mạng theo Kết luận số 63-KL/TW ngày 27/5/2013 của Ban Chấp hành Trung ương khóa XI và báo cáo kết quả hằng quý.\n"
	var asked []string
	for _, d := range Drafts(Source{Title: "Kế hoạch đổi mới doanh nghiệp năm 2026", Kind: "Kế hoạch", Number: "311/KH-UBND", Pages: []string{text}}) {
		if s := d.Question.Stem; strings.Contains(s, "của ……") {
			asked = append(asked, s)
			if !strings.Contains(s, "“Thực hiện quyết liệt việc sắp xếp") || answerOf(d.Question) != "Bộ Chính trị" {
				t.Errorf("asked %q: %s", answerOf(d.Question), s)
			}
		}
	}
	if len(asked) != 1 {
		t.Errorf("asked %d acts, want 1: %q", len(asked), asked)
	}
}
