package vanban

import "testing"

// A subject in capitals whose first word a conversion broke off its line
// ("BAN" / "HÀNH QUY CHẾ …") is read whole (round 123: "Quyết định số
// 3999/QĐ-BTC" was listed without its subject). Made up.
func TestReadMetaSubjectWordBrokenOff(t *testing.T) {
	m := ReadMeta("BỘ TÀI CHÍNH\nSố: 3999/QĐ-BTC\nHà Nội, ngày 28 tháng 11 năm 2026\nQUYẾT ĐỊNH\nBAN\nHÀNH QUY CHẾ CÔNG TÁC LƯU TRỮ CỦA BỘ TÀI CHÍNH\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Luật Lưu trữ;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế công tác lưu trữ của Bộ Tài chính.\n")
	if want := "Quyết định số 3999/QĐ-BTC ban hành Quy chế công tác lưu trữ của Bộ Tài chính"; m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// A subject in sentence case that opens with its act and a comma,
// "Sửa đổi, bổ sung một số điều …", is read (round 125: the resolution
// amending the Constitution was listed as "NGHỊ QUYẾT"). Made up.
func TestReadMetaSubjectOpensWithActAndComma(t *testing.T) {
	m := ReadMeta("NGHỊ QUYẾT\nSửa đổi, bổ sung một số điều của Luật Bắc Nam\nQUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1\n")
	if want := "Nghị quyết sửa đổi, bổ sung một số điều của Luật Bắc Nam"; m.Title != want {
		t.Errorf("title %q, want %q", m.Title, want)
	}
}

// A subject that names what the act issues with a capital, "Ban hành
// Chương trình hành động …", or the Government's monthly session, is
// read (round 129: two Công báo resolutions were listed by number only;
// round 130: a decision without the directive its plan carries out, a
// resolution that cuts conditions by number only; round 134: two
// consolidated texts, one by its heading's note mark, "THÔNG TƯ1").
// Made up after their letterheads.
func TestReadMetaSubjectIssuesANamedProgramme(t *testing.T) {
	for text, want := range map[string]string{
		"CHÍNH PHỦ\nSố: 900/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 06 tháng 4 năm 2026\nNGHỊ QUYẾT\nBan hành Chương trình hành động của Chính phủ\nthực hiện Chỉ thị số 90-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư\nvề công tác thanh niên giai đoạn 2026 - 2030\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n": "Nghị quyết số 900/NQ-CP ban hành Chương trình hành động của Chính phủ thực hiện Chỉ thị số 90-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư về công tác thanh niên giai đoạn 2026 - 2030",
		"THỦ TƯỚNG CHÍNH PHỦ\nSố: 944/QĐ-TTg\nHà Nội, ngày 12 tháng 5 năm 2026\nQUYẾT ĐỊNH\nBan hành Kế hoạch hành động thực hiện\nChỉ thị số 92-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư\nvề công tác dân số\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n":                                                                                                                  "Quyết định số 944/QĐ-TTg ban hành Kế hoạch hành động thực hiện Chỉ thị số 92-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư về công tác dân số",
		"CHÍNH PHỦ\nSố: 921/2026/NQ-CP\nHà Nội, ngày 12 tháng 5 năm 2026\nNGHỊ QUYẾT\nCắt giảm, đơn giản hóa điều kiện kinh doanh trong lĩnh vực y tế\nCăn cứ Luật Tổ chức Chính phủ;\n":                                                                                                                                                                                                     "Nghị quyết số 921/2026/NQ-CP cắt giảm, đơn giản hóa điều kiện kinh doanh trong lĩnh vực y tế",
		"ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 924/2022/UBTVQH15\nHà Nội, ngày 12 tháng 5 năm 2022\nNGHỊ QUYẾT\nTiếp tục chi trả hỗ trợ đối với người lao động\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp;\n":                                                                                                                                                                                     "Nghị quyết số 924/2022/UBTVQH15 tiếp tục chi trả hỗ trợ đối với người lao động",
		"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ1\nQuy định về hoạt động của công ty chứng khoán\nThông tư số 921/2020/TT-BTC ngày 31 tháng 12 năm 2020 của Bộ trưởng Bộ Tài chính, có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2021.\n":                                                                                                               "Thông tư quy định về hoạt động của công ty chứng khoán",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNGHỊ ĐỊNH\nThực hiện thí điểm quản lý lao động, tiền lương đối với\nTập đoàn Công nghiệp - Viễn thông Quân đội\nCăn cứ Luật tổ chức Chính phủ;\n":                                                                                                                                                                  "Nghị định thực hiện thí điểm quản lý lao động, tiền lương đối với Tập đoàn Công nghiệp - Viễn thông Quân đội",
		"CHÍNH PHỦ\n________\nSố: 922/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 06 tháng 5 năm 2026\nNGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ tháng 4 năm 2026\n_________________\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n":                                                                                        "Nghị quyết số 922/NQ-CP phiên họp Chính phủ thường kỳ tháng 4 năm 2026",
	} {
		if m := ReadMeta(text); m.Title != want {
			t.Errorf("title %q, want %q", m.Title, want)
		}
	}
}

// A text that is only a signature block names nothing: a Gazette scan
// whose text layer is its signature was listed as "TM. CHÍNH PHỦ", then
// by its signer (round 134). Made up.
func TestReadMetaSignatureOnly(t *testing.T) {
	if m := ReadMeta("TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n"); m.Title != "" {
		t.Errorf("title %q, want none", m.Title)
	}
}
