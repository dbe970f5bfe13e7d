package draft

import (
	"strings"
	"testing"
	"time"
)

// Round 116's faults, on made-up documents shaped like its pages.

// procedureDecision is shaped like the Bắc Ninh decisions that publish
// administrative procedures: a one-off task due days after the decision,
// a time limit given twice in two units, a table whose cells lost their
// rules.
const procedureDecision = "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 1490/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính lĩnh vực đất đai\n" +
	"Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực đất đai thuộc phạm vi quản lý của Sở Nông nghiệp và Môi trường.\n" +
	"Điều 2. Giao các cơ quan, đơn vị\n" +
	"1. Sở Tài chính xây dựng quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. Thời hạn hoàn thành không quá 05 ngày làm việc kể từ ngày ban hành Quyết định.\n" +
	"2. Văn phòng đăng ký đất đai xác định nghĩa vụ tài chính đối với thửa đất của cá nhân, cộng đồng dân cư trong thời hạn không quá 04 ngày làm việc (32 giờ làm việc) kể từ ngày nhận đủ hồ sơ.\n" +
	"Điều 3. Mức hỗ trợ\n" +
	"Mức hỗ trợ 01 tháng cho 01 hộ chính chủ là:\n" +
	"Khu vực hành chính\nHộ độc thân\n(01 người)\nHộ từ 02 đến 04 người\nHộ từ 05 người trở lên\n" +
	"Các phường: Tuần Châu, Việt Hưng, Bãi Cháy, Hà Tu\n3.000.000 đ\n5.000.000 đ\n6.000.000 đ\n" +
	"Điều 4. Quyết định này có hiệu lực kể từ ngày ký.\n"

func procedureDrafts(today time.Time) []Draft {
	return Drafts(Source{Title: "Quyết định số 1490/QĐ-UBND", Kind: "Quyết định", Number: "1490/QĐ-UBND", IssuedOn: "2025-11-18", Today: today, Pages: []string{procedureDecision}})
}

// A task due five working days after the decision was asked a year on,
// four times over four decisions.
func TestOneOffDeadlineLapses(t *testing.T) {
	asked := func(today time.Time) bool {
		for _, d := range procedureDrafts(today) {
			if strings.Contains(d.Question.Stem, "kể từ ngày ban hành Quyết định") {
				return true
			}
		}
		return false
	}
	if asked(time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)) {
		t.Error("a one-off task's five days asked a year after the decision")
	}
	if !asked(time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)) {
		t.Error("the one-off task's days not asked while it is running")
	}
}

// "…… ngày làm việc (32 giờ làm việc)" gave the days away.
func TestEquivalentAfterBlankDropped(t *testing.T) {
	for _, d := range procedureDrafts(time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)) {
		if strings.Contains(d.Question.Stem, "giờ làm việc") {
			t.Errorf("the hours after the blank give its days: %q", d.Question.Stem)
		}
	}
}

// A table's cells, each a line, were asked out of their row and column
// ("Hộ từ …… người trở lên", "… Hà Tu …… đ").
func TestTableCellsNotAsked(t *testing.T) {
	for _, d := range procedureDrafts(time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)) {
		s := d.Question.Stem
		if strings.Contains(s, "người trở lên") || strings.Contains(s, "Hà Tu") || strings.Contains(s, "…… đ”") {
			t.Errorf("a table's cell asked: %q", s)
		}
	}
}

// A Quy chế's rules of work counted ("có bao nhiêu nguyên tắc phối
// hợp?"): dropped in rounds 114 and 116 as its layout.
func TestWorkPrinciplesNotCounted(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 95/2025/QĐ-UBND\nQUY CHẾ\nPhối hợp thực hiện thủ tục đăng ký đất đai\n" +
		"Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp giữa các cơ quan trong thực hiện thủ tục đăng ký đất đai.\n" +
		"Điều 2. Đối tượng áp dụng\nCác cơ quan, đơn vị có liên quan đến đăng ký đất đai trên địa bàn tỉnh.\n" +
		"Điều 3. Nguyên tắc phối hợp\n" +
		"1. Bảo đảm tuân thủ quy định của pháp luật về đất đai và thủ tục hành chính.\n" +
		"2. Phối hợp chặt chẽ, thường xuyên, kịp thời giữa các cơ quan có liên quan.\n" +
		"3. Bảo đảm công khai, minh bạch trong giải quyết thủ tục cho người dân.\n" +
		"4. Trường hợp có ý kiến khác nhau, Sở Nông nghiệp và Môi trường chủ trì giải quyết.\n" +
		"Điều 4. Hiệu lực\nQuy chế này có hiệu lực kể từ ngày ký.\n"
	for _, d := range Drafts(Source{Title: "Quyết định số 95/2025/QĐ-UBND", Kind: "Quyết định", IssuedOn: "2025-11-24", Pages: []string{text}}) {
		if strings.Contains(d.Question.Stem, "bao nhiêu nguyên tắc") {
			t.Errorf("a Quy chế's rules of work counted: %q", d.Question.Stem)
		}
	}
}

// A title that ends with a stop still names its year: Nghị quyết
// 196/2025/QH15 on the 2025 budget was drafted in December 2026.
func TestSpentTitleEndingWithAStop(t *testing.T) {
	src := Source{Kind: "Nghị quyết", Title: "Nghị quyết số 196/2025/QH15 về điều chỉnh, bổ sung dự toán ngân sách nhà nước năm 2025.", Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	if got := Spent(src); got != SpentPeriod {
		t.Errorf("spent %q, want %q", got, SpentPeriod)
	}
}
