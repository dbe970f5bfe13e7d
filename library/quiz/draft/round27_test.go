package draft

import (
	"strings"
	"testing"
)

// pilotText is a Government resolution in the shape of round 27's Nghị
// quyết 05/2025/NQ-CP: definitions of assets, activities and persons,
// deadlines that open their sentences, clauses that point at other
// clauses, a budget line to the đồng. The wording and figures are made up.
const pilotText = "CHÍNH PHỦ\nSố: 99/2026/NQ-CP\nNGHỊ QUYẾT\nVề việc thí điểm sàn giao dịch tín chỉ số\n" +
	"Điều 1. Giải thích từ ngữ\n" +
	"1. Tín chỉ số là loại tài sản số được tạo lập, lưu giữ và chuyển giao trên môi trường mạng theo quy định.\n" +
	"2. Chứng chỉ số là loại tài sản số dùng để xác nhận quyền sở hữu một phần tín chỉ số của người nắm giữ.\n" +
	"3. Lưu ký tín chỉ số là việc nhận lưu trữ, bảo quản và chuyển giao tín chỉ số cho khách hàng theo hợp đồng.\n" +
	"4. Môi giới tín chỉ số là việc làm trung gian cho khách hàng mua, bán tín chỉ số để hưởng phí dịch vụ.\n" +
	"5. Tư vấn tín chỉ số là việc cung cấp cho khách hàng kết quả phân tích, khuyến nghị liên quan đến tín chỉ số.\n" +
	"6. Tự doanh tín chỉ số là việc tổ chức được cấp phép mua, bán tín chỉ số cho chính mình bằng vốn của mình.\n" +
	"7. Tổ chức cung cấp dịch vụ là doanh nghiệp được cấp phép thực hiện một hoặc một số dịch vụ sau:\n" +
	"8. Nhà đầu tư trong nước là cá nhân có quốc tịch Việt Nam, tổ chức thành lập theo pháp luật Việt Nam.\n" +
	"Điều 2. Thủ tục cấp phép\n" +
	"1. Trong thời hạn 20 ngày kể từ ngày nhận được đầy đủ, hợp lệ các tài liệu quy định tại các khoản 1, 2, 5, 6 Điều 3, Bộ Tài chính có văn bản lấy ý kiến.\n" +
	"2. Trong thời hạn 30 ngày kể từ ngày nhận được hồ sơ hợp lệ, Bộ Tài chính chủ trì, phối hợp với Bộ Công an và Ngân hàng Nhà nước Việt Nam xem xét hồ sơ và cấp giấy phép cho tổ chức đề nghị.\n" +
	"Điều 3. Kinh phí\n" +
	"Kinh phí thẩm định hồ sơ cấp phép: 1.364.329.243 đồng/năm, do ngân sách trung ương bảo đảm theo quy định.\n"

// Round 27: a budget line to the đồng and a clause that points at other
// clauses are not asked; a duration opening its sentence is asked with
// its action; a lead to points ("… một số dịch vụ sau:") is no meaning;
// an activity's meaning is asked among activities, not among persons.
func TestPilotResolution(t *testing.T) {
	found := false
	for _, d := range Drafts(Source{Title: "Nghị quyết số 99/2026/NQ-CP", Kind: "Nghị quyết", Number: "99/2026/NQ-CP", Pages: []string{pilotText}}) {
		q := d.Question
		if answerOf(q) == "1.364.329.243" {
			t.Errorf("a budget line asked: %q", q.Stem)
		}
		if strings.Contains(q.Stem, "khoản 1, 2, 5, 6 Điều 3") {
			t.Errorf("a clause pointing elsewhere asked: %q", q.Stem)
		}
		if answerOf(q) == "30" && strings.Contains(q.Stem, "Trong thời hạn ……") {
			found = true
			if !strings.Contains(q.Stem, "cấp giấy phép") {
				t.Errorf("the duration without its action: %q", q.Stem)
			}
		}
		if strings.Contains(q.Stem, "“Lưu ký tín chỉ số” được hiểu là gì") {
			for _, o := range q.Options {
				if strings.HasSuffix(o.Text, ":") || strings.HasPrefix(o.Text, "Cá nhân") {
					t.Errorf("option %q among activities", o.Text)
				}
			}
		}
	}
	if !found {
		t.Error("the licensing deadline not asked")
	}
}
