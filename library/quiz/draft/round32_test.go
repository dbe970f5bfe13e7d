package draft

import (
	"fmt"
	"strings"
	"testing"
)

// A regulation's articles give one duty to bodies at several levels:
// "cơ quan nào …" has several answers or absurd wrong ones (round 32's
// joint resolution on meeting voters: 10 of 11 dropped). There only the
// Party's central bodies are asked, as the Statute's are. The texts are
// made up.
func TestDutiesInARegulation(t *testing.T) {
	var b strings.Builder
	b.WriteString("NGHỊ QUYẾT LIÊN TỊCH\nQuy định chi tiết việc tổ chức tiếp xúc cử tri\nQUYẾT NGHỊ:\n")
	levels := []string{"cấp tỉnh", "cấp huyện", "cấp xã", "cấp tỉnh", "cấp xã", "cấp huyện"}
	for i, lv := range levels {
		fmt.Fprintf(&b, "Điều %d. Trách nhiệm tổ chức hội nghị tiếp xúc cử tri lần %d\n", i+2, i+1)
		fmt.Fprintf(&b, "1. Thường trực Hội đồng nhân dân %s chủ trì, phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp xây dựng kế hoạch tiếp xúc cử tri lần %d.\n", lv, i+1)
		fmt.Fprintf(&b, "2. Ủy ban nhân dân %s có trách nhiệm bố trí địa điểm, kinh phí bảo đảm cho hội nghị tiếp xúc cử tri lần %d.\n", lv, i+1)
	}
	for _, d := range Drafts(Source{Title: "Nghị quyết liên tịch quy định chi tiết việc tổ chức tiếp xúc cử tri", Kind: "Nghị quyết", Pages: []string{b.String()}}) {
		if strings.Contains(d.Question.Stem, "cơ quan nào") {
			t.Errorf("asked: %q", d.Question.Stem)
		}
	}
	statute := "ĐIỀU LỆ ĐẢNG\nChương III\n" +
		"Điều 16. Ban Chấp hành Trung ương\nBan Chấp hành Trung ương tổ chức chỉ đạo thực hiện Cương lĩnh chính trị, Điều lệ Đảng và các nghị quyết của Đại hội.\n" +
		"Điều 17. Bộ Chính trị\nBộ Chính trị lãnh đạo và kiểm tra, giám sát việc thực hiện nghị quyết Đại hội đại biểu toàn quốc giữa hai kỳ hội nghị.\n" +
		"Điều 18. Ban Bí thư\nBan Bí thư lãnh đạo công việc hằng ngày của Đảng, chỉ đạo công tác xây dựng Đảng và công tác quần chúng.\n" +
		"Điều 19. Ủy ban Kiểm tra Trung ương\nỦy ban Kiểm tra Trung ương chịu trách nhiệm kiểm tra đảng viên, tổ chức đảng khi có dấu hiệu vi phạm kỷ luật của Đảng.\n" +
		"Điều 20. Cấp ủy các cấp\nCác cấp ủy đảng lãnh đạo thực hiện nghị quyết của đại hội đại biểu và chỉ thị của cấp trên.\n"
	asked := 0
	for _, d := range Drafts(Source{Title: "Điều lệ Đảng Cộng sản Việt Nam", Kind: "Điều lệ", Pages: []string{statute}}) {
		if strings.Contains(d.Question.Stem, "cơ quan nào") {
			asked++
		}
	}
	if asked == 0 {
		t.Error("the Statute's central bodies not asked")
	}
}

// A page headlined by a number without its code ("Nghị quyết 68 nêu rõ
// …?", "Kết luận 159 của Bộ Chính trị: …") is named by the number its
// text gives; a page's question line is never a stem; a deadline is not
// asked among the headline's date (round 32). The pages are made up.
func TestPageHeadlinedByItsShortNumber(t *testing.T) {
	src := Source{Title: "Nghị quyết 69 nêu rõ kinh tế hợp tác được bảo đảm điều kiện gì?", Pages: []string{
		"Nghị quyết 69 nêu rõ kinh tế hợp tác được bảo đảm điều kiện gì?\n" +
			"Ngày 5/6/2025, Bộ Chính trị ban hành Nghị quyết 69-NQ/TW về phát triển kinh tế hợp tác.\n" +
			"Theo Nghị quyết 69-NQ/TW, đến năm 2030 phấn đấu có ít nhất 40.000 hợp tác xã hoạt động hiệu quả.\n"}}
	if got := docRef(src); got != "Nghị quyết số 69-NQ/TW ngày 5/6/2025" {
		t.Errorf("named %q", got)
	}
	page := "Kết luận 159 của Bộ Chính trị: Hoàn tất sắp xếp thôn trước 15/8/2026\n" +
		"Ngày 20/5/2026, Bộ Chính trị ban hành Kết luận 159-KL/TW về sắp xếp thôn, tổ dân phố.\n" +
		"Theo đó, phấn đấu hoàn thành việc sắp xếp tổ dân phố trước ngày 15/7/2026, hoàn thành sắp xếp thôn trước ngày 15/8/2026.\n" +
		"Sau khi sắp xếp thôn có bầu 2 trưởng thôn mới không?\n" +
		"Theo quy định hiện hành, mỗi thôn có 1 trưởng thôn do cộng đồng dân cư bầu.\n"
	for _, d := range Drafts(Source{Title: "Kết luận 159 của Bộ Chính trị: Hoàn tất sắp xếp thôn trước 15/8/2026", Pages: []string{page}}) {
		q := d.Question
		if strings.HasSuffix(strings.TrimRight(q.Stem, "”"), "?") {
			t.Errorf("a page's question as a stem: %q", q.Stem)
		}
		if answerOf(q) == "15/7/2026" {
			for _, o := range optionTexts(q) {
				if o == "15/8/2026" {
					t.Errorf("the headline's date among the options: %q", optionTexts(q))
				}
			}
		}
	}
}

// A figure's answer stands at each place among its options in order, not
// mostly in the middle (round 33's judge: the key was the second-lowest
// value in 8 of 15 drafts; over all drafts the middle two places held two
// answers in three). The plan is made up.
func TestAnswersNotAlwaysInTheMiddle(t *testing.T) {
	var b strings.Builder
	b.WriteString("KẾ HOẠCH\nvề chuyển đổi số năm 2026\nI. MỤC TIÊU\n")
	items := []string{"hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", "thủ tục hành chính được cung cấp trực tuyến toàn trình",
		"người dân trưởng thành có tài khoản định danh điện tử", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "trường học dùng học bạ số",
		"bệnh viện dùng bệnh án điện tử", "hộ gia đình có cáp quang", "xã có điểm phục vụ dịch vụ công", "chợ truyền thống thanh toán không dùng tiền mặt",
		"cán bộ cấp xã được bồi dưỡng kỹ năng số", "hợp tác xã bán hàng trên sàn thương mại điện tử", "thôn có tổ công nghệ số cộng đồng",
		"thư viện số hóa tài liệu", "bến xe bán vé điện tử", "nhà văn hóa có wifi miễn phí", "điểm du lịch có thuyết minh số",
		"cơ sở khám chữa bệnh dùng đơn thuốc điện tử", "đơn vị sự nghiệp dùng hóa đơn điện tử", "tổ dân phố có nhóm thông tin trực tuyến",
		"trạm y tế kết nối khám từ xa", "cơ sở giáo dục nghề nghiệp dạy học trực tuyến", "làng nghề có gian hàng trực tuyến",
		"người cao tuổi được hướng dẫn dùng điện thoại thông minh", "đoàn viên thanh niên tham gia tổ công nghệ số"}
	for i, it := range items {
		if i > 0 && i%8 == 0 {
			// (ten figures a part at most: eight a part here)
			fmt.Fprintf(&b, "%s. MỤC TIÊU NHÓM %d\n", []string{"", "II", "III"}[i/8], i/8+1)
		}
		fmt.Fprintf(&b, "- Phấn đấu đến hết năm 2026 có %d%% %s của tỉnh.\n", 20+3*i, it)
	}
	places := map[int]int{}
	for _, d := range Drafts(Source{Title: "Kế hoạch về chuyển đổi số năm 2026", Kind: "Kế hoạch", Number: "12/KH-UBND", Pages: []string{b.String()}}) {
		q := d.Question
		if !strings.Contains(q.Stem, "điền vào chỗ trống") {
			continue
		}
		places[q.Correct()[0]]++
	}
	t.Log(places)
	if all := places[0] + places[1] + places[2] + places[3]; all < 12 || 4*(places[1]+places[2]) > 3*all {
		t.Errorf("the answer in the middle three times in four or more: %v", places)
	}
}
