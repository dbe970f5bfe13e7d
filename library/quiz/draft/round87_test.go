package draft

import (
	"strings"
	"testing"
)

// Round 87's faults, on a made-up page in the shape of a news site's
// summary of a directive on party congresses.

const round87Page = "Chỉ thị số 99-CT/TW về đại hội đảng bộ các cấp\n" +
	"Bộ Chính trị ban hành Chỉ thị số 99-CT/TW về đại hội đảng bộ các cấp.\n" +
	"Chỉ thị nêu: thực hiện Kết luận số 777-KL/TW, ngày 18/1/2025 của Bộ Chính trị về việc điều chỉnh một số nội dung Chỉ thị số 88-CT/TW, ngày 14/6/2024 của Bộ Chính trị.\n" +
	"3.3. Độ tuổi tham gia cấp ủy, chính quyền, Mặt trận Tổ quốc (gồm các tổ chức chính trị-xã hội):\n" +
	"Những đồng chí được giới thiệu tái cử cấp ủy phải còn thời gian công tác ít nhất từ 48 tháng trở lên tại thời điểm bắt đầu đại hội.\n" +
	"3.4. Độ tuổi tái cử ủy ban kiểm tra các cấp: Bộ Chính trị giao Ủy ban Kiểm tra Trung ương hướng dẫn tăng thời gian tối thiểu tái cử ủy ban kiểm tra từ 24 tháng thành 42 tháng.\n" +
	"Phấn đấu đạt tỷ lệ cấp ủy viên nữ từ 15% trở lên và có cán bộ nữ trong ban thường vụ; phấn đấu tỷ lệ cán bộ trẻ từ 10% trở lên.\n" +
	"Đại hội cấp cơ sở không quá 2 ngày, hoàn thành trước ngày 30/6/2025. Đại hội đảng bộ cấp trên trực tiếp cơ sở không quá 2 ngày, hoàn thành trước ngày 31/8/2025. Đại hội đại biểu đảng bộ trực thuộc Trung ương không quá 4 ngày, hoàn thành trước ngày 31/10/2025.\n"

// A sub-point's own title ends the part of the sub-point before it; a
// deadline is written as the page writes dates; an act's issuer is not
// asked where the stem names it.
func TestRound87PartsDatesIssuer(t *testing.T) {
	got := roundDrafts("Chỉ thị số 99-CT/TW về đại hội đảng bộ các cấp", round87Page)
	for stem, answer := range got {
		if strings.Contains(stem, "15%") || answer == "15%" {
			if strings.Contains(stem, "Độ tuổi") {
				t.Errorf("a share named by the part before: %q", stem)
			}
		}
		if strings.Contains(stem, "777-KL/TW") && answer == "Bộ Chính trị" {
			t.Errorf("the stem names the issuer asked: %q", stem)
		}
	}
	found := false
	for _, d := range Drafts(Source{Title: "Chỉ thị số 99-CT/TW về đại hội đảng bộ các cấp", Pages: []string{round87Page}}) {
		if answerOf(d.Question) != "31/10/2025" {
			continue
		}
		found = true
		for _, o := range d.Question.Options {
			if strings.Contains(o.Text, "/0") {
				t.Errorf("a date padded where the page writes 31/8/2025: %q in %q", o.Text, d.Question.Stem)
			}
		}
	}
	if !found {
		t.Errorf("no deadline asked: %v", got)
	}
}

// The term under review is no blank; a term's wrong options are terms of
// its length, not a ten-year strategy's period.
func TestRound87Terms(t *testing.T) {
	page := "Chỉ thị số 98-CT/TW về đại hội đảng bộ các cấp\n" +
		"1. Báo cáo chính trị phải đánh giá đúng, khách quan kết quả lãnh đạo trong nhiệm kỳ 2020-2025.\n" +
		"2. Đại hội bầu Ban Chấp hành Trung ương Đảng khóa XIV nhiệm kỳ 2026-2031.\n" +
		"3. Đại hội thảo luận Chiến lược phát triển kinh tế - xã hội giai đoạn 2021-2030 và kế hoạch giai đoạn 2016-2020.\n"
	for _, d := range Drafts(Source{Title: "Chỉ thị số 98-CT/TW về đại hội đảng bộ các cấp", Pages: []string{page}}) {
		a := answerOf(d.Question)
		if a == "2020-2025" {
			t.Errorf("the term under review asked: %q", d.Question.Stem)
		}
		if a != "2026-2031" {
			continue
		}
		for _, o := range d.Question.Options {
			if span(o.Text) != 5 {
				t.Errorf("%q among terms of five years: %q", o.Text, d.Question.Stem)
			}
		}
	}
}

// A title line of its own between paragraphs names the part after it.
func TestRound87TitleLineNames(t *testing.T) {
	page := "Chỉ thị số 97-CT/TW về đại hội đảng bộ các cấp\n" +
		"3.3. Độ tuổi tham gia cấp ủy, chính quyền, Mặt trận Tổ quốc (gồm các tổ chức chính trị-xã hội):\n" +
		"Những đồng chí được giới thiệu tái cử cấp ủy phải còn thời gian công tác ít nhất từ 48 tháng trở lên.\n" +
		"Thời gian tiến hành đại hội đảng bộ các cấp\n" +
		"Đại hội đảng bộ cấp trên trực tiếp cơ sở không quá 2 ngày, hoàn thành trước ngày 31/8/2025. Đại hội đảng bộ trực thuộc Trung ương hoàn thành trước ngày 31/10/2025.\n"
	named := false
	for stem, answer := range roundDrafts("Chỉ thị số 97-CT/TW về đại hội đảng bộ các cấp", page) {
		if answer == "31/8/2025" || answer == "31/10/2025" {
			named = named || strings.Contains(stem, "(mục “Thời gian tiến hành đại hội đảng bộ các cấp”)")
			if strings.Contains(stem, "Độ tuổi") {
				t.Errorf("a deadline named by the part before: %q", stem)
			}
		}
	}
	if !named {
		t.Error("no deadline named by its title line")
	}
}
