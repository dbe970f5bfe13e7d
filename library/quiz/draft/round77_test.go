package draft

import (
	"strings"
	"testing"
)

// Round 76's judges named a law's principles missed on two pages: the
// lead says what keeps them ("Cử tri cần tuân thủ nguyên tắc dưới đây
// khi bỏ phiếu", "Việc thực hiện … phải bảo đảm các nguyên tắc sau
// đây"), not "nguyên tắc X như sau". The eight voting principles have a
// paragraph after the fourth, and the web page's "(5) Khi …" was broken
// into "(5)" and its words; a lettered list counts "đ)" after "d)". The
// pages are made up, in the shape of a legal site's answers.
func TestRound77PrinciplesALeadKeeps(t *testing.T) {
	title := "Cử tri cần tuân thủ những nguyên tắc nào khi bỏ phiếu bầu cử năm 2031?"
	page := title + "\n" +
		"Căn cứ theo Điều 69 Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015 quy định Cử tri cần tuân thủ nguyên tắc dưới đây khi bỏ phiếu:\n" +
		"(1) Mỗi cử tri có quyền bỏ một phiếu bầu đại biểu Quốc hội.\n" +
		"(2) Cử tri phải tự mình đi bầu cử, không được nhờ người khác bầu cử thay.\n" +
		"(3) Cử tri không thể tự viết được phiếu bầu thì nhờ người khác viết hộ.\n" +
		"(4) Trong trường hợp cử tri ốm đau, già yếu thì Tổ bầu cử mang hòm phiếu phụ đến chỗ ở của cử tri.\n" +
		"Đối với cử tri là người đang bị tạm giam thì Tổ bầu cử mang hòm phiếu phụ đến trại tạm giam.\n" +
		"(5) Khi cử tri viết phiếu bầu, không ai được xem, kể cả thành viên Tổ bầu cử.\n" +
		"(6) Nếu viết hỏng, cử tri có quyền đổi phiếu bầu khác.\n" +
		"(7) Khi cử tri bỏ phiếu xong, Tổ bầu cử đóng dấu “Đã bỏ phiếu” vào thẻ cử tri.\n" +
		"(8) Mọi người phải tuân theo nội quy phòng bỏ phiếu.\n" +
		"Chính sách hỗ trợ về nhà ở xã hội phải bảo đảm nguyên tắc nào?\n" +
		"Theo Điều 79 Luật Nhà ở 2023 quy định như sau:\n" +
		"1. Việc thực hiện chính sách hỗ trợ về nhà ở xã hội phải bảo đảm các nguyên tắc sau đây:\n" +
		"a) Nhà nước có chính sách phát triển nhà ở, tạo điều kiện để mọi người có chỗ ở;\n" +
		"b) Có sự kết hợp giữa Nhà nước, doanh nghiệp, cộng đồng dân cư và đối tượng được hỗ trợ;\n" +
		"c) Bảo đảm công khai, minh bạch, có sự kiểm tra, giám sát chặt chẽ;\n" +
		"d) Bảo đảm đúng đối tượng, đủ điều kiện theo quy định của Luật này;\n" +
		"đ) Một đối tượng được hưởng nhiều chính sách hỗ trợ thì được hưởng một chính sách mức cao nhất;\n" +
		"e) Hộ gia đình có nhiều đối tượng được hỗ trợ thì chỉ áp dụng một chính sách cho cả hộ.\n" +
		"2. Ủy ban nhân dân cấp tỉnh chịu trách nhiệm tổ chức thực hiện chính sách hỗ trợ về nhà ở xã hội.\n"
	counts := map[string]string{}
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if s := d.Question.Stem; strings.Contains(s, "có bao nhiêu nguyên tắc") {
			counts[s] = answerOf(d.Question)
		}
	}
	want := map[string]string{
		"Theo Điều 69 Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015, có bao nhiêu nguyên tắc cử tri cần tuân thủ khi bỏ phiếu?": "8",
		"Theo Điều 79 Luật Nhà ở năm 2023, có bao nhiêu nguyên tắc thực hiện chính sách hỗ trợ về nhà ở xã hội?":                                       "6",
	}
	for s, n := range want {
		if counts[s] != n {
			t.Errorf("%q: key %q, want %q (counts asked: %q)", s, counts[s], n, counts)
		}
	}
}

// A lead's principles are named from its clause, or not at all.
func TestPrinciplesName(t *testing.T) {
	for lead, want := range map[string]string{
		"1. Việc thực hiện chính sách hỗ trợ về nhà ở xã hội phải bảo đảm các nguyên tắc sau đây:":                                     "Nguyên tắc thực hiện chính sách hỗ trợ về nhà ở xã hội",
		"Như vậy, theo quy định, việc thực hiện giám định sở hữu trí tuệ phải tuân thủ các nguyên tắc sau đây:":                        "Nguyên tắc thực hiện giám định sở hữu trí tuệ",
		"Căn cứ theo Điều 69 Luật Bầu cử 2015 quy định Cử tri cần tuân thủ nguyên tắc dưới đây khi bỏ phiếu:":                          "Nguyên tắc cử tri cần tuân thủ khi bỏ phiếu",
		"Căn cứ vào khoản 1 Điều 79 Luật Nhà ở 2023 quy định về nguyên tắc thì việc định giá đất phải bảo đảm các nguyên tắc sau đây:": "Nguyên tắc định giá đất",
		"Căn cứ Điều 79 Luật Nhà ở 2023 quy định về nguyên tắc thực hiện chính sách hỗ trợ như sau:":                                   "",
		"Chủ thể dữ liệu cá nhân khi thực hiện quyền và nghĩa vụ của mình phải tuân thủ đầy đủ các nguyên tắc sau đây:":                "",
		"Cơ sở dữ liệu quốc gia đáp ứng các yêu cầu sau đây:":                                                                          "",
		"Căn cứ, theo:": "",
	} {
		if got := principlesName(lead); got != want {
			t.Errorf("principlesName(%q) = %q, want %q", lead, got, want)
		}
	}
}

// An encyclopedia page's "Nhiệm vụ và quyền hạn" of a body, with no other
// list for odd ones out, is counted (round 76's judge named the eight of a
// National Assembly committee missed); a legal site's answer to a question
// ("… thuộc Thuế cơ sở nào?") does not say whose tasks they are, and is
// not. The pages are made up.
func TestRound77BodyDutiesCounted(t *testing.T) {
	body := "Ủy ban Văn hóa và Giáo dục của Quốc hội (Việt Nam)"
	page := body + "\n" +
		"Ủy ban Văn hóa và Giáo dục là cơ quan của Quốc hội, chịu trách nhiệm trước Quốc hội.\n" +
		"Nhiệm vụ và quyền hạn\n" +
		"1. Thẩm tra dự án luật, pháp lệnh thuộc lĩnh vực văn hóa, giáo dục.\n" +
		"2. Giám sát việc thi hành luật thuộc lĩnh vực văn hóa, giáo dục.\n" +
		"3. Kiến nghị các vấn đề về chính sách văn hóa, giáo dục.\n" +
		"4. Trình dự án luật thuộc lĩnh vực văn hóa, giáo dục trước Quốc hội.\n"
	asked := ""
	for _, d := range Drafts(Source{Title: body, Pages: []string{page}}) {
		if strings.Contains(d.Question.Stem, "bao nhiêu nhiệm vụ") {
			asked = d.Question.Stem + " | " + answerOf(d.Question)
		}
	}
	if want := "Theo bài “" + body + "”, mục “Nhiệm vụ và quyền hạn” nêu bao nhiêu nhiệm vụ và quyền hạn? | 4"; asked != want {
		t.Errorf("asked %q, want %q", asked, want)
	}
	title := "Phường An Khánh nay thuộc địa bàn quản lý của Thuế cơ sở nào?"
	page = title + "\n" +
		"Căn cứ Điều 2 Quy định ban hành kèm theo Quyết định 1377/QĐ-CT năm 2025 quy định về nhiệm vụ quyền hạn của Thuế cơ sở như sau:\n" +
		"Nhiệm vụ, quyền hạn\n" +
		"1. Tổ chức thực hiện nhiệm vụ quản lý thuế đối với người nộp thuế.\n" +
		"2. Tổ chức thực hiện dự toán thu ngân sách nhà nước được giao.\n" +
		"3. Tổ chức thực hiện công tác tuyên truyền, hỗ trợ người nộp thuế.\n"
	// (since round 103 the act it quotes is the source, and its lead says
	// whose the tasks are: asked so, never with no one named)
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if s := d.Question.Stem; strings.Contains(s, "bao nhiêu nhiệm vụ") && s != "Theo Điều 2 Quy định ban hành kèm theo Quyết định 1377/QĐ-CT năm 2025, có bao nhiêu nhiệm vụ, quyền hạn của Thuế cơ sở?" {
			t.Errorf("tasks counted with no one named: %q", s)
		}
	}
	page = strings.Replace(page, "quyền hạn của Thuế cơ sở", "quyền hạn", 1)
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if strings.Contains(d.Question.Stem, "bao nhiêu nhiệm vụ") {
			t.Errorf("tasks counted with no one named: %q", d.Question.Stem)
		}
	}
}

// Every option of a figure groups its thousands as the answer does:
// "10.251" among "10250" and "1730" stood out by its dot (round 77). The
// page is made up.
func TestRound77ThousandsGroupedAlike(t *testing.T) {
	title := "Tờ trình tuyển dụng công chức ngành Hải quan năm 2031"
	page := title + "\n" +
		"- Biên chế công chức đã giao cho Cục Hải quan năm 2030: 10.251 chỉ tiêu.\n" +
		"- Biên chế còn trống đến nay: 1.730 chỉ tiêu.\n" +
		"Tổng biên chế sử dụng cho thi tuyển theo Kế hoạch này là 678 chỉ tiêu.\n"
	n := 0
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		key := answerOf(d.Question)
		if key != "10.251" && key != "1.730" {
			continue
		}
		n++
		for _, o := range d.Question.Options {
			if v, ok := integerText(o.Text); ok && v >= 1000 && !groupedRE.MatchString(o.Text) {
				t.Errorf("%q among options grouped otherwise: %q", o.Text, key)
			}
		}
	}
	if n == 0 {
		t.Fatal("no figure asked")
	}
}

// Round 77's judge dropped eight of eleven drafts on two pages. A page
// on a resolution quoted the allowances "hiện hành theo Thông tư liên
// tịch …" under its own question, and six rates were asked as the
// resolution's, each the same "Mức phụ cấp …… áp dụng đối với nhà giáo
// …" with its options shifted; a guide gave "chịu trách nhiệm tự đánh
// giá, xếp loại chất lượng đảng bộ mình" to three levels, and "which
// body" had two right answers. The pages are made up.
func TestRound77OtherPaperAndSharedTask(t *testing.T) {
	title := "Nghị quyết 88 năm 2031: Bộ Chính trị yêu cầu nâng phụ cấp cho nhân viên thư viện"
	page := title + "\n" +
		"Tại Mục III Nghị quyết 88-NQ/TW về phát triển văn hóa đọc, đối với nhiệm vụ bảo đảm nguồn lực có nêu:\n" +
		"Nâng phụ cấp ưu đãi nghề đối với nhân viên thư viện công lập lên tối thiểu 60% cho người trực tiếp phục vụ bạn đọc.\n" +
		"Mức phụ cấp ưu đãi nghề nhân viên thư viện hiện hành theo Thông tư liên tịch 07/2009 ra sao?\n" +
		"Tại Khoản 1 Mục II Thông tư liên tịch 07/2009/TTLT-BVHTTDL-BNV-BTC đã quy định về mức phụ cấp như sau:\n" +
		"- Mức phụ cấp 15% áp dụng đối với nhân viên thư viện đang trực tiếp phục vụ bạn đọc tại thư viện cấp tỉnh.\n" +
		"- Mức phụ cấp 20% áp dụng đối với nhân viên thư viện đang trực tiếp phục vụ bạn đọc tại thư viện cấp xã.\n" +
		"- Mức phụ cấp 25% áp dụng đối với nhân viên thư viện đang trực tiếp phục vụ bạn đọc ở vùng sâu, vùng xa.\n"
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if k := answerOf(d.Question); k == "15%" || k == "20%" || k == "25%" {
			t.Errorf("the circular's rate %s asked: %q", k, d.Question.Stem)
		}
	}
	title = "Hướng dẫn số 61-HD/BTCTW về kiểm điểm, đánh giá, xếp loại chất lượng năm 2031"
	page = title + "\n" +
		"1. Trách nhiệm đánh giá tổ chức đảng\n" +
		"- Đảng uỷ bộ phận chịu trách nhiệm tự đánh giá, xếp loại chất lượng đảng bộ mình theo hướng dẫn này.\n" +
		"- Đảng uỷ cơ sở chịu trách nhiệm tự đánh giá, xếp loại chất lượng của đảng bộ mình theo hướng dẫn này.\n" +
		"- Ban thường vụ cấp ủy cấp tỉnh chịu trách nhiệm tự đánh giá, xếp loại chất lượng của đảng bộ mình theo hướng dẫn này.\n" +
		"- Ban Tổ chức Trung ương chủ trì tổng hợp kết quả đánh giá, xếp loại đảng bộ cấp tỉnh báo cáo Bộ Chính trị.\n" +
		"- Văn phòng Trung ương Đảng chủ trì tổng hợp kết quả đánh giá, xếp loại các cơ quan tham mưu, giúp việc.\n" +
		"- Ủy ban Kiểm tra Trung ương chủ trì kiểm tra việc đánh giá, xếp loại tại các đảng bộ trực thuộc Trung ương.\n"
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if strings.Contains(d.Question.Stem, "tự đánh giá, xếp loại chất lượng") {
			t.Errorf("a task of three levels asked as one's: %q", d.Question.Stem)
		}
	}
}

// A table's rows in prose, the same words around each figure, are asked
// twice at most: the rest read as the same question again (round 77).
func TestRound77FrameRunAskedTwice(t *testing.T) {
	title := "Nghị quyết số 12/2031/NQ-HĐND quy định mức hỗ trợ cán bộ thư viện"
	page := title + "\n" +
		"Điều 2. Mức hỗ trợ\n" +
		"1. Mức hỗ trợ 15% áp dụng đối với nhân viên thư viện đang trực tiếp phục vụ bạn đọc tại thư viện cấp tỉnh.\n" +
		"2. Mức hỗ trợ 20% áp dụng đối với nhân viên thư viện đang trực tiếp phục vụ bạn đọc tại thư viện cấp xã.\n" +
		"3. Mức hỗ trợ 25% áp dụng đối với nhân viên thư viện đang trực tiếp phục vụ bạn đọc ở vùng sâu, vùng xa.\n" +
		"4. Mức hỗ trợ 35% áp dụng đối với nhân viên thư viện đang trực tiếp phục vụ bạn đọc ở hải đảo.\n"
	n := 0
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if strings.Contains(d.Question.Stem, "Mức hỗ trợ ……") {
			n++
		}
	}
	if n == 0 || n > 2 {
		t.Errorf("%d rows of one frame asked, want 1 or 2", n)
	}
}

// An encyclopedia page on a congress opens with its dates and counts:
// they are the lesson, not a day's news (round 77's judge named them
// missed on four pages), and no infobox row names their part. Its roll
// of the Secretariat is no tasks. The page is made up.
func TestRound77CongressPageLead(t *testing.T) {
	title := "Đại hội Đảng Cộng sản Việt Nam lần thứ XVI"
	page := title + "\n" +
		"| Đại hội | |\n" +
		"| Chính đảng | Đại biểu qua bầu cử, trong đó: |\n" +
		"Đại hội Đại biểu toàn quốc lần thứ XVI của Đảng Cộng sản Việt Nam diễn ra từ ngày 19 đến ngày 25 tháng 1 năm 2031 tại Hà Nội. Tham dự đại hội có tất cả 1.610 đại biểu chính thức và 12 đại biểu dự khuyết, thay mặt cho hơn 5,6 triệu đảng viên.\n" +
		"Ban Bí thư\n" +
		"Ban Bí thư khóa XVI gồm:\n" +
		"- Trần Văn An\n" +
		"- Lê Thị Bình\n" +
		"- Nguyễn Hữu Cường\n" +
		"- Phạm Quang Dũng\n" +
		"Nhiệm vụ của Đại hội\n" +
		"Đại hội đã thảo luận các văn kiện và bầu Ban Chấp hành Trung ương khóa mới.\n" +
		"Tham khảo\n" +
		"^ Báo Nhân Dân, ngày 26 tháng 1 năm 2031.\n"
	asked := false
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s := d.Question.Stem
		if answerOf(d.Question) == "1.610" {
			asked = true
			if strings.Contains(s, "mục “") {
				t.Errorf("the lead named by an infobox row: %q", s)
			}
		}
		for _, o := range d.Question.Options {
			if personName(o.Text) {
				t.Errorf("a roll's name offered: %q", s)
			}
		}
	}
	if !asked {
		t.Error("the congress's delegates not asked")
	}
}

// The limitation periods of Party discipline are rules, not a stretch of
// time told (round 77's judge named them missed); their months in
// brackets say the years again and are left out of the blank, and the
// lead's "như sau" out of the part's name. The page is made up.
func TestRound77LimitationPeriods(t *testing.T) {
	title := "Kế hoạch số 301-KH/UBKTTW triển khai phần mềm thi hành kỷ luật Đảng"
	page := title + "\n" +
		"Ngày 15/9/2031, Ủy ban Kiểm tra Trung ương ban hành Kế hoạch 301-KH/UBKTTW về triển khai các phần mềm cơ sở dữ liệu thi hành kỷ luật Đảng trong toàn Đảng.\n" +
		"Thời hiệu kỷ luật đảng viên vi phạm là bao lâu?\n" +
		"Thời hiệu kỷ luật đảng viên được quy định tại điểm b khoản 2 Điều 4 Quy định 69-QĐ/TW năm 2022, cụ thể như sau:\n" +
		"b) Thời hiệu kỷ luật đảng viên vi phạm như sau:\n" +
		"- 5 năm (60 tháng) đối với vi phạm đến mức phải áp dụng hình thức khiển trách.\n" +
		"- 10 năm (120 tháng) đối với vi phạm đến mức phải áp dụng hình thức cảnh cáo hoặc cách chức.\n"
	n := 0
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		s, k := d.Question.Stem, answerOf(d.Question)
		if k != "5" && k != "10" {
			continue
		}
		n++
		if strings.Contains(s, "tháng)") || strings.Contains(s, "như sau") {
			t.Errorf("the blank's months or the lead's tail kept: %q", s)
		}
	}
	if n == 0 {
		t.Error("no limitation period asked")
	}
}

// Round 78's judge named the eight tasks a page quotes from Mục III of
// Nghị quyết 71-NQ/TW missed: "Theo Mục III … đã nêu ra các nhiệm vụ về
// … như sau:" over numbered tasks, nothing else on the page of their kind
// to take odd ones out from. They are counted. The page is made up.
func TestRound78ActTasksCounted(t *testing.T) {
	title := "Nghị quyết 93 năm 2031: Bộ Chính trị yêu cầu phát triển văn hóa đọc"
	page := title + "\n" +
		"Ngày 2/3/2031, Bộ Chính trị ban hành Nghị quyết 93-NQ/TW về phát triển văn hóa đọc trong giai đoạn mới.\n" +
		"Theo Mục III Nghị quyết 93-NQ/TW năm 2031 đã nêu ra các nhiệm vụ về phát triển văn hóa đọc như sau:\n" +
		"1. Nâng cao nhận thức của cả hệ thống chính trị về vai trò của văn hóa đọc;\n" +
		"2. Hoàn thiện thể chế, chính sách phát triển thư viện và xuất bản;\n" +
		"3. Đầu tư hạ tầng thư viện số, kết nối thư viện cả nước;\n" +
		"4. Phát triển đội ngũ người làm công tác thư viện, xuất bản;\n" +
		"5. Đẩy mạnh xã hội hóa, hợp tác quốc tế về phát triển văn hóa đọc.\n"
	want := "Theo Nghị quyết số 93-NQ/TW năm 2031, có bao nhiêu nhiệm vụ về phát triển văn hóa đọc? | 5"
	got := ""
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		if strings.Contains(d.Question.Stem, "bao nhiêu nhiệm vụ") {
			got = d.Question.Stem + " | " + answerOf(d.Question)
		}
	}
	if got != want {
		t.Errorf("asked %q, want %q", got, want)
	}
}

// A body's page whose tasks stand under a bare "Nhiệm vụ" heading is
// counted as its "Nhiệm vụ và quyền hạn" are. The page is made up.
func TestBodyPageBareTasksCounted(t *testing.T) {
	body := "Ban Văn hóa đọc Trung ương"
	page := body + "\n" +
		"I. Chức năng\n" +
		"Ban Văn hóa đọc Trung ương là cơ quan tham mưu, giúp việc của Ban Chấp hành Trung ương về phát triển văn hóa đọc.\n" +
		"II. Nhiệm vụ\n" +
		"1. Nghiên cứu, tham mưu, đề xuất chủ trương phát triển văn hóa đọc.\n" +
		"2. Thẩm định các đề án về thư viện, xuất bản.\n" +
		"3. Hướng dẫn, kiểm tra, giám sát việc thực hiện chủ trương phát triển văn hóa đọc.\n" +
		"4. Thực hiện một số nhiệm vụ khác do Bộ Chính trị, Ban Bí thư giao.\n"
	got := ""
	for _, d := range Drafts(Source{Title: body, Pages: []string{page}}) {
		if strings.Contains(d.Question.Stem, "bao nhiêu nhiệm vụ") {
			got = answerOf(d.Question)
		}
	}
	if got != "4" {
		t.Errorf("the body's four tasks counted as %q", got)
	}
}
