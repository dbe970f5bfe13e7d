package draft

import (
	"strings"
	"testing"
)

// Round 88's faults, on made-up pages in the shape of a news site's page
// on a Prime Minister's decision and of an encyclopedia's page on a
// Party board.

// A page that opens with the act's scope article is named by the act's
// number it gives; its sum line over the act's words and the figures
// localities reported are not asked.
func TestRound88DecisionPage(t *testing.T) {
	title := "Quyết định này quy định về tiêu chuẩn nhà ở công vụ đối với cán bộ tại các địa phương sắp xếp đơn vị hành chính."
	page := title + "\n" +
		"Đối tượng thuê nhà ở công vụ\n" +
		"Theo quy định, đối tượng thuê nhà ở công vụ là cán bộ phải di chuyển chỗ làm đến trung tâm hành chính mới.\n" +
		strings.Repeat("Sau khi sắp xếp đơn vị hành chính, nhiều cán bộ phải di chuyển chỗ làm việc từ địa phương cũ sang trung tâm chính trị - hành chính mới, khó khăn trong việc ổn định nơi ở để yên tâm công tác.\n", 5) +
		"Trang thiết bị nội thất tối đa 150 triệu đồng\n" +
		"Quyết định số 46/2025/QĐ-TTg quy định cán bộ được bố trí thuê căn hộ có diện tích từ 45 m2 đến dưới 60 m2.\n" +
		"Định mức kinh phí tối đa trang thiết bị nội thất cho nhà ở công vụ là 150 triệu đồng.\n" +
		"Theo báo cáo của 23 địa phương thuộc diện sắp xếp, nhu cầu nhà ở công vụ của cán bộ khoảng 45.000 người.\n"
	got := roundDrafts(title, page)
	asked := false
	for stem, answer := range got {
		if !strings.HasPrefix(stem, "Theo Quyết định số 46/2025/QĐ-TTg,") {
			t.Errorf("not named by its number: %q", stem)
		}
		if strings.Contains(stem, "Trang thiết bị nội thất tối đa") {
			t.Errorf("the page's sum line asked: %q", stem)
		}
		if answer == "23" || answer == "45.000" {
			t.Errorf("a figure localities reported asked as the act's: %q", stem)
		}
		asked = asked || answer == "150"
	}
	if !asked {
		t.Errorf("the act's own limit not asked: %v", got)
	}
}

// Groups of tasks, each over its lettered tasks, are counted as groups; a
// Roman numeral with a Cyrillic letter is written in Latin.
func TestRound88GroupsAndNumerals(t *testing.T) {
	page := "Ban Tuyên truyền Trung ương mẫu\n" +
		"Nhiệm vụ của Ban Tuyên truyền Trung ương\n" +
		"1. Nghiên cứu, tham mưu\n" +
		"a) Chủ trì nghiên cứu, tham mưu về chủ trương, đường lối của Đảng trên lĩnh vực tuyên truyền.\n" +
		"b) Nghiên cứu tình hình tư tưởng trong Đảng, đề xuất phương hướng, nhiệm vụ công tác.\n" +
		"2. Hướng dẫn, kiểm tra, giám sát\n" +
		"a) Hướng dẫn, kiểm tra việc tổ chức học tập, quán triệt nghị quyết của Đảng.\n" +
		"b) Chỉ đạo, định hướng về chính trị, tư tưởng trong hoạt động báo chí, xuất bản.\n" +
		"3. Thẩm định, thẩm tra\n" +
		"a) Thẩm định các đề án về công tác tuyên truyền trước khi trình Ban Bí thư.\n" +
		"4. Thực hiện một số nhiệm vụ do Bộ Chính trị, Ban Bí thư giao\n" +
		"a) Tham gia công tác cán bộ theo phân cấp quản lý.\n" +
		"Đại hội Công đoàn khóa VIIІ quyết định tỷ lệ đại biểu được chỉ định không quá 5% tổng số đại biểu chính thức.\n"
	for _, d := range Drafts(Source{Title: "Ban Tuyên truyền Trung ương mẫu", Pages: []string{page}}) {
		s := d.Question.Stem
		if strings.Contains(s, "bao nhiêu") && strings.Contains(s, "nhiệm vụ") && !strings.Contains(s, "nhóm nhiệm vụ") {
			t.Errorf("groups counted as tasks: %q", s)
		}
		if strings.Contains(s, "VIIІ") {
			t.Errorf("a Cyrillic letter left in a numeral: %q", s)
		}
	}
	if got := latinNumerals("khóa VIIІ và Москва"); got != "khóa VIII và Москва" {
		t.Errorf("latinNumerals: %q", got)
	}
}

// A sentence whose subject is another act gives that act's figures, not
// the page's law's (round 89).
func TestRound89AnotherActsPeriod(t *testing.T) {
	page := "Cán bộ đã có nhà ở có được mua nhà ở xã hội?\n" +
		"Căn cứ Điều 78 Luật Nhà ở 2023 quy định điều kiện về nhà ở để được hưởng chính sách hỗ trợ về nhà ở xã hội như sau:\n" +
		"a) Trường hợp mua nhà ở xã hội thì phải chưa có nhà ở thuộc sở hữu của mình tại tỉnh nơi có dự án nhà ở xã hội;\n" +
		"b) Trường hợp có nhà ở mà diện tích nhà ở bình quân đầu người thấp hơn 15 m2 sàn/người.\n" +
		"Lưu ý, Nghị quyết 202/2025/QH15 có hiệu lực từ ngày 01/06/2025 và được thực hiện trong 05 năm kể từ ngày có hiệu lực thi hành.\n"
	for stem, answer := range roundDrafts("Cán bộ đã có nhà ở có được mua nhà ở xã hội?", page) {
		if answer == "05" || answer == "01/06/2025" {
			t.Errorf("another act's period asked as the page's law's: %q", stem)
		}
	}
}

// A count of principles is named by the article its lead quotes, not by
// the article quoted above it (round 90).
func TestRound90LeadsOwnArticle(t *testing.T) {
	page := "Tải file Thông tư 24/2025/TT-BTP phân cấp quản lý tổ chức cán bộ?\n" +
		"Tại Điều 2 Thông tư 24/2025/TT-BTP quy định đối tượng áp dụng như sau:\n" +
		"1. Các đơn vị thuộc Bộ Tư pháp.\n" +
		"2. Các đơn vị sự nghiệp công lập thuộc Bộ.\n" +
		"Căn cứ tại Điều 3 Thông tư 24/2025/TT-BTP quy định nguyên tắc phân cấp quản lý tổ chức cán bộ của Bộ Tư pháp như sau:\n" +
		"1. Bảo đảm phù hợp với quy định của Hiến pháp và các nguyên tắc về phân cấp của Luật Tổ chức Chính phủ.\n" +
		"2. Thực hiện nghiêm nguyên tắc tập trung dân chủ, tập thể quyết định, phát huy trách nhiệm người đứng đầu.\n" +
		"3. Bảo đảm sự lãnh đạo, chỉ đạo thống nhất của Ban cán sự đảng Bộ Tư pháp đối với công tác cán bộ.\n" +
		"4. Phân cấp gắn với kiểm tra, giám sát và kiểm soát quyền lực trong công tác cán bộ.\n"
	found := false
	for stem := range roundDrafts("Tải file Thông tư 24/2025/TT-BTP phân cấp quản lý tổ chức cán bộ?", page) {
		if strings.Contains(stem, "bao nhiêu nguyên tắc") {
			found = true
			if !strings.HasPrefix(stem, "Theo Điều 3 ") {
				t.Errorf("not named by its lead's article: %q", stem)
			}
		}
	}
	if !found {
		t.Error("no count of principles")
	}
}

// A title line's figure is the lines' sum only when they give the figure
// whole: the 5 of "2025" is no 5.
func TestRound88SumLineWholeFigure(t *testing.T) {
	page := "Quy định hỗ trợ cán bộ cấp xã\n" +
		"Cán bộ cấp xã được hỗ trợ một lần khi chuyển công tác.\n" +
		"Mức hỗ trợ tối đa 5 tháng lương cơ sở\n" +
		"Chính sách áp dụng từ năm 2025 cho cán bộ cấp xã phải chuyển nơi làm việc.\n"
	asked := false
	for _, answer := range roundDrafts("Quy định hỗ trợ cán bộ cấp xã", page) {
		asked = asked || answer == "5"
	}
	if !asked {
		t.Error("a title line's figure taken for the 5 of 2025 below it")
	}
}
