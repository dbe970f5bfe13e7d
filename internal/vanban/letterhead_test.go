package vanban

import (
	"fmt"
	"strings"
	"testing"
)

// Letterheads and signatures copied from a web page's table come on one
// line each (round 21: five real documents of 2025 lost their number, their
// issuer and their signer, and a draft named a guide by the number of one
// its preamble cites). The texts here are ours, in the offices' layout.
func TestOneLineLetterheadAndSignature(t *testing.T) {
	cases := []struct {
		head, sign                                      string
		number, issuer, date, place, kind, role, signer string
	}{
		{"ỦY BAN NHÂN DÂN TỈNH AN HÀ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 182/KH-UBND An Hà, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030",
			"Nơi nhận: - Văn phòng Chính phủ; - Lưu: VT, NC. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Sơn",
			"182/KH-UBND", "Ủy ban nhân dân tỉnh An Hà", "2025-11-20", "An Hà", "Kế hoạch", "KT. Chủ tịch, Phó Chủ tịch", "Lê Văn Sơn"},
		{"BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO VÀ DÂN VẬN ĐẢNG CỘNG SẢN VIỆT NAM --------------- Số 37-HD/BTGDVTW Hà Nội, ngày 19 tháng 11 năm 2025\nHƯỚNG DẪN\nVỀ VIỆC NÂNG CAO CHẤT LƯỢNG BẢN TIN SINH HOẠT CHI BỘ",
			"Nơi nhận: - Bộ Chính trị, Ban Bí thư (để báo cáo), - Lưu HCTĐKT. K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN Trần Văn Thắng",
			"37-HD/BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", "2025-11-19", "Hà Nội", "Hướng dẫn", "K/T Trưởng ban, Phó Trưởng ban", "Trần Văn Thắng"},
	}
	for _, c := range cases {
		preamble := "Thực hiện Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương về sinh hoạt chi bộ, hướng dẫn như sau:\n1. Nội dung.\n"
		m := ReadMeta(c.head + "\n" + preamble + c.sign)
		got := []string{m.Number, m.Issuer, m.IssuedOn, m.Place, m.Kind, m.SignerRole, m.Signer}
		want := []string{c.number, c.issuer, c.date, c.place, c.kind, c.role, c.signer}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%.40q…: field %d = %q, want %q", c.head, i, got[i], want[i])
			}
		}
		// and the reader shows the letterhead's parts on their lines
		// (offsets kept)
		u := Unflatten(c.head)
		if len(u) != len(c.head) || !strings.Contains(u, "\nĐộc lập") && !strings.Contains(u, "\nĐẢNG CỘNG SẢN") || !strings.Contains(u, "\nSố") {
			t.Errorf("letterhead not broken: %q", u)
		}
	}
	// a line that only cites a number is no letterhead
	if got := SplitLetterhead("Thực hiện Kế hoạch số 12-KH/TU, ngày 3 tháng 2 năm 2025 của Tỉnh ủy An Hà"); len(got) != 1 {
		t.Errorf("a sentence split as a letterhead: %q", got)
	}
}

// A text without its letterhead (round 21's Hướng dẫn 40-HD/BTGDVTW, as a
// web page gives it) names itself in its annex's caption.
func TestNumberFromTheAnnexCaption(t *testing.T) {
	text := "HƯỚNG DẪN\nXÂY DỰNG, KIỆN TOÀN ĐỘI NGŨ BÁO CÁO VIÊN CÁC CẤP\n- Căn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương;\n" +
		"1. Mỗi đảng ủy trực thuộc Trung ương chọn cử tối đa 05 người.\nPHỤ LỤC\n(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)\nTT Tỉnh, thành ủy Số lượng\n"
	m := ReadMeta(text)
	if m.Number != "40-HD/BTGDVTW" || m.IssuedOn != "2025-11-27" || m.Issuer != "Ban Tuyên giáo và Dân vận Trung ương" {
		t.Errorf("read %+v", m)
	}
	// another kind's annex is another document
	if m := ReadMeta(strings.Replace(text, "Kèm theo Hướng dẫn", "Kèm theo Quyết định", 1)); m.Number != "" {
		t.Errorf("an annex of another kind taken: %q", m.Number)
	}
}

// A whole document pasted as one line from a legal web site, the site's
// header before its letterhead and the site's footer after its signature
// (round 22: three documents of 2025 read with no kind, number or issuer
// and titled by their signature). The text is ours, in that layout.
func TestDocumentOnOneLine(t *testing.T) {
	text := "Bản dịch này thuộc quyền sở hữu của trang web. Mọi hành vi sao chép là vi phạm pháp luật. Đang tải văn bản... # Số hiệu: 12-KL/TU Loại văn bản: Kết luận Nơi ban hành: Tỉnh ủy An Hà Người ký: Nguyễn Văn An Ngày ban hành: 28/11/2025 Tình trạng: Đã biết " +
		"TỈNH ỦY AN HÀ ĐẢNG CỘNG SẢN VIỆT NAM --------------- Số 12-KL/TU An Hà, ngày 28 tháng 11 năm 2025 KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ TÌNH HÌNH HOẠT ĐỘNG CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP ----- " +
		"Tại phiên họp ngày 27/11/2025, sau khi nghe báo cáo của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Tỉnh ủy kết luận như sau: 1. Cơ bản thống nhất với báo cáo của Ban Tổ chức Tỉnh ủy về tình hình hoạt động của chính quyền địa phương 2 cấp. " +
		"2. Giao Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo sắp xếp các trạm y tế cấp xã, hoàn thành trước ngày 31/12/2025. 3. Giao Ban Tổ chức Tỉnh ủy theo dõi, báo cáo Ban Thường vụ Tỉnh ủy. " +
		"Nơi nhận: - Các huyện ủy, thành ủy, - Lưu Văn phòng Tỉnh ủy. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Nguyễn Văn An Kết luận 12-KL/TU năm 2025 về tình hình hoạt động do Tỉnh ủy ban hành - Hỗ trợ: (028) 3930.3279 - Xin lỗi Quý khách vì sự bất tiện này!"
	u := Unflatten(text)
	if len(u) != len(text) {
		t.Fatal("offsets moved")
	}
	m := ReadMeta(u)
	want := Meta{Kind: "Kết luận", Number: "12-KL/TU", IssuedOn: "2025-11-28", Place: "An Hà", Signer: "Nguyễn Văn An"}
	if m.Kind != want.Kind || m.Number != want.Number || m.IssuedOn != want.IssuedOn || m.Place != want.Place || m.Signer != want.Signer {
		t.Errorf("read %+v", m)
	}
	if !strings.HasPrefix(m.Subject, "về tình hình hoạt động") {
		t.Errorf("subject %q", m.Subject)
	}
	for _, line := range []string{"TỈNH ỦY AN HÀ", "KẾT LUẬN", "Nơi nhận:", "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Nguyễn Văn An"} {
		if !strings.Contains("\n"+u+"\n", "\n"+line+"\n") {
			t.Errorf("%q not on its own line", line)
		}
	}
}

// A Prime Minister's dispatch ("CÔNG ĐIỆN", "Số: 220/CĐ-TTg") is a kind of
// its own; pasted from a web site, it was titled by the site's banner
// (round 24).
func TestDispatchKind(t *testing.T) {
	text := "Bản dịch này thuộc quyền sở hữu của trang web. Đang tải văn bản... Tình trạng: Đã biết THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 220/CĐ-TTg Hà Nội, ngày 18 tháng 11 năm 2025 CÔNG ĐIỆN TẬP TRUNG HOÀN THÀNH THỰC THI CÁC PHƯƠNG ÁN CẮT GIẢM THỦ TỤC HÀNH CHÍNH NĂM 2025 THỦ TƯỚNG CHÍNH PHỦ điện: - Bộ trưởng các Bộ; - Chủ tịch Ủy ban nhân dân các tỉnh. Thực hiện Nghị quyết số 66/NQ-CP ngày 26 tháng 3 năm 2025 của Chính phủ, Thủ tướng Chính phủ yêu cầu các bộ, cơ quan hoàn thành việc cắt giảm thủ tục hành chính trong năm 2025."
	m := ReadMeta(Unflatten(text))
	if m.Kind != "Công điện" || m.Number != "220/CĐ-TTg" || !strings.HasPrefix(m.Title, "Công điện số 220/CĐ-TTg") {
		t.Errorf("read %q %q %q", m.Kind, m.Number, m.Title)
	}
}

// The Party's statute pasted as one line (round 25): "ĐẢNG CỘNG SẢN VIỆT
// NAM" is not cut before "VIỆT NAM Hà Nội, ngày …", the heading "ĐIỀU LỆ
// ĐẢNG CỘNG SẢN VIỆT NAM" under the date is its title, not a motto, and
// the congress is its issuer.
func TestStatuteLetterheadOnOneLine(t *testing.T) {
	text := Unflatten("ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XI ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 19 tháng 01 năm 2011 ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM (Đại hội đại biểu toàn quốc lần thứ XI của Đảng thông qua ngày 19 tháng 01 năm 2011) ----- ĐẢNG VÀ NHỮNG VẤN ĐỀ CƠ BẢN VỀ XÂY DỰNG ĐẢNG Đảng Cộng sản Việt Nam do đồng chí Hồ Chí Minh sáng lập.\nChương I ĐẢNG VIÊN\nĐiều 1.\n1. Đảng viên Đảng Cộng sản Việt Nam là chiến sĩ cách mạng.\n")
	lines := strings.Split(text, "\n")
	if len(lines) < 4 || lines[1] != "ĐẢNG CỘNG SẢN VIỆT NAM" || lines[2] != "Hà Nội, ngày 19 tháng 01 năm 2011" || !strings.HasPrefix(lines[3], "ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM") {
		t.Errorf("lines %q", lines)
	}
	m := ReadMeta(text)
	if m.Title != "Điều lệ Đảng Cộng sản Việt Nam" || m.Issuer != "Đại hội đại biểu toàn quốc lần thứ XI" || m.IssuedOn != "2011-01-19" {
		t.Errorf("%+v", m)
	}
	// and with the heading and the name on lines of their own
	m = ReadMeta("ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XI\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 19 tháng 01 năm 2011\nĐIỀU LỆ\nĐẢNG CỘNG SẢN VIỆT NAM\n(Đại hội thông qua ngày 19 tháng 01 năm 2011)\nChương I ĐẢNG VIÊN\n")
	if m.Title != "Điều lệ Đảng Cộng sản Việt Nam" || m.Kind != "Điều lệ" {
		t.Errorf("on lines of their own: %+v", m)
	}
}

// A text with no letterhead whose first line is a lead ("Thực hiện Kết
// luận … như sau:") is titled by it, never by its first point ("1.1. Ủy
// ban Thường vụ Quốc hội ban hành …": round 26).
func TestPointIsNoTitle(t *testing.T) {
	m := ReadMeta("Thực hiện Kết luận số 150-KL/TW của Bộ Chính trị, hướng dẫn như sau:\n1. Căn cứ thông báo về chỉ định nhân sự:\n1.1. Ủy ban Thường vụ Quốc hội ban hành Nghị quyết chỉ định nhân sự.\n1.2. Thường trực Hội đồng nhân dân cấp tỉnh ban hành Nghị quyết.\n")
	if !strings.HasPrefix(m.Title, "Thực hiện Kết luận số 150-KL/TW") {
		t.Errorf("title %q", m.Title)
	}
}

// A decree from a legal site's page (round 29): the issuer with a rule's
// end left on its line, the name under the heading in sentence case, and
// a circular's number ("21/2025/TT-BGDĐT" is a Thông tư, the Party's
// "05-TT/TW" a thông tri).
func TestDecreeFromAPage(t *testing.T) {
	m := ReadMeta("CHÍNH PHỦ_\nSố: 171/2025/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do – Hạnh phúc_\nHà Nội, ngày 30 tháng 6 năm 2025\nNGHỊ ĐỊNH\nQuy định về đào tạo, bồi dưỡng công chức\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n")
	if m.Issuer != "Chính phủ" || m.Title != "Nghị định số 171/2025/NĐ-CP quy định về đào tạo, bồi dưỡng công chức" {
		t.Errorf("%+v", m)
	}
	if k := kindFromNumber("21/2025/TT-BGDĐT"); k != "Thông tư" {
		t.Errorf("21/2025/TT-BGDĐT: %q", k)
	}
	if k := kindFromNumber("05-TT/TW"); k != "Thông tri" {
		t.Errorf("05-TT/TW: %q", k)
	}
}

// A conclusion's text given without its letterhead opens with two
// paragraphs ending in a colon, then "I- MỤC TIÊU, YÊU CẦU": a part, not
// the title (round 75 named the page's drafts by it).
func TestTitleNotARomanPart(t *testing.T) {
	text := "Tại phiên họp ngày 28/2/2026, sau khi nghe Ban Tổ chức Trung ương báo cáo, Bộ Chính trị, Ban Bí thư có ý kiến như sau:\n\n" +
		"Để bảo đảm thực hiện quyết liệt các nhiệm vụ, Bộ Chính trị yêu cầu các cấp ủy tập trung thực hiện tốt các nội dung sau:\n\n" +
		"I- MỤC TIÊU, YÊU CẦU\n\n1. Bảo đảm các nguyên tắc, mục tiêu, yêu cầu đã đề ra.\n"
	if got := ReadMeta(text).Title; strings.HasPrefix(got, "I-") || strings.Contains(got, "MỤC TIÊU") {
		t.Errorf("title %q", got)
	}
}

// A Word file saved as Markdown can carry its letterhead after its last
// article (the table moved there): the number and date are read from it
// when the head has none, and only a number of the text's own kind
// (round 104 named a decree "Nghị định về công tác văn thư", as its
// predecessor of 2004 was also called). The words are ours.
func TestLetterheadAtTheEnd(t *testing.T) {
	body := "NGHỊ ĐỊNH\nVề công tác văn thư\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n" +
		"Chính phủ ban hành Nghị định về công tác văn thư.\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n" +
		"Nghị định này quy định về công tác văn thư.\n"
	for i := 2; i <= 20; i++ {
		body += fmt.Sprintf("Điều %d. Quy định thứ %d\nCơ quan, tổ chức thực hiện quy định thứ %d theo Nghị định này.\n", i, i, i)
	}
	tail := "CHÍNH PHỦ _______ Số: 30/2020/NĐ-CP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ____ Hà Nội, ngày 05 tháng 3 năm 2020\n" +
		"Nơi nhận: - Ban Bí thư Trung ương Đảng; - Lưu: VT, HC.\tTM. CHÍNH PHỦ THỦ TƯỚNG\n"
	m := ReadMeta(body + tail)
	if m.Kind != "Nghị định" || m.Number != "30/2020/NĐ-CP" || m.IssuedOn != "2020-03-05" {
		t.Errorf("ReadMeta = %+v", m)
	}
	other := strings.Replace(tail, "30/2020/NĐ-CP", "12/QĐ-TTg", 1)
	if m := ReadMeta(body + other); m.Number != "" {
		t.Errorf("a number of another kind read as the decree's: %+v", m)
	}
	if m := ReadMeta(body + "Xem thêm: Số: 30/2020/NĐ-CP\n"); m.Number != "" {
		t.Errorf("a number outside a letterhead read: %+v", m)
	}
}

// "Số:" alone on its line, the number on the next: a Word letterhead's
// cell wrapped when a legal site saved it (round 111: a city council's
// amending resolution was named by its cut title, no number).
func TestReadMetaNumberOnTheNextLine(t *testing.T) {
	text := "HỘI ĐỒNG NHÂN\nDÂN\nTHÀNH PHỐ HUẾ\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố:\n37/2025/NQ-HĐND\nThành phố Huế,\nngày 18 tháng 11 năm 2025\nNGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH CÁC CHÍNH SÁCH HỖ TRỢ GIẢM NGHÈO BỀN VỮNG\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
	if m := ReadMeta(text); m.Number != "37/2025/NQ-HĐND" || m.Kind != "Nghị quyết" {
		t.Errorf("ReadMeta: number %q, kind %q", m.Number, m.Kind)
	}
}
