package draft

import (
	"strings"
	"testing"
)

// drainageRules is a made-up city's regulation shaped like round 115's
// Hải Phòng decision: a dyke corridor set twice at one width in one
// article, and a transitional article whose deadline is the second
// sentence of its paragraph.
const drainageRules = "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI ĐÔNG\nSố: 77/2026/QĐ-UBND\nQUY ĐỊNH\nQuản lý hành lang bảo vệ đê và hệ thống thoát nước\n" +
	"Chương I\nQUY ĐỊNH CHUNG\n" +
	"Điều 1. Phạm vi điều chỉnh\nQuy định này quy định hành lang bảo vệ đê cấp IV, cấp V và việc quản lý hệ thống thoát nước trên địa bàn thành phố.\n" +
	"Điều 2. Hành lang bảo vệ đê\n" +
	"1. Các tuyến đê không kết hợp đường giao thông: hành lang bảo vệ đê được tính từ chân đê trở ra 05 mét về phía sông và phía đồng.\n" +
	"2. Các tuyến đê kết hợp đường giao thông: hành lang bảo vệ đê được xác định theo hành lang an toàn đường bộ nhưng không được nhỏ hơn 5 m tính từ chân đê trở ra.\n" +
	"Điều 3. Trách nhiệm quản lý\n" +
	"Ủy ban nhân dân cấp xã kiểm tra hệ thống thoát nước ít nhất 02 lần mỗi năm trước mùa mưa bão.\n" +
	"Chương II\nTỔ CHỨC THỰC HIỆN\n" +
	"Điều 4. Quy định chuyển tiếp\n" +
	"Đối với hệ thống thoát nước đang giao Sở Xây dựng quản lý trước thời điểm phân cấp cho Ủy ban nhân dân các xã thì Sở Xây dựng tiếp tục quản lý đến khi hoàn tất thủ tục bàn giao cho cấp xã. Thời gian bàn giao về cấp xã hoàn thành trước ngày 01/01/2028.\n"

func drainageDrafts() []Draft {
	return Drafts(Source{Title: "Quyết định số 77/2026/QĐ-UBND", Kind: "Quyết định", Number: "77/2026/QĐ-UBND", IssuedOn: "2026-11-20", Pages: []string{drainageRules}})
}

// Round 115: a transitional article's deadline was cited as (Điều 27 “Đối
// với hệ thống thoát nước … quản lý…”), the task's first words as the
// article's title, and the quote said not what was to be handed over by
// then.
func TestArticleDeadlineQuotesItsTask(t *testing.T) {
	for _, d := range drainageDrafts() {
		if answerOf(d.Question) != "01/01/2028" {
			continue
		}
		s := d.Question.Stem
		if !strings.Contains(s, "(Điều 4 “Quy định chuyển tiếp”)") {
			t.Errorf("the article not named by its title: %q", s)
		}
		if !strings.Contains(s, "“Đối với hệ thống thoát nước đang giao Sở Xây dựng quản lý") || !strings.Contains(s, "bàn giao cho cấp xã. Thời gian bàn giao về cấp xã hoàn thành trước ngày ……”") {
			t.Errorf("the quote lacks the task its deadline is of: %q", s)
		}
		if !strings.Contains(d.Question.Explanation, "trước ngày 01/01/2028”") {
			t.Errorf("explanation: %q", d.Question.Explanation)
		}
		return
	}
	t.Error("the transitional deadline not asked")
}

// Round 115: "05 mét" (khoản 1 Điều 2) and "5 m" (khoản 2 Điều 2) were
// asked both: each gave the other away.
func TestOneArticleOneAnswerOnce(t *testing.T) {
	n := 0
	for _, d := range drainageDrafts() {
		if strings.Contains(d.Question.Stem, "Điều 2 ") && strings.TrimLeft(answerOf(d.Question), "0") == "5" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the corridor's width asked %d times, want once", n)
	}
}

// dykeDuties is a made-up province's article on who does what, shaped
// like round 115's Phú Thọ and Bắc Ninh decisions: each body a clause,
// its tasks the points under it.
const dykeDuties = "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\nSố: 31/2026/QĐ-UBND\nQUYẾT ĐỊNH\nQuy định hành lang bảo vệ đê cấp IV, cấp V trên địa bàn tỉnh\n" +
	"Điều 1. Phạm vi điều chỉnh\nQuyết định này quy định hành lang bảo vệ đê cấp IV, cấp V trên địa bàn tỉnh Bắc Nam.\n" +
	"Điều 2. Hành lang bảo vệ đê\nHành lang bảo vệ đê được tính từ chân đê trở ra 05 mét về phía sông và phía đồng.\n" +
	"Điều 3. Trách nhiệm của các cơ quan, đơn vị\n" +
	"1. Sở Nông nghiệp và Môi trường:\n" +
	"a) Chủ trì hướng dẫn, kiểm tra việc cắm mốc chỉ giới hành lang bảo vệ đê trên địa bàn tỉnh và tổng hợp vi phạm;\n" +
	"b) Phối hợp với các cơ quan liên quan xử lý vi phạm pháp luật về đê điều theo thẩm quyền.\n" +
	"2. Sở Tài chính:\n" +
	"a) Chủ trì bố trí kinh phí cắm mốc chỉ giới hành lang bảo vệ đê từ nguồn ngân sách tỉnh hằng năm;\n" +
	"b) Thực hiện các nội dung tại khoản 1 Điều 2 Quyết định này theo đề nghị của các sở.\n" +
	"3. Công an tỉnh:\n" +
	"a) Chỉ đạo lực lượng công an cấp xã tuần tra, ngăn chặn hành vi khai thác đất, cát trái phép trong phạm vi bảo vệ đê điều.\n" +
	"4. Ủy ban nhân dân cấp xã:\n" +
	"a) Quản lý, bảo vệ hành lang bảo vệ đê cấp IV, cấp V trên địa bàn và giải tỏa công trình lấn chiếm hành lang.\n" +
	"Điều 4. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027.\n"

// Round 115's judge missed "which department leads guidance and
// inspection" and "who must manage and protect the corridors" in a
// decision whose article gives each body its clause.
func TestRemitsAskWhichBodyDoesATask(t *testing.T) {
	asked := map[string]Draft{}
	for _, d := range Drafts(Source{Title: "Quyết định số 31/2026/QĐ-UBND", Kind: "Quyết định", Number: "31/2026/QĐ-UBND", IssuedOn: "2026-11-20", Pages: []string{dykeDuties}}) {
		if strings.Contains(d.Question.Stem, "có trách nhiệm") {
			asked[answerOf(d.Question)] = d
		}
	}
	d, ok := asked["Sở Nông nghiệp và Môi trường"]
	if !ok {
		t.Fatalf("the lead of guidance and inspection not asked: %v", asked)
	}
	if s := d.Question.Stem; !strings.Contains(s, "(điểm a khoản 1 Điều 3), cơ quan nào có trách nhiệm chủ trì hướng dẫn, kiểm tra việc cắm mốc chỉ giới hành lang bảo vệ đê") {
		t.Errorf("stem: %q", s)
	}
	if d.Kind != DraftList || len(d.Question.Options) != 4 {
		t.Errorf("kind %q, %d options", d.Kind, len(d.Question.Options))
	}
	for _, o := range d.Question.Options {
		if !strings.Contains(dykeDuties, o.Text+":") {
			t.Errorf("option %q is no body of the article", o.Text)
		}
	}
	if _, ok := asked["Ủy ban nhân dân cấp xã"]; !ok {
		t.Errorf("who manages the corridors not asked: %v", asked)
	}
	for _, d := range asked {
		if s := d.Question.Stem; strings.Contains(s, "phối hợp với các cơ quan liên quan xử lý") || strings.Contains(s, "khoản 1 Điều 2") {
			t.Errorf("a partner's task or a task by another clause's number asked: %q", s)
		}
	}
}
