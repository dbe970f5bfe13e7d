package draft

import (
	"strings"
	"testing"
)

// Round 84's faults, on made-up pages in the shape of the dataset's:
// a news report of a body's proposal under the law it cites, a vote's
// share, a running count at an hour, a guidance page that tells one
// sentence as a decree's, a council's resolution named without its
// council, and the ages to vote and to stand.

// roundDrafts drafts a page and gives each stem with its answer.
func roundDrafts(title, page string) map[string]string {
	out := map[string]string{}
	for _, d := range Drafts(Source{Title: title, Pages: []string{page}}) {
		out[d.Question.Stem] = answerOf(d.Question)
	}
	return out
}

func TestRound84ProposalNotTheLaws(t *testing.T) {
	lead := "Căn cứ khoản 2 Điều 40 Luật Tổ chức Viện kiểm sát nhân dân năm 2014, Viện kiểm sát nhân dân tối cao đề nghị Ủy ban Thường vụ Quốc hội ban hành Nghị quyết phê chuẩn bộ máy làm việc như sau:"
	if got := quotedAct(dline{text: lead}); got != "" {
		t.Errorf("a proposal's lead quotes %q", got)
	}
	// (an act's own words after a lead are still the act's)
	if got := quotedAct(dline{text: "Theo quy định tại Điều 11 Nghị định 94/2019/NĐ-CP, hồ sơ và trình tự cấp phép như sau:"}); got == "" {
		t.Error("the decree's procedure lost its source")
	}
	page := "Chiều 7/2, Ủy ban Thường vụ Quốc hội xem xét bộ máy làm việc của Viện kiểm sát nhân dân tối cao.\n" +
		lead + "\n" +
		"(1) Sáp nhập Vụ Một và Vụ Hai thành Vụ Công tố án kinh tế;\n" +
		"(2) Kết thúc hoạt động của Vụ Thi đua, chuyển nhiệm vụ về Văn phòng;\n" +
		"(3) Sáp nhập hai trường đào tạo thành Trường Đại học Kiểm sát.\n" +
		"Thẩm tra nội dung này, Ủy ban Tư pháp cho biết đề nghị là có căn cứ, bảo đảm thể chế hóa Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về tiếp tục đổi mới, sắp xếp tổ chức bộ máy.\n" +
		"Tại Phiên họp, với 100% thành viên Ủy ban Thường vụ Quốc hội có mặt biểu quyết tán thành, Ủy ban Thường vụ Quốc hội đã thông qua Nghị quyết phê chuẩn bộ máy làm việc của Viện kiểm sát nhân dân tối cao.\n"
	for stem, answer := range roundDrafts("Ủy ban Thường vụ Quốc hội phê chuẩn bộ máy làm việc của Viện kiểm sát nhân dân tối cao", page) {
		if strings.Contains(stem, "Luật Tổ chức") {
			t.Errorf("asked as the law's: %q", stem)
		}
		if answer == "100%" {
			t.Errorf("a vote's share asked: %q", stem)
		}
	}
}

func TestRound84TalliesAndAges(t *testing.T) {
	page := "Bầu cử đại biểu Quốc hội khóa mẫu\n" +
		"Theo Hiến pháp, việc bầu cử đại biểu Quốc hội được tiến hành theo nguyên tắc phổ thông, bình đẳng, trực tiếp và bỏ phiếu kín. Công dân đủ 18 tuổi trở lên có quyền bầu cử và đủ 21 tuổi trở lên có quyền ứng cử vào Quốc hội, Hội đồng nhân dân.\n" +
		"Tính đến 10h00, đã có nhiều đơn vị bầu cử đã hoàn thành 100% cử tri đi bầu, như 12 đơn vị bầu cử ở tỉnh A, 8 đơn vị ở tỉnh B.\n"
	ages := false
	for stem, answer := range roundDrafts("Bầu cử đại biểu Quốc hội khóa mẫu", page) {
		if answer == "100%" {
			t.Errorf("an hour's tally asked: %q", stem)
		}
		ages = ages || answer == "18"
	}
	if !ages {
		t.Error("the age to vote was not asked")
	}
}

func TestRound84OneSentenceOfADecree(t *testing.T) {
	page := "Mức tiền thưởng đảng viên năm 2025\n" +
		"Căn cứ Phần III Hướng dẫn số 56-HD/VPTW năm 2015 quy định mức tiền thưởng như sau:\n" +
		"Được tổ chức cơ sở đảng tặng giấy khen cho đảng viên đạt tiêu chuẩn hoàn thành xuất sắc nhiệm vụ trong năm, tiền thưởng kèm theo bằng 0,3 lần mức tiền lương cơ sở.\n" +
		"Theo Điều 3 Nghị định 73/2024/NĐ-CP thì từ ngày 01 tháng 7 năm 2024, mức lương cơ sở là 2.340.000 đồng/tháng.\n" +
		"Được ban thường vụ huyện ủy tặng giấy khen cho đảng viên có thành tích xuất sắc trong năm, tiền thưởng kèm theo bằng 0,6 lần mức tiền lương cơ sở.\n"
	seen := map[string]bool{}
	for stem, answer := range roundDrafts("Mức tiền thưởng đảng viên năm 2025", page) {
		seen[answer] = true
		switch answer {
		case "2.340.000":
			if !strings.HasPrefix(stem, "Theo Nghị định 73/2024/NĐ-CP,") || strings.Contains(stem, "Theo Điều 3 Nghị định") {
				t.Errorf("the decree's base pay: %q", stem)
			}
		case "0,3", "0,6":
			if !strings.HasPrefix(stem, "Theo Hướng dẫn số 56-HD/VPTW năm 2015") {
				t.Errorf("the guidance's reward: %q", stem)
			}
		}
	}
	if !seen["2.340.000"] || !seen["0,6"] {
		t.Errorf("asked %v", seen)
	}
}

func TestRound84CouncilNamed(t *testing.T) {
	page := "Nghị quyết 81/2025/NQ-HĐND về chi thu nhập tăng thêm\n" +
		"Ngày 27/11/2025, Hội đồng nhân dân thành phố Hà Nội đã thông qua Nghị quyết 81/2025/NQ-HĐND quy định chi thu nhập tăng thêm cho cán bộ, công chức, viên chức.\n" +
		"Mức trích để tạo nguồn kinh phí thực hiện chi thu nhập tăng thêm năm 2026 bằng 0,8 lần quỹ lương cơ bản.\n"
	n := 0
	for stem := range roundDrafts("Nghị quyết 81/2025/NQ-HĐND về chi thu nhập tăng thêm", page) {
		n++
		if !strings.HasPrefix(stem, "Theo Nghị quyết số 81/2025/NQ-HĐND ngày 27/11/2025 của HĐND thành phố Hà Nội,") {
			t.Errorf("whose resolution: %q", stem)
		}
	}
	if n == 0 {
		t.Error("nothing asked")
	}
	head := "Ủy ban nhân dân tỉnh Lai Châu ban hành Nghị quyết 81/2025/NQ-HĐND."
	if got := localBody("81/2025/NQ-HĐND", head, strings.Index(head, "81/")); got != "" {
		t.Errorf("a committee named for a council's act: %q", got)
	}
}

// An hour's tally, a label's blank and a clause leaning on the one
// before are no questions (round 84's doc2 #1 and doc3 #1, the rule
// tested directly: the pages' other figures decide what is drafted).
func TestRound84NotWorthAsking(t *testing.T) {
	for _, c := range []struct{ text, answer string }{
		{"Tính đến 10h00, đã có nhiều đơn vị bầu cử đã hoàn thành 100% cử tri đi bầu, như 12 đơn vị bầu cử ở tỉnh A.", "100%"},
		{"Lộ trình thực hiện: Năm 2024 - 2025.", "2024 - 2025"},
		{"Dự kiến trong giai đoạn 2024 - 2025 Chính phủ sẽ thực hiện sửa đổi, bổ sung quy định theo phương án trên.", "2024 - 2025"},
		{"Tại Phiên họp, với 100% thành viên Ủy ban Thường vụ Quốc hội có mặt biểu quyết tán thành, Ủy ban đã thông qua Nghị quyết.", "100%"},
	} {
		fs := lineFacts(dline{text: c.text, body: true}, "")
		for _, f := range fs {
			if f.answer == c.answer && worthAsking(f, fs, false) {
				t.Errorf("asked %q of %q", c.answer, c.text)
			}
		}
	}
	// (a rule's vote still is)
	fs := lineFacts(dline{text: "Chi hội xét kết nạp khi được ít nhất 2/3 số hội viên chính thức tán thành.", body: true}, "")
	if len(fs) == 0 || !worthAsking(fs[0], fs, false) {
		t.Error("a rule's vote not asked")
	}
}
