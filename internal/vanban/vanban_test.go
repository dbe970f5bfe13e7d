package vanban

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The sample library's manifest holds what each sample's letterhead says.
func TestReadMetaSamples(t *testing.T) {
	data, err := os.ReadFile("../../assets/samples/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var manifest []struct {
		File, Title, Kind, Number, Issuer string
		IssuedOn                          string `json:"issued_on"`
	}
	if err := json.Unmarshal(data, &manifest); err != nil {
		t.Fatal(err)
	}
	signers := map[string][2]string{
		"nghi-quyet-15-nq-qu.txt":        {"Nguyễn Văn Khải", "T/M Quận ủy, Bí thư"},
		"cong-van-2003.txt":              {"Phạm Đình Hoà", "T/M Ban Thường vụ, Phó Bí thư"},
		"huong-dan-sinh-hoat-chi-bo.txt": {"Lê Thị Thu Hà", "K/T Trưởng ban, Phó Trưởng ban"},
		"thong-bao-27-tb-qu.txt":         {"Trần Minh Đức", "T/L Ban Thường vụ, Chánh Văn phòng"},
	}
	issuers := map[string]string{ // what the letterhead itself names
		"nghi-quyet-15-nq-qu.txt":        "Quận ủy Tây Giang",
		"cong-van-2003.txt":              "Huyện uỷ Tây Giang",
		"huong-dan-sinh-hoat-chi-bo.txt": "Ban Tổ chức Quận ủy",
		"thong-bao-27-tb-qu.txt":         "Quận ủy Tây Giang",
		"bao-cao-dai-hoi.txt":            "Ban Tuyên giáo",
		"tai-lieu-boi-duong.txt":         "Trung tâm Chính trị quận",
	}
	for _, s := range manifest {
		text, err := os.ReadFile(filepath.Join("../../assets/samples", s.File))
		if err != nil {
			t.Fatal(err)
		}
		m := ReadMeta(string(text))
		if s.Number != "" && (m.Number != s.Number || m.IssuedOn != s.IssuedOn || m.Place != "Tây Giang") {
			t.Errorf("%s: number %q date %q place %q, want %q %q Tây Giang", s.File, m.Number, m.IssuedOn, m.Place, s.Number, s.IssuedOn)
		}
		if s.Number != "" && m.Title != s.Title {
			t.Errorf("%s: title\n got %q\nwant %q", s.File, m.Title, s.Title)
		}
		if m.Kind != s.Kind && !(s.Kind == "Tài liệu bồi dưỡng" && m.Kind == "Tài liệu") {
			t.Errorf("%s: kind %q, want %q", s.File, m.Kind, s.Kind)
		}
		if m.Issuer != issuers[s.File] {
			t.Errorf("%s: issuer %q, want %q", s.File, m.Issuer, issuers[s.File])
		}
		if want, ok := signers[s.File]; ok && (m.Signer != want[0] || m.SignerRole != want[1]) {
			t.Errorf("%s: signer %q role %q, want %q %q", s.File, m.Signer, m.SignerRole, want[0], want[1])
		}
	}
}

// A two-column letterhead read across the page mixes the blocks line by
// line, or puts both on one line.
func TestReadMetaInterleaved(t *testing.T) {
	for name, text := range map[string]string{
		"interleaved": "ĐẢNG BỘ THÀNH PHỐ HÒA LÂM\nĐẢNG CỘNG SẢN VIỆT NAM\nQUẬN ỦY HỒNG TIẾN\nHồng Tiến, ngày 12 tháng 3 năm 2025\n*\nSố 15-NQ/QU\nNGHỊ QUYẾT\nvề đẩy mạnh chuyển đổi số\nCăn cứ Điều lệ Đảng;\n",
		"same lines":  "ĐẢNG BỘ THÀNH PHỐ HÒA LÂM ĐẢNG CỘNG SẢN VIỆT NAM\nQUẬN ỦY HỒNG TIẾN\n* Hồng Tiến, ngày 12 tháng 3 năm 2025\nSố 15-NQ/QU\nNGHỊ QUYẾT\nvề đẩy mạnh chuyển đổi số\nCăn cứ Điều lệ Đảng;\n",
	} {
		m := ReadMeta(text)
		want := Meta{Kind: "Nghị quyết", Number: "15-NQ/QU", IssuedOn: "2025-03-12", Place: "Hồng Tiến", Issuer: "Quận ủy Hồng Tiến",
			Subject: "về đẩy mạnh chuyển đổi số", Title: "Nghị quyết số 15-NQ/QU về đẩy mạnh chuyển đổi số"}
		if m != want {
			t.Errorf("%s:\n got %+v\nwant %+v", name, m, want)
		}
	}
}

func TestReadMetaStateDocument(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nHUYỆN TÂN ỨNG\nSố: 42/CV-UB\nV/v chuẩn bị phòng, chống lụt bão năm 2003\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Ứng, ngày 5 tháng 8 năm 2003\nKính gửi: Ủy ban nhân dân các xã\nNội dung.\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nVũ Đình Lộc\n"
	m := ReadMeta(text)
	want := Meta{Kind: "Công văn", Number: "42/CV-UB", IssuedOn: "2003-08-05", Place: "Tân Ứng", Issuer: "Ủy ban nhân dân huyện Tân Ứng",
		Signer: "Vũ Đình Lộc", SignerRole: "KT. Chủ tịch, Phó Chủ tịch", Subject: "về việc chuẩn bị phòng, chống lụt bão năm 2003",
		Title: "Công văn số 42/CV-UB về việc chuẩn bị phòng, chống lụt bão năm 2003"}
	if m != want {
		t.Errorf("\n got %+v\nwant %+v", m, want)
	}
}

// Round 15: a Quy định of the Ban Bí thư was said to be issued by the
// Ban Chấp hành Trung ương (its letterhead), and a plan of the Đảng đoàn
// Quốc hội by "Ban Chấp hành Trung ương Đảng đoàn Quốc hội" (round 14).
func TestReadMetaCentralBodies(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 90-QĐ/TW\nHà Nội, ngày 19 tháng 11 năm 2025\nQUY ĐỊNH\nvề lưu trữ tài liệu của chi bộ\n" +
		"Ban Bí thư quy định như sau:\nĐiều 1. Phạm vi điều chỉnh.\nNơi nhận:\n- Các tỉnh ủy,\n- Lưu Văn phòng Trung ương.\nT/M BAN BÍ THƯ\nNguyễn Văn An\n"
	if m := ReadMeta(text); m.Issuer != "Ban Bí thư" {
		t.Errorf("issuer %q, want Ban Bí thư (%+v)", m.Issuer, m)
	}
	// an annex after the signature (round 16: Quy định 384-QĐ/TW)
	if m := ReadMeta(text + "PHỤ LỤC\n" + strings.Repeat("Mục dữ liệu dùng chung của các cơ quan đảng\n", 40)); m.Issuer != "Ban Bí thư" {
		t.Errorf("with an annex: issuer %q, want Ban Bí thư", m.Issuer)
	}
	text = "ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG ĐOÀN QUỐC HỘI\nSố 3270-KH/ĐĐQH15\nHà Nội, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\nthực hiện Nghị quyết về chuyển đổi số\n" +
		"Đảng đoàn Quốc hội ban hành Kế hoạch như sau.\nT/M ĐẢNG ĐOÀN QUỐC HỘI\nBÍ THƯ\nTrần Văn Bình\n"
	if m := ReadMeta(text); m.Issuer != "Đảng đoàn Quốc hội" {
		t.Errorf("issuer %q, want Đảng đoàn Quốc hội (%+v)", m.Issuer, m)
	}
}

func TestReadMetaPlainText(t *testing.T) {
	m := ReadMeta("Ghi chép buổi sinh hoạt chi bộ tháng 3\n\nHôm nay chi bộ họp.\n")
	if m.Title != "Ghi chép buổi sinh hoạt chi bộ tháng 3" || m.Kind != "" || m.Number != "" {
		t.Errorf("%+v", m)
	}
	if m := ReadMeta(""); m != (Meta{}) {
		t.Errorf("empty: %+v", m)
	}
}

func TestOutline(t *testing.T) {
	pages := []string{
		"NGHỊ QUYẾT\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNội dung.\nĐiều 2. Đối tượng áp dụng\n1. Cán bộ, đảng viên.\na) đảng viên chính thức;\nb) đảng viên dự bị.\n",
		"Chương II\nĐiều 3. Tổ chức thực hiện\nI. YÊU CẦU\n2025. Năm bản lề.\n",
	}
	got := Outline(pages, nil)
	var b strings.Builder
	for _, h := range got {
		b.WriteString(strings.Repeat("  ", h.Level-1) + h.Label + " " + h.Title + "\n")
	}
	want := "Chương I \n  Điều 1. Phạm vi điều chỉnh\n  Điều 2. Đối tượng áp dụng\n    1. Cán bộ, đảng viên.\n      a) đảng viên chính thức;\n      b) đảng viên dự bị.\nChương II \n  Điều 3. Tổ chức thực hiện\n    I. YÊU CẦU\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	// offsets point at the heading in its page, in runes
	for _, h := range got {
		page := []rune(pages[h.Page-1])
		if !strings.HasPrefix(string(page[h.Offset:]), h.Label) {
			t.Errorf("%s: offset %d points at %q", h.Label, h.Offset, string(page[h.Offset:h.Offset+10]))
		}
	}
	// styled headings (DOCX) come in above the numbered ones
	styled := Outline([]string{"Mở đầu\nMột đoạn.\nPhần hai\n1. Ý thứ nhất\n"}, []Styled{{1, 0, 1}, {1, 17, 1}})
	if len(styled) != 3 || styled[0].Title != "Mở đầu" || styled[2].Level != 2 || styled[2].Label != "1." {
		t.Errorf("styled: %+v", styled)
	}
}

// Heads as real laws and decisions write them: the subject on the
// heading's line, a decision's action in capitals under its heading, a
// precedent naming itself.
func TestHeadsFromTheWild(t *testing.T) {
	for text, want := range map[string]string{
		"CHÍNH PHỦ\nSố: 99/2022/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNGHỊ ĐỊNH Về đăng ký biện pháp bảo đảm\nCăn cứ Luật Tổ chức Chính phủ;": "Nghị định số 99/2022/NĐ-CP về đăng ký biện pháp bảo đảm",
		"THỦ TƯỚNG CHÍNH PHỦ\nSố: 604/QĐ-TTg\nQUYẾT ĐỊNH\nPHÊ DUYỆT CHIẾN LƯỢC PHÁT TRIỂN KHOA HỌC\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật;":             "Quyết định số 604/QĐ-TTg phê duyệt chiến lược phát triển khoa học",
		"Án lệ số 26/2018/AL về xác định thời hiệu chia di sản\nĐược Hội đồng Thẩm phán thông qua":                                                 "Án lệ số 26/2018/AL về xác định thời hiệu chia di sản",
	} {
		if got := ReadMeta(text).Title; got != want {
			t.Errorf("title %q, want %q", got, want)
		}
	}
}

// A subject in capitals under the kind's heading is read, in small
// letters with the capitals the body gives the same words; a board under
// the Central Committee's letterhead is named with "Trung ương" (round 17).
func TestReadMetaSubjectInCapitals(t *testing.T) {
	cases := []struct{ text, title, issuer string }{
		{"THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2623/QĐ-TTg\nHà Nội, ngày 29 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN\nTHỦ TƯỚNG CHÍNH PHỦ\n" +
			"Căn cứ Luật Bảo vệ dữ liệu cá nhân ngày 26 tháng 6 năm 2025;\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân.\n",
			"Quyết định số 2623/QĐ-TTg ban hành Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân", "Thủ tướng Chính phủ"},
		{"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 09/CT-UBND\nCần Thơ, ngày 18 tháng 11 năm 2025\nCHỈ THỊ\nVỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ, BẢO VỆ TÀI NGUYÊN NƯỚC DƯỚI ĐẤT\nTRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ\n" +
			"Thời gian qua, công tác quản lý tài nguyên nước dưới đất trên địa bàn thành phố Cần Thơ đã có chuyển biến; Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ.\n",
			"Chỉ thị số 09/CT-UBND về tăng cường công tác quản lý, bảo vệ tài nguyên nước dưới đất trên địa bàn thành phố Cần Thơ", ""},
		{"BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-HD/BTCTW\nHà Nội, ngày 21 tháng 11 năm 2025\nHƯỚNG DẪN\nMỘT SỐ NỘI DUNG QUY ĐỊNH SỐ 377-QĐ/TW NGÀY 08/10/2025 CỦA BỘ CHÍNH TRỊ\n" +
			"Thực hiện Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị, Ban Tổ chức Trung ương hướng dẫn như sau.\n",
			"Hướng dẫn số 45-HD/BTCTW một số nội dung Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị", "Ban Tổ chức Trung ương"},
	}
	cases = append(cases, struct{ text, title, issuer string }{"ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 624/KH-UBND\nHà Tĩnh, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH\nPHÁT TRIỂN GIÁO DỤC MẦM NON TRÊN ĐỊA BÀN TỈNH HÀ TĨNH\nThực hiện Chương trình của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch này.\n",
		"Kế hoạch số 624/KH-UBND phát triển giáo dục mầm non trên địa bàn tỉnh Hà Tĩnh", ""})
	cases = append(cases, struct{ text, title, issuer string }{"BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 155-KL/TW\nHà Nội, ngày 17 tháng 5 năm 2025\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ\nvề một số nhiệm vụ trọng tâm về sắp xếp tổ chức bộ máy\nTại phiên họp ngày 16/5/2025, Bộ Chính trị, Ban Bí thư kết luận như sau.\n",
		"Kết luận số 155-KL/TW về một số nhiệm vụ trọng tâm về sắp xếp tổ chức bộ máy", "Bộ Chính trị, Ban Bí thư"})
	// (a congress's number and the Party keep their capitals though the
	// body never writes them: the reader showed "lần thứ xiv của đảng")
	cases = append(cases, struct{ text, title, issuer string }{"ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 07/KH-UBND\nBắc Nam, ngày 05 tháng 10 năm 2025\nKẾ HOẠCH\nTHI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIV CỦA ĐẢNG VÀ BẦU CỬ QUỐC HỘI KHÓA XVI\nMỗi xã chọn 02 tập thể tiêu biểu.\n",
		"Kế hoạch số 07/KH-UBND thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và bầu cử Quốc hội khóa XVI", ""})
	for _, c := range cases {
		m := ReadMeta(c.text)
		if m.Title != c.title {
			t.Errorf("title %q\nwant  %q", m.Title, c.title)
		}
		if c.issuer != "" && m.Issuer != c.issuer {
			t.Errorf("issuer %q, want %q", m.Issuer, c.issuer)
		}
	}
}

// A text pasted under its headline, with no letterhead, names itself in
// the headline: kind, number, issuer and subject (round 30: Nghị quyết
// 66-NQ/TW was listed with no kind nor number). The body is made up.
func TestReadMetaHeadline(t *testing.T) {
	m := ReadMeta("Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật\n" +
		"Theo Nghị quyết, thời gian qua công tác xây dựng pháp luật đạt nhiều kết quả quan trọng.\n")
	if m.Kind != "Nghị quyết" || m.Number != "66-NQ/TW" || m.Issuer != "Bộ Chính trị" || m.Subject != "về đổi mới công tác xây dựng và thi hành pháp luật" {
		t.Errorf("%+v", m)
	}
	m = ReadMeta("Chỉ thị số 45-CT/TW ngày 14/4/2025 về đại hội đảng bộ các cấp\nNội dung.\n")
	if m.Kind != "Chỉ thị" || m.Number != "45-CT/TW" || m.IssuedOn != "2025-04-14" {
		t.Errorf("%+v", m)
	}
	// a sentence that names a document is no headline
	if m := ReadMeta("Ngày 5/5, Nghị quyết số 66-NQ/TW về pháp luật được quán triệt.\n"); m.Number != "" {
		t.Errorf("%+v", m)
	}
}

// A resolution pasted without its letterhead names itself in its annex's
// caption, written either way (round 30: Nghị quyết 394/NQ-CP and
// 197/2025/QH15 were named by their titles cut short). The texts are made up.
func TestReadMetaAnnexCaption(t *testing.T) {
	m := ReadMeta("NGHỊ QUYẾT\nVề phát động phong trào trồng cây\nCHÍNH PHỦ\nQUYẾT NGHỊ:\n1. Phát động phong trào.\n" +
		"PHỤ LỤC\n(Kèm theo Nghị quyết số 401/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)\n")
	if m.Number != "401/NQ-CP" || m.IssuedOn != "2025-12-03" {
		t.Errorf("%+v", m)
	}
	m = ReadMeta("NGHỊ QUYẾT\nVề cơ chế đặc biệt cho thống kê\nQUỐC HỘI\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi\n" +
		"PHỤ LỤC\n(Ban hành kèm theo Nghị quyết số 199/2025/QH15 ngày 17/5/2025)\n")
	if m.Number != "199/2025/QH15" || m.IssuedOn != "2025-05-17" {
		t.Errorf("%+v", m)
	}
}

// A resolution's name under its heading in sentence case without "Về":
// "Thí điểm một số cơ chế …" (round 31: listed as "NGHỊ QUYẾT"). The
// text is made up.
func TestReadMetaPilotName(t *testing.T) {
	m := ReadMeta("NGHỊ QUYẾT\nThí điểm một số cơ chế, chính sách đặc thù phát triển đường sắt đô thị tại thành phố Cần Thơ\nQUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\n")
	if m.Title != "Nghị quyết thí điểm một số cơ chế, chính sách đặc thù phát triển đường sắt đô thị tại thành phố Cần Thơ" {
		t.Errorf("%+v", m)
	}
}

// A joint resolution is a "Nghị quyết liên tịch" of the bodies its
// preamble names, not of the one line left of its letterhead (round 32).
// The text is made up.
func TestReadMetaJointResolution(t *testing.T) {
	m := ReadMeta("NGHỊ QUYẾT LIÊN TỊCH\nQuy định chi tiết việc tổ chức hội nghị cử tri\nQUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" +
		"Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ban hành Nghị quyết liên tịch quy định chi tiết việc tổ chức hội nghị cử tri.\n" +
		"Chương I\nNHỮNG QUY ĐỊNH CHUNG\n")
	if m.Kind != "Nghị quyết liên tịch" || m.Issuer != "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" ||
		m.Title != "Nghị quyết liên tịch quy định chi tiết việc tổ chức hội nghị cử tri" {
		t.Errorf("%+v", m)
	}
}

// A news report opening on the document it reports names it: kind,
// number, date, issuer (round 35: such reports were listed with none and
// gave no draft). The sentences are made up.
func TestReadMetaLeadSentence(t *testing.T) {
	m := ReadMeta("Chính phủ ban hành Nghị quyết số 12/2025/NQ-CP ngày 17/9/2025 về chính sách đối với cán bộ dôi dư.\nTrong đó quy định chính sách nghỉ hưu trước tuổi.\n")
	if m.Kind != "Nghị quyết" || m.Number != "12/2025/NQ-CP" || m.IssuedOn != "2025-09-17" || m.Issuer != "Chính phủ" || m.Subject != "về chính sách đối với cán bộ dôi dư" {
		t.Errorf("%+v", m)
	}
	m = ReadMeta("Theo Cổng TTĐT Đảng Cộng sản Việt Nam, ngày 22/10/2025, đồng chí Nguyễn Văn A, Thường trực Ban Bí thư đã ký ban hành Quy định số 390-QĐ/TW của Ban Bí thư quy định về lưu trữ điện tử trong các cơ quan đảng.\nQuy định nêu rõ.\n")
	if m.Kind != "Quy định" || m.Number != "390-QĐ/TW" || m.IssuedOn != "2025-10-22" || m.Issuer != "Ban Bí thư" {
		t.Errorf("%+v", m)
	}
	// a page under a question headline stays a page (its answer goes on
	// to other documents)
	m = ReadMeta("Toàn văn Nghị quyết 02/2025/NQ-CP về mở rộng cảng biển? Tải về Nghị quyết 02?\nNgày 01/6/2025, Chính phủ ban hành Nghị quyết 02/2025/NQ-CP về mở rộng cảng biển tải về\nĐiều 1 quy định.\n")
	if m.Number != "" || m.Kind != "" {
		t.Errorf("%+v", m)
	}
	m = ReadMeta("Ngày 01/6/2025, Chính phủ ban hành Nghị quyết 02/2025/NQ-CP về mở rộng cảng biển tải về\nĐiều 1 quy định.\n")
	if m.Number != "02/2025/NQ-CP" || m.IssuedOn != "2025-06-01" || m.Issuer != "Chính phủ" || m.Subject != "về mở rộng cảng biển" {
		t.Errorf("%+v", m)
	}
	// a report on another document the headline does not name is not its
	if m := ReadMeta("Hội nghị quán triệt nghị quyết tại tỉnh\nNgày 5/5/2025, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về quán triệt.\n"); m.Number != "" {
		t.Errorf("%+v", m)
	}
	// a sentence naming a document it does not issue is no lead
	if m := ReadMeta("Ngày 5/5, Nghị quyết số 66-NQ/TW về pháp luật được quán triệt.\n"); m.Number != "" {
		t.Errorf("%+v", m)
	}
}

// A headline that says a body passed a document with no number names its
// kind, issuer and subject (round 35). The headline is made up.
func TestReadMetaPassedHeadline(t *testing.T) {
	m := ReadMeta("Quốc hội chính thức thông qua Nghị quyết sửa đổi, bổ sung một số điều của Luật Thủ đô\nNghị quyết có hiệu lực từ ngày thông qua.\n")
	if m.Kind != "Nghị quyết" || m.Issuer != "Quốc hội" || m.Number != "" || m.Title != "Nghị quyết sửa đổi, bổ sung một số điều của Luật Thủ đô" {
		t.Errorf("%+v", m)
	}
	// a question is a page's, not the document's title
	if m := ReadMeta("Quốc hội thông qua Nghị quyết về thuế khi nào?\nNội dung.\n"); m.Kind != "" {
		t.Errorf("%+v", m)
	}
}

// A report's first line naming a law by name and number gives it; a law
// whose heading holds its name on one line is named by it (round 39). The
// lines are made up.
func TestReadMetaLawLead(t *testing.T) {
	m := ReadMeta("Luật Thuế tài nguyên số 70/2025/QH15 chính thức có hiệu lực từ 01/7/2026 và áp dụng cho kỳ tính thuế 2026.\nSo với Luật hiện hành, Luật có nhiều điểm mới.\n")
	if m.Kind != "Luật" || m.Number != "70/2025/QH15" || m.Title != "Luật Thuế tài nguyên" || m.Issuer != "Quốc hội" {
		t.Errorf("%+v", m)
	}
	m = ReadMeta("Ngày 29/6/2024, Kỳ họp thứ 7, Quốc hội khóa XV đã thông qua Luật Công đoàn số 50/2024/QH15. Luật có hiệu lực từ ngày 1/7/2025.\nNội dung.\n")
	if m.Number != "50/2024/QH15" || m.Title != "Luật Công đoàn" {
		t.Errorf("%+v", m)
	}
	m = ReadMeta("QUỐC HỘI\nLuật số: 80/2025/QH15\nLUẬT VIỆC LÀM\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Việc làm.\nĐiều 1. Phạm vi điều chỉnh\n")
	if m.Kind != "Luật" || m.Title != "Luật Việc làm" {
		t.Errorf("%+v", m)
	}
	// a page asking about a law is a page
	if m := ReadMeta("Luật Thuế thu nhập cá nhân 2025 là Luật số 109/2025/QH15 chính thức được thông qua ra sao?\nNội dung.\n"); m.Kind != "" {
		t.Errorf("%+v", m)
	}
}

// A letter pasted from its salutation, its letterhead lost, is named by
// its annex's caption (round 41 listed it as "Kính gửi: …"); a letter
// with no caption keeps its first line.
func TestReadMetaLetterFromSalutation(t *testing.T) {
	text := "Kính gửi: Các trường trực thuộc Bộ\nThực hiện Thông báo số 460/TB-VPCP ngày 04/9/2025, Bộ đề nghị các trường thực hiện các nhiệm vụ sau:\nI. NHIỆM VỤ CHUNG\nTriển khai các chủ trương về giáo dục.\n" +
		"PHỤ LỤC\n(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)\nBảng số liệu tuyển sinh.\n"
	m := ReadMeta(text)
	if m.Kind != "Công văn" || m.Number != "6386/BVHTTDL-KHCNĐTMT" || m.IssuedOn != "2025-11-25" || m.Issuer != "Bộ Văn hóa, Thể thao và Du lịch" || m.Title != "Công văn số 6386/BVHTTDL-KHCNĐTMT" {
		t.Errorf("%+v", m)
	}
	if m := ReadMeta("Kính gửi: Các trường trực thuộc Bộ\nBộ đề nghị các trường báo cáo.\n"); m.Kind != "" || m.Title != "Kính gửi: Các trường trực thuộc Bộ" {
		t.Errorf("%+v", m)
	}
}

// A notice with no number, "THÔNG BÁO" over "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG …",
// is titled by whose conclusions it gives (round 43 named it "Thông báo
// này" in every draft).
func TestReadMetaNoticeOfConclusions(t *testing.T) {
	m := ReadMeta("THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH SƠN LA\nNgày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ đã chủ trì buổi làm việc với lãnh đạo tỉnh Sơn La về tình hình kinh tế - xã hội.\n1. Về tình hình kinh tế - xã hội của tỉnh.\n")
	if m.Kind != "Thông báo" || !strings.HasPrefix(m.Title, "Thông báo kết luận của Phó Thủ tướng") || !strings.Contains(m.Title, "Sơn La") {
		t.Errorf("%+v", m)
	}
}

// A document pasted with a legal site's card, on one line as a page
// copies ("… Số hiệu: 2639/QĐ-TTg Loại văn bản: Quyết định Nơi ban hành:
// Thủ tướng Chính phủ Người ký: … Ngày ban hành: 03/12/2025 …"), is named
// by the card, not by the site's copyright notice before it.
func TestReadMetaSiteCard(t *testing.T) {
	text := "Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý là vi phạm pháp luật. " +
		"Đang tải văn bản... Số hiệu: 2639/QĐ-TTg Loại văn bản: Quyết định Nơi ban hành: Thủ tướng Chính phủ Người ký: Hồ Đức Phớc Ngày ban hành: 03/12/2025 Ngày hiệu lực: Đã biết " +
		"Tình trạng: Đã biết Bổ sung kinh phí cho các địa phương. Điều 1. Bổ sung có mục tiêu từ ngân sách trung ương cho ngân sách các địa phương.\n"
	m := ReadMeta(text)
	if m.Kind != "Quyết định" || m.Number != "2639/QĐ-TTg" || m.Issuer != "Thủ tướng Chính phủ" || m.IssuedOn != "2025-12-03" || m.Title != "Quyết định số 2639/QĐ-TTg" {
		t.Errorf("%+v", m)
	}
}

// A news agency's lead to a plenum's resolution it gives whole, after a
// headline and a photo's caption, names the resolution's number, date and
// issuer (NQ 11 and NQ 12 of 2017 were listed with none, and gave no
// draft on their date, issuer or plenum). The text is made up.
func TestReadMetaPlenumLead(t *testing.T) {
	m := ReadMeta("Nghị quyết Hội nghị TƯ 9 khóa XII về công tác thi đua\n" +
		"Tổng Bí thư đã ký ban hành Nghị quyết Hội nghị 9 Ban Chấp hành Trung ương khóa XII về công tác thi đua.\n" +
		"Tổng Bí thư phát biểu. Ảnh: TTXVN Ngày 5/10/2018, Tổng Bí thư đã ký ban hành Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương khóa XII về tiếp tục đổi mới công tác thi đua, khen thưởng (Nghị quyết số 45-NQ/TW). TTXVN giới thiệu toàn văn Nghị quyết: NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ CHÍN\n" +
		"I- TÌNH HÌNH VÀ NGUYÊN NHÂN\n")
	if m.Kind != "Nghị quyết" || m.Number != "45-NQ/TW" || m.IssuedOn != "2018-10-05" || m.Issuer != "Ban Chấp hành Trung ương" ||
		m.Subject != "về tiếp tục đổi mới công tác thi đua, khen thưởng" {
		t.Errorf("%+v", m)
	}
	m = ReadMeta("Ngày 5/10/2018, Tổng Bí thư đã ký ban hành Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương khóa XII về thi đua (số 45-NQ/TW).\nI - TÌNH HÌNH\n")
	if m.Number != "45-NQ/TW" || m.IssuedOn != "2018-10-05" {
		t.Errorf("%+v", m)
	}
	// a plenum's resolution a text cites, with no number after it, is not
	// the text's
	if m := ReadMeta("Báo cáo sơ kết\nTỉnh ủy đã ký ban hành Nghị quyết Hội nghị lần thứ chín Ban Chấp hành Trung ương khóa XII về thi đua, quán triệt đến chi bộ.\n"); m.Number != "" {
		t.Errorf("%+v", m)
	}
}

// A page of points on a congress's rules with its agenda's heading in
// capitals further down is no "Chương trình": the heading is a part's
// (round 91's page was named "Chương trình đại hội quân nhân").
func TestReadMetaPartHeadingAfterPoints(t *testing.T) {
	text := "Đại hội quân nhân được tổ chức 5 năm hai lần:\n\n" +
		"+ Nhiệm kỳ của Hội đồng quân nhân được tính từ khi đại hội bầu ra đến kỳ đại hội kế tiếp.\n\n" +
		"+ Hết nhiệm kỳ, các cơ quan, đơn vị tổ chức đại hội quân nhân.\n\n" +
		"Triệu tập, tổ chức đại hội quân nhân:\n\n" +
		"+ Hội đồng quân nhân báo cáo cấp ủy về việc triệu tập đại hội.\n\n" +
		"CHƯƠNG TRÌNH ĐẠI HỘI QUÂN NHÂN\n\n" +
		"1. Chào cờ.\n\n2. Tuyên bố lý do, giới thiệu đại biểu.\n"
	if m := ReadMeta(text); m.Kind != "" {
		t.Errorf("kind %q, title %q from a part's heading", m.Kind, m.Title)
	}
	// (an act's own heading after its letterhead is still its kind)
	if m := ReadMeta("ĐẢNG BỘ TỈNH MẪU\nSố 12-CTr/TU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n- Mục tiêu chung.\n"); m.Kind != "Chương trình" {
		t.Errorf("an act's kind lost: %q", m.Kind)
	}
}

// A decree whose heading ran into its subject ("NGHỊ ĐỊNHVề hợp đồng …",
// as a web page glues two bold runs) was taken for a rule by its first
// part's "QUY ĐỊNH CHUNG": "Quy định số 173/2025/NĐ-CP" (round 100). A
// state number says the act's kind; the Party's rules ("90-QĐ/TW") stay
// rules. The words are ours.
func TestReadMetaKindByStateNumber(t *testing.T) {
	text := "CHÍNH PHỦ\nSố: 174/2025/NĐ-CP\nHà Nội, ngày 30 tháng 6 năm 2025\nNGHỊ ĐỊNHVề hợp đồng thực hiện nhiệm vụ của viên chức\n" +
		"Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về hợp đồng.\n"
	if m := ReadMeta(text); m.Kind != "Nghị định" {
		t.Errorf("kind %q, want Nghị định (%+v)", m.Kind, m)
	}
	party := "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 91-QĐ/TW\nHà Nội, ngày 19 tháng 11 năm 2025\nQUY ĐỊNH\nvề lưu trữ tài liệu của chi bộ\nĐiều 1. Phạm vi điều chỉnh.\n"
	if m := ReadMeta(party); m.Kind != "Quy định" {
		t.Errorf("the Party's rule: kind %q", m.Kind)
	}
	// a consolidated text under its act's heading (round 102: "Thông tư
	// số 94/VBHN-BQP")
	merged := "BỘ QUỐC PHÒNG\nSố: 95/VBHN-BQP\nHà Nội, ngày 24 tháng 11 năm 2025\nTHÔNG TƯ\nQuy định chi tiết một số điều của Nghị định số 18/2019/NĐ-CP\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết.\n"
	if m := ReadMeta(merged); m.Kind != "Văn bản hợp nhất" {
		t.Errorf("a consolidated text: kind %q", m.Kind)
	}
}

// A title whose line leaves its words unfinished goes on in the next,
// the act it amends named by number and date: round 111's title stopped
// at "… giai đoạn 2023-2025 ban hành theo". Made up.
func TestTitleGoesOnAfterDanglingWord(t *testing.T) {
	text := "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 41/2026/NQ-HĐND\nBắc Nam, ngày 20 tháng 11 năm 2026\n\nNGHỊ QUYẾT\n\n" +
		"SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH CHÍNH SÁCH HỖ\nTRỢ HỘ CẬN NGHÈO TỈNH BẮC NAM GIAI ĐOẠN 2024-2026 BAN HÀNH THEO\n" +
		"NGHỊ QUYẾT SỐ 12/2024/NQ-HĐND NGÀY 10 THÁNG 7 NĂM 2024 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\nBẮC NAM\n\n" +
		"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\n" +
		"Hội đồng nhân dân tỉnh ban hành Nghị quyết sửa đổi, bổ sung một số điều của Quy định chính sách hỗ trợ hộ cận nghèo ban hành theo Nghị quyết số 12/2024/NQ-HĐND của Hội đồng nhân dân tỉnh Bắc Nam.\n\n" +
		"Điều 1. Sửa đổi, bổ sung khoản 2 Điều 4 như sau:\n"
	m := ReadMeta(text)
	if !strings.HasSuffix(m.Title, "ban hành theo Nghị quyết số 12/2024/NQ-HĐND ngày 10 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh Bắc Nam") {
		t.Errorf("title %q", m.Title)
	}
}
