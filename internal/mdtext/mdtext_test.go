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

// A PDF saved as Markdown breaks its bold titles where its lines ended
// ("**II. MỤC" / "TIÊU**"); each title reads as one line (a plan's part
// was named "Mục" and its sub-part "Trình thực hiện"). The words are ours.
func TestPlainWrappedBoldTitle(t *testing.T) {
	md := "**ỦY\nBAN NHÂN DÂN**\n\n**KẾ\nHOẠCH**\n\n**II. MỤC\nTIÊU**\n\n**1. Mục\ntiêu tổng quát**\n\n- Nâng cao năng lực\ncủa doanh nghiệp.\n\n" +
		"**III. LỘ\nTRÌNH THỰC HIỆN**\n\n**Điều 1. Phạm vi điều\nchỉnh và đối tượng\náp dụng**\n\n" +
		// not a title: the mark closes elsewhere than a line's end, a blank
		// line between, a paragraph too long for a title
		"**Ghi chú** của\nngười soạn**\n\n**Lưu ý\n\nhết**\n\n**Mở " + strings.Repeat("rất dài ", 40) + "\nđóng**\n"
	text, _ := Plain(md)
	for _, want := range []string{"\nỦY BAN NHÂN DÂN\n", "\nKẾ HOẠCH\n", "\nII. MỤC TIÊU\n", "\n1. Mục tiêu tổng quát\n", "\nIII. LỘ TRÌNH THỰC HIỆN\n",
		"\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n", "- Nâng cao năng lực\ncủa doanh nghiệp.\n",
		"Ghi chú của\nngười soạn\n", "\nLưu ý\n\nhết\n", "rất dài\nđóng\n"} {
		if !strings.Contains("\n"+text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	// an italic caption the wrap broke is one line too; a bullet is no
	// emphasis
	text, _ = Plain("*(Ban hành kèm theo Quyết định số 138/2025/QĐ-UBND ngày 25 tháng 11 năm 2025\ncủa Ủy ban nhân dân tỉnh)*\n\n* Mục một\nvà hai*\n")
	for _, want := range []string{"(Ban hành kèm theo Quyết định số 138/2025/QĐ-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh)\n", "* Mục một\nvà hai"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	if got, _ := Plain(""); got != "" {
		t.Errorf("empty page: %q", got)
	}
}

// An empty pair of marks a converter left in a word's gap goes, so a
// point keeps its number ("8.* *Bỏ phiếu …" is point 8; round 105 counted
// the Constitution's fifteen powers of the National Assembly as seven);
// marks of two kinds side by side are no pair.
func TestPlainEmptyMarks(t *testing.T) {
	got, _ := Plain("8.* *Bỏ phiếu tín nhiệm; quyết định* * cử đại sứ;** **phong hàm\n**Điều 1.** *Phạm vi* điều chỉnh\n")
	if want := "8. Bỏ phiếu tín nhiệm; quyết định cử đại sứ; phong hàm\nĐiều 1. Phạm vi điều chỉnh\n"; got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
}

// A Markdown bullet before a point's own mark goes: "- a) Đăng ký …" is
// point a) (round 104: a decree's lettered points read as dashes, "a) …"
// their text, and no question asked them).
func TestPlainBulletBeforeAPointsMark(t *testing.T) {
	got, _ := Plain("3. Văn thư cơ quan có nhiệm vụ\n- a) Đăng ký văn bản đi.\n- b) Tiếp nhận văn bản đến.\n- Một dòng gạch đầu dòng.\n* 2. Điểm thứ hai\n")
	if want := "3. Văn thư cơ quan có nhiệm vụ\na) Đăng ký văn bản đi.\nb) Tiếp nhận văn bản đến.\n- Một dòng gạch đầu dòng.\n2. Điểm thứ hai\n"; got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
}

// Stars a converter glued to a point's mark go with their lone partner:
// "8.* **Xử lý dữ liệu* là …" and "18.* Điều phối dữ liệu *là …" are
// points 8 and 18 (a law's glossary saved as Markdown; its numbers were
// asked as figures, "……. Điều phối dữ liệu là …"). Bold after a mark
// keeps reading as bold.
func TestPlainStarsGluedToAMark(t *testing.T) {
	got, _ := Plain("8.* **Xử lý dữ liệu* là quá trình tiếp nhận dữ liệu.\n18.* Điều phối dữ liệu *là hoạt động phân phối dữ liệu.\n9. **Cơ sở dữ liệu** là tập hợp dữ liệu.\n5 * 3 (*)\n")
	if want := "8. Xử lý dữ liệu là quá trình tiếp nhận dữ liệu.\n18. Điều phối dữ liệu là hoạt động phân phối dữ liệu.\n9. Cơ sở dữ liệu là tập hợp dữ liệu.\n5 * 3 (*)\n"; got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
}

// A stop set in italics after a word ("phường*.*", a portal's way) reads
// as the stop: round 115's list option read "… các xã, phường*".
func TestPlainItalicStop(t *testing.T) {
	got, _ := Plain("- Giấy khen của Thủ trưởng các\ncơ quan, đơn vị; Chủ tịch UBND các xã, phường*.*\n- Các đơn vị (*) nêu trên.\n")
	if want := "- Giấy khen của Thủ trưởng các\ncơ quan, đơn vị; Chủ tịch UBND các xã, phường.\n- Các đơn vị (*) nêu trên.\n"; got != want {
		t.Errorf("got %q", got)
	}
}
