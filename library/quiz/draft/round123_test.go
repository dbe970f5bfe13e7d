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
	for _, s := range []string{"Thông tư số 16/2023/TT- BNV", "Quyết định số 395/QĐ- BTTTT", "16/2023/TT-BNV"} {
		if !citedRE.MatchString(lastWords(s, 2)) {
			t.Errorf("%q not read as a cited act's number", s)
		}
	}
}
