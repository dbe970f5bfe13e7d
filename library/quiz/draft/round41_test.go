package draft

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// inventoryPlan is a made-up provincial plan whose tasks each carry their
// time limit on a line of their own, as round 41's inventory plan did.
const inventoryPlan = "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 321/KH-UBND\nKẾ HOẠCH\nTổng kiểm kê tài sản công trên địa bàn tỉnh\n" +
	"I. MỤC ĐÍCH, YÊU CẦU\nXác định số lượng, giá trị tài sản công tại các cơ quan, tổ chức, đơn vị trên địa bàn tỉnh theo hướng dẫn của Bộ Tài chính.\n" +
	"II. ĐÁNH GIÁ CHUNG\nTại phiên họp thứ nhất ngày 10 tháng 9 năm 2025, Ban Chỉ đạo tỉnh đã giao 30 nhiệm vụ cho các sở, ngành và địa phương. Thời gian qua, các sở, ngành đã tích cực triển khai, đã hoàn thành 08 nhiệm vụ đúng thời hạn yêu cầu, trong đó có một số nhiệm vụ quan trọng như lập danh mục tài sản; còn 21 nhiệm vụ đang triển khai.\n" +
	"III. NHIỆM VỤ CỤ THỂ\n" +
	"1. Sở Tài chính\n" +
	"- Thành lập Tổ kiểm kê của tỉnh và phân công nhiệm vụ cho các thành viên.\n" +
	"Thời hạn hoàn thành: Trước ngày 30/11/2025.\n" +
	"- Chuẩn bị hồ sơ, thông tin tài sản phục vụ công tác kiểm kê tại các cơ quan cấp tỉnh.\n" +
	"Thời hạn hoàn thành: Trước ngày 31/12/2025.\n" +
	"- Thực hiện kiểm kê tài sản thuộc phạm vi quản lý của các cơ quan cấp tỉnh.\n" +
	"Thời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026.\n" +
	"- Tổng hợp kết quả kiểm kê của toàn tỉnh, báo cáo Bộ Tài chính. Thời hạn hoàn thành: Trước ngày 15/4/2026.\n" +
	"- Lập danh sách các đơn vị chưa hoàn thành kiểm kê, báo cáo Ủy ban nhân dân tỉnh.\n" +
	"Thời hạn hoàn thành: Trước ngày 10/11/2025.\n" +
	"2. Ủy ban nhân dân các xã, phường\n" +
	"- Phổ biến kế hoạch kiểm kê đến các cơ quan, đơn vị thuộc phạm vi quản lý.\n" +
	"Thời hạn thực hiện: Từ tháng 10/2025 đến khi kết thúc kiểm kê.\n" +
	"- Báo cáo kết quả kiểm kê về Sở Tài chính. Thời hạn hoàn thành: Trước ngày 31/5/2026.\n" +
	"IV. TỔ CHỨC THỰC HIỆN\nSở Tài chính chủ trì, phối hợp với các sở, ngành theo dõi việc thực hiện Kế hoạch này. Sở Tư pháp chủ trì thẩm định các văn bản hướng dẫn kiểm kê của tỉnh. Sở Nội vụ chủ trì rà soát danh sách đơn vị sau sắp xếp. Sở Xây dựng chủ trì kiểm kê tài sản kết cấu hạ tầng giao thông.\n"

var inventorySource = Source{DocumentID: 1, Title: "Kế hoạch tổng kiểm kê tài sản công trên địa bàn tỉnh", Kind: "Kế hoạch", Number: "321/KH-UBND",
	Issuer: "Ủy ban nhân dân tỉnh Bắc Nam", IssuedOn: "2025-11-21", Pages: []string{inventoryPlan}}

// A province's document is named with its body: "556/KH-UBND" says not
// which province (round 41's judge asked it of every draft); a Party
// committee's number is asked "Cơ quan nào ban hành …?" instead.
func TestLocalDocumentNamedWithItsBody(t *testing.T) {
	ds := Drafts(inventorySource)
	if len(ds) == 0 {
		t.Fatal("no drafts")
	}
	for _, d := range ds {
		if s := d.Question.Stem; strings.HasPrefix(s, "Theo Kế hoạch") && !strings.HasPrefix(s, "Theo Kế hoạch số 321/KH-UBND ngày 21/11/2025 của UBND tỉnh Bắc Nam") {
			t.Errorf("named without its body: %q", s)
		}
	}
	party := Source{Kind: "Nghị quyết", Number: "15-NQ/QU", Issuer: "Quận ủy Tây Hồ"}
	if ref := docRef(party); ref != "Nghị quyết số 15-NQ/QU" {
		t.Errorf("a Party committee's resolution named %q", ref)
	}
}

// A time limit on its own line, or in its own sentence after the task,
// is asked with the task it limits; its wrong dates are neither past the
// range's other end nor before the plan was signed, and one not before
// the plan's date is not asked when it is (the text's slip). No two date
// drafts show the same four dates, and dates are written as the answer
// is ("15/4/2026" beside "1/1/2026", not "01/1/2026").
func TestTimeLimitsAskedWithTheirTasks(t *testing.T) {
	sets := map[string]bool{}
	asked := map[string]bool{}
	for _, d := range Drafts(inventorySource) {
		q := d.Question
		if !strings.Contains(q.Stem, "Thời hạn") {
			continue
		}
		a := answerOf(q)
		asked[a] = true
		var opts []string
		for _, o := range q.Options {
			opts = append(opts, o.Text)
			if !o.Correct && isoDate(o.Text) < "2025-11-21" {
				t.Errorf("%q: a limit before the plan was signed offered: %q", q.Stem, o.Text)
			}
			if strings.Contains(q.Stem, "đến ngày 31/3/2026") && isoDate(o.Text) >= "2026-03-31" {
				t.Errorf("%q: a start on or past the range's end offered: %q", q.Stem, o.Text)
			}
			if p := strings.Split(o.Text, "/"); a == "15/4/2026" && len(p) == 3 && (strings.HasPrefix(p[0], "0") || strings.HasPrefix(p[1], "0")) {
				t.Errorf("%q: %q written unlike the answer %q", q.Stem, o.Text, a)
			}
		}
		sort.Strings(opts)
		if k := strings.Join(opts, "|"); sets[k] {
			t.Errorf("%q: the options of another date draft again: %v", q.Stem, opts)
		} else {
			sets[k] = true
		}
		task := map[string]string{"30/11/2025": "Thành lập Tổ kiểm kê", "01/01/2026": "Thực hiện kiểm kê tài sản", "15/4/2026": "Tổng hợp kết quả kiểm kê", "31/5/2026": "Báo cáo kết quả kiểm kê"}[a]
		if task != "" && !strings.Contains(q.Stem, "(mục “"+task) {
			t.Errorf("%q does not name its task %q", q.Stem, task)
		}
	}
	for _, a := range []string{"10/11/2025", "10/2025"} {
		if asked[a] {
			t.Errorf("a limit before the plan was signed asked: %q", a)
		}
	}
	for _, a := range []string{"30/11/2025", "15/4/2026"} {
		if !asked[a] {
			t.Errorf("the limit %q not asked (asked %v)", a, asked)
		}
	}
}

// Two counts of one thing in a paragraph are not both asked: "đã giao ……
// nhiệm vụ" among 8 and 21, then "đã hoàn thành …… nhiệm vụ" among 30
// answer each other (round 41).
func TestCountsOfOneParagraphNotCrossed(t *testing.T) {
	var counts []string
	for _, d := range Drafts(inventorySource) {
		if q := d.Question; strings.Contains(q.Stem, "nhiệm vụ") && strings.Contains(q.Stem, "……") && strings.Contains(q.Stem, "Đánh giá chung") {
			counts = append(counts, answerOf(q))
		}
	}
	if len(counts) > 1 {
		t.Errorf("counts of one paragraph asked together: %v", counts)
	}
}

// "Cơ quan nào …?" quotes the duty's sentence, not the body's name alone:
// a reviewer checks the key from it.
func TestDutyPassageIsItsSentence(t *testing.T) {
	n := 0
	for _, d := range Drafts(inventorySource) {
		q := d.Question
		if !strings.Contains(q.Stem, "cơ quan nào") || q.Passage == nil {
			continue
		}
		n++
		if a := answerOf(q); q.Passage.Quote == a || !strings.HasPrefix(q.Passage.Quote, a+" chủ trì") {
			t.Errorf("%q quotes %q", q.Stem, q.Passage.Quote)
		}
	}
	if n == 0 {
		t.Error("no duty asked")
	}
}

// isoDate writes "15/4/2026" as "2026-04-15".
func isoDate(s string) string {
	p := strings.Split(s, "/")
	if len(p) != 3 {
		return ""
	}
	return p[2] + "-" + fmt.Sprintf("%02d-%02d", atoi(p[1]), atoi(p[0]))
}

// A task's coordination lead is not counted in its option's words: the
// cut keeps what the task is, not "… các chính sách …" (round 41).
func TestTaskLabelPastItsLead(t *testing.T) {
	item := "- Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất Ủy ban nhân dân tỉnh chỉ đạo việc tổ chức thực hiện các chính sách, nhiệm vụ về phát triển kết cấu hạ tầng giao thông vùng ven biển, cảng biển, vận tải biển. Đề xuất ưu tiên đầu tư các công trình."
	if l := itemLabel(item); !strings.Contains(l, "giao thông vùng ven biển") {
		t.Errorf("cut before the task: %q", l)
	}
}

// "Cơ quan nào được giao nhiệm vụ …?" never offers a body given a task
// like it: the schools' department and the communes both "tuyên truyền
// nâng cao nhận thức" (round 41: two right answers).
func TestOwnerNotAmongBodiesOfALikeTask(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 77/KH-UBND\nKẾ HOẠCH\nBảo vệ môi trường biển và hải đảo\n" +
		"I. NHIỆM VỤ CỤ THỂ\n" +
		"1. Sở Nông nghiệp và Môi trường\n- Theo dõi và quản lý các hoạt động khai thác thủy sản xa bờ, khoanh vùng bảo vệ các bãi giống, bãi đẻ của thủy sản.\n- Chủ trì quan trắc chất lượng nước biển ven bờ hằng quý và công bố kết quả.\n" +
		"- Thống kê, đánh giá trữ lượng nguồn lợi thủy sản ven bờ trên địa bàn tỉnh hằng năm.\n" +
		"2. Sở Giáo dục và Đào tạo\n- Tổ chức tuyên truyền nâng cao nhận thức cho học sinh về giữ gìn vệ sinh bãi biển và chống rác thải nhựa.\n- Đưa nội dung về chủ quyền biển, đảo vào hoạt động ngoại khóa của các trường học.\n" +
		"- Xây dựng chương trình đào tạo nghề cho lao động vùng ven biển tại các trường nghề.\n" +
		"3. Sở Xây dựng\n- Đầu tư nâng cấp các cảng cá, bến neo đậu tàu thuyền tránh trú bão trên địa bàn ven biển.\n- Rà soát quy hoạch giao thông ven biển, cảng biển và vận tải biển của tỉnh.\n" +
		"- Thẩm định thiết kế các công trình kè chống sạt lở bờ biển trước khi khởi công.\n" +
		"4. Sở Công Thương\n- Phát triển các nhà máy điện gió ngoài khơi theo quy hoạch điện đã được phê duyệt.\n- Xúc tiến thương mại cho các sản phẩm thủy sản chế biến xuất khẩu của tỉnh.\n" +
		"- Kiểm tra việc kinh doanh xăng dầu cho tàu cá tại các cửa hàng ven biển.\n" +
		"5. Ủy ban nhân dân các xã ven biển\n- Phối hợp tổ chức tuyên truyền nâng cao nhận thức cho Nhân dân về giữ gìn vệ sinh bãi biển và chống rác thải nhựa.\n- Huy động người dân tham gia dọn rác bãi biển định kỳ hằng tháng tại địa phương.\n" +
		"- Lập danh sách hộ nghèo sinh sống bằng nghề đánh bắt ven bờ để hỗ trợ chuyển đổi nghề.\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Kế hoạch bảo vệ môi trường biển và hải đảo", Kind: "Kế hoạch", Number: "77/KH-UBND", Pages: []string{text}}) {
		q := d.Question
		if !strings.Contains(q.Stem, "được giao nhiệm vụ") {
			continue
		}
		n++
		if !strings.Contains(q.Stem, "tuyên truyền nâng cao nhận thức") {
			continue
		}
		var opts []string
		for _, o := range q.Options {
			opts = append(opts, o.Text)
		}
		if strings.Contains(strings.Join(opts, "|"), "Sở Giáo dục và Đào tạo") && strings.Contains(strings.Join(opts, "|"), "Ủy ban nhân dân các xã ven biển") {
			t.Errorf("%q offers both bodies of the task: %v", q.Stem, opts)
		}
	}
	if n == 0 {
		t.Error("no owner asked")
	}
}

// A notice's opening date (when the visit it concludes was held), the
// province's request it answers ("Về đề nghị Chính phủ chỉ đạo …"), a
// clause with no subject once its comparison in brackets is left out
// ("… xuất khẩu tăng ……"), and the "02 cấp" of the model's name are not
// asked (round 41's judge dropped or rewrote each).
func TestNoticeDebrisNotAsked(t *testing.T) {
	text := "VĂN PHÒNG CHÍNH PHỦ\nSố: 700/TB-VPCP\nTHÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại buổi làm việc với tỉnh Bắc Nam\n" +
		"Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Bắc Nam, Thủ tướng Chính phủ đã đến thăm Trạm Y tế và Công an xã Yên Phú; thăm và làm việc với Đồn Biên phòng Yên Phú; dự Lễ khởi công xây dựng các trường phổ thông nội trú liên cấp tại các xã biên giới.\n" +
		"I. ĐÁNH GIÁ CHUNG\n" +
		"Tăng trưởng kinh tế 9 tháng của tỉnh Bắc Nam ước đạt 8,19%, thuộc nhóm địa phương có tốc độ tăng trưởng cao nhất cả nước; trong đó sản xuất công nghiệp tăng trưởng cao, 10 tháng tăng 15,55%, cao hơn mức tăng cả nước; thương mại, dịch vụ tương đối tích cực, tổng mức bán lẻ hàng hóa và dịch vụ tăng 15,1% (bình quân cả nước tăng 9,3%); xuất khẩu tăng 18,3% (bình quân cả nước tăng 16,2%); tổng thu du lịch tăng 33,7%.\n" +
		"Về triển khai mô hình chính quyền địa phương 02 cấp, tỉnh đã hoàn thành sắp xếp bộ máy của 166 xã, phường bảo đảm thông suốt.\n" +
		"II. VỀ KIẾN NGHỊ CỦA TỈNH\n1. Về đề nghị Chính phủ chỉ đạo Bộ Tài chính xem xét, bố trí vốn Dự án đường ven biển đoạn Bắc Sơn - Nam Hà trong kế hoạch vốn đầu tư công trung hạn giai đoạn 2026 - 2030 từ số vốn không giải ngân hết phải hoàn trả ngân sách trung ương của dự án BOT đường ven biển: giao Bộ Tài chính chủ trì phối hợp với Bộ Xây dựng và các cơ quan liên quan xem xét, xử lý theo đúng quy định.\n" +
		"2. Về đề nghị hỗ trợ vốn nạo vét luồng cảng biển: giao Bộ Xây dựng chủ trì, phối hợp với Ủy ban nhân dân tỉnh nghiên cứu, xử lý theo thẩm quyền trước ngày 31/12/2025.\n" +
		"3. Về đề nghị chuyển mục đích sử dụng rừng cho dự án khu công nghiệp: giao Bộ Nông nghiệp và Môi trường chủ trì hướng dẫn tỉnh hoàn thiện hồ sơ theo quy định hiện hành.\n" +
		"4. Về đề nghị bổ sung biên chế cho các xã biên giới: giao Bộ Nội vụ chủ trì nghiên cứu, trả lời tỉnh bằng văn bản theo đúng quy định của pháp luật.\n" +
		"III. NHIỆM VỤ THỜI GIAN TỚI\nTỉnh phấn đấu tăng trưởng kinh tế năm 2026 đạt trên 10%, giải ngân 100% kế hoạch vốn đầu tư công trước ngày 31/01/2026.\n"
	src := Source{Title: "Thông báo kết luận của Thủ tướng Chính phủ", Kind: "Thông báo", Number: "700/TB-VPCP", IssuedOn: "2025-11-22", Pages: []string{text}}
	n := 0
	for _, d := range Drafts(src) {
		q := d.Question
		if strings.Contains(q.Stem, "cơ quan nào chỉ đạo Bộ Tài chính") {
			t.Errorf("the province's request asked as a duty: %q", q.Stem)
		}
		if !strings.Contains(q.Stem, "……") {
			continue
		}
		n++
		switch a := answerOf(q); {
		case strings.Contains(q.Stem, "đến thăm"):
			t.Errorf("the visit's date asked: %q", q.Stem)
		case strings.Contains(q.Stem, "“… xuất khẩu tăng ……"):
			t.Errorf("a clause with no subject asked: %q", q.Stem)
		case strings.Contains(q.Stem, "…… cấp"):
			t.Errorf("the model's name asked: %q (%s)", q.Stem, a)
		}
	}
	if n == 0 {
		t.Error("nothing asked")
	}
}

// "Cơ quan nào …?" shows one set of four bodies three times at most: a
// notice of four bodies gave five in a row (round 41).
func TestDutyOptionSetsNotRepeated(t *testing.T) {
	text := "VĂN PHÒNG CHÍNH PHỦ\nSố: 701/TB-VPCP\nTHÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại phiên họp Ban Chỉ đạo các công trình giao thông\n" +
		"I. NHIỆM VỤ TRỌNG TÂM\n" +
		"a) Bộ Xây dựng chủ trì theo dõi, tổng hợp, đôn đốc các địa phương tập trung triển khai các dự án đường bộ cao tốc.\n" +
		"b) Bộ Xây dựng đẩy nhanh tiến độ phê duyệt báo cáo nghiên cứu khả thi dự án mở rộng cao tốc phía Nam.\n" +
		"c) Bộ Nông nghiệp và Môi trường chỉ đạo các cục chuyên ngành hướng dẫn thủ tục khai thác mỏ vật liệu cho các dự án.\n" +
		"d) Ủy ban nhân dân tỉnh Bắc Nam khẩn trương làm việc với các địa phương lân cận để bảo đảm nguồn đất đắp nền đường.\n" +
		"đ) Bộ Quốc phòng khẩn trương hoàn thiện hồ sơ, nghiên cứu triển khai sân bay lưỡng dụng tại đặc khu Hòn Ngọc.\n"
	sets := map[string]int{}
	for _, d := range Drafts(Source{Title: "Thông báo kết luận", Kind: "Thông báo", Number: "701/TB-VPCP", Pages: []string{text}}) {
		q := d.Question
		if !strings.Contains(q.Stem, "cơ quan nào") {
			continue
		}
		var opts []string
		for _, o := range q.Options {
			opts = append(opts, o.Text)
		}
		sort.Strings(opts)
		k := strings.Join(opts, "|")
		if sets[k]++; sets[k] > 3 {
			t.Errorf("%q: the same four bodies a %dth time", q.Stem, sets[k])
		}
	}
	if len(sets) == 0 {
		t.Error("no duty asked")
	}
}
