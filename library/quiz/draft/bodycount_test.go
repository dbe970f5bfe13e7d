package draft

import (
	"strings"
	"testing"
)

// A single list of a body's tasks, with no other list on the page to take
// odd ones out from, was asked nothing (99 of the 168 pages with a list in
// the 1,513-page comparison set had no list question): its count is asked,
// by the body, when the page gives the whole list.

// bodyCounts is the count drafts of a page: stem → answer.
func bodyCounts(title, page string) map[string]string {
	out := map[string]string{}
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if d.Kind == DraftCount {
			out[d.Question.Stem] = answerOf(d.Question)
		}
	}
	return out
}

func TestBodyCountNumbered(t *testing.T) {
	title := "Tổ chức cơ sở đảng trong Điều lệ mẫu"
	page := title + "\n" +
		"Chương V. Tổ chức cơ sở đảng\n" +
		"Theo Điều 23 Điều lệ Đảng, tổ chức cơ sở đảng có nhiệm vụ:\n" +
		"1. Chấp hành đường lối, chính sách của Đảng và pháp luật của Nhà nước; đề ra chủ trương, nhiệm vụ chính trị của đảng bộ, chi bộ.\n" +
		"2. Xây dựng đảng bộ, chi bộ trong sạch, vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức.\n" +
		"3. Lãnh đạo xây dựng chính quyền, tổ chức kinh tế, hành chính, sự nghiệp, quốc phòng, an ninh.\n" +
		"4. Liên hệ mật thiết với nhân dân, chăm lo đời sống vật chất, tinh thần của nhân dân.\n" +
		"5. Kiểm tra, giám sát việc thực hiện, bảo đảm các nghị quyết, chỉ thị của Đảng được chấp hành nghiêm chỉnh.\n" +
		"Các nhiệm vụ trên được cụ thể hóa trong quy định của Ban Bí thư về chức năng, nhiệm vụ của từng loại hình tổ chức cơ sở đảng.\n"
	got := bodyCounts(title, page)
	found := false
	for stem, answer := range got {
		if strings.Contains(stem, "tổ chức cơ sở đảng có bao nhiêu nhiệm vụ") {
			found = true
			if answer != "5" {
				t.Errorf("%q: answer %q, want 5", stem, answer)
			}
			if !strings.Contains(stem, "Điều 23") {
				t.Errorf("the lead's article not named: %q", stem)
			}
		}
	}
	if !found {
		t.Errorf("the five tasks not counted: %v", got)
	}
}

func TestBodyCountDashes(t *testing.T) {
	title := "Ban Chấp hành Trung ương Hội mẫu"
	tasks := "Trung ương Hội có nhiệm vụ sau:\n" +
		"- Quyết định chương trình công tác toàn khóa và hằng năm của Hội.\n" +
		"- Chỉ đạo, hướng dẫn các cấp Hội thực hiện nghị quyết Đại hội.\n" +
		"- Bầu Đoàn Chủ tịch, Chủ tịch, các Phó Chủ tịch và Ủy ban Kiểm tra.\n" +
		"- Xem xét, quyết định việc bổ sung, thay thế ủy viên Ban Chấp hành.\n"
	intro := "Ban Chấp hành Trung ương Hội là cơ quan lãnh đạo của Hội giữa hai kỳ Đại hội.\n"
	// a part's title after the dashes: the list is whole
	got := bodyCounts(title, title+"\n"+intro+tasks+"Chế độ họp\n"+"Trung ương Hội họp thường kỳ mỗi năm một lần.\n")
	if got["Theo bài “Ban Chấp hành Trung ương Hội mẫu”, Trung ương Hội có bao nhiêu nhiệm vụ?"] != "4" {
		t.Errorf("the four tasks not counted: %v", got)
	}
	// prose after the dashes may go on with more of them: not counted
	got = bodyCounts(title, title+"\n"+intro+tasks+"Trung ương Hội còn được Đoàn Chủ tịch báo cáo định kỳ và cung cấp thông tin cần thiết.\n")
	for stem := range got {
		if strings.Contains(stem, "bao nhiêu nhiệm vụ") {
			t.Errorf("a list prose may go on counted: %q", stem)
		}
	}
}

// The tasks of one body given twice, with different counts (before and
// after a congress): which count is asked is not said, so neither is.
func TestBodyCountTwoListsOfOneBody(t *testing.T) {
	title := "Ban Chỉ huy mẫu"
	page := title + "\n" +
		"Ban Chỉ huy được thành lập năm 1934.\n" +
		"Ban Chỉ huy có các nhiệm vụ sau:\n" +
		"- Liên lạc với các tổ chức anh em ở nước ngoài.\n" +
		"- Tập hợp và đào tạo cán bộ cho phong trào trong nước.\n" +
		"- Xuất bản tạp chí lý luận của tổ chức.\n" +
		"Hoạt động sau Đại hội\n" +
		"Sau Đại hội lần thứ I, Ban Chỉ huy có các nhiệm vụ chính sau:\n" +
		"- Chỉ đạo về đường lối chính trị chung.\n" +
		"- Thay mặt tổ chức liên lạc với các tổ chức anh em.\n" +
		"- Chuẩn bị tài liệu huấn luyện cán bộ.\n" +
		"- Giúp đỡ các tổ chức trong nước khôi phục cơ sở.\n" +
		"- Quản lý tài chính chung.\n" +
		"Giải thể\n" +
		"Ban Chỉ huy kết thúc hoạt động năm 1936.\n"
	for stem := range bodyCounts(title, page) {
		if strings.Contains(stem, "Ban Chỉ huy có bao nhiêu") {
			t.Errorf("one of two counts asked as the body's: %q", stem)
		}
	}
}

func TestBodyTasksLead(t *testing.T) {
	for lead, want := range map[string][2]string{
		"[10] - Ban Nội chính Trung ương có nhiệm vụ":                           {"Ban Nội chính Trung ương", "nhiệm vụ"},
		"Theo đó, Chủ tịch Hiệp hội có nhiệm vụ, quyền hạn sau đây":             {"Chủ tịch Hiệp hội", "nhiệm vụ, quyền hạn"},
		"Theo Điều 2 của Điều lệ Đảng Cộng sản thì Đảng viên có nhiệm vụ":       {"Đảng viên", "nhiệm vụ"},
		"Ủy ban về các vấn đề xã hội có chức năng và nhiệm vụ sau":              {"Ủy ban về các vấn đề xã hội", "chức năng và nhiệm vụ"},
		"Ủy ban khoa học, công nghệ và môi trường có nhiệm vụ và quyền hạn sau": {"Ủy ban khoa học, công nghệ và môi trường", "nhiệm vụ và quyền hạn"},
		"Nhiệm vụ":                    {"", ""},
		"các cơ quan có nhiệm vụ sau": {"", ""}, // no body named
		"Tài chính công đoàn được sử dụng cho các nhiệm vụ sau đây": {"", ""},
	} {
		s, u := bodyTasks(lead)
		if s != want[0] || u != want[1] {
			t.Errorf("bodyTasks(%q) = %q, %q; want %q, %q", lead, s, u, want[0], want[1])
		}
	}
}

// A lead quoting the Party's Statute with its year names it once:
// "Điều lệ Đảng năm 2011", not "Điều lệ Đảng 2011 năm 2011".
func TestQuotedStatuteYearOnce(t *testing.T) {
	if got := quotedAct(dline{text: "Theo Điều 2 Điều lệ Đảng 2011, Đảng viên có nhiệm vụ sau:"}); got != "Điều lệ Đảng năm 2011" {
		t.Errorf("quotedAct = %q", got)
	}
}
