package draft

import (
	"strings"
	"testing"
	"time"
)

// Round 119's faults, on a made-up decision shaped like its pages: a
// procedure's address with its house number, a table's cell that gives a
// duration without saying whose, beside a rule that is asked.
const procedureCells = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nSố: 2848/QĐ-UBND\nBắc Nam, ngày 21 tháng 11 năm 2026\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC KHOA HỌC VÀ CÔNG NGHỆ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NAM\n" +
	"Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực khoa học và công nghệ.\n" +
	"Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n" +
	"Thủ tục cấp Giấy chứng nhận hoạt động khoa học và công nghệ\n" +
	"Nơi tiếp nhận hồ sơ: Trung tâm Phục vụ hành chính công tỉnh Bắc Nam\n" +
	"(244 Điện Biên Phủ, Phường Xuân Hòa, tỉnh Bắc Nam)\n" +
	"Thời hạn giải quyết:\n" +
	"10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ\n" +
	"Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được hồ sơ, Sở Khoa học và Công nghệ kiểm tra tính hợp lệ của hồ sơ và thông báo cho tổ chức nếu hồ sơ chưa hợp lệ.\n"

func TestRound119Faults(t *testing.T) {
	asked := false
	for _, d := range Drafts(Source{Title: "Quyết định số 2848/QĐ-UBND", Kind: "Quyết định", Number: "2848/QĐ-UBND", IssuedOn: "2026-11-21", Issuer: "Ủy ban nhân dân tỉnh Bắc Nam", Pages: []string{procedureCells}}) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case a == "244":
			t.Errorf("a house's number asked: %q", s)
		case a == "10":
			t.Errorf("a table cell's duration asked without whose it is: %q", s)
		case a == "05":
			asked = true
			if !strings.Contains(s, "ngày 21/11/2026 của Chủ tịch UBND tỉnh Bắc Nam") {
				t.Errorf("the chairman's decision named as the committee's: %q", s)
			}
		}
	}
	if !asked {
		t.Error("the rule's deadline is not asked")
	}
}

// A customs ruling on one firm's goods is no study text, whatever the
// day (rounds 118 and 119: its product's figures were asked).
func TestCustomsRulingIsNoStudyText(t *testing.T) {
	text := "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\nSố: 37001/TB-CHQ\nHà Nội, ngày 21 tháng 11 năm 2025\nTHÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\n" +
		"Mô tả hàng hóa: đồng hồ thông minh, khối lượng 27g, kích thước màn hình 1,82 inch, chống nước theo chuẩn 5 ATM, gồm cảm biến IMU 9 trục.\n" +
		"Doanh nghiệp phải nộp hồ sơ trong thời hạn không quá 30 ngày kể từ ngày nhận được thông báo.\n"
	for _, src := range []Source{
		{Title: "Thông báo số 37001/TB-CHQ về kết quả xác định trước mã số", Kind: "Thông báo", Pages: []string{text}},
		{Title: "Thông báo số 37001/TB-CHQ", Kind: "Thông báo", Pages: []string{text}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)},
	} {
		if why := Spent(src); why != SpentCase {
			t.Errorf("%q: spent %q", src.Title, why)
		}
		if ds := Drafts(src); len(ds) != 0 {
			t.Errorf("%q: %d drafts, first %q", src.Title, len(ds), ds[0].Question.Stem)
		}
	}
	other := Source{Title: "Thông báo số 12/TB-UBND về kết luận của Chủ tịch", Kind: "Thông báo", Pages: []string{"Chủ tịch kết luận: các sở hoàn thành trước ngày 30 tháng 12 năm 2026.\n"}}
	if why := Spent(other); why != "" {
		t.Errorf("an ordinary notice is spent: %q", why)
	}
}

// A decision that publishes procedures names a time limit by the
// procedure it is of, not by the part every procedure shares; one of no
// procedure named is not asked (round 119: "(mục “Trình tự thực hiện
// TTHC”)", 05 days for one procedure, 03 for the two others). The
// chairman's decision is named his. Made up.
func TestProcedureNamesItsTimeLimit(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nSố: 1805/QĐ-UBND\nBắc Nam, ngày 18 tháng 11 năm 2026\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC KHOA HỌC VÀ CÔNG NGHỆ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nCăn cứ Luật Tổ chức chính quyền địa phương;\n" +
		"Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực khoa học và công nghệ.\n" +
		"DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH\n" +
		"Trình tự thực hiện TTHC\n" +
		"- Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được hồ sơ, Sở Khoa học và Công nghệ kiểm tra tính hợp lệ của hồ sơ.\n" +
		"13\n1.014451\nThủ tục đăng ký thực hiện nhiệm vụ đổi mới sáng tạo.\n" +
		"- Trong thời hạn 10 ngày kể từ ngày kết thúc nhận hồ sơ, cơ quan quản lý nhiệm vụ đổi mới sáng tạo kiểm tra tính đầy đủ, hợp lệ của hồ sơ.\n"
	got := map[string]string{}
	for _, d := range Drafts(Source{Title: "Quyết định số 1805/QĐ-UBND", Kind: "Quyết định", Number: "1805/QĐ-UBND", IssuedOn: "2026-11-18", Issuer: "Ủy ban nhân dân tỉnh Bắc Nam", Pages: []string{text}}) {
		got[answerOf(d.Question)] = d.Question.Stem
	}
	if s, ok := got["05"]; ok {
		t.Errorf("a time limit of no procedure named asked: %q", s)
	}
	if s := got["10"]; !strings.Contains(s, "(mục “Thủ tục đăng ký thực hiện nhiệm vụ đổi mới sáng tạo”)") || !strings.Contains(s, "của Chủ tịch UBND tỉnh Bắc Nam") {
		t.Errorf("not named by its procedure and its chairman: %q (all: %v)", s, got)
	}
}

// One body is the key of one "which body" draft of a document: three
// whose key is Sở Công Thương among the same departments give each other
// away (round 119). Made up.
func TestOneBodyAskedOnce(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nSố: 27/2026/QĐ-UBND\nBắc Nam, ngày 27 tháng 11 năm 2026\nQUY ĐỊNH\nQuản lý an toàn điện trên địa bàn tỉnh Bắc Nam\n" +
		"Điều 4. Trách nhiệm của các cơ quan\n" +
		"1. Sở Công Thương:\n" +
		"a) Tổ chức triển khai các nhiệm vụ quản lý, bảo vệ an toàn công trình điện lực và an toàn điện trên địa bàn tỉnh theo quy định của pháp luật.\n" +
		"b) Giải quyết các khiếu nại, tố cáo và các vấn đề liên quan đến bảo vệ an toàn công trình điện lực trên địa bàn theo thẩm quyền.\n" +
		"c) Tổ chức tuyên truyền, tập huấn phổ biến các quy định của pháp luật về bảo vệ công trình điện lực.\n" +
		"2. Sở Xây dựng:\n" +
		"a) Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ.\n" +
		"b) Cấp phép thi công các công trình điện lực trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ.\n" +
		"3. Sở Giáo dục và Đào tạo:\n" +
		"a) Chỉ đạo các trường học đưa nội dung an toàn điện vào hoạt động ngoại khóa.\n" +
		"4. Sở Tài chính:\n" +
		"a) Bố trí kinh phí thực hiện công tác bảo vệ an toàn công trình điện lực theo phân cấp ngân sách.\n" +
		"5. Công an tỉnh:\n" +
		"a) Phối hợp phát hiện, xử lý các hành vi trộm cắp điện, phá hoại công trình điện lực.\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Quy định quản lý an toàn điện", Kind: "Quy định", Pages: []string{text}}) {
		if strings.Contains(d.Question.Stem, "cơ quan nào") && answerOf(d.Question) == "Sở Công Thương" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Sở Công Thương is the key of %d drafts", n)
	}
}

// A period that is part of a cited act's or a national programme's name
// is not asked; a reference broken at its point's letter goes on in the
// next line (round 119). Made up.
func TestCitedPeriodsAndBrokenReferences(t *testing.T) {
	text := "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC NAM\nSố: 35/2026/NQ-HĐND\nBắc Nam, ngày 18 tháng 11 năm 2026\nNGHỊ QUYẾT\nQUY ĐỊNH TỶ LỆ VỐN ĐỐI ỨNG\n" +
		"Điều 1. Phạm vi áp dụng\n" +
		"|\n65\n|\nÁp dụng trên địa bàn xã, phường\ntheo Nghị quyết số 1314/NQ- UBTVQH15 về việc sắp xếp đơn vị hành chính cấp\nhuyện, cấp xã của tỉnh Bắc Nam giai đoạn 2023-2025: xã Xuân Lộc\n|\n|\n10\n|\nXã Phú Lộc\n" +
		"1. Đối tượng hỗ trợ\n\nTheo điểm b khoản\n1 phần II Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng\nbào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: Từ năm\n2021 đến năm 2025 ban hành kèm theo Quyết định số 920/QĐ-TTg.\n" +
		"Điều 2. Quy mô dự án\n" +
		"b) Dự án nhà ở xã hội độc lập quy định tại điểm a\n" +
		"Khoản này có quy mô dân số từ 4.000 người trở lên thì được bố trí vốn đầu tư hạ tầng xã hội thiết yếu.\n"
	for _, d := range Drafts(Source{Title: "Nghị quyết số 35/2026/NQ-HĐND", Kind: "Nghị quyết", Number: "35/2026/NQ-HĐND", IssuedOn: "2026-11-18", Pages: []string{text}}) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch {
		case a == "2023-2025" || a == "2021 - 2030":
			t.Errorf("a cited name's period asked: %q", s)
		case a == "4.000" && !strings.Contains(s, "Dự án nhà ở xã hội độc lập"):
			t.Errorf("the sentence's subject lost at its line's break: %q", s)
		}
	}
}

// A list's explanation gives its points, not the bodies they stand
// under ("(1) Bộ Nông nghiệp và Môi trường; (2) Nghiên cứu …", round
// 119); a list of bodies gives them all.
func TestExplanationSkipsBodyHeads(t *testing.T) {
	l := dlist{name: "Hoàn thiện thể chế", labels: []string{"Bộ Nông nghiệp và Môi trường", "Nghiên cứu, rà soát, hoàn thiện các chính sách về bảo vệ môi trường", "Bộ Công Thương", "Ban hành chính sách thúc đẩy công nghiệp tái chế"}}
	got := listExplanation("Nghị quyết số 394/NQ-CP", l)
	if want := "“Hoàn thiện thể chế” gồm: (1) Nghiên cứu, rà soát, hoàn thiện các chính sách về bảo vệ môi trường; (2) Ban hành chính sách thúc đẩy công nghiệp tái chế."; !strings.HasSuffix(got, want) {
		t.Errorf("%q", got)
	}
	bodies := dlist{name: "Thành viên", labels: []string{"Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"}}
	if got := listExplanation("Quyết định số 1", bodies); !strings.Contains(got, "(3) Công an tỉnh.") {
		t.Errorf("%q", got)
	}
}

// A task that names its body's field gives the body away: fire and
// rescue are the provincial police's (round 119).
func TestPoliceFieldGivesItAway(t *testing.T) {
	if !namesItsField("Công an tỉnh", "Thực hiện trách nhiệm trong công tác quản lý nhà nước về phòng cháy chữa cháy và cứu nạn cứu hộ theo chức năng") {
		t.Error("fire and rescue not the police's field")
	}
	if namesItsField("Công an tỉnh", "Phối hợp kiểm tra việc chấp hành quy định về an toàn điện tại các công trình") {
		t.Error("a task of no field read as the police's")
	}
}
