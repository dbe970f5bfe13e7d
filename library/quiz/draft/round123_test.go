package draft

import (
	"strings"
	"testing"
)

// Round 123's and 124's drops that answer themselves or are labels: an
// annex's number, an item's serial number, the seven days of a week that
// is every day, a day every cadre knows, how many procedures a decision
// publishes; a rule's figures beside them are asked.
func TestNoLesson(t *testing.T) {
	for _, c := range []struct {
		clause, answer string
		want           bool
	}{
		{"Thời gian chốt số liệu tính đến ngày 10 tháng 12 của kỳ báo cáo (Phụ lục 2 đính kèm)", "2", true},
		{"Danh sách công chức đề nghị cấp lại thẻ (theo Mẫu số 04 đính kèm)", "04", true},
		{"Hệ thống hoạt động ổn định liên tục 24h/24h và 7 ngày/tuần trên mạng Internet", "7", true},
		{"quân nhân nhập ngũ từ ngày 30 tháng 4 năm 1975 trở về trước", "ngày 30 tháng 4 năm 1975", true},
		{"Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập", "2/9/1945", true},
		{"Danh mục TTHC có số thứ tự 01,02 lĩnh vực Tổ chức cán bộ", "01,02", true},
		{"Sửa đổi, bổ sung 07 thủ tục hành chính cấp xã", "07", true},
		{"Danh mục thủ tục hành chính cấp tỉnh ban hành mới: 02 thủ tục", "02", true},
		{"Đề nghị (3) tiếp nhận đăng ký môi trường của (2)./", "2", true},
		{"Chú thích 8 Chữ viết tắt tên đơn vị soạn thảo", "8", true},
		{"3 | Tổ chức khám sức khỏe nghĩa vụ quân sự | Từ ngày 01/11/2025", "3", true},
		{"Định kỳ 7 ngày, bộ phận một cửa tổng hợp hồ sơ", "7", false},
		{"Giải quyết trong 07 ngày làm việc đối với thủ tục hành chính cấp xã", "07", false},
		{"quân nhân nhập ngũ từ ngày 15 tháng 5 năm 1975 trở về trước", "ngày 15 tháng 5 năm 1975", false},
		{"Hội đồng có tối thiểu 05 thành viên", "05", false},
	} {
		f := fact{kind: DraftQuantity, clause: c.clause, answer: c.answer, at: strings.LastIndex(c.clause, c.answer)}
		if got := noLesson(f); got != c.want {
			t.Errorf("noLesson(%q) = %v", c.clause, got)
		}
	}
}

// The date of an act a clause cites is no question, its code split at
// its dash too (round 123: "Thông tư số 16/2023/TT- BNV ……").
func TestCitedActSplitCode(t *testing.T) {
	for _, s := range []string{"Thông tư số 16/2023/TT- BNV", "Quyết định số 395/QĐ- BTTTT", "16/2023/TT-BNV", "Theo Quy định 121-QĐ/TW [23]"} {
		if !citedRE.MatchString(lastWords(bracketNoteRE.ReplaceAllString(s, ""), 2)) {
			t.Errorf("%q not read as a cited act's number", s)
		}
	}
}

// Round 125: a chairman's decision numbered "…/QĐ-CTUBND" names its
// issuer, so "Cơ quan nào ban hành …?" answers itself; a task due days
// after "quyết định công bố được UBND tỉnh ký ban hành" is done once.
func TestRound125Codes(t *testing.T) {
	if !issuerCodeRE.MatchString("123/2025/QĐ-CTUBND") || !issuerCodeRE.MatchString("12/TB-TTHĐND") {
		t.Error("a chairman's or a standing body's code not read as naming its issuer")
	}
	if !oneOffRE.MatchString("05 ngày làm việc, kể từ ngày quyết định công bố được UBND tỉnh ký ban hành") {
		t.Error("a task due days after the decision is signed not read as done once")
	}
	if oneOffRE.MatchString("05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ") {
		t.Error("a procedure's time limit read as a one-off task")
	}
}
