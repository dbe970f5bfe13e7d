package draft

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"sotay/internal/vanban"
)

// Round 48's faults, on a telegram pasted from a legal site on one line
// (made up): the site's own notices after the recipients are not asked
// as the document's; "cùng Bộ Xây dựng" stays one name; a telegram's
// "THỦ TƯỚNG CHÍNH PHỦ điện:" names no part; a duty cut by its length
// ends on a whole word.
func TestRound48Telegram(t *testing.T) {
	flat := "THỦ TƯỚNG CHÍNH PHỦ ------- Số: 224/CĐ-TTg Hà Nội, ngày 20 tháng 11 năm 2025 CÔNG ĐIỆN VỀ VIỆC CHUẨN BỊ LỄ KHÁNH THÀNH CÁC CÔNG TRÌNH " +
		"THỦ TƯỚNG CHÍNH PHỦ điện: - Bộ trưởng các bộ, cơ quan ngang bộ; - Chủ tịch Ủy ban nhân dân các tỉnh, thành phố. " +
		"Để chuẩn bị tốt cho lễ khánh thành các công trình trọng điểm, Thủ tướng Chính phủ yêu cầu: " +
		"1. Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát, đề xuất khen thưởng cho các công trình về đích sớm, báo cáo trước ngày 10 tháng 12 năm 2025. " +
		"2. Giao Đài Truyền hình Việt Nam chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch, Bộ Xây dựng, Ủy ban nhân dân các tỉnh, thành phố tổ chức truyền hình trực tiếp lễ khánh thành tại các điểm cầu trên cả nước, bảo đảm hình ảnh rõ nét, âm thanh trung thực, thời lượng phù hợp với chương trình lễ, nội dung phóng sự giới thiệu các công trình sinh động, hấp dẫn, phản ánh đúng thành tựu phát triển kết cấu hạ tầng của đất nước trong nhiệm kỳ vừa qua và khát vọng phát triển của dân tộc. " +
		"3. Bộ Công an chỉ đạo bảo đảm an ninh, trật tự, an toàn giao thông tại các điểm cầu trong suốt thời gian tổ chức lễ khánh thành. " +
		"Nơi nhận: - Như trên; - Lưu: VT, CN (2b). THỦ TƯỚNG Phạm Minh Chính " +
		"- Hiện tại có đủ người dùng cùng lúc, nên khi người thứ vào thì bạn bị Đăng xuất. " +
		"Trận 4 này, với chỉ đạo quyết liệt của Chính phủ, công ty vẫn có hơn 250 nhân sự làm việc tại trụ sở để phục vụ khách hàng trên cả nước."
	text := vanban.Unflatten(flat)
	if strings.Contains(text, "Bộ\nXây dựng") {
		t.Errorf("a ministry's name broken:\n%s", text)
	}
	m := vanban.ReadMeta(text)
	for _, d := range Drafts(Source{Title: m.Title, Kind: m.Kind, Number: m.Number, Issuer: m.Issuer, IssuedOn: m.IssuedOn, Pages: []string{text}}) {
		s := d.Question.Stem
		if strings.Contains(s, "nhân sự") || strings.Contains(s, "Trận") || strings.Contains(s, "“điện”") {
			t.Errorf("asked: %s", s)
		}
		if strings.Contains(s, "cơ quan nào") {
			// the stem's last word is a whole word of the text
			w := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(s, "?"), " …"))
			last := strings.Trim(w[len(w)-1], ",;")
			if !regexp.MustCompile(`\s` + regexp.QuoteMeta(last) + `[\s,.;]`).MatchString(flat) {
				t.Errorf("a duty cut in a word (%q): %s", last, s)
			}
		}
	}
}

// A reporting period in months is asked among the usual periods, an age
// never above a hundred, and a clause's title over its points names them
// (round 48: "Định kỳ …… tháng/lần" among 04, 08, 10; "từ đủ 80 tuổi"
// among 100 and 130; "Hệ số …… đối với trẻ em dưới 04 tuổi" with no word
// of what the coefficient is for). Made up.
func TestRound48Options(t *testing.T) {
	text := "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NAM\nSố: 63/2025/NQ-HĐND\nNGHỊ QUYẾT\nQuy định chính sách trợ giúp xã hội\n" +
		"Điều 4. Trợ cấp người cao tuổi\n" +
		"1. Người từ đủ 80 tuổi trở lên không có lương hưu được hưởng trợ cấp xã hội hằng tháng theo hệ số 1,5.\n" +
		"Điều 6. Nuôi dưỡng tại cơ sở trợ giúp xã hội\n" +
		"2. Hệ số để xác định mức trợ cấp nuôi dưỡng hằng tháng\n" +
		"a) Hệ số 5,0 đối với trẻ em dưới 04 tuổi.\n" +
		"b) Hệ số 4,0 đối với các đối tượng từ đủ 04 tuổi trở lên.\n" +
		"Điều 8. Báo cáo\n" +
		"Định kỳ hằng năm và 06 tháng/lần, Ủy ban nhân dân cấp xã báo cáo kết quả thực hiện về Sở Y tế để tổng hợp.\n"
	for _, d := range Drafts(Source{Title: "Nghị quyết quy định chính sách trợ giúp xã hội", Kind: "Nghị quyết", Number: "63/2025/NQ-HĐND", IssuedOn: "2025-11-27", Pages: []string{text}}) {
		var opts []string
		for _, o := range d.Question.Options {
			opts = append(opts, o.Text)
		}
		switch a := answerOf(d.Question); a {
		case "06":
			if !slices.Equal(opts, []string{"01", "03", "06", "12"}) && !(slices.Contains(opts, "01") && slices.Contains(opts, "12")) {
				t.Errorf("period options %v", opts)
			}
		case "80":
			for _, o := range opts {
				if atoi(o) > 100 {
					t.Errorf("age options %v", opts)
				}
			}
		case "5,0", "4,0":
			if !strings.Contains(d.Question.Stem, "trợ cấp nuôi dưỡng") {
				t.Errorf("a coefficient without what it is for: %s", d.Question.Stem)
			}
		}
	}
}
