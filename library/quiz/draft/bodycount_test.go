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
	title := "Quyết định số 12-QĐ/HMẪU về Ban Chấp hành Trung ương Hội"
	tasks := "Điều 3. Nhiệm vụ\n" + "Trung ương Hội có nhiệm vụ sau:\n" +
		"- Quyết định chương trình công tác toàn khóa và hằng năm của Hội.\n" +
		"- Chỉ đạo, hướng dẫn các cấp Hội thực hiện nghị quyết Đại hội.\n" +
		"- Bầu Đoàn Chủ tịch, Chủ tịch, các Phó Chủ tịch và Ủy ban Kiểm tra.\n" +
		"- Xem xét, quyết định việc bổ sung, thay thế ủy viên Ban Chấp hành.\n"
	intro := "QUYẾT ĐỊNH\nĐiều 1. Vị trí\nBan Chấp hành Trung ương Hội là cơ quan lãnh đạo của Hội giữa hai kỳ Đại hội.\n"
	// a part's heading after the dashes: the list is whole
	got := bodyCounts(title, title+"\n"+intro+tasks+"Điều 4. Chế độ họp\n"+"Trung ương Hội họp thường kỳ mỗi năm một lần.\n")
	found := false
	for stem, answer := range got {
		if strings.HasSuffix(stem, "Trung ương Hội có bao nhiêu nhiệm vụ?") {
			found = answer == "4"
		}
	}
	if !found {
		t.Errorf("the four tasks not counted: %v", got)
	}
	// prose after the dashes may go on with more of them: not counted
	got = bodyCounts(title, title+"\n"+intro+tasks+"Trung ương Hội còn được Đoàn Chủ tịch báo cáo định kỳ và cung cấp thông tin cần thiết.\n")
	for stem := range got {
		if strings.Contains(stem, "bao nhiêu nhiệm vụ") {
			t.Errorf("a list prose may go on counted: %q", stem)
		}
	}
	// a web page's dashes are its layout: not counted
	page := "Ban Chấp hành Trung ương Hội mẫu\nBan Chấp hành Trung ương Hội là cơ quan lãnh đạo của Hội giữa hai kỳ Đại hội.\n" + tasks[len("Điều 3. Nhiệm vụ\n"):] + "Chế độ họp\nTrung ương Hội họp thường kỳ mỗi năm một lần.\n"
	for stem := range bodyCounts("Ban Chấp hành Trung ương Hội mẫu", page) {
		if strings.Contains(stem, "bao nhiêu nhiệm vụ") {
			t.Errorf("a web page's dashes counted: %q", stem)
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
		"1. Liên lạc với các tổ chức anh em ở nước ngoài.\n" +
		"2. Tập hợp và đào tạo cán bộ cho phong trào trong nước.\n" +
		"3. Xuất bản tạp chí lý luận của tổ chức.\n" +
		"Hoạt động sau Đại hội\n" +
		"Sau Đại hội lần thứ I, Ban Chỉ huy có các nhiệm vụ chính sau:\n" +
		"a) Chỉ đạo về đường lối chính trị chung.\n" +
		"b) Thay mặt tổ chức liên lạc với các tổ chức anh em.\n" +
		"c) Chuẩn bị tài liệu huấn luyện cán bộ.\n" +
		"d) Giúp đỡ các tổ chức trong nước khôi phục cơ sở.\n" +
		"Giải thể\n" +
		"Ban Chỉ huy kết thúc hoạt động năm 1936.\n"
	for stem := range bodyCounts(title, page) {
		if strings.Contains(stem, "Ban Chỉ huy có bao nhiêu") {
			t.Errorf("one of two counts asked as the body's: %q", stem)
		}
	}
}

func TestLeadUnit(t *testing.T) {
	for lead, want := range map[string][3]string{
		"[10] - Ban Nội chính Trung ương có nhiệm vụ":                                                             {"Ban Nội chính Trung ương", "có", "nhiệm vụ"},
		"Theo đó, Chủ tịch Hiệp hội có nhiệm vụ, quyền hạn sau đây":                                               {"Chủ tịch Hiệp hội", "có", "nhiệm vụ, quyền hạn"},
		"Theo Điều 2 của Điều lệ Đảng Cộng sản thì Đảng viên có nhiệm vụ":                                         {"Đảng viên", "có", "nhiệm vụ"},
		"Ủy ban về các vấn đề xã hội có chức năng và nhiệm vụ sau":                                                {"Ủy ban về các vấn đề xã hội", "có", "chức năng và nhiệm vụ"},
		"Ủy ban khoa học, công nghệ và môi trường có nhiệm vụ và quyền hạn sau":                                   {"Ủy ban khoa học, công nghệ và môi trường", "có", "nhiệm vụ và quyền hạn"},
		"Mạng truyền số liệu chuyên dùng được thiết lập bảo đảm các nguyên tắc sau đây":                           {"Mạng truyền số liệu chuyên dùng được thiết lập", "bảo đảm", "nguyên tắc"},
		"Căn cứ theo Điều 23 Điều lệ Đảng Cộng sản Việt Nam 2011 quy định Tổ chức cơ sở đảng có nhiệm vụ như sau": {"Tổ chức cơ sở đảng", "có", "nhiệm vụ"},
		"Nhiệm vụ":                                                  {"", "", ""},
		"các cơ quan có nhiệm vụ sau":                               {"", "", ""}, // no body named
		"Cụ thể, các cơ quan có nhiệm vụ sau":                       {"", "", ""},
		"Cơ quan này có các chức năng chính":                        {"", "", ""},
		"Tài chính công đoàn được sử dụng cho các nhiệm vụ sau đây": {"", "", ""},
	} {
		s, v, u, _ := leadUnit(lead)
		if s != want[0] || v != want[1] || u != want[2] {
			t.Errorf("leadUnit(%q) = %q, %q, %q; want %q", lead, s, v, u, want)
		}
	}
}

// A decision's principles under a lead that says they follow, as dashes
// up to the next part's title: counted (Quyết định 33/2025/QĐ-TTg's five
// on a legal site's page gave no draft).
func TestLeadCountPrinciples(t *testing.T) {
	title := "Quyết định mẫu về mạng truyền số liệu"
	page := title + "\n" +
		"Mạng truyền số liệu chuyên dùng được thiết lập và duy trì hoạt động bảo đảm các nguyên tắc sau đây:\n" +
		"- Thống nhất trong tổ chức, quản lý, kết nối.\n" +
		"- Bảo đảm chất lượng, an ninh mạng, an toàn thông tin mạng.\n" +
		"- Kết nối, liên thông, đồng bộ, chia sẻ dữ liệu giữa các cơ quan.\n" +
		"- Được quản lý, giám sát, kiểm soát truy nhập tập trung.\n" +
		"Dịch vụ trên mạng\n" +
		"Các dịch vụ do Bộ Khoa học và Công nghệ quy định.\n"
	got := bodyCounts(title, page)
	if got["Theo Quyết định mẫu về mạng truyền số liệu, Mạng truyền số liệu chuyên dùng được thiết lập và duy trì hoạt động bảo đảm bao nhiêu nguyên tắc?"] != "4" {
		t.Errorf("the four principles not counted: %v", got)
	}
}

// A lead quoting the Party's Statute with its year names it once:
// "Điều lệ Đảng năm 2011", not "Điều lệ Đảng 2011 năm 2011".
func TestQuotedStatuteYearOnce(t *testing.T) {
	if got := quotedAct(dline{text: "Theo Điều 2 Điều lệ Đảng 2011, Đảng viên có nhiệm vụ sau:"}); got != "Điều lệ Đảng năm 2011" {
		t.Errorf("quotedAct = %q", got)
	}
}

// A lead's own article names the count, through its chapter ("Tại Điều 6
// Chương II của Quy định …"), not the article a lead above it quoted.
func TestLeadCountOwnArticle(t *testing.T) {
	title := "Ban Chỉ đạo mẫu"
	page := title + "\n" +
		"Ban Chỉ đạo mẫu là cơ quan tham mưu của Bộ Chính trị.\n" +
		"Tại Điều 5 Chương II của Quy định số 191-QĐ/TW quy định Ban Chỉ đạo có nhiệm vụ:\n" +
		"1. Nghiên cứu, đề xuất chủ trương về công tác phòng, chống tham nhũng.\n" +
		"2. Chỉ đạo, điều phối, đôn đốc các cơ quan trong công tác phòng, chống tham nhũng.\n" +
		"3. Kiểm tra, giám sát việc thực hiện công tác phòng, chống tham nhũng.\n" +
		"Tại Điều 6 Chương II của Quy định số 191-QĐ/TW quy định Ban Chỉ đạo có quyền hạn:\n" +
		"1. Yêu cầu cơ quan, tổ chức báo cáo tình hình công tác phòng, chống tham nhũng.\n" +
		"2. Thành lập các đoàn kiểm tra, giám sát.\n" +
		"3. Đề xuất xem xét trách nhiệm của người đứng đầu.\n" +
		"4. Quyết định chương trình công tác hằng năm.\n"
	got := bodyCounts(title, page)
	// (the tasks are asked by their list, the powers giving odd ones out)
	if got["Theo Điều 6 Quy định số 191-QĐ/TW, Ban Chỉ đạo có bao nhiêu quyền hạn?"] != "4" {
		t.Errorf("counts not named by their leads' articles: %v", got)
	}
}

// A parenthesis after a blank that tells the answer again is cut from the
// stem (round 91: "trên …… (quá nửa)" could only be 50%).
func TestDropAside(t *testing.T) {
	for _, c := range [][3]string{
		{"điền vào chỗ trống: “đạt trên …… (quá nửa) so với tổng quân số”", "50%", "điền vào chỗ trống: “đạt trên …… so với tổng quân số”"},
		{"điền vào chỗ trống: “kiểm điểm ở …… nơi (ở chi bộ nơi sinh hoạt và tập thể lãnh đạo, quản lý nơi làm việc)”", "2", "điền vào chỗ trống: “kiểm điểm ở …… nơi”"},
		{"điền vào chỗ trống: “tỷ lệ đạt …… (năm 2020)”", "95%", "điền vào chỗ trống: “tỷ lệ đạt …… (năm 2020)”"},
		{"điền vào chỗ trống: “gồm …… thành viên (Chủ tịch và các ủy viên)”", "7", "điền vào chỗ trống: “gồm …… thành viên (Chủ tịch và các ủy viên)”"},
	} {
		if got := dropAside(c[0], c[1]); got != c[2] {
			t.Errorf("dropAside(%q, %q) = %q", c[0], c[1], got)
		}
	}
}

func TestDropAsideInDrafts(t *testing.T) {
	title := "Hướng dẫn mẫu tổ chức đại hội quân nhân"
	page := title + "\n" +
		"Triệu tập, tổ chức đại hội quân nhân\n" +
		"Đại hội quân nhân phải có ít nhất hai phần ba tổng quân số của cơ quan, đơn vị tham gia.\n" +
		"Người nào có số phiếu tín nhiệm hợp lệ đạt trên 50% (quá nửa) so với tổng quân số được triệu tập thì trúng cử.\n"
	seen := false
	for stem, answer := range roundDrafts(title, page) {
		if answer == "50%" {
			seen = true
			if strings.Contains(stem, "quá nửa") {
				t.Errorf("the answer told again by the stem: %q", stem)
			}
		}
	}
	if !seen {
		t.Error("the share not asked")
	}
}

// A reckoning's line ("= 1.122 người") is no sentence to blank.
func TestNoReckoningBlank(t *testing.T) {
	title := "Nghị quyết mẫu về số lượng cán bộ"
	page := title + "\n" +
		"Đối với tiêu chí dân số, số lượng được tính như sau:\n" +
		"Số dân của xã chia cho định mức dân số và nhân với hệ số điều chỉnh của vùng miền núi.\n" +
		"= 1.122 người (làm tròn)\n"
	for stem := range roundDrafts(title, page) {
		if strings.Contains(stem, "“=") {
			t.Errorf("a reckoning's line asked: %q", stem)
		}
	}
}

// A plan's parts lettered A., B., C. … name the figures under them (round
// 91: "E. Đại biểu khách mời" was no part, and "C. Bầu trực tiếp …" read
// as a Roman numeral named the guests' share).
func TestLetteredParts(t *testing.T) {
	title := "Kế hoạch mẫu tổ chức đại hội công đoàn các cấp"
	page := title + "\n" +
		"Kế hoạch này hướng dẫn việc tổ chức đại hội công đoàn các cấp nhiệm kỳ 2028 - 2033 trong toàn hệ thống.\n" +
		"A. Thành lập các tiểu ban chuẩn bị đại hội\n" +
		"Ban chấp hành thành lập các tiểu ban giúp việc chuẩn bị nội dung đại hội.\n" +
		"B. Số lượng ủy viên ban chấp hành\n" +
		"Số lượng ủy viên ban chấp hành công đoàn cơ sở không quá 15 người.\n" +
		"C. Bầu trực tiếp chủ tịch công đoàn tại đại hội công đoàn cấp cơ sở\n" +
		"Thực hiện theo hướng dẫn của Đoàn Chủ tịch Tổng Liên đoàn.\n" +
		"D. Công tác đại biểu dự đại hội công đoàn cấp trên\n" +
		"Đại biểu chính thức được bầu tại đại hội công đoàn cấp dưới.\n" +
		"E. Đại biểu khách mời\n" +
		"Số lượng đại biểu khách mời dự đại hội công đoàn cấp tỉnh không quá 30% so với tổng số đại biểu chính thức.\n"
	seen := false
	for stem, answer := range roundDrafts(title, page) {
		if answer == "30%" {
			seen = true
			if !strings.Contains(stem, "Đại biểu khách mời") {
				t.Errorf("the guests' share not named by its part: %q", stem)
			}
		}
	}
	if !seen {
		t.Error("the guests' share not asked")
	}
}

// A lead quoting the trade unions' Statute names it (round 91: its
// congress's tasks were asked as a page's truncated headline's).
func TestQuotedUnionStatute(t *testing.T) {
	lead := "Căn cứ tại khoản 1 Điều 10 Điều lệ Công đoàn Việt Nam (khóa XIII) được ban hành kèm theo Quyết định 2399/QĐ-TLĐ năm 2024 thì:"
	if got := quotedAct(dline{text: lead}); got != "Điều lệ Công đoàn Việt Nam" {
		t.Errorf("quotedAct = %q", got)
	}
}

// A legal site's page that retells an act ("Quyết định 33/2025/QĐ-TTg quy
// định nguyên tắc … như sau:") gives the act's points: its principles,
// as dashes up to the next such lead, are counted as the act's (round
// 91's judge named the five missed).
func TestLeadCountActRetold(t *testing.T) {
	title := "Toàn văn Quyết định mẫu về mạng truyền số liệu chi tiết ra sao?"
	page := title + "\n" +
		"Ngày 15/9/2025, Thủ tướng Chính phủ ban hành Quyết định 33/2025/QĐ-TTg về mạng truyền số liệu chuyên dùng phục vụ các cơ quan.\n" +
		"Quyết định 33/2025/QĐ-TTg quy định nguyên tắc hoạt động của Mạng truyền số liệu chuyên dùng như sau:\n" +
		"Mạng truyền số liệu chuyên dùng được thiết lập và duy trì hoạt động bảo đảm các nguyên tắc sau đây:\n" +
		"- Thống nhất trong tổ chức, quản lý, kết nối.\n" +
		"- Bảo đảm chất lượng, an ninh mạng, an toàn thông tin mạng.\n" +
		"- Kết nối, liên thông, đồng bộ, chia sẻ dữ liệu giữa các cơ quan.\n" +
		"- Được quản lý, giám sát, kiểm soát truy nhập tập trung.\n" +
		"Quyết định 33/2025/QĐ-TTg quy định dịch vụ trên Mạng truyền số liệu chuyên dùng như sau:\n" +
		"Dịch vụ do Bộ Khoa học và Công nghệ quy định cụ thể.\n"
	got := bodyCounts(title, page)
	if got["Theo Quyết định 33/2025/QĐ-TTg, Mạng truyền số liệu chuyên dùng được thiết lập và duy trì hoạt động bảo đảm bao nhiêu nguyên tắc?"] != "4" {
		t.Errorf("the act's four principles not counted as the act's: %v", got)
	}
}

// A numbered point's own dashes do not end the run: Nghị quyết 68-NQ/TW's
// eight tasks, the second with its dashes, are eight (two were counted),
// and a page's "Căn cứ Mục III … thì có 8 nhiệm vụ, giải pháp bao gồm:"
// is asked by the act's part, not quoted as its words.
func TestStatedCountOverSubPoints(t *testing.T) {
	title := "Nghị quyết mẫu về kinh tế tư nhân có những nhiệm vụ gì?"
	page := title + "\n" +
		"Nghị quyết mẫu xác định kinh tế tư nhân là một động lực quan trọng của nền kinh tế quốc gia.\n" +
		"Căn cứ Mục III Nghị quyết 68-NQ/TW năm 2025 thì có 4 nhiệm vụ, giải pháp bao gồm:\n" +
		"(1) Đổi mới tư duy, thống nhất cao về nhận thức và hành động\n" +
		"(2) Đẩy mạnh cải cách, hoàn thiện, nâng cao chất lượng thể chế, chính sách\n" +
		"- Hoàn thiện pháp luật về quyền sở hữu tài sản.\n" +
		"- Bảo đảm quyền tự do kinh doanh.\n" +
		"(3) Tạo thuận lợi cho kinh tế tư nhân tiếp cận các nguồn lực\n" +
		"(4) Thúc đẩy kinh tế tư nhân đổi mới sáng tạo, chuyển đổi số\n"
	got := bodyCounts(title, page)
	if got["Theo Nghị quyết số 68-NQ/TW năm 2025 (Mục III), có bao nhiêu nhiệm vụ, giải pháp?"] != "4" {
		t.Errorf("the four tasks not counted by the act's part: %v", got)
	}
}

// A page's lead quoting an act's part over its points is counted by that
// part: "Tại Mục I Nghị quyết 68-NQ/TW năm 2025 có nêu quan điểm chỉ đạo
// như sau:" over five viewpoints.
func TestLeadCountActPart(t *testing.T) {
	title := "Nghị quyết mẫu về kinh tế tư nhân có những quan điểm gì?"
	page := title + "\n" +
		"Nghị quyết mẫu xác định kinh tế tư nhân là một động lực quan trọng của nền kinh tế quốc gia.\n" +
		"Tại Mục I Nghị quyết 68-NQ/TW năm 2025 có nêu quan điểm chỉ đạo như sau:\n" +
		"(1) Kinh tế tư nhân là một động lực quan trọng nhất của nền kinh tế quốc gia.\n" +
		"(2) Phát triển kinh tế tư nhân nhanh, bền vững, hiệu quả là nhiệm vụ trọng tâm.\n" +
		"(3) Tạo lập môi trường kinh doanh thông thoáng, minh bạch, ổn định.\n" +
		"Kinh tế tư nhân đã có nhiều đóng góp cho tăng trưởng kinh tế.\n"
	got := bodyCounts(title, page)
	if got["Theo Nghị quyết số 68-NQ/TW năm 2025 (Mục I), có bao nhiêu quan điểm chỉ đạo?"] != "3" {
		t.Errorf("the three viewpoints not counted by the act's part: %v", got)
	}
}

// An article a lead refers to ("Ngoài nhiệm vụ … theo quy định tại Điều 7
// Quy định này, …") is not where the points under it stand.
func TestLeadCountReferredArticle(t *testing.T) {
	title := "Quy định số 191-QĐ/TW mẫu"
	page := title + "\n" +
		"Ban Chỉ đạo mẫu là cơ quan tham mưu của Bộ Chính trị.\n" +
		"Ngoài nhiệm vụ và quyền hạn của Ủy viên Ban Chỉ đạo theo quy định tại Điều 7 Quy định này, Phó Trưởng Ban Chỉ đạo còn có nhiệm vụ và quyền hạn sau:\n" +
		"a) Giúp Trưởng ban điều phối hoạt động của các thành viên.\n" +
		"b) Thay mặt Trưởng ban chủ trì một số phiên họp của Ban Chỉ đạo.\n" +
		"c) Giúp Trưởng ban đôn đốc, kiểm tra việc xử lý một số vụ việc.\n" +
		"Chế độ làm việc\n" +
		"Ban Chỉ đạo làm việc theo chế độ tập thể.\n"
	for stem := range bodyCounts(title, page) {
		if strings.Contains(stem, "Điều 7") {
			t.Errorf("counted as the article it refers to: %q", stem)
		}
	}
}

// A legal site's lead that cites an act's article over the article's
// points, up to the site's next question, counts them by that article
// (round 94's judge named a circular's tasks and powers missed).
func TestLeadCountCitedArticle(t *testing.T) {
	title := "Nhiệm vụ của cán bộ tuần tra mẫu là gì?"
	page := title + "\n" +
		"Theo căn cứ tại Điều 5 Thông tư 76/2025/TT-BCA đã quy định về nhiệm vụ của cán bộ tuần tra, kiểm soát trên đường thủy, cụ thể như sau:\n" +
		"- Thực hiện mệnh lệnh, kế hoạch tuần tra, kiểm soát đã được cấp có thẩm quyền phê duyệt.\n" +
		"- Bảo đảm trật tự, an toàn giao thông, trật tự xã hội trên đường thủy.\n" +
		"- Hướng dẫn người tham gia giao thông chấp hành nghiêm pháp luật.\n" +
		"- Thực hiện các nhiệm vụ khác của lực lượng Công an nhân dân khi có yêu cầu.\n" +
		"Cán bộ tuần tra, kiểm soát trên đường thủy có những quyền gì?\n" +
		"Cán bộ được dừng phương tiện để kiểm tra theo quy định của pháp luật.\n"
	got := bodyCounts(title, page)
	if got["Theo Điều 5 Thông tư 76/2025/TT-BCA, có bao nhiêu nhiệm vụ của cán bộ tuần tra, kiểm soát trên đường thủy?"] != "4" {
		t.Errorf("the article's four tasks not counted: %v", got)
	}
}
