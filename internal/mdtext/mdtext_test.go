package mdtext

import (
	"strings"
	"testing"
)

// page is a legal portal's page saved as Markdown, in the shape such pages
// take (the words are ours).
const page = "# Toàn văn Kết luận 12-KL/TW về học tập nghị quyết?\n" +
	"\n" +
	"**Toàn văn Kết luận 12-KL/TW về học tập nghị quyết?**\n" +
	"\n" +
	"|\n" +
	"**BAN CHẤP HÀNH TRUNG ƯƠNG**\n" +
	"|\n" +
	"| **ĐẢNG CỘNG SẢN VIỆT NAM** | |\n" +
	"|---|---|\n" +
	"| Số 12-KL/TW | *Hà Nội, ngày 3 tháng 6 năm 2025* |\n" +
	"\n" +
	"## Nội dung chính\n" +
	"\n" +
	"**1.** Các cấp ủy **tổ chức** học tập; xem [Tải về](https://example.vn/tai?id=1 \"tải\") và ![ảnh](a.png).\n" +
	"Người điều khiển **gây tai nạn** có** trách nhiệm **dừng ngay phương tiện.\n" +
	"*Kết luận 12-KL/TW (Hình từ Internet)*\n" +
	"> Trích: chỉ tiêu 5 \\* 3 và mục (*) giữ nguyên, `mã` bỏ dấu.\n" +
	"### Mục tiêu ###\n"

func TestPlainWebPage(t *testing.T) {
	text, heads := Plain(page)
	for _, bad := range []string{"**", "](", "|", "# ", "![", "`", "\\*"} {
		if strings.Contains(text, bad) {
			t.Errorf("%q left in:\n%s", bad, text)
		}
	}
	for _, want := range []string{
		"Toàn văn Kết luận 12-KL/TW về học tập nghị quyết?\n",
		"BAN CHẤP HÀNH TRUNG ƯƠNG\n",
		"ĐẢNG CỘNG SẢN VIỆT NAM\n",
		"Số 12-KL/TW\tHà Nội, ngày 3 tháng 6 năm 2025\n", // a table's cells apart, on their line
		"1. Các cấp ủy tổ chức học tập; xem Tải về và .\n",
		"Người điều khiển gây tai nạn có trách nhiệm dừng ngay phương tiện.\n", // a broken bold's marks too
		"Kết luận 12-KL/TW (Hình từ Internet)\n",
		"Trích: chỉ tiêu 5 * 3 và mục (*) giữ nguyên, mã bỏ dấu.\n", // a lone star is the text's
		"Mục tiêu\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	if len(heads) != 3 {
		t.Fatalf("headings = %v", heads)
	}
	runes := []rune(text)
	for i, want := range []string{"Toàn văn Kết luận", "Nội dung chính", "Mục tiêu"} {
		if h := heads[i]; !strings.HasPrefix(string(runes[h.Offset:]), want) || h.Level != []int{1, 2, 3}[i] {
			t.Errorf("heading %d = %+v at %q", i, h, string(runes[h.Offset:min(h.Offset+20, len(runes))]))
		}
	}
}

// A "<br>" inside a table's cell is the cell's line break (a new user's
// page: the letterhead "ĐẢNG BỘ HUYỆN …<br>ĐẢNG ỦY XÃ …" lost its issuer).
func TestPlainBreakInACell(t *testing.T) {
	got, _ := Plain("| **ĐẢNG BỘ HUYỆN HÒA AN<br>ĐẢNG ỦY XÃ HÒA PHONG** | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n|---|---|\n| T/M ĐẢNG ỦY<br/>BÍ THƯ | |\n")
	if want := "ĐẢNG BỘ HUYỆN HÒA AN\nĐẢNG ỦY XÃ HÒA PHONG\tĐẢNG CỘNG SẢN VIỆT NAM\nT/M ĐẢNG ỦY\nBÍ THƯ\n"; got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
}

func TestPlainKeepsPlainText(t *testing.T) {
	for _, s := range []string{
		"Nghị quyết số 15-NQ/QU\nI - TÌNH HÌNH\n1. Kết quả đạt 96,4%; a) điểm a\n- gạch đầu dòng\n--------\n",
		"Ghi chú (*): tỉ lệ 2*3; giá 5 * 3 = 15\nĐiều 5. Trách nhiệm [của Sở] (xem mục 2)\n",
	} {
		if got, heads := Plain(s); got != s || len(heads) != 0 {
			t.Errorf("Plain(%q) = %q, %v", s, got, heads)
		}
	}
}

// A bold line closed with one star ("**Câu 6: … nhân tố nào?*", a portal
// page's slip) ends with its question mark, not the star (round 72: the
// page's quiz question was read as a sentence and blanked).
func TestPlainUnpairedMarkAtEnd(t *testing.T) {
	got, _ := Plain("**Câu 6: Trong Nghị quyết 57, nhân tố nào là trung tâm?*\n\n**Người dân và doanh nghiệp**\n")
	if want := "Câu 6: Trong Nghị quyết 57, nhân tố nào là trung tâm?\n\nNgười dân và doanh nghiệp\n"; got != want {
		t.Errorf("got %q", got)
	}
}

// An encyclopedia's edit link glued to a heading or a paragraph ("[sửa |
// sửa mã nguồn]### Tổ chức") goes, and the heading is a heading (round
// 74: five stems began with it).
func TestPlainEditLink(t *testing.T) {
	got, heads := Plain("Mở đầu\n[sửa | sửa mã nguồn]### Tổ chức\n[sửa | sửa mã nguồn]Ban Thường trực có những nhiệm vụ:\n")
	if want := "Mở đầu\nTổ chức\nBan Thường trực có những nhiệm vụ:\n"; got != want {
		t.Errorf("got %q", got)
	}
	if len(heads) != 1 || heads[0].Level != 3 {
		t.Errorf("headings %v", heads)
	}
}

// A bold title glued to the sentence before it is a line of its own; bold
// words inside a sentence, or a bold sentence, are not (round 87).
func TestPlainGluedTitle(t *testing.T) {
	text, _ := Plain("Cấp ủy khóa mới quyết định số lượng ủy viên ban thường vụ.**Thời gian tiến hành đại hội đảng bộ các cấp**\n" +
		"Đại hội **cấp cơ sở** hoàn thành trước ngày 30/6/2025.\n" +
		"Đây là ngày lễ lớn.** Lễ thường diễn ra vào tối 24 hằng năm.**\n")
	want := "Cấp ủy khóa mới quyết định số lượng ủy viên ban thường vụ.\nThời gian tiến hành đại hội đảng bộ các cấp\n" +
		"Đại hội cấp cơ sở hoàn thành trước ngày 30/6/2025.\n" +
		"Đây là ngày lễ lớn. Lễ thường diễn ra vào tối 24 hằng năm.\n"
	if text != want {
		t.Errorf("got:\n%s\nwant:\n%s", text, want)
	}
}
