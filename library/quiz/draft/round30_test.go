package draft

import (
	"slices"
	"strings"
	"testing"

	"sotay/library/quiz"
)

// A rule's period in words after "trong thời hạn" ("phải niêm yết trong
// thời hạn một năm kể từ ngày phát hành cổ phiếu lần đầu") is asked like
// "trong vòng hai năm": Nghị quyết 12-NQ/TW gave 11 drafts and never
// asked it. The resolution is made up.
func TestPeriodInWordsAfterTimeLimit(t *testing.T) {
	text := "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XIV\nvề hợp tác xã kiểu mới\n" +
		"I- NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n" +
		"1- Đẩy mạnh cổ phần hóa\n" +
		"- Các hợp tác xã chuyển đổi phải đăng ký lại trong thời hạn sáu tháng kể từ ngày được phê duyệt phương án chuyển đổi.\n" +
		"- Tổ chức tổng kết mô hình hợp tác xã kiểu mới trước khi nhân rộng, tránh hình thức, chạy theo số lượng.\n"
	var got []string
	for _, d := range Drafts(Source{Title: "Nghị quyết số 31-NQ/TW ngày 5/5/2026", Pages: []string{text}}) {
		got = append(got, answerOf(d.Question))
	}
	if !slices.Contains(got, "sáu") {
		t.Errorf("the period in words is not asked; answers %q", got)
	}
}

// A document the library knows by its letterhead is named by kind,
// number and date, as one named in its text is ("Theo Nghị quyết số
// 11-NQ/TW ngày 3/6/2017"); the question on its date does not give it.
func TestNamedWithItsDate(t *testing.T) {
	text := "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 31-NQ/TW\nHà Nội, ngày 5 tháng 5 năm 2026\nNGHỊ QUYẾT\nvề hợp tác xã kiểu mới\n" +
		"I- MỤC TIÊU\n" +
		"- Đến năm 2030, có ít nhất 45% hợp tác xã ứng dụng công nghệ số trong quản trị.\n" +
		"- Đến năm 2030, 100% cán bộ quản lý hợp tác xã được bồi dưỡng kiến thức quản trị hiện đại.\n"
	src := Source{Title: "Nghị quyết số 31-NQ/TW về hợp tác xã kiểu mới", Kind: "Nghị quyết", Number: "31-NQ/TW", IssuedOn: "2026-05-05", Issuer: "Ban Chấp hành Trung ương", Pages: []string{text}}
	ds := Drafts(src)
	if len(ds) == 0 {
		t.Fatal("no drafts")
	}
	for _, d := range ds {
		s := d.Question.Stem
		if strings.Contains(s, "ban hành ngày nào") {
			if strings.Contains(s, "5/5/2026") {
				t.Errorf("the date question gives its answer: %q", s)
			}
			continue
		}
		if strings.HasPrefix(s, "Cơ quan nào ban hành") {
			continue // (its issuer: the name alone)
		}
		if strings.Contains(s, "Nghị quyết số 31-NQ/TW") && !strings.Contains(s, "Nghị quyết số 31-NQ/TW ngày 5/5/2026") {
			t.Errorf("named without its date: %q", s)
		}
	}
}

// A National Assembly resolution's articles have no titles ("Điều 3" alone
// on its line) and lead their clauses ("Dự án được áp dụng các cơ chế …
// sau đây:"): which clause holds which point is no question (round 30
// asked "nội dung nào thuộc ý “Điều 4”" and gave two right answers from
// one article). A figure in an article is named by it, and a figure's
// words in brackets do not stay in the stem. The resolution is made up.
func TestArticlesWithoutTitles(t *testing.T) {
	text := "NGHỊ QUYẾT\nVề chủ trương đầu tư Dự án tuyến đường sắt Thái Nguyên - Tuyên Quang\nQUỐC HỘI\nQUYẾT NGHỊ:\n" +
		"Điều 1\nQuyết định chủ trương đầu tư Dự án tuyến đường sắt Thái Nguyên - Tuyên Quang.\n" +
		"Điều 2\n1. Sơ bộ tổng mức đầu tư của Dự án là 48.615 tỷ đồng (bốn mươi tám nghìn, sáu trăm mười lăm tỷ đồng);\n" +
		"2. Tiến độ thực hiện: phấn đấu hoàn thành Dự án chậm nhất vào năm 2032.\n" +
		"Điều 3\nDự án được áp dụng các cơ chế, chính sách đặc thù sau đây:\n" +
		"1. Thủ tướng Chính phủ được quyết định:\n" +
		"a) Phát hành trái phiếu Chính phủ cho Dự án để bổ sung phần vốn còn thiếu;\n" +
		"b) Huy động vốn vay ưu đãi nước ngoài để thực hiện Dự án;\n" +
		"c) Sử dụng nguồn tăng thu ngân sách trung ương hằng năm cho Dự án.\n" +
		"2. Dự án không phải thực hiện việc thẩm định khả năng cân đối vốn.\n" +
		"3. Hội đồng nhân dân cấp tỉnh quyết định sử dụng ngân sách địa phương để bồi thường, hỗ trợ, tái định cư.\n" +
		"4. Ủy ban nhân dân cấp tỉnh tổ chức lập quy hoạch vùng phụ cận ga đường sắt.\n" +
		"Điều 4\n1. Chính phủ tổ chức thực hiện Dự án bảo đảm tiến độ, chất lượng.\n" +
		"2. Các địa phương chịu trách nhiệm trước Chính phủ về công tác bồi thường, hỗ trợ, tái định cư.\n" +
		"3. Tập đoàn Điện lực Việt Nam di dời các công trình điện trên tuyến.\n"
	for _, d := range Drafts(Source{Title: "Nghị quyết về chủ trương đầu tư Dự án tuyến đường sắt Thái Nguyên - Tuyên Quang", Kind: "Nghị quyết", Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "thuộc ý") || strings.Contains(s, "nội dung nào sau đây") {
			t.Errorf("an article's clauses asked as a list: %q", s)
		}
		if strings.Contains(s, "bốn mươi tám") {
			t.Errorf("the figure's words left in the stem: %q", s)
		}
		if answerOf(d.Question) == "48.615" && !strings.Contains(s, "(Điều 2)") {
			t.Errorf("not named by its article: %q", s)
		}
	}
}

// A figure in a lead's sentence ("…, bao gồm:") is asked without the
// lead's word (round 30 ended two stems on ", bao gồm"); the article is
// named with its title. The resolution is made up.
func TestFigureInALead(t *testing.T) {
	text := "NGHỊ QUYẾT\nVề cơ chế đặc biệt cho công tác thống kê\nQUỐC HỘI\nQUYẾT NGHỊ:\n" +
		"Điều 3. Phạm vi điều chỉnh\nNghị quyết này quy định một số cơ chế đặc biệt cho công tác thống kê.\n" +
		"Điều 4. Ngân sách cho công tác thống kê\n" +
		"1. Bảo đảm chi cho công tác thống kê không thấp hơn 0,3% tổng chi ngân sách nhà nước hằng năm, bao gồm:\n" +
		"a) Chi điều tra thống kê quốc gia;\n" +
		"b) Chi xây dựng cơ sở dữ liệu thống kê;\n" +
		"c) Chi đào tạo, bồi dưỡng người làm công tác thống kê.\n" +
		"2. Người làm công tác thống kê tại xã được hỗ trợ hằng tháng bằng 50% mức lương theo hệ số lương hiện hưởng.\n"
	found := false
	for _, d := range Drafts(Source{Title: "Nghị quyết về cơ chế đặc biệt cho công tác thống kê", Kind: "Nghị quyết", Pages: []string{text}}) {
		s := d.Question.Stem
		if answerOf(d.Question) != "0,3%" {
			continue
		}
		found = true
		if strings.Contains(s, "bao gồm") || !strings.Contains(s, "(khoản 1 Điều 4 “Ngân sách cho công tác thống kê”)") {
			t.Errorf("stem %q", s)
		}
	}
	if !found {
		t.Error("the share of the budget not asked")
	}
}

// "Cơ quan nào ban hành Nghị định …" has one answer any cadre knows: the
// Government (round 30's judge dropped it). The text is made up.
func TestDecreeGivesItsIssuer(t *testing.T) {
	text := "NGHỊ QUYẾT\nVề cơ chế đặc biệt cho công tác thống kê\nQUỐC HỘI\nQUYẾT NGHỊ:\n" +
		"Điều 1. Phạm vi\nNghị quyết này quy định một số cơ chế đặc biệt cho công tác thống kê.\n" +
		"Điều 5. Tổ chức thực hiện\n" +
		"1. Chính phủ ban hành Nghị định để quy định chi tiết nội dung được giao tại Nghị quyết này, bảo đảm thống nhất, khả thi.\n" +
		"2. Ủy ban Thường vụ Quốc hội chủ trì giám sát việc thực hiện Nghị quyết này tại các bộ, ngành và địa phương trong cả nước.\n" +
		"3. Mặt trận Tổ quốc Việt Nam tổ chức giám sát việc thực hiện chính sách thống kê tại cơ sở, kịp thời kiến nghị sửa đổi.\n" +
		"4. Kiểm toán nhà nước chịu trách nhiệm kiểm toán việc sử dụng ngân sách cho công tác thống kê theo kế hoạch hằng năm.\n" +
		"5. Tòa án nhân dân tối cao chủ trì tổng kết thực tiễn xét xử các vụ việc liên quan đến số liệu thống kê sai lệch.\n"
	ds := Drafts(Source{Title: "Nghị quyết về cơ chế đặc biệt cho công tác thống kê", Kind: "Nghị quyết", Issuer: "Quốc hội", Pages: []string{text}})
	if len(ds) == 0 {
		t.Fatal("no drafts")
	}
	for _, d := range ds {
		if strings.Contains(d.Question.Stem, "ban hành Nghị định") {
			t.Errorf("asked: %q", d.Question.Stem)
		}
		// with no number, whose it is (round 30: "doc3–doc5 never say
		// của Quốc hội")
		if !strings.HasPrefix(d.Question.Stem, "Theo Nghị quyết của Quốc hội về cơ chế") {
			t.Errorf("named %q", d.Question.Stem)
		}
	}
}

// Round figures are asked among the figures such rules set: "100%" among
// 30–80 %, not 85, 90, 95 % that no rule uses; "200%" among 150, 250,
// 300 %; a small share "0,5%" among shares of its size, not 1,7 %, 2,6 %,
// 3,8 %; "15 ngày" among 7, 10, 20, 30 days, not 9 or 12 (round 30's
// judge: the answer stood out). The resolution is made up.
func TestRoundFiguresAmongRoundOnes(t *testing.T) {
	text := "NGHỊ QUYẾT\nVề cơ chế đặc biệt cho công tác thống kê\nQUỐC HỘI\nQUYẾT NGHỊ:\n" +
		"Điều 1. Phạm vi\nNghị quyết này quy định một số cơ chế đặc biệt cho công tác thống kê.\n" +
		"Điều 2. Chế độ, chính sách\n" +
		"1. Người làm công tác thống kê ở xã được hỗ trợ hằng tháng bằng 100% mức lương theo hệ số lương hiện hưởng.\n" +
		"2. Doanh nghiệp được tính vào chi phí được trừ khoản chi cho điều tra thống kê bằng 200% chi phí thực tế phát sinh.\n" +
		"3. Bảo đảm chi cho công tác thống kê không thấp hơn 0,5% tổng chi ngân sách nhà nước hằng năm.\n" +
		"4. Cơ quan thống kê trả lời đề nghị cung cấp số liệu trong thời hạn 15 ngày kể từ ngày nhận được đề nghị.\n"
	want := map[string][]string{"100%": {"85%", "90%", "95%"}, "200%": {"195%", "205%", "210%"}, "0,5%": {"1,7%", "2,6%", "3,8%"}, "15": {"9", "12"}}
	asked := map[string]bool{}
	for _, d := range Drafts(Source{Title: "Nghị quyết về cơ chế đặc biệt cho công tác thống kê", Kind: "Nghị quyết", Issuer: "Quốc hội", Pages: []string{text}}) {
		a := answerOf(d.Question)
		bad, ok := want[a]
		if !ok {
			continue
		}
		asked[a] = true
		for _, o := range d.Question.Options {
			if slices.Contains(bad, o.Text) {
				t.Errorf("%s among %q", a, optionTexts(d.Question))
				break
			}
		}
	}
	for a := range want {
		if !asked[a] {
			t.Errorf("%s not asked", a)
		}
	}
}

func optionTexts(q quiz.Question) []string {
	var out []string
	for _, o := range q.Options {
		out = append(out, o.Text)
	}
	return out
}

// A quoted term is asked only where it names a kind of thing ("cơ chế
// “xin - cho”") and among such terms: "tháo gỡ những “điểm nghẽn”",
// "Không “hình sự hóa”", "tiêu cực, “lợi ích nhóm”" and "phong trào “học
// tập số”" among them fit only their own words (round 30's judge dropped
// three such drafts). The text is made up.
func TestQuotedTermsThatFit(t *testing.T) {
	text := "Nghị quyết về đổi mới công tác xây dựng pháp luật\n" +
		"Năm 2026, cơ bản hoàn thành việc tháo gỡ những \"điểm nghẽn\" do quy định pháp luật trong lĩnh vực đất đai.\n" +
		"Thực hiện nghiêm các quy định về phòng, chống tham nhũng, tiêu cực, \"lợi ích nhóm\" trong xây dựng pháp luật.\n" +
		"Không \"hình sự hóa\" các quan hệ kinh tế, dân sự, hành chính trong mọi trường hợp.\n" +
		"Lồng ghép nội dung phổ biến pháp luật vào phong trào \"học tập số\" ở các trường học và cơ quan.\n"
	for _, d := range Drafts(Source{Title: "Nghị quyết về đổi mới công tác xây dựng pháp luật", Kind: "Nghị quyết", Number: "77-NQ/TW", Pages: []string{text}}) {
		if strings.Contains(d.Question.Stem, "……\"") || strings.Contains(d.Question.Stem, "“……”") {
			t.Errorf("asked: %q among %q", d.Question.Stem, optionTexts(d.Question))
		}
	}
}

// A role is not asked among a role that says it with one word more:
// "nhiệm vụ trọng tâm" beside "nhiệm vụ chính trị trọng tâm" (round 30).
func TestRoleAmongItsSynonym(t *testing.T) {
	text := "Nghị quyết về công tác pháp luật\n" +
		"Xác định xây dựng, hoàn thiện thể chế, pháp luật và kiểm tra việc thi hành pháp luật là nhiệm vụ trọng tâm, xuyên suốt của các bộ, ngành.\n" +
		"Phổ biến, giáo dục pháp luật cho cán bộ, đảng viên là nhiệm vụ chính trị trọng tâm của các cấp ủy trong nhiệm kỳ.\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Nghị quyết về công tác pháp luật", Kind: "Nghị quyết", Number: "78-NQ/TW", Pages: []string{text}}) {
		if answerOf(d.Question) != "nhiệm vụ trọng tâm" {
			continue
		}
		n++
		if slices.Contains(optionTexts(d.Question), "nhiệm vụ chính trị trọng tâm") {
			t.Errorf("among its synonym: %q", optionTexts(d.Question))
		}
	}
	if n == 0 {
		t.Error("the role not asked")
	}
}

// A resolution with no date is not older than the laws its preamble
// cites: its target "đến năm 2030" is not asked among 2025, the year it
// was passed (round 30), nor always as the earliest option. The
// resolution is made up.
func TestTargetYearOfAnUndatedResolution(t *testing.T) {
	text := "NGHỊ QUYẾT\nVề cơ chế đặc biệt phát triển hợp tác xã\nQUỐC HỘI\n" +
		"Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 62/2025/QH15;\n" +
		"QUYẾT NGHỊ:\n" +
		"Điều 1. Phạm vi\nNghị quyết này quy định một số cơ chế đặc biệt phát triển hợp tác xã.\n" +
		"Điều 2. Mục tiêu\nĐến năm 2030, cả nước có ít nhất 50.000 hợp tác xã hoạt động hiệu quả trong nông nghiệp.\n"
	found := false
	for _, d := range Drafts(Source{Title: "Nghị quyết về cơ chế đặc biệt phát triển hợp tác xã", Kind: "Nghị quyết", Issuer: "Quốc hội", Pages: []string{text}}) {
		if answerOf(d.Question) != "2030" {
			continue
		}
		found = true
		opts := optionTexts(d.Question)
		if slices.Contains(opts, "2025") || !slices.ContainsFunc(opts, func(o string) bool { return o < "2030" }) {
			t.Errorf("2030 among %q", opts)
		}
	}
	if !found {
		t.Error("the target year not asked")
	}
}

// Who does a task: the Front's remit ("giám sát, phản biện xã hội") is
// cut off its task rather than left to give it away, and a province by
// its name is no wrong answer for "Ủy ban nhân dân cấp tỉnh", which it is
// (round 30). The resolution is made up.
func TestWhoDoesItFairly(t *testing.T) {
	text := "NGHỊ QUYẾT\nVề chủ trương đầu tư tuyến đường sắt Thái Nguyên - Tuyên Quang\nQUỐC HỘI\nQUYẾT NGHỊ:\n" +
		"Điều 1. Phạm vi\nQuyết định chủ trương đầu tư tuyến đường sắt Thái Nguyên - Tuyên Quang.\n" +
		"Điều 2. Tổ chức thực hiện\n" +
		"1. Ủy ban nhân dân cấp tỉnh tổ chức lập quy hoạch chi tiết vùng phụ cận ga đường sắt để khai thác quỹ đất hai bên tuyến.\n" +
		"2. Ủy ban nhân dân tỉnh Thái Nguyên chủ trì xây dựng khu tái định cư cho các hộ dân bị ảnh hưởng trên địa bàn tỉnh.\n" +
		"3. Chính phủ chịu trách nhiệm huy động nguồn lực để thực hiện Dự án bảo đảm tiến độ, chất lượng công trình.\n" +
		"4. Ủy ban Thường vụ Quốc hội chủ trì giám sát việc thực hiện Dự án theo kế hoạch giám sát hằng năm của Quốc hội.\n" +
		"5. Mặt trận Tổ quốc Việt Nam chủ trì xây dựng kế hoạch vận động Nhân dân thực hiện Nghị quyết, phát huy vai trò giám sát, phản biện xã hội đối với Dự án.\n" +
		"6. Kiểm toán nhà nước chịu trách nhiệm kiểm toán việc sử dụng vốn của Dự án theo kế hoạch kiểm toán hằng năm.\n"
	front := false
	for _, d := range Drafts(Source{Title: "Nghị quyết về chủ trương đầu tư tuyến đường sắt Thái Nguyên - Tuyên Quang", Kind: "Nghị quyết", Issuer: "Quốc hội", Pages: []string{text}}) {
		q := d.Question
		switch answerOf(q) {
		case "Ủy ban nhân dân cấp tỉnh":
			if slices.Contains(optionTexts(q), "Ủy ban nhân dân tỉnh Thái Nguyên") {
				t.Errorf("a province among the options of the provinces: %q", optionTexts(q))
			}
		case "Mặt trận Tổ quốc Việt Nam":
			front = true
			if strings.Contains(q.Stem, "phản biện") {
				t.Errorf("the Front's remit in its stem: %q", q.Stem)
			}
		}
	}
	if !front {
		t.Error("the Front's task not asked")
	}
}

// A long rule is quoted to the end of its phrase, not cut inside it
// ("trong vòng 05 năm đầu kể …", round 30). The resolution is made up.
func TestLongRuleNotCutMidPhrase(t *testing.T) {
	text := "NGHỊ QUYẾT\nVề cơ chế đặc biệt phát triển hợp tác xã\nQUỐC HỘI\nQUYẾT NGHỊ:\n" +
		"Điều 1. Phạm vi\nNghị quyết này quy định một số cơ chế đặc biệt phát triển hợp tác xã.\n" +
		"Điều 7. Hỗ trợ tiếp cận đất đai\n" +
		"1. Hợp tác xã nông nghiệp, liên hiệp hợp tác xã ứng dụng công nghệ cao thuộc khu vực kinh tế tập thể được hỗ trợ giảm tối thiểu 30% tiền thuê lại đất trong vòng 05 năm đầu kể từ ngày ký hợp đồng thuê đất với chủ đầu tư kinh doanh hạ tầng khu công nghiệp, cụm công nghiệp, vườn ươm công nghệ.\n"
	found := false
	for _, d := range Drafts(Source{Title: "Nghị quyết về cơ chế đặc biệt phát triển hợp tác xã", Kind: "Nghị quyết", Issuer: "Quốc hội", Pages: []string{text}}) {
		if answerOf(d.Question) != "30%" {
			continue
		}
		found = true
		if !strings.Contains(d.Question.Stem, "kể từ ngày ký hợp đồng thuê đất với chủ đầu tư kinh doanh hạ tầng khu công nghiệp") {
			t.Errorf("cut mid-phrase: %q", d.Question.Stem)
		}
	}
	if !found {
		t.Error("the share not asked")
	}
}
