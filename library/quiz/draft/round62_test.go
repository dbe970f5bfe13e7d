package draft

import (
	"strconv"
	"strings"
	"testing"
)

// Round 62 (a legal portal's pages on Party acts, saved as Markdown): a
// conclusion's page quoting the resolution it carries on under a question
// ("Căn cứ tại tiểu mục 2, Mục III Nghị quyết 19-NQ/TW năm 2022 xác định
// … như sau:") had the resolution's targets asked as the conclusion's;
// a page titled by its question on one act ("Trong Nghị quyết 36-NQ/TW …
// là gì?") was named "bài “…”"; its links to other pages (">> 3 Nghị
// quyết …") were asked; the quoted resolution kept the article of the
// decision quoted before it ("(Điều 2)"). The texts are made up, in the
// pages' shape.
func TestRound62QuotedActs(t *testing.T) {
	title := "Toàn văn Kết luận 301-KL/TW về tiếp tục thực hiện Nghị quyết 29 về hợp tác xã?"
	page := title + "\n" +
		"Ngày 14/11/2026, Bộ Chính trị ban hành Kết luận 301-KL/TW về tiếp tục thực hiện Nghị quyết 29-NQ/TW năm 2024 về kinh tế tập thể.\n" +
		"Kết luận nêu rõ các nhiệm vụ trọng tâm như sau:\n" +
		"- Trong năm 2027, cơ bản hoàn thành việc sửa đổi Luật Hợp tác xã và các văn bản hướng dẫn thi hành.\n" +
		">> 4 Nghị quyết của Bộ Chính trị quán triệt tại Hội nghị toàn quốc ngày 16/9\n" +
		">> 3 Nghị quyết của Chính phủ thực hiện Nghị quyết 59, 71, 72 của Bộ Chính trị\n" +
		"Mục tiêu về kinh tế tập thể đến năm 2030 theo Nghị quyết 29 ra sao?\n" +
		"Căn cứ tại tiểu mục 2, Mục III Nghị quyết 29-NQ/TW năm 2024 xác định mục tiêu cụ thể đến năm 2030 như sau:\n" +
		"- Tỉ lệ hợp tác xã hoạt động hiệu quả đạt trên 75%; thu nhập của thành viên tăng bình quân 7%/năm.\n" +
		"- Tỉ lệ hợp tác xã ứng dụng công nghệ số trong quản lý đạt trên 40%.\n" +
		"Hợp tác xã được hỗ trợ những gì?\n" +
		"Hợp tác xã được hỗ trợ đào tạo, bồi dưỡng nguồn nhân lực theo chương trình của địa phương.\n"
	ds := Drafts(Source{Title: title, Pages: []string{page}})
	quoted := 0
	for _, d := range ds {
		s := d.Question.Stem
		if strings.Contains(s, ">>") || strings.Contains(s, "Nghị quyết của Chính phủ thực hiện") || strings.Contains(s, "Hội nghị toàn quốc") {
			t.Errorf("a page's link asked: %s", s)
		}
		if strings.Contains(s, "hợp tác xã hoạt động hiệu quả") || strings.Contains(s, "ứng dụng công nghệ số") {
			quoted++
			if !strings.HasPrefix(s, "Theo Nghị quyết số 29-NQ/TW năm 2024, ") && !strings.HasPrefix(s, "Theo Nghị quyết số 29-NQ/TW năm 2024 (mục “Đến năm 2030”), ") {
				t.Errorf("the quoted resolution's target not asked as its: %s", s)
			}
		}
		if strings.Contains(s, "Luật Hợp tác xã") && !strings.HasPrefix(s, "Theo Kết luận số 301-KL/TW") {
			t.Errorf("the conclusion's own task not asked as its: %s", s)
		}
	}
	if quoted == 0 {
		t.Errorf("no draft from the quoted resolution's targets: %v", stems(ds))
	}

	// a decision's article, then another act quoted under the next question
	title = "Toàn văn Quyết định 88-QĐ/BCĐTW năm 2026 về kiện toàn Ban Chỉ đạo?"
	page = title + "\n" +
		"Thành viên Ban Chỉ đạo được lưu nhiệm ra sao?\n" +
		"Theo Điều 2 Quyết định 88-QĐ/BCĐTW năm 2026 quy định như sau:\n" +
		"Điều 2.\n" +
		"Tiếp tục lưu nhiệm các thành viên Ban Chỉ đạo có tên tại các quyết định trước đây của Ban Chỉ đạo.\n" +
		"Quan điểm đổi mới theo Nghị quyết 05-NQ/TW ra sao?\n" +
		"Theo Tiểu mục 1 Mục II Nghị quyết 05-NQ/TW năm 2016 quy định về quan điểm đổi mới như sau:\n" +
		"- Đổi mới mô hình tăng trưởng gắn kết chặt chẽ với thực hiện ba đột phá chiến lược, cơ cấu lại nền kinh tế.\n"
	found := false
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if s := d.Question.Stem; strings.Contains(s, "đột phá chiến lược") {
			found = true
			if !strings.HasPrefix(s, "Theo Nghị quyết số 05-NQ/TW năm 2016, ") {
				t.Errorf("the quoted resolution not named, or named with the decision's article: %s", s)
			}
		}
	}
	if !found {
		t.Error("the quoted resolution's count of breakthroughs not asked")
	}
}

func TestRound62QuestionTitleNamesItsAct(t *testing.T) {
	title := "Trong Nghị quyết 36-NQ/TW về chiến lược phát triển bền vững kinh tế biển xác định ba khâu đột phá là gì?"
	page := title + "\n" +
		"Trong Nghị quyết 36-NQ/TW, ngày 22/10/2018 về chiến lược phát triển bền vững kinh tế biển, Hội nghị lần thứ tám xác định ba khâu đột phá là gì?\n" +
		"Mục tiêu cụ thể của chiến lược ra sao?\n" +
		"Tại tiểu mục 3 Mục II Nghị quyết 36-NQ/TW năm 2018 xác định mục tiêu cụ thể như sau:\n" +
		"- Tối thiểu 50% diện tích vùng biển Việt Nam được điều tra cơ bản tài nguyên, môi trường biển ở tỉ lệ bản đồ 1: 500.000.\n" +
		"- Tăng diện tích các khu bảo tồn biển, ven biển đạt tối thiểu 6% diện tích tự nhiên vùng biển quốc gia.\n"
	ds := Drafts(Source{Title: title, Pages: []string{page}})
	if len(ds) == 0 {
		t.Fatal("no draft")
	}
	for _, d := range ds {
		if !strings.HasPrefix(d.Question.Stem, "Theo Nghị quyết số 36-NQ/TW ngày 22/10/2018, ") {
			t.Errorf("not named by the act its title asks of: %s", d.Question.Stem)
		}
	}
}

func stems(ds []Draft) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Question.Stem)
	}
	return out
}

// A lead that counts the points under it states a count the points
// confirm: "Danh sách 30 hội … như sau:" over thirty, "… xác định ba khâu
// đột phá là:" over three (round 62's judge named the thirty associations
// among what a trainer would ask of a page that gave no draft). A count
// its points do not confirm, or of what no cadre is asked, is not asked.
func TestRound62StatedCounts(t *testing.T) {
	var b strings.Builder
	b.WriteString("Toàn văn Hướng dẫn 07/HD-MTTW-BTT về sắp xếp các hội quần chúng?\n" +
		"Ngày 30/7/2026, Ủy ban Trung ương MTTQ Việt Nam ban hành Hướng dẫn 07/HD-MTTW-BTT về việc sắp xếp các hội quần chúng.\n" +
		"Danh sách 12 hội do Đảng, Nhà nước giao nhiệm vụ theo Phụ lục ban hành kèm theo Hướng dẫn 07/HD-MTTW-BTT năm 2026 như sau:\n")
	for i, name := range []string{"Hội Nhà văn", "Hội Nhà báo", "Hội Luật gia", "Hội Chữ thập đỏ", "Hội Nhạc sĩ", "Hội Điện ảnh", "Hội Mỹ thuật",
		"Hội Người cao tuổi", "Hội Người mù", "Hội Đông y", "Hội Khuyến học", "Hội Xuất bản"} {
		b.WriteString("(" + strconv.Itoa(i+1) + ") " + name + " Việt Nam\n")
	}
	b.WriteString(
		"Hướng dẫn nhắc lại: Ban Chấp hành Trung ương xác định ba khâu đột phá là:\n" +
			"(1) Hoàn thiện thể chế phát triển bền vững.\n(2) Phát triển khoa học, công nghệ và nguồn nhân lực chất lượng cao.\n(3) Phát triển kết cấu hạ tầng đồng bộ.\n" +
			"Hội hoạt động ở cấp xã được sắp xếp theo 4 trường hợp sau:\n" +
			"- Hội cùng tên thì hợp nhất.\n- Hội khác tên thì giữ nguyên.\n- Hội chưa có thì không thành lập mới.\n- Hội không hoạt động thì giải thể.\n" +
			"Các hội báo cáo 5 nội dung sau:\n- Tổ chức bộ máy.\n- Hội viên.\n- Tài chính.\n")
	page := b.String()
	want := map[string]string{"hội do Đảng": "12", "khâu đột phá": "ba"}
	for _, d := range Drafts(Source{Title: strings.SplitN(page, "\n", 2)[0], Pages: []string{page}}) {
		s := d.Question.Stem
		if d.Kind != DraftCount {
			continue
		}
		switch {
		case strings.Contains(s, "…… hội do Đảng"):
			if answerOf(d.Question) != "12" {
				t.Errorf("count of the associations: %s = %s", s, answerOf(d.Question))
			}
			delete(want, "hội do Đảng")
		case strings.Contains(s, "…… khâu đột phá"):
			delete(want, "khâu đột phá")
		case strings.Contains(s, "trường hợp") || strings.Contains(s, "nội dung sau"):
			t.Errorf("a count of cases, or one its points do not confirm: %s", s)
		}
	}
	if len(want) > 0 {
		t.Errorf("counts not asked: %v", want)
	}
	news := "Hà Nội sắp xếp các hội\nSở Nội vụ cho biết danh sách 3 hội được sắp xếp gồm:\n- Hội Nhà văn.\n- Hội Nhà báo.\n- Hội Luật gia.\n"
	for _, d := range Drafts(Source{Title: "Hà Nội sắp xếp các hội", Pages: []string{news}}) {
		if d.Kind == DraftCount {
			t.Errorf("a count asked of a news article: %s", d.Question.Stem)
		}
	}
}
