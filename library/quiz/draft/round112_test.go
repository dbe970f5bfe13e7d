package draft

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// reliefPlan is a made-up province's plan after a flood and for its next
// year, shaped like round 112's plans: the year's estimates and tallies,
// the damage so far, a monitoring schedule in codes, two coefficients of
// one part, and the targets and rules a trainer asks.
const reliefPlan = "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 0311/KH-UBND\nKẾ HOẠCH\nPhát triển kinh tế - xã hội và khắc phục hậu quả mưa lũ năm 2027\n" +
	"Thực hiện chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch khắc phục hậu quả mưa lũ như sau.\n" +
	"I. ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI\n" +
	"Giao thông có trên 40 điểm ngập, nước chảy xiết; một số tuyến phải cắt giao thông trong nhiều ngày liền.\n" +
	"II. KẾT QUẢ NĂM 2026\n" +
	"Tốc độ tăng trưởng kinh tế của tỉnh năm 2026 ước đạt 7,8% so cùng kỳ, thu hút 8,1 triệu lượt khách du lịch.\n" +
	"Hoạt động hỗ trợ doanh nghiệp được triển khai tích cực, ước cả năm có 1.600 doanh nghiệp đăng ký mới trên địa bàn.\n" +
	"Đến nay, toàn tỉnh có 629 trường công lập đạt chuẩn quốc gia, vượt kế hoạch đề ra trong năm.\n" +
	"Kim ngạch xuất khẩu của tỉnh 10 tháng năm 2026 tăng 16,2% so với cùng kỳ năm trước, cao hơn bình quân cả nước.\n" +
	"III. MỤC TIÊU NĂM 2027\n" +
	"1. Phấn đấu tốc độ tăng trưởng kinh tế của tỉnh năm 2027 đạt 8,5% trở lên so với năm 2026.\n" +
	"2. Tỷ lệ hộ gia đình bị thiệt hại được hỗ trợ khôi phục sản xuất đạt ít nhất 95% trong năm 2027.\n" +
	"IV. QUAN TRẮC MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN\n" +
	"Các thông số: pH, độ mặn, DO, NH4+ -N, NO2--N, PO43--P quan trắc với tần suất 2 lần/tháng; số lượng mẫu quan trắc 64 mẫu tại các vùng nuôi tập trung.\n" +
	"V. CHẾ ĐỘ TRỢ CẤP\n" +
	"Hệ số để xác định mức trợ cấp nuôi dưỡng hằng tháng:\n" +
	"a) Hệ số 5,0 đối với trẻ em dưới 04 tuổi được nhận nuôi dưỡng tại cơ sở;\n" +
	"b) Hệ số 4,0 đối với các đối tượng từ đủ 04 tuổi trở lên được nhận nuôi dưỡng tại cơ sở.\n"

// Round 112: a plan's account of its year (estimates, "Đến nay" tallies,
// the damage so far) was asked, nine of ten drafts of a budget plan
// dropped as stale; a monitoring schedule of codes was asked five times;
// two coefficients of one part cued each other.
func TestPlanAsksTargetsNotItsYearSoFar(t *testing.T) {
	asked := map[string]string{}
	for _, d := range Drafts(Source{Title: "Kế hoạch số 0311/KH-UBND", Kind: "Kế hoạch", Number: "0311/KH-UBND", IssuedOn: "2026-11-20", Pages: []string{reliefPlan}}) {
		asked[answerOf(d.Question)] = d.Question.Stem
	}
	for _, a := range []string{"40", "7,8%", "8,1", "1.600", "629", "16,2%", "2", "64"} {
		if s, ok := asked[a]; ok {
			t.Errorf("asked %q: %q", a, s)
		}
	}
	for _, a := range []string{"8,5%", "95%"} {
		if _, ok := asked[a]; !ok {
			t.Errorf("the target %q not asked (asked %v)", a, asked)
		}
	}
	_, five := asked["5,0"]
	_, four := asked["4,0"]
	if five && four {
		t.Error("both coefficients of one part asked: each gives the other")
	}
	if !five && !four {
		t.Error("no coefficient asked")
	}
}

// A resolution's assessment of the term behind it is studied: its results
// are asked (the sample library's "tỷ lệ văn bản đi được ký số đạt ……").
func TestResolutionResultsStillAsked(t *testing.T) {
	text := "ĐẢNG BỘ QUẬN BẮC NAM\nSố: 09-NQ/QU\nNGHỊ QUYẾT\nvề chuyển đổi số\nĐiều 1. Đánh giá tình hình\n" +
		"Trong nhiệm kỳ 2020 – 2025, hệ thống quản lý văn bản được triển khai tới các cơ quan; đến nay tỷ lệ văn bản đi được ký số đạt 71,5%.\n"
	for _, d := range Drafts(Source{Title: "Nghị quyết số 09-NQ/QU", Kind: "Nghị quyết", Number: "09-NQ/QU", Pages: []string{text}}) {
		if answerOf(d.Question) == "71,5%" {
			return
		}
	}
	t.Error("a resolution's result not asked")
}

// A count whose clause number gives it away is named by its article:
// "khoản 103" over "… có …… đơn vị hành chính cấp xã" after 102 clauses,
// each one new unit (round 112).
func TestCountNotNamedByTheClauseAfterIt(t *testing.T) {
	c := "Sau khi sắp xếp, tỉnh Bắc Nam có 102 đơn vị hành chính cấp xã"
	f := fact{kind: DraftQuantity, answer: "102", value: 102, clause: c, at: strings.Index(c, "102"), article: "Điều 1", locus: "khoản 103"}
	if w := whereOf(f); strings.Contains(w, "khoản 103") {
		t.Errorf("named by the clause after the count: %q", w)
	}
	f.answer, f.value, f.at = "57", 57, 0
	if w := whereOf(f); !strings.Contains(w, "khoản 103 Điều 1") {
		t.Errorf("a count not named by its clause: %q", w)
	}
}

// A press summary of an amending decree lists its articles, then tells
// one: "Cụ thể, tại Điều 4, Nghị định … sửa đổi …". Its figures are that
// article's, each cited by the amending point and what it puts in, the
// article a lead above names (round 112's six drafts were cited by Điều
// 10, the last article listed). Made up.
func TestPressSummaryOfAmendingDecree(t *testing.T) {
	text := "Chính phủ ban hành Nghị định số 301/2026/NĐ-CP ngày 15/8/2026 sửa đổi, bổ sung một số điều của các nghị định về đất đai.\n" +
		"Cụ thể, Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 71/2024/NĐ-CP.\n" +
		"Điều 2. Sửa đổi, bổ sung một số điều của Nghị định số 102/2024/NĐ-CP.\n" +
		"Điều 3. Trách nhiệm thi hành.\n" +
		"Cụ thể, tại Điều 2, Nghị định số 301/2026/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 102/2024/NĐ-CP quy định chi tiết thi hành Luật Đất đai.\n" +
		"1. Bổ sung Điều 23 vào sau Điều 22 như sau:\n" +
		"\"Điều 23. Tư vấn lập quy hoạch sử dụng đất\n" +
		"1. Tổ chức tư vấn lập quy hoạch sử dụng đất cấp tỉnh phải có ít nhất 05 chuyên gia tư vấn đáp ứng điều kiện quy định.\"\n" +
		"2. Sửa đổi, bổ sung một số điểm, khoản của Điều 31 như sau:\n" +
		"a) Sửa đổi, bổ sung điểm c khoản 2 như sau:\n" +
		"\"c) Quyết định gia hạn tiến độ sử dụng đất được ban hành trong thời hạn 30 ngày kể từ ngày nhận được báo cáo kết quả kiểm tra.\"\n"
	got := map[string]string{}
	for _, d := range Drafts(Source{Title: "Nghị định số 301/2026/NĐ-CP", Kind: "Nghị định", Number: "301/2026/NĐ-CP", IssuedOn: "2026-08-15", Pages: []string{text}}) {
		got[answerOf(d.Question)] = d.Question.Stem
	}
	for a, want := range map[string]string{"05": "(khoản 1 Điều 2, bổ sung Điều 23)", "30": "(điểm a khoản 2 Điều 2, sửa đổi điểm c khoản 2 Điều 31)"} {
		if s, ok := got[a]; !ok || !strings.Contains(s, want) {
			t.Errorf("%s: want %s in %q (asked %v)", a, want, s, got)
		}
	}
}

// A document whose time is over on the day the drafts are made gives none
// (round 113: a telegram of a year before and a fee schedule for a school
// year gone by, 19 drafts all dropped as stale); its title's horizon, a
// law's year in its name and an unknown day keep it.
func TestSpentDocuments(t *testing.T) {
	day := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		src  Source
		want string
	}{
		{Source{Kind: "Công điện", Title: "Công điện số 220/CĐ-TTg", IssuedOn: "2025-11-20"}, SpentTelegram},
		{Source{Kind: "Công điện", Title: "Công điện số 301/CĐ-TTg", IssuedOn: "2026-10-20"}, ""},
		{Source{Kind: "Nghị quyết", Title: "Nghị quyết số 58/2025/NQ-HĐND quy định mức học phí năm học 2025-2026"}, SpentPeriod},
		{Source{Kind: "Nghị quyết", Title: "Nghị quyết số 59/2026/NQ-HĐND quy định mức học phí năm học 2026-2027"}, ""},
		{Source{Kind: "Nghị quyết", Title: "Nghị quyết số 37/2025/NQ-HĐND sửa đổi Quy định chính sách giảm nghèo giai đoạn 2023-2025 ban hành theo Nghị quyết số 20/2023/NQ-HĐND ngày 21 tháng 8 năm 2023"}, SpentPeriod},
		{Source{Kind: "Kế hoạch", Title: "Kế hoạch số 235/KH-UBND quan trắc môi trường nuôi trồng thủy sản năm 2026"}, ""},
		{Source{Kind: "Kế hoạch", Title: "Kế hoạch số 12/KH-UBND tuyên truyền, phổ biến pháp luật năm 2025"}, SpentPeriod},
		{Source{Kind: "Kế hoạch", Title: "Kế hoạch triển khai thi hành Luật Đất đai năm 2024"}, ""},
		{Source{Kind: "Nghị quyết", Title: "Nghị quyết về phát triển kinh tế giai đoạn 2021-2025, tầm nhìn đến năm 2045"}, ""},
		{Source{Kind: "Nghị quyết", Title: "Nghị quyết số 11-NQ/TW về hoàn thiện thể chế kinh tế thị trường"}, ""},
	} {
		c.src.Today = day
		if got := Spent(c.src); got != c.want {
			t.Errorf("%q: spent %q, want %q", c.src.Title, got, c.want)
		}
	}
	if Spent(Source{Kind: "Công điện", Title: "Công điện số 220/CĐ-TTg", IssuedOn: "2025-11-20"}) != "" {
		t.Error("spent with no day given")
	}
	if Drafts(Source{Kind: "Nghị quyết", Title: "Nghị quyết số 58/2025/NQ-HĐND quy định mức học phí năm học 2025-2026", Today: day, Pages: []string{"Điều 1. Mức học phí là 300.000 đồng/tháng đối với học sinh trung học cơ sở."}}) != nil {
		t.Error("drafts from a spent document")
	}
}

// A form a decision publishes, under "Mẫu số 01" alone on its line, is no
// text to ask: round 113 asked six of a declaration's footnote marks. Made
// up.
func TestFormNotAsked(t *testing.T) {
	text := "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 4999/QĐ-BVHTTDL\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính liên thông\n" +
		"Điều 1. Thời hạn giải quyết thủ tục liên thông là 16 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.\n" +
		"Mẫu số 01\nTỜ KHAI\nĐề nghị đăng ký thành lập hộ kinh doanh\n- Họ và tên người nộp tờ khai1 (ghi họ tên bằng chữ in hoa): ……\n" +
		"2 Trường hợp thực hiện công việc theo ủy quyền phải có văn bản ủy quyền theo quy định của pháp luật.\n" +
		"3 Địa điểm kinh doanh phải bảo đảm các điều kiện về phòng cháy, chữa cháy theo quy định.\n"
	for _, d := range Drafts(Source{Title: "Quyết định số 4999/QĐ-BVHTTDL", Kind: "Quyết định", Number: "4999/QĐ-BVHTTDL", Pages: []string{text}}) {
		if a := answerOf(d.Question); a == "2" || a == "3" {
			t.Errorf("a form's footnote asked: %q", d.Question.Stem)
		}
	}
}

// A point's mark alone on its line goes with the words on the next (a
// PDF saved as Markdown): round 114's forest-fire levels were all named
// by the first, "Cấp I", and "trực …… giờ trong ngày (từ 10 giờ 00 đến 20
// giờ 00)" gave its 10/24 away. Made up.
func TestBareMarksJoined(t *testing.T) {
	if got := joinWrapped("1.\nKhi dự báo ở Cấp I: khả năng cháy rừng thấp:\na)\nChủ rừng kiểm tra."); got != "1. Khi dự báo ở Cấp I: khả năng cháy rừng thấp:\na) Chủ rừng kiểm tra." {
		t.Errorf("joinWrapped = %q", got)
	}
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 97/2026/QĐ-UBND\nQUYẾT ĐỊNH\nQuy định về phòng cháy, chữa cháy rừng\n" +
		"Điều 6. Tổ chức các biện pháp phòng cháy\n1.\nKhi dự báo ở Cấp I: khả năng cháy rừng thấp:\na)\nChủ rừng kiểm tra phương án phòng cháy, chữa cháy rừng theo kế hoạch.\n" +
		"2.\nKhi dự báo đến Cấp III: cấp cao, thời tiết khô hanh kéo dài:\na)\nBan chỉ huy cấp xã bố trí lực lượng canh phòng, trực 10/24 giờ trong ngày (từ 10 giờ 00 đến 20 giờ 00 trong ngày).\n" +
		"b)\nCác chủ rừng tổ chức tuần tra, canh gác thường xuyên không ít hơn 02 lần trong ngày tại các khu vực có nguy cơ cháy cao.\n"
	for _, d := range Drafts(Source{Title: "Quyết định số 97/2026/QĐ-UBND", Kind: "Quyết định", Number: "97/2026/QĐ-UBND", Pages: []string{text}}) {
		s := d.Question.Stem
		if answerOf(d.Question) == "10/24" {
			t.Errorf("the hours give the watch away: %q", s)
		}
		if strings.Contains(s, "Cấp I:") || strings.Contains(s, "Cấp I”") {
			t.Errorf("named by the first level: %q", s)
		}
	}
}

// A clause's short title names its points when their lead is too long to
// ("1. Hoàn thành xuất sắc nhiệm vụ" / "Đạt được tất cả các tiêu chí sau
// đây thì xếp loại …:" / "a) …"): round 114's criteria were asked without
// the level they set. An article's title broken on its line goes on.
// Made up.
func TestCriteriaNamedByTheirLevel(t *testing.T) {
	if got := joinWrapped("Điều 2. Hiệu lực thi\nhành"); got != "Điều 2. Hiệu lực thi hành" {
		t.Errorf("joinWrapped = %q", got)
	}
	text := "ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC NAM\nSố: 213/2026/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Quy định về tiêu chí đánh giá, xếp loại chất lượng cán bộ\n" +
		"Điều 7. Tiêu chí xếp loại chất lượng cán bộ giữ chức vụ lãnh đạo, quản lý\n" +
		"1. Hoàn thành xuất sắc nhiệm vụ\nĐạt được tất cả các tiêu chí sau đây thì xếp loại chất lượng ở mức hoàn thành xuất sắc nhiệm vụ:\n" +
		"a) Có tổng số điểm trên 90 điểm đến 100 điểm.\n" +
		"b) Có 100% cơ quan, đơn vị thuộc thẩm quyền phụ trách được đánh giá hoàn thành nhiệm vụ trở lên.\n" +
		"2. Hoàn thành tốt nhiệm vụ\nĐạt được tất cả các tiêu chí sau đây thì xếp loại chất lượng ở mức hoàn thành tốt nhiệm vụ:\n" +
		"a) Có tổng số điểm từ 70 điểm đến 90 điểm.\n" +
		"b) Có ít nhất 80% cơ quan, đơn vị thuộc thẩm quyền phụ trách được đánh giá hoàn thành nhiệm vụ trở lên.\n"
	n := 0
	for _, d := range Drafts(Source{Title: "Quyết định số 213/2026/QĐ-UBND", Kind: "Quyết định", Number: "213/2026/QĐ-UBND", Pages: []string{text}}) {
		s := d.Question.Stem
		switch answerOf(d.Question) {
		case "100%":
			n++
			if !strings.Contains(s, "“Hoàn thành xuất sắc nhiệm vụ”") {
				t.Errorf("the level not named: %q", s)
			}
		case "80%":
			n++
			if !strings.Contains(s, "“Hoàn thành tốt nhiệm vụ”") {
				t.Errorf("the level not named: %q", s)
			}
		}
	}
	if n == 0 {
		t.Error("no criterion asked")
	}
}

// A decision's own effective date is not asked (rounds 107, 114 and 115
// dropped every one, trivia a year on); a law's still is. The four
// options of a date do not leave the answer the one sharing its day,
// month and year with all the others (round 115).
func TestEffectiveDateAndCentredDates(t *testing.T) {
	c := "Quyết định này có hiệu lực kể từ ngày 30 tháng 11 năm 2025"
	f := fact{kind: DraftTime, shape: "date", answer: "ngày 30 tháng 11 năm 2025", clause: c, at: strings.Index(c, "ngày 30")}
	if worthAsking(f, nil, false) {
		t.Error("a decision's effective date asked")
	}
	c = "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025"
	f = fact{kind: DraftTime, shape: "date", answer: "ngày 01 tháng 7 năm 2025", clause: c, at: strings.Index(c, "ngày 01")}
	if effectiveRE.MatchString(c[:f.at]) {
		t.Error("a law's effective date taken for a decision's")
	}
	f = fact{shape: "date", answer: "ngày 01 tháng 01 năm 2029"}
	got := unCentred(f, []string{"ngày 01 tháng 01 năm 2028", "ngày 01 tháng 02 năm 2029", "ngày 15 tháng 01 năm 2029"})
	if !slices.Contains(got, "ngày 01 tháng 02 năm 2028") || slices.Contains(got, "ngày 15 tháng 01 năm 2029") {
		t.Errorf("options %v: the answer still at their centre", got)
	}
}
