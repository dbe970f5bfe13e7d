package draft

import (
	"strings"
	"testing"

	"sotay/internal/vanban"
)

// reported drafts a text as the library imports it: unflattened, its
// kind, number and issuer read from it.
func reported(text string) []Draft {
	text = vanban.Unflatten(text)
	m := vanban.ReadMeta(text)
	return Drafts(Source{Title: m.Title, Kind: m.Kind, Number: m.Number, Issuer: m.Issuer, IssuedOn: m.IssuedOn, Pages: []string{text}})
}

// Round 35: a news report of a resolution ("Chính phủ ban hành Nghị quyết
// số … về …") asks the resolution's provisions: "bằng 0,8 tháng tiền
// lương" under its case ("a-" points, an amount below two), not the
// clause numbers it cites ("tại 1, 2 và 3"). It gave no draft before. The
// text is made up.
func TestReportOfResolution(t *testing.T) {
	text := "Chính phủ ban hành Nghị quyết số 12/2025/NQ-CP ngày 17/9/2025 về chính sách đối với cán bộ dôi dư do sắp xếp bộ máy.\n" +
		"Trong đó quy định chính sách đối với cán bộ chuyên trách làm việc theo chế độ hợp đồng lao động:\n" +
		"1. Trường hợp có tuổi đời dưới 03 năm đến tuổi nghỉ hưu quy định tại Phụ lục I thì hưởng chính sách nghỉ hưu trước tuổi như sau:\n" +
		"a- Được hưởng trợ cấp hưu trí một lần bằng 0,6 tháng tiền lương hiện hưởng nhân với số tháng nghỉ sớm so với thời điểm nghỉ hưu;\n" +
		"b- Được hưởng chế độ hưu trí theo quy định của pháp luật về bảo hiểm xã hội và không bị trừ tỷ lệ lương hưu do nghỉ hưu trước tuổi.\n" +
		"2. Trường hợp không đủ điều kiện hưởng chính sách nghỉ hưu trước tuổi quy định tại 1, 2 và 3 thì được hưởng chính sách thôi việc theo quy định.\n"
	var asked bool
	for _, d := range reported(text) {
		s, a := d.Question.Stem, answerOf(d.Question)
		switch a {
		case "0,6":
			asked = true
			if !strings.HasPrefix(s, "Theo Nghị quyết số 12/2025/NQ-CP ngày 17/9/2025 (mục “Trường hợp có tuổi đời dưới 03 năm đến tuổi nghỉ hưu”)") || strings.Contains(s, "a- ") {
				t.Errorf("stem %q", s)
			}
		case "2", "3":
			t.Errorf("a cited clause's number asked: %q", s)
		}
	}
	if !asked {
		t.Error("the pension's rate not asked")
	}
}

// A Secretariat rule reported by the news: its central advisory body's
// duty is asked among the other central desks, the routine follow-up
// ("theo dõi, đôn đốc") is not. The text is made up.
func TestReportedRuleDuty(t *testing.T) {
	text := "Theo Cổng TTĐT Đảng Cộng sản Việt Nam, ngày 22/10/2025, đồng chí Nguyễn Văn A, Thường trực Ban Bí thư đã ký ban hành Quy định số 390-QĐ/TW của Ban Bí thư quy định về lưu trữ hồ sơ điện tử trong các cơ quan đảng.\n" +
		"Quy định này có hiệu lực kể từ ngày ký.\n" +
		"Văn phòng Trung ương Đảng chịu trách nhiệm xây dựng, vận hành và bảo đảm an toàn kho lưu trữ hồ sơ điện tử dùng chung của các cơ quan đảng ở Trung ương.\n" +
		"Ban Tổ chức Trung ương chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, kiểm tra việc thực hiện Quy định này.\n"
	var desk bool
	for _, d := range reported(text) {
		s, a := d.Question.Stem, answerOf(d.Question)
		if strings.Contains(s, "theo dõi, đôn đốc") {
			t.Errorf("routine follow-up asked: %q", s)
		}
		if a == "Văn phòng Trung ương Đảng" && strings.HasPrefix(s, "Theo Quy định số 390-QĐ/TW ngày 22/10/2025, cơ quan nào chịu trách nhiệm xây dựng") {
			desk = true
			for _, o := range d.Question.Options {
				if o.Text != a && !strings.HasSuffix(o.Text, "Trung ương") {
					t.Errorf("wrong option %q", o.Text)
				}
			}
		}
	}
	if !desk {
		t.Error("the Central Office's duty not asked")
	}
}

// A report of a resolution passed with no number: the reporter's story
// ("Ban đầu, Ủy ban đề nghị sửa đổi 8/120 điều") is not the resolution's,
// and "who issued it" is not asked when its name says so. The text is
// made up.
func TestReportStory(t *testing.T) {
	text := "Quốc hội chính thức thông qua Nghị quyết sửa đổi, bổ sung một số điều của Luật Thủ đô năm 2024\n" +
		"Nghị quyết có hiệu lực thi hành từ ngày được thông qua.\n" +
		"Ban đầu, Ủy ban đề nghị sửa đổi, bổ sung 9/60 điều của Luật Thủ đô, nhưng sau khi nghiên cứu các ý kiến góp ý của đại biểu đã thu hẹp phạm vi sửa đổi.\n" +
		"Đồng thời, Ủy ban cũng tiếp thu, chỉnh lý tại tất cả 6 điều, khoản được đề nghị sửa đổi trong dự thảo Nghị quyết trình Quốc hội.\n" +
		"Hội đồng nhân dân Thành phố được quyết định mức hỗ trợ không quá 3 lần mức quy định chung của Nhà nước.\n"
	rule := false
	for _, d := range reported(text) {
		s, a := d.Question.Stem, answerOf(d.Question)
		rule = rule || a == "3"
		if a == "9/60" || a == "6" || strings.HasPrefix(s, "Cơ quan nào ban hành") {
			t.Errorf("the report's story asked: %q", s)
		}
		if !strings.Contains(s, "Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Luật Thủ đô năm 2024") {
			t.Errorf("named %q", s)
		}
	}
	if !rule {
		t.Error("the resolution's rule (không quá 3 lần) not asked")
	}
}

// "Which body" is not asked where the task says what the ministry is
// known for ("cân đối ngân sách" of the Ministry of Finance, "học sinh" of
// Education), where the answer directs the others ("lãnh đạo, chỉ đạo các
// bộ, ngành"), nor cut down to its partners ("chủ trì, phối hợp với Bộ
// Giáo dục và Đào tạo …?"). Round 35's conclusion on border schools asked
// all three. The text is made up.
func TestDutiesGivenAway(t *testing.T) {
	text := "BỘ CHÍNH TRỊ\nSố 95-TB/TW\nTHÔNG BÁO\nKết luận của Bộ Chính trị về xây dựng nhà văn hóa cho các xã đảo\n" +
		"1. Đảng ủy Chính phủ lãnh đạo, chỉ đạo các bộ, ngành, cơ quan chức năng và ủy ban nhân dân các tỉnh ven biển triển khai thực hiện chủ trương trên.\n" +
		"2. Đảng ủy Bộ Tài chính chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch, ủy ban nhân dân các tỉnh cân đối ngân sách trung ương và các nguồn hợp pháp khác để thực hiện.\n" +
		"3. Đảng ủy Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch tổ chức các lớp học cộng đồng bảo đảm học sinh các xã đảo được học tập suốt đời tại nhà văn hóa.\n" +
		"4. Đảng ủy Bộ Xây dựng chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch xây dựng các thiết kế mẫu nhà văn hóa để các địa phương có căn cứ tham khảo áp dụng.\n" +
		"5. Ủy ban nhân dân các tỉnh ven biển chịu trách nhiệm bố trí quỹ đất xây dựng nhà văn hóa bảo đảm hạ tầng kỹ thuật điện, nước, giao thông.\n"
	asked := false
	for _, d := range Drafts(Source{Title: "Kết luận của Bộ Chính trị về xây dựng nhà văn hóa cho các xã đảo", Kind: "Thông báo", Number: "95-TB/TW", Issuer: "Bộ Chính trị", Pages: []string{text}}) {
		s, a := d.Question.Stem, answerOf(d.Question)
		asked = asked || a == "Đảng ủy Bộ Xây dựng"
		switch {
		case a == "Đảng ủy Bộ Tài chính" || a == "Đảng ủy Bộ Giáo dục và Đào tạo":
			t.Errorf("given away by its remit: %q", s)
		case strings.Contains(s, "chỉ đạo các bộ, ngành"):
			t.Errorf("asked among those it directs: %q", s)
		case strings.Contains(s, "phối hợp với Bộ Văn hóa, Thể thao và Du lịch …?"):
			t.Errorf("a task cut to its partners: %q", s)
		}
	}
	if !asked {
		t.Error("the model designs' body not asked")
	}
}
